/**
 * 定时任务记录: the scheduler's history is Payload's own jobs collection (`payload-jobs`), shown to admins: each run
 * of a scheduled job (when it was queued, ran and ended; what it did or why it failed), each run skipped because the
 * same job was running elsewhere, and the scheduled publishing of campaigns and articles. Written by the platform;
 * admins read it (and may delete runs); nobody queues, runs or cancels jobs through the API.
 */
import type { Access, CollectionConfig, Field, FieldHook, JobsConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { groups, t } from '../../../shared/i18n/labels'
import { currentUser, hasRole } from '../../../shared/roles'

const adminsOnly = ({ req }: { req: Parameters<Access>[0]['req'] }) => hasRole(currentUser(req), 'admin')

/** What a run did, in a line: its output, the reason it failed, or that it was skipped. */
const summarise: FieldHook = ({ data }) => {
  if (data?.skipped) return String(data.skipped)
  const log = (data?.log ?? []) as Array<{ state?: string; output?: { detail?: string }; error?: { message?: string } }>
  const last = log.at(-1)
  if (data?.hasError || last?.state === 'failed')
    return `失败：${last?.error?.message ?? (data?.error as { message?: string } | undefined)?.message ?? ''}`
  if (last?.output?.detail !== undefined) return last.output.detail
  return data?.completedAt ? '完成' : data?.processing ? '运行中' : '等待运行'
}

/** Payload's JSON editor would load its code from a CDN: every JSON value is drawn by our read-only view. */
const readOnlyJson = (fields: Field[]): Field[] =>
  fields.map((f): Field => {
    if (f.type === 'json')
      return {
        ...f,
        admin: { ...f.admin, readOnly: true, components: { Field: '/app/(payload)/components/JsonView#JsonView' } },
      }
    if ((f.type === 'array' || f.type === 'group' || f.type === 'row' || f.type === 'collapsible') && 'fields' in f)
      return { ...f, fields: readOnlyJson(f.fields) } as Field
    return f
  })

export const jobsSettings = (jobs: JobsConfig | undefined): JobsConfig => ({
  ...jobs,
  // One run of a job at a time (its concurrency key is its name), in this process and across processes.
  enableConcurrencyControl: true,
  // The history: runs are kept (quiet minutely runs that did nothing are dropped by the clock).
  deleteJobOnComplete: false,
  access: { run: adminsOnly, queue: adminsOnly, cancel: adminsOnly },
  jobsCollectionOverrides: ({ defaultJobsCollection }): CollectionConfig => ({
    ...defaultJobsCollection,
    labels: { singular: t('定时任务记录', 'Job run'), plural: t('定时任务记录', 'Job runs') },
    admin: {
      ...defaultJobsCollection.admin,
      group: groups.system,
      hidden: false,
      useAsTitle: 'taskSlug',
      defaultColumns: ['taskSlug', 'summary', 'createdAt', 'completedAt', 'hasError'],
    },
    defaultSort: '-createdAt',
    access: { read: admins, create: nobody, update: nobody, delete: admins },
    fields: [
      ...readOnlyJson(defaultJobsCollection.fields),
      // A run skipped because the same job was running elsewhere says so here (jobs/clock.ts).
      { name: 'skipped', type: 'text', label: t('跳过原因', 'Skipped'), admin: { readOnly: true } },
      {
        name: 'summary',
        type: 'text',
        virtual: true,
        label: t('结果说明', 'Detail'),
        admin: { readOnly: true },
        hooks: { afterRead: [summarise] },
      },
    ],
  }),
})
