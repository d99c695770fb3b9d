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

import { Alerts } from './collections/Alerts'
import { Bins } from './collections/Bins'
import { DeviceEvents } from './collections/DeviceEvents'
import { DeviceReceipts } from './collections/DeviceReceipts'
import { CardBatches } from './collections/CardBatches'
import { CardDays } from './collections/CardDays'
import { CardReplacements } from './collections/CardReplacements'
import { Cards } from './collections/Cards'
import { DropOffs } from './collections/DropOffs'
import { EducationBases } from './collections/EducationBases'
import { FollowUps } from './collections/FollowUps'
import { Media } from './collections/Media'
import { PointEntries } from './collections/PointEntries'
import { Redemptions } from './collections/Redemptions'
import { Rewards } from './collections/Rewards'
import { SortingChecks } from './collections/SortingChecks'
import { Sites } from './collections/Sites'
import { Towns } from './collections/Towns'
import { Users } from './collections/Users'
import { Villages } from './collections/Villages'
import { dataDir, env, resolveSecret } from './config/env'
import { PointRules } from './globals/PointRules'
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
  collections: [
    // 基础档案 areas and sites
    Towns,
    Villages,
    Sites,
    // 积分 points
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
    // 设备 devices
    Bins,
    Alerts,
    DeviceEvents,
    DeviceReceipts,
    // 宣传 publicity
    EducationBases,
    // 系统 system
    Media,
    Users,
  ],
  globals: [PointRules],
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 分类 Fenlei' },
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
          auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASS } : undefined,
        }
      : { jsonTransport: true },
  }),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { schemaOutputFile: path.resolve(dirname, 'schema.graphql') },
  telemetry: false,
})
