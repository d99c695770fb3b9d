/** 系统 system: staff accounts, uploaded files, the audit trail, each person's inbox, the outbox, the scheduler's runs. */
import { AuditLog } from './AuditLog'
import { JobLocks, JobRuns } from './JobRuns'
import { Media } from './Media'
import { Notifications } from './Notifications'
import { Outbox } from './Outbox'
import { Users } from './Users'

export const systemCollections = [Media, Users, AuditLog, Notifications, Outbox, JobRuns, JobLocks]
