/**
 * 系统 system: staff accounts and their sign-in limits, uploaded files (private evidence and public images), the
 * audit trail, each person's inbox, the mail outbox, and the scheduler's history (Payload's jobs collection, shown to admins).
 *
 * Offers the others: `notify` (a message to people by role or id, in the inbox and by mail) and `sendMail`, and
 * the embedded database's backup and restore.
 */
import type { Plugin } from 'payload'

import { areaPlugin } from '../../plugins/area'
import { deliverMailJob } from '../../jobs/system/deliverMail'
import { nightlyBackupJob } from '../../jobs/system/nightlyBackup'
import { AuditLog } from './AuditLog'
import { jobsSettings } from './JobHistory'
import { Media } from './Media'
import { Notifications } from './Notifications'
import { Outbox } from './Outbox'
import { Users } from './Users'

const parts = areaPlugin(() => ({
  collections: [Media, Users, AuditLog, Notifications, Outbox],
  jobs: [deliverMailJob, nightlyBackupJob],
}))

export const systemArea: Plugin = (config) => {
  const withParts = parts(config)
  // The scheduler's history is Payload's jobs collection, shown to admins (JobHistory).
  return { ...withParts, jobs: jobsSettings(withParts.jobs) }
}

export { notify, sendMail, type Message } from './notify'
export {
  backupSqlite,
  copySqlite,
  inspectBackup,
  pruneBackups,
  restoreSqlite,
  RestoreRefused,
  UPLOAD_FOLDERS,
} from './backup'
