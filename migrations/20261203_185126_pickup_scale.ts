import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`pickups\` ADD \`readings_from\` text;`)
  await db.run(sql`ALTER TABLE \`pickups\` ADD \`scale_id\` integer REFERENCES bins(id);`)
  await db.run(sql`CREATE INDEX \`pickups_scale_idx\` ON \`pickups\` (\`scale_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_pickups\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`reference\` text,
  	\`card_id\` integer NOT NULL,
  	\`slot_id\` integer NOT NULL,
  	\`address\` text NOT NULL,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`via\` text DEFAULT 'phone' NOT NULL,
  	\`email\` text,
  	\`status\` text DEFAULT 'booked' NOT NULL,
  	\`collector_id\` integer,
  	\`readings_note\` text,
  	\`points_awarded\` numeric,
  	\`flagged\` integer DEFAULT false,
  	\`flag_reason\` text,
  	\`completed_at\` text,
  	\`completed_by_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`card_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`slot_id\`) REFERENCES \`pickup_slots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`collector_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`completed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_pickups\`("id", "title", "reference", "card_id", "slot_id", "address", "contact_name", "contact_phone", "via", "email", "status", "collector_id", "readings_note", "points_awarded", "flagged", "flag_reason", "completed_at", "completed_by_id", "updated_at", "created_at") SELECT "id", "title", "reference", "card_id", "slot_id", "address", "contact_name", "contact_phone", "via", "email", "status", "collector_id", "readings_note", "points_awarded", "flagged", "flag_reason", "completed_at", "completed_by_id", "updated_at", "created_at" FROM \`pickups\`;`)
  await db.run(sql`DROP TABLE \`pickups\`;`)
  await db.run(sql`ALTER TABLE \`__new_pickups\` RENAME TO \`pickups\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`pickups_title_idx\` ON \`pickups\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`pickups_reference_idx\` ON \`pickups\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`pickups_card_idx\` ON \`pickups\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`pickups_slot_idx\` ON \`pickups\` (\`slot_id\`);`)
  await db.run(sql`CREATE INDEX \`pickups_status_idx\` ON \`pickups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`pickups_collector_idx\` ON \`pickups\` (\`collector_id\`);`)
  await db.run(sql`CREATE INDEX \`pickups_completed_by_idx\` ON \`pickups\` (\`completed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`pickups_updated_at_idx\` ON \`pickups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`pickups_created_at_idx\` ON \`pickups\` (\`created_at\`);`)
}
