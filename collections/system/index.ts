/**
 * 系统 system: staff accounts and their sign-in limits, uploaded files (private evidence and public images), the
 * audit trail, each person's inbox, the mail outbox, and the scheduler's history.
 *
 * Offers the others: `notify` (a message to people by role or id, in the inbox and by mail) and `sendMail`, and
 * the embedded database's backup and restore.
 */
import { areaPlugin } from '../../shared/area'
import { AuditLog } from './AuditLog'
import { JobLocks, JobRuns } from './JobRuns'
import { Media } from './Media'
import { Notifications } from './Notifications'
import { Outbox } from './Outbox'
import { Users } from './Users'

export const systemArea = areaPlugin(() => ({
  collections: [Media, Users, AuditLog, Notifications, Outbox, JobRuns, JobLocks],
}))

export { notify, sendMail, type Message } from './notify'
export { backupSqlite, inspectBackup, pruneBackups, restoreSqlite, RestoreRefused, UPLOAD_FOLDERS } from './backup'
