import { createRequire as __fenleiRequire } from 'node:module'
const require = __fenleiRequire(import.meta.url)
var __defProp = Object.defineProperty
var __getOwnPropNames = Object.getOwnPropertyNames
var __esm = (fn, res) =>
  function __init() {
    return (fn && (res = (0, fn[__getOwnPropNames(fn)[0]])((fn = 0))), res)
  }
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true })
}

// i18n/labels.ts
var t, groups
var init_labels = __esm({
  'i18n/labels.ts'() {
    'use strict'
    t = (zh2, en2) => ({ zh: zh2, en: en2 })
    groups = {
      areas: t('\u57FA\u7840\u6863\u6848', 'Areas & sites'),
      points: t('\u79EF\u5206', 'Points'),
      devices: t('\u8BBE\u5907', 'Devices'),
      rural: t('\u519C\u6751', 'Countryside'),
      assessment: t('\u8003\u6838', 'Assessment'),
      publicity: t('\u5BA3\u4F20', 'Publicity'),
      system: t('\u7CFB\u7EDF', 'System'),
    }
  },
})

// access/roles.ts
function currentUser(req) {
  const user = req.user
  return user && user.collection === 'users' ? user : null
}
function hasRole(user, ...roles) {
  return Boolean(user?.role && roles.includes(user.role))
}
function refId(value) {
  if (value === null || value === void 0 || value === '') return null
  return typeof value === 'object' ? value.id : value
}
function sameRef(a, b) {
  const x = refId(a)
  const y = refId(b)
  return x !== null && y !== null && String(x) === String(y)
}
var roleOptions
var init_roles = __esm({
  'access/roles.ts'() {
    'use strict'
    init_labels()
    roleOptions = [
      { value: 'admin', label: t('\u533A\u57CE\u7BA1\u5C40\u7BA1\u7406\u5458', 'District admin') },
      { value: 'town-official', label: t('\u9547\uFF08\u8857\u9053\uFF09\u5DE5\u4F5C\u4EBA\u5458', 'Town official') },
      { value: 'base-editor', label: t('\u6559\u80B2\u57FA\u5730\u7F16\u8F91', 'Education-base editor') },
      { value: 'operator', label: t('\u8FD0\u8425\u5355\u4F4D', 'Operator') },
    ]
  },
})

// services/platform.ts
async function asPlatform(req, work) {
  const before = req.context[PLATFORM]
  req.context[PLATFORM] = true
  try {
    return await work()
  } finally {
    req.context[PLATFORM] = before
  }
}
function isPlatformWrite(req) {
  return req.context?.[PLATFORM] === true || !currentUser(req)
}
var PLATFORM
var init_platform = __esm({
  'services/platform.ts'() {
    'use strict'
    init_roles()
    PLATFORM = 'fenleiPlatformWrite'
  },
})

// hooks/shared/errors.ts
import { APIError } from 'payload'
var coded, badRequest, unauthorized, forbidden, notFound, conflict, tooLarge, tooMany, PAYLOAD_CODES, codeEveryError
var init_errors = __esm({
  'hooks/shared/errors.ts'() {
    'use strict'
    coded =
      (status) =>
      (code, message, extra = {}) =>
        new APIError(message, status, { code, ...extra }, true)
    badRequest = coded(400)
    unauthorized = coded(401)
    forbidden = coded(403)
    notFound = coded(404)
    conflict = coded(409)
    tooLarge = coded(413)
    tooMany = coded(429)
    PAYLOAD_CODES = {
      ValidationError: 'VALIDATION_FAILED',
      Forbidden: 'FORBIDDEN',
      NotFound: 'NOT_FOUND',
      UnauthorizedError: 'UNAUTHORIZED',
      AuthenticationError: 'INVALID_CREDENTIALS',
      LockedAuth: 'INVALID_CREDENTIALS',
      UnverifiedEmail: 'UNVERIFIED_EMAIL',
      MissingFile: 'MISSING_FILE',
      FileUploadError: 'FILE_UPLOAD_FAILED',
      ErrorDeletingFile: 'FILE_DELETE_FAILED',
      QueryError: 'INVALID_QUERY',
    }
    codeEveryError = ({ error, result }) => {
      if (!result || !Array.isArray(result.errors)) return
      const fallback =
        PAYLOAD_CODES[error.name] ?? (Number(error.status) >= 500 || !('status' in error) ? 'INTERNAL' : 'ERROR')
      const errors = result.errors.map((e) => ({
        ...e,
        data: { ...(e.data ?? {}), code: e.data?.code ?? fallback },
      }))
      return { response: { ...result, errors } }
    }
  },
})

// hooks/shared/serverFields.ts
function serverSetFields(fields) {
  const out = []
  for (const field of fields) {
    if ('fields' in field && (field.type === 'row' || field.type === 'collapsible'))
      out.push(...serverSetFields(field.fields))
    else if (field.type === 'tabs') {
      for (const tab of field.tabs) if (!('name' in tab)) out.push(...serverSetFields(tab.fields))
    }
    const readOnly = 'admin' in field && field.admin && 'readOnly' in field.admin && field.admin.readOnly
    if ('name' in field && (readOnly || ('hidden' in field && field.hidden))) out.push(field)
  }
  return [...out, { name: 'createdAt' }, { name: 'updatedAt' }]
}
var empty, normal, same, UPLOAD_FIELDS, refuseServerFields
var init_serverFields = __esm({
  'hooks/shared/serverFields.ts'() {
    'use strict'
    init_roles()
    init_platform()
    init_errors()
    empty = (v) => v === void 0 || v === null || v === '' || (Array.isArray(v) && v.length === 0)
    normal = (v) => (Array.isArray(v) ? v.map(normal) : typeof v === 'object' && v !== null && 'id' in v ? refId(v) : v)
    same = (a, b) => (empty(a) && empty(b)) || JSON.stringify(normal(a)) === JSON.stringify(normal(b))
    UPLOAD_FIELDS = /* @__PURE__ */ new Set([
      'filename',
      'mimeType',
      'filesize',
      'width',
      'height',
      'url',
      'thumbnailURL',
      'focalX',
      'focalY',
      'sizes',
    ])
    refuseServerFields = ({ collection, data, operation, originalDoc, req }) => {
      if (isPlatformWrite(req)) return data
      const fromFile = Boolean(collection.upload && req.file)
      for (const field of serverSetFields(collection.fields)) {
        if (fromFile && UPLOAD_FIELDS.has(field.name)) continue
        if (!(field.name in data)) continue
        const value = data[field.name]
        const allowed =
          operation === 'update'
            ? same(value, originalDoc?.[field.name])
            : empty(value) || (typeof field.defaultValue !== 'function' && same(value, field.defaultValue))
        if (!allowed) {
          throw forbidden(
            'SERVER_SET_FIELD',
            `\u300C${field.name}\u300D\u7531\u7CFB\u7EDF\u8BB0\u5F55\uFF0C\u4E0D\u80FD\u586B\u5199\u6216\u4FEE\u6539\u3002This field is set by the server.`,
            {
              field: field.name,
            },
          )
        }
      }
      return data
    }
  },
})

// domain/places/sites.ts
function maskPhone(phone) {
  if (!phone) return phone
  if (phone.length >= 7) return `${phone.slice(0, 3)}****${phone.slice(-4)}`
  return '****'
}
var SITE_KINDS, CONTACT_PHONE, MOBILE_PHONE
var init_sites = __esm({
  'domain/places/sites.ts'() {
    'use strict'
    init_labels()
    SITE_KINDS = {
      government: t('\u673A\u5173\u5355\u4F4D', 'Government office'),
      residential: t('\u5C45\u6C11\u5C0F\u533A', 'Residential compound'),
      school: t('\u5B66\u6821', 'School'),
      street: t('\u8857\u9053\uFF08\u6CBF\u8857\uFF09', 'Street'),
      village: t('\u519C\u6751', 'Village'),
      'education-base': t('\u6559\u80B2\u57FA\u5730', 'Education base'),
    }
    CONTACT_PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/
    MOBILE_PHONE = /^1\d{10}$/
  },
})

// domain/system/audit.ts
function plain(value) {
  if (Array.isArray(value)) return value.map(plain)
  if (value && typeof value === 'object') {
    if ('docs' in value) return void 0
    if ('id' in value && 'createdAt' in value) return refId(value)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
  }
  return value
}
function maskValue(field, value) {
  if (value === null || value === void 0 || value === '') return value
  if (SECRET.test(field)) return '***'
  if (PHONE.test(field) && typeof value === 'string') return maskPhone(value)
  return value
}
function diffRecord(before, after) {
  const keys = /* @__PURE__ */ new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])
  const changes = []
  for (const field of keys) {
    if (SKIP.has(field) || field === 'id') continue
    const a = plain(before?.[field])
    const b = plain(after?.[field])
    if (a === void 0 && b === void 0) continue
    const same2 = JSON.stringify(a ?? null) === JSON.stringify(b ?? null)
    if (same2) continue
    changes.push({ field, before: maskValue(field, a ?? null), after: maskValue(field, b ?? null) })
  }
  return changes
}
function auditSummary(operation, collection, id, changes) {
  const fields = changes.map((c) => c.field).join(', ')
  return `${operation} ${collection} #${id}${fields ? `: ${fields}` : ''}`
}
var SKIP, SECRET, PHONE
var init_audit = __esm({
  'domain/system/audit.ts'() {
    'use strict'
    init_roles()
    init_sites()
    SKIP = /* @__PURE__ */ new Set(['updatedAt', 'createdAt', 'sessions', 'loginAttempts', 'lockUntil', 'hash', 'salt'])
    SECRET = /secret|password|token|hash|salt/i
    PHONE = /phone/i
  },
})

// hooks/system/auditLog.ts
async function writeAudit(req, operation, collection, id, before, after, extra = {}) {
  if (isPlatformWrite(req)) return
  const user = currentUser(req)
  const changes = diffRecord(before, after)
  if (operation === 'update' && changes.length === 0 && Object.keys(extra).length === 0) return
  const all = [...changes, ...Object.entries(extra).map(([field, after2]) => ({ field, before: null, after: after2 }))]
  await req.payload.db.create({
    collection: 'audit-log',
    data: {
      at: /* @__PURE__ */ new Date().toISOString(),
      user: user.id,
      role: user.role ?? null,
      operation,
      collectionSlug: collection,
      recordId: String(id),
      summary: auditSummary(operation, collection, id, all),
      changes: all,
      via: req.payloadAPI ?? null,
    },
    req,
  })
}
var auditChange, auditDelete, refuseAuditChange
var init_auditLog = __esm({
  'hooks/system/auditLog.ts'() {
    'use strict'
    init_roles()
    init_audit()
    init_platform()
    init_errors()
    auditChange = async ({ collection, data, doc, operation, previousDoc, req }) => {
      const extra = typeof data?.password === 'string' ? { password: '***' } : {}
      await writeAudit(req, operation, collection.slug, doc.id, operation === 'create' ? null : previousDoc, doc, extra)
      return doc
    }
    auditDelete = async ({ collection, doc, id, req }) => {
      await writeAudit(req, 'delete', collection.slug, id, doc, null)
      return doc
    }
    refuseAuditChange = ({ data, operation }) => {
      if (operation !== 'create')
        throw forbidden(
          'AUDIT_APPEND_ONLY',
          '\u64CD\u4F5C\u65E5\u5FD7\u4E0D\u80FD\u4FEE\u6539\u3002The audit log cannot be changed.',
        )
      return data
    }
  },
})

// collections/assessment/index.ts
var assessmentCollections
var init_assessment = __esm({
  'collections/assessment/index.ts'() {
    'use strict'
    assessmentCollections = []
  },
})

// collections/countryside/index.ts
var countrysideCollections
var init_countryside = __esm({
  'collections/countryside/index.ts'() {
    'use strict'
    countrysideCollections = []
  },
})

// access/admins.ts
var admins
var init_admins = __esm({
  'access/admins.ts'() {
    'use strict'
    init_roles()
    admins = ({ req }) => hasRole(currentUser(req), 'admin')
  },
})

// access/nobody.ts
var nobody
var init_nobody = __esm({
  'access/nobody.ts'() {
    'use strict'
    nobody = () => false
  },
})

// access/byRole.ts
var byRole
var init_byRole = __esm({
  'access/byRole.ts'() {
    'use strict'
    init_roles()
    byRole =
      (...roles) =>
      ({ req }) =>
        hasRole(currentUser(req), ...roles)
  },
})

// access/staff.ts
var staff
var init_staff = __esm({
  'access/staff.ts'() {
    'use strict'
    init_byRole()
    staff = byRole('admin', 'operator')
  },
})

// access/staffOrOwnTown.ts
var staffOrOwnTown
var init_staffOrOwnTown = __esm({
  'access/staffOrOwnTown.ts'() {
    'use strict'
    init_roles()
    staffOrOwnTown =
      (sitePath) =>
      async ({ req }) => {
        const user = currentUser(req)
        if (hasRole(user, 'admin', 'operator')) return true
        const town = refId(user?.town)
        if (!hasRole(user, 'town-official') || town === null) return false
        const sites = await req.payload.find({
          collection: 'sites',
          where: { town: { equals: town } },
          select: {},
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
        if (sites.docs.length === 0) return false
        const where = { [sitePath]: { in: sites.docs.map((s) => s.id) } }
        return where
      }
  },
})

// domain/devices/bins.ts
var BIN_KINDS,
  BIN_STATUSES,
  ALARM_KINDS,
  FAULT_KINDS,
  alarmLabels,
  faultLabels,
  alertKind,
  ALERT_KINDS,
  ALERT_SEVERITIES,
  ALERT_STATUSES
var init_bins = __esm({
  'domain/devices/bins.ts'() {
    'use strict'
    init_labels()
    BIN_KINDS = {
      'recyclables-4': t('\u56DB\u5206\u7C7B\u53EF\u56DE\u6536\u7BB1', 'Four-category recyclables box'),
      hazardous: t('\u6709\u5BB3\u5783\u573E\u7BB1', 'Hazardous-waste box'),
      'two-category': t('\u4E24\u5206\u7C7B\u7BB1', 'Two-category box'),
      'gift-machine': t('\u793C\u54C1\u5151\u6362\u673A', 'Gift-redemption machine'),
    }
    BIN_STATUSES = {
      online: t('\u5728\u7EBF', 'Online'),
      offline: t('\u79BB\u7EBF', 'Offline'),
      full: t('\u6EE1\u7BB1', 'Full'),
      fault: t('\u6545\u969C', 'Fault'),
      disabled: t('\u505C\u7528', 'Disabled'),
    }
    ALARM_KINDS = ['smoke', 'gas', 'tilt', 'water', 'panic']
    FAULT_KINDS = ['reader', 'door', 'motor', 'scale']
    alarmLabels = {
      smoke: t('\u70DF\u96FE / \u706B\u8B66', 'Smoke / fire'),
      gas: t('\u53EF\u71C3\u6C14\u4F53', 'Gas'),
      tilt: t('\u503E\u5012', 'Tilt'),
      water: t('\u8FDB\u6C34', 'Water'),
      panic: t('\u7D27\u6025\u6C42\u52A9', 'Panic'),
    }
    faultLabels = {
      reader: t('\u8BFB\u5361\u5668\u6545\u969C', 'Reader fault'),
      door: t('\u6295\u53E3\u6545\u969C', 'Door fault'),
      motor: t('\u7535\u673A\u6545\u969C', 'Motor fault'),
      scale: t('\u79F0\u91CD\u6545\u969C', 'Scale fault'),
    }
    alertKind = (type, kind) => (type === 'alarm' ? kind : `fault-${kind}`)
    ALERT_KINDS = [
      ...ALARM_KINDS.map((kind) => ({ value: alertKind('alarm', kind), label: alarmLabels[kind] })),
      ...FAULT_KINDS.map((kind) => ({ value: alertKind('fault', kind), label: faultLabels[kind] })),
    ]
    ALERT_SEVERITIES = {
      critical: t('\u7D27\u6025', 'Critical'),
      major: t('\u91CD\u8981', 'Major'),
      minor: t('\u4E00\u822C', 'Minor'),
    }
    ALERT_STATUSES = {
      open: t('\u672A\u5904\u7406', 'Open'),
      acknowledged: t('\u5DF2\u786E\u8BA4', 'Acknowledged'),
      closed: t('\u5DF2\u5173\u95ED', 'Closed'),
    }
  },
})

// fields/dates.ts
function momentField(name, label, o = {}) {
  return {
    name,
    type: 'date',
    label,
    required: o.required ?? false,
    index: o.index ?? false,
    admin: {
      readOnly: o.readOnly ?? false,
      date: { pickerAppearance: 'dayAndTime' },
      ...(o.sidebar ? { position: 'sidebar' } : {}),
      ...(o.description ? { description: o.description } : {}),
    },
  }
}
var init_dates = __esm({
  'fields/dates.ts'() {
    'use strict'
  },
})

// fields/numbers.ts
function wholeInRange(min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER) {
  return (v) => {
    if (v === null || v === void 0) return true
    if (!Number.isInteger(v)) return '\u5FC5\u987B\u662F\u6574\u6570 / must be a whole number'
    if (v < min || v > max) return `\u5FC5\u987B\u5728 ${min}\u2013${max} \u4E4B\u95F4 / must be ${min}\u2013${max}`
    return true
  }
}
function wholeNumber(name, label, o = {}) {
  return {
    name,
    type: 'number',
    label,
    required: o.required ?? false,
    index: o.index ?? false,
    ...(o.defaultValue !== void 0 ? { defaultValue: o.defaultValue } : {}),
    ...(o.min !== void 0 ? { min: o.min } : {}),
    ...(o.max !== void 0 ? { max: o.max } : {}),
    validate: wholeInRange(o.min, o.max),
    admin: {
      readOnly: o.readOnly ?? false,
      ...(o.sidebar ? { position: 'sidebar' } : {}),
      ...(o.description ? { description: o.description } : {}),
    },
  }
}
var init_numbers = __esm({
  'fields/numbers.ts'() {
    'use strict'
  },
})

// fields/options.ts
function options(labels) {
  return Object.keys(labels).map((value) => ({ value, label: labels[value] }))
}
function select(name, label, choices, o = {}) {
  return {
    name,
    type: 'select',
    label,
    options: Array.isArray(choices) ? choices : options(choices),
    required: o.required ?? false,
    index: o.index ?? false,
    ...(o.defaultValue !== void 0 ? { defaultValue: o.defaultValue } : {}),
    ...(o.readOnly ? { admin: { readOnly: true } } : {}),
  }
}
var init_options = __esm({
  'fields/options.ts'() {
    'use strict'
  },
})

// fields/relations.ts
function relation(relationTo, name, label, o = {}) {
  return {
    name: o.name ?? name,
    type: 'relationship',
    relationTo,
    hasMany: false,
    required: o.required ?? false,
    index: o.index ?? false,
    label: o.label ?? label,
    ...(o.filterOptions ? { filterOptions: o.filterOptions } : {}),
    admin: {
      readOnly: o.readOnly ?? false,
      ...(o.sidebar ? { position: 'sidebar' } : {}),
      ...(o.description ? { description: o.description } : {}),
    },
  }
}
var cardField, siteField, townField, actorField
var init_relations = __esm({
  'fields/relations.ts'() {
    'use strict'
    init_labels()
    cardField = (o = {}) =>
      relation('cards', 'card', t('\u667A\u80FD\u5361', 'Card'), { required: true, index: true, ...o })
    siteField = (o = {}) => relation('sites', 'site', t('\u573A\u6240', 'Site'), { required: true, index: true, ...o })
    townField = (o = {}) =>
      relation('towns', 'town', t('\u6240\u5C5E\u9547\uFF08\u8857\u9053\uFF09', 'Town'), {
        required: true,
        index: true,
        ...o,
      })
    actorField = (name, label, o = {}) => relation('users', name, label, { readOnly: true, ...o })
  },
})

// hooks/devices/alerts.ts
var stampAlertStatus
var init_alerts = __esm({
  'hooks/devices/alerts.ts'() {
    'use strict'
    init_roles()
    stampAlertStatus = ({ data, originalDoc, req }) => {
      const user = currentUser(req)?.id ?? null
      const now = /* @__PURE__ */ new Date().toISOString()
      if (data.status === 'acknowledged' && originalDoc?.status === 'open')
        Object.assign(data, { acknowledgedAt: now, acknowledgedBy: user })
      if (data.status === 'closed' && originalDoc?.status !== 'closed')
        Object.assign(data, { closedAt: now, closedBy: user })
      return data
    }
  },
})

// collections/devices/Alerts.ts
var Alerts
var init_Alerts = __esm({
  'collections/devices/Alerts.ts'() {
    'use strict'
    init_admins()
    init_nobody()
    init_staff()
    init_staffOrOwnTown()
    init_bins()
    init_dates()
    init_numbers()
    init_options()
    init_relations()
    init_alerts()
    init_labels()
    Alerts = {
      slug: 'alerts',
      labels: { singular: t('\u8BBE\u5907\u544A\u8B66', 'Alert'), plural: t('\u8BBE\u5907\u544A\u8B66', 'Alerts') },
      admin: { group: groups.devices, defaultColumns: ['openedAt', 'bin', 'kind', 'severity', 'status', 'count'] },
      defaultSort: '-openedAt',
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staffOrOwnTown('bin.site'), create: nobody, update: staff, delete: admins },
      hooks: { beforeChange: [stampAlertStatus] },
      fields: [
        {
          type: 'row',
          fields: [
            relation('bins', 'bin', t('\u8BBE\u5907', 'Bin'), { required: true, index: true, readOnly: true }),
            select('kind', t('\u7C7B\u578B', 'Kind'), ALERT_KINDS, { required: true, readOnly: true }),
            select('severity', t('\u7EA7\u522B', 'Severity'), ALERT_SEVERITIES, { required: true, readOnly: true }),
            select('status', t('\u72B6\u6001', 'Status'), ALERT_STATUSES, {
              required: true,
              defaultValue: 'open',
              index: true,
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            momentField('openedAt', t('\u53D1\u751F\u65F6\u95F4', 'Opened'), { required: true, readOnly: true }),
            momentField('lastAt', t('\u6700\u8FD1\u4E00\u6B21', 'Last'), { readOnly: true }),
            wholeNumber('count', t('\u6B21\u6570', 'Count'), { defaultValue: 1, readOnly: true }),
          ],
        },
        { name: 'detail', type: 'textarea', label: t('\u8BE6\u60C5', 'Detail'), admin: { readOnly: true } },
        { name: 'resolution', type: 'textarea', label: t('\u5904\u7406\u8BF4\u660E', 'Resolution') },
        {
          type: 'row',
          fields: [
            momentField('acknowledgedAt', t('\u786E\u8BA4\u65F6\u95F4', 'Acknowledged'), { readOnly: true }),
            actorField('acknowledgedBy', t('\u786E\u8BA4\u4EBA', 'By')),
            momentField('closedAt', t('\u5173\u95ED\u65F6\u95F4', 'Closed'), { readOnly: true }),
            actorField('closedBy', t('\u5173\u95ED\u4EBA', 'By')),
          ],
        },
      ],
    }
  },
})

// domain/shared/audience.ts
function audienceAdmits(audience, holderKind) {
  return audience === 'both' || audience === (holderKind === 'office' ? 'offices' : 'residents')
}
var AUDIENCES
var init_audience = __esm({
  'domain/shared/audience.ts'() {
    'use strict'
    init_labels()
    AUDIENCES = {
      residents: t('\u5C45\u6C11', 'Residents'),
      offices: t('\u673A\u5173\u5355\u4F4D', 'Offices'),
      both: t('\u5747\u53EF', 'Both'),
    }
  },
})

// endpoints/shared.ts
function requireRole(req, roles, message) {
  if (!hasRole(currentUser(req), ...roles)) throw forbidden('FORBIDDEN', message)
}
function parseWith(schema, value, code = 'INVALID_REQUEST') {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  throw badRequest(code, issue.message, { path: issue.path.join('.') })
}
async function readJson(req) {
  try {
    return req.json ? await req.json() : void 0
  } catch {
    throw badRequest('MALFORMED_JSON', '\u8BF7\u6C42\u4F53\u4E0D\u662F\u6709\u6548\u7684 JSON\u3002Malformed JSON.')
  }
}
function clientAddress(req) {
  return req.headers.get('x-fenlei-client') ?? 'local'
}
var init_shared = __esm({
  'endpoints/shared.ts'() {
    'use strict'
    init_roles()
    init_errors()
  },
})

// endpoints/devices/rotateSecret.ts
var rotateSecretEndpoint
var init_rotateSecret = __esm({
  'endpoints/devices/rotateSecret.ts'() {
    'use strict'
    init_shared()
    rotateSecretEndpoint = {
      path: '/:id/rotate-secret',
      method: 'post',
      handler: async (req) => {
        requireRole(
          req,
          ['admin'],
          '\u53EA\u6709\u7BA1\u7406\u5458\u53EF\u4EE5\u91CD\u7F6E\u8BBE\u5907\u5BC6\u94A5\u3002Admins only.',
        )
        const id = String(req.routeParams?.id ?? '')
        const bin = await req.payload.update({
          collection: 'bins',
          id,
          data: { rotateSecret: true },
          req,
          overrideAccess: true,
        })
        return Response.json({ deviceId: bin.deviceId, secret: bin.newSecret, secretRotatedAt: bin.secretRotatedAt })
      },
    }
  },
})

// domain/points/points.ts
function isCategory(value) {
  return typeof value === 'string' && CATEGORIES.includes(value)
}
function checkDrop(drop) {
  if (!isCategory(drop.category)) {
    return {
      ok: false,
      code: 'UNKNOWN_CATEGORY',
      message: `\u672A\u77E5\u7684\u5783\u573E\u7C7B\u522B\u300C${drop.category}\u300D\u3002Unknown category.`,
    }
  }
  if (!Number.isInteger(drop.grams) || drop.grams <= 0 || drop.grams > MAX_DROP_GRAMS) {
    return {
      ok: false,
      code: 'INVALID_WEIGHT',
      message: `\u91CD\u91CF\u5FC5\u987B\u662F 1\u2013${MAX_DROP_GRAMS} \u4E4B\u95F4\u7684\u6574\u6570\u514B\u3002Weight must be whole grams, 1\u2013${MAX_DROP_GRAMS}.`,
    }
  }
  return { ok: true }
}
function awardForDrop(rules, drop, earnedToday) {
  const checked = checkDrop(drop)
  if (!checked.ok) return checked
  const rule = rules.categories.find((c) => c.category === drop.category)
  if (!rule) return { ok: true, points: 0, uncapped: 0, capped: false, belowMinimum: false }
  if (drop.grams < rule.minGrams) return { ok: true, points: 0, uncapped: 0, capped: false, belowMinimum: true }
  const uncapped = Math.floor((drop.grams * rule.pointsPerKg) / 1e3) + rule.pointsPerDrop
  if (rules.dailyCap <= 0) return { ok: true, points: uncapped, uncapped, capped: false, belowMinimum: false }
  const room = Math.max(0, rules.dailyCap - Math.max(0, earnedToday))
  const points = Math.min(uncapped, room)
  return { ok: true, points, uncapped, capped: points < uncapped, belowMinimum: false }
}
function rulesAt(history, at) {
  const time = new Date(at).getTime()
  const applicable = history
    .filter((r) => new Date(r.effectiveFrom).getTime() <= time)
    .sort(
      (a, b) => new Date(a.effectiveFrom).getTime() - new Date(b.effectiveFrom).getTime() || a.revision - b.revision,
    )
  return applicable.at(-1) ?? DEFAULT_RULES
}
function pointsForFen(fen, rules) {
  return Math.ceil((fen * rules.pointsPerYuan) / 100)
}
function mayGoNegative(reason) {
  return reason === 'penalty' || reason === 'adjustment' || reason === 'transfer'
}
function nextBalance(balance, delta, reason) {
  if (!Number.isInteger(delta)) throw new Error('A ledger delta must be a whole number of points')
  const after = balance + delta
  if (delta < 0 && after < 0 && !mayGoNegative(reason)) {
    return {
      ok: false,
      code: 'INSUFFICIENT_BALANCE',
      message: `\u79EF\u5206\u4E0D\u8DB3\uFF1A\u4F59\u989D ${balance}\uFF0C\u9700\u8981 ${-delta}\u3002Insufficient points: balance ${balance}, needs ${-delta}.`,
    }
  }
  return { ok: true, balance: after }
}
var CATEGORIES, categoryLabels, DEFAULT_RULES, MAX_DROP_GRAMS, LEDGER_REASONS
var init_points = __esm({
  'domain/points/points.ts'() {
    'use strict'
    init_labels()
    CATEGORIES = [
      'kitchen',
      'other',
      'paper',
      'plastic',
      'metal',
      'glass',
      'textile',
      'hazardous',
      'rotable',
      'sellable',
      'unsellable',
    ]
    categoryLabels = {
      kitchen: t('\u53A8\u4F59\u5783\u573E', 'Kitchen waste'),
      other: t('\u5176\u4ED6\u5783\u573E', 'Other waste'),
      paper: t('\u53EF\u56DE\u6536\u7269\xB7\u7EB8\u7C7B', 'Recyclable: paper'),
      plastic: t('\u53EF\u56DE\u6536\u7269\xB7\u5851\u6599', 'Recyclable: plastic'),
      metal: t('\u53EF\u56DE\u6536\u7269\xB7\u91D1\u5C5E', 'Recyclable: metal'),
      glass: t('\u53EF\u56DE\u6536\u7269\xB7\u73BB\u7483', 'Recyclable: glass'),
      textile: t('\u53EF\u56DE\u6536\u7269\xB7\u7EC7\u7269', 'Recyclable: textile'),
      hazardous: t('\u6709\u5BB3\u5783\u573E', 'Hazardous waste'),
      rotable: t('\u4F1A\u70C2\u7684', 'Rot-able (rural)'),
      sellable: t('\u597D\u5356\u7684', 'Sellable (rural)'),
      unsellable: t('\u4E0D\u597D\u5356\u7684', 'Not sellable (rural)'),
    }
    DEFAULT_RULES = {
      revision: 0,
      effectiveFrom: '2020-01-01T00:00:00.000Z',
      categories: [
        { category: 'kitchen', pointsPerKg: 0, pointsPerDrop: 5, minGrams: 100 },
        { category: 'other', pointsPerKg: 0, pointsPerDrop: 1, minGrams: 100 },
        { category: 'paper', pointsPerKg: 70, pointsPerDrop: 0, minGrams: 100 },
        { category: 'plastic', pointsPerKg: 70, pointsPerDrop: 0, minGrams: 50 },
        { category: 'metal', pointsPerKg: 60, pointsPerDrop: 0, minGrams: 50 },
        { category: 'glass', pointsPerKg: 0, pointsPerDrop: 2, minGrams: 100 },
        { category: 'textile', pointsPerKg: 20, pointsPerDrop: 0, minGrams: 200 },
        { category: 'hazardous', pointsPerKg: 0, pointsPerDrop: 5, minGrams: 1 },
        { category: 'rotable', pointsPerKg: 0, pointsPerDrop: 3, minGrams: 100 },
        { category: 'sellable', pointsPerKg: 20, pointsPerDrop: 0, minGrams: 100 },
        { category: 'unsellable', pointsPerKg: 0, pointsPerDrop: 1, minGrams: 100 },
      ],
      dailyCap: 200,
      misSortPenalty: 10,
      pointsPerYuan: 100,
      expiryDays: 0,
      followUpThreshold: 0,
      manualBackdateDays: 2,
      deviceBacklogDays: 7,
    }
    MAX_DROP_GRAMS = 2e5
    LEDGER_REASONS = {
      'drop-off': t('\u6295\u653E\u5F97\u5206', 'Drop-off'),
      redemption: t('\u5151\u6362', 'Redemption'),
      refund: t('\u9000\u8FD8', 'Refund'),
      penalty: t('\u9519\u6295\u6263\u5206', 'Penalty'),
      adjustment: t('\u4EBA\u5DE5\u8C03\u6574', 'Adjustment'),
      transfer: t('\u8865\u5361\u8F6C\u79FB', 'Transfer'),
      expiry: t('\u8FC7\u671F', 'Expiry'),
    }
  },
})

// fields/category.ts
var categoryField
var init_category = __esm({
  'fields/category.ts'() {
    'use strict'
    init_points()
    init_labels()
    init_options()
    categoryField = () => ({
      name: 'category',
      type: 'select',
      required: true,
      options: options(categoryLabels),
      label: t('\u7C7B\u522B', 'Category'),
    })
  },
})

// fields/coordinates.ts
var coordinatesRow
var init_coordinates = __esm({
  'fields/coordinates.ts'() {
    'use strict'
    init_labels()
    coordinatesRow = () => ({
      type: 'row',
      fields: [
        { name: 'latitude', type: 'number', min: -90, max: 90, label: t('\u7EAC\u5EA6', 'Latitude') },
        { name: 'longitude', type: 'number', min: -180, max: 180, label: t('\u7ECF\u5EA6', 'Longitude') },
      ],
    })
  },
})

// domain/devices/deviceAuth.ts
import crypto2 from 'node:crypto'
function canonicalPrefix(p) {
  return `${p.method.toUpperCase()}
${p.path}
${p.deviceId}
${p.timestamp}
`
}
function sign(secret, p) {
  return crypto2
    .createHmac('sha256', Buffer.from(secret, 'utf8'))
    .update(canonicalPrefix(p))
    .update(p.body)
    .digest('hex')
}
function sealSecret(plain2, serverSecret) {
  const key = crypto2.createHash('sha256').update(`fenlei-device:${serverSecret}`).digest()
  const iv = crypto2.randomBytes(12)
  const cipher = crypto2.createCipheriv('aes-256-gcm', key, iv)
  const data = Buffer.concat([cipher.update(plain2, 'utf8'), cipher.final()])
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url')).join('.')
}
function newDeviceSecret() {
  return crypto2.randomBytes(24).toString('base64url')
}
var TIMESTAMP_WINDOW_MS, SIGNING_VECTORS
var init_deviceAuth = __esm({
  'domain/devices/deviceAuth.ts'() {
    'use strict'
    TIMESTAMP_WINDOW_MS = 5 * 60 * 1e3
    SIGNING_VECTORS = [
      {
        secret: 'k3y-Example_Secret-0123456789abcdefXYZ',
        method: 'POST',
        path: '/device/v1/authorize',
        deviceId: 'CXN-BIN-01',
        timestamp: '1764000000000',
        body: '{"card":"CXN000001"}',
      },
      {
        secret: 'k3y-Example_Secret-0123456789abcdefXYZ',
        method: 'POST',
        path: '/device/v1/events',
        deviceId: 'CXN-BIN-01',
        timestamp: '1764000000123',
        body: '{"events":[{"type":"drop","eventId":"e-1","card":"CXN000001","compartment":1,"grams":1500,"occurredAt":"2025-11-24T16:00:00.000Z"}]}',
      },
    ].map((v) => ({ ...v, signature: sign(v.secret, v) }))
  },
})

// device-bridge/devices.ts
function forgetDevice(deviceId) {
  if (deviceId) cache().delete(deviceId)
}
var CACHE, cache
var init_devices = __esm({
  'device-bridge/devices.ts'() {
    'use strict'
    init_roles()
    init_deviceAuth()
    CACHE = Symbol.for('fenlei.deviceCache')
    cache = () => (globalThis[CACHE] ??= /* @__PURE__ */ new Map())
  },
})

// hooks/devices/bins.ts
var FRESH, fresh, guardBinState, issueSecret, revealSecretOnce
var init_bins2 = __esm({
  'hooks/devices/bins.ts'() {
    'use strict'
    init_deviceAuth()
    init_devices()
    init_roles()
    init_platform()
    init_errors()
    FRESH = 'fenleiFreshSecret'
    fresh = (context) => (context[FRESH] ??= /* @__PURE__ */ new Map())
    guardBinState = ({ data, operation, originalDoc, req }) => {
      if (isPlatformWrite(req)) return data
      const user = currentUser(req)
      if (data.rotateSecret && !hasRole(user, 'admin')) {
        throw forbidden(
          'ADMIN_ONLY',
          '\u53EA\u6709\u7BA1\u7406\u5458\u53EF\u4EE5\u91CD\u7F6E\u8BBE\u5907\u5BC6\u94A5\u3002Only admins rotate a device secret.',
          {
            field: 'rotateSecret',
          },
        )
      }
      const before = originalDoc?.status ?? 'offline'
      const status = data.status ?? before
      const manual = status === before || status === 'disabled' || (before === 'disabled' && status === 'offline')
      if (!manual) {
        throw forbidden(
          'SERVER_SET_FIELD',
          '\u8BBE\u5907\u72B6\u6001\u7531\u8BBE\u5907\u4E0A\u62A5\uFF0C\u53EA\u80FD\u505C\u7528\u6216\u91CD\u65B0\u542F\u7528\u3002Only taking a bin out of service and back is manual.',
          {
            field: 'status',
          },
        )
      }
      const fills = new Map((originalDoc?.compartments ?? []).map((c) => [c.number, c.fillPercent ?? 0]))
      for (const c of data.compartments ?? []) {
        if ((c.fillPercent ?? 0) !== (fills.get(c.number) ?? 0) && !(operation === 'create' && !c.fillPercent)) {
          throw forbidden(
            'SERVER_SET_FIELD',
            '\u6EE1\u6EA2\u5EA6\u7531\u8BBE\u5907\u4E0A\u62A5\u3002Fill levels are reported by the device.',
            {
              field: 'compartments.fillPercent',
            },
          )
        }
      }
      return data
    }
    issueSecret = ({ data, operation, originalDoc, req }) => {
      const numbers = (data.compartments ?? originalDoc?.compartments ?? []).map((c) => c.number)
      if (new Set(numbers).size !== numbers.length) {
        throw badRequest(
          'DUPLICATE_COMPARTMENT',
          '\u7BB1\u683C\u7F16\u53F7\u91CD\u590D\u3002Each compartment number appears once.',
        )
      }
      if (operation === 'create' || data.rotateSecret) {
        const secret = newDeviceSecret()
        data.secretSealed = sealSecret(secret, req.payload.secret)
        data.secretRotatedAt = /* @__PURE__ */ new Date().toISOString()
        fresh(req.context).set(String(data.deviceId ?? originalDoc?.deviceId), secret)
      }
      data.rotateSecret = false
      return data
    }
    revealSecretOnce = ({ doc, req }) => {
      forgetDevice(doc.deviceId)
      const secret = fresh(req.context).get(String(doc.deviceId))
      if (!secret) return doc
      fresh(req.context).delete(String(doc.deviceId))
      return { ...doc, newSecret: secret }
    }
  },
})

// collections/devices/Bins.ts
var Bins
var init_Bins = __esm({
  'collections/devices/Bins.ts'() {
    'use strict'
    init_admins()
    init_staff()
    init_staffOrOwnTown()
    init_bins()
    init_audience()
    init_rotateSecret()
    init_category()
    init_coordinates()
    init_dates()
    init_numbers()
    init_options()
    init_relations()
    init_bins2()
    init_labels()
    Bins = {
      slug: 'bins',
      labels: {
        singular: t('\u667A\u80FD\u8BBE\u5907', 'Smart bin'),
        plural: t('\u667A\u80FD\u8BBE\u5907', 'Smart bins'),
      },
      admin: {
        group: groups.devices,
        useAsTitle: 'deviceId',
        defaultColumns: ['deviceId', 'kind', 'site', 'status', 'lastSeenAt', 'firmware'],
        listSearchableFields: ['deviceId', 'vendor', 'model'],
      },
      access: { read: staffOrOwnTown('site'), create: admins, update: staff, delete: admins },
      hooks: { beforeChange: [guardBinState, issueSecret], afterChange: [revealSecretOnce] },
      endpoints: [rotateSecretEndpoint],
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'deviceId',
              type: 'text',
              required: true,
              unique: true,
              index: true,
              label: t('\u8BBE\u5907\u7F16\u53F7', 'Device id'),
              validate: (v) =>
                (typeof v === 'string' && /^[A-Za-z0-9_-]{3,64}$/.test(v)) ||
                '3\u201364 \u4F4D\u5B57\u6BCD\u3001\u6570\u5B57\u3001- \u6216 _ / 3\u201364 letters, digits, - or _',
            },
            select('kind', t('\u7C7B\u578B', 'Kind'), BIN_KINDS, { required: true }),
            select('status', t('\u72B6\u6001', 'Status'), BIN_STATUSES, {
              required: true,
              defaultValue: 'offline',
              index: true,
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'vendor', type: 'text', label: t('\u5382\u5546', 'Vendor') },
            { name: 'model', type: 'text', label: t('\u578B\u53F7', 'Model') },
            { name: 'firmware', type: 'text', label: t('\u56FA\u4EF6\u7248\u672C', 'Firmware') },
          ],
        },
        siteField(),
        coordinatesRow(),
        select('audience', t('\u670D\u52A1\u5BF9\u8C61', 'Serves'), AUDIENCES, {
          required: true,
          defaultValue: 'both',
        }),
        {
          name: 'compartments',
          type: 'array',
          label: t('\u7BB1\u683C', 'Compartments'),
          labels: { singular: t('\u7BB1\u683C', 'Compartment'), plural: t('\u7BB1\u683C', 'Compartments') },
          fields: [
            {
              type: 'row',
              fields: [
                wholeNumber('number', t('\u7F16\u53F7', 'No.'), { required: true, min: 1, max: 32 }),
                categoryField(),
                wholeNumber('capacityLitres', t('\u5BB9\u91CF\uFF08\u5347\uFF09', 'Capacity (L)'), { min: 0 }),
                wholeNumber('fillPercent', t('\u6EE1\u6EA2\u5EA6 %', 'Fill %'), { min: 0, max: 100, readOnly: true }),
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            momentField('lastSeenAt', t('\u6700\u540E\u901A\u4FE1', 'Last seen'), { index: true, readOnly: true }),
            { name: 'commissionedAt', type: 'date', label: t('\u6295\u7528\u65E5\u671F', 'Commissioned') },
            wholeNumber('costFen', t('\u8D2D\u7F6E\u8D39\u7528\uFF08\u5206\uFF09', 'Purchase cost (fen)'), { min: 0 }),
          ],
        },
        {
          name: 'telemetry',
          type: 'json',
          label: t('\u6700\u8FD1\u5FC3\u8DF3', 'Last heartbeat'),
          admin: { readOnly: true },
        },
        {
          name: 'rotateSecret',
          type: 'checkbox',
          defaultValue: false,
          label: t(
            '\u91CD\u65B0\u751F\u6210\u8BBE\u5907\u5BC6\u94A5\uFF08\u4FDD\u5B58\u540E\u663E\u793A\u4E00\u6B21\uFF0C\u65E7\u5BC6\u94A5\u7ACB\u5373\u5931\u6548\uFF09',
            'Rotate the device secret (shown once; the old one stops working)',
          ),
        },
        momentField('secretRotatedAt', t('\u5BC6\u94A5\u751F\u6210\u65F6\u95F4', 'Secret issued'), {
          readOnly: true,
          sidebar: true,
        }),
        { name: 'secretSealed', type: 'text', hidden: true },
      ],
    }
  },
})

// hooks/shared/appendOnly.ts
var refuseDelete
var init_appendOnly = __esm({
  'hooks/shared/appendOnly.ts'() {
    'use strict'
    init_errors()
    refuseDelete = () => {
      throw forbidden(
        'APPEND_ONLY',
        '\u6B64\u8BB0\u5F55\u53EA\u80FD\u8FFD\u52A0\uFF0C\u4E0D\u80FD\u5220\u9664\u3002This record cannot be deleted.',
      )
    }
  },
})

// collections/devices/DeviceEvents.ts
var DeviceEvents
var init_DeviceEvents = __esm({
  'collections/devices/DeviceEvents.ts'() {
    'use strict'
    init_nobody()
    init_staff()
    init_dates()
    init_relations()
    init_appendOnly()
    init_labels()
    DeviceEvents = {
      slug: 'device-events',
      labels: {
        singular: t('\u8BBE\u5907\u62A5\u6587', 'Device request'),
        plural: t('\u8BBE\u5907\u62A5\u6587', 'Device requests'),
      },
      admin: {
        group: groups.devices,
        defaultColumns: ['receivedAt', 'deviceId', 'endpoint', 'status', 'code', 'events'],
      },
      defaultSort: '-receivedAt',
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staff, create: nobody, update: nobody, delete: nobody },
      hooks: { beforeDelete: [refuseDelete] },
      fields: [
        momentField('receivedAt', t('\u63A5\u6536\u65F6\u95F4', 'Received'), { required: true, index: true }),
        { name: 'deviceId', type: 'text', index: true, label: t('\u8BBE\u5907\u7F16\u53F7', 'Device id') },
        relation('bins', 'bin', t('\u8BBE\u5907', 'Bin')),
        { name: 'endpoint', type: 'text', required: true, label: t('\u63A5\u53E3', 'Endpoint') },
        { name: 'status', type: 'number', required: true, label: t('HTTP \u72B6\u6001', 'HTTP status') },
        { name: 'code', type: 'text', index: true, label: t('\u9519\u8BEF\u7801', 'Error code') },
        { name: 'events', type: 'number', label: t('\u4E8B\u4EF6\u6570', 'Events') },
        { name: 'clientAddress', type: 'text', label: t('\u6765\u6E90\u5730\u5740', 'Client address') },
        {
          name: 'repeats',
          type: 'number',
          label: t('\u540C\u7C7B\u672A\u8BB0\u5F55\u6B21\u6570', 'Repeats counted'),
          admin: {
            description: t(
              '\u5927\u91CF\u76F8\u540C\u7684\u62D2\u7EDD\u53EA\u8BB0\u6837\u672C\uFF0C\u5176\u4F59\u8BA1\u6570',
              'Floods of identical refusals keep samples and a count',
            ),
          },
        },
        { name: 'body', type: 'json', label: t('\u8BF7\u6C42\u5185\u5BB9', 'Request body') },
        { name: 'response', type: 'json', label: t('\u5904\u7406\u7ED3\u679C', 'Outcome') },
      ],
    }
  },
})

// collections/devices/DeviceReceipts.ts
var DeviceReceipts
var init_DeviceReceipts = __esm({
  'collections/devices/DeviceReceipts.ts'() {
    'use strict'
    init_nobody()
    init_staff()
    init_labels()
    DeviceReceipts = {
      slug: 'device-receipts',
      labels: {
        singular: t('\u8BBE\u5907\u56DE\u6267', 'Device receipt'),
        plural: t('\u8BBE\u5907\u56DE\u6267', 'Device receipts'),
      },
      admin: { group: groups.devices, hidden: true },
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staff, create: nobody, update: nobody, delete: nobody },
      fields: [
        { name: 'key', type: 'text', required: true, unique: true, index: true },
        { name: 'fingerprint', type: 'text' },
        { name: 'outcome', type: 'json' },
      ],
    }
  },
})

// collections/devices/index.ts
var devicesCollections
var init_devices2 = __esm({
  'collections/devices/index.ts'() {
    'use strict'
    init_Alerts()
    init_Bins()
    init_DeviceEvents()
    init_DeviceReceipts()
    devicesCollections = [Bins, Alerts, DeviceEvents, DeviceReceipts]
  },
})

// collections/operations/index.ts
var operationsCollections
var init_operations = __esm({
  'collections/operations/index.ts'() {
    'use strict'
    operationsCollections = []
  },
})

// fields/phone.ts
var contactPhoneField
var init_phone = __esm({
  'fields/phone.ts'() {
    'use strict'
    init_sites()
    contactPhoneField = (name, label) => ({
      name,
      type: 'text',
      label,
      validate: (v) =>
        !v ||
        CONTACT_PHONE.test(v) ||
        '\u7535\u8BDD\u683C\u5F0F\u4E0D\u6B63\u786E\uFF08\u624B\u673A 11 \u4F4D\u6216\u5EA7\u673A 0551-1234567\uFF09/ invalid phone number',
    })
  },
})

// access/ownTown.ts
var ownTown
var init_ownTown = __esm({
  'access/ownTown.ts'() {
    'use strict'
    init_roles()
    ownTown =
      (seeAll, field = 'town') =>
      ({ req }) => {
        const user = currentUser(req)
        if (!user) return false
        if (hasRole(user, 'admin', ...seeAll)) return true
        if (hasRole(user, 'town-official')) {
          const town = refId(user.town)
          return town === null ? false : { [field]: { equals: town } }
        }
        return false
      }
  },
})

// hooks/shared/keepInOwnTown.ts
var keepInOwnTown
var init_keepInOwnTown = __esm({
  'hooks/shared/keepInOwnTown.ts'() {
    'use strict'
    init_roles()
    init_errors()
    keepInOwnTown = ({ data, req, operation, originalDoc }) => {
      const user = currentUser(req)
      if (!user || !hasRole(user, 'town-official')) return data
      const ownTown2 = refId(user.town)
      if (ownTown2 === null) {
        throw forbidden(
          'NO_TOWN',
          '\u60A8\u7684\u8D26\u53F7\u672A\u7ED1\u5B9A\u9547\uFF08\u8857\u9053\uFF09\uFF0C\u8BF7\u8054\u7CFB\u7BA1\u7406\u5458\u3002Your account is not bound to a town.',
        )
      }
      if (operation === 'create' && refId(data.town) === null) data.town = ownTown2
      const target = data.town === void 0 ? originalDoc?.town : data.town
      if (!sameRef(target, ownTown2)) {
        throw forbidden(
          'OTHER_TOWN',
          '\u53EA\u80FD\u7BA1\u7406\u672C\u9547\uFF08\u8857\u9053\uFF09\u7684\u8BB0\u5F55\uFF0C\u4E0D\u80FD\u5EFA\u5230\u6216\u79FB\u5230\u5176\u4ED6\u9547\u3002You can only manage records of your own town.',
        )
      }
      return data
    }
  },
})

// fields/townScoped.ts
function townScoped(readers = []) {
  return {
    access: {
      read: ownTown(readers),
      create: byRole('admin', 'town-official'),
      update: ownTown([]),
      delete: admins,
    },
    beforeChange: [keepInOwnTown],
    townField: townField(),
    custom: { townScoped: true },
  }
}
var init_townScoped = __esm({
  'fields/townScoped.ts'() {
    'use strict'
    init_admins()
    init_byRole()
    init_ownTown()
    init_keepInOwnTown()
    init_relations()
  },
})

// hooks/shared/villageInTown.ts
var villageInTown
var init_villageInTown = __esm({
  'hooks/shared/villageInTown.ts'() {
    'use strict'
    init_roles()
    init_errors()
    villageInTown = async ({ data, req, originalDoc }) => {
      const village = refId(data.village === void 0 ? originalDoc?.village : data.village)
      const town = refId(data.town === void 0 ? originalDoc?.town : data.town)
      if (village === null || town === null) return data
      const found = await req.payload.findByID({
        collection: 'villages',
        id: village,
        depth: 0,
        req,
        disableErrors: true,
      })
      if (!found)
        throw badRequest(
          'UNKNOWN_VILLAGE',
          `\u884C\u653F\u6751 ${village} \u4E0D\u5B58\u5728\u3002Village ${village} does not exist.`,
        )
      if (String(refId(found.town)) !== String(town)) {
        throw badRequest(
          'VILLAGE_NOT_IN_TOWN',
          `\u884C\u653F\u6751\u300C${found.name}\u300D\u4E0D\u5C5E\u4E8E\u6240\u9009\u9547\uFF08\u8857\u9053\uFF09\u3002The village is not in the chosen town.`,
        )
      }
      return data
    }
  },
})

// collections/places/Sites.ts
var scope, Sites
var init_Sites = __esm({
  'collections/places/Sites.ts'() {
    'use strict'
    init_roles()
    init_sites()
    init_coordinates()
    init_numbers()
    init_options()
    init_phone()
    init_relations()
    init_townScoped()
    init_villageInTown()
    init_labels()
    scope = townScoped(['operator', 'base-editor'])
    Sites = {
      slug: 'sites',
      labels: { singular: t('\u8BD5\u70B9\u573A\u6240', 'Site'), plural: t('\u8BD5\u70B9\u573A\u6240', 'Sites') },
      admin: {
        group: groups.areas,
        useAsTitle: 'name',
        defaultColumns: ['name', 'kind', 'town', 'village', 'sortedCollection', 'households'],
        listSearchableFields: ['name', 'address', 'contactName'],
      },
      access: scope.access,
      custom: scope.custom,
      hooks: { beforeChange: [...scope.beforeChange, villageInTown] },
      fields: [
        { name: 'name', type: 'text', required: true, index: true, label: t('\u540D\u79F0', 'Name') },
        select('kind', t('\u7C7B\u578B', 'Kind'), SITE_KINDS, { required: true }),
        {
          type: 'row',
          fields: [
            scope.townField,
            relation('villages', 'village', t('\u6240\u5C5E\u884C\u653F\u6751\uFF08\u793E\u533A\uFF09', 'Village'), {
              // Only the villages of the chosen town are offered.
              filterOptions: ({ siblingData }) => {
                const town = refId(siblingData?.town)
                return town === null ? true : { town: { equals: town } }
              },
            }),
          ],
        },
        { name: 'address', type: 'text', label: t('\u5730\u5740', 'Address') },
        coordinatesRow(),
        {
          type: 'row',
          fields: [
            { name: 'contactName', type: 'text', label: t('\u8054\u7CFB\u4EBA', 'Contact name') },
            contactPhoneField('contactPhone', t('\u8054\u7CFB\u7535\u8BDD', 'Contact phone')),
          ],
        },
        {
          name: 'sortedCollection',
          type: 'checkbox',
          defaultValue: false,
          label: t('\u5F00\u5C55\u5206\u7C7B\u6536\u8FD0', 'Runs sorted collection'),
        },
        wholeNumber('households', t('\u6237\u6570 / \u4EBA\u6570', 'Households or staff'), {
          min: 0,
          description: t(
            '\u5C0F\u533A\u586B\u6237\u6570\uFF0C\u673A\u5173\u3001\u5B66\u6821\u586B\u4EBA\u6570',
            'Households for a compound, staff for an office or school',
          ),
        }),
      ],
    }
  },
})

// access/anyone.ts
var anyone
var init_anyone = __esm({
  'access/anyone.ts'() {
    'use strict'
    anyone = () => true
  },
})

// collections/places/Towns.ts
var Towns
var init_Towns = __esm({
  'collections/places/Towns.ts'() {
    'use strict'
    init_admins()
    init_anyone()
    init_options()
    init_labels()
    Towns = {
      slug: 'towns',
      labels: {
        singular: t('\u9547\uFF08\u8857\u9053\uFF09', 'Town'),
        plural: t('\u9547\uFF08\u8857\u9053\uFF09', 'Towns'),
      },
      admin: {
        group: groups.areas,
        useAsTitle: 'name',
        defaultColumns: ['name', 'kind', 'code', 'updatedAt'],
        listSearchableFields: ['name', 'code'],
      },
      access: { read: anyone, create: admins, update: admins, delete: admins },
      fields: [
        { name: 'name', type: 'text', required: true, unique: true, label: t('\u540D\u79F0', 'Name') },
        select(
          'kind',
          t('\u7C7B\u578B', 'Kind'),
          { town: t('\u9547', 'Town'), subdistrict: t('\u8857\u9053', 'Sub-district') },
          { required: true, defaultValue: 'town' },
        ),
        { name: 'code', type: 'text', label: t('\u884C\u653F\u533A\u5212\u4EE3\u7801', 'Division code'), index: true },
        { name: 'note', type: 'textarea', label: t('\u5907\u6CE8', 'Note') },
      ],
    }
  },
})

// collections/places/Villages.ts
var scope2, Villages
var init_Villages = __esm({
  'collections/places/Villages.ts'() {
    'use strict'
    init_numbers()
    init_options()
    init_townScoped()
    init_labels()
    scope2 = townScoped(['operator'])
    Villages = {
      slug: 'villages',
      labels: {
        singular: t('\u884C\u653F\u6751\uFF08\u793E\u533A\uFF09', 'Village'),
        plural: t('\u884C\u653F\u6751\uFF08\u793E\u533A\uFF09', 'Villages'),
      },
      admin: {
        group: groups.areas,
        useAsTitle: 'name',
        defaultColumns: ['name', 'town', 'registeredPopulation', 'runsSorting', 'marketContract'],
        listSearchableFields: ['name'],
      },
      access: scope2.access,
      custom: scope2.custom,
      hooks: { beforeChange: scope2.beforeChange },
      fields: [
        { name: 'name', type: 'text', required: true, index: true, label: t('\u540D\u79F0', 'Name') },
        scope2.townField,
        select(
          'kind',
          t('\u7C7B\u578B', 'Kind'),
          { village: t('\u884C\u653F\u6751', 'Village'), community: t('\u793E\u533A', 'Community') },
          { defaultValue: 'village' },
        ),
        wholeNumber('registeredPopulation', t('\u6237\u7C4D\u4EBA\u53E3', 'Registered population'), {
          required: true,
          min: 0,
          defaultValue: 0,
        }),
        {
          name: 'marketContract',
          type: 'checkbox',
          defaultValue: false,
          label: t('\u5E02\u573A\u5316\u4FDD\u6D01', 'Under a market-based sanitation contract'),
        },
        {
          name: 'runsSorting',
          type: 'checkbox',
          defaultValue: false,
          label: t('\u5F00\u5C55\u5783\u573E\u5206\u7C7B', 'Runs sorting'),
        },
        {
          name: 'sortingScheme',
          type: 'select',
          label: t('\u5206\u7C7B\u65B9\u5F0F', 'Sorting scheme'),
          admin: { condition: (_, sibling) => Boolean(sibling?.runsSorting) },
          options: options({
            'two-time-four-category': t('\u4E24\u6B21\u56DB\u5206\u6CD5', 'Two-time four-category'),
            'four-category': t('\u56DB\u5206\u7C7B', 'Four categories'),
            'two-category': t('\u5E72\u6E7F\u4E24\u5206\u7C7B', 'Two categories (wet/dry)'),
            other: t('\u5176\u4ED6', 'Other'),
          }),
        },
      ],
    }
  },
})

// collections/places/index.ts
var placesCollections
var init_places = __esm({
  'collections/places/index.ts'() {
    'use strict'
    init_Sites()
    init_Towns()
    init_Villages()
    placesCollections = [Towns, Villages, Sites]
  },
})

// domain/points/cards.ts
function batchNumbers(prefix, start, count, digits) {
  return Array.from({ length: count }, (_, i) => `${prefix}${String(start + i).padStart(digits, '0')}`)
}
var CARD_NUMBER, CHANNELS, HOLDER_KINDS, CARD_STATUSES, MAX_BATCH
var init_cards = __esm({
  'domain/points/cards.ts'() {
    'use strict'
    init_labels()
    CARD_NUMBER = /^[A-Za-z0-9-]{4,32}$/
    CHANNELS = {
      booth: t('\u8BBE\u70B9\u53D1\u5361', 'Booth'),
      event: t('\u6D3B\u52A8\u53D1\u5361', 'Event'),
      'door-to-door': t('\u4E0A\u95E8\u53D1\u5361', 'Door to door'),
      other: t('\u5176\u4ED6', 'Other'),
    }
    HOLDER_KINDS = {
      household: t('\u5C45\u6C11\u5BB6\u5EAD', 'Resident household'),
      office: t('\u673A\u5173\u5355\u4F4D', 'Government office'),
    }
    CARD_STATUSES = {
      active: t('\u6B63\u5E38', 'Active'),
      lost: t('\u6302\u5931', 'Lost'),
      cancelled: t('\u6CE8\u9500', 'Cancelled'),
    }
    MAX_BATCH = 5e3
  },
})

// hooks/points/cardBatches.ts
var checkBatch, issueBatch
var init_cardBatches = __esm({
  'hooks/points/cardBatches.ts'() {
    'use strict'
    init_roles()
    init_cards()
    init_platform()
    init_errors()
    checkBatch = async ({ data, operation, req }) => {
      if (operation !== 'create') return data
      const { prefix = '', start, count, digits = 6 } = data
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 1 || count > MAX_BATCH) {
        throw badRequest(
          'INVALID_COUNT',
          `\u6BCF\u6279\u53D1\u5361\u6570\u91CF\u4E3A 1\u2013${MAX_BATCH}\u3002A batch holds 1\u2013${MAX_BATCH} cards.`,
        )
      }
      if (typeof start !== 'number' || !Number.isInteger(start) || start < 0) {
        throw badRequest(
          'INVALID_START',
          '\u8D77\u59CB\u53F7\u5FC5\u987B\u662F\u975E\u8D1F\u6574\u6570\u3002Start must be a whole number \u2265 0.',
        )
      }
      const numbers = batchNumbers(prefix ?? '', start, count, digits ?? 6)
      const bad = numbers.find((n) => !CARD_NUMBER.test(n))
      if (bad)
        throw badRequest(
          'INVALID_CARD_NUMBER',
          `\u5361\u53F7\u300C${bad}\u300D\u683C\u5F0F\u4E0D\u6B63\u786E\u3002Invalid card number.`,
        )
      const taken = await req.payload.find({
        collection: 'cards',
        where: { cardNumber: { in: numbers } },
        limit: 5,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (taken.totalDocs > 0) {
        throw conflict(
          'CARD_NUMBERS_TAKEN',
          `\u5361\u53F7\u5DF2\u5B58\u5728\uFF1A${taken.docs.map((c) => c.cardNumber).join('\u3001')}${taken.totalDocs > 5 ? ' \u7B49' : ''}\uFF08\u5171 ${taken.totalDocs} \u4E2A\uFF09\u3002Some numbers are already issued.`,
        )
      }
      data.firstNumber = numbers[0]
      data.lastNumber = numbers.at(-1)
      return data
    }
    issueBatch = async ({ doc, operation, req }) => {
      if (operation !== 'create') return doc
      const site = refId(doc.site)
      for (const cardNumber of batchNumbers(doc.prefix ?? '', doc.start, doc.count, doc.digits ?? 6)) {
        await asPlatform(req, () =>
          req.payload.create({
            collection: 'cards',
            data: {
              cardNumber,
              status: 'active',
              holderKind: doc.holderKind,
              site,
              channel: doc.channel,
              issuedAt: doc.issuedAt ?? /* @__PURE__ */ new Date().toISOString(),
            },
            req,
            overrideAccess: true,
            depth: 0,
          }),
        )
      }
      return doc
    }
  },
})

// collections/points/CardBatches.ts
var CardBatches
var init_CardBatches = __esm({
  'collections/points/CardBatches.ts'() {
    'use strict'
    init_nobody()
    init_staff()
    init_cards()
    init_numbers()
    init_options()
    init_relations()
    init_cardBatches()
    init_labels()
    CardBatches = {
      slug: 'card-batches',
      labels: {
        singular: t('\u6279\u91CF\u53D1\u5361', 'Card batch'),
        plural: t('\u6279\u91CF\u53D1\u5361', 'Card batches'),
      },
      admin: {
        group: groups.points,
        useAsTitle: 'firstNumber',
        defaultColumns: ['firstNumber', 'lastNumber', 'count', 'site', 'channel', 'createdAt'],
        description: t(
          '\u586B\u5199\u5361\u53F7\u524D\u7F00\u3001\u8D77\u59CB\u53F7\u548C\u6570\u91CF\uFF0C\u4FDD\u5B58\u5373\u4E00\u6B21\u53D1\u51FA\u6574\u6BB5\u5361\u53F7\u3002',
          'Give a prefix, a start and a count: saving issues the whole range.',
        ),
      },
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staff, create: staff, update: nobody, delete: nobody },
      hooks: { beforeChange: [checkBatch], afterChange: [issueBatch] },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'prefix', type: 'text', defaultValue: '', label: t('\u5361\u53F7\u524D\u7F00', 'Prefix') },
            wholeNumber('start', t('\u8D77\u59CB\u53F7', 'Start'), { required: true, min: 0 }),
            wholeNumber('count', t('\u6570\u91CF', 'Count'), { required: true, min: 1, max: MAX_BATCH }),
            wholeNumber('digits', t('\u53F7\u7801\u4F4D\u6570', 'Digits'), {
              required: true,
              defaultValue: 6,
              min: 1,
              max: 12,
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            siteField({ index: false }),
            select('channel', t('\u53D1\u5361\u65B9\u5F0F', 'Issued via'), CHANNELS, {
              required: true,
              defaultValue: 'booth',
            }),
            select('holderKind', t('\u6301\u5361\u7C7B\u578B', 'Holder'), HOLDER_KINDS, {
              required: true,
              defaultValue: 'household',
            }),
            { name: 'issuedAt', type: 'date', label: t('\u53D1\u5361\u65F6\u95F4', 'Issued at') },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'firstNumber',
              type: 'text',
              label: t('\u9996\u4E2A\u5361\u53F7', 'First number'),
              admin: { readOnly: true },
            },
            {
              name: 'lastNumber',
              type: 'text',
              label: t('\u672B\u4E2A\u5361\u53F7', 'Last number'),
              admin: { readOnly: true },
            },
          ],
        },
      ],
    }
  },
})

// collections/points/CardDays.ts
var CardDays
var init_CardDays = __esm({
  'collections/points/CardDays.ts'() {
    'use strict'
    init_nobody()
    init_staff()
    init_numbers()
    init_relations()
    init_labels()
    CardDays = {
      slug: 'card-days',
      labels: {
        singular: t('\u6295\u653E\u65E5', 'Card-day'),
        plural: t('\u6295\u653E\u65E5\u7EDF\u8BA1', 'Card-days'),
      },
      admin: {
        group: groups.points,
        defaultColumns: ['day', 'card', 'drops', 'grams', 'points'],
        hidden: ({ user }) => user?.role !== 'admin',
      },
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staff, create: nobody, update: nobody, delete: nobody },
      indexes: [{ fields: ['card', 'day'], unique: true }],
      fields: [
        cardField(),
        { name: 'day', type: 'text', required: true, index: true, label: t('\u65E5\u671F', 'Day') },
        wholeNumber('drops', t('\u6295\u653E\u6B21\u6570', 'Drops'), { required: true, defaultValue: 0 }),
        wholeNumber('grams', t('\u91CD\u91CF\uFF08\u514B\uFF09', 'Grams'), { required: true, defaultValue: 0 }),
        wholeNumber('points', t('\u5F53\u65E5\u79EF\u5206', 'Points'), { required: true, defaultValue: 0 }),
      ],
    }
  },
})

// services/points/ledger.ts
async function postEntry(req, posting) {
  const entry = await asPlatform(req, () =>
    req.payload.create({
      collection: 'point-entries',
      data: {
        card: posting.card,
        delta: posting.delta,
        reason: posting.reason,
        cause: posting.cause,
        idempotencyKey: posting.idempotencyKey,
        rulesRevision: posting.rulesRevision,
        note: posting.note,
      },
      req,
      overrideAccess: true,
      depth: 0,
    }),
  )
  return { id: entry.id, balanceAfter: entry.balanceAfter ?? 0, delta: entry.delta }
}
var init_ledger = __esm({
  'services/points/ledger.ts'() {
    'use strict'
    init_platform()
  },
})

// hooks/shared/lookup.ts
async function mustFind(req, collection, ref, code, message) {
  const id = refId(ref)
  const doc =
    id === null
      ? null
      : await req.payload.findByID({ collection, id, depth: 0, req, overrideAccess: true, disableErrors: true })
  if (!doc) throw notFound(code, message)
  return doc
}
var init_lookup = __esm({
  'hooks/shared/lookup.ts'() {
    'use strict'
    init_roles()
    init_errors()
  },
})

// hooks/points/cardReplacements.ts
var checkReplacement, replaceCard
var init_cardReplacements = __esm({
  'hooks/points/cardReplacements.ts'() {
    'use strict'
    init_roles()
    init_cards()
    init_ledger()
    init_platform()
    init_errors()
    init_lookup()
    checkReplacement = async ({ data, operation, req }) => {
      if (operation !== 'create') return data
      const old = await mustFind(
        req,
        'cards',
        data.oldCard,
        'UNKNOWN_CARD',
        '\u539F\u5361\u4E0D\u5B58\u5728\u3002The card to replace does not exist.',
      )
      if (old.status === 'cancelled' || old.replacedBy) {
        throw conflict(
          'CARD_NOT_REPLACEABLE',
          `\u5361 ${old.cardNumber} \u5DF2\u6CE8\u9500\u6216\u5DF2\u8865\u529E\u3002This card was cancelled or already replaced.`,
        )
      }
      if (!CARD_NUMBER.test(String(data.newCardNumber ?? ''))) {
        throw badRequest(
          'INVALID_CARD_NUMBER',
          '\u65B0\u5361\u53F7\u683C\u5F0F\u4E0D\u6B63\u786E\u3002Invalid new card number.',
        )
      }
      const taken = await req.payload.count({
        collection: 'cards',
        where: { cardNumber: { equals: data.newCardNumber } },
        req,
        overrideAccess: true,
      })
      if (taken.totalDocs > 0)
        throw conflict(
          'CARD_NUMBER_TAKEN',
          `\u5361\u53F7 ${data.newCardNumber} \u5DF2\u5B58\u5728\u3002That number is already issued.`,
        )
      return data
    }
    replaceCard = async ({ doc, operation, req }) => {
      if (operation !== 'create') return doc
      const old = await req.payload.db.findOne({
        collection: 'cards',
        where: { id: { equals: refId(doc.oldCard) } },
        req,
      })
      if (!old)
        throw notFound('UNKNOWN_CARD', '\u539F\u5361\u4E0D\u5B58\u5728\u3002The card to replace does not exist.')
      return asPlatform(req, async () => {
        const fresh2 = await req.payload.create({
          collection: 'cards',
          data: {
            cardNumber: doc.newCardNumber,
            status: 'active',
            issuedAt: /* @__PURE__ */ new Date().toISOString(),
            holderKind: old.holderKind,
            holderName: old.holderName,
            phone: old.phone,
            building: old.building,
            unit: old.unit,
            room: old.room,
            officeName: old.officeName,
            site: refId(old.site),
            channel: old.channel,
            replaces: old.id,
          },
          req,
          overrideAccess: true,
          depth: 0,
        })
        await req.payload.update({
          collection: 'cards',
          id: old.id,
          data: { status: 'lost', replacedBy: fresh2.id },
          req,
          overrideAccess: true,
        })
        const balance = old.balance ?? 0
        if (balance !== 0) {
          const cause = `card-replacements:${doc.id}`
          await postEntry(req, {
            card: old.id,
            delta: -balance,
            reason: 'transfer',
            cause,
            idempotencyKey: `${cause}:out`,
            note: `\u8F6C\u81F3\u65B0\u5361 ${fresh2.cardNumber}`,
          })
          await postEntry(req, {
            card: fresh2.id,
            delta: balance,
            reason: 'transfer',
            cause,
            idempotencyKey: `${cause}:in`,
            note: `\u7531\u65E7\u5361 ${old.cardNumber} \u8F6C\u5165`,
          })
        }
        await req.payload.update({
          collection: 'card-replacements',
          id: doc.id,
          data: { newCard: fresh2.id, movedPoints: balance },
          req,
          overrideAccess: true,
        })
        return { ...doc, newCard: fresh2.id, movedPoints: balance }
      })
    }
  },
})

// collections/points/CardReplacements.ts
var CardReplacements
var init_CardReplacements = __esm({
  'collections/points/CardReplacements.ts'() {
    'use strict'
    init_nobody()
    init_staff()
    init_options()
    init_relations()
    init_cardReplacements()
    init_labels()
    CardReplacements = {
      slug: 'card-replacements',
      labels: {
        singular: t('\u6302\u5931\u8865\u5361', 'Card replacement'),
        plural: t('\u6302\u5931\u8865\u5361', 'Card replacements'),
      },
      admin: {
        group: groups.points,
        useAsTitle: 'newCardNumber',
        defaultColumns: ['oldCard', 'newCardNumber', 'movedPoints', 'reason', 'createdAt'],
      },
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staff, create: staff, update: nobody, delete: nobody },
      hooks: { beforeChange: [checkReplacement], afterChange: [replaceCard] },
      fields: [
        relation('cards', 'oldCard', t('\u539F\u5361', 'Old card'), { required: true }),
        { name: 'newCardNumber', type: 'text', required: true, label: t('\u65B0\u5361\u53F7', 'New card number') },
        select(
          'reason',
          t('\u539F\u56E0', 'Reason'),
          { lost: t('\u9057\u5931', 'Lost'), damaged: t('\u635F\u574F', 'Damaged') },
          { required: true, defaultValue: 'lost' },
        ),
        { name: 'note', type: 'textarea', label: t('\u5907\u6CE8', 'Note') },
        relation('cards', 'newCard', t('\u65B0\u5361', 'New card'), { readOnly: true }),
        {
          name: 'movedPoints',
          type: 'number',
          label: t('\u8F6C\u79FB\u79EF\u5206', 'Points moved'),
          admin: { readOnly: true },
        },
      ],
    }
  },
})

// hooks/points/cards.ts
var keepMaskedPhone
var init_cards2 = __esm({
  'hooks/points/cards.ts'() {
    'use strict'
    init_sites()
    init_roles()
    init_platform()
    init_errors()
    keepMaskedPhone = ({ data, operation, originalDoc, req }) => {
      const changed =
        operation === 'update' && data.phone !== void 0 && (data.phone || null) !== (originalDoc?.phone || null)
      if (changed && !isPlatformWrite(req) && !hasRole(currentUser(req), 'admin')) {
        throw forbidden(
          'ADMIN_ONLY_FIELD',
          '\u53EA\u6709\u7BA1\u7406\u5458\u53EF\u4EE5\u586B\u5199\u6216\u4FEE\u6539\u5B8C\u6574\u624B\u673A\u53F7\u3002Only admins set the full phone number.',
          {
            field: 'phone',
          },
        )
      }
      const phone = data.phone === void 0 ? originalDoc?.phone : data.phone
      data.phoneMasked = maskPhone(phone) ?? null
      return data
    }
  },
})

// collections/points/Cards.ts
var adminsOnly, Cards
var init_Cards = __esm({
  'collections/points/Cards.ts'() {
    'use strict'
    init_nobody()
    init_roles()
    init_staff()
    init_staffOrOwnTown()
    init_cards()
    init_sites()
    init_options()
    init_relations()
    init_cards2()
    init_labels()
    adminsOnly = ({ req }) => hasRole(currentUser(req), 'admin')
    Cards = {
      slug: 'cards',
      labels: { singular: t('\u667A\u80FD\u5361', 'Smart card'), plural: t('\u667A\u80FD\u5361', 'Smart cards') },
      admin: {
        group: groups.points,
        useAsTitle: 'cardNumber',
        defaultColumns: ['cardNumber', 'holderName', 'site', 'status', 'balance', 'issuedAt'],
        listSearchableFields: ['cardNumber', 'holderName', 'officeName'],
      },
      access: { read: staffOrOwnTown('site'), create: staff, update: staff, delete: nobody },
      hooks: { beforeChange: [keepMaskedPhone] },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'cardNumber',
              type: 'text',
              required: true,
              unique: true,
              index: true,
              label: t('\u5361\u53F7', 'Card number'),
              validate: (v) =>
                (typeof v === 'string' && CARD_NUMBER.test(v)) ||
                '\u5361\u53F7\u4E3A 4\u201332 \u4F4D\u5B57\u6BCD\u3001\u6570\u5B57\u6216\u8FDE\u5B57\u7B26 / 4\u201332 letters, digits or dashes',
            },
            select('status', t('\u72B6\u6001', 'Status'), CARD_STATUSES, {
              required: true,
              defaultValue: 'active',
              index: true,
            }),
            {
              name: 'balance',
              type: 'number',
              defaultValue: 0,
              label: t('\u79EF\u5206\u4F59\u989D', 'Balance'),
              admin: {
                readOnly: true,
                description: t('\u53EA\u968F\u79EF\u5206\u6D41\u6C34\u53D8\u52A8', 'Moves only through the ledger'),
              },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            select('holderKind', t('\u6301\u5361\u7C7B\u578B', 'Holder'), HOLDER_KINDS, {
              required: true,
              defaultValue: 'household',
            }),
            { name: 'holderName', type: 'text', label: t('\u6301\u5361\u4EBA', 'Holder name') },
            {
              name: 'phone',
              type: 'text',
              label: t('\u624B\u673A\u53F7', 'Phone'),
              // Read: admins only. Writing it as anyone else is refused by keepMaskedPhone (not silently dropped).
              access: { read: adminsOnly },
              validate: (v) =>
                !v || MOBILE_PHONE.test(v) || '\u624B\u673A\u53F7\u4E3A 11 \u4F4D\u6570\u5B57 / 11-digit mobile number',
            },
            {
              name: 'phoneMasked',
              type: 'text',
              label: t('\u624B\u673A\u53F7\uFF08\u8131\u654F\uFF09', 'Phone (masked)'),
              admin: { readOnly: true },
            },
          ],
        },
        {
          type: 'row',
          admin: { condition: (_, s) => s?.holderKind !== 'office' },
          fields: [
            { name: 'building', type: 'text', label: t('\u697C\u680B', 'Building') },
            { name: 'unit', type: 'text', label: t('\u5355\u5143', 'Unit') },
            { name: 'room', type: 'text', label: t('\u623F\u53F7', 'Room') },
          ],
        },
        {
          name: 'officeName',
          type: 'text',
          label: t('\u5355\u4F4D\u540D\u79F0', 'Office'),
          admin: { condition: (_, s) => s?.holderKind === 'office' },
        },
        {
          type: 'row',
          fields: [
            siteField({ label: t('\u6240\u5C5E\u573A\u6240', 'Site') }),
            select('channel', t('\u53D1\u5361\u65B9\u5F0F', 'Issued via'), CHANNELS, {
              required: true,
              defaultValue: 'booth',
            }),
            {
              name: 'issuedAt',
              type: 'date',
              required: true,
              defaultValue: () => /* @__PURE__ */ new Date().toISOString(),
              label: t('\u53D1\u5361\u65F6\u95F4', 'Issued at'),
              index: true,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            relation('cards', 'replaces', t('\u8865\u529E\u81EA', 'Replaces'), { readOnly: true }),
            relation('cards', 'replacedBy', t('\u5DF2\u8865\u529E\u4E3A', 'Replaced by'), { readOnly: true }),
          ],
        },
        {
          name: 'entries',
          type: 'join',
          collection: 'point-entries',
          on: 'card',
          label: t('\u79EF\u5206\u6D41\u6C34', 'Ledger'),
          defaultSort: '-createdAt',
          defaultLimit: 20,
          admin: { defaultColumns: ['createdAt', 'delta', 'reason', 'balanceAfter', 'note'] },
        },
        {
          name: 'drops',
          type: 'join',
          collection: 'drop-offs',
          on: 'card',
          label: t('\u6295\u653E\u8BB0\u5F55', 'Drop-offs'),
          defaultSort: '-occurredAt',
          defaultLimit: 20,
          admin: { defaultColumns: ['occurredAt', 'category', 'grams', 'points', 'outcome'] },
        },
      ],
    }
  },
})

// domain/shared/time.ts
function shanghaiDay(at) {
  const t2 = typeof at === 'string' ? new Date(at) : at
  if (Number.isNaN(t2.getTime())) throw new Error(`Not a valid time: ${String(at)}`)
  return new Date(t2.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10)
}
function shanghaiDayStart(day2) {
  return new Date(/* @__PURE__ */ new Date(`${day2}T00:00:00.000Z`).getTime() - SHANGHAI_OFFSET_MS)
}
var SHANGHAI_OFFSET_MS
var init_time = __esm({
  'domain/shared/time.ts'() {
    'use strict'
    SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1e3
  },
})

// endpoints/points/manualReview.ts
import { z } from 'zod'
var QuerySchema, manualReviewEndpoint
var init_manualReview = __esm({
  'endpoints/points/manualReview.ts'() {
    'use strict'
    init_roles()
    init_time()
    init_shared()
    QuerySchema = z.object({
      day: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
        .optional(),
    })
    manualReviewEndpoint = {
      path: '/manual-daily',
      method: 'get',
      handler: async (req) => {
        requireRole(
          req,
          ['admin'],
          '\u53EA\u6709\u7BA1\u7406\u5458\u590D\u6838\u4EBA\u5DE5\u5F55\u5165\u3002Admins review hand-entered drops.',
        )
        const day2 =
          parseWith(QuerySchema, req.query ?? {}, 'INVALID_QUERY').day ?? shanghaiDay(/* @__PURE__ */ new Date())
        const from = shanghaiDayStart(day2)
        const to = new Date(from.getTime() + 864e5)
        const drops = await req.payload.find({
          collection: 'drop-offs',
          where: {
            and: [
              { source: { equals: 'manual' } },
              { createdAt: { greater_than_equal: from.toISOString() } },
              { createdAt: { less_than: to.toISOString() } },
            ],
          },
          sort: 'createdAt',
          pagination: false,
          depth: 1,
          req,
        })
        const byUser = /* @__PURE__ */ new Map()
        for (const d of drops.docs) {
          const key = String(refId(d.recordedBy) ?? 'unknown')
          const entry = byUser.get(key) ?? { user: d.recordedBy ?? null, drops: 0, grams: 0, points: 0, items: [] }
          entry.drops++
          entry.grams += d.grams
          entry.points += d.points ?? 0
          const card = d.card && typeof d.card === 'object' ? d.card.cardNumber : d.card
          entry.items.push({
            id: d.id,
            card,
            category: d.category,
            grams: d.grams,
            points: d.points,
            occurredAt: d.occurredAt,
            note: d.note,
          })
          byUser.set(key, entry)
        }
        return Response.json({ day: day2, people: [...byUser.values()] })
      },
    }
  },
})

// domain/points/dropPlan.ts
function sameContent(a, card, input) {
  return (
    (card === void 0 || String(a.card) === String(card.id)) &&
    a.category === input.category &&
    a.grams === input.grams &&
    new Date(a.occurredAt).getTime() === new Date(input.occurredAt).getTime()
  )
}
function findCard(state, input) {
  if (input.card !== void 0 && input.card !== null && input.card !== '') return state.cardsById.get(String(input.card))
  return input.cardNumber ? state.cardsByNumber.get(input.cardNumber) : void 0
}
function lateness(input, card, at, state) {
  if (card.issuedAt && at.getTime() < new Date(card.issuedAt).getTime()) {
    return {
      code: 'BEFORE_CARD_ISSUED',
      message:
        '\u6295\u653E\u65F6\u95F4\u65E9\u4E8E\u53D1\u5361\u65F6\u95F4\u3002The drop is dated before the card was issued.',
    }
  }
  const commissioned = input.device?.commissionedAt
  if (commissioned && at.getTime() < new Date(commissioned).getTime()) {
    return {
      code: 'BEFORE_COMMISSIONED',
      message:
        '\u6295\u653E\u65F6\u95F4\u65E9\u4E8E\u8BBE\u5907\u6295\u7528\u65F6\u95F4\u3002The drop is dated before the bin was commissioned.',
    }
  }
  if (state.history) return null
  const now = rulesAt(state.rules, state.now)
  const days = input.source === 'device' ? now.deviceBacklogDays : now.manualBackdateDays
  if (state.now.getTime() - at.getTime() > days * DAY_MS) {
    return {
      code: 'TOO_OLD',
      message: `\u6295\u653E\u65F6\u95F4\u65E9\u4E8E ${days} \u5929\u524D\uFF0C\u4E0D\u80FD\u8865\u5F55\u3002The drop is dated more than ${days} days back.`,
    }
  }
  return null
}
function planDrops(inputs, state) {
  const inBatch = /* @__PURE__ */ new Map()
  const balances = /* @__PURE__ */ new Map()
  const earned = new Map(state.earned)
  return inputs.map((input) => {
    const reject = (code, message) => ({ status: 'rejected', code, message })
    if (!input.idempotencyKey)
      return reject('MISSING_KEY', '\u7F3A\u5C11\u5E42\u7B49\u952E\u3002An idempotency key is required.')
    const card = findCard(state, input)
    const earlier = state.existing.get(input.idempotencyKey) ?? inBatch.get(input.idempotencyKey)
    if (earlier) {
      return sameContent(earlier, card, input)
        ? { status: 'duplicate', of: earlier }
        : reject(
            'IDEMPOTENCY_CONFLICT',
            '\u540C\u4E00\u5E42\u7B49\u952E\u7684\u5185\u5BB9\u4E0D\u540C\u3002This key was used for a different drop.',
          )
    }
    const checked = checkDrop(input)
    if (!checked.ok) return reject(checked.code, checked.message)
    const at = new Date(input.occurredAt)
    if (!input.occurredAt || Number.isNaN(at.getTime()))
      return reject('INVALID_TIME', '\u6295\u653E\u65F6\u95F4\u65E0\u6548\u3002Invalid time.')
    if (at.getTime() > state.now.getTime() + FUTURE_TOLERANCE_MS) {
      return reject('FUTURE_TIME', '\u6295\u653E\u65F6\u95F4\u5728\u672A\u6765\u3002The drop is dated in the future.')
    }
    if (!card)
      return reject(
        'UNKNOWN_CARD',
        `\u672A\u77E5\u7684\u667A\u80FD\u5361 ${input.cardNumber ?? input.card}\u3002Unknown card.`,
      )
    if (card.status !== 'active') {
      return reject(
        'CARD_NOT_ACTIVE',
        `\u667A\u80FD\u5361 ${card.cardNumber} \u5DF2${card.status === 'lost' ? '\u6302\u5931' : '\u6CE8\u9500'}\u3002The card is ${card.status}.`,
      )
    }
    const late = lateness(input, card, at, state)
    if (late) return reject(late.code, late.message)
    if (input.device) {
      if (!input.device.categories.includes(input.category)) {
        return reject(
          'CATEGORY_NOT_IN_BIN',
          `\u6B64\u8BBE\u5907\u4E0D\u6536\u300C${input.category}\u300D\u3002This bin does not take this category.`,
        )
      }
      if (!audienceAdmits(input.device.audience, card.holderKind)) {
        return reject(
          'WRONG_AUDIENCE',
          '\u6B64\u8BBE\u5907\u4E0D\u670D\u52A1\u8BE5\u7C7B\u6301\u5361\u4EBA\u3002This bin does not serve this card holder.',
        )
      }
    }
    const rules = rulesAt(state.rules, at)
    const day2 = shanghaiDay(at)
    const key = tallyKey(card.id, day2)
    const award = awardForDrop(rules, input, earned.get(key) ?? 0)
    if (!award.ok) return reject(award.code, award.message)
    earned.set(key, (earned.get(key) ?? 0) + award.points)
    const balanceAfter = (balances.get(String(card.id)) ?? card.balance) + award.points
    balances.set(String(card.id), balanceAfter)
    const drop = {
      card: card.id,
      site: input.site ?? card.site,
      category: input.category,
      grams: input.grams,
      occurredAt: at.toISOString(),
      source: input.source,
      sourceRef: input.sourceRef,
      idempotencyKey: input.idempotencyKey,
      note: input.note,
      recordedBy: input.recordedBy,
      points: award.points,
      balanceAfter,
      outcome: award.belowMinimum ? 'below-minimum' : award.capped ? 'capped' : 'counted',
      rulesRevision: rules.revision,
      day: day2,
    }
    inBatch.set(input.idempotencyKey, drop)
    return { status: 'accepted', drop }
  })
}
var FUTURE_TOLERANCE_MS, tallyKey, DAY_MS
var init_dropPlan = __esm({
  'domain/points/dropPlan.ts'() {
    'use strict'
    init_audience()
    init_time()
    init_points()
    FUTURE_TOLERANCE_MS = 5 * 60 * 1e3
    tallyKey = (card, day2) => `${card}|${day2}`
    DAY_MS = 864e5
  },
})

// services/points/dropWriters.ts
function entryFor(drop, now) {
  return {
    card: drop.card,
    delta: drop.points,
    reason: 'drop-off',
    cause: `drop-offs:${drop.id}`,
    idempotencyKey: `drop:${drop.idempotencyKey}`,
    balanceAfter: drop.balanceAfter,
    rulesRevision: drop.rulesRevision,
    createdAt: now,
    updatedAt: now,
  }
}
function dropRow(d, now) {
  return {
    card: d.card,
    category: d.category,
    grams: d.grams,
    occurredAt: d.occurredAt,
    source: d.source,
    sourceRef: d.sourceRef ?? null,
    site: d.site,
    points: d.points,
    balanceAfter: d.balanceAfter,
    outcome: d.outcome,
    rulesRevision: d.rulesRevision,
    idempotencyKey: d.idempotencyKey,
    note: d.note ?? null,
    recordedBy: d.recordedBy ?? null,
    createdAt: now,
    updatedAt: now,
  }
}
function summarise(drops) {
  const tallies = /* @__PURE__ */ new Map()
  const balances = /* @__PURE__ */ new Map()
  for (const d of drops) {
    const key = tallyKey(d.card, d.day)
    const t2 = tallies.get(key) ?? { card: d.card, day: d.day, drops: 0, grams: 0, points: 0 }
    t2.drops++
    t2.grams += d.grams
    t2.points += d.points
    tallies.set(key, t2)
    const b = balances.get(String(d.card)) ?? { card: d.card, delta: 0 }
    b.delta += d.points
    balances.set(String(d.card), b)
  }
  return { tallies: [...tallies.values()], balances: [...balances.values()].filter((b) => b.delta !== 0) }
}
async function sqliteTx(req) {
  const adapter = req.payload.db
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = id === void 0 ? void 0 : adapter.sessions[String(id)]
  if (!session) throw new Error('Bulk drop writes must run inside a transaction (pass a req that has one).')
  return { tx: session.db, t: adapter.tables }
}
async function insertDropsSqlite(req, drops, now) {
  const { tx, t: t2 } = await sqliteTx(req)
  const table = t2.drop_offs
  const ids = /* @__PURE__ */ new Map()
  for (let i = 0; i < drops.length; i += CHUNK) {
    const rows2 = drops.slice(i, i + CHUNK).map((d) => dropRow(d, now))
    const inserted = await tx.insert(table).values(rows2).returning({ id: table.id, key: table.idempotencyKey })
    for (const r of inserted) ids.set(r.key, r.id)
  }
  return drops.map((d) => ({ ...d, id: ids.get(d.idempotencyKey) }))
}
async function applyEffectsSqlite(req, drops, now) {
  const { sql: sql5, inArray } = await import('@payloadcms/db-sqlite/drizzle')
  const { tx, t: t2 } = await sqliteTx(req)
  const entries = drops.filter((d) => d.points !== 0).map((d) => entryFor(d, now))
  for (let i = 0; i < entries.length; i += CHUNK) {
    await tx.insert(t2.point_entries).values(entries.slice(i, i + CHUNK))
  }
  const { tallies, balances } = summarise(drops)
  const days = t2.card_days
  for (let i = 0; i < tallies.length; i += CHUNK) {
    await tx
      .insert(days)
      .values(tallies.slice(i, i + CHUNK).map((x) => ({ ...x, createdAt: now, updatedAt: now })))
      .onConflictDoUpdate({
        target: [days.card, days.day],
        set: {
          drops: sql5`${days.drops} + excluded.drops`,
          grams: sql5`${days.grams} + excluded.grams`,
          points: sql5`${days.points} + excluded.points`,
          updatedAt: now,
        },
      })
  }
  const cards = t2.cards
  for (let i = 0; i < balances.length; i += CHUNK) {
    const part = balances.slice(i, i + CHUNK)
    const cases = sql5.join(
      part.map((b) => sql5`when ${b.card} then ${b.delta}`),
      sql5` `,
    )
    await tx
      .update(cards)
      .set({ balance: sql5`coalesce(${cards.balance}, 0) + (case ${cards.id} ${cases} else 0 end)`, updatedAt: now })
      .where(
        inArray(
          cards.id,
          part.map((b) => b.card),
        ),
      )
  }
}
async function insertDropsGeneric(req, drops, now) {
  const out = []
  for (const d of drops) {
    const doc = await req.payload.db.create({ collection: 'drop-offs', data: dropRow(d, now), req })
    out.push({ ...d, id: doc.id })
  }
  return out
}
async function applyEffectsGeneric(req, drops, now, tallyIds) {
  const db = req.payload.db
  for (const d of drops) {
    if (d.points !== 0) await db.create({ collection: 'point-entries', data: entryFor(d, now), req })
  }
  const { tallies, balances } = summarise(drops)
  for (const x of tallies) {
    const id = tallyIds.get(tallyKey(x.card, x.day))
    if (id !== void 0) {
      await db.updateOne({
        collection: 'card-days',
        id,
        data: { drops: { $inc: x.drops }, grams: { $inc: x.grams }, points: { $inc: x.points }, updatedAt: now },
        req,
        returning: false,
      })
    } else {
      await db.create({ collection: 'card-days', data: { ...x, createdAt: now, updatedAt: now }, req })
    }
  }
  for (const b of balances) {
    await db.updateOne({ collection: 'cards', id: b.card, data: { balance: { $inc: b.delta } }, req, returning: false })
  }
}
function writerFor(req, preferred) {
  return preferred ?? (req.payload.db.name === 'sqlite' ? 'sqlite' : 'generic')
}
function insertDrops(req, drops, kind) {
  const now = /* @__PURE__ */ new Date().toISOString()
  return kind === 'sqlite' ? insertDropsSqlite(req, drops, now) : insertDropsGeneric(req, drops, now)
}
function applyDropEffects(req, drops, kind, tallyIds) {
  const now = /* @__PURE__ */ new Date().toISOString()
  return kind === 'sqlite' ? applyEffectsSqlite(req, drops, now) : applyEffectsGeneric(req, drops, now, tallyIds)
}
var CHUNK
var init_dropWriters = __esm({
  'services/points/dropWriters.ts'() {
    'use strict'
    init_dropPlan()
    CHUNK = 200
  },
})

// services/points/rules.ts
function forgetRules() {
  delete globalThis[CACHE2]
}
function toRules(doc) {
  return {
    revision: doc.revision ?? 0,
    effectiveFrom: doc.effectiveFrom ?? DEFAULT_RULES.effectiveFrom,
    categories: (doc.categories ?? []).map((c) => ({
      category: c.category,
      pointsPerKg: c.pointsPerKg ?? 0,
      pointsPerDrop: c.pointsPerDrop ?? 0,
      minGrams: c.minGrams ?? 0,
    })),
    dailyCap: doc.dailyCap ?? DEFAULT_RULES.dailyCap,
    misSortPenalty: doc.misSortPenalty ?? DEFAULT_RULES.misSortPenalty,
    pointsPerYuan: doc.pointsPerYuan || DEFAULT_RULES.pointsPerYuan,
    expiryDays: doc.expiryDays ?? 0,
    followUpThreshold: doc.followUpThreshold ?? DEFAULT_RULES.followUpThreshold,
    manualBackdateDays: doc.manualBackdateDays ?? DEFAULT_RULES.manualBackdateDays,
    deviceBacklogDays: doc.deviceBacklogDays ?? DEFAULT_RULES.deviceBacklogDays,
  }
}
async function rulesHistory(payload2, req) {
  const g = globalThis
  const cached = g[CACHE2]
  if (cached && Date.now() - cached.at < TTL_MS) return cached.history
  const versions = await payload2.findGlobalVersions({
    slug: 'point-rules',
    limit: 0,
    pagination: false,
    depth: 0,
    req,
  })
  const history = versions.docs.map((v) => toRules(v.version)).filter((r) => r.revision > 0)
  g[CACHE2] = { at: Date.now(), history }
  return history
}
async function rulesFor(payload2, at, req) {
  return rulesAt(await rulesHistory(payload2, req), at)
}
var CACHE2, TTL_MS
var init_rules = __esm({
  'services/points/rules.ts'() {
    'use strict'
    init_points()
    CACHE2 = Symbol.for('fenlei.rulesHistory')
    TTL_MS = 5e3
  },
})

// services/transaction.ts
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
async function inTransaction(payload2, work, options2 = {}) {
  const req = options2.req ?? (await createLocalReq({ user: options2.user ?? void 0 }, payload2))
  const started = await initTransaction(req)
  try {
    const result = await work(req)
    if (started) await commitTransaction(req)
    return result
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
var init_transaction = __esm({
  'services/transaction.ts'() {
    'use strict'
  },
})

// services/points/drops.ts
async function rows(req, collection, where) {
  const found = await req.payload.db.find({
    collection,
    where,
    limit: 0,
    pagination: false,
    req,
    joins: false,
  })
  return found.docs
}
async function loadDropState(req, inputs, history = false) {
  const keys = [...new Set(inputs.map((i) => i.idempotencyKey).filter(Boolean))]
  const ids = [...new Set(inputs.map((i) => i.card).filter((c) => c !== void 0 && c !== null && c !== ''))]
  const numbers = [...new Set(inputs.map((i) => i.cardNumber).filter(Boolean))]
  const [existing, cards, rules] = await Promise.all([
    keys.length ? rows(req, 'drop-offs', { idempotencyKey: { in: keys } }) : Promise.resolve([]),
    ids.length || numbers.length
      ? rows(req, 'cards', {
          or: [
            ...(ids.length ? [{ id: { in: ids } }] : []),
            ...(numbers.length ? [{ cardNumber: { in: numbers } }] : []),
          ],
        })
      : Promise.resolve([]),
    rulesHistory(req.payload, req),
  ])
  const cardsById = /* @__PURE__ */ new Map()
  const cardsByNumber = /* @__PURE__ */ new Map()
  for (const c of cards) {
    const state = {
      id: c.id,
      cardNumber: c.cardNumber,
      status: c.status,
      balance: c.balance ?? 0,
      site: c.site ? idOf(c.site) : null,
      holderKind: c.holderKind === 'office' ? 'office' : 'household',
      issuedAt: c.issuedAt ?? null,
    }
    cardsById.set(String(c.id), state)
    cardsByNumber.set(state.cardNumber, state)
  }
  const days = [
    ...new Set(
      inputs
        .map((i) => {
          try {
            return shanghaiDay(i.occurredAt)
          } catch {
            return ''
          }
        })
        .filter(Boolean),
    ),
  ]
  const tallies =
    cardsById.size && days.length
      ? await rows(req, 'card-days', { and: [{ card: { in: [...cardsById.keys()] } }, { day: { in: days } }] })
      : []
  const earned = /* @__PURE__ */ new Map()
  const tallyIds = /* @__PURE__ */ new Map()
  for (const t2 of tallies) {
    const key = tallyKey(idOf(t2.card), t2.day)
    earned.set(key, t2.points ?? 0)
    tallyIds.set(key, t2.id)
  }
  const existingByKey = /* @__PURE__ */ new Map()
  for (const d of existing) {
    existingByKey.set(d.idempotencyKey, {
      id: d.id,
      card: idOf(d.card),
      category: d.category,
      grams: d.grams,
      occurredAt: d.occurredAt,
      points: d.points ?? 0,
      balanceAfter: d.balanceAfter ?? 0,
      outcome: d.outcome ?? 'counted',
    })
  }
  return {
    now: /* @__PURE__ */ new Date(),
    rules,
    cardsById,
    cardsByNumber,
    existing: existingByKey,
    earned,
    tallyIds,
    history,
  }
}
async function planOne(req, input) {
  const state = await loadDropState(req, [input])
  return { planned: planDrops([input], state)[0], tallyIds: state.tallyIds }
}
async function recordDropsIn(req, inputs, options2 = {}) {
  const state = await loadDropState(req, inputs, options2.history)
  const plan = planDrops(inputs, state)
  const accepted = plan.flatMap((p) => (p.status === 'accepted' ? [p.drop] : []))
  const kind = writerFor(req, options2.writer)
  const stored = accepted.length ? await insertDrops(req, accepted, kind) : []
  if (stored.length) await applyDropEffects(req, stored, kind, state.tallyIds)
  const ids = new Map(stored.map((d) => [d.idempotencyKey, d.id]))
  return plan.map((p) => {
    if (p.status === 'rejected') return p
    const d = p.status === 'accepted' ? p.drop : p.of
    const id = 'id' in d ? d.id : ids.get(d.idempotencyKey)
    return { status: p.status, dropId: id, points: d.points, balance: d.balanceAfter, outcome: d.outcome }
  })
}
function recordDrops(payload2, inputs, options2 = {}) {
  return inTransaction(payload2, (req) => recordDropsIn(req, inputs, options2))
}
var idOf
var init_drops = __esm({
  'services/points/drops.ts'() {
    'use strict'
    init_roles()
    init_dropPlan()
    init_time()
    init_dropWriters()
    init_rules()
    init_transaction()
    idOf = (v) => refId(v)
  },
})

// endpoints/points/recordDrops.ts
import { z as z2 } from 'zod'
var ManualDropSchema, BodySchema, manualKey, recordDropsEndpoint
var init_recordDrops = __esm({
  'endpoints/points/recordDrops.ts'() {
    'use strict'
    init_roles()
    init_points()
    init_drops()
    init_shared()
    ManualDropSchema = z2
      .object({
        card: z2.union([z2.number().int(), z2.string().min(1)]).optional(),
        cardNumber: z2.string().min(1).max(32).optional(),
        category: z2.string().min(1).max(32),
        grams: z2.number().int().min(1).max(MAX_DROP_GRAMS),
        occurredAt: z2.string().datetime({ offset: true }),
        note: z2
          .string()
          .trim()
          .min(2, '\u8BF7\u5199\u660E\u8865\u5F55\u539F\u56E0 / give the reason for entering it by hand')
          .max(500),
        idempotencyKey: z2.string().min(1).max(96),
      })
      .strict()
      .refine((d) => d.card !== void 0 || d.cardNumber !== void 0, {
        message: 'card or cardNumber is required',
        path: ['card'],
      })
    BodySchema = z2.object({ drops: z2.array(ManualDropSchema).min(1).max(500) }).strict()
    manualKey = (userId, key) => `manual:${userId}:${key}`
    recordDropsEndpoint = {
      path: '/record',
      method: 'post',
      handler: async (req) => {
        requireRole(req, ['admin', 'operator'], '\u65E0\u6743\u5F55\u5165\u6295\u653E\u3002Not allowed.')
        const user = currentUser(req)
        const { drops } = parseWith(BodySchema, await readJson(req))
        const outcomes = await recordDrops(
          req.payload,
          drops.map((d) => ({
            ...d,
            source: 'manual',
            recordedBy: user.id,
            idempotencyKey: manualKey(user.id, d.idempotencyKey),
          })),
        )
        return Response.json({ outcomes })
      },
    }
  },
})

// fields/idempotencyKey.ts
var idempotencyKeyField
var init_idempotencyKey = __esm({
  'fields/idempotencyKey.ts'() {
    'use strict'
    init_labels()
    idempotencyKeyField = () => ({
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      label: t('\u5E42\u7B49\u952E', 'Idempotency key'),
      admin: { readOnly: true, position: 'sidebar' },
    })
  },
})

// hooks/points/dropOffs.ts
var PLANNED, pending, awardDrop, postDropEffects
var init_dropOffs = __esm({
  'hooks/points/dropOffs.ts'() {
    'use strict'
    init_roles()
    init_dropWriters()
    init_drops()
    init_platform()
    init_errors()
    PLANNED = 'fenleiPlannedDrops'
    pending = (req) => (req.context[PLANNED] ??= /* @__PURE__ */ new Map())
    awardDrop = async ({ data, operation, req }) => {
      if (operation !== 'create') {
        throw forbidden(
          'DROP_IMMUTABLE',
          '\u6295\u653E\u8BB0\u5F55\u4E0D\u80FD\u4FEE\u6539\uFF1B\u5982\u6709\u9519\u8BEF\u8BF7\u505A\u79EF\u5206\u8C03\u6574\u3002A drop-off cannot be changed.',
        )
      }
      const user = currentUser(req)
      const manual = !isPlatformWrite(req)
      if (manual && String(data.note ?? '').trim().length < 2) {
        throw badRequest(
          'NOTE_REQUIRED',
          '\u4EBA\u5DE5\u5F55\u5165\u6295\u653E\u5FC5\u987B\u5199\u660E\u539F\u56E0\u3002A hand-entered drop needs a written reason.',
        )
      }
      const input = {
        card: refId(data.card) ?? void 0,
        category: data.category ?? '',
        grams: data.grams ?? 0,
        occurredAt: data.occurredAt || /* @__PURE__ */ new Date().toISOString(),
        source: manual ? 'manual' : (data.source ?? 'manual'),
        sourceRef: manual ? void 0 : (data.sourceRef ?? void 0),
        site: manual ? void 0 : (refId(data.site) ?? void 0),
        idempotencyKey: manual
          ? `manual:${user.id}:${crypto.randomUUID()}`
          : data.idempotencyKey || `manual:${crypto.randomUUID()}`,
        note: data.note ?? void 0,
        recordedBy: manual ? user.id : void 0,
      }
      const { planned, tallyIds } = await planOne(req, input)
      if (planned.status === 'rejected') throw badRequest(planned.code, planned.message)
      if (planned.status === 'duplicate') {
        throw conflict(
          'DUPLICATE_DROP',
          `\u5E42\u7B49\u952E\u5DF2\u4F7F\u7528\uFF1A${input.idempotencyKey}\u3002This drop was already recorded.`,
        )
      }
      const d = planned.drop
      pending(req).set(d.idempotencyKey, { drop: d, tallyIds })
      return {
        ...data,
        occurredAt: d.occurredAt,
        source: d.source,
        sourceRef: d.sourceRef ?? null,
        site: d.site,
        idempotencyKey: d.idempotencyKey,
        points: d.points,
        balanceAfter: d.balanceAfter,
        outcome: d.outcome,
        rulesRevision: d.rulesRevision,
        recordedBy: d.recordedBy ?? null,
      }
    }
    postDropEffects = async ({ doc, operation, req }) => {
      if (operation !== 'create' || !doc.idempotencyKey) return doc
      const item = pending(req).get(doc.idempotencyKey)
      if (!item) return doc
      pending(req).delete(doc.idempotencyKey)
      await applyDropEffects(req, [{ ...item.drop, id: doc.id }], writerFor(req), item.tallyIds)
      return doc
    }
  },
})

// collections/points/DropOffs.ts
var DropOffs
var init_DropOffs = __esm({
  'collections/points/DropOffs.ts'() {
    'use strict'
    init_nobody()
    init_staff()
    init_staffOrOwnTown()
    init_manualReview()
    init_recordDrops()
    init_category()
    init_dates()
    init_idempotencyKey()
    init_numbers()
    init_options()
    init_relations()
    init_dropOffs()
    init_appendOnly()
    init_labels()
    DropOffs = {
      slug: 'drop-offs',
      labels: {
        singular: t('\u6295\u653E\u8BB0\u5F55', 'Drop-off'),
        plural: t('\u6295\u653E\u8BB0\u5F55', 'Drop-offs'),
      },
      admin: {
        group: groups.points,
        useAsTitle: 'idempotencyKey',
        defaultColumns: ['occurredAt', 'card', 'category', 'grams', 'points', 'outcome', 'source'],
        listSearchableFields: ['idempotencyKey', 'sourceRef'],
      },
      defaultSort: '-occurredAt',
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staffOrOwnTown('site'), create: staff, update: nobody, delete: nobody },
      hooks: { beforeChange: [awardDrop], afterChange: [postDropEffects], beforeDelete: [refuseDelete] },
      endpoints: [recordDropsEndpoint, manualReviewEndpoint],
      fields: [
        {
          type: 'row',
          fields: [
            cardField(),
            categoryField(),
            wholeNumber('grams', t('\u91CD\u91CF\uFF08\u514B\uFF09', 'Weight (g)'), { required: true, min: 1 }),
          ],
        },
        {
          type: 'row',
          fields: [
            momentField('occurredAt', t('\u6295\u653E\u65F6\u95F4', 'Occurred at'), { required: true, index: true }),
            select(
              'source',
              t('\u6765\u6E90', 'Source'),
              {
                device: t('\u667A\u80FD\u8BBE\u5907', 'Device'),
                pickup: t('\u4E0A\u95E8\u56DE\u6536', 'Pickup'),
                manual: t('\u4EBA\u5DE5\u5F55\u5165', 'Manual'),
              },
              { required: true, defaultValue: 'manual', readOnly: true },
            ),
            {
              name: 'sourceRef',
              type: 'text',
              label: t('\u8BBE\u5907\u53F7 / \u9884\u7EA6\u5355\u53F7', 'Bin or pickup ref'),
              index: true,
              admin: { readOnly: true },
            },
          ],
        },
        siteField({ required: false, readOnly: true }),
        {
          name: 'note',
          type: 'textarea',
          label: t('\u8865\u5F55\u539F\u56E0', 'Why entered by hand'),
          admin: {
            description: t(
              '\u4EBA\u5DE5\u5F55\u5165\u5FC5\u987B\u5199\u660E\u539F\u56E0\uFF0C\u7BA1\u7406\u5458\u6BCF\u65E5\u590D\u6838',
              'Required for hand-entered drops; admins review them daily',
            ),
          },
        },
        {
          type: 'row',
          fields: [
            wholeNumber('points', t('\u83B7\u5F97\u79EF\u5206', 'Points'), { readOnly: true }),
            select(
              'outcome',
              t('\u8BA1\u5206\u7ED3\u679C', 'Outcome'),
              {
                counted: t('\u5DF2\u8BA1\u5206', 'Counted'),
                'below-minimum': t('\u4F4E\u4E8E\u8D77\u8BA1\u91CD\u91CF', 'Below minimum'),
                capped: t('\u8FBE\u5230\u6BCF\u65E5\u4E0A\u9650', 'Daily cap reached'),
              },
              { readOnly: true },
            ),
            wholeNumber('balanceAfter', t('\u6295\u653E\u540E\u4F59\u989D', 'Balance after'), { readOnly: true }),
            wholeNumber('rulesRevision', t('\u89C4\u5219\u7248\u672C', 'Rules revision'), { readOnly: true }),
          ],
        },
        idempotencyKeyField(),
        actorField('recordedBy', t('\u5F55\u5165\u4EBA', 'Recorded by'), { sidebar: true }),
      ],
    }
  },
})

// domain/points/followUps.ts
function followUpCandidates(cards, earnedByCard, threshold) {
  const out = []
  for (const card of cards) {
    const earned = earnedByCard.get(String(card.id)) ?? 0
    if (card.balance < 0) out.push({ ...card, earned, why: 'negative-balance' })
    else if (earned <= threshold) out.push({ ...card, earned, why: 'few-points' })
  }
  return out.sort((a, b) => a.balance - b.balance || a.earned - b.earned)
}
var init_followUps = __esm({
  'domain/points/followUps.ts'() {
    'use strict'
  },
})

// services/points/followUps.ts
async function findCandidates(payload2, period) {
  const threshold = period.threshold ?? (await rulesFor(payload2, /* @__PURE__ */ new Date())).followUpThreshold
  const [cards, days, open] = await Promise.all([
    payload2.find({
      collection: 'cards',
      where: { status: { equals: 'active' } },
      pagination: false,
      depth: 0,
      select: { cardNumber: true, holderName: true, balance: true },
    }),
    payload2.find({
      collection: 'card-days',
      where: { and: [{ day: { greater_than_equal: period.from } }, { day: { less_than_equal: period.to } }] },
      pagination: false,
      depth: 0,
      select: { card: true, points: true },
    }),
    payload2.find({
      collection: 'follow-ups',
      where: { status: { equals: 'open' } },
      pagination: false,
      depth: 0,
      select: { card: true },
    }),
  ])
  const earned = /* @__PURE__ */ new Map()
  for (const d of days.docs) {
    const key = String(refId(d.card))
    earned.set(key, (earned.get(key) ?? 0) + (d.points ?? 0))
  }
  const openCards = new Set(open.docs.map((f) => String(refId(f.card))))
  const summaries = cards.docs.map((c) => ({
    id: c.id,
    cardNumber: c.cardNumber,
    holderName: c.holderName,
    balance: c.balance ?? 0,
  }))
  return followUpCandidates(summaries, earned, threshold).map((c) => ({
    ...c,
    openFollowUp: openCards.has(String(c.id)),
  }))
}
var init_followUps2 = __esm({
  'services/points/followUps.ts'() {
    'use strict'
    init_roles()
    init_followUps()
    init_rules()
  },
})

// endpoints/points/followUpCandidates.ts
import { z as z3 } from 'zod'
var day, QuerySchema2, followUpCandidatesEndpoint
var init_followUpCandidates = __esm({
  'endpoints/points/followUpCandidates.ts'() {
    'use strict'
    init_time()
    init_followUps2()
    init_shared()
    day = z3.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    QuerySchema2 = z3.object({
      from: day.optional(),
      to: day.optional(),
      threshold: z3.coerce.number().int().optional(),
    })
    followUpCandidatesEndpoint = {
      path: '/candidates',
      method: 'get',
      handler: async (req) => {
        requireRole(req, ['admin', 'operator'], '\u65E0\u6743\u67E5\u770B\u3002Not allowed.')
        const query = parseWith(QuerySchema2, req.query ?? {}, 'INVALID_QUERY')
        const to = query.to ?? shanghaiDay(/* @__PURE__ */ new Date())
        const from = query.from ?? shanghaiDay(new Date(Date.now() - 29 * 864e5))
        const candidates = await findCandidates(req.payload, { from, to, threshold: query.threshold })
        return Response.json({ from, to, count: candidates.length, candidates })
      },
    }
  },
})

// hooks/points/followUps.ts
var oneOpenPerCard
var init_followUps3 = __esm({
  'hooks/points/followUps.ts'() {
    'use strict'
    init_roles()
    init_errors()
    oneOpenPerCard = async ({ data, operation, originalDoc, req }) => {
      const status = data.status ?? originalDoc?.status ?? 'open'
      const card = refId(data.card ?? originalDoc?.card)
      if (status !== 'open' || card === null) return data
      const open = await req.payload.find({
        collection: 'follow-ups',
        where: {
          and: [
            { card: { equals: card } },
            { status: { equals: 'open' } },
            ...(operation === 'update' && originalDoc?.id !== void 0 ? [{ id: { not_equals: originalDoc.id } }] : []),
          ],
        },
        limit: 1,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (open.docs[0]) {
        throw conflict(
          'FOLLOW_UP_OPEN',
          `\u6B64\u5361\u5DF2\u6709\u672A\u7ED3\u675F\u7684\u56DE\u8BBF\uFF08#${open.docs[0].id}\uFF09\u3002This card already has an open follow-up.`,
        )
      }
      return data
    }
  },
})

// collections/points/FollowUps.ts
var FollowUps
var init_FollowUps = __esm({
  'collections/points/FollowUps.ts'() {
    'use strict'
    init_admins()
    init_staff()
    init_followUpCandidates()
    init_numbers()
    init_options()
    init_relations()
    init_followUps3()
    init_labels()
    FollowUps = {
      slug: 'follow-ups',
      labels: { singular: t('\u56DE\u8BBF', 'Follow-up'), plural: t('\u56DE\u8BBF', 'Follow-ups') },
      admin: {
        group: groups.points,
        defaultColumns: ['card', 'status', 'periodFrom', 'periodTo', 'pointsInPeriod', 'updatedAt'],
        description: t(
          '\u5F85\u56DE\u8BBF\u540D\u5355\uFF1A/api/follow-ups/candidates?from=2026-11-01&to=2026-11-30\uFF08\u5468\u671F\u5185\u79EF\u5206\u4E0D\u8D85\u8FC7\u9608\u503C\u6216\u4F59\u989D\u4E3A\u8D1F\u7684\u5361\uFF09\u3002\u8D1F\u5206\u5361\u53EF\u5728\u667A\u80FD\u5361\u5217\u8868\u6309\u4F59\u989D\u7B5B\u9009\u3002',
          'Candidates: /api/follow-ups/candidates?from=\u2026&to=\u2026 (cards with few or negative points in the period).',
        ),
      },
      access: { read: staff, create: staff, update: staff, delete: admins },
      hooks: { beforeChange: [oneOpenPerCard] },
      endpoints: [followUpCandidatesEndpoint],
      fields: [
        {
          type: 'row',
          fields: [
            cardField(),
            select(
              'status',
              t('\u72B6\u6001', 'Status'),
              { open: t('\u8DDF\u8FDB\u4E2D', 'Open'), closed: t('\u5DF2\u7ED3\u675F', 'Closed') },
              { required: true, defaultValue: 'open', index: true },
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'periodFrom', type: 'date', label: t('\u7EDF\u8BA1\u5F00\u59CB', 'Period from') },
            { name: 'periodTo', type: 'date', label: t('\u7EDF\u8BA1\u7ED3\u675F', 'Period to') },
            wholeNumber('pointsInPeriod', t('\u5468\u671F\u5185\u79EF\u5206', 'Points in period')),
          ],
        },
        {
          name: 'contacts',
          type: 'array',
          label: t('\u56DE\u8BBF\u8BB0\u5F55', 'Contacts'),
          labels: { singular: t('\u56DE\u8BBF', 'Contact'), plural: t('\u56DE\u8BBF', 'Contacts') },
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'at', type: 'date', required: true, label: t('\u65E5\u671F', 'Date') },
                relation('users', 'by', t('\u56DE\u8BBF\u4EBA', 'By')),
                select(
                  'method',
                  t('\u65B9\u5F0F', 'How'),
                  { phone: t('\u7535\u8BDD', 'Phone'), visit: t('\u4E0A\u95E8', 'Visit') },
                  { required: true, defaultValue: 'phone' },
                ),
              ],
            },
            { name: 'outcome', type: 'textarea', required: true, label: t('\u7ED3\u679C', 'Outcome') },
            { name: 'nextStep', type: 'text', label: t('\u4E0B\u4E00\u6B65', 'Next step') },
          ],
        },
      ],
    }
  },
})

// hooks/points/pointEntries.ts
var applyEntry
var init_pointEntries = __esm({
  'hooks/points/pointEntries.ts'() {
    'use strict'
    init_roles()
    init_points()
    init_platform()
    init_errors()
    init_lookup()
    applyEntry = async ({ data, operation, req }) => {
      if (operation !== 'create') {
        throw forbidden(
          'LEDGER_APPEND_ONLY',
          '\u79EF\u5206\u6D41\u6C34\u53EA\u80FD\u8FFD\u52A0\uFF0C\u4E0D\u80FD\u4FEE\u6539\uFF1B\u8BF7\u53E6\u8BB0\u4E00\u7B14\u51B2\u6B63\u3002Ledger entries cannot be changed.',
        )
      }
      const internal = isPlatformWrite(req)
      const user = currentUser(req)
      if (!internal) {
        if (!hasRole(user, 'admin')) {
          throw forbidden(
            'LEDGER_ADMIN_ONLY',
            '\u53EA\u6709\u7BA1\u7406\u5458\u53EF\u4EE5\u624B\u5DE5\u8C03\u6574\u79EF\u5206\u3002Only admins post manual adjustments.',
          )
        }
        if (data.reason !== 'adjustment') {
          throw badRequest(
            'ADJUSTMENT_ONLY',
            '\u624B\u5DE5\u8BB0\u8D26\u53EA\u80FD\u662F\u300C\u8C03\u6574\u300D\u3002A manual entry must be an adjustment.',
          )
        }
        if (!String(data.note ?? '').trim()) {
          throw badRequest(
            'REASON_REQUIRED',
            '\u624B\u5DE5\u8C03\u6574\u5FC5\u987B\u586B\u5199\u539F\u56E0\u3002An adjustment needs a written reason.',
          )
        }
        data.idempotencyKey ||= `adjustment:${crypto.randomUUID()}`
        data.cause ||= `users:${user?.id}`
      }
      const delta = data.delta
      if (typeof delta !== 'number' || !Number.isInteger(delta) || delta === 0) {
        throw badRequest(
          'INVALID_DELTA',
          '\u79EF\u5206\u53D8\u52A8\u5FC5\u987B\u662F\u975E\u96F6\u6574\u6570\u3002The delta must be a non-zero whole number.',
        )
      }
      const cardId = refId(data.card)
      if (cardId === null)
        throw badRequest('CARD_REQUIRED', '\u5FC5\u987B\u6307\u5B9A\u667A\u80FD\u5361\u3002A card is required.')
      const card = await mustFind(
        req,
        'cards',
        cardId,
        'UNKNOWN_CARD',
        `\u667A\u80FD\u5361 ${cardId} \u4E0D\u5B58\u5728\u3002Unknown card.`,
      )
      const existing = await req.payload.find({
        collection: 'point-entries',
        where: { idempotencyKey: { equals: data.idempotencyKey } },
        limit: 1,
        depth: 0,
        req,
      })
      if (existing.docs[0]) {
        throw conflict(
          'DUPLICATE_ENTRY',
          `\u5E42\u7B49\u952E\u5DF2\u4F7F\u7528\uFF1A${data.idempotencyKey}\u3002This entry was already posted.`,
        )
      }
      const result = nextBalance(card.balance ?? 0, delta, data.reason ?? 'adjustment')
      if (!result.ok) throw conflict(result.code, result.message)
      await req.payload.db.updateOne({
        collection: 'cards',
        id: cardId,
        data: { balance: { $inc: delta } },
        req,
        returning: false,
      })
      data.balanceAfter = result.balance
      data.actor = user?.id ?? null
      return data
    }
  },
})

// collections/points/PointEntries.ts
var PointEntries
var init_PointEntries = __esm({
  'collections/points/PointEntries.ts'() {
    'use strict'
    init_admins()
    init_nobody()
    init_staffOrOwnTown()
    init_points()
    init_idempotencyKey()
    init_numbers()
    init_options()
    init_relations()
    init_pointEntries()
    init_appendOnly()
    init_labels()
    PointEntries = {
      slug: 'point-entries',
      labels: {
        singular: t('\u79EF\u5206\u6D41\u6C34', 'Ledger entry'),
        plural: t('\u79EF\u5206\u6D41\u6C34', 'Ledger'),
      },
      admin: {
        group: groups.points,
        useAsTitle: 'idempotencyKey',
        defaultColumns: ['createdAt', 'card', 'delta', 'reason', 'balanceAfter', 'note'],
        listSearchableFields: ['idempotencyKey', 'cause', 'note'],
        description: t(
          '\u6D41\u6C34\u53EA\u80FD\u8FFD\u52A0\u3002\u624B\u5DE5\u8C03\u6574\u8BF7\u70B9\u300C\u521B\u5EFA\u300D\uFF0C\u539F\u56E0\u9009\u300C\u4EBA\u5DE5\u8C03\u6574\u300D\u5E76\u5199\u660E\u7406\u7531\u3002',
          'Append-only. To correct a balance, create an adjustment with a written reason.',
        ),
      },
      defaultSort: '-createdAt',
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staffOrOwnTown('card.site'), create: admins, update: nobody, delete: nobody },
      hooks: { beforeChange: [applyEntry], beforeDelete: [refuseDelete] },
      fields: [
        cardField(),
        { name: 'delta', type: 'number', required: true, label: t('\u79EF\u5206\u53D8\u52A8', 'Points (\xB1)') },
        select('reason', t('\u7C7B\u578B', 'Reason'), LEDGER_REASONS, {
          required: true,
          defaultValue: 'adjustment',
          index: true,
        }),
        { name: 'note', type: 'textarea', label: t('\u8BF4\u660E / \u8C03\u6574\u539F\u56E0', 'Note / reason') },
        wholeNumber('balanceAfter', t('\u53D8\u52A8\u540E\u4F59\u989D', 'Balance after'), {
          readOnly: true,
          sidebar: true,
        }),
        {
          name: 'cause',
          type: 'text',
          label: t('\u6765\u6E90', 'Caused by'),
          admin: { readOnly: true, position: 'sidebar' },
        },
        actorField('actor', t('\u64CD\u4F5C\u4EBA', 'By'), { sidebar: true }),
        wholeNumber('rulesRevision', t('\u89C4\u5219\u7248\u672C', 'Rules revision'), {
          readOnly: true,
          sidebar: true,
        }),
        idempotencyKeyField(),
      ],
    }
  },
})

// domain/points/rewards.ts
function unitPoints(reward, rules) {
  if (reward.kind === 'honour') return 0
  if (reward.kind === 'fee-deduction') return pointsForFen(reward.feeFen ?? 0, rules)
  return reward.pointsCost ?? 0
}
function checkRedemption(reward, card, quantity, now, rules) {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_QUANTITY) {
    return {
      ok: false,
      code: 'INVALID_QUANTITY',
      message: `\u6570\u91CF\u4E3A 1\u2013${MAX_QUANTITY}\u3002Quantity must be 1\u2013${MAX_QUANTITY}.`,
    }
  }
  if (card.status !== 'active')
    return {
      ok: false,
      code: 'CARD_NOT_ACTIVE',
      message: '\u6B64\u5361\u4E0D\u53EF\u7528\uFF08\u6302\u5931\u6216\u6CE8\u9500\uFF09\u3002The card is not active.',
    }
  if (reward.active === false)
    return {
      ok: false,
      code: 'REWARD_INACTIVE',
      message: '\u8BE5\u5546\u54C1\u5DF2\u4E0B\u67B6\u3002The reward is not on offer.',
    }
  const time = now.getTime()
  if (
    (reward.activeFrom && time < new Date(reward.activeFrom).getTime()) ||
    (reward.activeUntil && time > new Date(reward.activeUntil).getTime())
  ) {
    return {
      ok: false,
      code: 'OUTSIDE_WINDOW',
      message: '\u4E0D\u5728\u5151\u6362\u671F\u5185\u3002The reward is outside its redemption window.',
    }
  }
  if (!audienceAdmits(reward.audience, card.holderKind)) {
    return {
      ok: false,
      code: 'WRONG_AUDIENCE',
      message: `\u8BE5\u5546\u54C1\u4EC5\u9650${reward.audience === 'offices' ? '\u673A\u5173\u5355\u4F4D' : '\u5C45\u6C11'}\u5151\u6362\u3002Not for this card holder.`,
    }
  }
  if (reward.stock !== null && reward.stock !== void 0 && reward.stock < quantity) {
    return {
      ok: false,
      code: 'OUT_OF_STOCK',
      message: `\u5E93\u5B58\u4E0D\u8DB3\uFF08\u5269 ${reward.stock}\uFF09\u3002Not enough stock.`,
    }
  }
  const unit = unitPoints(reward, rules)
  return { ok: true, points: unit * quantity, unitPoints: unit }
}
var REWARD_KINDS, MAX_QUANTITY
var init_rewards = __esm({
  'domain/points/rewards.ts'() {
    'use strict'
    init_labels()
    init_audience()
    init_points()
    REWARD_KINDS = {
      goods: t('\u751F\u6D3B\u7528\u54C1', 'Goods'),
      'fee-deduction': t('\u62B5\u6263\u7269\u4E1A\u8D39', 'Property-fee deduction'),
      'office-supplies': t('\u529E\u516C\u7528\u54C1', 'Office supplies'),
      honour: t('\u8363\u8A89\uFF08\u5149\u8363\u699C / \u6D41\u52A8\u7EA2\u65D7\uFF09', 'Honour'),
    }
    MAX_QUANTITY = 100
  },
})

// hooks/points/redemptions.ts
var checkRedemptionChange, settleRedemption
var init_redemptions = __esm({
  'hooks/points/redemptions.ts'() {
    'use strict'
    init_roles()
    init_rewards()
    init_ledger()
    init_rules()
    init_platform()
    init_errors()
    init_lookup()
    checkRedemptionChange = async ({ data, operation, originalDoc, req }) => {
      if (operation === 'update') {
        const onlyCancel =
          originalDoc?.status === 'completed' &&
          data.status === 'cancelled' &&
          ['card', 'reward', 'quantity', 'points'].every(
            (f) => data[f] === void 0 || String(refId(data[f])) === String(refId(originalDoc[f])),
          )
        if (!onlyCancel) {
          throw forbidden(
            'REDEMPTION_IMMUTABLE',
            '\u5151\u6362\u8BB0\u5F55\u53EA\u80FD\u64A4\u9500\uFF0C\u4E0D\u80FD\u4FEE\u6539\u3002A redemption can only be cancelled.',
          )
        }
        data.cancelledAt = /* @__PURE__ */ new Date().toISOString()
        return data
      }
      if (data.channel === 'gift-machine' && !isPlatformWrite(req)) {
        throw forbidden(
          'SERVER_SET_FIELD',
          '\u793C\u54C1\u5151\u6362\u673A\u7684\u5151\u6362\u53EA\u80FD\u7531\u8BBE\u5907\u53D1\u8D77\u3002Only a gift machine records its own redemptions.',
          {
            field: 'channel',
          },
        )
      }
      const card = await mustFind(
        req,
        'cards',
        data.card,
        'UNKNOWN_CARD',
        '\u667A\u80FD\u5361\u4E0D\u5B58\u5728\u3002Unknown card.',
      )
      const reward = await mustFind(
        req,
        'rewards',
        data.reward,
        'UNKNOWN_REWARD',
        '\u5151\u6362\u5546\u54C1\u4E0D\u5B58\u5728\u3002Unknown reward.',
      )
      const now = /* @__PURE__ */ new Date()
      const rules = await rulesFor(req.payload, now, req)
      const check = checkRedemption(reward, card, data.quantity ?? 1, now, rules)
      if (!check.ok) {
        throw check.code === 'OUT_OF_STOCK'
          ? conflict(check.code, check.message)
          : badRequest(check.code, check.message)
      }
      data.quantity ??= 1
      data.points = check.points
      data.status = 'completed'
      data.idempotencyKey ||= `redemption:${crypto.randomUUID()}`
      return data
    }
    settleRedemption = async ({ doc, previousDoc, operation, req }) => {
      const cancelled = operation === 'update' && previousDoc?.status === 'completed' && doc.status === 'cancelled'
      if (operation !== 'create' && !cancelled) return doc
      const sign2 = cancelled ? 1 : -1
      const rewardId = refId(doc.reward)
      const reward = await req.payload.findByID({
        collection: 'rewards',
        id: rewardId,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (reward.stock !== null && reward.stock !== void 0) {
        await req.payload.db.updateOne({
          collection: 'rewards',
          id: rewardId,
          data: { stock: { $inc: sign2 * doc.quantity } },
          req,
          returning: false,
        })
      }
      const points = doc.points ?? 0
      if (points > 0) {
        await postEntry(req, {
          card: refId(doc.card),
          delta: sign2 * points,
          reason: cancelled ? 'refund' : 'redemption',
          cause: `redemptions:${doc.id}`,
          idempotencyKey: `${doc.idempotencyKey}:${cancelled ? 'refund' : 'take'}`,
          note: cancelled ? `\u64A4\u9500\u5151\u6362 ${reward.name}` : reward.name,
        })
      }
      return doc
    }
  },
})

// collections/points/Redemptions.ts
var Redemptions
var init_Redemptions = __esm({
  'collections/points/Redemptions.ts'() {
    'use strict'
    init_nobody()
    init_staff()
    init_staffOrOwnTown()
    init_dates()
    init_idempotencyKey()
    init_numbers()
    init_options()
    init_relations()
    init_redemptions()
    init_appendOnly()
    init_labels()
    Redemptions = {
      slug: 'redemptions',
      labels: {
        singular: t('\u5151\u6362\u8BB0\u5F55', 'Redemption'),
        plural: t('\u5151\u6362\u8BB0\u5F55', 'Redemptions'),
      },
      admin: {
        group: groups.points,
        useAsTitle: 'idempotencyKey',
        defaultColumns: ['createdAt', 'card', 'reward', 'quantity', 'points', 'channel', 'status'],
      },
      defaultSort: '-createdAt',
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staffOrOwnTown('card.site'), create: staff, update: staff, delete: nobody },
      hooks: { beforeChange: [checkRedemptionChange], afterChange: [settleRedemption], beforeDelete: [refuseDelete] },
      fields: [
        {
          type: 'row',
          fields: [
            cardField(),
            relation('rewards', 'reward', t('\u5546\u54C1', 'Reward'), { required: true }),
            wholeNumber('quantity', t('\u6570\u91CF', 'Quantity'), { required: true, defaultValue: 1, min: 1 }),
          ],
        },
        {
          type: 'row',
          fields: [
            wholeNumber('points', t('\u6D88\u8017\u79EF\u5206', 'Points'), { readOnly: true }),
            select(
              'channel',
              t('\u5151\u6362\u6E20\u9053', 'Channel'),
              {
                counter: t('\u5151\u6362\u70B9\u67DC\u53F0', 'Counter'),
                'gift-machine': t('\u793C\u54C1\u5151\u6362\u673A', 'Gift machine'),
                'property-office': t('\u7269\u4E1A\u529E\u516C\u5BA4', 'Property office'),
              },
              { required: true, defaultValue: 'counter' },
            ),
            select(
              'status',
              t('\u72B6\u6001', 'Status'),
              { completed: t('\u5DF2\u5B8C\u6210', 'Completed'), cancelled: t('\u5DF2\u64A4\u9500', 'Cancelled') },
              { required: true, defaultValue: 'completed' },
            ),
          ],
        },
        momentField('cancelledAt', t('\u64A4\u9500\u65F6\u95F4', 'Cancelled at'), { readOnly: true, sidebar: true }),
        idempotencyKeyField(),
        { name: 'note', type: 'textarea', label: t('\u5907\u6CE8', 'Note') },
      ],
    }
  },
})

// collections/points/Rewards.ts
var Rewards
var init_Rewards = __esm({
  'collections/points/Rewards.ts'() {
    'use strict'
    init_admins()
    init_anyone()
    init_rewards()
    init_audience()
    init_numbers()
    init_options()
    init_labels()
    Rewards = {
      slug: 'rewards',
      labels: { singular: t('\u5151\u6362\u5546\u54C1', 'Reward'), plural: t('\u5151\u6362\u5546\u54C1', 'Rewards') },
      admin: {
        group: groups.points,
        useAsTitle: 'name',
        defaultColumns: ['name', 'kind', 'pointsCost', 'stock', 'audience', 'active'],
        listSearchableFields: ['name'],
      },
      access: { read: anyone, create: admins, update: admins, delete: admins },
      fields: [
        { name: 'name', type: 'text', required: true, label: t('\u540D\u79F0', 'Name') },
        { name: 'image', type: 'upload', relationTo: 'media', label: t('\u56FE\u7247', 'Image') },
        {
          type: 'row',
          fields: [
            select('kind', t('\u7C7B\u578B', 'Kind'), REWARD_KINDS, { required: true, defaultValue: 'goods' }),
            {
              name: 'pointsCost',
              type: 'number',
              required: true,
              defaultValue: 0,
              label: t('\u6240\u9700\u79EF\u5206', 'Points'),
              admin: { condition: (_, s) => s?.kind !== 'fee-deduction' && s?.kind !== 'honour' },
              validate: (v, { siblingData }) => {
                if (!Number.isInteger(v ?? 0) || (v ?? 0) < 0)
                  return '\u79EF\u5206\u5FC5\u987B\u662F\u975E\u8D1F\u6574\u6570 / whole points \u2265 0'
                if (siblingData.kind === 'honour' && (v ?? 0) !== 0)
                  return '\u8363\u8A89\u4E0D\u9700\u8981\u79EF\u5206 / an honour costs no points'
                return true
              },
            },
            {
              name: 'feeFen',
              type: 'number',
              label: t('\u62B5\u6263\u91D1\u989D\uFF08\u5206\uFF09', 'Deduction (fen)'),
              admin: {
                condition: (_, s) => s?.kind === 'fee-deduction',
                description: t(
                  '1 \u5143 = 100 \u5206\uFF1B\u6240\u9700\u79EF\u5206\u6309\u79EF\u5206\u89C4\u5219\u6298\u7B97',
                  'Points follow the rules\u2019 rate',
                ),
              },
              validate: (v, { siblingData }) =>
                siblingData.kind !== 'fee-deduction' ||
                (Number.isInteger(v) && v > 0) ||
                '\u8BF7\u586B\u5199\u62B5\u6263\u91D1\u989D\uFF08\u6574\u6570\u5206\uFF09/ give the amount in fen',
            },
          ],
        },
        {
          type: 'row',
          fields: [
            select('audience', t('\u9002\u7528\u5BF9\u8C61', 'For'), AUDIENCES, {
              required: true,
              defaultValue: 'both',
            }),
            wholeNumber('stock', t('\u5E93\u5B58', 'Stock'), {
              min: 0,
              description: t('\u7559\u7A7A\u8868\u793A\u4E0D\u9650\u91CF', 'Empty = unlimited'),
            }),
            { name: 'active', type: 'checkbox', defaultValue: true, label: t('\u4E0A\u67B6', 'Active') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'activeFrom', type: 'date', label: t('\u5F00\u59CB\u5151\u6362', 'Available from') },
            { name: 'activeUntil', type: 'date', label: t('\u622A\u6B62\u5151\u6362', 'Available until') },
          ],
        },
        { name: 'description', type: 'textarea', label: t('\u8BF4\u660E', 'Description') },
      ],
    }
  },
})

// hooks/points/sortingChecks.ts
var stampCheck, postPenalty
var init_sortingChecks = __esm({
  'hooks/points/sortingChecks.ts'() {
    'use strict'
    init_roles()
    init_dropPlan()
    init_ledger()
    init_platform()
    init_rules()
    init_errors()
    stampCheck = async ({ data, operation, originalDoc, req }) => {
      if (operation === 'update' && originalDoc?.penaltyPosted) {
        throw forbidden(
          'CHECK_SETTLED',
          '\u5DF2\u6263\u5206\u7684\u68C0\u67E5\u8BB0\u5F55\u4E0D\u80FD\u4FEE\u6539\uFF1B\u5982\u6709\u9519\u8BEF\u8BF7\u505A\u79EF\u5206\u8C03\u6574\u3002This check was settled; correct it with an adjustment.',
        )
      }
      if (operation === 'create' && !isPlatformWrite(req)) data.inspector = currentUser(req).id
      if (operation === 'create') data.checkedAt ||= /* @__PURE__ */ new Date().toISOString()
      const moved =
        data.checkedAt && new Date(data.checkedAt).getTime() !== new Date(originalDoc?.checkedAt ?? 0).getTime()
      if (moved && data.checkedAt && !isPlatformWrite(req)) {
        const at = new Date(data.checkedAt).getTime()
        const rules = await rulesFor(req.payload, /* @__PURE__ */ new Date(), req)
        if (at > Date.now() + FUTURE_TOLERANCE_MS)
          throw badRequest(
            'FUTURE_TIME',
            '\u68C0\u67E5\u65F6\u95F4\u5728\u672A\u6765\u3002The check is dated in the future.',
          )
        if (Date.now() - at > rules.manualBackdateDays * 864e5) {
          throw badRequest(
            'TOO_OLD',
            `\u68C0\u67E5\u65F6\u95F4\u65E9\u4E8E ${rules.manualBackdateDays} \u5929\u524D\u3002The check is dated too far back.`,
          )
        }
      }
      return data
    }
    postPenalty = async ({ doc, req }) => {
      const card = refId(doc.card)
      if (doc.result !== 'mis-sorted' || !doc.confirmed || card === null || doc.penaltyPosted) return doc
      const rules = await rulesFor(req.payload, doc.checkedAt ?? /* @__PURE__ */ new Date(), req)
      if (rules.misSortPenalty > 0) {
        await postEntry(req, {
          card,
          delta: -rules.misSortPenalty,
          reason: 'penalty',
          cause: `sorting-checks:${doc.id}`,
          idempotencyKey: `sorting-checks:${doc.id}:penalty`,
          rulesRevision: rules.revision,
          note: doc.note ?? '\u9519\u6295\u6263\u5206',
        })
      }
      await req.payload.db.updateOne({
        collection: 'sorting-checks',
        id: doc.id,
        data: { penaltyPosted: true },
        req,
        returning: false,
      })
      return { ...doc, penaltyPosted: true }
    }
  },
})

// collections/points/SortingChecks.ts
var SortingChecks
var init_SortingChecks = __esm({
  'collections/points/SortingChecks.ts'() {
    'use strict'
    init_admins()
    init_staff()
    init_dates()
    init_options()
    init_relations()
    init_sortingChecks()
    init_labels()
    SortingChecks = {
      slug: 'sorting-checks',
      labels: {
        singular: t('\u5206\u7C7B\u68C0\u67E5', 'Sorting check'),
        plural: t('\u5206\u7C7B\u68C0\u67E5', 'Sorting checks'),
      },
      admin: {
        group: groups.points,
        defaultColumns: ['checkedAt', 'site', 'card', 'result', 'confirmed', 'inspector'],
      },
      defaultSort: '-checkedAt',
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: staff, create: staff, update: staff, delete: admins },
      hooks: { beforeChange: [stampCheck], afterChange: [postPenalty] },
      fields: [
        {
          type: 'row',
          fields: [
            siteField(),
            cardField({ required: false }),
            momentField('checkedAt', t('\u68C0\u67E5\u65F6\u95F4', 'Checked at'), { index: true }),
          ],
        },
        {
          type: 'row',
          fields: [
            select(
              'result',
              t('\u7ED3\u679C', 'Result'),
              {
                correct: t('\u5206\u7C7B\u6B63\u786E', 'Correct'),
                'mis-sorted': t('\u5206\u7C7B\u9519\u8BEF', 'Mis-sorted'),
              },
              { required: true },
            ),
            select(
              'source',
              t('\u6765\u6E90', 'Source'),
              {
                inspector: t('\u7763\u5BFC\u5458\u68C0\u67E5', 'Inspector'),
                pickup: t('\u4E0A\u95E8\u56DE\u6536\u8BC4\u4EF7', 'Pickup rating'),
              },
              { required: true, defaultValue: 'inspector' },
            ),
            {
              name: 'confirmed',
              type: 'checkbox',
              defaultValue: false,
              label: t('\u786E\u8BA4\u9519\u6295\uFF08\u6263\u5206\uFF09', 'Confirmed mis-sort (penalty)'),
              admin: { condition: (_, s) => s?.result === 'mis-sorted' },
            },
          ],
        },
        { name: 'photo', type: 'upload', relationTo: 'media', label: t('\u7167\u7247', 'Photo') },
        { name: 'note', type: 'textarea', label: t('\u8BF4\u660E', 'Note') },
        actorField('inspector', t('\u68C0\u67E5\u4EBA', 'Inspector'), { sidebar: true }),
        {
          name: 'penaltyPosted',
          type: 'checkbox',
          defaultValue: false,
          label: t('\u5DF2\u6263\u5206', 'Penalty posted'),
          admin: { readOnly: true, position: 'sidebar' },
        },
      ],
    }
  },
})

// collections/points/index.ts
var pointsCollections
var init_points2 = __esm({
  'collections/points/index.ts'() {
    'use strict'
    init_CardBatches()
    init_CardDays()
    init_CardReplacements()
    init_Cards()
    init_DropOffs()
    init_FollowUps()
    init_PointEntries()
    init_Redemptions()
    init_Rewards()
    init_SortingChecks()
    pointsCollections = [
      Cards,
      CardBatches,
      CardReplacements,
      DropOffs,
      PointEntries,
      CardDays,
      SortingChecks,
      Rewards,
      Redemptions,
      FollowUps,
    ]
  },
})

// collections/publicity/EducationBases.ts
var EducationBases
var init_EducationBases = __esm({
  'collections/publicity/EducationBases.ts'() {
    'use strict'
    init_admins()
    init_anyone()
    init_labels()
    EducationBases = {
      slug: 'education-bases',
      labels: {
        singular: t('\u5BA3\u6559\u57FA\u5730', 'Education base'),
        plural: t('\u5BA3\u6559\u57FA\u5730', 'Education bases'),
      },
      admin: { group: groups.publicity, useAsTitle: 'name', defaultColumns: ['name', 'site', 'updatedAt'] },
      access: { read: anyone, create: admins, update: admins, delete: admins },
      fields: [
        { name: 'name', type: 'text', required: true, unique: true, label: t('\u540D\u79F0', 'Name') },
        { name: 'site', type: 'relationship', relationTo: 'sites', label: t('\u6240\u5728\u573A\u6240', 'Site') },
        { name: 'intro', type: 'textarea', label: t('\u7B80\u4ECB', 'Introduction') },
      ],
    }
  },
})

// collections/publicity/index.ts
var publicityCollections
var init_publicity = __esm({
  'collections/publicity/index.ts'() {
    'use strict'
    init_EducationBases()
    publicityCollections = [EducationBases]
  },
})

// collections/system/AuditLog.ts
var AuditLog
var init_AuditLog = __esm({
  'collections/system/AuditLog.ts'() {
    'use strict'
    init_admins()
    init_nobody()
    init_roles()
    init_dates()
    init_options()
    init_relations()
    init_auditLog()
    init_appendOnly()
    init_labels()
    AuditLog = {
      slug: 'audit-log',
      labels: {
        singular: t('\u64CD\u4F5C\u65E5\u5FD7', 'Audit entry'),
        plural: t('\u64CD\u4F5C\u65E5\u5FD7', 'Audit log'),
      },
      admin: {
        group: groups.system,
        useAsTitle: 'summary',
        defaultColumns: ['at', 'user', 'role', 'operation', 'collectionSlug', 'recordId', 'summary'],
        listSearchableFields: ['summary', 'recordId', 'collectionSlug'],
      },
      defaultSort: '-at',
      custom: { audit: false },
      // A record of an act cannot be copied into another act.
      disableDuplicate: true,
      access: { read: admins, create: nobody, update: nobody, delete: nobody },
      hooks: { beforeChange: [refuseAuditChange], beforeDelete: [refuseDelete] },
      fields: [
        momentField('at', t('\u65F6\u95F4', 'When'), { required: true, index: true, readOnly: true }),
        actorField('user', t('\u64CD\u4F5C\u4EBA', 'Who'), { index: true }),
        select('role', t('\u89D2\u8272', 'Role'), roleOptions, { readOnly: true }),
        select(
          'operation',
          t('\u64CD\u4F5C', 'Operation'),
          {
            create: t('\u65B0\u5EFA', 'Create'),
            update: t('\u4FEE\u6539', 'Update'),
            delete: t('\u5220\u9664', 'Delete'),
          },
          { required: true, readOnly: true },
        ),
        {
          name: 'collectionSlug',
          type: 'text',
          required: true,
          index: true,
          label: t('\u6570\u636E\u8868', 'Collection'),
          admin: { readOnly: true },
        },
        {
          name: 'recordId',
          type: 'text',
          required: true,
          index: true,
          label: t('\u8BB0\u5F55\u7F16\u53F7', 'Record'),
          admin: { readOnly: true },
        },
        { name: 'summary', type: 'text', label: t('\u6458\u8981', 'Summary'), admin: { readOnly: true } },
        {
          name: 'changes',
          type: 'json',
          label: t('\u53D8\u66F4\uFF08\u524D \u2192 \u540E\uFF09', 'Changes (before \u2192 after)'),
          admin: { readOnly: true },
        },
        { name: 'via', type: 'text', label: t('\u9014\u5F84', 'Via'), admin: { readOnly: true } },
      ],
    }
  },
})

// access/authenticated.ts
var authenticated
var init_authenticated = __esm({
  'access/authenticated.ts'() {
    'use strict'
    init_roles()
    authenticated = ({ req }) => Boolean(currentUser(req))
  },
})

// domain/system/media.ts
var VISIBILITY, EVIDENCE_AREAS, EVIDENCE_READERS, TOWN_EVIDENCE, DEFAULT_AREA
var init_media = __esm({
  'domain/system/media.ts'() {
    'use strict'
    init_labels()
    VISIBILITY = {
      private: t('\u5185\u90E8\uFF08\u8BC1\u636E\u6750\u6599\uFF09', 'Internal (evidence)'),
      public: t(
        '\u516C\u5F00\uFF08\u53EF\u5728\u516C\u5171\u9875\u9762\u5C55\u793A\uFF09',
        'Public (may appear on public pages)',
      ),
    }
    EVIDENCE_AREAS = {
      points: t('\u79EF\u5206\u4E0E\u68C0\u67E5', 'Points and checks'),
      devices: t('\u8BBE\u5907', 'Devices'),
      operations: t('\u8FD0\u8425', 'Operations'),
      countryside: t('\u519C\u6751\u4FDD\u6D01', 'Countryside'),
      assessment: t('\u8003\u6838', 'Assessment'),
      publicity: t('\u5BA3\u4F20', 'Publicity'),
    }
    EVIDENCE_READERS = {
      admin: Object.keys(EVIDENCE_AREAS),
      operator: ['points', 'devices', 'operations'],
      'town-official': [],
      'base-editor': [],
    }
    TOWN_EVIDENCE = ['countryside', 'assessment']
    DEFAULT_AREA = {
      admin: 'points',
      operator: 'points',
      'town-official': 'countryside',
      'base-editor': 'publicity',
    }
  },
})

// access/mediaReaders.ts
var mediaReaders, uploaderOrAdmin
var init_mediaReaders = __esm({
  'access/mediaReaders.ts'() {
    'use strict'
    init_media()
    init_roles()
    mediaReaders = ({ req }) => {
      const user = currentUser(req)
      const open = { visibility: { equals: 'public' } }
      if (!user?.role) return open
      if (user.role === 'admin') return true
      const areas = EVIDENCE_READERS[user.role]
      const town = refId(user.town)
      const or = [
        open,
        { uploadedBy: { equals: user.id } },
        ...(areas.length ? [{ and: [{ visibility: { equals: 'private' } }, { area: { in: areas } }] }] : []),
        ...(user.role === 'town-official' && town !== null
          ? [{ and: [{ area: { in: TOWN_EVIDENCE } }, { town: { equals: town } }] }]
          : []),
      ]
      return { or }
    }
    uploaderOrAdmin = ({ req }) => {
      const user = currentUser(req)
      if (!user) return false
      return user.role === 'admin' ? true : { uploadedBy: { equals: user.id } }
    }
  },
})

// config/env.ts
import crypto3 from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { z as z4 } from 'zod'
function readEnv(source = process.env) {
  const parsed = EnvSchema.safeParse(
    Object.fromEntries(Object.entries(source).filter(([, v]) => v !== void 0 && v !== '')),
  )
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid environment configuration:
${lines.join('\n')}`)
  }
  return parsed.data
}
function dataDir(e = env) {
  const dir2 = path.resolve(e.DATA_DIR)
  fs.mkdirSync(dir2, { recursive: true, mode: 448 })
  fs.chmodSync(dir2, 448)
  return dir2
}
function resolveSecret(e = env) {
  if (e.PAYLOAD_SECRET) return e.PAYLOAD_SECRET
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'build-time-placeholder-never-used'
  if (e.NODE_ENV === 'production') {
    throw new Error(
      'PAYLOAD_SECRET is not set. In production it is required (a random string of 32+ characters). \u751F\u4EA7\u73AF\u5883\u5FC5\u987B\u8BBE\u7F6E PAYLOAD_SECRET\u3002',
    )
  }
  const file = path.join(dataDir(e), '.payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  const secret = crypto3.randomBytes(32).toString('hex')
  fs.writeFileSync(file, secret, { mode: 384 })
  return secret
}
var DEFAULT_ADMIN_PASSWORD, EnvSchema, env
var init_env = __esm({
  'config/env.ts'() {
    'use strict'
    DEFAULT_ADMIN_PASSWORD = 'fenlei-admin-2026'
    EnvSchema = z4.object({
      NODE_ENV: z4.enum(['development', 'production', 'test']).default('development'),
      PORT: z4.coerce.number().int().min(0).max(65535).default(3e3),
      HOST: z4.string().default('0.0.0.0'),
      PUBLIC_URL: z4.string().url().optional(),
      DATA_DIR: z4.string().default('./data'),
      DATABASE_URL: z4.string().optional(),
      MONGODB_ALLOW_NO_TRANSACTIONS: z4.enum(['true', 'false']).default('false'),
      PAYLOAD_SECRET: z4.string().min(16, 'PAYLOAD_SECRET must be at least 16 characters').optional(),
      SMTP_HOST: z4.string().optional(),
      SMTP_PORT: z4.coerce.number().int().default(587),
      SMTP_USER: z4.string().optional(),
      SMTP_PASS: z4.string().optional(),
      SMTP_SECURE: z4.enum(['true', 'false']).default('false'),
      MAIL_FROM: z4.string().default('\u5206\u7C7B\u5E73\u53F0 Fenlei <noreply@fenlei.local>'),
      SEED_ADMIN_EMAIL: z4.string().email().default('admin@fenlei.local'),
      SEED_ADMIN_PASSWORD: z4.string().min(8).default(DEFAULT_ADMIN_PASSWORD),
      /** Default: seed an empty database in development, never in production unless set to true. */
      SEED_ON_START: z4.enum(['true', 'false']).optional(),
      /** Push the schema straight from the collections (tests on fresh files); otherwise migrations apply. */
      DB_PUSH: z4.enum(['true', 'false']).default('false'),
      /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
      TRUST_PROXY: z4.enum(['true', 'false']).default('false'),
      /** Largest JSON body /api accepts, in bytes. */
      API_JSON_LIMIT: z4.coerce
        .number()
        .int()
        .positive()
        .default(1024 * 1024),
      SQLITE_SYNCHRONOUS: z4.enum(['FULL', 'NORMAL']).default('FULL'),
      BRIDGE_PORT: z4.coerce.number().int().min(0).max(65535).default(3001),
      BRIDGE_RATE_LIMIT: z4.coerce.number().positive().default(50),
      /** Failed authentications per second one address may make (bursts of twice that) before it is refused unread. */
      BRIDGE_FAILED_AUTH_RATE: z4.coerce.number().positive().default(20),
      OFFLINE_AFTER_MINUTES: z4.coerce.number().int().positive().default(10),
    })
    env = readEnv()
  },
})

// hooks/system/media.ts
var stampUpload
var init_media2 = __esm({
  'hooks/system/media.ts'() {
    'use strict'
    init_roles()
    init_media()
    init_platform()
    init_errors()
    stampUpload = ({ data, operation, req }) => {
      if (isPlatformWrite(req)) return data
      const user = currentUser(req)
      if (operation === 'create') {
        data.uploadedBy = user.id
        data.area ??= DEFAULT_AREA[user.role ?? 'operator']
      }
      if (data.visibility === 'public' && !hasRole(user, 'admin', 'base-editor')) {
        throw forbidden(
          'PUBLISH_NOT_ALLOWED',
          '\u53EA\u6709\u7BA1\u7406\u5458\u548C\u5BA3\u6559\u57FA\u5730\u7F16\u8F91\u53EF\u4EE5\u53D1\u5E03\u516C\u5F00\u56FE\u7247\u3002Only admins and base editors publish images.',
          {
            field: 'visibility',
          },
        )
      }
      if (hasRole(user, 'town-official')) {
        data.town = refId(user.town)
      }
      return data
    }
  },
})

// collections/system/Media.ts
import path2 from 'node:path'
var Media
var init_Media = __esm({
  'collections/system/Media.ts'() {
    'use strict'
    init_authenticated()
    init_mediaReaders()
    init_env()
    init_media()
    init_options()
    init_relations()
    init_media2()
    init_labels()
    Media = {
      slug: 'media',
      labels: { singular: t('\u56FE\u7247', 'Image'), plural: t('\u56FE\u7247', 'Images') },
      admin: {
        group: groups.system,
        useAsTitle: 'alt',
        defaultColumns: ['filename', 'alt', 'visibility', 'area', 'uploadedBy'],
      },
      access: { read: mediaReaders, create: authenticated, update: uploaderOrAdmin, delete: uploaderOrAdmin },
      hooks: { beforeChange: [stampUpload] },
      upload: { staticDir: path2.resolve(env.DATA_DIR, 'media'), mimeTypes: ['image/*'] },
      fields: [
        { name: 'alt', type: 'text', label: t('\u8BF4\u660E', 'Caption') },
        select('visibility', t('\u53EF\u89C1\u8303\u56F4', 'Visibility'), VISIBILITY, {
          required: true,
          defaultValue: 'private',
          index: true,
        }),
        select('area', t('\u6240\u5C5E\u4E1A\u52A1', 'Belongs to'), EVIDENCE_AREAS, { index: true }),
        relation('towns', 'town', t('\u6240\u5C5E\u9547\uFF08\u8857\u9053\uFF09', 'Town'), { index: true }),
        actorField('uploadedBy', t('\u4E0A\u4F20\u4EBA', 'Uploaded by'), { index: true, sidebar: true }),
      ],
    }
  },
})

// access/adminsOrSelf.ts
var adminsOrSelf
var init_adminsOrSelf = __esm({
  'access/adminsOrSelf.ts'() {
    'use strict'
    init_roles()
    adminsOrSelf = ({ req }) => {
      const user = currentUser(req)
      if (!user) return false
      if (hasRole(user, 'admin')) return true
      return { id: { equals: user.id } }
    }
  },
})

// domain/system/attempts.ts
var LOGIN_LIMITS, AttemptGuard, pairKey
var init_attempts = __esm({
  'domain/system/attempts.ts'() {
    'use strict'
    LOGIN_LIMITS = { perAccount: 5, perAddress: 20, windowMs: 15 * 6e4, lockMs: 15 * 6e4 }
    AttemptGuard = class {
      constructor(limits = LOGIN_LIMITS, maxEntries = 5e4) {
        this.limits = limits
        this.maxEntries = maxEntries
      }
      pairs = /* @__PURE__ */ new Map()
      addresses = /* @__PURE__ */ new Map()
      /** Seconds an address must wait before trying again (0: it may try). */
      addressWait(address, now) {
        const c = this.addresses.get(address)
        return c && c.lockedUntil > now ? Math.ceil((c.lockedUntil - now) / 1e3) : 0
      }
      /** Whether this account is locked for this address. */
      accountLocked(account, address, now) {
        const c = this.pairs.get(pairKey(account, address))
        return Boolean(c && c.lockedUntil > now)
      }
      fail(account, address, now) {
        this.count(this.pairs, pairKey(account, address), this.limits.perAccount, now)
        this.count(this.addresses, address, this.limits.perAddress, now)
      }
      succeed(account, address) {
        this.pairs.delete(pairKey(account, address))
      }
      /** An admin unlocked the account: every address may try again. */
      clearAccount(account) {
        const prefix = `${account.toLowerCase()}\0`
        for (const key of this.pairs.keys()) if (key.startsWith(prefix)) this.pairs.delete(key)
      }
      count(map, key, limit, now) {
        const c = map.get(key) ?? { failures: [], lockedUntil: 0 }
        c.failures = c.failures.filter((t2) => now - t2 < this.limits.windowMs)
        c.failures.push(now)
        if (c.failures.length >= limit) {
          c.lockedUntil = now + this.limits.lockMs
          c.failures = []
        }
        map.delete(key)
        map.set(key, c)
        while (map.size > this.maxEntries) map.delete(map.keys().next().value)
      }
    }
    pairKey = (account, address) => `${account.toLowerCase()}\0${address}`
  },
})

// endpoints/system/login.ts
import { AuthenticationError, headersWithCors, loginOperation } from 'payload'
import { generatePayloadCookie } from 'payload/shared'
var GUARD, loginGuard, loginEndpoint
var init_login = __esm({
  'endpoints/system/login.ts'() {
    'use strict'
    init_attempts()
    init_errors()
    init_shared()
    GUARD = Symbol.for('fenlei.loginGuard')
    loginGuard = () => (globalThis[GUARD] ??= new AttemptGuard())
    loginEndpoint = {
      path: '/login',
      method: 'post',
      handler: async (req) => {
        const body = await readJson(req)
        const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : ''
        const password = typeof body?.password === 'string' ? body.password : ''
        const address = clientAddress(req)
        const guard = loginGuard()
        const now = Date.now()
        const wait = guard.addressWait(address, now)
        if (wait > 0) {
          throw tooMany(
            'TOO_MANY_ATTEMPTS',
            `\u767B\u5F55\u5931\u8D25\u6B21\u6570\u8FC7\u591A\uFF0C\u8BF7 ${Math.ceil(wait / 60)} \u5206\u949F\u540E\u518D\u8BD5\u3002Too many failed sign-ins; try again later.`,
            {
              retryAfter: wait,
            },
          )
        }
        if (guard.accountLocked(email, address, now)) {
          guard.fail(email, address, now)
          throw new AuthenticationError(req.t)
        }
        const collection = req.payload.collections.users
        let result
        try {
          result = await loginOperation({ collection, data: { email, password }, req })
        } catch (err) {
          if (err instanceof AuthenticationError || (err instanceof Error && err.name === 'LockedAuth')) {
            guard.fail(email, address, now)
            throw new AuthenticationError(req.t)
          }
          throw err
        }
        guard.succeed(email, address)
        const cookie = generatePayloadCookie({
          collectionAuthConfig: collection.config.auth,
          cookiePrefix: req.payload.config.cookiePrefix,
          token: result.token,
        })
        return Response.json(
          { message: req.t('authentication:passed'), ...result },
          { headers: headersWithCors({ headers: new Headers({ 'Set-Cookie': cookie }), req }) },
        )
      },
    }
  },
})

// domain/system/mail.ts
function layout(title, paragraphs) {
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>',
    escape(title),
    `</title></head><body style="font-family: 'Noto Sans CJK SC', 'PingFang SC', sans-serif; line-height: 1.7; color: #1f2a24">`,
    `<h2 style="color: #1f7a4d">${escape(title)}</h2>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '<p style="color: #6b7770; font-size: 13px">\u6B64\u90AE\u4EF6\u7531\u5206\u7C7B\uFF08Fenlei\uFF09\u5E73\u53F0\u81EA\u52A8\u53D1\u9001\uFF0C\u8BF7\u52FF\u76F4\u63A5\u56DE\u590D\u3002</p>',
    '</body></html>',
  ].join('')
}
function resetPasswordHTML(o) {
  return layout(resetPasswordSubject, [
    `${escape(o.name || '\u60A8\u597D')}\uFF1A`,
    '\u6211\u4EEC\u6536\u5230\u4E86\u91CD\u7F6E\u60A8\u5206\u7C7B\u5E73\u53F0\u767B\u5F55\u5BC6\u7801\u7684\u7533\u8BF7\u3002\u8BF7\u5728\u4E0B\u9762\u7684\u94FE\u63A5\u4E2D\u8BBE\u7F6E\u65B0\u5BC6\u7801\uFF1A',
    `<a href="${escape(o.url)}" style="color: #1f7a4d">${escape(o.url)}</a>`,
    `\u94FE\u63A5 ${o.minutes} \u5206\u949F\u5185\u6709\u6548\uFF0C\u53EA\u80FD\u4F7F\u7528\u4E00\u6B21\u3002\u5982\u679C\u8FD9\u4E0D\u662F\u60A8\u672C\u4EBA\u7684\u64CD\u4F5C\uFF0C\u8BF7\u5FFD\u7565\u6B64\u90AE\u4EF6\uFF0C\u60A8\u7684\u5BC6\u7801\u4E0D\u4F1A\u6539\u53D8\u3002`,
  ])
}
var escape, resetPasswordSubject
var init_mail = __esm({
  'domain/system/mail.ts'() {
    'use strict'
    escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
    resetPasswordSubject = '\u3010\u5206\u7C7B\u5E73\u53F0\u3011\u91CD\u7F6E\u767B\u5F55\u5BC6\u7801'
  },
})

// hooks/system/users.ts
function sameOrBothEmpty(a, b) {
  const empty2 = (v) => v === null || v === void 0 || v === ''
  if (empty2(a) && empty2(b)) return true
  if (typeof a === 'string' && typeof b === 'string') return a === b
  return sameRef(a, b)
}
var firstUserIsAdmin, GUARDED, guardRoleChanges, RESET, resetGuard, limitResetRequests, clearLocksOnUnlock, resetMail
var init_users = __esm({
  'hooks/system/users.ts'() {
    'use strict'
    init_roles()
    init_attempts()
    init_mail()
    init_shared()
    init_login()
    init_errors()
    firstUserIsAdmin = async ({ data, operation, req }) => {
      if (operation !== 'create') return data
      const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
      if (totalDocs === 0) data.role = 'admin'
      return data
    }
    GUARDED = ['role', 'town', 'educationBase']
    guardRoleChanges = ({ data, operation, originalDoc, req }) => {
      const user = currentUser(req)
      if (!user || operation !== 'update' || !originalDoc) return data
      const changed = GUARDED.filter((f) => data[f] !== void 0 && !sameOrBothEmpty(data[f], originalDoc[f]))
      if (changed.length === 0) return data
      if (!hasRole(user, 'admin')) {
        throw forbidden(
          'ROLE_ADMIN_ONLY',
          '\u53EA\u6709\u7BA1\u7406\u5458\u53EF\u4EE5\u4FEE\u6539\u89D2\u8272\u548C\u6240\u5C5E\u5355\u4F4D\u3002Only admins change roles and bindings.',
        )
      }
      if (changed.includes('role') && String(originalDoc.id) === String(user.id)) {
        throw forbidden(
          'OWN_ROLE',
          '\u4E0D\u80FD\u4FEE\u6539\u81EA\u5DF1\u7684\u89D2\u8272\u3002Nobody can change their own role.',
        )
      }
      return data
    }
    RESET = Symbol.for('fenlei.resetGuard')
    resetGuard = () =>
      (globalThis[RESET] ??= new AttemptGuard({
        perAccount: 3,
        perAddress: 10,
        windowMs: 15 * 6e4,
        lockMs: 15 * 6e4,
      }))
    limitResetRequests = ({ args, operation, req }) => {
      if (operation !== 'forgotPassword') return args
      const email = String(args.data?.email ?? '').toLowerCase()
      const address = clientAddress(req)
      const guard = resetGuard()
      const now = Date.now()
      const wait = guard.addressWait(address, now)
      if (wait > 0)
        throw tooMany(
          'TOO_MANY_ATTEMPTS',
          '\u8BF7\u6C42\u8FC7\u4E8E\u9891\u7E41\uFF0C\u8BF7\u7A0D\u540E\u518D\u8BD5\u3002Too many requests; try again later.',
          {
            retryAfter: wait,
          },
        )
      const limited = guard.accountLocked(email, address, now)
      guard.fail(email, address, now)
      return limited ? { ...args, disableEmail: true } : args
    }
    clearLocksOnUnlock = ({ args, operation, result }) => {
      if (operation === 'unlock') loginGuard().clearAccount(String(args.data?.email ?? ''))
      return result
    }
    resetMail = {
      generateEmailSubject: () => resetPasswordSubject,
      generateEmailHTML: (o) =>
        resetPasswordHTML({
          name: o?.user?.name,
          url: `${o?.req?.payload.config.serverURL || 'http://localhost:3000'}/admin/reset/${o?.token ?? ''}`,
          minutes: 60,
        }),
    }
  },
})

// collections/system/Users.ts
var binding, Users
var init_Users = __esm({
  'collections/system/Users.ts'() {
    'use strict'
    init_admins()
    init_adminsOrSelf()
    init_roles()
    init_env()
    init_login()
    init_users()
    init_labels()
    binding = (name, relationTo, role, label, missing) => ({
      name,
      type: 'relationship',
      relationTo,
      saveToJWT: true,
      label,
      admin: { condition: (_, sibling) => sibling?.role === role },
      validate: (value, { siblingData }) => siblingData?.role !== role || Boolean(value) || missing,
    })
    Users = {
      slug: 'users',
      labels: { singular: t('\u7528\u6237', 'User'), plural: t('\u7528\u6237', 'Users') },
      auth: {
        // Failed sign-ins are limited per address and account by the login endpoint (endpoints/system/login.ts),
        // not by Payload's per-account lock, which anybody could trip to lock an admin out.
        maxLoginAttempts: 0,
        tokenExpiration: 8 * 60 * 60,
        cookies: { secure: env.PUBLIC_URL?.startsWith('https://') ?? false, sameSite: 'Lax' },
        // minRequestInterval 0: Payload's own interval is a write outside the request's transaction; ours is limitResetRequests.
        forgotPassword: { expiration: 60 * 60 * 1e3, minRequestInterval: 0, ...resetMail },
      },
      endpoints: [loginEndpoint],
      admin: {
        group: groups.system,
        useAsTitle: 'name',
        defaultColumns: ['name', 'email', 'role', 'town', 'educationBase'],
        listSearchableFields: ['name', 'email', 'phone'],
      },
      access: {
        read: adminsOrSelf,
        create: admins,
        update: adminsOrSelf,
        delete: admins,
        unlock: admins,
        admin: ({ req }) => Boolean(req.user),
      },
      hooks: {
        beforeChange: [firstUserIsAdmin, guardRoleChanges],
        beforeOperation: [limitResetRequests],
        afterOperation: [clearLocksOnUnlock],
      },
      fields: [
        { name: 'name', type: 'text', required: true, label: t('\u59D3\u540D', 'Name') },
        {
          name: 'role',
          type: 'select',
          required: true,
          defaultValue: 'operator',
          options: roleOptions,
          saveToJWT: true,
          label: t('\u89D2\u8272', 'Role'),
        },
        binding(
          'town',
          'towns',
          'town-official',
          t('\u6240\u5C5E\u9547\uFF08\u8857\u9053\uFF09', 'Town'),
          '\u9547\uFF08\u8857\u9053\uFF09\u5DE5\u4F5C\u4EBA\u5458\u5FC5\u987B\u7ED1\u5B9A\u4E00\u4E2A\u9547 / a town official needs a town',
        ),
        binding(
          'educationBase',
          'education-bases',
          'base-editor',
          t('\u6240\u5C5E\u6559\u80B2\u57FA\u5730', 'Education base'),
          '\u6559\u80B2\u57FA\u5730\u7F16\u8F91\u5FC5\u987B\u7ED1\u5B9A\u4E00\u4E2A\u57FA\u5730 / a base editor needs a base',
        ),
        { name: 'phone', type: 'text', label: t('\u7535\u8BDD', 'Phone') },
      ],
    }
  },
})

// collections/system/index.ts
var systemCollections
var init_system = __esm({
  'collections/system/index.ts'() {
    'use strict'
    init_AuditLog()
    init_Media()
    init_Users()
    systemCollections = [Media, Users, AuditLog]
  },
})

// collections/index.ts
function withHouseRules(collection) {
  const audited = collection.custom?.audit !== false
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [refuseServerFields, ...(hooks.beforeChange ?? [])],
      afterChange: [...(hooks.afterChange ?? []), ...(audited ? [auditChange] : [])],
      afterDelete: [...(hooks.afterDelete ?? []), ...(audited ? [auditDelete] : [])],
    },
  }
}
var collections
var init_collections = __esm({
  'collections/index.ts'() {
    'use strict'
    init_serverFields()
    init_auditLog()
    init_assessment()
    init_countryside()
    init_devices2()
    init_operations()
    init_places()
    init_points2()
    init_publicity()
    init_system()
    collections = [
      ...placesCollections,
      ...pointsCollections,
      ...devicesCollections,
      ...countrysideCollections,
      ...assessmentCollections,
      ...operationsCollections,
      ...publicityCollections,
      ...systemCollections,
    ].map(withHouseRules)
  },
})

// hooks/points/pointRules.ts
var nextRevision, forgetCachedRules
var init_pointRules = __esm({
  'hooks/points/pointRules.ts'() {
    'use strict'
    init_rules()
    init_errors()
    nextRevision = ({ data, originalDoc }) => {
      const rules = data
      const seen = /* @__PURE__ */ new Set()
      for (const row of rules.categories ?? []) {
        if (seen.has(row.category))
          throw badRequest(
            'DUPLICATE_CATEGORY',
            `\u7C7B\u522B\u91CD\u590D\uFF1A${row.category}\u3002Each category appears once.`,
          )
        seen.add(row.category)
      }
      rules.revision = (originalDoc?.revision ?? 0) + 1
      rules.effectiveFrom ||= /* @__PURE__ */ new Date().toISOString()
      return rules
    }
    forgetCachedRules = () => forgetRules()
  },
})

// globals/points/PointRules.ts
var PointRules
var init_PointRules = __esm({
  'globals/points/PointRules.ts'() {
    'use strict'
    init_admins()
    init_staff()
    init_points()
    init_category()
    init_dates()
    init_numbers()
    init_pointRules()
    init_labels()
    PointRules = {
      slug: 'point-rules',
      label: t('\u79EF\u5206\u89C4\u5219', 'Point rules'),
      admin: { group: groups.points },
      access: { read: staff, update: admins, readVersions: staff },
      versions: { max: 200 },
      hooks: { beforeChange: [nextRevision], afterChange: [forgetCachedRules] },
      fields: [
        {
          type: 'row',
          fields: [
            wholeNumber('revision', t('\u7248\u672C\u53F7', 'Revision'), {
              readOnly: true,
              description: t('\u6BCF\u6B21\u4FDD\u5B58\u81EA\u52A8\u52A0\u4E00', 'Goes up by one on every save'),
            }),
            momentField('effectiveFrom', t('\u751F\u6548\u65F6\u95F4', 'Effective from'), { required: true }),
          ],
        },
        {
          name: 'categories',
          type: 'array',
          label: t('\u5206\u7C7B\u8BA1\u5206', 'Points per category'),
          labels: { singular: t('\u7C7B\u522B', 'Category'), plural: t('\u7C7B\u522B', 'Categories') },
          defaultValue: DEFAULT_RULES.categories,
          fields: [
            {
              type: 'row',
              fields: [
                categoryField(),
                wholeNumber('pointsPerKg', t('\u6BCF\u516C\u65A4\u79EF\u5206', 'Points per kg'), {
                  required: true,
                  defaultValue: 0,
                  min: 0,
                }),
                wholeNumber('pointsPerDrop', t('\u6BCF\u6B21\u6295\u653E\u79EF\u5206', 'Points per drop'), {
                  required: true,
                  defaultValue: 0,
                  min: 0,
                }),
                wholeNumber(
                  'minGrams',
                  t('\u6700\u4F4E\u8BA1\u5206\u91CD\u91CF\uFF08\u514B\uFF09', 'Minimum weight (g)'),
                  {
                    required: true,
                    defaultValue: 0,
                    min: 0,
                  },
                ),
              ],
            },
          ],
        },
        {
          type: 'row',
          fields: [
            wholeNumber('dailyCap', t('\u6BCF\u5361\u6BCF\u65E5\u4E0A\u9650', 'Daily cap per card'), {
              required: true,
              defaultValue: DEFAULT_RULES.dailyCap,
              min: 0,
              description: t('0 \u8868\u793A\u4E0D\u8BBE\u4E0A\u9650', '0 = no cap'),
            }),
            wholeNumber('misSortPenalty', t('\u9519\u6295\u6263\u5206', 'Mis-sort penalty'), {
              required: true,
              defaultValue: DEFAULT_RULES.misSortPenalty,
              min: 0,
            }),
            wholeNumber(
              'pointsPerYuan',
              t('\u79EF\u5206\u5151\u6362\u6BD4\u4F8B\uFF08\u5206/\u5143\uFF09', 'Points per yuan'),
              {
                required: true,
                defaultValue: DEFAULT_RULES.pointsPerYuan,
                min: 1,
              },
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            wholeNumber('expiryDays', t('\u79EF\u5206\u6709\u6548\u671F\uFF08\u5929\uFF09', 'Expiry (days)'), {
              required: true,
              defaultValue: 0,
              min: 0,
              description: t('0 \u8868\u793A\u6C38\u4E45\u6709\u6548', '0 = never expire'),
            }),
            wholeNumber('followUpThreshold', t('\u56DE\u8BBF\u79EF\u5206\u9608\u503C', 'Follow-up threshold'), {
              required: true,
              defaultValue: DEFAULT_RULES.followUpThreshold,
              description: t(
                '\u4E00\u4E2A\u5468\u671F\u5185\u83B7\u5F97\u79EF\u5206\u4E0D\u8D85\u8FC7\u6B64\u503C\u7684\u5361\u5217\u5165\u56DE\u8BBF',
                'Cards earning at most this many points in a period need a follow-up',
              ),
            }),
          ],
        },
        {
          type: 'row',
          fields: [
            wholeNumber(
              'manualBackdateDays',
              t(
                '\u4EBA\u5DE5\u8865\u5F55\u6700\u591A\u8FFD\u6EAF\uFF08\u5929\uFF09',
                'Manual entries: days back at most',
              ),
              {
                required: true,
                defaultValue: DEFAULT_RULES.manualBackdateDays,
                min: 0,
                max: 31,
                description: t(
                  '\u4EBA\u5DE5\u5F55\u5165\u548C\u4E0A\u95E8\u56DE\u6536\u7684\u6295\u653E\u65F6\u95F4\u6700\u65E9\u53EF\u65E9\u4E8E\u73B0\u5728\u591A\u5C11\u5929',
                  'How far back a hand-entered or pickup drop may be dated',
                ),
              },
            ),
            wholeNumber(
              'deviceBacklogDays',
              t(
                '\u8BBE\u5907\u8865\u4F20\u6700\u591A\u8FFD\u6EAF\uFF08\u5929\uFF09',
                'Device backlog: days back at most',
              ),
              {
                required: true,
                defaultValue: DEFAULT_RULES.deviceBacklogDays,
                min: 0,
                max: 31,
                description: t(
                  '\u8BBE\u5907\u79BB\u7EBF\u671F\u95F4\u79EF\u5B58\u7684\u6295\u653E\u6700\u591A\u53EF\u8865\u4F20\u591A\u5C11\u5929\u524D\u7684',
                  'How far back a device may deliver drops it kept while offline',
                ),
              },
            ),
          ],
        },
      ],
    }
  },
})

// migrations/20261129_043721_initial.ts
import { sql } from '@payloadcms/db-sqlite'
async function up({ db, payload: payload2, req }) {
  await db.run(sql`CREATE TABLE \`towns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text DEFAULT 'town' NOT NULL,
  	\`code\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`towns_name_idx\` ON \`towns\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`towns_code_idx\` ON \`towns\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`towns_updated_at_idx\` ON \`towns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`towns_created_at_idx\` ON \`towns\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`villages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`town_id\` integer NOT NULL,
  	\`kind\` text DEFAULT 'village',
  	\`registered_population\` numeric DEFAULT 0 NOT NULL,
  	\`market_contract\` integer DEFAULT false,
  	\`runs_sorting\` integer DEFAULT false,
  	\`sorting_scheme\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`villages_name_idx\` ON \`villages\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`villages_town_idx\` ON \`villages\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_updated_at_idx\` ON \`villages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`villages_created_at_idx\` ON \`villages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sites\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`town_id\` integer NOT NULL,
  	\`village_id\` integer,
  	\`address\` text,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`sorted_collection\` integer DEFAULT false,
  	\`households\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sites_name_idx\` ON \`sites\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`sites_town_idx\` ON \`sites\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_village_idx\` ON \`sites\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`education_bases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`site_id\` integer,
  	\`intro\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`education_bases_name_idx\` ON \`education_bases\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`education_bases_site_idx\` ON \`education_bases\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`education_bases_updated_at_idx\` ON \`education_bases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`education_bases_created_at_idx\` ON \`education_bases\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'operator' NOT NULL,
  	\`town_id\` integer,
  	\`education_base_id\` integer,
  	\`phone\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`education_base_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_town_idx\` ON \`users\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`users_education_base_idx\` ON \`users\` (\`education_base_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`towns_id\` integer,
  	\`villages_id\` integer,
  	\`sites_id\` integer,
  	\`education_bases_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`towns_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_towns_id_idx\` ON \`payload_locked_documents_rels\` (\`towns_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}
async function down({ db, payload: payload2, req }) {
  await db.run(sql`DROP TABLE \`towns\`;`)
  await db.run(sql`DROP TABLE \`villages\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`DROP TABLE \`education_bases\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
var init_initial = __esm({
  'migrations/20261129_043721_initial.ts'() {
    'use strict'
  },
})

// migrations/20261129_051313_points_engine.ts
import { sql as sql2 } from '@payloadcms/db-sqlite'
async function up2({ db, payload: payload2, req }) {
  await db.run(sql2`CREATE TABLE \`cards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`card_number\` text NOT NULL,
  	\`status\` text DEFAULT 'active' NOT NULL,
  	\`balance\` numeric DEFAULT 0,
  	\`holder_kind\` text DEFAULT 'household' NOT NULL,
  	\`holder_name\` text,
  	\`phone\` text,
  	\`phone_masked\` text,
  	\`building\` text,
  	\`unit\` text,
  	\`room\` text,
  	\`office_name\` text,
  	\`site_id\` integer NOT NULL,
  	\`channel\` text DEFAULT 'booth' NOT NULL,
  	\`issued_at\` text NOT NULL,
  	\`replaces_id\` integer,
  	\`replaced_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaces_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`replaced_by_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE UNIQUE INDEX \`cards_card_number_idx\` ON \`cards\` (\`card_number\`);`)
  await db.run(sql2`CREATE INDEX \`cards_status_idx\` ON \`cards\` (\`status\`);`)
  await db.run(sql2`CREATE INDEX \`cards_site_idx\` ON \`cards\` (\`site_id\`);`)
  await db.run(sql2`CREATE INDEX \`cards_issued_at_idx\` ON \`cards\` (\`issued_at\`);`)
  await db.run(sql2`CREATE INDEX \`cards_replaces_idx\` ON \`cards\` (\`replaces_id\`);`)
  await db.run(sql2`CREATE INDEX \`cards_replaced_by_idx\` ON \`cards\` (\`replaced_by_id\`);`)
  await db.run(sql2`CREATE INDEX \`cards_updated_at_idx\` ON \`cards\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`cards_created_at_idx\` ON \`cards\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`card_batches\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`prefix\` text DEFAULT '',
  	\`start\` numeric NOT NULL,
  	\`count\` numeric NOT NULL,
  	\`digits\` numeric DEFAULT 6 NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`channel\` text DEFAULT 'booth' NOT NULL,
  	\`holder_kind\` text DEFAULT 'household' NOT NULL,
  	\`issued_at\` text,
  	\`first_number\` text,
  	\`last_number\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`card_batches_site_idx\` ON \`card_batches\` (\`site_id\`);`)
  await db.run(sql2`CREATE INDEX \`card_batches_updated_at_idx\` ON \`card_batches\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`card_batches_created_at_idx\` ON \`card_batches\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`card_replacements\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`old_card_id\` integer NOT NULL,
  	\`new_card_number\` text NOT NULL,
  	\`reason\` text DEFAULT 'lost' NOT NULL,
  	\`note\` text,
  	\`new_card_id\` integer,
  	\`moved_points\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`old_card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`new_card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`card_replacements_old_card_idx\` ON \`card_replacements\` (\`old_card_id\`);`)
  await db.run(sql2`CREATE INDEX \`card_replacements_new_card_idx\` ON \`card_replacements\` (\`new_card_id\`);`)
  await db.run(sql2`CREATE INDEX \`card_replacements_updated_at_idx\` ON \`card_replacements\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`card_replacements_created_at_idx\` ON \`card_replacements\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`drop_offs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`card_id\` integer NOT NULL,
  	\`category\` text NOT NULL,
  	\`grams\` numeric NOT NULL,
  	\`occurred_at\` text NOT NULL,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`source_ref\` text,
  	\`site_id\` integer,
  	\`points\` numeric,
  	\`outcome\` text,
  	\`balance_after\` numeric,
  	\`rules_revision\` numeric,
  	\`idempotency_key\` text,
  	\`recorded_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`recorded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`drop_offs_card_idx\` ON \`drop_offs\` (\`card_id\`);`)
  await db.run(sql2`CREATE INDEX \`drop_offs_occurred_at_idx\` ON \`drop_offs\` (\`occurred_at\`);`)
  await db.run(sql2`CREATE INDEX \`drop_offs_source_ref_idx\` ON \`drop_offs\` (\`source_ref\`);`)
  await db.run(sql2`CREATE INDEX \`drop_offs_site_idx\` ON \`drop_offs\` (\`site_id\`);`)
  await db.run(sql2`CREATE UNIQUE INDEX \`drop_offs_idempotency_key_idx\` ON \`drop_offs\` (\`idempotency_key\`);`)
  await db.run(sql2`CREATE INDEX \`drop_offs_recorded_by_idx\` ON \`drop_offs\` (\`recorded_by_id\`);`)
  await db.run(sql2`CREATE INDEX \`drop_offs_updated_at_idx\` ON \`drop_offs\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`drop_offs_created_at_idx\` ON \`drop_offs\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`point_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`card_id\` integer NOT NULL,
  	\`delta\` numeric NOT NULL,
  	\`reason\` text DEFAULT 'adjustment' NOT NULL,
  	\`note\` text,
  	\`balance_after\` numeric,
  	\`cause\` text,
  	\`actor_id\` integer,
  	\`rules_revision\` numeric,
  	\`idempotency_key\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`actor_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`point_entries_card_idx\` ON \`point_entries\` (\`card_id\`);`)
  await db.run(sql2`CREATE INDEX \`point_entries_reason_idx\` ON \`point_entries\` (\`reason\`);`)
  await db.run(sql2`CREATE INDEX \`point_entries_actor_idx\` ON \`point_entries\` (\`actor_id\`);`)
  await db.run(
    sql2`CREATE UNIQUE INDEX \`point_entries_idempotency_key_idx\` ON \`point_entries\` (\`idempotency_key\`);`,
  )
  await db.run(sql2`CREATE INDEX \`point_entries_updated_at_idx\` ON \`point_entries\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`point_entries_created_at_idx\` ON \`point_entries\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`card_days\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`card_id\` integer NOT NULL,
  	\`day\` text NOT NULL,
  	\`drops\` numeric DEFAULT 0 NOT NULL,
  	\`grams\` numeric DEFAULT 0 NOT NULL,
  	\`points\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`card_days_card_idx\` ON \`card_days\` (\`card_id\`);`)
  await db.run(sql2`CREATE INDEX \`card_days_day_idx\` ON \`card_days\` (\`day\`);`)
  await db.run(sql2`CREATE INDEX \`card_days_updated_at_idx\` ON \`card_days\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`card_days_created_at_idx\` ON \`card_days\` (\`created_at\`);`)
  await db.run(sql2`CREATE UNIQUE INDEX \`card_day_idx\` ON \`card_days\` (\`card_id\`,\`day\`);`)
  await db.run(sql2`CREATE TABLE \`sorting_checks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`site_id\` integer NOT NULL,
  	\`card_id\` integer,
  	\`checked_at\` text,
  	\`result\` text NOT NULL,
  	\`source\` text DEFAULT 'inspector' NOT NULL,
  	\`confirmed\` integer DEFAULT false,
  	\`photo_id\` integer,
  	\`note\` text,
  	\`inspector_id\` integer,
  	\`penalty_posted\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`photo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inspector_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`sorting_checks_site_idx\` ON \`sorting_checks\` (\`site_id\`);`)
  await db.run(sql2`CREATE INDEX \`sorting_checks_card_idx\` ON \`sorting_checks\` (\`card_id\`);`)
  await db.run(sql2`CREATE INDEX \`sorting_checks_checked_at_idx\` ON \`sorting_checks\` (\`checked_at\`);`)
  await db.run(sql2`CREATE INDEX \`sorting_checks_photo_idx\` ON \`sorting_checks\` (\`photo_id\`);`)
  await db.run(sql2`CREATE INDEX \`sorting_checks_inspector_idx\` ON \`sorting_checks\` (\`inspector_id\`);`)
  await db.run(sql2`CREATE INDEX \`sorting_checks_updated_at_idx\` ON \`sorting_checks\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`sorting_checks_created_at_idx\` ON \`sorting_checks\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`rewards\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`image_id\` integer,
  	\`kind\` text DEFAULT 'goods' NOT NULL,
  	\`points_cost\` numeric DEFAULT 0,
  	\`fee_fen\` numeric,
  	\`audience\` text DEFAULT 'both' NOT NULL,
  	\`stock\` numeric,
  	\`active\` integer DEFAULT true,
  	\`active_from\` text,
  	\`active_until\` text,
  	\`description\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`rewards_image_idx\` ON \`rewards\` (\`image_id\`);`)
  await db.run(sql2`CREATE INDEX \`rewards_updated_at_idx\` ON \`rewards\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`rewards_created_at_idx\` ON \`rewards\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`redemptions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`card_id\` integer NOT NULL,
  	\`reward_id\` integer NOT NULL,
  	\`quantity\` numeric DEFAULT 1 NOT NULL,
  	\`points\` numeric,
  	\`channel\` text DEFAULT 'counter' NOT NULL,
  	\`status\` text DEFAULT 'completed' NOT NULL,
  	\`cancelled_at\` text,
  	\`idempotency_key\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reward_id\`) REFERENCES \`rewards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`redemptions_card_idx\` ON \`redemptions\` (\`card_id\`);`)
  await db.run(sql2`CREATE INDEX \`redemptions_reward_idx\` ON \`redemptions\` (\`reward_id\`);`)
  await db.run(sql2`CREATE UNIQUE INDEX \`redemptions_idempotency_key_idx\` ON \`redemptions\` (\`idempotency_key\`);`)
  await db.run(sql2`CREATE INDEX \`redemptions_updated_at_idx\` ON \`redemptions\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`redemptions_created_at_idx\` ON \`redemptions\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`follow_ups_contacts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`by_id\` integer,
  	\`method\` text DEFAULT 'phone' NOT NULL,
  	\`outcome\` text NOT NULL,
  	\`next_step\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql2`CREATE INDEX \`follow_ups_contacts_order_idx\` ON \`follow_ups_contacts\` (\`_order\`);`)
  await db.run(sql2`CREATE INDEX \`follow_ups_contacts_parent_id_idx\` ON \`follow_ups_contacts\` (\`_parent_id\`);`)
  await db.run(sql2`CREATE INDEX \`follow_ups_contacts_by_idx\` ON \`follow_ups_contacts\` (\`by_id\`);`)
  await db.run(sql2`CREATE TABLE \`follow_ups\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`card_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`period_from\` text,
  	\`period_to\` text,
  	\`points_in_period\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql2`CREATE INDEX \`follow_ups_card_idx\` ON \`follow_ups\` (\`card_id\`);`)
  await db.run(sql2`CREATE INDEX \`follow_ups_status_idx\` ON \`follow_ups\` (\`status\`);`)
  await db.run(sql2`CREATE INDEX \`follow_ups_updated_at_idx\` ON \`follow_ups\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`follow_ups_created_at_idx\` ON \`follow_ups\` (\`created_at\`);`)
  await db.run(sql2`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(sql2`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql2`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql2`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql2`CREATE TABLE \`point_rules_categories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`points_per_kg\` numeric DEFAULT 0 NOT NULL,
  	\`points_per_drop\` numeric DEFAULT 0 NOT NULL,
  	\`min_grams\` numeric DEFAULT 0 NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`point_rules\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql2`CREATE INDEX \`point_rules_categories_order_idx\` ON \`point_rules_categories\` (\`_order\`);`)
  await db.run(
    sql2`CREATE INDEX \`point_rules_categories_parent_id_idx\` ON \`point_rules_categories\` (\`_parent_id\`);`,
  )
  await db.run(sql2`CREATE TABLE \`point_rules\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`revision\` numeric,
  	\`effective_from\` text NOT NULL,
  	\`daily_cap\` numeric DEFAULT 200 NOT NULL,
  	\`mis_sort_penalty\` numeric DEFAULT 10 NOT NULL,
  	\`points_per_yuan\` numeric DEFAULT 100 NOT NULL,
  	\`expiry_days\` numeric DEFAULT 0 NOT NULL,
  	\`follow_up_threshold\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql2`CREATE TABLE \`_point_rules_v_version_categories\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text NOT NULL,
  	\`points_per_kg\` numeric DEFAULT 0 NOT NULL,
  	\`points_per_drop\` numeric DEFAULT 0 NOT NULL,
  	\`min_grams\` numeric DEFAULT 0 NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_point_rules_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql2`CREATE INDEX \`_point_rules_v_version_categories_order_idx\` ON \`_point_rules_v_version_categories\` (\`_order\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`_point_rules_v_version_categories_parent_id_idx\` ON \`_point_rules_v_version_categories\` (\`_parent_id\`);`,
  )
  await db.run(sql2`CREATE TABLE \`_point_rules_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_revision\` numeric,
  	\`version_effective_from\` text NOT NULL,
  	\`version_daily_cap\` numeric DEFAULT 200 NOT NULL,
  	\`version_mis_sort_penalty\` numeric DEFAULT 10 NOT NULL,
  	\`version_points_per_yuan\` numeric DEFAULT 100 NOT NULL,
  	\`version_expiry_days\` numeric DEFAULT 0 NOT NULL,
  	\`version_follow_up_threshold\` numeric DEFAULT 0 NOT NULL,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql2`CREATE INDEX \`_point_rules_v_created_at_idx\` ON \`_point_rules_v\` (\`created_at\`);`)
  await db.run(sql2`CREATE INDEX \`_point_rules_v_updated_at_idx\` ON \`_point_rules_v\` (\`updated_at\`);`)
  await db.run(sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cards_id\` integer REFERENCES cards(id);`)
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`card_batches_id\` integer REFERENCES card_batches(id);`,
  )
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`card_replacements_id\` integer REFERENCES card_replacements(id);`,
  )
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`drop_offs_id\` integer REFERENCES drop_offs(id);`,
  )
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`point_entries_id\` integer REFERENCES point_entries(id);`,
  )
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`card_days_id\` integer REFERENCES card_days(id);`,
  )
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sorting_checks_id\` integer REFERENCES sorting_checks(id);`,
  )
  await db.run(sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rewards_id\` integer REFERENCES rewards(id);`)
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redemptions_id\` integer REFERENCES redemptions(id);`,
  )
  await db.run(
    sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`follow_ups_id\` integer REFERENCES follow_ups(id);`,
  )
  await db.run(sql2`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_cards_id_idx\` ON \`payload_locked_documents_rels\` (\`cards_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_card_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`card_batches_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_card_replacements_id_idx\` ON \`payload_locked_documents_rels\` (\`card_replacements_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_drop_offs_id_idx\` ON \`payload_locked_documents_rels\` (\`drop_offs_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_point_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`point_entries_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_card_days_id_idx\` ON \`payload_locked_documents_rels\` (\`card_days_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_sorting_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`sorting_checks_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_rewards_id_idx\` ON \`payload_locked_documents_rels\` (\`rewards_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_redemptions_id_idx\` ON \`payload_locked_documents_rels\` (\`redemptions_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
}
async function down2({ db, payload: payload2, req }) {
  await db.run(sql2`DROP TABLE \`cards\`;`)
  await db.run(sql2`DROP TABLE \`card_batches\`;`)
  await db.run(sql2`DROP TABLE \`card_replacements\`;`)
  await db.run(sql2`DROP TABLE \`drop_offs\`;`)
  await db.run(sql2`DROP TABLE \`point_entries\`;`)
  await db.run(sql2`DROP TABLE \`card_days\`;`)
  await db.run(sql2`DROP TABLE \`sorting_checks\`;`)
  await db.run(sql2`DROP TABLE \`rewards\`;`)
  await db.run(sql2`DROP TABLE \`redemptions\`;`)
  await db.run(sql2`DROP TABLE \`follow_ups_contacts\`;`)
  await db.run(sql2`DROP TABLE \`follow_ups\`;`)
  await db.run(sql2`DROP TABLE \`media\`;`)
  await db.run(sql2`DROP TABLE \`point_rules_categories\`;`)
  await db.run(sql2`DROP TABLE \`point_rules\`;`)
  await db.run(sql2`DROP TABLE \`_point_rules_v_version_categories\`;`)
  await db.run(sql2`DROP TABLE \`_point_rules_v\`;`)
  await db.run(sql2`PRAGMA foreign_keys=OFF;`)
  await db.run(sql2`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`towns_id\` integer,
  	\`villages_id\` integer,
  	\`sites_id\` integer,
  	\`education_bases_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`towns_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql2`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "education_bases_id", "users_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "education_bases_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql2`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql2`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql2`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_towns_id_idx\` ON \`payload_locked_documents_rels\` (\`towns_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`,
  )
  await db.run(
    sql2`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
}
var init_points_engine = __esm({
  'migrations/20261129_051313_points_engine.ts'() {
    'use strict'
  },
})

// migrations/20261129_053214_device_bridge.ts
import { sql as sql3 } from '@payloadcms/db-sqlite'
async function up3({ db, payload: payload2, req }) {
  await db.run(sql3`CREATE TABLE \`bins_compartments\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`category\` text NOT NULL,
  	\`capacity_litres\` numeric,
  	\`fill_percent\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`bins\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql3`CREATE INDEX \`bins_compartments_order_idx\` ON \`bins_compartments\` (\`_order\`);`)
  await db.run(sql3`CREATE INDEX \`bins_compartments_parent_id_idx\` ON \`bins_compartments\` (\`_parent_id\`);`)
  await db.run(sql3`CREATE TABLE \`bins\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`device_id\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`status\` text DEFAULT 'offline' NOT NULL,
  	\`vendor\` text,
  	\`model\` text,
  	\`firmware\` text,
  	\`site_id\` integer NOT NULL,
  	\`latitude\` numeric,
  	\`longitude\` numeric,
  	\`audience\` text DEFAULT 'both' NOT NULL,
  	\`last_seen_at\` text,
  	\`commissioned_at\` text,
  	\`cost_fen\` numeric,
  	\`telemetry\` text,
  	\`rotate_secret\` integer DEFAULT false,
  	\`secret_rotated_at\` text,
  	\`secret_sealed\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql3`CREATE UNIQUE INDEX \`bins_device_id_idx\` ON \`bins\` (\`device_id\`);`)
  await db.run(sql3`CREATE INDEX \`bins_status_idx\` ON \`bins\` (\`status\`);`)
  await db.run(sql3`CREATE INDEX \`bins_site_idx\` ON \`bins\` (\`site_id\`);`)
  await db.run(sql3`CREATE INDEX \`bins_last_seen_at_idx\` ON \`bins\` (\`last_seen_at\`);`)
  await db.run(sql3`CREATE INDEX \`bins_updated_at_idx\` ON \`bins\` (\`updated_at\`);`)
  await db.run(sql3`CREATE INDEX \`bins_created_at_idx\` ON \`bins\` (\`created_at\`);`)
  await db.run(sql3`CREATE TABLE \`alerts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`bin_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`severity\` text NOT NULL,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`opened_at\` text NOT NULL,
  	\`last_at\` text,
  	\`count\` numeric DEFAULT 1,
  	\`detail\` text,
  	\`acknowledged_at\` text,
  	\`acknowledged_by_id\` integer,
  	\`closed_at\` text,
  	\`closed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`bin_id\`) REFERENCES \`bins\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`acknowledged_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`closed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql3`CREATE INDEX \`alerts_bin_idx\` ON \`alerts\` (\`bin_id\`);`)
  await db.run(sql3`CREATE INDEX \`alerts_status_idx\` ON \`alerts\` (\`status\`);`)
  await db.run(sql3`CREATE INDEX \`alerts_acknowledged_by_idx\` ON \`alerts\` (\`acknowledged_by_id\`);`)
  await db.run(sql3`CREATE INDEX \`alerts_closed_by_idx\` ON \`alerts\` (\`closed_by_id\`);`)
  await db.run(sql3`CREATE INDEX \`alerts_updated_at_idx\` ON \`alerts\` (\`updated_at\`);`)
  await db.run(sql3`CREATE INDEX \`alerts_created_at_idx\` ON \`alerts\` (\`created_at\`);`)
  await db.run(sql3`CREATE TABLE \`device_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`received_at\` text NOT NULL,
  	\`device_id\` text,
  	\`bin_id\` integer,
  	\`endpoint\` text NOT NULL,
  	\`status\` numeric NOT NULL,
  	\`code\` text,
  	\`events\` numeric,
  	\`body\` text,
  	\`response\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`bin_id\`) REFERENCES \`bins\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql3`CREATE INDEX \`device_events_received_at_idx\` ON \`device_events\` (\`received_at\`);`)
  await db.run(sql3`CREATE INDEX \`device_events_device_id_idx\` ON \`device_events\` (\`device_id\`);`)
  await db.run(sql3`CREATE INDEX \`device_events_bin_idx\` ON \`device_events\` (\`bin_id\`);`)
  await db.run(sql3`CREATE INDEX \`device_events_code_idx\` ON \`device_events\` (\`code\`);`)
  await db.run(sql3`CREATE INDEX \`device_events_updated_at_idx\` ON \`device_events\` (\`updated_at\`);`)
  await db.run(sql3`CREATE INDEX \`device_events_created_at_idx\` ON \`device_events\` (\`created_at\`);`)
  await db.run(sql3`CREATE TABLE \`device_receipts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`fingerprint\` text,
  	\`outcome\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql3`CREATE UNIQUE INDEX \`device_receipts_key_idx\` ON \`device_receipts\` (\`key\`);`)
  await db.run(sql3`CREATE INDEX \`device_receipts_updated_at_idx\` ON \`device_receipts\` (\`updated_at\`);`)
  await db.run(sql3`CREATE INDEX \`device_receipts_created_at_idx\` ON \`device_receipts\` (\`created_at\`);`)
  await db.run(sql3`ALTER TABLE \`payload_locked_documents_rels\` ADD \`bins_id\` integer REFERENCES bins(id);`)
  await db.run(sql3`ALTER TABLE \`payload_locked_documents_rels\` ADD \`alerts_id\` integer REFERENCES alerts(id);`)
  await db.run(
    sql3`ALTER TABLE \`payload_locked_documents_rels\` ADD \`device_events_id\` integer REFERENCES device_events(id);`,
  )
  await db.run(
    sql3`ALTER TABLE \`payload_locked_documents_rels\` ADD \`device_receipts_id\` integer REFERENCES device_receipts(id);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_bins_id_idx\` ON \`payload_locked_documents_rels\` (\`bins_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_device_events_id_idx\` ON \`payload_locked_documents_rels\` (\`device_events_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_device_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`device_receipts_id\`);`,
  )
}
async function down3({ db, payload: payload2, req }) {
  await db.run(sql3`DROP TABLE \`bins_compartments\`;`)
  await db.run(sql3`DROP TABLE \`bins\`;`)
  await db.run(sql3`DROP TABLE \`alerts\`;`)
  await db.run(sql3`DROP TABLE \`device_events\`;`)
  await db.run(sql3`DROP TABLE \`device_receipts\`;`)
  await db.run(sql3`PRAGMA foreign_keys=OFF;`)
  await db.run(sql3`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`towns_id\` integer,
  	\`villages_id\` integer,
  	\`sites_id\` integer,
  	\`cards_id\` integer,
  	\`card_batches_id\` integer,
  	\`card_replacements_id\` integer,
  	\`drop_offs_id\` integer,
  	\`point_entries_id\` integer,
  	\`card_days_id\` integer,
  	\`sorting_checks_id\` integer,
  	\`rewards_id\` integer,
  	\`redemptions_id\` integer,
  	\`follow_ups_id\` integer,
  	\`education_bases_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`towns_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cards_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_batches_id\`) REFERENCES \`card_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_replacements_id\`) REFERENCES \`card_replacements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drop_offs_id\`) REFERENCES \`drop_offs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`point_entries_id\`) REFERENCES \`point_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_days_id\`) REFERENCES \`card_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sorting_checks_id\`) REFERENCES \`sorting_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rewards_id\`) REFERENCES \`rewards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redemptions_id\`) REFERENCES \`redemptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql3`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "education_bases_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "education_bases_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql3`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql3`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql3`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_towns_id_idx\` ON \`payload_locked_documents_rels\` (\`towns_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_cards_id_idx\` ON \`payload_locked_documents_rels\` (\`cards_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_card_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`card_batches_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_card_replacements_id_idx\` ON \`payload_locked_documents_rels\` (\`card_replacements_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_drop_offs_id_idx\` ON \`payload_locked_documents_rels\` (\`drop_offs_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_point_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`point_entries_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_card_days_id_idx\` ON \`payload_locked_documents_rels\` (\`card_days_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_sorting_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`sorting_checks_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_rewards_id_idx\` ON \`payload_locked_documents_rels\` (\`rewards_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_redemptions_id_idx\` ON \`payload_locked_documents_rels\` (\`redemptions_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql3`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
}
var init_device_bridge = __esm({
  'migrations/20261129_053214_device_bridge.ts'() {
    'use strict'
  },
})

// migrations/20261129_144855_security_and_audit.ts
import { sql as sql4 } from '@payloadcms/db-sqlite'
async function up4({ db, payload: payload2, req }) {
  await db.run(sql4`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer,
  	\`role\` text,
  	\`operation\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`record_id\` text NOT NULL,
  	\`summary\` text,
  	\`changes\` text,
  	\`via\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql4`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql4`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql4`CREATE INDEX \`audit_log_collection_slug_idx\` ON \`audit_log\` (\`collection_slug\`);`)
  await db.run(sql4`CREATE INDEX \`audit_log_record_id_idx\` ON \`audit_log\` (\`record_id\`);`)
  await db.run(sql4`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql4`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql4`ALTER TABLE \`drop_offs\` ADD \`note\` text;`)
  await db.run(sql4`ALTER TABLE \`alerts\` ADD \`resolution\` text;`)
  await db.run(sql4`ALTER TABLE \`device_events\` ADD \`client_address\` text;`)
  await db.run(sql4`ALTER TABLE \`device_events\` ADD \`repeats\` numeric;`)
  await db.run(sql4`ALTER TABLE \`media\` ADD \`visibility\` text DEFAULT 'private' NOT NULL;`)
  await db.run(sql4`ALTER TABLE \`media\` ADD \`area\` text;`)
  await db.run(sql4`ALTER TABLE \`media\` ADD \`town_id\` integer REFERENCES towns(id);`)
  await db.run(sql4`ALTER TABLE \`media\` ADD \`uploaded_by_id\` integer REFERENCES users(id);`)
  await db.run(sql4`CREATE INDEX \`media_visibility_idx\` ON \`media\` (\`visibility\`);`)
  await db.run(sql4`CREATE INDEX \`media_area_idx\` ON \`media\` (\`area\`);`)
  await db.run(sql4`CREATE INDEX \`media_town_idx\` ON \`media\` (\`town_id\`);`)
  await db.run(sql4`CREATE INDEX \`media_uploaded_by_idx\` ON \`media\` (\`uploaded_by_id\`);`)
  await db.run(
    sql4`ALTER TABLE \`payload_locked_documents_rels\` ADD \`audit_log_id\` integer REFERENCES audit_log(id);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`,
  )
  await db.run(sql4`ALTER TABLE \`point_rules\` ADD \`manual_backdate_days\` numeric DEFAULT 2 NOT NULL;`)
  await db.run(sql4`ALTER TABLE \`point_rules\` ADD \`device_backlog_days\` numeric DEFAULT 7 NOT NULL;`)
  await db.run(sql4`ALTER TABLE \`_point_rules_v\` ADD \`version_manual_backdate_days\` numeric DEFAULT 2 NOT NULL;`)
  await db.run(sql4`ALTER TABLE \`_point_rules_v\` ADD \`version_device_backlog_days\` numeric DEFAULT 7 NOT NULL;`)
  await db.run(sql4`ALTER TABLE \`users\` DROP COLUMN \`reset_password_requested_at\`;`)
  await db.run(sql4`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql4`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}
async function down4({ db, payload: payload2, req }) {
  await db.run(sql4`DROP TABLE \`audit_log\`;`)
  await db.run(sql4`PRAGMA foreign_keys=OFF;`)
  await db.run(sql4`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric
  );
  `)
  await db.run(
    sql4`INSERT INTO \`__new_media\`("id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y") SELECT "id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y" FROM \`media\`;`,
  )
  await db.run(sql4`DROP TABLE \`media\`;`)
  await db.run(sql4`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql4`PRAGMA foreign_keys=ON;`)
  await db.run(sql4`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql4`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql4`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql4`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`towns_id\` integer,
  	\`villages_id\` integer,
  	\`sites_id\` integer,
  	\`cards_id\` integer,
  	\`card_batches_id\` integer,
  	\`card_replacements_id\` integer,
  	\`drop_offs_id\` integer,
  	\`point_entries_id\` integer,
  	\`card_days_id\` integer,
  	\`sorting_checks_id\` integer,
  	\`rewards_id\` integer,
  	\`redemptions_id\` integer,
  	\`follow_ups_id\` integer,
  	\`bins_id\` integer,
  	\`alerts_id\` integer,
  	\`device_events_id\` integer,
  	\`device_receipts_id\` integer,
  	\`education_bases_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`towns_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cards_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_batches_id\`) REFERENCES \`card_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_replacements_id\`) REFERENCES \`card_replacements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drop_offs_id\`) REFERENCES \`drop_offs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`point_entries_id\`) REFERENCES \`point_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_days_id\`) REFERENCES \`card_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sorting_checks_id\`) REFERENCES \`sorting_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rewards_id\`) REFERENCES \`rewards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redemptions_id\`) REFERENCES \`redemptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bins_id\`) REFERENCES \`bins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`device_events_id\`) REFERENCES \`device_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`device_receipts_id\`) REFERENCES \`device_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql4`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "education_bases_id", "media_id", "users_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "education_bases_id", "media_id", "users_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql4`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql4`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_towns_id_idx\` ON \`payload_locked_documents_rels\` (\`towns_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_cards_id_idx\` ON \`payload_locked_documents_rels\` (\`cards_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_card_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`card_batches_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_card_replacements_id_idx\` ON \`payload_locked_documents_rels\` (\`card_replacements_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_drop_offs_id_idx\` ON \`payload_locked_documents_rels\` (\`drop_offs_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_point_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`point_entries_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_card_days_id_idx\` ON \`payload_locked_documents_rels\` (\`card_days_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_sorting_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`sorting_checks_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_rewards_id_idx\` ON \`payload_locked_documents_rels\` (\`rewards_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_redemptions_id_idx\` ON \`payload_locked_documents_rels\` (\`redemptions_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_bins_id_idx\` ON \`payload_locked_documents_rels\` (\`bins_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_device_events_id_idx\` ON \`payload_locked_documents_rels\` (\`device_events_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_device_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`device_receipts_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql4`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(sql4`ALTER TABLE \`users\` ADD \`reset_password_requested_at\` text;`)
  await db.run(sql4`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql4`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
  await db.run(sql4`ALTER TABLE \`drop_offs\` DROP COLUMN \`note\`;`)
  await db.run(sql4`ALTER TABLE \`alerts\` DROP COLUMN \`resolution\`;`)
  await db.run(sql4`ALTER TABLE \`device_events\` DROP COLUMN \`client_address\`;`)
  await db.run(sql4`ALTER TABLE \`device_events\` DROP COLUMN \`repeats\`;`)
  await db.run(sql4`ALTER TABLE \`point_rules\` DROP COLUMN \`manual_backdate_days\`;`)
  await db.run(sql4`ALTER TABLE \`point_rules\` DROP COLUMN \`device_backlog_days\`;`)
  await db.run(sql4`ALTER TABLE \`_point_rules_v\` DROP COLUMN \`version_manual_backdate_days\`;`)
  await db.run(sql4`ALTER TABLE \`_point_rules_v\` DROP COLUMN \`version_device_backlog_days\`;`)
}
var init_security_and_audit = __esm({
  'migrations/20261129_144855_security_and_audit.ts'() {
    'use strict'
  },
})

// migrations/index.ts
var migrations
var init_migrations = __esm({
  'migrations/index.ts'() {
    'use strict'
    init_initial()
    init_points_engine()
    init_device_bridge()
    init_security_and_audit()
    migrations = [
      {
        up,
        down,
        name: '20261129_043721_initial',
      },
      {
        up: up2,
        down: down2,
        name: '20261129_051313_points_engine',
      },
      {
        up: up3,
        down: down3,
        name: '20261129_053214_device_bridge',
      },
      {
        up: up4,
        down: down4,
        name: '20261129_144855_security_and_audit',
      },
    ]
  },
})

// db/mongoTransactions.ts
function supportsTransactions(hello) {
  return Boolean(hello.setName) || hello.msg === 'isdbgrid'
}
function assertTransactionsSupported(hello, allowWithout) {
  if (supportsTransactions(hello) || allowWithout) return
  throw new Error(
    'MongoDB at DATABASE_URL is a standalone server: it cannot run transactions, which Fenlei needs to keep points and payouts exact. Use a replica set (add ?replicaSet=<name>), or set MONGODB_ALLOW_NO_TRANSACTIONS=true to start anyway. MongoDB \u4E0D\u662F\u526F\u672C\u96C6\uFF0C\u65E0\u6CD5\u4F7F\u7528\u4E8B\u52A1\u3002',
  )
}
var init_mongoTransactions = __esm({
  'db/mongoTransactions.ts'() {
    'use strict'
  },
})

// db/serialTransactions.ts
import { AsyncLocalStorage } from 'node:async_hooks'
import crypto4 from 'node:crypto'
import { createClient } from '@libsql/client'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
function writeGateFor(key) {
  const g = globalThis
  const gates = (g[GATES] ??= /* @__PURE__ */ new Map())
  let gate = gates.get(key)
  if (!gate) gates.set(key, (gate = new WriteGate()))
  return gate
}
function serializeSqliteTransactions(adapterObj, options2) {
  const { key, synchronous = 'FULL', waitTimeoutMs = 3e4, busyTimeoutMs = 5e3 } = options2
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const inner = adapter
      const gate = writeGateFor(key)
      const releases = /* @__PURE__ */ new Map()
      let writer
      const writerConnection = async () => {
        if (!writer) {
          const client = createClient(inner.clientConfig)
          await client.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
          await client.execute(`PRAGMA synchronous = ${synchronous}`)
          writer = { client, db: drizzle(client, { schema: inner.schema, logger: false }) }
        }
        return writer
      }
      adapter.beginTransaction = async function () {
        const release = await gate.acquire(waitTimeoutMs, 'a transaction')
        try {
          const { client, db } = await writerConnection()
          await client.execute('BEGIN IMMEDIATE')
          const id = crypto4.randomUUID()
          inner.sessions[id] = {
            db,
            resolve: async () => void (await client.execute('COMMIT')),
            reject: async () => void (await client.execute('ROLLBACK')),
          }
          releases.set(id, release)
          return id
        } catch (err) {
          release()
          throw err
        }
      }
      const commit = adapter.commitTransaction
      const rollback = adapter.rollbackTransaction
      const settle = async (end, id) => {
        const resolved = String(id instanceof Promise ? await id : id)
        try {
          await end.call(adapter, resolved)
        } finally {
          releases.get(resolved)?.()
          releases.delete(resolved)
        }
      }
      adapter.commitTransaction = (id) => settle(commit, id)
      adapter.rollbackTransaction = (id) => settle(rollback, id)
      const methods = adapter
      for (const name of WRITES) {
        const original = methods[name]
        if (typeof original !== 'function') continue
        methods[name] = async function (...callArgs) {
          const inTransaction2 = Boolean(callArgs[0]?.req?.transactionID)
          if (inTransaction2 || holdingGate.getStore()) return original.apply(this, callArgs)
          const release = await gate.acquire(waitTimeoutMs, `${name} outside a transaction`)
          try {
            return await holdingGate.run(true, () => original.apply(this, callArgs))
          } finally {
            release()
          }
        }
      }
      const connect = adapter.connect
      if (connect) {
        adapter.connect = async function (connectOptions) {
          await connect.call(adapter, connectOptions)
          await inner.client?.execute(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
        }
      }
      const destroy = adapter.destroy
      adapter.destroy = async function () {
        writer?.client.close()
        writer = void 0
        await destroy?.call(adapter)
      }
      return adapter
    },
  }
}
var WriteGate, GATES, holdingGate, WRITES
var init_serialTransactions = __esm({
  'db/serialTransactions.ts'() {
    'use strict'
    WriteGate = class {
      held = false
      queue = []
      get waiting() {
        return this.queue.length
      }
      get busy() {
        return this.held
      }
      acquire(timeoutMs, what = 'a write') {
        return new Promise((resolve, reject) => {
          const wait = {}
          const grant = () => {
            if (wait.timer) clearTimeout(wait.timer)
            this.held = true
            let released = false
            resolve(() => {
              if (released) return
              released = true
              this.held = false
              this.queue.shift()?.()
            })
          }
          if (!this.held) return grant()
          this.queue.push(grant)
          wait.timer = setTimeout(() => {
            const at = this.queue.indexOf(grant)
            if (at >= 0) this.queue.splice(at, 1)
            reject(
              new Error(
                `Timed out after ${timeoutMs} ms waiting for the SQLite write gate (${what}). Another transaction is still open: a Local API call inside a hook probably forgot to pass \`req\`.`,
              ),
            )
          }, timeoutMs)
        })
      }
    }
    GATES = Symbol.for('fenlei.sqlite.writeGates')
    holdingGate = new AsyncLocalStorage()
    WRITES = [
      'create',
      'createGlobal',
      'createGlobalVersion',
      'createVersion',
      'updateOne',
      'updateMany',
      'updateGlobal',
      'updateGlobalVersion',
      'updateVersion',
      'updateJobs',
      'upsert',
      'deleteOne',
      'deleteMany',
      'deleteVersions',
    ]
  },
})

// db/adapter.ts
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import path3 from 'node:path'
async function checkMongoTopology(connection, allowWithout) {
  if (!connection.db) throw new Error('MongoDB connection opened without a database handle')
  const hello = await connection.db.admin().command({ hello: 1 })
  assertTransactionsSupported(hello, allowWithout)
}
function buildDatabaseAdapter(choice, options2) {
  if (choice.kind === 'mongodb') {
    return mongooseAdapter({
      url: choice.url,
      transactionOptions: {},
      afterOpenConnection: (adapter) => checkMongoTopology(adapter.connection, options2.allowMongoWithoutTransactions),
    })
  }
  return serializeSqliteTransactions(
    sqliteAdapter({
      client: { url: choice.url },
      // WAL lets readers go on while a write commits; transactions make hooks all-or-nothing.
      // FULL: a commit is on disk before anyone hears "accepted" (points are money). NORMAL is
      // faster and safe against process crashes, but a power cut may lose the last commits.
      wal: { synchronous: options2.sqliteSynchronous ?? 'FULL' },
      transactionOptions: {},
      // Development pushes the schema (unless told not to); production applies the committed migrations at start.
      push: options2.push ?? true,
      migrationDir: MIGRATIONS_DIR,
      prodMigrations: migrations,
    }),
    { key: choice.file, synchronous: options2.sqliteSynchronous ?? 'FULL' },
  )
}
var MIGRATIONS_DIR
var init_adapter = __esm({
  'db/adapter.ts'() {
    'use strict'
    init_migrations()
    init_mongoTransactions()
    init_serialTransactions()
    MIGRATIONS_DIR = path3.resolve(process.cwd(), 'migrations')
  },
})

// db/select.ts
import path4 from 'node:path'
function chooseDatabase(databaseUrl, dataDirectory) {
  const raw = databaseUrl?.trim()
  if (!raw) {
    const file = path4.resolve(dataDirectory, 'fenlei.db')
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  if (raw.startsWith('mongodb://') || raw.startsWith('mongodb+srv://')) {
    return { kind: 'mongodb', url: raw }
  }
  if (raw.startsWith('file:')) {
    const rest = raw.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!rest || rest === ':memory:') {
      throw new Error(`DATABASE_URL "${raw}" names no file. Use file:./data/name.db.`)
    }
    const file = path4.resolve(rest)
    return { kind: 'sqlite', file, url: `file:${file}` }
  }
  throw new Error(
    `DATABASE_URL "${redact(raw)}" is not supported. Use nothing (embedded SQLite), file:<path> (another SQLite file), or mongodb://\u2026 / mongodb+srv://\u2026 (MongoDB replica set).`,
  )
}
function redact(url) {
  return url.replace(/\/\/([^:/@]+):([^@]+)@/, '//$1:***@')
}
var init_select = __esm({
  'db/select.ts'() {
    'use strict'
  },
})

// payload.config.ts
var payload_config_exports = {}
__export(payload_config_exports, {
  database: () => database,
  default: () => payload_config_default,
})
import path5 from 'node:path'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'
var dirname, database, payload_config_default
var init_payload_config = __esm({
  'payload.config.ts'() {
    'use strict'
    init_collections()
    init_env()
    init_PointRules()
    init_errors()
    init_adapter()
    init_select()
    dirname = process.cwd()
    database = chooseDatabase(env.DATABASE_URL, dataDir())
    payload_config_default = buildConfig({
      secret: resolveSecret(),
      serverURL: env.PUBLIC_URL ?? '',
      db: buildDatabaseAdapter(database, {
        allowMongoWithoutTransactions: env.MONGODB_ALLOW_NO_TRANSACTIONS === 'true',
        sqliteSynchronous: env.SQLITE_SYNCHRONOUS,
        push: env.DB_PUSH === 'true',
      }),
      editor: lexicalEditor(),
      collections,
      globals: [PointRules],
      admin: {
        user: 'users',
        meta: { titleSuffix: ' \xB7 \u5206\u7C7B Fenlei' },
        // Gravatar would need the internet; the built-in avatar works offline.
        avatar: 'default',
        importMap: { baseDir: dirname },
      },
      i18n: {
        supportedLanguages: { zh, en },
        fallbackLanguage: 'zh',
      },
      email: nodemailerAdapter({
        defaultFromAddress: env.MAIL_FROM.match(/<(.+)>/)?.[1] ?? env.MAIL_FROM,
        defaultFromName: env.MAIL_FROM.replace(/\s*<.+>$/, ''),
        skipVerify: !env.SMTP_HOST,
        // Without SMTP settings mail is rendered to JSON and logged, never sent anywhere.
        transportOptions: env.SMTP_HOST
          ? {
              host: env.SMTP_HOST,
              port: env.SMTP_PORT,
              secure: env.SMTP_SECURE === 'true',
              auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : void 0,
            }
          : { jsonTransport: true },
      }),
      typescript: { outputFile: path5.resolve(dirname, 'payload-types.ts') },
      graphQL: { schemaOutputFile: path5.resolve(dirname, 'schema.graphql') },
      hooks: { afterError: [codeEveryError] },
      telemetry: false,
    })
  },
})

// zz-boot-only.ts
import fs2 from 'node:fs'
import os from 'node:os'
import path6 from 'node:path'
var dir = fs2.mkdtempSync(path6.join(os.tmpdir(), 'fenlei-boot-'))
Object.assign(process.env, {
  DATA_DIR: dir,
  DATABASE_URL: `file:${path6.join(dir, 'b.db')}`,
  PAYLOAD_SECRET: 'bench-secret-0123456789abcdef',
  DB_PUSH: 'true',
})
var { getPayload } = await import('payload')
var { default: config } = await Promise.resolve().then(() => (init_payload_config(), payload_config_exports))
var payload = await getPayload({ config })
console.log('booted', (await payload.count({ collection: 'towns' })).totalDocs)
await payload.destroy()
process.exit(0)
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vaTE4bi9sYWJlbHMudHMiLCAiLi4vYWNjZXNzL3JvbGVzLnRzIiwgIi4uL3NlcnZpY2VzL3BsYXRmb3JtLnRzIiwgIi4uL2hvb2tzL3NoYXJlZC9lcnJvcnMudHMiLCAiLi4vaG9va3Mvc2hhcmVkL3NlcnZlckZpZWxkcy50cyIsICIuLi9kb21haW4vcGxhY2VzL3NpdGVzLnRzIiwgIi4uL2RvbWFpbi9zeXN0ZW0vYXVkaXQudHMiLCAiLi4vaG9va3Mvc3lzdGVtL2F1ZGl0TG9nLnRzIiwgIi4uL2NvbGxlY3Rpb25zL2Fzc2Vzc21lbnQvaW5kZXgudHMiLCAiLi4vY29sbGVjdGlvbnMvY291bnRyeXNpZGUvaW5kZXgudHMiLCAiLi4vYWNjZXNzL2FkbWlucy50cyIsICIuLi9hY2Nlc3Mvbm9ib2R5LnRzIiwgIi4uL2FjY2Vzcy9ieVJvbGUudHMiLCAiLi4vYWNjZXNzL3N0YWZmLnRzIiwgIi4uL2FjY2Vzcy9zdGFmZk9yT3duVG93bi50cyIsICIuLi9kb21haW4vZGV2aWNlcy9iaW5zLnRzIiwgIi4uL2ZpZWxkcy9kYXRlcy50cyIsICIuLi9maWVsZHMvbnVtYmVycy50cyIsICIuLi9maWVsZHMvb3B0aW9ucy50cyIsICIuLi9maWVsZHMvcmVsYXRpb25zLnRzIiwgIi4uL2hvb2tzL2RldmljZXMvYWxlcnRzLnRzIiwgIi4uL2NvbGxlY3Rpb25zL2RldmljZXMvQWxlcnRzLnRzIiwgIi4uL2RvbWFpbi9zaGFyZWQvYXVkaWVuY2UudHMiLCAiLi4vZW5kcG9pbnRzL3NoYXJlZC50cyIsICIuLi9lbmRwb2ludHMvZGV2aWNlcy9yb3RhdGVTZWNyZXQudHMiLCAiLi4vZG9tYWluL3BvaW50cy9wb2ludHMudHMiLCAiLi4vZmllbGRzL2NhdGVnb3J5LnRzIiwgIi4uL2ZpZWxkcy9jb29yZGluYXRlcy50cyIsICIuLi9kb21haW4vZGV2aWNlcy9kZXZpY2VBdXRoLnRzIiwgIi4uL2RldmljZS1icmlkZ2UvZGV2aWNlcy50cyIsICIuLi9ob29rcy9kZXZpY2VzL2JpbnMudHMiLCAiLi4vY29sbGVjdGlvbnMvZGV2aWNlcy9CaW5zLnRzIiwgIi4uL2hvb2tzL3NoYXJlZC9hcHBlbmRPbmx5LnRzIiwgIi4uL2NvbGxlY3Rpb25zL2RldmljZXMvRGV2aWNlRXZlbnRzLnRzIiwgIi4uL2NvbGxlY3Rpb25zL2RldmljZXMvRGV2aWNlUmVjZWlwdHMudHMiLCAiLi4vY29sbGVjdGlvbnMvZGV2aWNlcy9pbmRleC50cyIsICIuLi9jb2xsZWN0aW9ucy9vcGVyYXRpb25zL2luZGV4LnRzIiwgIi4uL2ZpZWxkcy9waG9uZS50cyIsICIuLi9hY2Nlc3Mvb3duVG93bi50cyIsICIuLi9ob29rcy9zaGFyZWQva2VlcEluT3duVG93bi50cyIsICIuLi9maWVsZHMvdG93blNjb3BlZC50cyIsICIuLi9ob29rcy9zaGFyZWQvdmlsbGFnZUluVG93bi50cyIsICIuLi9jb2xsZWN0aW9ucy9wbGFjZXMvU2l0ZXMudHMiLCAiLi4vYWNjZXNzL2FueW9uZS50cyIsICIuLi9jb2xsZWN0aW9ucy9wbGFjZXMvVG93bnMudHMiLCAiLi4vY29sbGVjdGlvbnMvcGxhY2VzL1ZpbGxhZ2VzLnRzIiwgIi4uL2NvbGxlY3Rpb25zL3BsYWNlcy9pbmRleC50cyIsICIuLi9kb21haW4vcG9pbnRzL2NhcmRzLnRzIiwgIi4uL2hvb2tzL3BvaW50cy9jYXJkQmF0Y2hlcy50cyIsICIuLi9jb2xsZWN0aW9ucy9wb2ludHMvQ2FyZEJhdGNoZXMudHMiLCAiLi4vY29sbGVjdGlvbnMvcG9pbnRzL0NhcmREYXlzLnRzIiwgIi4uL3NlcnZpY2VzL3BvaW50cy9sZWRnZXIudHMiLCAiLi4vaG9va3Mvc2hhcmVkL2xvb2t1cC50cyIsICIuLi9ob29rcy9wb2ludHMvY2FyZFJlcGxhY2VtZW50cy50cyIsICIuLi9jb2xsZWN0aW9ucy9wb2ludHMvQ2FyZFJlcGxhY2VtZW50cy50cyIsICIuLi9ob29rcy9wb2ludHMvY2FyZHMudHMiLCAiLi4vY29sbGVjdGlvbnMvcG9pbnRzL0NhcmRzLnRzIiwgIi4uL2RvbWFpbi9zaGFyZWQvdGltZS50cyIsICIuLi9lbmRwb2ludHMvcG9pbnRzL21hbnVhbFJldmlldy50cyIsICIuLi9kb21haW4vcG9pbnRzL2Ryb3BQbGFuLnRzIiwgIi4uL3NlcnZpY2VzL3BvaW50cy9kcm9wV3JpdGVycy50cyIsICIuLi9zZXJ2aWNlcy9wb2ludHMvcnVsZXMudHMiLCAiLi4vc2VydmljZXMvdHJhbnNhY3Rpb24udHMiLCAiLi4vc2VydmljZXMvcG9pbnRzL2Ryb3BzLnRzIiwgIi4uL2VuZHBvaW50cy9wb2ludHMvcmVjb3JkRHJvcHMudHMiLCAiLi4vZmllbGRzL2lkZW1wb3RlbmN5S2V5LnRzIiwgIi4uL2hvb2tzL3BvaW50cy9kcm9wT2Zmcy50cyIsICIuLi9jb2xsZWN0aW9ucy9wb2ludHMvRHJvcE9mZnMudHMiLCAiLi4vZG9tYWluL3BvaW50cy9mb2xsb3dVcHMudHMiLCAiLi4vc2VydmljZXMvcG9pbnRzL2ZvbGxvd1Vwcy50cyIsICIuLi9lbmRwb2ludHMvcG9pbnRzL2ZvbGxvd1VwQ2FuZGlkYXRlcy50cyIsICIuLi9ob29rcy9wb2ludHMvZm9sbG93VXBzLnRzIiwgIi4uL2NvbGxlY3Rpb25zL3BvaW50cy9Gb2xsb3dVcHMudHMiLCAiLi4vaG9va3MvcG9pbnRzL3BvaW50RW50cmllcy50cyIsICIuLi9jb2xsZWN0aW9ucy9wb2ludHMvUG9pbnRFbnRyaWVzLnRzIiwgIi4uL2RvbWFpbi9wb2ludHMvcmV3YXJkcy50cyIsICIuLi9ob29rcy9wb2ludHMvcmVkZW1wdGlvbnMudHMiLCAiLi4vY29sbGVjdGlvbnMvcG9pbnRzL1JlZGVtcHRpb25zLnRzIiwgIi4uL2NvbGxlY3Rpb25zL3BvaW50cy9SZXdhcmRzLnRzIiwgIi4uL2hvb2tzL3BvaW50cy9zb3J0aW5nQ2hlY2tzLnRzIiwgIi4uL2NvbGxlY3Rpb25zL3BvaW50cy9Tb3J0aW5nQ2hlY2tzLnRzIiwgIi4uL2NvbGxlY3Rpb25zL3BvaW50cy9pbmRleC50cyIsICIuLi9jb2xsZWN0aW9ucy9wdWJsaWNpdHkvRWR1Y2F0aW9uQmFzZXMudHMiLCAiLi4vY29sbGVjdGlvbnMvcHVibGljaXR5L2luZGV4LnRzIiwgIi4uL2NvbGxlY3Rpb25zL3N5c3RlbS9BdWRpdExvZy50cyIsICIuLi9hY2Nlc3MvYXV0aGVudGljYXRlZC50cyIsICIuLi9kb21haW4vc3lzdGVtL21lZGlhLnRzIiwgIi4uL2FjY2Vzcy9tZWRpYVJlYWRlcnMudHMiLCAiLi4vY29uZmlnL2Vudi50cyIsICIuLi9ob29rcy9zeXN0ZW0vbWVkaWEudHMiLCAiLi4vY29sbGVjdGlvbnMvc3lzdGVtL01lZGlhLnRzIiwgIi4uL2FjY2Vzcy9hZG1pbnNPclNlbGYudHMiLCAiLi4vZG9tYWluL3N5c3RlbS9hdHRlbXB0cy50cyIsICIuLi9lbmRwb2ludHMvc3lzdGVtL2xvZ2luLnRzIiwgIi4uL2RvbWFpbi9zeXN0ZW0vbWFpbC50cyIsICIuLi9ob29rcy9zeXN0ZW0vdXNlcnMudHMiLCAiLi4vY29sbGVjdGlvbnMvc3lzdGVtL1VzZXJzLnRzIiwgIi4uL2NvbGxlY3Rpb25zL3N5c3RlbS9pbmRleC50cyIsICIuLi9jb2xsZWN0aW9ucy9pbmRleC50cyIsICIuLi9ob29rcy9wb2ludHMvcG9pbnRSdWxlcy50cyIsICIuLi9nbG9iYWxzL3BvaW50cy9Qb2ludFJ1bGVzLnRzIiwgIi4uL21pZ3JhdGlvbnMvMjAyNjExMjlfMDQzNzIxX2luaXRpYWwudHMiLCAiLi4vbWlncmF0aW9ucy8yMDI2MTEyOV8wNTEzMTNfcG9pbnRzX2VuZ2luZS50cyIsICIuLi9taWdyYXRpb25zLzIwMjYxMTI5XzA1MzIxNF9kZXZpY2VfYnJpZGdlLnRzIiwgIi4uL21pZ3JhdGlvbnMvMjAyNjExMjlfMTQ0ODU1X3NlY3VyaXR5X2FuZF9hdWRpdC50cyIsICIuLi9taWdyYXRpb25zL2luZGV4LnRzIiwgIi4uL2RiL21vbmdvVHJhbnNhY3Rpb25zLnRzIiwgIi4uL2RiL3NlcmlhbFRyYW5zYWN0aW9ucy50cyIsICIuLi9kYi9hZGFwdGVyLnRzIiwgIi4uL2RiL3NlbGVjdC50cyIsICIuLi9wYXlsb2FkLmNvbmZpZy50cyIsICIuLi96ei1ib290LW9ubHkudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbIi8qKiBCaWxpbmd1YWwgbGFiZWxzLCBDaGluZXNlIGZpcnN0LiAqL1xuZXhwb3J0IHR5cGUgTGFiZWwgPSB7IHpoOiBzdHJpbmc7IGVuOiBzdHJpbmcgfVxuXG5leHBvcnQgY29uc3QgdCA9ICh6aDogc3RyaW5nLCBlbjogc3RyaW5nKTogTGFiZWwgPT4gKHsgemgsIGVuIH0pXG5cbi8qKiBBZG1pbiBuYXZpZ2F0aW9uIGdyb3VwcywgYnkgYXJlYSBvZiB3b3JrLiAqL1xuZXhwb3J0IGNvbnN0IGdyb3VwcyA9IHtcbiAgYXJlYXM6IHQoJ1x1NTdGQVx1Nzg0MFx1Njg2M1x1Njg0OCcsICdBcmVhcyAmIHNpdGVzJyksXG4gIHBvaW50czogdCgnXHU3OUVGXHU1MjA2JywgJ1BvaW50cycpLFxuICBkZXZpY2VzOiB0KCdcdThCQkVcdTU5MDcnLCAnRGV2aWNlcycpLFxuICBydXJhbDogdCgnXHU1MTlDXHU2NzUxJywgJ0NvdW50cnlzaWRlJyksXG4gIGFzc2Vzc21lbnQ6IHQoJ1x1ODAwM1x1NjgzOCcsICdBc3Nlc3NtZW50JyksXG4gIHB1YmxpY2l0eTogdCgnXHU1QkEzXHU0RjIwJywgJ1B1YmxpY2l0eScpLFxuICBzeXN0ZW06IHQoJ1x1N0NGQlx1N0VERicsICdTeXN0ZW0nKSxcbn0gYXMgY29uc3RcbiIsICIvKiogVGhlIGZvdXIga2luZHMgb2YgdXNlciBhbmQgc21hbGwgaGVscGVycyBldmVyeSBhY2Nlc3MgZnVuY3Rpb24gc2hhcmVzLiAqL1xuaW1wb3J0IHR5cGUgeyBQYXlsb2FkUmVxdWVzdCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHQgfSBmcm9tICcuLi9pMThuL2xhYmVscydcblxuZXhwb3J0IGNvbnN0IFJPTEVTID0gWydhZG1pbicsICd0b3duLW9mZmljaWFsJywgJ2Jhc2UtZWRpdG9yJywgJ29wZXJhdG9yJ10gYXMgY29uc3RcbmV4cG9ydCB0eXBlIFJvbGUgPSAodHlwZW9mIFJPTEVTKVtudW1iZXJdXG5cbmV4cG9ydCBjb25zdCByb2xlT3B0aW9ucyA9IFtcbiAgeyB2YWx1ZTogJ2FkbWluJywgbGFiZWw6IHQoJ1x1NTMzQVx1NTdDRVx1N0JBMVx1NUM0MFx1N0JBMVx1NzQwNlx1NTQ1OCcsICdEaXN0cmljdCBhZG1pbicpIH0sXG4gIHsgdmFsdWU6ICd0b3duLW9mZmljaWFsJywgbGFiZWw6IHQoJ1x1OTU0N1x1RkYwOFx1ODg1N1x1OTA1M1x1RkYwOVx1NURFNVx1NEY1Q1x1NEVCQVx1NTQ1OCcsICdUb3duIG9mZmljaWFsJykgfSxcbiAgeyB2YWx1ZTogJ2Jhc2UtZWRpdG9yJywgbGFiZWw6IHQoJ1x1NjU1OVx1ODBCMlx1NTdGQVx1NTczMFx1N0YxNlx1OEY5MScsICdFZHVjYXRpb24tYmFzZSBlZGl0b3InKSB9LFxuICB7IHZhbHVlOiAnb3BlcmF0b3InLCBsYWJlbDogdCgnXHU4RkQwXHU4NDI1XHU1MzU1XHU0RjREJywgJ09wZXJhdG9yJykgfSxcbl0gc2F0aXNmaWVzIHsgdmFsdWU6IFJvbGU7IGxhYmVsOiB1bmtub3duIH1bXVxuXG50eXBlIFJlZiA9IG51bWJlciB8IHN0cmluZyB8IHsgaWQ6IG51bWJlciB8IHN0cmluZyB9IHwgbnVsbCB8IHVuZGVmaW5lZFxuXG4vKiogVGhlIHVzZXIgYXMgYWNjZXNzIGZ1bmN0aW9ucyBzZWUgaXQuICovXG5leHBvcnQgdHlwZSBBcHBVc2VyID0ge1xuICBpZDogbnVtYmVyIHwgc3RyaW5nXG4gIHJvbGU/OiBSb2xlIHwgbnVsbFxuICB0b3duPzogUmVmXG4gIGVkdWNhdGlvbkJhc2U/OiBSZWZcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGN1cnJlbnRVc2VyKHJlcTogUGF5bG9hZFJlcXVlc3QpOiBBcHBVc2VyIHwgbnVsbCB7XG4gIGNvbnN0IHVzZXIgPSByZXEudXNlciBhcyAoQXBwVXNlciAmIHsgY29sbGVjdGlvbj86IHN0cmluZyB9KSB8IG51bGwgfCB1bmRlZmluZWRcbiAgcmV0dXJuIHVzZXIgJiYgdXNlci5jb2xsZWN0aW9uID09PSAndXNlcnMnID8gdXNlciA6IG51bGxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGhhc1JvbGUodXNlcjogQXBwVXNlciB8IG51bGwgfCB1bmRlZmluZWQsIC4uLnJvbGVzOiBSb2xlW10pOiBib29sZWFuIHtcbiAgcmV0dXJuIEJvb2xlYW4odXNlcj8ucm9sZSAmJiByb2xlcy5pbmNsdWRlcyh1c2VyLnJvbGUpKVxufVxuXG4vKiogVGhlIGlkIG9mIGEgcmVsYXRpb25zaGlwIHZhbHVlLCB3aGV0aGVyIGl0IGNhbWUgcG9wdWxhdGVkIG9yIGFzIGEgYmFyZSBpZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWZJZCh2YWx1ZTogUmVmKTogbnVtYmVyIHwgc3RyaW5nIHwgbnVsbCB7XG4gIGlmICh2YWx1ZSA9PT0gbnVsbCB8fCB2YWx1ZSA9PT0gdW5kZWZpbmVkIHx8IHZhbHVlID09PSAnJykgcmV0dXJuIG51bGxcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ29iamVjdCcgPyB2YWx1ZS5pZCA6IHZhbHVlXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzYW1lUmVmKGE6IFJlZiwgYjogUmVmKTogYm9vbGVhbiB7XG4gIGNvbnN0IHggPSByZWZJZChhKVxuICBjb25zdCB5ID0gcmVmSWQoYilcbiAgcmV0dXJuIHggIT09IG51bGwgJiYgeSAhPT0gbnVsbCAmJiBTdHJpbmcoeCkgPT09IFN0cmluZyh5KVxufVxuIiwgIi8qKlxuICogV3JpdGVzIHRoZSBwbGF0Zm9ybSBtYWtlcyBpdHNlbGYsIGFzIG9wcG9zZWQgdG8gd2hhdCBhIHBlcnNvbiBhc2tlZCBmb3I6IHRoZSBsZWRnZXIgZW50cnkgYVxuICogcmVkZW1wdGlvbiBwb3N0cywgdGhlIGNhcmRzIGEgYmF0Y2ggaXNzdWVzLCB0aGUgbmV3IGNhcmQgb2YgYSByZXBsYWNlbWVudC4gQSBob29rIHRoYXQgd3JpdGVzIG9uIGFcbiAqIHBlcnNvbidzIHJlcXVlc3QgZG9lcyBzbyBpbnNpZGUgYGFzUGxhdGZvcm1gLCBzbyB0aGUgcGVyc29uJ3Mgb3duIHJ1bGVzIChzZXJ2ZXItc2V0IGZpZWxkcywgdGhlXG4gKiBhdWRpdCByb3cgcGVyIGFjdCkgYXBwbHkgdG8gdGhlaXIgYWN0IGFuZCBub3QgYWdhaW4gdG8gaXRzIGNvbnNlcXVlbmNlcy4gV3JpdGVzIHdpdGggbm8gc2lnbmVkLWluXG4gKiB1c2VyIChkZXZpY2UgYnJpZGdlLCBqb2JzLCBzZWVkKSBhcmUgdGhlIHBsYXRmb3JtJ3MgYnkgZGVmaW5pdGlvbi5cbiAqL1xuaW1wb3J0IHR5cGUgeyBQYXlsb2FkUmVxdWVzdCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyIH0gZnJvbSAnLi4vYWNjZXNzL3JvbGVzJ1xuXG5jb25zdCBQTEFURk9STSA9ICdmZW5sZWlQbGF0Zm9ybVdyaXRlJ1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYXNQbGF0Zm9ybTxUPihyZXE6IFBheWxvYWRSZXF1ZXN0LCB3b3JrOiAoKSA9PiBQcm9taXNlPFQ+KTogUHJvbWlzZTxUPiB7XG4gIGNvbnN0IGJlZm9yZSA9IHJlcS5jb250ZXh0W1BMQVRGT1JNXVxuICByZXEuY29udGV4dFtQTEFURk9STV0gPSB0cnVlXG4gIHRyeSB7XG4gICAgcmV0dXJuIGF3YWl0IHdvcmsoKVxuICB9IGZpbmFsbHkge1xuICAgIC8vIEEgbmVzdGVkIExvY2FsIEFQSSBjYWxsIHJlcGxhY2VzIHJlcS5jb250ZXh0IHdpdGggYSBjb3B5OiByZXN0b3JlIG9uIHdoaWNoZXZlciBpcyBjdXJyZW50LlxuICAgIHJlcS5jb250ZXh0W1BMQVRGT1JNXSA9IGJlZm9yZVxuICB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBpc1BsYXRmb3JtV3JpdGUocmVxOiBQYXlsb2FkUmVxdWVzdCk6IGJvb2xlYW4ge1xuICByZXR1cm4gcmVxLmNvbnRleHQ/LltQTEFURk9STV0gPT09IHRydWUgfHwgIWN1cnJlbnRVc2VyKHJlcSlcbn1cbiIsICIvKipcbiAqIEVycm9ycyB3aXRoIGEgY2xlYXIsIHB1YmxpYyBtZXNzYWdlIGFuZCBhIG1hY2hpbmUtcmVhZGFibGUgY29kZS4gSG9va3MgYW5kIGN1c3RvbSBlbmRwb2ludHNcbiAqIHRocm93IHRoZXNlIGFsaWtlLCBzbyBldmVyeSByZWZ1c2FsIG9uIC9hcGkgcmVhZHMgYGVycm9yc1swXS5kYXRhLmNvZGVgIChQYXlsb2FkJ3Mgb3duIGVycm9yc1xuICogZ2V0IGEgY29kZSB0b286IHNlZSBgY29kZUV2ZXJ5RXJyb3JgKS5cbiAqL1xuaW1wb3J0IHsgQVBJRXJyb3IsIHR5cGUgQWZ0ZXJFcnJvckhvb2sgfSBmcm9tICdwYXlsb2FkJ1xuXG50eXBlIEV4dHJhID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj5cblxuY29uc3QgY29kZWQgPVxuICAoc3RhdHVzOiBudW1iZXIpID0+XG4gIChjb2RlOiBzdHJpbmcsIG1lc3NhZ2U6IHN0cmluZywgZXh0cmE6IEV4dHJhID0ge30pOiBBUElFcnJvciA9PlxuICAgIG5ldyBBUElFcnJvcihtZXNzYWdlLCBzdGF0dXMsIHsgY29kZSwgLi4uZXh0cmEgfSwgdHJ1ZSlcblxuZXhwb3J0IGNvbnN0IGJhZFJlcXVlc3QgPSBjb2RlZCg0MDApXG5leHBvcnQgY29uc3QgdW5hdXRob3JpemVkID0gY29kZWQoNDAxKVxuZXhwb3J0IGNvbnN0IGZvcmJpZGRlbiA9IGNvZGVkKDQwMylcbmV4cG9ydCBjb25zdCBub3RGb3VuZCA9IGNvZGVkKDQwNClcbmV4cG9ydCBjb25zdCBjb25mbGljdCA9IGNvZGVkKDQwOSlcbmV4cG9ydCBjb25zdCB0b29MYXJnZSA9IGNvZGVkKDQxMylcbmV4cG9ydCBjb25zdCB0b29NYW55ID0gY29kZWQoNDI5KVxuXG4vKiogQ29kZXMgZm9yIHRoZSBlcnJvcnMgUGF5bG9hZCByYWlzZXMgaXRzZWxmLCBieSB0aGVpciBjbGFzcyBuYW1lLiAqL1xuY29uc3QgUEFZTE9BRF9DT0RFUzogUmVjb3JkPHN0cmluZywgc3RyaW5nPiA9IHtcbiAgVmFsaWRhdGlvbkVycm9yOiAnVkFMSURBVElPTl9GQUlMRUQnLFxuICBGb3JiaWRkZW46ICdGT1JCSURERU4nLFxuICBOb3RGb3VuZDogJ05PVF9GT1VORCcsXG4gIFVuYXV0aG9yaXplZEVycm9yOiAnVU5BVVRIT1JJWkVEJyxcbiAgQXV0aGVudGljYXRpb25FcnJvcjogJ0lOVkFMSURfQ1JFREVOVElBTFMnLFxuICBMb2NrZWRBdXRoOiAnSU5WQUxJRF9DUkVERU5USUFMUycsXG4gIFVudmVyaWZpZWRFbWFpbDogJ1VOVkVSSUZJRURfRU1BSUwnLFxuICBNaXNzaW5nRmlsZTogJ01JU1NJTkdfRklMRScsXG4gIEZpbGVVcGxvYWRFcnJvcjogJ0ZJTEVfVVBMT0FEX0ZBSUxFRCcsXG4gIEVycm9yRGVsZXRpbmdGaWxlOiAnRklMRV9ERUxFVEVfRkFJTEVEJyxcbiAgUXVlcnlFcnJvcjogJ0lOVkFMSURfUVVFUlknLFxufVxuXG4vKiogR2l2ZXMgZXZlcnkgL2FwaSBlcnJvciBhIGBkYXRhLmNvZGVgLCB3aG9ldmVyIHJhaXNlZCBpdC4gKi9cbmV4cG9ydCBjb25zdCBjb2RlRXZlcnlFcnJvcjogQWZ0ZXJFcnJvckhvb2sgPSAoeyBlcnJvciwgcmVzdWx0IH0pID0+IHtcbiAgaWYgKCFyZXN1bHQgfHwgIUFycmF5LmlzQXJyYXkocmVzdWx0LmVycm9ycykpIHJldHVyblxuICBjb25zdCBmYWxsYmFjayA9XG4gICAgUEFZTE9BRF9DT0RFU1tlcnJvci5uYW1lXSA/P1xuICAgIChOdW1iZXIoKGVycm9yIGFzIHsgc3RhdHVzPzogbnVtYmVyIH0pLnN0YXR1cykgPj0gNTAwIHx8ICEoJ3N0YXR1cycgaW4gZXJyb3IpID8gJ0lOVEVSTkFMJyA6ICdFUlJPUicpXG4gIGNvbnN0IGVycm9ycyA9IChyZXN1bHQuZXJyb3JzIGFzIEFycmF5PHsgZGF0YT86IEV4dHJhIHwgbnVsbCB9PikubWFwKChlKSA9PiAoe1xuICAgIC4uLmUsXG4gICAgZGF0YTogeyAuLi4oZS5kYXRhID8/IHt9KSwgY29kZTogKGUuZGF0YT8uY29kZSBhcyBzdHJpbmcgfCB1bmRlZmluZWQpID8/IGZhbGxiYWNrIH0sXG4gIH0pKVxuICByZXR1cm4geyByZXNwb25zZTogeyAuLi5yZXN1bHQsIGVycm9ycyB9IH1cbn1cbiIsICIvKipcbiAqIFdobywgd2hlbiBhbmQgd2hlcmUtZnJvbSBhcmUgdGhlIHNlcnZlcidzLiBFdmVyeSBmaWVsZCB0aGF0IGlzIHJlYWQtb25seSBpbiB0aGUgYWRtaW4gKHByb3ZlbmFuY2UsXG4gKiBhdXRob3JzaGlwLCB0aW1lcyBvZiBhY3RzLCBjb21wdXRlZCByZXN1bHRzKSwgYW5kIGV2ZXJ5IGhpZGRlbiBvbmUsIGlzIHJlZnVzZWQgd2hlbiBhIHBlcnNvbidzIHJlcXVlc3Qgc2VuZHMgYSB2YWx1ZSBmb3IgaXRcbiAqIHRocm91Z2ggUkVTVCwgR3JhcGhRTCBvciB0aGUgYWRtaW46IG9uIGNyZWF0ZSBpdCBtdXN0IGJlIGVtcHR5IChvciBpdHMgZGVmYXVsdCksIG9uIHVwZGF0ZSB1bmNoYW5nZWQuXG4gKiBUaGUgcGxhdGZvcm0ncyBvd24gd3JpdGVzIChgYXNQbGF0Zm9ybWAsIHRoZSBicmlkZ2UsIGpvYnMpIHNldCB0aGVzZSBmaWVsZHMgZnJlZWx5LlxuICovXG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rLCBGaWVsZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHJlZklkIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHsgaXNQbGF0Zm9ybVdyaXRlIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcGxhdGZvcm0nXG5pbXBvcnQgeyBmb3JiaWRkZW4gfSBmcm9tICcuL2Vycm9ycydcblxudHlwZSBOYW1lZCA9IHsgbmFtZTogc3RyaW5nOyBsYWJlbD86IHVua25vd247IGRlZmF1bHRWYWx1ZT86IHVua25vd24gfVxuXG4vKiogVGhlIHRvcC1sZXZlbCBmaWVsZHMgKHRocm91Z2ggcm93cywgY29sbGFwc2libGVzIGFuZCB1bm5hbWVkIHRhYnMpIHRoYXQgb25seSB0aGUgc2VydmVyIHNldHMuICovXG5leHBvcnQgZnVuY3Rpb24gc2VydmVyU2V0RmllbGRzKGZpZWxkczogRmllbGRbXSk6IE5hbWVkW10ge1xuICBjb25zdCBvdXQ6IE5hbWVkW10gPSBbXVxuICBmb3IgKGNvbnN0IGZpZWxkIG9mIGZpZWxkcykge1xuICAgIGlmICgnZmllbGRzJyBpbiBmaWVsZCAmJiAoZmllbGQudHlwZSA9PT0gJ3JvdycgfHwgZmllbGQudHlwZSA9PT0gJ2NvbGxhcHNpYmxlJykpXG4gICAgICBvdXQucHVzaCguLi5zZXJ2ZXJTZXRGaWVsZHMoZmllbGQuZmllbGRzKSlcbiAgICBlbHNlIGlmIChmaWVsZC50eXBlID09PSAndGFicycpXG4gICAgICBmb3IgKGNvbnN0IHRhYiBvZiBmaWVsZC50YWJzKSBpZiAoISgnbmFtZScgaW4gdGFiKSkgb3V0LnB1c2goLi4uc2VydmVyU2V0RmllbGRzKHRhYi5maWVsZHMpKVxuICAgIGNvbnN0IHJlYWRPbmx5ID0gJ2FkbWluJyBpbiBmaWVsZCAmJiBmaWVsZC5hZG1pbiAmJiAncmVhZE9ubHknIGluIGZpZWxkLmFkbWluICYmIGZpZWxkLmFkbWluLnJlYWRPbmx5XG4gICAgaWYgKCduYW1lJyBpbiBmaWVsZCAmJiAocmVhZE9ubHkgfHwgKCdoaWRkZW4nIGluIGZpZWxkICYmIGZpZWxkLmhpZGRlbikpKSBvdXQucHVzaChmaWVsZClcbiAgfVxuICByZXR1cm4gWy4uLm91dCwgeyBuYW1lOiAnY3JlYXRlZEF0JyB9LCB7IG5hbWU6ICd1cGRhdGVkQXQnIH1dXG59XG5cbmNvbnN0IGVtcHR5ID0gKHY6IHVua25vd24pID0+IHYgPT09IHVuZGVmaW5lZCB8fCB2ID09PSBudWxsIHx8IHYgPT09ICcnIHx8IChBcnJheS5pc0FycmF5KHYpICYmIHYubGVuZ3RoID09PSAwKVxuY29uc3Qgbm9ybWFsID0gKHY6IHVua25vd24pOiB1bmtub3duID0+XG4gIEFycmF5LmlzQXJyYXkodikgPyB2Lm1hcChub3JtYWwpIDogdHlwZW9mIHYgPT09ICdvYmplY3QnICYmIHYgIT09IG51bGwgJiYgJ2lkJyBpbiB2ID8gcmVmSWQodiBhcyB7IGlkOiBudW1iZXIgfSkgOiB2XG5jb25zdCBzYW1lID0gKGE6IHVua25vd24sIGI6IHVua25vd24pID0+XG4gIChlbXB0eShhKSAmJiBlbXB0eShiKSkgfHwgSlNPTi5zdHJpbmdpZnkobm9ybWFsKGEpKSA9PT0gSlNPTi5zdHJpbmdpZnkobm9ybWFsKGIpKVxuXG4vKiogV2hhdCBQYXlsb2FkIGl0c2VsZiB3cml0ZXMgZnJvbSBhbiB1cGxvYWRlZCBmaWxlIChuYW1lLCB0eXBlLCBzaXplLCBkaW1lbnNpb25zLCBVUkxzKS4gKi9cbmNvbnN0IFVQTE9BRF9GSUVMRFMgPSBuZXcgU2V0KFtcbiAgJ2ZpbGVuYW1lJyxcbiAgJ21pbWVUeXBlJyxcbiAgJ2ZpbGVzaXplJyxcbiAgJ3dpZHRoJyxcbiAgJ2hlaWdodCcsXG4gICd1cmwnLFxuICAndGh1bWJuYWlsVVJMJyxcbiAgJ2ZvY2FsWCcsXG4gICdmb2NhbFknLFxuICAnc2l6ZXMnLFxuXSlcblxuZXhwb3J0IGNvbnN0IHJlZnVzZVNlcnZlckZpZWxkczogQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2sgPSAoeyBjb2xsZWN0aW9uLCBkYXRhLCBvcGVyYXRpb24sIG9yaWdpbmFsRG9jLCByZXEgfSkgPT4ge1xuICBpZiAoaXNQbGF0Zm9ybVdyaXRlKHJlcSkpIHJldHVybiBkYXRhXG4gIC8vIFdpdGggYSBmaWxlIGluIHRoZSByZXF1ZXN0LCBQYXlsb2FkIGRlc2NyaWJlcyB0aGF0IGZpbGU7IHdpdGhvdXQgb25lLCBub2JvZHkgcmVuYW1lcyBvciByZXNpemVzIGEgcmVjb3JkLlxuICBjb25zdCBmcm9tRmlsZSA9IEJvb2xlYW4oY29sbGVjdGlvbi51cGxvYWQgJiYgcmVxLmZpbGUpXG4gIGZvciAoY29uc3QgZmllbGQgb2Ygc2VydmVyU2V0RmllbGRzKGNvbGxlY3Rpb24uZmllbGRzKSkge1xuICAgIGlmIChmcm9tRmlsZSAmJiBVUExPQURfRklFTERTLmhhcyhmaWVsZC5uYW1lKSkgY29udGludWVcbiAgICBpZiAoIShmaWVsZC5uYW1lIGluIGRhdGEpKSBjb250aW51ZVxuICAgIGNvbnN0IHZhbHVlID0gZGF0YVtmaWVsZC5uYW1lXVxuICAgIGNvbnN0IGFsbG93ZWQgPVxuICAgICAgb3BlcmF0aW9uID09PSAndXBkYXRlJ1xuICAgICAgICA/IHNhbWUodmFsdWUsIG9yaWdpbmFsRG9jPy5bZmllbGQubmFtZV0pXG4gICAgICAgIDogZW1wdHkodmFsdWUpIHx8ICh0eXBlb2YgZmllbGQuZGVmYXVsdFZhbHVlICE9PSAnZnVuY3Rpb24nICYmIHNhbWUodmFsdWUsIGZpZWxkLmRlZmF1bHRWYWx1ZSkpXG4gICAgaWYgKCFhbGxvd2VkKSB7XG4gICAgICB0aHJvdyBmb3JiaWRkZW4oXG4gICAgICAgICdTRVJWRVJfU0VUX0ZJRUxEJyxcbiAgICAgICAgYFx1MzAwQyR7ZmllbGQubmFtZX1cdTMwMERcdTc1MzFcdTdDRkJcdTdFREZcdThCQjBcdTVGNTVcdUZGMENcdTRFMERcdTgwRkRcdTU4NkJcdTUxOTlcdTYyMTZcdTRGRUVcdTY1MzlcdTMwMDJUaGlzIGZpZWxkIGlzIHNldCBieSB0aGUgc2VydmVyLmAsXG4gICAgICAgIHtcbiAgICAgICAgICBmaWVsZDogZmllbGQubmFtZSxcbiAgICAgICAgfSxcbiAgICAgIClcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGRhdGFcbn1cbiIsICIvKiogU2l0ZXMgYW5kIGNvbnRhY3RzIChwdXJlKS4gKi9cbmltcG9ydCB7IHQgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcblxuZXhwb3J0IGNvbnN0IFNJVEVfS0lORFMgPSB7XG4gIGdvdmVybm1lbnQ6IHQoJ1x1NjczQVx1NTE3M1x1NTM1NVx1NEY0RCcsICdHb3Zlcm5tZW50IG9mZmljZScpLFxuICByZXNpZGVudGlhbDogdCgnXHU1QzQ1XHU2QzExXHU1QzBGXHU1MzNBJywgJ1Jlc2lkZW50aWFsIGNvbXBvdW5kJyksXG4gIHNjaG9vbDogdCgnXHU1QjY2XHU2ODIxJywgJ1NjaG9vbCcpLFxuICBzdHJlZXQ6IHQoJ1x1ODg1N1x1OTA1M1x1RkYwOFx1NkNCRlx1ODg1N1x1RkYwOScsICdTdHJlZXQnKSxcbiAgdmlsbGFnZTogdCgnXHU1MTlDXHU2NzUxJywgJ1ZpbGxhZ2UnKSxcbiAgJ2VkdWNhdGlvbi1iYXNlJzogdCgnXHU2NTU5XHU4MEIyXHU1N0ZBXHU1NzMwJywgJ0VkdWNhdGlvbiBiYXNlJyksXG59XG5cbi8qKiBBIG1vYmlsZSBudW1iZXIgKDExIGRpZ2l0cykgb3IgYSBsYW5kbGluZSB3aXRoIGl0cyBhcmVhIGNvZGUgKDA1NTEtMTIzNDU2NykuICovXG5leHBvcnQgY29uc3QgQ09OVEFDVF9QSE9ORSA9IC9eKDFcXGR7MTB9fDBcXGR7MiwzfS0/XFxkezcsOH0pJC9cblxuLyoqIEEgbW9iaWxlIG51bWJlcjogMTEgZGlnaXRzIHN0YXJ0aW5nIHdpdGggMS4gKi9cbmV4cG9ydCBjb25zdCBNT0JJTEVfUEhPTkUgPSAvXjFcXGR7MTB9JC9cblxuLyoqIE1hc2tzIGEgcGhvbmUgbnVtYmVyIGZvciBldmVyeW9uZSBidXQgYWRtaW5zOiAxMzgxMjM0MTIzNCBcdTIxOTIgMTM4KioqKjEyMzQuICovXG5leHBvcnQgZnVuY3Rpb24gbWFza1Bob25lKHBob25lOiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKTogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCB7XG4gIGlmICghcGhvbmUpIHJldHVybiBwaG9uZVxuICBpZiAocGhvbmUubGVuZ3RoID49IDcpIHJldHVybiBgJHtwaG9uZS5zbGljZSgwLCAzKX0qKioqJHtwaG9uZS5zbGljZSgtNCl9YFxuICByZXR1cm4gJyoqKionXG59XG4iLCAiLyoqIFdoYXQgYW4gYXVkaXQgcm93IHNheXMgb2YgYSBjaGFuZ2UgKHB1cmUpOiB0aGUgZmllbGRzIHRoYXQgY2hhbmdlZCwgYmVmb3JlIFx1MjE5MiBhZnRlciwgbWFza2VkLiAqL1xuaW1wb3J0IHsgcmVmSWQgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgeyBtYXNrUGhvbmUgfSBmcm9tICcuLi9wbGFjZXMvc2l0ZXMnXG5cbmV4cG9ydCB0eXBlIENoYW5nZSA9IHsgZmllbGQ6IHN0cmluZzsgYmVmb3JlOiB1bmtub3duOyBhZnRlcjogdW5rbm93biB9XG5cbi8qKiBOZXZlciBzdG9yZWQsIG5vdCBldmVuIG1hc2tlZDogYm9va2tlZXBpbmcgb2YgUGF5bG9hZCBhbmQgb2YgdGhlIHBsYXRmb3JtLiAqL1xuY29uc3QgU0tJUCA9IG5ldyBTZXQoWyd1cGRhdGVkQXQnLCAnY3JlYXRlZEF0JywgJ3Nlc3Npb25zJywgJ2xvZ2luQXR0ZW1wdHMnLCAnbG9ja1VudGlsJywgJ2hhc2gnLCAnc2FsdCddKVxuY29uc3QgU0VDUkVUID0gL3NlY3JldHxwYXNzd29yZHx0b2tlbnxoYXNofHNhbHQvaVxuY29uc3QgUEhPTkUgPSAvcGhvbmUvaVxuXG5mdW5jdGlvbiBwbGFpbih2YWx1ZTogdW5rbm93bik6IHVua25vd24ge1xuICBpZiAoQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHJldHVybiB2YWx1ZS5tYXAocGxhaW4pXG4gIGlmICh2YWx1ZSAmJiB0eXBlb2YgdmFsdWUgPT09ICdvYmplY3QnKSB7XG4gICAgaWYgKCdkb2NzJyBpbiB2YWx1ZSkgcmV0dXJuIHVuZGVmaW5lZCAvLyBhIGpvaW4gZmllbGQ6IHRoZSBvdGhlciBzaWRlJ3MgcmVjb3Jkcywgbm90IHRoaXMgb25lJ3MgZGF0YVxuICAgIGlmICgnaWQnIGluIHZhbHVlICYmICdjcmVhdGVkQXQnIGluIHZhbHVlKSByZXR1cm4gcmVmSWQodmFsdWUgYXMgeyBpZDogbnVtYmVyIH0pIC8vIGEgcG9wdWxhdGVkIHJlbGF0aW9uc2hpcFxuICAgIHJldHVybiBPYmplY3QuZnJvbUVudHJpZXMoT2JqZWN0LmVudHJpZXModmFsdWUpLm1hcCgoW2ssIHZdKSA9PiBbaywgcGxhaW4odildKSlcbiAgfVxuICByZXR1cm4gdmFsdWVcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1hc2tWYWx1ZShmaWVsZDogc3RyaW5nLCB2YWx1ZTogdW5rbm93bik6IHVua25vd24ge1xuICBpZiAodmFsdWUgPT09IG51bGwgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCB8fCB2YWx1ZSA9PT0gJycpIHJldHVybiB2YWx1ZVxuICBpZiAoU0VDUkVULnRlc3QoZmllbGQpKSByZXR1cm4gJyoqKidcbiAgaWYgKFBIT05FLnRlc3QoZmllbGQpICYmIHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycpIHJldHVybiBtYXNrUGhvbmUodmFsdWUpXG4gIHJldHVybiB2YWx1ZVxufVxuXG4vKiogVGhlIGNoYW5nZWQgdG9wLWxldmVsIGZpZWxkcyBiZXR3ZWVuIHR3byB2ZXJzaW9ucyBvZiBhIHJlY29yZCAoZWl0aGVyIG1heSBiZSBhYnNlbnQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRpZmZSZWNvcmQoXG4gIGJlZm9yZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCBudWxsIHwgdW5kZWZpbmVkLFxuICBhZnRlcjogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCBudWxsIHwgdW5kZWZpbmVkLFxuKTogQ2hhbmdlW10ge1xuICBjb25zdCBrZXlzID0gbmV3IFNldChbLi4uT2JqZWN0LmtleXMoYmVmb3JlID8/IHt9KSwgLi4uT2JqZWN0LmtleXMoYWZ0ZXIgPz8ge30pXSlcbiAgY29uc3QgY2hhbmdlczogQ2hhbmdlW10gPSBbXVxuICBmb3IgKGNvbnN0IGZpZWxkIG9mIGtleXMpIHtcbiAgICBpZiAoU0tJUC5oYXMoZmllbGQpIHx8IGZpZWxkID09PSAnaWQnKSBjb250aW51ZVxuICAgIGNvbnN0IGEgPSBwbGFpbihiZWZvcmU/LltmaWVsZF0pXG4gICAgY29uc3QgYiA9IHBsYWluKGFmdGVyPy5bZmllbGRdKVxuICAgIGlmIChhID09PSB1bmRlZmluZWQgJiYgYiA9PT0gdW5kZWZpbmVkKSBjb250aW51ZVxuICAgIGNvbnN0IHNhbWUgPSBKU09OLnN0cmluZ2lmeShhID8/IG51bGwpID09PSBKU09OLnN0cmluZ2lmeShiID8/IG51bGwpXG4gICAgaWYgKHNhbWUpIGNvbnRpbnVlXG4gICAgY2hhbmdlcy5wdXNoKHsgZmllbGQsIGJlZm9yZTogbWFza1ZhbHVlKGZpZWxkLCBhID8/IG51bGwpLCBhZnRlcjogbWFza1ZhbHVlKGZpZWxkLCBiID8/IG51bGwpIH0pXG4gIH1cbiAgcmV0dXJuIGNoYW5nZXNcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGF1ZGl0U3VtbWFyeShvcGVyYXRpb246IHN0cmluZywgY29sbGVjdGlvbjogc3RyaW5nLCBpZDogc3RyaW5nIHwgbnVtYmVyLCBjaGFuZ2VzOiBDaGFuZ2VbXSk6IHN0cmluZyB7XG4gIGNvbnN0IGZpZWxkcyA9IGNoYW5nZXMubWFwKChjKSA9PiBjLmZpZWxkKS5qb2luKCcsICcpXG4gIHJldHVybiBgJHtvcGVyYXRpb259ICR7Y29sbGVjdGlvbn0gIyR7aWR9JHtmaWVsZHMgPyBgOiAke2ZpZWxkc31gIDogJyd9YFxufVxuIiwgIi8qKlxuICogVGhlIGF1ZGl0IHRyYWlsOiBldmVyeSBjcmVhdGUsIHVwZGF0ZSBhbmQgZGVsZXRlIGEgcGVyc29uIG1ha2VzIGxlYXZlcyBvbmUgcm93LCBpbiB0aGUgc2FtZVxuICogdHJhbnNhY3Rpb24uIFdyaXRlcyB0aGUgcGxhdGZvcm0gbWFrZXMgaXRzZWxmIChgYXNQbGF0Zm9ybWAsIHRoZSBicmlkZ2UsIGpvYnMpIGFyZSBub3QgYXVkaXRlZCByb3dcbiAqIGJ5IHJvdyBcdTIwMTQgdGhlaXIgb3duIGxvZ3Mgc3RhbmQuXG4gKi9cbmltcG9ydCB0eXBlIHtcbiAgQ29sbGVjdGlvbkFmdGVyQ2hhbmdlSG9vayxcbiAgQ29sbGVjdGlvbkFmdGVyRGVsZXRlSG9vayxcbiAgQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2ssXG4gIFBheWxvYWRSZXF1ZXN0LFxufSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBjdXJyZW50VXNlciB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IGF1ZGl0U3VtbWFyeSwgZGlmZlJlY29yZCB9IGZyb20gJy4uLy4uL2RvbWFpbi9zeXN0ZW0vYXVkaXQnXG5pbXBvcnQgeyBpc1BsYXRmb3JtV3JpdGUgfSBmcm9tICcuLi8uLi9zZXJ2aWNlcy9wbGF0Zm9ybSdcbmltcG9ydCB7IGZvcmJpZGRlbiB9IGZyb20gJy4uL3NoYXJlZC9lcnJvcnMnXG5cbmFzeW5jIGZ1bmN0aW9uIHdyaXRlQXVkaXQoXG4gIHJlcTogUGF5bG9hZFJlcXVlc3QsXG4gIG9wZXJhdGlvbjogJ2NyZWF0ZScgfCAndXBkYXRlJyB8ICdkZWxldGUnLFxuICBjb2xsZWN0aW9uOiBzdHJpbmcsXG4gIGlkOiBudW1iZXIgfCBzdHJpbmcsXG4gIGJlZm9yZTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCBudWxsIHwgdW5kZWZpbmVkLFxuICBhZnRlcjogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfCBudWxsIHwgdW5kZWZpbmVkLFxuICBleHRyYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gPSB7fSxcbik6IFByb21pc2U8dm9pZD4ge1xuICBpZiAoaXNQbGF0Zm9ybVdyaXRlKHJlcSkpIHJldHVyblxuICBjb25zdCB1c2VyID0gY3VycmVudFVzZXIocmVxKSFcbiAgY29uc3QgY2hhbmdlcyA9IGRpZmZSZWNvcmQoYmVmb3JlLCBhZnRlcilcbiAgaWYgKG9wZXJhdGlvbiA9PT0gJ3VwZGF0ZScgJiYgY2hhbmdlcy5sZW5ndGggPT09IDAgJiYgT2JqZWN0LmtleXMoZXh0cmEpLmxlbmd0aCA9PT0gMCkgcmV0dXJuXG4gIGNvbnN0IGFsbCA9IFsuLi5jaGFuZ2VzLCAuLi5PYmplY3QuZW50cmllcyhleHRyYSkubWFwKChbZmllbGQsIGFmdGVyXSkgPT4gKHsgZmllbGQsIGJlZm9yZTogbnVsbCwgYWZ0ZXIgfSkpXVxuICAvLyBBZGFwdGVyLWxldmVsLCBpbiB0aGUgYWN0J3Mgb3duIHRyYW5zYWN0aW9uOiBubyBob29rcywgbm8gYWNjZXNzIFx1MjAxNCB0aGUgcm93IGlzIHRoZSBwbGF0Zm9ybSdzLlxuICBhd2FpdCByZXEucGF5bG9hZC5kYi5jcmVhdGUoe1xuICAgIGNvbGxlY3Rpb246ICdhdWRpdC1sb2cnLFxuICAgIGRhdGE6IHtcbiAgICAgIGF0OiBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKCksXG4gICAgICB1c2VyOiB1c2VyLmlkLFxuICAgICAgcm9sZTogdXNlci5yb2xlID8/IG51bGwsXG4gICAgICBvcGVyYXRpb24sXG4gICAgICBjb2xsZWN0aW9uU2x1ZzogY29sbGVjdGlvbixcbiAgICAgIHJlY29yZElkOiBTdHJpbmcoaWQpLFxuICAgICAgc3VtbWFyeTogYXVkaXRTdW1tYXJ5KG9wZXJhdGlvbiwgY29sbGVjdGlvbiwgaWQsIGFsbCksXG4gICAgICBjaGFuZ2VzOiBhbGwsXG4gICAgICB2aWE6IHJlcS5wYXlsb2FkQVBJID8/IG51bGwsXG4gICAgfSxcbiAgICByZXEsXG4gIH0pXG59XG5cbmV4cG9ydCBjb25zdCBhdWRpdENoYW5nZTogQ29sbGVjdGlvbkFmdGVyQ2hhbmdlSG9vayA9IGFzeW5jICh7XG4gIGNvbGxlY3Rpb24sXG4gIGRhdGEsXG4gIGRvYyxcbiAgb3BlcmF0aW9uLFxuICBwcmV2aW91c0RvYyxcbiAgcmVxLFxufSkgPT4ge1xuICAvLyBBIHBhc3N3b3JkIGlzIG5ldmVyIHdyaXR0ZW4gZG93biwgbm90IGV2ZW4gbWFza2VkOiBvbmx5IHRoYXQgaXQgY2hhbmdlZC5cbiAgY29uc3QgZXh0cmEgPSB0eXBlb2YgKGRhdGEgYXMgeyBwYXNzd29yZD86IHVua25vd24gfSB8IHVuZGVmaW5lZCk/LnBhc3N3b3JkID09PSAnc3RyaW5nJyA/IHsgcGFzc3dvcmQ6ICcqKionIH0gOiB7fVxuICBhd2FpdCB3cml0ZUF1ZGl0KHJlcSwgb3BlcmF0aW9uLCBjb2xsZWN0aW9uLnNsdWcsIGRvYy5pZCwgb3BlcmF0aW9uID09PSAnY3JlYXRlJyA/IG51bGwgOiBwcmV2aW91c0RvYywgZG9jLCBleHRyYSlcbiAgcmV0dXJuIGRvY1xufVxuXG5leHBvcnQgY29uc3QgYXVkaXREZWxldGU6IENvbGxlY3Rpb25BZnRlckRlbGV0ZUhvb2sgPSBhc3luYyAoeyBjb2xsZWN0aW9uLCBkb2MsIGlkLCByZXEgfSkgPT4ge1xuICBhd2FpdCB3cml0ZUF1ZGl0KHJlcSwgJ2RlbGV0ZScsIGNvbGxlY3Rpb24uc2x1ZywgaWQsIGRvYywgbnVsbClcbiAgcmV0dXJuIGRvY1xufVxuXG5leHBvcnQgY29uc3QgcmVmdXNlQXVkaXRDaGFuZ2U6IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rID0gKHsgZGF0YSwgb3BlcmF0aW9uIH0pID0+IHtcbiAgaWYgKG9wZXJhdGlvbiAhPT0gJ2NyZWF0ZScpIHRocm93IGZvcmJpZGRlbignQVVESVRfQVBQRU5EX09OTFknLCAnXHU2NENEXHU0RjVDXHU2NUU1XHU1RkQ3XHU0RTBEXHU4MEZEXHU0RkVFXHU2NTM5XHUzMDAyVGhlIGF1ZGl0IGxvZyBjYW5ub3QgYmUgY2hhbmdlZC4nKVxuICByZXR1cm4gZGF0YVxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbi8qKiBcdTgwMDNcdTY4MzggYXNzZXNzbWVudDogbWV0aG9kcywgdG93biBhc3Nlc3NtZW50cywgcmFua2luZyBub3RpY2VzIGFuZCBzdWJzaWR5IHBheW91dHMgKGlzc3VlIDEwKS4gKi9cbmV4cG9ydCBjb25zdCBhc3Nlc3NtZW50Q29sbGVjdGlvbnM6IENvbGxlY3Rpb25Db25maWdbXSA9IFtdXG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuLyoqIFx1NTE5Q1x1Njc1MSBjb3VudHJ5c2lkZTogY2xlYW5lcnMsIGluc3BlY3Rpb25zLCBjbGVhbi11cCBkcml2ZXMsIHNhbml0YXRpb24gY29udHJhY3RzIChpc3N1ZSAxMCkuICovXG5leHBvcnQgY29uc3QgY291bnRyeXNpZGVDb2xsZWN0aW9uczogQ29sbGVjdGlvbkNvbmZpZ1tdID0gW11cbiIsICJpbXBvcnQgdHlwZSB7IEFjY2VzcyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyLCBoYXNSb2xlIH0gZnJvbSAnLi9yb2xlcydcblxuLyoqIERpc3RyaWN0IGFkbWluaXN0cmF0b3JzIG9ubHkuICovXG5leHBvcnQgY29uc3QgYWRtaW5zOiBBY2Nlc3MgPSAoeyByZXEgfSkgPT4gaGFzUm9sZShjdXJyZW50VXNlcihyZXEpLCAnYWRtaW4nKVxuIiwgImltcG9ydCB0eXBlIHsgQWNjZXNzIH0gZnJvbSAncGF5bG9hZCdcblxuLyoqIE5vIG9uZSwgYWRtaW5zIGluY2x1ZGVkLCB0aHJvdWdoIGFueSBBUEkgd2l0aCBhY2Nlc3MgY29udHJvbCBvbi4gKi9cbmV4cG9ydCBjb25zdCBub2JvZHk6IEFjY2VzcyA9ICgpID0+IGZhbHNlXG4iLCAiaW1wb3J0IHR5cGUgeyBBY2Nlc3MgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBjdXJyZW50VXNlciwgaGFzUm9sZSwgdHlwZSBSb2xlIH0gZnJvbSAnLi9yb2xlcydcblxuLyoqIFVzZXJzIGhvbGRpbmcgb25lIG9mIHRoZSBnaXZlbiByb2xlcy4gKi9cbmV4cG9ydCBjb25zdCBieVJvbGUgPVxuICAoLi4ucm9sZXM6IFJvbGVbXSk6IEFjY2VzcyA9PlxuICAoeyByZXEgfSkgPT5cbiAgICBoYXNSb2xlKGN1cnJlbnRVc2VyKHJlcSksIC4uLnJvbGVzKVxuIiwgImltcG9ydCB7IGJ5Um9sZSB9IGZyb20gJy4vYnlSb2xlJ1xuXG4vKiogRGlzdHJpY3QgYWRtaW5zIGFuZCBvcGVyYXRvcnM6IHRoZSBwZW9wbGUgd2hvIHJ1biBjYXJkcywgcG9pbnRzLCBiaW5zIGFuZCBjb2xsZWN0aW9uLiAqL1xuZXhwb3J0IGNvbnN0IHN0YWZmID0gYnlSb2xlKCdhZG1pbicsICdvcGVyYXRvcicpXG4iLCAiaW1wb3J0IHR5cGUgeyBBY2Nlc3MsIFdoZXJlIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgY3VycmVudFVzZXIsIGhhc1JvbGUsIHJlZklkIH0gZnJvbSAnLi9yb2xlcydcblxuLyoqXG4gKiBUaGUgcG9pbnRzIGFuZCBkZXZpY2VzIHByb2dyYW1tZSwgcmVhZC1vbmx5IGZvciBhIHRvd246IGFkbWlucyBhbmQgb3BlcmF0b3JzIHJlYWQgdGhlIHdob2xlXG4gKiBkaXN0cmljdDsgYSB0b3duIG9mZmljaWFsIHJlYWRzIHRoZSByZWNvcmRzIG9mIHRoZWlyIG93biB0b3duJ3Mgc2l0ZXMsIGZvdW5kIHRocm91Z2ggYHNpdGVQYXRoYFxuICogKGBzaXRlYCBvbiBhIGNhcmQsIGBjYXJkLnNpdGVgIG9uIGEgbGVkZ2VyIGVudHJ5LCBgYmluLnNpdGVgIG9uIGFuIGFsZXJ0KTsgZXZlcnlvbmUgZWxzZSBub3RoaW5nLlxuICovXG5leHBvcnQgY29uc3Qgc3RhZmZPck93blRvd24gPVxuICAoc2l0ZVBhdGg6IHN0cmluZyk6IEFjY2VzcyA9PlxuICBhc3luYyAoeyByZXEgfSkgPT4ge1xuICAgIGNvbnN0IHVzZXIgPSBjdXJyZW50VXNlcihyZXEpXG4gICAgaWYgKGhhc1JvbGUodXNlciwgJ2FkbWluJywgJ29wZXJhdG9yJykpIHJldHVybiB0cnVlXG4gICAgY29uc3QgdG93biA9IHJlZklkKHVzZXI/LnRvd24pXG4gICAgaWYgKCFoYXNSb2xlKHVzZXIsICd0b3duLW9mZmljaWFsJykgfHwgdG93biA9PT0gbnVsbCkgcmV0dXJuIGZhbHNlXG4gICAgY29uc3Qgc2l0ZXMgPSBhd2FpdCByZXEucGF5bG9hZC5maW5kKHtcbiAgICAgIGNvbGxlY3Rpb246ICdzaXRlcycsXG4gICAgICB3aGVyZTogeyB0b3duOiB7IGVxdWFsczogdG93biB9IH0sXG4gICAgICBzZWxlY3Q6IHt9LFxuICAgICAgcGFnaW5hdGlvbjogZmFsc2UsXG4gICAgICBkZXB0aDogMCxcbiAgICAgIG92ZXJyaWRlQWNjZXNzOiB0cnVlLFxuICAgICAgcmVxLFxuICAgIH0pXG4gICAgaWYgKHNpdGVzLmRvY3MubGVuZ3RoID09PSAwKSByZXR1cm4gZmFsc2VcbiAgICBjb25zdCB3aGVyZTogV2hlcmUgPSB7IFtzaXRlUGF0aF06IHsgaW46IHNpdGVzLmRvY3MubWFwKChzKSA9PiBzLmlkKSB9IH1cbiAgICByZXR1cm4gd2hlcmVcbiAgfVxuIiwgIi8qKiBTbWFydCBiaW5zLCB0aGVpciBhbGFybXMgYW5kIGZhdWx0cyAocHVyZSkuICovXG5pbXBvcnQgeyB0LCB0eXBlIExhYmVsIH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5cbmV4cG9ydCBjb25zdCBCSU5fS0lORFMgPSB7XG4gICdyZWN5Y2xhYmxlcy00JzogdCgnXHU1NkRCXHU1MjA2XHU3QzdCXHU1M0VGXHU1NkRFXHU2NTM2XHU3QkIxJywgJ0ZvdXItY2F0ZWdvcnkgcmVjeWNsYWJsZXMgYm94JyksXG4gIGhhemFyZG91czogdCgnXHU2NzA5XHU1QkIzXHU1NzgzXHU1NzNFXHU3QkIxJywgJ0hhemFyZG91cy13YXN0ZSBib3gnKSxcbiAgJ3R3by1jYXRlZ29yeSc6IHQoJ1x1NEUyNFx1NTIwNlx1N0M3Qlx1N0JCMScsICdUd28tY2F0ZWdvcnkgYm94JyksXG4gICdnaWZ0LW1hY2hpbmUnOiB0KCdcdTc5M0NcdTU0QzFcdTUxNTFcdTYzNjJcdTY3M0EnLCAnR2lmdC1yZWRlbXB0aW9uIG1hY2hpbmUnKSxcbn1cbmV4cG9ydCB0eXBlIEJpbktpbmQgPSBrZXlvZiB0eXBlb2YgQklOX0tJTkRTXG5cbmV4cG9ydCBjb25zdCBCSU5fU1RBVFVTRVMgPSB7XG4gIG9ubGluZTogdCgnXHU1NzI4XHU3RUJGJywgJ09ubGluZScpLFxuICBvZmZsaW5lOiB0KCdcdTc5QkJcdTdFQkYnLCAnT2ZmbGluZScpLFxuICBmdWxsOiB0KCdcdTZFRTFcdTdCQjEnLCAnRnVsbCcpLFxuICBmYXVsdDogdCgnXHU2NTQ1XHU5NjlDJywgJ0ZhdWx0JyksXG4gIGRpc2FibGVkOiB0KCdcdTUwNUNcdTc1MjgnLCAnRGlzYWJsZWQnKSxcbn1cblxuZXhwb3J0IGNvbnN0IEFMQVJNX0tJTkRTID0gWydzbW9rZScsICdnYXMnLCAndGlsdCcsICd3YXRlcicsICdwYW5pYyddIGFzIGNvbnN0XG5leHBvcnQgY29uc3QgRkFVTFRfS0lORFMgPSBbJ3JlYWRlcicsICdkb29yJywgJ21vdG9yJywgJ3NjYWxlJ10gYXMgY29uc3RcblxuY29uc3QgYWxhcm1MYWJlbHM6IFJlY29yZDwodHlwZW9mIEFMQVJNX0tJTkRTKVtudW1iZXJdLCBMYWJlbD4gPSB7XG4gIHNtb2tlOiB0KCdcdTcwREZcdTk2RkUgLyBcdTcwNkJcdThCNjYnLCAnU21va2UgLyBmaXJlJyksXG4gIGdhczogdCgnXHU1M0VGXHU3MUMzXHU2QzE0XHU0RjUzJywgJ0dhcycpLFxuICB0aWx0OiB0KCdcdTUwM0VcdTUwMTInLCAnVGlsdCcpLFxuICB3YXRlcjogdCgnXHU4RkRCXHU2QzM0JywgJ1dhdGVyJyksXG4gIHBhbmljOiB0KCdcdTdEMjdcdTYwMjVcdTZDNDJcdTUyQTknLCAnUGFuaWMnKSxcbn1cbmNvbnN0IGZhdWx0TGFiZWxzOiBSZWNvcmQ8KHR5cGVvZiBGQVVMVF9LSU5EUylbbnVtYmVyXSwgTGFiZWw+ID0ge1xuICByZWFkZXI6IHQoJ1x1OEJGQlx1NTM2MVx1NTY2OFx1NjU0NVx1OTY5QycsICdSZWFkZXIgZmF1bHQnKSxcbiAgZG9vcjogdCgnXHU2Mjk1XHU1M0UzXHU2NTQ1XHU5NjlDJywgJ0Rvb3IgZmF1bHQnKSxcbiAgbW90b3I6IHQoJ1x1NzUzNVx1NjczQVx1NjU0NVx1OTY5QycsICdNb3RvciBmYXVsdCcpLFxuICBzY2FsZTogdCgnXHU3OUYwXHU5MUNEXHU2NTQ1XHU5NjlDJywgJ1NjYWxlIGZhdWx0JyksXG59XG5cbi8qKiBBbiBhbGVydCdzIGtpbmQ6IGFuIGFsYXJtIGtpbmQgYXMgdGhlIGRldmljZSBzZW5kcyBpdCwgb3IgYGZhdWx0LTxraW5kPmAuICovXG5leHBvcnQgY29uc3QgYWxlcnRLaW5kID0gKHR5cGU6ICdhbGFybScgfCAnZmF1bHQnLCBraW5kOiBzdHJpbmcpID0+ICh0eXBlID09PSAnYWxhcm0nID8ga2luZCA6IGBmYXVsdC0ke2tpbmR9YClcblxuZXhwb3J0IGNvbnN0IEFMRVJUX0tJTkRTID0gW1xuICAuLi5BTEFSTV9LSU5EUy5tYXAoKGtpbmQpID0+ICh7IHZhbHVlOiBhbGVydEtpbmQoJ2FsYXJtJywga2luZCksIGxhYmVsOiBhbGFybUxhYmVsc1traW5kXSB9KSksXG4gIC4uLkZBVUxUX0tJTkRTLm1hcCgoa2luZCkgPT4gKHsgdmFsdWU6IGFsZXJ0S2luZCgnZmF1bHQnLCBraW5kKSwgbGFiZWw6IGZhdWx0TGFiZWxzW2tpbmRdIH0pKSxcbl1cblxuZXhwb3J0IGNvbnN0IEFMRVJUX1NFVkVSSVRJRVMgPSB7XG4gIGNyaXRpY2FsOiB0KCdcdTdEMjdcdTYwMjUnLCAnQ3JpdGljYWwnKSxcbiAgbWFqb3I6IHQoJ1x1OTFDRFx1ODk4MScsICdNYWpvcicpLFxuICBtaW5vcjogdCgnXHU0RTAwXHU4MjJDJywgJ01pbm9yJyksXG59XG5cbi8qKiBIb3cgc2VyaW91cyBhbiBhbGFybSBraW5kIGlzOyBmYXVsdHMgYXJlIG1pbm9yLiAqL1xuZXhwb3J0IGNvbnN0IEFMQVJNX1NFVkVSSVRZOiBSZWNvcmQ8c3RyaW5nLCBrZXlvZiB0eXBlb2YgQUxFUlRfU0VWRVJJVElFUz4gPSB7XG4gIHNtb2tlOiAnY3JpdGljYWwnLFxuICBnYXM6ICdjcml0aWNhbCcsXG4gIHBhbmljOiAnY3JpdGljYWwnLFxuICB3YXRlcjogJ21ham9yJyxcbiAgdGlsdDogJ21ham9yJyxcbn1cblxuZXhwb3J0IGNvbnN0IEFMRVJUX1NUQVRVU0VTID0ge1xuICBvcGVuOiB0KCdcdTY3MkFcdTU5MDRcdTc0MDYnLCAnT3BlbicpLFxuICBhY2tub3dsZWRnZWQ6IHQoJ1x1NURGMlx1Nzg2RVx1OEJBNCcsICdBY2tub3dsZWRnZWQnKSxcbiAgY2xvc2VkOiB0KCdcdTVERjJcdTUxNzNcdTk1RUQnLCAnQ2xvc2VkJyksXG59XG4iLCAiLyoqIERhdGUgZmllbGRzOiBhIG1vbWVudCAoZGF0ZSBhbmQgdGltZSwgc2hvd24gaW4gU2hhbmdoYWkgdGltZSkgb3IgYSBkYXkuICovXG5pbXBvcnQgdHlwZSB7IERhdGVGaWVsZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB0eXBlIHsgTGFiZWwgfSBmcm9tICcuLi9pMThuL2xhYmVscydcblxuZXhwb3J0IHR5cGUgRGF0ZU9wdGlvbnMgPSB7XG4gIHJlcXVpcmVkPzogYm9vbGVhblxuICBpbmRleD86IGJvb2xlYW5cbiAgcmVhZE9ubHk/OiBib29sZWFuXG4gIHNpZGViYXI/OiBib29sZWFuXG4gIGRlc2NyaXB0aW9uPzogTGFiZWxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG1vbWVudEZpZWxkKG5hbWU6IHN0cmluZywgbGFiZWw6IExhYmVsLCBvOiBEYXRlT3B0aW9ucyA9IHt9KTogRGF0ZUZpZWxkIHtcbiAgcmV0dXJuIHtcbiAgICBuYW1lLFxuICAgIHR5cGU6ICdkYXRlJyxcbiAgICBsYWJlbCxcbiAgICByZXF1aXJlZDogby5yZXF1aXJlZCA/PyBmYWxzZSxcbiAgICBpbmRleDogby5pbmRleCA/PyBmYWxzZSxcbiAgICBhZG1pbjoge1xuICAgICAgcmVhZE9ubHk6IG8ucmVhZE9ubHkgPz8gZmFsc2UsXG4gICAgICBkYXRlOiB7IHBpY2tlckFwcGVhcmFuY2U6ICdkYXlBbmRUaW1lJyB9LFxuICAgICAgLi4uKG8uc2lkZWJhciA/IHsgcG9zaXRpb246ICdzaWRlYmFyJyBhcyBjb25zdCB9IDoge30pLFxuICAgICAgLi4uKG8uZGVzY3JpcHRpb24gPyB7IGRlc2NyaXB0aW9uOiBvLmRlc2NyaXB0aW9uIH0gOiB7fSksXG4gICAgfSxcbiAgfVxufVxuIiwgIi8qKiBXaG9sZS1udW1iZXIgZmllbGRzOiBjb3VudHMsIHBvaW50cywgZ3JhbXMsIGZlbiBcdTIwMTQgbmV2ZXIgZnJhY3Rpb25zLiAqL1xuaW1wb3J0IHR5cGUgeyBOdW1iZXJGaWVsZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB0eXBlIHsgTGFiZWwgfSBmcm9tICcuLi9pMThuL2xhYmVscydcblxuZXhwb3J0IHR5cGUgV2hvbGVPcHRpb25zID0ge1xuICBtaW4/OiBudW1iZXJcbiAgbWF4PzogbnVtYmVyXG4gIHJlcXVpcmVkPzogYm9vbGVhblxuICBkZWZhdWx0VmFsdWU/OiBudW1iZXJcbiAgcmVhZE9ubHk/OiBib29sZWFuXG4gIHNpZGViYXI/OiBib29sZWFuXG4gIGluZGV4PzogYm9vbGVhblxuICBkZXNjcmlwdGlvbj86IExhYmVsXG59XG5cbi8qKiBBIHZhbGlkYXRvciBmb3IgYW4gb3B0aW9uYWwgd2hvbGUgbnVtYmVyIHdpdGhpbiBbbWluLCBtYXhdLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdob2xlSW5SYW5nZShtaW4gPSBOdW1iZXIuTUlOX1NBRkVfSU5URUdFUiwgbWF4ID0gTnVtYmVyLk1BWF9TQUZFX0lOVEVHRVIpIHtcbiAgcmV0dXJuICh2OiBudW1iZXIgfCBudWxsIHwgdW5kZWZpbmVkKTogdHJ1ZSB8IHN0cmluZyA9PiB7XG4gICAgaWYgKHYgPT09IG51bGwgfHwgdiA9PT0gdW5kZWZpbmVkKSByZXR1cm4gdHJ1ZVxuICAgIGlmICghTnVtYmVyLmlzSW50ZWdlcih2KSkgcmV0dXJuICdcdTVGQzVcdTk4N0JcdTY2MkZcdTY1NzRcdTY1NzAgLyBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyJ1xuICAgIGlmICh2IDwgbWluIHx8IHYgPiBtYXgpIHJldHVybiBgXHU1RkM1XHU5ODdCXHU1NzI4ICR7bWlufVx1MjAxMyR7bWF4fSBcdTRFNEJcdTk1RjQgLyBtdXN0IGJlICR7bWlufVx1MjAxMyR7bWF4fWBcbiAgICByZXR1cm4gdHJ1ZVxuICB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiB3aG9sZU51bWJlcihuYW1lOiBzdHJpbmcsIGxhYmVsOiBMYWJlbCwgbzogV2hvbGVPcHRpb25zID0ge30pOiBOdW1iZXJGaWVsZCB7XG4gIHJldHVybiB7XG4gICAgbmFtZSxcbiAgICB0eXBlOiAnbnVtYmVyJyxcbiAgICBsYWJlbCxcbiAgICByZXF1aXJlZDogby5yZXF1aXJlZCA/PyBmYWxzZSxcbiAgICBpbmRleDogby5pbmRleCA/PyBmYWxzZSxcbiAgICAuLi4oby5kZWZhdWx0VmFsdWUgIT09IHVuZGVmaW5lZCA/IHsgZGVmYXVsdFZhbHVlOiBvLmRlZmF1bHRWYWx1ZSB9IDoge30pLFxuICAgIC4uLihvLm1pbiAhPT0gdW5kZWZpbmVkID8geyBtaW46IG8ubWluIH0gOiB7fSksXG4gICAgLi4uKG8ubWF4ICE9PSB1bmRlZmluZWQgPyB7IG1heDogby5tYXggfSA6IHt9KSxcbiAgICB2YWxpZGF0ZTogd2hvbGVJblJhbmdlKG8ubWluLCBvLm1heCksXG4gICAgYWRtaW46IHtcbiAgICAgIHJlYWRPbmx5OiBvLnJlYWRPbmx5ID8/IGZhbHNlLFxuICAgICAgLi4uKG8uc2lkZWJhciA/IHsgcG9zaXRpb246ICdzaWRlYmFyJyBhcyBjb25zdCB9IDoge30pLFxuICAgICAgLi4uKG8uZGVzY3JpcHRpb24gPyB7IGRlc2NyaXB0aW9uOiBvLmRlc2NyaXB0aW9uIH0gOiB7fSksXG4gICAgfSxcbiAgfVxufVxuIiwgIi8qKiBTZWxlY3QgZmllbGRzIGZyb20gYSByZWNvcmQgb2YgdmFsdWUgXHUyMTkyIGJpbGluZ3VhbCBsYWJlbCwgc28gYW4gb3B0aW9uIGxpc3QgcmVhZHMgYXMgb25lIHRhYmxlLiAqL1xuaW1wb3J0IHR5cGUgeyBTZWxlY3RGaWVsZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB0eXBlIHsgTGFiZWwgfSBmcm9tICcuLi9pMThuL2xhYmVscydcblxuZXhwb3J0IHR5cGUgT3B0aW9uPFYgZXh0ZW5kcyBzdHJpbmcgPSBzdHJpbmc+ID0geyB2YWx1ZTogVjsgbGFiZWw6IExhYmVsIH1cblxuZXhwb3J0IGZ1bmN0aW9uIG9wdGlvbnM8ViBleHRlbmRzIHN0cmluZz4obGFiZWxzOiBSZWNvcmQ8ViwgTGFiZWw+KTogT3B0aW9uPFY+W10ge1xuICByZXR1cm4gKE9iamVjdC5rZXlzKGxhYmVscykgYXMgVltdKS5tYXAoKHZhbHVlKSA9PiAoeyB2YWx1ZSwgbGFiZWw6IGxhYmVsc1t2YWx1ZV0gfSkpXG59XG5cbmV4cG9ydCB0eXBlIFNlbGVjdE9wdGlvbnMgPSB7IHJlcXVpcmVkPzogYm9vbGVhbjsgZGVmYXVsdFZhbHVlPzogc3RyaW5nOyBpbmRleD86IGJvb2xlYW47IHJlYWRPbmx5PzogYm9vbGVhbiB9XG5cbmV4cG9ydCBmdW5jdGlvbiBzZWxlY3QoXG4gIG5hbWU6IHN0cmluZyxcbiAgbGFiZWw6IExhYmVsLFxuICBjaG9pY2VzOiBSZWNvcmQ8c3RyaW5nLCBMYWJlbD4gfCBPcHRpb25bXSxcbiAgbzogU2VsZWN0T3B0aW9ucyA9IHt9LFxuKTogU2VsZWN0RmllbGQge1xuICByZXR1cm4ge1xuICAgIG5hbWUsXG4gICAgdHlwZTogJ3NlbGVjdCcsXG4gICAgbGFiZWwsXG4gICAgb3B0aW9uczogQXJyYXkuaXNBcnJheShjaG9pY2VzKSA/IGNob2ljZXMgOiBvcHRpb25zKGNob2ljZXMpLFxuICAgIHJlcXVpcmVkOiBvLnJlcXVpcmVkID8/IGZhbHNlLFxuICAgIGluZGV4OiBvLmluZGV4ID8/IGZhbHNlLFxuICAgIC4uLihvLmRlZmF1bHRWYWx1ZSAhPT0gdW5kZWZpbmVkID8geyBkZWZhdWx0VmFsdWU6IG8uZGVmYXVsdFZhbHVlIH0gOiB7fSksXG4gICAgLi4uKG8ucmVhZE9ubHkgPyB7IGFkbWluOiB7IHJlYWRPbmx5OiB0cnVlIH0gfSA6IHt9KSxcbiAgfVxufVxuIiwgIi8qKlxuICogUmVsYXRpb25zaGlwIGZpZWxkcyB0aGF0IHJlY3VyIGFjcm9zcyBjb2xsZWN0aW9uczogdGhlIGNhcmQsIHRoZSBzaXRlLCB0aGUgdG93biwgdGhlIHVzZXIgd2hvXG4gKiBkaWQgc29tZXRoaW5nLiBFYWNoIGZhY3RvcnkgZ2l2ZXMgdGhlIHVzdWFsIG5hbWUsIGxhYmVsIGFuZCBpbmRleDsgb3B0aW9ucyBjaGFuZ2Ugd2hhdCBkaWZmZXJzLlxuICovXG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25TbHVnLCBGaWx0ZXJPcHRpb25zLCBSZWxhdGlvbnNoaXBGaWVsZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHQsIHR5cGUgTGFiZWwgfSBmcm9tICcuLi9pMThuL2xhYmVscydcblxuZXhwb3J0IHR5cGUgUmVsYXRpb25PcHRpb25zID0ge1xuICBuYW1lPzogc3RyaW5nXG4gIGxhYmVsPzogTGFiZWxcbiAgcmVxdWlyZWQ/OiBib29sZWFuXG4gIGluZGV4PzogYm9vbGVhblxuICAvKiogU2V0IGJ5IHRoZSBzZXJ2ZXIsIG5ldmVyIHR5cGVkIGJ5IGEgcGVyc29uLiAqL1xuICByZWFkT25seT86IGJvb2xlYW5cbiAgc2lkZWJhcj86IGJvb2xlYW5cbiAgZmlsdGVyT3B0aW9ucz86IEZpbHRlck9wdGlvbnNcbiAgZGVzY3JpcHRpb24/OiBMYWJlbFxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVsYXRpb24oXG4gIHJlbGF0aW9uVG86IENvbGxlY3Rpb25TbHVnLFxuICBuYW1lOiBzdHJpbmcsXG4gIGxhYmVsOiBMYWJlbCxcbiAgbzogUmVsYXRpb25PcHRpb25zID0ge30sXG4pOiBSZWxhdGlvbnNoaXBGaWVsZCB7XG4gIHJldHVybiB7XG4gICAgbmFtZTogby5uYW1lID8/IG5hbWUsXG4gICAgdHlwZTogJ3JlbGF0aW9uc2hpcCcsXG4gICAgcmVsYXRpb25UbyxcbiAgICBoYXNNYW55OiBmYWxzZSxcbiAgICByZXF1aXJlZDogby5yZXF1aXJlZCA/PyBmYWxzZSxcbiAgICBpbmRleDogby5pbmRleCA/PyBmYWxzZSxcbiAgICBsYWJlbDogby5sYWJlbCA/PyBsYWJlbCxcbiAgICAuLi4oby5maWx0ZXJPcHRpb25zID8geyBmaWx0ZXJPcHRpb25zOiBvLmZpbHRlck9wdGlvbnMgfSA6IHt9KSxcbiAgICBhZG1pbjoge1xuICAgICAgcmVhZE9ubHk6IG8ucmVhZE9ubHkgPz8gZmFsc2UsXG4gICAgICAuLi4oby5zaWRlYmFyID8geyBwb3NpdGlvbjogJ3NpZGViYXInIGFzIGNvbnN0IH0gOiB7fSksXG4gICAgICAuLi4oby5kZXNjcmlwdGlvbiA/IHsgZGVzY3JpcHRpb246IG8uZGVzY3JpcHRpb24gfSA6IHt9KSxcbiAgICB9LFxuICB9XG59XG5cbmV4cG9ydCBjb25zdCBjYXJkRmllbGQgPSAobzogUmVsYXRpb25PcHRpb25zID0ge30pID0+XG4gIHJlbGF0aW9uKCdjYXJkcycsICdjYXJkJywgdCgnXHU2NjdBXHU4MEZEXHU1MzYxJywgJ0NhcmQnKSwgeyByZXF1aXJlZDogdHJ1ZSwgaW5kZXg6IHRydWUsIC4uLm8gfSlcblxuZXhwb3J0IGNvbnN0IHNpdGVGaWVsZCA9IChvOiBSZWxhdGlvbk9wdGlvbnMgPSB7fSkgPT5cbiAgcmVsYXRpb24oJ3NpdGVzJywgJ3NpdGUnLCB0KCdcdTU3M0FcdTYyNDAnLCAnU2l0ZScpLCB7IHJlcXVpcmVkOiB0cnVlLCBpbmRleDogdHJ1ZSwgLi4ubyB9KVxuXG5leHBvcnQgY29uc3QgdG93bkZpZWxkID0gKG86IFJlbGF0aW9uT3B0aW9ucyA9IHt9KSA9PlxuICByZWxhdGlvbigndG93bnMnLCAndG93bicsIHQoJ1x1NjI0MFx1NUM1RVx1OTU0N1x1RkYwOFx1ODg1N1x1OTA1M1x1RkYwOScsICdUb3duJyksIHsgcmVxdWlyZWQ6IHRydWUsIGluZGV4OiB0cnVlLCAuLi5vIH0pXG5cbi8qKiBXaG8gZGlkIHNvbWV0aGluZzogc2V0IGJ5IHRoZSBzZXJ2ZXIgZnJvbSB0aGUgc2lnbmVkLWluIHVzZXIsIHJlYWQtb25seSBmb3IgZXZlcnlvbmUuICovXG5leHBvcnQgY29uc3QgYWN0b3JGaWVsZCA9IChuYW1lOiBzdHJpbmcsIGxhYmVsOiBMYWJlbCwgbzogUmVsYXRpb25PcHRpb25zID0ge30pID0+XG4gIHJlbGF0aW9uKCd1c2VycycsIG5hbWUsIGxhYmVsLCB7IHJlYWRPbmx5OiB0cnVlLCAuLi5vIH0pXG4iLCAiLyoqIEhvb2tzIG9mIGBhbGVydHNgOiB3aG8gYWNrbm93bGVkZ2VkIG9yIGNsb3NlZCBhbiBhbGVydCwgYW5kIHdoZW4sIGNvbWUgZnJvbSB0aGUgc2VydmVyLiAqL1xuaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHR5cGUgeyBBbGVydCB9IGZyb20gJy4uLy4uL3BheWxvYWQtdHlwZXMnXG5cbmV4cG9ydCBjb25zdCBzdGFtcEFsZXJ0U3RhdHVzOiBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vazxBbGVydD4gPSAoeyBkYXRhLCBvcmlnaW5hbERvYywgcmVxIH0pID0+IHtcbiAgY29uc3QgdXNlciA9IChjdXJyZW50VXNlcihyZXEpPy5pZCBhcyBudW1iZXIgfCB1bmRlZmluZWQpID8/IG51bGxcbiAgY29uc3Qgbm93ID0gbmV3IERhdGUoKS50b0lTT1N0cmluZygpXG4gIGlmIChkYXRhLnN0YXR1cyA9PT0gJ2Fja25vd2xlZGdlZCcgJiYgb3JpZ2luYWxEb2M/LnN0YXR1cyA9PT0gJ29wZW4nKVxuICAgIE9iamVjdC5hc3NpZ24oZGF0YSwgeyBhY2tub3dsZWRnZWRBdDogbm93LCBhY2tub3dsZWRnZWRCeTogdXNlciB9KVxuICBpZiAoZGF0YS5zdGF0dXMgPT09ICdjbG9zZWQnICYmIG9yaWdpbmFsRG9jPy5zdGF0dXMgIT09ICdjbG9zZWQnKVxuICAgIE9iamVjdC5hc3NpZ24oZGF0YSwgeyBjbG9zZWRBdDogbm93LCBjbG9zZWRCeTogdXNlciB9KVxuICByZXR1cm4gZGF0YVxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGFkbWlucyB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hZG1pbnMnXG5pbXBvcnQgeyBub2JvZHkgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvbm9ib2R5J1xuaW1wb3J0IHsgc3RhZmYgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvc3RhZmYnXG5pbXBvcnQgeyBzdGFmZk9yT3duVG93biB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZk9yT3duVG93bidcbmltcG9ydCB7IEFMRVJUX0tJTkRTLCBBTEVSVF9TRVZFUklUSUVTLCBBTEVSVF9TVEFUVVNFUyB9IGZyb20gJy4uLy4uL2RvbWFpbi9kZXZpY2VzL2JpbnMnXG5pbXBvcnQgeyBtb21lbnRGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9kYXRlcydcbmltcG9ydCB7IHdob2xlTnVtYmVyIH0gZnJvbSAnLi4vLi4vZmllbGRzL251bWJlcnMnXG5pbXBvcnQgeyBzZWxlY3QgfSBmcm9tICcuLi8uLi9maWVsZHMvb3B0aW9ucydcbmltcG9ydCB7IGFjdG9yRmllbGQsIHJlbGF0aW9uIH0gZnJvbSAnLi4vLi4vZmllbGRzL3JlbGF0aW9ucydcbmltcG9ydCB7IHN0YW1wQWxlcnRTdGF0dXMgfSBmcm9tICcuLi8uLi9ob29rcy9kZXZpY2VzL2FsZXJ0cydcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKiogXHU4QkJFXHU1OTA3XHU1NDRBXHU4QjY2OiBhbGFybXMgYW5kIGZhdWx0cyBmcm9tIGJpbnMsIGFja25vd2xlZGdlZCBhbmQgY2xvc2VkIGJ5IHN0YWZmLiAqL1xuZXhwb3J0IGNvbnN0IEFsZXJ0czogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ2FsZXJ0cycsXG4gIGxhYmVsczogeyBzaW5ndWxhcjogdCgnXHU4QkJFXHU1OTA3XHU1NDRBXHU4QjY2JywgJ0FsZXJ0JyksIHBsdXJhbDogdCgnXHU4QkJFXHU1OTA3XHU1NDRBXHU4QjY2JywgJ0FsZXJ0cycpIH0sXG4gIGFkbWluOiB7IGdyb3VwOiBncm91cHMuZGV2aWNlcywgZGVmYXVsdENvbHVtbnM6IFsnb3BlbmVkQXQnLCAnYmluJywgJ2tpbmQnLCAnc2V2ZXJpdHknLCAnc3RhdHVzJywgJ2NvdW50J10gfSxcbiAgZGVmYXVsdFNvcnQ6ICctb3BlbmVkQXQnLFxuICAvLyBBIHJlY29yZCBvZiBhbiBhY3QgY2Fubm90IGJlIGNvcGllZCBpbnRvIGFub3RoZXIgYWN0LlxuICBkaXNhYmxlRHVwbGljYXRlOiB0cnVlLFxuICBhY2Nlc3M6IHsgcmVhZDogc3RhZmZPck93blRvd24oJ2Jpbi5zaXRlJyksIGNyZWF0ZTogbm9ib2R5LCB1cGRhdGU6IHN0YWZmLCBkZWxldGU6IGFkbWlucyB9LFxuICBob29rczogeyBiZWZvcmVDaGFuZ2U6IFtzdGFtcEFsZXJ0U3RhdHVzXSB9LFxuICBmaWVsZHM6IFtcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICByZWxhdGlvbignYmlucycsICdiaW4nLCB0KCdcdThCQkVcdTU5MDcnLCAnQmluJyksIHsgcmVxdWlyZWQ6IHRydWUsIGluZGV4OiB0cnVlLCByZWFkT25seTogdHJ1ZSB9KSxcbiAgICAgICAgc2VsZWN0KCdraW5kJywgdCgnXHU3QzdCXHU1NzhCJywgJ0tpbmQnKSwgQUxFUlRfS0lORFMsIHsgcmVxdWlyZWQ6IHRydWUsIHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICBzZWxlY3QoJ3NldmVyaXR5JywgdCgnXHU3RUE3XHU1MjJCJywgJ1NldmVyaXR5JyksIEFMRVJUX1NFVkVSSVRJRVMsIHsgcmVxdWlyZWQ6IHRydWUsIHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICBzZWxlY3QoJ3N0YXR1cycsIHQoJ1x1NzJCNlx1NjAwMScsICdTdGF0dXMnKSwgQUxFUlRfU1RBVFVTRVMsIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogJ29wZW4nLCBpbmRleDogdHJ1ZSB9KSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICBtb21lbnRGaWVsZCgnb3BlbmVkQXQnLCB0KCdcdTUzRDFcdTc1MUZcdTY1RjZcdTk1RjQnLCAnT3BlbmVkJyksIHsgcmVxdWlyZWQ6IHRydWUsIHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICBtb21lbnRGaWVsZCgnbGFzdEF0JywgdCgnXHU2NzAwXHU4RkQxXHU0RTAwXHU2QjIxJywgJ0xhc3QnKSwgeyByZWFkT25seTogdHJ1ZSB9KSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ2NvdW50JywgdCgnXHU2QjIxXHU2NTcwJywgJ0NvdW50JyksIHsgZGVmYXVsdFZhbHVlOiAxLCByZWFkT25seTogdHJ1ZSB9KSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7IG5hbWU6ICdkZXRhaWwnLCB0eXBlOiAndGV4dGFyZWEnLCBsYWJlbDogdCgnXHU4QkU2XHU2MEM1JywgJ0RldGFpbCcpLCBhZG1pbjogeyByZWFkT25seTogdHJ1ZSB9IH0sXG4gICAgeyBuYW1lOiAncmVzb2x1dGlvbicsIHR5cGU6ICd0ZXh0YXJlYScsIGxhYmVsOiB0KCdcdTU5MDRcdTc0MDZcdThCRjRcdTY2MEUnLCAnUmVzb2x1dGlvbicpIH0sXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgbW9tZW50RmllbGQoJ2Fja25vd2xlZGdlZEF0JywgdCgnXHU3ODZFXHU4QkE0XHU2NUY2XHU5NUY0JywgJ0Fja25vd2xlZGdlZCcpLCB7IHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICBhY3RvckZpZWxkKCdhY2tub3dsZWRnZWRCeScsIHQoJ1x1Nzg2RVx1OEJBNFx1NEVCQScsICdCeScpKSxcbiAgICAgICAgbW9tZW50RmllbGQoJ2Nsb3NlZEF0JywgdCgnXHU1MTczXHU5NUVEXHU2NUY2XHU5NUY0JywgJ0Nsb3NlZCcpLCB7IHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICBhY3RvckZpZWxkKCdjbG9zZWRCeScsIHQoJ1x1NTE3M1x1OTVFRFx1NEVCQScsICdCeScpKSxcbiAgICAgIF0sXG4gICAgfSxcbiAgXSxcbn1cbiIsICIvKiogV2hvIGEgYmluIG9yIGEgcmV3YXJkIGlzIGZvcjogcmVzaWRlbnQgaG91c2Vob2xkcywgZ292ZXJubWVudCBvZmZpY2VzLCBvciBib3RoIChwdXJlKS4gKi9cbmltcG9ydCB7IHQgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcblxuZXhwb3J0IGNvbnN0IEFVRElFTkNFUyA9IHtcbiAgcmVzaWRlbnRzOiB0KCdcdTVDNDVcdTZDMTEnLCAnUmVzaWRlbnRzJyksXG4gIG9mZmljZXM6IHQoJ1x1NjczQVx1NTE3M1x1NTM1NVx1NEY0RCcsICdPZmZpY2VzJyksXG4gIGJvdGg6IHQoJ1x1NTc0N1x1NTNFRicsICdCb3RoJyksXG59XG5leHBvcnQgdHlwZSBBdWRpZW5jZSA9IGtleW9mIHR5cGVvZiBBVURJRU5DRVNcblxuLyoqIFdoZXRoZXIgYSBjYXJkIGhvbGRlciBtYXkgdXNlIHNvbWV0aGluZyBtZWFudCBmb3IgYGF1ZGllbmNlYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBhdWRpZW5jZUFkbWl0cyhhdWRpZW5jZTogQXVkaWVuY2UsIGhvbGRlcktpbmQ6ICdob3VzZWhvbGQnIHwgJ29mZmljZScpOiBib29sZWFuIHtcbiAgcmV0dXJuIGF1ZGllbmNlID09PSAnYm90aCcgfHwgYXVkaWVuY2UgPT09IChob2xkZXJLaW5kID09PSAnb2ZmaWNlJyA/ICdvZmZpY2VzJyA6ICdyZXNpZGVudHMnKVxufVxuIiwgIi8qKiBXaGF0IGV2ZXJ5IGN1c3RvbSBlbmRwb2ludCBkb2VzIGZpcnN0OiBjaGVjayB0aGUgY2FsbGVyJ3Mgcm9sZSwgcmVhZCBhbmQgdmFsaWRhdGUgaXRzIGlucHV0LiAqL1xuaW1wb3J0IHR5cGUgeyBQYXlsb2FkUmVxdWVzdCB9IGZyb20gJ3BheWxvYWQnXG5pbXBvcnQgdHlwZSB7IHogfSBmcm9tICd6b2QnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyLCBoYXNSb2xlLCB0eXBlIFJvbGUgfSBmcm9tICcuLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgeyBiYWRSZXF1ZXN0LCBmb3JiaWRkZW4gfSBmcm9tICcuLi9ob29rcy9zaGFyZWQvZXJyb3JzJ1xuXG5leHBvcnQgZnVuY3Rpb24gcmVxdWlyZVJvbGUocmVxOiBQYXlsb2FkUmVxdWVzdCwgcm9sZXM6IFJvbGVbXSwgbWVzc2FnZTogc3RyaW5nKTogdm9pZCB7XG4gIGlmICghaGFzUm9sZShjdXJyZW50VXNlcihyZXEpLCAuLi5yb2xlcykpIHRocm93IGZvcmJpZGRlbignRk9SQklEREVOJywgbWVzc2FnZSlcbn1cblxuLyoqIFZhbGlkYXRlcyBpbnB1dCB3aXRoIGEgem9kIHNjaGVtYTsgdGhlIGZpcnN0IHByb2JsZW0gYmVjb21lcyBhIGNvZGVkIDQwMCBuYW1pbmcgaXRzIHBhdGguICovXG5leHBvcnQgZnVuY3Rpb24gcGFyc2VXaXRoPFMgZXh0ZW5kcyB6LlpvZFR5cGU+KHNjaGVtYTogUywgdmFsdWU6IHVua25vd24sIGNvZGUgPSAnSU5WQUxJRF9SRVFVRVNUJyk6IHouaW5mZXI8Uz4ge1xuICBjb25zdCBwYXJzZWQgPSBzY2hlbWEuc2FmZVBhcnNlKHZhbHVlKVxuICBpZiAocGFyc2VkLnN1Y2Nlc3MpIHJldHVybiBwYXJzZWQuZGF0YVxuICBjb25zdCBpc3N1ZSA9IHBhcnNlZC5lcnJvci5pc3N1ZXNbMF0hXG4gIHRocm93IGJhZFJlcXVlc3QoY29kZSwgaXNzdWUubWVzc2FnZSwgeyBwYXRoOiBpc3N1ZS5wYXRoLmpvaW4oJy4nKSB9KVxufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcmVhZEpzb24ocmVxOiBQYXlsb2FkUmVxdWVzdCk6IFByb21pc2U8dW5rbm93bj4ge1xuICB0cnkge1xuICAgIHJldHVybiByZXEuanNvbiA/IGF3YWl0IHJlcS5qc29uKCkgOiB1bmRlZmluZWRcbiAgfSBjYXRjaCB7XG4gICAgdGhyb3cgYmFkUmVxdWVzdCgnTUFMRk9STUVEX0pTT04nLCAnXHU4QkY3XHU2QzQyXHU0RjUzXHU0RTBEXHU2NjJGXHU2NzA5XHU2NTQ4XHU3Njg0IEpTT05cdTMwMDJNYWxmb3JtZWQgSlNPTi4nKVxuICB9XG59XG5cbi8qKlxuICogVGhlIGNsaWVudCdzIG5ldHdvcmsgYWRkcmVzcywgYXMgdGhlIGV4cHJlc3Mgc2VydmVyIHNhdyBpdCAoaXQgc2V0cyBgeC1mZW5sZWktY2xpZW50YCBvbiBldmVyeVxuICogcmVxdWVzdCBhbmQgb3ZlcndyaXRlcyB3aGF0ZXZlciBhIGNsaWVudCBzZW50KS4gUmVxdWVzdHMgdGhhdCBkaWQgbm90IHBhc3MgdGhyb3VnaCBpdCBhcmUgXCJsb2NhbFwiLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2xpZW50QWRkcmVzcyhyZXE6IFBheWxvYWRSZXF1ZXN0KTogc3RyaW5nIHtcbiAgcmV0dXJuIHJlcS5oZWFkZXJzLmdldCgneC1mZW5sZWktY2xpZW50JykgPz8gJ2xvY2FsJ1xufVxuIiwgIi8qKiBQT1NUIC9hcGkvYmlucy86aWQvcm90YXRlLXNlY3JldCBcdTIwMTQgYWRtaW5zIGlzc3VlIGEgbmV3IGRldmljZSBzZWNyZXQ7IHJldHVybmVkIG9uY2UuICovXG5pbXBvcnQgdHlwZSB7IEVuZHBvaW50IH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHR5cGUgeyBCaW4gfSBmcm9tICcuLi8uLi9wYXlsb2FkLXR5cGVzJ1xuaW1wb3J0IHsgcmVxdWlyZVJvbGUgfSBmcm9tICcuLi9zaGFyZWQnXG5cbmV4cG9ydCBjb25zdCByb3RhdGVTZWNyZXRFbmRwb2ludDogRW5kcG9pbnQgPSB7XG4gIHBhdGg6ICcvOmlkL3JvdGF0ZS1zZWNyZXQnLFxuICBtZXRob2Q6ICdwb3N0JyxcbiAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgIHJlcXVpcmVSb2xlKHJlcSwgWydhZG1pbiddLCAnXHU1M0VBXHU2NzA5XHU3QkExXHU3NDA2XHU1NDU4XHU1M0VGXHU0RUU1XHU5MUNEXHU3RjZFXHU4QkJFXHU1OTA3XHU1QkM2XHU5NEE1XHUzMDAyQWRtaW5zIG9ubHkuJylcbiAgICBjb25zdCBpZCA9IFN0cmluZyhyZXEucm91dGVQYXJhbXM/LmlkID8/ICcnKVxuICAgIGNvbnN0IGJpbjogQmluICYgeyBuZXdTZWNyZXQ/OiBzdHJpbmcgfSA9IGF3YWl0IHJlcS5wYXlsb2FkLnVwZGF0ZSh7XG4gICAgICBjb2xsZWN0aW9uOiAnYmlucycsXG4gICAgICBpZCxcbiAgICAgIGRhdGE6IHsgcm90YXRlU2VjcmV0OiB0cnVlIH0sXG4gICAgICByZXEsXG4gICAgICBvdmVycmlkZUFjY2VzczogdHJ1ZSxcbiAgICB9KVxuICAgIHJldHVybiBSZXNwb25zZS5qc29uKHsgZGV2aWNlSWQ6IGJpbi5kZXZpY2VJZCwgc2VjcmV0OiBiaW4ubmV3U2VjcmV0LCBzZWNyZXRSb3RhdGVkQXQ6IGJpbi5zZWNyZXRSb3RhdGVkQXQgfSlcbiAgfSxcbn1cbiIsICIvKipcbiAqIFBvaW50cyBydWxlczogcHVyZSBmdW5jdGlvbnMgdGhhdCBob29rcywgam9icywgdGhlIGJyaWRnZSBhbmQgdGhlIHNlZWQgYWxsIGNhbGwuXG4gKiBQb2ludHMgYXJlIHdob2xlIG51bWJlcnM7IHdlaWdodHMgYXJlIHdob2xlIGdyYW1zOyBtb25leSBpcyB3aG9sZSBmZW4uXG4gKi9cbmltcG9ydCB7IHQsIHR5cGUgTGFiZWwgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcblxuZXhwb3J0IGNvbnN0IENBVEVHT1JJRVMgPSBbXG4gICdraXRjaGVuJyxcbiAgJ290aGVyJyxcbiAgJ3BhcGVyJyxcbiAgJ3BsYXN0aWMnLFxuICAnbWV0YWwnLFxuICAnZ2xhc3MnLFxuICAndGV4dGlsZScsXG4gICdoYXphcmRvdXMnLFxuICAncm90YWJsZScsXG4gICdzZWxsYWJsZScsXG4gICd1bnNlbGxhYmxlJyxcbl0gYXMgY29uc3RcbmV4cG9ydCB0eXBlIENhdGVnb3J5ID0gKHR5cGVvZiBDQVRFR09SSUVTKVtudW1iZXJdXG5cbmV4cG9ydCBjb25zdCBjYXRlZ29yeUxhYmVsczogUmVjb3JkPENhdGVnb3J5LCBMYWJlbD4gPSB7XG4gIGtpdGNoZW46IHQoJ1x1NTNBOFx1NEY1OVx1NTc4M1x1NTczRScsICdLaXRjaGVuIHdhc3RlJyksXG4gIG90aGVyOiB0KCdcdTUxNzZcdTRFRDZcdTU3ODNcdTU3M0UnLCAnT3RoZXIgd2FzdGUnKSxcbiAgcGFwZXI6IHQoJ1x1NTNFRlx1NTZERVx1NjUzNlx1NzI2OVx1MDBCN1x1N0VCOFx1N0M3QicsICdSZWN5Y2xhYmxlOiBwYXBlcicpLFxuICBwbGFzdGljOiB0KCdcdTUzRUZcdTU2REVcdTY1MzZcdTcyNjlcdTAwQjdcdTU4NTFcdTY1OTknLCAnUmVjeWNsYWJsZTogcGxhc3RpYycpLFxuICBtZXRhbDogdCgnXHU1M0VGXHU1NkRFXHU2NTM2XHU3MjY5XHUwMEI3XHU5MUQxXHU1QzVFJywgJ1JlY3ljbGFibGU6IG1ldGFsJyksXG4gIGdsYXNzOiB0KCdcdTUzRUZcdTU2REVcdTY1MzZcdTcyNjlcdTAwQjdcdTczQkJcdTc0ODMnLCAnUmVjeWNsYWJsZTogZ2xhc3MnKSxcbiAgdGV4dGlsZTogdCgnXHU1M0VGXHU1NkRFXHU2NTM2XHU3MjY5XHUwMEI3XHU3RUM3XHU3MjY5JywgJ1JlY3ljbGFibGU6IHRleHRpbGUnKSxcbiAgaGF6YXJkb3VzOiB0KCdcdTY3MDlcdTVCQjNcdTU3ODNcdTU3M0UnLCAnSGF6YXJkb3VzIHdhc3RlJyksXG4gIHJvdGFibGU6IHQoJ1x1NEYxQVx1NzBDMlx1NzY4NCcsICdSb3QtYWJsZSAocnVyYWwpJyksXG4gIHNlbGxhYmxlOiB0KCdcdTU5N0RcdTUzNTZcdTc2ODQnLCAnU2VsbGFibGUgKHJ1cmFsKScpLFxuICB1bnNlbGxhYmxlOiB0KCdcdTRFMERcdTU5N0RcdTUzNTZcdTc2ODQnLCAnTm90IHNlbGxhYmxlIChydXJhbCknKSxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzQ2F0ZWdvcnkodmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyBDYXRlZ29yeSB7XG4gIHJldHVybiB0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnICYmIChDQVRFR09SSUVTIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyh2YWx1ZSlcbn1cblxuZXhwb3J0IHR5cGUgQ2F0ZWdvcnlSdWxlID0geyBjYXRlZ29yeTogQ2F0ZWdvcnk7IHBvaW50c1BlcktnOiBudW1iZXI7IHBvaW50c1BlckRyb3A6IG51bWJlcjsgbWluR3JhbXM6IG51bWJlciB9XG5cbmV4cG9ydCB0eXBlIFBvaW50UnVsZXMgPSB7XG4gIC8qKiBJbmNyZWFzZXMgYnkgb25lIHdpdGggZXZlcnkgc2F2ZWQgY2hhbmdlOyByZWNvcmRlZCBvbiBldmVyeSBkcm9wIGFuZCBsZWRnZXIgZW50cnkuICovXG4gIHJldmlzaW9uOiBudW1iZXJcbiAgLyoqIEZyb20gd2hlbiB0aGVzZSBydWxlcyBhcHBseSAoSVNPIHRpbWUsIFVUQykuICovXG4gIGVmZmVjdGl2ZUZyb206IHN0cmluZ1xuICBjYXRlZ29yaWVzOiBDYXRlZ29yeVJ1bGVbXVxuICAvKiogTW9zdCBwb2ludHMgb25lIGNhcmQgbWF5IGVhcm4gZnJvbSBkcm9wcyBpbiBvbmUgU2hhbmdoYWkgZGF5OyAwID0gbm8gY2FwLiAqL1xuICBkYWlseUNhcDogbnVtYmVyXG4gIC8qKiBQb2ludHMgdGFrZW4gZm9yIGEgY29uZmlybWVkIG1pcy1zb3J0IChhIHBvc2l0aXZlIG51bWJlcikuICovXG4gIG1pc1NvcnRQZW5hbHR5OiBudW1iZXJcbiAgLyoqIFBvaW50cyB3b3J0aCBvbmUgeXVhbiB3aGVuIGRlZHVjdGVkIGZyb20gcHJvcGVydHkgZmVlcy4gKi9cbiAgcG9pbnRzUGVyWXVhbjogbnVtYmVyXG4gIC8qKiBQb2ludHMgZXhwaXJlIGFmdGVyIHRoaXMgbWFueSBkYXlzOyAwID0gbmV2ZXIuICovXG4gIGV4cGlyeURheXM6IG51bWJlclxuICAvKiogQ2FyZHMgdGhhdCBlYXJuZWQgYXQgbW9zdCB0aGlzIG1hbnkgcG9pbnRzIGluIGEgcGVyaW9kIGFyZSBsaXN0ZWQgZm9yIGEgZm9sbG93LXVwLiAqL1xuICBmb2xsb3dVcFRocmVzaG9sZDogbnVtYmVyXG4gIC8qKiBIb3cgbWFueSBkYXlzIGJhY2sgYSBkcm9wIGVudGVyZWQgYnkgaGFuZCAob3IgYXQgYSBwaWNrdXApIG1heSBiZSBkYXRlZC4gKi9cbiAgbWFudWFsQmFja2RhdGVEYXlzOiBudW1iZXJcbiAgLyoqIEhvdyBtYW55IGRheXMgYmFjayBhIGRldmljZSBtYXkgZGVsaXZlciBhIGRyb3AgaXQga2VwdCB3aGlsZSBvZmZsaW5lLiAqL1xuICBkZXZpY2VCYWNrbG9nRGF5czogbnVtYmVyXG59XG5cbi8qKlxuICogRGVmYXVsdHMgZnJvbSB0aGUgZGVzaWduIG5vdGVzIFx1MDBBNzQ6IEJlaWppbmcncyArNSBwZXIga2l0Y2hlbiBkcm9wLCBIYW5nemhvdSdzIGtpb3NrIHByaWNlc1xuICogdHVybmVkIGludG8gcG9pbnRzIGF0IDEwMCBwb2ludHMgPSAxIHl1YW4gKHBhcGVyIGFuZCBwbGFzdGljIDAuNywgbWV0YWwgMC42IHl1YW4va2cpLCBnbGFzcyBhbmRcbiAqIGhhemFyZG91cyB3YXN0ZSBlYXJuaW5nIGEgdG9rZW4gYW1vdW50IHBlciBkcm9wLCB0aGUgcnVyYWwgY2xhc3NlcyByZXdhcmRpbmcgdGhlIHNvcnQgaXRzZWxmLlxuICovXG5leHBvcnQgY29uc3QgREVGQVVMVF9SVUxFUzogUG9pbnRSdWxlcyA9IHtcbiAgcmV2aXNpb246IDAsXG4gIGVmZmVjdGl2ZUZyb206ICcyMDIwLTAxLTAxVDAwOjAwOjAwLjAwMFonLFxuICBjYXRlZ29yaWVzOiBbXG4gICAgeyBjYXRlZ29yeTogJ2tpdGNoZW4nLCBwb2ludHNQZXJLZzogMCwgcG9pbnRzUGVyRHJvcDogNSwgbWluR3JhbXM6IDEwMCB9LFxuICAgIHsgY2F0ZWdvcnk6ICdvdGhlcicsIHBvaW50c1BlcktnOiAwLCBwb2ludHNQZXJEcm9wOiAxLCBtaW5HcmFtczogMTAwIH0sXG4gICAgeyBjYXRlZ29yeTogJ3BhcGVyJywgcG9pbnRzUGVyS2c6IDcwLCBwb2ludHNQZXJEcm9wOiAwLCBtaW5HcmFtczogMTAwIH0sXG4gICAgeyBjYXRlZ29yeTogJ3BsYXN0aWMnLCBwb2ludHNQZXJLZzogNzAsIHBvaW50c1BlckRyb3A6IDAsIG1pbkdyYW1zOiA1MCB9LFxuICAgIHsgY2F0ZWdvcnk6ICdtZXRhbCcsIHBvaW50c1BlcktnOiA2MCwgcG9pbnRzUGVyRHJvcDogMCwgbWluR3JhbXM6IDUwIH0sXG4gICAgeyBjYXRlZ29yeTogJ2dsYXNzJywgcG9pbnRzUGVyS2c6IDAsIHBvaW50c1BlckRyb3A6IDIsIG1pbkdyYW1zOiAxMDAgfSxcbiAgICB7IGNhdGVnb3J5OiAndGV4dGlsZScsIHBvaW50c1BlcktnOiAyMCwgcG9pbnRzUGVyRHJvcDogMCwgbWluR3JhbXM6IDIwMCB9LFxuICAgIHsgY2F0ZWdvcnk6ICdoYXphcmRvdXMnLCBwb2ludHNQZXJLZzogMCwgcG9pbnRzUGVyRHJvcDogNSwgbWluR3JhbXM6IDEgfSxcbiAgICB7IGNhdGVnb3J5OiAncm90YWJsZScsIHBvaW50c1BlcktnOiAwLCBwb2ludHNQZXJEcm9wOiAzLCBtaW5HcmFtczogMTAwIH0sXG4gICAgeyBjYXRlZ29yeTogJ3NlbGxhYmxlJywgcG9pbnRzUGVyS2c6IDIwLCBwb2ludHNQZXJEcm9wOiAwLCBtaW5HcmFtczogMTAwIH0sXG4gICAgeyBjYXRlZ29yeTogJ3Vuc2VsbGFibGUnLCBwb2ludHNQZXJLZzogMCwgcG9pbnRzUGVyRHJvcDogMSwgbWluR3JhbXM6IDEwMCB9LFxuICBdLFxuICBkYWlseUNhcDogMjAwLFxuICBtaXNTb3J0UGVuYWx0eTogMTAsXG4gIHBvaW50c1Blcll1YW46IDEwMCxcbiAgZXhwaXJ5RGF5czogMCxcbiAgZm9sbG93VXBUaHJlc2hvbGQ6IDAsXG4gIG1hbnVhbEJhY2tkYXRlRGF5czogMixcbiAgZGV2aWNlQmFja2xvZ0RheXM6IDcsXG59XG5cbmV4cG9ydCBjb25zdCBNQVhfRFJPUF9HUkFNUyA9IDIwMF8wMDBcblxuLyoqIFdoYXQgdGhlIHJ1bGVzIGxvb2sgYXQgaW4gYSBkcm9wOiBpdHMgY2F0ZWdvcnkgYW5kIHdlaWdodC4gKi9cbmV4cG9ydCB0eXBlIFdlaWdoZWREcm9wID0geyBjYXRlZ29yeTogc3RyaW5nOyBncmFtczogbnVtYmVyIH1cblxuZXhwb3J0IHR5cGUgQXdhcmQgPVxuICB8IHsgb2s6IHRydWU7IHBvaW50czogbnVtYmVyOyB1bmNhcHBlZDogbnVtYmVyOyBjYXBwZWQ6IGJvb2xlYW47IGJlbG93TWluaW11bTogYm9vbGVhbiB9XG4gIHwgeyBvazogZmFsc2U7IGNvZGU6ICdJTlZBTElEX1dFSUdIVCcgfCAnVU5LTk9XTl9DQVRFR09SWSc7IG1lc3NhZ2U6IHN0cmluZyB9XG5cbi8qKiBDaGVja3MgYSBkcm9wJ3Mgb3duIGRhdGEgKG5vIGRhdGFiYXNlKTogYSBrbm93biBjYXRlZ29yeSwgYSB3aG9sZSBwb3NpdGl2ZSB3ZWlnaHQgaW4gcmFuZ2UuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tEcm9wKFxuICBkcm9wOiBXZWlnaGVkRHJvcCxcbik6IHsgb2s6IHRydWUgfSB8IHsgb2s6IGZhbHNlOyBjb2RlOiAnSU5WQUxJRF9XRUlHSFQnIHwgJ1VOS05PV05fQ0FURUdPUlknOyBtZXNzYWdlOiBzdHJpbmcgfSB7XG4gIGlmICghaXNDYXRlZ29yeShkcm9wLmNhdGVnb3J5KSkge1xuICAgIHJldHVybiB7IG9rOiBmYWxzZSwgY29kZTogJ1VOS05PV05fQ0FURUdPUlknLCBtZXNzYWdlOiBgXHU2NzJBXHU3N0U1XHU3Njg0XHU1NzgzXHU1NzNFXHU3QzdCXHU1MjJCXHUzMDBDJHtkcm9wLmNhdGVnb3J5fVx1MzAwRFx1MzAwMlVua25vd24gY2F0ZWdvcnkuYCB9XG4gIH1cbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGRyb3AuZ3JhbXMpIHx8IGRyb3AuZ3JhbXMgPD0gMCB8fCBkcm9wLmdyYW1zID4gTUFYX0RST1BfR1JBTVMpIHtcbiAgICByZXR1cm4ge1xuICAgICAgb2s6IGZhbHNlLFxuICAgICAgY29kZTogJ0lOVkFMSURfV0VJR0hUJyxcbiAgICAgIG1lc3NhZ2U6IGBcdTkxQ0RcdTkxQ0ZcdTVGQzVcdTk4N0JcdTY2MkYgMVx1MjAxMyR7TUFYX0RST1BfR1JBTVN9IFx1NEU0Qlx1OTVGNFx1NzY4NFx1NjU3NFx1NjU3MFx1NTE0Qlx1MzAwMldlaWdodCBtdXN0IGJlIHdob2xlIGdyYW1zLCAxXHUyMDEzJHtNQVhfRFJPUF9HUkFNU30uYCxcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgb2s6IHRydWUgfVxufVxuXG4vKipcbiAqIFBvaW50cyBhIGRyb3AgZWFybnM6IHBlci1rZyBwb2ludHMgb24gdGhlIHdlaWdodCAocm91bmRlZCBkb3duLCBuZXZlciBvdmVyLWF3YXJkaW5nKSBwbHVzXG4gKiBwZXItZHJvcCBwb2ludHMsIG5vdGhpbmcgYmVsb3cgdGhlIGNhdGVnb3J5J3MgbWluaW11bSB3ZWlnaHQsIGFuZCBubyBtb3JlIHRoYW4gd2hhdCBpcyBsZWZ0XG4gKiBvZiB0aGUgY2FyZCdzIGRhaWx5IGNhcCBnaXZlbiB0aGUgcG9pbnRzIGl0IGFscmVhZHkgZWFybmVkIHRoYXQgZGF5LlxuICovXG5leHBvcnQgZnVuY3Rpb24gYXdhcmRGb3JEcm9wKHJ1bGVzOiBQb2ludFJ1bGVzLCBkcm9wOiBXZWlnaGVkRHJvcCwgZWFybmVkVG9kYXk6IG51bWJlcik6IEF3YXJkIHtcbiAgY29uc3QgY2hlY2tlZCA9IGNoZWNrRHJvcChkcm9wKVxuICBpZiAoIWNoZWNrZWQub2spIHJldHVybiBjaGVja2VkXG4gIGNvbnN0IHJ1bGUgPSBydWxlcy5jYXRlZ29yaWVzLmZpbmQoKGMpID0+IGMuY2F0ZWdvcnkgPT09IGRyb3AuY2F0ZWdvcnkpXG4gIGlmICghcnVsZSkgcmV0dXJuIHsgb2s6IHRydWUsIHBvaW50czogMCwgdW5jYXBwZWQ6IDAsIGNhcHBlZDogZmFsc2UsIGJlbG93TWluaW11bTogZmFsc2UgfVxuICBpZiAoZHJvcC5ncmFtcyA8IHJ1bGUubWluR3JhbXMpIHJldHVybiB7IG9rOiB0cnVlLCBwb2ludHM6IDAsIHVuY2FwcGVkOiAwLCBjYXBwZWQ6IGZhbHNlLCBiZWxvd01pbmltdW06IHRydWUgfVxuICBjb25zdCB1bmNhcHBlZCA9IE1hdGguZmxvb3IoKGRyb3AuZ3JhbXMgKiBydWxlLnBvaW50c1BlcktnKSAvIDEwMDApICsgcnVsZS5wb2ludHNQZXJEcm9wXG4gIGlmIChydWxlcy5kYWlseUNhcCA8PSAwKSByZXR1cm4geyBvazogdHJ1ZSwgcG9pbnRzOiB1bmNhcHBlZCwgdW5jYXBwZWQsIGNhcHBlZDogZmFsc2UsIGJlbG93TWluaW11bTogZmFsc2UgfVxuICBjb25zdCByb29tID0gTWF0aC5tYXgoMCwgcnVsZXMuZGFpbHlDYXAgLSBNYXRoLm1heCgwLCBlYXJuZWRUb2RheSkpXG4gIGNvbnN0IHBvaW50cyA9IE1hdGgubWluKHVuY2FwcGVkLCByb29tKVxuICByZXR1cm4geyBvazogdHJ1ZSwgcG9pbnRzLCB1bmNhcHBlZCwgY2FwcGVkOiBwb2ludHMgPCB1bmNhcHBlZCwgYmVsb3dNaW5pbXVtOiBmYWxzZSB9XG59XG5cbi8qKiBXaGljaCBydWxlcyBhcHBseSBhdCBhbiBpbnN0YW50OiB0aGUgbGF0ZXN0IHdob3NlIGVmZmVjdGl2ZSB0aW1lIGlzIG5vdCBhZnRlciBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydWxlc0F0KGhpc3Rvcnk6IFBvaW50UnVsZXNbXSwgYXQ6IERhdGUgfCBzdHJpbmcpOiBQb2ludFJ1bGVzIHtcbiAgY29uc3QgdGltZSA9IG5ldyBEYXRlKGF0KS5nZXRUaW1lKClcbiAgY29uc3QgYXBwbGljYWJsZSA9IGhpc3RvcnlcbiAgICAuZmlsdGVyKChyKSA9PiBuZXcgRGF0ZShyLmVmZmVjdGl2ZUZyb20pLmdldFRpbWUoKSA8PSB0aW1lKVxuICAgIC5zb3J0KFxuICAgICAgKGEsIGIpID0+IG5ldyBEYXRlKGEuZWZmZWN0aXZlRnJvbSkuZ2V0VGltZSgpIC0gbmV3IERhdGUoYi5lZmZlY3RpdmVGcm9tKS5nZXRUaW1lKCkgfHwgYS5yZXZpc2lvbiAtIGIucmV2aXNpb24sXG4gICAgKVxuICByZXR1cm4gYXBwbGljYWJsZS5hdCgtMSkgPz8gREVGQVVMVF9SVUxFU1xufVxuXG4vKiogUG9pbnRzIG5lZWRlZCBmb3IgYSBwcm9wZXJ0eS1mZWUgZGVkdWN0aW9uIHdvcnRoIGBmZW5gLCByb3VuZGVkIHVwIChuZXZlciB1bmRlci1jaGFyZ2UpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBvaW50c0ZvckZlbihmZW46IG51bWJlciwgcnVsZXM6IFBpY2s8UG9pbnRSdWxlcywgJ3BvaW50c1Blcll1YW4nPik6IG51bWJlciB7XG4gIHJldHVybiBNYXRoLmNlaWwoKGZlbiAqIHJ1bGVzLnBvaW50c1Blcll1YW4pIC8gMTAwKVxufVxuXG4vKiogVGhlIGZlbiB2YWx1ZSBvZiBwb2ludHMgYXQgdGhlIHJ1bGVzJyByYXRlLCByb3VuZGVkIGRvd24uICovXG5leHBvcnQgZnVuY3Rpb24gZmVuRm9yUG9pbnRzKHBvaW50czogbnVtYmVyLCBydWxlczogUGljazxQb2ludFJ1bGVzLCAncG9pbnRzUGVyWXVhbic+KTogbnVtYmVyIHtcbiAgcmV0dXJuIE1hdGguZmxvb3IoKHBvaW50cyAqIDEwMCkgLyBydWxlcy5wb2ludHNQZXJZdWFuKVxufVxuXG4vKiogV2h5IGEgbGVkZ2VyIGVudHJ5IHdhcyBwb3N0ZWQuICovXG5leHBvcnQgY29uc3QgTEVER0VSX1JFQVNPTlMgPSB7XG4gICdkcm9wLW9mZic6IHQoJ1x1NjI5NVx1NjUzRVx1NUY5N1x1NTIwNicsICdEcm9wLW9mZicpLFxuICByZWRlbXB0aW9uOiB0KCdcdTUxNTFcdTYzNjInLCAnUmVkZW1wdGlvbicpLFxuICByZWZ1bmQ6IHQoJ1x1OTAwMFx1OEZEOCcsICdSZWZ1bmQnKSxcbiAgcGVuYWx0eTogdCgnXHU5NTE5XHU2Mjk1XHU2MjYzXHU1MjA2JywgJ1BlbmFsdHknKSxcbiAgYWRqdXN0bWVudDogdCgnXHU0RUJBXHU1REU1XHU4QzAzXHU2NTc0JywgJ0FkanVzdG1lbnQnKSxcbiAgdHJhbnNmZXI6IHQoJ1x1ODg2NVx1NTM2MVx1OEY2Q1x1NzlGQicsICdUcmFuc2ZlcicpLFxuICBleHBpcnk6IHQoJ1x1OEZDN1x1NjcxRicsICdFeHBpcnknKSxcbn1cbmV4cG9ydCB0eXBlIExlZGdlclJlYXNvbiA9IGtleW9mIHR5cGVvZiBMRURHRVJfUkVBU09OU1xuXG4vKipcbiAqIE9ubHkgYSBwZW5hbHR5IG9yIGFuIGFkbWluIGFkanVzdG1lbnQgbWF5IHRha2UgYSBiYWxhbmNlIGJlbG93IHplcm8gKGEgdHJhbnNmZXIgbWF5IGNhcnJ5IGFuXG4gKiBhbHJlYWR5IG5lZ2F0aXZlIGJhbGFuY2Ugb3ZlciB0byBhIHJlcGxhY2VtZW50IGNhcmQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gbWF5R29OZWdhdGl2ZShyZWFzb246IExlZGdlclJlYXNvbik6IGJvb2xlYW4ge1xuICByZXR1cm4gcmVhc29uID09PSAncGVuYWx0eScgfHwgcmVhc29uID09PSAnYWRqdXN0bWVudCcgfHwgcmVhc29uID09PSAndHJhbnNmZXInXG59XG5cbi8qKiBXaGV0aGVyIHBvc3RpbmcgYGRlbHRhYCBvbiBgYmFsYW5jZWAgaXMgYWxsb3dlZCBmb3IgdGhpcyByZWFzb247IHRoZSBuZXcgYmFsYW5jZSBpZiBzby4gKi9cbmV4cG9ydCBmdW5jdGlvbiBuZXh0QmFsYW5jZShcbiAgYmFsYW5jZTogbnVtYmVyLFxuICBkZWx0YTogbnVtYmVyLFxuICByZWFzb246IExlZGdlclJlYXNvbixcbik6IHsgb2s6IHRydWU7IGJhbGFuY2U6IG51bWJlciB9IHwgeyBvazogZmFsc2U7IGNvZGU6ICdJTlNVRkZJQ0lFTlRfQkFMQU5DRSc7IG1lc3NhZ2U6IHN0cmluZyB9IHtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKGRlbHRhKSkgdGhyb3cgbmV3IEVycm9yKCdBIGxlZGdlciBkZWx0YSBtdXN0IGJlIGEgd2hvbGUgbnVtYmVyIG9mIHBvaW50cycpXG4gIGNvbnN0IGFmdGVyID0gYmFsYW5jZSArIGRlbHRhXG4gIGlmIChkZWx0YSA8IDAgJiYgYWZ0ZXIgPCAwICYmICFtYXlHb05lZ2F0aXZlKHJlYXNvbikpIHtcbiAgICByZXR1cm4ge1xuICAgICAgb2s6IGZhbHNlLFxuICAgICAgY29kZTogJ0lOU1VGRklDSUVOVF9CQUxBTkNFJyxcbiAgICAgIG1lc3NhZ2U6IGBcdTc5RUZcdTUyMDZcdTRFMERcdThEQjNcdUZGMUFcdTRGNTlcdTk4OUQgJHtiYWxhbmNlfVx1RkYwQ1x1OTcwMFx1ODk4MSAkey1kZWx0YX1cdTMwMDJJbnN1ZmZpY2llbnQgcG9pbnRzOiBiYWxhbmNlICR7YmFsYW5jZX0sIG5lZWRzICR7LWRlbHRhfS5gLFxuICAgIH1cbiAgfVxuICByZXR1cm4geyBvazogdHJ1ZSwgYmFsYW5jZTogYWZ0ZXIgfVxufVxuIiwgIi8qKiBUaGUgd2FzdGUgY2F0ZWdvcnkgb2YgYSBkcm9wLCBhIGNvbXBhcnRtZW50IG9yIGEgcnVsZS4gKi9cbmltcG9ydCB0eXBlIHsgU2VsZWN0RmllbGQgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBjYXRlZ29yeUxhYmVscyB9IGZyb20gJy4uL2RvbWFpbi9wb2ludHMvcG9pbnRzJ1xuaW1wb3J0IHsgdCB9IGZyb20gJy4uL2kxOG4vbGFiZWxzJ1xuaW1wb3J0IHsgb3B0aW9ucyB9IGZyb20gJy4vb3B0aW9ucydcblxuZXhwb3J0IGNvbnN0IGNhdGVnb3J5RmllbGQgPSAoKTogU2VsZWN0RmllbGQgPT4gKHtcbiAgbmFtZTogJ2NhdGVnb3J5JyxcbiAgdHlwZTogJ3NlbGVjdCcsXG4gIHJlcXVpcmVkOiB0cnVlLFxuICBvcHRpb25zOiBvcHRpb25zKGNhdGVnb3J5TGFiZWxzKSxcbiAgbGFiZWw6IHQoJ1x1N0M3Qlx1NTIyQicsICdDYXRlZ29yeScpLFxufSlcbiIsICIvKiogTGF0aXR1ZGUgYW5kIGxvbmdpdHVkZSBzaWRlIGJ5IHNpZGUgKFdHUy04NCBkZWdyZWVzKS4gKi9cbmltcG9ydCB0eXBlIHsgUm93RmllbGQgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyB0IH0gZnJvbSAnLi4vaTE4bi9sYWJlbHMnXG5cbmV4cG9ydCBjb25zdCBjb29yZGluYXRlc1JvdyA9ICgpOiBSb3dGaWVsZCA9PiAoe1xuICB0eXBlOiAncm93JyxcbiAgZmllbGRzOiBbXG4gICAgeyBuYW1lOiAnbGF0aXR1ZGUnLCB0eXBlOiAnbnVtYmVyJywgbWluOiAtOTAsIG1heDogOTAsIGxhYmVsOiB0KCdcdTdFQUNcdTVFQTYnLCAnTGF0aXR1ZGUnKSB9LFxuICAgIHsgbmFtZTogJ2xvbmdpdHVkZScsIHR5cGU6ICdudW1iZXInLCBtaW46IC0xODAsIG1heDogMTgwLCBsYWJlbDogdCgnXHU3RUNGXHU1RUE2JywgJ0xvbmdpdHVkZScpIH0sXG4gIF0sXG59KVxuIiwgIi8qKlxuICogRGV2aWNlIHJlcXVlc3Qgc2lnbmluZyAocHVyZSksIHByb3RvY29sIHYxLiBBIGRldmljZSBzaWducyB0aGUgY2Fub25pY2FsIHN0cmluZyBvZiBpdHMgcmVxdWVzdCBcdTIwMTRcbiAqXG4gKiAgICAgTUVUSE9EIFxcbiBQQVRIIFxcbiBERVZJQ0UtSUQgXFxuIFRJTUVTVEFNUCBcXG4gUkFXLUJPRFlcbiAqXG4gKiAobWV0aG9kIHVwcGVyLWNhc2UsIHBhdGggYXMgc2VudCB3aXRob3V0IHRoZSBxdWVyeSwgZS5nLiBgL2RldmljZS92MS9ldmVudHNgOyB0aGUgYm9keSBieXRlIGZvciBieXRlKVxuICogXHUyMDE0IHdpdGggSE1BQy1TSEEyNTYsIGtleWVkIGJ5IHRoZSBVVEYtOCBieXRlcyBvZiBpdHMgc2VjcmV0IGV4YWN0bHkgYXMgaXNzdWVkLCBhbmQgc2VuZHMgdGhlIGRpZ2VzdCBhc1xuICogNjQgbG93ZXItY2FzZSBoZXggZGlnaXRzLiBUaGUgcGxhdGZvcm0gcmVjb21wdXRlcyBpdCwgY29tcGFyZXMgaW4gY29uc3RhbnQgdGltZSBhbmQgY2hlY2tzIHRoZVxuICogdGltZXN0YW1wIChtaWxsaXNlY29uZHMgc2luY2UgdGhlIGVwb2NoKSBhZ2FpbnN0IGEgXHUwMEIxNSBtaW51dGUgd2luZG93LlxuICovXG5pbXBvcnQgY3J5cHRvIGZyb20gJ25vZGU6Y3J5cHRvJ1xuXG5leHBvcnQgY29uc3QgVElNRVNUQU1QX1dJTkRPV19NUyA9IDUgKiA2MCAqIDEwMDBcblxuZXhwb3J0IHR5cGUgU2lnbmVkUGFydHMgPSB7IG1ldGhvZDogc3RyaW5nOyBwYXRoOiBzdHJpbmc7IGRldmljZUlkOiBzdHJpbmc7IHRpbWVzdGFtcDogc3RyaW5nOyBib2R5OiBzdHJpbmcgfCBCdWZmZXIgfVxuXG5leHBvcnQgZnVuY3Rpb24gY2Fub25pY2FsUHJlZml4KHA6IE9taXQ8U2lnbmVkUGFydHMsICdib2R5Jz4pOiBzdHJpbmcge1xuICByZXR1cm4gYCR7cC5tZXRob2QudG9VcHBlckNhc2UoKX1cXG4ke3AucGF0aH1cXG4ke3AuZGV2aWNlSWR9XFxuJHtwLnRpbWVzdGFtcH1cXG5gXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzaWduKHNlY3JldDogc3RyaW5nLCBwOiBTaWduZWRQYXJ0cyk6IHN0cmluZyB7XG4gIHJldHVybiBjcnlwdG9cbiAgICAuY3JlYXRlSG1hYygnc2hhMjU2JywgQnVmZmVyLmZyb20oc2VjcmV0LCAndXRmOCcpKVxuICAgIC51cGRhdGUoY2Fub25pY2FsUHJlZml4KHApKVxuICAgIC51cGRhdGUocC5ib2R5KVxuICAgIC5kaWdlc3QoJ2hleCcpXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzaWduYXR1cmVNYXRjaGVzKHNlY3JldDogc3RyaW5nLCBwOiBTaWduZWRQYXJ0cywgc2lnbmF0dXJlOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgY29uc3QgZXhwZWN0ZWQgPSBCdWZmZXIuZnJvbShzaWduKHNlY3JldCwgcCksICdoZXgnKVxuICBjb25zdCBnaXZlbiA9IC9eWzAtOWEtZl17NjR9JC8udGVzdChzaWduYXR1cmUpID8gQnVmZmVyLmZyb20oc2lnbmF0dXJlLCAnaGV4JykgOiBCdWZmZXIuYWxsb2MoMClcbiAgcmV0dXJuIGdpdmVuLmxlbmd0aCA9PT0gZXhwZWN0ZWQubGVuZ3RoICYmIGNyeXB0by50aW1pbmdTYWZlRXF1YWwoZ2l2ZW4sIGV4cGVjdGVkKVxufVxuXG4vKiogV29ya2VkIGV4YW1wbGVzIGZvciB2ZW5kb3JzIChhbHNvIGluIHRoZSBPcGVuQVBJIGRvY3VtZW50OyBhIHRlc3QgcmVjb21wdXRlcyB0aGVtKS4gKi9cbmV4cG9ydCBjb25zdCBTSUdOSU5HX1ZFQ1RPUlMgPSBbXG4gIHtcbiAgICBzZWNyZXQ6ICdrM3ktRXhhbXBsZV9TZWNyZXQtMDEyMzQ1Njc4OWFiY2RlZlhZWicsXG4gICAgbWV0aG9kOiAnUE9TVCcsXG4gICAgcGF0aDogJy9kZXZpY2UvdjEvYXV0aG9yaXplJyxcbiAgICBkZXZpY2VJZDogJ0NYTi1CSU4tMDEnLFxuICAgIHRpbWVzdGFtcDogJzE3NjQwMDAwMDAwMDAnLFxuICAgIGJvZHk6ICd7XCJjYXJkXCI6XCJDWE4wMDAwMDFcIn0nLFxuICB9LFxuICB7XG4gICAgc2VjcmV0OiAnazN5LUV4YW1wbGVfU2VjcmV0LTAxMjM0NTY3ODlhYmNkZWZYWVonLFxuICAgIG1ldGhvZDogJ1BPU1QnLFxuICAgIHBhdGg6ICcvZGV2aWNlL3YxL2V2ZW50cycsXG4gICAgZGV2aWNlSWQ6ICdDWE4tQklOLTAxJyxcbiAgICB0aW1lc3RhbXA6ICcxNzY0MDAwMDAwMTIzJyxcbiAgICBib2R5OiAne1wiZXZlbnRzXCI6W3tcInR5cGVcIjpcImRyb3BcIixcImV2ZW50SWRcIjpcImUtMVwiLFwiY2FyZFwiOlwiQ1hOMDAwMDAxXCIsXCJjb21wYXJ0bWVudFwiOjEsXCJncmFtc1wiOjE1MDAsXCJvY2N1cnJlZEF0XCI6XCIyMDI1LTExLTI0VDE2OjAwOjAwLjAwMFpcIn1dfScsXG4gIH0sXG5dLm1hcCgodikgPT4gKHsgLi4udiwgc2lnbmF0dXJlOiBzaWduKHYuc2VjcmV0LCB2KSB9KSlcblxuLyoqIFRoZSB0aW1lc3RhbXAgaXMgbWlsbGlzZWNvbmRzIHNpbmNlIHRoZSBlcG9jaCwgYXMgYSBzdHJpbmcgb2YgZGlnaXRzLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHRpbWVzdGFtcEZyZXNoKHRpbWVzdGFtcDogc3RyaW5nLCBub3c6IG51bWJlciwgd2luZG93TXMgPSBUSU1FU1RBTVBfV0lORE9XX01TKTogYm9vbGVhbiB7XG4gIGlmICghL15cXGR7MTAsMTZ9JC8udGVzdCh0aW1lc3RhbXApKSByZXR1cm4gZmFsc2VcbiAgcmV0dXJuIE1hdGguYWJzKG5vdyAtIE51bWJlcih0aW1lc3RhbXApKSA8PSB3aW5kb3dNc1xufVxuXG4vKiogU2VjcmV0cyBhdCByZXN0OiBBRVMtMjU2LUdDTSB1bmRlciBhIGtleSBkZXJpdmVkIGZyb20gdGhlIHNlcnZlciBzZWNyZXQuICovXG5leHBvcnQgZnVuY3Rpb24gc2VhbFNlY3JldChwbGFpbjogc3RyaW5nLCBzZXJ2ZXJTZWNyZXQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IGtleSA9IGNyeXB0by5jcmVhdGVIYXNoKCdzaGEyNTYnKS51cGRhdGUoYGZlbmxlaS1kZXZpY2U6JHtzZXJ2ZXJTZWNyZXR9YCkuZGlnZXN0KClcbiAgY29uc3QgaXYgPSBjcnlwdG8ucmFuZG9tQnl0ZXMoMTIpXG4gIGNvbnN0IGNpcGhlciA9IGNyeXB0by5jcmVhdGVDaXBoZXJpdignYWVzLTI1Ni1nY20nLCBrZXksIGl2KVxuICBjb25zdCBkYXRhID0gQnVmZmVyLmNvbmNhdChbY2lwaGVyLnVwZGF0ZShwbGFpbiwgJ3V0ZjgnKSwgY2lwaGVyLmZpbmFsKCldKVxuICByZXR1cm4gW2l2LCBjaXBoZXIuZ2V0QXV0aFRhZygpLCBkYXRhXS5tYXAoKGIpID0+IGIudG9TdHJpbmcoJ2Jhc2U2NHVybCcpKS5qb2luKCcuJylcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIG9wZW5TZWNyZXQoc2VhbGVkOiBzdHJpbmcsIHNlcnZlclNlY3JldDogc3RyaW5nKTogc3RyaW5nIHwgbnVsbCB7XG4gIHRyeSB7XG4gICAgY29uc3QgW2l2LCB0YWcsIGRhdGFdID0gc2VhbGVkLnNwbGl0KCcuJykubWFwKChwKSA9PiBCdWZmZXIuZnJvbShwLCAnYmFzZTY0dXJsJykpXG4gICAgY29uc3Qga2V5ID0gY3J5cHRvLmNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShgZmVubGVpLWRldmljZToke3NlcnZlclNlY3JldH1gKS5kaWdlc3QoKVxuICAgIGNvbnN0IGRlY2lwaGVyID0gY3J5cHRvLmNyZWF0ZURlY2lwaGVyaXYoJ2Flcy0yNTYtZ2NtJywga2V5LCBpdiEpXG4gICAgZGVjaXBoZXIuc2V0QXV0aFRhZyh0YWchKVxuICAgIHJldHVybiBCdWZmZXIuY29uY2F0KFtkZWNpcGhlci51cGRhdGUoZGF0YSEpLCBkZWNpcGhlci5maW5hbCgpXSkudG9TdHJpbmcoJ3V0ZjgnKVxuICB9IGNhdGNoIHtcbiAgICByZXR1cm4gbnVsbFxuICB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBuZXdEZXZpY2VTZWNyZXQoKTogc3RyaW5nIHtcbiAgcmV0dXJuIGNyeXB0by5yYW5kb21CeXRlcygyNCkudG9TdHJpbmcoJ2Jhc2U2NHVybCcpXG59XG4iLCAiLyoqXG4gKiBSZWdpc3RlcmVkIGRldmljZXMgYXMgdGhlIGJyaWRnZSBuZWVkcyB0aGVtIChzZWNyZXQgb3BlbmVkKSwgY2FjaGVkIGZvciBhIGZldyBzZWNvbmRzIHNvIGFcbiAqIHJlcXVlc3QgY29zdHMgbm8gcXVlcnkuIEEgc2F2ZSBpbiB0aGlzIHByb2Nlc3MgZm9yZ2V0cyB0aGUgZGV2aWNlIGF0IG9uY2UgKGEgcm90YXRlZCBzZWNyZXRcbiAqIHN0b3BzIHdvcmtpbmcgaW1tZWRpYXRlbHkpOyBvdGhlciBicmlkZ2UgcHJvY2Vzc2VzIHNlZSBpdCB3aXRoaW4gdGhlIGNhY2hlIHRpbWUuXG4gKi9cbmltcG9ydCB0eXBlIHsgUGF5bG9hZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHJlZklkIH0gZnJvbSAnLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHsgb3BlblNlY3JldCB9IGZyb20gJy4uL2RvbWFpbi9kZXZpY2VzL2RldmljZUF1dGgnXG5pbXBvcnQgdHlwZSB7IENhdGVnb3J5IH0gZnJvbSAnLi4vZG9tYWluL3BvaW50cy9wb2ludHMnXG5cbmV4cG9ydCB0eXBlIERldmljZSA9IHtcbiAgaWQ6IG51bWJlciB8IHN0cmluZ1xuICBkZXZpY2VJZDogc3RyaW5nXG4gIGtpbmQ6IHN0cmluZ1xuICBzdGF0dXM6IHN0cmluZ1xuICBhdWRpZW5jZTogJ3Jlc2lkZW50cycgfCAnb2ZmaWNlcycgfCAnYm90aCdcbiAgc2l0ZTogbnVtYmVyIHwgc3RyaW5nIHwgbnVsbFxuICBjb21taXNzaW9uZWRBdDogc3RyaW5nIHwgbnVsbFxuICBzZWNyZXQ6IHN0cmluZyB8IG51bGxcbiAgY29tcGFydG1lbnRzOiB7IG51bWJlcjogbnVtYmVyOyBjYXRlZ29yeTogQ2F0ZWdvcnk7IGZpbGxQZXJjZW50OiBudW1iZXIgfVtdXG59XG5cbmNvbnN0IENBQ0hFID0gU3ltYm9sLmZvcignZmVubGVpLmRldmljZUNhY2hlJylcbmNvbnN0IFRUTF9NUyA9IDVfMDAwXG4vKiogQm91bmRlZDogYSBmbG9vZCBvZiBtYWRlLXVwIGRldmljZSBpZHMgY2Fubm90IGdyb3cgaXQgKHRoZSBsZWFzdCByZWNlbnRseSB1c2VkIGVudHJ5IGdvZXMgZmlyc3QpLiAqL1xuY29uc3QgTUFYX0VOVFJJRVMgPSA1XzAwMFxudHlwZSBFbnRyeSA9IHsgYXQ6IG51bWJlcjsgZGV2aWNlOiBEZXZpY2UgfCBudWxsIH1cbnR5cGUgRyA9IHR5cGVvZiBnbG9iYWxUaGlzICYgeyBbQ0FDSEVdPzogTWFwPHN0cmluZywgRW50cnk+IH1cbmNvbnN0IGNhY2hlID0gKCk6IE1hcDxzdHJpbmcsIEVudHJ5PiA9PiAoKGdsb2JhbFRoaXMgYXMgRylbQ0FDSEVdID8/PSBuZXcgTWFwKCkpXG5cbi8qKiBIb3cgbWFueSBkZXZpY2VzIHRoZSBjYWNoZSBob2xkcyAoZm9yIHRlc3RzIGFuZCBoZWFsdGggY2hlY2tzKS4gKi9cbmV4cG9ydCBjb25zdCBjYWNoZWREZXZpY2VzID0gKCk6IG51bWJlciA9PiBjYWNoZSgpLnNpemVcblxuZXhwb3J0IGZ1bmN0aW9uIGZvcmdldERldmljZShkZXZpY2VJZDogc3RyaW5nIHwgdW5kZWZpbmVkIHwgbnVsbCk6IHZvaWQge1xuICBpZiAoZGV2aWNlSWQpIGNhY2hlKCkuZGVsZXRlKGRldmljZUlkKVxufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gZ2V0RGV2aWNlKHBheWxvYWQ6IFBheWxvYWQsIGRldmljZUlkOiBzdHJpbmcpOiBQcm9taXNlPERldmljZSB8IG51bGw+IHtcbiAgY29uc3QgaGl0ID0gY2FjaGUoKS5nZXQoZGV2aWNlSWQpXG4gIGlmIChoaXQgJiYgRGF0ZS5ub3coKSAtIGhpdC5hdCA8IFRUTF9NUykge1xuICAgIGNhY2hlKCkuZGVsZXRlKGRldmljZUlkKVxuICAgIGNhY2hlKCkuc2V0KGRldmljZUlkLCBoaXQpXG4gICAgcmV0dXJuIGhpdC5kZXZpY2VcbiAgfVxuICBjb25zdCBmb3VuZCA9IGF3YWl0IHBheWxvYWQuZmluZCh7XG4gICAgY29sbGVjdGlvbjogJ2JpbnMnLFxuICAgIHdoZXJlOiB7IGRldmljZUlkOiB7IGVxdWFsczogZGV2aWNlSWQgfSB9LFxuICAgIGxpbWl0OiAxLFxuICAgIGRlcHRoOiAwLFxuICAgIG92ZXJyaWRlQWNjZXNzOiB0cnVlLFxuICAgIHNob3dIaWRkZW5GaWVsZHM6IHRydWUsXG4gIH0pXG4gIGNvbnN0IGJpbiA9IGZvdW5kLmRvY3NbMF1cbiAgY29uc3QgZGV2aWNlOiBEZXZpY2UgfCBudWxsID0gYmluXG4gICAgPyB7XG4gICAgICAgIGlkOiBiaW4uaWQsXG4gICAgICAgIGRldmljZUlkOiBiaW4uZGV2aWNlSWQsXG4gICAgICAgIGtpbmQ6IGJpbi5raW5kLFxuICAgICAgICBzdGF0dXM6IGJpbi5zdGF0dXMsXG4gICAgICAgIGF1ZGllbmNlOiBiaW4uYXVkaWVuY2UgPz8gJ2JvdGgnLFxuICAgICAgICBzaXRlOiByZWZJZChiaW4uc2l0ZSksXG4gICAgICAgIGNvbW1pc3Npb25lZEF0OiBiaW4uY29tbWlzc2lvbmVkQXQgPz8gbnVsbCxcbiAgICAgICAgc2VjcmV0OiBiaW4uc2VjcmV0U2VhbGVkID8gb3BlblNlY3JldChiaW4uc2VjcmV0U2VhbGVkLCBwYXlsb2FkLnNlY3JldCkgOiBudWxsLFxuICAgICAgICBjb21wYXJ0bWVudHM6IChiaW4uY29tcGFydG1lbnRzID8/IFtdKS5tYXAoKGMpID0+ICh7XG4gICAgICAgICAgbnVtYmVyOiBjLm51bWJlcixcbiAgICAgICAgICBjYXRlZ29yeTogYy5jYXRlZ29yeSBhcyBDYXRlZ29yeSxcbiAgICAgICAgICBmaWxsUGVyY2VudDogYy5maWxsUGVyY2VudCA/PyAwLFxuICAgICAgICB9KSksXG4gICAgICB9XG4gICAgOiBudWxsXG4gIGNhY2hlKCkuZGVsZXRlKGRldmljZUlkKVxuICBjYWNoZSgpLnNldChkZXZpY2VJZCwgeyBhdDogRGF0ZS5ub3coKSwgZGV2aWNlIH0pXG4gIHdoaWxlIChjYWNoZSgpLnNpemUgPiBNQVhfRU5UUklFUykgY2FjaGUoKS5kZWxldGUoY2FjaGUoKS5rZXlzKCkubmV4dCgpLnZhbHVlIGFzIHN0cmluZylcbiAgcmV0dXJuIGRldmljZVxufVxuIiwgIi8qKiBIb29rcyBvZiBgYmluc2A6IGEgZGV2aWNlIHNlY3JldCBvbiByZWdpc3RyYXRpb24gYW5kIG9uIHJvdGF0aW9uLCBzaG93biBvbmNlLiAqL1xuaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQWZ0ZXJDaGFuZ2VIb29rLCBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IG5ld0RldmljZVNlY3JldCwgc2VhbFNlY3JldCB9IGZyb20gJy4uLy4uL2RvbWFpbi9kZXZpY2VzL2RldmljZUF1dGgnXG5pbXBvcnQgeyBmb3JnZXREZXZpY2UgfSBmcm9tICcuLi8uLi9kZXZpY2UtYnJpZGdlL2RldmljZXMnXG5pbXBvcnQgdHlwZSB7IEJpbiB9IGZyb20gJy4uLy4uL3BheWxvYWQtdHlwZXMnXG5pbXBvcnQgeyBjdXJyZW50VXNlciwgaGFzUm9sZSB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IGlzUGxhdGZvcm1Xcml0ZSB9IGZyb20gJy4uLy4uL3NlcnZpY2VzL3BsYXRmb3JtJ1xuaW1wb3J0IHsgYmFkUmVxdWVzdCwgZm9yYmlkZGVuIH0gZnJvbSAnLi4vc2hhcmVkL2Vycm9ycydcblxuY29uc3QgRlJFU0ggPSAnZmVubGVpRnJlc2hTZWNyZXQnXG4vKiogU2VjcmV0cyBnZW5lcmF0ZWQgaW4gdGhpcyByZXF1ZXN0LCBieSBkZXZpY2UgaWQsIHdhaXRpbmcgdG8gYmUgaGFuZGVkIGJhY2sgb25jZS4gKi9cbmNvbnN0IGZyZXNoID0gKGNvbnRleHQ6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KTogTWFwPHN0cmluZywgc3RyaW5nPiA9PlxuICAoKGNvbnRleHRbRlJFU0hdIGFzIE1hcDxzdHJpbmcsIHN0cmluZz4gfCB1bmRlZmluZWQpID8/PSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpKVxuXG4vKipcbiAqIFdoYXQgYSBwZXJzb24gbWF5IGNoYW5nZSBvZiBhIGJpbidzIHN0YXRlOiB0YWtlIGl0IG91dCBvZiBzZXJ2aWNlIGFuZCBiYWNrLiBCZWluZyBvbmxpbmUsIG9mZmxpbmUsXG4gKiBmdWxsIG9yIGZhdWx0eSwgYW5kIGVhY2ggY29tcGFydG1lbnQncyBmaWxsIGxldmVsLCBhcmUgd2hhdCB0aGUgZGV2aWNlIGl0c2VsZiByZXBvcnRzLlxuICovXG5leHBvcnQgY29uc3QgZ3VhcmRCaW5TdGF0ZTogQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2s8QmluPiA9ICh7IGRhdGEsIG9wZXJhdGlvbiwgb3JpZ2luYWxEb2MsIHJlcSB9KSA9PiB7XG4gIGlmIChpc1BsYXRmb3JtV3JpdGUocmVxKSkgcmV0dXJuIGRhdGFcbiAgY29uc3QgdXNlciA9IGN1cnJlbnRVc2VyKHJlcSlcbiAgaWYgKGRhdGEucm90YXRlU2VjcmV0ICYmICFoYXNSb2xlKHVzZXIsICdhZG1pbicpKSB7XG4gICAgdGhyb3cgZm9yYmlkZGVuKCdBRE1JTl9PTkxZJywgJ1x1NTNFQVx1NjcwOVx1N0JBMVx1NzQwNlx1NTQ1OFx1NTNFRlx1NEVFNVx1OTFDRFx1N0Y2RVx1OEJCRVx1NTkwN1x1NUJDNlx1OTRBNVx1MzAwMk9ubHkgYWRtaW5zIHJvdGF0ZSBhIGRldmljZSBzZWNyZXQuJywge1xuICAgICAgZmllbGQ6ICdyb3RhdGVTZWNyZXQnLFxuICAgIH0pXG4gIH1cbiAgY29uc3QgYmVmb3JlID0gb3JpZ2luYWxEb2M/LnN0YXR1cyA/PyAnb2ZmbGluZSdcbiAgY29uc3Qgc3RhdHVzID0gZGF0YS5zdGF0dXMgPz8gYmVmb3JlXG4gIGNvbnN0IG1hbnVhbCA9IHN0YXR1cyA9PT0gYmVmb3JlIHx8IHN0YXR1cyA9PT0gJ2Rpc2FibGVkJyB8fCAoYmVmb3JlID09PSAnZGlzYWJsZWQnICYmIHN0YXR1cyA9PT0gJ29mZmxpbmUnKVxuICBpZiAoIW1hbnVhbCkge1xuICAgIHRocm93IGZvcmJpZGRlbihcbiAgICAgICdTRVJWRVJfU0VUX0ZJRUxEJyxcbiAgICAgICdcdThCQkVcdTU5MDdcdTcyQjZcdTYwMDFcdTc1MzFcdThCQkVcdTU5MDdcdTRFMEFcdTYyQTVcdUZGMENcdTUzRUFcdTgwRkRcdTUwNUNcdTc1MjhcdTYyMTZcdTkxQ0RcdTY1QjBcdTU0MkZcdTc1MjhcdTMwMDJPbmx5IHRha2luZyBhIGJpbiBvdXQgb2Ygc2VydmljZSBhbmQgYmFjayBpcyBtYW51YWwuJyxcbiAgICAgIHtcbiAgICAgICAgZmllbGQ6ICdzdGF0dXMnLFxuICAgICAgfSxcbiAgICApXG4gIH1cbiAgY29uc3QgZmlsbHMgPSBuZXcgTWFwKChvcmlnaW5hbERvYz8uY29tcGFydG1lbnRzID8/IFtdKS5tYXAoKGMpID0+IFtjLm51bWJlciwgYy5maWxsUGVyY2VudCA/PyAwXSkpXG4gIGZvciAoY29uc3QgYyBvZiBkYXRhLmNvbXBhcnRtZW50cyA/PyBbXSkge1xuICAgIGlmICgoYy5maWxsUGVyY2VudCA/PyAwKSAhPT0gKGZpbGxzLmdldChjLm51bWJlcikgPz8gMCkgJiYgIShvcGVyYXRpb24gPT09ICdjcmVhdGUnICYmICFjLmZpbGxQZXJjZW50KSkge1xuICAgICAgdGhyb3cgZm9yYmlkZGVuKCdTRVJWRVJfU0VUX0ZJRUxEJywgJ1x1NkVFMVx1NkVBMlx1NUVBNlx1NzUzMVx1OEJCRVx1NTkwN1x1NEUwQVx1NjJBNVx1MzAwMkZpbGwgbGV2ZWxzIGFyZSByZXBvcnRlZCBieSB0aGUgZGV2aWNlLicsIHtcbiAgICAgICAgZmllbGQ6ICdjb21wYXJ0bWVudHMuZmlsbFBlcmNlbnQnLFxuICAgICAgfSlcbiAgICB9XG4gIH1cbiAgcmV0dXJuIGRhdGFcbn1cblxuLyoqIEdlbmVyYXRlcyAob3Igcm90YXRlcykgdGhlIGRldmljZSBzZWNyZXQ6IHN0b3JlZCBzZWFsZWQsIGhhbmRlZCBiYWNrIG9uY2UgaW4gYG5ld1NlY3JldGAuICovXG5leHBvcnQgY29uc3QgaXNzdWVTZWNyZXQ6IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rPEJpbj4gPSAoeyBkYXRhLCBvcGVyYXRpb24sIG9yaWdpbmFsRG9jLCByZXEgfSkgPT4ge1xuICBjb25zdCBudW1iZXJzID0gKGRhdGEuY29tcGFydG1lbnRzID8/IG9yaWdpbmFsRG9jPy5jb21wYXJ0bWVudHMgPz8gW10pLm1hcCgoYykgPT4gYy5udW1iZXIpXG4gIGlmIChuZXcgU2V0KG51bWJlcnMpLnNpemUgIT09IG51bWJlcnMubGVuZ3RoKSB7XG4gICAgdGhyb3cgYmFkUmVxdWVzdCgnRFVQTElDQVRFX0NPTVBBUlRNRU5UJywgJ1x1N0JCMVx1NjgzQ1x1N0YxNlx1NTNGN1x1OTFDRFx1NTkwRFx1MzAwMkVhY2ggY29tcGFydG1lbnQgbnVtYmVyIGFwcGVhcnMgb25jZS4nKVxuICB9XG4gIGlmIChvcGVyYXRpb24gPT09ICdjcmVhdGUnIHx8IGRhdGEucm90YXRlU2VjcmV0KSB7XG4gICAgY29uc3Qgc2VjcmV0ID0gbmV3RGV2aWNlU2VjcmV0KClcbiAgICBkYXRhLnNlY3JldFNlYWxlZCA9IHNlYWxTZWNyZXQoc2VjcmV0LCByZXEucGF5bG9hZC5zZWNyZXQpXG4gICAgZGF0YS5zZWNyZXRSb3RhdGVkQXQgPSBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKClcbiAgICBmcmVzaChyZXEuY29udGV4dCkuc2V0KFN0cmluZyhkYXRhLmRldmljZUlkID8/IG9yaWdpbmFsRG9jPy5kZXZpY2VJZCksIHNlY3JldClcbiAgfVxuICBkYXRhLnJvdGF0ZVNlY3JldCA9IGZhbHNlXG4gIHJldHVybiBkYXRhXG59XG5cbmV4cG9ydCBjb25zdCByZXZlYWxTZWNyZXRPbmNlOiBDb2xsZWN0aW9uQWZ0ZXJDaGFuZ2VIb29rPEJpbj4gPSAoeyBkb2MsIHJlcSB9KSA9PiB7XG4gIGZvcmdldERldmljZShkb2MuZGV2aWNlSWQpXG4gIGNvbnN0IHNlY3JldCA9IGZyZXNoKHJlcS5jb250ZXh0KS5nZXQoU3RyaW5nKGRvYy5kZXZpY2VJZCkpXG4gIGlmICghc2VjcmV0KSByZXR1cm4gZG9jXG4gIGZyZXNoKHJlcS5jb250ZXh0KS5kZWxldGUoU3RyaW5nKGRvYy5kZXZpY2VJZCkpXG4gIHJldHVybiB7IC4uLmRvYywgbmV3U2VjcmV0OiBzZWNyZXQgfVxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGFkbWlucyB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hZG1pbnMnXG5pbXBvcnQgeyBzdGFmZiB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZidcbmltcG9ydCB7IHN0YWZmT3JPd25Ub3duIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmT3JPd25Ub3duJ1xuaW1wb3J0IHsgQklOX0tJTkRTLCBCSU5fU1RBVFVTRVMgfSBmcm9tICcuLi8uLi9kb21haW4vZGV2aWNlcy9iaW5zJ1xuaW1wb3J0IHsgQVVESUVOQ0VTIH0gZnJvbSAnLi4vLi4vZG9tYWluL3NoYXJlZC9hdWRpZW5jZSdcbmltcG9ydCB7IHJvdGF0ZVNlY3JldEVuZHBvaW50IH0gZnJvbSAnLi4vLi4vZW5kcG9pbnRzL2RldmljZXMvcm90YXRlU2VjcmV0J1xuaW1wb3J0IHsgY2F0ZWdvcnlGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9jYXRlZ29yeSdcbmltcG9ydCB7IGNvb3JkaW5hdGVzUm93IH0gZnJvbSAnLi4vLi4vZmllbGRzL2Nvb3JkaW5hdGVzJ1xuaW1wb3J0IHsgbW9tZW50RmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvZGF0ZXMnXG5pbXBvcnQgeyB3aG9sZU51bWJlciB9IGZyb20gJy4uLy4uL2ZpZWxkcy9udW1iZXJzJ1xuaW1wb3J0IHsgc2VsZWN0IH0gZnJvbSAnLi4vLi4vZmllbGRzL29wdGlvbnMnXG5pbXBvcnQgeyBzaXRlRmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvcmVsYXRpb25zJ1xuaW1wb3J0IHsgZ3VhcmRCaW5TdGF0ZSwgaXNzdWVTZWNyZXQsIHJldmVhbFNlY3JldE9uY2UgfSBmcm9tICcuLi8uLi9ob29rcy9kZXZpY2VzL2JpbnMnXG5pbXBvcnQgeyBncm91cHMsIHQgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcblxuLyoqXG4gKiBcdTY2N0FcdTgwRkRcdThCQkVcdTU5MDc6IHNtYXJ0IGJpbnMgYW5kIGdpZnQgbWFjaGluZXMuIEVhY2ggaGFzIGEgZGV2aWNlIHNlY3JldCBmb3Igc2lnbmluZyBpdHMgcmVxdWVzdHM6XG4gKiBnZW5lcmF0ZWQgYXQgcmVnaXN0cmF0aW9uLCByZXR1cm5lZCBvbmNlIChgbmV3U2VjcmV0YCBpbiB0aGUgc2F2ZSByZXNwb25zZSksIHN0b3JlZCBzZWFsZWRcbiAqIHdoZXJlIG5vIEFQSSBjYW4gcmVhZCBpdCwgYW5kIHJvdGF0ZWQgYnkgdGlja2luZyBcdTMwMENcdTkxQ0RcdTY1QjBcdTc1MUZcdTYyMTBcdTVCQzZcdTk0QTVcdTMwMEQgKHRoZSBvbGQgb25lIHN0b3BzIHdvcmtpbmcpLlxuICovXG5leHBvcnQgY29uc3QgQmluczogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ2JpbnMnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1NjY3QVx1ODBGRFx1OEJCRVx1NTkwNycsICdTbWFydCBiaW4nKSwgcGx1cmFsOiB0KCdcdTY2N0FcdTgwRkRcdThCQkVcdTU5MDcnLCAnU21hcnQgYmlucycpIH0sXG4gIGFkbWluOiB7XG4gICAgZ3JvdXA6IGdyb3Vwcy5kZXZpY2VzLFxuICAgIHVzZUFzVGl0bGU6ICdkZXZpY2VJZCcsXG4gICAgZGVmYXVsdENvbHVtbnM6IFsnZGV2aWNlSWQnLCAna2luZCcsICdzaXRlJywgJ3N0YXR1cycsICdsYXN0U2VlbkF0JywgJ2Zpcm13YXJlJ10sXG4gICAgbGlzdFNlYXJjaGFibGVGaWVsZHM6IFsnZGV2aWNlSWQnLCAndmVuZG9yJywgJ21vZGVsJ10sXG4gIH0sXG4gIGFjY2VzczogeyByZWFkOiBzdGFmZk9yT3duVG93bignc2l0ZScpLCBjcmVhdGU6IGFkbWlucywgdXBkYXRlOiBzdGFmZiwgZGVsZXRlOiBhZG1pbnMgfSxcbiAgaG9va3M6IHsgYmVmb3JlQ2hhbmdlOiBbZ3VhcmRCaW5TdGF0ZSwgaXNzdWVTZWNyZXRdLCBhZnRlckNoYW5nZTogW3JldmVhbFNlY3JldE9uY2VdIH0sXG4gIGVuZHBvaW50czogW3JvdGF0ZVNlY3JldEVuZHBvaW50XSxcbiAgZmllbGRzOiBbXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAge1xuICAgICAgICAgIG5hbWU6ICdkZXZpY2VJZCcsXG4gICAgICAgICAgdHlwZTogJ3RleHQnLFxuICAgICAgICAgIHJlcXVpcmVkOiB0cnVlLFxuICAgICAgICAgIHVuaXF1ZTogdHJ1ZSxcbiAgICAgICAgICBpbmRleDogdHJ1ZSxcbiAgICAgICAgICBsYWJlbDogdCgnXHU4QkJFXHU1OTA3XHU3RjE2XHU1M0Y3JywgJ0RldmljZSBpZCcpLFxuICAgICAgICAgIHZhbGlkYXRlOiAodjogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCkgPT5cbiAgICAgICAgICAgICh0eXBlb2YgdiA9PT0gJ3N0cmluZycgJiYgL15bQS1aYS16MC05Xy1dezMsNjR9JC8udGVzdCh2KSkgfHxcbiAgICAgICAgICAgICczXHUyMDEzNjQgXHU0RjREXHU1QjU3XHU2QkNEXHUzMDAxXHU2NTcwXHU1QjU3XHUzMDAxLSBcdTYyMTYgXyAvIDNcdTIwMTM2NCBsZXR0ZXJzLCBkaWdpdHMsIC0gb3IgXycsXG4gICAgICAgIH0sXG4gICAgICAgIHNlbGVjdCgna2luZCcsIHQoJ1x1N0M3Qlx1NTc4QicsICdLaW5kJyksIEJJTl9LSU5EUywgeyByZXF1aXJlZDogdHJ1ZSB9KSxcbiAgICAgICAgc2VsZWN0KCdzdGF0dXMnLCB0KCdcdTcyQjZcdTYwMDEnLCAnU3RhdHVzJyksIEJJTl9TVEFUVVNFUywgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAnb2ZmbGluZScsIGluZGV4OiB0cnVlIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHsgbmFtZTogJ3ZlbmRvcicsIHR5cGU6ICd0ZXh0JywgbGFiZWw6IHQoJ1x1NTM4Mlx1NTU0NicsICdWZW5kb3InKSB9LFxuICAgICAgICB7IG5hbWU6ICdtb2RlbCcsIHR5cGU6ICd0ZXh0JywgbGFiZWw6IHQoJ1x1NTc4Qlx1NTNGNycsICdNb2RlbCcpIH0sXG4gICAgICAgIHsgbmFtZTogJ2Zpcm13YXJlJywgdHlwZTogJ3RleHQnLCBsYWJlbDogdCgnXHU1NkZBXHU0RUY2XHU3MjQ4XHU2NzJDJywgJ0Zpcm13YXJlJykgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICBzaXRlRmllbGQoKSxcbiAgICBjb29yZGluYXRlc1JvdygpLFxuICAgIHNlbGVjdCgnYXVkaWVuY2UnLCB0KCdcdTY3MERcdTUyQTFcdTVCRjlcdThDNjEnLCAnU2VydmVzJyksIEFVRElFTkNFUywgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAnYm90aCcgfSksXG4gICAge1xuICAgICAgbmFtZTogJ2NvbXBhcnRtZW50cycsXG4gICAgICB0eXBlOiAnYXJyYXknLFxuICAgICAgbGFiZWw6IHQoJ1x1N0JCMVx1NjgzQycsICdDb21wYXJ0bWVudHMnKSxcbiAgICAgIGxhYmVsczogeyBzaW5ndWxhcjogdCgnXHU3QkIxXHU2ODNDJywgJ0NvbXBhcnRtZW50JyksIHBsdXJhbDogdCgnXHU3QkIxXHU2ODNDJywgJ0NvbXBhcnRtZW50cycpIH0sXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAge1xuICAgICAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgICAgIGZpZWxkczogW1xuICAgICAgICAgICAgd2hvbGVOdW1iZXIoJ251bWJlcicsIHQoJ1x1N0YxNlx1NTNGNycsICdOby4nKSwgeyByZXF1aXJlZDogdHJ1ZSwgbWluOiAxLCBtYXg6IDMyIH0pLFxuICAgICAgICAgICAgY2F0ZWdvcnlGaWVsZCgpLFxuICAgICAgICAgICAgd2hvbGVOdW1iZXIoJ2NhcGFjaXR5TGl0cmVzJywgdCgnXHU1QkI5XHU5MUNGXHVGRjA4XHU1MzQ3XHVGRjA5JywgJ0NhcGFjaXR5IChMKScpLCB7IG1pbjogMCB9KSxcbiAgICAgICAgICAgIHdob2xlTnVtYmVyKCdmaWxsUGVyY2VudCcsIHQoJ1x1NkVFMVx1NkVBMlx1NUVBNiAlJywgJ0ZpbGwgJScpLCB7IG1pbjogMCwgbWF4OiAxMDAsIHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICAgIF0sXG4gICAgICAgIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgbW9tZW50RmllbGQoJ2xhc3RTZWVuQXQnLCB0KCdcdTY3MDBcdTU0MEVcdTkwMUFcdTRGRTEnLCAnTGFzdCBzZWVuJyksIHsgaW5kZXg6IHRydWUsIHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICB7IG5hbWU6ICdjb21taXNzaW9uZWRBdCcsIHR5cGU6ICdkYXRlJywgbGFiZWw6IHQoJ1x1NjI5NVx1NzUyOFx1NjVFNVx1NjcxRicsICdDb21taXNzaW9uZWQnKSB9LFxuICAgICAgICB3aG9sZU51bWJlcignY29zdEZlbicsIHQoJ1x1OEQyRFx1N0Y2RVx1OEQzOVx1NzUyOFx1RkYwOFx1NTIwNlx1RkYwOScsICdQdXJjaGFzZSBjb3N0IChmZW4pJyksIHsgbWluOiAwIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHsgbmFtZTogJ3RlbGVtZXRyeScsIHR5cGU6ICdqc29uJywgbGFiZWw6IHQoJ1x1NjcwMFx1OEZEMVx1NUZDM1x1OERGMycsICdMYXN0IGhlYXJ0YmVhdCcpLCBhZG1pbjogeyByZWFkT25seTogdHJ1ZSB9IH0sXG4gICAge1xuICAgICAgbmFtZTogJ3JvdGF0ZVNlY3JldCcsXG4gICAgICB0eXBlOiAnY2hlY2tib3gnLFxuICAgICAgZGVmYXVsdFZhbHVlOiBmYWxzZSxcbiAgICAgIGxhYmVsOiB0KFxuICAgICAgICAnXHU5MUNEXHU2NUIwXHU3NTFGXHU2MjEwXHU4QkJFXHU1OTA3XHU1QkM2XHU5NEE1XHVGRjA4XHU0RkREXHU1QjU4XHU1NDBFXHU2NjNFXHU3OTNBXHU0RTAwXHU2QjIxXHVGRjBDXHU2NUU3XHU1QkM2XHU5NEE1XHU3QUNCXHU1MzczXHU1OTMxXHU2NTQ4XHVGRjA5JyxcbiAgICAgICAgJ1JvdGF0ZSB0aGUgZGV2aWNlIHNlY3JldCAoc2hvd24gb25jZTsgdGhlIG9sZCBvbmUgc3RvcHMgd29ya2luZyknLFxuICAgICAgKSxcbiAgICB9LFxuICAgIG1vbWVudEZpZWxkKCdzZWNyZXRSb3RhdGVkQXQnLCB0KCdcdTVCQzZcdTk0QTVcdTc1MUZcdTYyMTBcdTY1RjZcdTk1RjQnLCAnU2VjcmV0IGlzc3VlZCcpLCB7IHJlYWRPbmx5OiB0cnVlLCBzaWRlYmFyOiB0cnVlIH0pLFxuICAgIHsgbmFtZTogJ3NlY3JldFNlYWxlZCcsIHR5cGU6ICd0ZXh0JywgaGlkZGVuOiB0cnVlIH0sXG4gIF0sXG59XG4iLCAiLyoqIFJlY29yZHMgdGhhdCBhcmUgZmFjdHMgKGRyb3BzLCBsZWRnZXIgZW50cmllcywgZGV2aWNlIGxvZ3MpIGFyZSBuZXZlciBkZWxldGVkLCBieSBhbnlvbmUuICovXG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25CZWZvcmVEZWxldGVIb29rIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgZm9yYmlkZGVuIH0gZnJvbSAnLi9lcnJvcnMnXG5cbmV4cG9ydCBjb25zdCByZWZ1c2VEZWxldGU6IENvbGxlY3Rpb25CZWZvcmVEZWxldGVIb29rID0gKCkgPT4ge1xuICB0aHJvdyBmb3JiaWRkZW4oJ0FQUEVORF9PTkxZJywgJ1x1NkI2NFx1OEJCMFx1NUY1NVx1NTNFQVx1ODBGRFx1OEZGRFx1NTJBMFx1RkYwQ1x1NEUwRFx1ODBGRFx1NTIyMFx1OTY2NFx1MzAwMlRoaXMgcmVjb3JkIGNhbm5vdCBiZSBkZWxldGVkLicpXG59XG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgbm9ib2R5IH0gZnJvbSAnLi4vLi4vYWNjZXNzL25vYm9keSdcbmltcG9ydCB7IHN0YWZmIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmJ1xuaW1wb3J0IHsgbW9tZW50RmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvZGF0ZXMnXG5pbXBvcnQgeyByZWxhdGlvbiB9IGZyb20gJy4uLy4uL2ZpZWxkcy9yZWxhdGlvbnMnXG5pbXBvcnQgeyByZWZ1c2VEZWxldGUgfSBmcm9tICcuLi8uLi9ob29rcy9zaGFyZWQvYXBwZW5kT25seSdcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKiogXHU4QkJFXHU1OTA3XHU2MkE1XHU2NTg3OiB0aGUgYXBwZW5kLW9ubHkgcmF3IGxvZyBvZiBldmVyeSBkZXZpY2UgcmVxdWVzdCBhbmQgaXRzIG91dGNvbWUsIGZvciBhdWRpdCBhbmQgcmVwbGF5LiAqL1xuZXhwb3J0IGNvbnN0IERldmljZUV2ZW50czogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ2RldmljZS1ldmVudHMnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1OEJCRVx1NTkwN1x1NjJBNVx1NjU4NycsICdEZXZpY2UgcmVxdWVzdCcpLCBwbHVyYWw6IHQoJ1x1OEJCRVx1NTkwN1x1NjJBNVx1NjU4NycsICdEZXZpY2UgcmVxdWVzdHMnKSB9LFxuICBhZG1pbjogeyBncm91cDogZ3JvdXBzLmRldmljZXMsIGRlZmF1bHRDb2x1bW5zOiBbJ3JlY2VpdmVkQXQnLCAnZGV2aWNlSWQnLCAnZW5kcG9pbnQnLCAnc3RhdHVzJywgJ2NvZGUnLCAnZXZlbnRzJ10gfSxcbiAgZGVmYXVsdFNvcnQ6ICctcmVjZWl2ZWRBdCcsXG4gIC8vIEEgcmVjb3JkIG9mIGFuIGFjdCBjYW5ub3QgYmUgY29waWVkIGludG8gYW5vdGhlciBhY3QuXG4gIGRpc2FibGVEdXBsaWNhdGU6IHRydWUsXG4gIGFjY2VzczogeyByZWFkOiBzdGFmZiwgY3JlYXRlOiBub2JvZHksIHVwZGF0ZTogbm9ib2R5LCBkZWxldGU6IG5vYm9keSB9LFxuICBob29rczogeyBiZWZvcmVEZWxldGU6IFtyZWZ1c2VEZWxldGVdIH0sXG4gIGZpZWxkczogW1xuICAgIG1vbWVudEZpZWxkKCdyZWNlaXZlZEF0JywgdCgnXHU2M0E1XHU2NTM2XHU2NUY2XHU5NUY0JywgJ1JlY2VpdmVkJyksIHsgcmVxdWlyZWQ6IHRydWUsIGluZGV4OiB0cnVlIH0pLFxuICAgIHsgbmFtZTogJ2RldmljZUlkJywgdHlwZTogJ3RleHQnLCBpbmRleDogdHJ1ZSwgbGFiZWw6IHQoJ1x1OEJCRVx1NTkwN1x1N0YxNlx1NTNGNycsICdEZXZpY2UgaWQnKSB9LFxuICAgIHJlbGF0aW9uKCdiaW5zJywgJ2JpbicsIHQoJ1x1OEJCRVx1NTkwNycsICdCaW4nKSksXG4gICAgeyBuYW1lOiAnZW5kcG9pbnQnLCB0eXBlOiAndGV4dCcsIHJlcXVpcmVkOiB0cnVlLCBsYWJlbDogdCgnXHU2M0E1XHU1M0UzJywgJ0VuZHBvaW50JykgfSxcbiAgICB7IG5hbWU6ICdzdGF0dXMnLCB0eXBlOiAnbnVtYmVyJywgcmVxdWlyZWQ6IHRydWUsIGxhYmVsOiB0KCdIVFRQIFx1NzJCNlx1NjAwMScsICdIVFRQIHN0YXR1cycpIH0sXG4gICAgeyBuYW1lOiAnY29kZScsIHR5cGU6ICd0ZXh0JywgaW5kZXg6IHRydWUsIGxhYmVsOiB0KCdcdTk1MTlcdThCRUZcdTc4MDEnLCAnRXJyb3IgY29kZScpIH0sXG4gICAgeyBuYW1lOiAnZXZlbnRzJywgdHlwZTogJ251bWJlcicsIGxhYmVsOiB0KCdcdTRFOEJcdTRFRjZcdTY1NzAnLCAnRXZlbnRzJykgfSxcbiAgICB7IG5hbWU6ICdjbGllbnRBZGRyZXNzJywgdHlwZTogJ3RleHQnLCBsYWJlbDogdCgnXHU2NzY1XHU2RTkwXHU1NzMwXHU1NzQwJywgJ0NsaWVudCBhZGRyZXNzJykgfSxcbiAgICB7XG4gICAgICBuYW1lOiAncmVwZWF0cycsXG4gICAgICB0eXBlOiAnbnVtYmVyJyxcbiAgICAgIGxhYmVsOiB0KCdcdTU0MENcdTdDN0JcdTY3MkFcdThCQjBcdTVGNTVcdTZCMjFcdTY1NzAnLCAnUmVwZWF0cyBjb3VudGVkJyksXG4gICAgICBhZG1pbjoge1xuICAgICAgICBkZXNjcmlwdGlvbjogdCgnXHU1OTI3XHU5MUNGXHU3NkY4XHU1NDBDXHU3Njg0XHU2MkQyXHU3RUREXHU1M0VBXHU4QkIwXHU2ODM3XHU2NzJDXHVGRjBDXHU1MTc2XHU0RjU5XHU4QkExXHU2NTcwJywgJ0Zsb29kcyBvZiBpZGVudGljYWwgcmVmdXNhbHMga2VlcCBzYW1wbGVzIGFuZCBhIGNvdW50JyksXG4gICAgICB9LFxuICAgIH0sXG4gICAgeyBuYW1lOiAnYm9keScsIHR5cGU6ICdqc29uJywgbGFiZWw6IHQoJ1x1OEJGN1x1NkM0Mlx1NTE4NVx1NUJCOScsICdSZXF1ZXN0IGJvZHknKSB9LFxuICAgIHsgbmFtZTogJ3Jlc3BvbnNlJywgdHlwZTogJ2pzb24nLCBsYWJlbDogdCgnXHU1OTA0XHU3NDA2XHU3RUQzXHU2NzlDJywgJ091dGNvbWUnKSB9LFxuICBdLFxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IG5vYm9keSB9IGZyb20gJy4uLy4uL2FjY2Vzcy9ub2JvZHknXG5pbXBvcnQgeyBzdGFmZiB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZidcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKipcbiAqIFx1OEJCRVx1NTkwN1x1NTZERVx1NjI2Nzogb25lIHJvdyBwZXIgcHJvY2Vzc2VkIChkZXZpY2UsIGV2ZW50IGlkKSB0aGF0IGlzIG5vdCBhIGRyb3AgKGRyb3BzIGFyZSByZWNvZ25pc2VkXG4gKiBieSB0aGVpciBvd24gaWRlbXBvdGVuY3kga2V5KTogYSByZXBlYXQgZ2V0cyB0aGUgZmlyc3Qgb3V0Y29tZSBiYWNrLlxuICovXG5leHBvcnQgY29uc3QgRGV2aWNlUmVjZWlwdHM6IENvbGxlY3Rpb25Db25maWcgPSB7XG4gIHNsdWc6ICdkZXZpY2UtcmVjZWlwdHMnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1OEJCRVx1NTkwN1x1NTZERVx1NjI2NycsICdEZXZpY2UgcmVjZWlwdCcpLCBwbHVyYWw6IHQoJ1x1OEJCRVx1NTkwN1x1NTZERVx1NjI2NycsICdEZXZpY2UgcmVjZWlwdHMnKSB9LFxuICBhZG1pbjogeyBncm91cDogZ3JvdXBzLmRldmljZXMsIGhpZGRlbjogdHJ1ZSB9LFxuICAvLyBBIHJlY29yZCBvZiBhbiBhY3QgY2Fubm90IGJlIGNvcGllZCBpbnRvIGFub3RoZXIgYWN0LlxuICBkaXNhYmxlRHVwbGljYXRlOiB0cnVlLFxuICBhY2Nlc3M6IHsgcmVhZDogc3RhZmYsIGNyZWF0ZTogbm9ib2R5LCB1cGRhdGU6IG5vYm9keSwgZGVsZXRlOiBub2JvZHkgfSxcbiAgZmllbGRzOiBbXG4gICAgeyBuYW1lOiAna2V5JywgdHlwZTogJ3RleHQnLCByZXF1aXJlZDogdHJ1ZSwgdW5pcXVlOiB0cnVlLCBpbmRleDogdHJ1ZSB9LFxuICAgIHsgbmFtZTogJ2ZpbmdlcnByaW50JywgdHlwZTogJ3RleHQnIH0sXG4gICAgeyBuYW1lOiAnb3V0Y29tZScsIHR5cGU6ICdqc29uJyB9LFxuICBdLFxufVxuIiwgIi8qKiBcdThCQkVcdTU5MDcgZGV2aWNlczogc21hcnQgYmlucyBhbmQgZ2lmdCBtYWNoaW5lcywgdGhlaXIgYWxlcnRzIGFuZCB0aGUgcmF3IGRldmljZSBsb2cuICovXG5pbXBvcnQgeyBBbGVydHMgfSBmcm9tICcuL0FsZXJ0cydcbmltcG9ydCB7IEJpbnMgfSBmcm9tICcuL0JpbnMnXG5pbXBvcnQgeyBEZXZpY2VFdmVudHMgfSBmcm9tICcuL0RldmljZUV2ZW50cydcbmltcG9ydCB7IERldmljZVJlY2VpcHRzIH0gZnJvbSAnLi9EZXZpY2VSZWNlaXB0cydcblxuZXhwb3J0IGNvbnN0IGRldmljZXNDb2xsZWN0aW9ucyA9IFtCaW5zLCBBbGVydHMsIERldmljZUV2ZW50cywgRGV2aWNlUmVjZWlwdHNdXG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuLyoqIFx1OEZEMFx1ODQyNSBvcGVyYXRpb25zOiBwaWNrdXBzLCBjb2xsZWN0aW9uIHJ1bnMsIHN0b3JhZ2UsIHdvcmsgb3JkZXJzIChpc3N1ZSAxMikuICovXG5leHBvcnQgY29uc3Qgb3BlcmF0aW9uc0NvbGxlY3Rpb25zOiBDb2xsZWN0aW9uQ29uZmlnW10gPSBbXVxuIiwgIi8qKiBBIGNvbnRhY3QgcGhvbmUgbnVtYmVyIChtb2JpbGUgb3IgbGFuZGxpbmUgd2l0aCBpdHMgYXJlYSBjb2RlKS4gKi9cbmltcG9ydCB0eXBlIHsgVGV4dEZpZWxkIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgQ09OVEFDVF9QSE9ORSB9IGZyb20gJy4uL2RvbWFpbi9wbGFjZXMvc2l0ZXMnXG5pbXBvcnQgdHlwZSB7IExhYmVsIH0gZnJvbSAnLi4vaTE4bi9sYWJlbHMnXG5cbmV4cG9ydCBjb25zdCBjb250YWN0UGhvbmVGaWVsZCA9IChuYW1lOiBzdHJpbmcsIGxhYmVsOiBMYWJlbCk6IFRleHRGaWVsZCA9PiAoe1xuICBuYW1lLFxuICB0eXBlOiAndGV4dCcsXG4gIGxhYmVsLFxuICB2YWxpZGF0ZTogKHY6IHN0cmluZyB8IG51bGwgfCB1bmRlZmluZWQpID0+XG4gICAgIXYgfHwgQ09OVEFDVF9QSE9ORS50ZXN0KHYpIHx8ICdcdTc1MzVcdThCRERcdTY4M0NcdTVGMEZcdTRFMERcdTZCNjNcdTc4NkVcdUZGMDhcdTYyNEJcdTY3M0EgMTEgXHU0RjREXHU2MjE2XHU1RUE3XHU2NzNBIDA1NTEtMTIzNDU2N1x1RkYwOS8gaW52YWxpZCBwaG9uZSBudW1iZXInLFxufSlcbiIsICJpbXBvcnQgdHlwZSB7IEFjY2VzcyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyLCBoYXNSb2xlLCByZWZJZCwgdHlwZSBSb2xlIH0gZnJvbSAnLi9yb2xlcydcblxuLyoqXG4gKiBUb3duLXNjb3BlZCByZWNvcmRzICh2aWxsYWdlcywgc2l0ZXMsIFx1MjAyNik6IHRoZSByb2xlcyBpbiBgc2VlQWxsYCByZWFjaCBldmVyeSByZWNvcmQsIGEgdG93blxuICogb2ZmaWNpYWwgb25seSB0aG9zZSBvZiB0aGVpciBvd24gdG93biwgZXZlcnlvbmUgZWxzZSBub3RoaW5nLlxuICovXG5leHBvcnQgY29uc3Qgb3duVG93biA9XG4gIChzZWVBbGw6IFJvbGVbXSwgZmllbGQgPSAndG93bicpOiBBY2Nlc3MgPT5cbiAgKHsgcmVxIH0pID0+IHtcbiAgICBjb25zdCB1c2VyID0gY3VycmVudFVzZXIocmVxKVxuICAgIGlmICghdXNlcikgcmV0dXJuIGZhbHNlXG4gICAgaWYgKGhhc1JvbGUodXNlciwgJ2FkbWluJywgLi4uc2VlQWxsKSkgcmV0dXJuIHRydWVcbiAgICBpZiAoaGFzUm9sZSh1c2VyLCAndG93bi1vZmZpY2lhbCcpKSB7XG4gICAgICBjb25zdCB0b3duID0gcmVmSWQodXNlci50b3duKVxuICAgICAgcmV0dXJuIHRvd24gPT09IG51bGwgPyBmYWxzZSA6IHsgW2ZpZWxkXTogeyBlcXVhbHM6IHRvd24gfSB9XG4gICAgfVxuICAgIHJldHVybiBmYWxzZVxuICB9XG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyLCBoYXNSb2xlLCByZWZJZCwgc2FtZVJlZiB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IGZvcmJpZGRlbiB9IGZyb20gJy4vZXJyb3JzJ1xuXG4vKipcbiAqIEEgdG93biBvZmZpY2lhbCB3b3JrcyBpbnNpZGUgdGhlaXIgb3duIHRvd246IGEgbmV3IHJlY29yZCBkZWZhdWx0cyB0byBpdCwgYW5kIG5laXRoZXIgYSBuZXdcbiAqIHJlY29yZCBub3IgYW4gZWRpdCBtYXkgbmFtZSBhbm90aGVyIHRvd24uIEFkbWlucyBhbmQgb3BlcmF0b3JzIGFyZSBub3QgbGltaXRlZCBoZXJlXG4gKiAoY29sbGVjdGlvbiBhY2Nlc3MgZGVjaWRlcyB3aGF0IHRoZXkgbWF5IHRvdWNoKS5cbiAqL1xuZXhwb3J0IGNvbnN0IGtlZXBJbk93blRvd246IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rID0gKHsgZGF0YSwgcmVxLCBvcGVyYXRpb24sIG9yaWdpbmFsRG9jIH0pID0+IHtcbiAgY29uc3QgdXNlciA9IGN1cnJlbnRVc2VyKHJlcSlcbiAgaWYgKCF1c2VyIHx8ICFoYXNSb2xlKHVzZXIsICd0b3duLW9mZmljaWFsJykpIHJldHVybiBkYXRhXG4gIGNvbnN0IG93blRvd24gPSByZWZJZCh1c2VyLnRvd24pXG4gIGlmIChvd25Ub3duID09PSBudWxsKSB7XG4gICAgdGhyb3cgZm9yYmlkZGVuKCdOT19UT1dOJywgJ1x1NjBBOFx1NzY4NFx1OEQyNlx1NTNGN1x1NjcyQVx1N0VEMVx1NUI5QVx1OTU0N1x1RkYwOFx1ODg1N1x1OTA1M1x1RkYwOVx1RkYwQ1x1OEJGN1x1ODA1NFx1N0NGQlx1N0JBMVx1NzQwNlx1NTQ1OFx1MzAwMllvdXIgYWNjb3VudCBpcyBub3QgYm91bmQgdG8gYSB0b3duLicpXG4gIH1cbiAgaWYgKG9wZXJhdGlvbiA9PT0gJ2NyZWF0ZScgJiYgcmVmSWQoZGF0YS50b3duKSA9PT0gbnVsbCkgZGF0YS50b3duID0gb3duVG93blxuICBjb25zdCB0YXJnZXQgPSBkYXRhLnRvd24gPT09IHVuZGVmaW5lZCA/IG9yaWdpbmFsRG9jPy50b3duIDogZGF0YS50b3duXG4gIGlmICghc2FtZVJlZih0YXJnZXQsIG93blRvd24pKSB7XG4gICAgdGhyb3cgZm9yYmlkZGVuKFxuICAgICAgJ09USEVSX1RPV04nLFxuICAgICAgJ1x1NTNFQVx1ODBGRFx1N0JBMVx1NzQwNlx1NjcyQ1x1OTU0N1x1RkYwOFx1ODg1N1x1OTA1M1x1RkYwOVx1NzY4NFx1OEJCMFx1NUY1NVx1RkYwQ1x1NEUwRFx1ODBGRFx1NUVGQVx1NTIzMFx1NjIxNlx1NzlGQlx1NTIzMFx1NTE3Nlx1NEVENlx1OTU0N1x1MzAwMllvdSBjYW4gb25seSBtYW5hZ2UgcmVjb3JkcyBvZiB5b3VyIG93biB0b3duLicsXG4gICAgKVxuICB9XG4gIHJldHVybiBkYXRhXG59XG4iLCAiLyoqXG4gKiBSZWNvcmRzIHRoYXQgYmVsb25nIHRvIGEgdG93biAodmlsbGFnZXMsIHNpdGVzLCBhbmQgdGhlIGNvdW50cnlzaWRlIHJlY29yZHMgdG8gY29tZSkgc2hhcmUgb25lXG4gKiBidW5kbGU6IHdobyBtYXkgdG91Y2ggdGhlbSwgdGhlIGhvb2sgdGhhdCBrZWVwcyBhIHRvd24gb2ZmaWNpYWwgaW5zaWRlIHRoZWlyIG93biB0b3duLCBhbmQgdGhlXG4gKiB0b3duIGZpZWxkIGl0c2VsZi4gRXZlcnkgdG93bi1vd25lZCBjb2xsZWN0aW9uIHNwcmVhZHMgdGhpczsgdGhlIGFjY2VzcyB0ZXN0cyBmaW5kIHRoZW0gYWxsXG4gKiB0aHJvdWdoIGBjdXN0b20udG93blNjb3BlZGAgYW5kIHJ1biB0aGUgc2FtZSBhdHRhY2tzIG9uIGVhY2guXG4gKi9cbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2ssIENvbGxlY3Rpb25Db25maWcsIFJlbGF0aW9uc2hpcEZpZWxkIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgYWRtaW5zIH0gZnJvbSAnLi4vYWNjZXNzL2FkbWlucydcbmltcG9ydCB7IGJ5Um9sZSB9IGZyb20gJy4uL2FjY2Vzcy9ieVJvbGUnXG5pbXBvcnQgeyBvd25Ub3duIH0gZnJvbSAnLi4vYWNjZXNzL293blRvd24nXG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgeyBrZWVwSW5Pd25Ub3duIH0gZnJvbSAnLi4vaG9va3Mvc2hhcmVkL2tlZXBJbk93blRvd24nXG5pbXBvcnQgeyB0b3duRmllbGQgfSBmcm9tICcuL3JlbGF0aW9ucydcblxuZXhwb3J0IHR5cGUgVG93blNjb3BlID0ge1xuICBhY2Nlc3M6IE5vbk51bGxhYmxlPENvbGxlY3Rpb25Db25maWdbJ2FjY2VzcyddPlxuICBiZWZvcmVDaGFuZ2U6IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rW11cbiAgdG93bkZpZWxkOiBSZWxhdGlvbnNoaXBGaWVsZFxuICBjdXN0b206IHsgdG93blNjb3BlZDogdHJ1ZSB9XG59XG5cbi8qKlxuICogQHBhcmFtIHJlYWRlcnMgcm9sZXMgYmVzaWRlcyBhZG1pbnMgdGhhdCByZWFkIGV2ZXJ5IHRvd24ncyByZWNvcmRzICh0b3duIG9mZmljaWFscyByZWFkIHRoZWlyIG93bikuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0b3duU2NvcGVkKHJlYWRlcnM6IFJvbGVbXSA9IFtdKTogVG93blNjb3BlIHtcbiAgcmV0dXJuIHtcbiAgICBhY2Nlc3M6IHtcbiAgICAgIHJlYWQ6IG93blRvd24ocmVhZGVycyksXG4gICAgICBjcmVhdGU6IGJ5Um9sZSgnYWRtaW4nLCAndG93bi1vZmZpY2lhbCcpLFxuICAgICAgdXBkYXRlOiBvd25Ub3duKFtdKSxcbiAgICAgIGRlbGV0ZTogYWRtaW5zLFxuICAgIH0sXG4gICAgYmVmb3JlQ2hhbmdlOiBba2VlcEluT3duVG93bl0sXG4gICAgdG93bkZpZWxkOiB0b3duRmllbGQoKSxcbiAgICBjdXN0b206IHsgdG93blNjb3BlZDogdHJ1ZSB9LFxuICB9XG59XG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHJlZklkIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHsgYmFkUmVxdWVzdCB9IGZyb20gJy4vZXJyb3JzJ1xuXG4vKiogQSByZWNvcmQncyB2aWxsYWdlLCB3aGVuIGl0IG5hbWVzIG9uZSwgbXVzdCBsaWUgaW4gdGhlIHJlY29yZCdzIHRvd24uICovXG5leHBvcnQgY29uc3QgdmlsbGFnZUluVG93bjogQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2sgPSBhc3luYyAoeyBkYXRhLCByZXEsIG9yaWdpbmFsRG9jIH0pID0+IHtcbiAgY29uc3QgdmlsbGFnZSA9IHJlZklkKGRhdGEudmlsbGFnZSA9PT0gdW5kZWZpbmVkID8gb3JpZ2luYWxEb2M/LnZpbGxhZ2UgOiBkYXRhLnZpbGxhZ2UpXG4gIGNvbnN0IHRvd24gPSByZWZJZChkYXRhLnRvd24gPT09IHVuZGVmaW5lZCA/IG9yaWdpbmFsRG9jPy50b3duIDogZGF0YS50b3duKVxuICBpZiAodmlsbGFnZSA9PT0gbnVsbCB8fCB0b3duID09PSBudWxsKSByZXR1cm4gZGF0YVxuICBjb25zdCBmb3VuZCA9IGF3YWl0IHJlcS5wYXlsb2FkLmZpbmRCeUlEKHtcbiAgICBjb2xsZWN0aW9uOiAndmlsbGFnZXMnLFxuICAgIGlkOiB2aWxsYWdlLFxuICAgIGRlcHRoOiAwLFxuICAgIHJlcSxcbiAgICBkaXNhYmxlRXJyb3JzOiB0cnVlLFxuICB9KVxuICBpZiAoIWZvdW5kKSB0aHJvdyBiYWRSZXF1ZXN0KCdVTktOT1dOX1ZJTExBR0UnLCBgXHU4ODRDXHU2NTNGXHU2NzUxICR7dmlsbGFnZX0gXHU0RTBEXHU1QjU4XHU1NzI4XHUzMDAyVmlsbGFnZSAke3ZpbGxhZ2V9IGRvZXMgbm90IGV4aXN0LmApXG4gIGlmIChTdHJpbmcocmVmSWQoZm91bmQudG93bikpICE9PSBTdHJpbmcodG93bikpIHtcbiAgICB0aHJvdyBiYWRSZXF1ZXN0KFxuICAgICAgJ1ZJTExBR0VfTk9UX0lOX1RPV04nLFxuICAgICAgYFx1ODg0Q1x1NjUzRlx1Njc1MVx1MzAwQyR7Zm91bmQubmFtZX1cdTMwMERcdTRFMERcdTVDNUVcdTRFOEVcdTYyNDBcdTkwMDlcdTk1NDdcdUZGMDhcdTg4NTdcdTkwNTNcdUZGMDlcdTMwMDJUaGUgdmlsbGFnZSBpcyBub3QgaW4gdGhlIGNob3NlbiB0b3duLmAsXG4gICAgKVxuICB9XG4gIHJldHVybiBkYXRhXG59XG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgcmVmSWQgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgeyBTSVRFX0tJTkRTIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BsYWNlcy9zaXRlcydcbmltcG9ydCB7IGNvb3JkaW5hdGVzUm93IH0gZnJvbSAnLi4vLi4vZmllbGRzL2Nvb3JkaW5hdGVzJ1xuaW1wb3J0IHsgd2hvbGVOdW1iZXIgfSBmcm9tICcuLi8uLi9maWVsZHMvbnVtYmVycydcbmltcG9ydCB7IHNlbGVjdCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9vcHRpb25zJ1xuaW1wb3J0IHsgY29udGFjdFBob25lRmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvcGhvbmUnXG5pbXBvcnQgeyByZWxhdGlvbiB9IGZyb20gJy4uLy4uL2ZpZWxkcy9yZWxhdGlvbnMnXG5pbXBvcnQgeyB0b3duU2NvcGVkIH0gZnJvbSAnLi4vLi4vZmllbGRzL3Rvd25TY29wZWQnXG5pbXBvcnQgeyB2aWxsYWdlSW5Ub3duIH0gZnJvbSAnLi4vLi4vaG9va3Mvc2hhcmVkL3ZpbGxhZ2VJblRvd24nXG5pbXBvcnQgeyBncm91cHMsIHQgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcblxuY29uc3Qgc2NvcGUgPSB0b3duU2NvcGVkKFsnb3BlcmF0b3InLCAnYmFzZS1lZGl0b3InXSlcblxuLyoqIFx1OEJENVx1NzBCOVx1NTczQVx1NjI0MDogd2hlcmUgc29ydGluZyBydW5zIFx1MjAxNCBvZmZpY2VzLCBjb21wb3VuZHMsIHNjaG9vbHMsIHN0cmVldHMsIHZpbGxhZ2VzLCBiYXNlcy4gKi9cbmV4cG9ydCBjb25zdCBTaXRlczogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ3NpdGVzJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdThCRDVcdTcwQjlcdTU3M0FcdTYyNDAnLCAnU2l0ZScpLCBwbHVyYWw6IHQoJ1x1OEJENVx1NzBCOVx1NTczQVx1NjI0MCcsICdTaXRlcycpIH0sXG4gIGFkbWluOiB7XG4gICAgZ3JvdXA6IGdyb3Vwcy5hcmVhcyxcbiAgICB1c2VBc1RpdGxlOiAnbmFtZScsXG4gICAgZGVmYXVsdENvbHVtbnM6IFsnbmFtZScsICdraW5kJywgJ3Rvd24nLCAndmlsbGFnZScsICdzb3J0ZWRDb2xsZWN0aW9uJywgJ2hvdXNlaG9sZHMnXSxcbiAgICBsaXN0U2VhcmNoYWJsZUZpZWxkczogWyduYW1lJywgJ2FkZHJlc3MnLCAnY29udGFjdE5hbWUnXSxcbiAgfSxcbiAgYWNjZXNzOiBzY29wZS5hY2Nlc3MsXG4gIGN1c3RvbTogc2NvcGUuY3VzdG9tLFxuICBob29rczogeyBiZWZvcmVDaGFuZ2U6IFsuLi5zY29wZS5iZWZvcmVDaGFuZ2UsIHZpbGxhZ2VJblRvd25dIH0sXG4gIGZpZWxkczogW1xuICAgIHsgbmFtZTogJ25hbWUnLCB0eXBlOiAndGV4dCcsIHJlcXVpcmVkOiB0cnVlLCBpbmRleDogdHJ1ZSwgbGFiZWw6IHQoJ1x1NTQwRFx1NzlGMCcsICdOYW1lJykgfSxcbiAgICBzZWxlY3QoJ2tpbmQnLCB0KCdcdTdDN0JcdTU3OEInLCAnS2luZCcpLCBTSVRFX0tJTkRTLCB7IHJlcXVpcmVkOiB0cnVlIH0pLFxuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHNjb3BlLnRvd25GaWVsZCxcbiAgICAgICAgcmVsYXRpb24oJ3ZpbGxhZ2VzJywgJ3ZpbGxhZ2UnLCB0KCdcdTYyNDBcdTVDNUVcdTg4NENcdTY1M0ZcdTY3NTFcdUZGMDhcdTc5M0VcdTUzM0FcdUZGMDknLCAnVmlsbGFnZScpLCB7XG4gICAgICAgICAgLy8gT25seSB0aGUgdmlsbGFnZXMgb2YgdGhlIGNob3NlbiB0b3duIGFyZSBvZmZlcmVkLlxuICAgICAgICAgIGZpbHRlck9wdGlvbnM6ICh7IHNpYmxpbmdEYXRhIH0pID0+IHtcbiAgICAgICAgICAgIGNvbnN0IHRvd24gPSByZWZJZCgoc2libGluZ0RhdGEgYXMgeyB0b3duPzogbnVtYmVyIHwgc3RyaW5nIH0gfCB1bmRlZmluZWQpPy50b3duKVxuICAgICAgICAgICAgcmV0dXJuIHRvd24gPT09IG51bGwgPyB0cnVlIDogeyB0b3duOiB7IGVxdWFsczogdG93biB9IH1cbiAgICAgICAgICB9LFxuICAgICAgICB9KSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7IG5hbWU6ICdhZGRyZXNzJywgdHlwZTogJ3RleHQnLCBsYWJlbDogdCgnXHU1NzMwXHU1NzQwJywgJ0FkZHJlc3MnKSB9LFxuICAgIGNvb3JkaW5hdGVzUm93KCksXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgeyBuYW1lOiAnY29udGFjdE5hbWUnLCB0eXBlOiAndGV4dCcsIGxhYmVsOiB0KCdcdTgwNTRcdTdDRkJcdTRFQkEnLCAnQ29udGFjdCBuYW1lJykgfSxcbiAgICAgICAgY29udGFjdFBob25lRmllbGQoJ2NvbnRhY3RQaG9uZScsIHQoJ1x1ODA1NFx1N0NGQlx1NzUzNVx1OEJERCcsICdDb250YWN0IHBob25lJykpLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG5hbWU6ICdzb3J0ZWRDb2xsZWN0aW9uJyxcbiAgICAgIHR5cGU6ICdjaGVja2JveCcsXG4gICAgICBkZWZhdWx0VmFsdWU6IGZhbHNlLFxuICAgICAgbGFiZWw6IHQoJ1x1NUYwMFx1NUM1NVx1NTIwNlx1N0M3Qlx1NjUzNlx1OEZEMCcsICdSdW5zIHNvcnRlZCBjb2xsZWN0aW9uJyksXG4gICAgfSxcbiAgICB3aG9sZU51bWJlcignaG91c2Vob2xkcycsIHQoJ1x1NjIzN1x1NjU3MCAvIFx1NEVCQVx1NjU3MCcsICdIb3VzZWhvbGRzIG9yIHN0YWZmJyksIHtcbiAgICAgIG1pbjogMCxcbiAgICAgIGRlc2NyaXB0aW9uOiB0KCdcdTVDMEZcdTUzM0FcdTU4NkJcdTYyMzdcdTY1NzBcdUZGMENcdTY3M0FcdTUxNzNcdTMwMDFcdTVCNjZcdTY4MjFcdTU4NkJcdTRFQkFcdTY1NzAnLCAnSG91c2Vob2xkcyBmb3IgYSBjb21wb3VuZCwgc3RhZmYgZm9yIGFuIG9mZmljZSBvciBzY2hvb2wnKSxcbiAgICB9KSxcbiAgXSxcbn1cbiIsICJpbXBvcnQgdHlwZSB7IEFjY2VzcyB9IGZyb20gJ3BheWxvYWQnXG5cbi8qKiBQdWJsaWM6IGFueW9uZSwgc2lnbmVkIGluIG9yIG5vdC4gKi9cbmV4cG9ydCBjb25zdCBhbnlvbmU6IEFjY2VzcyA9ICgpID0+IHRydWVcbiIsICJpbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25Db25maWcgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBhZG1pbnMgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYWRtaW5zJ1xuaW1wb3J0IHsgYW55b25lIH0gZnJvbSAnLi4vLi4vYWNjZXNzL2FueW9uZSdcbmltcG9ydCB7IHNlbGVjdCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9vcHRpb25zJ1xuaW1wb3J0IHsgZ3JvdXBzLCB0IH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5cbi8qKiBcdTk1NDcgLyBcdTg4NTdcdTkwNTM6IHRoZSBkaXN0cmljdCdzIHRvd25zIGFuZCBzdWItZGlzdHJpY3RzLiBQdWJsaWM6IG5hbWVzIGFwcGVhciBvbiBwdWJsaWMgcGFnZXMuICovXG5leHBvcnQgY29uc3QgVG93bnM6IENvbGxlY3Rpb25Db25maWcgPSB7XG4gIHNsdWc6ICd0b3ducycsXG4gIGxhYmVsczogeyBzaW5ndWxhcjogdCgnXHU5NTQ3XHVGRjA4XHU4ODU3XHU5MDUzXHVGRjA5JywgJ1Rvd24nKSwgcGx1cmFsOiB0KCdcdTk1NDdcdUZGMDhcdTg4NTdcdTkwNTNcdUZGMDknLCAnVG93bnMnKSB9LFxuICBhZG1pbjoge1xuICAgIGdyb3VwOiBncm91cHMuYXJlYXMsXG4gICAgdXNlQXNUaXRsZTogJ25hbWUnLFxuICAgIGRlZmF1bHRDb2x1bW5zOiBbJ25hbWUnLCAna2luZCcsICdjb2RlJywgJ3VwZGF0ZWRBdCddLFxuICAgIGxpc3RTZWFyY2hhYmxlRmllbGRzOiBbJ25hbWUnLCAnY29kZSddLFxuICB9LFxuICBhY2Nlc3M6IHsgcmVhZDogYW55b25lLCBjcmVhdGU6IGFkbWlucywgdXBkYXRlOiBhZG1pbnMsIGRlbGV0ZTogYWRtaW5zIH0sXG4gIGZpZWxkczogW1xuICAgIHsgbmFtZTogJ25hbWUnLCB0eXBlOiAndGV4dCcsIHJlcXVpcmVkOiB0cnVlLCB1bmlxdWU6IHRydWUsIGxhYmVsOiB0KCdcdTU0MERcdTc5RjAnLCAnTmFtZScpIH0sXG4gICAgc2VsZWN0KFxuICAgICAgJ2tpbmQnLFxuICAgICAgdCgnXHU3QzdCXHU1NzhCJywgJ0tpbmQnKSxcbiAgICAgIHsgdG93bjogdCgnXHU5NTQ3JywgJ1Rvd24nKSwgc3ViZGlzdHJpY3Q6IHQoJ1x1ODg1N1x1OTA1MycsICdTdWItZGlzdHJpY3QnKSB9LFxuICAgICAgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAndG93bicgfSxcbiAgICApLFxuICAgIHsgbmFtZTogJ2NvZGUnLCB0eXBlOiAndGV4dCcsIGxhYmVsOiB0KCdcdTg4NENcdTY1M0ZcdTUzM0FcdTUyMTJcdTRFRTNcdTc4MDEnLCAnRGl2aXNpb24gY29kZScpLCBpbmRleDogdHJ1ZSB9LFxuICAgIHsgbmFtZTogJ25vdGUnLCB0eXBlOiAndGV4dGFyZWEnLCBsYWJlbDogdCgnXHU1OTA3XHU2Q0U4JywgJ05vdGUnKSB9LFxuICBdLFxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHdob2xlTnVtYmVyIH0gZnJvbSAnLi4vLi4vZmllbGRzL251bWJlcnMnXG5pbXBvcnQgeyBvcHRpb25zLCBzZWxlY3QgfSBmcm9tICcuLi8uLi9maWVsZHMvb3B0aW9ucydcbmltcG9ydCB7IHRvd25TY29wZWQgfSBmcm9tICcuLi8uLi9maWVsZHMvdG93blNjb3BlZCdcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG5jb25zdCBzY29wZSA9IHRvd25TY29wZWQoWydvcGVyYXRvciddKVxuXG4vKiogXHU4ODRDXHU2NTNGXHU2NzUxIC8gXHU3OTNFXHU1MzNBLiBBIHRvd24gb2ZmaWNpYWwgc2VlcyBhbmQgZWRpdHMgdGhlIHZpbGxhZ2VzIG9mIHRoZWlyIG93biB0b3duIG9ubHkuICovXG5leHBvcnQgY29uc3QgVmlsbGFnZXM6IENvbGxlY3Rpb25Db25maWcgPSB7XG4gIHNsdWc6ICd2aWxsYWdlcycsXG4gIGxhYmVsczogeyBzaW5ndWxhcjogdCgnXHU4ODRDXHU2NTNGXHU2NzUxXHVGRjA4XHU3OTNFXHU1MzNBXHVGRjA5JywgJ1ZpbGxhZ2UnKSwgcGx1cmFsOiB0KCdcdTg4NENcdTY1M0ZcdTY3NTFcdUZGMDhcdTc5M0VcdTUzM0FcdUZGMDknLCAnVmlsbGFnZXMnKSB9LFxuICBhZG1pbjoge1xuICAgIGdyb3VwOiBncm91cHMuYXJlYXMsXG4gICAgdXNlQXNUaXRsZTogJ25hbWUnLFxuICAgIGRlZmF1bHRDb2x1bW5zOiBbJ25hbWUnLCAndG93bicsICdyZWdpc3RlcmVkUG9wdWxhdGlvbicsICdydW5zU29ydGluZycsICdtYXJrZXRDb250cmFjdCddLFxuICAgIGxpc3RTZWFyY2hhYmxlRmllbGRzOiBbJ25hbWUnXSxcbiAgfSxcbiAgYWNjZXNzOiBzY29wZS5hY2Nlc3MsXG4gIGN1c3RvbTogc2NvcGUuY3VzdG9tLFxuICBob29rczogeyBiZWZvcmVDaGFuZ2U6IHNjb3BlLmJlZm9yZUNoYW5nZSB9LFxuICBmaWVsZHM6IFtcbiAgICB7IG5hbWU6ICduYW1lJywgdHlwZTogJ3RleHQnLCByZXF1aXJlZDogdHJ1ZSwgaW5kZXg6IHRydWUsIGxhYmVsOiB0KCdcdTU0MERcdTc5RjAnLCAnTmFtZScpIH0sXG4gICAgc2NvcGUudG93bkZpZWxkLFxuICAgIHNlbGVjdChcbiAgICAgICdraW5kJyxcbiAgICAgIHQoJ1x1N0M3Qlx1NTc4QicsICdLaW5kJyksXG4gICAgICB7IHZpbGxhZ2U6IHQoJ1x1ODg0Q1x1NjUzRlx1Njc1MScsICdWaWxsYWdlJyksIGNvbW11bml0eTogdCgnXHU3OTNFXHU1MzNBJywgJ0NvbW11bml0eScpIH0sXG4gICAgICB7IGRlZmF1bHRWYWx1ZTogJ3ZpbGxhZ2UnIH0sXG4gICAgKSxcbiAgICB3aG9sZU51bWJlcigncmVnaXN0ZXJlZFBvcHVsYXRpb24nLCB0KCdcdTYyMzdcdTdDNERcdTRFQkFcdTUzRTMnLCAnUmVnaXN0ZXJlZCBwb3B1bGF0aW9uJyksIHtcbiAgICAgIHJlcXVpcmVkOiB0cnVlLFxuICAgICAgbWluOiAwLFxuICAgICAgZGVmYXVsdFZhbHVlOiAwLFxuICAgIH0pLFxuICAgIHtcbiAgICAgIG5hbWU6ICdtYXJrZXRDb250cmFjdCcsXG4gICAgICB0eXBlOiAnY2hlY2tib3gnLFxuICAgICAgZGVmYXVsdFZhbHVlOiBmYWxzZSxcbiAgICAgIGxhYmVsOiB0KCdcdTVFMDJcdTU3M0FcdTUzMTZcdTRGRERcdTZEMDEnLCAnVW5kZXIgYSBtYXJrZXQtYmFzZWQgc2FuaXRhdGlvbiBjb250cmFjdCcpLFxuICAgIH0sXG4gICAgeyBuYW1lOiAncnVuc1NvcnRpbmcnLCB0eXBlOiAnY2hlY2tib3gnLCBkZWZhdWx0VmFsdWU6IGZhbHNlLCBsYWJlbDogdCgnXHU1RjAwXHU1QzU1XHU1NzgzXHU1NzNFXHU1MjA2XHU3QzdCJywgJ1J1bnMgc29ydGluZycpIH0sXG4gICAge1xuICAgICAgbmFtZTogJ3NvcnRpbmdTY2hlbWUnLFxuICAgICAgdHlwZTogJ3NlbGVjdCcsXG4gICAgICBsYWJlbDogdCgnXHU1MjA2XHU3QzdCXHU2NUI5XHU1RjBGJywgJ1NvcnRpbmcgc2NoZW1lJyksXG4gICAgICBhZG1pbjogeyBjb25kaXRpb246IChfLCBzaWJsaW5nKSA9PiBCb29sZWFuKHNpYmxpbmc/LnJ1bnNTb3J0aW5nKSB9LFxuICAgICAgb3B0aW9uczogb3B0aW9ucyh7XG4gICAgICAgICd0d28tdGltZS1mb3VyLWNhdGVnb3J5JzogdCgnXHU0RTI0XHU2QjIxXHU1NkRCXHU1MjA2XHU2Q0Q1JywgJ1R3by10aW1lIGZvdXItY2F0ZWdvcnknKSxcbiAgICAgICAgJ2ZvdXItY2F0ZWdvcnknOiB0KCdcdTU2REJcdTUyMDZcdTdDN0InLCAnRm91ciBjYXRlZ29yaWVzJyksXG4gICAgICAgICd0d28tY2F0ZWdvcnknOiB0KCdcdTVFNzJcdTZFN0ZcdTRFMjRcdTUyMDZcdTdDN0InLCAnVHdvIGNhdGVnb3JpZXMgKHdldC9kcnkpJyksXG4gICAgICAgIG90aGVyOiB0KCdcdTUxNzZcdTRFRDYnLCAnT3RoZXInKSxcbiAgICAgIH0pLFxuICAgIH0sXG4gIF0sXG59XG4iLCAiLyoqIFx1NTdGQVx1Nzg0MFx1Njg2M1x1Njg0OCBwbGFjZXM6IHRvd25zLCB0aGVpciB2aWxsYWdlcywgYW5kIHRoZSBzaXRlcyB3aGVyZSBzb3J0aW5nIHJ1bnMuICovXG5pbXBvcnQgeyBTaXRlcyB9IGZyb20gJy4vU2l0ZXMnXG5pbXBvcnQgeyBUb3ducyB9IGZyb20gJy4vVG93bnMnXG5pbXBvcnQgeyBWaWxsYWdlcyB9IGZyb20gJy4vVmlsbGFnZXMnXG5cbmV4cG9ydCBjb25zdCBwbGFjZXNDb2xsZWN0aW9ucyA9IFtUb3ducywgVmlsbGFnZXMsIFNpdGVzXVxuIiwgIi8qKiBTbWFydCBjYXJkczogbnVtYmVycywgaG93IHRoZXkgYXJlIGlzc3VlZCwgd2hvIGhvbGRzIHRoZW0gKHB1cmUpLiAqL1xuaW1wb3J0IHsgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKiogQSBwcmludGVkIGNhcmQgbnVtYmVyOiA0XHUyMDEzMzIgbGV0dGVycywgZGlnaXRzIG9yIGRhc2hlcy4gKi9cbmV4cG9ydCBjb25zdCBDQVJEX05VTUJFUiA9IC9eW0EtWmEtejAtOS1dezQsMzJ9JC9cblxuZXhwb3J0IGNvbnN0IENIQU5ORUxTID0ge1xuICBib290aDogdCgnXHU4QkJFXHU3MEI5XHU1M0QxXHU1MzYxJywgJ0Jvb3RoJyksXG4gIGV2ZW50OiB0KCdcdTZEM0JcdTUyQThcdTUzRDFcdTUzNjEnLCAnRXZlbnQnKSxcbiAgJ2Rvb3ItdG8tZG9vcic6IHQoJ1x1NEUwQVx1OTVFOFx1NTNEMVx1NTM2MScsICdEb29yIHRvIGRvb3InKSxcbiAgb3RoZXI6IHQoJ1x1NTE3Nlx1NEVENicsICdPdGhlcicpLFxufVxuXG5leHBvcnQgY29uc3QgSE9MREVSX0tJTkRTID0ge1xuICBob3VzZWhvbGQ6IHQoJ1x1NUM0NVx1NkMxMVx1NUJCNlx1NUVBRCcsICdSZXNpZGVudCBob3VzZWhvbGQnKSxcbiAgb2ZmaWNlOiB0KCdcdTY3M0FcdTUxNzNcdTUzNTVcdTRGNEQnLCAnR292ZXJubWVudCBvZmZpY2UnKSxcbn1cblxuZXhwb3J0IGNvbnN0IENBUkRfU1RBVFVTRVMgPSB7XG4gIGFjdGl2ZTogdCgnXHU2QjYzXHU1RTM4JywgJ0FjdGl2ZScpLFxuICBsb3N0OiB0KCdcdTYzMDJcdTU5MzEnLCAnTG9zdCcpLFxuICBjYW5jZWxsZWQ6IHQoJ1x1NkNFOFx1OTUwMCcsICdDYW5jZWxsZWQnKSxcbn1cblxuLyoqIE1vc3QgY2FyZHMgb25lIGJhdGNoIG1heSBpc3N1ZS4gKi9cbmV4cG9ydCBjb25zdCBNQVhfQkFUQ0ggPSA1MDAwXG5cbi8qKiBUaGUgbnVtYmVycyBvZiBhIGJhdGNoOiBwcmVmaXggKyB6ZXJvLXBhZGRlZCBzdGFydCBcdTIwMjYgc3RhcnQgKyBjb3VudCBcdTIyMTIgMS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBiYXRjaE51bWJlcnMocHJlZml4OiBzdHJpbmcsIHN0YXJ0OiBudW1iZXIsIGNvdW50OiBudW1iZXIsIGRpZ2l0czogbnVtYmVyKTogc3RyaW5nW10ge1xuICByZXR1cm4gQXJyYXkuZnJvbSh7IGxlbmd0aDogY291bnQgfSwgKF8sIGkpID0+IGAke3ByZWZpeH0ke1N0cmluZyhzdGFydCArIGkpLnBhZFN0YXJ0KGRpZ2l0cywgJzAnKX1gKVxufVxuIiwgIi8qKiBIb29rcyBvZiBgY2FyZC1iYXRjaGVzYDogb25lIHJlY29yZCBpc3N1ZXMgYSB3aG9sZSByYW5nZSBvZiBjYXJkIG51bWJlcnMuICovXG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25BZnRlckNoYW5nZUhvb2ssIENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgcmVmSWQgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgeyBiYXRjaE51bWJlcnMsIENBUkRfTlVNQkVSLCBNQVhfQkFUQ0ggfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL2NhcmRzJ1xuaW1wb3J0IHR5cGUgeyBDYXJkQmF0Y2ggfSBmcm9tICcuLi8uLi9wYXlsb2FkLXR5cGVzJ1xuaW1wb3J0IHsgYXNQbGF0Zm9ybSB9IGZyb20gJy4uLy4uL3NlcnZpY2VzL3BsYXRmb3JtJ1xuaW1wb3J0IHsgYmFkUmVxdWVzdCwgY29uZmxpY3QgfSBmcm9tICcuLi9zaGFyZWQvZXJyb3JzJ1xuXG4vKiogQSBiYXRjaCBuYW1lcyBhIGZyZWUsIHZhbGlkIHJhbmdlIG9mIGNhcmQgbnVtYmVycyBiZWZvcmUgYW55dGhpbmcgaXMgd3JpdHRlbi4gKi9cbmV4cG9ydCBjb25zdCBjaGVja0JhdGNoOiBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vazxDYXJkQmF0Y2g+ID0gYXN5bmMgKHsgZGF0YSwgb3BlcmF0aW9uLCByZXEgfSkgPT4ge1xuICBpZiAob3BlcmF0aW9uICE9PSAnY3JlYXRlJykgcmV0dXJuIGRhdGFcbiAgY29uc3QgeyBwcmVmaXggPSAnJywgc3RhcnQsIGNvdW50LCBkaWdpdHMgPSA2IH0gPSBkYXRhXG4gIGlmICh0eXBlb2YgY291bnQgIT09ICdudW1iZXInIHx8ICFOdW1iZXIuaXNJbnRlZ2VyKGNvdW50KSB8fCBjb3VudCA8IDEgfHwgY291bnQgPiBNQVhfQkFUQ0gpIHtcbiAgICB0aHJvdyBiYWRSZXF1ZXN0KCdJTlZBTElEX0NPVU5UJywgYFx1NkJDRlx1NjI3OVx1NTNEMVx1NTM2MVx1NjU3MFx1OTFDRlx1NEUzQSAxXHUyMDEzJHtNQVhfQkFUQ0h9XHUzMDAyQSBiYXRjaCBob2xkcyAxXHUyMDEzJHtNQVhfQkFUQ0h9IGNhcmRzLmApXG4gIH1cbiAgaWYgKHR5cGVvZiBzdGFydCAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0ludGVnZXIoc3RhcnQpIHx8IHN0YXJ0IDwgMCkge1xuICAgIHRocm93IGJhZFJlcXVlc3QoJ0lOVkFMSURfU1RBUlQnLCAnXHU4RDc3XHU1OUNCXHU1M0Y3XHU1RkM1XHU5ODdCXHU2NjJGXHU5NzVFXHU4RDFGXHU2NTc0XHU2NTcwXHUzMDAyU3RhcnQgbXVzdCBiZSBhIHdob2xlIG51bWJlciBcdTIyNjUgMC4nKVxuICB9XG4gIGNvbnN0IG51bWJlcnMgPSBiYXRjaE51bWJlcnMocHJlZml4ID8/ICcnLCBzdGFydCwgY291bnQsIGRpZ2l0cyA/PyA2KVxuICBjb25zdCBiYWQgPSBudW1iZXJzLmZpbmQoKG4pID0+ICFDQVJEX05VTUJFUi50ZXN0KG4pKVxuICBpZiAoYmFkKSB0aHJvdyBiYWRSZXF1ZXN0KCdJTlZBTElEX0NBUkRfTlVNQkVSJywgYFx1NTM2MVx1NTNGN1x1MzAwQyR7YmFkfVx1MzAwRFx1NjgzQ1x1NUYwRlx1NEUwRFx1NkI2M1x1Nzg2RVx1MzAwMkludmFsaWQgY2FyZCBudW1iZXIuYClcbiAgY29uc3QgdGFrZW4gPSBhd2FpdCByZXEucGF5bG9hZC5maW5kKHtcbiAgICBjb2xsZWN0aW9uOiAnY2FyZHMnLFxuICAgIHdoZXJlOiB7IGNhcmROdW1iZXI6IHsgaW46IG51bWJlcnMgfSB9LFxuICAgIGxpbWl0OiA1LFxuICAgIGRlcHRoOiAwLFxuICAgIHJlcSxcbiAgICBvdmVycmlkZUFjY2VzczogdHJ1ZSxcbiAgfSlcbiAgaWYgKHRha2VuLnRvdGFsRG9jcyA+IDApIHtcbiAgICB0aHJvdyBjb25mbGljdChcbiAgICAgICdDQVJEX05VTUJFUlNfVEFLRU4nLFxuICAgICAgYFx1NTM2MVx1NTNGN1x1NURGMlx1NUI1OFx1NTcyOFx1RkYxQSR7dGFrZW4uZG9jcy5tYXAoKGMpID0+IGMuY2FyZE51bWJlcikuam9pbignXHUzMDAxJyl9JHt0YWtlbi50b3RhbERvY3MgPiA1ID8gJyBcdTdCNDknIDogJyd9XHVGRjA4XHU1MTcxICR7dGFrZW4udG90YWxEb2NzfSBcdTRFMkFcdUZGMDlcdTMwMDJTb21lIG51bWJlcnMgYXJlIGFscmVhZHkgaXNzdWVkLmAsXG4gICAgKVxuICB9XG4gIGRhdGEuZmlyc3ROdW1iZXIgPSBudW1iZXJzWzBdXG4gIGRhdGEubGFzdE51bWJlciA9IG51bWJlcnMuYXQoLTEpXG4gIHJldHVybiBkYXRhXG59XG5cbi8qKiBJc3N1ZXMgdGhlIGJhdGNoJ3MgY2FyZHMgaW4gdGhlIHNhbWUgdHJhbnNhY3Rpb24gYXMgdGhlIGJhdGNoIHJlY29yZC4gKi9cbmV4cG9ydCBjb25zdCBpc3N1ZUJhdGNoOiBDb2xsZWN0aW9uQWZ0ZXJDaGFuZ2VIb29rPENhcmRCYXRjaD4gPSBhc3luYyAoeyBkb2MsIG9wZXJhdGlvbiwgcmVxIH0pID0+IHtcbiAgaWYgKG9wZXJhdGlvbiAhPT0gJ2NyZWF0ZScpIHJldHVybiBkb2NcbiAgY29uc3Qgc2l0ZSA9IHJlZklkKGRvYy5zaXRlKVxuICBmb3IgKGNvbnN0IGNhcmROdW1iZXIgb2YgYmF0Y2hOdW1iZXJzKGRvYy5wcmVmaXggPz8gJycsIGRvYy5zdGFydCwgZG9jLmNvdW50LCBkb2MuZGlnaXRzID8/IDYpKSB7XG4gICAgYXdhaXQgYXNQbGF0Zm9ybShyZXEsICgpID0+XG4gICAgICByZXEucGF5bG9hZC5jcmVhdGUoe1xuICAgICAgICBjb2xsZWN0aW9uOiAnY2FyZHMnLFxuICAgICAgICBkYXRhOiB7XG4gICAgICAgICAgY2FyZE51bWJlcixcbiAgICAgICAgICBzdGF0dXM6ICdhY3RpdmUnLFxuICAgICAgICAgIGhvbGRlcktpbmQ6IGRvYy5ob2xkZXJLaW5kLFxuICAgICAgICAgIHNpdGU6IHNpdGUgYXMgbnVtYmVyLFxuICAgICAgICAgIGNoYW5uZWw6IGRvYy5jaGFubmVsLFxuICAgICAgICAgIGlzc3VlZEF0OiBkb2MuaXNzdWVkQXQgPz8gbmV3IERhdGUoKS50b0lTT1N0cmluZygpLFxuICAgICAgICB9LFxuICAgICAgICByZXEsXG4gICAgICAgIG92ZXJyaWRlQWNjZXNzOiB0cnVlLFxuICAgICAgICBkZXB0aDogMCxcbiAgICAgIH0pLFxuICAgIClcbiAgfVxuICByZXR1cm4gZG9jXG59XG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgbm9ib2R5IH0gZnJvbSAnLi4vLi4vYWNjZXNzL25vYm9keSdcbmltcG9ydCB7IHN0YWZmIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmJ1xuaW1wb3J0IHsgQ0hBTk5FTFMsIEhPTERFUl9LSU5EUywgTUFYX0JBVENIIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9jYXJkcydcbmltcG9ydCB7IHdob2xlTnVtYmVyIH0gZnJvbSAnLi4vLi4vZmllbGRzL251bWJlcnMnXG5pbXBvcnQgeyBzZWxlY3QgfSBmcm9tICcuLi8uLi9maWVsZHMvb3B0aW9ucydcbmltcG9ydCB7IHNpdGVGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9yZWxhdGlvbnMnXG5pbXBvcnQgeyBjaGVja0JhdGNoLCBpc3N1ZUJhdGNoIH0gZnJvbSAnLi4vLi4vaG9va3MvcG9pbnRzL2NhcmRCYXRjaGVzJ1xuaW1wb3J0IHsgZ3JvdXBzLCB0IH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5cbi8qKiBcdTYyNzlcdTkxQ0ZcdTUzRDFcdTUzNjE6IG9uZSByZWNvcmQgaXNzdWVzIGEgd2hvbGUgbnVtYmVyIHJhbmdlIG9mIGNhcmRzIGluIG9uZSB0cmFuc2FjdGlvbi4gKi9cbmV4cG9ydCBjb25zdCBDYXJkQmF0Y2hlczogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ2NhcmQtYmF0Y2hlcycsXG4gIGxhYmVsczogeyBzaW5ndWxhcjogdCgnXHU2Mjc5XHU5MUNGXHU1M0QxXHU1MzYxJywgJ0NhcmQgYmF0Y2gnKSwgcGx1cmFsOiB0KCdcdTYyNzlcdTkxQ0ZcdTUzRDFcdTUzNjEnLCAnQ2FyZCBiYXRjaGVzJykgfSxcbiAgYWRtaW46IHtcbiAgICBncm91cDogZ3JvdXBzLnBvaW50cyxcbiAgICB1c2VBc1RpdGxlOiAnZmlyc3ROdW1iZXInLFxuICAgIGRlZmF1bHRDb2x1bW5zOiBbJ2ZpcnN0TnVtYmVyJywgJ2xhc3ROdW1iZXInLCAnY291bnQnLCAnc2l0ZScsICdjaGFubmVsJywgJ2NyZWF0ZWRBdCddLFxuICAgIGRlc2NyaXB0aW9uOiB0KFxuICAgICAgJ1x1NTg2Qlx1NTE5OVx1NTM2MVx1NTNGN1x1NTI0RFx1N0YwMFx1MzAwMVx1OEQ3N1x1NTlDQlx1NTNGN1x1NTQ4Q1x1NjU3MFx1OTFDRlx1RkYwQ1x1NEZERFx1NUI1OFx1NTM3M1x1NEUwMFx1NkIyMVx1NTNEMVx1NTFGQVx1NjU3NFx1NkJCNVx1NTM2MVx1NTNGN1x1MzAwMicsXG4gICAgICAnR2l2ZSBhIHByZWZpeCwgYSBzdGFydCBhbmQgYSBjb3VudDogc2F2aW5nIGlzc3VlcyB0aGUgd2hvbGUgcmFuZ2UuJyxcbiAgICApLFxuICB9LFxuICAvLyBBIHJlY29yZCBvZiBhbiBhY3QgY2Fubm90IGJlIGNvcGllZCBpbnRvIGFub3RoZXIgYWN0LlxuICBkaXNhYmxlRHVwbGljYXRlOiB0cnVlLFxuICBhY2Nlc3M6IHsgcmVhZDogc3RhZmYsIGNyZWF0ZTogc3RhZmYsIHVwZGF0ZTogbm9ib2R5LCBkZWxldGU6IG5vYm9keSB9LFxuICBob29rczogeyBiZWZvcmVDaGFuZ2U6IFtjaGVja0JhdGNoXSwgYWZ0ZXJDaGFuZ2U6IFtpc3N1ZUJhdGNoXSB9LFxuICBmaWVsZHM6IFtcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB7IG5hbWU6ICdwcmVmaXgnLCB0eXBlOiAndGV4dCcsIGRlZmF1bHRWYWx1ZTogJycsIGxhYmVsOiB0KCdcdTUzNjFcdTUzRjdcdTUyNERcdTdGMDAnLCAnUHJlZml4JykgfSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ3N0YXJ0JywgdCgnXHU4RDc3XHU1OUNCXHU1M0Y3JywgJ1N0YXJ0JyksIHsgcmVxdWlyZWQ6IHRydWUsIG1pbjogMCB9KSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ2NvdW50JywgdCgnXHU2NTcwXHU5MUNGJywgJ0NvdW50JyksIHsgcmVxdWlyZWQ6IHRydWUsIG1pbjogMSwgbWF4OiBNQVhfQkFUQ0ggfSksXG4gICAgICAgIHdob2xlTnVtYmVyKCdkaWdpdHMnLCB0KCdcdTUzRjdcdTc4MDFcdTRGNERcdTY1NzAnLCAnRGlnaXRzJyksIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogNiwgbWluOiAxLCBtYXg6IDEyIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHNpdGVGaWVsZCh7IGluZGV4OiBmYWxzZSB9KSxcbiAgICAgICAgc2VsZWN0KCdjaGFubmVsJywgdCgnXHU1M0QxXHU1MzYxXHU2NUI5XHU1RjBGJywgJ0lzc3VlZCB2aWEnKSwgQ0hBTk5FTFMsIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogJ2Jvb3RoJyB9KSxcbiAgICAgICAgc2VsZWN0KCdob2xkZXJLaW5kJywgdCgnXHU2MzAxXHU1MzYxXHU3QzdCXHU1NzhCJywgJ0hvbGRlcicpLCBIT0xERVJfS0lORFMsIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogJ2hvdXNlaG9sZCcgfSksXG4gICAgICAgIHsgbmFtZTogJ2lzc3VlZEF0JywgdHlwZTogJ2RhdGUnLCBsYWJlbDogdCgnXHU1M0QxXHU1MzYxXHU2NUY2XHU5NUY0JywgJ0lzc3VlZCBhdCcpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgeyBuYW1lOiAnZmlyc3ROdW1iZXInLCB0eXBlOiAndGV4dCcsIGxhYmVsOiB0KCdcdTk5OTZcdTRFMkFcdTUzNjFcdTUzRjcnLCAnRmlyc3QgbnVtYmVyJyksIGFkbWluOiB7IHJlYWRPbmx5OiB0cnVlIH0gfSxcbiAgICAgICAgeyBuYW1lOiAnbGFzdE51bWJlcicsIHR5cGU6ICd0ZXh0JywgbGFiZWw6IHQoJ1x1NjcyQlx1NEUyQVx1NTM2MVx1NTNGNycsICdMYXN0IG51bWJlcicpLCBhZG1pbjogeyByZWFkT25seTogdHJ1ZSB9IH0sXG4gICAgICBdLFxuICAgIH0sXG4gIF0sXG59XG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgbm9ib2R5IH0gZnJvbSAnLi4vLi4vYWNjZXNzL25vYm9keSdcbmltcG9ydCB7IHN0YWZmIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmJ1xuaW1wb3J0IHsgd2hvbGVOdW1iZXIgfSBmcm9tICcuLi8uLi9maWVsZHMvbnVtYmVycydcbmltcG9ydCB7IGNhcmRGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9yZWxhdGlvbnMnXG5pbXBvcnQgeyBncm91cHMsIHQgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcblxuLyoqXG4gKiBcdTYyOTVcdTY1M0VcdTY1RTU6IG9uZSByb3cgcGVyIGNhcmQgYW5kIFNoYW5naGFpIGRheSB3aXRoIGRyb3BzLCBrZXB0IGJ5IHRoZSBkcm9wLW9mZiBob29rLiBJdCBob2xkcyB0aGVcbiAqIHBvaW50cyBhbHJlYWR5IGVhcm5lZCB0aGF0IGRheSAoZm9yIHRoZSBkYWlseSBjYXApIGFuZCBpcyB0aGUgYmFzZSBvZiBcdTYyOTVcdTY1M0VcdTczODcgYW5kIFx1NTNDMlx1NEUwRVx1NzM4Ny5cbiAqL1xuZXhwb3J0IGNvbnN0IENhcmREYXlzOiBDb2xsZWN0aW9uQ29uZmlnID0ge1xuICBzbHVnOiAnY2FyZC1kYXlzJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdTYyOTVcdTY1M0VcdTY1RTUnLCAnQ2FyZC1kYXknKSwgcGx1cmFsOiB0KCdcdTYyOTVcdTY1M0VcdTY1RTVcdTdFREZcdThCQTEnLCAnQ2FyZC1kYXlzJykgfSxcbiAgYWRtaW46IHtcbiAgICBncm91cDogZ3JvdXBzLnBvaW50cyxcbiAgICBkZWZhdWx0Q29sdW1uczogWydkYXknLCAnY2FyZCcsICdkcm9wcycsICdncmFtcycsICdwb2ludHMnXSxcbiAgICBoaWRkZW46ICh7IHVzZXIgfSkgPT4gdXNlcj8ucm9sZSAhPT0gJ2FkbWluJyxcbiAgfSxcbiAgLy8gQSByZWNvcmQgb2YgYW4gYWN0IGNhbm5vdCBiZSBjb3BpZWQgaW50byBhbm90aGVyIGFjdC5cbiAgZGlzYWJsZUR1cGxpY2F0ZTogdHJ1ZSxcbiAgYWNjZXNzOiB7IHJlYWQ6IHN0YWZmLCBjcmVhdGU6IG5vYm9keSwgdXBkYXRlOiBub2JvZHksIGRlbGV0ZTogbm9ib2R5IH0sXG4gIGluZGV4ZXM6IFt7IGZpZWxkczogWydjYXJkJywgJ2RheSddLCB1bmlxdWU6IHRydWUgfV0sXG4gIGZpZWxkczogW1xuICAgIGNhcmRGaWVsZCgpLFxuICAgIHsgbmFtZTogJ2RheScsIHR5cGU6ICd0ZXh0JywgcmVxdWlyZWQ6IHRydWUsIGluZGV4OiB0cnVlLCBsYWJlbDogdCgnXHU2NUU1XHU2NzFGJywgJ0RheScpIH0sXG4gICAgd2hvbGVOdW1iZXIoJ2Ryb3BzJywgdCgnXHU2Mjk1XHU2NTNFXHU2QjIxXHU2NTcwJywgJ0Ryb3BzJyksIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogMCB9KSxcbiAgICB3aG9sZU51bWJlcignZ3JhbXMnLCB0KCdcdTkxQ0RcdTkxQ0ZcdUZGMDhcdTUxNEJcdUZGMDknLCAnR3JhbXMnKSwgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAwIH0pLFxuICAgIHdob2xlTnVtYmVyKCdwb2ludHMnLCB0KCdcdTVGNTNcdTY1RTVcdTc5RUZcdTUyMDYnLCAnUG9pbnRzJyksIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogMCB9KSxcbiAgXSxcbn1cbiIsICIvKipcbiAqIFBvc3RpbmcgdG8gdGhlIHBvaW50cyBsZWRnZXIuIEV2ZXJ5IGJhbGFuY2UgY2hhbmdlIGluIEZlbmxlaSBpcyBvbmUgYHBvaW50LWVudHJpZXNgIGNyZWF0ZSxcbiAqIG1hZGUgaW5zaWRlIHRoZSBjYWxsZXIncyB0cmFuc2FjdGlvbiAoYHJlcWApIGFzIGEgcGxhdGZvcm0gd3JpdGU6IHRoZSBlbnRyeSdzIGhvb2sgY2hlY2tzIHRoZVxuICogYmFsYW5jZSBydWxlLCBtb3ZlcyB0aGUgY2FyZCdzIGJhbGFuY2UgYXRvbWljYWxseSBhbmQgcmVjb3JkcyB0aGUgYmFsYW5jZSBhZnRlci5cbiAqL1xuaW1wb3J0IHR5cGUgeyBQYXlsb2FkUmVxdWVzdCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB0eXBlIHsgTGVkZ2VyUmVhc29uIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9wb2ludHMnXG5pbXBvcnQgeyBhc1BsYXRmb3JtIH0gZnJvbSAnLi4vcGxhdGZvcm0nXG5cbmV4cG9ydCB0eXBlIFBvc3RpbmcgPSB7XG4gIGNhcmQ6IG51bWJlciB8IHN0cmluZ1xuICBkZWx0YTogbnVtYmVyXG4gIHJlYXNvbjogTGVkZ2VyUmVhc29uXG4gIC8qKiBXaGF0IGNhdXNlZCBpdCwgYXMgXCJjb2xsZWN0aW9uOmlkXCIgKGRyb3Atb2ZmczoxMiwgcmVkZW1wdGlvbnM6MywgXHUyMDI2KS4gKi9cbiAgY2F1c2U6IHN0cmluZ1xuICBpZGVtcG90ZW5jeUtleTogc3RyaW5nXG4gIHJ1bGVzUmV2aXNpb24/OiBudW1iZXJcbiAgbm90ZT86IHN0cmluZ1xufVxuXG5leHBvcnQgdHlwZSBQb3N0ZWRFbnRyeSA9IHsgaWQ6IG51bWJlciB8IHN0cmluZzsgYmFsYW5jZUFmdGVyOiBudW1iZXI7IGRlbHRhOiBudW1iZXIgfVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gcG9zdEVudHJ5KHJlcTogUGF5bG9hZFJlcXVlc3QsIHBvc3Rpbmc6IFBvc3RpbmcpOiBQcm9taXNlPFBvc3RlZEVudHJ5PiB7XG4gIGNvbnN0IGVudHJ5ID0gYXdhaXQgYXNQbGF0Zm9ybShyZXEsICgpID0+XG4gICAgcmVxLnBheWxvYWQuY3JlYXRlKHtcbiAgICAgIGNvbGxlY3Rpb246ICdwb2ludC1lbnRyaWVzJyxcbiAgICAgIGRhdGE6IHtcbiAgICAgICAgY2FyZDogcG9zdGluZy5jYXJkIGFzIG51bWJlcixcbiAgICAgICAgZGVsdGE6IHBvc3RpbmcuZGVsdGEsXG4gICAgICAgIHJlYXNvbjogcG9zdGluZy5yZWFzb24sXG4gICAgICAgIGNhdXNlOiBwb3N0aW5nLmNhdXNlLFxuICAgICAgICBpZGVtcG90ZW5jeUtleTogcG9zdGluZy5pZGVtcG90ZW5jeUtleSxcbiAgICAgICAgcnVsZXNSZXZpc2lvbjogcG9zdGluZy5ydWxlc1JldmlzaW9uLFxuICAgICAgICBub3RlOiBwb3N0aW5nLm5vdGUsXG4gICAgICB9LFxuICAgICAgcmVxLFxuICAgICAgb3ZlcnJpZGVBY2Nlc3M6IHRydWUsXG4gICAgICBkZXB0aDogMCxcbiAgICB9KSxcbiAgKVxuICByZXR1cm4geyBpZDogZW50cnkuaWQsIGJhbGFuY2VBZnRlcjogZW50cnkuYmFsYW5jZUFmdGVyID8/IDAsIGRlbHRhOiBlbnRyeS5kZWx0YSB9XG59XG4iLCAiLyoqIFJlYWRzIGEgcmVjb3JkIGEgaG9vayBkZXBlbmRzIG9uLCBpbnNpZGUgdGhlIGhvb2sncyB0cmFuc2FjdGlvbiwgb3IgcmVmdXNlcyB3aXRoIGEgY29kZWQgNDA0LiAqL1xuaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uU2x1ZywgRGF0YUZyb21Db2xsZWN0aW9uU2x1ZywgUGF5bG9hZFJlcXVlc3QgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyByZWZJZCB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IG5vdEZvdW5kIH0gZnJvbSAnLi9lcnJvcnMnXG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBtdXN0RmluZDxTIGV4dGVuZHMgQ29sbGVjdGlvblNsdWc+KFxuICByZXE6IFBheWxvYWRSZXF1ZXN0LFxuICBjb2xsZWN0aW9uOiBTLFxuICByZWY6IFBhcmFtZXRlcnM8dHlwZW9mIHJlZklkPlswXSxcbiAgY29kZTogc3RyaW5nLFxuICBtZXNzYWdlOiBzdHJpbmcsXG4pOiBQcm9taXNlPERhdGFGcm9tQ29sbGVjdGlvblNsdWc8Uz4+IHtcbiAgY29uc3QgaWQgPSByZWZJZChyZWYpXG4gIGNvbnN0IGRvYyA9XG4gICAgaWQgPT09IG51bGxcbiAgICAgID8gbnVsbFxuICAgICAgOiBhd2FpdCByZXEucGF5bG9hZC5maW5kQnlJRCh7IGNvbGxlY3Rpb24sIGlkLCBkZXB0aDogMCwgcmVxLCBvdmVycmlkZUFjY2VzczogdHJ1ZSwgZGlzYWJsZUVycm9yczogdHJ1ZSB9KVxuICBpZiAoIWRvYykgdGhyb3cgbm90Rm91bmQoY29kZSwgbWVzc2FnZSlcbiAgcmV0dXJuIGRvYyBhcyBEYXRhRnJvbUNvbGxlY3Rpb25TbHVnPFM+IC8vIGZpbmRCeUlEJ3MgcmVzdWx0IHR5cGUgaXMgZ2VuZXJpYyBvdmVyIHRoZSBzZWxlY3Q7IGRlcHRoIDAgZ2l2ZXMgdGhlIHBsYWluIGRvY3VtZW50XG59XG4iLCAiLyoqIEhvb2tzIG9mIGBjYXJkLXJlcGxhY2VtZW50c2A6IGEgbG9zdCBjYXJkIGlzIHJlcGxhY2VkIGFuZCBpdHMgYmFsYW5jZSBtb3ZlcyBvdmVyIHRocm91Z2ggdGhlIGxlZGdlci4gKi9cbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkFmdGVyQ2hhbmdlSG9vaywgQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2sgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyByZWZJZCB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IENBUkRfTlVNQkVSIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9jYXJkcydcbmltcG9ydCB0eXBlIHsgQ2FyZCwgQ2FyZFJlcGxhY2VtZW50IH0gZnJvbSAnLi4vLi4vcGF5bG9hZC10eXBlcydcbmltcG9ydCB7IHBvc3RFbnRyeSB9IGZyb20gJy4uLy4uL3NlcnZpY2VzL3BvaW50cy9sZWRnZXInXG5pbXBvcnQgeyBhc1BsYXRmb3JtIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcGxhdGZvcm0nXG5pbXBvcnQgeyBiYWRSZXF1ZXN0LCBjb25mbGljdCwgbm90Rm91bmQgfSBmcm9tICcuLi9zaGFyZWQvZXJyb3JzJ1xuaW1wb3J0IHsgbXVzdEZpbmQgfSBmcm9tICcuLi9zaGFyZWQvbG9va3VwJ1xuXG4vKiogQSByZXBsYWNlbWVudCBuZWVkcyBhIGNhcmQgdGhhdCBjYW4gYmUgcmVwbGFjZWQgYW5kIGEgZnJlZSwgdmFsaWQgbmV3IG51bWJlci4gKi9cbmV4cG9ydCBjb25zdCBjaGVja1JlcGxhY2VtZW50OiBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vazxDYXJkUmVwbGFjZW1lbnQ+ID0gYXN5bmMgKHsgZGF0YSwgb3BlcmF0aW9uLCByZXEgfSkgPT4ge1xuICBpZiAob3BlcmF0aW9uICE9PSAnY3JlYXRlJykgcmV0dXJuIGRhdGFcbiAgY29uc3Qgb2xkID0gYXdhaXQgbXVzdEZpbmQoXG4gICAgcmVxLFxuICAgICdjYXJkcycsXG4gICAgZGF0YS5vbGRDYXJkLFxuICAgICdVTktOT1dOX0NBUkQnLFxuICAgICdcdTUzOUZcdTUzNjFcdTRFMERcdTVCNThcdTU3MjhcdTMwMDJUaGUgY2FyZCB0byByZXBsYWNlIGRvZXMgbm90IGV4aXN0LicsXG4gIClcbiAgaWYgKG9sZC5zdGF0dXMgPT09ICdjYW5jZWxsZWQnIHx8IG9sZC5yZXBsYWNlZEJ5KSB7XG4gICAgdGhyb3cgY29uZmxpY3QoXG4gICAgICAnQ0FSRF9OT1RfUkVQTEFDRUFCTEUnLFxuICAgICAgYFx1NTM2MSAke29sZC5jYXJkTnVtYmVyfSBcdTVERjJcdTZDRThcdTk1MDBcdTYyMTZcdTVERjJcdTg4NjVcdTUyOUVcdTMwMDJUaGlzIGNhcmQgd2FzIGNhbmNlbGxlZCBvciBhbHJlYWR5IHJlcGxhY2VkLmAsXG4gICAgKVxuICB9XG4gIGlmICghQ0FSRF9OVU1CRVIudGVzdChTdHJpbmcoZGF0YS5uZXdDYXJkTnVtYmVyID8/ICcnKSkpIHtcbiAgICB0aHJvdyBiYWRSZXF1ZXN0KCdJTlZBTElEX0NBUkRfTlVNQkVSJywgJ1x1NjVCMFx1NTM2MVx1NTNGN1x1NjgzQ1x1NUYwRlx1NEUwRFx1NkI2M1x1Nzg2RVx1MzAwMkludmFsaWQgbmV3IGNhcmQgbnVtYmVyLicpXG4gIH1cbiAgY29uc3QgdGFrZW4gPSBhd2FpdCByZXEucGF5bG9hZC5jb3VudCh7XG4gICAgY29sbGVjdGlvbjogJ2NhcmRzJyxcbiAgICB3aGVyZTogeyBjYXJkTnVtYmVyOiB7IGVxdWFsczogZGF0YS5uZXdDYXJkTnVtYmVyIH0gfSxcbiAgICByZXEsXG4gICAgb3ZlcnJpZGVBY2Nlc3M6IHRydWUsXG4gIH0pXG4gIGlmICh0YWtlbi50b3RhbERvY3MgPiAwKVxuICAgIHRocm93IGNvbmZsaWN0KCdDQVJEX05VTUJFUl9UQUtFTicsIGBcdTUzNjFcdTUzRjcgJHtkYXRhLm5ld0NhcmROdW1iZXJ9IFx1NURGMlx1NUI1OFx1NTcyOFx1MzAwMlRoYXQgbnVtYmVyIGlzIGFscmVhZHkgaXNzdWVkLmApXG4gIHJldHVybiBkYXRhXG59XG5cbi8qKlxuICogUmVwb3J0cyB0aGUgb2xkIGNhcmQgbG9zdCwgaXNzdWVzIHRoZSBuZXcgb25lIHRvIHRoZSBzYW1lIGhvbGRlciBhbmQgbW92ZXMgdGhlIGJhbGFuY2Ugb3ZlclxuICogdGhyb3VnaCB0d28gbGVkZ2VyIGVudHJpZXMgXHUyMDE0IGFsbCBpbiB0aGUgdHJhbnNhY3Rpb24gb2YgdGhlIHJlcGxhY2VtZW50IHJlY29yZC5cbiAqL1xuZXhwb3J0IGNvbnN0IHJlcGxhY2VDYXJkOiBDb2xsZWN0aW9uQWZ0ZXJDaGFuZ2VIb29rPENhcmRSZXBsYWNlbWVudD4gPSBhc3luYyAoeyBkb2MsIG9wZXJhdGlvbiwgcmVxIH0pID0+IHtcbiAgaWYgKG9wZXJhdGlvbiAhPT0gJ2NyZWF0ZScpIHJldHVybiBkb2NcbiAgLy8gUmVhZCB0aHJvdWdoIHRoZSBhZGFwdGVyOiB0aGUgc3RvcmVkIHBob25lLCBub3QgdGhlIG1hc2tlZCBvbmUgYSBub24tYWRtaW4ncyByZWFkIHJldHVybnMuXG4gIGNvbnN0IG9sZCA9IGF3YWl0IHJlcS5wYXlsb2FkLmRiLmZpbmRPbmU8Q2FyZD4oe1xuICAgIGNvbGxlY3Rpb246ICdjYXJkcycsXG4gICAgd2hlcmU6IHsgaWQ6IHsgZXF1YWxzOiByZWZJZChkb2Mub2xkQ2FyZCkgfSB9LFxuICAgIHJlcSxcbiAgfSlcbiAgaWYgKCFvbGQpIHRocm93IG5vdEZvdW5kKCdVTktOT1dOX0NBUkQnLCAnXHU1MzlGXHU1MzYxXHU0RTBEXHU1QjU4XHU1NzI4XHUzMDAyVGhlIGNhcmQgdG8gcmVwbGFjZSBkb2VzIG5vdCBleGlzdC4nKVxuICByZXR1cm4gYXNQbGF0Zm9ybShyZXEsIGFzeW5jICgpID0+IHtcbiAgICBjb25zdCBmcmVzaCA9IGF3YWl0IHJlcS5wYXlsb2FkLmNyZWF0ZSh7XG4gICAgICBjb2xsZWN0aW9uOiAnY2FyZHMnLFxuICAgICAgZGF0YToge1xuICAgICAgICBjYXJkTnVtYmVyOiBkb2MubmV3Q2FyZE51bWJlcixcbiAgICAgICAgc3RhdHVzOiAnYWN0aXZlJyxcbiAgICAgICAgaXNzdWVkQXQ6IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgICAgaG9sZGVyS2luZDogb2xkLmhvbGRlcktpbmQsXG4gICAgICAgIGhvbGRlck5hbWU6IG9sZC5ob2xkZXJOYW1lLFxuICAgICAgICBwaG9uZTogb2xkLnBob25lLFxuICAgICAgICBidWlsZGluZzogb2xkLmJ1aWxkaW5nLFxuICAgICAgICB1bml0OiBvbGQudW5pdCxcbiAgICAgICAgcm9vbTogb2xkLnJvb20sXG4gICAgICAgIG9mZmljZU5hbWU6IG9sZC5vZmZpY2VOYW1lLFxuICAgICAgICBzaXRlOiByZWZJZChvbGQuc2l0ZSkgYXMgbnVtYmVyLFxuICAgICAgICBjaGFubmVsOiBvbGQuY2hhbm5lbCxcbiAgICAgICAgcmVwbGFjZXM6IG9sZC5pZCxcbiAgICAgIH0sXG4gICAgICByZXEsXG4gICAgICBvdmVycmlkZUFjY2VzczogdHJ1ZSxcbiAgICAgIGRlcHRoOiAwLFxuICAgIH0pXG4gICAgYXdhaXQgcmVxLnBheWxvYWQudXBkYXRlKHtcbiAgICAgIGNvbGxlY3Rpb246ICdjYXJkcycsXG4gICAgICBpZDogb2xkLmlkLFxuICAgICAgZGF0YTogeyBzdGF0dXM6ICdsb3N0JywgcmVwbGFjZWRCeTogZnJlc2guaWQgfSxcbiAgICAgIHJlcSxcbiAgICAgIG92ZXJyaWRlQWNjZXNzOiB0cnVlLFxuICAgIH0pXG4gICAgY29uc3QgYmFsYW5jZSA9IG9sZC5iYWxhbmNlID8/IDBcbiAgICBpZiAoYmFsYW5jZSAhPT0gMCkge1xuICAgICAgY29uc3QgY2F1c2UgPSBgY2FyZC1yZXBsYWNlbWVudHM6JHtkb2MuaWR9YFxuICAgICAgYXdhaXQgcG9zdEVudHJ5KHJlcSwge1xuICAgICAgICBjYXJkOiBvbGQuaWQsXG4gICAgICAgIGRlbHRhOiAtYmFsYW5jZSxcbiAgICAgICAgcmVhc29uOiAndHJhbnNmZXInLFxuICAgICAgICBjYXVzZSxcbiAgICAgICAgaWRlbXBvdGVuY3lLZXk6IGAke2NhdXNlfTpvdXRgLFxuICAgICAgICBub3RlOiBgXHU4RjZDXHU4MUYzXHU2NUIwXHU1MzYxICR7ZnJlc2guY2FyZE51bWJlcn1gLFxuICAgICAgfSlcbiAgICAgIGF3YWl0IHBvc3RFbnRyeShyZXEsIHtcbiAgICAgICAgY2FyZDogZnJlc2guaWQsXG4gICAgICAgIGRlbHRhOiBiYWxhbmNlLFxuICAgICAgICByZWFzb246ICd0cmFuc2ZlcicsXG4gICAgICAgIGNhdXNlLFxuICAgICAgICBpZGVtcG90ZW5jeUtleTogYCR7Y2F1c2V9OmluYCxcbiAgICAgICAgbm90ZTogYFx1NzUzMVx1NjVFN1x1NTM2MSAke29sZC5jYXJkTnVtYmVyfSBcdThGNkNcdTUxNjVgLFxuICAgICAgfSlcbiAgICB9XG4gICAgYXdhaXQgcmVxLnBheWxvYWQudXBkYXRlKHtcbiAgICAgIGNvbGxlY3Rpb246ICdjYXJkLXJlcGxhY2VtZW50cycsXG4gICAgICBpZDogZG9jLmlkLFxuICAgICAgZGF0YTogeyBuZXdDYXJkOiBmcmVzaC5pZCwgbW92ZWRQb2ludHM6IGJhbGFuY2UgfSxcbiAgICAgIHJlcSxcbiAgICAgIG92ZXJyaWRlQWNjZXNzOiB0cnVlLFxuICAgIH0pXG4gICAgcmV0dXJuIHsgLi4uZG9jLCBuZXdDYXJkOiBmcmVzaC5pZCwgbW92ZWRQb2ludHM6IGJhbGFuY2UgfVxuICB9KVxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IG5vYm9keSB9IGZyb20gJy4uLy4uL2FjY2Vzcy9ub2JvZHknXG5pbXBvcnQgeyBzdGFmZiB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZidcbmltcG9ydCB7IHNlbGVjdCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9vcHRpb25zJ1xuaW1wb3J0IHsgcmVsYXRpb24gfSBmcm9tICcuLi8uLi9maWVsZHMvcmVsYXRpb25zJ1xuaW1wb3J0IHsgY2hlY2tSZXBsYWNlbWVudCwgcmVwbGFjZUNhcmQgfSBmcm9tICcuLi8uLi9ob29rcy9wb2ludHMvY2FyZFJlcGxhY2VtZW50cydcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKiogXHU2MzAyXHU1OTMxXHU4ODY1XHU1MzYxOiByZXBvcnRzIGEgY2FyZCBsb3N0LCBpc3N1ZXMgdGhlIHJlcGxhY2VtZW50IGFuZCBtb3ZlcyB0aGUgYmFsYW5jZSB2aWEgdGhlIGxlZGdlci4gKi9cbmV4cG9ydCBjb25zdCBDYXJkUmVwbGFjZW1lbnRzOiBDb2xsZWN0aW9uQ29uZmlnID0ge1xuICBzbHVnOiAnY2FyZC1yZXBsYWNlbWVudHMnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1NjMwMlx1NTkzMVx1ODg2NVx1NTM2MScsICdDYXJkIHJlcGxhY2VtZW50JyksIHBsdXJhbDogdCgnXHU2MzAyXHU1OTMxXHU4ODY1XHU1MzYxJywgJ0NhcmQgcmVwbGFjZW1lbnRzJykgfSxcbiAgYWRtaW46IHtcbiAgICBncm91cDogZ3JvdXBzLnBvaW50cyxcbiAgICB1c2VBc1RpdGxlOiAnbmV3Q2FyZE51bWJlcicsXG4gICAgZGVmYXVsdENvbHVtbnM6IFsnb2xkQ2FyZCcsICduZXdDYXJkTnVtYmVyJywgJ21vdmVkUG9pbnRzJywgJ3JlYXNvbicsICdjcmVhdGVkQXQnXSxcbiAgfSxcbiAgLy8gQSByZWNvcmQgb2YgYW4gYWN0IGNhbm5vdCBiZSBjb3BpZWQgaW50byBhbm90aGVyIGFjdC5cbiAgZGlzYWJsZUR1cGxpY2F0ZTogdHJ1ZSxcbiAgYWNjZXNzOiB7IHJlYWQ6IHN0YWZmLCBjcmVhdGU6IHN0YWZmLCB1cGRhdGU6IG5vYm9keSwgZGVsZXRlOiBub2JvZHkgfSxcbiAgaG9va3M6IHsgYmVmb3JlQ2hhbmdlOiBbY2hlY2tSZXBsYWNlbWVudF0sIGFmdGVyQ2hhbmdlOiBbcmVwbGFjZUNhcmRdIH0sXG4gIGZpZWxkczogW1xuICAgIHJlbGF0aW9uKCdjYXJkcycsICdvbGRDYXJkJywgdCgnXHU1MzlGXHU1MzYxJywgJ09sZCBjYXJkJyksIHsgcmVxdWlyZWQ6IHRydWUgfSksXG4gICAgeyBuYW1lOiAnbmV3Q2FyZE51bWJlcicsIHR5cGU6ICd0ZXh0JywgcmVxdWlyZWQ6IHRydWUsIGxhYmVsOiB0KCdcdTY1QjBcdTUzNjFcdTUzRjcnLCAnTmV3IGNhcmQgbnVtYmVyJykgfSxcbiAgICBzZWxlY3QoXG4gICAgICAncmVhc29uJyxcbiAgICAgIHQoJ1x1NTM5Rlx1NTZFMCcsICdSZWFzb24nKSxcbiAgICAgIHsgbG9zdDogdCgnXHU5MDU3XHU1OTMxJywgJ0xvc3QnKSwgZGFtYWdlZDogdCgnXHU2MzVGXHU1NzRGJywgJ0RhbWFnZWQnKSB9LFxuICAgICAgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAnbG9zdCcgfSxcbiAgICApLFxuICAgIHsgbmFtZTogJ25vdGUnLCB0eXBlOiAndGV4dGFyZWEnLCBsYWJlbDogdCgnXHU1OTA3XHU2Q0U4JywgJ05vdGUnKSB9LFxuICAgIHJlbGF0aW9uKCdjYXJkcycsICduZXdDYXJkJywgdCgnXHU2NUIwXHU1MzYxJywgJ05ldyBjYXJkJyksIHsgcmVhZE9ubHk6IHRydWUgfSksXG4gICAgeyBuYW1lOiAnbW92ZWRQb2ludHMnLCB0eXBlOiAnbnVtYmVyJywgbGFiZWw6IHQoJ1x1OEY2Q1x1NzlGQlx1NzlFRlx1NTIwNicsICdQb2ludHMgbW92ZWQnKSwgYWRtaW46IHsgcmVhZE9ubHk6IHRydWUgfSB9LFxuICBdLFxufVxuIiwgIi8qKiBIb29rcyBvZiBgY2FyZHNgLiAqL1xuaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IG1hc2tQaG9uZSB9IGZyb20gJy4uLy4uL2RvbWFpbi9wbGFjZXMvc2l0ZXMnXG5pbXBvcnQgeyBjdXJyZW50VXNlciwgaGFzUm9sZSB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB0eXBlIHsgQ2FyZCB9IGZyb20gJy4uLy4uL3BheWxvYWQtdHlwZXMnXG5pbXBvcnQgeyBpc1BsYXRmb3JtV3JpdGUgfSBmcm9tICcuLi8uLi9zZXJ2aWNlcy9wbGF0Zm9ybSdcbmltcG9ydCB7IGZvcmJpZGRlbiB9IGZyb20gJy4uL3NoYXJlZC9lcnJvcnMnXG5cbi8qKlxuICogVGhlIGZ1bGwgcGhvbmUgaXMgYW4gYWRtaW4ncyB0byBjaGFuZ2U6IGFueW9uZSBlbHNlIHNlbmRpbmcgYSBuZXcgb25lIGlzIHJlZnVzZWQgKG5vdCBzaWxlbnRseSBpZ25vcmVkKS5cbiAqIEtlZXBzIHRoZSBtYXNrZWQgY29weSB0aGF0IG5vbi1hZG1pbnMgcmVhZCAoMTM4KioqKjEyMzQpLlxuICovXG5leHBvcnQgY29uc3Qga2VlcE1hc2tlZFBob25lOiBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vazxDYXJkPiA9ICh7IGRhdGEsIG9wZXJhdGlvbiwgb3JpZ2luYWxEb2MsIHJlcSB9KSA9PiB7XG4gIC8vIFN0YWZmIHJlZ2lzdGVyaW5nIGEgbmV3IGNhcmQgbWF5IHRha2UgdGhlIGhvbGRlcidzIG51bWJlcjsgY2hhbmdpbmcgaXQgYWZ0ZXJ3YXJkcyBpcyBhbiBhZG1pbidzIGFjdC5cbiAgY29uc3QgY2hhbmdlZCA9XG4gICAgb3BlcmF0aW9uID09PSAndXBkYXRlJyAmJiBkYXRhLnBob25lICE9PSB1bmRlZmluZWQgJiYgKGRhdGEucGhvbmUgfHwgbnVsbCkgIT09IChvcmlnaW5hbERvYz8ucGhvbmUgfHwgbnVsbClcbiAgaWYgKGNoYW5nZWQgJiYgIWlzUGxhdGZvcm1Xcml0ZShyZXEpICYmICFoYXNSb2xlKGN1cnJlbnRVc2VyKHJlcSksICdhZG1pbicpKSB7XG4gICAgdGhyb3cgZm9yYmlkZGVuKCdBRE1JTl9PTkxZX0ZJRUxEJywgJ1x1NTNFQVx1NjcwOVx1N0JBMVx1NzQwNlx1NTQ1OFx1NTNFRlx1NEVFNVx1NTg2Qlx1NTE5OVx1NjIxNlx1NEZFRVx1NjUzOVx1NUI4Q1x1NjU3NFx1NjI0Qlx1NjczQVx1NTNGN1x1MzAwMk9ubHkgYWRtaW5zIHNldCB0aGUgZnVsbCBwaG9uZSBudW1iZXIuJywge1xuICAgICAgZmllbGQ6ICdwaG9uZScsXG4gICAgfSlcbiAgfVxuICBjb25zdCBwaG9uZSA9IGRhdGEucGhvbmUgPT09IHVuZGVmaW5lZCA/IG9yaWdpbmFsRG9jPy5waG9uZSA6IGRhdGEucGhvbmVcbiAgZGF0YS5waG9uZU1hc2tlZCA9IG1hc2tQaG9uZShwaG9uZSkgPz8gbnVsbFxuICByZXR1cm4gZGF0YVxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZywgRmllbGRBY2Nlc3MgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBub2JvZHkgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvbm9ib2R5J1xuaW1wb3J0IHsgY3VycmVudFVzZXIsIGhhc1JvbGUgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgeyBzdGFmZiB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZidcbmltcG9ydCB7IHN0YWZmT3JPd25Ub3duIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmT3JPd25Ub3duJ1xuaW1wb3J0IHsgQ0FSRF9OVU1CRVIsIENBUkRfU1RBVFVTRVMsIENIQU5ORUxTLCBIT0xERVJfS0lORFMgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL2NhcmRzJ1xuaW1wb3J0IHsgTU9CSUxFX1BIT05FIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BsYWNlcy9zaXRlcydcbmltcG9ydCB7IHNlbGVjdCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9vcHRpb25zJ1xuaW1wb3J0IHsgcmVsYXRpb24sIHNpdGVGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9yZWxhdGlvbnMnXG5pbXBvcnQgeyBrZWVwTWFza2VkUGhvbmUgfSBmcm9tICcuLi8uLi9ob29rcy9wb2ludHMvY2FyZHMnXG5pbXBvcnQgeyBncm91cHMsIHQgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcblxuLyoqIFRoZSBmdWxsIHBob25lIG51bWJlciBpcyBmb3IgYWRtaW5zIG9ubHk6IG90aGVycyByZWFkIHRoZSBtYXNrZWQgY29weSAoMTM4KioqKjEyMzQpLiAqL1xuY29uc3QgYWRtaW5zT25seTogRmllbGRBY2Nlc3MgPSAoeyByZXEgfSkgPT4gaGFzUm9sZShjdXJyZW50VXNlcihyZXEpLCAnYWRtaW4nKVxuXG4vKipcbiAqIFx1NjY3QVx1ODBGRFx1NTM2MTogYSBob3VzZWhvbGQncyBvciBhbiBvZmZpY2UncyBzbWFydCBjYXJkLiBJdHMgYmFsYW5jZSBpcyByZWFkLW9ubHk6IGl0IG1vdmVzIG9ubHlcbiAqIHRocm91Z2ggdGhlIGxlZGdlci4gQ2FyZHMgYXJlIG5ldmVyIGRlbGV0ZWQ7IGEgbG9zdCBvbmUgaXMgcmVwbGFjZWQgKFx1ODg2NVx1NTM2MSkgYW5kIGtlZXBzIGl0cyBoaXN0b3J5LlxuICovXG5leHBvcnQgY29uc3QgQ2FyZHM6IENvbGxlY3Rpb25Db25maWcgPSB7XG4gIHNsdWc6ICdjYXJkcycsXG4gIGxhYmVsczogeyBzaW5ndWxhcjogdCgnXHU2NjdBXHU4MEZEXHU1MzYxJywgJ1NtYXJ0IGNhcmQnKSwgcGx1cmFsOiB0KCdcdTY2N0FcdTgwRkRcdTUzNjEnLCAnU21hcnQgY2FyZHMnKSB9LFxuICBhZG1pbjoge1xuICAgIGdyb3VwOiBncm91cHMucG9pbnRzLFxuICAgIHVzZUFzVGl0bGU6ICdjYXJkTnVtYmVyJyxcbiAgICBkZWZhdWx0Q29sdW1uczogWydjYXJkTnVtYmVyJywgJ2hvbGRlck5hbWUnLCAnc2l0ZScsICdzdGF0dXMnLCAnYmFsYW5jZScsICdpc3N1ZWRBdCddLFxuICAgIGxpc3RTZWFyY2hhYmxlRmllbGRzOiBbJ2NhcmROdW1iZXInLCAnaG9sZGVyTmFtZScsICdvZmZpY2VOYW1lJ10sXG4gIH0sXG4gIGFjY2VzczogeyByZWFkOiBzdGFmZk9yT3duVG93bignc2l0ZScpLCBjcmVhdGU6IHN0YWZmLCB1cGRhdGU6IHN0YWZmLCBkZWxldGU6IG5vYm9keSB9LFxuICBob29rczogeyBiZWZvcmVDaGFuZ2U6IFtrZWVwTWFza2VkUGhvbmVdIH0sXG4gIGZpZWxkczogW1xuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHtcbiAgICAgICAgICBuYW1lOiAnY2FyZE51bWJlcicsXG4gICAgICAgICAgdHlwZTogJ3RleHQnLFxuICAgICAgICAgIHJlcXVpcmVkOiB0cnVlLFxuICAgICAgICAgIHVuaXF1ZTogdHJ1ZSxcbiAgICAgICAgICBpbmRleDogdHJ1ZSxcbiAgICAgICAgICBsYWJlbDogdCgnXHU1MzYxXHU1M0Y3JywgJ0NhcmQgbnVtYmVyJyksXG4gICAgICAgICAgdmFsaWRhdGU6ICh2OiBzdHJpbmcgfCBudWxsIHwgdW5kZWZpbmVkKSA9PlxuICAgICAgICAgICAgKHR5cGVvZiB2ID09PSAnc3RyaW5nJyAmJiBDQVJEX05VTUJFUi50ZXN0KHYpKSB8fFxuICAgICAgICAgICAgJ1x1NTM2MVx1NTNGN1x1NEUzQSA0XHUyMDEzMzIgXHU0RjREXHU1QjU3XHU2QkNEXHUzMDAxXHU2NTcwXHU1QjU3XHU2MjE2XHU4RkRFXHU1QjU3XHU3QjI2IC8gNFx1MjAxMzMyIGxldHRlcnMsIGRpZ2l0cyBvciBkYXNoZXMnLFxuICAgICAgICB9LFxuICAgICAgICBzZWxlY3QoJ3N0YXR1cycsIHQoJ1x1NzJCNlx1NjAwMScsICdTdGF0dXMnKSwgQ0FSRF9TVEFUVVNFUywgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAnYWN0aXZlJywgaW5kZXg6IHRydWUgfSksXG4gICAgICAgIHtcbiAgICAgICAgICBuYW1lOiAnYmFsYW5jZScsXG4gICAgICAgICAgdHlwZTogJ251bWJlcicsXG4gICAgICAgICAgZGVmYXVsdFZhbHVlOiAwLFxuICAgICAgICAgIGxhYmVsOiB0KCdcdTc5RUZcdTUyMDZcdTRGNTlcdTk4OUQnLCAnQmFsYW5jZScpLFxuICAgICAgICAgIGFkbWluOiB7IHJlYWRPbmx5OiB0cnVlLCBkZXNjcmlwdGlvbjogdCgnXHU1M0VBXHU5NjhGXHU3OUVGXHU1MjA2XHU2RDQxXHU2QzM0XHU1M0Q4XHU1MkE4JywgJ01vdmVzIG9ubHkgdGhyb3VnaCB0aGUgbGVkZ2VyJykgfSxcbiAgICAgICAgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICBzZWxlY3QoJ2hvbGRlcktpbmQnLCB0KCdcdTYzMDFcdTUzNjFcdTdDN0JcdTU3OEInLCAnSG9sZGVyJyksIEhPTERFUl9LSU5EUywgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAnaG91c2Vob2xkJyB9KSxcbiAgICAgICAgeyBuYW1lOiAnaG9sZGVyTmFtZScsIHR5cGU6ICd0ZXh0JywgbGFiZWw6IHQoJ1x1NjMwMVx1NTM2MVx1NEVCQScsICdIb2xkZXIgbmFtZScpIH0sXG4gICAgICAgIHtcbiAgICAgICAgICBuYW1lOiAncGhvbmUnLFxuICAgICAgICAgIHR5cGU6ICd0ZXh0JyxcbiAgICAgICAgICBsYWJlbDogdCgnXHU2MjRCXHU2NzNBXHU1M0Y3JywgJ1Bob25lJyksXG4gICAgICAgICAgLy8gUmVhZDogYWRtaW5zIG9ubHkuIFdyaXRpbmcgaXQgYXMgYW55b25lIGVsc2UgaXMgcmVmdXNlZCBieSBrZWVwTWFza2VkUGhvbmUgKG5vdCBzaWxlbnRseSBkcm9wcGVkKS5cbiAgICAgICAgICBhY2Nlc3M6IHsgcmVhZDogYWRtaW5zT25seSB9LFxuICAgICAgICAgIHZhbGlkYXRlOiAodjogc3RyaW5nIHwgbnVsbCB8IHVuZGVmaW5lZCkgPT5cbiAgICAgICAgICAgICF2IHx8IE1PQklMRV9QSE9ORS50ZXN0KHYpIHx8ICdcdTYyNEJcdTY3M0FcdTUzRjdcdTRFM0EgMTEgXHU0RjREXHU2NTcwXHU1QjU3IC8gMTEtZGlnaXQgbW9iaWxlIG51bWJlcicsXG4gICAgICAgIH0sXG4gICAgICAgIHsgbmFtZTogJ3Bob25lTWFza2VkJywgdHlwZTogJ3RleHQnLCBsYWJlbDogdCgnXHU2MjRCXHU2NzNBXHU1M0Y3XHVGRjA4XHU4MTMxXHU2NTRGXHVGRjA5JywgJ1Bob25lIChtYXNrZWQpJyksIGFkbWluOiB7IHJlYWRPbmx5OiB0cnVlIH0gfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGFkbWluOiB7IGNvbmRpdGlvbjogKF8sIHMpID0+IHM/LmhvbGRlcktpbmQgIT09ICdvZmZpY2UnIH0sXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgeyBuYW1lOiAnYnVpbGRpbmcnLCB0eXBlOiAndGV4dCcsIGxhYmVsOiB0KCdcdTY5N0NcdTY4MEInLCAnQnVpbGRpbmcnKSB9LFxuICAgICAgICB7IG5hbWU6ICd1bml0JywgdHlwZTogJ3RleHQnLCBsYWJlbDogdCgnXHU1MzU1XHU1MTQzJywgJ1VuaXQnKSB9LFxuICAgICAgICB7IG5hbWU6ICdyb29tJywgdHlwZTogJ3RleHQnLCBsYWJlbDogdCgnXHU2MjNGXHU1M0Y3JywgJ1Jvb20nKSB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG5hbWU6ICdvZmZpY2VOYW1lJyxcbiAgICAgIHR5cGU6ICd0ZXh0JyxcbiAgICAgIGxhYmVsOiB0KCdcdTUzNTVcdTRGNERcdTU0MERcdTc5RjAnLCAnT2ZmaWNlJyksXG4gICAgICBhZG1pbjogeyBjb25kaXRpb246IChfLCBzKSA9PiBzPy5ob2xkZXJLaW5kID09PSAnb2ZmaWNlJyB9LFxuICAgIH0sXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgc2l0ZUZpZWxkKHsgbGFiZWw6IHQoJ1x1NjI0MFx1NUM1RVx1NTczQVx1NjI0MCcsICdTaXRlJykgfSksXG4gICAgICAgIHNlbGVjdCgnY2hhbm5lbCcsIHQoJ1x1NTNEMVx1NTM2MVx1NjVCOVx1NUYwRicsICdJc3N1ZWQgdmlhJyksIENIQU5ORUxTLCB7IHJlcXVpcmVkOiB0cnVlLCBkZWZhdWx0VmFsdWU6ICdib290aCcgfSksXG4gICAgICAgIHtcbiAgICAgICAgICBuYW1lOiAnaXNzdWVkQXQnLFxuICAgICAgICAgIHR5cGU6ICdkYXRlJyxcbiAgICAgICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgICAgICBkZWZhdWx0VmFsdWU6ICgpID0+IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICAgICAgICBsYWJlbDogdCgnXHU1M0QxXHU1MzYxXHU2NUY2XHU5NUY0JywgJ0lzc3VlZCBhdCcpLFxuICAgICAgICAgIGluZGV4OiB0cnVlLFxuICAgICAgICB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHJlbGF0aW9uKCdjYXJkcycsICdyZXBsYWNlcycsIHQoJ1x1ODg2NVx1NTI5RVx1ODFFQScsICdSZXBsYWNlcycpLCB7IHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICByZWxhdGlvbignY2FyZHMnLCAncmVwbGFjZWRCeScsIHQoJ1x1NURGMlx1ODg2NVx1NTI5RVx1NEUzQScsICdSZXBsYWNlZCBieScpLCB7IHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG5hbWU6ICdlbnRyaWVzJyxcbiAgICAgIHR5cGU6ICdqb2luJyxcbiAgICAgIGNvbGxlY3Rpb246ICdwb2ludC1lbnRyaWVzJyxcbiAgICAgIG9uOiAnY2FyZCcsXG4gICAgICBsYWJlbDogdCgnXHU3OUVGXHU1MjA2XHU2RDQxXHU2QzM0JywgJ0xlZGdlcicpLFxuICAgICAgZGVmYXVsdFNvcnQ6ICctY3JlYXRlZEF0JyxcbiAgICAgIGRlZmF1bHRMaW1pdDogMjAsXG4gICAgICBhZG1pbjogeyBkZWZhdWx0Q29sdW1uczogWydjcmVhdGVkQXQnLCAnZGVsdGEnLCAncmVhc29uJywgJ2JhbGFuY2VBZnRlcicsICdub3RlJ10gfSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG5hbWU6ICdkcm9wcycsXG4gICAgICB0eXBlOiAnam9pbicsXG4gICAgICBjb2xsZWN0aW9uOiAnZHJvcC1vZmZzJyxcbiAgICAgIG9uOiAnY2FyZCcsXG4gICAgICBsYWJlbDogdCgnXHU2Mjk1XHU2NTNFXHU4QkIwXHU1RjU1JywgJ0Ryb3Atb2ZmcycpLFxuICAgICAgZGVmYXVsdFNvcnQ6ICctb2NjdXJyZWRBdCcsXG4gICAgICBkZWZhdWx0TGltaXQ6IDIwLFxuICAgICAgYWRtaW46IHsgZGVmYXVsdENvbHVtbnM6IFsnb2NjdXJyZWRBdCcsICdjYXRlZ29yeScsICdncmFtcycsICdwb2ludHMnLCAnb3V0Y29tZSddIH0sXG4gICAgfSxcbiAgXSxcbn1cbiIsICIvKipcbiAqIFRpbWUgcnVsZXMuIFN0b3JhZ2UgaXMgVVRDOyB0aGUgcHJvZ3JhbW1lJ3MgZGF5cyBhcmUgQXNpYS9TaGFuZ2hhaSBkYXlzIChVVEMrOCwgbm8gZGF5bGlnaHRcbiAqIHNhdmluZyksIHNvIFwicG9pbnRzIGVhcm5lZCB0aGF0IGRheVwiIGFuZCBcImNhcmQtZGF5c1wiIGZvbGxvdyB0aGUgbG9jYWwgY2FsZW5kYXIuXG4gKi9cbmNvbnN0IFNIQU5HSEFJX09GRlNFVF9NUyA9IDggKiA2MCAqIDYwICogMTAwMFxuXG4vKiogVGhlIFNoYW5naGFpIGNhbGVuZGFyIGRheSBvZiBhbiBpbnN0YW50LCBhcyBZWVlZLU1NLURELiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNoYW5naGFpRGF5KGF0OiBEYXRlIHwgc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgdCA9IHR5cGVvZiBhdCA9PT0gJ3N0cmluZycgPyBuZXcgRGF0ZShhdCkgOiBhdFxuICBpZiAoTnVtYmVyLmlzTmFOKHQuZ2V0VGltZSgpKSkgdGhyb3cgbmV3IEVycm9yKGBOb3QgYSB2YWxpZCB0aW1lOiAke1N0cmluZyhhdCl9YClcbiAgcmV0dXJuIG5ldyBEYXRlKHQuZ2V0VGltZSgpICsgU0hBTkdIQUlfT0ZGU0VUX01TKS50b0lTT1N0cmluZygpLnNsaWNlKDAsIDEwKVxufVxuXG4vKiogVGhlIFVUQyBpbnN0YW50IGF0IHdoaWNoIGEgU2hhbmdoYWkgZGF5IHN0YXJ0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaGFuZ2hhaURheVN0YXJ0KGRheTogc3RyaW5nKTogRGF0ZSB7XG4gIHJldHVybiBuZXcgRGF0ZShuZXcgRGF0ZShgJHtkYXl9VDAwOjAwOjAwLjAwMFpgKS5nZXRUaW1lKCkgLSBTSEFOR0hBSV9PRkZTRVRfTVMpXG59XG5cbi8qKiBGb3JtYXRzIGFuIGluc3RhbnQgZm9yIHBlb3BsZSwgaW4gU2hhbmdoYWkgdGltZTogMjAyNi0xMS0yOSAxMjozMC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmb3JtYXRTaGFuZ2hhaShhdDogRGF0ZSB8IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHQgPSB0eXBlb2YgYXQgPT09ICdzdHJpbmcnID8gbmV3IERhdGUoYXQpIDogYXRcbiAgcmV0dXJuIG5ldyBEYXRlKHQuZ2V0VGltZSgpICsgU0hBTkdIQUlfT0ZGU0VUX01TKS50b0lTT1N0cmluZygpLnNsaWNlKDAsIDE2KS5yZXBsYWNlKCdUJywgJyAnKVxufVxuIiwgIi8qKlxuICogR0VUIC9hcGkvZHJvcC1vZmZzL21hbnVhbC1kYWlseT9kYXk9WVlZWS1NTS1ERCBcdTIwMTQgZm9yIGFkbWluczogdGhlIGRyb3BzIGVudGVyZWQgYnkgaGFuZCB0aGF0IFNoYW5naGFpXG4gKiBkYXksIGJ5IHRoZSBwZXJzb24gd2hvIGVudGVyZWQgdGhlbSwgd2l0aCBlYWNoIG9uZSdzIGNhcmQsIHdlaWdodCwgcG9pbnRzIGFuZCB3cml0dGVuIHJlYXNvbi5cbiAqL1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJ3BheWxvYWQnXG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJ1xuXG5pbXBvcnQgeyByZWZJZCB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IHNoYW5naGFpRGF5LCBzaGFuZ2hhaURheVN0YXJ0IH0gZnJvbSAnLi4vLi4vZG9tYWluL3NoYXJlZC90aW1lJ1xuaW1wb3J0IHsgcGFyc2VXaXRoLCByZXF1aXJlUm9sZSB9IGZyb20gJy4uL3NoYXJlZCdcblxuY29uc3QgUXVlcnlTY2hlbWEgPSB6Lm9iamVjdCh7XG4gIGRheTogelxuICAgIC5zdHJpbmcoKVxuICAgIC5yZWdleCgvXlxcZHs0fS1cXGR7Mn0tXFxkezJ9JC8sICdZWVlZLU1NLUREJylcbiAgICAub3B0aW9uYWwoKSxcbn0pXG5cbmV4cG9ydCBjb25zdCBtYW51YWxSZXZpZXdFbmRwb2ludDogRW5kcG9pbnQgPSB7XG4gIHBhdGg6ICcvbWFudWFsLWRhaWx5JyxcbiAgbWV0aG9kOiAnZ2V0JyxcbiAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgIHJlcXVpcmVSb2xlKHJlcSwgWydhZG1pbiddLCAnXHU1M0VBXHU2NzA5XHU3QkExXHU3NDA2XHU1NDU4XHU1OTBEXHU2ODM4XHU0RUJBXHU1REU1XHU1RjU1XHU1MTY1XHUzMDAyQWRtaW5zIHJldmlldyBoYW5kLWVudGVyZWQgZHJvcHMuJylcbiAgICBjb25zdCBkYXkgPSBwYXJzZVdpdGgoUXVlcnlTY2hlbWEsIHJlcS5xdWVyeSA/PyB7fSwgJ0lOVkFMSURfUVVFUlknKS5kYXkgPz8gc2hhbmdoYWlEYXkobmV3IERhdGUoKSlcbiAgICBjb25zdCBmcm9tID0gc2hhbmdoYWlEYXlTdGFydChkYXkpXG4gICAgY29uc3QgdG8gPSBuZXcgRGF0ZShmcm9tLmdldFRpbWUoKSArIDg2XzQwMF8wMDApXG4gICAgY29uc3QgZHJvcHMgPSBhd2FpdCByZXEucGF5bG9hZC5maW5kKHtcbiAgICAgIGNvbGxlY3Rpb246ICdkcm9wLW9mZnMnLFxuICAgICAgd2hlcmU6IHtcbiAgICAgICAgYW5kOiBbXG4gICAgICAgICAgeyBzb3VyY2U6IHsgZXF1YWxzOiAnbWFudWFsJyB9IH0sXG4gICAgICAgICAgeyBjcmVhdGVkQXQ6IHsgZ3JlYXRlcl90aGFuX2VxdWFsOiBmcm9tLnRvSVNPU3RyaW5nKCkgfSB9LFxuICAgICAgICAgIHsgY3JlYXRlZEF0OiB7IGxlc3NfdGhhbjogdG8udG9JU09TdHJpbmcoKSB9IH0sXG4gICAgICAgIF0sXG4gICAgICB9LFxuICAgICAgc29ydDogJ2NyZWF0ZWRBdCcsXG4gICAgICBwYWdpbmF0aW9uOiBmYWxzZSxcbiAgICAgIGRlcHRoOiAxLFxuICAgICAgcmVxLFxuICAgIH0pXG4gICAgY29uc3QgYnlVc2VyID0gbmV3IE1hcDxzdHJpbmcsIHsgdXNlcjogdW5rbm93bjsgZHJvcHM6IG51bWJlcjsgZ3JhbXM6IG51bWJlcjsgcG9pbnRzOiBudW1iZXI7IGl0ZW1zOiB1bmtub3duW10gfT4oKVxuICAgIGZvciAoY29uc3QgZCBvZiBkcm9wcy5kb2NzKSB7XG4gICAgICBjb25zdCBrZXkgPSBTdHJpbmcocmVmSWQoZC5yZWNvcmRlZEJ5KSA/PyAndW5rbm93bicpXG4gICAgICBjb25zdCBlbnRyeSA9IGJ5VXNlci5nZXQoa2V5KSA/PyB7IHVzZXI6IGQucmVjb3JkZWRCeSA/PyBudWxsLCBkcm9wczogMCwgZ3JhbXM6IDAsIHBvaW50czogMCwgaXRlbXM6IFtdIH1cbiAgICAgIGVudHJ5LmRyb3BzKytcbiAgICAgIGVudHJ5LmdyYW1zICs9IGQuZ3JhbXNcbiAgICAgIGVudHJ5LnBvaW50cyArPSBkLnBvaW50cyA/PyAwXG4gICAgICBjb25zdCBjYXJkID0gZC5jYXJkICYmIHR5cGVvZiBkLmNhcmQgPT09ICdvYmplY3QnID8gZC5jYXJkLmNhcmROdW1iZXIgOiBkLmNhcmRcbiAgICAgIGVudHJ5Lml0ZW1zLnB1c2goe1xuICAgICAgICBpZDogZC5pZCxcbiAgICAgICAgY2FyZCxcbiAgICAgICAgY2F0ZWdvcnk6IGQuY2F0ZWdvcnksXG4gICAgICAgIGdyYW1zOiBkLmdyYW1zLFxuICAgICAgICBwb2ludHM6IGQucG9pbnRzLFxuICAgICAgICBvY2N1cnJlZEF0OiBkLm9jY3VycmVkQXQsXG4gICAgICAgIG5vdGU6IGQubm90ZSxcbiAgICAgIH0pXG4gICAgICBieVVzZXIuc2V0KGtleSwgZW50cnkpXG4gICAgfVxuICAgIHJldHVybiBSZXNwb25zZS5qc29uKHsgZGF5LCBwZW9wbGU6IFsuLi5ieVVzZXIudmFsdWVzKCldIH0pXG4gIH0sXG59XG4iLCAiLyoqXG4gKiBQbGFucyBhIGJhdGNoIG9mIGRyb3BzIChwdXJlKTogd2hpY2ggYXJlIGFjY2VwdGVkLCBkdXBsaWNhdGVzIG9yIHJlamVjdGVkLCB0aGUgcG9pbnRzIGVhY2hcbiAqIGVhcm5zLCB0aGUgYmFsYW5jZSBhZnRlciwgdGhlIGRheSB0YWxsaWVzIGFuZCB0aGUgbGVkZ2VyIGVudHJpZXMgdG8gd3JpdGUuIEV2ZXJ5IHdyaXRlIHBhdGggXHUyMDE0XG4gKiB0aGUgY29sbGVjdGlvbiBob29rIGZvciBhIHNpbmdsZSBtYW51YWwgZHJvcCBhbmQgdGhlIGJ1bGsgd3JpdGVyIGZvciB0aGUgYnJpZGdlIFx1MjAxNCBjYXJyaWVzXG4gKiBvdXQgYSBwbGFuIG1hZGUgaGVyZSwgc28gdGhlIHJ1bGVzIGxpdmUgaW4gb25lIHBsYWNlLlxuICovXG5pbXBvcnQgeyBhdWRpZW5jZUFkbWl0cywgdHlwZSBBdWRpZW5jZSB9IGZyb20gJy4uL3NoYXJlZC9hdWRpZW5jZSdcbmltcG9ydCB7IHNoYW5naGFpRGF5IH0gZnJvbSAnLi4vc2hhcmVkL3RpbWUnXG5pbXBvcnQgeyBhd2FyZEZvckRyb3AsIGNoZWNrRHJvcCwgcnVsZXNBdCwgdHlwZSBQb2ludFJ1bGVzIH0gZnJvbSAnLi9wb2ludHMnXG5cbmV4cG9ydCBjb25zdCBGVVRVUkVfVE9MRVJBTkNFX01TID0gNSAqIDYwICogMTAwMFxuXG5leHBvcnQgdHlwZSBEcm9wSW5wdXQgPSB7XG4gIC8qKiBUaGUgY2FyZCwgYnkgaWQgb3IgYnkgaXRzIHByaW50ZWQgbnVtYmVyLiAqL1xuICBjYXJkPzogbnVtYmVyIHwgc3RyaW5nXG4gIGNhcmROdW1iZXI/OiBzdHJpbmdcbiAgY2F0ZWdvcnk6IHN0cmluZ1xuICBncmFtczogbnVtYmVyXG4gIG9jY3VycmVkQXQ6IHN0cmluZ1xuICBzb3VyY2U6ICdkZXZpY2UnIHwgJ3BpY2t1cCcgfCAnbWFudWFsJ1xuICAvKiogQmluIGRldmljZSBpZCwgcGlja3VwIG51bWJlciwgXHUyMDI2ICovXG4gIHNvdXJjZVJlZj86IHN0cmluZ1xuICBzaXRlPzogbnVtYmVyIHwgc3RyaW5nXG4gIGlkZW1wb3RlbmN5S2V5OiBzdHJpbmdcbiAgLyoqIFdoeSBhIHBlcnNvbiBlbnRlcmVkIGl0IGJ5IGhhbmQgKHJlcXVpcmVkIGZvciBtYW51YWwgZHJvcHMpLiAqL1xuICBub3RlPzogc3RyaW5nXG4gIC8qKiBUaGUgcGVyc29uIHdobyBlbnRlcmVkIGl0IChtYW51YWwgZHJvcHMpLiAqL1xuICByZWNvcmRlZEJ5PzogbnVtYmVyIHwgc3RyaW5nXG4gIC8qKiBUaGUgYmluIHRoYXQgd2VpZ2hlZCBpdDogd2hhdCBpdCBtYXkgcmVwb3J0LCB3aG9tIGl0IHNlcnZlcywgc2luY2Ugd2hlbiBpdCB3b3Jrcy4gKi9cbiAgZGV2aWNlPzogeyBjYXRlZ29yaWVzOiBzdHJpbmdbXTsgYXVkaWVuY2U6IEF1ZGllbmNlOyBjb21taXNzaW9uZWRBdD86IHN0cmluZyB8IG51bGwgfVxufVxuXG5leHBvcnQgdHlwZSBDYXJkU3RhdGUgPSB7XG4gIGlkOiBudW1iZXIgfCBzdHJpbmdcbiAgY2FyZE51bWJlcjogc3RyaW5nXG4gIHN0YXR1czogc3RyaW5nXG4gIGJhbGFuY2U6IG51bWJlclxuICBzaXRlOiBudW1iZXIgfCBzdHJpbmcgfCBudWxsXG4gIGhvbGRlcktpbmQ6ICdob3VzZWhvbGQnIHwgJ29mZmljZSdcbiAgaXNzdWVkQXQ/OiBzdHJpbmcgfCBudWxsXG59XG5leHBvcnQgdHlwZSBFeGlzdGluZ0Ryb3AgPSB7XG4gIGlkOiBudW1iZXIgfCBzdHJpbmdcbiAgY2FyZDogbnVtYmVyIHwgc3RyaW5nXG4gIGNhdGVnb3J5OiBzdHJpbmdcbiAgZ3JhbXM6IG51bWJlclxuICBvY2N1cnJlZEF0OiBzdHJpbmdcbiAgcG9pbnRzOiBudW1iZXJcbiAgYmFsYW5jZUFmdGVyOiBudW1iZXJcbiAgb3V0Y29tZTogc3RyaW5nXG59XG5cbmV4cG9ydCB0eXBlIFBsYW5TdGF0ZSA9IHtcbiAgbm93OiBEYXRlXG4gIHJ1bGVzOiBQb2ludFJ1bGVzW11cbiAgY2FyZHNCeUlkOiBNYXA8c3RyaW5nLCBDYXJkU3RhdGU+XG4gIGNhcmRzQnlOdW1iZXI6IE1hcDxzdHJpbmcsIENhcmRTdGF0ZT5cbiAgLyoqIERyb3BzIGFscmVhZHkgc3RvcmVkLCBieSBpZGVtcG90ZW5jeSBrZXkuICovXG4gIGV4aXN0aW5nOiBNYXA8c3RyaW5nLCBFeGlzdGluZ0Ryb3A+XG4gIC8qKiBQb2ludHMgYWxyZWFkeSBlYXJuZWQsIGJ5IGAke2NhcmRJZH18JHtkYXl9YC4gKi9cbiAgZWFybmVkOiBNYXA8c3RyaW5nLCBudW1iZXI+XG4gIC8qKiBJbXBvcnRpbmcgaGlzdG9yeSAodGhlIGRlbW8gc2VlZCwgYSBtaWdyYXRpb24pOiBubyBib3VuZCBvbiBob3cgZmFyIGJhY2sgYSBkcm9wIG1heSBiZSBkYXRlZC4gKi9cbiAgaGlzdG9yeT86IGJvb2xlYW5cbn1cblxuLyoqIFdoeSBhIGRyb3AgaXMgcmVmdXNlZCwgb25lIGNvZGUgZWFjaCAodGhlIGRldmljZSBwcm90b2NvbCBsaXN0cyB0aGVtIGFzIGFuIGVudW0pLiAqL1xuZXhwb3J0IGNvbnN0IFJFSkVDVF9DT0RFUyA9IFtcbiAgJ1VOS05PV05fQ0FSRCcsXG4gICdDQVJEX05PVF9BQ1RJVkUnLFxuICAnVU5LTk9XTl9DQVRFR09SWScsXG4gICdJTlZBTElEX1dFSUdIVCcsXG4gICdJTlZBTElEX1RJTUUnLFxuICAnRlVUVVJFX1RJTUUnLFxuICAnSURFTVBPVEVOQ1lfQ09ORkxJQ1QnLFxuICAnTUlTU0lOR19LRVknLFxuICAnVE9PX09MRCcsXG4gICdCRUZPUkVfQ0FSRF9JU1NVRUQnLFxuICAnQkVGT1JFX0NPTU1JU1NJT05FRCcsXG4gICdDQVRFR09SWV9OT1RfSU5fQklOJyxcbiAgJ1dST05HX0FVRElFTkNFJyxcbl0gYXMgY29uc3RcbmV4cG9ydCB0eXBlIFJlamVjdENvZGUgPSAodHlwZW9mIFJFSkVDVF9DT0RFUylbbnVtYmVyXVxuXG5leHBvcnQgdHlwZSBQbGFubmVkRHJvcCA9IHtcbiAgY2FyZDogbnVtYmVyIHwgc3RyaW5nXG4gIHNpdGU6IG51bWJlciB8IHN0cmluZyB8IG51bGxcbiAgY2F0ZWdvcnk6IHN0cmluZ1xuICBncmFtczogbnVtYmVyXG4gIG9jY3VycmVkQXQ6IHN0cmluZ1xuICBzb3VyY2U6IERyb3BJbnB1dFsnc291cmNlJ11cbiAgc291cmNlUmVmPzogc3RyaW5nXG4gIGlkZW1wb3RlbmN5S2V5OiBzdHJpbmdcbiAgbm90ZT86IHN0cmluZ1xuICByZWNvcmRlZEJ5PzogbnVtYmVyIHwgc3RyaW5nXG4gIHBvaW50czogbnVtYmVyXG4gIGJhbGFuY2VBZnRlcjogbnVtYmVyXG4gIG91dGNvbWU6ICdjb3VudGVkJyB8ICdiZWxvdy1taW5pbXVtJyB8ICdjYXBwZWQnXG4gIHJ1bGVzUmV2aXNpb246IG51bWJlclxuICBkYXk6IHN0cmluZ1xufVxuXG5leHBvcnQgdHlwZSBQbGFubmVkID1cbiAgfCB7IHN0YXR1czogJ2FjY2VwdGVkJzsgZHJvcDogUGxhbm5lZERyb3AgfVxuICB8IHsgc3RhdHVzOiAnZHVwbGljYXRlJzsgb2Y6IEV4aXN0aW5nRHJvcCB8IFBsYW5uZWREcm9wIH1cbiAgfCB7IHN0YXR1czogJ3JlamVjdGVkJzsgY29kZTogUmVqZWN0Q29kZTsgbWVzc2FnZTogc3RyaW5nIH1cblxuZXhwb3J0IGNvbnN0IHRhbGx5S2V5ID0gKGNhcmQ6IG51bWJlciB8IHN0cmluZywgZGF5OiBzdHJpbmcpID0+IGAke2NhcmR9fCR7ZGF5fWBcblxuZnVuY3Rpb24gc2FtZUNvbnRlbnQoXG4gIGE6IHsgY2FyZDogbnVtYmVyIHwgc3RyaW5nOyBjYXRlZ29yeTogc3RyaW5nOyBncmFtczogbnVtYmVyOyBvY2N1cnJlZEF0OiBzdHJpbmcgfSxcbiAgY2FyZDogQ2FyZFN0YXRlIHwgdW5kZWZpbmVkLFxuICBpbnB1dDogRHJvcElucHV0LFxuKTogYm9vbGVhbiB7XG4gIHJldHVybiAoXG4gICAgKGNhcmQgPT09IHVuZGVmaW5lZCB8fCBTdHJpbmcoYS5jYXJkKSA9PT0gU3RyaW5nKGNhcmQuaWQpKSAmJlxuICAgIGEuY2F0ZWdvcnkgPT09IGlucHV0LmNhdGVnb3J5ICYmXG4gICAgYS5ncmFtcyA9PT0gaW5wdXQuZ3JhbXMgJiZcbiAgICBuZXcgRGF0ZShhLm9jY3VycmVkQXQpLmdldFRpbWUoKSA9PT0gbmV3IERhdGUoaW5wdXQub2NjdXJyZWRBdCkuZ2V0VGltZSgpXG4gIClcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZpbmRDYXJkKHN0YXRlOiBQbGFuU3RhdGUsIGlucHV0OiBQaWNrPERyb3BJbnB1dCwgJ2NhcmQnIHwgJ2NhcmROdW1iZXInPik6IENhcmRTdGF0ZSB8IHVuZGVmaW5lZCB7XG4gIGlmIChpbnB1dC5jYXJkICE9PSB1bmRlZmluZWQgJiYgaW5wdXQuY2FyZCAhPT0gbnVsbCAmJiBpbnB1dC5jYXJkICE9PSAnJylcbiAgICByZXR1cm4gc3RhdGUuY2FyZHNCeUlkLmdldChTdHJpbmcoaW5wdXQuY2FyZCkpXG4gIHJldHVybiBpbnB1dC5jYXJkTnVtYmVyID8gc3RhdGUuY2FyZHNCeU51bWJlci5nZXQoaW5wdXQuY2FyZE51bWJlcikgOiB1bmRlZmluZWRcbn1cblxuY29uc3QgREFZX01TID0gODZfNDAwXzAwMFxuXG4vKipcbiAqIEEgZHJvcCBtYXkgbm90IGJlIGRhdGVkIGJlZm9yZSBpdHMgY2FyZCB3YXMgaXNzdWVkIG9yIGl0cyBiaW4gY29tbWlzc2lvbmVkLCBub3IgZnVydGhlciBiYWNrIHRoYW5cbiAqIHRoZSBydWxlcyBhbGxvdyAoaGFuZCBlbnRyaWVzIGFuZCBwaWNrdXBzIGEgY291cGxlIG9mIGRheXMsIGEgZGV2aWNlJ3Mgb2ZmbGluZSBiYWNrbG9nIGFib3V0IGEgd2Vlayk6XG4gKiBvdGhlcndpc2Ugb2xkIGRhdGVzIHdvdWxkIGxldCBwb2ludHMgYmUgbWludGVkIGRheSBhZnRlciBkYXkgcGFzdCB0aGUgZGFpbHkgY2FwLlxuICovXG5mdW5jdGlvbiBsYXRlbmVzcyhcbiAgaW5wdXQ6IERyb3BJbnB1dCxcbiAgY2FyZDogQ2FyZFN0YXRlLFxuICBhdDogRGF0ZSxcbiAgc3RhdGU6IFBsYW5TdGF0ZSxcbik6IHsgY29kZTogUmVqZWN0Q29kZTsgbWVzc2FnZTogc3RyaW5nIH0gfCBudWxsIHtcbiAgaWYgKGNhcmQuaXNzdWVkQXQgJiYgYXQuZ2V0VGltZSgpIDwgbmV3IERhdGUoY2FyZC5pc3N1ZWRBdCkuZ2V0VGltZSgpKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIGNvZGU6ICdCRUZPUkVfQ0FSRF9JU1NVRUQnLFxuICAgICAgbWVzc2FnZTogJ1x1NjI5NVx1NjUzRVx1NjVGNlx1OTVGNFx1NjVFOVx1NEU4RVx1NTNEMVx1NTM2MVx1NjVGNlx1OTVGNFx1MzAwMlRoZSBkcm9wIGlzIGRhdGVkIGJlZm9yZSB0aGUgY2FyZCB3YXMgaXNzdWVkLicsXG4gICAgfVxuICB9XG4gIGNvbnN0IGNvbW1pc3Npb25lZCA9IGlucHV0LmRldmljZT8uY29tbWlzc2lvbmVkQXRcbiAgaWYgKGNvbW1pc3Npb25lZCAmJiBhdC5nZXRUaW1lKCkgPCBuZXcgRGF0ZShjb21taXNzaW9uZWQpLmdldFRpbWUoKSkge1xuICAgIHJldHVybiB7XG4gICAgICBjb2RlOiAnQkVGT1JFX0NPTU1JU1NJT05FRCcsXG4gICAgICBtZXNzYWdlOiAnXHU2Mjk1XHU2NTNFXHU2NUY2XHU5NUY0XHU2NUU5XHU0RThFXHU4QkJFXHU1OTA3XHU2Mjk1XHU3NTI4XHU2NUY2XHU5NUY0XHUzMDAyVGhlIGRyb3AgaXMgZGF0ZWQgYmVmb3JlIHRoZSBiaW4gd2FzIGNvbW1pc3Npb25lZC4nLFxuICAgIH1cbiAgfVxuICBpZiAoc3RhdGUuaGlzdG9yeSkgcmV0dXJuIG51bGxcbiAgY29uc3Qgbm93ID0gcnVsZXNBdChzdGF0ZS5ydWxlcywgc3RhdGUubm93KVxuICBjb25zdCBkYXlzID0gaW5wdXQuc291cmNlID09PSAnZGV2aWNlJyA/IG5vdy5kZXZpY2VCYWNrbG9nRGF5cyA6IG5vdy5tYW51YWxCYWNrZGF0ZURheXNcbiAgaWYgKHN0YXRlLm5vdy5nZXRUaW1lKCkgLSBhdC5nZXRUaW1lKCkgPiBkYXlzICogREFZX01TKSB7XG4gICAgcmV0dXJuIHtcbiAgICAgIGNvZGU6ICdUT09fT0xEJyxcbiAgICAgIG1lc3NhZ2U6IGBcdTYyOTVcdTY1M0VcdTY1RjZcdTk1RjRcdTY1RTlcdTRFOEUgJHtkYXlzfSBcdTU5MjlcdTUyNERcdUZGMENcdTRFMERcdTgwRkRcdTg4NjVcdTVGNTVcdTMwMDJUaGUgZHJvcCBpcyBkYXRlZCBtb3JlIHRoYW4gJHtkYXlzfSBkYXlzIGJhY2suYCxcbiAgICB9XG4gIH1cbiAgcmV0dXJuIG51bGxcbn1cblxuLyoqIFBsYW5zIHRoZSBpbnB1dHMgaW4gb3JkZXI7IHRoZSBzdGF0ZSdzIGJhbGFuY2VzIGFuZCB0YWxsaWVzIG1vdmUgYXMgZHJvcHMgYXJlIGFjY2VwdGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBsYW5Ecm9wcyhpbnB1dHM6IERyb3BJbnB1dFtdLCBzdGF0ZTogUGxhblN0YXRlKTogUGxhbm5lZFtdIHtcbiAgY29uc3QgaW5CYXRjaCA9IG5ldyBNYXA8c3RyaW5nLCBQbGFubmVkRHJvcD4oKVxuICBjb25zdCBiYWxhbmNlcyA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KClcbiAgY29uc3QgZWFybmVkID0gbmV3IE1hcChzdGF0ZS5lYXJuZWQpXG4gIHJldHVybiBpbnB1dHMubWFwKChpbnB1dCk6IFBsYW5uZWQgPT4ge1xuICAgIGNvbnN0IHJlamVjdCA9IChjb2RlOiBSZWplY3RDb2RlLCBtZXNzYWdlOiBzdHJpbmcpOiBQbGFubmVkID0+ICh7IHN0YXR1czogJ3JlamVjdGVkJywgY29kZSwgbWVzc2FnZSB9KVxuICAgIGlmICghaW5wdXQuaWRlbXBvdGVuY3lLZXkpIHJldHVybiByZWplY3QoJ01JU1NJTkdfS0VZJywgJ1x1N0YzQVx1NUMxMVx1NUU0Mlx1N0I0OVx1OTUyRVx1MzAwMkFuIGlkZW1wb3RlbmN5IGtleSBpcyByZXF1aXJlZC4nKVxuICAgIGNvbnN0IGNhcmQgPSBmaW5kQ2FyZChzdGF0ZSwgaW5wdXQpXG4gICAgY29uc3QgZWFybGllciA9IHN0YXRlLmV4aXN0aW5nLmdldChpbnB1dC5pZGVtcG90ZW5jeUtleSkgPz8gaW5CYXRjaC5nZXQoaW5wdXQuaWRlbXBvdGVuY3lLZXkpXG4gICAgaWYgKGVhcmxpZXIpIHtcbiAgICAgIHJldHVybiBzYW1lQ29udGVudChlYXJsaWVyLCBjYXJkLCBpbnB1dClcbiAgICAgICAgPyB7IHN0YXR1czogJ2R1cGxpY2F0ZScsIG9mOiBlYXJsaWVyIH1cbiAgICAgICAgOiByZWplY3QoJ0lERU1QT1RFTkNZX0NPTkZMSUNUJywgJ1x1NTQwQ1x1NEUwMFx1NUU0Mlx1N0I0OVx1OTUyRVx1NzY4NFx1NTE4NVx1NUJCOVx1NEUwRFx1NTQwQ1x1MzAwMlRoaXMga2V5IHdhcyB1c2VkIGZvciBhIGRpZmZlcmVudCBkcm9wLicpXG4gICAgfVxuICAgIGNvbnN0IGNoZWNrZWQgPSBjaGVja0Ryb3AoaW5wdXQpXG4gICAgaWYgKCFjaGVja2VkLm9rKSByZXR1cm4gcmVqZWN0KGNoZWNrZWQuY29kZSwgY2hlY2tlZC5tZXNzYWdlKVxuICAgIGNvbnN0IGF0ID0gbmV3IERhdGUoaW5wdXQub2NjdXJyZWRBdClcbiAgICBpZiAoIWlucHV0Lm9jY3VycmVkQXQgfHwgTnVtYmVyLmlzTmFOKGF0LmdldFRpbWUoKSkpIHJldHVybiByZWplY3QoJ0lOVkFMSURfVElNRScsICdcdTYyOTVcdTY1M0VcdTY1RjZcdTk1RjRcdTY1RTBcdTY1NDhcdTMwMDJJbnZhbGlkIHRpbWUuJylcbiAgICBpZiAoYXQuZ2V0VGltZSgpID4gc3RhdGUubm93LmdldFRpbWUoKSArIEZVVFVSRV9UT0xFUkFOQ0VfTVMpIHtcbiAgICAgIHJldHVybiByZWplY3QoJ0ZVVFVSRV9USU1FJywgJ1x1NjI5NVx1NjUzRVx1NjVGNlx1OTVGNFx1NTcyOFx1NjcyQVx1Njc2NVx1MzAwMlRoZSBkcm9wIGlzIGRhdGVkIGluIHRoZSBmdXR1cmUuJylcbiAgICB9XG4gICAgaWYgKCFjYXJkKSByZXR1cm4gcmVqZWN0KCdVTktOT1dOX0NBUkQnLCBgXHU2NzJBXHU3N0U1XHU3Njg0XHU2NjdBXHU4MEZEXHU1MzYxICR7aW5wdXQuY2FyZE51bWJlciA/PyBpbnB1dC5jYXJkfVx1MzAwMlVua25vd24gY2FyZC5gKVxuICAgIGlmIChjYXJkLnN0YXR1cyAhPT0gJ2FjdGl2ZScpIHtcbiAgICAgIHJldHVybiByZWplY3QoXG4gICAgICAgICdDQVJEX05PVF9BQ1RJVkUnLFxuICAgICAgICBgXHU2NjdBXHU4MEZEXHU1MzYxICR7Y2FyZC5jYXJkTnVtYmVyfSBcdTVERjIke2NhcmQuc3RhdHVzID09PSAnbG9zdCcgPyAnXHU2MzAyXHU1OTMxJyA6ICdcdTZDRThcdTk1MDAnfVx1MzAwMlRoZSBjYXJkIGlzICR7Y2FyZC5zdGF0dXN9LmAsXG4gICAgICApXG4gICAgfVxuICAgIGNvbnN0IGxhdGUgPSBsYXRlbmVzcyhpbnB1dCwgY2FyZCwgYXQsIHN0YXRlKVxuICAgIGlmIChsYXRlKSByZXR1cm4gcmVqZWN0KGxhdGUuY29kZSwgbGF0ZS5tZXNzYWdlKVxuICAgIGlmIChpbnB1dC5kZXZpY2UpIHtcbiAgICAgIGlmICghaW5wdXQuZGV2aWNlLmNhdGVnb3JpZXMuaW5jbHVkZXMoaW5wdXQuY2F0ZWdvcnkpKSB7XG4gICAgICAgIHJldHVybiByZWplY3QoJ0NBVEVHT1JZX05PVF9JTl9CSU4nLCBgXHU2QjY0XHU4QkJFXHU1OTA3XHU0RTBEXHU2NTM2XHUzMDBDJHtpbnB1dC5jYXRlZ29yeX1cdTMwMERcdTMwMDJUaGlzIGJpbiBkb2VzIG5vdCB0YWtlIHRoaXMgY2F0ZWdvcnkuYClcbiAgICAgIH1cbiAgICAgIGlmICghYXVkaWVuY2VBZG1pdHMoaW5wdXQuZGV2aWNlLmF1ZGllbmNlLCBjYXJkLmhvbGRlcktpbmQpKSB7XG4gICAgICAgIHJldHVybiByZWplY3QoJ1dST05HX0FVRElFTkNFJywgJ1x1NkI2NFx1OEJCRVx1NTkwN1x1NEUwRFx1NjcwRFx1NTJBMVx1OEJFNVx1N0M3Qlx1NjMwMVx1NTM2MVx1NEVCQVx1MzAwMlRoaXMgYmluIGRvZXMgbm90IHNlcnZlIHRoaXMgY2FyZCBob2xkZXIuJylcbiAgICAgIH1cbiAgICB9XG4gICAgY29uc3QgcnVsZXMgPSBydWxlc0F0KHN0YXRlLnJ1bGVzLCBhdClcbiAgICBjb25zdCBkYXkgPSBzaGFuZ2hhaURheShhdClcbiAgICBjb25zdCBrZXkgPSB0YWxseUtleShjYXJkLmlkLCBkYXkpXG4gICAgY29uc3QgYXdhcmQgPSBhd2FyZEZvckRyb3AocnVsZXMsIGlucHV0LCBlYXJuZWQuZ2V0KGtleSkgPz8gMClcbiAgICBpZiAoIWF3YXJkLm9rKSByZXR1cm4gcmVqZWN0KGF3YXJkLmNvZGUsIGF3YXJkLm1lc3NhZ2UpXG4gICAgZWFybmVkLnNldChrZXksIChlYXJuZWQuZ2V0KGtleSkgPz8gMCkgKyBhd2FyZC5wb2ludHMpXG4gICAgY29uc3QgYmFsYW5jZUFmdGVyID0gKGJhbGFuY2VzLmdldChTdHJpbmcoY2FyZC5pZCkpID8/IGNhcmQuYmFsYW5jZSkgKyBhd2FyZC5wb2ludHNcbiAgICBiYWxhbmNlcy5zZXQoU3RyaW5nKGNhcmQuaWQpLCBiYWxhbmNlQWZ0ZXIpXG4gICAgY29uc3QgZHJvcDogUGxhbm5lZERyb3AgPSB7XG4gICAgICBjYXJkOiBjYXJkLmlkLFxuICAgICAgc2l0ZTogaW5wdXQuc2l0ZSA/PyBjYXJkLnNpdGUsXG4gICAgICBjYXRlZ29yeTogaW5wdXQuY2F0ZWdvcnksXG4gICAgICBncmFtczogaW5wdXQuZ3JhbXMsXG4gICAgICBvY2N1cnJlZEF0OiBhdC50b0lTT1N0cmluZygpLFxuICAgICAgc291cmNlOiBpbnB1dC5zb3VyY2UsXG4gICAgICBzb3VyY2VSZWY6IGlucHV0LnNvdXJjZVJlZixcbiAgICAgIGlkZW1wb3RlbmN5S2V5OiBpbnB1dC5pZGVtcG90ZW5jeUtleSxcbiAgICAgIG5vdGU6IGlucHV0Lm5vdGUsXG4gICAgICByZWNvcmRlZEJ5OiBpbnB1dC5yZWNvcmRlZEJ5LFxuICAgICAgcG9pbnRzOiBhd2FyZC5wb2ludHMsXG4gICAgICBiYWxhbmNlQWZ0ZXIsXG4gICAgICBvdXRjb21lOiBhd2FyZC5iZWxvd01pbmltdW0gPyAnYmVsb3ctbWluaW11bScgOiBhd2FyZC5jYXBwZWQgPyAnY2FwcGVkJyA6ICdjb3VudGVkJyxcbiAgICAgIHJ1bGVzUmV2aXNpb246IHJ1bGVzLnJldmlzaW9uLFxuICAgICAgZGF5LFxuICAgIH1cbiAgICBpbkJhdGNoLnNldChpbnB1dC5pZGVtcG90ZW5jeUtleSwgZHJvcClcbiAgICByZXR1cm4geyBzdGF0dXM6ICdhY2NlcHRlZCcsIGRyb3AgfVxuICB9KVxufVxuIiwgIi8qKlxuICogV3JpdGluZyBwbGFubmVkIGRyb3BzLiBUaGUgaG90IHBhdGggb2YgdGhlIGRldmljZSBicmlkZ2UsIHNvIGl0IHdyaXRlcyBhdCB0aGUgYWRhcHRlciBsZXZlbFxuICogaW5zaWRlIHRoZSBjYWxsZXIncyB0cmFuc2FjdGlvbiwgd2l0aCBubyBwZXItcm93IExvY2FsIEFQSSBjYWxsOiB0aGUgcGxhbiAoZG9tYWluL2Ryb3BQbGFuKVxuICogaGFzIGFscmVhZHkgYXBwbGllZCBldmVyeSBydWxlLiBUd28gaW1wbGVtZW50YXRpb25zIG9mIHRoZSBzYW1lIGZvdXIgd3JpdGVzIFx1MjAxNFxuICogICBkcm9wLW9mZiByb3dzIFx1MDBCNyBsZWRnZXIgZW50cmllcyBcdTAwQjcgY2FyZC1kYXkgdGFsbGllcyBcdTAwQjcgY2FyZCBiYWxhbmNlcyBcdTIwMTRcbiAqIGBzcWxpdGVgOiBtdWx0aS1yb3cgaW5zZXJ0cyBhbmQgdXBzZXJ0cyB0aHJvdWdoIGRyaXp6bGUgKFNRTGl0ZSwgdGhlIHZlcmlmaWVkIGRlZmF1bHQpO1xuICogYGdlbmVyaWNgOiBQYXlsb2FkJ3MgYWRhcHRlciBtZXRob2RzIChwYXlsb2FkLmRiLmNyZWF0ZSAvIHVwZGF0ZU9uZSB3aXRoICRpbmMpLCBmb3IgYW55XG4gKiBhZGFwdGVyLCBNb25nb0RCIGluY2x1ZGVkLiBCb3RoIGFyZSBleGVyY2lzZWQgYnkgdGhlIHRlc3RzIG9uIFNRTGl0ZS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBQYXlsb2FkUmVxdWVzdCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB0eXBlIHsgUGxhbm5lZERyb3AgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL2Ryb3BQbGFuJ1xuaW1wb3J0IHsgdGFsbHlLZXkgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL2Ryb3BQbGFuJ1xuXG5leHBvcnQgdHlwZSBTdG9yZWREcm9wID0gUGxhbm5lZERyb3AgJiB7IGlkOiBudW1iZXIgfCBzdHJpbmcgfVxuZXhwb3J0IHR5cGUgV3JpdGVyS2luZCA9ICdzcWxpdGUnIHwgJ2dlbmVyaWMnXG5cbi8qKiBXaGF0IHRoZSB0YWxsaWVzIGxvb2sgbGlrZSBiZWZvcmUgdGhlIGJhdGNoOiBpZHMgb2YgZXhpc3RpbmcgY2FyZC1kYXkgcm93cy4gKi9cbmV4cG9ydCB0eXBlIFRhbGx5SWRzID0gTWFwPHN0cmluZywgbnVtYmVyIHwgc3RyaW5nPlxuXG5jb25zdCBDSFVOSyA9IDIwMFxuXG5mdW5jdGlvbiBlbnRyeUZvcihkcm9wOiBTdG9yZWREcm9wLCBub3c6IHN0cmluZykge1xuICByZXR1cm4ge1xuICAgIGNhcmQ6IGRyb3AuY2FyZCxcbiAgICBkZWx0YTogZHJvcC5wb2ludHMsXG4gICAgcmVhc29uOiAnZHJvcC1vZmYnIGFzIGNvbnN0LFxuICAgIGNhdXNlOiBgZHJvcC1vZmZzOiR7ZHJvcC5pZH1gLFxuICAgIGlkZW1wb3RlbmN5S2V5OiBgZHJvcDoke2Ryb3AuaWRlbXBvdGVuY3lLZXl9YCxcbiAgICBiYWxhbmNlQWZ0ZXI6IGRyb3AuYmFsYW5jZUFmdGVyLFxuICAgIHJ1bGVzUmV2aXNpb246IGRyb3AucnVsZXNSZXZpc2lvbixcbiAgICBjcmVhdGVkQXQ6IG5vdyxcbiAgICB1cGRhdGVkQXQ6IG5vdyxcbiAgfVxufVxuXG5mdW5jdGlvbiBkcm9wUm93KGQ6IFBsYW5uZWREcm9wLCBub3c6IHN0cmluZykge1xuICByZXR1cm4ge1xuICAgIGNhcmQ6IGQuY2FyZCxcbiAgICBjYXRlZ29yeTogZC5jYXRlZ29yeSxcbiAgICBncmFtczogZC5ncmFtcyxcbiAgICBvY2N1cnJlZEF0OiBkLm9jY3VycmVkQXQsXG4gICAgc291cmNlOiBkLnNvdXJjZSxcbiAgICBzb3VyY2VSZWY6IGQuc291cmNlUmVmID8/IG51bGwsXG4gICAgc2l0ZTogZC5zaXRlLFxuICAgIHBvaW50czogZC5wb2ludHMsXG4gICAgYmFsYW5jZUFmdGVyOiBkLmJhbGFuY2VBZnRlcixcbiAgICBvdXRjb21lOiBkLm91dGNvbWUsXG4gICAgcnVsZXNSZXZpc2lvbjogZC5ydWxlc1JldmlzaW9uLFxuICAgIGlkZW1wb3RlbmN5S2V5OiBkLmlkZW1wb3RlbmN5S2V5LFxuICAgIG5vdGU6IGQubm90ZSA/PyBudWxsLFxuICAgIHJlY29yZGVkQnk6IGQucmVjb3JkZWRCeSA/PyBudWxsLFxuICAgIGNyZWF0ZWRBdDogbm93LFxuICAgIHVwZGF0ZWRBdDogbm93LFxuICB9XG59XG5cbmZ1bmN0aW9uIHN1bW1hcmlzZShkcm9wczogUGxhbm5lZERyb3BbXSkge1xuICBjb25zdCB0YWxsaWVzID0gbmV3IE1hcDxcbiAgICBzdHJpbmcsXG4gICAgeyBjYXJkOiBudW1iZXIgfCBzdHJpbmc7IGRheTogc3RyaW5nOyBkcm9wczogbnVtYmVyOyBncmFtczogbnVtYmVyOyBwb2ludHM6IG51bWJlciB9XG4gID4oKVxuICBjb25zdCBiYWxhbmNlcyA9IG5ldyBNYXA8c3RyaW5nLCB7IGNhcmQ6IG51bWJlciB8IHN0cmluZzsgZGVsdGE6IG51bWJlciB9PigpXG4gIGZvciAoY29uc3QgZCBvZiBkcm9wcykge1xuICAgIGNvbnN0IGtleSA9IHRhbGx5S2V5KGQuY2FyZCwgZC5kYXkpXG4gICAgY29uc3QgdCA9IHRhbGxpZXMuZ2V0KGtleSkgPz8geyBjYXJkOiBkLmNhcmQsIGRheTogZC5kYXksIGRyb3BzOiAwLCBncmFtczogMCwgcG9pbnRzOiAwIH1cbiAgICB0LmRyb3BzKytcbiAgICB0LmdyYW1zICs9IGQuZ3JhbXNcbiAgICB0LnBvaW50cyArPSBkLnBvaW50c1xuICAgIHRhbGxpZXMuc2V0KGtleSwgdClcbiAgICBjb25zdCBiID0gYmFsYW5jZXMuZ2V0KFN0cmluZyhkLmNhcmQpKSA/PyB7IGNhcmQ6IGQuY2FyZCwgZGVsdGE6IDAgfVxuICAgIGIuZGVsdGEgKz0gZC5wb2ludHNcbiAgICBiYWxhbmNlcy5zZXQoU3RyaW5nKGQuY2FyZCksIGIpXG4gIH1cbiAgcmV0dXJuIHsgdGFsbGllczogWy4uLnRhbGxpZXMudmFsdWVzKCldLCBiYWxhbmNlczogWy4uLmJhbGFuY2VzLnZhbHVlcygpXS5maWx0ZXIoKGIpID0+IGIuZGVsdGEgIT09IDApIH1cbn1cblxuLy8gXHUyMDE0XHUyMDE0XHUyMDE0XHUyMDE0XHUyMDE0IFNRTGl0ZTogbXVsdGktcm93IHN0YXRlbWVudHMgdGhyb3VnaCBkcml6emxlLCBpbiB0aGUgUGF5bG9hZCB0cmFuc2FjdGlvbiBcdTIwMTRcdTIwMTRcdTIwMTRcdTIwMTRcdTIwMTRcblxudHlwZSBEcml6emxlTGlrZSA9IHtcbiAgaW5zZXJ0OiAodGFibGU6IHVua25vd24pID0+IHtcbiAgICB2YWx1ZXM6IChyb3dzOiB1bmtub3duW10pID0+IHtcbiAgICAgIHJldHVybmluZzogKGNvbHM6IFJlY29yZDxzdHJpbmcsIHVua25vd24+KSA9PiBQcm9taXNlPEFycmF5PHsgaWQ6IG51bWJlcjsga2V5OiBzdHJpbmcgfT4+XG4gICAgICBvbkNvbmZsaWN0RG9VcGRhdGU6IChjZmc6IHVua25vd24pID0+IFByb21pc2U8dW5rbm93bj5cbiAgICAgIHRoZW46IFByb21pc2U8dW5rbm93bj5bJ3RoZW4nXVxuICAgIH1cbiAgfVxuICB1cGRhdGU6ICh0YWJsZTogdW5rbm93bikgPT4geyBzZXQ6ICh2OiB1bmtub3duKSA9PiB7IHdoZXJlOiAodzogdW5rbm93bikgPT4gUHJvbWlzZTx1bmtub3duPiB9IH1cbn1cbnR5cGUgVGFibGVzID0gUmVjb3JkPHN0cmluZywgUmVjb3JkPHN0cmluZywgdW5rbm93bj4+XG5cbmFzeW5jIGZ1bmN0aW9uIHNxbGl0ZVR4KHJlcTogUGF5bG9hZFJlcXVlc3QpOiBQcm9taXNlPHsgdHg6IERyaXp6bGVMaWtlOyB0OiBUYWJsZXMgfT4ge1xuICAvLyBQYXlsb2FkJ3MgU1FMaXRlIGFkYXB0ZXIga2VlcHMgdGhlIG9wZW4gdHJhbnNhY3Rpb24ncyBkcml6emxlIGhhbmRsZSBpbiBgc2Vzc2lvbnNgLlxuICBjb25zdCBhZGFwdGVyID0gcmVxLnBheWxvYWQuZGIgYXMgdW5rbm93biBhcyB7IHNlc3Npb25zOiBSZWNvcmQ8c3RyaW5nLCB7IGRiOiBEcml6emxlTGlrZSB9PjsgdGFibGVzOiBUYWJsZXMgfVxuICBjb25zdCBpZCA9IHJlcS50cmFuc2FjdGlvbklEIGluc3RhbmNlb2YgUHJvbWlzZSA/IGF3YWl0IHJlcS50cmFuc2FjdGlvbklEIDogcmVxLnRyYW5zYWN0aW9uSURcbiAgY29uc3Qgc2Vzc2lvbiA9IGlkID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBhZGFwdGVyLnNlc3Npb25zW1N0cmluZyhpZCldXG4gIGlmICghc2Vzc2lvbikgdGhyb3cgbmV3IEVycm9yKCdCdWxrIGRyb3Agd3JpdGVzIG11c3QgcnVuIGluc2lkZSBhIHRyYW5zYWN0aW9uIChwYXNzIGEgcmVxIHRoYXQgaGFzIG9uZSkuJylcbiAgcmV0dXJuIHsgdHg6IHNlc3Npb24uZGIsIHQ6IGFkYXB0ZXIudGFibGVzIH1cbn1cblxuYXN5bmMgZnVuY3Rpb24gaW5zZXJ0RHJvcHNTcWxpdGUocmVxOiBQYXlsb2FkUmVxdWVzdCwgZHJvcHM6IFBsYW5uZWREcm9wW10sIG5vdzogc3RyaW5nKTogUHJvbWlzZTxTdG9yZWREcm9wW10+IHtcbiAgY29uc3QgeyB0eCwgdCB9ID0gYXdhaXQgc3FsaXRlVHgocmVxKVxuICBjb25zdCB0YWJsZSA9IHQuZHJvcF9vZmZzIVxuICBjb25zdCBpZHMgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZHJvcHMubGVuZ3RoOyBpICs9IENIVU5LKSB7XG4gICAgY29uc3Qgcm93cyA9IGRyb3BzLnNsaWNlKGksIGkgKyBDSFVOSykubWFwKChkKSA9PiBkcm9wUm93KGQsIG5vdykpXG4gICAgY29uc3QgaW5zZXJ0ZWQgPSBhd2FpdCB0eC5pbnNlcnQodGFibGUpLnZhbHVlcyhyb3dzKS5yZXR1cm5pbmcoeyBpZDogdGFibGUuaWQsIGtleTogdGFibGUuaWRlbXBvdGVuY3lLZXkgfSlcbiAgICBmb3IgKGNvbnN0IHIgb2YgaW5zZXJ0ZWQpIGlkcy5zZXQoci5rZXksIHIuaWQpXG4gIH1cbiAgcmV0dXJuIGRyb3BzLm1hcCgoZCkgPT4gKHsgLi4uZCwgaWQ6IGlkcy5nZXQoZC5pZGVtcG90ZW5jeUtleSkhIH0pKVxufVxuXG5hc3luYyBmdW5jdGlvbiBhcHBseUVmZmVjdHNTcWxpdGUocmVxOiBQYXlsb2FkUmVxdWVzdCwgZHJvcHM6IFN0b3JlZERyb3BbXSwgbm93OiBzdHJpbmcpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgeyBzcWwsIGluQXJyYXkgfSA9IGF3YWl0IGltcG9ydCgnQHBheWxvYWRjbXMvZGItc3FsaXRlL2RyaXp6bGUnKVxuICBjb25zdCB7IHR4LCB0IH0gPSBhd2FpdCBzcWxpdGVUeChyZXEpXG4gIGNvbnN0IGVudHJpZXMgPSBkcm9wcy5maWx0ZXIoKGQpID0+IGQucG9pbnRzICE9PSAwKS5tYXAoKGQpID0+IGVudHJ5Rm9yKGQsIG5vdykpXG4gIGZvciAobGV0IGkgPSAwOyBpIDwgZW50cmllcy5sZW5ndGg7IGkgKz0gQ0hVTkspIHtcbiAgICBhd2FpdCB0eC5pbnNlcnQodC5wb2ludF9lbnRyaWVzISkudmFsdWVzKGVudHJpZXMuc2xpY2UoaSwgaSArIENIVU5LKSlcbiAgfVxuICBjb25zdCB7IHRhbGxpZXMsIGJhbGFuY2VzIH0gPSBzdW1tYXJpc2UoZHJvcHMpXG4gIGNvbnN0IGRheXMgPSB0LmNhcmRfZGF5cyEgYXMgUmVjb3JkPHN0cmluZywgbmV2ZXI+XG4gIGZvciAobGV0IGkgPSAwOyBpIDwgdGFsbGllcy5sZW5ndGg7IGkgKz0gQ0hVTkspIHtcbiAgICBhd2FpdCB0eFxuICAgICAgLmluc2VydChkYXlzKVxuICAgICAgLnZhbHVlcyh0YWxsaWVzLnNsaWNlKGksIGkgKyBDSFVOSykubWFwKCh4KSA9PiAoeyAuLi54LCBjcmVhdGVkQXQ6IG5vdywgdXBkYXRlZEF0OiBub3cgfSkpKVxuICAgICAgLm9uQ29uZmxpY3REb1VwZGF0ZSh7XG4gICAgICAgIHRhcmdldDogW2RheXMuY2FyZCwgZGF5cy5kYXldLFxuICAgICAgICBzZXQ6IHtcbiAgICAgICAgICBkcm9wczogc3FsYCR7ZGF5cy5kcm9wc30gKyBleGNsdWRlZC5kcm9wc2AsXG4gICAgICAgICAgZ3JhbXM6IHNxbGAke2RheXMuZ3JhbXN9ICsgZXhjbHVkZWQuZ3JhbXNgLFxuICAgICAgICAgIHBvaW50czogc3FsYCR7ZGF5cy5wb2ludHN9ICsgZXhjbHVkZWQucG9pbnRzYCxcbiAgICAgICAgICB1cGRhdGVkQXQ6IG5vdyxcbiAgICAgICAgfSxcbiAgICAgIH0pXG4gIH1cbiAgLy8gRXZlcnkgY2FyZCdzIGJhbGFuY2UgaW4gb25lIHN0YXRlbWVudDogYmFsYW5jZSArIENBU0UgaWQgV0hFTiBcdTIwMjYgVEhFTiBkZWx0YSBcdTIwMjYgRU5ELlxuICBjb25zdCBjYXJkcyA9IHQuY2FyZHMhIGFzIFJlY29yZDxzdHJpbmcsIG5ldmVyPlxuICBmb3IgKGxldCBpID0gMDsgaSA8IGJhbGFuY2VzLmxlbmd0aDsgaSArPSBDSFVOSykge1xuICAgIGNvbnN0IHBhcnQgPSBiYWxhbmNlcy5zbGljZShpLCBpICsgQ0hVTkspXG4gICAgY29uc3QgY2FzZXMgPSBzcWwuam9pbihcbiAgICAgIHBhcnQubWFwKChiKSA9PiBzcWxgd2hlbiAke2IuY2FyZH0gdGhlbiAke2IuZGVsdGF9YCksXG4gICAgICBzcWxgIGAsXG4gICAgKVxuICAgIGF3YWl0IHR4XG4gICAgICAudXBkYXRlKGNhcmRzKVxuICAgICAgLnNldCh7IGJhbGFuY2U6IHNxbGBjb2FsZXNjZSgke2NhcmRzLmJhbGFuY2V9LCAwKSArIChjYXNlICR7Y2FyZHMuaWR9ICR7Y2FzZXN9IGVsc2UgMCBlbmQpYCwgdXBkYXRlZEF0OiBub3cgfSlcbiAgICAgIC53aGVyZShpbkFycmF5KGNhcmRzLmlkLCBwYXJ0Lm1hcCgoYikgPT4gYi5jYXJkKSBhcyBuZXZlcltdKSlcbiAgfVxufVxuXG4vLyBcdTIwMTRcdTIwMTRcdTIwMTRcdTIwMTRcdTIwMTQgR2VuZXJpYzogUGF5bG9hZCdzIGFkYXB0ZXIgbWV0aG9kcywgb25lIHJvdyBhdCBhIHRpbWUgXHUyMDE0XHUyMDE0XHUyMDE0XHUyMDE0XHUyMDE0XG5cbmFzeW5jIGZ1bmN0aW9uIGluc2VydERyb3BzR2VuZXJpYyhyZXE6IFBheWxvYWRSZXF1ZXN0LCBkcm9wczogUGxhbm5lZERyb3BbXSwgbm93OiBzdHJpbmcpOiBQcm9taXNlPFN0b3JlZERyb3BbXT4ge1xuICBjb25zdCBvdXQ6IFN0b3JlZERyb3BbXSA9IFtdXG4gIGZvciAoY29uc3QgZCBvZiBkcm9wcykge1xuICAgIGNvbnN0IGRvYyA9IGF3YWl0IHJlcS5wYXlsb2FkLmRiLmNyZWF0ZSh7IGNvbGxlY3Rpb246ICdkcm9wLW9mZnMnLCBkYXRhOiBkcm9wUm93KGQsIG5vdyksIHJlcSB9KVxuICAgIG91dC5wdXNoKHsgLi4uZCwgaWQ6IGRvYy5pZCBhcyBudW1iZXIgfCBzdHJpbmcgfSlcbiAgfVxuICByZXR1cm4gb3V0XG59XG5cbmFzeW5jIGZ1bmN0aW9uIGFwcGx5RWZmZWN0c0dlbmVyaWMoXG4gIHJlcTogUGF5bG9hZFJlcXVlc3QsXG4gIGRyb3BzOiBTdG9yZWREcm9wW10sXG4gIG5vdzogc3RyaW5nLFxuICB0YWxseUlkczogVGFsbHlJZHMsXG4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgZGIgPSByZXEucGF5bG9hZC5kYlxuICBmb3IgKGNvbnN0IGQgb2YgZHJvcHMpIHtcbiAgICBpZiAoZC5wb2ludHMgIT09IDApIGF3YWl0IGRiLmNyZWF0ZSh7IGNvbGxlY3Rpb246ICdwb2ludC1lbnRyaWVzJywgZGF0YTogZW50cnlGb3IoZCwgbm93KSwgcmVxIH0pXG4gIH1cbiAgY29uc3QgeyB0YWxsaWVzLCBiYWxhbmNlcyB9ID0gc3VtbWFyaXNlKGRyb3BzKVxuICBmb3IgKGNvbnN0IHggb2YgdGFsbGllcykge1xuICAgIGNvbnN0IGlkID0gdGFsbHlJZHMuZ2V0KHRhbGx5S2V5KHguY2FyZCwgeC5kYXkpKVxuICAgIGlmIChpZCAhPT0gdW5kZWZpbmVkKSB7XG4gICAgICBhd2FpdCBkYi51cGRhdGVPbmUoe1xuICAgICAgICBjb2xsZWN0aW9uOiAnY2FyZC1kYXlzJyxcbiAgICAgICAgaWQsXG4gICAgICAgIGRhdGE6IHsgZHJvcHM6IHsgJGluYzogeC5kcm9wcyB9LCBncmFtczogeyAkaW5jOiB4LmdyYW1zIH0sIHBvaW50czogeyAkaW5jOiB4LnBvaW50cyB9LCB1cGRhdGVkQXQ6IG5vdyB9LFxuICAgICAgICByZXEsXG4gICAgICAgIHJldHVybmluZzogZmFsc2UsXG4gICAgICB9KVxuICAgIH0gZWxzZSB7XG4gICAgICBhd2FpdCBkYi5jcmVhdGUoeyBjb2xsZWN0aW9uOiAnY2FyZC1kYXlzJywgZGF0YTogeyAuLi54LCBjcmVhdGVkQXQ6IG5vdywgdXBkYXRlZEF0OiBub3cgfSwgcmVxIH0pXG4gICAgfVxuICB9XG4gIGZvciAoY29uc3QgYiBvZiBiYWxhbmNlcykge1xuICAgIGF3YWl0IGRiLnVwZGF0ZU9uZSh7IGNvbGxlY3Rpb246ICdjYXJkcycsIGlkOiBiLmNhcmQsIGRhdGE6IHsgYmFsYW5jZTogeyAkaW5jOiBiLmRlbHRhIH0gfSwgcmVxLCByZXR1cm5pbmc6IGZhbHNlIH0pXG4gIH1cbn1cblxuLyoqIEFwcGVuZHMgcm93cyB0byBhIGNvbGxlY3Rpb24gaW5zaWRlIHRoZSBjYWxsZXIncyB0cmFuc2FjdGlvbjogbXVsdGktcm93IG9uIFNRTGl0ZSwgZWxzZSBvbmUgYnkgb25lLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGluc2VydFJvd3MoXG4gIHJlcTogUGF5bG9hZFJlcXVlc3QsXG4gIGNvbGxlY3Rpb246ICdkZXZpY2UtZXZlbnRzJyB8ICdkZXZpY2UtcmVjZWlwdHMnLFxuICByb3dzOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPltdLFxuICBraW5kOiBXcml0ZXJLaW5kLFxuKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IG5vdyA9IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKVxuICBjb25zdCBmdWxsID0gcm93cy5tYXAoKHIpID0+ICh7IGNyZWF0ZWRBdDogbm93LCB1cGRhdGVkQXQ6IG5vdywgLi4uciB9KSlcbiAgaWYgKGtpbmQgPT09ICdzcWxpdGUnKSB7XG4gICAgY29uc3QgeyB0eCwgdCB9ID0gYXdhaXQgc3FsaXRlVHgocmVxKVxuICAgIGNvbnN0IHRhYmxlID0gdFtjb2xsZWN0aW9uLnJlcGxhY2UoLy0vZywgJ18nKV0hXG4gICAgZm9yIChsZXQgaSA9IDA7IGkgPCBmdWxsLmxlbmd0aDsgaSArPSBDSFVOSykgYXdhaXQgdHguaW5zZXJ0KHRhYmxlKS52YWx1ZXMoZnVsbC5zbGljZShpLCBpICsgQ0hVTkspKVxuICAgIHJldHVyblxuICB9XG4gIGZvciAoY29uc3QgZGF0YSBvZiBmdWxsKSBhd2FpdCByZXEucGF5bG9hZC5kYi5jcmVhdGUoeyBjb2xsZWN0aW9uLCBkYXRhLCByZXEgfSlcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHdyaXRlckZvcihyZXE6IFBheWxvYWRSZXF1ZXN0LCBwcmVmZXJyZWQ/OiBXcml0ZXJLaW5kKTogV3JpdGVyS2luZCB7XG4gIHJldHVybiBwcmVmZXJyZWQgPz8gKHJlcS5wYXlsb2FkLmRiLm5hbWUgPT09ICdzcWxpdGUnID8gJ3NxbGl0ZScgOiAnZ2VuZXJpYycpXG59XG5cbi8qKiBJbnNlcnRzIHRoZSBkcm9wLW9mZiByb3dzIG9mIGFjY2VwdGVkIGRyb3BzOyByZXR1cm5zIHRoZW0gd2l0aCB0aGVpciBpZHMuICovXG5leHBvcnQgZnVuY3Rpb24gaW5zZXJ0RHJvcHMocmVxOiBQYXlsb2FkUmVxdWVzdCwgZHJvcHM6IFBsYW5uZWREcm9wW10sIGtpbmQ6IFdyaXRlcktpbmQpOiBQcm9taXNlPFN0b3JlZERyb3BbXT4ge1xuICBjb25zdCBub3cgPSBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKClcbiAgcmV0dXJuIGtpbmQgPT09ICdzcWxpdGUnID8gaW5zZXJ0RHJvcHNTcWxpdGUocmVxLCBkcm9wcywgbm93KSA6IGluc2VydERyb3BzR2VuZXJpYyhyZXEsIGRyb3BzLCBub3cpXG59XG5cbi8qKiBQb3N0cyB0aGUgbGVkZ2VyIGVudHJpZXMsIHRhbGxpZXMgdGhlIGRheXMgYW5kIG1vdmVzIHRoZSBiYWxhbmNlcyBvZiBzdG9yZWQgZHJvcHMuICovXG5leHBvcnQgZnVuY3Rpb24gYXBwbHlEcm9wRWZmZWN0cyhcbiAgcmVxOiBQYXlsb2FkUmVxdWVzdCxcbiAgZHJvcHM6IFN0b3JlZERyb3BbXSxcbiAga2luZDogV3JpdGVyS2luZCxcbiAgdGFsbHlJZHM6IFRhbGx5SWRzLFxuKTogUHJvbWlzZTx2b2lkPiB7XG4gIGNvbnN0IG5vdyA9IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKVxuICByZXR1cm4ga2luZCA9PT0gJ3NxbGl0ZScgPyBhcHBseUVmZmVjdHNTcWxpdGUocmVxLCBkcm9wcywgbm93KSA6IGFwcGx5RWZmZWN0c0dlbmVyaWMocmVxLCBkcm9wcywgbm93LCB0YWxseUlkcylcbn1cbiIsICIvKipcbiAqIFRoZSBwb2ludCBydWxlcyBpbiBmb3JjZSBhdCBhbnkgaW5zdGFudCwgcmVhZCBmcm9tIHRoZSB2ZXJzaW9uZWQgYHBvaW50LXJ1bGVzYCBnbG9iYWwuXG4gKiBFdmVyeSBzYXZlZCB2ZXJzaW9uIGlzIGtlcHQ7IGBydWxlc0F0YCAoZG9tYWluKSBwaWNrcyB0aGUgb25lIGVmZmVjdGl2ZSBhdCBhIGRyb3AncyB0aW1lLlxuICogVGhlIGhpc3RvcnkgaXMgY2FjaGVkIGJyaWVmbHk7IGEgc2F2ZSBpbiB0aGlzIHByb2Nlc3MgY2xlYXJzIHRoZSBjYWNoZSBhdCBvbmNlLlxuICovXG5pbXBvcnQgdHlwZSB7IFBheWxvYWQsIFBheWxvYWRSZXF1ZXN0IH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgREVGQVVMVF9SVUxFUywgcnVsZXNBdCwgdHlwZSBDYXRlZ29yeSwgdHlwZSBQb2ludFJ1bGVzIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9wb2ludHMnXG5cbmNvbnN0IENBQ0hFID0gU3ltYm9sLmZvcignZmVubGVpLnJ1bGVzSGlzdG9yeScpXG5jb25zdCBUVExfTVMgPSA1XzAwMFxudHlwZSBDYWNoZWQgPSB7IGF0OiBudW1iZXI7IGhpc3Rvcnk6IFBvaW50UnVsZXNbXSB9XG50eXBlIEdsb2JhbFdpdGhDYWNoZSA9IHR5cGVvZiBnbG9iYWxUaGlzICYgeyBbQ0FDSEVdPzogQ2FjaGVkIH1cblxuZXhwb3J0IGZ1bmN0aW9uIGZvcmdldFJ1bGVzKCk6IHZvaWQge1xuICBkZWxldGUgKGdsb2JhbFRoaXMgYXMgR2xvYmFsV2l0aENhY2hlKVtDQUNIRV1cbn1cblxudHlwZSBSdWxlc0RvYyA9IHtcbiAgcmV2aXNpb24/OiBudW1iZXIgfCBudWxsXG4gIGVmZmVjdGl2ZUZyb20/OiBzdHJpbmcgfCBudWxsXG4gIGNhdGVnb3JpZXM/OlxuICAgIHsgY2F0ZWdvcnk6IHN0cmluZzsgcG9pbnRzUGVyS2c/OiBudW1iZXIgfCBudWxsOyBwb2ludHNQZXJEcm9wPzogbnVtYmVyIHwgbnVsbDsgbWluR3JhbXM/OiBudW1iZXIgfCBudWxsIH1bXSB8IG51bGxcbiAgZGFpbHlDYXA/OiBudW1iZXIgfCBudWxsXG4gIG1pc1NvcnRQZW5hbHR5PzogbnVtYmVyIHwgbnVsbFxuICBwb2ludHNQZXJZdWFuPzogbnVtYmVyIHwgbnVsbFxuICBleHBpcnlEYXlzPzogbnVtYmVyIHwgbnVsbFxuICBmb2xsb3dVcFRocmVzaG9sZD86IG51bWJlciB8IG51bGxcbiAgbWFudWFsQmFja2RhdGVEYXlzPzogbnVtYmVyIHwgbnVsbFxuICBkZXZpY2VCYWNrbG9nRGF5cz86IG51bWJlciB8IG51bGxcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHRvUnVsZXMoZG9jOiBSdWxlc0RvYyk6IFBvaW50UnVsZXMge1xuICByZXR1cm4ge1xuICAgIHJldmlzaW9uOiBkb2MucmV2aXNpb24gPz8gMCxcbiAgICBlZmZlY3RpdmVGcm9tOiBkb2MuZWZmZWN0aXZlRnJvbSA/PyBERUZBVUxUX1JVTEVTLmVmZmVjdGl2ZUZyb20sXG4gICAgY2F0ZWdvcmllczogKGRvYy5jYXRlZ29yaWVzID8/IFtdKS5tYXAoKGMpID0+ICh7XG4gICAgICBjYXRlZ29yeTogYy5jYXRlZ29yeSBhcyBDYXRlZ29yeSxcbiAgICAgIHBvaW50c1BlcktnOiBjLnBvaW50c1BlcktnID8/IDAsXG4gICAgICBwb2ludHNQZXJEcm9wOiBjLnBvaW50c1BlckRyb3AgPz8gMCxcbiAgICAgIG1pbkdyYW1zOiBjLm1pbkdyYW1zID8/IDAsXG4gICAgfSkpLFxuICAgIGRhaWx5Q2FwOiBkb2MuZGFpbHlDYXAgPz8gREVGQVVMVF9SVUxFUy5kYWlseUNhcCxcbiAgICBtaXNTb3J0UGVuYWx0eTogZG9jLm1pc1NvcnRQZW5hbHR5ID8/IERFRkFVTFRfUlVMRVMubWlzU29ydFBlbmFsdHksXG4gICAgcG9pbnRzUGVyWXVhbjogZG9jLnBvaW50c1Blcll1YW4gfHwgREVGQVVMVF9SVUxFUy5wb2ludHNQZXJZdWFuLFxuICAgIGV4cGlyeURheXM6IGRvYy5leHBpcnlEYXlzID8/IDAsXG4gICAgZm9sbG93VXBUaHJlc2hvbGQ6IGRvYy5mb2xsb3dVcFRocmVzaG9sZCA/PyBERUZBVUxUX1JVTEVTLmZvbGxvd1VwVGhyZXNob2xkLFxuICAgIG1hbnVhbEJhY2tkYXRlRGF5czogZG9jLm1hbnVhbEJhY2tkYXRlRGF5cyA/PyBERUZBVUxUX1JVTEVTLm1hbnVhbEJhY2tkYXRlRGF5cyxcbiAgICBkZXZpY2VCYWNrbG9nRGF5czogZG9jLmRldmljZUJhY2tsb2dEYXlzID8/IERFRkFVTFRfUlVMRVMuZGV2aWNlQmFja2xvZ0RheXMsXG4gIH1cbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bGVzSGlzdG9yeShwYXlsb2FkOiBQYXlsb2FkLCByZXE/OiBQYXlsb2FkUmVxdWVzdCk6IFByb21pc2U8UG9pbnRSdWxlc1tdPiB7XG4gIGNvbnN0IGcgPSBnbG9iYWxUaGlzIGFzIEdsb2JhbFdpdGhDYWNoZVxuICBjb25zdCBjYWNoZWQgPSBnW0NBQ0hFXVxuICBpZiAoY2FjaGVkICYmIERhdGUubm93KCkgLSBjYWNoZWQuYXQgPCBUVExfTVMpIHJldHVybiBjYWNoZWQuaGlzdG9yeVxuICBjb25zdCB2ZXJzaW9ucyA9IGF3YWl0IHBheWxvYWQuZmluZEdsb2JhbFZlcnNpb25zKHtcbiAgICBzbHVnOiAncG9pbnQtcnVsZXMnLFxuICAgIGxpbWl0OiAwLFxuICAgIHBhZ2luYXRpb246IGZhbHNlLFxuICAgIGRlcHRoOiAwLFxuICAgIHJlcSxcbiAgfSlcbiAgY29uc3QgaGlzdG9yeSA9IHZlcnNpb25zLmRvY3MubWFwKCh2KSA9PiB0b1J1bGVzKHYudmVyc2lvbiBhcyBSdWxlc0RvYykpLmZpbHRlcigocikgPT4gci5yZXZpc2lvbiA+IDApXG4gIGdbQ0FDSEVdID0geyBhdDogRGF0ZS5ub3coKSwgaGlzdG9yeSB9XG4gIHJldHVybiBoaXN0b3J5XG59XG5cbi8qKiBUaGUgcnVsZXMgdGhhdCBhcHBseSB0byBzb21ldGhpbmcgdGhhdCBoYXBwZW5lZCBhdCBgYXRgLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJ1bGVzRm9yKHBheWxvYWQ6IFBheWxvYWQsIGF0OiBEYXRlIHwgc3RyaW5nLCByZXE/OiBQYXlsb2FkUmVxdWVzdCk6IFByb21pc2U8UG9pbnRSdWxlcz4ge1xuICByZXR1cm4gcnVsZXNBdChhd2FpdCBydWxlc0hpc3RvcnkocGF5bG9hZCwgcmVxKSwgYXQpXG59XG4iLCAiLyoqIFJ1bnMgd29yayBpbiBvbmUgZGF0YWJhc2UgdHJhbnNhY3Rpb24gb24gYSByZXF1ZXN0IG9mIGl0cyBvd24gKG9yIHRoZSBjYWxsZXIncykuICovXG5pbXBvcnQge1xuICBjb21taXRUcmFuc2FjdGlvbixcbiAgY3JlYXRlTG9jYWxSZXEsXG4gIGluaXRUcmFuc2FjdGlvbixcbiAga2lsbFRyYW5zYWN0aW9uLFxuICB0eXBlIFBheWxvYWQsXG4gIHR5cGUgUGF5bG9hZFJlcXVlc3QsXG59IGZyb20gJ3BheWxvYWQnXG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBpblRyYW5zYWN0aW9uPFQ+KFxuICBwYXlsb2FkOiBQYXlsb2FkLFxuICB3b3JrOiAocmVxOiBQYXlsb2FkUmVxdWVzdCkgPT4gUHJvbWlzZTxUPixcbiAgb3B0aW9uczogeyByZXE/OiBQYXlsb2FkUmVxdWVzdDsgdXNlcj86IFBheWxvYWRSZXF1ZXN0Wyd1c2VyJ10gfSA9IHt9LFxuKTogUHJvbWlzZTxUPiB7XG4gIGNvbnN0IHJlcSA9IG9wdGlvbnMucmVxID8/IChhd2FpdCBjcmVhdGVMb2NhbFJlcSh7IHVzZXI6IG9wdGlvbnMudXNlciA/PyB1bmRlZmluZWQgfSwgcGF5bG9hZCkpXG4gIGNvbnN0IHN0YXJ0ZWQgPSBhd2FpdCBpbml0VHJhbnNhY3Rpb24ocmVxKVxuICB0cnkge1xuICAgIGNvbnN0IHJlc3VsdCA9IGF3YWl0IHdvcmsocmVxKVxuICAgIGlmIChzdGFydGVkKSBhd2FpdCBjb21taXRUcmFuc2FjdGlvbihyZXEpXG4gICAgcmV0dXJuIHJlc3VsdFxuICB9IGNhdGNoIChlcnIpIHtcbiAgICBhd2FpdCBraWxsVHJhbnNhY3Rpb24ocmVxKVxuICAgIHRocm93IGVyclxuICB9XG59XG4iLCAiLyoqXG4gKiBSZWNvcmRpbmcgZHJvcC1vZmZzOiBsb2FkcyB3aGF0IHRoZSBwbGFuIG5lZWRzIGluIG9uZSBnbywgcGxhbnMgdGhlIGJhdGNoIHdpdGggdGhlIHB1cmVcbiAqIGBwbGFuRHJvcHNgIChkb21haW4vZHJvcFBsYW4pLCBhbmQgd3JpdGVzIGl0IGluIG9uZSB0cmFuc2FjdGlvbi4gVGhlIGRldmljZSBicmlkZ2UsIHBpY2t1cHMsXG4gKiB0aGUgc2VlZCBhbmQgdGhlIHN0YWZmIFJFU1QgZW5kcG9pbnQgYWxsIGNvbWUgdGhyb3VnaCBgcmVjb3JkRHJvcHNgOyBhIHNpbmdsZSBtYW51YWwgZHJvcFxuICogY3JlYXRlZCB0aHJvdWdoIHRoZSBhZG1pbiB0YWtlcyB0aGUgc2FtZSBwbGFuIGluIHRoZSBjb2xsZWN0aW9uJ3MgaG9vay5cbiAqL1xuaW1wb3J0IHR5cGUgeyBQYXlsb2FkLCBQYXlsb2FkUmVxdWVzdCwgV2hlcmUgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyByZWZJZCB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7XG4gIHBsYW5Ecm9wcyxcbiAgdGFsbHlLZXksXG4gIHR5cGUgQ2FyZFN0YXRlLFxuICB0eXBlIERyb3BJbnB1dCxcbiAgdHlwZSBFeGlzdGluZ0Ryb3AsXG4gIHR5cGUgUGxhblN0YXRlLFxuICB0eXBlIFBsYW5uZWQsXG4gIHR5cGUgUmVqZWN0Q29kZSxcbn0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9kcm9wUGxhbidcbmltcG9ydCB7IHNoYW5naGFpRGF5IH0gZnJvbSAnLi4vLi4vZG9tYWluL3NoYXJlZC90aW1lJ1xuaW1wb3J0IHsgYXBwbHlEcm9wRWZmZWN0cywgaW5zZXJ0RHJvcHMsIHdyaXRlckZvciwgdHlwZSBUYWxseUlkcywgdHlwZSBXcml0ZXJLaW5kIH0gZnJvbSAnLi9kcm9wV3JpdGVycydcbmltcG9ydCB7IHJ1bGVzSGlzdG9yeSB9IGZyb20gJy4vcnVsZXMnXG5pbXBvcnQgeyBpblRyYW5zYWN0aW9uIH0gZnJvbSAnLi4vdHJhbnNhY3Rpb24nXG5cbmV4cG9ydCB0eXBlIHsgRHJvcElucHV0IH0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9kcm9wUGxhbidcblxuZXhwb3J0IHR5cGUgRHJvcE91dGNvbWUgPVxuICB8IHsgc3RhdHVzOiAnYWNjZXB0ZWQnIHwgJ2R1cGxpY2F0ZSc7IGRyb3BJZDogbnVtYmVyIHwgc3RyaW5nOyBwb2ludHM6IG51bWJlcjsgYmFsYW5jZTogbnVtYmVyOyBvdXRjb21lOiBzdHJpbmcgfVxuICB8IHsgc3RhdHVzOiAncmVqZWN0ZWQnOyBjb2RlOiBSZWplY3RDb2RlOyBtZXNzYWdlOiBzdHJpbmcgfVxuXG5jb25zdCBpZE9mID0gKHY6IHVua25vd24pOiBudW1iZXIgfCBzdHJpbmcgPT4gcmVmSWQodiBhcyBQYXJhbWV0ZXJzPHR5cGVvZiByZWZJZD5bMF0pIVxuXG4vKiogUmVhZHMsIGluc2lkZSBgcmVxYCdzIHRyYW5zYWN0aW9uLCB0aGUgY2FyZHMsIGVhcmxpZXIgZHJvcHMgYW5kIGRheSB0YWxsaWVzIGEgYmF0Y2ggdG91Y2hlcy4gKi9cbnR5cGUgUm93ID0gUmVjb3JkPHN0cmluZywgdW5rbm93bj4gJiB7IGlkOiBudW1iZXIgfCBzdHJpbmcgfVxuXG4vKiogQWRhcHRlci1sZXZlbCByZWFkIGluc2lkZSB0aGUgdHJhbnNhY3Rpb246IG5vIGhvb2tzIG9yIGFjY2VzcyB0byBydW4gcGVyIHJvdyBvbiB0aGUgaG90IHBhdGguICovXG5hc3luYyBmdW5jdGlvbiByb3dzKFxuICByZXE6IFBheWxvYWRSZXF1ZXN0LFxuICBjb2xsZWN0aW9uOiAnZHJvcC1vZmZzJyB8ICdjYXJkcycgfCAnY2FyZC1kYXlzJyxcbiAgd2hlcmU6IFdoZXJlLFxuKTogUHJvbWlzZTxSb3dbXT4ge1xuICAvLyBqb2luczogZmFsc2UgXHUyMDE0IGEgY2FyZCdzIGpvaW4gZmllbGRzIChpdHMgbGVkZ2VyLCBpdHMgZHJvcHMpIGFyZSBmb3IgcGVvcGxlLCBub3QgZm9yIHRoaXMgcGF0aC5cbiAgY29uc3QgZm91bmQgPSBhd2FpdCByZXEucGF5bG9hZC5kYi5maW5kPFJvdz4oe1xuICAgIGNvbGxlY3Rpb24sXG4gICAgd2hlcmUsXG4gICAgbGltaXQ6IDAsXG4gICAgcGFnaW5hdGlvbjogZmFsc2UsXG4gICAgcmVxLFxuICAgIGpvaW5zOiBmYWxzZSBhcyBuZXZlcixcbiAgfSkgLy8gSm9pblF1ZXJ5J3MgdHlwZSBpcyBwZXIgY29sbGVjdGlvbjsgZmFsc2UgPSBubyBqb2luc1xuICByZXR1cm4gZm91bmQuZG9jc1xufVxuXG4vKiogUmVhZHMsIGluc2lkZSBgcmVxYCdzIHRyYW5zYWN0aW9uLCB0aGUgY2FyZHMsIGVhcmxpZXIgZHJvcHMgYW5kIGRheSB0YWxsaWVzIGEgYmF0Y2ggdG91Y2hlcy4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBsb2FkRHJvcFN0YXRlKFxuICByZXE6IFBheWxvYWRSZXF1ZXN0LFxuICBpbnB1dHM6IERyb3BJbnB1dFtdLFxuICBoaXN0b3J5ID0gZmFsc2UsXG4pOiBQcm9taXNlPFBsYW5TdGF0ZSAmIHsgdGFsbHlJZHM6IFRhbGx5SWRzIH0+IHtcbiAgY29uc3Qga2V5cyA9IFsuLi5uZXcgU2V0KGlucHV0cy5tYXAoKGkpID0+IGkuaWRlbXBvdGVuY3lLZXkpLmZpbHRlcihCb29sZWFuKSldXG4gIGNvbnN0IGlkcyA9IFsuLi5uZXcgU2V0KGlucHV0cy5tYXAoKGkpID0+IGkuY2FyZCkuZmlsdGVyKChjKSA9PiBjICE9PSB1bmRlZmluZWQgJiYgYyAhPT0gbnVsbCAmJiBjICE9PSAnJykpXSBhcyAoXG4gICAgbnVtYmVyIHwgc3RyaW5nXG4gIClbXVxuICBjb25zdCBudW1iZXJzID0gWy4uLm5ldyBTZXQoaW5wdXRzLm1hcCgoaSkgPT4gaS5jYXJkTnVtYmVyKS5maWx0ZXIoQm9vbGVhbikpXSBhcyBzdHJpbmdbXVxuICBjb25zdCBbZXhpc3RpbmcsIGNhcmRzLCBydWxlc10gPSBhd2FpdCBQcm9taXNlLmFsbChbXG4gICAga2V5cy5sZW5ndGggPyByb3dzKHJlcSwgJ2Ryb3Atb2ZmcycsIHsgaWRlbXBvdGVuY3lLZXk6IHsgaW46IGtleXMgfSB9KSA6IFByb21pc2UucmVzb2x2ZShbXSksXG4gICAgaWRzLmxlbmd0aCB8fCBudW1iZXJzLmxlbmd0aFxuICAgICAgPyByb3dzKHJlcSwgJ2NhcmRzJywge1xuICAgICAgICAgIG9yOiBbXG4gICAgICAgICAgICAuLi4oaWRzLmxlbmd0aCA/IFt7IGlkOiB7IGluOiBpZHMgfSB9XSA6IFtdKSxcbiAgICAgICAgICAgIC4uLihudW1iZXJzLmxlbmd0aCA/IFt7IGNhcmROdW1iZXI6IHsgaW46IG51bWJlcnMgfSB9XSA6IFtdKSxcbiAgICAgICAgICBdLFxuICAgICAgICB9KVxuICAgICAgOiBQcm9taXNlLnJlc29sdmUoW10pLFxuICAgIHJ1bGVzSGlzdG9yeShyZXEucGF5bG9hZCwgcmVxKSxcbiAgXSlcbiAgY29uc3QgY2FyZHNCeUlkID0gbmV3IE1hcDxzdHJpbmcsIENhcmRTdGF0ZT4oKVxuICBjb25zdCBjYXJkc0J5TnVtYmVyID0gbmV3IE1hcDxzdHJpbmcsIENhcmRTdGF0ZT4oKVxuICBmb3IgKGNvbnN0IGMgb2YgY2FyZHMpIHtcbiAgICBjb25zdCBzdGF0ZTogQ2FyZFN0YXRlID0ge1xuICAgICAgaWQ6IGMuaWQsXG4gICAgICBjYXJkTnVtYmVyOiBjLmNhcmROdW1iZXIgYXMgc3RyaW5nLFxuICAgICAgc3RhdHVzOiBjLnN0YXR1cyBhcyBzdHJpbmcsXG4gICAgICBiYWxhbmNlOiAoYy5iYWxhbmNlIGFzIG51bWJlciB8IG51bGwpID8/IDAsXG4gICAgICBzaXRlOiBjLnNpdGUgPyBpZE9mKGMuc2l0ZSkgOiBudWxsLFxuICAgICAgaG9sZGVyS2luZDogYy5ob2xkZXJLaW5kID09PSAnb2ZmaWNlJyA/ICdvZmZpY2UnIDogJ2hvdXNlaG9sZCcsXG4gICAgICBpc3N1ZWRBdDogKGMuaXNzdWVkQXQgYXMgc3RyaW5nIHwgbnVsbCkgPz8gbnVsbCxcbiAgICB9XG4gICAgY2FyZHNCeUlkLnNldChTdHJpbmcoYy5pZCksIHN0YXRlKVxuICAgIGNhcmRzQnlOdW1iZXIuc2V0KHN0YXRlLmNhcmROdW1iZXIsIHN0YXRlKVxuICB9XG4gIGNvbnN0IGRheXMgPSBbXG4gICAgLi4ubmV3IFNldChcbiAgICAgIGlucHV0c1xuICAgICAgICAubWFwKChpKSA9PiB7XG4gICAgICAgICAgdHJ5IHtcbiAgICAgICAgICAgIHJldHVybiBzaGFuZ2hhaURheShpLm9jY3VycmVkQXQpXG4gICAgICAgICAgfSBjYXRjaCB7XG4gICAgICAgICAgICByZXR1cm4gJydcbiAgICAgICAgICB9XG4gICAgICAgIH0pXG4gICAgICAgIC5maWx0ZXIoQm9vbGVhbiksXG4gICAgKSxcbiAgXVxuICBjb25zdCB0YWxsaWVzID1cbiAgICBjYXJkc0J5SWQuc2l6ZSAmJiBkYXlzLmxlbmd0aFxuICAgICAgPyBhd2FpdCByb3dzKHJlcSwgJ2NhcmQtZGF5cycsIHsgYW5kOiBbeyBjYXJkOiB7IGluOiBbLi4uY2FyZHNCeUlkLmtleXMoKV0gfSB9LCB7IGRheTogeyBpbjogZGF5cyB9IH1dIH0pXG4gICAgICA6IFtdXG4gIGNvbnN0IGVhcm5lZCA9IG5ldyBNYXA8c3RyaW5nLCBudW1iZXI+KClcbiAgY29uc3QgdGFsbHlJZHM6IFRhbGx5SWRzID0gbmV3IE1hcCgpXG4gIGZvciAoY29uc3QgdCBvZiB0YWxsaWVzKSB7XG4gICAgY29uc3Qga2V5ID0gdGFsbHlLZXkoaWRPZih0LmNhcmQpLCB0LmRheSBhcyBzdHJpbmcpXG4gICAgZWFybmVkLnNldChrZXksICh0LnBvaW50cyBhcyBudW1iZXIgfCBudWxsKSA/PyAwKVxuICAgIHRhbGx5SWRzLnNldChrZXksIHQuaWQpXG4gIH1cbiAgY29uc3QgZXhpc3RpbmdCeUtleSA9IG5ldyBNYXA8c3RyaW5nLCBFeGlzdGluZ0Ryb3A+KClcbiAgZm9yIChjb25zdCBkIG9mIGV4aXN0aW5nKSB7XG4gICAgZXhpc3RpbmdCeUtleS5zZXQoZC5pZGVtcG90ZW5jeUtleSBhcyBzdHJpbmcsIHtcbiAgICAgIGlkOiBkLmlkLFxuICAgICAgY2FyZDogaWRPZihkLmNhcmQpLFxuICAgICAgY2F0ZWdvcnk6IGQuY2F0ZWdvcnkgYXMgc3RyaW5nLFxuICAgICAgZ3JhbXM6IGQuZ3JhbXMgYXMgbnVtYmVyLFxuICAgICAgb2NjdXJyZWRBdDogZC5vY2N1cnJlZEF0IGFzIHN0cmluZyxcbiAgICAgIHBvaW50czogKGQucG9pbnRzIGFzIG51bWJlciB8IG51bGwpID8/IDAsXG4gICAgICBiYWxhbmNlQWZ0ZXI6IChkLmJhbGFuY2VBZnRlciBhcyBudW1iZXIgfCBudWxsKSA/PyAwLFxuICAgICAgb3V0Y29tZTogKGQub3V0Y29tZSBhcyBzdHJpbmcgfCBudWxsKSA/PyAnY291bnRlZCcsXG4gICAgfSlcbiAgfVxuICByZXR1cm4geyBub3c6IG5ldyBEYXRlKCksIHJ1bGVzLCBjYXJkc0J5SWQsIGNhcmRzQnlOdW1iZXIsIGV4aXN0aW5nOiBleGlzdGluZ0J5S2V5LCBlYXJuZWQsIHRhbGx5SWRzLCBoaXN0b3J5IH1cbn1cblxuLyoqIFBsYW5zIG9uZSBkcm9wIGZvciB0aGUgY29sbGVjdGlvbiBob29rIChhIG1hbnVhbCBkcm9wIHRocm91Z2ggdGhlIGFkbWluIG9yIFJFU1QpLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHBsYW5PbmUoXG4gIHJlcTogUGF5bG9hZFJlcXVlc3QsXG4gIGlucHV0OiBEcm9wSW5wdXQsXG4pOiBQcm9taXNlPHsgcGxhbm5lZDogUGxhbm5lZDsgdGFsbHlJZHM6IFRhbGx5SWRzIH0+IHtcbiAgY29uc3Qgc3RhdGUgPSBhd2FpdCBsb2FkRHJvcFN0YXRlKHJlcSwgW2lucHV0XSlcbiAgcmV0dXJuIHsgcGxhbm5lZDogcGxhbkRyb3BzKFtpbnB1dF0sIHN0YXRlKVswXSEsIHRhbGx5SWRzOiBzdGF0ZS50YWxseUlkcyB9XG59XG5cbi8qKiBSZWNvcmRzIGRyb3BzIGluc2lkZSBgcmVxYCdzIHRyYW5zYWN0aW9uOiBwbGFuLCB0aGVuIHRoZSBmb3VyIGJ1bGsgd3JpdGVzLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlY29yZERyb3BzSW4oXG4gIHJlcTogUGF5bG9hZFJlcXVlc3QsXG4gIGlucHV0czogRHJvcElucHV0W10sXG4gIG9wdGlvbnM6IFJlY29yZE9wdGlvbnMgPSB7fSxcbik6IFByb21pc2U8RHJvcE91dGNvbWVbXT4ge1xuICBjb25zdCBzdGF0ZSA9IGF3YWl0IGxvYWREcm9wU3RhdGUocmVxLCBpbnB1dHMsIG9wdGlvbnMuaGlzdG9yeSlcbiAgY29uc3QgcGxhbiA9IHBsYW5Ecm9wcyhpbnB1dHMsIHN0YXRlKVxuICBjb25zdCBhY2NlcHRlZCA9IHBsYW4uZmxhdE1hcCgocCkgPT4gKHAuc3RhdHVzID09PSAnYWNjZXB0ZWQnID8gW3AuZHJvcF0gOiBbXSkpXG4gIGNvbnN0IGtpbmQgPSB3cml0ZXJGb3IocmVxLCBvcHRpb25zLndyaXRlcilcbiAgY29uc3Qgc3RvcmVkID0gYWNjZXB0ZWQubGVuZ3RoID8gYXdhaXQgaW5zZXJ0RHJvcHMocmVxLCBhY2NlcHRlZCwga2luZCkgOiBbXVxuICBpZiAoc3RvcmVkLmxlbmd0aCkgYXdhaXQgYXBwbHlEcm9wRWZmZWN0cyhyZXEsIHN0b3JlZCwga2luZCwgc3RhdGUudGFsbHlJZHMpXG4gIGNvbnN0IGlkcyA9IG5ldyBNYXAoc3RvcmVkLm1hcCgoZCkgPT4gW2QuaWRlbXBvdGVuY3lLZXksIGQuaWRdKSlcbiAgcmV0dXJuIHBsYW4ubWFwKChwKTogRHJvcE91dGNvbWUgPT4ge1xuICAgIGlmIChwLnN0YXR1cyA9PT0gJ3JlamVjdGVkJykgcmV0dXJuIHBcbiAgICBjb25zdCBkID0gcC5zdGF0dXMgPT09ICdhY2NlcHRlZCcgPyBwLmRyb3AgOiBwLm9mXG4gICAgY29uc3QgaWQgPSAnaWQnIGluIGQgPyBkLmlkIDogaWRzLmdldChkLmlkZW1wb3RlbmN5S2V5KSFcbiAgICByZXR1cm4geyBzdGF0dXM6IHAuc3RhdHVzLCBkcm9wSWQ6IGlkLCBwb2ludHM6IGQucG9pbnRzLCBiYWxhbmNlOiBkLmJhbGFuY2VBZnRlciwgb3V0Y29tZTogZC5vdXRjb21lIH1cbiAgfSlcbn1cblxuLyoqXG4gKiBSZWNvcmRzIGEgYmF0Y2ggb2YgZHJvcHMgaW4gb25lIHRyYW5zYWN0aW9uOyBiYWQgb25lcyBhcmUgcmVqZWN0ZWQgd2l0aG91dCBzdG9wcGluZyB0aGVcbiAqIG90aGVycywgYW5kIHJlcGVhdHMgKHNhbWUga2V5LCBzYW1lIGNvbnRlbnQpIHJldHVybiB0aGUgZmlyc3Qgb3V0Y29tZS5cbiAqL1xuZXhwb3J0IHR5cGUgUmVjb3JkT3B0aW9ucyA9IHtcbiAgd3JpdGVyPzogV3JpdGVyS2luZFxuICAvKiogSW1wb3J0aW5nIGhpc3RvcnkgKGRlbW8gc2VlZCwgZGF0YSBtaWdyYXRpb24pOiBkcm9wcyBtYXkgYmUgZGF0ZWQgYW55IHRpbWUgYWZ0ZXIgdGhlaXIgY2FyZCB3YXMgaXNzdWVkLiAqL1xuICBoaXN0b3J5PzogYm9vbGVhblxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVjb3JkRHJvcHMoXG4gIHBheWxvYWQ6IFBheWxvYWQsXG4gIGlucHV0czogRHJvcElucHV0W10sXG4gIG9wdGlvbnM6IFJlY29yZE9wdGlvbnMgPSB7fSxcbik6IFByb21pc2U8RHJvcE91dGNvbWVbXT4ge1xuICByZXR1cm4gaW5UcmFuc2FjdGlvbihwYXlsb2FkLCAocmVxKSA9PiByZWNvcmREcm9wc0luKHJlcSwgaW5wdXRzLCBvcHRpb25zKSlcbn1cbiIsICIvKipcbiAqIFBPU1QgL2FwaS9kcm9wLW9mZnMvcmVjb3JkIFx1MjAxNCBzdGFmZiBlbnRlciBkcm9wcyBieSBoYW5kIChhIHJlc2lkZW50J3Mgd2VpZ2hlZCBiYWcgYXQgYSBib290aCwgYVxuICogZGV2aWNlJ3MgbG9zdCByZWNvcmQpIHdpdGggaWRlbXBvdGVudCBzZW1hbnRpY3M6IGEgcmVwZWF0ZWQga2V5IHdpdGggdGhlIHNhbWUgY29udGVudCByZXR1cm5zIHRoZVxuICogZmlyc3QgcmVzdWx0LCB3aXRoIG90aGVyIGNvbnRlbnQgaXQgaXMgcmVmdXNlZC4gQm9keTogeyBkcm9wczogWy4uLl0gfSAoYXQgbW9zdCA1MDApLlxuICpcbiAqIFByb3ZlbmFuY2UgaXMgdGhlIHNlcnZlcidzOiB0aGVzZSBkcm9wcyBhcmUgYG1hbnVhbGAsIHJlY29yZGVkIGJ5IHRoZSBzaWduZWQtaW4gcGVyc29uLCBhdCB0aGVpclxuICogY2FyZCdzIHNpdGUsIGFuZCBlYWNoIGNhcnJpZXMgdGhlIHBlcnNvbidzIHdyaXR0ZW4gcmVhc29uLiBBIGJvZHkgbmFtaW5nIGEgc291cmNlLCBhIGRldmljZSwgYSBzaXRlXG4gKiBvciBhbnkgb3RoZXIgZmllbGQgaXMgcmVmdXNlZC4gS2V5cyBhcmUgdGhlIGNhbGxlcidzIG93bjogdGhleSBjYW5ub3QgY29sbGlkZSB3aXRoIGEgZGV2aWNlJ3MuXG4gKi9cbmltcG9ydCB0eXBlIHsgRW5kcG9pbnQgfSBmcm9tICdwYXlsb2FkJ1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCdcblxuaW1wb3J0IHsgY3VycmVudFVzZXIgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgeyBNQVhfRFJPUF9HUkFNUyB9IGZyb20gJy4uLy4uL2RvbWFpbi9wb2ludHMvcG9pbnRzJ1xuaW1wb3J0IHsgcmVjb3JkRHJvcHMgfSBmcm9tICcuLi8uLi9zZXJ2aWNlcy9wb2ludHMvZHJvcHMnXG5pbXBvcnQgeyBwYXJzZVdpdGgsIHJlYWRKc29uLCByZXF1aXJlUm9sZSB9IGZyb20gJy4uL3NoYXJlZCdcblxuZXhwb3J0IGNvbnN0IE1hbnVhbERyb3BTY2hlbWEgPSB6XG4gIC5vYmplY3Qoe1xuICAgIGNhcmQ6IHoudW5pb24oW3oubnVtYmVyKCkuaW50KCksIHouc3RyaW5nKCkubWluKDEpXSkub3B0aW9uYWwoKSxcbiAgICBjYXJkTnVtYmVyOiB6LnN0cmluZygpLm1pbigxKS5tYXgoMzIpLm9wdGlvbmFsKCksXG4gICAgY2F0ZWdvcnk6IHouc3RyaW5nKCkubWluKDEpLm1heCgzMiksXG4gICAgZ3JhbXM6IHoubnVtYmVyKCkuaW50KCkubWluKDEpLm1heChNQVhfRFJPUF9HUkFNUyksXG4gICAgb2NjdXJyZWRBdDogei5zdHJpbmcoKS5kYXRldGltZSh7IG9mZnNldDogdHJ1ZSB9KSxcbiAgICBub3RlOiB6LnN0cmluZygpLnRyaW0oKS5taW4oMiwgJ1x1OEJGN1x1NTE5OVx1NjYwRVx1ODg2NVx1NUY1NVx1NTM5Rlx1NTZFMCAvIGdpdmUgdGhlIHJlYXNvbiBmb3IgZW50ZXJpbmcgaXQgYnkgaGFuZCcpLm1heCg1MDApLFxuICAgIGlkZW1wb3RlbmN5S2V5OiB6LnN0cmluZygpLm1pbigxKS5tYXgoOTYpLFxuICB9KVxuICAuc3RyaWN0KClcbiAgLnJlZmluZSgoZCkgPT4gZC5jYXJkICE9PSB1bmRlZmluZWQgfHwgZC5jYXJkTnVtYmVyICE9PSB1bmRlZmluZWQsIHtcbiAgICBtZXNzYWdlOiAnY2FyZCBvciBjYXJkTnVtYmVyIGlzIHJlcXVpcmVkJyxcbiAgICBwYXRoOiBbJ2NhcmQnXSxcbiAgfSlcblxuY29uc3QgQm9keVNjaGVtYSA9IHoub2JqZWN0KHsgZHJvcHM6IHouYXJyYXkoTWFudWFsRHJvcFNjaGVtYSkubWluKDEpLm1heCg1MDApIH0pLnN0cmljdCgpXG5cbi8qKiBBIHBlcnNvbidzIGlkZW1wb3RlbmN5IGtleXMgbGl2ZSBpbiB0aGVpciBvd24gbmFtZXNwYWNlLiAqL1xuZXhwb3J0IGNvbnN0IG1hbnVhbEtleSA9ICh1c2VySWQ6IG51bWJlciB8IHN0cmluZywga2V5OiBzdHJpbmcpID0+IGBtYW51YWw6JHt1c2VySWR9OiR7a2V5fWBcblxuZXhwb3J0IGNvbnN0IHJlY29yZERyb3BzRW5kcG9pbnQ6IEVuZHBvaW50ID0ge1xuICBwYXRoOiAnL3JlY29yZCcsXG4gIG1ldGhvZDogJ3Bvc3QnLFxuICBoYW5kbGVyOiBhc3luYyAocmVxKSA9PiB7XG4gICAgcmVxdWlyZVJvbGUocmVxLCBbJ2FkbWluJywgJ29wZXJhdG9yJ10sICdcdTY1RTBcdTY3NDNcdTVGNTVcdTUxNjVcdTYyOTVcdTY1M0VcdTMwMDJOb3QgYWxsb3dlZC4nKVxuICAgIGNvbnN0IHVzZXIgPSBjdXJyZW50VXNlcihyZXEpIVxuICAgIGNvbnN0IHsgZHJvcHMgfSA9IHBhcnNlV2l0aChCb2R5U2NoZW1hLCBhd2FpdCByZWFkSnNvbihyZXEpKVxuICAgIGNvbnN0IG91dGNvbWVzID0gYXdhaXQgcmVjb3JkRHJvcHMoXG4gICAgICByZXEucGF5bG9hZCxcbiAgICAgIGRyb3BzLm1hcCgoZCkgPT4gKHtcbiAgICAgICAgLi4uZCxcbiAgICAgICAgc291cmNlOiAnbWFudWFsJyBhcyBjb25zdCxcbiAgICAgICAgcmVjb3JkZWRCeTogdXNlci5pZCxcbiAgICAgICAgaWRlbXBvdGVuY3lLZXk6IG1hbnVhbEtleSh1c2VyLmlkLCBkLmlkZW1wb3RlbmN5S2V5KSxcbiAgICAgIH0pKSxcbiAgICApXG4gICAgcmV0dXJuIFJlc3BvbnNlLmpzb24oeyBvdXRjb21lcyB9KVxuICB9LFxufVxuIiwgIi8qKiBUaGUgaWRlbXBvdGVuY3kga2V5IG9mIGEgcmVjb3JkIHRoZSBwbGF0Zm9ybSBtYXkgYmUgYXNrZWQgdG8gd3JpdGUgdHdpY2U6IHVuaXF1ZSwgc2V0IGJ5IHRoZSBzZXJ2ZXIuICovXG5pbXBvcnQgdHlwZSB7IFRleHRGaWVsZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHQgfSBmcm9tICcuLi9pMThuL2xhYmVscydcblxuZXhwb3J0IGNvbnN0IGlkZW1wb3RlbmN5S2V5RmllbGQgPSAoKTogVGV4dEZpZWxkID0+ICh7XG4gIG5hbWU6ICdpZGVtcG90ZW5jeUtleScsXG4gIHR5cGU6ICd0ZXh0JyxcbiAgdW5pcXVlOiB0cnVlLFxuICBpbmRleDogdHJ1ZSxcbiAgbGFiZWw6IHQoJ1x1NUU0Mlx1N0I0OVx1OTUyRScsICdJZGVtcG90ZW5jeSBrZXknKSxcbiAgYWRtaW46IHsgcmVhZE9ubHk6IHRydWUsIHBvc2l0aW9uOiAnc2lkZWJhcicgfSxcbn0pXG4iLCAiLyoqXG4gKiBIb29rcyBvZiBgZHJvcC1vZmZzYCBmb3IgYSBkcm9wIGNyZWF0ZWQgdGhyb3VnaCB0aGUgYWRtaW4gb3IgUkVTVDogdGhlIHNhbWUgcGxhbiBhcyB0aGVcbiAqIGJ1bGsgcGF0aCBkZWNpZGVzIGl0OyBhZnRlciB0aGUgcm93IGlzIHdyaXR0ZW4sIHRoZSBzYW1lIHdyaXRlciBwb3N0cyBpdHMgZWZmZWN0cy5cbiAqL1xuaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQWZ0ZXJDaGFuZ2VIb29rLCBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vaywgUGF5bG9hZFJlcXVlc3QgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBjdXJyZW50VXNlciwgcmVmSWQgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgdHlwZSB7IFBsYW5uZWREcm9wIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9kcm9wUGxhbidcbmltcG9ydCB0eXBlIHsgRHJvcE9mZiB9IGZyb20gJy4uLy4uL3BheWxvYWQtdHlwZXMnXG5pbXBvcnQgeyBhcHBseURyb3BFZmZlY3RzLCB3cml0ZXJGb3IsIHR5cGUgVGFsbHlJZHMgfSBmcm9tICcuLi8uLi9zZXJ2aWNlcy9wb2ludHMvZHJvcFdyaXRlcnMnXG5pbXBvcnQgeyBwbGFuT25lIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcG9pbnRzL2Ryb3BzJ1xuaW1wb3J0IHsgaXNQbGF0Zm9ybVdyaXRlIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcGxhdGZvcm0nXG5pbXBvcnQgeyBiYWRSZXF1ZXN0LCBjb25mbGljdCwgZm9yYmlkZGVuIH0gZnJvbSAnLi4vc2hhcmVkL2Vycm9ycydcblxuY29uc3QgUExBTk5FRCA9ICdmZW5sZWlQbGFubmVkRHJvcHMnXG50eXBlIFBlbmRpbmcgPSBNYXA8c3RyaW5nLCB7IGRyb3A6IFBsYW5uZWREcm9wOyB0YWxseUlkczogVGFsbHlJZHMgfT5cbmNvbnN0IHBlbmRpbmcgPSAocmVxOiBQYXlsb2FkUmVxdWVzdCk6IFBlbmRpbmcgPT4gKChyZXEuY29udGV4dFtQTEFOTkVEXSBhcyBQZW5kaW5nIHwgdW5kZWZpbmVkKSA/Pz0gbmV3IE1hcCgpKVxuXG5leHBvcnQgY29uc3QgYXdhcmREcm9wOiBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vazxEcm9wT2ZmPiA9IGFzeW5jICh7IGRhdGEsIG9wZXJhdGlvbiwgcmVxIH0pID0+IHtcbiAgaWYgKG9wZXJhdGlvbiAhPT0gJ2NyZWF0ZScpIHtcbiAgICB0aHJvdyBmb3JiaWRkZW4oJ0RST1BfSU1NVVRBQkxFJywgJ1x1NjI5NVx1NjUzRVx1OEJCMFx1NUY1NVx1NEUwRFx1ODBGRFx1NEZFRVx1NjUzOVx1RkYxQlx1NTk4Mlx1NjcwOVx1OTUxOVx1OEJFRlx1OEJGN1x1NTA1QVx1NzlFRlx1NTIwNlx1OEMwM1x1NjU3NFx1MzAwMkEgZHJvcC1vZmYgY2Fubm90IGJlIGNoYW5nZWQuJylcbiAgfVxuICAvLyBBIGRyb3AgYSBwZXJzb24gZW50ZXJzIGhlcmUgaXMgbWFudWFsLCB0aGVpcnMsIGF0IHRoZSBjYXJkJ3Mgc2l0ZSwgd2l0aCB0aGVpciB3cml0dGVuIHJlYXNvbi5cbiAgY29uc3QgdXNlciA9IGN1cnJlbnRVc2VyKHJlcSlcbiAgY29uc3QgbWFudWFsID0gIWlzUGxhdGZvcm1Xcml0ZShyZXEpXG4gIGlmIChtYW51YWwgJiYgU3RyaW5nKGRhdGEubm90ZSA/PyAnJykudHJpbSgpLmxlbmd0aCA8IDIpIHtcbiAgICB0aHJvdyBiYWRSZXF1ZXN0KCdOT1RFX1JFUVVJUkVEJywgJ1x1NEVCQVx1NURFNVx1NUY1NVx1NTE2NVx1NjI5NVx1NjUzRVx1NUZDNVx1OTg3Qlx1NTE5OVx1NjYwRVx1NTM5Rlx1NTZFMFx1MzAwMkEgaGFuZC1lbnRlcmVkIGRyb3AgbmVlZHMgYSB3cml0dGVuIHJlYXNvbi4nKVxuICB9XG4gIGNvbnN0IGlucHV0ID0ge1xuICAgIGNhcmQ6IHJlZklkKGRhdGEuY2FyZCkgPz8gdW5kZWZpbmVkLFxuICAgIGNhdGVnb3J5OiBkYXRhLmNhdGVnb3J5ID8/ICcnLFxuICAgIGdyYW1zOiBkYXRhLmdyYW1zID8/IDAsXG4gICAgb2NjdXJyZWRBdDogZGF0YS5vY2N1cnJlZEF0IHx8IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKSxcbiAgICBzb3VyY2U6IG1hbnVhbCA/ICgnbWFudWFsJyBhcyBjb25zdCkgOiAoZGF0YS5zb3VyY2UgPz8gJ21hbnVhbCcpLFxuICAgIHNvdXJjZVJlZjogbWFudWFsID8gdW5kZWZpbmVkIDogKGRhdGEuc291cmNlUmVmID8/IHVuZGVmaW5lZCksXG4gICAgc2l0ZTogbWFudWFsID8gdW5kZWZpbmVkIDogKHJlZklkKGRhdGEuc2l0ZSkgPz8gdW5kZWZpbmVkKSxcbiAgICBpZGVtcG90ZW5jeUtleTogbWFudWFsXG4gICAgICA/IGBtYW51YWw6JHt1c2VyIS5pZH06JHtjcnlwdG8ucmFuZG9tVVVJRCgpfWBcbiAgICAgIDogZGF0YS5pZGVtcG90ZW5jeUtleSB8fCBgbWFudWFsOiR7Y3J5cHRvLnJhbmRvbVVVSUQoKX1gLFxuICAgIG5vdGU6IGRhdGEubm90ZSA/PyB1bmRlZmluZWQsXG4gICAgcmVjb3JkZWRCeTogbWFudWFsID8gdXNlciEuaWQgOiB1bmRlZmluZWQsXG4gIH1cbiAgY29uc3QgeyBwbGFubmVkLCB0YWxseUlkcyB9ID0gYXdhaXQgcGxhbk9uZShyZXEsIGlucHV0KVxuICBpZiAocGxhbm5lZC5zdGF0dXMgPT09ICdyZWplY3RlZCcpIHRocm93IGJhZFJlcXVlc3QocGxhbm5lZC5jb2RlLCBwbGFubmVkLm1lc3NhZ2UpXG4gIGlmIChwbGFubmVkLnN0YXR1cyA9PT0gJ2R1cGxpY2F0ZScpIHtcbiAgICB0aHJvdyBjb25mbGljdCgnRFVQTElDQVRFX0RST1AnLCBgXHU1RTQyXHU3QjQ5XHU5NTJFXHU1REYyXHU0RjdGXHU3NTI4XHVGRjFBJHtpbnB1dC5pZGVtcG90ZW5jeUtleX1cdTMwMDJUaGlzIGRyb3Agd2FzIGFscmVhZHkgcmVjb3JkZWQuYClcbiAgfVxuICBjb25zdCBkID0gcGxhbm5lZC5kcm9wXG4gIHBlbmRpbmcocmVxKS5zZXQoZC5pZGVtcG90ZW5jeUtleSwgeyBkcm9wOiBkLCB0YWxseUlkcyB9KVxuICByZXR1cm4ge1xuICAgIC4uLmRhdGEsXG4gICAgb2NjdXJyZWRBdDogZC5vY2N1cnJlZEF0LFxuICAgIHNvdXJjZTogZC5zb3VyY2UsXG4gICAgc291cmNlUmVmOiBkLnNvdXJjZVJlZiA/PyBudWxsLFxuICAgIHNpdGU6IGQuc2l0ZSBhcyBudW1iZXIgfCBudWxsLFxuICAgIGlkZW1wb3RlbmN5S2V5OiBkLmlkZW1wb3RlbmN5S2V5LFxuICAgIHBvaW50czogZC5wb2ludHMsXG4gICAgYmFsYW5jZUFmdGVyOiBkLmJhbGFuY2VBZnRlcixcbiAgICBvdXRjb21lOiBkLm91dGNvbWUsXG4gICAgcnVsZXNSZXZpc2lvbjogZC5ydWxlc1JldmlzaW9uLFxuICAgIHJlY29yZGVkQnk6IChkLnJlY29yZGVkQnkgYXMgbnVtYmVyIHwgdW5kZWZpbmVkKSA/PyBudWxsLFxuICB9XG59XG5cbmV4cG9ydCBjb25zdCBwb3N0RHJvcEVmZmVjdHM6IENvbGxlY3Rpb25BZnRlckNoYW5nZUhvb2s8RHJvcE9mZj4gPSBhc3luYyAoeyBkb2MsIG9wZXJhdGlvbiwgcmVxIH0pID0+IHtcbiAgaWYgKG9wZXJhdGlvbiAhPT0gJ2NyZWF0ZScgfHwgIWRvYy5pZGVtcG90ZW5jeUtleSkgcmV0dXJuIGRvY1xuICBjb25zdCBpdGVtID0gcGVuZGluZyhyZXEpLmdldChkb2MuaWRlbXBvdGVuY3lLZXkpXG4gIGlmICghaXRlbSkgcmV0dXJuIGRvY1xuICBwZW5kaW5nKHJlcSkuZGVsZXRlKGRvYy5pZGVtcG90ZW5jeUtleSlcbiAgYXdhaXQgYXBwbHlEcm9wRWZmZWN0cyhyZXEsIFt7IC4uLml0ZW0uZHJvcCwgaWQ6IGRvYy5pZCB9XSwgd3JpdGVyRm9yKHJlcSksIGl0ZW0udGFsbHlJZHMpXG4gIHJldHVybiBkb2Ncbn1cbiIsICJpbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25Db25maWcgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBub2JvZHkgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvbm9ib2R5J1xuaW1wb3J0IHsgc3RhZmYgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvc3RhZmYnXG5pbXBvcnQgeyBzdGFmZk9yT3duVG93biB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZk9yT3duVG93bidcbmltcG9ydCB7IG1hbnVhbFJldmlld0VuZHBvaW50IH0gZnJvbSAnLi4vLi4vZW5kcG9pbnRzL3BvaW50cy9tYW51YWxSZXZpZXcnXG5pbXBvcnQgeyByZWNvcmREcm9wc0VuZHBvaW50IH0gZnJvbSAnLi4vLi4vZW5kcG9pbnRzL3BvaW50cy9yZWNvcmREcm9wcydcbmltcG9ydCB7IGNhdGVnb3J5RmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvY2F0ZWdvcnknXG5pbXBvcnQgeyBtb21lbnRGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9kYXRlcydcbmltcG9ydCB7IGlkZW1wb3RlbmN5S2V5RmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvaWRlbXBvdGVuY3lLZXknXG5pbXBvcnQgeyB3aG9sZU51bWJlciB9IGZyb20gJy4uLy4uL2ZpZWxkcy9udW1iZXJzJ1xuaW1wb3J0IHsgc2VsZWN0IH0gZnJvbSAnLi4vLi4vZmllbGRzL29wdGlvbnMnXG5pbXBvcnQgeyBhY3RvckZpZWxkLCBjYXJkRmllbGQsIHNpdGVGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9yZWxhdGlvbnMnXG5pbXBvcnQgeyBhd2FyZERyb3AsIHBvc3REcm9wRWZmZWN0cyB9IGZyb20gJy4uLy4uL2hvb2tzL3BvaW50cy9kcm9wT2ZmcydcbmltcG9ydCB7IHJlZnVzZURlbGV0ZSB9IGZyb20gJy4uLy4uL2hvb2tzL3NoYXJlZC9hcHBlbmRPbmx5J1xuaW1wb3J0IHsgZ3JvdXBzLCB0IH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5cbi8qKlxuICogXHU2Mjk1XHU2NTNFXHU4QkIwXHU1RjU1OiBvbmUgd2VpZ2hlZCBkcm9wIGJ5IG9uZSBjYXJkLiBBIGRyb3AgaXMgYSBmYWN0OiBpdCBpcyBuZXZlciBlZGl0ZWQgb3IgZGVsZXRlZDsgaXRzXG4gKiBwb2ludHMgY29tZSBmcm9tIHRoZSBydWxlcyBpbiBmb3JjZSB3aGVuIGl0IGhhcHBlbmVkIGFuZCBsYW5kIG9uIHRoZSBsZWRnZXIgYXQgb25jZS5cbiAqL1xuZXhwb3J0IGNvbnN0IERyb3BPZmZzOiBDb2xsZWN0aW9uQ29uZmlnID0ge1xuICBzbHVnOiAnZHJvcC1vZmZzJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdTYyOTVcdTY1M0VcdThCQjBcdTVGNTUnLCAnRHJvcC1vZmYnKSwgcGx1cmFsOiB0KCdcdTYyOTVcdTY1M0VcdThCQjBcdTVGNTUnLCAnRHJvcC1vZmZzJykgfSxcbiAgYWRtaW46IHtcbiAgICBncm91cDogZ3JvdXBzLnBvaW50cyxcbiAgICB1c2VBc1RpdGxlOiAnaWRlbXBvdGVuY3lLZXknLFxuICAgIGRlZmF1bHRDb2x1bW5zOiBbJ29jY3VycmVkQXQnLCAnY2FyZCcsICdjYXRlZ29yeScsICdncmFtcycsICdwb2ludHMnLCAnb3V0Y29tZScsICdzb3VyY2UnXSxcbiAgICBsaXN0U2VhcmNoYWJsZUZpZWxkczogWydpZGVtcG90ZW5jeUtleScsICdzb3VyY2VSZWYnXSxcbiAgfSxcbiAgZGVmYXVsdFNvcnQ6ICctb2NjdXJyZWRBdCcsXG4gIC8vIEEgcmVjb3JkIG9mIGFuIGFjdCBjYW5ub3QgYmUgY29waWVkIGludG8gYW5vdGhlciBhY3QuXG4gIGRpc2FibGVEdXBsaWNhdGU6IHRydWUsXG4gIGFjY2VzczogeyByZWFkOiBzdGFmZk9yT3duVG93bignc2l0ZScpLCBjcmVhdGU6IHN0YWZmLCB1cGRhdGU6IG5vYm9keSwgZGVsZXRlOiBub2JvZHkgfSxcbiAgaG9va3M6IHsgYmVmb3JlQ2hhbmdlOiBbYXdhcmREcm9wXSwgYWZ0ZXJDaGFuZ2U6IFtwb3N0RHJvcEVmZmVjdHNdLCBiZWZvcmVEZWxldGU6IFtyZWZ1c2VEZWxldGVdIH0sXG4gIGVuZHBvaW50czogW3JlY29yZERyb3BzRW5kcG9pbnQsIG1hbnVhbFJldmlld0VuZHBvaW50XSxcbiAgZmllbGRzOiBbXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgY2FyZEZpZWxkKCksXG4gICAgICAgIGNhdGVnb3J5RmllbGQoKSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ2dyYW1zJywgdCgnXHU5MUNEXHU5MUNGXHVGRjA4XHU1MTRCXHVGRjA5JywgJ1dlaWdodCAoZyknKSwgeyByZXF1aXJlZDogdHJ1ZSwgbWluOiAxIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIG1vbWVudEZpZWxkKCdvY2N1cnJlZEF0JywgdCgnXHU2Mjk1XHU2NTNFXHU2NUY2XHU5NUY0JywgJ09jY3VycmVkIGF0JyksIHsgcmVxdWlyZWQ6IHRydWUsIGluZGV4OiB0cnVlIH0pLFxuICAgICAgICBzZWxlY3QoXG4gICAgICAgICAgJ3NvdXJjZScsXG4gICAgICAgICAgdCgnXHU2NzY1XHU2RTkwJywgJ1NvdXJjZScpLFxuICAgICAgICAgIHtcbiAgICAgICAgICAgIGRldmljZTogdCgnXHU2NjdBXHU4MEZEXHU4QkJFXHU1OTA3JywgJ0RldmljZScpLFxuICAgICAgICAgICAgcGlja3VwOiB0KCdcdTRFMEFcdTk1RThcdTU2REVcdTY1MzYnLCAnUGlja3VwJyksXG4gICAgICAgICAgICBtYW51YWw6IHQoJ1x1NEVCQVx1NURFNVx1NUY1NVx1NTE2NScsICdNYW51YWwnKSxcbiAgICAgICAgICB9LFxuICAgICAgICAgIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogJ21hbnVhbCcsIHJlYWRPbmx5OiB0cnVlIH0sXG4gICAgICAgICksXG4gICAgICAgIHtcbiAgICAgICAgICBuYW1lOiAnc291cmNlUmVmJyxcbiAgICAgICAgICB0eXBlOiAndGV4dCcsXG4gICAgICAgICAgbGFiZWw6IHQoJ1x1OEJCRVx1NTkwN1x1NTNGNyAvIFx1OTg4NFx1N0VBNlx1NTM1NVx1NTNGNycsICdCaW4gb3IgcGlja3VwIHJlZicpLFxuICAgICAgICAgIGluZGV4OiB0cnVlLFxuICAgICAgICAgIGFkbWluOiB7IHJlYWRPbmx5OiB0cnVlIH0sXG4gICAgICAgIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgc2l0ZUZpZWxkKHsgcmVxdWlyZWQ6IGZhbHNlLCByZWFkT25seTogdHJ1ZSB9KSxcbiAgICB7XG4gICAgICBuYW1lOiAnbm90ZScsXG4gICAgICB0eXBlOiAndGV4dGFyZWEnLFxuICAgICAgbGFiZWw6IHQoJ1x1ODg2NVx1NUY1NVx1NTM5Rlx1NTZFMCcsICdXaHkgZW50ZXJlZCBieSBoYW5kJyksXG4gICAgICBhZG1pbjoge1xuICAgICAgICBkZXNjcmlwdGlvbjogdChcbiAgICAgICAgICAnXHU0RUJBXHU1REU1XHU1RjU1XHU1MTY1XHU1RkM1XHU5ODdCXHU1MTk5XHU2NjBFXHU1MzlGXHU1NkUwXHVGRjBDXHU3QkExXHU3NDA2XHU1NDU4XHU2QkNGXHU2NUU1XHU1OTBEXHU2ODM4JyxcbiAgICAgICAgICAnUmVxdWlyZWQgZm9yIGhhbmQtZW50ZXJlZCBkcm9wczsgYWRtaW5zIHJldmlldyB0aGVtIGRhaWx5JyxcbiAgICAgICAgKSxcbiAgICAgIH0sXG4gICAgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB3aG9sZU51bWJlcigncG9pbnRzJywgdCgnXHU4M0I3XHU1Rjk3XHU3OUVGXHU1MjA2JywgJ1BvaW50cycpLCB7IHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICBzZWxlY3QoXG4gICAgICAgICAgJ291dGNvbWUnLFxuICAgICAgICAgIHQoJ1x1OEJBMVx1NTIwNlx1N0VEM1x1Njc5QycsICdPdXRjb21lJyksXG4gICAgICAgICAge1xuICAgICAgICAgICAgY291bnRlZDogdCgnXHU1REYyXHU4QkExXHU1MjA2JywgJ0NvdW50ZWQnKSxcbiAgICAgICAgICAgICdiZWxvdy1taW5pbXVtJzogdCgnXHU0RjRFXHU0RThFXHU4RDc3XHU4QkExXHU5MUNEXHU5MUNGJywgJ0JlbG93IG1pbmltdW0nKSxcbiAgICAgICAgICAgIGNhcHBlZDogdCgnXHU4RkJFXHU1MjMwXHU2QkNGXHU2NUU1XHU0RTBBXHU5NjUwJywgJ0RhaWx5IGNhcCByZWFjaGVkJyksXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7IHJlYWRPbmx5OiB0cnVlIH0sXG4gICAgICAgICksXG4gICAgICAgIHdob2xlTnVtYmVyKCdiYWxhbmNlQWZ0ZXInLCB0KCdcdTYyOTVcdTY1M0VcdTU0MEVcdTRGNTlcdTk4OUQnLCAnQmFsYW5jZSBhZnRlcicpLCB7IHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgICB3aG9sZU51bWJlcigncnVsZXNSZXZpc2lvbicsIHQoJ1x1ODlDNFx1NTIxOVx1NzI0OFx1NjcyQycsICdSdWxlcyByZXZpc2lvbicpLCB7IHJlYWRPbmx5OiB0cnVlIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIGlkZW1wb3RlbmN5S2V5RmllbGQoKSxcbiAgICBhY3RvckZpZWxkKCdyZWNvcmRlZEJ5JywgdCgnXHU1RjU1XHU1MTY1XHU0RUJBJywgJ1JlY29yZGVkIGJ5JyksIHsgc2lkZWJhcjogdHJ1ZSB9KSxcbiAgXSxcbn1cbiIsICIvKiogV2hpY2ggY2FyZHMgbmVlZCBhIGZvbGxvdy11cCBjYWxsIG9yIHZpc2l0IChwdXJlKS4gKi9cbmV4cG9ydCB0eXBlIENhcmRTdW1tYXJ5ID0geyBpZDogbnVtYmVyIHwgc3RyaW5nOyBjYXJkTnVtYmVyOiBzdHJpbmc7IGhvbGRlck5hbWU/OiBzdHJpbmcgfCBudWxsOyBiYWxhbmNlOiBudW1iZXIgfVxuZXhwb3J0IHR5cGUgQ2FuZGlkYXRlID0gQ2FyZFN1bW1hcnkgJiB7IGVhcm5lZDogbnVtYmVyOyB3aHk6ICduZWdhdGl2ZS1iYWxhbmNlJyB8ICdmZXctcG9pbnRzJyB9XG5cbi8qKiBDYXJkcyB0aGF0IGVhcm5lZCBhdCBtb3N0IGB0aHJlc2hvbGRgIHBvaW50cyBpbiB0aGUgcGVyaW9kLCBvciB3aG9zZSBiYWxhbmNlIGlzIG5lZ2F0aXZlLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZvbGxvd1VwQ2FuZGlkYXRlcyhcbiAgY2FyZHM6IENhcmRTdW1tYXJ5W10sXG4gIGVhcm5lZEJ5Q2FyZDogTWFwPHN0cmluZywgbnVtYmVyPixcbiAgdGhyZXNob2xkOiBudW1iZXIsXG4pOiBDYW5kaWRhdGVbXSB7XG4gIGNvbnN0IG91dDogQ2FuZGlkYXRlW10gPSBbXVxuICBmb3IgKGNvbnN0IGNhcmQgb2YgY2FyZHMpIHtcbiAgICBjb25zdCBlYXJuZWQgPSBlYXJuZWRCeUNhcmQuZ2V0KFN0cmluZyhjYXJkLmlkKSkgPz8gMFxuICAgIGlmIChjYXJkLmJhbGFuY2UgPCAwKSBvdXQucHVzaCh7IC4uLmNhcmQsIGVhcm5lZCwgd2h5OiAnbmVnYXRpdmUtYmFsYW5jZScgfSlcbiAgICBlbHNlIGlmIChlYXJuZWQgPD0gdGhyZXNob2xkKSBvdXQucHVzaCh7IC4uLmNhcmQsIGVhcm5lZCwgd2h5OiAnZmV3LXBvaW50cycgfSlcbiAgfVxuICByZXR1cm4gb3V0LnNvcnQoKGEsIGIpID0+IGEuYmFsYW5jZSAtIGIuYmFsYW5jZSB8fCBhLmVhcm5lZCAtIGIuZWFybmVkKVxufVxuIiwgIi8qKlxuICogVGhlIGNhcmRzIGFuIG9wZXJhdG9yIHNob3VsZCBjYWxsIG9yIHZpc2l0OiBhY3RpdmUgY2FyZHMgdGhhdCBlYXJuZWQgYXQgbW9zdCB0aGUgdGhyZXNob2xkXG4gKiAoZGVmYXVsdDogdGhlIHJ1bGVzJyBmb2xsb3ctdXAgdGhyZXNob2xkKSBpbiB0aGUgcGVyaW9kLCBvciB3aG9zZSBiYWxhbmNlIGlzIG5lZ2F0aXZlLlxuICovXG5pbXBvcnQgdHlwZSB7IFBheWxvYWQgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyByZWZJZCB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IGZvbGxvd1VwQ2FuZGlkYXRlcywgdHlwZSBDYW5kaWRhdGUgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL2ZvbGxvd1VwcydcbmltcG9ydCB7IHJ1bGVzRm9yIH0gZnJvbSAnLi9ydWxlcydcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGZpbmRDYW5kaWRhdGVzKFxuICBwYXlsb2FkOiBQYXlsb2FkLFxuICBwZXJpb2Q6IHsgZnJvbTogc3RyaW5nOyB0bzogc3RyaW5nOyB0aHJlc2hvbGQ/OiBudW1iZXIgfSxcbik6IFByb21pc2U8QXJyYXk8Q2FuZGlkYXRlICYgeyBvcGVuRm9sbG93VXA6IGJvb2xlYW4gfT4+IHtcbiAgY29uc3QgdGhyZXNob2xkID0gcGVyaW9kLnRocmVzaG9sZCA/PyAoYXdhaXQgcnVsZXNGb3IocGF5bG9hZCwgbmV3IERhdGUoKSkpLmZvbGxvd1VwVGhyZXNob2xkXG4gIGNvbnN0IFtjYXJkcywgZGF5cywgb3Blbl0gPSBhd2FpdCBQcm9taXNlLmFsbChbXG4gICAgcGF5bG9hZC5maW5kKHtcbiAgICAgIGNvbGxlY3Rpb246ICdjYXJkcycsXG4gICAgICB3aGVyZTogeyBzdGF0dXM6IHsgZXF1YWxzOiAnYWN0aXZlJyB9IH0sXG4gICAgICBwYWdpbmF0aW9uOiBmYWxzZSxcbiAgICAgIGRlcHRoOiAwLFxuICAgICAgc2VsZWN0OiB7IGNhcmROdW1iZXI6IHRydWUsIGhvbGRlck5hbWU6IHRydWUsIGJhbGFuY2U6IHRydWUgfSxcbiAgICB9KSxcbiAgICBwYXlsb2FkLmZpbmQoe1xuICAgICAgY29sbGVjdGlvbjogJ2NhcmQtZGF5cycsXG4gICAgICB3aGVyZTogeyBhbmQ6IFt7IGRheTogeyBncmVhdGVyX3RoYW5fZXF1YWw6IHBlcmlvZC5mcm9tIH0gfSwgeyBkYXk6IHsgbGVzc190aGFuX2VxdWFsOiBwZXJpb2QudG8gfSB9XSB9LFxuICAgICAgcGFnaW5hdGlvbjogZmFsc2UsXG4gICAgICBkZXB0aDogMCxcbiAgICAgIHNlbGVjdDogeyBjYXJkOiB0cnVlLCBwb2ludHM6IHRydWUgfSxcbiAgICB9KSxcbiAgICBwYXlsb2FkLmZpbmQoe1xuICAgICAgY29sbGVjdGlvbjogJ2ZvbGxvdy11cHMnLFxuICAgICAgd2hlcmU6IHsgc3RhdHVzOiB7IGVxdWFsczogJ29wZW4nIH0gfSxcbiAgICAgIHBhZ2luYXRpb246IGZhbHNlLFxuICAgICAgZGVwdGg6IDAsXG4gICAgICBzZWxlY3Q6IHsgY2FyZDogdHJ1ZSB9LFxuICAgIH0pLFxuICBdKVxuICBjb25zdCBlYXJuZWQgPSBuZXcgTWFwPHN0cmluZywgbnVtYmVyPigpXG4gIGZvciAoY29uc3QgZCBvZiBkYXlzLmRvY3MpIHtcbiAgICBjb25zdCBrZXkgPSBTdHJpbmcocmVmSWQoZC5jYXJkKSlcbiAgICBlYXJuZWQuc2V0KGtleSwgKGVhcm5lZC5nZXQoa2V5KSA/PyAwKSArIChkLnBvaW50cyA/PyAwKSlcbiAgfVxuICBjb25zdCBvcGVuQ2FyZHMgPSBuZXcgU2V0KG9wZW4uZG9jcy5tYXAoKGYpID0+IFN0cmluZyhyZWZJZChmLmNhcmQpKSkpXG4gIGNvbnN0IHN1bW1hcmllcyA9IGNhcmRzLmRvY3MubWFwKChjKSA9PiAoe1xuICAgIGlkOiBjLmlkLFxuICAgIGNhcmROdW1iZXI6IGMuY2FyZE51bWJlcixcbiAgICBob2xkZXJOYW1lOiBjLmhvbGRlck5hbWUsXG4gICAgYmFsYW5jZTogYy5iYWxhbmNlID8/IDAsXG4gIH0pKVxuICByZXR1cm4gZm9sbG93VXBDYW5kaWRhdGVzKHN1bW1hcmllcywgZWFybmVkLCB0aHJlc2hvbGQpLm1hcCgoYykgPT4gKHtcbiAgICAuLi5jLFxuICAgIG9wZW5Gb2xsb3dVcDogb3BlbkNhcmRzLmhhcyhTdHJpbmcoYy5pZCkpLFxuICB9KSlcbn1cbiIsICIvKipcbiAqIEdFVCAvYXBpL2ZvbGxvdy11cHMvY2FuZGlkYXRlcz9mcm9tPVlZWVktTU0tREQmdG89WVlZWS1NTS1ERFsmdGhyZXNob2xkPU5dXG4gKiBUaGUgY2FyZHMgYW4gb3BlcmF0b3Igc2hvdWxkIGNhbGwgb3IgdmlzaXQgKHNlZSBzZXJ2aWNlcy9wb2ludHMvZm9sbG93VXBzKS5cbiAqL1xuaW1wb3J0IHR5cGUgeyBFbmRwb2ludCB9IGZyb20gJ3BheWxvYWQnXG5pbXBvcnQgeyB6IH0gZnJvbSAnem9kJ1xuXG5pbXBvcnQgeyBzaGFuZ2hhaURheSB9IGZyb20gJy4uLy4uL2RvbWFpbi9zaGFyZWQvdGltZSdcbmltcG9ydCB7IGZpbmRDYW5kaWRhdGVzIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcG9pbnRzL2ZvbGxvd1VwcydcbmltcG9ydCB7IHBhcnNlV2l0aCwgcmVxdWlyZVJvbGUgfSBmcm9tICcuLi9zaGFyZWQnXG5cbmNvbnN0IGRheSA9IHouc3RyaW5nKCkucmVnZXgoL15cXGR7NH0tXFxkezJ9LVxcZHsyfSQvLCAnWVlZWS1NTS1ERCcpXG5jb25zdCBRdWVyeVNjaGVtYSA9IHoub2JqZWN0KHtcbiAgZnJvbTogZGF5Lm9wdGlvbmFsKCksXG4gIHRvOiBkYXkub3B0aW9uYWwoKSxcbiAgdGhyZXNob2xkOiB6LmNvZXJjZS5udW1iZXIoKS5pbnQoKS5vcHRpb25hbCgpLFxufSlcblxuZXhwb3J0IGNvbnN0IGZvbGxvd1VwQ2FuZGlkYXRlc0VuZHBvaW50OiBFbmRwb2ludCA9IHtcbiAgcGF0aDogJy9jYW5kaWRhdGVzJyxcbiAgbWV0aG9kOiAnZ2V0JyxcbiAgaGFuZGxlcjogYXN5bmMgKHJlcSkgPT4ge1xuICAgIHJlcXVpcmVSb2xlKHJlcSwgWydhZG1pbicsICdvcGVyYXRvciddLCAnXHU2NUUwXHU2NzQzXHU2N0U1XHU3NzBCXHUzMDAyTm90IGFsbG93ZWQuJylcbiAgICBjb25zdCBxdWVyeSA9IHBhcnNlV2l0aChRdWVyeVNjaGVtYSwgcmVxLnF1ZXJ5ID8/IHt9LCAnSU5WQUxJRF9RVUVSWScpXG4gICAgY29uc3QgdG8gPSBxdWVyeS50byA/PyBzaGFuZ2hhaURheShuZXcgRGF0ZSgpKVxuICAgIGNvbnN0IGZyb20gPSBxdWVyeS5mcm9tID8/IHNoYW5naGFpRGF5KG5ldyBEYXRlKERhdGUubm93KCkgLSAyOSAqIDg2XzQwMF8wMDApKVxuICAgIGNvbnN0IGNhbmRpZGF0ZXMgPSBhd2FpdCBmaW5kQ2FuZGlkYXRlcyhyZXEucGF5bG9hZCwgeyBmcm9tLCB0bywgdGhyZXNob2xkOiBxdWVyeS50aHJlc2hvbGQgfSlcbiAgICByZXR1cm4gUmVzcG9uc2UuanNvbih7IGZyb20sIHRvLCBjb3VudDogY2FuZGlkYXRlcy5sZW5ndGgsIGNhbmRpZGF0ZXMgfSlcbiAgfSxcbn1cbiIsICJpbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgcmVmSWQgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5pbXBvcnQgdHlwZSB7IEZvbGxvd1VwIH0gZnJvbSAnLi4vLi4vcGF5bG9hZC10eXBlcydcbmltcG9ydCB7IGNvbmZsaWN0IH0gZnJvbSAnLi4vc2hhcmVkL2Vycm9ycydcblxuLyoqIEF0IG1vc3Qgb25lIG9wZW4gZm9sbG93LXVwIHBlciBjYXJkLiAqL1xuZXhwb3J0IGNvbnN0IG9uZU9wZW5QZXJDYXJkOiBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vazxGb2xsb3dVcD4gPSBhc3luYyAoeyBkYXRhLCBvcGVyYXRpb24sIG9yaWdpbmFsRG9jLCByZXEgfSkgPT4ge1xuICBjb25zdCBzdGF0dXMgPSBkYXRhLnN0YXR1cyA/PyBvcmlnaW5hbERvYz8uc3RhdHVzID8/ICdvcGVuJ1xuICBjb25zdCBjYXJkID0gcmVmSWQoZGF0YS5jYXJkID8/IG9yaWdpbmFsRG9jPy5jYXJkKVxuICBpZiAoc3RhdHVzICE9PSAnb3BlbicgfHwgY2FyZCA9PT0gbnVsbCkgcmV0dXJuIGRhdGFcbiAgY29uc3Qgb3BlbiA9IGF3YWl0IHJlcS5wYXlsb2FkLmZpbmQoe1xuICAgIGNvbGxlY3Rpb246ICdmb2xsb3ctdXBzJyxcbiAgICB3aGVyZToge1xuICAgICAgYW5kOiBbXG4gICAgICAgIHsgY2FyZDogeyBlcXVhbHM6IGNhcmQgfSB9LFxuICAgICAgICB7IHN0YXR1czogeyBlcXVhbHM6ICdvcGVuJyB9IH0sXG4gICAgICAgIC4uLihvcGVyYXRpb24gPT09ICd1cGRhdGUnICYmIG9yaWdpbmFsRG9jPy5pZCAhPT0gdW5kZWZpbmVkID8gW3sgaWQ6IHsgbm90X2VxdWFsczogb3JpZ2luYWxEb2MuaWQgfSB9XSA6IFtdKSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICBsaW1pdDogMSxcbiAgICBkZXB0aDogMCxcbiAgICByZXEsXG4gICAgb3ZlcnJpZGVBY2Nlc3M6IHRydWUsXG4gIH0pXG4gIGlmIChvcGVuLmRvY3NbMF0pIHtcbiAgICB0aHJvdyBjb25mbGljdChcbiAgICAgICdGT0xMT1dfVVBfT1BFTicsXG4gICAgICBgXHU2QjY0XHU1MzYxXHU1REYyXHU2NzA5XHU2NzJBXHU3RUQzXHU2NzVGXHU3Njg0XHU1NkRFXHU4QkJGXHVGRjA4IyR7b3Blbi5kb2NzWzBdLmlkfVx1RkYwOVx1MzAwMlRoaXMgY2FyZCBhbHJlYWR5IGhhcyBhbiBvcGVuIGZvbGxvdy11cC5gLFxuICAgIClcbiAgfVxuICByZXR1cm4gZGF0YVxufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGFkbWlucyB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hZG1pbnMnXG5pbXBvcnQgeyBzdGFmZiB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZidcbmltcG9ydCB7IGZvbGxvd1VwQ2FuZGlkYXRlc0VuZHBvaW50IH0gZnJvbSAnLi4vLi4vZW5kcG9pbnRzL3BvaW50cy9mb2xsb3dVcENhbmRpZGF0ZXMnXG5pbXBvcnQgeyB3aG9sZU51bWJlciB9IGZyb20gJy4uLy4uL2ZpZWxkcy9udW1iZXJzJ1xuaW1wb3J0IHsgc2VsZWN0IH0gZnJvbSAnLi4vLi4vZmllbGRzL29wdGlvbnMnXG5pbXBvcnQgeyBjYXJkRmllbGQsIHJlbGF0aW9uIH0gZnJvbSAnLi4vLi4vZmllbGRzL3JlbGF0aW9ucydcbmltcG9ydCB7IG9uZU9wZW5QZXJDYXJkIH0gZnJvbSAnLi4vLi4vaG9va3MvcG9pbnRzL2ZvbGxvd1VwcydcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKiogXHU1NkRFXHU4QkJGOiBjYWxscyBhbmQgdmlzaXRzIHRvIGhvdXNlaG9sZHMgd2l0aCBmZXcgb3IgbmVnYXRpdmUgcG9pbnRzLiAqL1xuZXhwb3J0IGNvbnN0IEZvbGxvd1VwczogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ2ZvbGxvdy11cHMnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1NTZERVx1OEJCRicsICdGb2xsb3ctdXAnKSwgcGx1cmFsOiB0KCdcdTU2REVcdThCQkYnLCAnRm9sbG93LXVwcycpIH0sXG4gIGFkbWluOiB7XG4gICAgZ3JvdXA6IGdyb3Vwcy5wb2ludHMsXG4gICAgZGVmYXVsdENvbHVtbnM6IFsnY2FyZCcsICdzdGF0dXMnLCAncGVyaW9kRnJvbScsICdwZXJpb2RUbycsICdwb2ludHNJblBlcmlvZCcsICd1cGRhdGVkQXQnXSxcbiAgICBkZXNjcmlwdGlvbjogdChcbiAgICAgICdcdTVGODVcdTU2REVcdThCQkZcdTU0MERcdTUzNTVcdUZGMUEvYXBpL2ZvbGxvdy11cHMvY2FuZGlkYXRlcz9mcm9tPTIwMjYtMTEtMDEmdG89MjAyNi0xMS0zMFx1RkYwOFx1NTQ2OFx1NjcxRlx1NTE4NVx1NzlFRlx1NTIwNlx1NEUwRFx1OEQ4NVx1OEZDN1x1OTYwOFx1NTAzQ1x1NjIxNlx1NEY1OVx1OTg5RFx1NEUzQVx1OEQxRlx1NzY4NFx1NTM2MVx1RkYwOVx1MzAwMlx1OEQxRlx1NTIwNlx1NTM2MVx1NTNFRlx1NTcyOFx1NjY3QVx1ODBGRFx1NTM2MVx1NTIxN1x1ODg2OFx1NjMwOVx1NEY1OVx1OTg5RFx1N0I1Qlx1OTAwOVx1MzAwMicsXG4gICAgICAnQ2FuZGlkYXRlczogL2FwaS9mb2xsb3ctdXBzL2NhbmRpZGF0ZXM/ZnJvbT1cdTIwMjYmdG89XHUyMDI2IChjYXJkcyB3aXRoIGZldyBvciBuZWdhdGl2ZSBwb2ludHMgaW4gdGhlIHBlcmlvZCkuJyxcbiAgICApLFxuICB9LFxuICBhY2Nlc3M6IHsgcmVhZDogc3RhZmYsIGNyZWF0ZTogc3RhZmYsIHVwZGF0ZTogc3RhZmYsIGRlbGV0ZTogYWRtaW5zIH0sXG4gIGhvb2tzOiB7IGJlZm9yZUNoYW5nZTogW29uZU9wZW5QZXJDYXJkXSB9LFxuICBlbmRwb2ludHM6IFtmb2xsb3dVcENhbmRpZGF0ZXNFbmRwb2ludF0sXG4gIGZpZWxkczogW1xuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIGNhcmRGaWVsZCgpLFxuICAgICAgICBzZWxlY3QoXG4gICAgICAgICAgJ3N0YXR1cycsXG4gICAgICAgICAgdCgnXHU3MkI2XHU2MDAxJywgJ1N0YXR1cycpLFxuICAgICAgICAgIHsgb3BlbjogdCgnXHU4RERGXHU4RkRCXHU0RTJEJywgJ09wZW4nKSwgY2xvc2VkOiB0KCdcdTVERjJcdTdFRDNcdTY3NUYnLCAnQ2xvc2VkJykgfSxcbiAgICAgICAgICB7IHJlcXVpcmVkOiB0cnVlLCBkZWZhdWx0VmFsdWU6ICdvcGVuJywgaW5kZXg6IHRydWUgfSxcbiAgICAgICAgKSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB7IG5hbWU6ICdwZXJpb2RGcm9tJywgdHlwZTogJ2RhdGUnLCBsYWJlbDogdCgnXHU3RURGXHU4QkExXHU1RjAwXHU1OUNCJywgJ1BlcmlvZCBmcm9tJykgfSxcbiAgICAgICAgeyBuYW1lOiAncGVyaW9kVG8nLCB0eXBlOiAnZGF0ZScsIGxhYmVsOiB0KCdcdTdFREZcdThCQTFcdTdFRDNcdTY3NUYnLCAnUGVyaW9kIHRvJykgfSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ3BvaW50c0luUGVyaW9kJywgdCgnXHU1NDY4XHU2NzFGXHU1MTg1XHU3OUVGXHU1MjA2JywgJ1BvaW50cyBpbiBwZXJpb2QnKSksXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgbmFtZTogJ2NvbnRhY3RzJyxcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBsYWJlbDogdCgnXHU1NkRFXHU4QkJGXHU4QkIwXHU1RjU1JywgJ0NvbnRhY3RzJyksXG4gICAgICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1NTZERVx1OEJCRicsICdDb250YWN0JyksIHBsdXJhbDogdCgnXHU1NkRFXHU4QkJGJywgJ0NvbnRhY3RzJykgfSxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB7XG4gICAgICAgICAgdHlwZTogJ3JvdycsXG4gICAgICAgICAgZmllbGRzOiBbXG4gICAgICAgICAgICB7IG5hbWU6ICdhdCcsIHR5cGU6ICdkYXRlJywgcmVxdWlyZWQ6IHRydWUsIGxhYmVsOiB0KCdcdTY1RTVcdTY3MUYnLCAnRGF0ZScpIH0sXG4gICAgICAgICAgICByZWxhdGlvbigndXNlcnMnLCAnYnknLCB0KCdcdTU2REVcdThCQkZcdTRFQkEnLCAnQnknKSksXG4gICAgICAgICAgICBzZWxlY3QoXG4gICAgICAgICAgICAgICdtZXRob2QnLFxuICAgICAgICAgICAgICB0KCdcdTY1QjlcdTVGMEYnLCAnSG93JyksXG4gICAgICAgICAgICAgIHsgcGhvbmU6IHQoJ1x1NzUzNVx1OEJERCcsICdQaG9uZScpLCB2aXNpdDogdCgnXHU0RTBBXHU5NUU4JywgJ1Zpc2l0JykgfSxcbiAgICAgICAgICAgICAgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAncGhvbmUnIH0sXG4gICAgICAgICAgICApLFxuICAgICAgICAgIF0sXG4gICAgICAgIH0sXG4gICAgICAgIHsgbmFtZTogJ291dGNvbWUnLCB0eXBlOiAndGV4dGFyZWEnLCByZXF1aXJlZDogdHJ1ZSwgbGFiZWw6IHQoJ1x1N0VEM1x1Njc5QycsICdPdXRjb21lJykgfSxcbiAgICAgICAgeyBuYW1lOiAnbmV4dFN0ZXAnLCB0eXBlOiAndGV4dCcsIGxhYmVsOiB0KCdcdTRFMEJcdTRFMDBcdTZCNjUnLCAnTmV4dCBzdGVwJykgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgXSxcbn1cbiIsICIvKiogSG9va3Mgb2YgdGhlIGFwcGVuZC1vbmx5IHBvaW50cyBsZWRnZXIgKGBwb2ludC1lbnRyaWVzYCkuICovXG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgY3VycmVudFVzZXIsIGhhc1JvbGUsIHJlZklkIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHsgbmV4dEJhbGFuY2UgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL3BvaW50cydcbmltcG9ydCB0eXBlIHsgUG9pbnRFbnRyeSB9IGZyb20gJy4uLy4uL3BheWxvYWQtdHlwZXMnXG5pbXBvcnQgeyBpc1BsYXRmb3JtV3JpdGUgfSBmcm9tICcuLi8uLi9zZXJ2aWNlcy9wbGF0Zm9ybSdcbmltcG9ydCB7IGJhZFJlcXVlc3QsIGNvbmZsaWN0LCBmb3JiaWRkZW4gfSBmcm9tICcuLi9zaGFyZWQvZXJyb3JzJ1xuaW1wb3J0IHsgbXVzdEZpbmQgfSBmcm9tICcuLi9zaGFyZWQvbG9va3VwJ1xuXG4vKipcbiAqIEEgbmV3IGVudHJ5OiBvbmx5IHRoZSBwbGF0Zm9ybSBpdHNlbGYgcG9zdHMsIGV4Y2VwdCBhbiBhZG1pbidzIG1hbnVhbCBhZGp1c3RtZW50IHdpdGggYVxuICogd3JpdHRlbiByZWFzb24uIFRoZSBiYWxhbmNlIHJ1bGUgaXMgY2hlY2tlZCBvbiB0aGUgY2FyZCdzIGJhbGFuY2UgcmVhZCBpbnNpZGUgdGhpc1xuICogdHJhbnNhY3Rpb24sIHRoZW4gdGhlIGNhcmQgbW92ZXMgYnkgYW4gYXRvbWljIGluY3JlbWVudCBhbmQgdGhlIGVudHJ5IHJlY29yZHMgdGhlIHJlc3VsdC5cbiAqL1xuZXhwb3J0IGNvbnN0IGFwcGx5RW50cnk6IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rPFBvaW50RW50cnk+ID0gYXN5bmMgKHsgZGF0YSwgb3BlcmF0aW9uLCByZXEgfSkgPT4ge1xuICBpZiAob3BlcmF0aW9uICE9PSAnY3JlYXRlJykge1xuICAgIHRocm93IGZvcmJpZGRlbihcbiAgICAgICdMRURHRVJfQVBQRU5EX09OTFknLFxuICAgICAgJ1x1NzlFRlx1NTIwNlx1NkQ0MVx1NkMzNFx1NTNFQVx1ODBGRFx1OEZGRFx1NTJBMFx1RkYwQ1x1NEUwRFx1ODBGRFx1NEZFRVx1NjUzOVx1RkYxQlx1OEJGN1x1NTNFNlx1OEJCMFx1NEUwMFx1N0IxNFx1NTFCMlx1NkI2M1x1MzAwMkxlZGdlciBlbnRyaWVzIGNhbm5vdCBiZSBjaGFuZ2VkLicsXG4gICAgKVxuICB9XG4gIGNvbnN0IGludGVybmFsID0gaXNQbGF0Zm9ybVdyaXRlKHJlcSlcbiAgY29uc3QgdXNlciA9IGN1cnJlbnRVc2VyKHJlcSlcbiAgaWYgKCFpbnRlcm5hbCkge1xuICAgIGlmICghaGFzUm9sZSh1c2VyLCAnYWRtaW4nKSkge1xuICAgICAgdGhyb3cgZm9yYmlkZGVuKCdMRURHRVJfQURNSU5fT05MWScsICdcdTUzRUFcdTY3MDlcdTdCQTFcdTc0MDZcdTU0NThcdTUzRUZcdTRFRTVcdTYyNEJcdTVERTVcdThDMDNcdTY1NzRcdTc5RUZcdTUyMDZcdTMwMDJPbmx5IGFkbWlucyBwb3N0IG1hbnVhbCBhZGp1c3RtZW50cy4nKVxuICAgIH1cbiAgICBpZiAoZGF0YS5yZWFzb24gIT09ICdhZGp1c3RtZW50Jykge1xuICAgICAgdGhyb3cgYmFkUmVxdWVzdCgnQURKVVNUTUVOVF9PTkxZJywgJ1x1NjI0Qlx1NURFNVx1OEJCMFx1OEQyNlx1NTNFQVx1ODBGRFx1NjYyRlx1MzAwQ1x1OEMwM1x1NjU3NFx1MzAwRFx1MzAwMkEgbWFudWFsIGVudHJ5IG11c3QgYmUgYW4gYWRqdXN0bWVudC4nKVxuICAgIH1cbiAgICBpZiAoIVN0cmluZyhkYXRhLm5vdGUgPz8gJycpLnRyaW0oKSkge1xuICAgICAgdGhyb3cgYmFkUmVxdWVzdCgnUkVBU09OX1JFUVVJUkVEJywgJ1x1NjI0Qlx1NURFNVx1OEMwM1x1NjU3NFx1NUZDNVx1OTg3Qlx1NTg2Qlx1NTE5OVx1NTM5Rlx1NTZFMFx1MzAwMkFuIGFkanVzdG1lbnQgbmVlZHMgYSB3cml0dGVuIHJlYXNvbi4nKVxuICAgIH1cbiAgICBkYXRhLmlkZW1wb3RlbmN5S2V5IHx8PSBgYWRqdXN0bWVudDoke2NyeXB0by5yYW5kb21VVUlEKCl9YFxuICAgIGRhdGEuY2F1c2UgfHw9IGB1c2Vyczoke3VzZXI/LmlkfWBcbiAgfVxuICBjb25zdCBkZWx0YSA9IGRhdGEuZGVsdGFcbiAgaWYgKHR5cGVvZiBkZWx0YSAhPT0gJ251bWJlcicgfHwgIU51bWJlci5pc0ludGVnZXIoZGVsdGEpIHx8IGRlbHRhID09PSAwKSB7XG4gICAgdGhyb3cgYmFkUmVxdWVzdCgnSU5WQUxJRF9ERUxUQScsICdcdTc5RUZcdTUyMDZcdTUzRDhcdTUyQThcdTVGQzVcdTk4N0JcdTY2MkZcdTk3NUVcdTk2RjZcdTY1NzRcdTY1NzBcdTMwMDJUaGUgZGVsdGEgbXVzdCBiZSBhIG5vbi16ZXJvIHdob2xlIG51bWJlci4nKVxuICB9XG4gIGNvbnN0IGNhcmRJZCA9IHJlZklkKGRhdGEuY2FyZClcbiAgaWYgKGNhcmRJZCA9PT0gbnVsbCkgdGhyb3cgYmFkUmVxdWVzdCgnQ0FSRF9SRVFVSVJFRCcsICdcdTVGQzVcdTk4N0JcdTYzMDdcdTVCOUFcdTY2N0FcdTgwRkRcdTUzNjFcdTMwMDJBIGNhcmQgaXMgcmVxdWlyZWQuJylcbiAgY29uc3QgY2FyZCA9IGF3YWl0IG11c3RGaW5kKHJlcSwgJ2NhcmRzJywgY2FyZElkLCAnVU5LTk9XTl9DQVJEJywgYFx1NjY3QVx1ODBGRFx1NTM2MSAke2NhcmRJZH0gXHU0RTBEXHU1QjU4XHU1NzI4XHUzMDAyVW5rbm93biBjYXJkLmApXG5cbiAgY29uc3QgZXhpc3RpbmcgPSBhd2FpdCByZXEucGF5bG9hZC5maW5kKHtcbiAgICBjb2xsZWN0aW9uOiAncG9pbnQtZW50cmllcycsXG4gICAgd2hlcmU6IHsgaWRlbXBvdGVuY3lLZXk6IHsgZXF1YWxzOiBkYXRhLmlkZW1wb3RlbmN5S2V5IH0gfSxcbiAgICBsaW1pdDogMSxcbiAgICBkZXB0aDogMCxcbiAgICByZXEsXG4gIH0pXG4gIGlmIChleGlzdGluZy5kb2NzWzBdKSB7XG4gICAgdGhyb3cgY29uZmxpY3QoJ0RVUExJQ0FURV9FTlRSWScsIGBcdTVFNDJcdTdCNDlcdTk1MkVcdTVERjJcdTRGN0ZcdTc1MjhcdUZGMUEke2RhdGEuaWRlbXBvdGVuY3lLZXl9XHUzMDAyVGhpcyBlbnRyeSB3YXMgYWxyZWFkeSBwb3N0ZWQuYClcbiAgfVxuXG4gIGNvbnN0IHJlc3VsdCA9IG5leHRCYWxhbmNlKGNhcmQuYmFsYW5jZSA/PyAwLCBkZWx0YSwgZGF0YS5yZWFzb24gPz8gJ2FkanVzdG1lbnQnKVxuICBpZiAoIXJlc3VsdC5vaykgdGhyb3cgY29uZmxpY3QocmVzdWx0LmNvZGUsIHJlc3VsdC5tZXNzYWdlKVxuXG4gIGF3YWl0IHJlcS5wYXlsb2FkLmRiLnVwZGF0ZU9uZSh7XG4gICAgY29sbGVjdGlvbjogJ2NhcmRzJyxcbiAgICBpZDogY2FyZElkLFxuICAgIGRhdGE6IHsgYmFsYW5jZTogeyAkaW5jOiBkZWx0YSB9IH0sXG4gICAgcmVxLFxuICAgIHJldHVybmluZzogZmFsc2UsXG4gIH0pXG4gIGRhdGEuYmFsYW5jZUFmdGVyID0gcmVzdWx0LmJhbGFuY2VcbiAgZGF0YS5hY3RvciA9ICh1c2VyPy5pZCBhcyBudW1iZXIgfCB1bmRlZmluZWQpID8/IG51bGxcbiAgcmV0dXJuIGRhdGFcbn1cbiIsICJpbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25Db25maWcgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBhZG1pbnMgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYWRtaW5zJ1xuaW1wb3J0IHsgbm9ib2R5IH0gZnJvbSAnLi4vLi4vYWNjZXNzL25vYm9keSdcbmltcG9ydCB7IHN0YWZmT3JPd25Ub3duIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmT3JPd25Ub3duJ1xuaW1wb3J0IHsgTEVER0VSX1JFQVNPTlMgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL3BvaW50cydcbmltcG9ydCB7IGlkZW1wb3RlbmN5S2V5RmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvaWRlbXBvdGVuY3lLZXknXG5pbXBvcnQgeyB3aG9sZU51bWJlciB9IGZyb20gJy4uLy4uL2ZpZWxkcy9udW1iZXJzJ1xuaW1wb3J0IHsgc2VsZWN0IH0gZnJvbSAnLi4vLi4vZmllbGRzL29wdGlvbnMnXG5pbXBvcnQgeyBhY3RvckZpZWxkLCBjYXJkRmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvcmVsYXRpb25zJ1xuaW1wb3J0IHsgYXBwbHlFbnRyeSB9IGZyb20gJy4uLy4uL2hvb2tzL3BvaW50cy9wb2ludEVudHJpZXMnXG5pbXBvcnQgeyByZWZ1c2VEZWxldGUgfSBmcm9tICcuLi8uLi9ob29rcy9zaGFyZWQvYXBwZW5kT25seSdcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKipcbiAqIFx1NzlFRlx1NTIwNlx1NkQ0MVx1NkMzNDogdGhlIGFwcGVuZC1vbmx5IHBvaW50cyBsZWRnZXIuIE5vYm9keSBlZGl0cyBvciBkZWxldGVzIGFuIGVudHJ5LCB0aHJvdWdoIGFueSBBUEk7XG4gKiBhIGNvcnJlY3Rpb24gaXMgYSBuZXcsIHJldmVyc2luZyBlbnRyeS4gQSBjYXJkJ3MgYmFsYW5jZSBhbHdheXMgZXF1YWxzIHRoZSBzdW0gb2YgaXRzIGVudHJpZXMuXG4gKi9cbmV4cG9ydCBjb25zdCBQb2ludEVudHJpZXM6IENvbGxlY3Rpb25Db25maWcgPSB7XG4gIHNsdWc6ICdwb2ludC1lbnRyaWVzJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdTc5RUZcdTUyMDZcdTZENDFcdTZDMzQnLCAnTGVkZ2VyIGVudHJ5JyksIHBsdXJhbDogdCgnXHU3OUVGXHU1MjA2XHU2RDQxXHU2QzM0JywgJ0xlZGdlcicpIH0sXG4gIGFkbWluOiB7XG4gICAgZ3JvdXA6IGdyb3Vwcy5wb2ludHMsXG4gICAgdXNlQXNUaXRsZTogJ2lkZW1wb3RlbmN5S2V5JyxcbiAgICBkZWZhdWx0Q29sdW1uczogWydjcmVhdGVkQXQnLCAnY2FyZCcsICdkZWx0YScsICdyZWFzb24nLCAnYmFsYW5jZUFmdGVyJywgJ25vdGUnXSxcbiAgICBsaXN0U2VhcmNoYWJsZUZpZWxkczogWydpZGVtcG90ZW5jeUtleScsICdjYXVzZScsICdub3RlJ10sXG4gICAgZGVzY3JpcHRpb246IHQoXG4gICAgICAnXHU2RDQxXHU2QzM0XHU1M0VBXHU4MEZEXHU4RkZEXHU1MkEwXHUzMDAyXHU2MjRCXHU1REU1XHU4QzAzXHU2NTc0XHU4QkY3XHU3MEI5XHUzMDBDXHU1MjFCXHU1RUZBXHUzMDBEXHVGRjBDXHU1MzlGXHU1NkUwXHU5MDA5XHUzMDBDXHU0RUJBXHU1REU1XHU4QzAzXHU2NTc0XHUzMDBEXHU1RTc2XHU1MTk5XHU2NjBFXHU3NDA2XHU3NTMxXHUzMDAyJyxcbiAgICAgICdBcHBlbmQtb25seS4gVG8gY29ycmVjdCBhIGJhbGFuY2UsIGNyZWF0ZSBhbiBhZGp1c3RtZW50IHdpdGggYSB3cml0dGVuIHJlYXNvbi4nLFxuICAgICksXG4gIH0sXG4gIGRlZmF1bHRTb3J0OiAnLWNyZWF0ZWRBdCcsXG4gIC8vIEEgcmVjb3JkIG9mIGFuIGFjdCBjYW5ub3QgYmUgY29waWVkIGludG8gYW5vdGhlciBhY3QuXG4gIGRpc2FibGVEdXBsaWNhdGU6IHRydWUsXG4gIGFjY2VzczogeyByZWFkOiBzdGFmZk9yT3duVG93bignY2FyZC5zaXRlJyksIGNyZWF0ZTogYWRtaW5zLCB1cGRhdGU6IG5vYm9keSwgZGVsZXRlOiBub2JvZHkgfSxcbiAgaG9va3M6IHsgYmVmb3JlQ2hhbmdlOiBbYXBwbHlFbnRyeV0sIGJlZm9yZURlbGV0ZTogW3JlZnVzZURlbGV0ZV0gfSxcbiAgZmllbGRzOiBbXG4gICAgY2FyZEZpZWxkKCksXG4gICAgeyBuYW1lOiAnZGVsdGEnLCB0eXBlOiAnbnVtYmVyJywgcmVxdWlyZWQ6IHRydWUsIGxhYmVsOiB0KCdcdTc5RUZcdTUyMDZcdTUzRDhcdTUyQTgnLCAnUG9pbnRzIChcdTAwQjEpJykgfSxcbiAgICBzZWxlY3QoJ3JlYXNvbicsIHQoJ1x1N0M3Qlx1NTc4QicsICdSZWFzb24nKSwgTEVER0VSX1JFQVNPTlMsIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogJ2FkanVzdG1lbnQnLCBpbmRleDogdHJ1ZSB9KSxcbiAgICB7IG5hbWU6ICdub3RlJywgdHlwZTogJ3RleHRhcmVhJywgbGFiZWw6IHQoJ1x1OEJGNFx1NjYwRSAvIFx1OEMwM1x1NjU3NFx1NTM5Rlx1NTZFMCcsICdOb3RlIC8gcmVhc29uJykgfSxcbiAgICB3aG9sZU51bWJlcignYmFsYW5jZUFmdGVyJywgdCgnXHU1M0Q4XHU1MkE4XHU1NDBFXHU0RjU5XHU5ODlEJywgJ0JhbGFuY2UgYWZ0ZXInKSwgeyByZWFkT25seTogdHJ1ZSwgc2lkZWJhcjogdHJ1ZSB9KSxcbiAgICB7IG5hbWU6ICdjYXVzZScsIHR5cGU6ICd0ZXh0JywgbGFiZWw6IHQoJ1x1Njc2NVx1NkU5MCcsICdDYXVzZWQgYnknKSwgYWRtaW46IHsgcmVhZE9ubHk6IHRydWUsIHBvc2l0aW9uOiAnc2lkZWJhcicgfSB9LFxuICAgIGFjdG9yRmllbGQoJ2FjdG9yJywgdCgnXHU2NENEXHU0RjVDXHU0RUJBJywgJ0J5JyksIHsgc2lkZWJhcjogdHJ1ZSB9KSxcbiAgICB3aG9sZU51bWJlcigncnVsZXNSZXZpc2lvbicsIHQoJ1x1ODlDNFx1NTIxOVx1NzI0OFx1NjcyQycsICdSdWxlcyByZXZpc2lvbicpLCB7IHJlYWRPbmx5OiB0cnVlLCBzaWRlYmFyOiB0cnVlIH0pLFxuICAgIGlkZW1wb3RlbmN5S2V5RmllbGQoKSxcbiAgXSxcbn1cbiIsICIvKiogV2hldGhlciBhIGNhcmQgbWF5IHJlZGVlbSBhIHJld2FyZCBub3csIGFuZCBmb3IgaG93IG1hbnkgcG9pbnRzIChwdXJlKS4gKi9cbmltcG9ydCB7IHQgfSBmcm9tICcuLi8uLi9pMThuL2xhYmVscydcbmltcG9ydCB7IGF1ZGllbmNlQWRtaXRzLCB0eXBlIEF1ZGllbmNlIH0gZnJvbSAnLi4vc2hhcmVkL2F1ZGllbmNlJ1xuaW1wb3J0IHsgcG9pbnRzRm9yRmVuLCB0eXBlIFBvaW50UnVsZXMgfSBmcm9tICcuL3BvaW50cydcblxuZXhwb3J0IGNvbnN0IFJFV0FSRF9LSU5EUyA9IHtcbiAgZ29vZHM6IHQoJ1x1NzUxRlx1NkQzQlx1NzUyOFx1NTRDMScsICdHb29kcycpLFxuICAnZmVlLWRlZHVjdGlvbic6IHQoJ1x1NjJCNVx1NjI2M1x1NzI2OVx1NEUxQVx1OEQzOScsICdQcm9wZXJ0eS1mZWUgZGVkdWN0aW9uJyksXG4gICdvZmZpY2Utc3VwcGxpZXMnOiB0KCdcdTUyOUVcdTUxNkNcdTc1MjhcdTU0QzEnLCAnT2ZmaWNlIHN1cHBsaWVzJyksXG4gIGhvbm91cjogdCgnXHU4MzYzXHU4QTg5XHVGRjA4XHU1MTQ5XHU4MzYzXHU2OTlDIC8gXHU2RDQxXHU1MkE4XHU3RUEyXHU2NUQ3XHVGRjA5JywgJ0hvbm91cicpLFxufVxuXG5leHBvcnQgdHlwZSBSZXdhcmRMaWtlID0ge1xuICBraW5kOiAnZ29vZHMnIHwgJ2ZlZS1kZWR1Y3Rpb24nIHwgJ29mZmljZS1zdXBwbGllcycgfCAnaG9ub3VyJ1xuICBwb2ludHNDb3N0PzogbnVtYmVyIHwgbnVsbFxuICBmZWVGZW4/OiBudW1iZXIgfCBudWxsXG4gIGF1ZGllbmNlOiBBdWRpZW5jZVxuICBzdG9jaz86IG51bWJlciB8IG51bGxcbiAgYWN0aXZlPzogYm9vbGVhbiB8IG51bGxcbiAgYWN0aXZlRnJvbT86IHN0cmluZyB8IG51bGxcbiAgYWN0aXZlVW50aWw/OiBzdHJpbmcgfCBudWxsXG59XG5leHBvcnQgdHlwZSBDYXJkTGlrZSA9IHsgc3RhdHVzOiBzdHJpbmc7IGhvbGRlcktpbmQ6ICdob3VzZWhvbGQnIHwgJ29mZmljZScgfVxuXG5leHBvcnQgY29uc3QgUkVERU1QVElPTl9DT0RFUyA9IFtcbiAgJ0lOVkFMSURfUVVBTlRJVFknLFxuICAnQ0FSRF9OT1RfQUNUSVZFJyxcbiAgJ1JFV0FSRF9JTkFDVElWRScsXG4gICdPVVRTSURFX1dJTkRPVycsXG4gICdXUk9OR19BVURJRU5DRScsXG4gICdPVVRfT0ZfU1RPQ0snLFxuXSBhcyBjb25zdFxuXG5leHBvcnQgdHlwZSBSZWRlbXB0aW9uQ2hlY2sgPVxuICB8IHsgb2s6IHRydWU7IHBvaW50czogbnVtYmVyOyB1bml0UG9pbnRzOiBudW1iZXIgfVxuICB8IHsgb2s6IGZhbHNlOyBjb2RlOiAodHlwZW9mIFJFREVNUFRJT05fQ09ERVMpW251bWJlcl07IG1lc3NhZ2U6IHN0cmluZyB9XG5cbmV4cG9ydCBjb25zdCBNQVhfUVVBTlRJVFkgPSAxMDBcblxuZXhwb3J0IGZ1bmN0aW9uIHVuaXRQb2ludHMocmV3YXJkOiBSZXdhcmRMaWtlLCBydWxlczogUGljazxQb2ludFJ1bGVzLCAncG9pbnRzUGVyWXVhbic+KTogbnVtYmVyIHtcbiAgaWYgKHJld2FyZC5raW5kID09PSAnaG9ub3VyJykgcmV0dXJuIDBcbiAgaWYgKHJld2FyZC5raW5kID09PSAnZmVlLWRlZHVjdGlvbicpIHJldHVybiBwb2ludHNGb3JGZW4ocmV3YXJkLmZlZUZlbiA/PyAwLCBydWxlcylcbiAgcmV0dXJuIHJld2FyZC5wb2ludHNDb3N0ID8/IDBcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrUmVkZW1wdGlvbihcbiAgcmV3YXJkOiBSZXdhcmRMaWtlLFxuICBjYXJkOiBDYXJkTGlrZSxcbiAgcXVhbnRpdHk6IG51bWJlcixcbiAgbm93OiBEYXRlLFxuICBydWxlczogUGljazxQb2ludFJ1bGVzLCAncG9pbnRzUGVyWXVhbic+LFxuKTogUmVkZW1wdGlvbkNoZWNrIHtcbiAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKHF1YW50aXR5KSB8fCBxdWFudGl0eSA8IDEgfHwgcXVhbnRpdHkgPiBNQVhfUVVBTlRJVFkpIHtcbiAgICByZXR1cm4ge1xuICAgICAgb2s6IGZhbHNlLFxuICAgICAgY29kZTogJ0lOVkFMSURfUVVBTlRJVFknLFxuICAgICAgbWVzc2FnZTogYFx1NjU3MFx1OTFDRlx1NEUzQSAxXHUyMDEzJHtNQVhfUVVBTlRJVFl9XHUzMDAyUXVhbnRpdHkgbXVzdCBiZSAxXHUyMDEzJHtNQVhfUVVBTlRJVFl9LmAsXG4gICAgfVxuICB9XG4gIGlmIChjYXJkLnN0YXR1cyAhPT0gJ2FjdGl2ZScpXG4gICAgcmV0dXJuIHsgb2s6IGZhbHNlLCBjb2RlOiAnQ0FSRF9OT1RfQUNUSVZFJywgbWVzc2FnZTogJ1x1NkI2NFx1NTM2MVx1NEUwRFx1NTNFRlx1NzUyOFx1RkYwOFx1NjMwMlx1NTkzMVx1NjIxNlx1NkNFOFx1OTUwMFx1RkYwOVx1MzAwMlRoZSBjYXJkIGlzIG5vdCBhY3RpdmUuJyB9XG4gIGlmIChyZXdhcmQuYWN0aXZlID09PSBmYWxzZSlcbiAgICByZXR1cm4geyBvazogZmFsc2UsIGNvZGU6ICdSRVdBUkRfSU5BQ1RJVkUnLCBtZXNzYWdlOiAnXHU4QkU1XHU1NTQ2XHU1NEMxXHU1REYyXHU0RTBCXHU2N0I2XHUzMDAyVGhlIHJld2FyZCBpcyBub3Qgb24gb2ZmZXIuJyB9XG4gIGNvbnN0IHRpbWUgPSBub3cuZ2V0VGltZSgpXG4gIGlmIChcbiAgICAocmV3YXJkLmFjdGl2ZUZyb20gJiYgdGltZSA8IG5ldyBEYXRlKHJld2FyZC5hY3RpdmVGcm9tKS5nZXRUaW1lKCkpIHx8XG4gICAgKHJld2FyZC5hY3RpdmVVbnRpbCAmJiB0aW1lID4gbmV3IERhdGUocmV3YXJkLmFjdGl2ZVVudGlsKS5nZXRUaW1lKCkpXG4gICkge1xuICAgIHJldHVybiB7IG9rOiBmYWxzZSwgY29kZTogJ09VVFNJREVfV0lORE9XJywgbWVzc2FnZTogJ1x1NEUwRFx1NTcyOFx1NTE1MVx1NjM2Mlx1NjcxRlx1NTE4NVx1MzAwMlRoZSByZXdhcmQgaXMgb3V0c2lkZSBpdHMgcmVkZW1wdGlvbiB3aW5kb3cuJyB9XG4gIH1cbiAgaWYgKCFhdWRpZW5jZUFkbWl0cyhyZXdhcmQuYXVkaWVuY2UsIGNhcmQuaG9sZGVyS2luZCkpIHtcbiAgICByZXR1cm4ge1xuICAgICAgb2s6IGZhbHNlLFxuICAgICAgY29kZTogJ1dST05HX0FVRElFTkNFJyxcbiAgICAgIG1lc3NhZ2U6IGBcdThCRTVcdTU1NDZcdTU0QzFcdTRFQzVcdTk2NTAke3Jld2FyZC5hdWRpZW5jZSA9PT0gJ29mZmljZXMnID8gJ1x1NjczQVx1NTE3M1x1NTM1NVx1NEY0RCcgOiAnXHU1QzQ1XHU2QzExJ31cdTUxNTFcdTYzNjJcdTMwMDJOb3QgZm9yIHRoaXMgY2FyZCBob2xkZXIuYCxcbiAgICB9XG4gIH1cbiAgaWYgKHJld2FyZC5zdG9jayAhPT0gbnVsbCAmJiByZXdhcmQuc3RvY2sgIT09IHVuZGVmaW5lZCAmJiByZXdhcmQuc3RvY2sgPCBxdWFudGl0eSkge1xuICAgIHJldHVybiB7IG9rOiBmYWxzZSwgY29kZTogJ09VVF9PRl9TVE9DSycsIG1lc3NhZ2U6IGBcdTVFOTNcdTVCNThcdTRFMERcdThEQjNcdUZGMDhcdTUyNjkgJHtyZXdhcmQuc3RvY2t9XHVGRjA5XHUzMDAyTm90IGVub3VnaCBzdG9jay5gIH1cbiAgfVxuICBjb25zdCB1bml0ID0gdW5pdFBvaW50cyhyZXdhcmQsIHJ1bGVzKVxuICByZXR1cm4geyBvazogdHJ1ZSwgcG9pbnRzOiB1bml0ICogcXVhbnRpdHksIHVuaXRQb2ludHM6IHVuaXQgfVxufVxuIiwgIi8qKiBIb29rcyBvZiBgcmVkZW1wdGlvbnNgOiBiYWxhbmNlIGFuZCBzdG9jayBhcmUgdGFrZW4gdG9nZXRoZXIsIGFuZCBnaXZlbiBiYWNrIG9uIGNhbmNlbC4gKi9cbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkFmdGVyQ2hhbmdlSG9vaywgQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2sgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyByZWZJZCB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IGNoZWNrUmVkZW1wdGlvbiwgdHlwZSBDYXJkTGlrZSwgdHlwZSBSZXdhcmRMaWtlIH0gZnJvbSAnLi4vLi4vZG9tYWluL3BvaW50cy9yZXdhcmRzJ1xuaW1wb3J0IHsgcG9zdEVudHJ5IH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcG9pbnRzL2xlZGdlcidcbmltcG9ydCB7IHJ1bGVzRm9yIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcG9pbnRzL3J1bGVzJ1xuaW1wb3J0IHsgaXNQbGF0Zm9ybVdyaXRlIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcGxhdGZvcm0nXG5pbXBvcnQgdHlwZSB7IFJlZGVtcHRpb24gfSBmcm9tICcuLi8uLi9wYXlsb2FkLXR5cGVzJ1xuaW1wb3J0IHsgYmFkUmVxdWVzdCwgY29uZmxpY3QsIGZvcmJpZGRlbiB9IGZyb20gJy4uL3NoYXJlZC9lcnJvcnMnXG5pbXBvcnQgeyBtdXN0RmluZCB9IGZyb20gJy4uL3NoYXJlZC9sb29rdXAnXG5cbmV4cG9ydCBjb25zdCBjaGVja1JlZGVtcHRpb25DaGFuZ2U6IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rPFJlZGVtcHRpb24+ID0gYXN5bmMgKHtcbiAgZGF0YSxcbiAgb3BlcmF0aW9uLFxuICBvcmlnaW5hbERvYyxcbiAgcmVxLFxufSkgPT4ge1xuICBpZiAob3BlcmF0aW9uID09PSAndXBkYXRlJykge1xuICAgIGNvbnN0IG9ubHlDYW5jZWwgPVxuICAgICAgb3JpZ2luYWxEb2M/LnN0YXR1cyA9PT0gJ2NvbXBsZXRlZCcgJiZcbiAgICAgIGRhdGEuc3RhdHVzID09PSAnY2FuY2VsbGVkJyAmJlxuICAgICAgKFsnY2FyZCcsICdyZXdhcmQnLCAncXVhbnRpdHknLCAncG9pbnRzJ10gYXMgY29uc3QpLmV2ZXJ5KFxuICAgICAgICAoZikgPT4gZGF0YVtmXSA9PT0gdW5kZWZpbmVkIHx8IFN0cmluZyhyZWZJZChkYXRhW2ZdKSkgPT09IFN0cmluZyhyZWZJZChvcmlnaW5hbERvY1tmXSkpLFxuICAgICAgKVxuICAgIGlmICghb25seUNhbmNlbCkge1xuICAgICAgdGhyb3cgZm9yYmlkZGVuKCdSRURFTVBUSU9OX0lNTVVUQUJMRScsICdcdTUxNTFcdTYzNjJcdThCQjBcdTVGNTVcdTUzRUFcdTgwRkRcdTY0QTRcdTk1MDBcdUZGMENcdTRFMERcdTgwRkRcdTRGRUVcdTY1MzlcdTMwMDJBIHJlZGVtcHRpb24gY2FuIG9ubHkgYmUgY2FuY2VsbGVkLicpXG4gICAgfVxuICAgIGRhdGEuY2FuY2VsbGVkQXQgPSBuZXcgRGF0ZSgpLnRvSVNPU3RyaW5nKClcbiAgICByZXR1cm4gZGF0YVxuICB9XG4gIGlmIChkYXRhLmNoYW5uZWwgPT09ICdnaWZ0LW1hY2hpbmUnICYmICFpc1BsYXRmb3JtV3JpdGUocmVxKSkge1xuICAgIHRocm93IGZvcmJpZGRlbihcbiAgICAgICdTRVJWRVJfU0VUX0ZJRUxEJyxcbiAgICAgICdcdTc5M0NcdTU0QzFcdTUxNTFcdTYzNjJcdTY3M0FcdTc2ODRcdTUxNTFcdTYzNjJcdTUzRUFcdTgwRkRcdTc1MzFcdThCQkVcdTU5MDdcdTUzRDFcdThENzdcdTMwMDJPbmx5IGEgZ2lmdCBtYWNoaW5lIHJlY29yZHMgaXRzIG93biByZWRlbXB0aW9ucy4nLFxuICAgICAge1xuICAgICAgICBmaWVsZDogJ2NoYW5uZWwnLFxuICAgICAgfSxcbiAgICApXG4gIH1cbiAgY29uc3QgY2FyZCA9IGF3YWl0IG11c3RGaW5kKHJlcSwgJ2NhcmRzJywgZGF0YS5jYXJkLCAnVU5LTk9XTl9DQVJEJywgJ1x1NjY3QVx1ODBGRFx1NTM2MVx1NEUwRFx1NUI1OFx1NTcyOFx1MzAwMlVua25vd24gY2FyZC4nKVxuICBjb25zdCByZXdhcmQgPSBhd2FpdCBtdXN0RmluZChyZXEsICdyZXdhcmRzJywgZGF0YS5yZXdhcmQsICdVTktOT1dOX1JFV0FSRCcsICdcdTUxNTFcdTYzNjJcdTU1NDZcdTU0QzFcdTRFMERcdTVCNThcdTU3MjhcdTMwMDJVbmtub3duIHJld2FyZC4nKVxuICBjb25zdCBub3cgPSBuZXcgRGF0ZSgpXG4gIGNvbnN0IHJ1bGVzID0gYXdhaXQgcnVsZXNGb3IocmVxLnBheWxvYWQsIG5vdywgcmVxKVxuICBjb25zdCBjaGVjayA9IGNoZWNrUmVkZW1wdGlvbihyZXdhcmQgYXMgUmV3YXJkTGlrZSwgY2FyZCBhcyBDYXJkTGlrZSwgZGF0YS5xdWFudGl0eSA/PyAxLCBub3csIHJ1bGVzKVxuICBpZiAoIWNoZWNrLm9rKSB7XG4gICAgdGhyb3cgY2hlY2suY29kZSA9PT0gJ09VVF9PRl9TVE9DSycgPyBjb25mbGljdChjaGVjay5jb2RlLCBjaGVjay5tZXNzYWdlKSA6IGJhZFJlcXVlc3QoY2hlY2suY29kZSwgY2hlY2subWVzc2FnZSlcbiAgfVxuICBkYXRhLnF1YW50aXR5ID8/PSAxXG4gIGRhdGEucG9pbnRzID0gY2hlY2sucG9pbnRzXG4gIGRhdGEuc3RhdHVzID0gJ2NvbXBsZXRlZCdcbiAgZGF0YS5pZGVtcG90ZW5jeUtleSB8fD0gYHJlZGVtcHRpb246JHtjcnlwdG8ucmFuZG9tVVVJRCgpfWBcbiAgcmV0dXJuIGRhdGFcbn1cblxuLyoqIFRha2VzIHN0b2NrIGFuZCBwb2ludHMgb24gY3JlYXRlOyBnaXZlcyBib3RoIGJhY2sgd2hlbiBhIGNvbXBsZXRlZCByZWRlbXB0aW9uIGlzIGNhbmNlbGxlZC4gKi9cbmV4cG9ydCBjb25zdCBzZXR0bGVSZWRlbXB0aW9uOiBDb2xsZWN0aW9uQWZ0ZXJDaGFuZ2VIb29rPFJlZGVtcHRpb24+ID0gYXN5bmMgKHsgZG9jLCBwcmV2aW91c0RvYywgb3BlcmF0aW9uLCByZXEgfSkgPT4ge1xuICBjb25zdCBjYW5jZWxsZWQgPSBvcGVyYXRpb24gPT09ICd1cGRhdGUnICYmIHByZXZpb3VzRG9jPy5zdGF0dXMgPT09ICdjb21wbGV0ZWQnICYmIGRvYy5zdGF0dXMgPT09ICdjYW5jZWxsZWQnXG4gIGlmIChvcGVyYXRpb24gIT09ICdjcmVhdGUnICYmICFjYW5jZWxsZWQpIHJldHVybiBkb2NcbiAgLy8gVGFraW5nIG1vdmVzIHN0b2NrIGFuZCBwb2ludHMgb3V0IG9mIHRoZSBjYXJkJ3MgcmVhY2g7IGNhbmNlbGxpbmcgbW92ZXMgdGhlbSBiYWNrLlxuICBjb25zdCBzaWduID0gY2FuY2VsbGVkID8gMSA6IC0xXG4gIGNvbnN0IHJld2FyZElkID0gcmVmSWQoZG9jLnJld2FyZCkhXG4gIGNvbnN0IHJld2FyZCA9IGF3YWl0IHJlcS5wYXlsb2FkLmZpbmRCeUlEKHtcbiAgICBjb2xsZWN0aW9uOiAncmV3YXJkcycsXG4gICAgaWQ6IHJld2FyZElkLFxuICAgIGRlcHRoOiAwLFxuICAgIHJlcSxcbiAgICBvdmVycmlkZUFjY2VzczogdHJ1ZSxcbiAgfSlcbiAgaWYgKHJld2FyZC5zdG9jayAhPT0gbnVsbCAmJiByZXdhcmQuc3RvY2sgIT09IHVuZGVmaW5lZCkge1xuICAgIGF3YWl0IHJlcS5wYXlsb2FkLmRiLnVwZGF0ZU9uZSh7XG4gICAgICBjb2xsZWN0aW9uOiAncmV3YXJkcycsXG4gICAgICBpZDogcmV3YXJkSWQsXG4gICAgICBkYXRhOiB7IHN0b2NrOiB7ICRpbmM6IHNpZ24gKiBkb2MucXVhbnRpdHkgfSB9LFxuICAgICAgcmVxLFxuICAgICAgcmV0dXJuaW5nOiBmYWxzZSxcbiAgICB9KVxuICB9XG4gIGNvbnN0IHBvaW50cyA9IGRvYy5wb2ludHMgPz8gMFxuICBpZiAocG9pbnRzID4gMCkge1xuICAgIGF3YWl0IHBvc3RFbnRyeShyZXEsIHtcbiAgICAgIGNhcmQ6IHJlZklkKGRvYy5jYXJkKSEsXG4gICAgICBkZWx0YTogc2lnbiAqIHBvaW50cyxcbiAgICAgIHJlYXNvbjogY2FuY2VsbGVkID8gJ3JlZnVuZCcgOiAncmVkZW1wdGlvbicsXG4gICAgICBjYXVzZTogYHJlZGVtcHRpb25zOiR7ZG9jLmlkfWAsXG4gICAgICBpZGVtcG90ZW5jeUtleTogYCR7ZG9jLmlkZW1wb3RlbmN5S2V5fToke2NhbmNlbGxlZCA/ICdyZWZ1bmQnIDogJ3Rha2UnfWAsXG4gICAgICBub3RlOiBjYW5jZWxsZWQgPyBgXHU2NEE0XHU5NTAwXHU1MTUxXHU2MzYyICR7cmV3YXJkLm5hbWV9YCA6IHJld2FyZC5uYW1lLFxuICAgIH0pXG4gIH1cbiAgcmV0dXJuIGRvY1xufVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IG5vYm9keSB9IGZyb20gJy4uLy4uL2FjY2Vzcy9ub2JvZHknXG5pbXBvcnQgeyBzdGFmZiB9IGZyb20gJy4uLy4uL2FjY2Vzcy9zdGFmZidcbmltcG9ydCB7IHN0YWZmT3JPd25Ub3duIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmT3JPd25Ub3duJ1xuaW1wb3J0IHsgbW9tZW50RmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvZGF0ZXMnXG5pbXBvcnQgeyBpZGVtcG90ZW5jeUtleUZpZWxkIH0gZnJvbSAnLi4vLi4vZmllbGRzL2lkZW1wb3RlbmN5S2V5J1xuaW1wb3J0IHsgd2hvbGVOdW1iZXIgfSBmcm9tICcuLi8uLi9maWVsZHMvbnVtYmVycydcbmltcG9ydCB7IHNlbGVjdCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9vcHRpb25zJ1xuaW1wb3J0IHsgY2FyZEZpZWxkLCByZWxhdGlvbiB9IGZyb20gJy4uLy4uL2ZpZWxkcy9yZWxhdGlvbnMnXG5pbXBvcnQgeyBjaGVja1JlZGVtcHRpb25DaGFuZ2UsIHNldHRsZVJlZGVtcHRpb24gfSBmcm9tICcuLi8uLi9ob29rcy9wb2ludHMvcmVkZW1wdGlvbnMnXG5pbXBvcnQgeyByZWZ1c2VEZWxldGUgfSBmcm9tICcuLi8uLi9ob29rcy9zaGFyZWQvYXBwZW5kT25seSdcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKipcbiAqIFx1NTE1MVx1NjM2Mlx1OEJCMFx1NUY1NTogYSBjYXJkIHNwZW5kcyBwb2ludHMgb24gYSByZXdhcmQuIEJhbGFuY2UgYW5kIHN0b2NrIGFyZSBjaGVja2VkIGFuZCB0YWtlbiBpbiBvbmVcbiAqIHRyYW5zYWN0aW9uOyBjYW5jZWxsaW5nIGdpdmVzIGJvdGggYmFjayB0aHJvdWdoIHRoZSBsZWRnZXIuXG4gKi9cbmV4cG9ydCBjb25zdCBSZWRlbXB0aW9uczogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ3JlZGVtcHRpb25zJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdTUxNTFcdTYzNjJcdThCQjBcdTVGNTUnLCAnUmVkZW1wdGlvbicpLCBwbHVyYWw6IHQoJ1x1NTE1MVx1NjM2Mlx1OEJCMFx1NUY1NScsICdSZWRlbXB0aW9ucycpIH0sXG4gIGFkbWluOiB7XG4gICAgZ3JvdXA6IGdyb3Vwcy5wb2ludHMsXG4gICAgdXNlQXNUaXRsZTogJ2lkZW1wb3RlbmN5S2V5JyxcbiAgICBkZWZhdWx0Q29sdW1uczogWydjcmVhdGVkQXQnLCAnY2FyZCcsICdyZXdhcmQnLCAncXVhbnRpdHknLCAncG9pbnRzJywgJ2NoYW5uZWwnLCAnc3RhdHVzJ10sXG4gIH0sXG4gIGRlZmF1bHRTb3J0OiAnLWNyZWF0ZWRBdCcsXG4gIC8vIEEgcmVjb3JkIG9mIGFuIGFjdCBjYW5ub3QgYmUgY29waWVkIGludG8gYW5vdGhlciBhY3QuXG4gIGRpc2FibGVEdXBsaWNhdGU6IHRydWUsXG4gIGFjY2VzczogeyByZWFkOiBzdGFmZk9yT3duVG93bignY2FyZC5zaXRlJyksIGNyZWF0ZTogc3RhZmYsIHVwZGF0ZTogc3RhZmYsIGRlbGV0ZTogbm9ib2R5IH0sXG4gIGhvb2tzOiB7IGJlZm9yZUNoYW5nZTogW2NoZWNrUmVkZW1wdGlvbkNoYW5nZV0sIGFmdGVyQ2hhbmdlOiBbc2V0dGxlUmVkZW1wdGlvbl0sIGJlZm9yZURlbGV0ZTogW3JlZnVzZURlbGV0ZV0gfSxcbiAgZmllbGRzOiBbXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgY2FyZEZpZWxkKCksXG4gICAgICAgIHJlbGF0aW9uKCdyZXdhcmRzJywgJ3Jld2FyZCcsIHQoJ1x1NTU0Nlx1NTRDMScsICdSZXdhcmQnKSwgeyByZXF1aXJlZDogdHJ1ZSB9KSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ3F1YW50aXR5JywgdCgnXHU2NTcwXHU5MUNGJywgJ1F1YW50aXR5JyksIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogMSwgbWluOiAxIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHdob2xlTnVtYmVyKCdwb2ludHMnLCB0KCdcdTZEODhcdTgwMTdcdTc5RUZcdTUyMDYnLCAnUG9pbnRzJyksIHsgcmVhZE9ubHk6IHRydWUgfSksXG4gICAgICAgIHNlbGVjdChcbiAgICAgICAgICAnY2hhbm5lbCcsXG4gICAgICAgICAgdCgnXHU1MTUxXHU2MzYyXHU2RTIwXHU5MDUzJywgJ0NoYW5uZWwnKSxcbiAgICAgICAgICB7XG4gICAgICAgICAgICBjb3VudGVyOiB0KCdcdTUxNTFcdTYzNjJcdTcwQjlcdTY3RENcdTUzRjAnLCAnQ291bnRlcicpLFxuICAgICAgICAgICAgJ2dpZnQtbWFjaGluZSc6IHQoJ1x1NzkzQ1x1NTRDMVx1NTE1MVx1NjM2Mlx1NjczQScsICdHaWZ0IG1hY2hpbmUnKSxcbiAgICAgICAgICAgICdwcm9wZXJ0eS1vZmZpY2UnOiB0KCdcdTcyNjlcdTRFMUFcdTUyOUVcdTUxNkNcdTVCQTQnLCAnUHJvcGVydHkgb2ZmaWNlJyksXG4gICAgICAgICAgfSxcbiAgICAgICAgICB7IHJlcXVpcmVkOiB0cnVlLCBkZWZhdWx0VmFsdWU6ICdjb3VudGVyJyB9LFxuICAgICAgICApLFxuICAgICAgICBzZWxlY3QoXG4gICAgICAgICAgJ3N0YXR1cycsXG4gICAgICAgICAgdCgnXHU3MkI2XHU2MDAxJywgJ1N0YXR1cycpLFxuICAgICAgICAgIHsgY29tcGxldGVkOiB0KCdcdTVERjJcdTVCOENcdTYyMTAnLCAnQ29tcGxldGVkJyksIGNhbmNlbGxlZDogdCgnXHU1REYyXHU2NEE0XHU5NTAwJywgJ0NhbmNlbGxlZCcpIH0sXG4gICAgICAgICAgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAnY29tcGxldGVkJyB9LFxuICAgICAgICApLFxuICAgICAgXSxcbiAgICB9LFxuICAgIG1vbWVudEZpZWxkKCdjYW5jZWxsZWRBdCcsIHQoJ1x1NjRBNFx1OTUwMFx1NjVGNlx1OTVGNCcsICdDYW5jZWxsZWQgYXQnKSwgeyByZWFkT25seTogdHJ1ZSwgc2lkZWJhcjogdHJ1ZSB9KSxcbiAgICBpZGVtcG90ZW5jeUtleUZpZWxkKCksXG4gICAgeyBuYW1lOiAnbm90ZScsIHR5cGU6ICd0ZXh0YXJlYScsIGxhYmVsOiB0KCdcdTU5MDdcdTZDRTgnLCAnTm90ZScpIH0sXG4gIF0sXG59XG4iLCAiaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgYWRtaW5zIH0gZnJvbSAnLi4vLi4vYWNjZXNzL2FkbWlucydcbmltcG9ydCB7IGFueW9uZSB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hbnlvbmUnXG5pbXBvcnQgeyBSRVdBUkRfS0lORFMgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL3Jld2FyZHMnXG5pbXBvcnQgeyBBVURJRU5DRVMgfSBmcm9tICcuLi8uLi9kb21haW4vc2hhcmVkL2F1ZGllbmNlJ1xuaW1wb3J0IHsgd2hvbGVOdW1iZXIgfSBmcm9tICcuLi8uLi9maWVsZHMvbnVtYmVycydcbmltcG9ydCB7IHNlbGVjdCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9vcHRpb25zJ1xuaW1wb3J0IHsgZ3JvdXBzLCB0IH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5cbi8qKiBcdTUxNTFcdTYzNjJcdTU1NDZcdTU0QzE6IHdoYXQgcG9pbnRzIGJ1eSBcdTIwMTQgZ29vZHMsIHByb3BlcnR5LWZlZSBkZWR1Y3Rpb25zLCBvZmZpY2Ugc3VwcGxpZXMsIGhvbm91cnMuICovXG5leHBvcnQgY29uc3QgUmV3YXJkczogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ3Jld2FyZHMnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1NTE1MVx1NjM2Mlx1NTU0Nlx1NTRDMScsICdSZXdhcmQnKSwgcGx1cmFsOiB0KCdcdTUxNTFcdTYzNjJcdTU1NDZcdTU0QzEnLCAnUmV3YXJkcycpIH0sXG4gIGFkbWluOiB7XG4gICAgZ3JvdXA6IGdyb3Vwcy5wb2ludHMsXG4gICAgdXNlQXNUaXRsZTogJ25hbWUnLFxuICAgIGRlZmF1bHRDb2x1bW5zOiBbJ25hbWUnLCAna2luZCcsICdwb2ludHNDb3N0JywgJ3N0b2NrJywgJ2F1ZGllbmNlJywgJ2FjdGl2ZSddLFxuICAgIGxpc3RTZWFyY2hhYmxlRmllbGRzOiBbJ25hbWUnXSxcbiAgfSxcbiAgYWNjZXNzOiB7IHJlYWQ6IGFueW9uZSwgY3JlYXRlOiBhZG1pbnMsIHVwZGF0ZTogYWRtaW5zLCBkZWxldGU6IGFkbWlucyB9LFxuICBmaWVsZHM6IFtcbiAgICB7IG5hbWU6ICduYW1lJywgdHlwZTogJ3RleHQnLCByZXF1aXJlZDogdHJ1ZSwgbGFiZWw6IHQoJ1x1NTQwRFx1NzlGMCcsICdOYW1lJykgfSxcbiAgICB7IG5hbWU6ICdpbWFnZScsIHR5cGU6ICd1cGxvYWQnLCByZWxhdGlvblRvOiAnbWVkaWEnLCBsYWJlbDogdCgnXHU1NkZFXHU3MjQ3JywgJ0ltYWdlJykgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICBzZWxlY3QoJ2tpbmQnLCB0KCdcdTdDN0JcdTU3OEInLCAnS2luZCcpLCBSRVdBUkRfS0lORFMsIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogJ2dvb2RzJyB9KSxcbiAgICAgICAge1xuICAgICAgICAgIG5hbWU6ICdwb2ludHNDb3N0JyxcbiAgICAgICAgICB0eXBlOiAnbnVtYmVyJyxcbiAgICAgICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgICAgICBkZWZhdWx0VmFsdWU6IDAsXG4gICAgICAgICAgbGFiZWw6IHQoJ1x1NjI0MFx1OTcwMFx1NzlFRlx1NTIwNicsICdQb2ludHMnKSxcbiAgICAgICAgICBhZG1pbjogeyBjb25kaXRpb246IChfLCBzKSA9PiBzPy5raW5kICE9PSAnZmVlLWRlZHVjdGlvbicgJiYgcz8ua2luZCAhPT0gJ2hvbm91cicgfSxcbiAgICAgICAgICB2YWxpZGF0ZTogKHY6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHsgc2libGluZ0RhdGEgfTogeyBzaWJsaW5nRGF0YTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfSkgPT4ge1xuICAgICAgICAgICAgaWYgKCFOdW1iZXIuaXNJbnRlZ2VyKHYgPz8gMCkgfHwgKHYgPz8gMCkgPCAwKSByZXR1cm4gJ1x1NzlFRlx1NTIwNlx1NUZDNVx1OTg3Qlx1NjYyRlx1OTc1RVx1OEQxRlx1NjU3NFx1NjU3MCAvIHdob2xlIHBvaW50cyBcdTIyNjUgMCdcbiAgICAgICAgICAgIGlmIChzaWJsaW5nRGF0YS5raW5kID09PSAnaG9ub3VyJyAmJiAodiA/PyAwKSAhPT0gMCkgcmV0dXJuICdcdTgzNjNcdThBODlcdTRFMERcdTk3MDBcdTg5ODFcdTc5RUZcdTUyMDYgLyBhbiBob25vdXIgY29zdHMgbm8gcG9pbnRzJ1xuICAgICAgICAgICAgcmV0dXJuIHRydWVcbiAgICAgICAgICB9LFxuICAgICAgICB9LFxuICAgICAgICB7XG4gICAgICAgICAgbmFtZTogJ2ZlZUZlbicsXG4gICAgICAgICAgdHlwZTogJ251bWJlcicsXG4gICAgICAgICAgbGFiZWw6IHQoJ1x1NjJCNVx1NjI2M1x1OTFEMVx1OTg5RFx1RkYwOFx1NTIwNlx1RkYwOScsICdEZWR1Y3Rpb24gKGZlbiknKSxcbiAgICAgICAgICBhZG1pbjoge1xuICAgICAgICAgICAgY29uZGl0aW9uOiAoXywgcykgPT4gcz8ua2luZCA9PT0gJ2ZlZS1kZWR1Y3Rpb24nLFxuICAgICAgICAgICAgZGVzY3JpcHRpb246IHQoJzEgXHU1MTQzID0gMTAwIFx1NTIwNlx1RkYxQlx1NjI0MFx1OTcwMFx1NzlFRlx1NTIwNlx1NjMwOVx1NzlFRlx1NTIwNlx1ODlDNFx1NTIxOVx1NjI5OFx1N0I5NycsICdQb2ludHMgZm9sbG93IHRoZSBydWxlc1x1MjAxOSByYXRlJyksXG4gICAgICAgICAgfSxcbiAgICAgICAgICB2YWxpZGF0ZTogKHY6IG51bWJlciB8IG51bGwgfCB1bmRlZmluZWQsIHsgc2libGluZ0RhdGEgfTogeyBzaWJsaW5nRGF0YTogUmVjb3JkPHN0cmluZywgdW5rbm93bj4gfSkgPT5cbiAgICAgICAgICAgIHNpYmxpbmdEYXRhLmtpbmQgIT09ICdmZWUtZGVkdWN0aW9uJyB8fFxuICAgICAgICAgICAgKE51bWJlci5pc0ludGVnZXIodikgJiYgKHYgYXMgbnVtYmVyKSA+IDApIHx8XG4gICAgICAgICAgICAnXHU4QkY3XHU1ODZCXHU1MTk5XHU2MkI1XHU2MjYzXHU5MUQxXHU5ODlEXHVGRjA4XHU2NTc0XHU2NTcwXHU1MjA2XHVGRjA5LyBnaXZlIHRoZSBhbW91bnQgaW4gZmVuJyxcbiAgICAgICAgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICBzZWxlY3QoJ2F1ZGllbmNlJywgdCgnXHU5MDAyXHU3NTI4XHU1QkY5XHU4QzYxJywgJ0ZvcicpLCBBVURJRU5DRVMsIHsgcmVxdWlyZWQ6IHRydWUsIGRlZmF1bHRWYWx1ZTogJ2JvdGgnIH0pLFxuICAgICAgICB3aG9sZU51bWJlcignc3RvY2snLCB0KCdcdTVFOTNcdTVCNTgnLCAnU3RvY2snKSwgeyBtaW46IDAsIGRlc2NyaXB0aW9uOiB0KCdcdTc1NTlcdTdBN0FcdTg4NjhcdTc5M0FcdTRFMERcdTk2NTBcdTkxQ0YnLCAnRW1wdHkgPSB1bmxpbWl0ZWQnKSB9KSxcbiAgICAgICAgeyBuYW1lOiAnYWN0aXZlJywgdHlwZTogJ2NoZWNrYm94JywgZGVmYXVsdFZhbHVlOiB0cnVlLCBsYWJlbDogdCgnXHU0RTBBXHU2N0I2JywgJ0FjdGl2ZScpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgeyBuYW1lOiAnYWN0aXZlRnJvbScsIHR5cGU6ICdkYXRlJywgbGFiZWw6IHQoJ1x1NUYwMFx1NTlDQlx1NTE1MVx1NjM2MicsICdBdmFpbGFibGUgZnJvbScpIH0sXG4gICAgICAgIHsgbmFtZTogJ2FjdGl2ZVVudGlsJywgdHlwZTogJ2RhdGUnLCBsYWJlbDogdCgnXHU2MjJBXHU2QjYyXHU1MTUxXHU2MzYyJywgJ0F2YWlsYWJsZSB1bnRpbCcpIH0sXG4gICAgICBdLFxuICAgIH0sXG4gICAgeyBuYW1lOiAnZGVzY3JpcHRpb24nLCB0eXBlOiAndGV4dGFyZWEnLCBsYWJlbDogdCgnXHU4QkY0XHU2NjBFJywgJ0Rlc2NyaXB0aW9uJykgfSxcbiAgXSxcbn1cbiIsICIvKiogSG9va3Mgb2YgYHNvcnRpbmctY2hlY2tzYDogYSBjb25maXJtZWQgbWlzLXNvcnQgY29zdHMgdGhlIGNhcmQgdGhlIHJ1bGVzJyBwZW5hbHR5LCBvbmNlLiAqL1xuaW1wb3J0IHR5cGUgeyBDb2xsZWN0aW9uQWZ0ZXJDaGFuZ2VIb29rLCBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyLCByZWZJZCB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IEZVVFVSRV9UT0xFUkFOQ0VfTVMgfSBmcm9tICcuLi8uLi9kb21haW4vcG9pbnRzL2Ryb3BQbGFuJ1xuaW1wb3J0IHsgcG9zdEVudHJ5IH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcG9pbnRzL2xlZGdlcidcbmltcG9ydCB7IGlzUGxhdGZvcm1Xcml0ZSB9IGZyb20gJy4uLy4uL3NlcnZpY2VzL3BsYXRmb3JtJ1xuaW1wb3J0IHsgcnVsZXNGb3IgfSBmcm9tICcuLi8uLi9zZXJ2aWNlcy9wb2ludHMvcnVsZXMnXG5pbXBvcnQgdHlwZSB7IFNvcnRpbmdDaGVjayB9IGZyb20gJy4uLy4uL3BheWxvYWQtdHlwZXMnXG5pbXBvcnQgeyBiYWRSZXF1ZXN0LCBmb3JiaWRkZW4gfSBmcm9tICcuLi9zaGFyZWQvZXJyb3JzJ1xuXG4vKipcbiAqIFRoZSBpbnNwZWN0b3IgaXMgd2hvZXZlciByZWNvcmRzIHRoZSBjaGVjazsgaXRzIHRpbWUgbWF5IGJlIGEgbGl0dGxlIGVhcmxpZXIgdGhhbiB0aGUgZW50cnkgKHRoZVxuICogc2FtZSBib3VuZCBhcyBoYW5kLWVudGVyZWQgZHJvcHMpLCBuZXZlciBpbiB0aGUgZnV0dXJlLiBBIHNldHRsZWQgY2hlY2sgaXMgbmV2ZXIgY2hhbmdlZC5cbiAqL1xuZXhwb3J0IGNvbnN0IHN0YW1wQ2hlY2s6IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rPFNvcnRpbmdDaGVjaz4gPSBhc3luYyAoeyBkYXRhLCBvcGVyYXRpb24sIG9yaWdpbmFsRG9jLCByZXEgfSkgPT4ge1xuICBpZiAob3BlcmF0aW9uID09PSAndXBkYXRlJyAmJiBvcmlnaW5hbERvYz8ucGVuYWx0eVBvc3RlZCkge1xuICAgIHRocm93IGZvcmJpZGRlbihcbiAgICAgICdDSEVDS19TRVRUTEVEJyxcbiAgICAgICdcdTVERjJcdTYyNjNcdTUyMDZcdTc2ODRcdTY4QzBcdTY3RTVcdThCQjBcdTVGNTVcdTRFMERcdTgwRkRcdTRGRUVcdTY1MzlcdUZGMUJcdTU5ODJcdTY3MDlcdTk1MTlcdThCRUZcdThCRjdcdTUwNUFcdTc5RUZcdTUyMDZcdThDMDNcdTY1NzRcdTMwMDJUaGlzIGNoZWNrIHdhcyBzZXR0bGVkOyBjb3JyZWN0IGl0IHdpdGggYW4gYWRqdXN0bWVudC4nLFxuICAgIClcbiAgfVxuICBpZiAob3BlcmF0aW9uID09PSAnY3JlYXRlJyAmJiAhaXNQbGF0Zm9ybVdyaXRlKHJlcSkpIGRhdGEuaW5zcGVjdG9yID0gY3VycmVudFVzZXIocmVxKSEuaWQgYXMgbnVtYmVyXG4gIGlmIChvcGVyYXRpb24gPT09ICdjcmVhdGUnKSBkYXRhLmNoZWNrZWRBdCB8fD0gbmV3IERhdGUoKS50b0lTT1N0cmluZygpXG4gIGNvbnN0IG1vdmVkID0gZGF0YS5jaGVja2VkQXQgJiYgbmV3IERhdGUoZGF0YS5jaGVja2VkQXQpLmdldFRpbWUoKSAhPT0gbmV3IERhdGUob3JpZ2luYWxEb2M/LmNoZWNrZWRBdCA/PyAwKS5nZXRUaW1lKClcbiAgaWYgKG1vdmVkICYmIGRhdGEuY2hlY2tlZEF0ICYmICFpc1BsYXRmb3JtV3JpdGUocmVxKSkge1xuICAgIGNvbnN0IGF0ID0gbmV3IERhdGUoZGF0YS5jaGVja2VkQXQpLmdldFRpbWUoKVxuICAgIGNvbnN0IHJ1bGVzID0gYXdhaXQgcnVsZXNGb3IocmVxLnBheWxvYWQsIG5ldyBEYXRlKCksIHJlcSlcbiAgICBpZiAoYXQgPiBEYXRlLm5vdygpICsgRlVUVVJFX1RPTEVSQU5DRV9NUylcbiAgICAgIHRocm93IGJhZFJlcXVlc3QoJ0ZVVFVSRV9USU1FJywgJ1x1NjhDMFx1NjdFNVx1NjVGNlx1OTVGNFx1NTcyOFx1NjcyQVx1Njc2NVx1MzAwMlRoZSBjaGVjayBpcyBkYXRlZCBpbiB0aGUgZnV0dXJlLicpXG4gICAgaWYgKERhdGUubm93KCkgLSBhdCA+IHJ1bGVzLm1hbnVhbEJhY2tkYXRlRGF5cyAqIDg2XzQwMF8wMDApIHtcbiAgICAgIHRocm93IGJhZFJlcXVlc3QoJ1RPT19PTEQnLCBgXHU2OEMwXHU2N0U1XHU2NUY2XHU5NUY0XHU2NUU5XHU0RThFICR7cnVsZXMubWFudWFsQmFja2RhdGVEYXlzfSBcdTU5MjlcdTUyNERcdTMwMDJUaGUgY2hlY2sgaXMgZGF0ZWQgdG9vIGZhciBiYWNrLmApXG4gICAgfVxuICB9XG4gIHJldHVybiBkYXRhXG59XG5cbmV4cG9ydCBjb25zdCBwb3N0UGVuYWx0eTogQ29sbGVjdGlvbkFmdGVyQ2hhbmdlSG9vazxTb3J0aW5nQ2hlY2s+ID0gYXN5bmMgKHsgZG9jLCByZXEgfSkgPT4ge1xuICBjb25zdCBjYXJkID0gcmVmSWQoZG9jLmNhcmQpXG4gIGlmIChkb2MucmVzdWx0ICE9PSAnbWlzLXNvcnRlZCcgfHwgIWRvYy5jb25maXJtZWQgfHwgY2FyZCA9PT0gbnVsbCB8fCBkb2MucGVuYWx0eVBvc3RlZCkgcmV0dXJuIGRvY1xuICBjb25zdCBydWxlcyA9IGF3YWl0IHJ1bGVzRm9yKHJlcS5wYXlsb2FkLCBkb2MuY2hlY2tlZEF0ID8/IG5ldyBEYXRlKCksIHJlcSlcbiAgaWYgKHJ1bGVzLm1pc1NvcnRQZW5hbHR5ID4gMCkge1xuICAgIGF3YWl0IHBvc3RFbnRyeShyZXEsIHtcbiAgICAgIGNhcmQsXG4gICAgICBkZWx0YTogLXJ1bGVzLm1pc1NvcnRQZW5hbHR5LFxuICAgICAgcmVhc29uOiAncGVuYWx0eScsXG4gICAgICBjYXVzZTogYHNvcnRpbmctY2hlY2tzOiR7ZG9jLmlkfWAsXG4gICAgICBpZGVtcG90ZW5jeUtleTogYHNvcnRpbmctY2hlY2tzOiR7ZG9jLmlkfTpwZW5hbHR5YCxcbiAgICAgIHJ1bGVzUmV2aXNpb246IHJ1bGVzLnJldmlzaW9uLFxuICAgICAgbm90ZTogZG9jLm5vdGUgPz8gJ1x1OTUxOVx1NjI5NVx1NjI2M1x1NTIwNicsXG4gICAgfSlcbiAgfVxuICBhd2FpdCByZXEucGF5bG9hZC5kYi51cGRhdGVPbmUoe1xuICAgIGNvbGxlY3Rpb246ICdzb3J0aW5nLWNoZWNrcycsXG4gICAgaWQ6IGRvYy5pZCxcbiAgICBkYXRhOiB7IHBlbmFsdHlQb3N0ZWQ6IHRydWUgfSxcbiAgICByZXEsXG4gICAgcmV0dXJuaW5nOiBmYWxzZSxcbiAgfSlcbiAgcmV0dXJuIHsgLi4uZG9jLCBwZW5hbHR5UG9zdGVkOiB0cnVlIH1cbn1cbiIsICJpbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25Db25maWcgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBhZG1pbnMgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYWRtaW5zJ1xuaW1wb3J0IHsgc3RhZmYgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvc3RhZmYnXG5pbXBvcnQgeyBtb21lbnRGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9kYXRlcydcbmltcG9ydCB7IHNlbGVjdCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9vcHRpb25zJ1xuaW1wb3J0IHsgYWN0b3JGaWVsZCwgY2FyZEZpZWxkLCBzaXRlRmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvcmVsYXRpb25zJ1xuaW1wb3J0IHsgcG9zdFBlbmFsdHksIHN0YW1wQ2hlY2sgfSBmcm9tICcuLi8uLi9ob29rcy9wb2ludHMvc29ydGluZ0NoZWNrcydcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKiogXHU1MjA2XHU3QzdCXHU2OEMwXHU2N0U1OiBhbiBpbnNwZWN0b3IncyBjaGVjayBvZiBhIGRyb3Agb3IgYSBiaW47IHRoZSBzb3VyY2Ugb2YgXHU1MUM2XHU3ODZFXHU3Mzg3IChhY2N1cmFjeSkuICovXG5leHBvcnQgY29uc3QgU29ydGluZ0NoZWNrczogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ3NvcnRpbmctY2hlY2tzJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdTUyMDZcdTdDN0JcdTY4QzBcdTY3RTUnLCAnU29ydGluZyBjaGVjaycpLCBwbHVyYWw6IHQoJ1x1NTIwNlx1N0M3Qlx1NjhDMFx1NjdFNScsICdTb3J0aW5nIGNoZWNrcycpIH0sXG4gIGFkbWluOiB7IGdyb3VwOiBncm91cHMucG9pbnRzLCBkZWZhdWx0Q29sdW1uczogWydjaGVja2VkQXQnLCAnc2l0ZScsICdjYXJkJywgJ3Jlc3VsdCcsICdjb25maXJtZWQnLCAnaW5zcGVjdG9yJ10gfSxcbiAgZGVmYXVsdFNvcnQ6ICctY2hlY2tlZEF0JyxcbiAgLy8gQSByZWNvcmQgb2YgYW4gYWN0IGNhbm5vdCBiZSBjb3BpZWQgaW50byBhbm90aGVyIGFjdC5cbiAgZGlzYWJsZUR1cGxpY2F0ZTogdHJ1ZSxcbiAgYWNjZXNzOiB7IHJlYWQ6IHN0YWZmLCBjcmVhdGU6IHN0YWZmLCB1cGRhdGU6IHN0YWZmLCBkZWxldGU6IGFkbWlucyB9LFxuICBob29rczogeyBiZWZvcmVDaGFuZ2U6IFtzdGFtcENoZWNrXSwgYWZ0ZXJDaGFuZ2U6IFtwb3N0UGVuYWx0eV0gfSxcbiAgZmllbGRzOiBbXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgc2l0ZUZpZWxkKCksXG4gICAgICAgIGNhcmRGaWVsZCh7IHJlcXVpcmVkOiBmYWxzZSB9KSxcbiAgICAgICAgbW9tZW50RmllbGQoJ2NoZWNrZWRBdCcsIHQoJ1x1NjhDMFx1NjdFNVx1NjVGNlx1OTVGNCcsICdDaGVja2VkIGF0JyksIHsgaW5kZXg6IHRydWUgfSksXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgc2VsZWN0KFxuICAgICAgICAgICdyZXN1bHQnLFxuICAgICAgICAgIHQoJ1x1N0VEM1x1Njc5QycsICdSZXN1bHQnKSxcbiAgICAgICAgICB7IGNvcnJlY3Q6IHQoJ1x1NTIwNlx1N0M3Qlx1NkI2M1x1Nzg2RScsICdDb3JyZWN0JyksICdtaXMtc29ydGVkJzogdCgnXHU1MjA2XHU3QzdCXHU5NTE5XHU4QkVGJywgJ01pcy1zb3J0ZWQnKSB9LFxuICAgICAgICAgIHsgcmVxdWlyZWQ6IHRydWUgfSxcbiAgICAgICAgKSxcbiAgICAgICAgc2VsZWN0KFxuICAgICAgICAgICdzb3VyY2UnLFxuICAgICAgICAgIHQoJ1x1Njc2NVx1NkU5MCcsICdTb3VyY2UnKSxcbiAgICAgICAgICB7IGluc3BlY3RvcjogdCgnXHU3NzYzXHU1QkZDXHU1NDU4XHU2OEMwXHU2N0U1JywgJ0luc3BlY3RvcicpLCBwaWNrdXA6IHQoJ1x1NEUwQVx1OTVFOFx1NTZERVx1NjUzNlx1OEJDNFx1NEVGNycsICdQaWNrdXAgcmF0aW5nJykgfSxcbiAgICAgICAgICB7IHJlcXVpcmVkOiB0cnVlLCBkZWZhdWx0VmFsdWU6ICdpbnNwZWN0b3InIH0sXG4gICAgICAgICksXG4gICAgICAgIHtcbiAgICAgICAgICBuYW1lOiAnY29uZmlybWVkJyxcbiAgICAgICAgICB0eXBlOiAnY2hlY2tib3gnLFxuICAgICAgICAgIGRlZmF1bHRWYWx1ZTogZmFsc2UsXG4gICAgICAgICAgbGFiZWw6IHQoJ1x1Nzg2RVx1OEJBNFx1OTUxOVx1NjI5NVx1RkYwOFx1NjI2M1x1NTIwNlx1RkYwOScsICdDb25maXJtZWQgbWlzLXNvcnQgKHBlbmFsdHkpJyksXG4gICAgICAgICAgYWRtaW46IHsgY29uZGl0aW9uOiAoXywgcykgPT4gcz8ucmVzdWx0ID09PSAnbWlzLXNvcnRlZCcgfSxcbiAgICAgICAgfSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7IG5hbWU6ICdwaG90bycsIHR5cGU6ICd1cGxvYWQnLCByZWxhdGlvblRvOiAnbWVkaWEnLCBsYWJlbDogdCgnXHU3MTY3XHU3MjQ3JywgJ1Bob3RvJykgfSxcbiAgICB7IG5hbWU6ICdub3RlJywgdHlwZTogJ3RleHRhcmVhJywgbGFiZWw6IHQoJ1x1OEJGNFx1NjYwRScsICdOb3RlJykgfSxcbiAgICBhY3RvckZpZWxkKCdpbnNwZWN0b3InLCB0KCdcdTY4QzBcdTY3RTVcdTRFQkEnLCAnSW5zcGVjdG9yJyksIHsgc2lkZWJhcjogdHJ1ZSB9KSxcbiAgICB7XG4gICAgICBuYW1lOiAncGVuYWx0eVBvc3RlZCcsXG4gICAgICB0eXBlOiAnY2hlY2tib3gnLFxuICAgICAgZGVmYXVsdFZhbHVlOiBmYWxzZSxcbiAgICAgIGxhYmVsOiB0KCdcdTVERjJcdTYyNjNcdTUyMDYnLCAnUGVuYWx0eSBwb3N0ZWQnKSxcbiAgICAgIGFkbWluOiB7IHJlYWRPbmx5OiB0cnVlLCBwb3NpdGlvbjogJ3NpZGViYXInIH0sXG4gICAgfSxcbiAgXSxcbn1cbiIsICIvKiogXHU3OUVGXHU1MjA2IHBvaW50czogc21hcnQgY2FyZHMsIGRyb3BzLCB0aGUgbGVkZ2VyLCByZXdhcmRzIGFuZCBmb2xsb3ctdXBzLiAqL1xuaW1wb3J0IHsgQ2FyZEJhdGNoZXMgfSBmcm9tICcuL0NhcmRCYXRjaGVzJ1xuaW1wb3J0IHsgQ2FyZERheXMgfSBmcm9tICcuL0NhcmREYXlzJ1xuaW1wb3J0IHsgQ2FyZFJlcGxhY2VtZW50cyB9IGZyb20gJy4vQ2FyZFJlcGxhY2VtZW50cydcbmltcG9ydCB7IENhcmRzIH0gZnJvbSAnLi9DYXJkcydcbmltcG9ydCB7IERyb3BPZmZzIH0gZnJvbSAnLi9Ecm9wT2ZmcydcbmltcG9ydCB7IEZvbGxvd1VwcyB9IGZyb20gJy4vRm9sbG93VXBzJ1xuaW1wb3J0IHsgUG9pbnRFbnRyaWVzIH0gZnJvbSAnLi9Qb2ludEVudHJpZXMnXG5pbXBvcnQgeyBSZWRlbXB0aW9ucyB9IGZyb20gJy4vUmVkZW1wdGlvbnMnXG5pbXBvcnQgeyBSZXdhcmRzIH0gZnJvbSAnLi9SZXdhcmRzJ1xuaW1wb3J0IHsgU29ydGluZ0NoZWNrcyB9IGZyb20gJy4vU29ydGluZ0NoZWNrcydcblxuZXhwb3J0IGNvbnN0IHBvaW50c0NvbGxlY3Rpb25zID0gW1xuICBDYXJkcyxcbiAgQ2FyZEJhdGNoZXMsXG4gIENhcmRSZXBsYWNlbWVudHMsXG4gIERyb3BPZmZzLFxuICBQb2ludEVudHJpZXMsXG4gIENhcmREYXlzLFxuICBTb3J0aW5nQ2hlY2tzLFxuICBSZXdhcmRzLFxuICBSZWRlbXB0aW9ucyxcbiAgRm9sbG93VXBzLFxuXVxuIiwgImltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGFkbWlucyB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hZG1pbnMnXG5pbXBvcnQgeyBhbnlvbmUgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYW55b25lJ1xuaW1wb3J0IHsgZ3JvdXBzLCB0IH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5cbi8qKiBcdTY1NTlcdTgwQjJcdTU3RkFcdTU3MzA6IGRlbW9uc3RyYXRpb24gZWR1Y2F0aW9uIGJhc2VzIChjb250ZW50IGFuZCBib29raW5ncyBjb21lIGluIGEgbGF0ZXIgaXNzdWUpLiAqL1xuZXhwb3J0IGNvbnN0IEVkdWNhdGlvbkJhc2VzOiBDb2xsZWN0aW9uQ29uZmlnID0ge1xuICBzbHVnOiAnZWR1Y2F0aW9uLWJhc2VzJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdTVCQTNcdTY1NTlcdTU3RkFcdTU3MzAnLCAnRWR1Y2F0aW9uIGJhc2UnKSwgcGx1cmFsOiB0KCdcdTVCQTNcdTY1NTlcdTU3RkFcdTU3MzAnLCAnRWR1Y2F0aW9uIGJhc2VzJykgfSxcbiAgYWRtaW46IHsgZ3JvdXA6IGdyb3Vwcy5wdWJsaWNpdHksIHVzZUFzVGl0bGU6ICduYW1lJywgZGVmYXVsdENvbHVtbnM6IFsnbmFtZScsICdzaXRlJywgJ3VwZGF0ZWRBdCddIH0sXG4gIGFjY2VzczogeyByZWFkOiBhbnlvbmUsIGNyZWF0ZTogYWRtaW5zLCB1cGRhdGU6IGFkbWlucywgZGVsZXRlOiBhZG1pbnMgfSxcbiAgZmllbGRzOiBbXG4gICAgeyBuYW1lOiAnbmFtZScsIHR5cGU6ICd0ZXh0JywgcmVxdWlyZWQ6IHRydWUsIHVuaXF1ZTogdHJ1ZSwgbGFiZWw6IHQoJ1x1NTQwRFx1NzlGMCcsICdOYW1lJykgfSxcbiAgICB7IG5hbWU6ICdzaXRlJywgdHlwZTogJ3JlbGF0aW9uc2hpcCcsIHJlbGF0aW9uVG86ICdzaXRlcycsIGxhYmVsOiB0KCdcdTYyNDBcdTU3MjhcdTU3M0FcdTYyNDAnLCAnU2l0ZScpIH0sXG4gICAgeyBuYW1lOiAnaW50cm8nLCB0eXBlOiAndGV4dGFyZWEnLCBsYWJlbDogdCgnXHU3QjgwXHU0RUNCJywgJ0ludHJvZHVjdGlvbicpIH0sXG4gIF0sXG59XG4iLCAiLyoqIFx1NUJBM1x1NEYyMCBwdWJsaWNpdHk6IGVkdWNhdGlvbiBiYXNlcyAoY2FtcGFpZ25zLCBwb2xpY2llcyBhbmQgdGhlIHB1YmxpYyBzaXRlIGZvbGxvdykuICovXG5pbXBvcnQgeyBFZHVjYXRpb25CYXNlcyB9IGZyb20gJy4vRWR1Y2F0aW9uQmFzZXMnXG5cbmV4cG9ydCBjb25zdCBwdWJsaWNpdHlDb2xsZWN0aW9ucyA9IFtFZHVjYXRpb25CYXNlc11cbiIsICJpbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25Db25maWcgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBhZG1pbnMgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYWRtaW5zJ1xuaW1wb3J0IHsgbm9ib2R5IH0gZnJvbSAnLi4vLi4vYWNjZXNzL25vYm9keSdcbmltcG9ydCB7IHJvbGVPcHRpb25zIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHsgbW9tZW50RmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvZGF0ZXMnXG5pbXBvcnQgeyBzZWxlY3QgfSBmcm9tICcuLi8uLi9maWVsZHMvb3B0aW9ucydcbmltcG9ydCB7IGFjdG9yRmllbGQgfSBmcm9tICcuLi8uLi9maWVsZHMvcmVsYXRpb25zJ1xuaW1wb3J0IHsgcmVmdXNlQXVkaXRDaGFuZ2UgfSBmcm9tICcuLi8uLi9ob29rcy9zeXN0ZW0vYXVkaXRMb2cnXG5pbXBvcnQgeyByZWZ1c2VEZWxldGUgfSBmcm9tICcuLi8uLi9ob29rcy9zaGFyZWQvYXBwZW5kT25seSdcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKipcbiAqIFx1NjRDRFx1NEY1Q1x1NjVFNVx1NUZENzogb25lIGFwcGVuZC1vbmx5IHJvdyBwZXIgY3JlYXRlLCB1cGRhdGUgb3IgZGVsZXRlIGEgcGVyc29uIG1ha2VzIHRocm91Z2ggdGhlIGFkbWluLCBSRVNUIG9yXG4gKiBHcmFwaFFMIFx1MjAxNCB3aG8sIGluIHdoaWNoIHJvbGUsIHdoZW4sIHdoaWNoIHJlY29yZCwgYW5kIHRoZSBjaGFuZ2VkIGZpZWxkcyAoYmVmb3JlIFx1MjE5MiBhZnRlcjsgcGhvbmVzIGFuZFxuICogc2VjcmV0cyBtYXNrZWQpLiBXcml0dGVuIGluIHRoZSBzYW1lIHRyYW5zYWN0aW9uIGFzIHRoZSBhY3QuIE5vYm9keSBlZGl0cyBvciBkZWxldGVzIGEgcm93LlxuICovXG5leHBvcnQgY29uc3QgQXVkaXRMb2c6IENvbGxlY3Rpb25Db25maWcgPSB7XG4gIHNsdWc6ICdhdWRpdC1sb2cnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1NjRDRFx1NEY1Q1x1NjVFNVx1NUZENycsICdBdWRpdCBlbnRyeScpLCBwbHVyYWw6IHQoJ1x1NjRDRFx1NEY1Q1x1NjVFNVx1NUZENycsICdBdWRpdCBsb2cnKSB9LFxuICBhZG1pbjoge1xuICAgIGdyb3VwOiBncm91cHMuc3lzdGVtLFxuICAgIHVzZUFzVGl0bGU6ICdzdW1tYXJ5JyxcbiAgICBkZWZhdWx0Q29sdW1uczogWydhdCcsICd1c2VyJywgJ3JvbGUnLCAnb3BlcmF0aW9uJywgJ2NvbGxlY3Rpb25TbHVnJywgJ3JlY29yZElkJywgJ3N1bW1hcnknXSxcbiAgICBsaXN0U2VhcmNoYWJsZUZpZWxkczogWydzdW1tYXJ5JywgJ3JlY29yZElkJywgJ2NvbGxlY3Rpb25TbHVnJ10sXG4gIH0sXG4gIGRlZmF1bHRTb3J0OiAnLWF0JyxcbiAgY3VzdG9tOiB7IGF1ZGl0OiBmYWxzZSB9LFxuICAvLyBBIHJlY29yZCBvZiBhbiBhY3QgY2Fubm90IGJlIGNvcGllZCBpbnRvIGFub3RoZXIgYWN0LlxuICBkaXNhYmxlRHVwbGljYXRlOiB0cnVlLFxuICBhY2Nlc3M6IHsgcmVhZDogYWRtaW5zLCBjcmVhdGU6IG5vYm9keSwgdXBkYXRlOiBub2JvZHksIGRlbGV0ZTogbm9ib2R5IH0sXG4gIGhvb2tzOiB7IGJlZm9yZUNoYW5nZTogW3JlZnVzZUF1ZGl0Q2hhbmdlXSwgYmVmb3JlRGVsZXRlOiBbcmVmdXNlRGVsZXRlXSB9LFxuICBmaWVsZHM6IFtcbiAgICBtb21lbnRGaWVsZCgnYXQnLCB0KCdcdTY1RjZcdTk1RjQnLCAnV2hlbicpLCB7IHJlcXVpcmVkOiB0cnVlLCBpbmRleDogdHJ1ZSwgcmVhZE9ubHk6IHRydWUgfSksXG4gICAgYWN0b3JGaWVsZCgndXNlcicsIHQoJ1x1NjRDRFx1NEY1Q1x1NEVCQScsICdXaG8nKSwgeyBpbmRleDogdHJ1ZSB9KSxcbiAgICBzZWxlY3QoJ3JvbGUnLCB0KCdcdTg5RDJcdTgyNzInLCAnUm9sZScpLCByb2xlT3B0aW9ucywgeyByZWFkT25seTogdHJ1ZSB9KSxcbiAgICBzZWxlY3QoXG4gICAgICAnb3BlcmF0aW9uJyxcbiAgICAgIHQoJ1x1NjRDRFx1NEY1QycsICdPcGVyYXRpb24nKSxcbiAgICAgIHsgY3JlYXRlOiB0KCdcdTY1QjBcdTVFRkEnLCAnQ3JlYXRlJyksIHVwZGF0ZTogdCgnXHU0RkVFXHU2NTM5JywgJ1VwZGF0ZScpLCBkZWxldGU6IHQoJ1x1NTIyMFx1OTY2NCcsICdEZWxldGUnKSB9LFxuICAgICAgeyByZXF1aXJlZDogdHJ1ZSwgcmVhZE9ubHk6IHRydWUgfSxcbiAgICApLFxuICAgIHtcbiAgICAgIG5hbWU6ICdjb2xsZWN0aW9uU2x1ZycsXG4gICAgICB0eXBlOiAndGV4dCcsXG4gICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgIGluZGV4OiB0cnVlLFxuICAgICAgbGFiZWw6IHQoJ1x1NjU3MFx1NjM2RVx1ODg2OCcsICdDb2xsZWN0aW9uJyksXG4gICAgICBhZG1pbjogeyByZWFkT25seTogdHJ1ZSB9LFxuICAgIH0sXG4gICAge1xuICAgICAgbmFtZTogJ3JlY29yZElkJyxcbiAgICAgIHR5cGU6ICd0ZXh0JyxcbiAgICAgIHJlcXVpcmVkOiB0cnVlLFxuICAgICAgaW5kZXg6IHRydWUsXG4gICAgICBsYWJlbDogdCgnXHU4QkIwXHU1RjU1XHU3RjE2XHU1M0Y3JywgJ1JlY29yZCcpLFxuICAgICAgYWRtaW46IHsgcmVhZE9ubHk6IHRydWUgfSxcbiAgICB9LFxuICAgIHsgbmFtZTogJ3N1bW1hcnknLCB0eXBlOiAndGV4dCcsIGxhYmVsOiB0KCdcdTY0NThcdTg5ODEnLCAnU3VtbWFyeScpLCBhZG1pbjogeyByZWFkT25seTogdHJ1ZSB9IH0sXG4gICAge1xuICAgICAgbmFtZTogJ2NoYW5nZXMnLFxuICAgICAgdHlwZTogJ2pzb24nLFxuICAgICAgbGFiZWw6IHQoJ1x1NTNEOFx1NjZGNFx1RkYwOFx1NTI0RCBcdTIxOTIgXHU1NDBFXHVGRjA5JywgJ0NoYW5nZXMgKGJlZm9yZSBcdTIxOTIgYWZ0ZXIpJyksXG4gICAgICBhZG1pbjogeyByZWFkT25seTogdHJ1ZSB9LFxuICAgIH0sXG4gICAgeyBuYW1lOiAndmlhJywgdHlwZTogJ3RleHQnLCBsYWJlbDogdCgnXHU5MDE0XHU1Rjg0JywgJ1ZpYScpLCBhZG1pbjogeyByZWFkT25seTogdHJ1ZSB9IH0sXG4gIF0sXG59XG4iLCAiaW1wb3J0IHR5cGUgeyBBY2Nlc3MgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBjdXJyZW50VXNlciB9IGZyb20gJy4vcm9sZXMnXG5cbi8qKiBBbnkgc2lnbmVkLWluIHVzZXIuICovXG5leHBvcnQgY29uc3QgYXV0aGVudGljYXRlZDogQWNjZXNzID0gKHsgcmVxIH0pID0+IEJvb2xlYW4oY3VycmVudFVzZXIocmVxKSlcbiIsICIvKiogV2hvIG1heSBzZWUgYW4gdXBsb2FkZWQgZmlsZSAocHVyZSk6IHB1YmxpYyBpbWFnZXMgZm9yIGV2ZXJ5b25lLCBldmlkZW5jZSBmb3IgdGhvc2Ugd2hvIHJlYWQgaXRzIGFyZWEuICovXG5pbXBvcnQgeyB0IH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5pbXBvcnQgdHlwZSB7IFJvbGUgfSBmcm9tICcuLi8uLi9hY2Nlc3Mvcm9sZXMnXG5cbmV4cG9ydCBjb25zdCBWSVNJQklMSVRZID0ge1xuICBwcml2YXRlOiB0KCdcdTUxODVcdTkwRThcdUZGMDhcdThCQzFcdTYzNkVcdTY3NTBcdTY1OTlcdUZGMDknLCAnSW50ZXJuYWwgKGV2aWRlbmNlKScpLFxuICBwdWJsaWM6IHQoJ1x1NTE2Q1x1NUYwMFx1RkYwOFx1NTNFRlx1NTcyOFx1NTE2Q1x1NTE3MVx1OTg3NVx1OTc2Mlx1NUM1NVx1NzkzQVx1RkYwOScsICdQdWJsaWMgKG1heSBhcHBlYXIgb24gcHVibGljIHBhZ2VzKScpLFxufVxuXG5leHBvcnQgY29uc3QgRVZJREVOQ0VfQVJFQVMgPSB7XG4gIHBvaW50czogdCgnXHU3OUVGXHU1MjA2XHU0RTBFXHU2OEMwXHU2N0U1JywgJ1BvaW50cyBhbmQgY2hlY2tzJyksXG4gIGRldmljZXM6IHQoJ1x1OEJCRVx1NTkwNycsICdEZXZpY2VzJyksXG4gIG9wZXJhdGlvbnM6IHQoJ1x1OEZEMFx1ODQyNScsICdPcGVyYXRpb25zJyksXG4gIGNvdW50cnlzaWRlOiB0KCdcdTUxOUNcdTY3NTFcdTRGRERcdTZEMDEnLCAnQ291bnRyeXNpZGUnKSxcbiAgYXNzZXNzbWVudDogdCgnXHU4MDAzXHU2ODM4JywgJ0Fzc2Vzc21lbnQnKSxcbiAgcHVibGljaXR5OiB0KCdcdTVCQTNcdTRGMjAnLCAnUHVibGljaXR5JyksXG59XG5leHBvcnQgdHlwZSBFdmlkZW5jZUFyZWEgPSBrZXlvZiB0eXBlb2YgRVZJREVOQ0VfQVJFQVNcblxuLyoqIEFyZWFzIHdob3NlIGV2aWRlbmNlIGVhY2ggcm9sZSByZWFkcyBhY3Jvc3MgdGhlIGRpc3RyaWN0IChhIHRvd24gb2ZmaWNpYWw6IHRoZWlyIG93biB0b3duJ3MsIHNlZSBhY2Nlc3MpLiAqL1xuZXhwb3J0IGNvbnN0IEVWSURFTkNFX1JFQURFUlM6IFJlY29yZDxSb2xlLCBFdmlkZW5jZUFyZWFbXT4gPSB7XG4gIGFkbWluOiBPYmplY3Qua2V5cyhFVklERU5DRV9BUkVBUykgYXMgRXZpZGVuY2VBcmVhW10sXG4gIG9wZXJhdG9yOiBbJ3BvaW50cycsICdkZXZpY2VzJywgJ29wZXJhdGlvbnMnXSxcbiAgJ3Rvd24tb2ZmaWNpYWwnOiBbXSxcbiAgJ2Jhc2UtZWRpdG9yJzogW10sXG59XG5cbi8qKiBBcmVhcyBhIHRvd24gb2ZmaWNpYWwncyBvd24gdG93bidzIGV2aWRlbmNlIGNvbWVzIGZyb20uICovXG5leHBvcnQgY29uc3QgVE9XTl9FVklERU5DRTogRXZpZGVuY2VBcmVhW10gPSBbJ2NvdW50cnlzaWRlJywgJ2Fzc2Vzc21lbnQnXVxuXG4vKiogVGhlIGFyZWEgYSByb2xlJ3MgdXBsb2FkcyBiZWxvbmcgdG8gd2hlbiB0aGV5IGRvIG5vdCBzYXkuICovXG5leHBvcnQgY29uc3QgREVGQVVMVF9BUkVBOiBSZWNvcmQ8Um9sZSwgRXZpZGVuY2VBcmVhPiA9IHtcbiAgYWRtaW46ICdwb2ludHMnLFxuICBvcGVyYXRvcjogJ3BvaW50cycsXG4gICd0b3duLW9mZmljaWFsJzogJ2NvdW50cnlzaWRlJyxcbiAgJ2Jhc2UtZWRpdG9yJzogJ3B1YmxpY2l0eScsXG59XG4iLCAiaW1wb3J0IHR5cGUgeyBBY2Nlc3MsIFdoZXJlIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgRVZJREVOQ0VfUkVBREVSUywgVE9XTl9FVklERU5DRSB9IGZyb20gJy4uL2RvbWFpbi9zeXN0ZW0vbWVkaWEnXG5pbXBvcnQgeyBjdXJyZW50VXNlciwgcmVmSWQgfSBmcm9tICcuL3JvbGVzJ1xuXG4vKipcbiAqIEZpbGVzOiBwdWJsaWMgb25lcyBmb3IgZXZlcnlvbmU7IGV2aWRlbmNlIGZvciB0aGUgcm9sZXMgdGhhdCByZWFkIHRoZSByZWNvcmRzIGl0IGJlbG9uZ3MgdG8gKGEgdG93blxuICogb2ZmaWNpYWw6IHRoZWlyIG93biB0b3duJ3MgY291bnRyeXNpZGUgYW5kIGFzc2Vzc21lbnQgZXZpZGVuY2UpIGFuZCBmb3Igd2hvZXZlciB1cGxvYWRlZCBpdC5cbiAqL1xuZXhwb3J0IGNvbnN0IG1lZGlhUmVhZGVyczogQWNjZXNzID0gKHsgcmVxIH0pID0+IHtcbiAgY29uc3QgdXNlciA9IGN1cnJlbnRVc2VyKHJlcSlcbiAgY29uc3Qgb3BlbjogV2hlcmUgPSB7IHZpc2liaWxpdHk6IHsgZXF1YWxzOiAncHVibGljJyB9IH1cbiAgaWYgKCF1c2VyPy5yb2xlKSByZXR1cm4gb3BlblxuICBpZiAodXNlci5yb2xlID09PSAnYWRtaW4nKSByZXR1cm4gdHJ1ZVxuICBjb25zdCBhcmVhcyA9IEVWSURFTkNFX1JFQURFUlNbdXNlci5yb2xlXVxuICBjb25zdCB0b3duID0gcmVmSWQodXNlci50b3duKVxuICBjb25zdCBvcjogV2hlcmVbXSA9IFtcbiAgICBvcGVuLFxuICAgIHsgdXBsb2FkZWRCeTogeyBlcXVhbHM6IHVzZXIuaWQgfSB9LFxuICAgIC4uLihhcmVhcy5sZW5ndGggPyBbeyBhbmQ6IFt7IHZpc2liaWxpdHk6IHsgZXF1YWxzOiAncHJpdmF0ZScgfSB9LCB7IGFyZWE6IHsgaW46IGFyZWFzIH0gfV0gfV0gOiBbXSksXG4gICAgLi4uKHVzZXIucm9sZSA9PT0gJ3Rvd24tb2ZmaWNpYWwnICYmIHRvd24gIT09IG51bGxcbiAgICAgID8gW3sgYW5kOiBbeyBhcmVhOiB7IGluOiBUT1dOX0VWSURFTkNFIH0gfSwgeyB0b3duOiB7IGVxdWFsczogdG93biB9IH1dIH1dXG4gICAgICA6IFtdKSxcbiAgXVxuICByZXR1cm4geyBvciB9XG59XG5cbi8qKiBSZXBsYWNpbmcgb3IgZGVsZXRpbmcgYSBmaWxlOiBpdHMgdXBsb2FkZXIgb3IgYW4gYWRtaW4uICovXG5leHBvcnQgY29uc3QgdXBsb2FkZXJPckFkbWluOiBBY2Nlc3MgPSAoeyByZXEgfSkgPT4ge1xuICBjb25zdCB1c2VyID0gY3VycmVudFVzZXIocmVxKVxuICBpZiAoIXVzZXIpIHJldHVybiBmYWxzZVxuICByZXR1cm4gdXNlci5yb2xlID09PSAnYWRtaW4nID8gdHJ1ZSA6IHsgdXBsb2FkZWRCeTogeyBlcXVhbHM6IHVzZXIuaWQgfSB9XG59XG4iLCAiLyoqXG4gKiBFdmVyeXRoaW5nIEZlbmxlaSByZWFkcyBmcm9tIHRoZSBlbnZpcm9ubWVudCwgdmFsaWRhdGVkIG9uY2UgKHpvZCkgYXQgaW1wb3J0IHRpbWUuXG4gKiBgLmVudi5leGFtcGxlYCBkb2N1bWVudHMgZWFjaCB2YXJpYWJsZS5cbiAqL1xuaW1wb3J0IGNyeXB0byBmcm9tICdub2RlOmNyeXB0bydcbmltcG9ydCBmcyBmcm9tICdub2RlOmZzJ1xuaW1wb3J0IHBhdGggZnJvbSAnbm9kZTpwYXRoJ1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCdcblxuLyoqIFRoZSBkZW1vIGFkbWluJ3MgcGFzc3dvcmQsIHB1Ymxpc2hlZCBpbiB0aGUgUkVBRE1FOiByZWZ1c2VkIGluIHByb2R1Y3Rpb24uICovXG5leHBvcnQgY29uc3QgREVGQVVMVF9BRE1JTl9QQVNTV09SRCA9ICdmZW5sZWktYWRtaW4tMjAyNidcblxuY29uc3QgRW52U2NoZW1hID0gei5vYmplY3Qoe1xuICBOT0RFX0VOVjogei5lbnVtKFsnZGV2ZWxvcG1lbnQnLCAncHJvZHVjdGlvbicsICd0ZXN0J10pLmRlZmF1bHQoJ2RldmVsb3BtZW50JyksXG4gIFBPUlQ6IHouY29lcmNlLm51bWJlcigpLmludCgpLm1pbigwKS5tYXgoNjU1MzUpLmRlZmF1bHQoMzAwMCksXG4gIEhPU1Q6IHouc3RyaW5nKCkuZGVmYXVsdCgnMC4wLjAuMCcpLFxuICBQVUJMSUNfVVJMOiB6LnN0cmluZygpLnVybCgpLm9wdGlvbmFsKCksXG4gIERBVEFfRElSOiB6LnN0cmluZygpLmRlZmF1bHQoJy4vZGF0YScpLFxuICBEQVRBQkFTRV9VUkw6IHouc3RyaW5nKCkub3B0aW9uYWwoKSxcbiAgTU9OR09EQl9BTExPV19OT19UUkFOU0FDVElPTlM6IHouZW51bShbJ3RydWUnLCAnZmFsc2UnXSkuZGVmYXVsdCgnZmFsc2UnKSxcbiAgUEFZTE9BRF9TRUNSRVQ6IHouc3RyaW5nKCkubWluKDE2LCAnUEFZTE9BRF9TRUNSRVQgbXVzdCBiZSBhdCBsZWFzdCAxNiBjaGFyYWN0ZXJzJykub3B0aW9uYWwoKSxcbiAgU01UUF9IT1NUOiB6LnN0cmluZygpLm9wdGlvbmFsKCksXG4gIFNNVFBfUE9SVDogei5jb2VyY2UubnVtYmVyKCkuaW50KCkuZGVmYXVsdCg1ODcpLFxuICBTTVRQX1VTRVI6IHouc3RyaW5nKCkub3B0aW9uYWwoKSxcbiAgU01UUF9QQVNTOiB6LnN0cmluZygpLm9wdGlvbmFsKCksXG4gIFNNVFBfU0VDVVJFOiB6LmVudW0oWyd0cnVlJywgJ2ZhbHNlJ10pLmRlZmF1bHQoJ2ZhbHNlJyksXG4gIE1BSUxfRlJPTTogei5zdHJpbmcoKS5kZWZhdWx0KCdcdTUyMDZcdTdDN0JcdTVFNzNcdTUzRjAgRmVubGVpIDxub3JlcGx5QGZlbmxlaS5sb2NhbD4nKSxcbiAgU0VFRF9BRE1JTl9FTUFJTDogei5zdHJpbmcoKS5lbWFpbCgpLmRlZmF1bHQoJ2FkbWluQGZlbmxlaS5sb2NhbCcpLFxuICBTRUVEX0FETUlOX1BBU1NXT1JEOiB6LnN0cmluZygpLm1pbig4KS5kZWZhdWx0KERFRkFVTFRfQURNSU5fUEFTU1dPUkQpLFxuICAvKiogRGVmYXVsdDogc2VlZCBhbiBlbXB0eSBkYXRhYmFzZSBpbiBkZXZlbG9wbWVudCwgbmV2ZXIgaW4gcHJvZHVjdGlvbiB1bmxlc3Mgc2V0IHRvIHRydWUuICovXG4gIFNFRURfT05fU1RBUlQ6IHouZW51bShbJ3RydWUnLCAnZmFsc2UnXSkub3B0aW9uYWwoKSxcbiAgLyoqIFB1c2ggdGhlIHNjaGVtYSBzdHJhaWdodCBmcm9tIHRoZSBjb2xsZWN0aW9ucyAodGVzdHMgb24gZnJlc2ggZmlsZXMpOyBvdGhlcndpc2UgbWlncmF0aW9ucyBhcHBseS4gKi9cbiAgREJfUFVTSDogei5lbnVtKFsndHJ1ZScsICdmYWxzZSddKS5kZWZhdWx0KCdmYWxzZScpLFxuICAvKiogQmVoaW5kIGEgcmV2ZXJzZSBwcm94eTogdGFrZSB0aGUgY2xpZW50J3MgYWRkcmVzcyBmcm9tIFgtRm9yd2FyZGVkLUZvci4gKi9cbiAgVFJVU1RfUFJPWFk6IHouZW51bShbJ3RydWUnLCAnZmFsc2UnXSkuZGVmYXVsdCgnZmFsc2UnKSxcbiAgLyoqIExhcmdlc3QgSlNPTiBib2R5IC9hcGkgYWNjZXB0cywgaW4gYnl0ZXMuICovXG4gIEFQSV9KU09OX0xJTUlUOiB6LmNvZXJjZVxuICAgIC5udW1iZXIoKVxuICAgIC5pbnQoKVxuICAgIC5wb3NpdGl2ZSgpXG4gICAgLmRlZmF1bHQoMTAyNCAqIDEwMjQpLFxuICBTUUxJVEVfU1lOQ0hST05PVVM6IHouZW51bShbJ0ZVTEwnLCAnTk9STUFMJ10pLmRlZmF1bHQoJ0ZVTEwnKSxcbiAgQlJJREdFX1BPUlQ6IHouY29lcmNlLm51bWJlcigpLmludCgpLm1pbigwKS5tYXgoNjU1MzUpLmRlZmF1bHQoMzAwMSksXG4gIEJSSURHRV9SQVRFX0xJTUlUOiB6LmNvZXJjZS5udW1iZXIoKS5wb3NpdGl2ZSgpLmRlZmF1bHQoNTApLFxuICAvKiogRmFpbGVkIGF1dGhlbnRpY2F0aW9ucyBwZXIgc2Vjb25kIG9uZSBhZGRyZXNzIG1heSBtYWtlIChidXJzdHMgb2YgdHdpY2UgdGhhdCkgYmVmb3JlIGl0IGlzIHJlZnVzZWQgdW5yZWFkLiAqL1xuICBCUklER0VfRkFJTEVEX0FVVEhfUkFURTogei5jb2VyY2UubnVtYmVyKCkucG9zaXRpdmUoKS5kZWZhdWx0KDIwKSxcbiAgT0ZGTElORV9BRlRFUl9NSU5VVEVTOiB6LmNvZXJjZS5udW1iZXIoKS5pbnQoKS5wb3NpdGl2ZSgpLmRlZmF1bHQoMTApLFxufSlcblxuZXhwb3J0IHR5cGUgRW52ID0gei5pbmZlcjx0eXBlb2YgRW52U2NoZW1hPlxuXG5leHBvcnQgZnVuY3Rpb24gcmVhZEVudihzb3VyY2U6IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD4gPSBwcm9jZXNzLmVudik6IEVudiB7XG4gIGNvbnN0IHBhcnNlZCA9IEVudlNjaGVtYS5zYWZlUGFyc2UoXG4gICAgT2JqZWN0LmZyb21FbnRyaWVzKE9iamVjdC5lbnRyaWVzKHNvdXJjZSkuZmlsdGVyKChbLCB2XSkgPT4gdiAhPT0gdW5kZWZpbmVkICYmIHYgIT09ICcnKSksXG4gIClcbiAgaWYgKCFwYXJzZWQuc3VjY2Vzcykge1xuICAgIGNvbnN0IGxpbmVzID0gcGFyc2VkLmVycm9yLmlzc3Vlcy5tYXAoKGkpID0+IGAgICR7aS5wYXRoLmpvaW4oJy4nKX06ICR7aS5tZXNzYWdlfWApXG4gICAgdGhyb3cgbmV3IEVycm9yKGBJbnZhbGlkIGVudmlyb25tZW50IGNvbmZpZ3VyYXRpb246XFxuJHtsaW5lcy5qb2luKCdcXG4nKX1gKVxuICB9XG4gIHJldHVybiBwYXJzZWQuZGF0YVxufVxuXG5leHBvcnQgY29uc3QgZW52OiBFbnYgPSByZWFkRW52KClcblxuLyoqIFdoZXRoZXIgYW4gZW1wdHkgZGF0YWJhc2UgZ2V0cyB0aGUgZGVtbyBkaXN0cmljdDogYnkgZGVmYXVsdCBpbiBkZXZlbG9wbWVudCBvbmx5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNlZWRPblN0YXJ0KGU6IEVudiA9IGVudik6IGJvb2xlYW4ge1xuICByZXR1cm4gZS5TRUVEX09OX1NUQVJUID8gZS5TRUVEX09OX1NUQVJUID09PSAndHJ1ZScgOiBlLk5PREVfRU5WICE9PSAncHJvZHVjdGlvbidcbn1cblxuLyoqIFRoZSBkYXRhIGZvbGRlciwgY3JlYXRlZCBpZiBuZWVkZWQ7IHJlYWRhYmxlIGJ5IGl0cyBvd25lciBvbmx5IChpdCBob2xkcyB0aGUgZGF0YWJhc2UgYW5kIHNlY3JldHMpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGRhdGFEaXIoZTogRW52ID0gZW52KTogc3RyaW5nIHtcbiAgY29uc3QgZGlyID0gcGF0aC5yZXNvbHZlKGUuREFUQV9ESVIpXG4gIGZzLm1rZGlyU3luYyhkaXIsIHsgcmVjdXJzaXZlOiB0cnVlLCBtb2RlOiAwbzcwMCB9KVxuICBmcy5jaG1vZFN5bmMoZGlyLCAwbzcwMClcbiAgcmV0dXJuIGRpclxufVxuXG4vKipcbiAqIFRoZSBzZWNyZXQgdGhhdCBzaWducyBzZXNzaW9ucy4gUHJvZHVjdGlvbiBtdXN0IHNldCBQQVlMT0FEX1NFQ1JFVDsgZGV2ZWxvcG1lbnQga2VlcHMgYVxuICogZ2VuZXJhdGVkIG9uZSBpbiB0aGUgZGF0YSBmb2xkZXIgc28gbG9naW5zIHN1cnZpdmUgcmVzdGFydHMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXNvbHZlU2VjcmV0KGU6IEVudiA9IGVudik6IHN0cmluZyB7XG4gIGlmIChlLlBBWUxPQURfU0VDUkVUKSByZXR1cm4gZS5QQVlMT0FEX1NFQ1JFVFxuICAvLyBgbmV4dCBidWlsZGAgbG9hZHMgdGhlIGNvbmZpZyB0byBjb2xsZWN0IHJvdXRlczsgaXQgc2lnbnMgbm90aGluZywgc28gbm8gc2VjcmV0IGlzIG5lZWRlZCB5ZXQuXG4gIGlmIChwcm9jZXNzLmVudi5ORVhUX1BIQVNFID09PSAncGhhc2UtcHJvZHVjdGlvbi1idWlsZCcpIHJldHVybiAnYnVpbGQtdGltZS1wbGFjZWhvbGRlci1uZXZlci11c2VkJ1xuICBpZiAoZS5OT0RFX0VOViA9PT0gJ3Byb2R1Y3Rpb24nKSB7XG4gICAgdGhyb3cgbmV3IEVycm9yKFxuICAgICAgJ1BBWUxPQURfU0VDUkVUIGlzIG5vdCBzZXQuIEluIHByb2R1Y3Rpb24gaXQgaXMgcmVxdWlyZWQgKGEgcmFuZG9tIHN0cmluZyBvZiAzMisgY2hhcmFjdGVycykuIFx1NzUxRlx1NEVBN1x1NzNBRlx1NTg4M1x1NUZDNVx1OTg3Qlx1OEJCRVx1N0Y2RSBQQVlMT0FEX1NFQ1JFVFx1MzAwMicsXG4gICAgKVxuICB9XG4gIGNvbnN0IGZpbGUgPSBwYXRoLmpvaW4oZGF0YURpcihlKSwgJy5wYXlsb2FkLXNlY3JldCcpXG4gIGlmIChmcy5leGlzdHNTeW5jKGZpbGUpKSByZXR1cm4gZnMucmVhZEZpbGVTeW5jKGZpbGUsICd1dGY4JykudHJpbSgpXG4gIGNvbnN0IHNlY3JldCA9IGNyeXB0by5yYW5kb21CeXRlcygzMikudG9TdHJpbmcoJ2hleCcpXG4gIGZzLndyaXRlRmlsZVN5bmMoZmlsZSwgc2VjcmV0LCB7IG1vZGU6IDBvNjAwIH0pXG4gIHJldHVybiBzZWNyZXRcbn1cbiIsICIvKiogSG9va3Mgb2YgYG1lZGlhYDogd2hvIHVwbG9hZGVkIGEgZmlsZSBpcyB0aGUgc2VydmVyJ3M7IG9ubHkgYWRtaW5zIGFuZCBiYXNlIGVkaXRvcnMgcHVibGlzaCBpbWFnZXMuICovXG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgY3VycmVudFVzZXIsIGhhc1JvbGUsIHJlZklkIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHsgREVGQVVMVF9BUkVBIH0gZnJvbSAnLi4vLi4vZG9tYWluL3N5c3RlbS9tZWRpYSdcbmltcG9ydCB0eXBlIHsgTWVkaWEgfSBmcm9tICcuLi8uLi9wYXlsb2FkLXR5cGVzJ1xuaW1wb3J0IHsgaXNQbGF0Zm9ybVdyaXRlIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcGxhdGZvcm0nXG5pbXBvcnQgeyBmb3JiaWRkZW4gfSBmcm9tICcuLi9zaGFyZWQvZXJyb3JzJ1xuXG5leHBvcnQgY29uc3Qgc3RhbXBVcGxvYWQ6IENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rPE1lZGlhPiA9ICh7IGRhdGEsIG9wZXJhdGlvbiwgcmVxIH0pID0+IHtcbiAgaWYgKGlzUGxhdGZvcm1Xcml0ZShyZXEpKSByZXR1cm4gZGF0YVxuICBjb25zdCB1c2VyID0gY3VycmVudFVzZXIocmVxKSFcbiAgaWYgKG9wZXJhdGlvbiA9PT0gJ2NyZWF0ZScpIHtcbiAgICBkYXRhLnVwbG9hZGVkQnkgPSB1c2VyLmlkIGFzIG51bWJlclxuICAgIGRhdGEuYXJlYSA/Pz0gREVGQVVMVF9BUkVBW3VzZXIucm9sZSA/PyAnb3BlcmF0b3InXVxuICB9XG4gIGlmIChkYXRhLnZpc2liaWxpdHkgPT09ICdwdWJsaWMnICYmICFoYXNSb2xlKHVzZXIsICdhZG1pbicsICdiYXNlLWVkaXRvcicpKSB7XG4gICAgdGhyb3cgZm9yYmlkZGVuKFxuICAgICAgJ1BVQkxJU0hfTk9UX0FMTE9XRUQnLFxuICAgICAgJ1x1NTNFQVx1NjcwOVx1N0JBMVx1NzQwNlx1NTQ1OFx1NTQ4Q1x1NUJBM1x1NjU1OVx1NTdGQVx1NTczMFx1N0YxNlx1OEY5MVx1NTNFRlx1NEVFNVx1NTNEMVx1NUUwM1x1NTE2Q1x1NUYwMFx1NTZGRVx1NzI0N1x1MzAwMk9ubHkgYWRtaW5zIGFuZCBiYXNlIGVkaXRvcnMgcHVibGlzaCBpbWFnZXMuJyxcbiAgICAgIHtcbiAgICAgICAgZmllbGQ6ICd2aXNpYmlsaXR5JyxcbiAgICAgIH0sXG4gICAgKVxuICB9XG4gIGlmIChoYXNSb2xlKHVzZXIsICd0b3duLW9mZmljaWFsJykpIHtcbiAgICAvLyBBIHRvd24gb2ZmaWNpYWwncyBldmlkZW5jZSBpcyB0aGVpciBvd24gdG93bidzLlxuICAgIGRhdGEudG93biA9IHJlZklkKHVzZXIudG93bikgYXMgbnVtYmVyXG4gIH1cbiAgcmV0dXJuIGRhdGFcbn1cbiIsICJpbXBvcnQgcGF0aCBmcm9tICdub2RlOnBhdGgnXG5cbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGF1dGhlbnRpY2F0ZWQgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYXV0aGVudGljYXRlZCdcbmltcG9ydCB7IG1lZGlhUmVhZGVycywgdXBsb2FkZXJPckFkbWluIH0gZnJvbSAnLi4vLi4vYWNjZXNzL21lZGlhUmVhZGVycydcbmltcG9ydCB7IGVudiB9IGZyb20gJy4uLy4uL2NvbmZpZy9lbnYnXG5pbXBvcnQgeyBFVklERU5DRV9BUkVBUywgVklTSUJJTElUWSB9IGZyb20gJy4uLy4uL2RvbWFpbi9zeXN0ZW0vbWVkaWEnXG5pbXBvcnQgeyBzZWxlY3QgfSBmcm9tICcuLi8uLi9maWVsZHMvb3B0aW9ucydcbmltcG9ydCB7IGFjdG9yRmllbGQsIHJlbGF0aW9uIH0gZnJvbSAnLi4vLi4vZmllbGRzL3JlbGF0aW9ucydcbmltcG9ydCB7IHN0YW1wVXBsb2FkIH0gZnJvbSAnLi4vLi4vaG9va3Mvc3lzdGVtL21lZGlhJ1xuaW1wb3J0IHsgZ3JvdXBzLCB0IH0gZnJvbSAnLi4vLi4vaTE4bi9sYWJlbHMnXG5cbi8qKlxuICogXHU1NkZFXHU3MjQ3OiBwaG90b3Mgb2YgaW5zcGVjdGlvbnMgYW5kIGV2aWRlbmNlIChwcml2YXRlOiByZWFkYWJsZSBieSB0aG9zZSB3aG8gcmVhZCB0aGUgcmVjb3JkcyB0aGV5IGJlbG9uZ1xuICogdG8pIGFuZCBwdWJsaWMgaW1hZ2VzIChyZXdhcmRzLCBjYW1wYWlnbnMsIGJhc2VzKS4gU3RvcmVkIGluIERBVEFfRElSL21lZGlhOyBzZXJ2ZWQgdGhyb3VnaCAvYXBpIHdpdGhcbiAqIHRoZSBzYW1lIGFjY2Vzcy4gT25seSB0aGUgdXBsb2FkZXIgb3IgYW4gYWRtaW4gcmVwbGFjZXMgb3IgZGVsZXRlcyBhIGZpbGUuXG4gKi9cbmV4cG9ydCBjb25zdCBNZWRpYTogQ29sbGVjdGlvbkNvbmZpZyA9IHtcbiAgc2x1ZzogJ21lZGlhJyxcbiAgbGFiZWxzOiB7IHNpbmd1bGFyOiB0KCdcdTU2RkVcdTcyNDcnLCAnSW1hZ2UnKSwgcGx1cmFsOiB0KCdcdTU2RkVcdTcyNDcnLCAnSW1hZ2VzJykgfSxcbiAgYWRtaW46IHtcbiAgICBncm91cDogZ3JvdXBzLnN5c3RlbSxcbiAgICB1c2VBc1RpdGxlOiAnYWx0JyxcbiAgICBkZWZhdWx0Q29sdW1uczogWydmaWxlbmFtZScsICdhbHQnLCAndmlzaWJpbGl0eScsICdhcmVhJywgJ3VwbG9hZGVkQnknXSxcbiAgfSxcbiAgYWNjZXNzOiB7IHJlYWQ6IG1lZGlhUmVhZGVycywgY3JlYXRlOiBhdXRoZW50aWNhdGVkLCB1cGRhdGU6IHVwbG9hZGVyT3JBZG1pbiwgZGVsZXRlOiB1cGxvYWRlck9yQWRtaW4gfSxcbiAgaG9va3M6IHsgYmVmb3JlQ2hhbmdlOiBbc3RhbXBVcGxvYWRdIH0sXG4gIHVwbG9hZDogeyBzdGF0aWNEaXI6IHBhdGgucmVzb2x2ZShlbnYuREFUQV9ESVIsICdtZWRpYScpLCBtaW1lVHlwZXM6IFsnaW1hZ2UvKiddIH0sXG4gIGZpZWxkczogW1xuICAgIHsgbmFtZTogJ2FsdCcsIHR5cGU6ICd0ZXh0JywgbGFiZWw6IHQoJ1x1OEJGNFx1NjYwRScsICdDYXB0aW9uJykgfSxcbiAgICBzZWxlY3QoJ3Zpc2liaWxpdHknLCB0KCdcdTUzRUZcdTg5QzFcdTgzMDNcdTU2RjQnLCAnVmlzaWJpbGl0eScpLCBWSVNJQklMSVRZLCB7XG4gICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgIGRlZmF1bHRWYWx1ZTogJ3ByaXZhdGUnLFxuICAgICAgaW5kZXg6IHRydWUsXG4gICAgfSksXG4gICAgc2VsZWN0KCdhcmVhJywgdCgnXHU2MjQwXHU1QzVFXHU0RTFBXHU1MkExJywgJ0JlbG9uZ3MgdG8nKSwgRVZJREVOQ0VfQVJFQVMsIHsgaW5kZXg6IHRydWUgfSksXG4gICAgcmVsYXRpb24oJ3Rvd25zJywgJ3Rvd24nLCB0KCdcdTYyNDBcdTVDNUVcdTk1NDdcdUZGMDhcdTg4NTdcdTkwNTNcdUZGMDknLCAnVG93bicpLCB7IGluZGV4OiB0cnVlIH0pLFxuICAgIGFjdG9yRmllbGQoJ3VwbG9hZGVkQnknLCB0KCdcdTRFMEFcdTRGMjBcdTRFQkEnLCAnVXBsb2FkZWQgYnknKSwgeyBpbmRleDogdHJ1ZSwgc2lkZWJhcjogdHJ1ZSB9KSxcbiAgXSxcbn1cbiIsICJpbXBvcnQgdHlwZSB7IEFjY2VzcyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyLCBoYXNSb2xlIH0gZnJvbSAnLi9yb2xlcydcblxuLyoqIEFkbWlucyBzZWUgZXZlcnkgdXNlcjsgZXZlcnlvbmUgZWxzZSBzZWVzIG9ubHkgdGhlaXIgb3duIGFjY291bnQuICovXG5leHBvcnQgY29uc3QgYWRtaW5zT3JTZWxmOiBBY2Nlc3MgPSAoeyByZXEgfSkgPT4ge1xuICBjb25zdCB1c2VyID0gY3VycmVudFVzZXIocmVxKVxuICBpZiAoIXVzZXIpIHJldHVybiBmYWxzZVxuICBpZiAoaGFzUm9sZSh1c2VyLCAnYWRtaW4nKSkgcmV0dXJuIHRydWVcbiAgcmV0dXJuIHsgaWQ6IHsgZXF1YWxzOiB1c2VyLmlkIH0gfVxufVxuIiwgIi8qKlxuICogRmFpbGVkIHNpZ24taW5zLCBjb3VudGVkIHdoZXJlIHRoZXkgY29tZSBmcm9tIChwdXJlOyB0aGUgY2xvY2sgaXMgcGFzc2VkIGluKS4gQW4gYWNjb3VudCBpcyBsb2NrZWRcbiAqIG9ubHkgZm9yIHRoZSBhZGRyZXNzIHRoYXQgZmFpbGVkIG9uIGl0IFx1MjAxNCBub2JvZHkgZWxzZXdoZXJlIGNhbiBsb2NrIHRoZSBkaXN0cmljdCdzIGFkbWluIG91dCBieVxuICogZ3Vlc3NpbmcgZml2ZSBwYXNzd29yZHMgXHUyMDE0IGFuZCBhbiBhZGRyZXNzIHRoYXQgZmFpbHMgdG9vIG9mdGVuIGlzIHJlZnVzZWQgYWx0b2dldGhlciBmb3IgYSB3aGlsZS5cbiAqL1xuZXhwb3J0IHR5cGUgQXR0ZW1wdExpbWl0cyA9IHtcbiAgLyoqIEZhaWx1cmVzIG9mIG9uZSBhY2NvdW50IGZyb20gb25lIGFkZHJlc3MgYmVmb3JlIHRoYXQgcGFpciBpcyBsb2NrZWQuICovXG4gIHBlckFjY291bnQ6IG51bWJlclxuICAvKiogRmFpbHVyZXMgZnJvbSBvbmUgYWRkcmVzcyAoYW55IGFjY291bnRzKSBiZWZvcmUgdGhlIGFkZHJlc3MgaXMgcmVmdXNlZC4gKi9cbiAgcGVyQWRkcmVzczogbnVtYmVyXG4gIHdpbmRvd01zOiBudW1iZXJcbiAgbG9ja01zOiBudW1iZXJcbn1cblxuZXhwb3J0IGNvbnN0IExPR0lOX0xJTUlUUzogQXR0ZW1wdExpbWl0cyA9IHsgcGVyQWNjb3VudDogNSwgcGVyQWRkcmVzczogMjAsIHdpbmRvd01zOiAxNSAqIDYwXzAwMCwgbG9ja01zOiAxNSAqIDYwXzAwMCB9XG5cbnR5cGUgQ291bnRlciA9IHsgZmFpbHVyZXM6IG51bWJlcltdOyBsb2NrZWRVbnRpbDogbnVtYmVyIH1cblxuZXhwb3J0IGNsYXNzIEF0dGVtcHRHdWFyZCB7XG4gIHByaXZhdGUgcmVhZG9ubHkgcGFpcnMgPSBuZXcgTWFwPHN0cmluZywgQ291bnRlcj4oKVxuICBwcml2YXRlIHJlYWRvbmx5IGFkZHJlc3NlcyA9IG5ldyBNYXA8c3RyaW5nLCBDb3VudGVyPigpXG5cbiAgY29uc3RydWN0b3IoXG4gICAgcHJpdmF0ZSByZWFkb25seSBsaW1pdHM6IEF0dGVtcHRMaW1pdHMgPSBMT0dJTl9MSU1JVFMsXG4gICAgcHJpdmF0ZSByZWFkb25seSBtYXhFbnRyaWVzID0gNTBfMDAwLFxuICApIHt9XG5cbiAgLyoqIFNlY29uZHMgYW4gYWRkcmVzcyBtdXN0IHdhaXQgYmVmb3JlIHRyeWluZyBhZ2FpbiAoMDogaXQgbWF5IHRyeSkuICovXG4gIGFkZHJlc3NXYWl0KGFkZHJlc3M6IHN0cmluZywgbm93OiBudW1iZXIpOiBudW1iZXIge1xuICAgIGNvbnN0IGMgPSB0aGlzLmFkZHJlc3Nlcy5nZXQoYWRkcmVzcylcbiAgICByZXR1cm4gYyAmJiBjLmxvY2tlZFVudGlsID4gbm93ID8gTWF0aC5jZWlsKChjLmxvY2tlZFVudGlsIC0gbm93KSAvIDEwMDApIDogMFxuICB9XG5cbiAgLyoqIFdoZXRoZXIgdGhpcyBhY2NvdW50IGlzIGxvY2tlZCBmb3IgdGhpcyBhZGRyZXNzLiAqL1xuICBhY2NvdW50TG9ja2VkKGFjY291bnQ6IHN0cmluZywgYWRkcmVzczogc3RyaW5nLCBub3c6IG51bWJlcik6IGJvb2xlYW4ge1xuICAgIGNvbnN0IGMgPSB0aGlzLnBhaXJzLmdldChwYWlyS2V5KGFjY291bnQsIGFkZHJlc3MpKVxuICAgIHJldHVybiBCb29sZWFuKGMgJiYgYy5sb2NrZWRVbnRpbCA+IG5vdylcbiAgfVxuXG4gIGZhaWwoYWNjb3VudDogc3RyaW5nLCBhZGRyZXNzOiBzdHJpbmcsIG5vdzogbnVtYmVyKTogdm9pZCB7XG4gICAgdGhpcy5jb3VudCh0aGlzLnBhaXJzLCBwYWlyS2V5KGFjY291bnQsIGFkZHJlc3MpLCB0aGlzLmxpbWl0cy5wZXJBY2NvdW50LCBub3cpXG4gICAgdGhpcy5jb3VudCh0aGlzLmFkZHJlc3NlcywgYWRkcmVzcywgdGhpcy5saW1pdHMucGVyQWRkcmVzcywgbm93KVxuICB9XG5cbiAgc3VjY2VlZChhY2NvdW50OiBzdHJpbmcsIGFkZHJlc3M6IHN0cmluZyk6IHZvaWQge1xuICAgIHRoaXMucGFpcnMuZGVsZXRlKHBhaXJLZXkoYWNjb3VudCwgYWRkcmVzcykpXG4gIH1cblxuICAvKiogQW4gYWRtaW4gdW5sb2NrZWQgdGhlIGFjY291bnQ6IGV2ZXJ5IGFkZHJlc3MgbWF5IHRyeSBhZ2Fpbi4gKi9cbiAgY2xlYXJBY2NvdW50KGFjY291bnQ6IHN0cmluZyk6IHZvaWQge1xuICAgIGNvbnN0IHByZWZpeCA9IGAke2FjY291bnQudG9Mb3dlckNhc2UoKX1cXHUwMDAwYFxuICAgIGZvciAoY29uc3Qga2V5IG9mIHRoaXMucGFpcnMua2V5cygpKSBpZiAoa2V5LnN0YXJ0c1dpdGgocHJlZml4KSkgdGhpcy5wYWlycy5kZWxldGUoa2V5KVxuICB9XG5cbiAgcHJpdmF0ZSBjb3VudChtYXA6IE1hcDxzdHJpbmcsIENvdW50ZXI+LCBrZXk6IHN0cmluZywgbGltaXQ6IG51bWJlciwgbm93OiBudW1iZXIpOiB2b2lkIHtcbiAgICBjb25zdCBjID0gbWFwLmdldChrZXkpID8/IHsgZmFpbHVyZXM6IFtdLCBsb2NrZWRVbnRpbDogMCB9XG4gICAgYy5mYWlsdXJlcyA9IGMuZmFpbHVyZXMuZmlsdGVyKCh0KSA9PiBub3cgLSB0IDwgdGhpcy5saW1pdHMud2luZG93TXMpXG4gICAgYy5mYWlsdXJlcy5wdXNoKG5vdylcbiAgICBpZiAoYy5mYWlsdXJlcy5sZW5ndGggPj0gbGltaXQpIHtcbiAgICAgIGMubG9ja2VkVW50aWwgPSBub3cgKyB0aGlzLmxpbWl0cy5sb2NrTXNcbiAgICAgIGMuZmFpbHVyZXMgPSBbXVxuICAgIH1cbiAgICBtYXAuZGVsZXRlKGtleSlcbiAgICBtYXAuc2V0KGtleSwgYylcbiAgICAvLyBCb3VuZGVkOiB0aGUgb2xkZXN0IGNvdW50ZXJzIGdvIGZpcnN0IHdoZW4gYSBmbG9vZCBvZiBtYWRlLXVwIG5hbWVzIG9yIGFkZHJlc3NlcyBhcnJpdmVzLlxuICAgIHdoaWxlIChtYXAuc2l6ZSA+IHRoaXMubWF4RW50cmllcykgbWFwLmRlbGV0ZShtYXAua2V5cygpLm5leHQoKS52YWx1ZSBhcyBzdHJpbmcpXG4gIH1cbn1cblxuY29uc3QgcGFpcktleSA9IChhY2NvdW50OiBzdHJpbmcsIGFkZHJlc3M6IHN0cmluZykgPT4gYCR7YWNjb3VudC50b0xvd2VyQ2FzZSgpfVxcdTAwMDAke2FkZHJlc3N9YFxuIiwgIi8qKlxuICogUE9TVCAvYXBpL3VzZXJzL2xvZ2luIFx1MjAxNCBQYXlsb2FkJ3Mgb3duIGxvZ2luLCBiZWhpbmQgdGhlIHBsYXRmb3JtJ3MgbGltaXRzIG9uIGZhaWxlZCBhdHRlbXB0c1xuICogKGRvbWFpbi9zeXN0ZW0vYXR0ZW1wdHMpOiBhbiBhY2NvdW50IGxvY2tlZCBmb3IgdGhlIGFkZHJlc3MgdGhhdCBmYWlsZWQgb24gaXQsIGFuIGFkZHJlc3MgdGhhdFxuICogZmFpbHMgdG9vIG9mdGVuIHJlZnVzZWQgZm9yIGEgd2hpbGUuIEEgbG9ja2VkIGFjY291bnQgYW5kIGEgd3JvbmcgcGFzc3dvcmQgYW5zd2VyIGFsaWtlLlxuICovXG5pbXBvcnQgeyBBdXRoZW50aWNhdGlvbkVycm9yLCBoZWFkZXJzV2l0aENvcnMsIGxvZ2luT3BlcmF0aW9uLCB0eXBlIEVuZHBvaW50LCB0eXBlIFBheWxvYWRSZXF1ZXN0IH0gZnJvbSAncGF5bG9hZCdcbmltcG9ydCB7IGdlbmVyYXRlUGF5bG9hZENvb2tpZSB9IGZyb20gJ3BheWxvYWQvc2hhcmVkJ1xuXG5pbXBvcnQgeyBBdHRlbXB0R3VhcmQgfSBmcm9tICcuLi8uLi9kb21haW4vc3lzdGVtL2F0dGVtcHRzJ1xuaW1wb3J0IHsgdG9vTWFueSB9IGZyb20gJy4uLy4uL2hvb2tzL3NoYXJlZC9lcnJvcnMnXG5pbXBvcnQgeyBjbGllbnRBZGRyZXNzLCByZWFkSnNvbiB9IGZyb20gJy4uL3NoYXJlZCdcblxuY29uc3QgR1VBUkQgPSBTeW1ib2wuZm9yKCdmZW5sZWkubG9naW5HdWFyZCcpXG50eXBlIEcgPSB0eXBlb2YgZ2xvYmFsVGhpcyAmIHsgW0dVQVJEXT86IEF0dGVtcHRHdWFyZCB9XG4vKiogT25lIGd1YXJkIHBlciBwcm9jZXNzIChzaGFyZWQgYnkgdGhlIGV4cHJlc3Mgc2VydmVyIGFuZCBOZXh0J3Mgcm91dGUgaGFuZGxlcnMpLiAqL1xuZXhwb3J0IGNvbnN0IGxvZ2luR3VhcmQgPSAoKTogQXR0ZW1wdEd1YXJkID0+ICgoZ2xvYmFsVGhpcyBhcyBHKVtHVUFSRF0gPz89IG5ldyBBdHRlbXB0R3VhcmQoKSlcblxuZXhwb3J0IGNvbnN0IGxvZ2luRW5kcG9pbnQ6IEVuZHBvaW50ID0ge1xuICBwYXRoOiAnL2xvZ2luJyxcbiAgbWV0aG9kOiAncG9zdCcsXG4gIGhhbmRsZXI6IGFzeW5jIChyZXE6IFBheWxvYWRSZXF1ZXN0KSA9PiB7XG4gICAgY29uc3QgYm9keSA9IChhd2FpdCByZWFkSnNvbihyZXEpKSBhcyB7IGVtYWlsPzogdW5rbm93bjsgcGFzc3dvcmQ/OiB1bmtub3duIH0gfCB1bmRlZmluZWRcbiAgICBjb25zdCBlbWFpbCA9IHR5cGVvZiBib2R5Py5lbWFpbCA9PT0gJ3N0cmluZycgPyBib2R5LmVtYWlsLnRyaW0oKS50b0xvd2VyQ2FzZSgpIDogJydcbiAgICBjb25zdCBwYXNzd29yZCA9IHR5cGVvZiBib2R5Py5wYXNzd29yZCA9PT0gJ3N0cmluZycgPyBib2R5LnBhc3N3b3JkIDogJydcbiAgICBjb25zdCBhZGRyZXNzID0gY2xpZW50QWRkcmVzcyhyZXEpXG4gICAgY29uc3QgZ3VhcmQgPSBsb2dpbkd1YXJkKClcbiAgICBjb25zdCBub3cgPSBEYXRlLm5vdygpXG4gICAgY29uc3Qgd2FpdCA9IGd1YXJkLmFkZHJlc3NXYWl0KGFkZHJlc3MsIG5vdylcbiAgICBpZiAod2FpdCA+IDApIHtcbiAgICAgIHRocm93IHRvb01hbnkoXG4gICAgICAgICdUT09fTUFOWV9BVFRFTVBUUycsXG4gICAgICAgIGBcdTc2N0JcdTVGNTVcdTU5MzFcdThEMjVcdTZCMjFcdTY1NzBcdThGQzdcdTU5MUFcdUZGMENcdThCRjcgJHtNYXRoLmNlaWwod2FpdCAvIDYwKX0gXHU1MjA2XHU5NDlGXHU1NDBFXHU1MThEXHU4QkQ1XHUzMDAyVG9vIG1hbnkgZmFpbGVkIHNpZ24taW5zOyB0cnkgYWdhaW4gbGF0ZXIuYCxcbiAgICAgICAge1xuICAgICAgICAgIHJldHJ5QWZ0ZXI6IHdhaXQsXG4gICAgICAgIH0sXG4gICAgICApXG4gICAgfVxuICAgIGlmIChndWFyZC5hY2NvdW50TG9ja2VkKGVtYWlsLCBhZGRyZXNzLCBub3cpKSB7XG4gICAgICBndWFyZC5mYWlsKGVtYWlsLCBhZGRyZXNzLCBub3cpXG4gICAgICB0aHJvdyBuZXcgQXV0aGVudGljYXRpb25FcnJvcihyZXEudClcbiAgICB9XG4gICAgY29uc3QgY29sbGVjdGlvbiA9IHJlcS5wYXlsb2FkLmNvbGxlY3Rpb25zLnVzZXJzXG4gICAgbGV0IHJlc3VsdDogQXdhaXRlZDxSZXR1cm5UeXBlPHR5cGVvZiBsb2dpbk9wZXJhdGlvbj4+XG4gICAgdHJ5IHtcbiAgICAgIHJlc3VsdCA9IGF3YWl0IGxvZ2luT3BlcmF0aW9uKHsgY29sbGVjdGlvbiwgZGF0YTogeyBlbWFpbCwgcGFzc3dvcmQgfSwgcmVxIH0pXG4gICAgfSBjYXRjaCAoZXJyKSB7XG4gICAgICBpZiAoZXJyIGluc3RhbmNlb2YgQXV0aGVudGljYXRpb25FcnJvciB8fCAoZXJyIGluc3RhbmNlb2YgRXJyb3IgJiYgZXJyLm5hbWUgPT09ICdMb2NrZWRBdXRoJykpIHtcbiAgICAgICAgZ3VhcmQuZmFpbChlbWFpbCwgYWRkcmVzcywgbm93KVxuICAgICAgICB0aHJvdyBuZXcgQXV0aGVudGljYXRpb25FcnJvcihyZXEudClcbiAgICAgIH1cbiAgICAgIHRocm93IGVyclxuICAgIH1cbiAgICBndWFyZC5zdWNjZWVkKGVtYWlsLCBhZGRyZXNzKVxuICAgIGNvbnN0IGNvb2tpZSA9IGdlbmVyYXRlUGF5bG9hZENvb2tpZSh7XG4gICAgICBjb2xsZWN0aW9uQXV0aENvbmZpZzogY29sbGVjdGlvbi5jb25maWcuYXV0aCxcbiAgICAgIGNvb2tpZVByZWZpeDogcmVxLnBheWxvYWQuY29uZmlnLmNvb2tpZVByZWZpeCxcbiAgICAgIHRva2VuOiByZXN1bHQudG9rZW4hLFxuICAgIH0pXG4gICAgcmV0dXJuIFJlc3BvbnNlLmpzb24oXG4gICAgICB7IG1lc3NhZ2U6IHJlcS50KCdhdXRoZW50aWNhdGlvbjpwYXNzZWQnKSwgLi4ucmVzdWx0IH0sXG4gICAgICB7IGhlYWRlcnM6IGhlYWRlcnNXaXRoQ29ycyh7IGhlYWRlcnM6IG5ldyBIZWFkZXJzKHsgJ1NldC1Db29raWUnOiBjb29raWUgfSksIHJlcSB9KSB9LFxuICAgIClcbiAgfSxcbn1cbiIsICIvKiogVGhlIHBsYXRmb3JtJ3MgbWFpbHMsIGluIENoaW5lc2UgKHB1cmU6IHRleHQgaW4sIHRleHQgb3V0KS4gKi9cbmNvbnN0IGVzY2FwZSA9IChzOiBzdHJpbmcpID0+IHMucmVwbGFjZSgvWyY8PlwiJ10vZywgKGMpID0+IGAmIyR7Yy5jaGFyQ29kZUF0KDApfTtgKVxuXG5leHBvcnQgZnVuY3Rpb24gbGF5b3V0KHRpdGxlOiBzdHJpbmcsIHBhcmFncmFwaHM6IHN0cmluZ1tdKTogc3RyaW5nIHtcbiAgcmV0dXJuIFtcbiAgICAnPCFkb2N0eXBlIGh0bWw+PGh0bWwgbGFuZz1cInpoLUNOXCI+PGhlYWQ+PG1ldGEgY2hhcnNldD1cInV0Zi04XCI+PHRpdGxlPicsXG4gICAgZXNjYXBlKHRpdGxlKSxcbiAgICBcIjwvdGl0bGU+PC9oZWFkPjxib2R5IHN0eWxlPVxcXCJmb250LWZhbWlseTogJ05vdG8gU2FucyBDSksgU0MnLCAnUGluZ0ZhbmcgU0MnLCBzYW5zLXNlcmlmOyBsaW5lLWhlaWdodDogMS43OyBjb2xvcjogIzFmMmEyNFxcXCI+XCIsXG4gICAgYDxoMiBzdHlsZT1cImNvbG9yOiAjMWY3YTRkXCI+JHtlc2NhcGUodGl0bGUpfTwvaDI+YCxcbiAgICAuLi5wYXJhZ3JhcGhzLm1hcCgocCkgPT4gYDxwPiR7cH08L3A+YCksXG4gICAgJzxwIHN0eWxlPVwiY29sb3I6ICM2Yjc3NzA7IGZvbnQtc2l6ZTogMTNweFwiPlx1NkI2NFx1OTBBRVx1NEVGNlx1NzUzMVx1NTIwNlx1N0M3Qlx1RkYwOEZlbmxlaVx1RkYwOVx1NUU3M1x1NTNGMFx1ODFFQVx1NTJBOFx1NTNEMVx1OTAwMVx1RkYwQ1x1OEJGN1x1NTJGRlx1NzZGNFx1NjNBNVx1NTZERVx1NTkwRFx1MzAwMjwvcD4nLFxuICAgICc8L2JvZHk+PC9odG1sPicsXG4gIF0uam9pbignJylcbn1cblxuZXhwb3J0IGNvbnN0IHJlc2V0UGFzc3dvcmRTdWJqZWN0ID0gJ1x1MzAxMFx1NTIwNlx1N0M3Qlx1NUU3M1x1NTNGMFx1MzAxMVx1OTFDRFx1N0Y2RVx1NzY3Qlx1NUY1NVx1NUJDNlx1NzgwMSdcblxuZXhwb3J0IGZ1bmN0aW9uIHJlc2V0UGFzc3dvcmRIVE1MKG86IHsgbmFtZT86IHN0cmluZyB8IG51bGw7IHVybDogc3RyaW5nOyBtaW51dGVzOiBudW1iZXIgfSk6IHN0cmluZyB7XG4gIHJldHVybiBsYXlvdXQocmVzZXRQYXNzd29yZFN1YmplY3QsIFtcbiAgICBgJHtlc2NhcGUoby5uYW1lIHx8ICdcdTYwQThcdTU5N0QnKX1cdUZGMUFgLFxuICAgICdcdTYyMTFcdTRFRUNcdTY1MzZcdTUyMzBcdTRFODZcdTkxQ0RcdTdGNkVcdTYwQThcdTUyMDZcdTdDN0JcdTVFNzNcdTUzRjBcdTc2N0JcdTVGNTVcdTVCQzZcdTc4MDFcdTc2ODRcdTc1MzNcdThCRjdcdTMwMDJcdThCRjdcdTU3MjhcdTRFMEJcdTk3NjJcdTc2ODRcdTk0RkVcdTYzQTVcdTRFMkRcdThCQkVcdTdGNkVcdTY1QjBcdTVCQzZcdTc4MDFcdUZGMUEnLFxuICAgIGA8YSBocmVmPVwiJHtlc2NhcGUoby51cmwpfVwiIHN0eWxlPVwiY29sb3I6ICMxZjdhNGRcIj4ke2VzY2FwZShvLnVybCl9PC9hPmAsXG4gICAgYFx1OTRGRVx1NjNBNSAke28ubWludXRlc30gXHU1MjA2XHU5NDlGXHU1MTg1XHU2NzA5XHU2NTQ4XHVGRjBDXHU1M0VBXHU4MEZEXHU0RjdGXHU3NTI4XHU0RTAwXHU2QjIxXHUzMDAyXHU1OTgyXHU2NzlDXHU4RkQ5XHU0RTBEXHU2NjJGXHU2MEE4XHU2NzJDXHU0RUJBXHU3Njg0XHU2NENEXHU0RjVDXHVGRjBDXHU4QkY3XHU1RkZEXHU3NTY1XHU2QjY0XHU5MEFFXHU0RUY2XHVGRjBDXHU2MEE4XHU3Njg0XHU1QkM2XHU3ODAxXHU0RTBEXHU0RjFBXHU2NTM5XHU1M0Q4XHUzMDAyYCxcbiAgXSlcbn1cbiIsICIvKiogSG9va3Mgb2YgdGhlIHVzZXJzIGNvbGxlY3Rpb24uICovXG5pbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25BZnRlck9wZXJhdGlvbkhvb2ssIENvbGxlY3Rpb25CZWZvcmVDaGFuZ2VIb29rLCBDb2xsZWN0aW9uQmVmb3JlT3BlcmF0aW9uSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGN1cnJlbnRVc2VyLCBoYXNSb2xlLCBzYW1lUmVmIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3JvbGVzJ1xuaW1wb3J0IHR5cGUgeyBVc2VyIH0gZnJvbSAnLi4vLi4vcGF5bG9hZC10eXBlcydcbmltcG9ydCB7IEF0dGVtcHRHdWFyZCB9IGZyb20gJy4uLy4uL2RvbWFpbi9zeXN0ZW0vYXR0ZW1wdHMnXG5pbXBvcnQgeyByZXNldFBhc3N3b3JkSFRNTCwgcmVzZXRQYXNzd29yZFN1YmplY3QgfSBmcm9tICcuLi8uLi9kb21haW4vc3lzdGVtL21haWwnXG5pbXBvcnQgeyBjbGllbnRBZGRyZXNzIH0gZnJvbSAnLi4vLi4vZW5kcG9pbnRzL3NoYXJlZCdcbmltcG9ydCB7IGxvZ2luR3VhcmQgfSBmcm9tICcuLi8uLi9lbmRwb2ludHMvc3lzdGVtL2xvZ2luJ1xuaW1wb3J0IHsgZm9yYmlkZGVuLCB0b29NYW55IH0gZnJvbSAnLi4vc2hhcmVkL2Vycm9ycydcblxuLyoqIFRoZSB2ZXJ5IGZpcnN0IGFjY291bnQgb2YgYSBmcmVzaCBpbnN0YWxsYXRpb24gaXMgYSBkaXN0cmljdCBhZG1pbi4gKi9cbmV4cG9ydCBjb25zdCBmaXJzdFVzZXJJc0FkbWluOiBDb2xsZWN0aW9uQmVmb3JlQ2hhbmdlSG9vazxVc2VyPiA9IGFzeW5jICh7IGRhdGEsIG9wZXJhdGlvbiwgcmVxIH0pID0+IHtcbiAgaWYgKG9wZXJhdGlvbiAhPT0gJ2NyZWF0ZScpIHJldHVybiBkYXRhXG4gIGNvbnN0IHsgdG90YWxEb2NzIH0gPSBhd2FpdCByZXEucGF5bG9hZC5jb3VudCh7IGNvbGxlY3Rpb246ICd1c2VycycsIHJlcSwgb3ZlcnJpZGVBY2Nlc3M6IHRydWUgfSlcbiAgaWYgKHRvdGFsRG9jcyA9PT0gMCkgZGF0YS5yb2xlID0gJ2FkbWluJ1xuICByZXR1cm4gZGF0YVxufVxuXG5jb25zdCBHVUFSREVEID0gWydyb2xlJywgJ3Rvd24nLCAnZWR1Y2F0aW9uQmFzZSddIGFzIGNvbnN0XG5cbi8qKlxuICogT25seSBhZG1pbnMgYXNzaWduIHJvbGVzIGFuZCBiaW5kaW5ncywgYW5kIG5vYm9keSBjaGFuZ2VzIHRoZWlyIG93biByb2xlIFx1MjAxNCBzbyBub2JvZHkgY2FuXG4gKiByYWlzZSB0aGVtc2VsdmVzLCBhbmQgdGhlIGxhc3QgYWRtaW4gY2Fubm90IGxvY2sgdGhlIGRpc3RyaWN0IG91dCBieSBkZW1vdGluZyB0aGVtc2VsdmVzLlxuICovXG5leHBvcnQgY29uc3QgZ3VhcmRSb2xlQ2hhbmdlczogQ29sbGVjdGlvbkJlZm9yZUNoYW5nZUhvb2s8VXNlcj4gPSAoeyBkYXRhLCBvcGVyYXRpb24sIG9yaWdpbmFsRG9jLCByZXEgfSkgPT4ge1xuICBjb25zdCB1c2VyID0gY3VycmVudFVzZXIocmVxKVxuICBpZiAoIXVzZXIgfHwgb3BlcmF0aW9uICE9PSAndXBkYXRlJyB8fCAhb3JpZ2luYWxEb2MpIHJldHVybiBkYXRhXG4gIGNvbnN0IGNoYW5nZWQgPSBHVUFSREVELmZpbHRlcigoZikgPT4gZGF0YVtmXSAhPT0gdW5kZWZpbmVkICYmICFzYW1lT3JCb3RoRW1wdHkoZGF0YVtmXSwgb3JpZ2luYWxEb2NbZl0pKVxuICBpZiAoY2hhbmdlZC5sZW5ndGggPT09IDApIHJldHVybiBkYXRhXG4gIGlmICghaGFzUm9sZSh1c2VyLCAnYWRtaW4nKSkge1xuICAgIHRocm93IGZvcmJpZGRlbignUk9MRV9BRE1JTl9PTkxZJywgJ1x1NTNFQVx1NjcwOVx1N0JBMVx1NzQwNlx1NTQ1OFx1NTNFRlx1NEVFNVx1NEZFRVx1NjUzOVx1ODlEMlx1ODI3Mlx1NTQ4Q1x1NjI0MFx1NUM1RVx1NTM1NVx1NEY0RFx1MzAwMk9ubHkgYWRtaW5zIGNoYW5nZSByb2xlcyBhbmQgYmluZGluZ3MuJylcbiAgfVxuICBpZiAoY2hhbmdlZC5pbmNsdWRlcygncm9sZScpICYmIFN0cmluZyhvcmlnaW5hbERvYy5pZCkgPT09IFN0cmluZyh1c2VyLmlkKSkge1xuICAgIHRocm93IGZvcmJpZGRlbignT1dOX1JPTEUnLCAnXHU0RTBEXHU4MEZEXHU0RkVFXHU2NTM5XHU4MUVBXHU1REYxXHU3Njg0XHU4OUQyXHU4MjcyXHUzMDAyTm9ib2R5IGNhbiBjaGFuZ2UgdGhlaXIgb3duIHJvbGUuJylcbiAgfVxuICByZXR1cm4gZGF0YVxufVxuXG5mdW5jdGlvbiBzYW1lT3JCb3RoRW1wdHkoYTogdW5rbm93biwgYjogdW5rbm93bik6IGJvb2xlYW4ge1xuICBjb25zdCBlbXB0eSA9ICh2OiB1bmtub3duKSA9PiB2ID09PSBudWxsIHx8IHYgPT09IHVuZGVmaW5lZCB8fCB2ID09PSAnJ1xuICBpZiAoZW1wdHkoYSkgJiYgZW1wdHkoYikpIHJldHVybiB0cnVlXG4gIGlmICh0eXBlb2YgYSA9PT0gJ3N0cmluZycgJiYgdHlwZW9mIGIgPT09ICdzdHJpbmcnKSByZXR1cm4gYSA9PT0gYlxuICByZXR1cm4gc2FtZVJlZihhIGFzIG5ldmVyLCBiIGFzIG5ldmVyKVxufVxuXG5jb25zdCBSRVNFVCA9IFN5bWJvbC5mb3IoJ2ZlbmxlaS5yZXNldEd1YXJkJylcbnR5cGUgRyA9IHR5cGVvZiBnbG9iYWxUaGlzICYgeyBbUkVTRVRdPzogQXR0ZW1wdEd1YXJkIH1cbi8qKiBSZXNldCBtYWlsczogdGhyZWUgcGVyIGFkZHJlc3MgYW5kIGFjY291bnQsIHRlbiBwZXIgYWRkcmVzcywgaW4gMTUgbWludXRlcy4gKi9cbmNvbnN0IHJlc2V0R3VhcmQgPSAoKSA9PlxuICAoKGdsb2JhbFRoaXMgYXMgRylbUkVTRVRdID8/PSBuZXcgQXR0ZW1wdEd1YXJkKHtcbiAgICBwZXJBY2NvdW50OiAzLFxuICAgIHBlckFkZHJlc3M6IDEwLFxuICAgIHdpbmRvd01zOiAxNSAqIDYwXzAwMCxcbiAgICBsb2NrTXM6IDE1ICogNjBfMDAwLFxuICB9KSlcblxuLyoqXG4gKiBQYXNzd29yZC1yZXNldCByZXF1ZXN0cyBhcmUgbGltaXRlZCBwZXIgYWRkcmVzcyAocmVmdXNlZCkgYW5kIHBlciBhY2NvdW50IChhbnN3ZXJlZCBhbGlrZSwgYnV0IG5vXG4gKiBtYWlsIGlzIHNlbnQpLCBzbyB0aGF0IG5vYm9keSBmbG9vZHMgYSBjb2xsZWFndWUncyBtYWlsYm94IG9yIGxlYXJucyB3aGljaCBhZGRyZXNzZXMgZXhpc3QuXG4gKi9cbmV4cG9ydCBjb25zdCBsaW1pdFJlc2V0UmVxdWVzdHM6IENvbGxlY3Rpb25CZWZvcmVPcGVyYXRpb25Ib29rID0gKHsgYXJncywgb3BlcmF0aW9uLCByZXEgfSkgPT4ge1xuICBpZiAob3BlcmF0aW9uICE9PSAnZm9yZ290UGFzc3dvcmQnKSByZXR1cm4gYXJnc1xuICBjb25zdCBlbWFpbCA9IFN0cmluZygoYXJncyBhcyB7IGRhdGE/OiB7IGVtYWlsPzogc3RyaW5nIH0gfSkuZGF0YT8uZW1haWwgPz8gJycpLnRvTG93ZXJDYXNlKClcbiAgY29uc3QgYWRkcmVzcyA9IGNsaWVudEFkZHJlc3MocmVxKVxuICBjb25zdCBndWFyZCA9IHJlc2V0R3VhcmQoKVxuICBjb25zdCBub3cgPSBEYXRlLm5vdygpXG4gIGNvbnN0IHdhaXQgPSBndWFyZC5hZGRyZXNzV2FpdChhZGRyZXNzLCBub3cpXG4gIGlmICh3YWl0ID4gMClcbiAgICB0aHJvdyB0b29NYW55KCdUT09fTUFOWV9BVFRFTVBUUycsICdcdThCRjdcdTZDNDJcdThGQzdcdTRFOEVcdTk4OTFcdTdFNDFcdUZGMENcdThCRjdcdTdBMERcdTU0MEVcdTUxOERcdThCRDVcdTMwMDJUb28gbWFueSByZXF1ZXN0czsgdHJ5IGFnYWluIGxhdGVyLicsIHtcbiAgICAgIHJldHJ5QWZ0ZXI6IHdhaXQsXG4gICAgfSlcbiAgY29uc3QgbGltaXRlZCA9IGd1YXJkLmFjY291bnRMb2NrZWQoZW1haWwsIGFkZHJlc3MsIG5vdylcbiAgZ3VhcmQuZmFpbChlbWFpbCwgYWRkcmVzcywgbm93KVxuICByZXR1cm4gbGltaXRlZCA/IHsgLi4uYXJncywgZGlzYWJsZUVtYWlsOiB0cnVlIH0gOiBhcmdzXG59XG5cbi8qKiBBbiBhZG1pbidzIHVubG9jayBhbHNvIGxpZnRzIHRoZSBwZXItYWRkcmVzcyBsb2NrcyBvZiB0aGUgYWNjb3VudC4gKi9cbmV4cG9ydCBjb25zdCBjbGVhckxvY2tzT25VbmxvY2s6IENvbGxlY3Rpb25BZnRlck9wZXJhdGlvbkhvb2sgPSAoeyBhcmdzLCBvcGVyYXRpb24sIHJlc3VsdCB9KSA9PiB7XG4gIGlmIChvcGVyYXRpb24gPT09ICd1bmxvY2snKVxuICAgIGxvZ2luR3VhcmQoKS5jbGVhckFjY291bnQoU3RyaW5nKChhcmdzIGFzIHsgZGF0YT86IHsgZW1haWw/OiBzdHJpbmcgfSB9KS5kYXRhPy5lbWFpbCA/PyAnJykpXG4gIHJldHVybiByZXN1bHRcbn1cblxuZXhwb3J0IGNvbnN0IHJlc2V0TWFpbCA9IHtcbiAgZ2VuZXJhdGVFbWFpbFN1YmplY3Q6ICgpID0+IHJlc2V0UGFzc3dvcmRTdWJqZWN0LFxuICBnZW5lcmF0ZUVtYWlsSFRNTDogKG8/OiB7XG4gICAgcmVxPzogeyBwYXlsb2FkOiB7IGNvbmZpZzogeyBzZXJ2ZXJVUkw6IHN0cmluZyB9IH0gfVxuICAgIHRva2VuPzogc3RyaW5nXG4gICAgdXNlcj86IHsgbmFtZT86IHN0cmluZyB8IG51bGwgfVxuICB9KSA9PlxuICAgIHJlc2V0UGFzc3dvcmRIVE1MKHtcbiAgICAgIG5hbWU6IG8/LnVzZXI/Lm5hbWUsXG4gICAgICB1cmw6IGAke28/LnJlcT8ucGF5bG9hZC5jb25maWcuc2VydmVyVVJMIHx8ICdodHRwOi8vbG9jYWxob3N0OjMwMDAnfS9hZG1pbi9yZXNldC8ke28/LnRva2VuID8/ICcnfWAsXG4gICAgICBtaW51dGVzOiA2MCxcbiAgICB9KSxcbn1cbiIsICJpbXBvcnQgdHlwZSB7IENvbGxlY3Rpb25Db25maWcsIENvbGxlY3Rpb25TbHVnLCBSZWxhdGlvbnNoaXBGaWVsZCB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IGFkbWlucyB9IGZyb20gJy4uLy4uL2FjY2Vzcy9hZG1pbnMnXG5pbXBvcnQgeyBhZG1pbnNPclNlbGYgfSBmcm9tICcuLi8uLi9hY2Nlc3MvYWRtaW5zT3JTZWxmJ1xuaW1wb3J0IHsgcm9sZU9wdGlvbnMsIHR5cGUgUm9sZSB9IGZyb20gJy4uLy4uL2FjY2Vzcy9yb2xlcydcbmltcG9ydCB7IGVudiB9IGZyb20gJy4uLy4uL2NvbmZpZy9lbnYnXG5pbXBvcnQgeyBsb2dpbkVuZHBvaW50IH0gZnJvbSAnLi4vLi4vZW5kcG9pbnRzL3N5c3RlbS9sb2dpbidcbmltcG9ydCB7XG4gIGNsZWFyTG9ja3NPblVubG9jayxcbiAgZmlyc3RVc2VySXNBZG1pbixcbiAgZ3VhcmRSb2xlQ2hhbmdlcyxcbiAgbGltaXRSZXNldFJlcXVlc3RzLFxuICByZXNldE1haWwsXG59IGZyb20gJy4uLy4uL2hvb2tzL3N5c3RlbS91c2VycydcbmltcG9ydCB7IGdyb3VwcywgdCwgdHlwZSBMYWJlbCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKiogV2hhdCBhIHJvbGUgaXMgYm91bmQgdG8gKGEgdG93biBvZmZpY2lhbCdzIHRvd24sIGEgYmFzZSBlZGl0b3IncyBiYXNlKTogc2hvd24gYW5kIHJlcXVpcmVkIGZvciB0aGF0IHJvbGUgb25seS4gKi9cbmNvbnN0IGJpbmRpbmcgPSAoXG4gIG5hbWU6IHN0cmluZyxcbiAgcmVsYXRpb25UbzogQ29sbGVjdGlvblNsdWcsXG4gIHJvbGU6IFJvbGUsXG4gIGxhYmVsOiBMYWJlbCxcbiAgbWlzc2luZzogc3RyaW5nLFxuKTogUmVsYXRpb25zaGlwRmllbGQgPT4gKHtcbiAgbmFtZSxcbiAgdHlwZTogJ3JlbGF0aW9uc2hpcCcsXG4gIHJlbGF0aW9uVG8sXG4gIHNhdmVUb0pXVDogdHJ1ZSxcbiAgbGFiZWwsXG4gIGFkbWluOiB7IGNvbmRpdGlvbjogKF8sIHNpYmxpbmcpID0+IHNpYmxpbmc/LnJvbGUgPT09IHJvbGUgfSxcbiAgdmFsaWRhdGU6ICh2YWx1ZTogdW5rbm93biwgeyBzaWJsaW5nRGF0YSB9OiB7IHNpYmxpbmdEYXRhOiBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPiB9KSA9PlxuICAgIHNpYmxpbmdEYXRhPy5yb2xlICE9PSByb2xlIHx8IEJvb2xlYW4odmFsdWUpIHx8IG1pc3NpbmcsXG59KVxuXG4vKiogU3RhZmYgYWNjb3VudHMuIE9ubHkgYWRtaW5zIG1hbmFnZSB1c2Vyczsgcm9sZXMgYmluZCB0b3duIG9mZmljaWFscyBhbmQgYmFzZSBlZGl0b3JzLiAqL1xuZXhwb3J0IGNvbnN0IFVzZXJzOiBDb2xsZWN0aW9uQ29uZmlnID0ge1xuICBzbHVnOiAndXNlcnMnLFxuICBsYWJlbHM6IHsgc2luZ3VsYXI6IHQoJ1x1NzUyOFx1NjIzNycsICdVc2VyJyksIHBsdXJhbDogdCgnXHU3NTI4XHU2MjM3JywgJ1VzZXJzJykgfSxcbiAgYXV0aDoge1xuICAgIC8vIEZhaWxlZCBzaWduLWlucyBhcmUgbGltaXRlZCBwZXIgYWRkcmVzcyBhbmQgYWNjb3VudCBieSB0aGUgbG9naW4gZW5kcG9pbnQgKGVuZHBvaW50cy9zeXN0ZW0vbG9naW4udHMpLFxuICAgIC8vIG5vdCBieSBQYXlsb2FkJ3MgcGVyLWFjY291bnQgbG9jaywgd2hpY2ggYW55Ym9keSBjb3VsZCB0cmlwIHRvIGxvY2sgYW4gYWRtaW4gb3V0LlxuICAgIG1heExvZ2luQXR0ZW1wdHM6IDAsXG4gICAgdG9rZW5FeHBpcmF0aW9uOiA4ICogNjAgKiA2MCxcbiAgICBjb29raWVzOiB7IHNlY3VyZTogZW52LlBVQkxJQ19VUkw/LnN0YXJ0c1dpdGgoJ2h0dHBzOi8vJykgPz8gZmFsc2UsIHNhbWVTaXRlOiAnTGF4JyB9LFxuICAgIC8vIG1pblJlcXVlc3RJbnRlcnZhbCAwOiBQYXlsb2FkJ3Mgb3duIGludGVydmFsIGlzIGEgd3JpdGUgb3V0c2lkZSB0aGUgcmVxdWVzdCdzIHRyYW5zYWN0aW9uOyBvdXJzIGlzIGxpbWl0UmVzZXRSZXF1ZXN0cy5cbiAgICBmb3Jnb3RQYXNzd29yZDogeyBleHBpcmF0aW9uOiA2MCAqIDYwICogMTAwMCwgbWluUmVxdWVzdEludGVydmFsOiAwLCAuLi5yZXNldE1haWwgfSxcbiAgfSxcbiAgZW5kcG9pbnRzOiBbbG9naW5FbmRwb2ludF0sXG4gIGFkbWluOiB7XG4gICAgZ3JvdXA6IGdyb3Vwcy5zeXN0ZW0sXG4gICAgdXNlQXNUaXRsZTogJ25hbWUnLFxuICAgIGRlZmF1bHRDb2x1bW5zOiBbJ25hbWUnLCAnZW1haWwnLCAncm9sZScsICd0b3duJywgJ2VkdWNhdGlvbkJhc2UnXSxcbiAgICBsaXN0U2VhcmNoYWJsZUZpZWxkczogWyduYW1lJywgJ2VtYWlsJywgJ3Bob25lJ10sXG4gIH0sXG4gIGFjY2Vzczoge1xuICAgIHJlYWQ6IGFkbWluc09yU2VsZixcbiAgICBjcmVhdGU6IGFkbWlucyxcbiAgICB1cGRhdGU6IGFkbWluc09yU2VsZixcbiAgICBkZWxldGU6IGFkbWlucyxcbiAgICB1bmxvY2s6IGFkbWlucyxcbiAgICBhZG1pbjogKHsgcmVxIH0pID0+IEJvb2xlYW4ocmVxLnVzZXIpLFxuICB9LFxuICBob29rczoge1xuICAgIGJlZm9yZUNoYW5nZTogW2ZpcnN0VXNlcklzQWRtaW4sIGd1YXJkUm9sZUNoYW5nZXNdLFxuICAgIGJlZm9yZU9wZXJhdGlvbjogW2xpbWl0UmVzZXRSZXF1ZXN0c10sXG4gICAgYWZ0ZXJPcGVyYXRpb246IFtjbGVhckxvY2tzT25VbmxvY2tdLFxuICB9LFxuICBmaWVsZHM6IFtcbiAgICB7IG5hbWU6ICduYW1lJywgdHlwZTogJ3RleHQnLCByZXF1aXJlZDogdHJ1ZSwgbGFiZWw6IHQoJ1x1NTlEM1x1NTQwRCcsICdOYW1lJykgfSxcbiAgICB7XG4gICAgICBuYW1lOiAncm9sZScsXG4gICAgICB0eXBlOiAnc2VsZWN0JyxcbiAgICAgIHJlcXVpcmVkOiB0cnVlLFxuICAgICAgZGVmYXVsdFZhbHVlOiAnb3BlcmF0b3InLFxuICAgICAgb3B0aW9uczogcm9sZU9wdGlvbnMsXG4gICAgICBzYXZlVG9KV1Q6IHRydWUsXG4gICAgICBsYWJlbDogdCgnXHU4OUQyXHU4MjcyJywgJ1JvbGUnKSxcbiAgICB9LFxuICAgIGJpbmRpbmcoXG4gICAgICAndG93bicsXG4gICAgICAndG93bnMnLFxuICAgICAgJ3Rvd24tb2ZmaWNpYWwnLFxuICAgICAgdCgnXHU2MjQwXHU1QzVFXHU5NTQ3XHVGRjA4XHU4ODU3XHU5MDUzXHVGRjA5JywgJ1Rvd24nKSxcbiAgICAgICdcdTk1NDdcdUZGMDhcdTg4NTdcdTkwNTNcdUZGMDlcdTVERTVcdTRGNUNcdTRFQkFcdTU0NThcdTVGQzVcdTk4N0JcdTdFRDFcdTVCOUFcdTRFMDBcdTRFMkFcdTk1NDcgLyBhIHRvd24gb2ZmaWNpYWwgbmVlZHMgYSB0b3duJyxcbiAgICApLFxuICAgIGJpbmRpbmcoXG4gICAgICAnZWR1Y2F0aW9uQmFzZScsXG4gICAgICAnZWR1Y2F0aW9uLWJhc2VzJyxcbiAgICAgICdiYXNlLWVkaXRvcicsXG4gICAgICB0KCdcdTYyNDBcdTVDNUVcdTY1NTlcdTgwQjJcdTU3RkFcdTU3MzAnLCAnRWR1Y2F0aW9uIGJhc2UnKSxcbiAgICAgICdcdTY1NTlcdTgwQjJcdTU3RkFcdTU3MzBcdTdGMTZcdThGOTFcdTVGQzVcdTk4N0JcdTdFRDFcdTVCOUFcdTRFMDBcdTRFMkFcdTU3RkFcdTU3MzAgLyBhIGJhc2UgZWRpdG9yIG5lZWRzIGEgYmFzZScsXG4gICAgKSxcbiAgICB7IG5hbWU6ICdwaG9uZScsIHR5cGU6ICd0ZXh0JywgbGFiZWw6IHQoJ1x1NzUzNVx1OEJERCcsICdQaG9uZScpIH0sXG4gIF0sXG59XG4iLCAiLyoqIFx1N0NGQlx1N0VERiBzeXN0ZW06IHN0YWZmIGFjY291bnRzLCB1cGxvYWRlZCBmaWxlcyBhbmQgdGhlIGF1ZGl0IHRyYWlsLiAqL1xuaW1wb3J0IHsgQXVkaXRMb2cgfSBmcm9tICcuL0F1ZGl0TG9nJ1xuaW1wb3J0IHsgTWVkaWEgfSBmcm9tICcuL01lZGlhJ1xuaW1wb3J0IHsgVXNlcnMgfSBmcm9tICcuL1VzZXJzJ1xuXG5leHBvcnQgY29uc3Qgc3lzdGVtQ29sbGVjdGlvbnMgPSBbTWVkaWEsIFVzZXJzLCBBdWRpdExvZ11cbiIsICIvKipcbiAqIEV2ZXJ5IGNvbGxlY3Rpb24sIGJ5IGFyZWEsIGluIHRoZSBvcmRlciB0aGUgYWRtaW4ncyBuYXZpZ2F0aW9uIHNob3dzIHRoZW0gXHUyMDE0IGVhY2ggd2l0aCB0aGUgaG91c2VcbiAqIHJ1bGVzIGV2ZXJ5IGNvbGxlY3Rpb24ga2VlcHM6IGZpZWxkcyByZWFkLW9ubHkgaW4gdGhlIGFkbWluIGFyZSB0aGUgc2VydmVyJ3MgKHJlZnVzZWQgd2hlbiBhIHBlcnNvblxuICogc2VuZHMgdGhlbSksIGFuZCBldmVyeSBjcmVhdGUsIHVwZGF0ZSBhbmQgZGVsZXRlIGEgcGVyc29uIG1ha2VzIGxlYXZlcyBhbiBhdWRpdCByb3cuXG4gKi9cbmltcG9ydCB0eXBlIHsgQ29sbGVjdGlvbkNvbmZpZyB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB7IHJlZnVzZVNlcnZlckZpZWxkcyB9IGZyb20gJy4uL2hvb2tzL3NoYXJlZC9zZXJ2ZXJGaWVsZHMnXG5pbXBvcnQgeyBhdWRpdENoYW5nZSwgYXVkaXREZWxldGUgfSBmcm9tICcuLi9ob29rcy9zeXN0ZW0vYXVkaXRMb2cnXG5pbXBvcnQgeyBhc3Nlc3NtZW50Q29sbGVjdGlvbnMgfSBmcm9tICcuL2Fzc2Vzc21lbnQnXG5pbXBvcnQgeyBjb3VudHJ5c2lkZUNvbGxlY3Rpb25zIH0gZnJvbSAnLi9jb3VudHJ5c2lkZSdcbmltcG9ydCB7IGRldmljZXNDb2xsZWN0aW9ucyB9IGZyb20gJy4vZGV2aWNlcydcbmltcG9ydCB7IG9wZXJhdGlvbnNDb2xsZWN0aW9ucyB9IGZyb20gJy4vb3BlcmF0aW9ucydcbmltcG9ydCB7IHBsYWNlc0NvbGxlY3Rpb25zIH0gZnJvbSAnLi9wbGFjZXMnXG5pbXBvcnQgeyBwb2ludHNDb2xsZWN0aW9ucyB9IGZyb20gJy4vcG9pbnRzJ1xuaW1wb3J0IHsgcHVibGljaXR5Q29sbGVjdGlvbnMgfSBmcm9tICcuL3B1YmxpY2l0eSdcbmltcG9ydCB7IHN5c3RlbUNvbGxlY3Rpb25zIH0gZnJvbSAnLi9zeXN0ZW0nXG5cbmZ1bmN0aW9uIHdpdGhIb3VzZVJ1bGVzKGNvbGxlY3Rpb246IENvbGxlY3Rpb25Db25maWcpOiBDb2xsZWN0aW9uQ29uZmlnIHtcbiAgY29uc3QgYXVkaXRlZCA9IChjb2xsZWN0aW9uLmN1c3RvbSBhcyB7IGF1ZGl0PzogYm9vbGVhbiB9IHwgdW5kZWZpbmVkKT8uYXVkaXQgIT09IGZhbHNlXG4gIGNvbnN0IGhvb2tzID0gY29sbGVjdGlvbi5ob29rcyA/PyB7fVxuICByZXR1cm4ge1xuICAgIC4uLmNvbGxlY3Rpb24sXG4gICAgaG9va3M6IHtcbiAgICAgIC4uLmhvb2tzLFxuICAgICAgYmVmb3JlQ2hhbmdlOiBbcmVmdXNlU2VydmVyRmllbGRzLCAuLi4oaG9va3MuYmVmb3JlQ2hhbmdlID8/IFtdKV0sXG4gICAgICBhZnRlckNoYW5nZTogWy4uLihob29rcy5hZnRlckNoYW5nZSA/PyBbXSksIC4uLihhdWRpdGVkID8gW2F1ZGl0Q2hhbmdlXSA6IFtdKV0sXG4gICAgICBhZnRlckRlbGV0ZTogWy4uLihob29rcy5hZnRlckRlbGV0ZSA/PyBbXSksIC4uLihhdWRpdGVkID8gW2F1ZGl0RGVsZXRlXSA6IFtdKV0sXG4gICAgfSxcbiAgfVxufVxuXG5leHBvcnQgY29uc3QgY29sbGVjdGlvbnMgPSBbXG4gIC4uLnBsYWNlc0NvbGxlY3Rpb25zLFxuICAuLi5wb2ludHNDb2xsZWN0aW9ucyxcbiAgLi4uZGV2aWNlc0NvbGxlY3Rpb25zLFxuICAuLi5jb3VudHJ5c2lkZUNvbGxlY3Rpb25zLFxuICAuLi5hc3Nlc3NtZW50Q29sbGVjdGlvbnMsXG4gIC4uLm9wZXJhdGlvbnNDb2xsZWN0aW9ucyxcbiAgLi4ucHVibGljaXR5Q29sbGVjdGlvbnMsXG4gIC4uLnN5c3RlbUNvbGxlY3Rpb25zLFxuXS5tYXAod2l0aEhvdXNlUnVsZXMpXG4iLCAiLyoqIEhvb2tzIG9mIHRoZSBgcG9pbnQtcnVsZXNgIGdsb2JhbDogZWFjaCBzYXZlIGlzIHRoZSBuZXh0IHJldmlzaW9uLCBlZmZlY3RpdmUgZnJvbSBhIHRpbWUuICovXG5pbXBvcnQgdHlwZSB7IEdsb2JhbEFmdGVyQ2hhbmdlSG9vaywgR2xvYmFsQmVmb3JlQ2hhbmdlSG9vayB9IGZyb20gJ3BheWxvYWQnXG5cbmltcG9ydCB0eXBlIHsgUG9pbnRSdWxlIH0gZnJvbSAnLi4vLi4vcGF5bG9hZC10eXBlcydcbmltcG9ydCB7IGZvcmdldFJ1bGVzIH0gZnJvbSAnLi4vLi4vc2VydmljZXMvcG9pbnRzL3J1bGVzJ1xuaW1wb3J0IHsgYmFkUmVxdWVzdCB9IGZyb20gJy4uL3NoYXJlZC9lcnJvcnMnXG5cbmV4cG9ydCBjb25zdCBuZXh0UmV2aXNpb246IEdsb2JhbEJlZm9yZUNoYW5nZUhvb2sgPSAoeyBkYXRhLCBvcmlnaW5hbERvYyB9KSA9PiB7XG4gIGNvbnN0IHJ1bGVzID0gZGF0YSBhcyBQYXJ0aWFsPFBvaW50UnVsZT5cbiAgY29uc3Qgc2VlbiA9IG5ldyBTZXQ8c3RyaW5nPigpXG4gIGZvciAoY29uc3Qgcm93IG9mIHJ1bGVzLmNhdGVnb3JpZXMgPz8gW10pIHtcbiAgICBpZiAoc2Vlbi5oYXMocm93LmNhdGVnb3J5KSlcbiAgICAgIHRocm93IGJhZFJlcXVlc3QoJ0RVUExJQ0FURV9DQVRFR09SWScsIGBcdTdDN0JcdTUyMkJcdTkxQ0RcdTU5MERcdUZGMUEke3Jvdy5jYXRlZ29yeX1cdTMwMDJFYWNoIGNhdGVnb3J5IGFwcGVhcnMgb25jZS5gKVxuICAgIHNlZW4uYWRkKHJvdy5jYXRlZ29yeSlcbiAgfVxuICBydWxlcy5yZXZpc2lvbiA9ICgob3JpZ2luYWxEb2MgYXMgUG9pbnRSdWxlIHwgdW5kZWZpbmVkKT8ucmV2aXNpb24gPz8gMCkgKyAxXG4gIHJ1bGVzLmVmZmVjdGl2ZUZyb20gfHw9IG5ldyBEYXRlKCkudG9JU09TdHJpbmcoKVxuICByZXR1cm4gcnVsZXNcbn1cblxuLyoqIEEgc2F2ZWQgY2hhbmdlIGFwcGxpZXMgYXQgb25jZSBpbiB0aGlzIHByb2Nlc3MgKG90aGVyIHByb2Nlc3NlcyB3aXRoaW4gdGhlIGNhY2hlJ3MgNSBzKS4gKi9cbmV4cG9ydCBjb25zdCBmb3JnZXRDYWNoZWRSdWxlczogR2xvYmFsQWZ0ZXJDaGFuZ2VIb29rID0gKCkgPT4gZm9yZ2V0UnVsZXMoKVxuIiwgImltcG9ydCB0eXBlIHsgR2xvYmFsQ29uZmlnIH0gZnJvbSAncGF5bG9hZCdcblxuaW1wb3J0IHsgYWRtaW5zIH0gZnJvbSAnLi4vLi4vYWNjZXNzL2FkbWlucydcbmltcG9ydCB7IHN0YWZmIH0gZnJvbSAnLi4vLi4vYWNjZXNzL3N0YWZmJ1xuaW1wb3J0IHsgREVGQVVMVF9SVUxFUyB9IGZyb20gJy4uLy4uL2RvbWFpbi9wb2ludHMvcG9pbnRzJ1xuaW1wb3J0IHsgY2F0ZWdvcnlGaWVsZCB9IGZyb20gJy4uLy4uL2ZpZWxkcy9jYXRlZ29yeSdcbmltcG9ydCB7IG1vbWVudEZpZWxkIH0gZnJvbSAnLi4vLi4vZmllbGRzL2RhdGVzJ1xuaW1wb3J0IHsgd2hvbGVOdW1iZXIgfSBmcm9tICcuLi8uLi9maWVsZHMvbnVtYmVycydcbmltcG9ydCB7IGZvcmdldENhY2hlZFJ1bGVzLCBuZXh0UmV2aXNpb24gfSBmcm9tICcuLi8uLi9ob29rcy9wb2ludHMvcG9pbnRSdWxlcydcbmltcG9ydCB7IGdyb3VwcywgdCB9IGZyb20gJy4uLy4uL2kxOG4vbGFiZWxzJ1xuXG4vKipcbiAqIFx1NzlFRlx1NTIwNlx1ODlDNFx1NTIxOTogcnVsZXMgYXJlIGRhdGEsIGVkaXRlZCBieSBhZG1pbnMgYW5kIHZlcnNpb25lZC4gRWFjaCBzYXZlIGdldHMgdGhlIG5leHQgcmV2aXNpb247XG4gKiBhIGNoYW5nZSBhcHBsaWVzIGZyb20gaXRzIGVmZmVjdGl2ZSB0aW1lLCBhbmQgZXZlcnkgZHJvcCBhbmQgbGVkZ2VyIGVudHJ5IHJlY29yZHMgdGhlXG4gKiByZXZpc2lvbiBpdCB3YXMgY29tcHV0ZWQgd2l0aC5cbiAqL1xuZXhwb3J0IGNvbnN0IFBvaW50UnVsZXM6IEdsb2JhbENvbmZpZyA9IHtcbiAgc2x1ZzogJ3BvaW50LXJ1bGVzJyxcbiAgbGFiZWw6IHQoJ1x1NzlFRlx1NTIwNlx1ODlDNFx1NTIxOScsICdQb2ludCBydWxlcycpLFxuICBhZG1pbjogeyBncm91cDogZ3JvdXBzLnBvaW50cyB9LFxuICBhY2Nlc3M6IHsgcmVhZDogc3RhZmYsIHVwZGF0ZTogYWRtaW5zLCByZWFkVmVyc2lvbnM6IHN0YWZmIH0sXG4gIHZlcnNpb25zOiB7IG1heDogMjAwIH0sXG4gIGhvb2tzOiB7IGJlZm9yZUNoYW5nZTogW25leHRSZXZpc2lvbl0sIGFmdGVyQ2hhbmdlOiBbZm9yZ2V0Q2FjaGVkUnVsZXNdIH0sXG4gIGZpZWxkczogW1xuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHdob2xlTnVtYmVyKCdyZXZpc2lvbicsIHQoJ1x1NzI0OFx1NjcyQ1x1NTNGNycsICdSZXZpc2lvbicpLCB7XG4gICAgICAgICAgcmVhZE9ubHk6IHRydWUsXG4gICAgICAgICAgZGVzY3JpcHRpb246IHQoJ1x1NkJDRlx1NkIyMVx1NEZERFx1NUI1OFx1ODFFQVx1NTJBOFx1NTJBMFx1NEUwMCcsICdHb2VzIHVwIGJ5IG9uZSBvbiBldmVyeSBzYXZlJyksXG4gICAgICAgIH0pLFxuICAgICAgICBtb21lbnRGaWVsZCgnZWZmZWN0aXZlRnJvbScsIHQoJ1x1NzUxRlx1NjU0OFx1NjVGNlx1OTVGNCcsICdFZmZlY3RpdmUgZnJvbScpLCB7IHJlcXVpcmVkOiB0cnVlIH0pLFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIG5hbWU6ICdjYXRlZ29yaWVzJyxcbiAgICAgIHR5cGU6ICdhcnJheScsXG4gICAgICBsYWJlbDogdCgnXHU1MjA2XHU3QzdCXHU4QkExXHU1MjA2JywgJ1BvaW50cyBwZXIgY2F0ZWdvcnknKSxcbiAgICAgIGxhYmVsczogeyBzaW5ndWxhcjogdCgnXHU3QzdCXHU1MjJCJywgJ0NhdGVnb3J5JyksIHBsdXJhbDogdCgnXHU3QzdCXHU1MjJCJywgJ0NhdGVnb3JpZXMnKSB9LFxuICAgICAgZGVmYXVsdFZhbHVlOiBERUZBVUxUX1JVTEVTLmNhdGVnb3JpZXMsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAge1xuICAgICAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgICAgIGZpZWxkczogW1xuICAgICAgICAgICAgY2F0ZWdvcnlGaWVsZCgpLFxuICAgICAgICAgICAgd2hvbGVOdW1iZXIoJ3BvaW50c1BlcktnJywgdCgnXHU2QkNGXHU1MTZDXHU2NUE0XHU3OUVGXHU1MjA2JywgJ1BvaW50cyBwZXIga2cnKSwgeyByZXF1aXJlZDogdHJ1ZSwgZGVmYXVsdFZhbHVlOiAwLCBtaW46IDAgfSksXG4gICAgICAgICAgICB3aG9sZU51bWJlcigncG9pbnRzUGVyRHJvcCcsIHQoJ1x1NkJDRlx1NkIyMVx1NjI5NVx1NjUzRVx1NzlFRlx1NTIwNicsICdQb2ludHMgcGVyIGRyb3AnKSwge1xuICAgICAgICAgICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgICAgICAgICAgZGVmYXVsdFZhbHVlOiAwLFxuICAgICAgICAgICAgICBtaW46IDAsXG4gICAgICAgICAgICB9KSxcbiAgICAgICAgICAgIHdob2xlTnVtYmVyKCdtaW5HcmFtcycsIHQoJ1x1NjcwMFx1NEY0RVx1OEJBMVx1NTIwNlx1OTFDRFx1OTFDRlx1RkYwOFx1NTE0Qlx1RkYwOScsICdNaW5pbXVtIHdlaWdodCAoZyknKSwge1xuICAgICAgICAgICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgICAgICAgICAgZGVmYXVsdFZhbHVlOiAwLFxuICAgICAgICAgICAgICBtaW46IDAsXG4gICAgICAgICAgICB9KSxcbiAgICAgICAgICBdLFxuICAgICAgICB9LFxuICAgICAgXSxcbiAgICB9LFxuICAgIHtcbiAgICAgIHR5cGU6ICdyb3cnLFxuICAgICAgZmllbGRzOiBbXG4gICAgICAgIHdob2xlTnVtYmVyKCdkYWlseUNhcCcsIHQoJ1x1NkJDRlx1NTM2MVx1NkJDRlx1NjVFNVx1NEUwQVx1OTY1MCcsICdEYWlseSBjYXAgcGVyIGNhcmQnKSwge1xuICAgICAgICAgIHJlcXVpcmVkOiB0cnVlLFxuICAgICAgICAgIGRlZmF1bHRWYWx1ZTogREVGQVVMVF9SVUxFUy5kYWlseUNhcCxcbiAgICAgICAgICBtaW46IDAsXG4gICAgICAgICAgZGVzY3JpcHRpb246IHQoJzAgXHU4ODY4XHU3OTNBXHU0RTBEXHU4QkJFXHU0RTBBXHU5NjUwJywgJzAgPSBubyBjYXAnKSxcbiAgICAgICAgfSksXG4gICAgICAgIHdob2xlTnVtYmVyKCdtaXNTb3J0UGVuYWx0eScsIHQoJ1x1OTUxOVx1NjI5NVx1NjI2M1x1NTIwNicsICdNaXMtc29ydCBwZW5hbHR5JyksIHtcbiAgICAgICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgICAgICBkZWZhdWx0VmFsdWU6IERFRkFVTFRfUlVMRVMubWlzU29ydFBlbmFsdHksXG4gICAgICAgICAgbWluOiAwLFxuICAgICAgICB9KSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ3BvaW50c1Blcll1YW4nLCB0KCdcdTc5RUZcdTUyMDZcdTUxNTFcdTYzNjJcdTZCRDRcdTRGOEJcdUZGMDhcdTUyMDYvXHU1MTQzXHVGRjA5JywgJ1BvaW50cyBwZXIgeXVhbicpLCB7XG4gICAgICAgICAgcmVxdWlyZWQ6IHRydWUsXG4gICAgICAgICAgZGVmYXVsdFZhbHVlOiBERUZBVUxUX1JVTEVTLnBvaW50c1Blcll1YW4sXG4gICAgICAgICAgbWluOiAxLFxuICAgICAgICB9KSxcbiAgICAgIF0sXG4gICAgfSxcbiAgICB7XG4gICAgICB0eXBlOiAncm93JyxcbiAgICAgIGZpZWxkczogW1xuICAgICAgICB3aG9sZU51bWJlcignZXhwaXJ5RGF5cycsIHQoJ1x1NzlFRlx1NTIwNlx1NjcwOVx1NjU0OFx1NjcxRlx1RkYwOFx1NTkyOVx1RkYwOScsICdFeHBpcnkgKGRheXMpJyksIHtcbiAgICAgICAgICByZXF1aXJlZDogdHJ1ZSxcbiAgICAgICAgICBkZWZhdWx0VmFsdWU6IDAsXG4gICAgICAgICAgbWluOiAwLFxuICAgICAgICAgIGRlc2NyaXB0aW9uOiB0KCcwIFx1ODg2OFx1NzkzQVx1NkMzOFx1NEU0NVx1NjcwOVx1NjU0OCcsICcwID0gbmV2ZXIgZXhwaXJlJyksXG4gICAgICAgIH0pLFxuICAgICAgICB3aG9sZU51bWJlcignZm9sbG93VXBUaHJlc2hvbGQnLCB0KCdcdTU2REVcdThCQkZcdTc5RUZcdTUyMDZcdTk2MDhcdTUwM0MnLCAnRm9sbG93LXVwIHRocmVzaG9sZCcpLCB7XG4gICAgICAgICAgcmVxdWlyZWQ6IHRydWUsXG4gICAgICAgICAgZGVmYXVsdFZhbHVlOiBERUZBVUxUX1JVTEVTLmZvbGxvd1VwVGhyZXNob2xkLFxuICAgICAgICAgIGRlc2NyaXB0aW9uOiB0KFxuICAgICAgICAgICAgJ1x1NEUwMFx1NEUyQVx1NTQ2OFx1NjcxRlx1NTE4NVx1ODNCN1x1NUY5N1x1NzlFRlx1NTIwNlx1NEUwRFx1OEQ4NVx1OEZDN1x1NkI2NFx1NTAzQ1x1NzY4NFx1NTM2MVx1NTIxN1x1NTE2NVx1NTZERVx1OEJCRicsXG4gICAgICAgICAgICAnQ2FyZHMgZWFybmluZyBhdCBtb3N0IHRoaXMgbWFueSBwb2ludHMgaW4gYSBwZXJpb2QgbmVlZCBhIGZvbGxvdy11cCcsXG4gICAgICAgICAgKSxcbiAgICAgICAgfSksXG4gICAgICBdLFxuICAgIH0sXG4gICAge1xuICAgICAgdHlwZTogJ3JvdycsXG4gICAgICBmaWVsZHM6IFtcbiAgICAgICAgd2hvbGVOdW1iZXIoJ21hbnVhbEJhY2tkYXRlRGF5cycsIHQoJ1x1NEVCQVx1NURFNVx1ODg2NVx1NUY1NVx1NjcwMFx1NTkxQVx1OEZGRFx1NkVBRlx1RkYwOFx1NTkyOVx1RkYwOScsICdNYW51YWwgZW50cmllczogZGF5cyBiYWNrIGF0IG1vc3QnKSwge1xuICAgICAgICAgIHJlcXVpcmVkOiB0cnVlLFxuICAgICAgICAgIGRlZmF1bHRWYWx1ZTogREVGQVVMVF9SVUxFUy5tYW51YWxCYWNrZGF0ZURheXMsXG4gICAgICAgICAgbWluOiAwLFxuICAgICAgICAgIG1heDogMzEsXG4gICAgICAgICAgZGVzY3JpcHRpb246IHQoXG4gICAgICAgICAgICAnXHU0RUJBXHU1REU1XHU1RjU1XHU1MTY1XHU1NDhDXHU0RTBBXHU5NUU4XHU1NkRFXHU2NTM2XHU3Njg0XHU2Mjk1XHU2NTNFXHU2NUY2XHU5NUY0XHU2NzAwXHU2NUU5XHU1M0VGXHU2NUU5XHU0RThFXHU3M0IwXHU1NzI4XHU1OTFBXHU1QzExXHU1OTI5JyxcbiAgICAgICAgICAgICdIb3cgZmFyIGJhY2sgYSBoYW5kLWVudGVyZWQgb3IgcGlja3VwIGRyb3AgbWF5IGJlIGRhdGVkJyxcbiAgICAgICAgICApLFxuICAgICAgICB9KSxcbiAgICAgICAgd2hvbGVOdW1iZXIoJ2RldmljZUJhY2tsb2dEYXlzJywgdCgnXHU4QkJFXHU1OTA3XHU4ODY1XHU0RjIwXHU2NzAwXHU1OTFBXHU4RkZEXHU2RUFGXHVGRjA4XHU1OTI5XHVGRjA5JywgJ0RldmljZSBiYWNrbG9nOiBkYXlzIGJhY2sgYXQgbW9zdCcpLCB7XG4gICAgICAgICAgcmVxdWlyZWQ6IHRydWUsXG4gICAgICAgICAgZGVmYXVsdFZhbHVlOiBERUZBVUxUX1JVTEVTLmRldmljZUJhY2tsb2dEYXlzLFxuICAgICAgICAgIG1pbjogMCxcbiAgICAgICAgICBtYXg6IDMxLFxuICAgICAgICAgIGRlc2NyaXB0aW9uOiB0KFxuICAgICAgICAgICAgJ1x1OEJCRVx1NTkwN1x1NzlCQlx1N0VCRlx1NjcxRlx1OTVGNFx1NzlFRlx1NUI1OFx1NzY4NFx1NjI5NVx1NjUzRVx1NjcwMFx1NTkxQVx1NTNFRlx1ODg2NVx1NEYyMFx1NTkxQVx1NUMxMVx1NTkyOVx1NTI0RFx1NzY4NCcsXG4gICAgICAgICAgICAnSG93IGZhciBiYWNrIGEgZGV2aWNlIG1heSBkZWxpdmVyIGRyb3BzIGl0IGtlcHQgd2hpbGUgb2ZmbGluZScsXG4gICAgICAgICAgKSxcbiAgICAgICAgfSksXG4gICAgICBdLFxuICAgIH0sXG4gIF0sXG59XG4iLCAiaW1wb3J0IHsgTWlncmF0ZVVwQXJncywgTWlncmF0ZURvd25BcmdzLCBzcWwgfSBmcm9tICdAcGF5bG9hZGNtcy9kYi1zcWxpdGUnXG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiB1cCh7IGRiLCBwYXlsb2FkLCByZXEgfTogTWlncmF0ZVVwQXJncyk6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGB0b3duc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBuYW1lXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxga2luZFxcYCB0ZXh0IERFRkFVTFQgJ3Rvd24nIE5PVCBOVUxMLFxuICBcdFxcYGNvZGVcXGAgdGV4dCxcbiAgXHRcXGBub3RlXFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBVTklRVUUgSU5ERVggXFxgdG93bnNfbmFtZV9pZHhcXGAgT04gXFxgdG93bnNcXGAgKFxcYG5hbWVcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHRvd25zX2NvZGVfaWR4XFxgIE9OIFxcYHRvd25zXFxgIChcXGBjb2RlXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGB0b3duc191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGB0b3duc1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgdG93bnNfY3JlYXRlZF9hdF9pZHhcXGAgT04gXFxgdG93bnNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYHZpbGxhZ2VzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYG5hbWVcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGB0b3duX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxga2luZFxcYCB0ZXh0IERFRkFVTFQgJ3ZpbGxhZ2UnLFxuICBcdFxcYHJlZ2lzdGVyZWRfcG9wdWxhdGlvblxcYCBudW1lcmljIERFRkFVTFQgMCBOT1QgTlVMTCxcbiAgXHRcXGBtYXJrZXRfY29udHJhY3RcXGAgaW50ZWdlciBERUZBVUxUIGZhbHNlLFxuICBcdFxcYHJ1bnNfc29ydGluZ1xcYCBpbnRlZ2VyIERFRkFVTFQgZmFsc2UsXG4gIFx0XFxgc29ydGluZ19zY2hlbWVcXGAgdGV4dCxcbiAgXHRcXGB1cGRhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgY3JlYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdEZPUkVJR04gS0VZIChcXGB0b3duX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHRvd25zXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGB2aWxsYWdlc19uYW1lX2lkeFxcYCBPTiBcXGB2aWxsYWdlc1xcYCAoXFxgbmFtZVxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgdmlsbGFnZXNfdG93bl9pZHhcXGAgT04gXFxgdmlsbGFnZXNcXGAgKFxcYHRvd25faWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHZpbGxhZ2VzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYHZpbGxhZ2VzXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGB2aWxsYWdlc19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGB2aWxsYWdlc1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgc2l0ZXNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgbmFtZVxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYGtpbmRcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGB0b3duX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgdmlsbGFnZV9pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGFkZHJlc3NcXGAgdGV4dCxcbiAgXHRcXGBsYXRpdHVkZVxcYCBudW1lcmljLFxuICBcdFxcYGxvbmdpdHVkZVxcYCBudW1lcmljLFxuICBcdFxcYGNvbnRhY3RfbmFtZVxcYCB0ZXh0LFxuICBcdFxcYGNvbnRhY3RfcGhvbmVcXGAgdGV4dCxcbiAgXHRcXGBzb3J0ZWRfY29sbGVjdGlvblxcYCBpbnRlZ2VyIERFRkFVTFQgZmFsc2UsXG4gIFx0XFxgaG91c2Vob2xkc1xcYCBudW1lcmljLFxuICBcdFxcYHVwZGF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHRvd25faWRcXGApIFJFRkVSRU5DRVMgXFxgdG93bnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsLFxuICBcdEZPUkVJR04gS0VZIChcXGB2aWxsYWdlX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHZpbGxhZ2VzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBzaXRlc19uYW1lX2lkeFxcYCBPTiBcXGBzaXRlc1xcYCAoXFxgbmFtZVxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgc2l0ZXNfdG93bl9pZHhcXGAgT04gXFxgc2l0ZXNcXGAgKFxcYHRvd25faWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHNpdGVzX3ZpbGxhZ2VfaWR4XFxgIE9OIFxcYHNpdGVzXFxgIChcXGB2aWxsYWdlX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBzaXRlc191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGBzaXRlc1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgc2l0ZXNfY3JlYXRlZF9hdF9pZHhcXGAgT04gXFxgc2l0ZXNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYGVkdWNhdGlvbl9iYXNlc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBuYW1lXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgc2l0ZV9pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGludHJvXFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgc2l0ZV9pZFxcYCkgUkVGRVJFTkNFUyBcXGBzaXRlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGxcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVU5JUVVFIElOREVYIFxcYGVkdWNhdGlvbl9iYXNlc19uYW1lX2lkeFxcYCBPTiBcXGBlZHVjYXRpb25fYmFzZXNcXGAgKFxcYG5hbWVcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGVkdWNhdGlvbl9iYXNlc19zaXRlX2lkeFxcYCBPTiBcXGBlZHVjYXRpb25fYmFzZXNcXGAgKFxcYHNpdGVfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGVkdWNhdGlvbl9iYXNlc191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGBlZHVjYXRpb25fYmFzZXNcXGAgKFxcYHVwZGF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGVkdWNhdGlvbl9iYXNlc19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBlZHVjYXRpb25fYmFzZXNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYHVzZXJzX3Nlc3Npb25zXFxgIChcbiAgXHRcXGBfb3JkZXJcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBfcGFyZW50X2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgaWRcXGAgdGV4dCBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQsXG4gIFx0XFxgZXhwaXJlc19hdFxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdEZPUkVJR04gS0VZIChcXGBfcGFyZW50X2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHVzZXJzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHVzZXJzX3Nlc3Npb25zX29yZGVyX2lkeFxcYCBPTiBcXGB1c2Vyc19zZXNzaW9uc1xcYCAoXFxgX29yZGVyXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGB1c2Vyc19zZXNzaW9uc19wYXJlbnRfaWRfaWR4XFxgIE9OIFxcYHVzZXJzX3Nlc3Npb25zXFxgIChcXGBfcGFyZW50X2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGB1c2Vyc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBuYW1lXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgcm9sZVxcYCB0ZXh0IERFRkFVTFQgJ29wZXJhdG9yJyBOT1QgTlVMTCxcbiAgXHRcXGB0b3duX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgZWR1Y2F0aW9uX2Jhc2VfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBwaG9uZVxcYCB0ZXh0LFxuICBcdFxcYHVwZGF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgZW1haWxcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGByZXNldF9wYXNzd29yZF90b2tlblxcYCB0ZXh0LFxuICBcdFxcYHJlc2V0X3Bhc3N3b3JkX2V4cGlyYXRpb25cXGAgdGV4dCxcbiAgXHRcXGBzYWx0XFxgIHRleHQsXG4gIFx0XFxgaGFzaFxcYCB0ZXh0LFxuICBcdFxcYHJlc2V0X3Bhc3N3b3JkX3JlcXVlc3RlZF9hdFxcYCB0ZXh0LFxuICBcdFxcYGxvZ2luX2F0dGVtcHRzXFxgIG51bWVyaWMgREVGQVVMVCAwLFxuICBcdFxcYGxvY2tfdW50aWxcXGAgdGV4dCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgdG93bl9pZFxcYCkgUkVGRVJFTkNFUyBcXGB0b3duc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYGVkdWNhdGlvbl9iYXNlX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGVkdWNhdGlvbl9iYXNlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGxcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgdXNlcnNfdG93bl9pZHhcXGAgT04gXFxgdXNlcnNcXGAgKFxcYHRvd25faWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHVzZXJzX2VkdWNhdGlvbl9iYXNlX2lkeFxcYCBPTiBcXGB1c2Vyc1xcYCAoXFxgZWR1Y2F0aW9uX2Jhc2VfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHVzZXJzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYHVzZXJzXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGB1c2Vyc19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGB1c2Vyc1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVU5JUVVFIElOREVYIFxcYHVzZXJzX2VtYWlsX2lkeFxcYCBPTiBcXGB1c2Vyc1xcYCAoXFxgZW1haWxcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYHBheWxvYWRfa3ZcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxga2V5XFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgZGF0YVxcYCB0ZXh0IE5PVCBOVUxMXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFVOSVFVRSBJTkRFWCBcXGBwYXlsb2FkX2t2X2tleV9pZHhcXGAgT04gXFxgcGF5bG9hZF9rdlxcYCAoXFxga2V5XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgZ2xvYmFsX3NsdWdcXGAgdGV4dCxcbiAgXHRcXGB1cGRhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgY3JlYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19nbG9iYWxfc2x1Z19pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzXFxgIChcXGBnbG9iYWxfc2x1Z1xcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgb3JkZXJcXGAgaW50ZWdlcixcbiAgXHRcXGBwYXJlbnRfaWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBwYXRoXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgdG93bnNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGB2aWxsYWdlc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHNpdGVzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgZWR1Y2F0aW9uX2Jhc2VzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgdXNlcnNfaWRcXGAgaW50ZWdlcixcbiAgXHRGT1JFSUdOIEtFWSAoXFxgcGFyZW50X2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgdG93bnNfaWRcXGApIFJFRkVSRU5DRVMgXFxgdG93bnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHZpbGxhZ2VzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHZpbGxhZ2VzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBzaXRlc19pZFxcYCkgUkVGRVJFTkNFUyBcXGBzaXRlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgZWR1Y2F0aW9uX2Jhc2VzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGVkdWNhdGlvbl9iYXNlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgdXNlcnNfaWRcXGApIFJFRkVSRU5DRVMgXFxgdXNlcnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGVcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfb3JkZXJfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBvcmRlclxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfcGFyZW50X2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgcGFyZW50X2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19wYXRoX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgcGF0aFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfdG93bnNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGB0b3duc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfdmlsbGFnZXNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGB2aWxsYWdlc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfc2l0ZXNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBzaXRlc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfZWR1Y2F0aW9uX2Jhc2VzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgZWR1Y2F0aW9uX2Jhc2VzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc191c2Vyc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHVzZXJzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYGtleVxcYCB0ZXh0LFxuICBcdFxcYHZhbHVlXFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzX2tleV9pZHhcXGAgT04gXFxgcGF5bG9hZF9wcmVmZXJlbmNlc1xcYCAoXFxga2V5XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYHBheWxvYWRfcHJlZmVyZW5jZXNcXGAgKFxcYHVwZGF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfcHJlZmVyZW5jZXNfY3JlYXRlZF9hdF9pZHhcXGAgT04gXFxgcGF5bG9hZF9wcmVmZXJlbmNlc1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgcGF5bG9hZF9wcmVmZXJlbmNlc19yZWxzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYG9yZGVyXFxgIGludGVnZXIsXG4gIFx0XFxgcGFyZW50X2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgcGF0aFxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYHVzZXJzX2lkXFxgIGludGVnZXIsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHBhcmVudF9pZFxcYCkgUkVGRVJFTkNFUyBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGB1c2Vyc19pZFxcYCkgUkVGRVJFTkNFUyBcXGB1c2Vyc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZVxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzX3JlbHNfb3JkZXJfaWR4XFxgIE9OIFxcYHBheWxvYWRfcHJlZmVyZW5jZXNfcmVsc1xcYCAoXFxgb3JkZXJcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfcHJlZmVyZW5jZXNfcmVsc19wYXJlbnRfaWR4XFxgIE9OIFxcYHBheWxvYWRfcHJlZmVyZW5jZXNfcmVsc1xcYCAoXFxgcGFyZW50X2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzX3JlbHNfcGF0aF9pZHhcXGAgT04gXFxgcGF5bG9hZF9wcmVmZXJlbmNlc19yZWxzXFxgIChcXGBwYXRoXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzX3JlbHNfdXNlcnNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfcHJlZmVyZW5jZXNfcmVsc1xcYCAoXFxgdXNlcnNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYHBheWxvYWRfbWlncmF0aW9uc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBuYW1lXFxgIHRleHQsXG4gIFx0XFxgYmF0Y2hcXGAgbnVtZXJpYyxcbiAgXHRcXGB1cGRhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgY3JlYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbWlncmF0aW9uc191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGBwYXlsb2FkX21pZ3JhdGlvbnNcXGAgKFxcYHVwZGF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbWlncmF0aW9uc19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBwYXlsb2FkX21pZ3JhdGlvbnNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkb3duKHsgZGIsIHBheWxvYWQsIHJlcSB9OiBNaWdyYXRlRG93bkFyZ3MpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYHRvd25zXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGB2aWxsYWdlc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgc2l0ZXNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYGVkdWNhdGlvbl9iYXNlc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgdXNlcnNfc2Vzc2lvbnNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYHVzZXJzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBwYXlsb2FkX2t2XFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBwYXlsb2FkX3ByZWZlcmVuY2VzX3JlbHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYHBheWxvYWRfbWlncmF0aW9uc1xcYDtgKVxufVxuIiwgImltcG9ydCB7IE1pZ3JhdGVVcEFyZ3MsIE1pZ3JhdGVEb3duQXJncywgc3FsIH0gZnJvbSAnQHBheWxvYWRjbXMvZGItc3FsaXRlJ1xuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gdXAoeyBkYiwgcGF5bG9hZCwgcmVxIH06IE1pZ3JhdGVVcEFyZ3MpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgY2FyZHNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgY2FyZF9udW1iZXJcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBzdGF0dXNcXGAgdGV4dCBERUZBVUxUICdhY3RpdmUnIE5PVCBOVUxMLFxuICBcdFxcYGJhbGFuY2VcXGAgbnVtZXJpYyBERUZBVUxUIDAsXG4gIFx0XFxgaG9sZGVyX2tpbmRcXGAgdGV4dCBERUZBVUxUICdob3VzZWhvbGQnIE5PVCBOVUxMLFxuICBcdFxcYGhvbGRlcl9uYW1lXFxgIHRleHQsXG4gIFx0XFxgcGhvbmVcXGAgdGV4dCxcbiAgXHRcXGBwaG9uZV9tYXNrZWRcXGAgdGV4dCxcbiAgXHRcXGBidWlsZGluZ1xcYCB0ZXh0LFxuICBcdFxcYHVuaXRcXGAgdGV4dCxcbiAgXHRcXGByb29tXFxgIHRleHQsXG4gIFx0XFxgb2ZmaWNlX25hbWVcXGAgdGV4dCxcbiAgXHRcXGBzaXRlX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgY2hhbm5lbFxcYCB0ZXh0IERFRkFVTFQgJ2Jvb3RoJyBOT1QgTlVMTCxcbiAgXHRcXGBpc3N1ZWRfYXRcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGByZXBsYWNlc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHJlcGxhY2VkX2J5X2lkXFxgIGludGVnZXIsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgc2l0ZV9pZFxcYCkgUkVGRVJFTkNFUyBcXGBzaXRlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHJlcGxhY2VzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGNhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgcmVwbGFjZWRfYnlfaWRcXGApIFJFRkVSRU5DRVMgXFxgY2FyZHNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFVOSVFVRSBJTkRFWCBcXGBjYXJkc19jYXJkX251bWJlcl9pZHhcXGAgT04gXFxgY2FyZHNcXGAgKFxcYGNhcmRfbnVtYmVyXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkc19zdGF0dXNfaWR4XFxgIE9OIFxcYGNhcmRzXFxgIChcXGBzdGF0dXNcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGNhcmRzX3NpdGVfaWR4XFxgIE9OIFxcYGNhcmRzXFxgIChcXGBzaXRlX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkc19pc3N1ZWRfYXRfaWR4XFxgIE9OIFxcYGNhcmRzXFxgIChcXGBpc3N1ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGNhcmRzX3JlcGxhY2VzX2lkeFxcYCBPTiBcXGBjYXJkc1xcYCAoXFxgcmVwbGFjZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGNhcmRzX3JlcGxhY2VkX2J5X2lkeFxcYCBPTiBcXGBjYXJkc1xcYCAoXFxgcmVwbGFjZWRfYnlfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGNhcmRzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYGNhcmRzXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkc19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBjYXJkc1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgY2FyZF9iYXRjaGVzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYHByZWZpeFxcYCB0ZXh0IERFRkFVTFQgJycsXG4gIFx0XFxgc3RhcnRcXGAgbnVtZXJpYyBOT1QgTlVMTCxcbiAgXHRcXGBjb3VudFxcYCBudW1lcmljIE5PVCBOVUxMLFxuICBcdFxcYGRpZ2l0c1xcYCBudW1lcmljIERFRkFVTFQgNiBOT1QgTlVMTCxcbiAgXHRcXGBzaXRlX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgY2hhbm5lbFxcYCB0ZXh0IERFRkFVTFQgJ2Jvb3RoJyBOT1QgTlVMTCxcbiAgXHRcXGBob2xkZXJfa2luZFxcYCB0ZXh0IERFRkFVTFQgJ2hvdXNlaG9sZCcgTk9UIE5VTEwsXG4gIFx0XFxgaXNzdWVkX2F0XFxgIHRleHQsXG4gIFx0XFxgZmlyc3RfbnVtYmVyXFxgIHRleHQsXG4gIFx0XFxgbGFzdF9udW1iZXJcXGAgdGV4dCxcbiAgXHRcXGB1cGRhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgY3JlYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdEZPUkVJR04gS0VZIChcXGBzaXRlX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHNpdGVzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkX2JhdGNoZXNfc2l0ZV9pZHhcXGAgT04gXFxgY2FyZF9iYXRjaGVzXFxgIChcXGBzaXRlX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkX2JhdGNoZXNfdXBkYXRlZF9hdF9pZHhcXGAgT04gXFxgY2FyZF9iYXRjaGVzXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkX2JhdGNoZXNfY3JlYXRlZF9hdF9pZHhcXGAgT04gXFxgY2FyZF9iYXRjaGVzXFxgIChcXGBjcmVhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBjYXJkX3JlcGxhY2VtZW50c1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBvbGRfY2FyZF9pZFxcYCBpbnRlZ2VyIE5PVCBOVUxMLFxuICBcdFxcYG5ld19jYXJkX251bWJlclxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYHJlYXNvblxcYCB0ZXh0IERFRkFVTFQgJ2xvc3QnIE5PVCBOVUxMLFxuICBcdFxcYG5vdGVcXGAgdGV4dCxcbiAgXHRcXGBuZXdfY2FyZF9pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYG1vdmVkX3BvaW50c1xcYCBudW1lcmljLFxuICBcdFxcYHVwZGF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYG9sZF9jYXJkX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGNhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgbmV3X2NhcmRfaWRcXGApIFJFRkVSRU5DRVMgXFxgY2FyZHNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGNhcmRfcmVwbGFjZW1lbnRzX29sZF9jYXJkX2lkeFxcYCBPTiBcXGBjYXJkX3JlcGxhY2VtZW50c1xcYCAoXFxgb2xkX2NhcmRfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGNhcmRfcmVwbGFjZW1lbnRzX25ld19jYXJkX2lkeFxcYCBPTiBcXGBjYXJkX3JlcGxhY2VtZW50c1xcYCAoXFxgbmV3X2NhcmRfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGNhcmRfcmVwbGFjZW1lbnRzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYGNhcmRfcmVwbGFjZW1lbnRzXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkX3JlcGxhY2VtZW50c19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBjYXJkX3JlcGxhY2VtZW50c1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgZHJvcF9vZmZzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYGNhcmRfaWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBjYXRlZ29yeVxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYGdyYW1zXFxgIG51bWVyaWMgTk9UIE5VTEwsXG4gIFx0XFxgb2NjdXJyZWRfYXRcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBzb3VyY2VcXGAgdGV4dCBERUZBVUxUICdtYW51YWwnIE5PVCBOVUxMLFxuICBcdFxcYHNvdXJjZV9yZWZcXGAgdGV4dCxcbiAgXHRcXGBzaXRlX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgcG9pbnRzXFxgIG51bWVyaWMsXG4gIFx0XFxgb3V0Y29tZVxcYCB0ZXh0LFxuICBcdFxcYGJhbGFuY2VfYWZ0ZXJcXGAgbnVtZXJpYyxcbiAgXHRcXGBydWxlc19yZXZpc2lvblxcYCBudW1lcmljLFxuICBcdFxcYGlkZW1wb3RlbmN5X2tleVxcYCB0ZXh0LFxuICBcdFxcYHJlY29yZGVkX2J5X2lkXFxgIGludGVnZXIsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgY2FyZF9pZFxcYCkgUkVGRVJFTkNFUyBcXGBjYXJkc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHNpdGVfaWRcXGApIFJFRkVSRU5DRVMgXFxgc2l0ZXNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsLFxuICBcdEZPUkVJR04gS0VZIChcXGByZWNvcmRlZF9ieV9pZFxcYCkgUkVGRVJFTkNFUyBcXGB1c2Vyc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGxcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgZHJvcF9vZmZzX2NhcmRfaWR4XFxgIE9OIFxcYGRyb3Bfb2Zmc1xcYCAoXFxgY2FyZF9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgZHJvcF9vZmZzX29jY3VycmVkX2F0X2lkeFxcYCBPTiBcXGBkcm9wX29mZnNcXGAgKFxcYG9jY3VycmVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBkcm9wX29mZnNfc291cmNlX3JlZl9pZHhcXGAgT04gXFxgZHJvcF9vZmZzXFxgIChcXGBzb3VyY2VfcmVmXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBkcm9wX29mZnNfc2l0ZV9pZHhcXGAgT04gXFxgZHJvcF9vZmZzXFxgIChcXGBzaXRlX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBVTklRVUUgSU5ERVggXFxgZHJvcF9vZmZzX2lkZW1wb3RlbmN5X2tleV9pZHhcXGAgT04gXFxgZHJvcF9vZmZzXFxgIChcXGBpZGVtcG90ZW5jeV9rZXlcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGRyb3Bfb2Zmc19yZWNvcmRlZF9ieV9pZHhcXGAgT04gXFxgZHJvcF9vZmZzXFxgIChcXGByZWNvcmRlZF9ieV9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgZHJvcF9vZmZzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYGRyb3Bfb2Zmc1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgZHJvcF9vZmZzX2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYGRyb3Bfb2Zmc1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgcG9pbnRfZW50cmllc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBjYXJkX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgZGVsdGFcXGAgbnVtZXJpYyBOT1QgTlVMTCxcbiAgXHRcXGByZWFzb25cXGAgdGV4dCBERUZBVUxUICdhZGp1c3RtZW50JyBOT1QgTlVMTCxcbiAgXHRcXGBub3RlXFxgIHRleHQsXG4gIFx0XFxgYmFsYW5jZV9hZnRlclxcYCBudW1lcmljLFxuICBcdFxcYGNhdXNlXFxgIHRleHQsXG4gIFx0XFxgYWN0b3JfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBydWxlc19yZXZpc2lvblxcYCBudW1lcmljLFxuICBcdFxcYGlkZW1wb3RlbmN5X2tleVxcYCB0ZXh0LFxuICBcdFxcYHVwZGF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYGNhcmRfaWRcXGApIFJFRkVSRU5DRVMgXFxgY2FyZHNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsLFxuICBcdEZPUkVJR04gS0VZIChcXGBhY3Rvcl9pZFxcYCkgUkVGRVJFTkNFUyBcXGB1c2Vyc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGxcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcG9pbnRfZW50cmllc19jYXJkX2lkeFxcYCBPTiBcXGBwb2ludF9lbnRyaWVzXFxgIChcXGBjYXJkX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwb2ludF9lbnRyaWVzX3JlYXNvbl9pZHhcXGAgT04gXFxgcG9pbnRfZW50cmllc1xcYCAoXFxgcmVhc29uXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwb2ludF9lbnRyaWVzX2FjdG9yX2lkeFxcYCBPTiBcXGBwb2ludF9lbnRyaWVzXFxgIChcXGBhY3Rvcl9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVU5JUVVFIElOREVYIFxcYHBvaW50X2VudHJpZXNfaWRlbXBvdGVuY3lfa2V5X2lkeFxcYCBPTiBcXGBwb2ludF9lbnRyaWVzXFxgIChcXGBpZGVtcG90ZW5jeV9rZXlcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBvaW50X2VudHJpZXNfdXBkYXRlZF9hdF9pZHhcXGAgT04gXFxgcG9pbnRfZW50cmllc1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcG9pbnRfZW50cmllc19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBwb2ludF9lbnRyaWVzXFxgIChcXGBjcmVhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBjYXJkX2RheXNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgY2FyZF9pZFxcYCBpbnRlZ2VyIE5PVCBOVUxMLFxuICBcdFxcYGRheVxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYGRyb3BzXFxgIG51bWVyaWMgREVGQVVMVCAwIE5PVCBOVUxMLFxuICBcdFxcYGdyYW1zXFxgIG51bWVyaWMgREVGQVVMVCAwIE5PVCBOVUxMLFxuICBcdFxcYHBvaW50c1xcYCBudW1lcmljIERFRkFVTFQgMCBOT1QgTlVMTCxcbiAgXHRcXGB1cGRhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgY3JlYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGNhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkX2RheXNfY2FyZF9pZHhcXGAgT04gXFxgY2FyZF9kYXlzXFxgIChcXGBjYXJkX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBjYXJkX2RheXNfZGF5X2lkeFxcYCBPTiBcXGBjYXJkX2RheXNcXGAgKFxcYGRheVxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgY2FyZF9kYXlzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYGNhcmRfZGF5c1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgY2FyZF9kYXlzX2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYGNhcmRfZGF5c1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVU5JUVVFIElOREVYIFxcYGNhcmRfZGF5X2lkeFxcYCBPTiBcXGBjYXJkX2RheXNcXGAgKFxcYGNhcmRfaWRcXGAsXFxgZGF5XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBzb3J0aW5nX2NoZWNrc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBzaXRlX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgY2FyZF9pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGNoZWNrZWRfYXRcXGAgdGV4dCxcbiAgXHRcXGByZXN1bHRcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBzb3VyY2VcXGAgdGV4dCBERUZBVUxUICdpbnNwZWN0b3InIE5PVCBOVUxMLFxuICBcdFxcYGNvbmZpcm1lZFxcYCBpbnRlZ2VyIERFRkFVTFQgZmFsc2UsXG4gIFx0XFxgcGhvdG9faWRcXGAgaW50ZWdlcixcbiAgXHRcXGBub3RlXFxgIHRleHQsXG4gIFx0XFxgaW5zcGVjdG9yX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgcGVuYWx0eV9wb3N0ZWRcXGAgaW50ZWdlciBERUZBVUxUIGZhbHNlLFxuICBcdFxcYHVwZGF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHNpdGVfaWRcXGApIFJFRkVSRU5DRVMgXFxgc2l0ZXNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGNhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgcGhvdG9faWRcXGApIFJFRkVSRU5DRVMgXFxgbWVkaWFcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsLFxuICBcdEZPUkVJR04gS0VZIChcXGBpbnNwZWN0b3JfaWRcXGApIFJFRkVSRU5DRVMgXFxgdXNlcnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHNvcnRpbmdfY2hlY2tzX3NpdGVfaWR4XFxgIE9OIFxcYHNvcnRpbmdfY2hlY2tzXFxgIChcXGBzaXRlX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBzb3J0aW5nX2NoZWNrc19jYXJkX2lkeFxcYCBPTiBcXGBzb3J0aW5nX2NoZWNrc1xcYCAoXFxgY2FyZF9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgc29ydGluZ19jaGVja3NfY2hlY2tlZF9hdF9pZHhcXGAgT04gXFxgc29ydGluZ19jaGVja3NcXGAgKFxcYGNoZWNrZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHNvcnRpbmdfY2hlY2tzX3Bob3RvX2lkeFxcYCBPTiBcXGBzb3J0aW5nX2NoZWNrc1xcYCAoXFxgcGhvdG9faWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHNvcnRpbmdfY2hlY2tzX2luc3BlY3Rvcl9pZHhcXGAgT04gXFxgc29ydGluZ19jaGVja3NcXGAgKFxcYGluc3BlY3Rvcl9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgc29ydGluZ19jaGVja3NfdXBkYXRlZF9hdF9pZHhcXGAgT04gXFxgc29ydGluZ19jaGVja3NcXGAgKFxcYHVwZGF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHNvcnRpbmdfY2hlY2tzX2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYHNvcnRpbmdfY2hlY2tzXFxgIChcXGBjcmVhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGByZXdhcmRzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYG5hbWVcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBpbWFnZV9pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGtpbmRcXGAgdGV4dCBERUZBVUxUICdnb29kcycgTk9UIE5VTEwsXG4gIFx0XFxgcG9pbnRzX2Nvc3RcXGAgbnVtZXJpYyBERUZBVUxUIDAsXG4gIFx0XFxgZmVlX2ZlblxcYCBudW1lcmljLFxuICBcdFxcYGF1ZGllbmNlXFxgIHRleHQgREVGQVVMVCAnYm90aCcgTk9UIE5VTEwsXG4gIFx0XFxgc3RvY2tcXGAgbnVtZXJpYyxcbiAgXHRcXGBhY3RpdmVcXGAgaW50ZWdlciBERUZBVUxUIHRydWUsXG4gIFx0XFxgYWN0aXZlX2Zyb21cXGAgdGV4dCxcbiAgXHRcXGBhY3RpdmVfdW50aWxcXGAgdGV4dCxcbiAgXHRcXGBkZXNjcmlwdGlvblxcYCB0ZXh0LFxuICBcdFxcYHVwZGF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYGltYWdlX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYG1lZGlhXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGByZXdhcmRzX2ltYWdlX2lkeFxcYCBPTiBcXGByZXdhcmRzXFxgIChcXGBpbWFnZV9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcmV3YXJkc191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGByZXdhcmRzXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGByZXdhcmRzX2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYHJld2FyZHNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYHJlZGVtcHRpb25zXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYGNhcmRfaWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGByZXdhcmRfaWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBxdWFudGl0eVxcYCBudW1lcmljIERFRkFVTFQgMSBOT1QgTlVMTCxcbiAgXHRcXGBwb2ludHNcXGAgbnVtZXJpYyxcbiAgXHRcXGBjaGFubmVsXFxgIHRleHQgREVGQVVMVCAnY291bnRlcicgTk9UIE5VTEwsXG4gIFx0XFxgc3RhdHVzXFxgIHRleHQgREVGQVVMVCAnY29tcGxldGVkJyBOT1QgTlVMTCxcbiAgXHRcXGBjYW5jZWxsZWRfYXRcXGAgdGV4dCxcbiAgXHRcXGBpZGVtcG90ZW5jeV9rZXlcXGAgdGV4dCxcbiAgXHRcXGBub3RlXFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgY2FyZF9pZFxcYCkgUkVGRVJFTkNFUyBcXGBjYXJkc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHJld2FyZF9pZFxcYCkgUkVGRVJFTkNFUyBcXGByZXdhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGByZWRlbXB0aW9uc19jYXJkX2lkeFxcYCBPTiBcXGByZWRlbXB0aW9uc1xcYCAoXFxgY2FyZF9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcmVkZW1wdGlvbnNfcmV3YXJkX2lkeFxcYCBPTiBcXGByZWRlbXB0aW9uc1xcYCAoXFxgcmV3YXJkX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBVTklRVUUgSU5ERVggXFxgcmVkZW1wdGlvbnNfaWRlbXBvdGVuY3lfa2V5X2lkeFxcYCBPTiBcXGByZWRlbXB0aW9uc1xcYCAoXFxgaWRlbXBvdGVuY3lfa2V5XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGByZWRlbXB0aW9uc191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGByZWRlbXB0aW9uc1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcmVkZW1wdGlvbnNfY3JlYXRlZF9hdF9pZHhcXGAgT04gXFxgcmVkZW1wdGlvbnNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYGZvbGxvd191cHNfY29udGFjdHNcXGAgKFxuICBcdFxcYF9vcmRlclxcYCBpbnRlZ2VyIE5PVCBOVUxMLFxuICBcdFxcYF9wYXJlbnRfaWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBpZFxcYCB0ZXh0IFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYGF0XFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgYnlfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBtZXRob2RcXGAgdGV4dCBERUZBVUxUICdwaG9uZScgTk9UIE5VTEwsXG4gIFx0XFxgb3V0Y29tZVxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYG5leHRfc3RlcFxcYCB0ZXh0LFxuICBcdEZPUkVJR04gS0VZIChcXGBieV9pZFxcYCkgUkVGRVJFTkNFUyBcXGB1c2Vyc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGwsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYF9wYXJlbnRfaWRcXGApIFJFRkVSRU5DRVMgXFxgZm9sbG93X3Vwc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZVxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBmb2xsb3dfdXBzX2NvbnRhY3RzX29yZGVyX2lkeFxcYCBPTiBcXGBmb2xsb3dfdXBzX2NvbnRhY3RzXFxgIChcXGBfb3JkZXJcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGZvbGxvd191cHNfY29udGFjdHNfcGFyZW50X2lkX2lkeFxcYCBPTiBcXGBmb2xsb3dfdXBzX2NvbnRhY3RzXFxgIChcXGBfcGFyZW50X2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBmb2xsb3dfdXBzX2NvbnRhY3RzX2J5X2lkeFxcYCBPTiBcXGBmb2xsb3dfdXBzX2NvbnRhY3RzXFxgIChcXGBieV9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgZm9sbG93X3Vwc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBjYXJkX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgc3RhdHVzXFxgIHRleHQgREVGQVVMVCAnb3BlbicgTk9UIE5VTEwsXG4gIFx0XFxgcGVyaW9kX2Zyb21cXGAgdGV4dCxcbiAgXHRcXGBwZXJpb2RfdG9cXGAgdGV4dCxcbiAgXHRcXGBwb2ludHNfaW5fcGVyaW9kXFxgIG51bWVyaWMsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgY2FyZF9pZFxcYCkgUkVGRVJFTkNFUyBcXGBjYXJkc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGxcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgZm9sbG93X3Vwc19jYXJkX2lkeFxcYCBPTiBcXGBmb2xsb3dfdXBzXFxgIChcXGBjYXJkX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBmb2xsb3dfdXBzX3N0YXR1c19pZHhcXGAgT04gXFxgZm9sbG93X3Vwc1xcYCAoXFxgc3RhdHVzXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBmb2xsb3dfdXBzX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYGZvbGxvd191cHNcXGAgKFxcYHVwZGF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGZvbGxvd191cHNfY3JlYXRlZF9hdF9pZHhcXGAgT04gXFxgZm9sbG93X3Vwc1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgbWVkaWFcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgYWx0XFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGB1cmxcXGAgdGV4dCxcbiAgXHRcXGB0aHVtYm5haWxfdV9yX2xcXGAgdGV4dCxcbiAgXHRcXGBmaWxlbmFtZVxcYCB0ZXh0LFxuICBcdFxcYG1pbWVfdHlwZVxcYCB0ZXh0LFxuICBcdFxcYGZpbGVzaXplXFxgIG51bWVyaWMsXG4gIFx0XFxgd2lkdGhcXGAgbnVtZXJpYyxcbiAgXHRcXGBoZWlnaHRcXGAgbnVtZXJpYyxcbiAgXHRcXGBmb2NhbF94XFxgIG51bWVyaWMsXG4gIFx0XFxgZm9jYWxfeVxcYCBudW1lcmljXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYG1lZGlhX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYG1lZGlhXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBtZWRpYV9jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBtZWRpYVxcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVU5JUVVFIElOREVYIFxcYG1lZGlhX2ZpbGVuYW1lX2lkeFxcYCBPTiBcXGBtZWRpYVxcYCAoXFxgZmlsZW5hbWVcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYHBvaW50X3J1bGVzX2NhdGVnb3JpZXNcXGAgKFxuICBcdFxcYF9vcmRlclxcYCBpbnRlZ2VyIE5PVCBOVUxMLFxuICBcdFxcYF9wYXJlbnRfaWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBpZFxcYCB0ZXh0IFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYGNhdGVnb3J5XFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgcG9pbnRzX3Blcl9rZ1xcYCBudW1lcmljIERFRkFVTFQgMCBOT1QgTlVMTCxcbiAgXHRcXGBwb2ludHNfcGVyX2Ryb3BcXGAgbnVtZXJpYyBERUZBVUxUIDAgTk9UIE5VTEwsXG4gIFx0XFxgbWluX2dyYW1zXFxgIG51bWVyaWMgREVGQVVMVCAwIE5PVCBOVUxMLFxuICBcdEZPUkVJR04gS0VZIChcXGBfcGFyZW50X2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHBvaW50X3J1bGVzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBvaW50X3J1bGVzX2NhdGVnb3JpZXNfb3JkZXJfaWR4XFxgIE9OIFxcYHBvaW50X3J1bGVzX2NhdGVnb3JpZXNcXGAgKFxcYF9vcmRlclxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcG9pbnRfcnVsZXNfY2F0ZWdvcmllc19wYXJlbnRfaWRfaWR4XFxgIE9OIFxcYHBvaW50X3J1bGVzX2NhdGVnb3JpZXNcXGAgKFxcYF9wYXJlbnRfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYHBvaW50X3J1bGVzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYHJldmlzaW9uXFxgIG51bWVyaWMsXG4gIFx0XFxgZWZmZWN0aXZlX2Zyb21cXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBkYWlseV9jYXBcXGAgbnVtZXJpYyBERUZBVUxUIDIwMCBOT1QgTlVMTCxcbiAgXHRcXGBtaXNfc29ydF9wZW5hbHR5XFxgIG51bWVyaWMgREVGQVVMVCAxMCBOT1QgTlVMTCxcbiAgXHRcXGBwb2ludHNfcGVyX3l1YW5cXGAgbnVtZXJpYyBERUZBVUxUIDEwMCBOT1QgTlVMTCxcbiAgXHRcXGBleHBpcnlfZGF5c1xcYCBudW1lcmljIERFRkFVTFQgMCBOT1QgTlVMTCxcbiAgXHRcXGBmb2xsb3dfdXBfdGhyZXNob2xkXFxgIG51bWVyaWMgREVGQVVMVCAwIE5PVCBOVUxMLFxuICBcdFxcYHVwZGF0ZWRfYXRcXGAgdGV4dCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHRcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgX3BvaW50X3J1bGVzX3ZfdmVyc2lvbl9jYXRlZ29yaWVzXFxgIChcbiAgXHRcXGBfb3JkZXJcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBfcGFyZW50X2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBjYXRlZ29yeVxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYHBvaW50c19wZXJfa2dcXGAgbnVtZXJpYyBERUZBVUxUIDAgTk9UIE5VTEwsXG4gIFx0XFxgcG9pbnRzX3Blcl9kcm9wXFxgIG51bWVyaWMgREVGQVVMVCAwIE5PVCBOVUxMLFxuICBcdFxcYG1pbl9ncmFtc1xcYCBudW1lcmljIERFRkFVTFQgMCBOT1QgTlVMTCxcbiAgXHRcXGBfdXVpZFxcYCB0ZXh0LFxuICBcdEZPUkVJR04gS0VZIChcXGBfcGFyZW50X2lkXFxgKSBSRUZFUkVOQ0VTIFxcYF9wb2ludF9ydWxlc192XFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYF9wb2ludF9ydWxlc192X3ZlcnNpb25fY2F0ZWdvcmllc19vcmRlcl9pZHhcXGAgT04gXFxgX3BvaW50X3J1bGVzX3ZfdmVyc2lvbl9jYXRlZ29yaWVzXFxgIChcXGBfb3JkZXJcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYF9wb2ludF9ydWxlc192X3ZlcnNpb25fY2F0ZWdvcmllc19wYXJlbnRfaWRfaWR4XFxgIE9OIFxcYF9wb2ludF9ydWxlc192X3ZlcnNpb25fY2F0ZWdvcmllc1xcYCAoXFxgX3BhcmVudF9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgX3BvaW50X3J1bGVzX3ZcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgdmVyc2lvbl9yZXZpc2lvblxcYCBudW1lcmljLFxuICBcdFxcYHZlcnNpb25fZWZmZWN0aXZlX2Zyb21cXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGB2ZXJzaW9uX2RhaWx5X2NhcFxcYCBudW1lcmljIERFRkFVTFQgMjAwIE5PVCBOVUxMLFxuICBcdFxcYHZlcnNpb25fbWlzX3NvcnRfcGVuYWx0eVxcYCBudW1lcmljIERFRkFVTFQgMTAgTk9UIE5VTEwsXG4gIFx0XFxgdmVyc2lvbl9wb2ludHNfcGVyX3l1YW5cXGAgbnVtZXJpYyBERUZBVUxUIDEwMCBOT1QgTlVMTCxcbiAgXHRcXGB2ZXJzaW9uX2V4cGlyeV9kYXlzXFxgIG51bWVyaWMgREVGQVVMVCAwIE5PVCBOVUxMLFxuICBcdFxcYHZlcnNpb25fZm9sbG93X3VwX3RocmVzaG9sZFxcYCBudW1lcmljIERFRkFVTFQgMCBOT1QgTlVMTCxcbiAgXHRcXGB2ZXJzaW9uX3VwZGF0ZWRfYXRcXGAgdGV4dCxcbiAgXHRcXGB2ZXJzaW9uX2NyZWF0ZWRfYXRcXGAgdGV4dCxcbiAgXHRcXGBjcmVhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYF9wb2ludF9ydWxlc192X2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYF9wb2ludF9ydWxlc192XFxgIChcXGBjcmVhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBfcG9pbnRfcnVsZXNfdl91cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGBfcG9pbnRfcnVsZXNfdlxcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBBREQgXFxgY2FyZHNfaWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIGNhcmRzKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIEFERCBcXGBjYXJkX2JhdGNoZXNfaWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIGNhcmRfYmF0Y2hlcyhpZCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBBREQgXFxgY2FyZF9yZXBsYWNlbWVudHNfaWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIGNhcmRfcmVwbGFjZW1lbnRzKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIEFERCBcXGBkcm9wX29mZnNfaWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIGRyb3Bfb2ZmcyhpZCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBBREQgXFxgcG9pbnRfZW50cmllc19pZFxcYCBpbnRlZ2VyIFJFRkVSRU5DRVMgcG9pbnRfZW50cmllcyhpZCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBBREQgXFxgY2FyZF9kYXlzX2lkXFxgIGludGVnZXIgUkVGRVJFTkNFUyBjYXJkX2RheXMoaWQpO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgQUREIFxcYHNvcnRpbmdfY2hlY2tzX2lkXFxgIGludGVnZXIgUkVGRVJFTkNFUyBzb3J0aW5nX2NoZWNrcyhpZCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBBREQgXFxgcmV3YXJkc19pZFxcYCBpbnRlZ2VyIFJFRkVSRU5DRVMgcmV3YXJkcyhpZCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBBREQgXFxgcmVkZW1wdGlvbnNfaWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIHJlZGVtcHRpb25zKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIEFERCBcXGBmb2xsb3dfdXBzX2lkXFxgIGludGVnZXIgUkVGRVJFTkNFUyBmb2xsb3dfdXBzKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIEFERCBcXGBtZWRpYV9pZFxcYCBpbnRlZ2VyIFJFRkVSRU5DRVMgbWVkaWEoaWQpO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2NhcmRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgY2FyZHNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2NhcmRfYmF0Y2hlc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGNhcmRfYmF0Y2hlc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfY2FyZF9yZXBsYWNlbWVudHNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBjYXJkX3JlcGxhY2VtZW50c19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfZHJvcF9vZmZzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgZHJvcF9vZmZzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19wb2ludF9lbnRyaWVzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgcG9pbnRfZW50cmllc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfY2FyZF9kYXlzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgY2FyZF9kYXlzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19zb3J0aW5nX2NoZWNrc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHNvcnRpbmdfY2hlY2tzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19yZXdhcmRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgcmV3YXJkc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfcmVkZW1wdGlvbnNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGByZWRlbXB0aW9uc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfZm9sbG93X3Vwc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGZvbGxvd191cHNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX21lZGlhX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgbWVkaWFfaWRcXGApO2ApXG59XG5cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBkb3duKHsgZGIsIHBheWxvYWQsIHJlcSB9OiBNaWdyYXRlRG93bkFyZ3MpOiBQcm9taXNlPHZvaWQ+IHtcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYGNhcmRzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBjYXJkX2JhdGNoZXNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYGNhcmRfcmVwbGFjZW1lbnRzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBkcm9wX29mZnNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYHBvaW50X2VudHJpZXNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYGNhcmRfZGF5c1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgc29ydGluZ19jaGVja3NcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYHJld2FyZHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYHJlZGVtcHRpb25zXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBmb2xsb3dfdXBzX2NvbnRhY3RzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBmb2xsb3dfdXBzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBtZWRpYVxcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgcG9pbnRfcnVsZXNfY2F0ZWdvcmllc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgcG9pbnRfcnVsZXNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYF9wb2ludF9ydWxlc192X3ZlcnNpb25fY2F0ZWdvcmllc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgX3BvaW50X3J1bGVzX3ZcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBQUkFHTUEgZm9yZWlnbl9rZXlzPU9GRjtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBfX25ld19wYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBvcmRlclxcYCBpbnRlZ2VyLFxuICBcdFxcYHBhcmVudF9pZFxcYCBpbnRlZ2VyIE5PVCBOVUxMLFxuICBcdFxcYHBhdGhcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGB0b3duc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHZpbGxhZ2VzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgc2l0ZXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBlZHVjYXRpb25fYmFzZXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGB1c2Vyc19pZFxcYCBpbnRlZ2VyLFxuICBcdEZPUkVJR04gS0VZIChcXGBwYXJlbnRfaWRcXGApIFJFRkVSRU5DRVMgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGB0b3duc19pZFxcYCkgUkVGRVJFTkNFUyBcXGB0b3duc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgdmlsbGFnZXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgdmlsbGFnZXNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHNpdGVzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHNpdGVzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBlZHVjYXRpb25fYmFzZXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgZWR1Y2F0aW9uX2Jhc2VzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGB1c2Vyc19pZFxcYCkgUkVGRVJFTkNFUyBcXGB1c2Vyc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZVxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYElOU0VSVCBJTlRPIFxcYF9fbmV3X3BheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgKFwiaWRcIiwgXCJvcmRlclwiLCBcInBhcmVudF9pZFwiLCBcInBhdGhcIiwgXCJ0b3duc19pZFwiLCBcInZpbGxhZ2VzX2lkXCIsIFwic2l0ZXNfaWRcIiwgXCJlZHVjYXRpb25fYmFzZXNfaWRcIiwgXCJ1c2Vyc19pZFwiKSBTRUxFQ1QgXCJpZFwiLCBcIm9yZGVyXCIsIFwicGFyZW50X2lkXCIsIFwicGF0aFwiLCBcInRvd25zX2lkXCIsIFwidmlsbGFnZXNfaWRcIiwgXCJzaXRlc19pZFwiLCBcImVkdWNhdGlvbl9iYXNlc19pZFwiLCBcInVzZXJzX2lkXCIgRlJPTSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBfX25ld19wYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBSRU5BTUUgVE8gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBQUkFHTUEgZm9yZWlnbl9rZXlzPU9OO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX29yZGVyX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgb3JkZXJcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3BhcmVudF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHBhcmVudF9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfcGF0aF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHBhdGhcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3Rvd25zX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgdG93bnNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3ZpbGxhZ2VzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgdmlsbGFnZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3NpdGVzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgc2l0ZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2VkdWNhdGlvbl9iYXNlc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGVkdWNhdGlvbl9iYXNlc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfdXNlcnNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGB1c2Vyc19pZFxcYCk7YClcbn1cbiIsICJpbXBvcnQgeyBNaWdyYXRlVXBBcmdzLCBNaWdyYXRlRG93bkFyZ3MsIHNxbCB9IGZyb20gJ0BwYXlsb2FkY21zL2RiLXNxbGl0ZSdcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHVwKHsgZGIsIHBheWxvYWQsIHJlcSB9OiBNaWdyYXRlVXBBcmdzKTogUHJvbWlzZTx2b2lkPiB7XG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYGJpbnNfY29tcGFydG1lbnRzXFxgIChcbiAgXHRcXGBfb3JkZXJcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBfcGFyZW50X2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgaWRcXGAgdGV4dCBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBudW1iZXJcXGAgbnVtZXJpYyBOT1QgTlVMTCxcbiAgXHRcXGBjYXRlZ29yeVxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYGNhcGFjaXR5X2xpdHJlc1xcYCBudW1lcmljLFxuICBcdFxcYGZpbGxfcGVyY2VudFxcYCBudW1lcmljLFxuICBcdEZPUkVJR04gS0VZIChcXGBfcGFyZW50X2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGJpbnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGVcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgYmluc19jb21wYXJ0bWVudHNfb3JkZXJfaWR4XFxgIE9OIFxcYGJpbnNfY29tcGFydG1lbnRzXFxgIChcXGBfb3JkZXJcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGJpbnNfY29tcGFydG1lbnRzX3BhcmVudF9pZF9pZHhcXGAgT04gXFxgYmluc19jb21wYXJ0bWVudHNcXGAgKFxcYF9wYXJlbnRfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYGJpbnNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgZGV2aWNlX2lkXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxga2luZFxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYHN0YXR1c1xcYCB0ZXh0IERFRkFVTFQgJ29mZmxpbmUnIE5PVCBOVUxMLFxuICBcdFxcYHZlbmRvclxcYCB0ZXh0LFxuICBcdFxcYG1vZGVsXFxgIHRleHQsXG4gIFx0XFxgZmlybXdhcmVcXGAgdGV4dCxcbiAgXHRcXGBzaXRlX2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgbGF0aXR1ZGVcXGAgbnVtZXJpYyxcbiAgXHRcXGBsb25naXR1ZGVcXGAgbnVtZXJpYyxcbiAgXHRcXGBhdWRpZW5jZVxcYCB0ZXh0IERFRkFVTFQgJ2JvdGgnIE5PVCBOVUxMLFxuICBcdFxcYGxhc3Rfc2Vlbl9hdFxcYCB0ZXh0LFxuICBcdFxcYGNvbW1pc3Npb25lZF9hdFxcYCB0ZXh0LFxuICBcdFxcYGNvc3RfZmVuXFxgIG51bWVyaWMsXG4gIFx0XFxgdGVsZW1ldHJ5XFxgIHRleHQsXG4gIFx0XFxgcm90YXRlX3NlY3JldFxcYCBpbnRlZ2VyIERFRkFVTFQgZmFsc2UsXG4gIFx0XFxgc2VjcmV0X3JvdGF0ZWRfYXRcXGAgdGV4dCxcbiAgXHRcXGBzZWNyZXRfc2VhbGVkXFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgc2l0ZV9pZFxcYCkgUkVGRVJFTkNFUyBcXGBzaXRlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgc2V0IG51bGxcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVU5JUVVFIElOREVYIFxcYGJpbnNfZGV2aWNlX2lkX2lkeFxcYCBPTiBcXGBiaW5zXFxgIChcXGBkZXZpY2VfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGJpbnNfc3RhdHVzX2lkeFxcYCBPTiBcXGBiaW5zXFxgIChcXGBzdGF0dXNcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGJpbnNfc2l0ZV9pZHhcXGAgT04gXFxgYmluc1xcYCAoXFxgc2l0ZV9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgYmluc19sYXN0X3NlZW5fYXRfaWR4XFxgIE9OIFxcYGJpbnNcXGAgKFxcYGxhc3Rfc2Vlbl9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgYmluc191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGBiaW5zXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBiaW5zX2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYGJpbnNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYGFsZXJ0c1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBiaW5faWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBraW5kXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgc2V2ZXJpdHlcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBzdGF0dXNcXGAgdGV4dCBERUZBVUxUICdvcGVuJyBOT1QgTlVMTCxcbiAgXHRcXGBvcGVuZWRfYXRcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBsYXN0X2F0XFxgIHRleHQsXG4gIFx0XFxgY291bnRcXGAgbnVtZXJpYyBERUZBVUxUIDEsXG4gIFx0XFxgZGV0YWlsXFxgIHRleHQsXG4gIFx0XFxgYWNrbm93bGVkZ2VkX2F0XFxgIHRleHQsXG4gIFx0XFxgYWNrbm93bGVkZ2VkX2J5X2lkXFxgIGludGVnZXIsXG4gIFx0XFxgY2xvc2VkX2F0XFxgIHRleHQsXG4gIFx0XFxgY2xvc2VkX2J5X2lkXFxgIGludGVnZXIsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgYmluX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGJpbnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsLFxuICBcdEZPUkVJR04gS0VZIChcXGBhY2tub3dsZWRnZWRfYnlfaWRcXGApIFJFRkVSRU5DRVMgXFxgdXNlcnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsLFxuICBcdEZPUkVJR04gS0VZIChcXGBjbG9zZWRfYnlfaWRcXGApIFJFRkVSRU5DRVMgXFxgdXNlcnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGFsZXJ0c19iaW5faWR4XFxgIE9OIFxcYGFsZXJ0c1xcYCAoXFxgYmluX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBhbGVydHNfc3RhdHVzX2lkeFxcYCBPTiBcXGBhbGVydHNcXGAgKFxcYHN0YXR1c1xcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgYWxlcnRzX2Fja25vd2xlZGdlZF9ieV9pZHhcXGAgT04gXFxgYWxlcnRzXFxgIChcXGBhY2tub3dsZWRnZWRfYnlfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGFsZXJ0c19jbG9zZWRfYnlfaWR4XFxgIE9OIFxcYGFsZXJ0c1xcYCAoXFxgY2xvc2VkX2J5X2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBhbGVydHNfdXBkYXRlZF9hdF9pZHhcXGAgT04gXFxgYWxlcnRzXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBhbGVydHNfY3JlYXRlZF9hdF9pZHhcXGAgT04gXFxgYWxlcnRzXFxgIChcXGBjcmVhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBkZXZpY2VfZXZlbnRzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYHJlY2VpdmVkX2F0XFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgZGV2aWNlX2lkXFxgIHRleHQsXG4gIFx0XFxgYmluX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgZW5kcG9pbnRcXGAgdGV4dCBOT1QgTlVMTCxcbiAgXHRcXGBzdGF0dXNcXGAgbnVtZXJpYyBOT1QgTlVMTCxcbiAgXHRcXGBjb2RlXFxgIHRleHQsXG4gIFx0XFxgZXZlbnRzXFxgIG51bWVyaWMsXG4gIFx0XFxgYm9keVxcYCB0ZXh0LFxuICBcdFxcYHJlc3BvbnNlXFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgYmluX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGJpbnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIHNldCBudWxsXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGRldmljZV9ldmVudHNfcmVjZWl2ZWRfYXRfaWR4XFxgIE9OIFxcYGRldmljZV9ldmVudHNcXGAgKFxcYHJlY2VpdmVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBkZXZpY2VfZXZlbnRzX2RldmljZV9pZF9pZHhcXGAgT04gXFxgZGV2aWNlX2V2ZW50c1xcYCAoXFxgZGV2aWNlX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBkZXZpY2VfZXZlbnRzX2Jpbl9pZHhcXGAgT04gXFxgZGV2aWNlX2V2ZW50c1xcYCAoXFxgYmluX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBkZXZpY2VfZXZlbnRzX2NvZGVfaWR4XFxgIE9OIFxcYGRldmljZV9ldmVudHNcXGAgKFxcYGNvZGVcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGRldmljZV9ldmVudHNfdXBkYXRlZF9hdF9pZHhcXGAgT04gXFxgZGV2aWNlX2V2ZW50c1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgZGV2aWNlX2V2ZW50c19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBkZXZpY2VfZXZlbnRzXFxgIChcXGBjcmVhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBUQUJMRSBcXGBkZXZpY2VfcmVjZWlwdHNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxga2V5XFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgZmluZ2VycHJpbnRcXGAgdGV4dCxcbiAgXHRcXGBvdXRjb21lXFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBVTklRVUUgSU5ERVggXFxgZGV2aWNlX3JlY2VpcHRzX2tleV9pZHhcXGAgT04gXFxgZGV2aWNlX3JlY2VpcHRzXFxgIChcXGBrZXlcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGRldmljZV9yZWNlaXB0c191cGRhdGVkX2F0X2lkeFxcYCBPTiBcXGBkZXZpY2VfcmVjZWlwdHNcXGAgKFxcYHVwZGF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGRldmljZV9yZWNlaXB0c19jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBkZXZpY2VfcmVjZWlwdHNcXGAgKFxcYGNyZWF0ZWRfYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgQUREIFxcYGJpbnNfaWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIGJpbnMoaWQpO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgQUREIFxcYGFsZXJ0c19pZFxcYCBpbnRlZ2VyIFJFRkVSRU5DRVMgYWxlcnRzKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIEFERCBcXGBkZXZpY2VfZXZlbnRzX2lkXFxgIGludGVnZXIgUkVGRVJFTkNFUyBkZXZpY2VfZXZlbnRzKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIEFERCBcXGBkZXZpY2VfcmVjZWlwdHNfaWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIGRldmljZV9yZWNlaXB0cyhpZCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfYmluc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGJpbnNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2FsZXJ0c19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGFsZXJ0c19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfZGV2aWNlX2V2ZW50c19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGRldmljZV9ldmVudHNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2RldmljZV9yZWNlaXB0c19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGRldmljZV9yZWNlaXB0c19pZFxcYCk7YClcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGRvd24oeyBkYiwgcGF5bG9hZCwgcmVxIH06IE1pZ3JhdGVEb3duQXJncyk6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgYmluc19jb21wYXJ0bWVudHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYGJpbnNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBEUk9QIFRBQkxFIFxcYGFsZXJ0c1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgZGV2aWNlX2V2ZW50c1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgZGV2aWNlX3JlY2VpcHRzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgUFJBR01BIGZvcmVpZ25fa2V5cz1PRkY7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgX19uZXdfcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgb3JkZXJcXGAgaW50ZWdlcixcbiAgXHRcXGBwYXJlbnRfaWRcXGAgaW50ZWdlciBOT1QgTlVMTCxcbiAgXHRcXGBwYXRoXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgdG93bnNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGB2aWxsYWdlc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHNpdGVzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgY2FyZHNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBjYXJkX2JhdGNoZXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBjYXJkX3JlcGxhY2VtZW50c19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGRyb3Bfb2Zmc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHBvaW50X2VudHJpZXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBjYXJkX2RheXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBzb3J0aW5nX2NoZWNrc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHJld2FyZHNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGByZWRlbXB0aW9uc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGZvbGxvd191cHNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBlZHVjYXRpb25fYmFzZXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBtZWRpYV9pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHVzZXJzX2lkXFxgIGludGVnZXIsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHBhcmVudF9pZFxcYCkgUkVGRVJFTkNFUyBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHRvd25zX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHRvd25zXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGB2aWxsYWdlc19pZFxcYCkgUkVGRVJFTkNFUyBcXGB2aWxsYWdlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgc2l0ZXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgc2l0ZXNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYGNhcmRzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGNhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX2JhdGNoZXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgY2FyZF9iYXRjaGVzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX3JlcGxhY2VtZW50c19pZFxcYCkgUkVGRVJFTkNFUyBcXGBjYXJkX3JlcGxhY2VtZW50c1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgZHJvcF9vZmZzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGRyb3Bfb2Zmc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgcG9pbnRfZW50cmllc19pZFxcYCkgUkVGRVJFTkNFUyBcXGBwb2ludF9lbnRyaWVzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX2RheXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgY2FyZF9kYXlzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBzb3J0aW5nX2NoZWNrc19pZFxcYCkgUkVGRVJFTkNFUyBcXGBzb3J0aW5nX2NoZWNrc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgcmV3YXJkc19pZFxcYCkgUkVGRVJFTkNFUyBcXGByZXdhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGByZWRlbXB0aW9uc19pZFxcYCkgUkVGRVJFTkNFUyBcXGByZWRlbXB0aW9uc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgZm9sbG93X3Vwc19pZFxcYCkgUkVGRVJFTkNFUyBcXGBmb2xsb3dfdXBzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBlZHVjYXRpb25fYmFzZXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgZWR1Y2F0aW9uX2Jhc2VzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBtZWRpYV9pZFxcYCkgUkVGRVJFTkNFUyBcXGBtZWRpYVxcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgdXNlcnNfaWRcXGApIFJFRkVSRU5DRVMgXFxgdXNlcnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGVcbiAgKTtcbiAgYClcbiAgYXdhaXQgZGIucnVuKHNxbGBJTlNFUlQgSU5UTyBcXGBfX25ld19wYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYChcImlkXCIsIFwib3JkZXJcIiwgXCJwYXJlbnRfaWRcIiwgXCJwYXRoXCIsIFwidG93bnNfaWRcIiwgXCJ2aWxsYWdlc19pZFwiLCBcInNpdGVzX2lkXCIsIFwiY2FyZHNfaWRcIiwgXCJjYXJkX2JhdGNoZXNfaWRcIiwgXCJjYXJkX3JlcGxhY2VtZW50c19pZFwiLCBcImRyb3Bfb2Zmc19pZFwiLCBcInBvaW50X2VudHJpZXNfaWRcIiwgXCJjYXJkX2RheXNfaWRcIiwgXCJzb3J0aW5nX2NoZWNrc19pZFwiLCBcInJld2FyZHNfaWRcIiwgXCJyZWRlbXB0aW9uc19pZFwiLCBcImZvbGxvd191cHNfaWRcIiwgXCJlZHVjYXRpb25fYmFzZXNfaWRcIiwgXCJtZWRpYV9pZFwiLCBcInVzZXJzX2lkXCIpIFNFTEVDVCBcImlkXCIsIFwib3JkZXJcIiwgXCJwYXJlbnRfaWRcIiwgXCJwYXRoXCIsIFwidG93bnNfaWRcIiwgXCJ2aWxsYWdlc19pZFwiLCBcInNpdGVzX2lkXCIsIFwiY2FyZHNfaWRcIiwgXCJjYXJkX2JhdGNoZXNfaWRcIiwgXCJjYXJkX3JlcGxhY2VtZW50c19pZFwiLCBcImRyb3Bfb2Zmc19pZFwiLCBcInBvaW50X2VudHJpZXNfaWRcIiwgXCJjYXJkX2RheXNfaWRcIiwgXCJzb3J0aW5nX2NoZWNrc19pZFwiLCBcInJld2FyZHNfaWRcIiwgXCJyZWRlbXB0aW9uc19pZFwiLCBcImZvbGxvd191cHNfaWRcIiwgXCJlZHVjYXRpb25fYmFzZXNfaWRcIiwgXCJtZWRpYV9pZFwiLCBcInVzZXJzX2lkXCIgRlJPTSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBfX25ld19wYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCBSRU5BTUUgVE8gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBQUkFHTUEgZm9yZWlnbl9rZXlzPU9OO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX29yZGVyX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgb3JkZXJcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3BhcmVudF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHBhcmVudF9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfcGF0aF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHBhdGhcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3Rvd25zX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgdG93bnNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3ZpbGxhZ2VzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgdmlsbGFnZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3NpdGVzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgc2l0ZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2NhcmRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgY2FyZHNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2NhcmRfYmF0Y2hlc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGNhcmRfYmF0Y2hlc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfY2FyZF9yZXBsYWNlbWVudHNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBjYXJkX3JlcGxhY2VtZW50c19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfZHJvcF9vZmZzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgZHJvcF9vZmZzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19wb2ludF9lbnRyaWVzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgcG9pbnRfZW50cmllc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfY2FyZF9kYXlzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgY2FyZF9kYXlzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19zb3J0aW5nX2NoZWNrc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHNvcnRpbmdfY2hlY2tzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19yZXdhcmRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgcmV3YXJkc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfcmVkZW1wdGlvbnNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGByZWRlbXB0aW9uc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfZm9sbG93X3Vwc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGZvbGxvd191cHNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2VkdWNhdGlvbl9iYXNlc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGVkdWNhdGlvbl9iYXNlc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfbWVkaWFfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBtZWRpYV9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfdXNlcnNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGB1c2Vyc19pZFxcYCk7YClcbn1cbiIsICJpbXBvcnQgeyBNaWdyYXRlVXBBcmdzLCBNaWdyYXRlRG93bkFyZ3MsIHNxbCB9IGZyb20gJ0BwYXlsb2FkY21zL2RiLXNxbGl0ZSdcblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHVwKHsgZGIsIHBheWxvYWQsIHJlcSB9OiBNaWdyYXRlVXBBcmdzKTogUHJvbWlzZTx2b2lkPiB7XG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYGF1ZGl0X2xvZ1xcYCAoXG4gIFx0XFxgaWRcXGAgaW50ZWdlciBQUklNQVJZIEtFWSBOT1QgTlVMTCxcbiAgXHRcXGBhdFxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYHVzZXJfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGByb2xlXFxgIHRleHQsXG4gIFx0XFxgb3BlcmF0aW9uXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgY29sbGVjdGlvbl9zbHVnXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgcmVjb3JkX2lkXFxgIHRleHQgTk9UIE5VTEwsXG4gIFx0XFxgc3VtbWFyeVxcYCB0ZXh0LFxuICBcdFxcYGNoYW5nZXNcXGAgdGV4dCxcbiAgXHRcXGB2aWFcXGAgdGV4dCxcbiAgXHRcXGB1cGRhdGVkX2F0XFxgIHRleHQgREVGQVVMVCAoc3RyZnRpbWUoJyVZLSVtLSVkVCVIOiVNOiVmWicsICdub3cnKSkgTk9UIE5VTEwsXG4gIFx0XFxgY3JlYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdEZPUkVJR04gS0VZIChcXGB1c2VyX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHVzZXJzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBzZXQgbnVsbFxuICApO1xuICBgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBhdWRpdF9sb2dfYXRfaWR4XFxgIE9OIFxcYGF1ZGl0X2xvZ1xcYCAoXFxgYXRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGF1ZGl0X2xvZ191c2VyX2lkeFxcYCBPTiBcXGBhdWRpdF9sb2dcXGAgKFxcYHVzZXJfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYGF1ZGl0X2xvZ19jb2xsZWN0aW9uX3NsdWdfaWR4XFxgIE9OIFxcYGF1ZGl0X2xvZ1xcYCAoXFxgY29sbGVjdGlvbl9zbHVnXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBhdWRpdF9sb2dfcmVjb3JkX2lkX2lkeFxcYCBPTiBcXGBhdWRpdF9sb2dcXGAgKFxcYHJlY29yZF9pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgYXVkaXRfbG9nX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYGF1ZGl0X2xvZ1xcYCAoXFxgdXBkYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgYXVkaXRfbG9nX2NyZWF0ZWRfYXRfaWR4XFxgIE9OIFxcYGF1ZGl0X2xvZ1xcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBkcm9wX29mZnNcXGAgQUREIFxcYG5vdGVcXGAgdGV4dDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYGFsZXJ0c1xcYCBBREQgXFxgcmVzb2x1dGlvblxcYCB0ZXh0O2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgZGV2aWNlX2V2ZW50c1xcYCBBREQgXFxgY2xpZW50X2FkZHJlc3NcXGAgdGV4dDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYGRldmljZV9ldmVudHNcXGAgQUREIFxcYHJlcGVhdHNcXGAgbnVtZXJpYztgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYG1lZGlhXFxgIEFERCBcXGB2aXNpYmlsaXR5XFxgIHRleHQgREVGQVVMVCAncHJpdmF0ZScgTk9UIE5VTEw7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBtZWRpYVxcYCBBREQgXFxgYXJlYVxcYCB0ZXh0O2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgbWVkaWFcXGAgQUREIFxcYHRvd25faWRcXGAgaW50ZWdlciBSRUZFUkVOQ0VTIHRvd25zKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYG1lZGlhXFxgIEFERCBcXGB1cGxvYWRlZF9ieV9pZFxcYCBpbnRlZ2VyIFJFRkVSRU5DRVMgdXNlcnMoaWQpO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYG1lZGlhX3Zpc2liaWxpdHlfaWR4XFxgIE9OIFxcYG1lZGlhXFxgIChcXGB2aXNpYmlsaXR5XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBtZWRpYV9hcmVhX2lkeFxcYCBPTiBcXGBtZWRpYVxcYCAoXFxgYXJlYVxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgbWVkaWFfdG93bl9pZHhcXGAgT04gXFxgbWVkaWFcXGAgKFxcYHRvd25faWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYG1lZGlhX3VwbG9hZGVkX2J5X2lkeFxcYCBPTiBcXGBtZWRpYVxcYCAoXFxgdXBsb2FkZWRfYnlfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgQUREIFxcYGF1ZGl0X2xvZ19pZFxcYCBpbnRlZ2VyIFJFRkVSRU5DRVMgYXVkaXRfbG9nKGlkKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19hdWRpdF9sb2dfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBhdWRpdF9sb2dfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgcG9pbnRfcnVsZXNcXGAgQUREIFxcYG1hbnVhbF9iYWNrZGF0ZV9kYXlzXFxgIG51bWVyaWMgREVGQVVMVCAyIE5PVCBOVUxMO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgcG9pbnRfcnVsZXNcXGAgQUREIFxcYGRldmljZV9iYWNrbG9nX2RheXNcXGAgbnVtZXJpYyBERUZBVUxUIDcgTk9UIE5VTEw7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBfcG9pbnRfcnVsZXNfdlxcYCBBREQgXFxgdmVyc2lvbl9tYW51YWxfYmFja2RhdGVfZGF5c1xcYCBudW1lcmljIERFRkFVTFQgMiBOT1QgTlVMTDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYF9wb2ludF9ydWxlc192XFxgIEFERCBcXGB2ZXJzaW9uX2RldmljZV9iYWNrbG9nX2RheXNcXGAgbnVtZXJpYyBERUZBVUxUIDcgTk9UIE5VTEw7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGB1c2Vyc1xcYCBEUk9QIENPTFVNTiBcXGByZXNldF9wYXNzd29yZF9yZXF1ZXN0ZWRfYXRcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGB1c2Vyc1xcYCBEUk9QIENPTFVNTiBcXGBsb2dpbl9hdHRlbXB0c1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYHVzZXJzXFxgIERST1AgQ09MVU1OIFxcYGxvY2tfdW50aWxcXGA7YClcbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGRvd24oeyBkYiwgcGF5bG9hZCwgcmVxIH06IE1pZ3JhdGVEb3duQXJncyk6IFByb21pc2U8dm9pZD4ge1xuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgYXVkaXRfbG9nXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgUFJBR01BIGZvcmVpZ25fa2V5cz1PRkY7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVEFCTEUgXFxgX19uZXdfbWVkaWFcXGAgKFxuICBcdFxcYGlkXFxgIGludGVnZXIgUFJJTUFSWSBLRVkgTk9UIE5VTEwsXG4gIFx0XFxgYWx0XFxgIHRleHQsXG4gIFx0XFxgdXBkYXRlZF9hdFxcYCB0ZXh0IERFRkFVTFQgKHN0cmZ0aW1lKCclWS0lbS0lZFQlSDolTTolZlonLCAnbm93JykpIE5PVCBOVUxMLFxuICBcdFxcYGNyZWF0ZWRfYXRcXGAgdGV4dCBERUZBVUxUIChzdHJmdGltZSgnJVktJW0tJWRUJUg6JU06JWZaJywgJ25vdycpKSBOT1QgTlVMTCxcbiAgXHRcXGB1cmxcXGAgdGV4dCxcbiAgXHRcXGB0aHVtYm5haWxfdV9yX2xcXGAgdGV4dCxcbiAgXHRcXGBmaWxlbmFtZVxcYCB0ZXh0LFxuICBcdFxcYG1pbWVfdHlwZVxcYCB0ZXh0LFxuICBcdFxcYGZpbGVzaXplXFxgIG51bWVyaWMsXG4gIFx0XFxgd2lkdGhcXGAgbnVtZXJpYyxcbiAgXHRcXGBoZWlnaHRcXGAgbnVtZXJpYyxcbiAgXHRcXGBmb2NhbF94XFxgIG51bWVyaWMsXG4gIFx0XFxgZm9jYWxfeVxcYCBudW1lcmljXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgSU5TRVJUIElOVE8gXFxgX19uZXdfbWVkaWFcXGAoXCJpZFwiLCBcImFsdFwiLCBcInVwZGF0ZWRfYXRcIiwgXCJjcmVhdGVkX2F0XCIsIFwidXJsXCIsIFwidGh1bWJuYWlsX3Vfcl9sXCIsIFwiZmlsZW5hbWVcIiwgXCJtaW1lX3R5cGVcIiwgXCJmaWxlc2l6ZVwiLCBcIndpZHRoXCIsIFwiaGVpZ2h0XCIsIFwiZm9jYWxfeFwiLCBcImZvY2FsX3lcIikgU0VMRUNUIFwiaWRcIiwgXCJhbHRcIiwgXCJ1cGRhdGVkX2F0XCIsIFwiY3JlYXRlZF9hdFwiLCBcInVybFwiLCBcInRodW1ibmFpbF91X3JfbFwiLCBcImZpbGVuYW1lXCIsIFwibWltZV90eXBlXCIsIFwiZmlsZXNpemVcIiwgXCJ3aWR0aFwiLCBcImhlaWdodFwiLCBcImZvY2FsX3hcIiwgXCJmb2NhbF95XCIgRlJPTSBcXGBtZWRpYVxcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYERST1AgVEFCTEUgXFxgbWVkaWFcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBfX25ld19tZWRpYVxcYCBSRU5BTUUgVE8gXFxgbWVkaWFcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBQUkFHTUEgZm9yZWlnbl9rZXlzPU9OO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYG1lZGlhX3VwZGF0ZWRfYXRfaWR4XFxgIE9OIFxcYG1lZGlhXFxgIChcXGB1cGRhdGVkX2F0XFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBtZWRpYV9jcmVhdGVkX2F0X2lkeFxcYCBPTiBcXGBtZWRpYVxcYCAoXFxgY3JlYXRlZF9hdFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgVU5JUVVFIElOREVYIFxcYG1lZGlhX2ZpbGVuYW1lX2lkeFxcYCBPTiBcXGBtZWRpYVxcYCAoXFxgZmlsZW5hbWVcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIFRBQkxFIFxcYF9fbmV3X3BheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcbiAgXHRcXGBpZFxcYCBpbnRlZ2VyIFBSSU1BUlkgS0VZIE5PVCBOVUxMLFxuICBcdFxcYG9yZGVyXFxgIGludGVnZXIsXG4gIFx0XFxgcGFyZW50X2lkXFxgIGludGVnZXIgTk9UIE5VTEwsXG4gIFx0XFxgcGF0aFxcYCB0ZXh0IE5PVCBOVUxMLFxuICBcdFxcYHRvd25zX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgdmlsbGFnZXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBzaXRlc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGNhcmRzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgY2FyZF9iYXRjaGVzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgY2FyZF9yZXBsYWNlbWVudHNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBkcm9wX29mZnNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBwb2ludF9lbnRyaWVzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgY2FyZF9kYXlzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgc29ydGluZ19jaGVja3NfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGByZXdhcmRzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgcmVkZW1wdGlvbnNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBmb2xsb3dfdXBzX2lkXFxgIGludGVnZXIsXG4gIFx0XFxgYmluc19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGFsZXJ0c19pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYGRldmljZV9ldmVudHNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBkZXZpY2VfcmVjZWlwdHNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBlZHVjYXRpb25fYmFzZXNfaWRcXGAgaW50ZWdlcixcbiAgXHRcXGBtZWRpYV9pZFxcYCBpbnRlZ2VyLFxuICBcdFxcYHVzZXJzX2lkXFxgIGludGVnZXIsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHBhcmVudF9pZFxcYCkgUkVGRVJFTkNFUyBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHRvd25zX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHRvd25zXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGB2aWxsYWdlc19pZFxcYCkgUkVGRVJFTkNFUyBcXGB2aWxsYWdlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgc2l0ZXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgc2l0ZXNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYGNhcmRzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGNhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX2JhdGNoZXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgY2FyZF9iYXRjaGVzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX3JlcGxhY2VtZW50c19pZFxcYCkgUkVGRVJFTkNFUyBcXGBjYXJkX3JlcGxhY2VtZW50c1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgZHJvcF9vZmZzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGRyb3Bfb2Zmc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgcG9pbnRfZW50cmllc19pZFxcYCkgUkVGRVJFTkNFUyBcXGBwb2ludF9lbnRyaWVzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBjYXJkX2RheXNfaWRcXGApIFJFRkVSRU5DRVMgXFxgY2FyZF9kYXlzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBzb3J0aW5nX2NoZWNrc19pZFxcYCkgUkVGRVJFTkNFUyBcXGBzb3J0aW5nX2NoZWNrc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgcmV3YXJkc19pZFxcYCkgUkVGRVJFTkNFUyBcXGByZXdhcmRzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGByZWRlbXB0aW9uc19pZFxcYCkgUkVGRVJFTkNFUyBcXGByZWRlbXB0aW9uc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgZm9sbG93X3Vwc19pZFxcYCkgUkVGRVJFTkNFUyBcXGBmb2xsb3dfdXBzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlLFxuICBcdEZPUkVJR04gS0VZIChcXGBiaW5zX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGJpbnNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYGFsZXJ0c19pZFxcYCkgUkVGRVJFTkNFUyBcXGBhbGVydHNcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYGRldmljZV9ldmVudHNfaWRcXGApIFJFRkVSRU5DRVMgXFxgZGV2aWNlX2V2ZW50c1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgZGV2aWNlX3JlY2VpcHRzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGRldmljZV9yZWNlaXB0c1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgZWR1Y2F0aW9uX2Jhc2VzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYGVkdWNhdGlvbl9iYXNlc1xcYChcXGBpZFxcYCkgT04gVVBEQVRFIG5vIGFjdGlvbiBPTiBERUxFVEUgY2FzY2FkZSxcbiAgXHRGT1JFSUdOIEtFWSAoXFxgbWVkaWFfaWRcXGApIFJFRkVSRU5DRVMgXFxgbWVkaWFcXGAoXFxgaWRcXGApIE9OIFVQREFURSBubyBhY3Rpb24gT04gREVMRVRFIGNhc2NhZGUsXG4gIFx0Rk9SRUlHTiBLRVkgKFxcYHVzZXJzX2lkXFxgKSBSRUZFUkVOQ0VTIFxcYHVzZXJzXFxgKFxcYGlkXFxgKSBPTiBVUERBVEUgbm8gYWN0aW9uIE9OIERFTEVURSBjYXNjYWRlXG4gICk7XG4gIGApXG4gIGF3YWl0IGRiLnJ1bihzcWxgSU5TRVJUIElOVE8gXFxgX19uZXdfcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAoXCJpZFwiLCBcIm9yZGVyXCIsIFwicGFyZW50X2lkXCIsIFwicGF0aFwiLCBcInRvd25zX2lkXCIsIFwidmlsbGFnZXNfaWRcIiwgXCJzaXRlc19pZFwiLCBcImNhcmRzX2lkXCIsIFwiY2FyZF9iYXRjaGVzX2lkXCIsIFwiY2FyZF9yZXBsYWNlbWVudHNfaWRcIiwgXCJkcm9wX29mZnNfaWRcIiwgXCJwb2ludF9lbnRyaWVzX2lkXCIsIFwiY2FyZF9kYXlzX2lkXCIsIFwic29ydGluZ19jaGVja3NfaWRcIiwgXCJyZXdhcmRzX2lkXCIsIFwicmVkZW1wdGlvbnNfaWRcIiwgXCJmb2xsb3dfdXBzX2lkXCIsIFwiYmluc19pZFwiLCBcImFsZXJ0c19pZFwiLCBcImRldmljZV9ldmVudHNfaWRcIiwgXCJkZXZpY2VfcmVjZWlwdHNfaWRcIiwgXCJlZHVjYXRpb25fYmFzZXNfaWRcIiwgXCJtZWRpYV9pZFwiLCBcInVzZXJzX2lkXCIpIFNFTEVDVCBcImlkXCIsIFwib3JkZXJcIiwgXCJwYXJlbnRfaWRcIiwgXCJwYXRoXCIsIFwidG93bnNfaWRcIiwgXCJ2aWxsYWdlc19pZFwiLCBcInNpdGVzX2lkXCIsIFwiY2FyZHNfaWRcIiwgXCJjYXJkX2JhdGNoZXNfaWRcIiwgXCJjYXJkX3JlcGxhY2VtZW50c19pZFwiLCBcImRyb3Bfb2Zmc19pZFwiLCBcInBvaW50X2VudHJpZXNfaWRcIiwgXCJjYXJkX2RheXNfaWRcIiwgXCJzb3J0aW5nX2NoZWNrc19pZFwiLCBcInJld2FyZHNfaWRcIiwgXCJyZWRlbXB0aW9uc19pZFwiLCBcImZvbGxvd191cHNfaWRcIiwgXCJiaW5zX2lkXCIsIFwiYWxlcnRzX2lkXCIsIFwiZGV2aWNlX2V2ZW50c19pZFwiLCBcImRldmljZV9yZWNlaXB0c19pZFwiLCBcImVkdWNhdGlvbl9iYXNlc19pZFwiLCBcIm1lZGlhX2lkXCIsIFwidXNlcnNfaWRcIiBGUk9NIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgRFJPUCBUQUJMRSBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYF9fbmV3X3BheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIFJFTkFNRSBUTyBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19vcmRlcl9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYG9yZGVyXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19wYXJlbnRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBwYXJlbnRfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3BhdGhfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBwYXRoXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc190b3duc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHRvd25zX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc192aWxsYWdlc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHZpbGxhZ2VzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19zaXRlc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHNpdGVzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19jYXJkc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGNhcmRzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19jYXJkX2JhdGNoZXNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBjYXJkX2JhdGNoZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2NhcmRfcmVwbGFjZW1lbnRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgY2FyZF9yZXBsYWNlbWVudHNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2Ryb3Bfb2Zmc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGRyb3Bfb2Zmc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfcG9pbnRfZW50cmllc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHBvaW50X2VudHJpZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2NhcmRfZGF5c19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYGNhcmRfZGF5c19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfc29ydGluZ19jaGVja3NfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBzb3J0aW5nX2NoZWNrc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfcmV3YXJkc19pZF9pZHhcXGAgT04gXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNcXGAgKFxcYHJld2FyZHNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3JlZGVtcHRpb25zX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgcmVkZW1wdGlvbnNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX2ZvbGxvd191cHNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBmb2xsb3dfdXBzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19iaW5zX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgYmluc19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfYWxlcnRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgYWxlcnRzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19kZXZpY2VfZXZlbnRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgZGV2aWNlX2V2ZW50c19pZFxcYCk7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBDUkVBVEUgSU5ERVggXFxgcGF5bG9hZF9sb2NrZWRfZG9jdW1lbnRzX3JlbHNfZGV2aWNlX3JlY2VpcHRzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgZGV2aWNlX3JlY2VpcHRzX2lkXFxgKTtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYENSRUFURSBJTkRFWCBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc19lZHVjYXRpb25fYmFzZXNfaWRfaWR4XFxgIE9OIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzXFxgIChcXGBlZHVjYXRpb25fYmFzZXNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX21lZGlhX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgbWVkaWFfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQ1JFQVRFIElOREVYIFxcYHBheWxvYWRfbG9ja2VkX2RvY3VtZW50c19yZWxzX3VzZXJzX2lkX2lkeFxcYCBPTiBcXGBwYXlsb2FkX2xvY2tlZF9kb2N1bWVudHNfcmVsc1xcYCAoXFxgdXNlcnNfaWRcXGApO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgdXNlcnNcXGAgQUREIFxcYHJlc2V0X3Bhc3N3b3JkX3JlcXVlc3RlZF9hdFxcYCB0ZXh0O2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgdXNlcnNcXGAgQUREIFxcYGxvZ2luX2F0dGVtcHRzXFxgIG51bWVyaWMgREVGQVVMVCAwO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgdXNlcnNcXGAgQUREIFxcYGxvY2tfdW50aWxcXGAgdGV4dDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYGRyb3Bfb2Zmc1xcYCBEUk9QIENPTFVNTiBcXGBub3RlXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgYWxlcnRzXFxgIERST1AgQ09MVU1OIFxcYHJlc29sdXRpb25cXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBkZXZpY2VfZXZlbnRzXFxgIERST1AgQ09MVU1OIFxcYGNsaWVudF9hZGRyZXNzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgZGV2aWNlX2V2ZW50c1xcYCBEUk9QIENPTFVNTiBcXGByZXBlYXRzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgcG9pbnRfcnVsZXNcXGAgRFJPUCBDT0xVTU4gXFxgbWFudWFsX2JhY2tkYXRlX2RheXNcXGA7YClcbiAgYXdhaXQgZGIucnVuKHNxbGBBTFRFUiBUQUJMRSBcXGBwb2ludF9ydWxlc1xcYCBEUk9QIENPTFVNTiBcXGBkZXZpY2VfYmFja2xvZ19kYXlzXFxgO2ApXG4gIGF3YWl0IGRiLnJ1bihzcWxgQUxURVIgVEFCTEUgXFxgX3BvaW50X3J1bGVzX3ZcXGAgRFJPUCBDT0xVTU4gXFxgdmVyc2lvbl9tYW51YWxfYmFja2RhdGVfZGF5c1xcYDtgKVxuICBhd2FpdCBkYi5ydW4oc3FsYEFMVEVSIFRBQkxFIFxcYF9wb2ludF9ydWxlc192XFxgIERST1AgQ09MVU1OIFxcYHZlcnNpb25fZGV2aWNlX2JhY2tsb2dfZGF5c1xcYDtgKVxufVxuIiwgImltcG9ydCAqIGFzIG1pZ3JhdGlvbl8yMDI2MTEyOV8wNDM3MjFfaW5pdGlhbCBmcm9tICcuLzIwMjYxMTI5XzA0MzcyMV9pbml0aWFsJztcbmltcG9ydCAqIGFzIG1pZ3JhdGlvbl8yMDI2MTEyOV8wNTEzMTNfcG9pbnRzX2VuZ2luZSBmcm9tICcuLzIwMjYxMTI5XzA1MTMxM19wb2ludHNfZW5naW5lJztcbmltcG9ydCAqIGFzIG1pZ3JhdGlvbl8yMDI2MTEyOV8wNTMyMTRfZGV2aWNlX2JyaWRnZSBmcm9tICcuLzIwMjYxMTI5XzA1MzIxNF9kZXZpY2VfYnJpZGdlJztcbmltcG9ydCAqIGFzIG1pZ3JhdGlvbl8yMDI2MTEyOV8xNDQ4NTVfc2VjdXJpdHlfYW5kX2F1ZGl0IGZyb20gJy4vMjAyNjExMjlfMTQ0ODU1X3NlY3VyaXR5X2FuZF9hdWRpdCc7XG5cbmV4cG9ydCBjb25zdCBtaWdyYXRpb25zID0gW1xuICB7XG4gICAgdXA6IG1pZ3JhdGlvbl8yMDI2MTEyOV8wNDM3MjFfaW5pdGlhbC51cCxcbiAgICBkb3duOiBtaWdyYXRpb25fMjAyNjExMjlfMDQzNzIxX2luaXRpYWwuZG93bixcbiAgICBuYW1lOiAnMjAyNjExMjlfMDQzNzIxX2luaXRpYWwnLFxuICB9LFxuICB7XG4gICAgdXA6IG1pZ3JhdGlvbl8yMDI2MTEyOV8wNTEzMTNfcG9pbnRzX2VuZ2luZS51cCxcbiAgICBkb3duOiBtaWdyYXRpb25fMjAyNjExMjlfMDUxMzEzX3BvaW50c19lbmdpbmUuZG93bixcbiAgICBuYW1lOiAnMjAyNjExMjlfMDUxMzEzX3BvaW50c19lbmdpbmUnLFxuICB9LFxuICB7XG4gICAgdXA6IG1pZ3JhdGlvbl8yMDI2MTEyOV8wNTMyMTRfZGV2aWNlX2JyaWRnZS51cCxcbiAgICBkb3duOiBtaWdyYXRpb25fMjAyNjExMjlfMDUzMjE0X2RldmljZV9icmlkZ2UuZG93bixcbiAgICBuYW1lOiAnMjAyNjExMjlfMDUzMjE0X2RldmljZV9icmlkZ2UnLFxuICB9LFxuICB7XG4gICAgdXA6IG1pZ3JhdGlvbl8yMDI2MTEyOV8xNDQ4NTVfc2VjdXJpdHlfYW5kX2F1ZGl0LnVwLFxuICAgIGRvd246IG1pZ3JhdGlvbl8yMDI2MTEyOV8xNDQ4NTVfc2VjdXJpdHlfYW5kX2F1ZGl0LmRvd24sXG4gICAgbmFtZTogJzIwMjYxMTI5XzE0NDg1NV9zZWN1cml0eV9hbmRfYXVkaXQnXG4gIH0sXG5dO1xuIiwgIi8qKlxuICogTW9uZ29EQiBydW5zIG11bHRpLWRvY3VtZW50IHRyYW5zYWN0aW9ucyBvbmx5IG9uIGEgcmVwbGljYSBzZXQgb3IgYSBzaGFyZGVkIGNsdXN0ZXIuXG4gKiBGZW5sZWkgcmVmdXNlcyB0byBzdGFydCBvbiBhIHN0YW5kYWxvbmUgc2VydmVyIHVubGVzcyB0b2xkIHRvICh0aGUgcG9pbnRzIGxlZGdlciBuZWVkcyB0aGVtKS5cbiAqL1xuXG4vKiogVGhlIHBhcnRzIG9mIHRoZSBgaGVsbG9gIGNvbW1hbmQncyBhbnN3ZXIgdGhhdCB0ZWxsIHRoZSB0b3BvbG9neS4gKi9cbmV4cG9ydCB0eXBlIEhlbGxvUmVwbHkgPSB7IHNldE5hbWU/OiBzdHJpbmc7IG1zZz86IHN0cmluZzsgaXNXcml0YWJsZVByaW1hcnk/OiBib29sZWFuIH1cblxuZXhwb3J0IGZ1bmN0aW9uIHN1cHBvcnRzVHJhbnNhY3Rpb25zKGhlbGxvOiBIZWxsb1JlcGx5KTogYm9vbGVhbiB7XG4gIHJldHVybiBCb29sZWFuKGhlbGxvLnNldE5hbWUpIHx8IGhlbGxvLm1zZyA9PT0gJ2lzZGJncmlkJ1xufVxuXG5leHBvcnQgZnVuY3Rpb24gYXNzZXJ0VHJhbnNhY3Rpb25zU3VwcG9ydGVkKGhlbGxvOiBIZWxsb1JlcGx5LCBhbGxvd1dpdGhvdXQ6IGJvb2xlYW4pOiB2b2lkIHtcbiAgaWYgKHN1cHBvcnRzVHJhbnNhY3Rpb25zKGhlbGxvKSB8fCBhbGxvd1dpdGhvdXQpIHJldHVyblxuICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgJ01vbmdvREIgYXQgREFUQUJBU0VfVVJMIGlzIGEgc3RhbmRhbG9uZSBzZXJ2ZXI6IGl0IGNhbm5vdCBydW4gdHJhbnNhY3Rpb25zLCB3aGljaCBGZW5sZWkgJyArXG4gICAgICAnbmVlZHMgdG8ga2VlcCBwb2ludHMgYW5kIHBheW91dHMgZXhhY3QuIFVzZSBhIHJlcGxpY2Egc2V0IChhZGQgP3JlcGxpY2FTZXQ9PG5hbWU+KSwgb3Igc2V0ICcgK1xuICAgICAgJ01PTkdPREJfQUxMT1dfTk9fVFJBTlNBQ1RJT05TPXRydWUgdG8gc3RhcnQgYW55d2F5LiBNb25nb0RCIFx1NEUwRFx1NjYyRlx1NTI2Rlx1NjcyQ1x1OTZDNlx1RkYwQ1x1NjVFMFx1NkNENVx1NEY3Rlx1NzUyOFx1NEU4Qlx1NTJBMVx1MzAwMicsXG4gIClcbn1cbiIsICIvKipcbiAqIFdyaXRlcyBvbiB0aGUgZW1iZWRkZWQgU1FMaXRlIGRhdGFiYXNlLCBmb3IgdGhlIHdob2xlIGFwcC5cbiAqXG4gKiBTUUxpdGUgaGFzIG9uZSB3cml0ZXIgYXQgYSB0aW1lLCBhbmQgbGlic3FsIGlzIHN5bmNocm9ub3VzOiB0d28gb3ZlcmxhcHBpbmcgd3JpdGUgdHJhbnNhY3Rpb25zIGluXG4gKiBvbmUgcHJvY2VzcyBmYWlsIHdpdGggU1FMSVRFX0JVU1ksIGFuZCBhIGJ1c3kgdGltZW91dCBjYW5ub3QgaGVscCBiZWNhdXNlIHdhaXRpbmcgd291bGQgYmxvY2sgdGhlXG4gKiB2ZXJ5IGV2ZW50IGxvb3AgdGhhdCBoYXMgdG8gY29tbWl0IHRoZSBvdGhlciBvbmUuIFNvIGV2ZXJ5IHdyaXRlIGluIGEgcHJvY2VzcyB0YWtlcyB0dXJucyB0aHJvdWdoXG4gKiBvbmUgRklGTyBnYXRlIChrZXB0IG9uIGdsb2JhbFRoaXMgcGVyIGRhdGFiYXNlIGZpbGUsIHNvIE5leHQncyByb3V0ZSBoYW5kbGVycyBhbmQgdGhlIGV4cHJlc3NcbiAqIHNlcnZlciBzaGFyZSBpdCk6XG4gKlxuICogLSBUcmFuc2FjdGlvbnM6IGBiZWdpblRyYW5zYWN0aW9uYCB3YWl0cyBmb3IgdGhlIGdhdGUsIGBjb21taXRUcmFuc2FjdGlvbmAvYHJvbGxiYWNrVHJhbnNhY3Rpb25gXG4gKiAgIG9wZW4gaXQuIFRoZXkgYWxsIHJ1biBvbiBPTkUgZGVkaWNhdGVkIHdyaXRlciBjb25uZWN0aW9uIChCRUdJTiBJTU1FRElBVEUgXHUyMDI2IENPTU1JVCksIGtlcHQgZm9yIHRoZVxuICogICBsaWZlIG9mIHRoZSBwcm9jZXNzOiBubyBuZXcgY29ubmVjdGlvbiwgc2NoZW1hIGxvYWQgYW5kIHN0YXRlbWVudCBwcmVwYXJhdGlvbiBwZXIgdHJhbnNhY3Rpb24uXG4gKiAtIFdyaXRlcyBvdXRzaWRlIGEgdHJhbnNhY3Rpb24gKFBheWxvYWQncyBsb2dpbiBjb3VudGVycyBhbmQgbG9ja291dHMsIGpvYnMsIGFueXRoaW5nIGNhbGxpbmdcbiAqICAgYHBheWxvYWQuZGJgIHdpdGhvdXQgYHJlcWApOiB0aGV5IHdhaXQgZm9yIHRoZSBnYXRlIHRvbywgaW5zdGVhZCBvZiBtZWV0aW5nIGFuIG9wZW4gdHJhbnNhY3Rpb25cbiAqICAgYW5kIGZhaWxpbmcgd2l0aCBcImRhdGFiYXNlIGlzIGxvY2tlZFwiLiBUaGUgZ2F0ZSBpcyByZS1lbnRyYW50IGZvciBzdWNoIGEgd3JpdGUncyBvd24gbmVzdGVkXG4gKiAgIGFkYXB0ZXIgY2FsbHMgKEFzeW5jTG9jYWxTdG9yYWdlKS5cbiAqXG4gKiBBY3Jvc3MgcHJvY2Vzc2VzIChzZXZlcmFsIGJyaWRnZSBwcm9jZXNzZXMgb24gb25lIGZpbGUpIGJvdGggY29ubmVjdGlvbnMgY2FycnkgYSBidXN5IHRpbWVvdXQsIHNvIGFcbiAqIHdyaXRlIG9mIGFub3RoZXIgcHJvY2VzcyBpcyB3YWl0ZWQgZm9yIGluc3RlYWQgb2YgZmFpbGluZy5cbiAqXG4gKiBUcmFwOiBhIExvY2FsIEFQSSBjYWxsIGluc2lkZSBhIHRyYW5zYWN0aW9uIHRoYXQgZm9yZ2V0cyBgcmVxYCBpcyBhIHdyaXRlIG91dHNpZGUgdGhlIHRyYW5zYWN0aW9uLFxuICogYW5kIHdhaXRzIGZvciB0aGUgZ2F0ZSBpdHMgb3duIHRyYW5zYWN0aW9uIGhvbGRzOyB0aGUgd2FpdCB0aW1lcyBvdXQgd2l0aCBhbiBlcnJvciB0aGF0IHNheXMgc28uXG4gKi9cbmltcG9ydCB7IEFzeW5jTG9jYWxTdG9yYWdlIH0gZnJvbSAnbm9kZTphc3luY19ob29rcydcbmltcG9ydCBjcnlwdG8gZnJvbSAnbm9kZTpjcnlwdG8nXG5cbmltcG9ydCB7IGNyZWF0ZUNsaWVudCwgdHlwZSBDbGllbnQsIHR5cGUgQ29uZmlnIGFzIExpYnNxbENvbmZpZyB9IGZyb20gJ0BsaWJzcWwvY2xpZW50J1xuaW1wb3J0IHsgZHJpenpsZSB9IGZyb20gJ0BwYXlsb2FkY21zL2RiLXNxbGl0ZS9kcml6emxlL2xpYnNxbCdcbmltcG9ydCB0eXBlIHsgQmFzZURhdGFiYXNlQWRhcHRlciwgRGF0YWJhc2VBZGFwdGVyT2JqIH0gZnJvbSAncGF5bG9hZCdcblxudHlwZSBSZWxlYXNlID0gKCkgPT4gdm9pZFxuXG5leHBvcnQgY2xhc3MgV3JpdGVHYXRlIHtcbiAgcHJpdmF0ZSBoZWxkID0gZmFsc2VcbiAgcHJpdmF0ZSByZWFkb25seSBxdWV1ZTogQXJyYXk8KCkgPT4gdm9pZD4gPSBbXVxuXG4gIGdldCB3YWl0aW5nKCk6IG51bWJlciB7XG4gICAgcmV0dXJuIHRoaXMucXVldWUubGVuZ3RoXG4gIH1cblxuICBnZXQgYnVzeSgpOiBib29sZWFuIHtcbiAgICByZXR1cm4gdGhpcy5oZWxkXG4gIH1cblxuICBhY3F1aXJlKHRpbWVvdXRNczogbnVtYmVyLCB3aGF0ID0gJ2Egd3JpdGUnKTogUHJvbWlzZTxSZWxlYXNlPiB7XG4gICAgcmV0dXJuIG5ldyBQcm9taXNlPFJlbGVhc2U+KChyZXNvbHZlLCByZWplY3QpID0+IHtcbiAgICAgIGNvbnN0IHdhaXQ6IHsgdGltZXI/OiBOb2RlSlMuVGltZW91dCB9ID0ge31cbiAgICAgIGNvbnN0IGdyYW50ID0gKCkgPT4ge1xuICAgICAgICBpZiAod2FpdC50aW1lcikgY2xlYXJUaW1lb3V0KHdhaXQudGltZXIpXG4gICAgICAgIHRoaXMuaGVsZCA9IHRydWVcbiAgICAgICAgbGV0IHJlbGVhc2VkID0gZmFsc2VcbiAgICAgICAgcmVzb2x2ZSgoKSA9PiB7XG4gICAgICAgICAgaWYgKHJlbGVhc2VkKSByZXR1cm5cbiAgICAgICAgICByZWxlYXNlZCA9IHRydWVcbiAgICAgICAgICB0aGlzLmhlbGQgPSBmYWxzZVxuICAgICAgICAgIHRoaXMucXVldWUuc2hpZnQoKT8uKClcbiAgICAgICAgfSlcbiAgICAgIH1cbiAgICAgIGlmICghdGhpcy5oZWxkKSByZXR1cm4gZ3JhbnQoKVxuICAgICAgdGhpcy5xdWV1ZS5wdXNoKGdyYW50KVxuICAgICAgd2FpdC50aW1lciA9IHNldFRpbWVvdXQoKCkgPT4ge1xuICAgICAgICBjb25zdCBhdCA9IHRoaXMucXVldWUuaW5kZXhPZihncmFudClcbiAgICAgICAgaWYgKGF0ID49IDApIHRoaXMucXVldWUuc3BsaWNlKGF0LCAxKVxuICAgICAgICByZWplY3QoXG4gICAgICAgICAgbmV3IEVycm9yKFxuICAgICAgICAgICAgYFRpbWVkIG91dCBhZnRlciAke3RpbWVvdXRNc30gbXMgd2FpdGluZyBmb3IgdGhlIFNRTGl0ZSB3cml0ZSBnYXRlICgke3doYXR9KS4gQW5vdGhlciB0cmFuc2FjdGlvbiBgICtcbiAgICAgICAgICAgICAgJ2lzIHN0aWxsIG9wZW46IGEgTG9jYWwgQVBJIGNhbGwgaW5zaWRlIGEgaG9vayBwcm9iYWJseSBmb3Jnb3QgdG8gcGFzcyBgcmVxYC4nLFxuICAgICAgICAgICksXG4gICAgICAgIClcbiAgICAgIH0sIHRpbWVvdXRNcylcbiAgICB9KVxuICB9XG59XG5cbmNvbnN0IEdBVEVTID0gU3ltYm9sLmZvcignZmVubGVpLnNxbGl0ZS53cml0ZUdhdGVzJylcbnR5cGUgR2xvYmFsV2l0aEdhdGVzID0gdHlwZW9mIGdsb2JhbFRoaXMgJiB7IFtHQVRFU10/OiBNYXA8c3RyaW5nLCBXcml0ZUdhdGU+IH1cblxuZXhwb3J0IGZ1bmN0aW9uIHdyaXRlR2F0ZUZvcihrZXk6IHN0cmluZyk6IFdyaXRlR2F0ZSB7XG4gIGNvbnN0IGcgPSBnbG9iYWxUaGlzIGFzIEdsb2JhbFdpdGhHYXRlc1xuICBjb25zdCBnYXRlcyA9IChnW0dBVEVTXSA/Pz0gbmV3IE1hcCgpKVxuICBsZXQgZ2F0ZSA9IGdhdGVzLmdldChrZXkpXG4gIGlmICghZ2F0ZSkgZ2F0ZXMuc2V0KGtleSwgKGdhdGUgPSBuZXcgV3JpdGVHYXRlKCkpKVxuICByZXR1cm4gZ2F0ZVxufVxuXG4vKiogU2V0IHdoaWxlIGEgd3JpdGUgb3V0c2lkZSBhIHRyYW5zYWN0aW9uIGhvbGRzIHRoZSBnYXRlOiBpdHMgbmVzdGVkIGFkYXB0ZXIgY2FsbHMgcGFzcyBzdHJhaWdodCB0aHJvdWdoLiAqL1xuY29uc3QgaG9sZGluZ0dhdGUgPSBuZXcgQXN5bmNMb2NhbFN0b3JhZ2U8dHJ1ZT4oKVxuXG4vKiogQWRhcHRlciBtZXRob2RzIHRoYXQgd3JpdGU7IGNhbGxlZCB3aXRob3V0IGEgdHJhbnNhY3Rpb24gdGhleSB0YWtlIHRoZSBnYXRlIGZpcnN0LiAqL1xuY29uc3QgV1JJVEVTID0gW1xuICAnY3JlYXRlJyxcbiAgJ2NyZWF0ZUdsb2JhbCcsXG4gICdjcmVhdGVHbG9iYWxWZXJzaW9uJyxcbiAgJ2NyZWF0ZVZlcnNpb24nLFxuICAndXBkYXRlT25lJyxcbiAgJ3VwZGF0ZU1hbnknLFxuICAndXBkYXRlR2xvYmFsJyxcbiAgJ3VwZGF0ZUdsb2JhbFZlcnNpb24nLFxuICAndXBkYXRlVmVyc2lvbicsXG4gICd1cGRhdGVKb2JzJyxcbiAgJ3Vwc2VydCcsXG4gICdkZWxldGVPbmUnLFxuICAnZGVsZXRlTWFueScsXG4gICdkZWxldGVWZXJzaW9ucycsXG5dIGFzIGNvbnN0XG5cbnR5cGUgU2Vzc2lvbiA9IHsgZGI6IHVua25vd247IHJlc29sdmU6ICgpID0+IFByb21pc2U8dm9pZD47IHJlamVjdDogKCkgPT4gUHJvbWlzZTx2b2lkPiB9XG50eXBlIFNxbGl0ZUludGVybmFscyA9IHtcbiAgY2xpZW50PzogQ2xpZW50XG4gIGNsaWVudENvbmZpZzogTGlic3FsQ29uZmlnXG4gIHNjaGVtYTogUmVjb3JkPHN0cmluZywgdW5rbm93bj5cbiAgc2Vzc2lvbnM6IFJlY29yZDxzdHJpbmcsIFNlc3Npb24+XG4gIGxvZ2dlcj86IHVua25vd25cbn1cbnR5cGUgV3JpdGVBcmdzID0geyByZXE/OiB7IHRyYW5zYWN0aW9uSUQ/OiB1bmtub3duIH0gfVxudHlwZSBBbnlNZXRob2QgPSAodGhpczogdW5rbm93biwgLi4uYXJnczogdW5rbm93bltdKSA9PiBQcm9taXNlPHVua25vd24+XG5cbmV4cG9ydCBmdW5jdGlvbiBzZXJpYWxpemVTcWxpdGVUcmFuc2FjdGlvbnMoXG4gIGFkYXB0ZXJPYmo6IERhdGFiYXNlQWRhcHRlck9iaixcbiAgb3B0aW9uczogeyBrZXk6IHN0cmluZzsgc3luY2hyb25vdXM/OiAnRlVMTCcgfCAnTk9STUFMJzsgd2FpdFRpbWVvdXRNcz86IG51bWJlcjsgYnVzeVRpbWVvdXRNcz86IG51bWJlciB9LFxuKTogRGF0YWJhc2VBZGFwdGVyT2JqIHtcbiAgY29uc3QgeyBrZXksIHN5bmNocm9ub3VzID0gJ0ZVTEwnLCB3YWl0VGltZW91dE1zID0gMzBfMDAwLCBidXN5VGltZW91dE1zID0gNV8wMDAgfSA9IG9wdGlvbnNcbiAgcmV0dXJuIHtcbiAgICAuLi5hZGFwdGVyT2JqLFxuICAgIGluaXQ6IChhcmdzKSA9PiB7XG4gICAgICBjb25zdCBhZGFwdGVyID0gYWRhcHRlck9iai5pbml0KGFyZ3MpXG4gICAgICAvLyBQYXlsb2FkJ3MgU1FMaXRlIGFkYXB0ZXIga2VlcHMgdGhlc2Ugb24gaXRzZWxmOyB0aGV5IGFyZSBub3QgaW4gaXRzIGJhc2UgdHlwZS5cbiAgICAgIGNvbnN0IGlubmVyID0gYWRhcHRlciBhcyB1bmtub3duIGFzIEJhc2VEYXRhYmFzZUFkYXB0ZXIgJiBTcWxpdGVJbnRlcm5hbHNcbiAgICAgIGNvbnN0IGdhdGUgPSB3cml0ZUdhdGVGb3Ioa2V5KVxuICAgICAgY29uc3QgcmVsZWFzZXMgPSBuZXcgTWFwPHN0cmluZywgUmVsZWFzZT4oKVxuICAgICAgbGV0IHdyaXRlcjogeyBjbGllbnQ6IENsaWVudDsgZGI6IHVua25vd24gfSB8IHVuZGVmaW5lZFxuXG4gICAgICBjb25zdCB3cml0ZXJDb25uZWN0aW9uID0gYXN5bmMgKCkgPT4ge1xuICAgICAgICBpZiAoIXdyaXRlcikge1xuICAgICAgICAgIGNvbnN0IGNsaWVudCA9IGNyZWF0ZUNsaWVudChpbm5lci5jbGllbnRDb25maWcpXG4gICAgICAgICAgYXdhaXQgY2xpZW50LmV4ZWN1dGUoYFBSQUdNQSBidXN5X3RpbWVvdXQgPSAke2J1c3lUaW1lb3V0TXN9YClcbiAgICAgICAgICBhd2FpdCBjbGllbnQuZXhlY3V0ZShgUFJBR01BIHN5bmNocm9ub3VzID0gJHtzeW5jaHJvbm91c31gKVxuICAgICAgICAgIHdyaXRlciA9IHsgY2xpZW50LCBkYjogZHJpenpsZShjbGllbnQsIHsgc2NoZW1hOiBpbm5lci5zY2hlbWEsIGxvZ2dlcjogZmFsc2UgfSkgfVxuICAgICAgICB9XG4gICAgICAgIHJldHVybiB3cml0ZXJcbiAgICAgIH1cblxuICAgICAgYWRhcHRlci5iZWdpblRyYW5zYWN0aW9uID0gYXN5bmMgZnVuY3Rpb24gKCkge1xuICAgICAgICBjb25zdCByZWxlYXNlID0gYXdhaXQgZ2F0ZS5hY3F1aXJlKHdhaXRUaW1lb3V0TXMsICdhIHRyYW5zYWN0aW9uJylcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBjb25zdCB7IGNsaWVudCwgZGIgfSA9IGF3YWl0IHdyaXRlckNvbm5lY3Rpb24oKVxuICAgICAgICAgIGF3YWl0IGNsaWVudC5leGVjdXRlKCdCRUdJTiBJTU1FRElBVEUnKVxuICAgICAgICAgIGNvbnN0IGlkID0gY3J5cHRvLnJhbmRvbVVVSUQoKVxuICAgICAgICAgIGlubmVyLnNlc3Npb25zW2lkXSA9IHtcbiAgICAgICAgICAgIGRiLFxuICAgICAgICAgICAgcmVzb2x2ZTogYXN5bmMgKCkgPT4gdm9pZCAoYXdhaXQgY2xpZW50LmV4ZWN1dGUoJ0NPTU1JVCcpKSxcbiAgICAgICAgICAgIHJlamVjdDogYXN5bmMgKCkgPT4gdm9pZCAoYXdhaXQgY2xpZW50LmV4ZWN1dGUoJ1JPTExCQUNLJykpLFxuICAgICAgICAgIH1cbiAgICAgICAgICByZWxlYXNlcy5zZXQoaWQsIHJlbGVhc2UpXG4gICAgICAgICAgcmV0dXJuIGlkXG4gICAgICAgIH0gY2F0Y2ggKGVycikge1xuICAgICAgICAgIHJlbGVhc2UoKVxuICAgICAgICAgIHRocm93IGVyclxuICAgICAgICB9XG4gICAgICB9XG4gICAgICBjb25zdCBjb21taXQgPSBhZGFwdGVyLmNvbW1pdFRyYW5zYWN0aW9uXG4gICAgICBjb25zdCByb2xsYmFjayA9IGFkYXB0ZXIucm9sbGJhY2tUcmFuc2FjdGlvblxuICAgICAgY29uc3Qgc2V0dGxlID0gYXN5bmMgKGVuZDogdHlwZW9mIGNvbW1pdCwgaWQ6IFBhcmFtZXRlcnM8dHlwZW9mIGNvbW1pdD5bMF0pOiBQcm9taXNlPHZvaWQ+ID0+IHtcbiAgICAgICAgY29uc3QgcmVzb2x2ZWQgPSBTdHJpbmcoaWQgaW5zdGFuY2VvZiBQcm9taXNlID8gYXdhaXQgaWQgOiBpZClcbiAgICAgICAgdHJ5IHtcbiAgICAgICAgICBhd2FpdCBlbmQuY2FsbChhZGFwdGVyLCByZXNvbHZlZClcbiAgICAgICAgfSBmaW5hbGx5IHtcbiAgICAgICAgICByZWxlYXNlcy5nZXQocmVzb2x2ZWQpPy4oKVxuICAgICAgICAgIHJlbGVhc2VzLmRlbGV0ZShyZXNvbHZlZClcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgYWRhcHRlci5jb21taXRUcmFuc2FjdGlvbiA9IChpZCkgPT4gc2V0dGxlKGNvbW1pdCwgaWQpXG4gICAgICBhZGFwdGVyLnJvbGxiYWNrVHJhbnNhY3Rpb24gPSAoaWQpID0+IHNldHRsZShyb2xsYmFjaywgaWQpXG5cbiAgICAgIC8vIFdyaXRlcyBvdXRzaWRlIGEgdHJhbnNhY3Rpb24gd2FpdCB0aGVpciB0dXJuIGF0IHRoZSBzYW1lIGdhdGUuXG4gICAgICBjb25zdCBtZXRob2RzID0gYWRhcHRlciBhcyB1bmtub3duIGFzIFJlY29yZDwodHlwZW9mIFdSSVRFUylbbnVtYmVyXSwgQW55TWV0aG9kPlxuICAgICAgZm9yIChjb25zdCBuYW1lIG9mIFdSSVRFUykge1xuICAgICAgICBjb25zdCBvcmlnaW5hbCA9IG1ldGhvZHNbbmFtZV1cbiAgICAgICAgaWYgKHR5cGVvZiBvcmlnaW5hbCAhPT0gJ2Z1bmN0aW9uJykgY29udGludWVcbiAgICAgICAgbWV0aG9kc1tuYW1lXSA9IGFzeW5jIGZ1bmN0aW9uICh0aGlzOiB1bmtub3duLCAuLi5jYWxsQXJnczogdW5rbm93bltdKSB7XG4gICAgICAgICAgY29uc3QgaW5UcmFuc2FjdGlvbiA9IEJvb2xlYW4oKGNhbGxBcmdzWzBdIGFzIFdyaXRlQXJncyB8IHVuZGVmaW5lZCk/LnJlcT8udHJhbnNhY3Rpb25JRClcbiAgICAgICAgICBpZiAoaW5UcmFuc2FjdGlvbiB8fCBob2xkaW5nR2F0ZS5nZXRTdG9yZSgpKSByZXR1cm4gb3JpZ2luYWwuYXBwbHkodGhpcywgY2FsbEFyZ3MpXG4gICAgICAgICAgY29uc3QgcmVsZWFzZSA9IGF3YWl0IGdhdGUuYWNxdWlyZSh3YWl0VGltZW91dE1zLCBgJHtuYW1lfSBvdXRzaWRlIGEgdHJhbnNhY3Rpb25gKVxuICAgICAgICAgIHRyeSB7XG4gICAgICAgICAgICByZXR1cm4gYXdhaXQgaG9sZGluZ0dhdGUucnVuKHRydWUsICgpID0+IG9yaWdpbmFsLmFwcGx5KHRoaXMsIGNhbGxBcmdzKSlcbiAgICAgICAgICB9IGZpbmFsbHkge1xuICAgICAgICAgICAgcmVsZWFzZSgpXG4gICAgICAgICAgfVxuICAgICAgICB9XG4gICAgICB9XG5cbiAgICAgIGNvbnN0IGNvbm5lY3QgPSBhZGFwdGVyLmNvbm5lY3RcbiAgICAgIGlmIChjb25uZWN0KSB7XG4gICAgICAgIGFkYXB0ZXIuY29ubmVjdCA9IGFzeW5jIGZ1bmN0aW9uIChjb25uZWN0T3B0aW9ucykge1xuICAgICAgICAgIGF3YWl0IGNvbm5lY3QuY2FsbChhZGFwdGVyLCBjb25uZWN0T3B0aW9ucylcbiAgICAgICAgICAvLyBUaGUgbWFpbiBjb25uZWN0aW9uIHNlcnZlcyByZWFkcyBhbmQgdGhlIGdhdGVkIHdyaXRlcyBvdXRzaWRlIHRyYW5zYWN0aW9ucy5cbiAgICAgICAgICBhd2FpdCBpbm5lci5jbGllbnQ/LmV4ZWN1dGUoYFBSQUdNQSBidXN5X3RpbWVvdXQgPSAke2J1c3lUaW1lb3V0TXN9YClcbiAgICAgICAgfVxuICAgICAgfVxuICAgICAgY29uc3QgZGVzdHJveSA9IGFkYXB0ZXIuZGVzdHJveVxuICAgICAgYWRhcHRlci5kZXN0cm95ID0gYXN5bmMgZnVuY3Rpb24gKCkge1xuICAgICAgICB3cml0ZXI/LmNsaWVudC5jbG9zZSgpXG4gICAgICAgIHdyaXRlciA9IHVuZGVmaW5lZFxuICAgICAgICBhd2FpdCBkZXN0cm95Py5jYWxsKGFkYXB0ZXIpXG4gICAgICB9XG4gICAgICByZXR1cm4gYWRhcHRlclxuICAgIH0sXG4gIH1cbn1cbiIsICIvKiogQnVpbGRzIHRoZSBQYXlsb2FkIGRhdGFiYXNlIGFkYXB0ZXIgZm9yIHRoZSBjaG9zZW4gZGF0YWJhc2UuICovXG5pbXBvcnQgeyBtb25nb29zZUFkYXB0ZXIgfSBmcm9tICdAcGF5bG9hZGNtcy9kYi1tb25nb2RiJ1xuaW1wb3J0IHsgc3FsaXRlQWRhcHRlciB9IGZyb20gJ0BwYXlsb2FkY21zL2RiLXNxbGl0ZSdcbmltcG9ydCBwYXRoIGZyb20gJ25vZGU6cGF0aCdcblxuaW1wb3J0IHR5cGUgeyBEYXRhYmFzZUFkYXB0ZXJPYmogfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBtaWdyYXRpb25zIH0gZnJvbSAnLi4vbWlncmF0aW9ucydcblxuaW1wb3J0IHsgYXNzZXJ0VHJhbnNhY3Rpb25zU3VwcG9ydGVkLCB0eXBlIEhlbGxvUmVwbHkgfSBmcm9tICcuL21vbmdvVHJhbnNhY3Rpb25zJ1xuaW1wb3J0IHR5cGUgeyBEYXRhYmFzZUNob2ljZSB9IGZyb20gJy4vc2VsZWN0J1xuaW1wb3J0IHsgc2VyaWFsaXplU3FsaXRlVHJhbnNhY3Rpb25zIH0gZnJvbSAnLi9zZXJpYWxUcmFuc2FjdGlvbnMnXG5cbi8vIFNjcmlwdHMsIHRoZSBzZXJ2ZXIgYW5kIE5leHQgYWxsIHJ1biBmcm9tIHRoZSBwcm9qZWN0J3Mgcm9vdC5cbmNvbnN0IE1JR1JBVElPTlNfRElSID0gcGF0aC5yZXNvbHZlKHByb2Nlc3MuY3dkKCksICdtaWdyYXRpb25zJylcblxudHlwZSBNb25nb0Nvbm5lY3Rpb25MaWtlID0ge1xuICBkYj86IHsgYWRtaW46ICgpID0+IHsgY29tbWFuZDogKGNtZDogeyBoZWxsbzogMSB9KSA9PiBQcm9taXNlPHVua25vd24+IH0gfSB8IG51bGxcbn1cblxuLyoqIFJ1bnMgcmlnaHQgYWZ0ZXIgTW9uZ29EQiBjb25uZWN0czogcmVmdXNlcyBhIGRlcGxveW1lbnQgdGhhdCBjYW5ub3QgZG8gdHJhbnNhY3Rpb25zLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIGNoZWNrTW9uZ29Ub3BvbG9neShjb25uZWN0aW9uOiBNb25nb0Nvbm5lY3Rpb25MaWtlLCBhbGxvd1dpdGhvdXQ6IGJvb2xlYW4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgaWYgKCFjb25uZWN0aW9uLmRiKSB0aHJvdyBuZXcgRXJyb3IoJ01vbmdvREIgY29ubmVjdGlvbiBvcGVuZWQgd2l0aG91dCBhIGRhdGFiYXNlIGhhbmRsZScpXG4gIGNvbnN0IGhlbGxvID0gKGF3YWl0IGNvbm5lY3Rpb24uZGIuYWRtaW4oKS5jb21tYW5kKHsgaGVsbG86IDEgfSkpIGFzIEhlbGxvUmVwbHlcbiAgYXNzZXJ0VHJhbnNhY3Rpb25zU3VwcG9ydGVkKGhlbGxvLCBhbGxvd1dpdGhvdXQpXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBidWlsZERhdGFiYXNlQWRhcHRlcihcbiAgY2hvaWNlOiBEYXRhYmFzZUNob2ljZSxcbiAgb3B0aW9uczogeyBhbGxvd01vbmdvV2l0aG91dFRyYW5zYWN0aW9uczogYm9vbGVhbjsgc3FsaXRlU3luY2hyb25vdXM/OiAnRlVMTCcgfCAnTk9STUFMJzsgcHVzaD86IGJvb2xlYW4gfSxcbik6IERhdGFiYXNlQWRhcHRlck9iaiB7XG4gIGlmIChjaG9pY2Uua2luZCA9PT0gJ21vbmdvZGInKSB7XG4gICAgcmV0dXJuIG1vbmdvb3NlQWRhcHRlcih7XG4gICAgICB1cmw6IGNob2ljZS51cmwsXG4gICAgICB0cmFuc2FjdGlvbk9wdGlvbnM6IHt9LFxuICAgICAgYWZ0ZXJPcGVuQ29ubmVjdGlvbjogKGFkYXB0ZXIpID0+IGNoZWNrTW9uZ29Ub3BvbG9neShhZGFwdGVyLmNvbm5lY3Rpb24sIG9wdGlvbnMuYWxsb3dNb25nb1dpdGhvdXRUcmFuc2FjdGlvbnMpLFxuICAgIH0pXG4gIH1cbiAgcmV0dXJuIHNlcmlhbGl6ZVNxbGl0ZVRyYW5zYWN0aW9ucyhcbiAgICBzcWxpdGVBZGFwdGVyKHtcbiAgICAgIGNsaWVudDogeyB1cmw6IGNob2ljZS51cmwgfSxcbiAgICAgIC8vIFdBTCBsZXRzIHJlYWRlcnMgZ28gb24gd2hpbGUgYSB3cml0ZSBjb21taXRzOyB0cmFuc2FjdGlvbnMgbWFrZSBob29rcyBhbGwtb3Itbm90aGluZy5cbiAgICAgIC8vIEZVTEw6IGEgY29tbWl0IGlzIG9uIGRpc2sgYmVmb3JlIGFueW9uZSBoZWFycyBcImFjY2VwdGVkXCIgKHBvaW50cyBhcmUgbW9uZXkpLiBOT1JNQUwgaXNcbiAgICAgIC8vIGZhc3RlciBhbmQgc2FmZSBhZ2FpbnN0IHByb2Nlc3MgY3Jhc2hlcywgYnV0IGEgcG93ZXIgY3V0IG1heSBsb3NlIHRoZSBsYXN0IGNvbW1pdHMuXG4gICAgICB3YWw6IHsgc3luY2hyb25vdXM6IG9wdGlvbnMuc3FsaXRlU3luY2hyb25vdXMgPz8gJ0ZVTEwnIH0sXG4gICAgICB0cmFuc2FjdGlvbk9wdGlvbnM6IHt9LFxuICAgICAgLy8gRGV2ZWxvcG1lbnQgcHVzaGVzIHRoZSBzY2hlbWEgKHVubGVzcyB0b2xkIG5vdCB0byk7IHByb2R1Y3Rpb24gYXBwbGllcyB0aGUgY29tbWl0dGVkIG1pZ3JhdGlvbnMgYXQgc3RhcnQuXG4gICAgICBwdXNoOiBvcHRpb25zLnB1c2ggPz8gdHJ1ZSxcbiAgICAgIG1pZ3JhdGlvbkRpcjogTUlHUkFUSU9OU19ESVIsXG4gICAgICBwcm9kTWlncmF0aW9uczogbWlncmF0aW9ucyxcbiAgICB9KSxcbiAgICB7IGtleTogY2hvaWNlLmZpbGUsIHN5bmNocm9ub3VzOiBvcHRpb25zLnNxbGl0ZVN5bmNocm9ub3VzID8/ICdGVUxMJyB9LFxuICApXG59XG4iLCAiLyoqXG4gKiBXaGljaCBkYXRhYmFzZSBGZW5sZWkgcnVucyBvbiwgZGVjaWRlZCBmcm9tIERBVEFCQVNFX1VSTCBhbG9uZSAocHVyZSwgdGVzdGVkIG9uIGl0cyBvd24pLlxuICogICB1bnNldCAgICAgICAgICAgIFx1MjE5MiBlbWJlZGRlZCBTUUxpdGUgYXQgPERBVEFfRElSPi9mZW5sZWkuZGJcbiAqICAgZmlsZTo8cGF0aD4gICAgICBcdTIxOTIgdGhhdCBTUUxpdGUgZmlsZVxuICogICBtb25nb2RiOi8vXHUyMDI2ICAgICAgXHUyMTkyIE1vbmdvREIgKG1vbmdvZGIrc3J2Oi8vIHRvbylcbiAqICAgYW55dGhpbmcgZWxzZSAgICBcdTIxOTIgYW4gZXJyb3IgdGhhdCBzYXlzIHdoYXQgaXMgYWNjZXB0ZWRcbiAqL1xuaW1wb3J0IHBhdGggZnJvbSAnbm9kZTpwYXRoJ1xuXG5leHBvcnQgdHlwZSBEYXRhYmFzZUNob2ljZSA9IHsga2luZDogJ3NxbGl0ZSc7IGZpbGU6IHN0cmluZzsgdXJsOiBzdHJpbmcgfSB8IHsga2luZDogJ21vbmdvZGInOyB1cmw6IHN0cmluZyB9XG5cbmV4cG9ydCBmdW5jdGlvbiBjaG9vc2VEYXRhYmFzZShkYXRhYmFzZVVybDogc3RyaW5nIHwgdW5kZWZpbmVkLCBkYXRhRGlyZWN0b3J5OiBzdHJpbmcpOiBEYXRhYmFzZUNob2ljZSB7XG4gIGNvbnN0IHJhdyA9IGRhdGFiYXNlVXJsPy50cmltKClcbiAgaWYgKCFyYXcpIHtcbiAgICBjb25zdCBmaWxlID0gcGF0aC5yZXNvbHZlKGRhdGFEaXJlY3RvcnksICdmZW5sZWkuZGInKVxuICAgIHJldHVybiB7IGtpbmQ6ICdzcWxpdGUnLCBmaWxlLCB1cmw6IGBmaWxlOiR7ZmlsZX1gIH1cbiAgfVxuICBpZiAocmF3LnN0YXJ0c1dpdGgoJ21vbmdvZGI6Ly8nKSB8fCByYXcuc3RhcnRzV2l0aCgnbW9uZ29kYitzcnY6Ly8nKSkge1xuICAgIHJldHVybiB7IGtpbmQ6ICdtb25nb2RiJywgdXJsOiByYXcgfVxuICB9XG4gIGlmIChyYXcuc3RhcnRzV2l0aCgnZmlsZTonKSkge1xuICAgIGNvbnN0IHJlc3QgPSByYXcuc2xpY2UoJ2ZpbGU6Jy5sZW5ndGgpLnJlcGxhY2UoL15cXC9cXC8oPz1cXC8pLywgJycpXG4gICAgaWYgKCFyZXN0IHx8IHJlc3QgPT09ICc6bWVtb3J5OicpIHtcbiAgICAgIHRocm93IG5ldyBFcnJvcihgREFUQUJBU0VfVVJMIFwiJHtyYXd9XCIgbmFtZXMgbm8gZmlsZS4gVXNlIGZpbGU6Li9kYXRhL25hbWUuZGIuYClcbiAgICB9XG4gICAgY29uc3QgZmlsZSA9IHBhdGgucmVzb2x2ZShyZXN0KVxuICAgIHJldHVybiB7IGtpbmQ6ICdzcWxpdGUnLCBmaWxlLCB1cmw6IGBmaWxlOiR7ZmlsZX1gIH1cbiAgfVxuICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgYERBVEFCQVNFX1VSTCBcIiR7cmVkYWN0KHJhdyl9XCIgaXMgbm90IHN1cHBvcnRlZC4gVXNlIG5vdGhpbmcgKGVtYmVkZGVkIFNRTGl0ZSksIGAgK1xuICAgICAgJ2ZpbGU6PHBhdGg+IChhbm90aGVyIFNRTGl0ZSBmaWxlKSwgb3IgbW9uZ29kYjovL1x1MjAyNiAvIG1vbmdvZGIrc3J2Oi8vXHUyMDI2IChNb25nb0RCIHJlcGxpY2Egc2V0KS4nLFxuICApXG59XG5cbi8qKiBIaWRlIGEgcGFzc3dvcmQgaW4gYSBjb25uZWN0aW9uIHN0cmluZyBiZWZvcmUgaXQgcmVhY2hlcyBhIGxvZyBvciBhbiBlcnJvci4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWRhY3QodXJsOiBzdHJpbmcpOiBzdHJpbmcge1xuICByZXR1cm4gdXJsLnJlcGxhY2UoL1xcL1xcLyhbXjovQF0rKTooW15AXSspQC8sICcvLyQxOioqKkAnKVxufVxuIiwgIi8qKlxuICogRmVubGVpIFx1NTIwNlx1N0M3QiBcdTIwMTQgdGhlIG9uZSBwbGFjZSB0aGF0IGFzc2VtYmxlcyB0aGUgcGxhdGZvcm06IGRhdGFiYXNlLCBjb2xsZWN0aW9ucywgYWRtaW4sXG4gKiBsYW5ndWFnZXMgYW5kIGVtYWlsLiBSZWFkIHRvcCB0byBib3R0b20gdG8gc2VlIGV2ZXJ5dGhpbmcgdGhlIGFwcCBpcyBtYWRlIG9mLlxuICovXG5pbXBvcnQgcGF0aCBmcm9tICdub2RlOnBhdGgnXG5cbmltcG9ydCB7IG5vZGVtYWlsZXJBZGFwdGVyIH0gZnJvbSAnQHBheWxvYWRjbXMvZW1haWwtbm9kZW1haWxlcidcbmltcG9ydCB7IGxleGljYWxFZGl0b3IgfSBmcm9tICdAcGF5bG9hZGNtcy9yaWNodGV4dC1sZXhpY2FsJ1xuaW1wb3J0IHsgZW4gfSBmcm9tICdAcGF5bG9hZGNtcy90cmFuc2xhdGlvbnMvbGFuZ3VhZ2VzL2VuJ1xuaW1wb3J0IHsgemggfSBmcm9tICdAcGF5bG9hZGNtcy90cmFuc2xhdGlvbnMvbGFuZ3VhZ2VzL3poJ1xuaW1wb3J0IHsgYnVpbGRDb25maWcgfSBmcm9tICdwYXlsb2FkJ1xuXG5pbXBvcnQgeyBjb2xsZWN0aW9ucyB9IGZyb20gJy4vY29sbGVjdGlvbnMnXG5pbXBvcnQgeyBkYXRhRGlyLCBlbnYsIHJlc29sdmVTZWNyZXQgfSBmcm9tICcuL2NvbmZpZy9lbnYnXG5pbXBvcnQgeyBQb2ludFJ1bGVzIH0gZnJvbSAnLi9nbG9iYWxzL3BvaW50cy9Qb2ludFJ1bGVzJ1xuaW1wb3J0IHsgY29kZUV2ZXJ5RXJyb3IgfSBmcm9tICcuL2hvb2tzL3NoYXJlZC9lcnJvcnMnXG5pbXBvcnQgeyBidWlsZERhdGFiYXNlQWRhcHRlciB9IGZyb20gJy4vZGIvYWRhcHRlcidcbmltcG9ydCB7IGNob29zZURhdGFiYXNlIH0gZnJvbSAnLi9kYi9zZWxlY3QnXG5cbi8vIFNjcmlwdHMsIHRoZSBzZXJ2ZXIgYW5kIE5leHQgYWxsIHJ1biBmcm9tIHRoZSBwcm9qZWN0J3Mgcm9vdCAodGhlIHNlcnZlciBhbHNvIHJ1bnMgZnJvbSBhIGJ1bmRsZSBpbiAuZmVubGVpLykuXG5jb25zdCBkaXJuYW1lID0gcHJvY2Vzcy5jd2QoKVxuXG5leHBvcnQgY29uc3QgZGF0YWJhc2UgPSBjaG9vc2VEYXRhYmFzZShlbnYuREFUQUJBU0VfVVJMLCBkYXRhRGlyKCkpXG5cbmV4cG9ydCBkZWZhdWx0IGJ1aWxkQ29uZmlnKHtcbiAgc2VjcmV0OiByZXNvbHZlU2VjcmV0KCksXG4gIHNlcnZlclVSTDogZW52LlBVQkxJQ19VUkwgPz8gJycsXG4gIGRiOiBidWlsZERhdGFiYXNlQWRhcHRlcihkYXRhYmFzZSwge1xuICAgIGFsbG93TW9uZ29XaXRob3V0VHJhbnNhY3Rpb25zOiBlbnYuTU9OR09EQl9BTExPV19OT19UUkFOU0FDVElPTlMgPT09ICd0cnVlJyxcbiAgICBzcWxpdGVTeW5jaHJvbm91czogZW52LlNRTElURV9TWU5DSFJPTk9VUyxcbiAgICBwdXNoOiBlbnYuREJfUFVTSCA9PT0gJ3RydWUnLFxuICB9KSxcbiAgZWRpdG9yOiBsZXhpY2FsRWRpdG9yKCksXG4gIGNvbGxlY3Rpb25zLFxuICBnbG9iYWxzOiBbUG9pbnRSdWxlc10sXG4gIGFkbWluOiB7XG4gICAgdXNlcjogJ3VzZXJzJyxcbiAgICBtZXRhOiB7IHRpdGxlU3VmZml4OiAnIFx1MDBCNyBcdTUyMDZcdTdDN0IgRmVubGVpJyB9LFxuICAgIC8vIEdyYXZhdGFyIHdvdWxkIG5lZWQgdGhlIGludGVybmV0OyB0aGUgYnVpbHQtaW4gYXZhdGFyIHdvcmtzIG9mZmxpbmUuXG4gICAgYXZhdGFyOiAnZGVmYXVsdCcsXG4gICAgaW1wb3J0TWFwOiB7IGJhc2VEaXI6IGRpcm5hbWUgfSxcbiAgfSxcbiAgaTE4bjoge1xuICAgIHN1cHBvcnRlZExhbmd1YWdlczogeyB6aCwgZW4gfSxcbiAgICBmYWxsYmFja0xhbmd1YWdlOiAnemgnLFxuICB9LFxuICBlbWFpbDogbm9kZW1haWxlckFkYXB0ZXIoe1xuICAgIGRlZmF1bHRGcm9tQWRkcmVzczogZW52Lk1BSUxfRlJPTS5tYXRjaCgvPCguKyk+Lyk/LlsxXSA/PyBlbnYuTUFJTF9GUk9NLFxuICAgIGRlZmF1bHRGcm9tTmFtZTogZW52Lk1BSUxfRlJPTS5yZXBsYWNlKC9cXHMqPC4rPiQvLCAnJyksXG4gICAgc2tpcFZlcmlmeTogIWVudi5TTVRQX0hPU1QsXG4gICAgLy8gV2l0aG91dCBTTVRQIHNldHRpbmdzIG1haWwgaXMgcmVuZGVyZWQgdG8gSlNPTiBhbmQgbG9nZ2VkLCBuZXZlciBzZW50IGFueXdoZXJlLlxuICAgIHRyYW5zcG9ydE9wdGlvbnM6IGVudi5TTVRQX0hPU1RcbiAgICAgID8ge1xuICAgICAgICAgIGhvc3Q6IGVudi5TTVRQX0hPU1QsXG4gICAgICAgICAgcG9ydDogZW52LlNNVFBfUE9SVCxcbiAgICAgICAgICBzZWN1cmU6IGVudi5TTVRQX1NFQ1VSRSA9PT0gJ3RydWUnLFxuICAgICAgICAgIGF1dGg6IGVudi5TTVRQX1VTRVIgPyB7IHVzZXI6IGVudi5TTVRQX1VTRVIsIHBhc3M6IGVudi5TTVRQX1BBU1MgfSA6IHVuZGVmaW5lZCxcbiAgICAgICAgfVxuICAgICAgOiB7IGpzb25UcmFuc3BvcnQ6IHRydWUgfSxcbiAgfSksXG4gIHR5cGVzY3JpcHQ6IHsgb3V0cHV0RmlsZTogcGF0aC5yZXNvbHZlKGRpcm5hbWUsICdwYXlsb2FkLXR5cGVzLnRzJykgfSxcbiAgZ3JhcGhRTDogeyBzY2hlbWFPdXRwdXRGaWxlOiBwYXRoLnJlc29sdmUoZGlybmFtZSwgJ3NjaGVtYS5ncmFwaHFsJykgfSxcbiAgaG9va3M6IHsgYWZ0ZXJFcnJvcjogW2NvZGVFdmVyeUVycm9yXSB9LFxuICB0ZWxlbWV0cnk6IGZhbHNlLFxufSlcbiIsICJpbXBvcnQgZnMgZnJvbSAnbm9kZTpmcyc7IGltcG9ydCBvcyBmcm9tICdub2RlOm9zJzsgaW1wb3J0IHBhdGggZnJvbSAnbm9kZTpwYXRoJ1xuY29uc3QgZGlyID0gZnMubWtkdGVtcFN5bmMocGF0aC5qb2luKG9zLnRtcGRpcigpLCAnZmVubGVpLWJvb3QtJykpXG5PYmplY3QuYXNzaWduKHByb2Nlc3MuZW52LCB7IERBVEFfRElSOiBkaXIsIERBVEFCQVNFX1VSTDogYGZpbGU6JHtwYXRoLmpvaW4oZGlyLCAnYi5kYicpfWAsIFBBWUxPQURfU0VDUkVUOiAnYmVuY2gtc2VjcmV0LTAxMjM0NTY3ODlhYmNkZWYnLCBEQl9QVVNIOiAndHJ1ZScgfSlcbmNvbnN0IHsgZ2V0UGF5bG9hZCB9ID0gYXdhaXQgaW1wb3J0KCdwYXlsb2FkJylcbmNvbnN0IHsgZGVmYXVsdDogY29uZmlnIH0gPSBhd2FpdCBpbXBvcnQoJy4vcGF5bG9hZC5jb25maWcnKVxuY29uc3QgcGF5bG9hZCA9IGF3YWl0IGdldFBheWxvYWQoeyBjb25maWcgfSlcbmNvbnNvbGUubG9nKCdib290ZWQnLCAoYXdhaXQgcGF5bG9hZC5jb3VudCh7IGNvbGxlY3Rpb246ICd0b3ducycgfSkpLnRvdGFsRG9jcylcbmF3YWl0IHBheWxvYWQuZGVzdHJveSgpXG5wcm9jZXNzLmV4aXQoMClcbiJdLAogICJtYXBwaW5ncyI6ICI7Ozs7Ozs7Ozs7OztBQUFBLElBR2EsR0FHQTtBQU5iO0FBQUE7QUFBQTtBQUdPLElBQU0sSUFBSSxDQUFDQSxLQUFZQyxTQUF1QixFQUFFLElBQUFELEtBQUksSUFBQUMsSUFBRztBQUd2RCxJQUFNLFNBQVM7QUFBQSxNQUNwQixPQUFPLEVBQUUsNEJBQVEsZUFBZTtBQUFBLE1BQ2hDLFFBQVEsRUFBRSxnQkFBTSxRQUFRO0FBQUEsTUFDeEIsU0FBUyxFQUFFLGdCQUFNLFNBQVM7QUFBQSxNQUMxQixPQUFPLEVBQUUsZ0JBQU0sYUFBYTtBQUFBLE1BQzVCLFlBQVksRUFBRSxnQkFBTSxZQUFZO0FBQUEsTUFDaEMsV0FBVyxFQUFFLGdCQUFNLFdBQVc7QUFBQSxNQUM5QixRQUFRLEVBQUUsZ0JBQU0sUUFBUTtBQUFBLElBQzFCO0FBQUE7QUFBQTs7O0FDV08sU0FBUyxZQUFZLEtBQXFDO0FBQy9ELFFBQU0sT0FBTyxJQUFJO0FBQ2pCLFNBQU8sUUFBUSxLQUFLLGVBQWUsVUFBVSxPQUFPO0FBQ3REO0FBRU8sU0FBUyxRQUFRLFNBQXFDLE9BQXdCO0FBQ25GLFNBQU8sUUFBUSxNQUFNLFFBQVEsTUFBTSxTQUFTLEtBQUssSUFBSSxDQUFDO0FBQ3hEO0FBR08sU0FBUyxNQUFNLE9BQW9DO0FBQ3hELE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNsRSxTQUFPLE9BQU8sVUFBVSxXQUFXLE1BQU0sS0FBSztBQUNoRDtBQUVPLFNBQVMsUUFBUSxHQUFRLEdBQWlCO0FBQy9DLFFBQU0sSUFBSSxNQUFNLENBQUM7QUFDakIsUUFBTSxJQUFJLE1BQU0sQ0FBQztBQUNqQixTQUFPLE1BQU0sUUFBUSxNQUFNLFFBQVEsT0FBTyxDQUFDLE1BQU0sT0FBTyxDQUFDO0FBQzNEO0FBNUNBLElBUWE7QUFSYjtBQUFBO0FBQUE7QUFHQTtBQUtPLElBQU0sY0FBYztBQUFBLE1BQ3pCLEVBQUUsT0FBTyxTQUFTLE9BQU8sRUFBRSw4Q0FBVyxnQkFBZ0IsRUFBRTtBQUFBLE1BQ3hELEVBQUUsT0FBTyxpQkFBaUIsT0FBTyxFQUFFLDBEQUFhLGVBQWUsRUFBRTtBQUFBLE1BQ2pFLEVBQUUsT0FBTyxlQUFlLE9BQU8sRUFBRSx3Q0FBVSx1QkFBdUIsRUFBRTtBQUFBLE1BQ3BFLEVBQUUsT0FBTyxZQUFZLE9BQU8sRUFBRSw0QkFBUSxVQUFVLEVBQUU7QUFBQSxJQUNwRDtBQUFBO0FBQUE7OztBQ0FBLGVBQXNCLFdBQWMsS0FBcUIsTUFBb0M7QUFDM0YsUUFBTSxTQUFTLElBQUksUUFBUSxRQUFRO0FBQ25DLE1BQUksUUFBUSxRQUFRLElBQUk7QUFDeEIsTUFBSTtBQUNGLFdBQU8sTUFBTSxLQUFLO0FBQUEsRUFDcEIsVUFBRTtBQUVBLFFBQUksUUFBUSxRQUFRLElBQUk7QUFBQSxFQUMxQjtBQUNGO0FBRU8sU0FBUyxnQkFBZ0IsS0FBOEI7QUFDNUQsU0FBTyxJQUFJLFVBQVUsUUFBUSxNQUFNLFFBQVEsQ0FBQyxZQUFZLEdBQUc7QUFDN0Q7QUExQkEsSUFXTTtBQVhOO0FBQUE7QUFBQTtBQVNBO0FBRUEsSUFBTSxXQUFXO0FBQUE7QUFBQTs7O0FDTmpCLFNBQVMsZ0JBQXFDO0FBTDlDLElBU00sT0FLTyxZQUNBLGNBQ0EsV0FDQSxVQUNBLFVBQ0EsVUFDQSxTQUdQLGVBZU87QUF0Q2I7QUFBQTtBQUFBO0FBU0EsSUFBTSxRQUNKLENBQUMsV0FDRCxDQUFDLE1BQWMsU0FBaUIsUUFBZSxDQUFDLE1BQzlDLElBQUksU0FBUyxTQUFTLFFBQVEsRUFBRSxNQUFNLEdBQUcsTUFBTSxHQUFHLElBQUk7QUFFbkQsSUFBTSxhQUFhLE1BQU0sR0FBRztBQUM1QixJQUFNLGVBQWUsTUFBTSxHQUFHO0FBQzlCLElBQU0sWUFBWSxNQUFNLEdBQUc7QUFDM0IsSUFBTSxXQUFXLE1BQU0sR0FBRztBQUMxQixJQUFNLFdBQVcsTUFBTSxHQUFHO0FBQzFCLElBQU0sV0FBVyxNQUFNLEdBQUc7QUFDMUIsSUFBTSxVQUFVLE1BQU0sR0FBRztBQUdoQyxJQUFNLGdCQUF3QztBQUFBLE1BQzVDLGlCQUFpQjtBQUFBLE1BQ2pCLFdBQVc7QUFBQSxNQUNYLFVBQVU7QUFBQSxNQUNWLG1CQUFtQjtBQUFBLE1BQ25CLHFCQUFxQjtBQUFBLE1BQ3JCLFlBQVk7QUFBQSxNQUNaLGlCQUFpQjtBQUFBLE1BQ2pCLGFBQWE7QUFBQSxNQUNiLGlCQUFpQjtBQUFBLE1BQ2pCLG1CQUFtQjtBQUFBLE1BQ25CLFlBQVk7QUFBQSxJQUNkO0FBR08sSUFBTSxpQkFBaUMsQ0FBQyxFQUFFLE9BQU8sT0FBTyxNQUFNO0FBQ25FLFVBQUksQ0FBQyxVQUFVLENBQUMsTUFBTSxRQUFRLE9BQU8sTUFBTSxFQUFHO0FBQzlDLFlBQU0sV0FDSixjQUFjLE1BQU0sSUFBSSxNQUN2QixPQUFRLE1BQThCLE1BQU0sS0FBSyxPQUFPLEVBQUUsWUFBWSxTQUFTLGFBQWE7QUFDL0YsWUFBTSxTQUFVLE9BQU8sT0FBMEMsSUFBSSxDQUFDLE9BQU87QUFBQSxRQUMzRSxHQUFHO0FBQUEsUUFDSCxNQUFNLEVBQUUsR0FBSSxFQUFFLFFBQVEsQ0FBQyxHQUFJLE1BQU8sRUFBRSxNQUFNLFFBQStCLFNBQVM7QUFBQSxNQUNwRixFQUFFO0FBQ0YsYUFBTyxFQUFFLFVBQVUsRUFBRSxHQUFHLFFBQVEsT0FBTyxFQUFFO0FBQUEsSUFDM0M7QUFBQTtBQUFBOzs7QUNqQ08sU0FBUyxnQkFBZ0IsUUFBMEI7QUFDeEQsUUFBTSxNQUFlLENBQUM7QUFDdEIsYUFBVyxTQUFTLFFBQVE7QUFDMUIsUUFBSSxZQUFZLFVBQVUsTUFBTSxTQUFTLFNBQVMsTUFBTSxTQUFTO0FBQy9ELFVBQUksS0FBSyxHQUFHLGdCQUFnQixNQUFNLE1BQU0sQ0FBQztBQUFBLGFBQ2xDLE1BQU0sU0FBUztBQUN0QixpQkFBVyxPQUFPLE1BQU0sS0FBTSxLQUFJLEVBQUUsVUFBVSxLQUFNLEtBQUksS0FBSyxHQUFHLGdCQUFnQixJQUFJLE1BQU0sQ0FBQztBQUFBO0FBQzdGLFVBQU0sV0FBVyxXQUFXLFNBQVMsTUFBTSxTQUFTLGNBQWMsTUFBTSxTQUFTLE1BQU0sTUFBTTtBQUM3RixRQUFJLFVBQVUsVUFBVSxZQUFhLFlBQVksU0FBUyxNQUFNLFFBQVUsS0FBSSxLQUFLLEtBQUs7QUFBQSxFQUMxRjtBQUNBLFNBQU8sQ0FBQyxHQUFHLEtBQUssRUFBRSxNQUFNLFlBQVksR0FBRyxFQUFFLE1BQU0sWUFBWSxDQUFDO0FBQzlEO0FBMUJBLElBNEJNLE9BQ0EsUUFFQSxNQUlBLGVBYU87QUFoRGI7QUFBQTtBQUFBO0FBUUE7QUFDQTtBQUNBO0FBa0JBLElBQU0sUUFBUSxDQUFDLE1BQWUsTUFBTSxVQUFhLE1BQU0sUUFBUSxNQUFNLE1BQU8sTUFBTSxRQUFRLENBQUMsS0FBSyxFQUFFLFdBQVc7QUFDN0csSUFBTSxTQUFTLENBQUMsTUFDZCxNQUFNLFFBQVEsQ0FBQyxJQUFJLEVBQUUsSUFBSSxNQUFNLElBQUksT0FBTyxNQUFNLFlBQVksTUFBTSxRQUFRLFFBQVEsSUFBSSxNQUFNLENBQW1CLElBQUk7QUFDckgsSUFBTSxPQUFPLENBQUMsR0FBWSxNQUN2QixNQUFNLENBQUMsS0FBSyxNQUFNLENBQUMsS0FBTSxLQUFLLFVBQVUsT0FBTyxDQUFDLENBQUMsTUFBTSxLQUFLLFVBQVUsT0FBTyxDQUFDLENBQUM7QUFHbEYsSUFBTSxnQkFBZ0Isb0JBQUksSUFBSTtBQUFBLE1BQzVCO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsSUFDRixDQUFDO0FBRU0sSUFBTSxxQkFBaUQsQ0FBQyxFQUFFLFlBQVksTUFBTSxXQUFXLGFBQWEsSUFBSSxNQUFNO0FBQ25ILFVBQUksZ0JBQWdCLEdBQUcsRUFBRyxRQUFPO0FBRWpDLFlBQU0sV0FBVyxRQUFRLFdBQVcsVUFBVSxJQUFJLElBQUk7QUFDdEQsaUJBQVcsU0FBUyxnQkFBZ0IsV0FBVyxNQUFNLEdBQUc7QUFDdEQsWUFBSSxZQUFZLGNBQWMsSUFBSSxNQUFNLElBQUksRUFBRztBQUMvQyxZQUFJLEVBQUUsTUFBTSxRQUFRLE1BQU87QUFDM0IsY0FBTSxRQUFRLEtBQUssTUFBTSxJQUFJO0FBQzdCLGNBQU0sVUFDSixjQUFjLFdBQ1YsS0FBSyxPQUFPLGNBQWMsTUFBTSxJQUFJLENBQUMsSUFDckMsTUFBTSxLQUFLLEtBQU0sT0FBTyxNQUFNLGlCQUFpQixjQUFjLEtBQUssT0FBTyxNQUFNLFlBQVk7QUFDakcsWUFBSSxDQUFDLFNBQVM7QUFDWixnQkFBTTtBQUFBLFlBQ0o7QUFBQSxZQUNBLFNBQUksTUFBTSxJQUFJO0FBQUEsWUFDZDtBQUFBLGNBQ0UsT0FBTyxNQUFNO0FBQUEsWUFDZjtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUE7QUFBQTs7O0FDcERPLFNBQVMsVUFBVSxPQUE2RDtBQUNyRixNQUFJLENBQUMsTUFBTyxRQUFPO0FBQ25CLE1BQUksTUFBTSxVQUFVLEVBQUcsUUFBTyxHQUFHLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBQyxPQUFPLE1BQU0sTUFBTSxFQUFFLENBQUM7QUFDeEUsU0FBTztBQUNUO0FBdkJBLElBR2EsWUFVQSxlQUdBO0FBaEJiO0FBQUE7QUFBQTtBQUNBO0FBRU8sSUFBTSxhQUFhO0FBQUEsTUFDeEIsWUFBWSxFQUFFLDRCQUFRLG1CQUFtQjtBQUFBLE1BQ3pDLGFBQWEsRUFBRSw0QkFBUSxzQkFBc0I7QUFBQSxNQUM3QyxRQUFRLEVBQUUsZ0JBQU0sUUFBUTtBQUFBLE1BQ3hCLFFBQVEsRUFBRSx3Q0FBVSxRQUFRO0FBQUEsTUFDNUIsU0FBUyxFQUFFLGdCQUFNLFNBQVM7QUFBQSxNQUMxQixrQkFBa0IsRUFBRSw0QkFBUSxnQkFBZ0I7QUFBQSxJQUM5QztBQUdPLElBQU0sZ0JBQWdCO0FBR3RCLElBQU0sZUFBZTtBQUFBO0FBQUE7OztBQ0w1QixTQUFTLE1BQU0sT0FBeUI7QUFDdEMsTUFBSSxNQUFNLFFBQVEsS0FBSyxFQUFHLFFBQU8sTUFBTSxJQUFJLEtBQUs7QUFDaEQsTUFBSSxTQUFTLE9BQU8sVUFBVSxVQUFVO0FBQ3RDLFFBQUksVUFBVSxNQUFPLFFBQU87QUFDNUIsUUFBSSxRQUFRLFNBQVMsZUFBZSxNQUFPLFFBQU8sTUFBTSxLQUF1QjtBQUMvRSxXQUFPLE9BQU8sWUFBWSxPQUFPLFFBQVEsS0FBSyxFQUFFLElBQUksQ0FBQyxDQUFDLEdBQUcsQ0FBQyxNQUFNLENBQUMsR0FBRyxNQUFNLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFBQSxFQUNoRjtBQUNBLFNBQU87QUFDVDtBQUVPLFNBQVMsVUFBVSxPQUFlLE9BQXlCO0FBQ2hFLE1BQUksVUFBVSxRQUFRLFVBQVUsVUFBYSxVQUFVLEdBQUksUUFBTztBQUNsRSxNQUFJLE9BQU8sS0FBSyxLQUFLLEVBQUcsUUFBTztBQUMvQixNQUFJLE1BQU0sS0FBSyxLQUFLLEtBQUssT0FBTyxVQUFVLFNBQVUsUUFBTyxVQUFVLEtBQUs7QUFDMUUsU0FBTztBQUNUO0FBR08sU0FBUyxXQUNkLFFBQ0EsT0FDVTtBQUNWLFFBQU0sT0FBTyxvQkFBSSxJQUFJLENBQUMsR0FBRyxPQUFPLEtBQUssVUFBVSxDQUFDLENBQUMsR0FBRyxHQUFHLE9BQU8sS0FBSyxTQUFTLENBQUMsQ0FBQyxDQUFDLENBQUM7QUFDaEYsUUFBTSxVQUFvQixDQUFDO0FBQzNCLGFBQVcsU0FBUyxNQUFNO0FBQ3hCLFFBQUksS0FBSyxJQUFJLEtBQUssS0FBSyxVQUFVLEtBQU07QUFDdkMsVUFBTSxJQUFJLE1BQU0sU0FBUyxLQUFLLENBQUM7QUFDL0IsVUFBTSxJQUFJLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFDOUIsUUFBSSxNQUFNLFVBQWEsTUFBTSxPQUFXO0FBQ3hDLFVBQU1DLFFBQU8sS0FBSyxVQUFVLEtBQUssSUFBSSxNQUFNLEtBQUssVUFBVSxLQUFLLElBQUk7QUFDbkUsUUFBSUEsTUFBTTtBQUNWLFlBQVEsS0FBSyxFQUFFLE9BQU8sUUFBUSxVQUFVLE9BQU8sS0FBSyxJQUFJLEdBQUcsT0FBTyxVQUFVLE9BQU8sS0FBSyxJQUFJLEVBQUUsQ0FBQztBQUFBLEVBQ2pHO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxhQUFhLFdBQW1CLFlBQW9CLElBQXFCLFNBQTJCO0FBQ2xILFFBQU0sU0FBUyxRQUFRLElBQUksQ0FBQyxNQUFNLEVBQUUsS0FBSyxFQUFFLEtBQUssSUFBSTtBQUNwRCxTQUFPLEdBQUcsU0FBUyxJQUFJLFVBQVUsS0FBSyxFQUFFLEdBQUcsU0FBUyxLQUFLLE1BQU0sS0FBSyxFQUFFO0FBQ3hFO0FBbERBLElBT00sTUFDQSxRQUNBO0FBVE47QUFBQTtBQUFBO0FBQ0E7QUFDQTtBQUtBLElBQU0sT0FBTyxvQkFBSSxJQUFJLENBQUMsYUFBYSxhQUFhLFlBQVksaUJBQWlCLGFBQWEsUUFBUSxNQUFNLENBQUM7QUFDekcsSUFBTSxTQUFTO0FBQ2YsSUFBTSxRQUFRO0FBQUE7QUFBQTs7O0FDUWQsZUFBZSxXQUNiLEtBQ0EsV0FDQSxZQUNBLElBQ0EsUUFDQSxPQUNBLFFBQWlDLENBQUMsR0FDbkI7QUFDZixNQUFJLGdCQUFnQixHQUFHLEVBQUc7QUFDMUIsUUFBTSxPQUFPLFlBQVksR0FBRztBQUM1QixRQUFNLFVBQVUsV0FBVyxRQUFRLEtBQUs7QUFDeEMsTUFBSSxjQUFjLFlBQVksUUFBUSxXQUFXLEtBQUssT0FBTyxLQUFLLEtBQUssRUFBRSxXQUFXLEVBQUc7QUFDdkYsUUFBTSxNQUFNLENBQUMsR0FBRyxTQUFTLEdBQUcsT0FBTyxRQUFRLEtBQUssRUFBRSxJQUFJLENBQUMsQ0FBQyxPQUFPQyxNQUFLLE9BQU8sRUFBRSxPQUFPLFFBQVEsTUFBTSxPQUFBQSxPQUFNLEVBQUUsQ0FBQztBQUUzRyxRQUFNLElBQUksUUFBUSxHQUFHLE9BQU87QUFBQSxJQUMxQixZQUFZO0FBQUEsSUFDWixNQUFNO0FBQUEsTUFDSixLQUFJLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsTUFDM0IsTUFBTSxLQUFLO0FBQUEsTUFDWCxNQUFNLEtBQUssUUFBUTtBQUFBLE1BQ25CO0FBQUEsTUFDQSxnQkFBZ0I7QUFBQSxNQUNoQixVQUFVLE9BQU8sRUFBRTtBQUFBLE1BQ25CLFNBQVMsYUFBYSxXQUFXLFlBQVksSUFBSSxHQUFHO0FBQUEsTUFDcEQsU0FBUztBQUFBLE1BQ1QsS0FBSyxJQUFJLGNBQWM7QUFBQSxJQUN6QjtBQUFBLElBQ0E7QUFBQSxFQUNGLENBQUM7QUFDSDtBQS9DQSxJQWlEYSxhQWNBLGFBS0E7QUFwRWI7QUFBQTtBQUFBO0FBWUE7QUFDQTtBQUNBO0FBQ0E7QUFrQ08sSUFBTSxjQUF5QyxPQUFPO0FBQUEsTUFDM0Q7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0YsTUFBTTtBQUVKLFlBQU0sUUFBUSxPQUFRLE1BQTZDLGFBQWEsV0FBVyxFQUFFLFVBQVUsTUFBTSxJQUFJLENBQUM7QUFDbEgsWUFBTSxXQUFXLEtBQUssV0FBVyxXQUFXLE1BQU0sSUFBSSxJQUFJLGNBQWMsV0FBVyxPQUFPLGFBQWEsS0FBSyxLQUFLO0FBQ2pILGFBQU87QUFBQSxJQUNUO0FBRU8sSUFBTSxjQUF5QyxPQUFPLEVBQUUsWUFBWSxLQUFLLElBQUksSUFBSSxNQUFNO0FBQzVGLFlBQU0sV0FBVyxLQUFLLFVBQVUsV0FBVyxNQUFNLElBQUksS0FBSyxJQUFJO0FBQzlELGFBQU87QUFBQSxJQUNUO0FBRU8sSUFBTSxvQkFBZ0QsQ0FBQyxFQUFFLE1BQU0sVUFBVSxNQUFNO0FBQ3BGLFVBQUksY0FBYyxTQUFVLE9BQU0sVUFBVSxxQkFBcUIsd0ZBQTJDO0FBQzVHLGFBQU87QUFBQSxJQUNUO0FBQUE7QUFBQTs7O0FDdkVBLElBR2E7QUFIYjtBQUFBO0FBQUE7QUFHTyxJQUFNLHdCQUE0QyxDQUFDO0FBQUE7QUFBQTs7O0FDSDFELElBR2E7QUFIYjtBQUFBO0FBQUE7QUFHTyxJQUFNLHlCQUE2QyxDQUFDO0FBQUE7QUFBQTs7O0FDSDNELElBS2E7QUFMYjtBQUFBO0FBQUE7QUFFQTtBQUdPLElBQU0sU0FBaUIsQ0FBQyxFQUFFLElBQUksTUFBTSxRQUFRLFlBQVksR0FBRyxHQUFHLE9BQU87QUFBQTtBQUFBOzs7QUNMNUUsSUFHYTtBQUhiO0FBQUE7QUFBQTtBQUdPLElBQU0sU0FBaUIsTUFBTTtBQUFBO0FBQUE7OztBQ0hwQyxJQUthO0FBTGI7QUFBQTtBQUFBO0FBRUE7QUFHTyxJQUFNLFNBQ1gsSUFBSSxVQUNKLENBQUMsRUFBRSxJQUFJLE1BQ0wsUUFBUSxZQUFZLEdBQUcsR0FBRyxHQUFHLEtBQUs7QUFBQTtBQUFBOzs7QUNSdEMsSUFHYTtBQUhiO0FBQUE7QUFBQTtBQUFBO0FBR08sSUFBTSxRQUFRLE9BQU8sU0FBUyxVQUFVO0FBQUE7QUFBQTs7O0FDSC9DLElBU2E7QUFUYjtBQUFBO0FBQUE7QUFFQTtBQU9PLElBQU0saUJBQ1gsQ0FBQyxhQUNELE9BQU8sRUFBRSxJQUFJLE1BQU07QUFDakIsWUFBTSxPQUFPLFlBQVksR0FBRztBQUM1QixVQUFJLFFBQVEsTUFBTSxTQUFTLFVBQVUsRUFBRyxRQUFPO0FBQy9DLFlBQU0sT0FBTyxNQUFNLE1BQU0sSUFBSTtBQUM3QixVQUFJLENBQUMsUUFBUSxNQUFNLGVBQWUsS0FBSyxTQUFTLEtBQU0sUUFBTztBQUM3RCxZQUFNLFFBQVEsTUFBTSxJQUFJLFFBQVEsS0FBSztBQUFBLFFBQ25DLFlBQVk7QUFBQSxRQUNaLE9BQU8sRUFBRSxNQUFNLEVBQUUsUUFBUSxLQUFLLEVBQUU7QUFBQSxRQUNoQyxRQUFRLENBQUM7QUFBQSxRQUNULFlBQVk7QUFBQSxRQUNaLE9BQU87QUFBQSxRQUNQLGdCQUFnQjtBQUFBLFFBQ2hCO0FBQUEsTUFDRixDQUFDO0FBQ0QsVUFBSSxNQUFNLEtBQUssV0FBVyxFQUFHLFFBQU87QUFDcEMsWUFBTSxRQUFlLEVBQUUsQ0FBQyxRQUFRLEdBQUcsRUFBRSxJQUFJLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLEVBQUUsRUFBRSxFQUFFO0FBQ3ZFLGFBQU87QUFBQSxJQUNUO0FBQUE7QUFBQTs7O0FDNUJGLElBR2EsV0FRQSxjQVFBLGFBQ0EsYUFFUCxhQU9BLGFBUU8sV0FFQSxhQUtBLGtCQWVBO0FBM0RiO0FBQUE7QUFBQTtBQUNBO0FBRU8sSUFBTSxZQUFZO0FBQUEsTUFDdkIsaUJBQWlCLEVBQUUsOENBQVcsK0JBQStCO0FBQUEsTUFDN0QsV0FBVyxFQUFFLGtDQUFTLHFCQUFxQjtBQUFBLE1BQzNDLGdCQUFnQixFQUFFLDRCQUFRLGtCQUFrQjtBQUFBLE1BQzVDLGdCQUFnQixFQUFFLGtDQUFTLHlCQUF5QjtBQUFBLElBQ3REO0FBR08sSUFBTSxlQUFlO0FBQUEsTUFDMUIsUUFBUSxFQUFFLGdCQUFNLFFBQVE7QUFBQSxNQUN4QixTQUFTLEVBQUUsZ0JBQU0sU0FBUztBQUFBLE1BQzFCLE1BQU0sRUFBRSxnQkFBTSxNQUFNO0FBQUEsTUFDcEIsT0FBTyxFQUFFLGdCQUFNLE9BQU87QUFBQSxNQUN0QixVQUFVLEVBQUUsZ0JBQU0sVUFBVTtBQUFBLElBQzlCO0FBRU8sSUFBTSxjQUFjLENBQUMsU0FBUyxPQUFPLFFBQVEsU0FBUyxPQUFPO0FBQzdELElBQU0sY0FBYyxDQUFDLFVBQVUsUUFBUSxTQUFTLE9BQU87QUFFOUQsSUFBTSxjQUEyRDtBQUFBLE1BQy9ELE9BQU8sRUFBRSwrQkFBVyxjQUFjO0FBQUEsTUFDbEMsS0FBSyxFQUFFLDRCQUFRLEtBQUs7QUFBQSxNQUNwQixNQUFNLEVBQUUsZ0JBQU0sTUFBTTtBQUFBLE1BQ3BCLE9BQU8sRUFBRSxnQkFBTSxPQUFPO0FBQUEsTUFDdEIsT0FBTyxFQUFFLDRCQUFRLE9BQU87QUFBQSxJQUMxQjtBQUNBLElBQU0sY0FBMkQ7QUFBQSxNQUMvRCxRQUFRLEVBQUUsa0NBQVMsY0FBYztBQUFBLE1BQ2pDLE1BQU0sRUFBRSw0QkFBUSxZQUFZO0FBQUEsTUFDNUIsT0FBTyxFQUFFLDRCQUFRLGFBQWE7QUFBQSxNQUM5QixPQUFPLEVBQUUsNEJBQVEsYUFBYTtBQUFBLElBQ2hDO0FBR08sSUFBTSxZQUFZLENBQUMsTUFBeUIsU0FBa0IsU0FBUyxVQUFVLE9BQU8sU0FBUyxJQUFJO0FBRXJHLElBQU0sY0FBYztBQUFBLE1BQ3pCLEdBQUcsWUFBWSxJQUFJLENBQUMsVUFBVSxFQUFFLE9BQU8sVUFBVSxTQUFTLElBQUksR0FBRyxPQUFPLFlBQVksSUFBSSxFQUFFLEVBQUU7QUFBQSxNQUM1RixHQUFHLFlBQVksSUFBSSxDQUFDLFVBQVUsRUFBRSxPQUFPLFVBQVUsU0FBUyxJQUFJLEdBQUcsT0FBTyxZQUFZLElBQUksRUFBRSxFQUFFO0FBQUEsSUFDOUY7QUFFTyxJQUFNLG1CQUFtQjtBQUFBLE1BQzlCLFVBQVUsRUFBRSxnQkFBTSxVQUFVO0FBQUEsTUFDNUIsT0FBTyxFQUFFLGdCQUFNLE9BQU87QUFBQSxNQUN0QixPQUFPLEVBQUUsZ0JBQU0sT0FBTztBQUFBLElBQ3hCO0FBV08sSUFBTSxpQkFBaUI7QUFBQSxNQUM1QixNQUFNLEVBQUUsc0JBQU8sTUFBTTtBQUFBLE1BQ3JCLGNBQWMsRUFBRSxzQkFBTyxjQUFjO0FBQUEsTUFDckMsUUFBUSxFQUFFLHNCQUFPLFFBQVE7QUFBQSxJQUMzQjtBQUFBO0FBQUE7OztBQ2xETyxTQUFTLFlBQVksTUFBYyxPQUFjLElBQWlCLENBQUMsR0FBYztBQUN0RixTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsTUFBTTtBQUFBLElBQ047QUFBQSxJQUNBLFVBQVUsRUFBRSxZQUFZO0FBQUEsSUFDeEIsT0FBTyxFQUFFLFNBQVM7QUFBQSxJQUNsQixPQUFPO0FBQUEsTUFDTCxVQUFVLEVBQUUsWUFBWTtBQUFBLE1BQ3hCLE1BQU0sRUFBRSxrQkFBa0IsYUFBYTtBQUFBLE1BQ3ZDLEdBQUksRUFBRSxVQUFVLEVBQUUsVUFBVSxVQUFtQixJQUFJLENBQUM7QUFBQSxNQUNwRCxHQUFJLEVBQUUsY0FBYyxFQUFFLGFBQWEsRUFBRSxZQUFZLElBQUksQ0FBQztBQUFBLElBQ3hEO0FBQUEsRUFDRjtBQUNGO0FBM0JBO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ2lCTyxTQUFTLGFBQWEsTUFBTSxPQUFPLGtCQUFrQixNQUFNLE9BQU8sa0JBQWtCO0FBQ3pGLFNBQU8sQ0FBQyxNQUFnRDtBQUN0RCxRQUFJLE1BQU0sUUFBUSxNQUFNLE9BQVcsUUFBTztBQUMxQyxRQUFJLENBQUMsT0FBTyxVQUFVLENBQUMsRUFBRyxRQUFPO0FBQ2pDLFFBQUksSUFBSSxPQUFPLElBQUksSUFBSyxRQUFPLHNCQUFPLEdBQUcsU0FBSSxHQUFHLDJCQUFpQixHQUFHLFNBQUksR0FBRztBQUMzRSxXQUFPO0FBQUEsRUFDVDtBQUNGO0FBRU8sU0FBUyxZQUFZLE1BQWMsT0FBYyxJQUFrQixDQUFDLEdBQWdCO0FBQ3pGLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQSxNQUFNO0FBQUEsSUFDTjtBQUFBLElBQ0EsVUFBVSxFQUFFLFlBQVk7QUFBQSxJQUN4QixPQUFPLEVBQUUsU0FBUztBQUFBLElBQ2xCLEdBQUksRUFBRSxpQkFBaUIsU0FBWSxFQUFFLGNBQWMsRUFBRSxhQUFhLElBQUksQ0FBQztBQUFBLElBQ3ZFLEdBQUksRUFBRSxRQUFRLFNBQVksRUFBRSxLQUFLLEVBQUUsSUFBSSxJQUFJLENBQUM7QUFBQSxJQUM1QyxHQUFJLEVBQUUsUUFBUSxTQUFZLEVBQUUsS0FBSyxFQUFFLElBQUksSUFBSSxDQUFDO0FBQUEsSUFDNUMsVUFBVSxhQUFhLEVBQUUsS0FBSyxFQUFFLEdBQUc7QUFBQSxJQUNuQyxPQUFPO0FBQUEsTUFDTCxVQUFVLEVBQUUsWUFBWTtBQUFBLE1BQ3hCLEdBQUksRUFBRSxVQUFVLEVBQUUsVUFBVSxVQUFtQixJQUFJLENBQUM7QUFBQSxNQUNwRCxHQUFJLEVBQUUsY0FBYyxFQUFFLGFBQWEsRUFBRSxZQUFZLElBQUksQ0FBQztBQUFBLElBQ3hEO0FBQUEsRUFDRjtBQUNGO0FBM0NBO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ09PLFNBQVMsUUFBMEIsUUFBdUM7QUFDL0UsU0FBUSxPQUFPLEtBQUssTUFBTSxFQUFVLElBQUksQ0FBQyxXQUFXLEVBQUUsT0FBTyxPQUFPLE9BQU8sS0FBSyxFQUFFLEVBQUU7QUFDdEY7QUFJTyxTQUFTLE9BQ2QsTUFDQSxPQUNBLFNBQ0EsSUFBbUIsQ0FBQyxHQUNQO0FBQ2IsU0FBTztBQUFBLElBQ0w7QUFBQSxJQUNBLE1BQU07QUFBQSxJQUNOO0FBQUEsSUFDQSxTQUFTLE1BQU0sUUFBUSxPQUFPLElBQUksVUFBVSxRQUFRLE9BQU87QUFBQSxJQUMzRCxVQUFVLEVBQUUsWUFBWTtBQUFBLElBQ3hCLE9BQU8sRUFBRSxTQUFTO0FBQUEsSUFDbEIsR0FBSSxFQUFFLGlCQUFpQixTQUFZLEVBQUUsY0FBYyxFQUFFLGFBQWEsSUFBSSxDQUFDO0FBQUEsSUFDdkUsR0FBSSxFQUFFLFdBQVcsRUFBRSxPQUFPLEVBQUUsVUFBVSxLQUFLLEVBQUUsSUFBSSxDQUFDO0FBQUEsRUFDcEQ7QUFDRjtBQTdCQTtBQUFBO0FBQUE7QUFBQTtBQUFBOzs7QUNvQk8sU0FBUyxTQUNkLFlBQ0EsTUFDQSxPQUNBLElBQXFCLENBQUMsR0FDSDtBQUNuQixTQUFPO0FBQUEsSUFDTCxNQUFNLEVBQUUsUUFBUTtBQUFBLElBQ2hCLE1BQU07QUFBQSxJQUNOO0FBQUEsSUFDQSxTQUFTO0FBQUEsSUFDVCxVQUFVLEVBQUUsWUFBWTtBQUFBLElBQ3hCLE9BQU8sRUFBRSxTQUFTO0FBQUEsSUFDbEIsT0FBTyxFQUFFLFNBQVM7QUFBQSxJQUNsQixHQUFJLEVBQUUsZ0JBQWdCLEVBQUUsZUFBZSxFQUFFLGNBQWMsSUFBSSxDQUFDO0FBQUEsSUFDNUQsT0FBTztBQUFBLE1BQ0wsVUFBVSxFQUFFLFlBQVk7QUFBQSxNQUN4QixHQUFJLEVBQUUsVUFBVSxFQUFFLFVBQVUsVUFBbUIsSUFBSSxDQUFDO0FBQUEsTUFDcEQsR0FBSSxFQUFFLGNBQWMsRUFBRSxhQUFhLEVBQUUsWUFBWSxJQUFJLENBQUM7QUFBQSxJQUN4RDtBQUFBLEVBQ0Y7QUFDRjtBQXpDQSxJQTJDYSxXQUdBLFdBR0EsV0FJQTtBQXJEYjtBQUFBO0FBQUE7QUFNQTtBQXFDTyxJQUFNLFlBQVksQ0FBQyxJQUFxQixDQUFDLE1BQzlDLFNBQVMsU0FBUyxRQUFRLEVBQUUsc0JBQU8sTUFBTSxHQUFHLEVBQUUsVUFBVSxNQUFNLE9BQU8sTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUU1RSxJQUFNLFlBQVksQ0FBQyxJQUFxQixDQUFDLE1BQzlDLFNBQVMsU0FBUyxRQUFRLEVBQUUsZ0JBQU0sTUFBTSxHQUFHLEVBQUUsVUFBVSxNQUFNLE9BQU8sTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUUzRSxJQUFNLFlBQVksQ0FBQyxJQUFxQixDQUFDLE1BQzlDLFNBQVMsU0FBUyxRQUFRLEVBQUUsOENBQVcsTUFBTSxHQUFHLEVBQUUsVUFBVSxNQUFNLE9BQU8sTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUdoRixJQUFNLGFBQWEsQ0FBQyxNQUFjLE9BQWMsSUFBcUIsQ0FBQyxNQUMzRSxTQUFTLFNBQVMsTUFBTSxPQUFPLEVBQUUsVUFBVSxNQUFNLEdBQUcsRUFBRSxDQUFDO0FBQUE7QUFBQTs7O0FDdER6RCxJQU1hO0FBTmI7QUFBQTtBQUFBO0FBR0E7QUFHTyxJQUFNLG1CQUFzRCxDQUFDLEVBQUUsTUFBTSxhQUFhLElBQUksTUFBTTtBQUNqRyxZQUFNLE9BQVEsWUFBWSxHQUFHLEdBQUcsTUFBNkI7QUFDN0QsWUFBTSxPQUFNLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQ25DLFVBQUksS0FBSyxXQUFXLGtCQUFrQixhQUFhLFdBQVc7QUFDNUQsZUFBTyxPQUFPLE1BQU0sRUFBRSxnQkFBZ0IsS0FBSyxnQkFBZ0IsS0FBSyxDQUFDO0FBQ25FLFVBQUksS0FBSyxXQUFXLFlBQVksYUFBYSxXQUFXO0FBQ3RELGVBQU8sT0FBTyxNQUFNLEVBQUUsVUFBVSxLQUFLLFVBQVUsS0FBSyxDQUFDO0FBQ3ZELGFBQU87QUFBQSxJQUNUO0FBQUE7QUFBQTs7O0FDZEEsSUFlYTtBQWZiO0FBQUE7QUFBQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFHTyxJQUFNLFNBQTJCO0FBQUEsTUFDdEMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSw0QkFBUSxPQUFPLEdBQUcsUUFBUSxFQUFFLDRCQUFRLFFBQVEsRUFBRTtBQUFBLE1BQ3BFLE9BQU8sRUFBRSxPQUFPLE9BQU8sU0FBUyxnQkFBZ0IsQ0FBQyxZQUFZLE9BQU8sUUFBUSxZQUFZLFVBQVUsT0FBTyxFQUFFO0FBQUEsTUFDM0csYUFBYTtBQUFBO0FBQUEsTUFFYixrQkFBa0I7QUFBQSxNQUNsQixRQUFRLEVBQUUsTUFBTSxlQUFlLFVBQVUsR0FBRyxRQUFRLFFBQVEsUUFBUSxPQUFPLFFBQVEsT0FBTztBQUFBLE1BQzFGLE9BQU8sRUFBRSxjQUFjLENBQUMsZ0JBQWdCLEVBQUU7QUFBQSxNQUMxQyxRQUFRO0FBQUEsUUFDTjtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sU0FBUyxRQUFRLE9BQU8sRUFBRSxnQkFBTSxLQUFLLEdBQUcsRUFBRSxVQUFVLE1BQU0sT0FBTyxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsWUFDdkYsT0FBTyxRQUFRLEVBQUUsZ0JBQU0sTUFBTSxHQUFHLGFBQWEsRUFBRSxVQUFVLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFBQSxZQUMvRSxPQUFPLFlBQVksRUFBRSxnQkFBTSxVQUFVLEdBQUcsa0JBQWtCLEVBQUUsVUFBVSxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsWUFDNUYsT0FBTyxVQUFVLEVBQUUsZ0JBQU0sUUFBUSxHQUFHLGdCQUFnQixFQUFFLFVBQVUsTUFBTSxjQUFjLFFBQVEsT0FBTyxLQUFLLENBQUM7QUFBQSxVQUMzRztBQUFBLFFBQ0Y7QUFBQSxRQUNBO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixRQUFRO0FBQUEsWUFDTixZQUFZLFlBQVksRUFBRSw0QkFBUSxRQUFRLEdBQUcsRUFBRSxVQUFVLE1BQU0sVUFBVSxLQUFLLENBQUM7QUFBQSxZQUMvRSxZQUFZLFVBQVUsRUFBRSw0QkFBUSxNQUFNLEdBQUcsRUFBRSxVQUFVLEtBQUssQ0FBQztBQUFBLFlBQzNELFlBQVksU0FBUyxFQUFFLGdCQUFNLE9BQU8sR0FBRyxFQUFFLGNBQWMsR0FBRyxVQUFVLEtBQUssQ0FBQztBQUFBLFVBQzVFO0FBQUEsUUFDRjtBQUFBLFFBQ0EsRUFBRSxNQUFNLFVBQVUsTUFBTSxZQUFZLE9BQU8sRUFBRSxnQkFBTSxRQUFRLEdBQUcsT0FBTyxFQUFFLFVBQVUsS0FBSyxFQUFFO0FBQUEsUUFDeEYsRUFBRSxNQUFNLGNBQWMsTUFBTSxZQUFZLE9BQU8sRUFBRSw0QkFBUSxZQUFZLEVBQUU7QUFBQSxRQUN2RTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sWUFBWSxrQkFBa0IsRUFBRSw0QkFBUSxjQUFjLEdBQUcsRUFBRSxVQUFVLEtBQUssQ0FBQztBQUFBLFlBQzNFLFdBQVcsa0JBQWtCLEVBQUUsc0JBQU8sSUFBSSxDQUFDO0FBQUEsWUFDM0MsWUFBWSxZQUFZLEVBQUUsNEJBQVEsUUFBUSxHQUFHLEVBQUUsVUFBVSxLQUFLLENBQUM7QUFBQSxZQUMvRCxXQUFXLFlBQVksRUFBRSxzQkFBTyxJQUFJLENBQUM7QUFBQSxVQUN2QztBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQzNDTyxTQUFTLGVBQWUsVUFBb0IsWUFBNkM7QUFDOUYsU0FBTyxhQUFhLFVBQVUsY0FBYyxlQUFlLFdBQVcsWUFBWTtBQUNwRjtBQWJBLElBR2E7QUFIYjtBQUFBO0FBQUE7QUFDQTtBQUVPLElBQU0sWUFBWTtBQUFBLE1BQ3ZCLFdBQVcsRUFBRSxnQkFBTSxXQUFXO0FBQUEsTUFDOUIsU0FBUyxFQUFFLDRCQUFRLFNBQVM7QUFBQSxNQUM1QixNQUFNLEVBQUUsZ0JBQU0sTUFBTTtBQUFBLElBQ3RCO0FBQUE7QUFBQTs7O0FDQU8sU0FBUyxZQUFZLEtBQXFCLE9BQWUsU0FBdUI7QUFDckYsTUFBSSxDQUFDLFFBQVEsWUFBWSxHQUFHLEdBQUcsR0FBRyxLQUFLLEVBQUcsT0FBTSxVQUFVLGFBQWEsT0FBTztBQUNoRjtBQUdPLFNBQVMsVUFBK0IsUUFBVyxPQUFnQixPQUFPLG1CQUErQjtBQUM5RyxRQUFNLFNBQVMsT0FBTyxVQUFVLEtBQUs7QUFDckMsTUFBSSxPQUFPLFFBQVMsUUFBTyxPQUFPO0FBQ2xDLFFBQU0sUUFBUSxPQUFPLE1BQU0sT0FBTyxDQUFDO0FBQ25DLFFBQU0sV0FBVyxNQUFNLE1BQU0sU0FBUyxFQUFFLE1BQU0sTUFBTSxLQUFLLEtBQUssR0FBRyxFQUFFLENBQUM7QUFDdEU7QUFFQSxlQUFzQixTQUFTLEtBQXVDO0FBQ3BFLE1BQUk7QUFDRixXQUFPLElBQUksT0FBTyxNQUFNLElBQUksS0FBSyxJQUFJO0FBQUEsRUFDdkMsUUFBUTtBQUNOLFVBQU0sV0FBVyxrQkFBa0IsNEVBQStCO0FBQUEsRUFDcEU7QUFDRjtBQU1PLFNBQVMsY0FBYyxLQUE2QjtBQUN6RCxTQUFPLElBQUksUUFBUSxJQUFJLGlCQUFpQixLQUFLO0FBQy9DO0FBakNBO0FBQUE7QUFBQTtBQUlBO0FBQ0E7QUFBQTtBQUFBOzs7QUNMQSxJQU1hO0FBTmI7QUFBQTtBQUFBO0FBSUE7QUFFTyxJQUFNLHVCQUFpQztBQUFBLE1BQzVDLE1BQU07QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLFNBQVMsT0FBTyxRQUFRO0FBQ3RCLG9CQUFZLEtBQUssQ0FBQyxPQUFPLEdBQUcsa0dBQTRCO0FBQ3hELGNBQU0sS0FBSyxPQUFPLElBQUksYUFBYSxNQUFNLEVBQUU7QUFDM0MsY0FBTSxNQUFvQyxNQUFNLElBQUksUUFBUSxPQUFPO0FBQUEsVUFDakUsWUFBWTtBQUFBLFVBQ1o7QUFBQSxVQUNBLE1BQU0sRUFBRSxjQUFjLEtBQUs7QUFBQSxVQUMzQjtBQUFBLFVBQ0EsZ0JBQWdCO0FBQUEsUUFDbEIsQ0FBQztBQUNELGVBQU8sU0FBUyxLQUFLLEVBQUUsVUFBVSxJQUFJLFVBQVUsUUFBUSxJQUFJLFdBQVcsaUJBQWlCLElBQUksZ0JBQWdCLENBQUM7QUFBQSxNQUM5RztBQUFBLElBQ0Y7QUFBQTtBQUFBOzs7QUNjTyxTQUFTLFdBQVcsT0FBbUM7QUFDNUQsU0FBTyxPQUFPLFVBQVUsWUFBYSxXQUFpQyxTQUFTLEtBQUs7QUFDdEY7QUFrRU8sU0FBUyxVQUNkLE1BQzRGO0FBQzVGLE1BQUksQ0FBQyxXQUFXLEtBQUssUUFBUSxHQUFHO0FBQzlCLFdBQU8sRUFBRSxJQUFJLE9BQU8sTUFBTSxvQkFBb0IsU0FBUyxtREFBVyxLQUFLLFFBQVEsZ0NBQXNCO0FBQUEsRUFDdkc7QUFDQSxNQUFJLENBQUMsT0FBTyxVQUFVLEtBQUssS0FBSyxLQUFLLEtBQUssU0FBUyxLQUFLLEtBQUssUUFBUSxnQkFBZ0I7QUFDbkYsV0FBTztBQUFBLE1BQ0wsSUFBSTtBQUFBLE1BQ0osTUFBTTtBQUFBLE1BQ04sU0FBUyx5Q0FBVyxjQUFjLGlGQUF5QyxjQUFjO0FBQUEsSUFDM0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLElBQUksS0FBSztBQUNwQjtBQU9PLFNBQVMsYUFBYSxPQUFtQixNQUFtQixhQUE0QjtBQUM3RixRQUFNLFVBQVUsVUFBVSxJQUFJO0FBQzlCLE1BQUksQ0FBQyxRQUFRLEdBQUksUUFBTztBQUN4QixRQUFNLE9BQU8sTUFBTSxXQUFXLEtBQUssQ0FBQyxNQUFNLEVBQUUsYUFBYSxLQUFLLFFBQVE7QUFDdEUsTUFBSSxDQUFDLEtBQU0sUUFBTyxFQUFFLElBQUksTUFBTSxRQUFRLEdBQUcsVUFBVSxHQUFHLFFBQVEsT0FBTyxjQUFjLE1BQU07QUFDekYsTUFBSSxLQUFLLFFBQVEsS0FBSyxTQUFVLFFBQU8sRUFBRSxJQUFJLE1BQU0sUUFBUSxHQUFHLFVBQVUsR0FBRyxRQUFRLE9BQU8sY0FBYyxLQUFLO0FBQzdHLFFBQU0sV0FBVyxLQUFLLE1BQU8sS0FBSyxRQUFRLEtBQUssY0FBZSxHQUFJLElBQUksS0FBSztBQUMzRSxNQUFJLE1BQU0sWUFBWSxFQUFHLFFBQU8sRUFBRSxJQUFJLE1BQU0sUUFBUSxVQUFVLFVBQVUsUUFBUSxPQUFPLGNBQWMsTUFBTTtBQUMzRyxRQUFNLE9BQU8sS0FBSyxJQUFJLEdBQUcsTUFBTSxXQUFXLEtBQUssSUFBSSxHQUFHLFdBQVcsQ0FBQztBQUNsRSxRQUFNLFNBQVMsS0FBSyxJQUFJLFVBQVUsSUFBSTtBQUN0QyxTQUFPLEVBQUUsSUFBSSxNQUFNLFFBQVEsVUFBVSxRQUFRLFNBQVMsVUFBVSxjQUFjLE1BQU07QUFDdEY7QUFHTyxTQUFTLFFBQVEsU0FBdUIsSUFBK0I7QUFDNUUsUUFBTSxPQUFPLElBQUksS0FBSyxFQUFFLEVBQUUsUUFBUTtBQUNsQyxRQUFNLGFBQWEsUUFDaEIsT0FBTyxDQUFDLE1BQU0sSUFBSSxLQUFLLEVBQUUsYUFBYSxFQUFFLFFBQVEsS0FBSyxJQUFJLEVBQ3pEO0FBQUEsSUFDQyxDQUFDLEdBQUcsTUFBTSxJQUFJLEtBQUssRUFBRSxhQUFhLEVBQUUsUUFBUSxJQUFJLElBQUksS0FBSyxFQUFFLGFBQWEsRUFBRSxRQUFRLEtBQUssRUFBRSxXQUFXLEVBQUU7QUFBQSxFQUN4RztBQUNGLFNBQU8sV0FBVyxHQUFHLEVBQUUsS0FBSztBQUM5QjtBQUdPLFNBQVMsYUFBYSxLQUFhLE9BQWtEO0FBQzFGLFNBQU8sS0FBSyxLQUFNLE1BQU0sTUFBTSxnQkFBaUIsR0FBRztBQUNwRDtBQXVCTyxTQUFTLGNBQWMsUUFBK0I7QUFDM0QsU0FBTyxXQUFXLGFBQWEsV0FBVyxnQkFBZ0IsV0FBVztBQUN2RTtBQUdPLFNBQVMsWUFDZCxTQUNBLE9BQ0EsUUFDOEY7QUFDOUYsTUFBSSxDQUFDLE9BQU8sVUFBVSxLQUFLLEVBQUcsT0FBTSxJQUFJLE1BQU0saURBQWlEO0FBQy9GLFFBQU0sUUFBUSxVQUFVO0FBQ3hCLE1BQUksUUFBUSxLQUFLLFFBQVEsS0FBSyxDQUFDLGNBQWMsTUFBTSxHQUFHO0FBQ3BELFdBQU87QUFBQSxNQUNMLElBQUk7QUFBQSxNQUNKLE1BQU07QUFBQSxNQUNOLFNBQVMsOENBQVcsT0FBTyxzQkFBTyxDQUFDLEtBQUssc0NBQWlDLE9BQU8sV0FBVyxDQUFDLEtBQUs7QUFBQSxJQUNuRztBQUFBLEVBQ0Y7QUFDQSxTQUFPLEVBQUUsSUFBSSxNQUFNLFNBQVMsTUFBTTtBQUNwQztBQWxNQSxJQU1hLFlBZUEsZ0JBK0NBLGVBeUJBLGdCQWtFQTtBQS9KYjtBQUFBO0FBQUE7QUFJQTtBQUVPLElBQU0sYUFBYTtBQUFBLE1BQ3hCO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFHTyxJQUFNLGlCQUEwQztBQUFBLE1BQ3JELFNBQVMsRUFBRSw0QkFBUSxlQUFlO0FBQUEsTUFDbEMsT0FBTyxFQUFFLDRCQUFRLGFBQWE7QUFBQSxNQUM5QixPQUFPLEVBQUUsNENBQVcsbUJBQW1CO0FBQUEsTUFDdkMsU0FBUyxFQUFFLDRDQUFXLHFCQUFxQjtBQUFBLE1BQzNDLE9BQU8sRUFBRSw0Q0FBVyxtQkFBbUI7QUFBQSxNQUN2QyxPQUFPLEVBQUUsNENBQVcsbUJBQW1CO0FBQUEsTUFDdkMsU0FBUyxFQUFFLDRDQUFXLHFCQUFxQjtBQUFBLE1BQzNDLFdBQVcsRUFBRSw0QkFBUSxpQkFBaUI7QUFBQSxNQUN0QyxTQUFTLEVBQUUsc0JBQU8sa0JBQWtCO0FBQUEsTUFDcEMsVUFBVSxFQUFFLHNCQUFPLGtCQUFrQjtBQUFBLE1BQ3JDLFlBQVksRUFBRSw0QkFBUSxzQkFBc0I7QUFBQSxJQUM5QztBQW1DTyxJQUFNLGdCQUE0QjtBQUFBLE1BQ3ZDLFVBQVU7QUFBQSxNQUNWLGVBQWU7QUFBQSxNQUNmLFlBQVk7QUFBQSxRQUNWLEVBQUUsVUFBVSxXQUFXLGFBQWEsR0FBRyxlQUFlLEdBQUcsVUFBVSxJQUFJO0FBQUEsUUFDdkUsRUFBRSxVQUFVLFNBQVMsYUFBYSxHQUFHLGVBQWUsR0FBRyxVQUFVLElBQUk7QUFBQSxRQUNyRSxFQUFFLFVBQVUsU0FBUyxhQUFhLElBQUksZUFBZSxHQUFHLFVBQVUsSUFBSTtBQUFBLFFBQ3RFLEVBQUUsVUFBVSxXQUFXLGFBQWEsSUFBSSxlQUFlLEdBQUcsVUFBVSxHQUFHO0FBQUEsUUFDdkUsRUFBRSxVQUFVLFNBQVMsYUFBYSxJQUFJLGVBQWUsR0FBRyxVQUFVLEdBQUc7QUFBQSxRQUNyRSxFQUFFLFVBQVUsU0FBUyxhQUFhLEdBQUcsZUFBZSxHQUFHLFVBQVUsSUFBSTtBQUFBLFFBQ3JFLEVBQUUsVUFBVSxXQUFXLGFBQWEsSUFBSSxlQUFlLEdBQUcsVUFBVSxJQUFJO0FBQUEsUUFDeEUsRUFBRSxVQUFVLGFBQWEsYUFBYSxHQUFHLGVBQWUsR0FBRyxVQUFVLEVBQUU7QUFBQSxRQUN2RSxFQUFFLFVBQVUsV0FBVyxhQUFhLEdBQUcsZUFBZSxHQUFHLFVBQVUsSUFBSTtBQUFBLFFBQ3ZFLEVBQUUsVUFBVSxZQUFZLGFBQWEsSUFBSSxlQUFlLEdBQUcsVUFBVSxJQUFJO0FBQUEsUUFDekUsRUFBRSxVQUFVLGNBQWMsYUFBYSxHQUFHLGVBQWUsR0FBRyxVQUFVLElBQUk7QUFBQSxNQUM1RTtBQUFBLE1BQ0EsVUFBVTtBQUFBLE1BQ1YsZ0JBQWdCO0FBQUEsTUFDaEIsZUFBZTtBQUFBLE1BQ2YsWUFBWTtBQUFBLE1BQ1osbUJBQW1CO0FBQUEsTUFDbkIsb0JBQW9CO0FBQUEsTUFDcEIsbUJBQW1CO0FBQUEsSUFDckI7QUFFTyxJQUFNLGlCQUFpQjtBQWtFdkIsSUFBTSxpQkFBaUI7QUFBQSxNQUM1QixZQUFZLEVBQUUsNEJBQVEsVUFBVTtBQUFBLE1BQ2hDLFlBQVksRUFBRSxnQkFBTSxZQUFZO0FBQUEsTUFDaEMsUUFBUSxFQUFFLGdCQUFNLFFBQVE7QUFBQSxNQUN4QixTQUFTLEVBQUUsNEJBQVEsU0FBUztBQUFBLE1BQzVCLFlBQVksRUFBRSw0QkFBUSxZQUFZO0FBQUEsTUFDbEMsVUFBVSxFQUFFLDRCQUFRLFVBQVU7QUFBQSxNQUM5QixRQUFRLEVBQUUsZ0JBQU0sUUFBUTtBQUFBLElBQzFCO0FBQUE7QUFBQTs7O0FDdktBLElBT2E7QUFQYjtBQUFBO0FBQUE7QUFHQTtBQUNBO0FBQ0E7QUFFTyxJQUFNLGdCQUFnQixPQUFvQjtBQUFBLE1BQy9DLE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLFVBQVU7QUFBQSxNQUNWLFNBQVMsUUFBUSxjQUFjO0FBQUEsTUFDL0IsT0FBTyxFQUFFLGdCQUFNLFVBQVU7QUFBQSxJQUMzQjtBQUFBO0FBQUE7OztBQ2JBLElBS2E7QUFMYjtBQUFBO0FBQUE7QUFHQTtBQUVPLElBQU0saUJBQWlCLE9BQWlCO0FBQUEsTUFDN0MsTUFBTTtBQUFBLE1BQ04sUUFBUTtBQUFBLFFBQ04sRUFBRSxNQUFNLFlBQVksTUFBTSxVQUFVLEtBQUssS0FBSyxLQUFLLElBQUksT0FBTyxFQUFFLGdCQUFNLFVBQVUsRUFBRTtBQUFBLFFBQ2xGLEVBQUUsTUFBTSxhQUFhLE1BQU0sVUFBVSxLQUFLLE1BQU0sS0FBSyxLQUFLLE9BQU8sRUFBRSxnQkFBTSxXQUFXLEVBQUU7QUFBQSxNQUN4RjtBQUFBLElBQ0Y7QUFBQTtBQUFBOzs7QUNEQSxPQUFPQyxhQUFZO0FBTVosU0FBUyxnQkFBZ0IsR0FBc0M7QUFDcEUsU0FBTyxHQUFHLEVBQUUsT0FBTyxZQUFZLENBQUM7QUFBQSxFQUFLLEVBQUUsSUFBSTtBQUFBLEVBQUssRUFBRSxRQUFRO0FBQUEsRUFBSyxFQUFFLFNBQVM7QUFBQTtBQUM1RTtBQUVPLFNBQVMsS0FBSyxRQUFnQixHQUF3QjtBQUMzRCxTQUFPQSxRQUNKLFdBQVcsVUFBVSxPQUFPLEtBQUssUUFBUSxNQUFNLENBQUMsRUFDaEQsT0FBTyxnQkFBZ0IsQ0FBQyxDQUFDLEVBQ3pCLE9BQU8sRUFBRSxJQUFJLEVBQ2IsT0FBTyxLQUFLO0FBQ2pCO0FBbUNPLFNBQVMsV0FBV0MsUUFBZSxjQUE4QjtBQUN0RSxRQUFNLE1BQU1ELFFBQU8sV0FBVyxRQUFRLEVBQUUsT0FBTyxpQkFBaUIsWUFBWSxFQUFFLEVBQUUsT0FBTztBQUN2RixRQUFNLEtBQUtBLFFBQU8sWUFBWSxFQUFFO0FBQ2hDLFFBQU0sU0FBU0EsUUFBTyxlQUFlLGVBQWUsS0FBSyxFQUFFO0FBQzNELFFBQU0sT0FBTyxPQUFPLE9BQU8sQ0FBQyxPQUFPLE9BQU9DLFFBQU8sTUFBTSxHQUFHLE9BQU8sTUFBTSxDQUFDLENBQUM7QUFDekUsU0FBTyxDQUFDLElBQUksT0FBTyxXQUFXLEdBQUcsSUFBSSxFQUFFLElBQUksQ0FBQyxNQUFNLEVBQUUsU0FBUyxXQUFXLENBQUMsRUFBRSxLQUFLLEdBQUc7QUFDckY7QUFjTyxTQUFTLGtCQUEwQjtBQUN4QyxTQUFPRCxRQUFPLFlBQVksRUFBRSxFQUFFLFNBQVMsV0FBVztBQUNwRDtBQW5GQSxJQVlhLHFCQXVCQTtBQW5DYjtBQUFBO0FBQUE7QUFZTyxJQUFNLHNCQUFzQixJQUFJLEtBQUs7QUF1QnJDLElBQU0sa0JBQWtCO0FBQUEsTUFDN0I7QUFBQSxRQUNFLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxRQUNSLE1BQU07QUFBQSxRQUNOLFVBQVU7QUFBQSxRQUNWLFdBQVc7QUFBQSxRQUNYLE1BQU07QUFBQSxNQUNSO0FBQUEsTUFDQTtBQUFBLFFBQ0UsUUFBUTtBQUFBLFFBQ1IsUUFBUTtBQUFBLFFBQ1IsTUFBTTtBQUFBLFFBQ04sVUFBVTtBQUFBLFFBQ1YsV0FBVztBQUFBLFFBQ1gsTUFBTTtBQUFBLE1BQ1I7QUFBQSxJQUNGLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxHQUFHLEdBQUcsV0FBVyxLQUFLLEVBQUUsUUFBUSxDQUFDLEVBQUUsRUFBRTtBQUFBO0FBQUE7OztBQ2xCOUMsU0FBUyxhQUFhLFVBQTJDO0FBQ3RFLE1BQUksU0FBVSxPQUFNLEVBQUUsT0FBTyxRQUFRO0FBQ3ZDO0FBcENBLElBdUJNLE9BTUE7QUE3Qk47QUFBQTtBQUFBO0FBT0E7QUFDQTtBQWVBLElBQU0sUUFBUSxPQUFPLElBQUksb0JBQW9CO0FBTTdDLElBQU0sUUFBUSxNQUE0QixXQUFpQixLQUFLLE1BQU0sb0JBQUksSUFBSTtBQUFBO0FBQUE7OztBQzdCOUUsSUFVTSxPQUVBLE9BT08sZUFnQ0EsYUFlQTtBQWxFYixJQUFBRSxhQUFBO0FBQUE7QUFBQTtBQUdBO0FBQ0E7QUFFQTtBQUNBO0FBQ0E7QUFFQSxJQUFNLFFBQVE7QUFFZCxJQUFNLFFBQVEsQ0FBQyxZQUNYLFFBQVEsS0FBSyxNQUEwQyxvQkFBSSxJQUFvQjtBQU01RSxJQUFNLGdCQUFpRCxDQUFDLEVBQUUsTUFBTSxXQUFXLGFBQWEsSUFBSSxNQUFNO0FBQ3ZHLFVBQUksZ0JBQWdCLEdBQUcsRUFBRyxRQUFPO0FBQ2pDLFlBQU0sT0FBTyxZQUFZLEdBQUc7QUFDNUIsVUFBSSxLQUFLLGdCQUFnQixDQUFDLFFBQVEsTUFBTSxPQUFPLEdBQUc7QUFDaEQsY0FBTSxVQUFVLGNBQWMsMkhBQXFEO0FBQUEsVUFDakYsT0FBTztBQUFBLFFBQ1QsQ0FBQztBQUFBLE1BQ0g7QUFDQSxZQUFNLFNBQVMsYUFBYSxVQUFVO0FBQ3RDLFlBQU0sU0FBUyxLQUFLLFVBQVU7QUFDOUIsWUFBTSxTQUFTLFdBQVcsVUFBVSxXQUFXLGNBQWUsV0FBVyxjQUFjLFdBQVc7QUFDbEcsVUFBSSxDQUFDLFFBQVE7QUFDWCxjQUFNO0FBQUEsVUFDSjtBQUFBLFVBQ0E7QUFBQSxVQUNBO0FBQUEsWUFDRSxPQUFPO0FBQUEsVUFDVDtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQ0EsWUFBTSxRQUFRLElBQUksS0FBSyxhQUFhLGdCQUFnQixDQUFDLEdBQUcsSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLFFBQVEsRUFBRSxlQUFlLENBQUMsQ0FBQyxDQUFDO0FBQ2xHLGlCQUFXLEtBQUssS0FBSyxnQkFBZ0IsQ0FBQyxHQUFHO0FBQ3ZDLGFBQUssRUFBRSxlQUFlLFFBQVEsTUFBTSxJQUFJLEVBQUUsTUFBTSxLQUFLLE1BQU0sRUFBRSxjQUFjLFlBQVksQ0FBQyxFQUFFLGNBQWM7QUFDdEcsZ0JBQU0sVUFBVSxvQkFBb0IsaUdBQW9EO0FBQUEsWUFDdEYsT0FBTztBQUFBLFVBQ1QsQ0FBQztBQUFBLFFBQ0g7QUFBQSxNQUNGO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFHTyxJQUFNLGNBQStDLENBQUMsRUFBRSxNQUFNLFdBQVcsYUFBYSxJQUFJLE1BQU07QUFDckcsWUFBTSxXQUFXLEtBQUssZ0JBQWdCLGFBQWEsZ0JBQWdCLENBQUMsR0FBRyxJQUFJLENBQUMsTUFBTSxFQUFFLE1BQU07QUFDMUYsVUFBSSxJQUFJLElBQUksT0FBTyxFQUFFLFNBQVMsUUFBUSxRQUFRO0FBQzVDLGNBQU0sV0FBVyx5QkFBeUIsaUZBQThDO0FBQUEsTUFDMUY7QUFDQSxVQUFJLGNBQWMsWUFBWSxLQUFLLGNBQWM7QUFDL0MsY0FBTSxTQUFTLGdCQUFnQjtBQUMvQixhQUFLLGVBQWUsV0FBVyxRQUFRLElBQUksUUFBUSxNQUFNO0FBQ3pELGFBQUssbUJBQWtCLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQzlDLGNBQU0sSUFBSSxPQUFPLEVBQUUsSUFBSSxPQUFPLEtBQUssWUFBWSxhQUFhLFFBQVEsR0FBRyxNQUFNO0FBQUEsTUFDL0U7QUFDQSxXQUFLLGVBQWU7QUFDcEIsYUFBTztBQUFBLElBQ1Q7QUFFTyxJQUFNLG1CQUFtRCxDQUFDLEVBQUUsS0FBSyxJQUFJLE1BQU07QUFDaEYsbUJBQWEsSUFBSSxRQUFRO0FBQ3pCLFlBQU0sU0FBUyxNQUFNLElBQUksT0FBTyxFQUFFLElBQUksT0FBTyxJQUFJLFFBQVEsQ0FBQztBQUMxRCxVQUFJLENBQUMsT0FBUSxRQUFPO0FBQ3BCLFlBQU0sSUFBSSxPQUFPLEVBQUUsT0FBTyxPQUFPLElBQUksUUFBUSxDQUFDO0FBQzlDLGFBQU8sRUFBRSxHQUFHLEtBQUssV0FBVyxPQUFPO0FBQUEsSUFDckM7QUFBQTtBQUFBOzs7QUN4RUEsSUFzQmE7QUF0QmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0EsSUFBQUM7QUFDQTtBQU9PLElBQU0sT0FBeUI7QUFBQSxNQUNwQyxNQUFNO0FBQUEsTUFDTixRQUFRLEVBQUUsVUFBVSxFQUFFLDRCQUFRLFdBQVcsR0FBRyxRQUFRLEVBQUUsNEJBQVEsWUFBWSxFQUFFO0FBQUEsTUFDNUUsT0FBTztBQUFBLFFBQ0wsT0FBTyxPQUFPO0FBQUEsUUFDZCxZQUFZO0FBQUEsUUFDWixnQkFBZ0IsQ0FBQyxZQUFZLFFBQVEsUUFBUSxVQUFVLGNBQWMsVUFBVTtBQUFBLFFBQy9FLHNCQUFzQixDQUFDLFlBQVksVUFBVSxPQUFPO0FBQUEsTUFDdEQ7QUFBQSxNQUNBLFFBQVEsRUFBRSxNQUFNLGVBQWUsTUFBTSxHQUFHLFFBQVEsUUFBUSxRQUFRLE9BQU8sUUFBUSxPQUFPO0FBQUEsTUFDdEYsT0FBTyxFQUFFLGNBQWMsQ0FBQyxlQUFlLFdBQVcsR0FBRyxhQUFhLENBQUMsZ0JBQWdCLEVBQUU7QUFBQSxNQUNyRixXQUFXLENBQUMsb0JBQW9CO0FBQUEsTUFDaEMsUUFBUTtBQUFBLFFBQ047QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOO0FBQUEsY0FDRSxNQUFNO0FBQUEsY0FDTixNQUFNO0FBQUEsY0FDTixVQUFVO0FBQUEsY0FDVixRQUFRO0FBQUEsY0FDUixPQUFPO0FBQUEsY0FDUCxPQUFPLEVBQUUsNEJBQVEsV0FBVztBQUFBLGNBQzVCLFVBQVUsQ0FBQyxNQUNSLE9BQU8sTUFBTSxZQUFZLHdCQUF3QixLQUFLLENBQUMsS0FDeEQ7QUFBQSxZQUNKO0FBQUEsWUFDQSxPQUFPLFFBQVEsRUFBRSxnQkFBTSxNQUFNLEdBQUcsV0FBVyxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsWUFDN0QsT0FBTyxVQUFVLEVBQUUsZ0JBQU0sUUFBUSxHQUFHLGNBQWMsRUFBRSxVQUFVLE1BQU0sY0FBYyxXQUFXLE9BQU8sS0FBSyxDQUFDO0FBQUEsVUFDNUc7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sRUFBRSxNQUFNLFVBQVUsTUFBTSxRQUFRLE9BQU8sRUFBRSxnQkFBTSxRQUFRLEVBQUU7QUFBQSxZQUN6RCxFQUFFLE1BQU0sU0FBUyxNQUFNLFFBQVEsT0FBTyxFQUFFLGdCQUFNLE9BQU8sRUFBRTtBQUFBLFlBQ3ZELEVBQUUsTUFBTSxZQUFZLE1BQU0sUUFBUSxPQUFPLEVBQUUsNEJBQVEsVUFBVSxFQUFFO0FBQUEsVUFDakU7QUFBQSxRQUNGO0FBQUEsUUFDQSxVQUFVO0FBQUEsUUFDVixlQUFlO0FBQUEsUUFDZixPQUFPLFlBQVksRUFBRSw0QkFBUSxRQUFRLEdBQUcsV0FBVyxFQUFFLFVBQVUsTUFBTSxjQUFjLE9BQU8sQ0FBQztBQUFBLFFBQzNGO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixPQUFPLEVBQUUsZ0JBQU0sY0FBYztBQUFBLFVBQzdCLFFBQVEsRUFBRSxVQUFVLEVBQUUsZ0JBQU0sYUFBYSxHQUFHLFFBQVEsRUFBRSxnQkFBTSxjQUFjLEVBQUU7QUFBQSxVQUM1RSxRQUFRO0FBQUEsWUFDTjtBQUFBLGNBQ0UsTUFBTTtBQUFBLGNBQ04sUUFBUTtBQUFBLGdCQUNOLFlBQVksVUFBVSxFQUFFLGdCQUFNLEtBQUssR0FBRyxFQUFFLFVBQVUsTUFBTSxLQUFLLEdBQUcsS0FBSyxHQUFHLENBQUM7QUFBQSxnQkFDekUsY0FBYztBQUFBLGdCQUNkLFlBQVksa0JBQWtCLEVBQUUsa0NBQVMsY0FBYyxHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFBQSxnQkFDcEUsWUFBWSxlQUFlLEVBQUUsd0JBQVMsUUFBUSxHQUFHLEVBQUUsS0FBSyxHQUFHLEtBQUssS0FBSyxVQUFVLEtBQUssQ0FBQztBQUFBLGNBQ3ZGO0FBQUEsWUFDRjtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sWUFBWSxjQUFjLEVBQUUsNEJBQVEsV0FBVyxHQUFHLEVBQUUsT0FBTyxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsWUFDakYsRUFBRSxNQUFNLGtCQUFrQixNQUFNLFFBQVEsT0FBTyxFQUFFLDRCQUFRLGNBQWMsRUFBRTtBQUFBLFlBQ3pFLFlBQVksV0FBVyxFQUFFLDhDQUFXLHFCQUFxQixHQUFHLEVBQUUsS0FBSyxFQUFFLENBQUM7QUFBQSxVQUN4RTtBQUFBLFFBQ0Y7QUFBQSxRQUNBLEVBQUUsTUFBTSxhQUFhLE1BQU0sUUFBUSxPQUFPLEVBQUUsNEJBQVEsZ0JBQWdCLEdBQUcsT0FBTyxFQUFFLFVBQVUsS0FBSyxFQUFFO0FBQUEsUUFDakc7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLE1BQU07QUFBQSxVQUNOLGNBQWM7QUFBQSxVQUNkLE9BQU87QUFBQSxZQUNMO0FBQUEsWUFDQTtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQUEsUUFDQSxZQUFZLG1CQUFtQixFQUFFLHdDQUFVLGVBQWUsR0FBRyxFQUFFLFVBQVUsTUFBTSxTQUFTLEtBQUssQ0FBQztBQUFBLFFBQzlGLEVBQUUsTUFBTSxnQkFBZ0IsTUFBTSxRQUFRLFFBQVEsS0FBSztBQUFBLE1BQ3JEO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ3RHQSxJQUthO0FBTGI7QUFBQTtBQUFBO0FBR0E7QUFFTyxJQUFNLGVBQTJDLE1BQU07QUFDNUQsWUFBTSxVQUFVLGVBQWUsOEdBQTZDO0FBQUEsSUFDOUU7QUFBQTtBQUFBOzs7QUNQQSxJQVVhO0FBVmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBR08sSUFBTSxlQUFpQztBQUFBLE1BQzVDLE1BQU07QUFBQSxNQUNOLFFBQVEsRUFBRSxVQUFVLEVBQUUsNEJBQVEsZ0JBQWdCLEdBQUcsUUFBUSxFQUFFLDRCQUFRLGlCQUFpQixFQUFFO0FBQUEsTUFDdEYsT0FBTyxFQUFFLE9BQU8sT0FBTyxTQUFTLGdCQUFnQixDQUFDLGNBQWMsWUFBWSxZQUFZLFVBQVUsUUFBUSxRQUFRLEVBQUU7QUFBQSxNQUNuSCxhQUFhO0FBQUE7QUFBQSxNQUViLGtCQUFrQjtBQUFBLE1BQ2xCLFFBQVEsRUFBRSxNQUFNLE9BQU8sUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE9BQU87QUFBQSxNQUN0RSxPQUFPLEVBQUUsY0FBYyxDQUFDLFlBQVksRUFBRTtBQUFBLE1BQ3RDLFFBQVE7QUFBQSxRQUNOLFlBQVksY0FBYyxFQUFFLDRCQUFRLFVBQVUsR0FBRyxFQUFFLFVBQVUsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLFFBQ2hGLEVBQUUsTUFBTSxZQUFZLE1BQU0sUUFBUSxPQUFPLE1BQU0sT0FBTyxFQUFFLDRCQUFRLFdBQVcsRUFBRTtBQUFBLFFBQzdFLFNBQVMsUUFBUSxPQUFPLEVBQUUsZ0JBQU0sS0FBSyxDQUFDO0FBQUEsUUFDdEMsRUFBRSxNQUFNLFlBQVksTUFBTSxRQUFRLFVBQVUsTUFBTSxPQUFPLEVBQUUsZ0JBQU0sVUFBVSxFQUFFO0FBQUEsUUFDN0UsRUFBRSxNQUFNLFVBQVUsTUFBTSxVQUFVLFVBQVUsTUFBTSxPQUFPLEVBQUUscUJBQVcsYUFBYSxFQUFFO0FBQUEsUUFDckYsRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLEVBQUUsc0JBQU8sWUFBWSxFQUFFO0FBQUEsUUFDekUsRUFBRSxNQUFNLFVBQVUsTUFBTSxVQUFVLE9BQU8sRUFBRSxzQkFBTyxRQUFRLEVBQUU7QUFBQSxRQUM1RCxFQUFFLE1BQU0saUJBQWlCLE1BQU0sUUFBUSxPQUFPLEVBQUUsNEJBQVEsZ0JBQWdCLEVBQUU7QUFBQSxRQUMxRTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sT0FBTyxFQUFFLDhDQUFXLGlCQUFpQjtBQUFBLFVBQ3JDLE9BQU87QUFBQSxZQUNMLGFBQWEsRUFBRSxvR0FBb0IsdURBQXVEO0FBQUEsVUFDNUY7QUFBQSxRQUNGO0FBQUEsUUFDQSxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsT0FBTyxFQUFFLDRCQUFRLGNBQWMsRUFBRTtBQUFBLFFBQy9ELEVBQUUsTUFBTSxZQUFZLE1BQU0sUUFBUSxPQUFPLEVBQUUsNEJBQVEsU0FBUyxFQUFFO0FBQUEsTUFDaEU7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDdkNBLElBVWE7QUFWYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBQ0E7QUFNTyxJQUFNLGlCQUFtQztBQUFBLE1BQzlDLE1BQU07QUFBQSxNQUNOLFFBQVEsRUFBRSxVQUFVLEVBQUUsNEJBQVEsZ0JBQWdCLEdBQUcsUUFBUSxFQUFFLDRCQUFRLGlCQUFpQixFQUFFO0FBQUEsTUFDdEYsT0FBTyxFQUFFLE9BQU8sT0FBTyxTQUFTLFFBQVEsS0FBSztBQUFBO0FBQUEsTUFFN0Msa0JBQWtCO0FBQUEsTUFDbEIsUUFBUSxFQUFFLE1BQU0sT0FBTyxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsT0FBTztBQUFBLE1BQ3RFLFFBQVE7QUFBQSxRQUNOLEVBQUUsTUFBTSxPQUFPLE1BQU0sUUFBUSxVQUFVLE1BQU0sUUFBUSxNQUFNLE9BQU8sS0FBSztBQUFBLFFBQ3ZFLEVBQUUsTUFBTSxlQUFlLE1BQU0sT0FBTztBQUFBLFFBQ3BDLEVBQUUsTUFBTSxXQUFXLE1BQU0sT0FBTztBQUFBLE1BQ2xDO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ3RCQSxJQU1hO0FBTmIsSUFBQUMsZ0JBQUE7QUFBQTtBQUFBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFFTyxJQUFNLHFCQUFxQixDQUFDLE1BQU0sUUFBUSxjQUFjLGNBQWM7QUFBQTtBQUFBOzs7QUNON0UsSUFHYTtBQUhiO0FBQUE7QUFBQTtBQUdPLElBQU0sd0JBQTRDLENBQUM7QUFBQTtBQUFBOzs7QUNIMUQsSUFNYTtBQU5iO0FBQUE7QUFBQTtBQUdBO0FBR08sSUFBTSxvQkFBb0IsQ0FBQyxNQUFjLFdBQTZCO0FBQUEsTUFDM0U7QUFBQSxNQUNBLE1BQU07QUFBQSxNQUNOO0FBQUEsTUFDQSxVQUFVLENBQUMsTUFDVCxDQUFDLEtBQUssY0FBYyxLQUFLLENBQUMsS0FBSztBQUFBLElBQ25DO0FBQUE7QUFBQTs7O0FDWkEsSUFRYTtBQVJiO0FBQUE7QUFBQTtBQUVBO0FBTU8sSUFBTSxVQUNYLENBQUMsUUFBZ0IsUUFBUSxXQUN6QixDQUFDLEVBQUUsSUFBSSxNQUFNO0FBQ1gsWUFBTSxPQUFPLFlBQVksR0FBRztBQUM1QixVQUFJLENBQUMsS0FBTSxRQUFPO0FBQ2xCLFVBQUksUUFBUSxNQUFNLFNBQVMsR0FBRyxNQUFNLEVBQUcsUUFBTztBQUM5QyxVQUFJLFFBQVEsTUFBTSxlQUFlLEdBQUc7QUFDbEMsY0FBTSxPQUFPLE1BQU0sS0FBSyxJQUFJO0FBQzVCLGVBQU8sU0FBUyxPQUFPLFFBQVEsRUFBRSxDQUFDLEtBQUssR0FBRyxFQUFFLFFBQVEsS0FBSyxFQUFFO0FBQUEsTUFDN0Q7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUFBO0FBQUE7OztBQ25CRixJQVVhO0FBVmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQU9PLElBQU0sZ0JBQTRDLENBQUMsRUFBRSxNQUFNLEtBQUssV0FBVyxZQUFZLE1BQU07QUFDbEcsWUFBTSxPQUFPLFlBQVksR0FBRztBQUM1QixVQUFJLENBQUMsUUFBUSxDQUFDLFFBQVEsTUFBTSxlQUFlLEVBQUcsUUFBTztBQUNyRCxZQUFNQyxXQUFVLE1BQU0sS0FBSyxJQUFJO0FBQy9CLFVBQUlBLGFBQVksTUFBTTtBQUNwQixjQUFNLFVBQVUsV0FBVyw4SkFBMEQ7QUFBQSxNQUN2RjtBQUNBLFVBQUksY0FBYyxZQUFZLE1BQU0sS0FBSyxJQUFJLE1BQU0sS0FBTSxNQUFLLE9BQU9BO0FBQ3JFLFlBQU0sU0FBUyxLQUFLLFNBQVMsU0FBWSxhQUFhLE9BQU8sS0FBSztBQUNsRSxVQUFJLENBQUMsUUFBUSxRQUFRQSxRQUFPLEdBQUc7QUFDN0IsY0FBTTtBQUFBLFVBQ0o7QUFBQSxVQUNBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUFBO0FBQUE7OztBQ0RPLFNBQVMsV0FBVyxVQUFrQixDQUFDLEdBQWM7QUFDMUQsU0FBTztBQUFBLElBQ0wsUUFBUTtBQUFBLE1BQ04sTUFBTSxRQUFRLE9BQU87QUFBQSxNQUNyQixRQUFRLE9BQU8sU0FBUyxlQUFlO0FBQUEsTUFDdkMsUUFBUSxRQUFRLENBQUMsQ0FBQztBQUFBLE1BQ2xCLFFBQVE7QUFBQSxJQUNWO0FBQUEsSUFDQSxjQUFjLENBQUMsYUFBYTtBQUFBLElBQzVCLFdBQVcsVUFBVTtBQUFBLElBQ3JCLFFBQVEsRUFBRSxZQUFZLEtBQUs7QUFBQSxFQUM3QjtBQUNGO0FBckNBO0FBQUE7QUFBQTtBQVFBO0FBQ0E7QUFDQTtBQUVBO0FBQ0E7QUFBQTtBQUFBOzs7QUNiQSxJQU1hO0FBTmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUdPLElBQU0sZ0JBQTRDLE9BQU8sRUFBRSxNQUFNLEtBQUssWUFBWSxNQUFNO0FBQzdGLFlBQU0sVUFBVSxNQUFNLEtBQUssWUFBWSxTQUFZLGFBQWEsVUFBVSxLQUFLLE9BQU87QUFDdEYsWUFBTSxPQUFPLE1BQU0sS0FBSyxTQUFTLFNBQVksYUFBYSxPQUFPLEtBQUssSUFBSTtBQUMxRSxVQUFJLFlBQVksUUFBUSxTQUFTLEtBQU0sUUFBTztBQUM5QyxZQUFNLFFBQVEsTUFBTSxJQUFJLFFBQVEsU0FBUztBQUFBLFFBQ3ZDLFlBQVk7QUFBQSxRQUNaLElBQUk7QUFBQSxRQUNKLE9BQU87QUFBQSxRQUNQO0FBQUEsUUFDQSxlQUFlO0FBQUEsTUFDakIsQ0FBQztBQUNELFVBQUksQ0FBQyxNQUFPLE9BQU0sV0FBVyxtQkFBbUIsc0JBQU8sT0FBTyxvQ0FBZ0IsT0FBTyxrQkFBa0I7QUFDdkcsVUFBSSxPQUFPLE1BQU0sTUFBTSxJQUFJLENBQUMsTUFBTSxPQUFPLElBQUksR0FBRztBQUM5QyxjQUFNO0FBQUEsVUFDSjtBQUFBLFVBQ0EsMkJBQU8sTUFBTSxJQUFJO0FBQUEsUUFDbkI7QUFBQSxNQUNGO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQTtBQUFBOzs7QUN6QkEsSUFhTSxPQUdPO0FBaEJiO0FBQUE7QUFBQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBRUEsSUFBTSxRQUFRLFdBQVcsQ0FBQyxZQUFZLGFBQWEsQ0FBQztBQUc3QyxJQUFNLFFBQTBCO0FBQUEsTUFDckMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSw0QkFBUSxNQUFNLEdBQUcsUUFBUSxFQUFFLDRCQUFRLE9BQU8sRUFBRTtBQUFBLE1BQ2xFLE9BQU87QUFBQSxRQUNMLE9BQU8sT0FBTztBQUFBLFFBQ2QsWUFBWTtBQUFBLFFBQ1osZ0JBQWdCLENBQUMsUUFBUSxRQUFRLFFBQVEsV0FBVyxvQkFBb0IsWUFBWTtBQUFBLFFBQ3BGLHNCQUFzQixDQUFDLFFBQVEsV0FBVyxhQUFhO0FBQUEsTUFDekQ7QUFBQSxNQUNBLFFBQVEsTUFBTTtBQUFBLE1BQ2QsUUFBUSxNQUFNO0FBQUEsTUFDZCxPQUFPLEVBQUUsY0FBYyxDQUFDLEdBQUcsTUFBTSxjQUFjLGFBQWEsRUFBRTtBQUFBLE1BQzlELFFBQVE7QUFBQSxRQUNOLEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxVQUFVLE1BQU0sT0FBTyxNQUFNLE9BQU8sRUFBRSxnQkFBTSxNQUFNLEVBQUU7QUFBQSxRQUNsRixPQUFPLFFBQVEsRUFBRSxnQkFBTSxNQUFNLEdBQUcsWUFBWSxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsUUFDOUQ7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLE1BQU07QUFBQSxZQUNOLFNBQVMsWUFBWSxXQUFXLEVBQUUsMERBQWEsU0FBUyxHQUFHO0FBQUE7QUFBQSxjQUV6RCxlQUFlLENBQUMsRUFBRSxZQUFZLE1BQU07QUFDbEMsc0JBQU0sT0FBTyxNQUFPLGFBQXdELElBQUk7QUFDaEYsdUJBQU8sU0FBUyxPQUFPLE9BQU8sRUFBRSxNQUFNLEVBQUUsUUFBUSxLQUFLLEVBQUU7QUFBQSxjQUN6RDtBQUFBLFlBQ0YsQ0FBQztBQUFBLFVBQ0g7QUFBQSxRQUNGO0FBQUEsUUFDQSxFQUFFLE1BQU0sV0FBVyxNQUFNLFFBQVEsT0FBTyxFQUFFLGdCQUFNLFNBQVMsRUFBRTtBQUFBLFFBQzNELGVBQWU7QUFBQSxRQUNmO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixRQUFRO0FBQUEsWUFDTixFQUFFLE1BQU0sZUFBZSxNQUFNLFFBQVEsT0FBTyxFQUFFLHNCQUFPLGNBQWMsRUFBRTtBQUFBLFlBQ3JFLGtCQUFrQixnQkFBZ0IsRUFBRSw0QkFBUSxlQUFlLENBQUM7QUFBQSxVQUM5RDtBQUFBLFFBQ0Y7QUFBQSxRQUNBO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixjQUFjO0FBQUEsVUFDZCxPQUFPLEVBQUUsd0NBQVUsd0JBQXdCO0FBQUEsUUFDN0M7QUFBQSxRQUNBLFlBQVksY0FBYyxFQUFFLCtCQUFXLHFCQUFxQixHQUFHO0FBQUEsVUFDN0QsS0FBSztBQUFBLFVBQ0wsYUFBYSxFQUFFLHdGQUFrQiwwREFBMEQ7QUFBQSxRQUM3RixDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFBQTtBQUFBOzs7QUNoRUEsSUFHYTtBQUhiO0FBQUE7QUFBQTtBQUdPLElBQU0sU0FBaUIsTUFBTTtBQUFBO0FBQUE7OztBQ0hwQyxJQVFhO0FBUmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFHTyxJQUFNLFFBQTBCO0FBQUEsTUFDckMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSxrQ0FBUyxNQUFNLEdBQUcsUUFBUSxFQUFFLGtDQUFTLE9BQU8sRUFBRTtBQUFBLE1BQ3BFLE9BQU87QUFBQSxRQUNMLE9BQU8sT0FBTztBQUFBLFFBQ2QsWUFBWTtBQUFBLFFBQ1osZ0JBQWdCLENBQUMsUUFBUSxRQUFRLFFBQVEsV0FBVztBQUFBLFFBQ3BELHNCQUFzQixDQUFDLFFBQVEsTUFBTTtBQUFBLE1BQ3ZDO0FBQUEsTUFDQSxRQUFRLEVBQUUsTUFBTSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxPQUFPO0FBQUEsTUFDdkUsUUFBUTtBQUFBLFFBQ04sRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFVBQVUsTUFBTSxRQUFRLE1BQU0sT0FBTyxFQUFFLGdCQUFNLE1BQU0sRUFBRTtBQUFBLFFBQ25GO0FBQUEsVUFDRTtBQUFBLFVBQ0EsRUFBRSxnQkFBTSxNQUFNO0FBQUEsVUFDZCxFQUFFLE1BQU0sRUFBRSxVQUFLLE1BQU0sR0FBRyxhQUFhLEVBQUUsZ0JBQU0sY0FBYyxFQUFFO0FBQUEsVUFDN0QsRUFBRSxVQUFVLE1BQU0sY0FBYyxPQUFPO0FBQUEsUUFDekM7QUFBQSxRQUNBLEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxPQUFPLEVBQUUsd0NBQVUsZUFBZSxHQUFHLE9BQU8sS0FBSztBQUFBLFFBQy9FLEVBQUUsTUFBTSxRQUFRLE1BQU0sWUFBWSxPQUFPLEVBQUUsZ0JBQU0sTUFBTSxFQUFFO0FBQUEsTUFDM0Q7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDN0JBLElBT01DLFFBR087QUFWYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUVBLElBQU1BLFNBQVEsV0FBVyxDQUFDLFVBQVUsQ0FBQztBQUc5QixJQUFNLFdBQTZCO0FBQUEsTUFDeEMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSw4Q0FBVyxTQUFTLEdBQUcsUUFBUSxFQUFFLDhDQUFXLFVBQVUsRUFBRTtBQUFBLE1BQzlFLE9BQU87QUFBQSxRQUNMLE9BQU8sT0FBTztBQUFBLFFBQ2QsWUFBWTtBQUFBLFFBQ1osZ0JBQWdCLENBQUMsUUFBUSxRQUFRLHdCQUF3QixlQUFlLGdCQUFnQjtBQUFBLFFBQ3hGLHNCQUFzQixDQUFDLE1BQU07QUFBQSxNQUMvQjtBQUFBLE1BQ0EsUUFBUUEsT0FBTTtBQUFBLE1BQ2QsUUFBUUEsT0FBTTtBQUFBLE1BQ2QsT0FBTyxFQUFFLGNBQWNBLE9BQU0sYUFBYTtBQUFBLE1BQzFDLFFBQVE7QUFBQSxRQUNOLEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxVQUFVLE1BQU0sT0FBTyxNQUFNLE9BQU8sRUFBRSxnQkFBTSxNQUFNLEVBQUU7QUFBQSxRQUNsRkEsT0FBTTtBQUFBLFFBQ047QUFBQSxVQUNFO0FBQUEsVUFDQSxFQUFFLGdCQUFNLE1BQU07QUFBQSxVQUNkLEVBQUUsU0FBUyxFQUFFLHNCQUFPLFNBQVMsR0FBRyxXQUFXLEVBQUUsZ0JBQU0sV0FBVyxFQUFFO0FBQUEsVUFDaEUsRUFBRSxjQUFjLFVBQVU7QUFBQSxRQUM1QjtBQUFBLFFBQ0EsWUFBWSx3QkFBd0IsRUFBRSw0QkFBUSx1QkFBdUIsR0FBRztBQUFBLFVBQ3RFLFVBQVU7QUFBQSxVQUNWLEtBQUs7QUFBQSxVQUNMLGNBQWM7QUFBQSxRQUNoQixDQUFDO0FBQUEsUUFDRDtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sY0FBYztBQUFBLFVBQ2QsT0FBTyxFQUFFLGtDQUFTLDBDQUEwQztBQUFBLFFBQzlEO0FBQUEsUUFDQSxFQUFFLE1BQU0sZUFBZSxNQUFNLFlBQVksY0FBYyxPQUFPLE9BQU8sRUFBRSx3Q0FBVSxjQUFjLEVBQUU7QUFBQSxRQUNqRztBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sT0FBTyxFQUFFLDRCQUFRLGdCQUFnQjtBQUFBLFVBQ2pDLE9BQU8sRUFBRSxXQUFXLENBQUMsR0FBRyxZQUFZLFFBQVEsU0FBUyxXQUFXLEVBQUU7QUFBQSxVQUNsRSxTQUFTLFFBQVE7QUFBQSxZQUNmLDBCQUEwQixFQUFFLGtDQUFTLHdCQUF3QjtBQUFBLFlBQzdELGlCQUFpQixFQUFFLHNCQUFPLGlCQUFpQjtBQUFBLFlBQzNDLGdCQUFnQixFQUFFLGtDQUFTLDBCQUEwQjtBQUFBLFlBQ3JELE9BQU8sRUFBRSxnQkFBTSxPQUFPO0FBQUEsVUFDeEIsQ0FBQztBQUFBLFFBQ0g7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ3hEQSxJQUthO0FBTGI7QUFBQTtBQUFBO0FBQ0E7QUFDQTtBQUNBO0FBRU8sSUFBTSxvQkFBb0IsQ0FBQyxPQUFPLFVBQVUsS0FBSztBQUFBO0FBQUE7OztBQ3VCakQsU0FBUyxhQUFhLFFBQWdCLE9BQWUsT0FBZSxRQUEwQjtBQUNuRyxTQUFPLE1BQU0sS0FBSyxFQUFFLFFBQVEsTUFBTSxHQUFHLENBQUMsR0FBRyxNQUFNLEdBQUcsTUFBTSxHQUFHLE9BQU8sUUFBUSxDQUFDLEVBQUUsU0FBUyxRQUFRLEdBQUcsQ0FBQyxFQUFFO0FBQ3RHO0FBOUJBLElBSWEsYUFFQSxVQU9BLGNBS0EsZUFPQTtBQXpCYjtBQUFBO0FBQUE7QUFDQTtBQUdPLElBQU0sY0FBYztBQUVwQixJQUFNLFdBQVc7QUFBQSxNQUN0QixPQUFPLEVBQUUsNEJBQVEsT0FBTztBQUFBLE1BQ3hCLE9BQU8sRUFBRSw0QkFBUSxPQUFPO0FBQUEsTUFDeEIsZ0JBQWdCLEVBQUUsNEJBQVEsY0FBYztBQUFBLE1BQ3hDLE9BQU8sRUFBRSxnQkFBTSxPQUFPO0FBQUEsSUFDeEI7QUFFTyxJQUFNLGVBQWU7QUFBQSxNQUMxQixXQUFXLEVBQUUsNEJBQVEsb0JBQW9CO0FBQUEsTUFDekMsUUFBUSxFQUFFLDRCQUFRLG1CQUFtQjtBQUFBLElBQ3ZDO0FBRU8sSUFBTSxnQkFBZ0I7QUFBQSxNQUMzQixRQUFRLEVBQUUsZ0JBQU0sUUFBUTtBQUFBLE1BQ3hCLE1BQU0sRUFBRSxnQkFBTSxNQUFNO0FBQUEsTUFDcEIsV0FBVyxFQUFFLGdCQUFNLFdBQVc7QUFBQSxJQUNoQztBQUdPLElBQU0sWUFBWTtBQUFBO0FBQUE7OztBQ3pCekIsSUFVYSxZQWdDQTtBQTFDYjtBQUFBO0FBQUE7QUFHQTtBQUNBO0FBRUE7QUFDQTtBQUdPLElBQU0sYUFBb0QsT0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLE1BQU07QUFDbkcsVUFBSSxjQUFjLFNBQVUsUUFBTztBQUNuQyxZQUFNLEVBQUUsU0FBUyxJQUFJLE9BQU8sT0FBTyxTQUFTLEVBQUUsSUFBSTtBQUNsRCxVQUFJLE9BQU8sVUFBVSxZQUFZLENBQUMsT0FBTyxVQUFVLEtBQUssS0FBSyxRQUFRLEtBQUssUUFBUSxXQUFXO0FBQzNGLGNBQU0sV0FBVyxpQkFBaUIscURBQWEsU0FBUyw4QkFBb0IsU0FBUyxTQUFTO0FBQUEsTUFDaEc7QUFDQSxVQUFJLE9BQU8sVUFBVSxZQUFZLENBQUMsT0FBTyxVQUFVLEtBQUssS0FBSyxRQUFRLEdBQUc7QUFDdEUsY0FBTSxXQUFXLGlCQUFpQiwwR0FBOEM7QUFBQSxNQUNsRjtBQUNBLFlBQU0sVUFBVSxhQUFhLFVBQVUsSUFBSSxPQUFPLE9BQU8sVUFBVSxDQUFDO0FBQ3BFLFlBQU0sTUFBTSxRQUFRLEtBQUssQ0FBQyxNQUFNLENBQUMsWUFBWSxLQUFLLENBQUMsQ0FBQztBQUNwRCxVQUFJLElBQUssT0FBTSxXQUFXLHVCQUF1QixxQkFBTSxHQUFHLGdFQUE2QjtBQUN2RixZQUFNLFFBQVEsTUFBTSxJQUFJLFFBQVEsS0FBSztBQUFBLFFBQ25DLFlBQVk7QUFBQSxRQUNaLE9BQU8sRUFBRSxZQUFZLEVBQUUsSUFBSSxRQUFRLEVBQUU7QUFBQSxRQUNyQyxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUDtBQUFBLFFBQ0EsZ0JBQWdCO0FBQUEsTUFDbEIsQ0FBQztBQUNELFVBQUksTUFBTSxZQUFZLEdBQUc7QUFDdkIsY0FBTTtBQUFBLFVBQ0o7QUFBQSxVQUNBLHVDQUFTLE1BQU0sS0FBSyxJQUFJLENBQUMsTUFBTSxFQUFFLFVBQVUsRUFBRSxLQUFLLFFBQUcsQ0FBQyxHQUFHLE1BQU0sWUFBWSxJQUFJLFlBQU8sRUFBRSxnQkFBTSxNQUFNLFNBQVM7QUFBQSxRQUMvRztBQUFBLE1BQ0Y7QUFDQSxXQUFLLGNBQWMsUUFBUSxDQUFDO0FBQzVCLFdBQUssYUFBYSxRQUFRLEdBQUcsRUFBRTtBQUMvQixhQUFPO0FBQUEsSUFDVDtBQUdPLElBQU0sYUFBbUQsT0FBTyxFQUFFLEtBQUssV0FBVyxJQUFJLE1BQU07QUFDakcsVUFBSSxjQUFjLFNBQVUsUUFBTztBQUNuQyxZQUFNLE9BQU8sTUFBTSxJQUFJLElBQUk7QUFDM0IsaUJBQVcsY0FBYyxhQUFhLElBQUksVUFBVSxJQUFJLElBQUksT0FBTyxJQUFJLE9BQU8sSUFBSSxVQUFVLENBQUMsR0FBRztBQUM5RixjQUFNO0FBQUEsVUFBVztBQUFBLFVBQUssTUFDcEIsSUFBSSxRQUFRLE9BQU87QUFBQSxZQUNqQixZQUFZO0FBQUEsWUFDWixNQUFNO0FBQUEsY0FDSjtBQUFBLGNBQ0EsUUFBUTtBQUFBLGNBQ1IsWUFBWSxJQUFJO0FBQUEsY0FDaEI7QUFBQSxjQUNBLFNBQVMsSUFBSTtBQUFBLGNBQ2IsVUFBVSxJQUFJLGFBQVksb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFBQSxZQUNuRDtBQUFBLFlBQ0E7QUFBQSxZQUNBLGdCQUFnQjtBQUFBLFlBQ2hCLE9BQU87QUFBQSxVQUNULENBQUM7QUFBQSxRQUNIO0FBQUEsTUFDRjtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUE7QUFBQTs7O0FDaEVBLElBWWE7QUFaYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBR08sSUFBTSxjQUFnQztBQUFBLE1BQzNDLE1BQU07QUFBQSxNQUNOLFFBQVEsRUFBRSxVQUFVLEVBQUUsNEJBQVEsWUFBWSxHQUFHLFFBQVEsRUFBRSw0QkFBUSxjQUFjLEVBQUU7QUFBQSxNQUMvRSxPQUFPO0FBQUEsUUFDTCxPQUFPLE9BQU87QUFBQSxRQUNkLFlBQVk7QUFBQSxRQUNaLGdCQUFnQixDQUFDLGVBQWUsY0FBYyxTQUFTLFFBQVEsV0FBVyxXQUFXO0FBQUEsUUFDckYsYUFBYTtBQUFBLFVBQ1g7QUFBQSxVQUNBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQTtBQUFBLE1BRUEsa0JBQWtCO0FBQUEsTUFDbEIsUUFBUSxFQUFFLE1BQU0sT0FBTyxRQUFRLE9BQU8sUUFBUSxRQUFRLFFBQVEsT0FBTztBQUFBLE1BQ3JFLE9BQU8sRUFBRSxjQUFjLENBQUMsVUFBVSxHQUFHLGFBQWEsQ0FBQyxVQUFVLEVBQUU7QUFBQSxNQUMvRCxRQUFRO0FBQUEsUUFDTjtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sRUFBRSxNQUFNLFVBQVUsTUFBTSxRQUFRLGNBQWMsSUFBSSxPQUFPLEVBQUUsNEJBQVEsUUFBUSxFQUFFO0FBQUEsWUFDN0UsWUFBWSxTQUFTLEVBQUUsc0JBQU8sT0FBTyxHQUFHLEVBQUUsVUFBVSxNQUFNLEtBQUssRUFBRSxDQUFDO0FBQUEsWUFDbEUsWUFBWSxTQUFTLEVBQUUsZ0JBQU0sT0FBTyxHQUFHLEVBQUUsVUFBVSxNQUFNLEtBQUssR0FBRyxLQUFLLFVBQVUsQ0FBQztBQUFBLFlBQ2pGLFlBQVksVUFBVSxFQUFFLDRCQUFRLFFBQVEsR0FBRyxFQUFFLFVBQVUsTUFBTSxjQUFjLEdBQUcsS0FBSyxHQUFHLEtBQUssR0FBRyxDQUFDO0FBQUEsVUFDakc7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sVUFBVSxFQUFFLE9BQU8sTUFBTSxDQUFDO0FBQUEsWUFDMUIsT0FBTyxXQUFXLEVBQUUsNEJBQVEsWUFBWSxHQUFHLFVBQVUsRUFBRSxVQUFVLE1BQU0sY0FBYyxRQUFRLENBQUM7QUFBQSxZQUM5RixPQUFPLGNBQWMsRUFBRSw0QkFBUSxRQUFRLEdBQUcsY0FBYyxFQUFFLFVBQVUsTUFBTSxjQUFjLFlBQVksQ0FBQztBQUFBLFlBQ3JHLEVBQUUsTUFBTSxZQUFZLE1BQU0sUUFBUSxPQUFPLEVBQUUsNEJBQVEsV0FBVyxFQUFFO0FBQUEsVUFDbEU7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sRUFBRSxNQUFNLGVBQWUsTUFBTSxRQUFRLE9BQU8sRUFBRSw0QkFBUSxjQUFjLEdBQUcsT0FBTyxFQUFFLFVBQVUsS0FBSyxFQUFFO0FBQUEsWUFDakcsRUFBRSxNQUFNLGNBQWMsTUFBTSxRQUFRLE9BQU8sRUFBRSw0QkFBUSxhQUFhLEdBQUcsT0FBTyxFQUFFLFVBQVUsS0FBSyxFQUFFO0FBQUEsVUFDakc7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQTtBQUFBOzs7QUN2REEsSUFZYTtBQVpiO0FBQUE7QUFBQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFNTyxJQUFNLFdBQTZCO0FBQUEsTUFDeEMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSxzQkFBTyxVQUFVLEdBQUcsUUFBUSxFQUFFLGtDQUFTLFdBQVcsRUFBRTtBQUFBLE1BQzFFLE9BQU87QUFBQSxRQUNMLE9BQU8sT0FBTztBQUFBLFFBQ2QsZ0JBQWdCLENBQUMsT0FBTyxRQUFRLFNBQVMsU0FBUyxRQUFRO0FBQUEsUUFDMUQsUUFBUSxDQUFDLEVBQUUsS0FBSyxNQUFNLE1BQU0sU0FBUztBQUFBLE1BQ3ZDO0FBQUE7QUFBQSxNQUVBLGtCQUFrQjtBQUFBLE1BQ2xCLFFBQVEsRUFBRSxNQUFNLE9BQU8sUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE9BQU87QUFBQSxNQUN0RSxTQUFTLENBQUMsRUFBRSxRQUFRLENBQUMsUUFBUSxLQUFLLEdBQUcsUUFBUSxLQUFLLENBQUM7QUFBQSxNQUNuRCxRQUFRO0FBQUEsUUFDTixVQUFVO0FBQUEsUUFDVixFQUFFLE1BQU0sT0FBTyxNQUFNLFFBQVEsVUFBVSxNQUFNLE9BQU8sTUFBTSxPQUFPLEVBQUUsZ0JBQU0sS0FBSyxFQUFFO0FBQUEsUUFDaEYsWUFBWSxTQUFTLEVBQUUsNEJBQVEsT0FBTyxHQUFHLEVBQUUsVUFBVSxNQUFNLGNBQWMsRUFBRSxDQUFDO0FBQUEsUUFDNUUsWUFBWSxTQUFTLEVBQUUsa0NBQVMsT0FBTyxHQUFHLEVBQUUsVUFBVSxNQUFNLGNBQWMsRUFBRSxDQUFDO0FBQUEsUUFDN0UsWUFBWSxVQUFVLEVBQUUsNEJBQVEsUUFBUSxHQUFHLEVBQUUsVUFBVSxNQUFNLGNBQWMsRUFBRSxDQUFDO0FBQUEsTUFDaEY7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDUkEsZUFBc0IsVUFBVSxLQUFxQixTQUF3QztBQUMzRixRQUFNLFFBQVEsTUFBTTtBQUFBLElBQVc7QUFBQSxJQUFLLE1BQ2xDLElBQUksUUFBUSxPQUFPO0FBQUEsTUFDakIsWUFBWTtBQUFBLE1BQ1osTUFBTTtBQUFBLFFBQ0osTUFBTSxRQUFRO0FBQUEsUUFDZCxPQUFPLFFBQVE7QUFBQSxRQUNmLFFBQVEsUUFBUTtBQUFBLFFBQ2hCLE9BQU8sUUFBUTtBQUFBLFFBQ2YsZ0JBQWdCLFFBQVE7QUFBQSxRQUN4QixlQUFlLFFBQVE7QUFBQSxRQUN2QixNQUFNLFFBQVE7QUFBQSxNQUNoQjtBQUFBLE1BQ0E7QUFBQSxNQUNBLGdCQUFnQjtBQUFBLE1BQ2hCLE9BQU87QUFBQSxJQUNULENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTyxFQUFFLElBQUksTUFBTSxJQUFJLGNBQWMsTUFBTSxnQkFBZ0IsR0FBRyxPQUFPLE1BQU0sTUFBTTtBQUNuRjtBQTFDQTtBQUFBO0FBQUE7QUFRQTtBQUFBO0FBQUE7OztBQ0ZBLGVBQXNCLFNBQ3BCLEtBQ0EsWUFDQSxLQUNBLE1BQ0EsU0FDb0M7QUFDcEMsUUFBTSxLQUFLLE1BQU0sR0FBRztBQUNwQixRQUFNLE1BQ0osT0FBTyxPQUNILE9BQ0EsTUFBTSxJQUFJLFFBQVEsU0FBUyxFQUFFLFlBQVksSUFBSSxPQUFPLEdBQUcsS0FBSyxnQkFBZ0IsTUFBTSxlQUFlLEtBQUssQ0FBQztBQUM3RyxNQUFJLENBQUMsSUFBSyxPQUFNLFNBQVMsTUFBTSxPQUFPO0FBQ3RDLFNBQU87QUFDVDtBQXBCQTtBQUFBO0FBQUE7QUFHQTtBQUNBO0FBQUE7QUFBQTs7O0FDSkEsSUFZYSxrQkFpQ0E7QUE3Q2I7QUFBQTtBQUFBO0FBR0E7QUFDQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBR08sSUFBTSxtQkFBZ0UsT0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLE1BQU07QUFDL0csVUFBSSxjQUFjLFNBQVUsUUFBTztBQUNuQyxZQUFNLE1BQU0sTUFBTTtBQUFBLFFBQ2hCO0FBQUEsUUFDQTtBQUFBLFFBQ0EsS0FBSztBQUFBLFFBQ0w7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUNBLFVBQUksSUFBSSxXQUFXLGVBQWUsSUFBSSxZQUFZO0FBQ2hELGNBQU07QUFBQSxVQUNKO0FBQUEsVUFDQSxVQUFLLElBQUksVUFBVTtBQUFBLFFBQ3JCO0FBQUEsTUFDRjtBQUNBLFVBQUksQ0FBQyxZQUFZLEtBQUssT0FBTyxLQUFLLGlCQUFpQixFQUFFLENBQUMsR0FBRztBQUN2RCxjQUFNLFdBQVcsdUJBQXVCLGdGQUFtQztBQUFBLE1BQzdFO0FBQ0EsWUFBTSxRQUFRLE1BQU0sSUFBSSxRQUFRLE1BQU07QUFBQSxRQUNwQyxZQUFZO0FBQUEsUUFDWixPQUFPLEVBQUUsWUFBWSxFQUFFLFFBQVEsS0FBSyxjQUFjLEVBQUU7QUFBQSxRQUNwRDtBQUFBLFFBQ0EsZ0JBQWdCO0FBQUEsTUFDbEIsQ0FBQztBQUNELFVBQUksTUFBTSxZQUFZO0FBQ3BCLGNBQU0sU0FBUyxxQkFBcUIsZ0JBQU0sS0FBSyxhQUFhLHlEQUFxQztBQUNuRyxhQUFPO0FBQUEsSUFDVDtBQU1PLElBQU0sY0FBMEQsT0FBTyxFQUFFLEtBQUssV0FBVyxJQUFJLE1BQU07QUFDeEcsVUFBSSxjQUFjLFNBQVUsUUFBTztBQUVuQyxZQUFNLE1BQU0sTUFBTSxJQUFJLFFBQVEsR0FBRyxRQUFjO0FBQUEsUUFDN0MsWUFBWTtBQUFBLFFBQ1osT0FBTyxFQUFFLElBQUksRUFBRSxRQUFRLE1BQU0sSUFBSSxPQUFPLEVBQUUsRUFBRTtBQUFBLFFBQzVDO0FBQUEsTUFDRixDQUFDO0FBQ0QsVUFBSSxDQUFDLElBQUssT0FBTSxTQUFTLGdCQUFnQix5RUFBMkM7QUFDcEYsYUFBTyxXQUFXLEtBQUssWUFBWTtBQUNqQyxjQUFNQyxTQUFRLE1BQU0sSUFBSSxRQUFRLE9BQU87QUFBQSxVQUNyQyxZQUFZO0FBQUEsVUFDWixNQUFNO0FBQUEsWUFDSixZQUFZLElBQUk7QUFBQSxZQUNoQixRQUFRO0FBQUEsWUFDUixXQUFVLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQUEsWUFDakMsWUFBWSxJQUFJO0FBQUEsWUFDaEIsWUFBWSxJQUFJO0FBQUEsWUFDaEIsT0FBTyxJQUFJO0FBQUEsWUFDWCxVQUFVLElBQUk7QUFBQSxZQUNkLE1BQU0sSUFBSTtBQUFBLFlBQ1YsTUFBTSxJQUFJO0FBQUEsWUFDVixZQUFZLElBQUk7QUFBQSxZQUNoQixNQUFNLE1BQU0sSUFBSSxJQUFJO0FBQUEsWUFDcEIsU0FBUyxJQUFJO0FBQUEsWUFDYixVQUFVLElBQUk7QUFBQSxVQUNoQjtBQUFBLFVBQ0E7QUFBQSxVQUNBLGdCQUFnQjtBQUFBLFVBQ2hCLE9BQU87QUFBQSxRQUNULENBQUM7QUFDRCxjQUFNLElBQUksUUFBUSxPQUFPO0FBQUEsVUFDdkIsWUFBWTtBQUFBLFVBQ1osSUFBSSxJQUFJO0FBQUEsVUFDUixNQUFNLEVBQUUsUUFBUSxRQUFRLFlBQVlBLE9BQU0sR0FBRztBQUFBLFVBQzdDO0FBQUEsVUFDQSxnQkFBZ0I7QUFBQSxRQUNsQixDQUFDO0FBQ0QsY0FBTSxVQUFVLElBQUksV0FBVztBQUMvQixZQUFJLFlBQVksR0FBRztBQUNqQixnQkFBTSxRQUFRLHFCQUFxQixJQUFJLEVBQUU7QUFDekMsZ0JBQU0sVUFBVSxLQUFLO0FBQUEsWUFDbkIsTUFBTSxJQUFJO0FBQUEsWUFDVixPQUFPLENBQUM7QUFBQSxZQUNSLFFBQVE7QUFBQSxZQUNSO0FBQUEsWUFDQSxnQkFBZ0IsR0FBRyxLQUFLO0FBQUEsWUFDeEIsTUFBTSw0QkFBUUEsT0FBTSxVQUFVO0FBQUEsVUFDaEMsQ0FBQztBQUNELGdCQUFNLFVBQVUsS0FBSztBQUFBLFlBQ25CLE1BQU1BLE9BQU07QUFBQSxZQUNaLE9BQU87QUFBQSxZQUNQLFFBQVE7QUFBQSxZQUNSO0FBQUEsWUFDQSxnQkFBZ0IsR0FBRyxLQUFLO0FBQUEsWUFDeEIsTUFBTSxzQkFBTyxJQUFJLFVBQVU7QUFBQSxVQUM3QixDQUFDO0FBQUEsUUFDSDtBQUNBLGNBQU0sSUFBSSxRQUFRLE9BQU87QUFBQSxVQUN2QixZQUFZO0FBQUEsVUFDWixJQUFJLElBQUk7QUFBQSxVQUNSLE1BQU0sRUFBRSxTQUFTQSxPQUFNLElBQUksYUFBYSxRQUFRO0FBQUEsVUFDaEQ7QUFBQSxVQUNBLGdCQUFnQjtBQUFBLFFBQ2xCLENBQUM7QUFDRCxlQUFPLEVBQUUsR0FBRyxLQUFLLFNBQVNBLE9BQU0sSUFBSSxhQUFhLFFBQVE7QUFBQSxNQUMzRCxDQUFDO0FBQUEsSUFDSDtBQUFBO0FBQUE7OztBQ2hIQSxJQVVhO0FBVmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBR08sSUFBTSxtQkFBcUM7QUFBQSxNQUNoRCxNQUFNO0FBQUEsTUFDTixRQUFRLEVBQUUsVUFBVSxFQUFFLDRCQUFRLGtCQUFrQixHQUFHLFFBQVEsRUFBRSw0QkFBUSxtQkFBbUIsRUFBRTtBQUFBLE1BQzFGLE9BQU87QUFBQSxRQUNMLE9BQU8sT0FBTztBQUFBLFFBQ2QsWUFBWTtBQUFBLFFBQ1osZ0JBQWdCLENBQUMsV0FBVyxpQkFBaUIsZUFBZSxVQUFVLFdBQVc7QUFBQSxNQUNuRjtBQUFBO0FBQUEsTUFFQSxrQkFBa0I7QUFBQSxNQUNsQixRQUFRLEVBQUUsTUFBTSxPQUFPLFFBQVEsT0FBTyxRQUFRLFFBQVEsUUFBUSxPQUFPO0FBQUEsTUFDckUsT0FBTyxFQUFFLGNBQWMsQ0FBQyxnQkFBZ0IsR0FBRyxhQUFhLENBQUMsV0FBVyxFQUFFO0FBQUEsTUFDdEUsUUFBUTtBQUFBLFFBQ04sU0FBUyxTQUFTLFdBQVcsRUFBRSxnQkFBTSxVQUFVLEdBQUcsRUFBRSxVQUFVLEtBQUssQ0FBQztBQUFBLFFBQ3BFLEVBQUUsTUFBTSxpQkFBaUIsTUFBTSxRQUFRLFVBQVUsTUFBTSxPQUFPLEVBQUUsc0JBQU8saUJBQWlCLEVBQUU7QUFBQSxRQUMxRjtBQUFBLFVBQ0U7QUFBQSxVQUNBLEVBQUUsZ0JBQU0sUUFBUTtBQUFBLFVBQ2hCLEVBQUUsTUFBTSxFQUFFLGdCQUFNLE1BQU0sR0FBRyxTQUFTLEVBQUUsZ0JBQU0sU0FBUyxFQUFFO0FBQUEsVUFDckQsRUFBRSxVQUFVLE1BQU0sY0FBYyxPQUFPO0FBQUEsUUFDekM7QUFBQSxRQUNBLEVBQUUsTUFBTSxRQUFRLE1BQU0sWUFBWSxPQUFPLEVBQUUsZ0JBQU0sTUFBTSxFQUFFO0FBQUEsUUFDekQsU0FBUyxTQUFTLFdBQVcsRUFBRSxnQkFBTSxVQUFVLEdBQUcsRUFBRSxVQUFVLEtBQUssQ0FBQztBQUFBLFFBQ3BFLEVBQUUsTUFBTSxlQUFlLE1BQU0sVUFBVSxPQUFPLEVBQUUsNEJBQVEsY0FBYyxHQUFHLE9BQU8sRUFBRSxVQUFVLEtBQUssRUFBRTtBQUFBLE1BQ3JHO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ25DQSxJQWFhO0FBYmIsSUFBQUMsY0FBQTtBQUFBO0FBQUE7QUFHQTtBQUNBO0FBRUE7QUFDQTtBQU1PLElBQU0sa0JBQW9ELENBQUMsRUFBRSxNQUFNLFdBQVcsYUFBYSxJQUFJLE1BQU07QUFFMUcsWUFBTSxVQUNKLGNBQWMsWUFBWSxLQUFLLFVBQVUsV0FBYyxLQUFLLFNBQVMsV0FBVyxhQUFhLFNBQVM7QUFDeEcsVUFBSSxXQUFXLENBQUMsZ0JBQWdCLEdBQUcsS0FBSyxDQUFDLFFBQVEsWUFBWSxHQUFHLEdBQUcsT0FBTyxHQUFHO0FBQzNFLGNBQU0sVUFBVSxvQkFBb0Isc0pBQTREO0FBQUEsVUFDOUYsT0FBTztBQUFBLFFBQ1QsQ0FBQztBQUFBLE1BQ0g7QUFDQSxZQUFNLFFBQVEsS0FBSyxVQUFVLFNBQVksYUFBYSxRQUFRLEtBQUs7QUFDbkUsV0FBSyxjQUFjLFVBQVUsS0FBSyxLQUFLO0FBQ3ZDLGFBQU87QUFBQSxJQUNUO0FBQUE7QUFBQTs7O0FDekJBLElBY00sWUFNTztBQXBCYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0EsSUFBQUM7QUFDQTtBQUdBLElBQU0sYUFBMEIsQ0FBQyxFQUFFLElBQUksTUFBTSxRQUFRLFlBQVksR0FBRyxHQUFHLE9BQU87QUFNdkUsSUFBTSxRQUEwQjtBQUFBLE1BQ3JDLE1BQU07QUFBQSxNQUNOLFFBQVEsRUFBRSxVQUFVLEVBQUUsc0JBQU8sWUFBWSxHQUFHLFFBQVEsRUFBRSxzQkFBTyxhQUFhLEVBQUU7QUFBQSxNQUM1RSxPQUFPO0FBQUEsUUFDTCxPQUFPLE9BQU87QUFBQSxRQUNkLFlBQVk7QUFBQSxRQUNaLGdCQUFnQixDQUFDLGNBQWMsY0FBYyxRQUFRLFVBQVUsV0FBVyxVQUFVO0FBQUEsUUFDcEYsc0JBQXNCLENBQUMsY0FBYyxjQUFjLFlBQVk7QUFBQSxNQUNqRTtBQUFBLE1BQ0EsUUFBUSxFQUFFLE1BQU0sZUFBZSxNQUFNLEdBQUcsUUFBUSxPQUFPLFFBQVEsT0FBTyxRQUFRLE9BQU87QUFBQSxNQUNyRixPQUFPLEVBQUUsY0FBYyxDQUFDLGVBQWUsRUFBRTtBQUFBLE1BQ3pDLFFBQVE7QUFBQSxRQUNOO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixRQUFRO0FBQUEsWUFDTjtBQUFBLGNBQ0UsTUFBTTtBQUFBLGNBQ04sTUFBTTtBQUFBLGNBQ04sVUFBVTtBQUFBLGNBQ1YsUUFBUTtBQUFBLGNBQ1IsT0FBTztBQUFBLGNBQ1AsT0FBTyxFQUFFLGdCQUFNLGFBQWE7QUFBQSxjQUM1QixVQUFVLENBQUMsTUFDUixPQUFPLE1BQU0sWUFBWSxZQUFZLEtBQUssQ0FBQyxLQUM1QztBQUFBLFlBQ0o7QUFBQSxZQUNBLE9BQU8sVUFBVSxFQUFFLGdCQUFNLFFBQVEsR0FBRyxlQUFlLEVBQUUsVUFBVSxNQUFNLGNBQWMsVUFBVSxPQUFPLEtBQUssQ0FBQztBQUFBLFlBQzFHO0FBQUEsY0FDRSxNQUFNO0FBQUEsY0FDTixNQUFNO0FBQUEsY0FDTixjQUFjO0FBQUEsY0FDZCxPQUFPLEVBQUUsNEJBQVEsU0FBUztBQUFBLGNBQzFCLE9BQU8sRUFBRSxVQUFVLE1BQU0sYUFBYSxFQUFFLG9EQUFZLCtCQUErQixFQUFFO0FBQUEsWUFDdkY7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLE9BQU8sY0FBYyxFQUFFLDRCQUFRLFFBQVEsR0FBRyxjQUFjLEVBQUUsVUFBVSxNQUFNLGNBQWMsWUFBWSxDQUFDO0FBQUEsWUFDckcsRUFBRSxNQUFNLGNBQWMsTUFBTSxRQUFRLE9BQU8sRUFBRSxzQkFBTyxhQUFhLEVBQUU7QUFBQSxZQUNuRTtBQUFBLGNBQ0UsTUFBTTtBQUFBLGNBQ04sTUFBTTtBQUFBLGNBQ04sT0FBTyxFQUFFLHNCQUFPLE9BQU87QUFBQTtBQUFBLGNBRXZCLFFBQVEsRUFBRSxNQUFNLFdBQVc7QUFBQSxjQUMzQixVQUFVLENBQUMsTUFDVCxDQUFDLEtBQUssYUFBYSxLQUFLLENBQUMsS0FBSztBQUFBLFlBQ2xDO0FBQUEsWUFDQSxFQUFFLE1BQU0sZUFBZSxNQUFNLFFBQVEsT0FBTyxFQUFFLDhDQUFXLGdCQUFnQixHQUFHLE9BQU8sRUFBRSxVQUFVLEtBQUssRUFBRTtBQUFBLFVBQ3hHO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLE9BQU8sRUFBRSxXQUFXLENBQUMsR0FBRyxNQUFNLEdBQUcsZUFBZSxTQUFTO0FBQUEsVUFDekQsUUFBUTtBQUFBLFlBQ04sRUFBRSxNQUFNLFlBQVksTUFBTSxRQUFRLE9BQU8sRUFBRSxnQkFBTSxVQUFVLEVBQUU7QUFBQSxZQUM3RCxFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsT0FBTyxFQUFFLGdCQUFNLE1BQU0sRUFBRTtBQUFBLFlBQ3JELEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxPQUFPLEVBQUUsZ0JBQU0sTUFBTSxFQUFFO0FBQUEsVUFDdkQ7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sT0FBTyxFQUFFLDRCQUFRLFFBQVE7QUFBQSxVQUN6QixPQUFPLEVBQUUsV0FBVyxDQUFDLEdBQUcsTUFBTSxHQUFHLGVBQWUsU0FBUztBQUFBLFFBQzNEO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sVUFBVSxFQUFFLE9BQU8sRUFBRSw0QkFBUSxNQUFNLEVBQUUsQ0FBQztBQUFBLFlBQ3RDLE9BQU8sV0FBVyxFQUFFLDRCQUFRLFlBQVksR0FBRyxVQUFVLEVBQUUsVUFBVSxNQUFNLGNBQWMsUUFBUSxDQUFDO0FBQUEsWUFDOUY7QUFBQSxjQUNFLE1BQU07QUFBQSxjQUNOLE1BQU07QUFBQSxjQUNOLFVBQVU7QUFBQSxjQUNWLGNBQWMsT0FBTSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLGNBQzNDLE9BQU8sRUFBRSw0QkFBUSxXQUFXO0FBQUEsY0FDNUIsT0FBTztBQUFBLFlBQ1Q7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLFNBQVMsU0FBUyxZQUFZLEVBQUUsc0JBQU8sVUFBVSxHQUFHLEVBQUUsVUFBVSxLQUFLLENBQUM7QUFBQSxZQUN0RSxTQUFTLFNBQVMsY0FBYyxFQUFFLDRCQUFRLGFBQWEsR0FBRyxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsVUFDOUU7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sWUFBWTtBQUFBLFVBQ1osSUFBSTtBQUFBLFVBQ0osT0FBTyxFQUFFLDRCQUFRLFFBQVE7QUFBQSxVQUN6QixhQUFhO0FBQUEsVUFDYixjQUFjO0FBQUEsVUFDZCxPQUFPLEVBQUUsZ0JBQWdCLENBQUMsYUFBYSxTQUFTLFVBQVUsZ0JBQWdCLE1BQU0sRUFBRTtBQUFBLFFBQ3BGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sWUFBWTtBQUFBLFVBQ1osSUFBSTtBQUFBLFVBQ0osT0FBTyxFQUFFLDRCQUFRLFdBQVc7QUFBQSxVQUM1QixhQUFhO0FBQUEsVUFDYixjQUFjO0FBQUEsVUFDZCxPQUFPLEVBQUUsZ0JBQWdCLENBQUMsY0FBYyxZQUFZLFNBQVMsVUFBVSxTQUFTLEVBQUU7QUFBQSxRQUNwRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDNUhPLFNBQVMsWUFBWSxJQUEyQjtBQUNyRCxRQUFNQyxLQUFJLE9BQU8sT0FBTyxXQUFXLElBQUksS0FBSyxFQUFFLElBQUk7QUFDbEQsTUFBSSxPQUFPLE1BQU1BLEdBQUUsUUFBUSxDQUFDLEVBQUcsT0FBTSxJQUFJLE1BQU0scUJBQXFCLE9BQU8sRUFBRSxDQUFDLEVBQUU7QUFDaEYsU0FBTyxJQUFJLEtBQUtBLEdBQUUsUUFBUSxJQUFJLGtCQUFrQixFQUFFLFlBQVksRUFBRSxNQUFNLEdBQUcsRUFBRTtBQUM3RTtBQUdPLFNBQVMsaUJBQWlCQyxNQUFtQjtBQUNsRCxTQUFPLElBQUksTUFBSyxvQkFBSSxLQUFLLEdBQUdBLElBQUcsZ0JBQWdCLEdBQUUsUUFBUSxJQUFJLGtCQUFrQjtBQUNqRjtBQWhCQSxJQUlNO0FBSk47QUFBQTtBQUFBO0FBSUEsSUFBTSxxQkFBcUIsSUFBSSxLQUFLLEtBQUs7QUFBQTtBQUFBOzs7QUNDekMsU0FBUyxTQUFTO0FBTGxCLElBV00sYUFPTztBQWxCYjtBQUFBO0FBQUE7QUFPQTtBQUNBO0FBQ0E7QUFFQSxJQUFNLGNBQWMsRUFBRSxPQUFPO0FBQUEsTUFDM0IsS0FBSyxFQUNGLE9BQU8sRUFDUCxNQUFNLHVCQUF1QixZQUFZLEVBQ3pDLFNBQVM7QUFBQSxJQUNkLENBQUM7QUFFTSxJQUFNLHVCQUFpQztBQUFBLE1BQzVDLE1BQU07QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLFNBQVMsT0FBTyxRQUFRO0FBQ3RCLG9CQUFZLEtBQUssQ0FBQyxPQUFPLEdBQUcsMkdBQStDO0FBQzNFLGNBQU1DLE9BQU0sVUFBVSxhQUFhLElBQUksU0FBUyxDQUFDLEdBQUcsZUFBZSxFQUFFLE9BQU8sWUFBWSxvQkFBSSxLQUFLLENBQUM7QUFDbEcsY0FBTSxPQUFPLGlCQUFpQkEsSUFBRztBQUNqQyxjQUFNLEtBQUssSUFBSSxLQUFLLEtBQUssUUFBUSxJQUFJLEtBQVU7QUFDL0MsY0FBTSxRQUFRLE1BQU0sSUFBSSxRQUFRLEtBQUs7QUFBQSxVQUNuQyxZQUFZO0FBQUEsVUFDWixPQUFPO0FBQUEsWUFDTCxLQUFLO0FBQUEsY0FDSCxFQUFFLFFBQVEsRUFBRSxRQUFRLFNBQVMsRUFBRTtBQUFBLGNBQy9CLEVBQUUsV0FBVyxFQUFFLG9CQUFvQixLQUFLLFlBQVksRUFBRSxFQUFFO0FBQUEsY0FDeEQsRUFBRSxXQUFXLEVBQUUsV0FBVyxHQUFHLFlBQVksRUFBRSxFQUFFO0FBQUEsWUFDL0M7QUFBQSxVQUNGO0FBQUEsVUFDQSxNQUFNO0FBQUEsVUFDTixZQUFZO0FBQUEsVUFDWixPQUFPO0FBQUEsVUFDUDtBQUFBLFFBQ0YsQ0FBQztBQUNELGNBQU0sU0FBUyxvQkFBSSxJQUErRjtBQUNsSCxtQkFBVyxLQUFLLE1BQU0sTUFBTTtBQUMxQixnQkFBTSxNQUFNLE9BQU8sTUFBTSxFQUFFLFVBQVUsS0FBSyxTQUFTO0FBQ25ELGdCQUFNLFFBQVEsT0FBTyxJQUFJLEdBQUcsS0FBSyxFQUFFLE1BQU0sRUFBRSxjQUFjLE1BQU0sT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDeEcsZ0JBQU07QUFDTixnQkFBTSxTQUFTLEVBQUU7QUFDakIsZ0JBQU0sVUFBVSxFQUFFLFVBQVU7QUFDNUIsZ0JBQU0sT0FBTyxFQUFFLFFBQVEsT0FBTyxFQUFFLFNBQVMsV0FBVyxFQUFFLEtBQUssYUFBYSxFQUFFO0FBQzFFLGdCQUFNLE1BQU0sS0FBSztBQUFBLFlBQ2YsSUFBSSxFQUFFO0FBQUEsWUFDTjtBQUFBLFlBQ0EsVUFBVSxFQUFFO0FBQUEsWUFDWixPQUFPLEVBQUU7QUFBQSxZQUNULFFBQVEsRUFBRTtBQUFBLFlBQ1YsWUFBWSxFQUFFO0FBQUEsWUFDZCxNQUFNLEVBQUU7QUFBQSxVQUNWLENBQUM7QUFDRCxpQkFBTyxJQUFJLEtBQUssS0FBSztBQUFBLFFBQ3ZCO0FBQ0EsZUFBTyxTQUFTLEtBQUssRUFBRSxLQUFBQSxNQUFLLFFBQVEsQ0FBQyxHQUFHLE9BQU8sT0FBTyxDQUFDLEVBQUUsQ0FBQztBQUFBLE1BQzVEO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQytDQSxTQUFTLFlBQ1AsR0FDQSxNQUNBLE9BQ1M7QUFDVCxVQUNHLFNBQVMsVUFBYSxPQUFPLEVBQUUsSUFBSSxNQUFNLE9BQU8sS0FBSyxFQUFFLE1BQ3hELEVBQUUsYUFBYSxNQUFNLFlBQ3JCLEVBQUUsVUFBVSxNQUFNLFNBQ2xCLElBQUksS0FBSyxFQUFFLFVBQVUsRUFBRSxRQUFRLE1BQU0sSUFBSSxLQUFLLE1BQU0sVUFBVSxFQUFFLFFBQVE7QUFFNUU7QUFFTyxTQUFTLFNBQVMsT0FBa0IsT0FBc0U7QUFDL0csTUFBSSxNQUFNLFNBQVMsVUFBYSxNQUFNLFNBQVMsUUFBUSxNQUFNLFNBQVM7QUFDcEUsV0FBTyxNQUFNLFVBQVUsSUFBSSxPQUFPLE1BQU0sSUFBSSxDQUFDO0FBQy9DLFNBQU8sTUFBTSxhQUFhLE1BQU0sY0FBYyxJQUFJLE1BQU0sVUFBVSxJQUFJO0FBQ3hFO0FBU0EsU0FBUyxTQUNQLE9BQ0EsTUFDQSxJQUNBLE9BQzhDO0FBQzlDLE1BQUksS0FBSyxZQUFZLEdBQUcsUUFBUSxJQUFJLElBQUksS0FBSyxLQUFLLFFBQVEsRUFBRSxRQUFRLEdBQUc7QUFDckUsV0FBTztBQUFBLE1BQ0wsTUFBTTtBQUFBLE1BQ04sU0FBUztBQUFBLElBQ1g7QUFBQSxFQUNGO0FBQ0EsUUFBTSxlQUFlLE1BQU0sUUFBUTtBQUNuQyxNQUFJLGdCQUFnQixHQUFHLFFBQVEsSUFBSSxJQUFJLEtBQUssWUFBWSxFQUFFLFFBQVEsR0FBRztBQUNuRSxXQUFPO0FBQUEsTUFDTCxNQUFNO0FBQUEsTUFDTixTQUFTO0FBQUEsSUFDWDtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE1BQU0sUUFBUyxRQUFPO0FBQzFCLFFBQU0sTUFBTSxRQUFRLE1BQU0sT0FBTyxNQUFNLEdBQUc7QUFDMUMsUUFBTSxPQUFPLE1BQU0sV0FBVyxXQUFXLElBQUksb0JBQW9CLElBQUk7QUFDckUsTUFBSSxNQUFNLElBQUksUUFBUSxJQUFJLEdBQUcsUUFBUSxJQUFJLE9BQU8sUUFBUTtBQUN0RCxXQUFPO0FBQUEsTUFDTCxNQUFNO0FBQUEsTUFDTixTQUFTLHdDQUFVLElBQUksZ0ZBQXdDLElBQUk7QUFBQSxJQUNyRTtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHTyxTQUFTLFVBQVUsUUFBcUIsT0FBNkI7QUFDMUUsUUFBTSxVQUFVLG9CQUFJLElBQXlCO0FBQzdDLFFBQU0sV0FBVyxvQkFBSSxJQUFvQjtBQUN6QyxRQUFNLFNBQVMsSUFBSSxJQUFJLE1BQU0sTUFBTTtBQUNuQyxTQUFPLE9BQU8sSUFBSSxDQUFDLFVBQW1CO0FBQ3BDLFVBQU0sU0FBUyxDQUFDLE1BQWtCLGFBQThCLEVBQUUsUUFBUSxZQUFZLE1BQU0sUUFBUTtBQUNwRyxRQUFJLENBQUMsTUFBTSxlQUFnQixRQUFPLE9BQU8sZUFBZSxxRUFBdUM7QUFDL0YsVUFBTSxPQUFPLFNBQVMsT0FBTyxLQUFLO0FBQ2xDLFVBQU0sVUFBVSxNQUFNLFNBQVMsSUFBSSxNQUFNLGNBQWMsS0FBSyxRQUFRLElBQUksTUFBTSxjQUFjO0FBQzVGLFFBQUksU0FBUztBQUNYLGFBQU8sWUFBWSxTQUFTLE1BQU0sS0FBSyxJQUNuQyxFQUFFLFFBQVEsYUFBYSxJQUFJLFFBQVEsSUFDbkMsT0FBTyx3QkFBd0IsMkdBQW9EO0FBQUEsSUFDekY7QUFDQSxVQUFNLFVBQVUsVUFBVSxLQUFLO0FBQy9CLFFBQUksQ0FBQyxRQUFRLEdBQUksUUFBTyxPQUFPLFFBQVEsTUFBTSxRQUFRLE9BQU87QUFDNUQsVUFBTSxLQUFLLElBQUksS0FBSyxNQUFNLFVBQVU7QUFDcEMsUUFBSSxDQUFDLE1BQU0sY0FBYyxPQUFPLE1BQU0sR0FBRyxRQUFRLENBQUMsRUFBRyxRQUFPLE9BQU8sZ0JBQWdCLHlEQUFzQjtBQUN6RyxRQUFJLEdBQUcsUUFBUSxJQUFJLE1BQU0sSUFBSSxRQUFRLElBQUkscUJBQXFCO0FBQzVELGFBQU8sT0FBTyxlQUFlLGtGQUEwQztBQUFBLElBQ3pFO0FBQ0EsUUFBSSxDQUFDLEtBQU0sUUFBTyxPQUFPLGdCQUFnQix3Q0FBVSxNQUFNLGNBQWMsTUFBTSxJQUFJLHFCQUFnQjtBQUNqRyxRQUFJLEtBQUssV0FBVyxVQUFVO0FBQzVCLGFBQU87QUFBQSxRQUNMO0FBQUEsUUFDQSxzQkFBTyxLQUFLLFVBQVUsVUFBSyxLQUFLLFdBQVcsU0FBUyxpQkFBTyxjQUFJLHFCQUFnQixLQUFLLE1BQU07QUFBQSxNQUM1RjtBQUFBLElBQ0Y7QUFDQSxVQUFNLE9BQU8sU0FBUyxPQUFPLE1BQU0sSUFBSSxLQUFLO0FBQzVDLFFBQUksS0FBTSxRQUFPLE9BQU8sS0FBSyxNQUFNLEtBQUssT0FBTztBQUMvQyxRQUFJLE1BQU0sUUFBUTtBQUNoQixVQUFJLENBQUMsTUFBTSxPQUFPLFdBQVcsU0FBUyxNQUFNLFFBQVEsR0FBRztBQUNyRCxlQUFPLE9BQU8sdUJBQXVCLHVDQUFTLE1BQU0sUUFBUSxtREFBeUM7QUFBQSxNQUN2RztBQUNBLFVBQUksQ0FBQyxlQUFlLE1BQU0sT0FBTyxVQUFVLEtBQUssVUFBVSxHQUFHO0FBQzNELGVBQU8sT0FBTyxrQkFBa0IsbUhBQXVEO0FBQUEsTUFDekY7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLFFBQVEsTUFBTSxPQUFPLEVBQUU7QUFDckMsVUFBTUMsT0FBTSxZQUFZLEVBQUU7QUFDMUIsVUFBTSxNQUFNLFNBQVMsS0FBSyxJQUFJQSxJQUFHO0FBQ2pDLFVBQU0sUUFBUSxhQUFhLE9BQU8sT0FBTyxPQUFPLElBQUksR0FBRyxLQUFLLENBQUM7QUFDN0QsUUFBSSxDQUFDLE1BQU0sR0FBSSxRQUFPLE9BQU8sTUFBTSxNQUFNLE1BQU0sT0FBTztBQUN0RCxXQUFPLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxLQUFLLEtBQUssTUFBTSxNQUFNO0FBQ3JELFVBQU0sZ0JBQWdCLFNBQVMsSUFBSSxPQUFPLEtBQUssRUFBRSxDQUFDLEtBQUssS0FBSyxXQUFXLE1BQU07QUFDN0UsYUFBUyxJQUFJLE9BQU8sS0FBSyxFQUFFLEdBQUcsWUFBWTtBQUMxQyxVQUFNLE9BQW9CO0FBQUEsTUFDeEIsTUFBTSxLQUFLO0FBQUEsTUFDWCxNQUFNLE1BQU0sUUFBUSxLQUFLO0FBQUEsTUFDekIsVUFBVSxNQUFNO0FBQUEsTUFDaEIsT0FBTyxNQUFNO0FBQUEsTUFDYixZQUFZLEdBQUcsWUFBWTtBQUFBLE1BQzNCLFFBQVEsTUFBTTtBQUFBLE1BQ2QsV0FBVyxNQUFNO0FBQUEsTUFDakIsZ0JBQWdCLE1BQU07QUFBQSxNQUN0QixNQUFNLE1BQU07QUFBQSxNQUNaLFlBQVksTUFBTTtBQUFBLE1BQ2xCLFFBQVEsTUFBTTtBQUFBLE1BQ2Q7QUFBQSxNQUNBLFNBQVMsTUFBTSxlQUFlLGtCQUFrQixNQUFNLFNBQVMsV0FBVztBQUFBLE1BQzFFLGVBQWUsTUFBTTtBQUFBLE1BQ3JCLEtBQUFBO0FBQUEsSUFDRjtBQUNBLFlBQVEsSUFBSSxNQUFNLGdCQUFnQixJQUFJO0FBQ3RDLFdBQU8sRUFBRSxRQUFRLFlBQVksS0FBSztBQUFBLEVBQ3BDLENBQUM7QUFDSDtBQXhPQSxJQVVhLHFCQWdHQSxVQXFCUDtBQS9ITjtBQUFBO0FBQUE7QUFNQTtBQUNBO0FBQ0E7QUFFTyxJQUFNLHNCQUFzQixJQUFJLEtBQUs7QUFnR3JDLElBQU0sV0FBVyxDQUFDLE1BQXVCQSxTQUFnQixHQUFHLElBQUksSUFBSUEsSUFBRztBQXFCOUUsSUFBTSxTQUFTO0FBQUE7QUFBQTs7O0FDekdmLFNBQVMsU0FBUyxNQUFrQixLQUFhO0FBQy9DLFNBQU87QUFBQSxJQUNMLE1BQU0sS0FBSztBQUFBLElBQ1gsT0FBTyxLQUFLO0FBQUEsSUFDWixRQUFRO0FBQUEsSUFDUixPQUFPLGFBQWEsS0FBSyxFQUFFO0FBQUEsSUFDM0IsZ0JBQWdCLFFBQVEsS0FBSyxjQUFjO0FBQUEsSUFDM0MsY0FBYyxLQUFLO0FBQUEsSUFDbkIsZUFBZSxLQUFLO0FBQUEsSUFDcEIsV0FBVztBQUFBLElBQ1gsV0FBVztBQUFBLEVBQ2I7QUFDRjtBQUVBLFNBQVMsUUFBUSxHQUFnQixLQUFhO0FBQzVDLFNBQU87QUFBQSxJQUNMLE1BQU0sRUFBRTtBQUFBLElBQ1IsVUFBVSxFQUFFO0FBQUEsSUFDWixPQUFPLEVBQUU7QUFBQSxJQUNULFlBQVksRUFBRTtBQUFBLElBQ2QsUUFBUSxFQUFFO0FBQUEsSUFDVixXQUFXLEVBQUUsYUFBYTtBQUFBLElBQzFCLE1BQU0sRUFBRTtBQUFBLElBQ1IsUUFBUSxFQUFFO0FBQUEsSUFDVixjQUFjLEVBQUU7QUFBQSxJQUNoQixTQUFTLEVBQUU7QUFBQSxJQUNYLGVBQWUsRUFBRTtBQUFBLElBQ2pCLGdCQUFnQixFQUFFO0FBQUEsSUFDbEIsTUFBTSxFQUFFLFFBQVE7QUFBQSxJQUNoQixZQUFZLEVBQUUsY0FBYztBQUFBLElBQzVCLFdBQVc7QUFBQSxJQUNYLFdBQVc7QUFBQSxFQUNiO0FBQ0Y7QUFFQSxTQUFTLFVBQVUsT0FBc0I7QUFDdkMsUUFBTSxVQUFVLG9CQUFJLElBR2xCO0FBQ0YsUUFBTSxXQUFXLG9CQUFJLElBQXNEO0FBQzNFLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFVBQU0sTUFBTSxTQUFTLEVBQUUsTUFBTSxFQUFFLEdBQUc7QUFDbEMsVUFBTUMsS0FBSSxRQUFRLElBQUksR0FBRyxLQUFLLEVBQUUsTUFBTSxFQUFFLE1BQU0sS0FBSyxFQUFFLEtBQUssT0FBTyxHQUFHLE9BQU8sR0FBRyxRQUFRLEVBQUU7QUFDeEYsSUFBQUEsR0FBRTtBQUNGLElBQUFBLEdBQUUsU0FBUyxFQUFFO0FBQ2IsSUFBQUEsR0FBRSxVQUFVLEVBQUU7QUFDZCxZQUFRLElBQUksS0FBS0EsRUFBQztBQUNsQixVQUFNLElBQUksU0FBUyxJQUFJLE9BQU8sRUFBRSxJQUFJLENBQUMsS0FBSyxFQUFFLE1BQU0sRUFBRSxNQUFNLE9BQU8sRUFBRTtBQUNuRSxNQUFFLFNBQVMsRUFBRTtBQUNiLGFBQVMsSUFBSSxPQUFPLEVBQUUsSUFBSSxHQUFHLENBQUM7QUFBQSxFQUNoQztBQUNBLFNBQU8sRUFBRSxTQUFTLENBQUMsR0FBRyxRQUFRLE9BQU8sQ0FBQyxHQUFHLFVBQVUsQ0FBQyxHQUFHLFNBQVMsT0FBTyxDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxVQUFVLENBQUMsRUFBRTtBQUN6RztBQWdCQSxlQUFlLFNBQVMsS0FBOEQ7QUFFcEYsUUFBTSxVQUFVLElBQUksUUFBUTtBQUM1QixRQUFNLEtBQUssSUFBSSx5QkFBeUIsVUFBVSxNQUFNLElBQUksZ0JBQWdCLElBQUk7QUFDaEYsUUFBTSxVQUFVLE9BQU8sU0FBWSxTQUFZLFFBQVEsU0FBUyxPQUFPLEVBQUUsQ0FBQztBQUMxRSxNQUFJLENBQUMsUUFBUyxPQUFNLElBQUksTUFBTSwyRUFBMkU7QUFDekcsU0FBTyxFQUFFLElBQUksUUFBUSxJQUFJLEdBQUcsUUFBUSxPQUFPO0FBQzdDO0FBRUEsZUFBZSxrQkFBa0IsS0FBcUIsT0FBc0IsS0FBb0M7QUFDOUcsUUFBTSxFQUFFLElBQUksR0FBQUEsR0FBRSxJQUFJLE1BQU0sU0FBUyxHQUFHO0FBQ3BDLFFBQU0sUUFBUUEsR0FBRTtBQUNoQixRQUFNLE1BQU0sb0JBQUksSUFBb0I7QUFDcEMsV0FBUyxJQUFJLEdBQUcsSUFBSSxNQUFNLFFBQVEsS0FBSyxPQUFPO0FBQzVDLFVBQU1DLFFBQU8sTUFBTSxNQUFNLEdBQUcsSUFBSSxLQUFLLEVBQUUsSUFBSSxDQUFDLE1BQU0sUUFBUSxHQUFHLEdBQUcsQ0FBQztBQUNqRSxVQUFNLFdBQVcsTUFBTSxHQUFHLE9BQU8sS0FBSyxFQUFFLE9BQU9BLEtBQUksRUFBRSxVQUFVLEVBQUUsSUFBSSxNQUFNLElBQUksS0FBSyxNQUFNLGVBQWUsQ0FBQztBQUMxRyxlQUFXLEtBQUssU0FBVSxLQUFJLElBQUksRUFBRSxLQUFLLEVBQUUsRUFBRTtBQUFBLEVBQy9DO0FBQ0EsU0FBTyxNQUFNLElBQUksQ0FBQyxPQUFPLEVBQUUsR0FBRyxHQUFHLElBQUksSUFBSSxJQUFJLEVBQUUsY0FBYyxFQUFHLEVBQUU7QUFDcEU7QUFFQSxlQUFlLG1CQUFtQixLQUFxQixPQUFxQixLQUE0QjtBQUN0RyxRQUFNLEVBQUUsS0FBQUMsTUFBSyxRQUFRLElBQUksTUFBTSxPQUFPLCtCQUErQjtBQUNyRSxRQUFNLEVBQUUsSUFBSSxHQUFBRixHQUFFLElBQUksTUFBTSxTQUFTLEdBQUc7QUFDcEMsUUFBTSxVQUFVLE1BQU0sT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLENBQUMsRUFBRSxJQUFJLENBQUMsTUFBTSxTQUFTLEdBQUcsR0FBRyxDQUFDO0FBQy9FLFdBQVMsSUFBSSxHQUFHLElBQUksUUFBUSxRQUFRLEtBQUssT0FBTztBQUM5QyxVQUFNLEdBQUcsT0FBT0EsR0FBRSxhQUFjLEVBQUUsT0FBTyxRQUFRLE1BQU0sR0FBRyxJQUFJLEtBQUssQ0FBQztBQUFBLEVBQ3RFO0FBQ0EsUUFBTSxFQUFFLFNBQVMsU0FBUyxJQUFJLFVBQVUsS0FBSztBQUM3QyxRQUFNLE9BQU9BLEdBQUU7QUFDZixXQUFTLElBQUksR0FBRyxJQUFJLFFBQVEsUUFBUSxLQUFLLE9BQU87QUFDOUMsVUFBTSxHQUNILE9BQU8sSUFBSSxFQUNYLE9BQU8sUUFBUSxNQUFNLEdBQUcsSUFBSSxLQUFLLEVBQUUsSUFBSSxDQUFDLE9BQU8sRUFBRSxHQUFHLEdBQUcsV0FBVyxLQUFLLFdBQVcsSUFBSSxFQUFFLENBQUMsRUFDekYsbUJBQW1CO0FBQUEsTUFDbEIsUUFBUSxDQUFDLEtBQUssTUFBTSxLQUFLLEdBQUc7QUFBQSxNQUM1QixLQUFLO0FBQUEsUUFDSCxPQUFPRSxPQUFNLEtBQUssS0FBSztBQUFBLFFBQ3ZCLE9BQU9BLE9BQU0sS0FBSyxLQUFLO0FBQUEsUUFDdkIsUUFBUUEsT0FBTSxLQUFLLE1BQU07QUFBQSxRQUN6QixXQUFXO0FBQUEsTUFDYjtBQUFBLElBQ0YsQ0FBQztBQUFBLEVBQ0w7QUFFQSxRQUFNLFFBQVFGLEdBQUU7QUFDaEIsV0FBUyxJQUFJLEdBQUcsSUFBSSxTQUFTLFFBQVEsS0FBSyxPQUFPO0FBQy9DLFVBQU0sT0FBTyxTQUFTLE1BQU0sR0FBRyxJQUFJLEtBQUs7QUFDeEMsVUFBTSxRQUFRRSxLQUFJO0FBQUEsTUFDaEIsS0FBSyxJQUFJLENBQUMsTUFBTUEsWUFBVyxFQUFFLElBQUksU0FBUyxFQUFFLEtBQUssRUFBRTtBQUFBLE1BQ25EQTtBQUFBLElBQ0Y7QUFDQSxVQUFNLEdBQ0gsT0FBTyxLQUFLLEVBQ1osSUFBSSxFQUFFLFNBQVNBLGdCQUFlLE1BQU0sT0FBTyxnQkFBZ0IsTUFBTSxFQUFFLElBQUksS0FBSyxnQkFBZ0IsV0FBVyxJQUFJLENBQUMsRUFDNUcsTUFBTSxRQUFRLE1BQU0sSUFBSSxLQUFLLElBQUksQ0FBQyxNQUFNLEVBQUUsSUFBSSxDQUFZLENBQUM7QUFBQSxFQUNoRTtBQUNGO0FBSUEsZUFBZSxtQkFBbUIsS0FBcUIsT0FBc0IsS0FBb0M7QUFDL0csUUFBTSxNQUFvQixDQUFDO0FBQzNCLGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFVBQU0sTUFBTSxNQUFNLElBQUksUUFBUSxHQUFHLE9BQU8sRUFBRSxZQUFZLGFBQWEsTUFBTSxRQUFRLEdBQUcsR0FBRyxHQUFHLElBQUksQ0FBQztBQUMvRixRQUFJLEtBQUssRUFBRSxHQUFHLEdBQUcsSUFBSSxJQUFJLEdBQXNCLENBQUM7QUFBQSxFQUNsRDtBQUNBLFNBQU87QUFDVDtBQUVBLGVBQWUsb0JBQ2IsS0FDQSxPQUNBLEtBQ0EsVUFDZTtBQUNmLFFBQU0sS0FBSyxJQUFJLFFBQVE7QUFDdkIsYUFBVyxLQUFLLE9BQU87QUFDckIsUUFBSSxFQUFFLFdBQVcsRUFBRyxPQUFNLEdBQUcsT0FBTyxFQUFFLFlBQVksaUJBQWlCLE1BQU0sU0FBUyxHQUFHLEdBQUcsR0FBRyxJQUFJLENBQUM7QUFBQSxFQUNsRztBQUNBLFFBQU0sRUFBRSxTQUFTLFNBQVMsSUFBSSxVQUFVLEtBQUs7QUFDN0MsYUFBVyxLQUFLLFNBQVM7QUFDdkIsVUFBTSxLQUFLLFNBQVMsSUFBSSxTQUFTLEVBQUUsTUFBTSxFQUFFLEdBQUcsQ0FBQztBQUMvQyxRQUFJLE9BQU8sUUFBVztBQUNwQixZQUFNLEdBQUcsVUFBVTtBQUFBLFFBQ2pCLFlBQVk7QUFBQSxRQUNaO0FBQUEsUUFDQSxNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLEdBQUcsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLEdBQUcsUUFBUSxFQUFFLE1BQU0sRUFBRSxPQUFPLEdBQUcsV0FBVyxJQUFJO0FBQUEsUUFDdkc7QUFBQSxRQUNBLFdBQVc7QUFBQSxNQUNiLENBQUM7QUFBQSxJQUNILE9BQU87QUFDTCxZQUFNLEdBQUcsT0FBTyxFQUFFLFlBQVksYUFBYSxNQUFNLEVBQUUsR0FBRyxHQUFHLFdBQVcsS0FBSyxXQUFXLElBQUksR0FBRyxJQUFJLENBQUM7QUFBQSxJQUNsRztBQUFBLEVBQ0Y7QUFDQSxhQUFXLEtBQUssVUFBVTtBQUN4QixVQUFNLEdBQUcsVUFBVSxFQUFFLFlBQVksU0FBUyxJQUFJLEVBQUUsTUFBTSxNQUFNLEVBQUUsU0FBUyxFQUFFLE1BQU0sRUFBRSxNQUFNLEVBQUUsR0FBRyxLQUFLLFdBQVcsTUFBTSxDQUFDO0FBQUEsRUFDckg7QUFDRjtBQW9CTyxTQUFTLFVBQVUsS0FBcUIsV0FBb0M7QUFDakYsU0FBTyxjQUFjLElBQUksUUFBUSxHQUFHLFNBQVMsV0FBVyxXQUFXO0FBQ3JFO0FBR08sU0FBUyxZQUFZLEtBQXFCLE9BQXNCLE1BQXlDO0FBQzlHLFFBQU0sT0FBTSxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUNuQyxTQUFPLFNBQVMsV0FBVyxrQkFBa0IsS0FBSyxPQUFPLEdBQUcsSUFBSSxtQkFBbUIsS0FBSyxPQUFPLEdBQUc7QUFDcEc7QUFHTyxTQUFTLGlCQUNkLEtBQ0EsT0FDQSxNQUNBLFVBQ2U7QUFDZixRQUFNLE9BQU0sb0JBQUksS0FBSyxHQUFFLFlBQVk7QUFDbkMsU0FBTyxTQUFTLFdBQVcsbUJBQW1CLEtBQUssT0FBTyxHQUFHLElBQUksb0JBQW9CLEtBQUssT0FBTyxLQUFLLFFBQVE7QUFDaEg7QUFwT0EsSUFvQk07QUFwQk47QUFBQTtBQUFBO0FBWUE7QUFRQSxJQUFNLFFBQVE7QUFBQTtBQUFBOzs7QUNOUCxTQUFTLGNBQW9CO0FBQ2xDLFNBQVEsV0FBK0JDLE1BQUs7QUFDOUM7QUFnQk8sU0FBUyxRQUFRLEtBQTJCO0FBQ2pELFNBQU87QUFBQSxJQUNMLFVBQVUsSUFBSSxZQUFZO0FBQUEsSUFDMUIsZUFBZSxJQUFJLGlCQUFpQixjQUFjO0FBQUEsSUFDbEQsYUFBYSxJQUFJLGNBQWMsQ0FBQyxHQUFHLElBQUksQ0FBQyxPQUFPO0FBQUEsTUFDN0MsVUFBVSxFQUFFO0FBQUEsTUFDWixhQUFhLEVBQUUsZUFBZTtBQUFBLE1BQzlCLGVBQWUsRUFBRSxpQkFBaUI7QUFBQSxNQUNsQyxVQUFVLEVBQUUsWUFBWTtBQUFBLElBQzFCLEVBQUU7QUFBQSxJQUNGLFVBQVUsSUFBSSxZQUFZLGNBQWM7QUFBQSxJQUN4QyxnQkFBZ0IsSUFBSSxrQkFBa0IsY0FBYztBQUFBLElBQ3BELGVBQWUsSUFBSSxpQkFBaUIsY0FBYztBQUFBLElBQ2xELFlBQVksSUFBSSxjQUFjO0FBQUEsSUFDOUIsbUJBQW1CLElBQUkscUJBQXFCLGNBQWM7QUFBQSxJQUMxRCxvQkFBb0IsSUFBSSxzQkFBc0IsY0FBYztBQUFBLElBQzVELG1CQUFtQixJQUFJLHFCQUFxQixjQUFjO0FBQUEsRUFDNUQ7QUFDRjtBQUVBLGVBQXNCLGFBQWFDLFVBQWtCLEtBQTZDO0FBQ2hHLFFBQU0sSUFBSTtBQUNWLFFBQU0sU0FBUyxFQUFFRCxNQUFLO0FBQ3RCLE1BQUksVUFBVSxLQUFLLElBQUksSUFBSSxPQUFPLEtBQUssT0FBUSxRQUFPLE9BQU87QUFDN0QsUUFBTSxXQUFXLE1BQU1DLFNBQVEsbUJBQW1CO0FBQUEsSUFDaEQsTUFBTTtBQUFBLElBQ04sT0FBTztBQUFBLElBQ1AsWUFBWTtBQUFBLElBQ1osT0FBTztBQUFBLElBQ1A7QUFBQSxFQUNGLENBQUM7QUFDRCxRQUFNLFVBQVUsU0FBUyxLQUFLLElBQUksQ0FBQyxNQUFNLFFBQVEsRUFBRSxPQUFtQixDQUFDLEVBQUUsT0FBTyxDQUFDLE1BQU0sRUFBRSxXQUFXLENBQUM7QUFDckcsSUFBRUQsTUFBSyxJQUFJLEVBQUUsSUFBSSxLQUFLLElBQUksR0FBRyxRQUFRO0FBQ3JDLFNBQU87QUFDVDtBQUdBLGVBQXNCLFNBQVNDLFVBQWtCLElBQW1CLEtBQTJDO0FBQzdHLFNBQU8sUUFBUSxNQUFNLGFBQWFBLFVBQVMsR0FBRyxHQUFHLEVBQUU7QUFDckQ7QUF2RUEsSUFTTUQsUUFDQTtBQVZOO0FBQUE7QUFBQTtBQU9BO0FBRUEsSUFBTUEsU0FBUSxPQUFPLElBQUkscUJBQXFCO0FBQzlDLElBQU0sU0FBUztBQUFBO0FBQUE7OztBQ1RmO0FBQUEsRUFDRTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLE9BR0s7QUFFUCxlQUFzQixjQUNwQkUsVUFDQSxNQUNBQyxXQUFtRSxDQUFDLEdBQ3hEO0FBQ1osUUFBTSxNQUFNQSxTQUFRLE9BQVEsTUFBTSxlQUFlLEVBQUUsTUFBTUEsU0FBUSxRQUFRLE9BQVUsR0FBR0QsUUFBTztBQUM3RixRQUFNLFVBQVUsTUFBTSxnQkFBZ0IsR0FBRztBQUN6QyxNQUFJO0FBQ0YsVUFBTSxTQUFTLE1BQU0sS0FBSyxHQUFHO0FBQzdCLFFBQUksUUFBUyxPQUFNLGtCQUFrQixHQUFHO0FBQ3hDLFdBQU87QUFBQSxFQUNULFNBQVMsS0FBSztBQUNaLFVBQU0sZ0JBQWdCLEdBQUc7QUFDekIsVUFBTTtBQUFBLEVBQ1I7QUFDRjtBQXpCQTtBQUFBO0FBQUE7QUFBQTtBQUFBOzs7QUNvQ0EsZUFBZSxLQUNiLEtBQ0EsWUFDQSxPQUNnQjtBQUVoQixRQUFNLFFBQVEsTUFBTSxJQUFJLFFBQVEsR0FBRyxLQUFVO0FBQUEsSUFDM0M7QUFBQSxJQUNBO0FBQUEsSUFDQSxPQUFPO0FBQUEsSUFDUCxZQUFZO0FBQUEsSUFDWjtBQUFBLElBQ0EsT0FBTztBQUFBLEVBQ1QsQ0FBQztBQUNELFNBQU8sTUFBTTtBQUNmO0FBR0EsZUFBc0IsY0FDcEIsS0FDQSxRQUNBLFVBQVUsT0FDbUM7QUFDN0MsUUFBTSxPQUFPLENBQUMsR0FBRyxJQUFJLElBQUksT0FBTyxJQUFJLENBQUMsTUFBTSxFQUFFLGNBQWMsRUFBRSxPQUFPLE9BQU8sQ0FBQyxDQUFDO0FBQzdFLFFBQU0sTUFBTSxDQUFDLEdBQUcsSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxJQUFJLEVBQUUsT0FBTyxDQUFDLE1BQU0sTUFBTSxVQUFhLE1BQU0sUUFBUSxNQUFNLEVBQUUsQ0FBQyxDQUFDO0FBRzNHLFFBQU0sVUFBVSxDQUFDLEdBQUcsSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sRUFBRSxVQUFVLEVBQUUsT0FBTyxPQUFPLENBQUMsQ0FBQztBQUM1RSxRQUFNLENBQUMsVUFBVSxPQUFPLEtBQUssSUFBSSxNQUFNLFFBQVEsSUFBSTtBQUFBLElBQ2pELEtBQUssU0FBUyxLQUFLLEtBQUssYUFBYSxFQUFFLGdCQUFnQixFQUFFLElBQUksS0FBSyxFQUFFLENBQUMsSUFBSSxRQUFRLFFBQVEsQ0FBQyxDQUFDO0FBQUEsSUFDM0YsSUFBSSxVQUFVLFFBQVEsU0FDbEIsS0FBSyxLQUFLLFNBQVM7QUFBQSxNQUNqQixJQUFJO0FBQUEsUUFDRixHQUFJLElBQUksU0FBUyxDQUFDLEVBQUUsSUFBSSxFQUFFLElBQUksSUFBSSxFQUFFLENBQUMsSUFBSSxDQUFDO0FBQUEsUUFDMUMsR0FBSSxRQUFRLFNBQVMsQ0FBQyxFQUFFLFlBQVksRUFBRSxJQUFJLFFBQVEsRUFBRSxDQUFDLElBQUksQ0FBQztBQUFBLE1BQzVEO0FBQUEsSUFDRixDQUFDLElBQ0QsUUFBUSxRQUFRLENBQUMsQ0FBQztBQUFBLElBQ3RCLGFBQWEsSUFBSSxTQUFTLEdBQUc7QUFBQSxFQUMvQixDQUFDO0FBQ0QsUUFBTSxZQUFZLG9CQUFJLElBQXVCO0FBQzdDLFFBQU0sZ0JBQWdCLG9CQUFJLElBQXVCO0FBQ2pELGFBQVcsS0FBSyxPQUFPO0FBQ3JCLFVBQU0sUUFBbUI7QUFBQSxNQUN2QixJQUFJLEVBQUU7QUFBQSxNQUNOLFlBQVksRUFBRTtBQUFBLE1BQ2QsUUFBUSxFQUFFO0FBQUEsTUFDVixTQUFVLEVBQUUsV0FBNkI7QUFBQSxNQUN6QyxNQUFNLEVBQUUsT0FBTyxLQUFLLEVBQUUsSUFBSSxJQUFJO0FBQUEsTUFDOUIsWUFBWSxFQUFFLGVBQWUsV0FBVyxXQUFXO0FBQUEsTUFDbkQsVUFBVyxFQUFFLFlBQThCO0FBQUEsSUFDN0M7QUFDQSxjQUFVLElBQUksT0FBTyxFQUFFLEVBQUUsR0FBRyxLQUFLO0FBQ2pDLGtCQUFjLElBQUksTUFBTSxZQUFZLEtBQUs7QUFBQSxFQUMzQztBQUNBLFFBQU0sT0FBTztBQUFBLElBQ1gsR0FBRyxJQUFJO0FBQUEsTUFDTCxPQUNHLElBQUksQ0FBQyxNQUFNO0FBQ1YsWUFBSTtBQUNGLGlCQUFPLFlBQVksRUFBRSxVQUFVO0FBQUEsUUFDakMsUUFBUTtBQUNOLGlCQUFPO0FBQUEsUUFDVDtBQUFBLE1BQ0YsQ0FBQyxFQUNBLE9BQU8sT0FBTztBQUFBLElBQ25CO0FBQUEsRUFDRjtBQUNBLFFBQU0sVUFDSixVQUFVLFFBQVEsS0FBSyxTQUNuQixNQUFNLEtBQUssS0FBSyxhQUFhLEVBQUUsS0FBSyxDQUFDLEVBQUUsTUFBTSxFQUFFLElBQUksQ0FBQyxHQUFHLFVBQVUsS0FBSyxDQUFDLEVBQUUsRUFBRSxHQUFHLEVBQUUsS0FBSyxFQUFFLElBQUksS0FBSyxFQUFFLENBQUMsRUFBRSxDQUFDLElBQ3RHLENBQUM7QUFDUCxRQUFNLFNBQVMsb0JBQUksSUFBb0I7QUFDdkMsUUFBTSxXQUFxQixvQkFBSSxJQUFJO0FBQ25DLGFBQVdFLE1BQUssU0FBUztBQUN2QixVQUFNLE1BQU0sU0FBUyxLQUFLQSxHQUFFLElBQUksR0FBR0EsR0FBRSxHQUFhO0FBQ2xELFdBQU8sSUFBSSxLQUFNQSxHQUFFLFVBQTRCLENBQUM7QUFDaEQsYUFBUyxJQUFJLEtBQUtBLEdBQUUsRUFBRTtBQUFBLEVBQ3hCO0FBQ0EsUUFBTSxnQkFBZ0Isb0JBQUksSUFBMEI7QUFDcEQsYUFBVyxLQUFLLFVBQVU7QUFDeEIsa0JBQWMsSUFBSSxFQUFFLGdCQUEwQjtBQUFBLE1BQzVDLElBQUksRUFBRTtBQUFBLE1BQ04sTUFBTSxLQUFLLEVBQUUsSUFBSTtBQUFBLE1BQ2pCLFVBQVUsRUFBRTtBQUFBLE1BQ1osT0FBTyxFQUFFO0FBQUEsTUFDVCxZQUFZLEVBQUU7QUFBQSxNQUNkLFFBQVMsRUFBRSxVQUE0QjtBQUFBLE1BQ3ZDLGNBQWUsRUFBRSxnQkFBa0M7QUFBQSxNQUNuRCxTQUFVLEVBQUUsV0FBNkI7QUFBQSxJQUMzQyxDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU8sRUFBRSxLQUFLLG9CQUFJLEtBQUssR0FBRyxPQUFPLFdBQVcsZUFBZSxVQUFVLGVBQWUsUUFBUSxVQUFVLFFBQVE7QUFDaEg7QUFHQSxlQUFzQixRQUNwQixLQUNBLE9BQ21EO0FBQ25ELFFBQU0sUUFBUSxNQUFNLGNBQWMsS0FBSyxDQUFDLEtBQUssQ0FBQztBQUM5QyxTQUFPLEVBQUUsU0FBUyxVQUFVLENBQUMsS0FBSyxHQUFHLEtBQUssRUFBRSxDQUFDLEdBQUksVUFBVSxNQUFNLFNBQVM7QUFDNUU7QUFHQSxlQUFzQixjQUNwQixLQUNBLFFBQ0FDLFdBQXlCLENBQUMsR0FDRjtBQUN4QixRQUFNLFFBQVEsTUFBTSxjQUFjLEtBQUssUUFBUUEsU0FBUSxPQUFPO0FBQzlELFFBQU0sT0FBTyxVQUFVLFFBQVEsS0FBSztBQUNwQyxRQUFNLFdBQVcsS0FBSyxRQUFRLENBQUMsTUFBTyxFQUFFLFdBQVcsYUFBYSxDQUFDLEVBQUUsSUFBSSxJQUFJLENBQUMsQ0FBRTtBQUM5RSxRQUFNLE9BQU8sVUFBVSxLQUFLQSxTQUFRLE1BQU07QUFDMUMsUUFBTSxTQUFTLFNBQVMsU0FBUyxNQUFNLFlBQVksS0FBSyxVQUFVLElBQUksSUFBSSxDQUFDO0FBQzNFLE1BQUksT0FBTyxPQUFRLE9BQU0saUJBQWlCLEtBQUssUUFBUSxNQUFNLE1BQU0sUUFBUTtBQUMzRSxRQUFNLE1BQU0sSUFBSSxJQUFJLE9BQU8sSUFBSSxDQUFDLE1BQU0sQ0FBQyxFQUFFLGdCQUFnQixFQUFFLEVBQUUsQ0FBQyxDQUFDO0FBQy9ELFNBQU8sS0FBSyxJQUFJLENBQUMsTUFBbUI7QUFDbEMsUUFBSSxFQUFFLFdBQVcsV0FBWSxRQUFPO0FBQ3BDLFVBQU0sSUFBSSxFQUFFLFdBQVcsYUFBYSxFQUFFLE9BQU8sRUFBRTtBQUMvQyxVQUFNLEtBQUssUUFBUSxJQUFJLEVBQUUsS0FBSyxJQUFJLElBQUksRUFBRSxjQUFjO0FBQ3RELFdBQU8sRUFBRSxRQUFRLEVBQUUsUUFBUSxRQUFRLElBQUksUUFBUSxFQUFFLFFBQVEsU0FBUyxFQUFFLGNBQWMsU0FBUyxFQUFFLFFBQVE7QUFBQSxFQUN2RyxDQUFDO0FBQ0g7QUFZTyxTQUFTLFlBQ2RDLFVBQ0EsUUFDQUQsV0FBeUIsQ0FBQyxHQUNGO0FBQ3hCLFNBQU8sY0FBY0MsVUFBUyxDQUFDLFFBQVEsY0FBYyxLQUFLLFFBQVFELFFBQU8sQ0FBQztBQUM1RTtBQWpMQSxJQThCTTtBQTlCTjtBQUFBO0FBQUE7QUFRQTtBQUNBO0FBVUE7QUFDQTtBQUNBO0FBQ0E7QUFRQSxJQUFNLE9BQU8sQ0FBQyxNQUFnQyxNQUFNLENBQWdDO0FBQUE7QUFBQTs7O0FDcEJwRixTQUFTLEtBQUFFLFVBQVM7QUFWbEIsSUFpQmEsa0JBZ0JQLFlBR08sV0FFQTtBQXRDYjtBQUFBO0FBQUE7QUFZQTtBQUNBO0FBQ0E7QUFDQTtBQUVPLElBQU0sbUJBQW1CQSxHQUM3QixPQUFPO0FBQUEsTUFDTixNQUFNQSxHQUFFLE1BQU0sQ0FBQ0EsR0FBRSxPQUFPLEVBQUUsSUFBSSxHQUFHQSxHQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsQ0FBQyxDQUFDLEVBQUUsU0FBUztBQUFBLE1BQzlELFlBQVlBLEdBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRSxFQUFFLFNBQVM7QUFBQSxNQUMvQyxVQUFVQSxHQUFFLE9BQU8sRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEVBQUU7QUFBQSxNQUNsQyxPQUFPQSxHQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsSUFBSSxDQUFDLEVBQUUsSUFBSSxjQUFjO0FBQUEsTUFDakQsWUFBWUEsR0FBRSxPQUFPLEVBQUUsU0FBUyxFQUFFLFFBQVEsS0FBSyxDQUFDO0FBQUEsTUFDaEQsTUFBTUEsR0FBRSxPQUFPLEVBQUUsS0FBSyxFQUFFLElBQUksR0FBRyxzRkFBbUQsRUFBRSxJQUFJLEdBQUc7QUFBQSxNQUMzRixnQkFBZ0JBLEdBQUUsT0FBTyxFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksRUFBRTtBQUFBLElBQzFDLENBQUMsRUFDQSxPQUFPLEVBQ1AsT0FBTyxDQUFDLE1BQU0sRUFBRSxTQUFTLFVBQWEsRUFBRSxlQUFlLFFBQVc7QUFBQSxNQUNqRSxTQUFTO0FBQUEsTUFDVCxNQUFNLENBQUMsTUFBTTtBQUFBLElBQ2YsQ0FBQztBQUVILElBQU0sYUFBYUEsR0FBRSxPQUFPLEVBQUUsT0FBT0EsR0FBRSxNQUFNLGdCQUFnQixFQUFFLElBQUksQ0FBQyxFQUFFLElBQUksR0FBRyxFQUFFLENBQUMsRUFBRSxPQUFPO0FBR2xGLElBQU0sWUFBWSxDQUFDLFFBQXlCLFFBQWdCLFVBQVUsTUFBTSxJQUFJLEdBQUc7QUFFbkYsSUFBTSxzQkFBZ0M7QUFBQSxNQUMzQyxNQUFNO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixTQUFTLE9BQU8sUUFBUTtBQUN0QixvQkFBWSxLQUFLLENBQUMsU0FBUyxVQUFVLEdBQUcsd0RBQXFCO0FBQzdELGNBQU0sT0FBTyxZQUFZLEdBQUc7QUFDNUIsY0FBTSxFQUFFLE1BQU0sSUFBSSxVQUFVLFlBQVksTUFBTSxTQUFTLEdBQUcsQ0FBQztBQUMzRCxjQUFNLFdBQVcsTUFBTTtBQUFBLFVBQ3JCLElBQUk7QUFBQSxVQUNKLE1BQU0sSUFBSSxDQUFDLE9BQU87QUFBQSxZQUNoQixHQUFHO0FBQUEsWUFDSCxRQUFRO0FBQUEsWUFDUixZQUFZLEtBQUs7QUFBQSxZQUNqQixnQkFBZ0IsVUFBVSxLQUFLLElBQUksRUFBRSxjQUFjO0FBQUEsVUFDckQsRUFBRTtBQUFBLFFBQ0o7QUFDQSxlQUFPLFNBQVMsS0FBSyxFQUFFLFNBQVMsQ0FBQztBQUFBLE1BQ25DO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ3hEQSxJQUthO0FBTGI7QUFBQTtBQUFBO0FBR0E7QUFFTyxJQUFNLHNCQUFzQixPQUFrQjtBQUFBLE1BQ25ELE1BQU07QUFBQSxNQUNOLE1BQU07QUFBQSxNQUNOLFFBQVE7QUFBQSxNQUNSLE9BQU87QUFBQSxNQUNQLE9BQU8sRUFBRSxzQkFBTyxpQkFBaUI7QUFBQSxNQUNqQyxPQUFPLEVBQUUsVUFBVSxNQUFNLFVBQVUsVUFBVTtBQUFBLElBQy9DO0FBQUE7QUFBQTs7O0FDWkEsSUFjTSxTQUVBLFNBRU8sV0E4Q0E7QUFoRWI7QUFBQTtBQUFBO0FBTUE7QUFHQTtBQUNBO0FBQ0E7QUFDQTtBQUVBLElBQU0sVUFBVTtBQUVoQixJQUFNLFVBQVUsQ0FBQyxRQUFtQyxJQUFJLFFBQVEsT0FBTyxNQUE4QixvQkFBSSxJQUFJO0FBRXRHLElBQU0sWUFBaUQsT0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLE1BQU07QUFDaEcsVUFBSSxjQUFjLFVBQVU7QUFDMUIsY0FBTSxVQUFVLGtCQUFrQix1SkFBbUQ7QUFBQSxNQUN2RjtBQUVBLFlBQU0sT0FBTyxZQUFZLEdBQUc7QUFDNUIsWUFBTSxTQUFTLENBQUMsZ0JBQWdCLEdBQUc7QUFDbkMsVUFBSSxVQUFVLE9BQU8sS0FBSyxRQUFRLEVBQUUsRUFBRSxLQUFLLEVBQUUsU0FBUyxHQUFHO0FBQ3ZELGNBQU0sV0FBVyxpQkFBaUIsMkhBQTBEO0FBQUEsTUFDOUY7QUFDQSxZQUFNLFFBQVE7QUFBQSxRQUNaLE1BQU0sTUFBTSxLQUFLLElBQUksS0FBSztBQUFBLFFBQzFCLFVBQVUsS0FBSyxZQUFZO0FBQUEsUUFDM0IsT0FBTyxLQUFLLFNBQVM7QUFBQSxRQUNyQixZQUFZLEtBQUssZUFBYyxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUFBLFFBQ3RELFFBQVEsU0FBVSxXQUFzQixLQUFLLFVBQVU7QUFBQSxRQUN2RCxXQUFXLFNBQVMsU0FBYSxLQUFLLGFBQWE7QUFBQSxRQUNuRCxNQUFNLFNBQVMsU0FBYSxNQUFNLEtBQUssSUFBSSxLQUFLO0FBQUEsUUFDaEQsZ0JBQWdCLFNBQ1osVUFBVSxLQUFNLEVBQUUsSUFBSSxPQUFPLFdBQVcsQ0FBQyxLQUN6QyxLQUFLLGtCQUFrQixVQUFVLE9BQU8sV0FBVyxDQUFDO0FBQUEsUUFDeEQsTUFBTSxLQUFLLFFBQVE7QUFBQSxRQUNuQixZQUFZLFNBQVMsS0FBTSxLQUFLO0FBQUEsTUFDbEM7QUFDQSxZQUFNLEVBQUUsU0FBUyxTQUFTLElBQUksTUFBTSxRQUFRLEtBQUssS0FBSztBQUN0RCxVQUFJLFFBQVEsV0FBVyxXQUFZLE9BQU0sV0FBVyxRQUFRLE1BQU0sUUFBUSxPQUFPO0FBQ2pGLFVBQUksUUFBUSxXQUFXLGFBQWE7QUFDbEMsY0FBTSxTQUFTLGtCQUFrQiw2Q0FBVSxNQUFNLGNBQWMsdUNBQWtDO0FBQUEsTUFDbkc7QUFDQSxZQUFNLElBQUksUUFBUTtBQUNsQixjQUFRLEdBQUcsRUFBRSxJQUFJLEVBQUUsZ0JBQWdCLEVBQUUsTUFBTSxHQUFHLFNBQVMsQ0FBQztBQUN4RCxhQUFPO0FBQUEsUUFDTCxHQUFHO0FBQUEsUUFDSCxZQUFZLEVBQUU7QUFBQSxRQUNkLFFBQVEsRUFBRTtBQUFBLFFBQ1YsV0FBVyxFQUFFLGFBQWE7QUFBQSxRQUMxQixNQUFNLEVBQUU7QUFBQSxRQUNSLGdCQUFnQixFQUFFO0FBQUEsUUFDbEIsUUFBUSxFQUFFO0FBQUEsUUFDVixjQUFjLEVBQUU7QUFBQSxRQUNoQixTQUFTLEVBQUU7QUFBQSxRQUNYLGVBQWUsRUFBRTtBQUFBLFFBQ2pCLFlBQWEsRUFBRSxjQUFxQztBQUFBLE1BQ3REO0FBQUEsSUFDRjtBQUVPLElBQU0sa0JBQXNELE9BQU8sRUFBRSxLQUFLLFdBQVcsSUFBSSxNQUFNO0FBQ3BHLFVBQUksY0FBYyxZQUFZLENBQUMsSUFBSSxlQUFnQixRQUFPO0FBQzFELFlBQU0sT0FBTyxRQUFRLEdBQUcsRUFBRSxJQUFJLElBQUksY0FBYztBQUNoRCxVQUFJLENBQUMsS0FBTSxRQUFPO0FBQ2xCLGNBQVEsR0FBRyxFQUFFLE9BQU8sSUFBSSxjQUFjO0FBQ3RDLFlBQU0saUJBQWlCLEtBQUssQ0FBQyxFQUFFLEdBQUcsS0FBSyxNQUFNLElBQUksSUFBSSxHQUFHLENBQUMsR0FBRyxVQUFVLEdBQUcsR0FBRyxLQUFLLFFBQVE7QUFDekYsYUFBTztBQUFBLElBQ1Q7QUFBQTtBQUFBOzs7QUN2RUEsSUFxQmE7QUFyQmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQU1PLElBQU0sV0FBNkI7QUFBQSxNQUN4QyxNQUFNO0FBQUEsTUFDTixRQUFRLEVBQUUsVUFBVSxFQUFFLDRCQUFRLFVBQVUsR0FBRyxRQUFRLEVBQUUsNEJBQVEsV0FBVyxFQUFFO0FBQUEsTUFDMUUsT0FBTztBQUFBLFFBQ0wsT0FBTyxPQUFPO0FBQUEsUUFDZCxZQUFZO0FBQUEsUUFDWixnQkFBZ0IsQ0FBQyxjQUFjLFFBQVEsWUFBWSxTQUFTLFVBQVUsV0FBVyxRQUFRO0FBQUEsUUFDekYsc0JBQXNCLENBQUMsa0JBQWtCLFdBQVc7QUFBQSxNQUN0RDtBQUFBLE1BQ0EsYUFBYTtBQUFBO0FBQUEsTUFFYixrQkFBa0I7QUFBQSxNQUNsQixRQUFRLEVBQUUsTUFBTSxlQUFlLE1BQU0sR0FBRyxRQUFRLE9BQU8sUUFBUSxRQUFRLFFBQVEsT0FBTztBQUFBLE1BQ3RGLE9BQU8sRUFBRSxjQUFjLENBQUMsU0FBUyxHQUFHLGFBQWEsQ0FBQyxlQUFlLEdBQUcsY0FBYyxDQUFDLFlBQVksRUFBRTtBQUFBLE1BQ2pHLFdBQVcsQ0FBQyxxQkFBcUIsb0JBQW9CO0FBQUEsTUFDckQsUUFBUTtBQUFBLFFBQ047QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLFVBQVU7QUFBQSxZQUNWLGNBQWM7QUFBQSxZQUNkLFlBQVksU0FBUyxFQUFFLGtDQUFTLFlBQVksR0FBRyxFQUFFLFVBQVUsTUFBTSxLQUFLLEVBQUUsQ0FBQztBQUFBLFVBQzNFO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLFlBQVksY0FBYyxFQUFFLDRCQUFRLGFBQWEsR0FBRyxFQUFFLFVBQVUsTUFBTSxPQUFPLEtBQUssQ0FBQztBQUFBLFlBQ25GO0FBQUEsY0FDRTtBQUFBLGNBQ0EsRUFBRSxnQkFBTSxRQUFRO0FBQUEsY0FDaEI7QUFBQSxnQkFDRSxRQUFRLEVBQUUsNEJBQVEsUUFBUTtBQUFBLGdCQUMxQixRQUFRLEVBQUUsNEJBQVEsUUFBUTtBQUFBLGdCQUMxQixRQUFRLEVBQUUsNEJBQVEsUUFBUTtBQUFBLGNBQzVCO0FBQUEsY0FDQSxFQUFFLFVBQVUsTUFBTSxjQUFjLFVBQVUsVUFBVSxLQUFLO0FBQUEsWUFDM0Q7QUFBQSxZQUNBO0FBQUEsY0FDRSxNQUFNO0FBQUEsY0FDTixNQUFNO0FBQUEsY0FDTixPQUFPLEVBQUUsaURBQWMsbUJBQW1CO0FBQUEsY0FDMUMsT0FBTztBQUFBLGNBQ1AsT0FBTyxFQUFFLFVBQVUsS0FBSztBQUFBLFlBQzFCO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFBQSxRQUNBLFVBQVUsRUFBRSxVQUFVLE9BQU8sVUFBVSxLQUFLLENBQUM7QUFBQSxRQUM3QztBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sT0FBTyxFQUFFLDRCQUFRLHFCQUFxQjtBQUFBLFVBQ3RDLE9BQU87QUFBQSxZQUNMLGFBQWE7QUFBQSxjQUNYO0FBQUEsY0FDQTtBQUFBLFlBQ0Y7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLFlBQVksVUFBVSxFQUFFLDRCQUFRLFFBQVEsR0FBRyxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsWUFDN0Q7QUFBQSxjQUNFO0FBQUEsY0FDQSxFQUFFLDRCQUFRLFNBQVM7QUFBQSxjQUNuQjtBQUFBLGdCQUNFLFNBQVMsRUFBRSxzQkFBTyxTQUFTO0FBQUEsZ0JBQzNCLGlCQUFpQixFQUFFLHdDQUFVLGVBQWU7QUFBQSxnQkFDNUMsUUFBUSxFQUFFLHdDQUFVLG1CQUFtQjtBQUFBLGNBQ3pDO0FBQUEsY0FDQSxFQUFFLFVBQVUsS0FBSztBQUFBLFlBQ25CO0FBQUEsWUFDQSxZQUFZLGdCQUFnQixFQUFFLGtDQUFTLGVBQWUsR0FBRyxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsWUFDM0UsWUFBWSxpQkFBaUIsRUFBRSw0QkFBUSxnQkFBZ0IsR0FBRyxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsVUFDOUU7QUFBQSxRQUNGO0FBQUEsUUFDQSxvQkFBb0I7QUFBQSxRQUNwQixXQUFXLGNBQWMsRUFBRSxzQkFBTyxhQUFhLEdBQUcsRUFBRSxTQUFTLEtBQUssQ0FBQztBQUFBLE1BQ3JFO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ2hHTyxTQUFTLG1CQUNkLE9BQ0EsY0FDQSxXQUNhO0FBQ2IsUUFBTSxNQUFtQixDQUFDO0FBQzFCLGFBQVcsUUFBUSxPQUFPO0FBQ3hCLFVBQU0sU0FBUyxhQUFhLElBQUksT0FBTyxLQUFLLEVBQUUsQ0FBQyxLQUFLO0FBQ3BELFFBQUksS0FBSyxVQUFVLEVBQUcsS0FBSSxLQUFLLEVBQUUsR0FBRyxNQUFNLFFBQVEsS0FBSyxtQkFBbUIsQ0FBQztBQUFBLGFBQ2xFLFVBQVUsVUFBVyxLQUFJLEtBQUssRUFBRSxHQUFHLE1BQU0sUUFBUSxLQUFLLGFBQWEsQ0FBQztBQUFBLEVBQy9FO0FBQ0EsU0FBTyxJQUFJLEtBQUssQ0FBQyxHQUFHLE1BQU0sRUFBRSxVQUFVLEVBQUUsV0FBVyxFQUFFLFNBQVMsRUFBRSxNQUFNO0FBQ3hFO0FBakJBO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ1VBLGVBQXNCLGVBQ3BCQyxVQUNBLFFBQ3VEO0FBQ3ZELFFBQU0sWUFBWSxPQUFPLGNBQWMsTUFBTSxTQUFTQSxVQUFTLG9CQUFJLEtBQUssQ0FBQyxHQUFHO0FBQzVFLFFBQU0sQ0FBQyxPQUFPLE1BQU0sSUFBSSxJQUFJLE1BQU0sUUFBUSxJQUFJO0FBQUEsSUFDNUNBLFNBQVEsS0FBSztBQUFBLE1BQ1gsWUFBWTtBQUFBLE1BQ1osT0FBTyxFQUFFLFFBQVEsRUFBRSxRQUFRLFNBQVMsRUFBRTtBQUFBLE1BQ3RDLFlBQVk7QUFBQSxNQUNaLE9BQU87QUFBQSxNQUNQLFFBQVEsRUFBRSxZQUFZLE1BQU0sWUFBWSxNQUFNLFNBQVMsS0FBSztBQUFBLElBQzlELENBQUM7QUFBQSxJQUNEQSxTQUFRLEtBQUs7QUFBQSxNQUNYLFlBQVk7QUFBQSxNQUNaLE9BQU8sRUFBRSxLQUFLLENBQUMsRUFBRSxLQUFLLEVBQUUsb0JBQW9CLE9BQU8sS0FBSyxFQUFFLEdBQUcsRUFBRSxLQUFLLEVBQUUsaUJBQWlCLE9BQU8sR0FBRyxFQUFFLENBQUMsRUFBRTtBQUFBLE1BQ3RHLFlBQVk7QUFBQSxNQUNaLE9BQU87QUFBQSxNQUNQLFFBQVEsRUFBRSxNQUFNLE1BQU0sUUFBUSxLQUFLO0FBQUEsSUFDckMsQ0FBQztBQUFBLElBQ0RBLFNBQVEsS0FBSztBQUFBLE1BQ1gsWUFBWTtBQUFBLE1BQ1osT0FBTyxFQUFFLFFBQVEsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUFBLE1BQ3BDLFlBQVk7QUFBQSxNQUNaLE9BQU87QUFBQSxNQUNQLFFBQVEsRUFBRSxNQUFNLEtBQUs7QUFBQSxJQUN2QixDQUFDO0FBQUEsRUFDSCxDQUFDO0FBQ0QsUUFBTSxTQUFTLG9CQUFJLElBQW9CO0FBQ3ZDLGFBQVcsS0FBSyxLQUFLLE1BQU07QUFDekIsVUFBTSxNQUFNLE9BQU8sTUFBTSxFQUFFLElBQUksQ0FBQztBQUNoQyxXQUFPLElBQUksTUFBTSxPQUFPLElBQUksR0FBRyxLQUFLLE1BQU0sRUFBRSxVQUFVLEVBQUU7QUFBQSxFQUMxRDtBQUNBLFFBQU0sWUFBWSxJQUFJLElBQUksS0FBSyxLQUFLLElBQUksQ0FBQyxNQUFNLE9BQU8sTUFBTSxFQUFFLElBQUksQ0FBQyxDQUFDLENBQUM7QUFDckUsUUFBTSxZQUFZLE1BQU0sS0FBSyxJQUFJLENBQUMsT0FBTztBQUFBLElBQ3ZDLElBQUksRUFBRTtBQUFBLElBQ04sWUFBWSxFQUFFO0FBQUEsSUFDZCxZQUFZLEVBQUU7QUFBQSxJQUNkLFNBQVMsRUFBRSxXQUFXO0FBQUEsRUFDeEIsRUFBRTtBQUNGLFNBQU8sbUJBQW1CLFdBQVcsUUFBUSxTQUFTLEVBQUUsSUFBSSxDQUFDLE9BQU87QUFBQSxJQUNsRSxHQUFHO0FBQUEsSUFDSCxjQUFjLFVBQVUsSUFBSSxPQUFPLEVBQUUsRUFBRSxDQUFDO0FBQUEsRUFDMUMsRUFBRTtBQUNKO0FBdERBLElBQUFDLGtCQUFBO0FBQUE7QUFBQTtBQU1BO0FBQ0E7QUFDQTtBQUFBO0FBQUE7OztBQ0hBLFNBQVMsS0FBQUMsVUFBUztBQUxsQixJQVdNLEtBQ0FDLGNBTU87QUFsQmI7QUFBQTtBQUFBO0FBT0E7QUFDQSxJQUFBQztBQUNBO0FBRUEsSUFBTSxNQUFNRixHQUFFLE9BQU8sRUFBRSxNQUFNLHVCQUF1QixZQUFZO0FBQ2hFLElBQU1DLGVBQWNELEdBQUUsT0FBTztBQUFBLE1BQzNCLE1BQU0sSUFBSSxTQUFTO0FBQUEsTUFDbkIsSUFBSSxJQUFJLFNBQVM7QUFBQSxNQUNqQixXQUFXQSxHQUFFLE9BQU8sT0FBTyxFQUFFLElBQUksRUFBRSxTQUFTO0FBQUEsSUFDOUMsQ0FBQztBQUVNLElBQU0sNkJBQXVDO0FBQUEsTUFDbEQsTUFBTTtBQUFBLE1BQ04sUUFBUTtBQUFBLE1BQ1IsU0FBUyxPQUFPLFFBQVE7QUFDdEIsb0JBQVksS0FBSyxDQUFDLFNBQVMsVUFBVSxHQUFHLDRDQUFtQjtBQUMzRCxjQUFNLFFBQVEsVUFBVUMsY0FBYSxJQUFJLFNBQVMsQ0FBQyxHQUFHLGVBQWU7QUFDckUsY0FBTSxLQUFLLE1BQU0sTUFBTSxZQUFZLG9CQUFJLEtBQUssQ0FBQztBQUM3QyxjQUFNLE9BQU8sTUFBTSxRQUFRLFlBQVksSUFBSSxLQUFLLEtBQUssSUFBSSxJQUFJLEtBQUssS0FBVSxDQUFDO0FBQzdFLGNBQU0sYUFBYSxNQUFNLGVBQWUsSUFBSSxTQUFTLEVBQUUsTUFBTSxJQUFJLFdBQVcsTUFBTSxVQUFVLENBQUM7QUFDN0YsZUFBTyxTQUFTLEtBQUssRUFBRSxNQUFNLElBQUksT0FBTyxXQUFXLFFBQVEsV0FBVyxDQUFDO0FBQUEsTUFDekU7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDN0JBLElBT2E7QUFQYixJQUFBRSxrQkFBQTtBQUFBO0FBQUE7QUFFQTtBQUVBO0FBR08sSUFBTSxpQkFBdUQsT0FBTyxFQUFFLE1BQU0sV0FBVyxhQUFhLElBQUksTUFBTTtBQUNuSCxZQUFNLFNBQVMsS0FBSyxVQUFVLGFBQWEsVUFBVTtBQUNyRCxZQUFNLE9BQU8sTUFBTSxLQUFLLFFBQVEsYUFBYSxJQUFJO0FBQ2pELFVBQUksV0FBVyxVQUFVLFNBQVMsS0FBTSxRQUFPO0FBQy9DLFlBQU0sT0FBTyxNQUFNLElBQUksUUFBUSxLQUFLO0FBQUEsUUFDbEMsWUFBWTtBQUFBLFFBQ1osT0FBTztBQUFBLFVBQ0wsS0FBSztBQUFBLFlBQ0gsRUFBRSxNQUFNLEVBQUUsUUFBUSxLQUFLLEVBQUU7QUFBQSxZQUN6QixFQUFFLFFBQVEsRUFBRSxRQUFRLE9BQU8sRUFBRTtBQUFBLFlBQzdCLEdBQUksY0FBYyxZQUFZLGFBQWEsT0FBTyxTQUFZLENBQUMsRUFBRSxJQUFJLEVBQUUsWUFBWSxZQUFZLEdBQUcsRUFBRSxDQUFDLElBQUksQ0FBQztBQUFBLFVBQzVHO0FBQUEsUUFDRjtBQUFBLFFBQ0EsT0FBTztBQUFBLFFBQ1AsT0FBTztBQUFBLFFBQ1A7QUFBQSxRQUNBLGdCQUFnQjtBQUFBLE1BQ2xCLENBQUM7QUFDRCxVQUFJLEtBQUssS0FBSyxDQUFDLEdBQUc7QUFDaEIsY0FBTTtBQUFBLFVBQ0o7QUFBQSxVQUNBLHNFQUFlLEtBQUssS0FBSyxDQUFDLEVBQUUsRUFBRTtBQUFBLFFBQ2hDO0FBQUEsTUFDRjtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQUE7QUFBQTs7O0FDaENBLElBWWE7QUFaYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQSxJQUFBQztBQUNBO0FBR08sSUFBTSxZQUE4QjtBQUFBLE1BQ3pDLE1BQU07QUFBQSxNQUNOLFFBQVEsRUFBRSxVQUFVLEVBQUUsZ0JBQU0sV0FBVyxHQUFHLFFBQVEsRUFBRSxnQkFBTSxZQUFZLEVBQUU7QUFBQSxNQUN4RSxPQUFPO0FBQUEsUUFDTCxPQUFPLE9BQU87QUFBQSxRQUNkLGdCQUFnQixDQUFDLFFBQVEsVUFBVSxjQUFjLFlBQVksa0JBQWtCLFdBQVc7QUFBQSxRQUMxRixhQUFhO0FBQUEsVUFDWDtBQUFBLFVBQ0E7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUFBLE1BQ0EsUUFBUSxFQUFFLE1BQU0sT0FBTyxRQUFRLE9BQU8sUUFBUSxPQUFPLFFBQVEsT0FBTztBQUFBLE1BQ3BFLE9BQU8sRUFBRSxjQUFjLENBQUMsY0FBYyxFQUFFO0FBQUEsTUFDeEMsV0FBVyxDQUFDLDBCQUEwQjtBQUFBLE1BQ3RDLFFBQVE7QUFBQSxRQUNOO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixRQUFRO0FBQUEsWUFDTixVQUFVO0FBQUEsWUFDVjtBQUFBLGNBQ0U7QUFBQSxjQUNBLEVBQUUsZ0JBQU0sUUFBUTtBQUFBLGNBQ2hCLEVBQUUsTUFBTSxFQUFFLHNCQUFPLE1BQU0sR0FBRyxRQUFRLEVBQUUsc0JBQU8sUUFBUSxFQUFFO0FBQUEsY0FDckQsRUFBRSxVQUFVLE1BQU0sY0FBYyxRQUFRLE9BQU8sS0FBSztBQUFBLFlBQ3REO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFBQSxRQUNBO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixRQUFRO0FBQUEsWUFDTixFQUFFLE1BQU0sY0FBYyxNQUFNLFFBQVEsT0FBTyxFQUFFLDRCQUFRLGFBQWEsRUFBRTtBQUFBLFlBQ3BFLEVBQUUsTUFBTSxZQUFZLE1BQU0sUUFBUSxPQUFPLEVBQUUsNEJBQVEsV0FBVyxFQUFFO0FBQUEsWUFDaEUsWUFBWSxrQkFBa0IsRUFBRSxrQ0FBUyxrQkFBa0IsQ0FBQztBQUFBLFVBQzlEO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLE1BQU07QUFBQSxVQUNOLE9BQU8sRUFBRSw0QkFBUSxVQUFVO0FBQUEsVUFDM0IsUUFBUSxFQUFFLFVBQVUsRUFBRSxnQkFBTSxTQUFTLEdBQUcsUUFBUSxFQUFFLGdCQUFNLFVBQVUsRUFBRTtBQUFBLFVBQ3BFLFFBQVE7QUFBQSxZQUNOO0FBQUEsY0FDRSxNQUFNO0FBQUEsY0FDTixRQUFRO0FBQUEsZ0JBQ04sRUFBRSxNQUFNLE1BQU0sTUFBTSxRQUFRLFVBQVUsTUFBTSxPQUFPLEVBQUUsZ0JBQU0sTUFBTSxFQUFFO0FBQUEsZ0JBQ25FLFNBQVMsU0FBUyxNQUFNLEVBQUUsc0JBQU8sSUFBSSxDQUFDO0FBQUEsZ0JBQ3RDO0FBQUEsa0JBQ0U7QUFBQSxrQkFDQSxFQUFFLGdCQUFNLEtBQUs7QUFBQSxrQkFDYixFQUFFLE9BQU8sRUFBRSxnQkFBTSxPQUFPLEdBQUcsT0FBTyxFQUFFLGdCQUFNLE9BQU8sRUFBRTtBQUFBLGtCQUNuRCxFQUFFLFVBQVUsTUFBTSxjQUFjLFFBQVE7QUFBQSxnQkFDMUM7QUFBQSxjQUNGO0FBQUEsWUFDRjtBQUFBLFlBQ0EsRUFBRSxNQUFNLFdBQVcsTUFBTSxZQUFZLFVBQVUsTUFBTSxPQUFPLEVBQUUsZ0JBQU0sU0FBUyxFQUFFO0FBQUEsWUFDL0UsRUFBRSxNQUFNLFlBQVksTUFBTSxRQUFRLE9BQU8sRUFBRSxzQkFBTyxXQUFXLEVBQUU7QUFBQSxVQUNqRTtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ3ZFQSxJQWVhO0FBZmI7QUFBQTtBQUFBO0FBR0E7QUFDQTtBQUVBO0FBQ0E7QUFDQTtBQU9PLElBQU0sYUFBcUQsT0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLE1BQU07QUFDcEcsVUFBSSxjQUFjLFVBQVU7QUFDMUIsY0FBTTtBQUFBLFVBQ0o7QUFBQSxVQUNBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxZQUFNLFdBQVcsZ0JBQWdCLEdBQUc7QUFDcEMsWUFBTSxPQUFPLFlBQVksR0FBRztBQUM1QixVQUFJLENBQUMsVUFBVTtBQUNiLFlBQUksQ0FBQyxRQUFRLE1BQU0sT0FBTyxHQUFHO0FBQzNCLGdCQUFNLFVBQVUscUJBQXFCLDBIQUFvRDtBQUFBLFFBQzNGO0FBQ0EsWUFBSSxLQUFLLFdBQVcsY0FBYztBQUNoQyxnQkFBTSxXQUFXLG1CQUFtQiwrR0FBbUQ7QUFBQSxRQUN6RjtBQUNBLFlBQUksQ0FBQyxPQUFPLEtBQUssUUFBUSxFQUFFLEVBQUUsS0FBSyxHQUFHO0FBQ25DLGdCQUFNLFdBQVcsbUJBQW1CLHlHQUFrRDtBQUFBLFFBQ3hGO0FBQ0EsYUFBSyxtQkFBbUIsY0FBYyxPQUFPLFdBQVcsQ0FBQztBQUN6RCxhQUFLLFVBQVUsU0FBUyxNQUFNLEVBQUU7QUFBQSxNQUNsQztBQUNBLFlBQU0sUUFBUSxLQUFLO0FBQ25CLFVBQUksT0FBTyxVQUFVLFlBQVksQ0FBQyxPQUFPLFVBQVUsS0FBSyxLQUFLLFVBQVUsR0FBRztBQUN4RSxjQUFNLFdBQVcsaUJBQWlCLG9IQUF3RDtBQUFBLE1BQzVGO0FBQ0EsWUFBTSxTQUFTLE1BQU0sS0FBSyxJQUFJO0FBQzlCLFVBQUksV0FBVyxLQUFNLE9BQU0sV0FBVyxpQkFBaUIscUVBQTZCO0FBQ3BGLFlBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSyxTQUFTLFFBQVEsZ0JBQWdCLHNCQUFPLE1BQU0sd0NBQW9CO0FBRW5HLFlBQU0sV0FBVyxNQUFNLElBQUksUUFBUSxLQUFLO0FBQUEsUUFDdEMsWUFBWTtBQUFBLFFBQ1osT0FBTyxFQUFFLGdCQUFnQixFQUFFLFFBQVEsS0FBSyxlQUFlLEVBQUU7QUFBQSxRQUN6RCxPQUFPO0FBQUEsUUFDUCxPQUFPO0FBQUEsUUFDUDtBQUFBLE1BQ0YsQ0FBQztBQUNELFVBQUksU0FBUyxLQUFLLENBQUMsR0FBRztBQUNwQixjQUFNLFNBQVMsbUJBQW1CLDZDQUFVLEtBQUssY0FBYyxzQ0FBaUM7QUFBQSxNQUNsRztBQUVBLFlBQU0sU0FBUyxZQUFZLEtBQUssV0FBVyxHQUFHLE9BQU8sS0FBSyxVQUFVLFlBQVk7QUFDaEYsVUFBSSxDQUFDLE9BQU8sR0FBSSxPQUFNLFNBQVMsT0FBTyxNQUFNLE9BQU8sT0FBTztBQUUxRCxZQUFNLElBQUksUUFBUSxHQUFHLFVBQVU7QUFBQSxRQUM3QixZQUFZO0FBQUEsUUFDWixJQUFJO0FBQUEsUUFDSixNQUFNLEVBQUUsU0FBUyxFQUFFLE1BQU0sTUFBTSxFQUFFO0FBQUEsUUFDakM7QUFBQSxRQUNBLFdBQVc7QUFBQSxNQUNiLENBQUM7QUFDRCxXQUFLLGVBQWUsT0FBTztBQUMzQixXQUFLLFFBQVMsTUFBTSxNQUE2QjtBQUNqRCxhQUFPO0FBQUEsSUFDVDtBQUFBO0FBQUE7OztBQ3JFQSxJQWtCYTtBQWxCYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBTU8sSUFBTSxlQUFpQztBQUFBLE1BQzVDLE1BQU07QUFBQSxNQUNOLFFBQVEsRUFBRSxVQUFVLEVBQUUsNEJBQVEsY0FBYyxHQUFHLFFBQVEsRUFBRSw0QkFBUSxRQUFRLEVBQUU7QUFBQSxNQUMzRSxPQUFPO0FBQUEsUUFDTCxPQUFPLE9BQU87QUFBQSxRQUNkLFlBQVk7QUFBQSxRQUNaLGdCQUFnQixDQUFDLGFBQWEsUUFBUSxTQUFTLFVBQVUsZ0JBQWdCLE1BQU07QUFBQSxRQUMvRSxzQkFBc0IsQ0FBQyxrQkFBa0IsU0FBUyxNQUFNO0FBQUEsUUFDeEQsYUFBYTtBQUFBLFVBQ1g7QUFBQSxVQUNBO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxNQUNBLGFBQWE7QUFBQTtBQUFBLE1BRWIsa0JBQWtCO0FBQUEsTUFDbEIsUUFBUSxFQUFFLE1BQU0sZUFBZSxXQUFXLEdBQUcsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE9BQU87QUFBQSxNQUM1RixPQUFPLEVBQUUsY0FBYyxDQUFDLFVBQVUsR0FBRyxjQUFjLENBQUMsWUFBWSxFQUFFO0FBQUEsTUFDbEUsUUFBUTtBQUFBLFFBQ04sVUFBVTtBQUFBLFFBQ1YsRUFBRSxNQUFNLFNBQVMsTUFBTSxVQUFVLFVBQVUsTUFBTSxPQUFPLEVBQUUsNEJBQVEsZUFBWSxFQUFFO0FBQUEsUUFDaEYsT0FBTyxVQUFVLEVBQUUsZ0JBQU0sUUFBUSxHQUFHLGdCQUFnQixFQUFFLFVBQVUsTUFBTSxjQUFjLGNBQWMsT0FBTyxLQUFLLENBQUM7QUFBQSxRQUMvRyxFQUFFLE1BQU0sUUFBUSxNQUFNLFlBQVksT0FBTyxFQUFFLDJDQUFhLGVBQWUsRUFBRTtBQUFBLFFBQ3pFLFlBQVksZ0JBQWdCLEVBQUUsa0NBQVMsZUFBZSxHQUFHLEVBQUUsVUFBVSxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQUEsUUFDMUYsRUFBRSxNQUFNLFNBQVMsTUFBTSxRQUFRLE9BQU8sRUFBRSxnQkFBTSxXQUFXLEdBQUcsT0FBTyxFQUFFLFVBQVUsTUFBTSxVQUFVLFVBQVUsRUFBRTtBQUFBLFFBQzNHLFdBQVcsU0FBUyxFQUFFLHNCQUFPLElBQUksR0FBRyxFQUFFLFNBQVMsS0FBSyxDQUFDO0FBQUEsUUFDckQsWUFBWSxpQkFBaUIsRUFBRSw0QkFBUSxnQkFBZ0IsR0FBRyxFQUFFLFVBQVUsTUFBTSxTQUFTLEtBQUssQ0FBQztBQUFBLFFBQzNGLG9CQUFvQjtBQUFBLE1BQ3RCO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ1JPLFNBQVMsV0FBVyxRQUFvQixPQUFrRDtBQUMvRixNQUFJLE9BQU8sU0FBUyxTQUFVLFFBQU87QUFDckMsTUFBSSxPQUFPLFNBQVMsZ0JBQWlCLFFBQU8sYUFBYSxPQUFPLFVBQVUsR0FBRyxLQUFLO0FBQ2xGLFNBQU8sT0FBTyxjQUFjO0FBQzlCO0FBRU8sU0FBUyxnQkFDZCxRQUNBLE1BQ0EsVUFDQSxLQUNBLE9BQ2lCO0FBQ2pCLE1BQUksQ0FBQyxPQUFPLFVBQVUsUUFBUSxLQUFLLFdBQVcsS0FBSyxXQUFXLGNBQWM7QUFDMUUsV0FBTztBQUFBLE1BQ0wsSUFBSTtBQUFBLE1BQ0osTUFBTTtBQUFBLE1BQ04sU0FBUyw2QkFBUyxZQUFZLGlDQUF1QixZQUFZO0FBQUEsSUFDbkU7QUFBQSxFQUNGO0FBQ0EsTUFBSSxLQUFLLFdBQVc7QUFDbEIsV0FBTyxFQUFFLElBQUksT0FBTyxNQUFNLG1CQUFtQixTQUFTLHdHQUF1QztBQUMvRixNQUFJLE9BQU8sV0FBVztBQUNwQixXQUFPLEVBQUUsSUFBSSxPQUFPLE1BQU0sbUJBQW1CLFNBQVMsd0VBQXFDO0FBQzdGLFFBQU0sT0FBTyxJQUFJLFFBQVE7QUFDekIsTUFDRyxPQUFPLGNBQWMsT0FBTyxJQUFJLEtBQUssT0FBTyxVQUFVLEVBQUUsUUFBUSxLQUNoRSxPQUFPLGVBQWUsT0FBTyxJQUFJLEtBQUssT0FBTyxXQUFXLEVBQUUsUUFBUSxHQUNuRTtBQUNBLFdBQU8sRUFBRSxJQUFJLE9BQU8sTUFBTSxrQkFBa0IsU0FBUyx5RkFBc0Q7QUFBQSxFQUM3RztBQUNBLE1BQUksQ0FBQyxlQUFlLE9BQU8sVUFBVSxLQUFLLFVBQVUsR0FBRztBQUNyRCxXQUFPO0FBQUEsTUFDTCxJQUFJO0FBQUEsTUFDSixNQUFNO0FBQUEsTUFDTixTQUFTLGlDQUFRLE9BQU8sYUFBYSxZQUFZLDZCQUFTLGNBQUk7QUFBQSxJQUNoRTtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sVUFBVSxRQUFRLE9BQU8sVUFBVSxVQUFhLE9BQU8sUUFBUSxVQUFVO0FBQ2xGLFdBQU8sRUFBRSxJQUFJLE9BQU8sTUFBTSxnQkFBZ0IsU0FBUyx3Q0FBVSxPQUFPLEtBQUssZ0NBQXNCO0FBQUEsRUFDakc7QUFDQSxRQUFNLE9BQU8sV0FBVyxRQUFRLEtBQUs7QUFDckMsU0FBTyxFQUFFLElBQUksTUFBTSxRQUFRLE9BQU8sVUFBVSxZQUFZLEtBQUs7QUFDL0Q7QUFsRkEsSUFLYSxjQWdDQTtBQXJDYjtBQUFBO0FBQUE7QUFDQTtBQUNBO0FBQ0E7QUFFTyxJQUFNLGVBQWU7QUFBQSxNQUMxQixPQUFPLEVBQUUsNEJBQVEsT0FBTztBQUFBLE1BQ3hCLGlCQUFpQixFQUFFLGtDQUFTLHdCQUF3QjtBQUFBLE1BQ3BELG1CQUFtQixFQUFFLDRCQUFRLGlCQUFpQjtBQUFBLE1BQzlDLFFBQVEsRUFBRSx5RUFBa0IsUUFBUTtBQUFBLElBQ3RDO0FBMkJPLElBQU0sZUFBZTtBQUFBO0FBQUE7OztBQ3JDNUIsSUFZYSx1QkE0Q0E7QUF4RGI7QUFBQTtBQUFBO0FBR0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUVBO0FBQ0E7QUFFTyxJQUFNLHdCQUFnRSxPQUFPO0FBQUEsTUFDbEY7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxJQUNGLE1BQU07QUFDSixVQUFJLGNBQWMsVUFBVTtBQUMxQixjQUFNLGFBQ0osYUFBYSxXQUFXLGVBQ3hCLEtBQUssV0FBVyxlQUNmLENBQUMsUUFBUSxVQUFVLFlBQVksUUFBUSxFQUFZO0FBQUEsVUFDbEQsQ0FBQyxNQUFNLEtBQUssQ0FBQyxNQUFNLFVBQWEsT0FBTyxNQUFNLEtBQUssQ0FBQyxDQUFDLENBQUMsTUFBTSxPQUFPLE1BQU0sWUFBWSxDQUFDLENBQUMsQ0FBQztBQUFBLFFBQ3pGO0FBQ0YsWUFBSSxDQUFDLFlBQVk7QUFDZixnQkFBTSxVQUFVLHdCQUF3Qix5SEFBbUQ7QUFBQSxRQUM3RjtBQUNBLGFBQUssZUFBYyxvQkFBSSxLQUFLLEdBQUUsWUFBWTtBQUMxQyxlQUFPO0FBQUEsTUFDVDtBQUNBLFVBQUksS0FBSyxZQUFZLGtCQUFrQixDQUFDLGdCQUFnQixHQUFHLEdBQUc7QUFDNUQsY0FBTTtBQUFBLFVBQ0o7QUFBQSxVQUNBO0FBQUEsVUFDQTtBQUFBLFlBQ0UsT0FBTztBQUFBLFVBQ1Q7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUNBLFlBQU0sT0FBTyxNQUFNLFNBQVMsS0FBSyxTQUFTLEtBQUssTUFBTSxnQkFBZ0IseURBQXNCO0FBQzNGLFlBQU0sU0FBUyxNQUFNLFNBQVMsS0FBSyxXQUFXLEtBQUssUUFBUSxrQkFBa0IsaUVBQXlCO0FBQ3RHLFlBQU0sTUFBTSxvQkFBSSxLQUFLO0FBQ3JCLFlBQU0sUUFBUSxNQUFNLFNBQVMsSUFBSSxTQUFTLEtBQUssR0FBRztBQUNsRCxZQUFNLFFBQVEsZ0JBQWdCLFFBQXNCLE1BQWtCLEtBQUssWUFBWSxHQUFHLEtBQUssS0FBSztBQUNwRyxVQUFJLENBQUMsTUFBTSxJQUFJO0FBQ2IsY0FBTSxNQUFNLFNBQVMsaUJBQWlCLFNBQVMsTUFBTSxNQUFNLE1BQU0sT0FBTyxJQUFJLFdBQVcsTUFBTSxNQUFNLE1BQU0sT0FBTztBQUFBLE1BQ2xIO0FBQ0EsV0FBSyxhQUFhO0FBQ2xCLFdBQUssU0FBUyxNQUFNO0FBQ3BCLFdBQUssU0FBUztBQUNkLFdBQUssbUJBQW1CLGNBQWMsT0FBTyxXQUFXLENBQUM7QUFDekQsYUFBTztBQUFBLElBQ1Q7QUFHTyxJQUFNLG1CQUEwRCxPQUFPLEVBQUUsS0FBSyxhQUFhLFdBQVcsSUFBSSxNQUFNO0FBQ3JILFlBQU0sWUFBWSxjQUFjLFlBQVksYUFBYSxXQUFXLGVBQWUsSUFBSSxXQUFXO0FBQ2xHLFVBQUksY0FBYyxZQUFZLENBQUMsVUFBVyxRQUFPO0FBRWpELFlBQU1DLFFBQU8sWUFBWSxJQUFJO0FBQzdCLFlBQU0sV0FBVyxNQUFNLElBQUksTUFBTTtBQUNqQyxZQUFNLFNBQVMsTUFBTSxJQUFJLFFBQVEsU0FBUztBQUFBLFFBQ3hDLFlBQVk7QUFBQSxRQUNaLElBQUk7QUFBQSxRQUNKLE9BQU87QUFBQSxRQUNQO0FBQUEsUUFDQSxnQkFBZ0I7QUFBQSxNQUNsQixDQUFDO0FBQ0QsVUFBSSxPQUFPLFVBQVUsUUFBUSxPQUFPLFVBQVUsUUFBVztBQUN2RCxjQUFNLElBQUksUUFBUSxHQUFHLFVBQVU7QUFBQSxVQUM3QixZQUFZO0FBQUEsVUFDWixJQUFJO0FBQUEsVUFDSixNQUFNLEVBQUUsT0FBTyxFQUFFLE1BQU1BLFFBQU8sSUFBSSxTQUFTLEVBQUU7QUFBQSxVQUM3QztBQUFBLFVBQ0EsV0FBVztBQUFBLFFBQ2IsQ0FBQztBQUFBLE1BQ0g7QUFDQSxZQUFNLFNBQVMsSUFBSSxVQUFVO0FBQzdCLFVBQUksU0FBUyxHQUFHO0FBQ2QsY0FBTSxVQUFVLEtBQUs7QUFBQSxVQUNuQixNQUFNLE1BQU0sSUFBSSxJQUFJO0FBQUEsVUFDcEIsT0FBT0EsUUFBTztBQUFBLFVBQ2QsUUFBUSxZQUFZLFdBQVc7QUFBQSxVQUMvQixPQUFPLGVBQWUsSUFBSSxFQUFFO0FBQUEsVUFDNUIsZ0JBQWdCLEdBQUcsSUFBSSxjQUFjLElBQUksWUFBWSxXQUFXLE1BQU07QUFBQSxVQUN0RSxNQUFNLFlBQVksNEJBQVEsT0FBTyxJQUFJLEtBQUssT0FBTztBQUFBLFFBQ25ELENBQUM7QUFBQSxNQUNIO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQTtBQUFBOzs7QUMxRkEsSUFrQmE7QUFsQmI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQU1PLElBQU0sY0FBZ0M7QUFBQSxNQUMzQyxNQUFNO0FBQUEsTUFDTixRQUFRLEVBQUUsVUFBVSxFQUFFLDRCQUFRLFlBQVksR0FBRyxRQUFRLEVBQUUsNEJBQVEsYUFBYSxFQUFFO0FBQUEsTUFDOUUsT0FBTztBQUFBLFFBQ0wsT0FBTyxPQUFPO0FBQUEsUUFDZCxZQUFZO0FBQUEsUUFDWixnQkFBZ0IsQ0FBQyxhQUFhLFFBQVEsVUFBVSxZQUFZLFVBQVUsV0FBVyxRQUFRO0FBQUEsTUFDM0Y7QUFBQSxNQUNBLGFBQWE7QUFBQTtBQUFBLE1BRWIsa0JBQWtCO0FBQUEsTUFDbEIsUUFBUSxFQUFFLE1BQU0sZUFBZSxXQUFXLEdBQUcsUUFBUSxPQUFPLFFBQVEsT0FBTyxRQUFRLE9BQU87QUFBQSxNQUMxRixPQUFPLEVBQUUsY0FBYyxDQUFDLHFCQUFxQixHQUFHLGFBQWEsQ0FBQyxnQkFBZ0IsR0FBRyxjQUFjLENBQUMsWUFBWSxFQUFFO0FBQUEsTUFDOUcsUUFBUTtBQUFBLFFBQ047QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLFVBQVU7QUFBQSxZQUNWLFNBQVMsV0FBVyxVQUFVLEVBQUUsZ0JBQU0sUUFBUSxHQUFHLEVBQUUsVUFBVSxLQUFLLENBQUM7QUFBQSxZQUNuRSxZQUFZLFlBQVksRUFBRSxnQkFBTSxVQUFVLEdBQUcsRUFBRSxVQUFVLE1BQU0sY0FBYyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsVUFDMUY7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sWUFBWSxVQUFVLEVBQUUsNEJBQVEsUUFBUSxHQUFHLEVBQUUsVUFBVSxLQUFLLENBQUM7QUFBQSxZQUM3RDtBQUFBLGNBQ0U7QUFBQSxjQUNBLEVBQUUsNEJBQVEsU0FBUztBQUFBLGNBQ25CO0FBQUEsZ0JBQ0UsU0FBUyxFQUFFLGtDQUFTLFNBQVM7QUFBQSxnQkFDN0IsZ0JBQWdCLEVBQUUsa0NBQVMsY0FBYztBQUFBLGdCQUN6QyxtQkFBbUIsRUFBRSxrQ0FBUyxpQkFBaUI7QUFBQSxjQUNqRDtBQUFBLGNBQ0EsRUFBRSxVQUFVLE1BQU0sY0FBYyxVQUFVO0FBQUEsWUFDNUM7QUFBQSxZQUNBO0FBQUEsY0FDRTtBQUFBLGNBQ0EsRUFBRSxnQkFBTSxRQUFRO0FBQUEsY0FDaEIsRUFBRSxXQUFXLEVBQUUsc0JBQU8sV0FBVyxHQUFHLFdBQVcsRUFBRSxzQkFBTyxXQUFXLEVBQUU7QUFBQSxjQUNyRSxFQUFFLFVBQVUsTUFBTSxjQUFjLFlBQVk7QUFBQSxZQUM5QztBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQUEsUUFDQSxZQUFZLGVBQWUsRUFBRSw0QkFBUSxjQUFjLEdBQUcsRUFBRSxVQUFVLE1BQU0sU0FBUyxLQUFLLENBQUM7QUFBQSxRQUN2RixvQkFBb0I7QUFBQSxRQUNwQixFQUFFLE1BQU0sUUFBUSxNQUFNLFlBQVksT0FBTyxFQUFFLGdCQUFNLE1BQU0sRUFBRTtBQUFBLE1BQzNEO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQ2xFQSxJQVdhO0FBWGI7QUFBQTtBQUFBO0FBRUE7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFHTyxJQUFNLFVBQTRCO0FBQUEsTUFDdkMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSw0QkFBUSxRQUFRLEdBQUcsUUFBUSxFQUFFLDRCQUFRLFNBQVMsRUFBRTtBQUFBLE1BQ3RFLE9BQU87QUFBQSxRQUNMLE9BQU8sT0FBTztBQUFBLFFBQ2QsWUFBWTtBQUFBLFFBQ1osZ0JBQWdCLENBQUMsUUFBUSxRQUFRLGNBQWMsU0FBUyxZQUFZLFFBQVE7QUFBQSxRQUM1RSxzQkFBc0IsQ0FBQyxNQUFNO0FBQUEsTUFDL0I7QUFBQSxNQUNBLFFBQVEsRUFBRSxNQUFNLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE9BQU87QUFBQSxNQUN2RSxRQUFRO0FBQUEsUUFDTixFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsVUFBVSxNQUFNLE9BQU8sRUFBRSxnQkFBTSxNQUFNLEVBQUU7QUFBQSxRQUNyRSxFQUFFLE1BQU0sU0FBUyxNQUFNLFVBQVUsWUFBWSxTQUFTLE9BQU8sRUFBRSxnQkFBTSxPQUFPLEVBQUU7QUFBQSxRQUM5RTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sT0FBTyxRQUFRLEVBQUUsZ0JBQU0sTUFBTSxHQUFHLGNBQWMsRUFBRSxVQUFVLE1BQU0sY0FBYyxRQUFRLENBQUM7QUFBQSxZQUN2RjtBQUFBLGNBQ0UsTUFBTTtBQUFBLGNBQ04sTUFBTTtBQUFBLGNBQ04sVUFBVTtBQUFBLGNBQ1YsY0FBYztBQUFBLGNBQ2QsT0FBTyxFQUFFLDRCQUFRLFFBQVE7QUFBQSxjQUN6QixPQUFPLEVBQUUsV0FBVyxDQUFDLEdBQUcsTUFBTSxHQUFHLFNBQVMsbUJBQW1CLEdBQUcsU0FBUyxTQUFTO0FBQUEsY0FDbEYsVUFBVSxDQUFDLEdBQThCLEVBQUUsWUFBWSxNQUFnRDtBQUNyRyxvQkFBSSxDQUFDLE9BQU8sVUFBVSxLQUFLLENBQUMsTUFBTSxLQUFLLEtBQUssRUFBRyxRQUFPO0FBQ3RELG9CQUFJLFlBQVksU0FBUyxhQUFhLEtBQUssT0FBTyxFQUFHLFFBQU87QUFDNUQsdUJBQU87QUFBQSxjQUNUO0FBQUEsWUFDRjtBQUFBLFlBQ0E7QUFBQSxjQUNFLE1BQU07QUFBQSxjQUNOLE1BQU07QUFBQSxjQUNOLE9BQU8sRUFBRSw4Q0FBVyxpQkFBaUI7QUFBQSxjQUNyQyxPQUFPO0FBQUEsZ0JBQ0wsV0FBVyxDQUFDLEdBQUcsTUFBTSxHQUFHLFNBQVM7QUFBQSxnQkFDakMsYUFBYSxFQUFFLGlHQUEyQixvQ0FBK0I7QUFBQSxjQUMzRTtBQUFBLGNBQ0EsVUFBVSxDQUFDLEdBQThCLEVBQUUsWUFBWSxNQUNyRCxZQUFZLFNBQVMsbUJBQ3BCLE9BQU8sVUFBVSxDQUFDLEtBQU0sSUFBZSxLQUN4QztBQUFBLFlBQ0o7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLE9BQU8sWUFBWSxFQUFFLDRCQUFRLEtBQUssR0FBRyxXQUFXLEVBQUUsVUFBVSxNQUFNLGNBQWMsT0FBTyxDQUFDO0FBQUEsWUFDeEYsWUFBWSxTQUFTLEVBQUUsZ0JBQU0sT0FBTyxHQUFHLEVBQUUsS0FBSyxHQUFHLGFBQWEsRUFBRSw4Q0FBVyxtQkFBbUIsRUFBRSxDQUFDO0FBQUEsWUFDakcsRUFBRSxNQUFNLFVBQVUsTUFBTSxZQUFZLGNBQWMsTUFBTSxPQUFPLEVBQUUsZ0JBQU0sUUFBUSxFQUFFO0FBQUEsVUFDbkY7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sRUFBRSxNQUFNLGNBQWMsTUFBTSxRQUFRLE9BQU8sRUFBRSw0QkFBUSxnQkFBZ0IsRUFBRTtBQUFBLFlBQ3ZFLEVBQUUsTUFBTSxlQUFlLE1BQU0sUUFBUSxPQUFPLEVBQUUsNEJBQVEsaUJBQWlCLEVBQUU7QUFBQSxVQUMzRTtBQUFBLFFBQ0Y7QUFBQSxRQUNBLEVBQUUsTUFBTSxlQUFlLE1BQU0sWUFBWSxPQUFPLEVBQUUsZ0JBQU0sYUFBYSxFQUFFO0FBQUEsTUFDekU7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDekVBLElBZWEsWUFzQkE7QUFyQ2I7QUFBQTtBQUFBO0FBR0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUVBO0FBTU8sSUFBTSxhQUF1RCxPQUFPLEVBQUUsTUFBTSxXQUFXLGFBQWEsSUFBSSxNQUFNO0FBQ25ILFVBQUksY0FBYyxZQUFZLGFBQWEsZUFBZTtBQUN4RCxjQUFNO0FBQUEsVUFDSjtBQUFBLFVBQ0E7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUNBLFVBQUksY0FBYyxZQUFZLENBQUMsZ0JBQWdCLEdBQUcsRUFBRyxNQUFLLFlBQVksWUFBWSxHQUFHLEVBQUc7QUFDeEYsVUFBSSxjQUFjLFNBQVUsTUFBSyxlQUFjLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQ3RFLFlBQU0sUUFBUSxLQUFLLGFBQWEsSUFBSSxLQUFLLEtBQUssU0FBUyxFQUFFLFFBQVEsTUFBTSxJQUFJLEtBQUssYUFBYSxhQUFhLENBQUMsRUFBRSxRQUFRO0FBQ3JILFVBQUksU0FBUyxLQUFLLGFBQWEsQ0FBQyxnQkFBZ0IsR0FBRyxHQUFHO0FBQ3BELGNBQU0sS0FBSyxJQUFJLEtBQUssS0FBSyxTQUFTLEVBQUUsUUFBUTtBQUM1QyxjQUFNLFFBQVEsTUFBTSxTQUFTLElBQUksU0FBUyxvQkFBSSxLQUFLLEdBQUcsR0FBRztBQUN6RCxZQUFJLEtBQUssS0FBSyxJQUFJLElBQUk7QUFDcEIsZ0JBQU0sV0FBVyxlQUFlLG1GQUEyQztBQUM3RSxZQUFJLEtBQUssSUFBSSxJQUFJLEtBQUssTUFBTSxxQkFBcUIsT0FBWTtBQUMzRCxnQkFBTSxXQUFXLFdBQVcsd0NBQVUsTUFBTSxrQkFBa0IscURBQXNDO0FBQUEsUUFDdEc7QUFBQSxNQUNGO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFFTyxJQUFNLGNBQXVELE9BQU8sRUFBRSxLQUFLLElBQUksTUFBTTtBQUMxRixZQUFNLE9BQU8sTUFBTSxJQUFJLElBQUk7QUFDM0IsVUFBSSxJQUFJLFdBQVcsZ0JBQWdCLENBQUMsSUFBSSxhQUFhLFNBQVMsUUFBUSxJQUFJLGNBQWUsUUFBTztBQUNoRyxZQUFNLFFBQVEsTUFBTSxTQUFTLElBQUksU0FBUyxJQUFJLGFBQWEsb0JBQUksS0FBSyxHQUFHLEdBQUc7QUFDMUUsVUFBSSxNQUFNLGlCQUFpQixHQUFHO0FBQzVCLGNBQU0sVUFBVSxLQUFLO0FBQUEsVUFDbkI7QUFBQSxVQUNBLE9BQU8sQ0FBQyxNQUFNO0FBQUEsVUFDZCxRQUFRO0FBQUEsVUFDUixPQUFPLGtCQUFrQixJQUFJLEVBQUU7QUFBQSxVQUMvQixnQkFBZ0Isa0JBQWtCLElBQUksRUFBRTtBQUFBLFVBQ3hDLGVBQWUsTUFBTTtBQUFBLFVBQ3JCLE1BQU0sSUFBSSxRQUFRO0FBQUEsUUFDcEIsQ0FBQztBQUFBLE1BQ0g7QUFDQSxZQUFNLElBQUksUUFBUSxHQUFHLFVBQVU7QUFBQSxRQUM3QixZQUFZO0FBQUEsUUFDWixJQUFJLElBQUk7QUFBQSxRQUNSLE1BQU0sRUFBRSxlQUFlLEtBQUs7QUFBQSxRQUM1QjtBQUFBLFFBQ0EsV0FBVztBQUFBLE1BQ2IsQ0FBQztBQUNELGFBQU8sRUFBRSxHQUFHLEtBQUssZUFBZSxLQUFLO0FBQUEsSUFDdkM7QUFBQTtBQUFBOzs7QUM1REEsSUFXYTtBQVhiO0FBQUE7QUFBQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBR08sSUFBTSxnQkFBa0M7QUFBQSxNQUM3QyxNQUFNO0FBQUEsTUFDTixRQUFRLEVBQUUsVUFBVSxFQUFFLDRCQUFRLGVBQWUsR0FBRyxRQUFRLEVBQUUsNEJBQVEsZ0JBQWdCLEVBQUU7QUFBQSxNQUNwRixPQUFPLEVBQUUsT0FBTyxPQUFPLFFBQVEsZ0JBQWdCLENBQUMsYUFBYSxRQUFRLFFBQVEsVUFBVSxhQUFhLFdBQVcsRUFBRTtBQUFBLE1BQ2pILGFBQWE7QUFBQTtBQUFBLE1BRWIsa0JBQWtCO0FBQUEsTUFDbEIsUUFBUSxFQUFFLE1BQU0sT0FBTyxRQUFRLE9BQU8sUUFBUSxPQUFPLFFBQVEsT0FBTztBQUFBLE1BQ3BFLE9BQU8sRUFBRSxjQUFjLENBQUMsVUFBVSxHQUFHLGFBQWEsQ0FBQyxXQUFXLEVBQUU7QUFBQSxNQUNoRSxRQUFRO0FBQUEsUUFDTjtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sVUFBVTtBQUFBLFlBQ1YsVUFBVSxFQUFFLFVBQVUsTUFBTSxDQUFDO0FBQUEsWUFDN0IsWUFBWSxhQUFhLEVBQUUsNEJBQVEsWUFBWSxHQUFHLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxVQUNuRTtBQUFBLFFBQ0Y7QUFBQSxRQUNBO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixRQUFRO0FBQUEsWUFDTjtBQUFBLGNBQ0U7QUFBQSxjQUNBLEVBQUUsZ0JBQU0sUUFBUTtBQUFBLGNBQ2hCLEVBQUUsU0FBUyxFQUFFLDRCQUFRLFNBQVMsR0FBRyxjQUFjLEVBQUUsNEJBQVEsWUFBWSxFQUFFO0FBQUEsY0FDdkUsRUFBRSxVQUFVLEtBQUs7QUFBQSxZQUNuQjtBQUFBLFlBQ0E7QUFBQSxjQUNFO0FBQUEsY0FDQSxFQUFFLGdCQUFNLFFBQVE7QUFBQSxjQUNoQixFQUFFLFdBQVcsRUFBRSxrQ0FBUyxXQUFXLEdBQUcsUUFBUSxFQUFFLHdDQUFVLGVBQWUsRUFBRTtBQUFBLGNBQzNFLEVBQUUsVUFBVSxNQUFNLGNBQWMsWUFBWTtBQUFBLFlBQzlDO0FBQUEsWUFDQTtBQUFBLGNBQ0UsTUFBTTtBQUFBLGNBQ04sTUFBTTtBQUFBLGNBQ04sY0FBYztBQUFBLGNBQ2QsT0FBTyxFQUFFLG9EQUFZLDhCQUE4QjtBQUFBLGNBQ25ELE9BQU8sRUFBRSxXQUFXLENBQUMsR0FBRyxNQUFNLEdBQUcsV0FBVyxhQUFhO0FBQUEsWUFDM0Q7QUFBQSxVQUNGO0FBQUEsUUFDRjtBQUFBLFFBQ0EsRUFBRSxNQUFNLFNBQVMsTUFBTSxVQUFVLFlBQVksU0FBUyxPQUFPLEVBQUUsZ0JBQU0sT0FBTyxFQUFFO0FBQUEsUUFDOUUsRUFBRSxNQUFNLFFBQVEsTUFBTSxZQUFZLE9BQU8sRUFBRSxnQkFBTSxNQUFNLEVBQUU7QUFBQSxRQUN6RCxXQUFXLGFBQWEsRUFBRSxzQkFBTyxXQUFXLEdBQUcsRUFBRSxTQUFTLEtBQUssQ0FBQztBQUFBLFFBQ2hFO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixjQUFjO0FBQUEsVUFDZCxPQUFPLEVBQUUsc0JBQU8sZ0JBQWdCO0FBQUEsVUFDaEMsT0FBTyxFQUFFLFVBQVUsTUFBTSxVQUFVLFVBQVU7QUFBQSxRQUMvQztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDaEVBLElBWWE7QUFaYixJQUFBQyxlQUFBO0FBQUE7QUFBQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBRU8sSUFBTSxvQkFBb0I7QUFBQSxNQUMvQjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQTtBQUFBOzs7QUN2QkEsSUFPYTtBQVBiO0FBQUE7QUFBQTtBQUVBO0FBQ0E7QUFDQTtBQUdPLElBQU0saUJBQW1DO0FBQUEsTUFDOUMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSw0QkFBUSxnQkFBZ0IsR0FBRyxRQUFRLEVBQUUsNEJBQVEsaUJBQWlCLEVBQUU7QUFBQSxNQUN0RixPQUFPLEVBQUUsT0FBTyxPQUFPLFdBQVcsWUFBWSxRQUFRLGdCQUFnQixDQUFDLFFBQVEsUUFBUSxXQUFXLEVBQUU7QUFBQSxNQUNwRyxRQUFRLEVBQUUsTUFBTSxRQUFRLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxPQUFPO0FBQUEsTUFDdkUsUUFBUTtBQUFBLFFBQ04sRUFBRSxNQUFNLFFBQVEsTUFBTSxRQUFRLFVBQVUsTUFBTSxRQUFRLE1BQU0sT0FBTyxFQUFFLGdCQUFNLE1BQU0sRUFBRTtBQUFBLFFBQ25GLEVBQUUsTUFBTSxRQUFRLE1BQU0sZ0JBQWdCLFlBQVksU0FBUyxPQUFPLEVBQUUsNEJBQVEsTUFBTSxFQUFFO0FBQUEsUUFDcEYsRUFBRSxNQUFNLFNBQVMsTUFBTSxZQUFZLE9BQU8sRUFBRSxnQkFBTSxjQUFjLEVBQUU7QUFBQSxNQUNwRTtBQUFBLElBQ0Y7QUFBQTtBQUFBOzs7QUNqQkEsSUFHYTtBQUhiO0FBQUE7QUFBQTtBQUNBO0FBRU8sSUFBTSx1QkFBdUIsQ0FBQyxjQUFjO0FBQUE7QUFBQTs7O0FDSG5ELElBaUJhO0FBakJiO0FBQUE7QUFBQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQU9PLElBQU0sV0FBNkI7QUFBQSxNQUN4QyxNQUFNO0FBQUEsTUFDTixRQUFRLEVBQUUsVUFBVSxFQUFFLDRCQUFRLGFBQWEsR0FBRyxRQUFRLEVBQUUsNEJBQVEsV0FBVyxFQUFFO0FBQUEsTUFDN0UsT0FBTztBQUFBLFFBQ0wsT0FBTyxPQUFPO0FBQUEsUUFDZCxZQUFZO0FBQUEsUUFDWixnQkFBZ0IsQ0FBQyxNQUFNLFFBQVEsUUFBUSxhQUFhLGtCQUFrQixZQUFZLFNBQVM7QUFBQSxRQUMzRixzQkFBc0IsQ0FBQyxXQUFXLFlBQVksZ0JBQWdCO0FBQUEsTUFDaEU7QUFBQSxNQUNBLGFBQWE7QUFBQSxNQUNiLFFBQVEsRUFBRSxPQUFPLE1BQU07QUFBQTtBQUFBLE1BRXZCLGtCQUFrQjtBQUFBLE1BQ2xCLFFBQVEsRUFBRSxNQUFNLFFBQVEsUUFBUSxRQUFRLFFBQVEsUUFBUSxRQUFRLE9BQU87QUFBQSxNQUN2RSxPQUFPLEVBQUUsY0FBYyxDQUFDLGlCQUFpQixHQUFHLGNBQWMsQ0FBQyxZQUFZLEVBQUU7QUFBQSxNQUN6RSxRQUFRO0FBQUEsUUFDTixZQUFZLE1BQU0sRUFBRSxnQkFBTSxNQUFNLEdBQUcsRUFBRSxVQUFVLE1BQU0sT0FBTyxNQUFNLFVBQVUsS0FBSyxDQUFDO0FBQUEsUUFDbEYsV0FBVyxRQUFRLEVBQUUsc0JBQU8sS0FBSyxHQUFHLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxRQUNuRCxPQUFPLFFBQVEsRUFBRSxnQkFBTSxNQUFNLEdBQUcsYUFBYSxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsUUFDL0Q7QUFBQSxVQUNFO0FBQUEsVUFDQSxFQUFFLGdCQUFNLFdBQVc7QUFBQSxVQUNuQixFQUFFLFFBQVEsRUFBRSxnQkFBTSxRQUFRLEdBQUcsUUFBUSxFQUFFLGdCQUFNLFFBQVEsR0FBRyxRQUFRLEVBQUUsZ0JBQU0sUUFBUSxFQUFFO0FBQUEsVUFDbEYsRUFBRSxVQUFVLE1BQU0sVUFBVSxLQUFLO0FBQUEsUUFDbkM7QUFBQSxRQUNBO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixNQUFNO0FBQUEsVUFDTixVQUFVO0FBQUEsVUFDVixPQUFPO0FBQUEsVUFDUCxPQUFPLEVBQUUsc0JBQU8sWUFBWTtBQUFBLFVBQzVCLE9BQU8sRUFBRSxVQUFVLEtBQUs7QUFBQSxRQUMxQjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLE1BQU07QUFBQSxVQUNOLFVBQVU7QUFBQSxVQUNWLE9BQU87QUFBQSxVQUNQLE9BQU8sRUFBRSw0QkFBUSxRQUFRO0FBQUEsVUFDekIsT0FBTyxFQUFFLFVBQVUsS0FBSztBQUFBLFFBQzFCO0FBQUEsUUFDQSxFQUFFLE1BQU0sV0FBVyxNQUFNLFFBQVEsT0FBTyxFQUFFLGdCQUFNLFNBQVMsR0FBRyxPQUFPLEVBQUUsVUFBVSxLQUFLLEVBQUU7QUFBQSxRQUN0RjtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sT0FBTyxFQUFFLGdEQUFhLCtCQUEwQjtBQUFBLFVBQ2hELE9BQU8sRUFBRSxVQUFVLEtBQUs7QUFBQSxRQUMxQjtBQUFBLFFBQ0EsRUFBRSxNQUFNLE9BQU8sTUFBTSxRQUFRLE9BQU8sRUFBRSxnQkFBTSxLQUFLLEdBQUcsT0FBTyxFQUFFLFVBQVUsS0FBSyxFQUFFO0FBQUEsTUFDaEY7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDbkVBLElBS2E7QUFMYjtBQUFBO0FBQUE7QUFFQTtBQUdPLElBQU0sZ0JBQXdCLENBQUMsRUFBRSxJQUFJLE1BQU0sUUFBUSxZQUFZLEdBQUcsQ0FBQztBQUFBO0FBQUE7OztBQ0wxRSxJQUlhLFlBS0EsZ0JBV0Esa0JBUUEsZUFHQTtBQS9CYjtBQUFBO0FBQUE7QUFDQTtBQUdPLElBQU0sYUFBYTtBQUFBLE1BQ3hCLFNBQVMsRUFBRSxvREFBWSxxQkFBcUI7QUFBQSxNQUM1QyxRQUFRLEVBQUUsNEVBQWdCLHFDQUFxQztBQUFBLElBQ2pFO0FBRU8sSUFBTSxpQkFBaUI7QUFBQSxNQUM1QixRQUFRLEVBQUUsa0NBQVMsbUJBQW1CO0FBQUEsTUFDdEMsU0FBUyxFQUFFLGdCQUFNLFNBQVM7QUFBQSxNQUMxQixZQUFZLEVBQUUsZ0JBQU0sWUFBWTtBQUFBLE1BQ2hDLGFBQWEsRUFBRSw0QkFBUSxhQUFhO0FBQUEsTUFDcEMsWUFBWSxFQUFFLGdCQUFNLFlBQVk7QUFBQSxNQUNoQyxXQUFXLEVBQUUsZ0JBQU0sV0FBVztBQUFBLElBQ2hDO0FBSU8sSUFBTSxtQkFBaUQ7QUFBQSxNQUM1RCxPQUFPLE9BQU8sS0FBSyxjQUFjO0FBQUEsTUFDakMsVUFBVSxDQUFDLFVBQVUsV0FBVyxZQUFZO0FBQUEsTUFDNUMsaUJBQWlCLENBQUM7QUFBQSxNQUNsQixlQUFlLENBQUM7QUFBQSxJQUNsQjtBQUdPLElBQU0sZ0JBQWdDLENBQUMsZUFBZSxZQUFZO0FBR2xFLElBQU0sZUFBMkM7QUFBQSxNQUN0RCxPQUFPO0FBQUEsTUFDUCxVQUFVO0FBQUEsTUFDVixpQkFBaUI7QUFBQSxNQUNqQixlQUFlO0FBQUEsSUFDakI7QUFBQTtBQUFBOzs7QUNwQ0EsSUFTYSxjQW1CQTtBQTVCYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBTU8sSUFBTSxlQUF1QixDQUFDLEVBQUUsSUFBSSxNQUFNO0FBQy9DLFlBQU0sT0FBTyxZQUFZLEdBQUc7QUFDNUIsWUFBTSxPQUFjLEVBQUUsWUFBWSxFQUFFLFFBQVEsU0FBUyxFQUFFO0FBQ3ZELFVBQUksQ0FBQyxNQUFNLEtBQU0sUUFBTztBQUN4QixVQUFJLEtBQUssU0FBUyxRQUFTLFFBQU87QUFDbEMsWUFBTSxRQUFRLGlCQUFpQixLQUFLLElBQUk7QUFDeEMsWUFBTSxPQUFPLE1BQU0sS0FBSyxJQUFJO0FBQzVCLFlBQU0sS0FBYztBQUFBLFFBQ2xCO0FBQUEsUUFDQSxFQUFFLFlBQVksRUFBRSxRQUFRLEtBQUssR0FBRyxFQUFFO0FBQUEsUUFDbEMsR0FBSSxNQUFNLFNBQVMsQ0FBQyxFQUFFLEtBQUssQ0FBQyxFQUFFLFlBQVksRUFBRSxRQUFRLFVBQVUsRUFBRSxHQUFHLEVBQUUsTUFBTSxFQUFFLElBQUksTUFBTSxFQUFFLENBQUMsRUFBRSxDQUFDLElBQUksQ0FBQztBQUFBLFFBQ2xHLEdBQUksS0FBSyxTQUFTLG1CQUFtQixTQUFTLE9BQzFDLENBQUMsRUFBRSxLQUFLLENBQUMsRUFBRSxNQUFNLEVBQUUsSUFBSSxjQUFjLEVBQUUsR0FBRyxFQUFFLE1BQU0sRUFBRSxRQUFRLEtBQUssRUFBRSxDQUFDLEVBQUUsQ0FBQyxJQUN2RSxDQUFDO0FBQUEsTUFDUDtBQUNBLGFBQU8sRUFBRSxHQUFHO0FBQUEsSUFDZDtBQUdPLElBQU0sa0JBQTBCLENBQUMsRUFBRSxJQUFJLE1BQU07QUFDbEQsWUFBTSxPQUFPLFlBQVksR0FBRztBQUM1QixVQUFJLENBQUMsS0FBTSxRQUFPO0FBQ2xCLGFBQU8sS0FBSyxTQUFTLFVBQVUsT0FBTyxFQUFFLFlBQVksRUFBRSxRQUFRLEtBQUssR0FBRyxFQUFFO0FBQUEsSUFDMUU7QUFBQTtBQUFBOzs7QUM1QkEsT0FBT0MsYUFBWTtBQUNuQixPQUFPLFFBQVE7QUFDZixPQUFPLFVBQVU7QUFDakIsU0FBUyxLQUFBQyxVQUFTO0FBNENYLFNBQVMsUUFBUSxTQUE2QyxRQUFRLEtBQVU7QUFDckYsUUFBTSxTQUFTLFVBQVU7QUFBQSxJQUN2QixPQUFPLFlBQVksT0FBTyxRQUFRLE1BQU0sRUFBRSxPQUFPLENBQUMsQ0FBQyxFQUFFLENBQUMsTUFBTSxNQUFNLFVBQWEsTUFBTSxFQUFFLENBQUM7QUFBQSxFQUMxRjtBQUNBLE1BQUksQ0FBQyxPQUFPLFNBQVM7QUFDbkIsVUFBTSxRQUFRLE9BQU8sTUFBTSxPQUFPLElBQUksQ0FBQyxNQUFNLEtBQUssRUFBRSxLQUFLLEtBQUssR0FBRyxDQUFDLEtBQUssRUFBRSxPQUFPLEVBQUU7QUFDbEYsVUFBTSxJQUFJLE1BQU07QUFBQSxFQUF1QyxNQUFNLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxFQUMzRTtBQUNBLFNBQU8sT0FBTztBQUNoQjtBQVVPLFNBQVMsUUFBUSxJQUFTLEtBQWE7QUFDNUMsUUFBTUMsT0FBTSxLQUFLLFFBQVEsRUFBRSxRQUFRO0FBQ25DLEtBQUcsVUFBVUEsTUFBSyxFQUFFLFdBQVcsTUFBTSxNQUFNLElBQU0sQ0FBQztBQUNsRCxLQUFHLFVBQVVBLE1BQUssR0FBSztBQUN2QixTQUFPQTtBQUNUO0FBTU8sU0FBUyxjQUFjLElBQVMsS0FBYTtBQUNsRCxNQUFJLEVBQUUsZUFBZ0IsUUFBTyxFQUFFO0FBRS9CLE1BQUksUUFBUSxJQUFJLGVBQWUseUJBQTBCLFFBQU87QUFDaEUsTUFBSSxFQUFFLGFBQWEsY0FBYztBQUMvQixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE9BQU8sS0FBSyxLQUFLLFFBQVEsQ0FBQyxHQUFHLGlCQUFpQjtBQUNwRCxNQUFJLEdBQUcsV0FBVyxJQUFJLEVBQUcsUUFBTyxHQUFHLGFBQWEsTUFBTSxNQUFNLEVBQUUsS0FBSztBQUNuRSxRQUFNLFNBQVNGLFFBQU8sWUFBWSxFQUFFLEVBQUUsU0FBUyxLQUFLO0FBQ3BELEtBQUcsY0FBYyxNQUFNLFFBQVEsRUFBRSxNQUFNLElBQU0sQ0FBQztBQUM5QyxTQUFPO0FBQ1Q7QUEvRkEsSUFVYSx3QkFFUCxXQWtETztBQTlEYjtBQUFBO0FBQUE7QUFVTyxJQUFNLHlCQUF5QjtBQUV0QyxJQUFNLFlBQVlDLEdBQUUsT0FBTztBQUFBLE1BQ3pCLFVBQVVBLEdBQUUsS0FBSyxDQUFDLGVBQWUsY0FBYyxNQUFNLENBQUMsRUFBRSxRQUFRLGFBQWE7QUFBQSxNQUM3RSxNQUFNQSxHQUFFLE9BQU8sT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEtBQUssRUFBRSxRQUFRLEdBQUk7QUFBQSxNQUM1RCxNQUFNQSxHQUFFLE9BQU8sRUFBRSxRQUFRLFNBQVM7QUFBQSxNQUNsQyxZQUFZQSxHQUFFLE9BQU8sRUFBRSxJQUFJLEVBQUUsU0FBUztBQUFBLE1BQ3RDLFVBQVVBLEdBQUUsT0FBTyxFQUFFLFFBQVEsUUFBUTtBQUFBLE1BQ3JDLGNBQWNBLEdBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxNQUNsQywrQkFBK0JBLEdBQUUsS0FBSyxDQUFDLFFBQVEsT0FBTyxDQUFDLEVBQUUsUUFBUSxPQUFPO0FBQUEsTUFDeEUsZ0JBQWdCQSxHQUFFLE9BQU8sRUFBRSxJQUFJLElBQUksK0NBQStDLEVBQUUsU0FBUztBQUFBLE1BQzdGLFdBQVdBLEdBQUUsT0FBTyxFQUFFLFNBQVM7QUFBQSxNQUMvQixXQUFXQSxHQUFFLE9BQU8sT0FBTyxFQUFFLElBQUksRUFBRSxRQUFRLEdBQUc7QUFBQSxNQUM5QyxXQUFXQSxHQUFFLE9BQU8sRUFBRSxTQUFTO0FBQUEsTUFDL0IsV0FBV0EsR0FBRSxPQUFPLEVBQUUsU0FBUztBQUFBLE1BQy9CLGFBQWFBLEdBQUUsS0FBSyxDQUFDLFFBQVEsT0FBTyxDQUFDLEVBQUUsUUFBUSxPQUFPO0FBQUEsTUFDdEQsV0FBV0EsR0FBRSxPQUFPLEVBQUUsUUFBUSx3REFBb0M7QUFBQSxNQUNsRSxrQkFBa0JBLEdBQUUsT0FBTyxFQUFFLE1BQU0sRUFBRSxRQUFRLG9CQUFvQjtBQUFBLE1BQ2pFLHFCQUFxQkEsR0FBRSxPQUFPLEVBQUUsSUFBSSxDQUFDLEVBQUUsUUFBUSxzQkFBc0I7QUFBQTtBQUFBLE1BRXJFLGVBQWVBLEdBQUUsS0FBSyxDQUFDLFFBQVEsT0FBTyxDQUFDLEVBQUUsU0FBUztBQUFBO0FBQUEsTUFFbEQsU0FBU0EsR0FBRSxLQUFLLENBQUMsUUFBUSxPQUFPLENBQUMsRUFBRSxRQUFRLE9BQU87QUFBQTtBQUFBLE1BRWxELGFBQWFBLEdBQUUsS0FBSyxDQUFDLFFBQVEsT0FBTyxDQUFDLEVBQUUsUUFBUSxPQUFPO0FBQUE7QUFBQSxNQUV0RCxnQkFBZ0JBLEdBQUUsT0FDZixPQUFPLEVBQ1AsSUFBSSxFQUNKLFNBQVMsRUFDVCxRQUFRLE9BQU8sSUFBSTtBQUFBLE1BQ3RCLG9CQUFvQkEsR0FBRSxLQUFLLENBQUMsUUFBUSxRQUFRLENBQUMsRUFBRSxRQUFRLE1BQU07QUFBQSxNQUM3RCxhQUFhQSxHQUFFLE9BQU8sT0FBTyxFQUFFLElBQUksRUFBRSxJQUFJLENBQUMsRUFBRSxJQUFJLEtBQUssRUFBRSxRQUFRLElBQUk7QUFBQSxNQUNuRSxtQkFBbUJBLEdBQUUsT0FBTyxPQUFPLEVBQUUsU0FBUyxFQUFFLFFBQVEsRUFBRTtBQUFBO0FBQUEsTUFFMUQseUJBQXlCQSxHQUFFLE9BQU8sT0FBTyxFQUFFLFNBQVMsRUFBRSxRQUFRLEVBQUU7QUFBQSxNQUNoRSx1QkFBdUJBLEdBQUUsT0FBTyxPQUFPLEVBQUUsSUFBSSxFQUFFLFNBQVMsRUFBRSxRQUFRLEVBQUU7QUFBQSxJQUN0RSxDQUFDO0FBZU0sSUFBTSxNQUFXLFFBQVE7QUFBQTtBQUFBOzs7QUM5RGhDLElBU2E7QUFUYixJQUFBRSxjQUFBO0FBQUE7QUFBQTtBQUdBO0FBQ0E7QUFFQTtBQUNBO0FBRU8sSUFBTSxjQUFpRCxDQUFDLEVBQUUsTUFBTSxXQUFXLElBQUksTUFBTTtBQUMxRixVQUFJLGdCQUFnQixHQUFHLEVBQUcsUUFBTztBQUNqQyxZQUFNLE9BQU8sWUFBWSxHQUFHO0FBQzVCLFVBQUksY0FBYyxVQUFVO0FBQzFCLGFBQUssYUFBYSxLQUFLO0FBQ3ZCLGFBQUssU0FBUyxhQUFhLEtBQUssUUFBUSxVQUFVO0FBQUEsTUFDcEQ7QUFDQSxVQUFJLEtBQUssZUFBZSxZQUFZLENBQUMsUUFBUSxNQUFNLFNBQVMsYUFBYSxHQUFHO0FBQzFFLGNBQU07QUFBQSxVQUNKO0FBQUEsVUFDQTtBQUFBLFVBQ0E7QUFBQSxZQUNFLE9BQU87QUFBQSxVQUNUO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFDQSxVQUFJLFFBQVEsTUFBTSxlQUFlLEdBQUc7QUFFbEMsYUFBSyxPQUFPLE1BQU0sS0FBSyxJQUFJO0FBQUEsTUFDN0I7QUFDQSxhQUFPO0FBQUEsSUFDVDtBQUFBO0FBQUE7OztBQzlCQSxPQUFPQyxXQUFVO0FBQWpCLElBa0JhO0FBbEJiO0FBQUE7QUFBQTtBQUlBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBLElBQUFDO0FBQ0E7QUFPTyxJQUFNLFFBQTBCO0FBQUEsTUFDckMsTUFBTTtBQUFBLE1BQ04sUUFBUSxFQUFFLFVBQVUsRUFBRSxnQkFBTSxPQUFPLEdBQUcsUUFBUSxFQUFFLGdCQUFNLFFBQVEsRUFBRTtBQUFBLE1BQ2hFLE9BQU87QUFBQSxRQUNMLE9BQU8sT0FBTztBQUFBLFFBQ2QsWUFBWTtBQUFBLFFBQ1osZ0JBQWdCLENBQUMsWUFBWSxPQUFPLGNBQWMsUUFBUSxZQUFZO0FBQUEsTUFDeEU7QUFBQSxNQUNBLFFBQVEsRUFBRSxNQUFNLGNBQWMsUUFBUSxlQUFlLFFBQVEsaUJBQWlCLFFBQVEsZ0JBQWdCO0FBQUEsTUFDdEcsT0FBTyxFQUFFLGNBQWMsQ0FBQyxXQUFXLEVBQUU7QUFBQSxNQUNyQyxRQUFRLEVBQUUsV0FBV0QsTUFBSyxRQUFRLElBQUksVUFBVSxPQUFPLEdBQUcsV0FBVyxDQUFDLFNBQVMsRUFBRTtBQUFBLE1BQ2pGLFFBQVE7QUFBQSxRQUNOLEVBQUUsTUFBTSxPQUFPLE1BQU0sUUFBUSxPQUFPLEVBQUUsZ0JBQU0sU0FBUyxFQUFFO0FBQUEsUUFDdkQsT0FBTyxjQUFjLEVBQUUsNEJBQVEsWUFBWSxHQUFHLFlBQVk7QUFBQSxVQUN4RCxVQUFVO0FBQUEsVUFDVixjQUFjO0FBQUEsVUFDZCxPQUFPO0FBQUEsUUFDVCxDQUFDO0FBQUEsUUFDRCxPQUFPLFFBQVEsRUFBRSw0QkFBUSxZQUFZLEdBQUcsZ0JBQWdCLEVBQUUsT0FBTyxLQUFLLENBQUM7QUFBQSxRQUN2RSxTQUFTLFNBQVMsUUFBUSxFQUFFLDhDQUFXLE1BQU0sR0FBRyxFQUFFLE9BQU8sS0FBSyxDQUFDO0FBQUEsUUFDL0QsV0FBVyxjQUFjLEVBQUUsc0JBQU8sYUFBYSxHQUFHLEVBQUUsT0FBTyxNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQUEsTUFDbEY7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDeENBLElBS2E7QUFMYjtBQUFBO0FBQUE7QUFFQTtBQUdPLElBQU0sZUFBdUIsQ0FBQyxFQUFFLElBQUksTUFBTTtBQUMvQyxZQUFNLE9BQU8sWUFBWSxHQUFHO0FBQzVCLFVBQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsVUFBSSxRQUFRLE1BQU0sT0FBTyxFQUFHLFFBQU87QUFDbkMsYUFBTyxFQUFFLElBQUksRUFBRSxRQUFRLEtBQUssR0FBRyxFQUFFO0FBQUEsSUFDbkM7QUFBQTtBQUFBOzs7QUNWQSxJQWNhLGNBSUEsY0FtRFA7QUFyRU47QUFBQTtBQUFBO0FBY08sSUFBTSxlQUE4QixFQUFFLFlBQVksR0FBRyxZQUFZLElBQUksVUFBVSxLQUFLLEtBQVEsUUFBUSxLQUFLLElBQU87QUFJaEgsSUFBTSxlQUFOLE1BQW1CO0FBQUEsTUFJeEIsWUFDbUIsU0FBd0IsY0FDeEIsYUFBYSxLQUM5QjtBQUZpQjtBQUNBO0FBQUEsTUFDaEI7QUFBQSxNQU5jLFFBQVEsb0JBQUksSUFBcUI7QUFBQSxNQUNqQyxZQUFZLG9CQUFJLElBQXFCO0FBQUE7QUFBQSxNQVF0RCxZQUFZLFNBQWlCLEtBQXFCO0FBQ2hELGNBQU0sSUFBSSxLQUFLLFVBQVUsSUFBSSxPQUFPO0FBQ3BDLGVBQU8sS0FBSyxFQUFFLGNBQWMsTUFBTSxLQUFLLE1BQU0sRUFBRSxjQUFjLE9BQU8sR0FBSSxJQUFJO0FBQUEsTUFDOUU7QUFBQTtBQUFBLE1BR0EsY0FBYyxTQUFpQixTQUFpQixLQUFzQjtBQUNwRSxjQUFNLElBQUksS0FBSyxNQUFNLElBQUksUUFBUSxTQUFTLE9BQU8sQ0FBQztBQUNsRCxlQUFPLFFBQVEsS0FBSyxFQUFFLGNBQWMsR0FBRztBQUFBLE1BQ3pDO0FBQUEsTUFFQSxLQUFLLFNBQWlCLFNBQWlCLEtBQW1CO0FBQ3hELGFBQUssTUFBTSxLQUFLLE9BQU8sUUFBUSxTQUFTLE9BQU8sR0FBRyxLQUFLLE9BQU8sWUFBWSxHQUFHO0FBQzdFLGFBQUssTUFBTSxLQUFLLFdBQVcsU0FBUyxLQUFLLE9BQU8sWUFBWSxHQUFHO0FBQUEsTUFDakU7QUFBQSxNQUVBLFFBQVEsU0FBaUIsU0FBdUI7QUFDOUMsYUFBSyxNQUFNLE9BQU8sUUFBUSxTQUFTLE9BQU8sQ0FBQztBQUFBLE1BQzdDO0FBQUE7QUFBQSxNQUdBLGFBQWEsU0FBdUI7QUFDbEMsY0FBTSxTQUFTLEdBQUcsUUFBUSxZQUFZLENBQUM7QUFDdkMsbUJBQVcsT0FBTyxLQUFLLE1BQU0sS0FBSyxFQUFHLEtBQUksSUFBSSxXQUFXLE1BQU0sRUFBRyxNQUFLLE1BQU0sT0FBTyxHQUFHO0FBQUEsTUFDeEY7QUFBQSxNQUVRLE1BQU0sS0FBMkIsS0FBYSxPQUFlLEtBQW1CO0FBQ3RGLGNBQU0sSUFBSSxJQUFJLElBQUksR0FBRyxLQUFLLEVBQUUsVUFBVSxDQUFDLEdBQUcsYUFBYSxFQUFFO0FBQ3pELFVBQUUsV0FBVyxFQUFFLFNBQVMsT0FBTyxDQUFDRSxPQUFNLE1BQU1BLEtBQUksS0FBSyxPQUFPLFFBQVE7QUFDcEUsVUFBRSxTQUFTLEtBQUssR0FBRztBQUNuQixZQUFJLEVBQUUsU0FBUyxVQUFVLE9BQU87QUFDOUIsWUFBRSxjQUFjLE1BQU0sS0FBSyxPQUFPO0FBQ2xDLFlBQUUsV0FBVyxDQUFDO0FBQUEsUUFDaEI7QUFDQSxZQUFJLE9BQU8sR0FBRztBQUNkLFlBQUksSUFBSSxLQUFLLENBQUM7QUFFZCxlQUFPLElBQUksT0FBTyxLQUFLLFdBQVksS0FBSSxPQUFPLElBQUksS0FBSyxFQUFFLEtBQUssRUFBRSxLQUFlO0FBQUEsTUFDakY7QUFBQSxJQUNGO0FBRUEsSUFBTSxVQUFVLENBQUMsU0FBaUIsWUFBb0IsR0FBRyxRQUFRLFlBQVksQ0FBQyxLQUFTLE9BQU87QUFBQTtBQUFBOzs7QUNoRTlGLFNBQVMscUJBQXFCLGlCQUFpQixzQkFBMEQ7QUFDekcsU0FBUyw2QkFBNkI7QUFOdEMsSUFZTSxPQUdPLFlBRUE7QUFqQmI7QUFBQTtBQUFBO0FBUUE7QUFDQTtBQUNBO0FBRUEsSUFBTSxRQUFRLE9BQU8sSUFBSSxtQkFBbUI7QUFHckMsSUFBTSxhQUFhLE1BQXNCLFdBQWlCLEtBQUssTUFBTSxJQUFJLGFBQWE7QUFFdEYsSUFBTSxnQkFBMEI7QUFBQSxNQUNyQyxNQUFNO0FBQUEsTUFDTixRQUFRO0FBQUEsTUFDUixTQUFTLE9BQU8sUUFBd0I7QUFDdEMsY0FBTSxPQUFRLE1BQU0sU0FBUyxHQUFHO0FBQ2hDLGNBQU0sUUFBUSxPQUFPLE1BQU0sVUFBVSxXQUFXLEtBQUssTUFBTSxLQUFLLEVBQUUsWUFBWSxJQUFJO0FBQ2xGLGNBQU0sV0FBVyxPQUFPLE1BQU0sYUFBYSxXQUFXLEtBQUssV0FBVztBQUN0RSxjQUFNLFVBQVUsY0FBYyxHQUFHO0FBQ2pDLGNBQU0sUUFBUSxXQUFXO0FBQ3pCLGNBQU0sTUFBTSxLQUFLLElBQUk7QUFDckIsY0FBTSxPQUFPLE1BQU0sWUFBWSxTQUFTLEdBQUc7QUFDM0MsWUFBSSxPQUFPLEdBQUc7QUFDWixnQkFBTTtBQUFBLFlBQ0o7QUFBQSxZQUNBLGdFQUFjLEtBQUssS0FBSyxPQUFPLEVBQUUsQ0FBQztBQUFBLFlBQ2xDO0FBQUEsY0FDRSxZQUFZO0FBQUEsWUFDZDtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQ0EsWUFBSSxNQUFNLGNBQWMsT0FBTyxTQUFTLEdBQUcsR0FBRztBQUM1QyxnQkFBTSxLQUFLLE9BQU8sU0FBUyxHQUFHO0FBQzlCLGdCQUFNLElBQUksb0JBQW9CLElBQUksQ0FBQztBQUFBLFFBQ3JDO0FBQ0EsY0FBTSxhQUFhLElBQUksUUFBUSxZQUFZO0FBQzNDLFlBQUk7QUFDSixZQUFJO0FBQ0YsbUJBQVMsTUFBTSxlQUFlLEVBQUUsWUFBWSxNQUFNLEVBQUUsT0FBTyxTQUFTLEdBQUcsSUFBSSxDQUFDO0FBQUEsUUFDOUUsU0FBUyxLQUFLO0FBQ1osY0FBSSxlQUFlLHVCQUF3QixlQUFlLFNBQVMsSUFBSSxTQUFTLGNBQWU7QUFDN0Ysa0JBQU0sS0FBSyxPQUFPLFNBQVMsR0FBRztBQUM5QixrQkFBTSxJQUFJLG9CQUFvQixJQUFJLENBQUM7QUFBQSxVQUNyQztBQUNBLGdCQUFNO0FBQUEsUUFDUjtBQUNBLGNBQU0sUUFBUSxPQUFPLE9BQU87QUFDNUIsY0FBTSxTQUFTLHNCQUFzQjtBQUFBLFVBQ25DLHNCQUFzQixXQUFXLE9BQU87QUFBQSxVQUN4QyxjQUFjLElBQUksUUFBUSxPQUFPO0FBQUEsVUFDakMsT0FBTyxPQUFPO0FBQUEsUUFDaEIsQ0FBQztBQUNELGVBQU8sU0FBUztBQUFBLFVBQ2QsRUFBRSxTQUFTLElBQUksRUFBRSx1QkFBdUIsR0FBRyxHQUFHLE9BQU87QUFBQSxVQUNyRCxFQUFFLFNBQVMsZ0JBQWdCLEVBQUUsU0FBUyxJQUFJLFFBQVEsRUFBRSxjQUFjLE9BQU8sQ0FBQyxHQUFHLElBQUksQ0FBQyxFQUFFO0FBQUEsUUFDdEY7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQzVETyxTQUFTLE9BQU8sT0FBZSxZQUE4QjtBQUNsRSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0EsT0FBTyxLQUFLO0FBQUEsSUFDWjtBQUFBLElBQ0EsOEJBQThCLE9BQU8sS0FBSyxDQUFDO0FBQUEsSUFDM0MsR0FBRyxXQUFXLElBQUksQ0FBQyxNQUFNLE1BQU0sQ0FBQyxNQUFNO0FBQUEsSUFDdEM7QUFBQSxJQUNBO0FBQUEsRUFDRixFQUFFLEtBQUssRUFBRTtBQUNYO0FBSU8sU0FBUyxrQkFBa0IsR0FBbUU7QUFDbkcsU0FBTyxPQUFPLHNCQUFzQjtBQUFBLElBQ2xDLEdBQUcsT0FBTyxFQUFFLFFBQVEsY0FBSSxDQUFDO0FBQUEsSUFDekI7QUFBQSxJQUNBLFlBQVksT0FBTyxFQUFFLEdBQUcsQ0FBQyw0QkFBNEIsT0FBTyxFQUFFLEdBQUcsQ0FBQztBQUFBLElBQ2xFLGdCQUFNLEVBQUUsT0FBTztBQUFBLEVBQ2pCLENBQUM7QUFDSDtBQXhCQSxJQUNNLFFBY087QUFmYjtBQUFBO0FBQUE7QUFDQSxJQUFNLFNBQVMsQ0FBQyxNQUFjLEVBQUUsUUFBUSxZQUFZLENBQUMsTUFBTSxLQUFLLEVBQUUsV0FBVyxDQUFDLENBQUMsR0FBRztBQWMzRSxJQUFNLHVCQUF1QjtBQUFBO0FBQUE7OztBQ3dCcEMsU0FBUyxnQkFBZ0IsR0FBWSxHQUFxQjtBQUN4RCxRQUFNQyxTQUFRLENBQUMsTUFBZSxNQUFNLFFBQVEsTUFBTSxVQUFhLE1BQU07QUFDckUsTUFBSUEsT0FBTSxDQUFDLEtBQUtBLE9BQU0sQ0FBQyxFQUFHLFFBQU87QUFDakMsTUFBSSxPQUFPLE1BQU0sWUFBWSxPQUFPLE1BQU0sU0FBVSxRQUFPLE1BQU07QUFDakUsU0FBTyxRQUFRLEdBQVksQ0FBVTtBQUN2QztBQTVDQSxJQVlhLGtCQU9QLFNBTU8sa0JBcUJQLE9BR0EsWUFZTyxvQkFpQkEsb0JBTUE7QUFwRmI7QUFBQTtBQUFBO0FBR0E7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBR08sSUFBTSxtQkFBcUQsT0FBTyxFQUFFLE1BQU0sV0FBVyxJQUFJLE1BQU07QUFDcEcsVUFBSSxjQUFjLFNBQVUsUUFBTztBQUNuQyxZQUFNLEVBQUUsVUFBVSxJQUFJLE1BQU0sSUFBSSxRQUFRLE1BQU0sRUFBRSxZQUFZLFNBQVMsS0FBSyxnQkFBZ0IsS0FBSyxDQUFDO0FBQ2hHLFVBQUksY0FBYyxFQUFHLE1BQUssT0FBTztBQUNqQyxhQUFPO0FBQUEsSUFDVDtBQUVBLElBQU0sVUFBVSxDQUFDLFFBQVEsUUFBUSxlQUFlO0FBTXpDLElBQU0sbUJBQXFELENBQUMsRUFBRSxNQUFNLFdBQVcsYUFBYSxJQUFJLE1BQU07QUFDM0csWUFBTSxPQUFPLFlBQVksR0FBRztBQUM1QixVQUFJLENBQUMsUUFBUSxjQUFjLFlBQVksQ0FBQyxZQUFhLFFBQU87QUFDNUQsWUFBTSxVQUFVLFFBQVEsT0FBTyxDQUFDLE1BQU0sS0FBSyxDQUFDLE1BQU0sVUFBYSxDQUFDLGdCQUFnQixLQUFLLENBQUMsR0FBRyxZQUFZLENBQUMsQ0FBQyxDQUFDO0FBQ3hHLFVBQUksUUFBUSxXQUFXLEVBQUcsUUFBTztBQUNqQyxVQUFJLENBQUMsUUFBUSxNQUFNLE9BQU8sR0FBRztBQUMzQixjQUFNLFVBQVUsbUJBQW1CLDhJQUF5RDtBQUFBLE1BQzlGO0FBQ0EsVUFBSSxRQUFRLFNBQVMsTUFBTSxLQUFLLE9BQU8sWUFBWSxFQUFFLE1BQU0sT0FBTyxLQUFLLEVBQUUsR0FBRztBQUMxRSxjQUFNLFVBQVUsWUFBWSwrRkFBNkM7QUFBQSxNQUMzRTtBQUNBLGFBQU87QUFBQSxJQUNUO0FBU0EsSUFBTSxRQUFRLE9BQU8sSUFBSSxtQkFBbUI7QUFHNUMsSUFBTSxhQUFhLE1BQ2YsV0FBaUIsS0FBSyxNQUFNLElBQUksYUFBYTtBQUFBLE1BQzdDLFlBQVk7QUFBQSxNQUNaLFlBQVk7QUFBQSxNQUNaLFVBQVUsS0FBSztBQUFBLE1BQ2YsUUFBUSxLQUFLO0FBQUEsSUFDZixDQUFDO0FBTUksSUFBTSxxQkFBb0QsQ0FBQyxFQUFFLE1BQU0sV0FBVyxJQUFJLE1BQU07QUFDN0YsVUFBSSxjQUFjLGlCQUFrQixRQUFPO0FBQzNDLFlBQU0sUUFBUSxPQUFRLEtBQXVDLE1BQU0sU0FBUyxFQUFFLEVBQUUsWUFBWTtBQUM1RixZQUFNLFVBQVUsY0FBYyxHQUFHO0FBQ2pDLFlBQU0sUUFBUSxXQUFXO0FBQ3pCLFlBQU0sTUFBTSxLQUFLLElBQUk7QUFDckIsWUFBTSxPQUFPLE1BQU0sWUFBWSxTQUFTLEdBQUc7QUFDM0MsVUFBSSxPQUFPO0FBQ1QsY0FBTSxRQUFRLHFCQUFxQixxSEFBb0Q7QUFBQSxVQUNyRixZQUFZO0FBQUEsUUFDZCxDQUFDO0FBQ0gsWUFBTSxVQUFVLE1BQU0sY0FBYyxPQUFPLFNBQVMsR0FBRztBQUN2RCxZQUFNLEtBQUssT0FBTyxTQUFTLEdBQUc7QUFDOUIsYUFBTyxVQUFVLEVBQUUsR0FBRyxNQUFNLGNBQWMsS0FBSyxJQUFJO0FBQUEsSUFDckQ7QUFHTyxJQUFNLHFCQUFtRCxDQUFDLEVBQUUsTUFBTSxXQUFXLE9BQU8sTUFBTTtBQUMvRixVQUFJLGNBQWM7QUFDaEIsbUJBQVcsRUFBRSxhQUFhLE9BQVEsS0FBdUMsTUFBTSxTQUFTLEVBQUUsQ0FBQztBQUM3RixhQUFPO0FBQUEsSUFDVDtBQUVPLElBQU0sWUFBWTtBQUFBLE1BQ3ZCLHNCQUFzQixNQUFNO0FBQUEsTUFDNUIsbUJBQW1CLENBQUMsTUFLbEIsa0JBQWtCO0FBQUEsUUFDaEIsTUFBTSxHQUFHLE1BQU07QUFBQSxRQUNmLEtBQUssR0FBRyxHQUFHLEtBQUssUUFBUSxPQUFPLGFBQWEsdUJBQXVCLGdCQUFnQixHQUFHLFNBQVMsRUFBRTtBQUFBLFFBQ2pHLFNBQVM7QUFBQSxNQUNYLENBQUM7QUFBQSxJQUNMO0FBQUE7QUFBQTs7O0FDaEdBLElBaUJNLFNBa0JPO0FBbkNiO0FBQUE7QUFBQTtBQUVBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQU9BO0FBR0EsSUFBTSxVQUFVLENBQ2QsTUFDQSxZQUNBLE1BQ0EsT0FDQSxhQUN1QjtBQUFBLE1BQ3ZCO0FBQUEsTUFDQSxNQUFNO0FBQUEsTUFDTjtBQUFBLE1BQ0EsV0FBVztBQUFBLE1BQ1g7QUFBQSxNQUNBLE9BQU8sRUFBRSxXQUFXLENBQUMsR0FBRyxZQUFZLFNBQVMsU0FBUyxLQUFLO0FBQUEsTUFDM0QsVUFBVSxDQUFDLE9BQWdCLEVBQUUsWUFBWSxNQUN2QyxhQUFhLFNBQVMsUUFBUSxRQUFRLEtBQUssS0FBSztBQUFBLElBQ3BEO0FBR08sSUFBTSxRQUEwQjtBQUFBLE1BQ3JDLE1BQU07QUFBQSxNQUNOLFFBQVEsRUFBRSxVQUFVLEVBQUUsZ0JBQU0sTUFBTSxHQUFHLFFBQVEsRUFBRSxnQkFBTSxPQUFPLEVBQUU7QUFBQSxNQUM5RCxNQUFNO0FBQUE7QUFBQTtBQUFBLFFBR0osa0JBQWtCO0FBQUEsUUFDbEIsaUJBQWlCLElBQUksS0FBSztBQUFBLFFBQzFCLFNBQVMsRUFBRSxRQUFRLElBQUksWUFBWSxXQUFXLFVBQVUsS0FBSyxPQUFPLFVBQVUsTUFBTTtBQUFBO0FBQUEsUUFFcEYsZ0JBQWdCLEVBQUUsWUFBWSxLQUFLLEtBQUssS0FBTSxvQkFBb0IsR0FBRyxHQUFHLFVBQVU7QUFBQSxNQUNwRjtBQUFBLE1BQ0EsV0FBVyxDQUFDLGFBQWE7QUFBQSxNQUN6QixPQUFPO0FBQUEsUUFDTCxPQUFPLE9BQU87QUFBQSxRQUNkLFlBQVk7QUFBQSxRQUNaLGdCQUFnQixDQUFDLFFBQVEsU0FBUyxRQUFRLFFBQVEsZUFBZTtBQUFBLFFBQ2pFLHNCQUFzQixDQUFDLFFBQVEsU0FBUyxPQUFPO0FBQUEsTUFDakQ7QUFBQSxNQUNBLFFBQVE7QUFBQSxRQUNOLE1BQU07QUFBQSxRQUNOLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxRQUNSLFFBQVE7QUFBQSxRQUNSLE9BQU8sQ0FBQyxFQUFFLElBQUksTUFBTSxRQUFRLElBQUksSUFBSTtBQUFBLE1BQ3RDO0FBQUEsTUFDQSxPQUFPO0FBQUEsUUFDTCxjQUFjLENBQUMsa0JBQWtCLGdCQUFnQjtBQUFBLFFBQ2pELGlCQUFpQixDQUFDLGtCQUFrQjtBQUFBLFFBQ3BDLGdCQUFnQixDQUFDLGtCQUFrQjtBQUFBLE1BQ3JDO0FBQUEsTUFDQSxRQUFRO0FBQUEsUUFDTixFQUFFLE1BQU0sUUFBUSxNQUFNLFFBQVEsVUFBVSxNQUFNLE9BQU8sRUFBRSxnQkFBTSxNQUFNLEVBQUU7QUFBQSxRQUNyRTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sVUFBVTtBQUFBLFVBQ1YsY0FBYztBQUFBLFVBQ2QsU0FBUztBQUFBLFVBQ1QsV0FBVztBQUFBLFVBQ1gsT0FBTyxFQUFFLGdCQUFNLE1BQU07QUFBQSxRQUN2QjtBQUFBLFFBQ0E7QUFBQSxVQUNFO0FBQUEsVUFDQTtBQUFBLFVBQ0E7QUFBQSxVQUNBLEVBQUUsOENBQVcsTUFBTTtBQUFBLFVBQ25CO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFO0FBQUEsVUFDQTtBQUFBLFVBQ0E7QUFBQSxVQUNBLEVBQUUsd0NBQVUsZ0JBQWdCO0FBQUEsVUFDNUI7QUFBQSxRQUNGO0FBQUEsUUFDQSxFQUFFLE1BQU0sU0FBUyxNQUFNLFFBQVEsT0FBTyxFQUFFLGdCQUFNLE9BQU8sRUFBRTtBQUFBLE1BQ3pEO0FBQUEsSUFDRjtBQUFBO0FBQUE7OztBQzlGQSxJQUthO0FBTGI7QUFBQTtBQUFBO0FBQ0E7QUFDQTtBQUNBO0FBRU8sSUFBTSxvQkFBb0IsQ0FBQyxPQUFPLE9BQU8sUUFBUTtBQUFBO0FBQUE7OztBQ2F4RCxTQUFTLGVBQWUsWUFBZ0Q7QUFDdEUsUUFBTSxVQUFXLFdBQVcsUUFBNEMsVUFBVTtBQUNsRixRQUFNLFFBQVEsV0FBVyxTQUFTLENBQUM7QUFDbkMsU0FBTztBQUFBLElBQ0wsR0FBRztBQUFBLElBQ0gsT0FBTztBQUFBLE1BQ0wsR0FBRztBQUFBLE1BQ0gsY0FBYyxDQUFDLG9CQUFvQixHQUFJLE1BQU0sZ0JBQWdCLENBQUMsQ0FBRTtBQUFBLE1BQ2hFLGFBQWEsQ0FBQyxHQUFJLE1BQU0sZUFBZSxDQUFDLEdBQUksR0FBSSxVQUFVLENBQUMsV0FBVyxJQUFJLENBQUMsQ0FBRTtBQUFBLE1BQzdFLGFBQWEsQ0FBQyxHQUFJLE1BQU0sZUFBZSxDQUFDLEdBQUksR0FBSSxVQUFVLENBQUMsV0FBVyxJQUFJLENBQUMsQ0FBRTtBQUFBLElBQy9FO0FBQUEsRUFDRjtBQUNGO0FBOUJBLElBZ0NhO0FBaENiO0FBQUE7QUFBQTtBQU9BO0FBQ0E7QUFDQTtBQUNBO0FBQ0EsSUFBQUM7QUFDQTtBQUNBO0FBQ0EsSUFBQUM7QUFDQTtBQUNBO0FBZ0JPLElBQU0sY0FBYztBQUFBLE1BQ3pCLEdBQUc7QUFBQSxNQUNILEdBQUc7QUFBQSxNQUNILEdBQUc7QUFBQSxNQUNILEdBQUc7QUFBQSxNQUNILEdBQUc7QUFBQSxNQUNILEdBQUc7QUFBQSxNQUNILEdBQUc7QUFBQSxNQUNILEdBQUc7QUFBQSxJQUNMLEVBQUUsSUFBSSxjQUFjO0FBQUE7QUFBQTs7O0FDekNwQixJQU9hLGNBY0E7QUFyQmI7QUFBQTtBQUFBO0FBSUE7QUFDQTtBQUVPLElBQU0sZUFBdUMsQ0FBQyxFQUFFLE1BQU0sWUFBWSxNQUFNO0FBQzdFLFlBQU0sUUFBUTtBQUNkLFlBQU0sT0FBTyxvQkFBSSxJQUFZO0FBQzdCLGlCQUFXLE9BQU8sTUFBTSxjQUFjLENBQUMsR0FBRztBQUN4QyxZQUFJLEtBQUssSUFBSSxJQUFJLFFBQVE7QUFDdkIsZ0JBQU0sV0FBVyxzQkFBc0IsaUNBQVEsSUFBSSxRQUFRLG1DQUE4QjtBQUMzRixhQUFLLElBQUksSUFBSSxRQUFRO0FBQUEsTUFDdkI7QUFDQSxZQUFNLFlBQWEsYUFBdUMsWUFBWSxLQUFLO0FBQzNFLFlBQU0sbUJBQWtCLG9CQUFJLEtBQUssR0FBRSxZQUFZO0FBQy9DLGFBQU87QUFBQSxJQUNUO0FBR08sSUFBTSxvQkFBMkMsTUFBTSxZQUFZO0FBQUE7QUFBQTs7O0FDckIxRSxJQWdCYTtBQWhCYjtBQUFBO0FBQUE7QUFFQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBT08sSUFBTSxhQUEyQjtBQUFBLE1BQ3RDLE1BQU07QUFBQSxNQUNOLE9BQU8sRUFBRSw0QkFBUSxhQUFhO0FBQUEsTUFDOUIsT0FBTyxFQUFFLE9BQU8sT0FBTyxPQUFPO0FBQUEsTUFDOUIsUUFBUSxFQUFFLE1BQU0sT0FBTyxRQUFRLFFBQVEsY0FBYyxNQUFNO0FBQUEsTUFDM0QsVUFBVSxFQUFFLEtBQUssSUFBSTtBQUFBLE1BQ3JCLE9BQU8sRUFBRSxjQUFjLENBQUMsWUFBWSxHQUFHLGFBQWEsQ0FBQyxpQkFBaUIsRUFBRTtBQUFBLE1BQ3hFLFFBQVE7QUFBQSxRQUNOO0FBQUEsVUFDRSxNQUFNO0FBQUEsVUFDTixRQUFRO0FBQUEsWUFDTixZQUFZLFlBQVksRUFBRSxzQkFBTyxVQUFVLEdBQUc7QUFBQSxjQUM1QyxVQUFVO0FBQUEsY0FDVixhQUFhLEVBQUUsb0RBQVksOEJBQThCO0FBQUEsWUFDM0QsQ0FBQztBQUFBLFlBQ0QsWUFBWSxpQkFBaUIsRUFBRSw0QkFBUSxnQkFBZ0IsR0FBRyxFQUFFLFVBQVUsS0FBSyxDQUFDO0FBQUEsVUFDOUU7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sTUFBTTtBQUFBLFVBQ04sT0FBTyxFQUFFLDRCQUFRLHFCQUFxQjtBQUFBLFVBQ3RDLFFBQVEsRUFBRSxVQUFVLEVBQUUsZ0JBQU0sVUFBVSxHQUFHLFFBQVEsRUFBRSxnQkFBTSxZQUFZLEVBQUU7QUFBQSxVQUN2RSxjQUFjLGNBQWM7QUFBQSxVQUM1QixRQUFRO0FBQUEsWUFDTjtBQUFBLGNBQ0UsTUFBTTtBQUFBLGNBQ04sUUFBUTtBQUFBLGdCQUNOLGNBQWM7QUFBQSxnQkFDZCxZQUFZLGVBQWUsRUFBRSxrQ0FBUyxlQUFlLEdBQUcsRUFBRSxVQUFVLE1BQU0sY0FBYyxHQUFHLEtBQUssRUFBRSxDQUFDO0FBQUEsZ0JBQ25HLFlBQVksaUJBQWlCLEVBQUUsd0NBQVUsaUJBQWlCLEdBQUc7QUFBQSxrQkFDM0QsVUFBVTtBQUFBLGtCQUNWLGNBQWM7QUFBQSxrQkFDZCxLQUFLO0FBQUEsZ0JBQ1AsQ0FBQztBQUFBLGdCQUNELFlBQVksWUFBWSxFQUFFLDBEQUFhLG9CQUFvQixHQUFHO0FBQUEsa0JBQzVELFVBQVU7QUFBQSxrQkFDVixjQUFjO0FBQUEsa0JBQ2QsS0FBSztBQUFBLGdCQUNQLENBQUM7QUFBQSxjQUNIO0FBQUEsWUFDRjtBQUFBLFVBQ0Y7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sWUFBWSxZQUFZLEVBQUUsd0NBQVUsb0JBQW9CLEdBQUc7QUFBQSxjQUN6RCxVQUFVO0FBQUEsY0FDVixjQUFjLGNBQWM7QUFBQSxjQUM1QixLQUFLO0FBQUEsY0FDTCxhQUFhLEVBQUUsMENBQVksWUFBWTtBQUFBLFlBQ3pDLENBQUM7QUFBQSxZQUNELFlBQVksa0JBQWtCLEVBQUUsNEJBQVEsa0JBQWtCLEdBQUc7QUFBQSxjQUMzRCxVQUFVO0FBQUEsY0FDVixjQUFjLGNBQWM7QUFBQSxjQUM1QixLQUFLO0FBQUEsWUFDUCxDQUFDO0FBQUEsWUFDRCxZQUFZLGlCQUFpQixFQUFFLGlFQUFlLGlCQUFpQixHQUFHO0FBQUEsY0FDaEUsVUFBVTtBQUFBLGNBQ1YsY0FBYyxjQUFjO0FBQUEsY0FDNUIsS0FBSztBQUFBLFlBQ1AsQ0FBQztBQUFBLFVBQ0g7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBLFVBQ0UsTUFBTTtBQUFBLFVBQ04sUUFBUTtBQUFBLFlBQ04sWUFBWSxjQUFjLEVBQUUsb0RBQVksZUFBZSxHQUFHO0FBQUEsY0FDeEQsVUFBVTtBQUFBLGNBQ1YsY0FBYztBQUFBLGNBQ2QsS0FBSztBQUFBLGNBQ0wsYUFBYSxFQUFFLDBDQUFZLGtCQUFrQjtBQUFBLFlBQy9DLENBQUM7QUFBQSxZQUNELFlBQVkscUJBQXFCLEVBQUUsd0NBQVUscUJBQXFCLEdBQUc7QUFBQSxjQUNuRSxVQUFVO0FBQUEsY0FDVixjQUFjLGNBQWM7QUFBQSxjQUM1QixhQUFhO0FBQUEsZ0JBQ1g7QUFBQSxnQkFDQTtBQUFBLGNBQ0Y7QUFBQSxZQUNGLENBQUM7QUFBQSxVQUNIO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQSxVQUNFLE1BQU07QUFBQSxVQUNOLFFBQVE7QUFBQSxZQUNOLFlBQVksc0JBQXNCLEVBQUUsc0VBQWUsbUNBQW1DLEdBQUc7QUFBQSxjQUN2RixVQUFVO0FBQUEsY0FDVixjQUFjLGNBQWM7QUFBQSxjQUM1QixLQUFLO0FBQUEsY0FDTCxLQUFLO0FBQUEsY0FDTCxhQUFhO0FBQUEsZ0JBQ1g7QUFBQSxnQkFDQTtBQUFBLGNBQ0Y7QUFBQSxZQUNGLENBQUM7QUFBQSxZQUNELFlBQVkscUJBQXFCLEVBQUUsc0VBQWUsbUNBQW1DLEdBQUc7QUFBQSxjQUN0RixVQUFVO0FBQUEsY0FDVixjQUFjLGNBQWM7QUFBQSxjQUM1QixLQUFLO0FBQUEsY0FDTCxLQUFLO0FBQUEsY0FDTCxhQUFhO0FBQUEsZ0JBQ1g7QUFBQSxnQkFDQTtBQUFBLGNBQ0Y7QUFBQSxZQUNGLENBQUM7QUFBQSxVQUNIO0FBQUEsUUFDRjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDOUhBLFNBQXlDLFdBQVc7QUFFcEQsZUFBc0IsR0FBRyxFQUFFLElBQUksU0FBQUMsVUFBUyxJQUFJLEdBQWlDO0FBQzNFLFFBQU0sR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBU1o7QUFDRCxRQUFNLEdBQUcsSUFBSSxvRUFBb0U7QUFDakYsUUFBTSxHQUFHLElBQUksNkRBQTZEO0FBQzFFLFFBQU0sR0FBRyxJQUFJLHlFQUF5RTtBQUN0RixRQUFNLEdBQUcsSUFBSSx5RUFBeUU7QUFDdEYsUUFBTSxHQUFHLElBQUk7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQWFaO0FBQ0QsUUFBTSxHQUFHLElBQUksbUVBQW1FO0FBQ2hGLFFBQU0sR0FBRyxJQUFJLHNFQUFzRTtBQUNuRixRQUFNLEdBQUcsSUFBSSwrRUFBK0U7QUFDNUYsUUFBTSxHQUFHLElBQUksK0VBQStFO0FBQzVGLFFBQU0sR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBa0JaO0FBQ0QsUUFBTSxHQUFHLElBQUksNkRBQTZEO0FBQzFFLFFBQU0sR0FBRyxJQUFJLGdFQUFnRTtBQUM3RSxRQUFNLEdBQUcsSUFBSSxzRUFBc0U7QUFDbkYsUUFBTSxHQUFHLElBQUkseUVBQXlFO0FBQ3RGLFFBQU0sR0FBRyxJQUFJLHlFQUF5RTtBQUN0RixRQUFNLEdBQUcsSUFBSTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQVNaO0FBQ0QsUUFBTSxHQUFHLElBQUksd0ZBQXdGO0FBQ3JHLFFBQU0sR0FBRyxJQUFJLG9GQUFvRjtBQUNqRyxRQUFNLEdBQUcsSUFBSSw2RkFBNkY7QUFDMUcsUUFBTSxHQUFHLElBQUksNkZBQTZGO0FBQzFHLFFBQU0sR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQVFaO0FBQ0QsUUFBTSxHQUFHLElBQUksa0ZBQWtGO0FBQy9GLFFBQU0sR0FBRyxJQUFJLDBGQUEwRjtBQUN2RyxRQUFNLEdBQUcsSUFBSTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FvQlo7QUFDRCxRQUFNLEdBQUcsSUFBSSxnRUFBZ0U7QUFDN0UsUUFBTSxHQUFHLElBQUksb0ZBQW9GO0FBQ2pHLFFBQU0sR0FBRyxJQUFJLHlFQUF5RTtBQUN0RixRQUFNLEdBQUcsSUFBSSx5RUFBeUU7QUFDdEYsUUFBTSxHQUFHLElBQUksc0VBQXNFO0FBQ25GLFFBQU0sR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQUtaO0FBQ0QsUUFBTSxHQUFHLElBQUksNEVBQTRFO0FBQ3pGLFFBQU0sR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBTVo7QUFDRCxRQUFNLEdBQUcsSUFBSSxpSEFBaUg7QUFDOUgsUUFBTSxHQUFHLElBQUksK0dBQStHO0FBQzVILFFBQU0sR0FBRyxJQUFJLCtHQUErRztBQUM1SCxRQUFNLEdBQUcsSUFBSTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FpQlo7QUFDRCxRQUFNLEdBQUcsSUFBSSwrR0FBK0c7QUFDNUgsUUFBTSxHQUFHLElBQUksb0hBQW9IO0FBQ2pJLFFBQU0sR0FBRyxJQUFJLDZHQUE2RztBQUMxSCxRQUFNLEdBQUcsSUFBSSxxSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUksMkhBQTJIO0FBQ3hJLFFBQU0sR0FBRyxJQUFJLHFIQUFxSDtBQUNsSSxRQUFNLEdBQUcsSUFBSSx5SUFBeUk7QUFDdEosUUFBTSxHQUFHLElBQUkscUhBQXFIO0FBQ2xJLFFBQU0sR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FPWjtBQUNELFFBQU0sR0FBRyxJQUFJLHVGQUF1RjtBQUNwRyxRQUFNLEdBQUcsSUFBSSxxR0FBcUc7QUFDbEgsUUFBTSxHQUFHLElBQUkscUdBQXFHO0FBQ2xILFFBQU0sR0FBRyxJQUFJO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBU1o7QUFDRCxRQUFNLEdBQUcsSUFBSSxxR0FBcUc7QUFDbEgsUUFBTSxHQUFHLElBQUksMEdBQTBHO0FBQ3ZILFFBQU0sR0FBRyxJQUFJLG1HQUFtRztBQUNoSCxRQUFNLEdBQUcsSUFBSSwyR0FBMkc7QUFDeEgsUUFBTSxHQUFHLElBQUk7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQU9aO0FBQ0QsUUFBTSxHQUFHLElBQUksbUdBQW1HO0FBQ2hILFFBQU0sR0FBRyxJQUFJLG1HQUFtRztBQUNsSDtBQUVBLGVBQXNCLEtBQUssRUFBRSxJQUFJLFNBQUFBLFVBQVMsSUFBSSxHQUFtQztBQUMvRSxRQUFNLEdBQUcsSUFBSSwwQkFBMEI7QUFDdkMsUUFBTSxHQUFHLElBQUksNkJBQTZCO0FBQzFDLFFBQU0sR0FBRyxJQUFJLDBCQUEwQjtBQUN2QyxRQUFNLEdBQUcsSUFBSSxvQ0FBb0M7QUFDakQsUUFBTSxHQUFHLElBQUksbUNBQW1DO0FBQ2hELFFBQU0sR0FBRyxJQUFJLDBCQUEwQjtBQUN2QyxRQUFNLEdBQUcsSUFBSSwrQkFBK0I7QUFDNUMsUUFBTSxHQUFHLElBQUksNkNBQTZDO0FBQzFELFFBQU0sR0FBRyxJQUFJLGtEQUFrRDtBQUMvRCxRQUFNLEdBQUcsSUFBSSx3Q0FBd0M7QUFDckQsUUFBTSxHQUFHLElBQUksNkNBQTZDO0FBQzFELFFBQU0sR0FBRyxJQUFJLHVDQUF1QztBQUN0RDtBQTNNQTtBQUFBO0FBQUE7QUFBQTtBQUFBOzs7QUNBQSxTQUF5QyxPQUFBQyxZQUFXO0FBRXBELGVBQXNCQyxJQUFHLEVBQUUsSUFBSSxTQUFBQyxVQUFTLElBQUksR0FBaUM7QUFDM0UsUUFBTSxHQUFHLElBQUlGO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBd0JaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLG1GQUFrRjtBQUMvRixRQUFNLEdBQUcsSUFBSUEsa0VBQWlFO0FBQzlFLFFBQU0sR0FBRyxJQUFJQSxpRUFBZ0U7QUFDN0UsUUFBTSxHQUFHLElBQUlBLHdFQUF1RTtBQUNwRixRQUFNLEdBQUcsSUFBSUEseUVBQXdFO0FBQ3JGLFFBQU0sR0FBRyxJQUFJQSwrRUFBOEU7QUFDM0YsUUFBTSxHQUFHLElBQUlBLDBFQUF5RTtBQUN0RixRQUFNLEdBQUcsSUFBSUEsMEVBQXlFO0FBQ3RGLFFBQU0sR0FBRyxJQUFJQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBZ0JaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLCtFQUE4RTtBQUMzRixRQUFNLEdBQUcsSUFBSUEsd0ZBQXVGO0FBQ3BHLFFBQU0sR0FBRyxJQUFJQSx3RkFBdUY7QUFDcEcsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FhWjtBQUNELFFBQU0sR0FBRyxJQUFJQSxpR0FBZ0c7QUFDN0csUUFBTSxHQUFHLElBQUlBLGlHQUFnRztBQUM3RyxRQUFNLEdBQUcsSUFBSUEsa0dBQWlHO0FBQzlHLFFBQU0sR0FBRyxJQUFJQSxrR0FBaUc7QUFDOUcsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBcUJaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLHlFQUF3RTtBQUNyRixRQUFNLEdBQUcsSUFBSUEsb0ZBQW1GO0FBQ2hHLFFBQU0sR0FBRyxJQUFJQSxrRkFBaUY7QUFDOUYsUUFBTSxHQUFHLElBQUlBLHlFQUF3RTtBQUNyRixRQUFNLEdBQUcsSUFBSUEsbUdBQWtHO0FBQy9HLFFBQU0sR0FBRyxJQUFJQSx1RkFBc0Y7QUFDbkcsUUFBTSxHQUFHLElBQUlBLGtGQUFpRjtBQUM5RixRQUFNLEdBQUcsSUFBSUEsa0ZBQWlGO0FBQzlGLFFBQU0sR0FBRyxJQUFJQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBZ0JaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLGlGQUFnRjtBQUM3RixRQUFNLEdBQUcsSUFBSUEsa0ZBQWlGO0FBQzlGLFFBQU0sR0FBRyxJQUFJQSxtRkFBa0Y7QUFDL0YsUUFBTSxHQUFHLElBQUlBLDJHQUEwRztBQUN2SCxRQUFNLEdBQUcsSUFBSUEsMEZBQXlGO0FBQ3RHLFFBQU0sR0FBRyxJQUFJQSwwRkFBeUY7QUFDdEcsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQVdaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLHlFQUF3RTtBQUNyRixRQUFNLEdBQUcsSUFBSUEsb0VBQW1FO0FBQ2hGLFFBQU0sR0FBRyxJQUFJQSxrRkFBaUY7QUFDOUYsUUFBTSxHQUFHLElBQUlBLGtGQUFpRjtBQUM5RixRQUFNLEdBQUcsSUFBSUEsa0ZBQWlGO0FBQzlGLFFBQU0sR0FBRyxJQUFJQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBbUJaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLG1GQUFrRjtBQUMvRixRQUFNLEdBQUcsSUFBSUEsbUZBQWtGO0FBQy9GLFFBQU0sR0FBRyxJQUFJQSw0RkFBMkY7QUFDeEcsUUFBTSxHQUFHLElBQUlBLHFGQUFvRjtBQUNqRyxRQUFNLEdBQUcsSUFBSUEsNkZBQTRGO0FBQ3pHLFFBQU0sR0FBRyxJQUFJQSw0RkFBMkY7QUFDeEcsUUFBTSxHQUFHLElBQUlBLDRGQUEyRjtBQUN4RyxRQUFNLEdBQUcsSUFBSUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBaUJaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLHVFQUFzRTtBQUNuRixRQUFNLEdBQUcsSUFBSUEsOEVBQTZFO0FBQzFGLFFBQU0sR0FBRyxJQUFJQSw4RUFBNkU7QUFDMUYsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FnQlo7QUFDRCxRQUFNLEdBQUcsSUFBSUEsNkVBQTRFO0FBQ3pGLFFBQU0sR0FBRyxJQUFJQSxpRkFBZ0Y7QUFDN0YsUUFBTSxHQUFHLElBQUlBLHVHQUFzRztBQUNuSCxRQUFNLEdBQUcsSUFBSUEsc0ZBQXFGO0FBQ2xHLFFBQU0sR0FBRyxJQUFJQSxzRkFBcUY7QUFDbEcsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBWVo7QUFDRCxRQUFNLEdBQUcsSUFBSUEsNkZBQTRGO0FBQ3pHLFFBQU0sR0FBRyxJQUFJQSxxR0FBb0c7QUFDakgsUUFBTSxHQUFHLElBQUlBLHlGQUF3RjtBQUNyRyxRQUFNLEdBQUcsSUFBSUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBV1o7QUFDRCxRQUFNLEdBQUcsSUFBSUEsMkVBQTBFO0FBQ3ZGLFFBQU0sR0FBRyxJQUFJQSw0RUFBMkU7QUFDeEYsUUFBTSxHQUFHLElBQUlBLG9GQUFtRjtBQUNoRyxRQUFNLEdBQUcsSUFBSUEsb0ZBQW1GO0FBQ2hHLFFBQU0sR0FBRyxJQUFJQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQWVaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLDBFQUF5RTtBQUN0RixRQUFNLEdBQUcsSUFBSUEsMEVBQXlFO0FBQ3RGLFFBQU0sR0FBRyxJQUFJQSw2RUFBNEU7QUFDekYsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FVWjtBQUNELFFBQU0sR0FBRyxJQUFJQSxtR0FBa0c7QUFDL0csUUFBTSxHQUFHLElBQUlBLDJHQUEwRztBQUN2SCxRQUFNLEdBQUcsSUFBSUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FZWjtBQUNELFFBQU0sR0FBRyxJQUFJQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FXWjtBQUNELFFBQU0sR0FBRyxJQUFJQSx5SEFBd0g7QUFDckksUUFBTSxHQUFHLElBQUlBLGlJQUFnSTtBQUM3SSxRQUFNLEdBQUcsSUFBSUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBY1o7QUFDRCxRQUFNLEdBQUcsSUFBSUEsNEZBQTJGO0FBQ3hHLFFBQU0sR0FBRyxJQUFJQSw0RkFBMkY7QUFDeEcsUUFBTSxHQUFHLElBQUlBLGtHQUFpRztBQUM5RyxRQUFNLEdBQUcsSUFBSUEsZ0hBQStHO0FBQzVILFFBQU0sR0FBRyxJQUFJQSwwSEFBeUg7QUFDdEksUUFBTSxHQUFHLElBQUlBLDBHQUF5RztBQUN0SCxRQUFNLEdBQUcsSUFBSUEsa0hBQWlIO0FBQzlILFFBQU0sR0FBRyxJQUFJQSwwR0FBeUc7QUFDdEgsUUFBTSxHQUFHLElBQUlBLG9IQUFtSDtBQUNoSSxRQUFNLEdBQUcsSUFBSUEsc0dBQXFHO0FBQ2xILFFBQU0sR0FBRyxJQUFJQSw4R0FBNkc7QUFDMUgsUUFBTSxHQUFHLElBQUlBLDRHQUEyRztBQUN4SCxRQUFNLEdBQUcsSUFBSUEsa0dBQWlHO0FBQzlHLFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUlBLG9JQUFtSTtBQUNoSixRQUFNLEdBQUcsSUFBSUEsOElBQTZJO0FBQzFKLFFBQU0sR0FBRyxJQUFJQSw4SEFBNkg7QUFDMUksUUFBTSxHQUFHLElBQUlBLHNJQUFxSTtBQUNsSixRQUFNLEdBQUcsSUFBSUEsOEhBQTZIO0FBQzFJLFFBQU0sR0FBRyxJQUFJQSx3SUFBdUk7QUFDcEosUUFBTSxHQUFHLElBQUlBLDBIQUF5SDtBQUN0SSxRQUFNLEdBQUcsSUFBSUEsa0lBQWlJO0FBQzlJLFFBQU0sR0FBRyxJQUFJQSxnSUFBK0g7QUFDNUksUUFBTSxHQUFHLElBQUlBLHNIQUFxSDtBQUNwSTtBQUVBLGVBQXNCRyxNQUFLLEVBQUUsSUFBSSxTQUFBRCxVQUFTLElBQUksR0FBbUM7QUFDL0UsUUFBTSxHQUFHLElBQUlGLDJCQUEwQjtBQUN2QyxRQUFNLEdBQUcsSUFBSUEsa0NBQWlDO0FBQzlDLFFBQU0sR0FBRyxJQUFJQSx1Q0FBc0M7QUFDbkQsUUFBTSxHQUFHLElBQUlBLCtCQUE4QjtBQUMzQyxRQUFNLEdBQUcsSUFBSUEsbUNBQWtDO0FBQy9DLFFBQU0sR0FBRyxJQUFJQSwrQkFBOEI7QUFDM0MsUUFBTSxHQUFHLElBQUlBLG9DQUFtQztBQUNoRCxRQUFNLEdBQUcsSUFBSUEsNkJBQTRCO0FBQ3pDLFFBQU0sR0FBRyxJQUFJQSxpQ0FBZ0M7QUFDN0MsUUFBTSxHQUFHLElBQUlBLHlDQUF3QztBQUNyRCxRQUFNLEdBQUcsSUFBSUEsZ0NBQStCO0FBQzVDLFFBQU0sR0FBRyxJQUFJQSwyQkFBMEI7QUFDdkMsUUFBTSxHQUFHLElBQUlBLDRDQUEyQztBQUN4RCxRQUFNLEdBQUcsSUFBSUEsaUNBQWdDO0FBQzdDLFFBQU0sR0FBRyxJQUFJQSx1REFBc0Q7QUFDbkUsUUFBTSxHQUFHLElBQUlBLG9DQUFtQztBQUNoRCxRQUFNLEdBQUcsSUFBSUEsOEJBQTZCO0FBQzFDLFFBQU0sR0FBRyxJQUFJQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FpQlo7QUFDRCxRQUFNLEdBQUcsSUFBSUEsaVVBQWdVO0FBQzdVLFFBQU0sR0FBRyxJQUFJQSxtREFBa0Q7QUFDL0QsUUFBTSxHQUFHLElBQUlBLHNHQUFxRztBQUNsSCxRQUFNLEdBQUcsSUFBSUEsNkJBQTRCO0FBQ3pDLFFBQU0sR0FBRyxJQUFJQSxnSEFBK0c7QUFDNUgsUUFBTSxHQUFHLElBQUlBLHFIQUFvSDtBQUNqSSxRQUFNLEdBQUcsSUFBSUEsOEdBQTZHO0FBQzFILFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUlBLDRIQUEySDtBQUN4SSxRQUFNLEdBQUcsSUFBSUEsc0hBQXFIO0FBQ2xJLFFBQU0sR0FBRyxJQUFJQSwwSUFBeUk7QUFDdEosUUFBTSxHQUFHLElBQUlBLHNIQUFxSDtBQUNwSTtBQTFZQTtBQUFBO0FBQUE7QUFBQTtBQUFBOzs7QUNBQSxTQUF5QyxPQUFBSSxZQUFXO0FBRXBELGVBQXNCQyxJQUFHLEVBQUUsSUFBSSxTQUFBQyxVQUFTLElBQUksR0FBaUM7QUFDM0UsUUFBTSxHQUFHLElBQUlGO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FVWjtBQUNELFFBQU0sR0FBRyxJQUFJQSx5RkFBd0Y7QUFDckcsUUFBTSxHQUFHLElBQUlBLGlHQUFnRztBQUM3RyxRQUFNLEdBQUcsSUFBSUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBLEdBdUJaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLDZFQUE0RTtBQUN6RixRQUFNLEdBQUcsSUFBSUEsZ0VBQStEO0FBQzVFLFFBQU0sR0FBRyxJQUFJQSwrREFBOEQ7QUFDM0UsUUFBTSxHQUFHLElBQUlBLDRFQUEyRTtBQUN4RixRQUFNLEdBQUcsSUFBSUEsd0VBQXVFO0FBQ3BGLFFBQU0sR0FBRyxJQUFJQSx3RUFBdUU7QUFDcEYsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQW9CWjtBQUNELFFBQU0sR0FBRyxJQUFJQSxpRUFBZ0U7QUFDN0UsUUFBTSxHQUFHLElBQUlBLG9FQUFtRTtBQUNoRixRQUFNLEdBQUcsSUFBSUEseUZBQXdGO0FBQ3JHLFFBQU0sR0FBRyxJQUFJQSw2RUFBNEU7QUFDekYsUUFBTSxHQUFHLElBQUlBLDRFQUEyRTtBQUN4RixRQUFNLEdBQUcsSUFBSUEsNEVBQTJFO0FBQ3hGLFFBQU0sR0FBRyxJQUFJQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQWVaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLDRGQUEyRjtBQUN4RyxRQUFNLEdBQUcsSUFBSUEsd0ZBQXVGO0FBQ3BHLFFBQU0sR0FBRyxJQUFJQSwrRUFBOEU7QUFDM0YsUUFBTSxHQUFHLElBQUlBLDhFQUE2RTtBQUMxRixRQUFNLEdBQUcsSUFBSUEsMEZBQXlGO0FBQ3RHLFFBQU0sR0FBRyxJQUFJQSwwRkFBeUY7QUFDdEcsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQVFaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLHVGQUFzRjtBQUNuRyxRQUFNLEdBQUcsSUFBSUEsOEZBQTZGO0FBQzFHLFFBQU0sR0FBRyxJQUFJQSw4RkFBNkY7QUFDMUcsUUFBTSxHQUFHLElBQUlBLGdHQUErRjtBQUM1RyxRQUFNLEdBQUcsSUFBSUEsb0dBQW1HO0FBQ2hILFFBQU0sR0FBRyxJQUFJQSxrSEFBaUg7QUFDOUgsUUFBTSxHQUFHLElBQUlBLHNIQUFxSDtBQUNsSSxRQUFNLEdBQUcsSUFBSUEsb0hBQW1IO0FBQ2hJLFFBQU0sR0FBRyxJQUFJQSx3SEFBdUg7QUFDcEksUUFBTSxHQUFHLElBQUlBLHNJQUFxSTtBQUNsSixRQUFNLEdBQUcsSUFBSUEsMElBQXlJO0FBQ3hKO0FBRUEsZUFBc0JHLE1BQUssRUFBRSxJQUFJLFNBQUFELFVBQVMsSUFBSSxHQUFtQztBQUMvRSxRQUFNLEdBQUcsSUFBSUYsdUNBQXNDO0FBQ25ELFFBQU0sR0FBRyxJQUFJQSwwQkFBeUI7QUFDdEMsUUFBTSxHQUFHLElBQUlBLDRCQUEyQjtBQUN4QyxRQUFNLEdBQUcsSUFBSUEsbUNBQWtDO0FBQy9DLFFBQU0sR0FBRyxJQUFJQSxxQ0FBb0M7QUFDakQsUUFBTSxHQUFHLElBQUlBLDhCQUE2QjtBQUMxQyxRQUFNLEdBQUcsSUFBSUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0F1Q1o7QUFDRCxRQUFNLEdBQUcsSUFBSUEsMnJCQUEwckI7QUFDdnNCLFFBQU0sR0FBRyxJQUFJQSxtREFBa0Q7QUFDL0QsUUFBTSxHQUFHLElBQUlBLHNHQUFxRztBQUNsSCxRQUFNLEdBQUcsSUFBSUEsNkJBQTRCO0FBQ3pDLFFBQU0sR0FBRyxJQUFJQSxnSEFBK0c7QUFDNUgsUUFBTSxHQUFHLElBQUlBLHFIQUFvSDtBQUNqSSxRQUFNLEdBQUcsSUFBSUEsOEdBQTZHO0FBQzFILFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUlBLDRIQUEySDtBQUN4SSxRQUFNLEdBQUcsSUFBSUEsc0hBQXFIO0FBQ2xJLFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUlBLG9JQUFtSTtBQUNoSixRQUFNLEdBQUcsSUFBSUEsOElBQTZJO0FBQzFKLFFBQU0sR0FBRyxJQUFJQSw4SEFBNkg7QUFDMUksUUFBTSxHQUFHLElBQUlBLHNJQUFxSTtBQUNsSixRQUFNLEdBQUcsSUFBSUEsOEhBQTZIO0FBQzFJLFFBQU0sR0FBRyxJQUFJQSx3SUFBdUk7QUFDcEosUUFBTSxHQUFHLElBQUlBLDBIQUF5SDtBQUN0SSxRQUFNLEdBQUcsSUFBSUEsa0lBQWlJO0FBQzlJLFFBQU0sR0FBRyxJQUFJQSxnSUFBK0g7QUFDNUksUUFBTSxHQUFHLElBQUlBLDBJQUF5STtBQUN0SixRQUFNLEdBQUcsSUFBSUEsc0hBQXFIO0FBQ2xJLFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDcEk7QUEzTEE7QUFBQTtBQUFBO0FBQUE7QUFBQTs7O0FDQUEsU0FBeUMsT0FBQUksWUFBVztBQUVwRCxlQUFzQkMsSUFBRyxFQUFFLElBQUksU0FBQUMsVUFBUyxJQUFJLEdBQWlDO0FBQzNFLFFBQU0sR0FBRyxJQUFJRjtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQWVaO0FBQ0QsUUFBTSxHQUFHLElBQUlBLGtFQUFpRTtBQUM5RSxRQUFNLEdBQUcsSUFBSUEseUVBQXdFO0FBQ3JGLFFBQU0sR0FBRyxJQUFJQSw0RkFBMkY7QUFDeEcsUUFBTSxHQUFHLElBQUlBLGdGQUErRTtBQUM1RixRQUFNLEdBQUcsSUFBSUEsa0ZBQWlGO0FBQzlGLFFBQU0sR0FBRyxJQUFJQSxrRkFBaUY7QUFDOUYsUUFBTSxHQUFHLElBQUlBLGtEQUFpRDtBQUM5RCxRQUFNLEdBQUcsSUFBSUEscURBQW9EO0FBQ2pFLFFBQU0sR0FBRyxJQUFJQSxnRUFBK0Q7QUFDNUUsUUFBTSxHQUFHLElBQUlBLDREQUEyRDtBQUN4RSxRQUFNLEdBQUcsSUFBSUEsK0VBQThFO0FBQzNGLFFBQU0sR0FBRyxJQUFJQSw4Q0FBNkM7QUFDMUQsUUFBTSxHQUFHLElBQUlBLHlFQUF3RTtBQUNyRixRQUFNLEdBQUcsSUFBSUEsZ0ZBQStFO0FBQzVGLFFBQU0sR0FBRyxJQUFJQSwwRUFBeUU7QUFDdEYsUUFBTSxHQUFHLElBQUlBLDhEQUE2RDtBQUMxRSxRQUFNLEdBQUcsSUFBSUEsaUVBQWdFO0FBQzdFLFFBQU0sR0FBRyxJQUFJQSwrRUFBOEU7QUFDM0YsUUFBTSxHQUFHLElBQUlBLDBHQUF5RztBQUN0SCxRQUFNLEdBQUcsSUFBSUEsOEhBQTZIO0FBQzFJLFFBQU0sR0FBRyxJQUFJQSwwRkFBeUY7QUFDdEcsUUFBTSxHQUFHLElBQUlBLHlGQUF3RjtBQUNyRyxRQUFNLEdBQUcsSUFBSUEscUdBQW9HO0FBQ2pILFFBQU0sR0FBRyxJQUFJQSxvR0FBbUc7QUFDaEgsUUFBTSxHQUFHLElBQUlBLHdFQUF1RTtBQUNwRixRQUFNLEdBQUcsSUFBSUEsMkRBQTBEO0FBQ3ZFLFFBQU0sR0FBRyxJQUFJQSx1REFBc0Q7QUFDckU7QUFFQSxlQUFzQkcsTUFBSyxFQUFFLElBQUksU0FBQUQsVUFBUyxJQUFJLEdBQW1DO0FBQy9FLFFBQU0sR0FBRyxJQUFJRiwrQkFBOEI7QUFDM0MsUUFBTSxHQUFHLElBQUlBLDhCQUE2QjtBQUMxQyxRQUFNLEdBQUcsSUFBSUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUEsR0FlWjtBQUNELFFBQU0sR0FBRyxJQUFJQSx5VkFBd1Y7QUFDclcsUUFBTSxHQUFHLElBQUlBLDJCQUEwQjtBQUN2QyxRQUFNLEdBQUcsSUFBSUEsc0RBQXFEO0FBQ2xFLFFBQU0sR0FBRyxJQUFJQSw2QkFBNEI7QUFDekMsUUFBTSxHQUFHLElBQUlBLDBFQUF5RTtBQUN0RixRQUFNLEdBQUcsSUFBSUEsMEVBQXlFO0FBQ3RGLFFBQU0sR0FBRyxJQUFJQSw2RUFBNEU7QUFDekYsUUFBTSxHQUFHLElBQUlBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxHQStDWjtBQUNELFFBQU0sR0FBRyxJQUFJQSwrekJBQTh6QjtBQUMzMEIsUUFBTSxHQUFHLElBQUlBLG1EQUFrRDtBQUMvRCxRQUFNLEdBQUcsSUFBSUEsc0dBQXFHO0FBQ2xILFFBQU0sR0FBRyxJQUFJQSxnSEFBK0c7QUFDNUgsUUFBTSxHQUFHLElBQUlBLHFIQUFvSDtBQUNqSSxRQUFNLEdBQUcsSUFBSUEsOEdBQTZHO0FBQzFILFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUlBLDRIQUEySDtBQUN4SSxRQUFNLEdBQUcsSUFBSUEsc0hBQXFIO0FBQ2xJLFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUlBLG9JQUFtSTtBQUNoSixRQUFNLEdBQUcsSUFBSUEsOElBQTZJO0FBQzFKLFFBQU0sR0FBRyxJQUFJQSw4SEFBNkg7QUFDMUksUUFBTSxHQUFHLElBQUlBLHNJQUFxSTtBQUNsSixRQUFNLEdBQUcsSUFBSUEsOEhBQTZIO0FBQzFJLFFBQU0sR0FBRyxJQUFJQSx3SUFBdUk7QUFDcEosUUFBTSxHQUFHLElBQUlBLDBIQUF5SDtBQUN0SSxRQUFNLEdBQUcsSUFBSUEsa0lBQWlJO0FBQzlJLFFBQU0sR0FBRyxJQUFJQSxnSUFBK0g7QUFDNUksUUFBTSxHQUFHLElBQUlBLG9IQUFtSDtBQUNoSSxRQUFNLEdBQUcsSUFBSUEsd0hBQXVIO0FBQ3BJLFFBQU0sR0FBRyxJQUFJQSxzSUFBcUk7QUFDbEosUUFBTSxHQUFHLElBQUlBLDBJQUF5STtBQUN0SixRQUFNLEdBQUcsSUFBSUEsMElBQXlJO0FBQ3RKLFFBQU0sR0FBRyxJQUFJQSxzSEFBcUg7QUFDbEksUUFBTSxHQUFHLElBQUlBLHNIQUFxSDtBQUNsSSxRQUFNLEdBQUcsSUFBSUEscUVBQW9FO0FBQ2pGLFFBQU0sR0FBRyxJQUFJQSxxRUFBb0U7QUFDakYsUUFBTSxHQUFHLElBQUlBLG9EQUFtRDtBQUNoRSxRQUFNLEdBQUcsSUFBSUEscURBQW9EO0FBQ2pFLFFBQU0sR0FBRyxJQUFJQSx3REFBdUQ7QUFDcEUsUUFBTSxHQUFHLElBQUlBLG1FQUFrRTtBQUMvRSxRQUFNLEdBQUcsSUFBSUEsNERBQTJEO0FBQ3hFLFFBQU0sR0FBRyxJQUFJQSx1RUFBc0U7QUFDbkYsUUFBTSxHQUFHLElBQUlBLHNFQUFxRTtBQUNsRixRQUFNLEdBQUcsSUFBSUEsa0ZBQWlGO0FBQzlGLFFBQU0sR0FBRyxJQUFJQSxpRkFBZ0Y7QUFDL0Y7QUEvSkE7QUFBQTtBQUFBO0FBQUE7QUFBQTs7O0FDQUEsSUFLYTtBQUxiO0FBQUE7QUFBQTtBQUFBO0FBQ0E7QUFDQTtBQUNBO0FBRU8sSUFBTSxhQUFhO0FBQUEsTUFDeEI7QUFBQSxRQUNFO0FBQUEsUUFDQTtBQUFBLFFBQ0EsTUFBTTtBQUFBLE1BQ1I7QUFBQSxNQUNBO0FBQUEsUUFDRSxJQUE0Q0k7QUFBQSxRQUM1QyxNQUE4Q0M7QUFBQSxRQUM5QyxNQUFNO0FBQUEsTUFDUjtBQUFBLE1BQ0E7QUFBQSxRQUNFLElBQTRDRDtBQUFBLFFBQzVDLE1BQThDQztBQUFBLFFBQzlDLE1BQU07QUFBQSxNQUNSO0FBQUEsTUFDQTtBQUFBLFFBQ0UsSUFBaUREO0FBQUEsUUFDakQsTUFBbURDO0FBQUEsUUFDbkQsTUFBTTtBQUFBLE1BQ1I7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDbEJPLFNBQVMscUJBQXFCLE9BQTRCO0FBQy9ELFNBQU8sUUFBUSxNQUFNLE9BQU8sS0FBSyxNQUFNLFFBQVE7QUFDakQ7QUFFTyxTQUFTLDRCQUE0QixPQUFtQixjQUE2QjtBQUMxRixNQUFJLHFCQUFxQixLQUFLLEtBQUssYUFBYztBQUNqRCxRQUFNLElBQUk7QUFBQSxJQUNSO0FBQUEsRUFHRjtBQUNGO0FBbkJBO0FBQUE7QUFBQTtBQUFBO0FBQUE7OztBQ3VCQSxTQUFTLHlCQUF5QjtBQUNsQyxPQUFPQyxhQUFZO0FBRW5CLFNBQVMsb0JBQThEO0FBQ3ZFLFNBQVMsZUFBZTtBQWtEakIsU0FBUyxhQUFhLEtBQXdCO0FBQ25ELFFBQU0sSUFBSTtBQUNWLFFBQU0sUUFBUyxFQUFFLEtBQUssTUFBTSxvQkFBSSxJQUFJO0FBQ3BDLE1BQUksT0FBTyxNQUFNLElBQUksR0FBRztBQUN4QixNQUFJLENBQUMsS0FBTSxPQUFNLElBQUksS0FBTSxPQUFPLElBQUksVUFBVSxDQUFFO0FBQ2xELFNBQU87QUFDVDtBQWtDTyxTQUFTLDRCQUNkLFlBQ0FDLFVBQ29CO0FBQ3BCLFFBQU0sRUFBRSxLQUFLLGNBQWMsUUFBUSxnQkFBZ0IsS0FBUSxnQkFBZ0IsSUFBTSxJQUFJQTtBQUNyRixTQUFPO0FBQUEsSUFDTCxHQUFHO0FBQUEsSUFDSCxNQUFNLENBQUMsU0FBUztBQUNkLFlBQU0sVUFBVSxXQUFXLEtBQUssSUFBSTtBQUVwQyxZQUFNLFFBQVE7QUFDZCxZQUFNLE9BQU8sYUFBYSxHQUFHO0FBQzdCLFlBQU0sV0FBVyxvQkFBSSxJQUFxQjtBQUMxQyxVQUFJO0FBRUosWUFBTSxtQkFBbUIsWUFBWTtBQUNuQyxZQUFJLENBQUMsUUFBUTtBQUNYLGdCQUFNLFNBQVMsYUFBYSxNQUFNLFlBQVk7QUFDOUMsZ0JBQU0sT0FBTyxRQUFRLHlCQUF5QixhQUFhLEVBQUU7QUFDN0QsZ0JBQU0sT0FBTyxRQUFRLHdCQUF3QixXQUFXLEVBQUU7QUFDMUQsbUJBQVMsRUFBRSxRQUFRLElBQUksUUFBUSxRQUFRLEVBQUUsUUFBUSxNQUFNLFFBQVEsUUFBUSxNQUFNLENBQUMsRUFBRTtBQUFBLFFBQ2xGO0FBQ0EsZUFBTztBQUFBLE1BQ1Q7QUFFQSxjQUFRLG1CQUFtQixpQkFBa0I7QUFDM0MsY0FBTSxVQUFVLE1BQU0sS0FBSyxRQUFRLGVBQWUsZUFBZTtBQUNqRSxZQUFJO0FBQ0YsZ0JBQU0sRUFBRSxRQUFRLEdBQUcsSUFBSSxNQUFNLGlCQUFpQjtBQUM5QyxnQkFBTSxPQUFPLFFBQVEsaUJBQWlCO0FBQ3RDLGdCQUFNLEtBQUtELFFBQU8sV0FBVztBQUM3QixnQkFBTSxTQUFTLEVBQUUsSUFBSTtBQUFBLFlBQ25CO0FBQUEsWUFDQSxTQUFTLFlBQVksS0FBTSxNQUFNLE9BQU8sUUFBUSxRQUFRO0FBQUEsWUFDeEQsUUFBUSxZQUFZLEtBQU0sTUFBTSxPQUFPLFFBQVEsVUFBVTtBQUFBLFVBQzNEO0FBQ0EsbUJBQVMsSUFBSSxJQUFJLE9BQU87QUFDeEIsaUJBQU87QUFBQSxRQUNULFNBQVMsS0FBSztBQUNaLGtCQUFRO0FBQ1IsZ0JBQU07QUFBQSxRQUNSO0FBQUEsTUFDRjtBQUNBLFlBQU0sU0FBUyxRQUFRO0FBQ3ZCLFlBQU0sV0FBVyxRQUFRO0FBQ3pCLFlBQU0sU0FBUyxPQUFPLEtBQW9CLE9BQW9EO0FBQzVGLGNBQU0sV0FBVyxPQUFPLGNBQWMsVUFBVSxNQUFNLEtBQUssRUFBRTtBQUM3RCxZQUFJO0FBQ0YsZ0JBQU0sSUFBSSxLQUFLLFNBQVMsUUFBUTtBQUFBLFFBQ2xDLFVBQUU7QUFDQSxtQkFBUyxJQUFJLFFBQVEsSUFBSTtBQUN6QixtQkFBUyxPQUFPLFFBQVE7QUFBQSxRQUMxQjtBQUFBLE1BQ0Y7QUFDQSxjQUFRLG9CQUFvQixDQUFDLE9BQU8sT0FBTyxRQUFRLEVBQUU7QUFDckQsY0FBUSxzQkFBc0IsQ0FBQyxPQUFPLE9BQU8sVUFBVSxFQUFFO0FBR3pELFlBQU0sVUFBVTtBQUNoQixpQkFBVyxRQUFRLFFBQVE7QUFDekIsY0FBTSxXQUFXLFFBQVEsSUFBSTtBQUM3QixZQUFJLE9BQU8sYUFBYSxXQUFZO0FBQ3BDLGdCQUFRLElBQUksSUFBSSxrQkFBa0MsVUFBcUI7QUFDckUsZ0JBQU1FLGlCQUFnQixRQUFTLFNBQVMsQ0FBQyxHQUE2QixLQUFLLGFBQWE7QUFDeEYsY0FBSUEsa0JBQWlCLFlBQVksU0FBUyxFQUFHLFFBQU8sU0FBUyxNQUFNLE1BQU0sUUFBUTtBQUNqRixnQkFBTSxVQUFVLE1BQU0sS0FBSyxRQUFRLGVBQWUsR0FBRyxJQUFJLHdCQUF3QjtBQUNqRixjQUFJO0FBQ0YsbUJBQU8sTUFBTSxZQUFZLElBQUksTUFBTSxNQUFNLFNBQVMsTUFBTSxNQUFNLFFBQVEsQ0FBQztBQUFBLFVBQ3pFLFVBQUU7QUFDQSxvQkFBUTtBQUFBLFVBQ1Y7QUFBQSxRQUNGO0FBQUEsTUFDRjtBQUVBLFlBQU0sVUFBVSxRQUFRO0FBQ3hCLFVBQUksU0FBUztBQUNYLGdCQUFRLFVBQVUsZUFBZ0IsZ0JBQWdCO0FBQ2hELGdCQUFNLFFBQVEsS0FBSyxTQUFTLGNBQWM7QUFFMUMsZ0JBQU0sTUFBTSxRQUFRLFFBQVEseUJBQXlCLGFBQWEsRUFBRTtBQUFBLFFBQ3RFO0FBQUEsTUFDRjtBQUNBLFlBQU0sVUFBVSxRQUFRO0FBQ3hCLGNBQVEsVUFBVSxpQkFBa0I7QUFDbEMsZ0JBQVEsT0FBTyxNQUFNO0FBQ3JCLGlCQUFTO0FBQ1QsY0FBTSxTQUFTLEtBQUssT0FBTztBQUFBLE1BQzdCO0FBQ0EsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBQ0Y7QUFoTkEsSUFnQ2EsV0EwQ1AsT0FZQSxhQUdBO0FBekZOO0FBQUE7QUFBQTtBQWdDTyxJQUFNLFlBQU4sTUFBZ0I7QUFBQSxNQUNiLE9BQU87QUFBQSxNQUNFLFFBQTJCLENBQUM7QUFBQSxNQUU3QyxJQUFJLFVBQWtCO0FBQ3BCLGVBQU8sS0FBSyxNQUFNO0FBQUEsTUFDcEI7QUFBQSxNQUVBLElBQUksT0FBZ0I7QUFDbEIsZUFBTyxLQUFLO0FBQUEsTUFDZDtBQUFBLE1BRUEsUUFBUSxXQUFtQixPQUFPLFdBQTZCO0FBQzdELGVBQU8sSUFBSSxRQUFpQixDQUFDLFNBQVMsV0FBVztBQUMvQyxnQkFBTSxPQUFtQyxDQUFDO0FBQzFDLGdCQUFNLFFBQVEsTUFBTTtBQUNsQixnQkFBSSxLQUFLLE1BQU8sY0FBYSxLQUFLLEtBQUs7QUFDdkMsaUJBQUssT0FBTztBQUNaLGdCQUFJLFdBQVc7QUFDZixvQkFBUSxNQUFNO0FBQ1osa0JBQUksU0FBVTtBQUNkLHlCQUFXO0FBQ1gsbUJBQUssT0FBTztBQUNaLG1CQUFLLE1BQU0sTUFBTSxJQUFJO0FBQUEsWUFDdkIsQ0FBQztBQUFBLFVBQ0g7QUFDQSxjQUFJLENBQUMsS0FBSyxLQUFNLFFBQU8sTUFBTTtBQUM3QixlQUFLLE1BQU0sS0FBSyxLQUFLO0FBQ3JCLGVBQUssUUFBUSxXQUFXLE1BQU07QUFDNUIsa0JBQU0sS0FBSyxLQUFLLE1BQU0sUUFBUSxLQUFLO0FBQ25DLGdCQUFJLE1BQU0sRUFBRyxNQUFLLE1BQU0sT0FBTyxJQUFJLENBQUM7QUFDcEM7QUFBQSxjQUNFLElBQUk7QUFBQSxnQkFDRixtQkFBbUIsU0FBUywwQ0FBMEMsSUFBSTtBQUFBLGNBRTVFO0FBQUEsWUFDRjtBQUFBLFVBQ0YsR0FBRyxTQUFTO0FBQUEsUUFDZCxDQUFDO0FBQUEsTUFDSDtBQUFBLElBQ0Y7QUFFQSxJQUFNLFFBQVEsT0FBTyxJQUFJLDBCQUEwQjtBQVluRCxJQUFNLGNBQWMsSUFBSSxrQkFBd0I7QUFHaEQsSUFBTSxTQUFTO0FBQUEsTUFDYjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxJQUNGO0FBQUE7QUFBQTs7O0FDdkdBLFNBQVMsdUJBQXVCO0FBQ2hDLFNBQVMscUJBQXFCO0FBQzlCLE9BQU9DLFdBQVU7QUFrQmpCLGVBQXNCLG1CQUFtQixZQUFpQyxjQUFzQztBQUM5RyxNQUFJLENBQUMsV0FBVyxHQUFJLE9BQU0sSUFBSSxNQUFNLHFEQUFxRDtBQUN6RixRQUFNLFFBQVMsTUFBTSxXQUFXLEdBQUcsTUFBTSxFQUFFLFFBQVEsRUFBRSxPQUFPLEVBQUUsQ0FBQztBQUMvRCw4QkFBNEIsT0FBTyxZQUFZO0FBQ2pEO0FBRU8sU0FBUyxxQkFDZCxRQUNBQyxVQUNvQjtBQUNwQixNQUFJLE9BQU8sU0FBUyxXQUFXO0FBQzdCLFdBQU8sZ0JBQWdCO0FBQUEsTUFDckIsS0FBSyxPQUFPO0FBQUEsTUFDWixvQkFBb0IsQ0FBQztBQUFBLE1BQ3JCLHFCQUFxQixDQUFDLFlBQVksbUJBQW1CLFFBQVEsWUFBWUEsU0FBUSw2QkFBNkI7QUFBQSxJQUNoSCxDQUFDO0FBQUEsRUFDSDtBQUNBLFNBQU87QUFBQSxJQUNMLGNBQWM7QUFBQSxNQUNaLFFBQVEsRUFBRSxLQUFLLE9BQU8sSUFBSTtBQUFBO0FBQUE7QUFBQTtBQUFBLE1BSTFCLEtBQUssRUFBRSxhQUFhQSxTQUFRLHFCQUFxQixPQUFPO0FBQUEsTUFDeEQsb0JBQW9CLENBQUM7QUFBQTtBQUFBLE1BRXJCLE1BQU1BLFNBQVEsUUFBUTtBQUFBLE1BQ3RCLGNBQWM7QUFBQSxNQUNkLGdCQUFnQjtBQUFBLElBQ2xCLENBQUM7QUFBQSxJQUNELEVBQUUsS0FBSyxPQUFPLE1BQU0sYUFBYUEsU0FBUSxxQkFBcUIsT0FBTztBQUFBLEVBQ3ZFO0FBQ0Y7QUFyREEsSUFjTTtBQWROO0FBQUE7QUFBQTtBQU9BO0FBRUE7QUFFQTtBQUdBLElBQU0saUJBQWlCRCxNQUFLLFFBQVEsUUFBUSxJQUFJLEdBQUcsWUFBWTtBQUFBO0FBQUE7OztBQ1AvRCxPQUFPRSxXQUFVO0FBSVYsU0FBUyxlQUFlLGFBQWlDLGVBQXVDO0FBQ3JHLFFBQU0sTUFBTSxhQUFhLEtBQUs7QUFDOUIsTUFBSSxDQUFDLEtBQUs7QUFDUixVQUFNLE9BQU9BLE1BQUssUUFBUSxlQUFlLFdBQVc7QUFDcEQsV0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLEtBQUssUUFBUSxJQUFJLEdBQUc7QUFBQSxFQUNyRDtBQUNBLE1BQUksSUFBSSxXQUFXLFlBQVksS0FBSyxJQUFJLFdBQVcsZ0JBQWdCLEdBQUc7QUFDcEUsV0FBTyxFQUFFLE1BQU0sV0FBVyxLQUFLLElBQUk7QUFBQSxFQUNyQztBQUNBLE1BQUksSUFBSSxXQUFXLE9BQU8sR0FBRztBQUMzQixVQUFNLE9BQU8sSUFBSSxNQUFNLFFBQVEsTUFBTSxFQUFFLFFBQVEsZUFBZSxFQUFFO0FBQ2hFLFFBQUksQ0FBQyxRQUFRLFNBQVMsWUFBWTtBQUNoQyxZQUFNLElBQUksTUFBTSxpQkFBaUIsR0FBRywyQ0FBMkM7QUFBQSxJQUNqRjtBQUNBLFVBQU0sT0FBT0EsTUFBSyxRQUFRLElBQUk7QUFDOUIsV0FBTyxFQUFFLE1BQU0sVUFBVSxNQUFNLEtBQUssUUFBUSxJQUFJLEdBQUc7QUFBQSxFQUNyRDtBQUNBLFFBQU0sSUFBSTtBQUFBLElBQ1IsaUJBQWlCLE9BQU8sR0FBRyxDQUFDO0FBQUEsRUFFOUI7QUFDRjtBQUdPLFNBQVMsT0FBTyxLQUFxQjtBQUMxQyxTQUFPLElBQUksUUFBUSwwQkFBMEIsV0FBVztBQUMxRDtBQXJDQTtBQUFBO0FBQUE7QUFBQTtBQUFBOzs7QUNBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBSUEsT0FBT0MsV0FBVTtBQUVqQixTQUFTLHlCQUF5QjtBQUNsQyxTQUFTLHFCQUFxQjtBQUM5QixTQUFTLFVBQVU7QUFDbkIsU0FBUyxVQUFVO0FBQ25CLFNBQVMsbUJBQW1CO0FBVjVCLElBb0JNLFNBRU8sVUFFTjtBQXhCUDtBQUFBO0FBQUE7QUFZQTtBQUNBO0FBQ0E7QUFDQTtBQUNBO0FBQ0E7QUFHQSxJQUFNLFVBQVUsUUFBUSxJQUFJO0FBRXJCLElBQU0sV0FBVyxlQUFlLElBQUksY0FBYyxRQUFRLENBQUM7QUFFbEUsSUFBTyx5QkFBUSxZQUFZO0FBQUEsTUFDekIsUUFBUSxjQUFjO0FBQUEsTUFDdEIsV0FBVyxJQUFJLGNBQWM7QUFBQSxNQUM3QixJQUFJLHFCQUFxQixVQUFVO0FBQUEsUUFDakMsK0JBQStCLElBQUksa0NBQWtDO0FBQUEsUUFDckUsbUJBQW1CLElBQUk7QUFBQSxRQUN2QixNQUFNLElBQUksWUFBWTtBQUFBLE1BQ3hCLENBQUM7QUFBQSxNQUNELFFBQVEsY0FBYztBQUFBLE1BQ3RCO0FBQUEsTUFDQSxTQUFTLENBQUMsVUFBVTtBQUFBLE1BQ3BCLE9BQU87QUFBQSxRQUNMLE1BQU07QUFBQSxRQUNOLE1BQU0sRUFBRSxhQUFhLDRCQUFlO0FBQUE7QUFBQSxRQUVwQyxRQUFRO0FBQUEsUUFDUixXQUFXLEVBQUUsU0FBUyxRQUFRO0FBQUEsTUFDaEM7QUFBQSxNQUNBLE1BQU07QUFBQSxRQUNKLG9CQUFvQixFQUFFLElBQUksR0FBRztBQUFBLFFBQzdCLGtCQUFrQjtBQUFBLE1BQ3BCO0FBQUEsTUFDQSxPQUFPLGtCQUFrQjtBQUFBLFFBQ3ZCLG9CQUFvQixJQUFJLFVBQVUsTUFBTSxRQUFRLElBQUksQ0FBQyxLQUFLLElBQUk7QUFBQSxRQUM5RCxpQkFBaUIsSUFBSSxVQUFVLFFBQVEsWUFBWSxFQUFFO0FBQUEsUUFDckQsWUFBWSxDQUFDLElBQUk7QUFBQTtBQUFBLFFBRWpCLGtCQUFrQixJQUFJLFlBQ2xCO0FBQUEsVUFDRSxNQUFNLElBQUk7QUFBQSxVQUNWLE1BQU0sSUFBSTtBQUFBLFVBQ1YsUUFBUSxJQUFJLGdCQUFnQjtBQUFBLFVBQzVCLE1BQU0sSUFBSSxZQUFZLEVBQUUsTUFBTSxJQUFJLFdBQVcsTUFBTSxJQUFJLFVBQVUsSUFBSTtBQUFBLFFBQ3ZFLElBQ0EsRUFBRSxlQUFlLEtBQUs7QUFBQSxNQUM1QixDQUFDO0FBQUEsTUFDRCxZQUFZLEVBQUUsWUFBWUEsTUFBSyxRQUFRLFNBQVMsa0JBQWtCLEVBQUU7QUFBQSxNQUNwRSxTQUFTLEVBQUUsa0JBQWtCQSxNQUFLLFFBQVEsU0FBUyxnQkFBZ0IsRUFBRTtBQUFBLE1BQ3JFLE9BQU8sRUFBRSxZQUFZLENBQUMsY0FBYyxFQUFFO0FBQUEsTUFDdEMsV0FBVztBQUFBLElBQ2IsQ0FBQztBQUFBO0FBQUE7OztBQ2hFRCxPQUFPQyxTQUFRO0FBQVcsT0FBTyxRQUFRO0FBQVcsT0FBT0MsV0FBVTtBQUNyRSxJQUFNLE1BQU1ELElBQUcsWUFBWUMsTUFBSyxLQUFLLEdBQUcsT0FBTyxHQUFHLGNBQWMsQ0FBQztBQUNqRSxPQUFPLE9BQU8sUUFBUSxLQUFLLEVBQUUsVUFBVSxLQUFLLGNBQWMsUUFBUUEsTUFBSyxLQUFLLEtBQUssTUFBTSxDQUFDLElBQUksZ0JBQWdCLGlDQUFpQyxTQUFTLE9BQU8sQ0FBQztBQUM5SixJQUFNLEVBQUUsV0FBVyxJQUFJLE1BQU0sT0FBTyxTQUFTO0FBQzdDLElBQU0sRUFBRSxTQUFTLE9BQU8sSUFBSSxNQUFNO0FBQ2xDLElBQU0sVUFBVSxNQUFNLFdBQVcsRUFBRSxPQUFPLENBQUM7QUFDM0MsUUFBUSxJQUFJLFdBQVcsTUFBTSxRQUFRLE1BQU0sRUFBRSxZQUFZLFFBQVEsQ0FBQyxHQUFHLFNBQVM7QUFDOUUsTUFBTSxRQUFRLFFBQVE7QUFDdEIsUUFBUSxLQUFLLENBQUM7IiwKICAibmFtZXMiOiBbInpoIiwgImVuIiwgInNhbWUiLCAiYWZ0ZXIiLCAiY3J5cHRvIiwgInBsYWluIiwgImluaXRfYmlucyIsICJpbml0X2JpbnMiLCAiaW5pdF9kZXZpY2VzIiwgIm93blRvd24iLCAic2NvcGUiLCAiZnJlc2giLCAiaW5pdF9jYXJkcyIsICJpbml0X2NhcmRzIiwgInQiLCAiZGF5IiwgImRheSIsICJkYXkiLCAidCIsICJyb3dzIiwgInNxbCIsICJDQUNIRSIsICJwYXlsb2FkIiwgInBheWxvYWQiLCAib3B0aW9ucyIsICJ0IiwgIm9wdGlvbnMiLCAicGF5bG9hZCIsICJ6IiwgInBheWxvYWQiLCAiaW5pdF9mb2xsb3dVcHMiLCAieiIsICJRdWVyeVNjaGVtYSIsICJpbml0X2ZvbGxvd1VwcyIsICJpbml0X2ZvbGxvd1VwcyIsICJpbml0X2ZvbGxvd1VwcyIsICJzaWduIiwgImluaXRfcG9pbnRzIiwgImNyeXB0byIsICJ6IiwgImRpciIsICJpbml0X21lZGlhIiwgInBhdGgiLCAiaW5pdF9tZWRpYSIsICJ0IiwgImVtcHR5IiwgImluaXRfZGV2aWNlcyIsICJpbml0X3BvaW50cyIsICJwYXlsb2FkIiwgInNxbCIsICJ1cCIsICJwYXlsb2FkIiwgImRvd24iLCAic3FsIiwgInVwIiwgInBheWxvYWQiLCAiZG93biIsICJzcWwiLCAidXAiLCAicGF5bG9hZCIsICJkb3duIiwgInVwIiwgImRvd24iLCAiY3J5cHRvIiwgIm9wdGlvbnMiLCAiaW5UcmFuc2FjdGlvbiIsICJwYXRoIiwgIm9wdGlvbnMiLCAicGF0aCIsICJwYXRoIiwgImZzIiwgInBhdGgiXQp9Cg==
