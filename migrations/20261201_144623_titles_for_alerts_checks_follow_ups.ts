import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`sorting_checks\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`sorting_checks_title_idx\` ON \`sorting_checks\` (\`title\`);`)
  await db.run(sql`ALTER TABLE \`follow_ups\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`follow_ups_title_idx\` ON \`follow_ups\` (\`title\`);`)
  await db.run(sql`ALTER TABLE \`alerts\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`alerts_title_idx\` ON \`alerts\` (\`title\`);`)
  // Records saved before titles existed get one from the same parts the hooks use (times in Shanghai).
  await db.run(
    sql`UPDATE \`alerts\` SET \`title\` = (SELECT \`device_id\` FROM \`bins\` WHERE \`bins\`.\`id\` = \`alerts\`.\`bin_id\`) || ' · ' || \`kind\` || ' · ' || strftime('%Y-%m-%d %H:%M', \`opened_at\`, '+8 hours') WHERE \`title\` IS NULL;`,
  )
  await db.run(
    sql`UPDATE \`follow_ups\` SET \`title\` = (SELECT \`card_number\` FROM \`cards\` WHERE \`cards\`.\`id\` = \`follow_ups\`.\`card_id\`) || ' · 回访' WHERE \`title\` IS NULL;`,
  )
  await db.run(
    sql`UPDATE \`sorting_checks\` SET \`title\` = (SELECT \`name\` FROM \`sites\` WHERE \`sites\`.\`id\` = \`sorting_checks\`.\`site_id\`) || ' · ' || CASE \`result\` WHEN 'mis-sorted' THEN '分类错误' ELSE '分类正确' END || ' · ' || strftime('%Y-%m-%d %H:%M', \`checked_at\`, '+8 hours') WHERE \`title\` IS NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`sorting_checks_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`sorting_checks\` DROP COLUMN \`title\`;`)
  await db.run(sql`DROP INDEX \`follow_ups_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`follow_ups\` DROP COLUMN \`title\`;`)
  await db.run(sql`DROP INDEX \`alerts_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`alerts\` DROP COLUMN \`title\`;`)
}
