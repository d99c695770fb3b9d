/** 系统 system: staff accounts and uploaded files. */
import { Media } from './Media'
import { Users } from './Users'

export const systemCollections = [Media, Users]
