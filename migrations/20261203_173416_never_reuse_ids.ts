import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

/*
 * Every table with an integer id becomes AUTOINCREMENT: a deleted record's id is never handed out again, so a
 * reference kept in an audit row, a locked assessment or a bin's log never comes to point at a later record.
 *
 * Written by hand from what `payload migrate:create` generated (its snapshot is the .json beside this file). The
 * generated form rebuilt each table: a new table, a copy, DROP TABLE, a rename, all between
 * `PRAGMA foreign_keys=OFF/ON`. Payload runs a migration inside a transaction, and there SQLite ignores that
 * pragma. Each DROP TABLE was then an implicit DELETE: it nulled or cascaded every reference to the table, and on
 * a seeded district it failed on `sorting_targets.town_id NOT NULL`. AUTOINCREMENT changes nothing on disk. It
 * only makes SQLite keep the highest id handed out in `sqlite_sequence`. So this migration takes the procedure
 * SQLite documents for schema changes that leave the stored rows as they are (https://sqlite.org/lang_altertable.html,
 * "Making Other Kinds Of Table Schema Changes"):
 *   - rewrite each table's CREATE statement in `sqlite_schema` under `writable_schema`;
 *   - seed `sqlite_sequence` with each table's highest id;
 *   - bump the schema version;
 *   - run `integrity_check`.
 * tests/upgrade.test.ts upgrades a seeded district this way and compares every row of every table.
 */
const TABLES = [
  'towns',
  'villages',
  'sites_expected_shifts',
  'sites',
  'cards',
  'card_batches',
  'card_replacements',
  'drop_offs',
  'point_entries',
  'card_days',
  'sorting_checks',
  'rewards',
  'redemptions',
  'follow_ups',
  'bins',
  'alerts',
  'device_events',
  'device_receipts',
  'fill_readings',
  'cleaners',
  'cleaner_inspections',
  'cleaner_appraisals',
  'cleanup_drives',
  'sanitation_contracts',
  'sorting_targets',
  'assessment_methods',
  '_assessment_methods_v_version_parts_items',
  '_assessment_methods_v_version_parts',
  '_assessment_methods_v_version_tiers',
  '_assessment_methods_v_version_bases',
  '_assessment_methods_v',
  'assessments',
  'spot_checks',
  'subsidy_payouts',
  'ranking_notices',
  '_ranking_notices_v',
  'pickup_slots',
  'pickups',
  'collection_runs',
  'missed_collections',
  'facilities',
  'stock_movements',
  'work_orders',
  'fill_forecasts',
  'inspector_shifts',
  'bin_logs',
  'campaigns',
  '_campaigns_v_version_coverage',
  '_campaigns_v',
  'materials',
  'work_plans',
  '_work_plans_v_version_sections',
  '_work_plans_v',
  'plan_comments',
  'education_bases',
  'base_articles',
  '_base_articles_v',
  'visit_slots',
  'visit_bookings',
  'feedback',
  'honour_rolls',
  'daily_totals',
  'media',
  'users',
  'audit_log',
  'notifications',
  'outbox',
  'payload_kv',
  'payload_jobs',
  'payload_locked_documents',
  'payload_preferences',
  'payload_migrations',
  'point_rules',
  '_point_rules_v_version_categories',
  '_point_rules_v',
  'countryside_settings',
  'operations_settings',
  'report_settings',
  'figures_state',
]
const PLAIN = '`id` integer PRIMARY KEY NOT NULL'
const AUTO = '`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL'

type Db = MigrateUpArgs['db']

async function rewriteSchema(db: Db, from: string, to: string, sequence: 'seed' | 'drop') {
  const [{ schema_version: version }] = (await db.all(sql`PRAGMA schema_version`)) as Array<{ schema_version: number }>
  await db.run(sql`PRAGMA writable_schema=ON`)
  // sqlite_sequence exists once any AUTOINCREMENT table has been created: make sure it does.
  await db.run(sql`CREATE TABLE IF NOT EXISTS __fenlei_sequence_maker (id integer PRIMARY KEY AUTOINCREMENT)`)
  await db.run(sql`DROP TABLE __fenlei_sequence_maker`)
  for (const table of TABLES) {
    await db.run(
      sql`UPDATE sqlite_schema SET sql = replace(sql, ${from}, ${to}) WHERE type = 'table' AND name = ${table}`,
    )
    await db.run(sql`DELETE FROM sqlite_sequence WHERE name = ${table}`)
    if (sequence === 'seed')
      await db.run(
        sql.raw(`INSERT INTO sqlite_sequence (name, seq) SELECT '${table}', coalesce(max(id), 0) FROM "${table}"`),
      )
  }
  // Every table that exists now says what it should: a CREATE statement of another form would have been left as it was.
  for (const table of TABLES) {
    const rows = (await db.all(sql`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ${table}`)) as Array<{
      sql: string
    }>
    if (rows[0] && !rows[0].sql.includes(to))
      throw new Error(`never_reuse_ids: ${table} does not read ${to}: ${rows[0].sql.slice(0, 120)}`)
  }
  await db.run(sql.raw(`PRAGMA schema_version = ${Number(version) + 1}`))
  await db.run(sql`PRAGMA writable_schema=OFF`)
  const check = (await db.all(sql`PRAGMA integrity_check`)) as Array<{ integrity_check: string }>
  if (check[0]?.integrity_check !== 'ok') throw new Error(`never_reuse_ids: ${JSON.stringify(check)}`)
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await rewriteSchema(db, PLAIN, AUTO, 'seed')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await rewriteSchema(db, AUTO, PLAIN, 'drop')
}
