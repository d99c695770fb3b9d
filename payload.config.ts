/**
 * Fenlei 分类 — the one place that assembles the platform: database, collections, admin,
 * languages and email. Read top to bottom to see everything the app is made of.
 */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import { buildConfig } from 'payload'

import { collections } from './plugins/houseRules'
import { dataDir, env, resolveSecret } from './config/env'
import { CountrysideSettings } from './collections/countryside/CountrysideSettings'
import { PointRules } from './collections/points/PointRules'
import { OperationsSettings } from './collections/operations/OperationsSettings'
import { FiguresState } from './collections/metrics/FiguresState'
import { ReportSettings } from './collections/metrics/ReportSettings'
import { exportEndpoint } from './plugins/houseRules/exportEndpoint'
import { importEndpoint, importProgressEndpoint } from './plugins/houseRules/importEndpoint'
import { figuresEndpoint, workReportEndpoint } from './collections/metrics/endpoints'
import { publicEndpoints } from './shared/publicForm'
import { codeEveryError } from './shared/errors'
import { catalogue } from './shared/i18n/messages'
import { buildDatabaseAdapter } from './db/adapter'
import { chooseDatabase } from './db/select'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export const database = chooseDatabase(env.DATABASE_URL, dataDir())

export default buildConfig({
  secret: resolveSecret(),
  serverURL: env.PUBLIC_URL ?? '',
  db: buildDatabaseAdapter(database, {
    allowMongoWithoutTransactions: env.MONGODB_ALLOW_NO_TRANSACTIONS === 'true',
    sqliteSynchronous: env.SQLITE_SYNCHRONOUS,
    push: env.DB_PUSH === 'true',
  }),
  editor: lexicalEditor(),
  collections,
  globals: [PointRules, CountrysideSettings, OperationsSettings, ReportSettings, FiguresState],
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
          auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
        }
      : { jsonTransport: true },
  }),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  endpoints: [
    ...publicEndpoints,
    figuresEndpoint,
    workReportEndpoint,
    exportEndpoint,
    importEndpoint,
    importProgressEndpoint,
  ],
  hooks: { afterError: [codeEveryError] },
  // Uploads (photos, evidence): at most 20 MB a file.
  upload: { limits: { fileSize: 20 * 1024 * 1024 } },
  telemetry: false,
})
