/** 系统 system: staff accounts, uploaded files and the audit trail. */
import { AuditLog } from './AuditLog'
import { Media } from './Media'
import { Users } from './Users'

export const systemCollections = [Media, Users, AuditLog]
