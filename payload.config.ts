/**
 * Fenlei 分类 — the one place that assembles the platform: database, collections, admin,
 * languages and email. Read top to bottom to see everything the app is made of.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { NoSchemaIntrospectionCustomRule } from 'graphql'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig, type Config, type EmailAdapter } from 'payload'

import { assessmentArea } from './collections/assessment'
import { countrysideArea } from './collections/countryside'
import { devicesArea } from './collections/devices'
import { metricsArea } from './collections/metrics'
import { operationsArea } from './collections/operations'
import { placesArea } from './collections/places'
import { pointsArea } from './collections/points'
import { publicityArea } from './collections/publicity'
import { systemArea } from './collections/system'
import { dataDir, env, resolveSecret } from './config/env'
import { buildDatabaseAdapter } from './db/adapter'
import { resetPasswordSubject } from './domain/system/mail'
import { chooseDatabase } from './db/select'
import { houseRulesPlugin } from './plugins/houseRules'
import { townScopingPlugin } from './plugins/townScoping'
import { catalogue } from './shared/i18n/messages'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/**
 * The password-reset mail is handed to SMTP without the request waiting for it: otherwise a reset for a known
 * address answers only after the mail server did, an unknown one at once, and the clock tells which addresses have
 * accounts (issue 19). A failed send is logged; the person asks again.
 */
async function resetMailInBackground(adapter: Promise<EmailAdapter>): Promise<EmailAdapter> {
  const make = await adapter
  return (args) => {
    const mailer = make(args)
    return {
      ...mailer,
      sendEmail: (message) => {
        if (message.subject !== resetPasswordSubject) return mailer.sendEmail(message)
        void mailer.sendEmail(message).catch((err) => args.payload.logger.error({ err, msg: 'reset mail not sent' }))
        return Promise.resolve(undefined)
      },
    }
  }
}

export const database = chooseDatabase(env.DATABASE_URL, dataDir())

/** The platform's config as written (the tests add a plugin of their own to it: tests/helpers/boot.ts). */
export const fenleiConfig: Config = {
  secret: resolveSecret(),
  serverURL: env.PUBLIC_URL ?? '',
  db: buildDatabaseAdapter(database, {
    allowMongoWithoutTransactions: env.MONGODB_ALLOW_NO_TRANSACTIONS === 'true',
    sqliteSynchronous: env.SQLITE_SYNCHRONOUS,
    push: env.DB_PUSH === 'true',
  }),
  editor: lexicalEditor(),
  // The areas, in the order the admin's navigation shows them: each adds its collections, globals, endpoints and
  // jobs (collections/<area>/index.ts). Then what applies to every collection: town scoping for the records that
  // belong to a town, and the house rules (server-set fields refused, the audit row, Excel export and import, one
  // error shape).
  plugins: [
    placesArea,
    pointsArea,
    devicesArea,
    countrysideArea,
    assessmentArea,
    operationsArea,
    publicityArea,
    metricsArea,
    systemArea,
    townScopingPlugin(),
    houseRulesPlugin(),
  ],
  admin: {
    user: 'users',
    meta: {
      titleSuffix: ' · 分类 Fenlei',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    components: {
      graphics: { Logo: '/app/(payload)/components/Brand#Logo', Icon: '/app/(payload)/components/Brand#Icon' },
      // The home page: the user's figures and waiting work above the list of collections.
      beforeDashboard: ['/app/(payload)/components/Dashboard#Figures'],
    },
    // One date format everywhere in the admin (fields set their own the same way: fields/dates.ts).
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Gravatar would need the internet; the built-in avatar works offline.
    avatar: 'default',
    importMap: { baseDir: dirname },
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    // The platform's own messages (one per error code), and Payload's few strings that are not ours yet.
    translations: {
      zh: { fenlei: catalogue('zh'), general: { payloadSettings: '分类平台设置', untitled: '新记录' } },
      en: { fenlei: catalogue('en'), general: { payloadSettings: 'Fenlei settings', untitled: 'New record' } },
    },
  },
  email: resetMailInBackground(
    nodemailerAdapter({
      defaultFromAddress: env.MAIL_FROM.match(/<(.+)>/)?.[1] ?? env.MAIL_FROM,
      defaultFromName: env.MAIL_FROM.replace(/\s*<.+>$/, ''),
      skipVerify: !env.SMTP_HOST,
      // Without SMTP settings mail is rendered to JSON and logged, never sent anywhere.
      transportOptions: env.SMTP_HOST
        ? {
            host: env.SMTP_HOST,
            port: env.SMTP_PORT,
            secure: env.SMTP_SECURE === 'true',
            auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
          }
        : { jsonTransport: true },
    }),
  ),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'schema.graphql'),
    // The schema is not read by whoever asks, in development either (`npm start` runs development): the same
    // switch as the playground (the admin itself speaks REST).
    validationRules: () => (env.GRAPHQL_PLAYGROUND === 'true' ? [] : [NoSchemaIntrospectionCustomRule]),
  },
  // Uploads (photos, evidence): at most 20 MB a file.
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  telemetry: false,
}

export default buildConfig(fenleiConfig)
