import type { CollectionConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { momentField } from '../../../shared/fields/dates'
import { select } from '../../../shared/fields/options'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 定时任务记录: the scheduler's history — each run of a job (who ran it: host and process; when; what it
 * did or why it failed), and each run skipped because the same job was running elsewhere. Jobs that run
 * every minute record only the runs that did something or failed. Written by the platform; admins read it.
 */
export const JobRuns: CollectionConfig = {
  slug: 'job-runs',
  labels: { singular: t('定时任务记录', 'Job run'), plural: t('定时任务记录', 'Job runs') },
  admin: {
    group: groups.system,
    useAsTitle: 'job',
    defaultColumns: ['job', 'status', 'startedAt', 'finishedAt', 'detail', 'runner'],
    listSearchableFields: ['job', 'detail'],
  },
  defaultSort: '-startedAt',
  custom: { audit: false },
  disableDuplicate: true,
  access: { read: admins, create: nobody, update: nobody, delete: admins },
  fields: [
    { name: 'job', type: 'text', required: true, index: true, label: t('任务', 'Job'), admin: { readOnly: true } },
    {
      ...select(
        'status',
        t('结果', 'Result'),
        {
          running: t('运行中', 'Running'),
          succeeded: t('完成', 'Succeeded'),
          failed: t('失败', 'Failed'),
          skipped: t('已在别处运行，跳过', 'Skipped: running elsewhere'),
        },
        { required: true, index: true, readOnly: true },
      ),
    },
    momentField('startedAt', t('开始', 'Started'), { readOnly: true, index: true }),
    momentField('finishedAt', t('结束', 'Finished'), { readOnly: true }),
    { name: 'detail', type: 'textarea', label: t('结果说明', 'Detail'), admin: { readOnly: true } },
    { name: 'runner', type: 'text', label: t('运行进程', 'Runner'), admin: { readOnly: true } },
  ],
}

/**
 * 任务锁: while a job runs, one row holds its name (unique) until a deadline; another process finds it and
 * skips. A holder that died leaves a row past its deadline, which the next runner takes over.
 */
export const JobLocks: CollectionConfig = {
  slug: 'job-locks',
  labels: { singular: t('任务锁', 'Job lock'), plural: t('任务锁', 'Job locks') },
  admin: { group: groups.system, useAsTitle: 'job', hidden: true },
  custom: { audit: false },
  access: { read: admins, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'job', type: 'text', required: true, unique: true, admin: { readOnly: true } },
    momentField('until', t('锁定至', 'Held until'), { readOnly: true }),
    { name: 'runner', type: 'text', admin: { readOnly: true } },
  ],
}
