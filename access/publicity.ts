/** Who reads and writes publicity content: admins, a base editor for their own base, and the public. */
import type { Access, Where } from 'payload'

import { currentUser, hasRole, refId } from './roles'

const published: Where = { _status: { equals: 'published' } }

/** Admins see drafts; everyone else only what is published. */
export const adminsOrPublished: Access = ({ req }) => (hasRole(currentUser(req), 'admin') ? true : published)

/** Records that belong to a base (`base` field): admins all, a base editor only their base's. */
export const adminsOrOwnBaseRecords: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const base = refId(user?.educationBase)
  return hasRole(user, 'base-editor') && base !== null ? { base: { equals: base } } : false
}

/** A base's articles: admins all, a base editor their own base's (drafts too), everyone else what is published. */
export const articleReaders: Access = (args) =>
  hasRole(currentUser(args.req), 'admin', 'base-editor') ? adminsOrOwnBaseRecords(args) : published

/** Work plans the public sees: consultation drafts and issued plans. */
export const adminsOrPublicPlans: Access = ({ req }) =>
  hasRole(currentUser(req), 'admin') ? true : { status: { in: ['consultation', 'issued'] } }

/** Comments the public sees: approved ones only. */
export const adminsOrShownComments: Access = ({ req }) =>
  hasRole(currentUser(req), 'admin') ? true : { status: { equals: 'approved' } }

/** Honour rolls: admins all, the public the published ones. */
export const adminsOrPublishedRolls: Access = ({ req }) =>
  hasRole(currentUser(req), 'admin') ? true : { status: { equals: 'published' } }

/** A field only admins read (a commenter's contact, a booker's phone stays with the base and the district). */
export const adminsOnlyField = ({ req }: { req: Parameters<Access>[0]['req'] }) => hasRole(currentUser(req), 'admin')
