import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { authenticated } from '../../../shared/access/authenticated'
import { mediaReaders, uploaderOrAdmin } from './access'
import { env } from '../../../config/env'
import { EVIDENCE_AREAS, VISIBILITY } from '../../../domain/system/media'
import { select } from '../../../shared/fields/options'
import { actorField, relation } from '../../../shared/fields/relations'
import { keepHeldFile, keepReferencedFile, stampUpload } from './hooks'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 图片: photos of inspections and evidence (private: readable by those who read the records they belong
 * to) and public images (rewards, campaigns, bases). Stored in DATA_DIR/media; served through /api with
 * the same access. Only the uploader or an admin replaces or deletes a file; a file a submitted assessment or
 * a bin log holds, nobody; a file any record references is not deleted (./holders.ts).
 */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: t('图片', 'Image'), plural: t('图片', 'Images') },
  admin: {
    group: groups.system,
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'visibility', 'area', 'uploadedBy'],
  },
  access: { read: mediaReaders, create: authenticated, update: uploaderOrAdmin, delete: uploaderOrAdmin },
  hooks: { beforeOperation: [keepHeldFile], beforeChange: [stampUpload], beforeDelete: [keepReferencedFile] },
  upload: { staticDir: path.resolve(env.DATA_DIR, 'media'), mimeTypes: ['image/*'] },
  fields: [
    { name: 'alt', type: 'text', label: t('说明', 'Caption') },
    select('visibility', t('可见范围', 'Visibility'), VISIBILITY, {
      required: true,
      defaultValue: 'private',
      index: true,
    }),
    select('area', t('所属业务', 'Belongs to'), EVIDENCE_AREAS, { index: true }),
    relation('towns', 'town', t('所属镇（街道）', 'Town'), { index: true }),
    actorField('uploadedBy', t('上传人', 'Uploaded by'), { index: true, sidebar: true }),
  ],
}
