import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { momentField } from '../../../shared/fields/dates'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 邮件发件箱: every mail the platform writes. With SMTP configured it is queued here and sent by the
 * scheduler (every minute), retried with growing pauses when the server cannot be reached, and given up
 * after a few attempts with the admins told; without SMTP it is kept here for admins to read (status
 * "kept"), never pretending to have been sent.
 */
export const Outbox: CollectionConfig = {
  slug: 'outbox',
  labels: { singular: t('邮件', 'Mail'), plural: t('邮件发件箱', 'Outbox') },
  admin: { group: groups.system, useAsTitle: 'subject', defaultColumns: ['subject', 'to', 'status', 'createdAt'] },
  defaultSort: '-createdAt',
  disableDuplicate: true,
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'to', type: 'text', required: true, index: true, label: t('收件人', 'To') },
    { name: 'subject', type: 'text', required: true, label: t('主题', 'Subject') },
    { name: 'text', type: 'textarea', label: t('正文', 'Text') },
    select(
      'status',
      t('状态', 'Status'),
      {
        kept: t('未配置邮件服务，已保存', 'Kept (no mail server configured)'),
        queued: t('待发送', 'Queued'),
        retrying: t('发送失败，稍后重试', 'Failed; will retry'),
        sent: t('已发送', 'Sent'),
        failed: t('多次发送失败，已放弃', 'Given up after repeated failures'),
      },
      { required: true, index: true },
    ),
    { name: 'error', type: 'text', label: t('错误', 'Error') },
    wholeNumber('attempts', t('尝试次数', 'Attempts'), { defaultValue: 0, min: 0 }),
    momentField('nextAttemptAt', t('下次尝试', 'Next attempt'), { index: true }),
    momentField('sentAt', t('发送时间', 'Sent at')),
  ],
}
