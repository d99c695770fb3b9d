import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`work_orders_reference_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`work_orders_reference_idx\` ON \`work_orders\` (\`reference\`);`)
  await db.run(sql`ALTER TABLE \`pickups\` ADD \`email\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`work_orders_reference_idx\`;`)
  await db.run(sql`CREATE INDEX \`work_orders_reference_idx\` ON \`work_orders\` (\`reference\`);`)
  await db.run(sql`ALTER TABLE \`pickups\` DROP COLUMN \`email\`;`)
}
