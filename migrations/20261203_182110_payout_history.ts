import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`subsidy_payouts_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`reason\` text,
  	\`rank\` numeric,
  	\`total\` numeric,
  	\`amount_fen\` numeric,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`subsidy_payouts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_history_order_idx\` ON \`subsidy_payouts_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_history_parent_id_idx\` ON \`subsidy_payouts_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_history_by_idx\` ON \`subsidy_payouts_history\` (\`by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`subsidy_payouts_history\`;`)
}
