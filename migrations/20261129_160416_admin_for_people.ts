import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_villages\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`town_id\` integer,
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
  await db.run(sql`INSERT INTO \`__new_villages\`("id", "name", "town_id", "kind", "registered_population", "market_contract", "runs_sorting", "sorting_scheme", "updated_at", "created_at") SELECT "id", "name", "town_id", "kind", "registered_population", "market_contract", "runs_sorting", "sorting_scheme", "updated_at", "created_at" FROM \`villages\`;`)
  await db.run(sql`DROP TABLE \`villages\`;`)
  await db.run(sql`ALTER TABLE \`__new_villages\` RENAME TO \`villages\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`villages_name_idx\` ON \`villages\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`villages_town_idx\` ON \`villages\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_updated_at_idx\` ON \`villages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`villages_created_at_idx\` ON \`villages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_sites\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`town_id\` integer,
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
  await db.run(sql`INSERT INTO \`__new_sites\`("id", "name", "kind", "town_id", "village_id", "address", "latitude", "longitude", "contact_name", "contact_phone", "sorted_collection", "households", "updated_at", "created_at") SELECT "id", "name", "kind", "town_id", "village_id", "address", "latitude", "longitude", "contact_name", "contact_phone", "sorted_collection", "households", "updated_at", "created_at" FROM \`sites\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`ALTER TABLE \`__new_sites\` RENAME TO \`sites\`;`)
  await db.run(sql`CREATE INDEX \`sites_name_idx\` ON \`sites\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`sites_town_idx\` ON \`sites\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_village_idx\` ON \`sites\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_drop_offs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`card_id\` integer NOT NULL,
  	\`category\` text NOT NULL,
  	\`grams\` numeric NOT NULL,
  	\`occurred_at\` text NOT NULL,
  	\`source\` text DEFAULT 'manual',
  	\`source_ref\` text,
  	\`site_id\` integer,
  	\`note\` text,
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
  await db.run(sql`INSERT INTO \`__new_drop_offs\`("id", "title", "card_id", "category", "grams", "occurred_at", "source", "source_ref", "site_id", "note", "points", "outcome", "balance_after", "rules_revision", "idempotency_key", "recorded_by_id", "updated_at", "created_at") SELECT "id", NULL, "card_id", "category", "grams", "occurred_at", "source", "source_ref", "site_id", "note", "points", "outcome", "balance_after", "rules_revision", "idempotency_key", "recorded_by_id", "updated_at", "created_at" FROM \`drop_offs\`;`)
  await db.run(sql`DROP TABLE \`drop_offs\`;`)
  await db.run(sql`ALTER TABLE \`__new_drop_offs\` RENAME TO \`drop_offs\`;`)
  await db.run(sql`CREATE INDEX \`drop_offs_title_idx\` ON \`drop_offs\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_card_idx\` ON \`drop_offs\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_occurred_at_idx\` ON \`drop_offs\` (\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_source_ref_idx\` ON \`drop_offs\` (\`source_ref\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_site_idx\` ON \`drop_offs\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`drop_offs_idempotency_key_idx\` ON \`drop_offs\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_recorded_by_idx\` ON \`drop_offs\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_updated_at_idx\` ON \`drop_offs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_created_at_idx\` ON \`drop_offs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`role\` text DEFAULT 'operator',
  	\`town_id\` integer,
  	\`education_base_id\` integer,
  	\`phone\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`education_base_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "town_id", "education_base_id", "phone", "active", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash") SELECT "id", "name", "role", "town_id", "education_base_id", "phone", 1, "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_town_idx\` ON \`users\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`users_education_base_idx\` ON \`users\` (\`education_base_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`cards\` ADD \`phone_last4\` text;`)
  await db.run(sql`ALTER TABLE \`cards\` ADD \`label\` text;`)
  await db.run(sql`ALTER TABLE \`cards\` ADD \`ledger_seq\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`cards_phone_last4_idx\` ON \`cards\` (\`phone_last4\`);`)
  await db.run(sql`CREATE INDEX \`cards_label_idx\` ON \`cards\` (\`label\`);`)
  await db.run(sql`ALTER TABLE \`card_batches\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`card_batches_title_idx\` ON \`card_batches\` (\`title\`);`)
  await db.run(sql`ALTER TABLE \`point_entries\` ADD \`title\` text;`)
  await db.run(sql`ALTER TABLE \`point_entries\` ADD \`at\` text;`)
  await db.run(sql`ALTER TABLE \`point_entries\` ADD \`seq\` numeric;`)
  await db.run(sql`CREATE INDEX \`point_entries_title_idx\` ON \`point_entries\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`point_entries_at_idx\` ON \`point_entries\` (\`at\`);`)
  await db.run(sql`ALTER TABLE \`redemptions\` ADD \`title\` text;`)
  await db.run(sql`CREATE INDEX \`redemptions_title_idx\` ON \`redemptions\` (\`title\`);`)
  await db.run(sql`ALTER TABLE \`bins\` ADD \`needs_attention\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`bins\` ADD \`attention\` text;`)
  await db.run(sql`ALTER TABLE \`bins\` ADD \`open_alerts\` numeric DEFAULT 0;`)
  await db.run(sql`CREATE INDEX \`bins_needs_attention_idx\` ON \`bins\` (\`needs_attention\`);`)
  await db.run(sql`ALTER TABLE \`education_bases\` ADD \`address\` text;`)
  await db.run(sql`ALTER TABLE \`education_bases\` ADD \`opening_times\` text;`)
  await db.run(sql`ALTER TABLE \`education_bases\` ADD \`contact_name\` text;`)
  await db.run(sql`ALTER TABLE \`education_bases\` ADD \`contact_phone\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`cards_phone_last4_idx\`;`)
  await db.run(sql`DROP INDEX \`cards_label_idx\`;`)
  await db.run(sql`ALTER TABLE \`cards\` DROP COLUMN \`phone_last4\`;`)
  await db.run(sql`ALTER TABLE \`cards\` DROP COLUMN \`label\`;`)
  await db.run(sql`ALTER TABLE \`cards\` DROP COLUMN \`ledger_seq\`;`)
  await db.run(sql`DROP INDEX \`card_batches_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`card_batches\` DROP COLUMN \`title\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_drop_offs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`card_id\` integer NOT NULL,
  	\`category\` text NOT NULL,
  	\`grams\` numeric NOT NULL,
  	\`occurred_at\` text NOT NULL,
  	\`source\` text DEFAULT 'manual' NOT NULL,
  	\`source_ref\` text,
  	\`site_id\` integer,
  	\`note\` text,
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
  await db.run(sql`INSERT INTO \`__new_drop_offs\`("id", "card_id", "category", "grams", "occurred_at", "source", "source_ref", "site_id", "note", "points", "outcome", "balance_after", "rules_revision", "idempotency_key", "recorded_by_id", "updated_at", "created_at") SELECT "id", "card_id", "category", "grams", "occurred_at", "source", "source_ref", "site_id", "note", "points", "outcome", "balance_after", "rules_revision", "idempotency_key", "recorded_by_id", "updated_at", "created_at" FROM \`drop_offs\`;`)
  await db.run(sql`DROP TABLE \`drop_offs\`;`)
  await db.run(sql`ALTER TABLE \`__new_drop_offs\` RENAME TO \`drop_offs\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`drop_offs_card_idx\` ON \`drop_offs\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_occurred_at_idx\` ON \`drop_offs\` (\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_source_ref_idx\` ON \`drop_offs\` (\`source_ref\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_site_idx\` ON \`drop_offs\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`drop_offs_idempotency_key_idx\` ON \`drop_offs\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_recorded_by_idx\` ON \`drop_offs\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_updated_at_idx\` ON \`drop_offs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_created_at_idx\` ON \`drop_offs\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`point_entries_title_idx\`;`)
  await db.run(sql`DROP INDEX \`point_entries_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`point_entries\` DROP COLUMN \`title\`;`)
  await db.run(sql`ALTER TABLE \`point_entries\` DROP COLUMN \`at\`;`)
  await db.run(sql`ALTER TABLE \`point_entries\` DROP COLUMN \`seq\`;`)
  await db.run(sql`DROP INDEX \`redemptions_title_idx\`;`)
  await db.run(sql`ALTER TABLE \`redemptions\` DROP COLUMN \`title\`;`)
  await db.run(sql`DROP INDEX \`bins_needs_attention_idx\`;`)
  await db.run(sql`ALTER TABLE \`bins\` DROP COLUMN \`needs_attention\`;`)
  await db.run(sql`ALTER TABLE \`bins\` DROP COLUMN \`attention\`;`)
  await db.run(sql`ALTER TABLE \`bins\` DROP COLUMN \`open_alerts\`;`)
  await db.run(sql`CREATE TABLE \`__new_villages\` (
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
  await db.run(sql`INSERT INTO \`__new_villages\`("id", "name", "town_id", "kind", "registered_population", "market_contract", "runs_sorting", "sorting_scheme", "updated_at", "created_at") SELECT "id", "name", "town_id", "kind", "registered_population", "market_contract", "runs_sorting", "sorting_scheme", "updated_at", "created_at" FROM \`villages\`;`)
  await db.run(sql`DROP TABLE \`villages\`;`)
  await db.run(sql`ALTER TABLE \`__new_villages\` RENAME TO \`villages\`;`)
  await db.run(sql`CREATE INDEX \`villages_name_idx\` ON \`villages\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`villages_town_idx\` ON \`villages\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`villages_updated_at_idx\` ON \`villages\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`villages_created_at_idx\` ON \`villages\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_sites\` (
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
  await db.run(sql`INSERT INTO \`__new_sites\`("id", "name", "kind", "town_id", "village_id", "address", "latitude", "longitude", "contact_name", "contact_phone", "sorted_collection", "households", "updated_at", "created_at") SELECT "id", "name", "kind", "town_id", "village_id", "address", "latitude", "longitude", "contact_name", "contact_phone", "sorted_collection", "households", "updated_at", "created_at" FROM \`sites\`;`)
  await db.run(sql`DROP TABLE \`sites\`;`)
  await db.run(sql`ALTER TABLE \`__new_sites\` RENAME TO \`sites\`;`)
  await db.run(sql`CREATE INDEX \`sites_name_idx\` ON \`sites\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`sites_town_idx\` ON \`sites\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_village_idx\` ON \`sites\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`sites_updated_at_idx\` ON \`sites\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sites_created_at_idx\` ON \`sites\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
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
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`education_base_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "role", "town_id", "education_base_id", "phone", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash") SELECT "id", "name", "role", "town_id", "education_base_id", "phone", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_town_idx\` ON \`users\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`users_education_base_idx\` ON \`users\` (\`education_base_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`ALTER TABLE \`education_bases\` DROP COLUMN \`address\`;`)
  await db.run(sql`ALTER TABLE \`education_bases\` DROP COLUMN \`opening_times\`;`)
  await db.run(sql`ALTER TABLE \`education_bases\` DROP COLUMN \`contact_name\`;`)
  await db.run(sql`ALTER TABLE \`education_bases\` DROP COLUMN \`contact_phone\`;`)
}
