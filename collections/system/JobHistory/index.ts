/**
 * 定时任务记录: the scheduler's history is Payload's own jobs collection (`payload-jobs`), shown to admins: each run
 * of a scheduled job (when it was queued, ran and ended; what it did or why it failed), each run skipped because the
 * same job was running elsewhere, and the scheduled publishing of campaigns and articles. Written by the platform;
 * admins read it (and may delete runs); nobody queues, runs or cancels jobs through the API.
 */
import type { Access, CollectionConfig, Field, FieldHook, JobsConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { nobody } from '../../../shared/access/nobody'
import { scheduledJobsOf } from '../../../jobs/scheduled'
import { groups, t, type Label } from '../../../shared/i18n/labels'
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

/** Payload's own fields of a run, in the reader's language. */
const LABELS: Record<string, Label> = {
  input: t('输入', 'Input'),
  taskStatus: t('任务状态', 'Task status'),
  completedAt: t('完成时间', 'Completed at'),
  totalTried: t('运行次数', 'Times run'),
  hasError: t('出错', 'Failed'),
  error: t('错误', 'Error'),
  log: t('运行日志', 'Log'),
  executedAt: t('开始时间', 'Started at'),
  taskSlug: t('任务', 'Job'),
  taskID: t('步骤编号', 'Step'),
  output: t('输出', 'Output'),
  state: t('结果', 'Result'),
  queue: t('队列', 'Queue'),
  waitUntil: t('等待至', 'Waits until'),
  processing: t('运行中', 'Running'),
  concurrencyKey: t('并发键（同键不同时运行）', 'Concurrency key'),
  workflowSlug: t('工作流', 'Workflow'),
}

/**
 * Payload's fields of a run as people read them: labelled in Chinese (and English), read-only, dates in the
 * platform's one format, and every JSON value drawn by our read-only view (Payload's JSON editor would load its
 * code from a CDN).
 */
const asHistory = (fields: Field[]): Field[] =>
  fields.map((f): Field => {
    if (f.type === 'tabs')
      return {
        ...f,
        tabs: f.tabs.map((tab) => ({ ...tab, label: t('运行情况', 'Run'), fields: asHistory(tab.fields) })),
      }
    if (!('name' in f)) return 'fields' in f ? ({ ...f, fields: asHistory(f.fields) } as Field) : f
    const label = LABELS[f.name] ?? f.label
    const admin = { ...f.admin, readOnly: true, description: undefined }
    // The spreads below lose which kind of field each is; each stays the kind it was.
    if (f.type === 'json')
      return {
        ...f,
        label,
        admin: { ...admin, components: { Field: '/app/(payload)/components/JsonView#JsonView' } },
      } as Field
    if (f.type === 'date')
      return {
        ...f,
        label,
        admin: { ...admin, date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } },
      } as Field
    if (f.type === 'radio' && f.name === 'state')
      return {
        ...f,
        label,
        admin,
        options: [
          { value: 'failed', label: t('失败', 'Failed') },
          { value: 'succeeded', label: t('完成', 'Succeeded') },
        ],
      } as Field
    if ((f.type === 'array' || f.type === 'group') && 'fields' in f)
      return { ...f, label, admin, fields: asHistory(f.fields) } as Field
    return { ...f, label, admin } as Field
  })

/** The job's name as its area gave it (定时发布 for Payload's own scheduled publishing). */
const nameOf: FieldHook = ({ data, req }) => {
  const slug = String(data?.taskSlug ?? '')
  if (slug === 'schedulePublish') return '定时发布'
  return scheduledJobsOf(req.payload.config).find((j) => j.slug === slug)?.label ?? slug
}

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
      defaultColumns: ['jobName', 'summary', 'createdAt', 'completedAt', 'hasError', 'taskSlug'],
    },
    defaultSort: '-createdAt',
    access: { read: admins, create: nobody, update: nobody, delete: admins },
    fields: [
      {
        name: 'jobName',
        type: 'text',
        virtual: true,
        label: t('任务名称', 'Job'),
        admin: { readOnly: true },
        hooks: { afterRead: [nameOf] },
      },
      ...asHistory(defaultJobsCollection.fields),
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
