/** Who reads and writes publicity content: admins, a base editor for their own base, and the public. */
import type { Access, Where } from 'payload'

import { currentUser, hasRole } from '../roles'
import { refId } from '../refs'

/** Admins everything; everyone else (signed in or not) what `where` admits. */
export const adminsOr =
  (where: Where): Access =>
  ({ req }) =>
    hasRole(currentUser(req), 'admin') ? true : where

/** Admins see drafts; everyone else only what is published. */
export const adminsOrPublished = adminsOr({ _status: { equals: 'published' } })

/** Work plans the public sees: consultation drafts and issued plans. */
export const adminsOrPublicPlans = adminsOr({ status: { in: ['consultation', 'issued'] } })

/** Comments the public sees: approved ones, on a plan the public sees. */
export const adminsOrShownComments = adminsOr({
  and: [{ status: { equals: 'approved' } }, { 'plan.status': { in: ['consultation', 'issued'] } }],
})

/** Honour rolls and ranking notices: the published ones. */
export const adminsOrPublishedStatus = adminsOr({ status: { equals: 'published' } })

/** Materials: the published ones (a plan's attachment is published with the plan). */
export const adminsOrPublishedMaterials = adminsOr({ published: { equals: true } })

/** Records that belong to a base (`base` field): admins all, a base editor only their base's. */
export const adminsOrOwnBaseRecords: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const base = refId(user?.educationBase)
  return hasRole(user, 'base-editor') && base !== null ? { base: { equals: base } } : false
}

/** A base's articles: admins all, a base editor their own base's (drafts too), everyone else what is published. */
export const articleReaders: Access = (args) =>
  hasRole(currentUser(args.req), 'admin', 'base-editor')
    ? adminsOrOwnBaseRecords(args)
    : { _status: { equals: 'published' } }

/** Versions hold drafts: admins only … */
export const adminsOnlyVersions: Access = ({ req }) => hasRole(currentUser(req), 'admin')

/** … and a base editor those of their own base's articles. */
export const ownBaseVersions: Access = ({ req }) => {
  const user = currentUser(req)
  if (hasRole(user, 'admin')) return true
  const base = refId(user?.educationBase)
  return hasRole(user, 'base-editor') && base !== null ? { 'version.base': { equals: base } } : false
}

/** A field only admins read (a commenter's contact). */
export const adminsOnlyField = ({ req }: { req: Parameters<Access>[0]['req'] }) => hasRole(currentUser(req), 'admin')

/** A field the staff who answer read (a resident's contact on their feedback). */
export const staffOnlyField = ({ req }: { req: Parameters<Access>[0]['req'] }) =>
  hasRole(currentUser(req), 'admin', 'operator')
