import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cards\` (
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
  await db.run(sql`CREATE UNIQUE INDEX \`cards_card_number_idx\` ON \`cards\` (\`card_number\`);`)
  await db.run(sql`CREATE INDEX \`cards_status_idx\` ON \`cards\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`cards_site_idx\` ON \`cards\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`cards_issued_at_idx\` ON \`cards\` (\`issued_at\`);`)
  await db.run(sql`CREATE INDEX \`cards_replaces_idx\` ON \`cards\` (\`replaces_id\`);`)
  await db.run(sql`CREATE INDEX \`cards_replaced_by_idx\` ON \`cards\` (\`replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`cards_updated_at_idx\` ON \`cards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cards_created_at_idx\` ON \`cards\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`card_batches\` (
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
  await db.run(sql`CREATE INDEX \`card_batches_site_idx\` ON \`card_batches\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`card_batches_updated_at_idx\` ON \`card_batches\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`card_batches_created_at_idx\` ON \`card_batches\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`card_replacements\` (
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
  await db.run(sql`CREATE INDEX \`card_replacements_old_card_idx\` ON \`card_replacements\` (\`old_card_id\`);`)
  await db.run(sql`CREATE INDEX \`card_replacements_new_card_idx\` ON \`card_replacements\` (\`new_card_id\`);`)
  await db.run(sql`CREATE INDEX \`card_replacements_updated_at_idx\` ON \`card_replacements\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`card_replacements_created_at_idx\` ON \`card_replacements\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`drop_offs\` (
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
  await db.run(sql`CREATE INDEX \`drop_offs_card_idx\` ON \`drop_offs\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_occurred_at_idx\` ON \`drop_offs\` (\`occurred_at\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_source_ref_idx\` ON \`drop_offs\` (\`source_ref\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_site_idx\` ON \`drop_offs\` (\`site_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`drop_offs_idempotency_key_idx\` ON \`drop_offs\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_recorded_by_idx\` ON \`drop_offs\` (\`recorded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_updated_at_idx\` ON \`drop_offs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`drop_offs_created_at_idx\` ON \`drop_offs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`point_entries\` (
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
  await db.run(sql`CREATE INDEX \`point_entries_card_idx\` ON \`point_entries\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`point_entries_reason_idx\` ON \`point_entries\` (\`reason\`);`)
  await db.run(sql`CREATE INDEX \`point_entries_actor_idx\` ON \`point_entries\` (\`actor_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`point_entries_idempotency_key_idx\` ON \`point_entries\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`point_entries_updated_at_idx\` ON \`point_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`point_entries_created_at_idx\` ON \`point_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`card_days\` (
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
  await db.run(sql`CREATE INDEX \`card_days_card_idx\` ON \`card_days\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`card_days_day_idx\` ON \`card_days\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`card_days_updated_at_idx\` ON \`card_days\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`card_days_created_at_idx\` ON \`card_days\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`card_day_idx\` ON \`card_days\` (\`card_id\`,\`day\`);`)
  await db.run(sql`CREATE TABLE \`sorting_checks\` (
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
  await db.run(sql`CREATE INDEX \`sorting_checks_site_idx\` ON \`sorting_checks\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`sorting_checks_card_idx\` ON \`sorting_checks\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`sorting_checks_checked_at_idx\` ON \`sorting_checks\` (\`checked_at\`);`)
  await db.run(sql`CREATE INDEX \`sorting_checks_photo_idx\` ON \`sorting_checks\` (\`photo_id\`);`)
  await db.run(sql`CREATE INDEX \`sorting_checks_inspector_idx\` ON \`sorting_checks\` (\`inspector_id\`);`)
  await db.run(sql`CREATE INDEX \`sorting_checks_updated_at_idx\` ON \`sorting_checks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sorting_checks_created_at_idx\` ON \`sorting_checks\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`rewards\` (
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
  await db.run(sql`CREATE INDEX \`rewards_image_idx\` ON \`rewards\` (\`image_id\`);`)
  await db.run(sql`CREATE INDEX \`rewards_updated_at_idx\` ON \`rewards\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`rewards_created_at_idx\` ON \`rewards\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`redemptions\` (
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
  await db.run(sql`CREATE INDEX \`redemptions_card_idx\` ON \`redemptions\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`redemptions_reward_idx\` ON \`redemptions\` (\`reward_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`redemptions_idempotency_key_idx\` ON \`redemptions\` (\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`redemptions_updated_at_idx\` ON \`redemptions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`redemptions_created_at_idx\` ON \`redemptions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`follow_ups_contacts\` (
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
  await db.run(sql`CREATE INDEX \`follow_ups_contacts_order_idx\` ON \`follow_ups_contacts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_contacts_parent_id_idx\` ON \`follow_ups_contacts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_contacts_by_idx\` ON \`follow_ups_contacts\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`follow_ups\` (
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
  await db.run(sql`CREATE INDEX \`follow_ups_card_idx\` ON \`follow_ups\` (\`card_id\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_status_idx\` ON \`follow_ups\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_updated_at_idx\` ON \`follow_ups\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`follow_ups_created_at_idx\` ON \`follow_ups\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
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
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`point_rules_categories\` (
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
  await db.run(sql`CREATE INDEX \`point_rules_categories_order_idx\` ON \`point_rules_categories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`point_rules_categories_parent_id_idx\` ON \`point_rules_categories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`point_rules\` (
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
  await db.run(sql`CREATE TABLE \`_point_rules_v_version_categories\` (
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
  await db.run(sql`CREATE INDEX \`_point_rules_v_version_categories_order_idx\` ON \`_point_rules_v_version_categories\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_point_rules_v_version_categories_parent_id_idx\` ON \`_point_rules_v_version_categories\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_point_rules_v\` (
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
  await db.run(sql`CREATE INDEX \`_point_rules_v_created_at_idx\` ON \`_point_rules_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_point_rules_v_updated_at_idx\` ON \`_point_rules_v\` (\`updated_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cards_id\` integer REFERENCES cards(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`card_batches_id\` integer REFERENCES card_batches(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`card_replacements_id\` integer REFERENCES card_replacements(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`drop_offs_id\` integer REFERENCES drop_offs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`point_entries_id\` integer REFERENCES point_entries(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`card_days_id\` integer REFERENCES card_days(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sorting_checks_id\` integer REFERENCES sorting_checks(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`rewards_id\` integer REFERENCES rewards(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`redemptions_id\` integer REFERENCES redemptions(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`follow_ups_id\` integer REFERENCES follow_ups(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`media_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cards_id_idx\` ON \`payload_locked_documents_rels\` (\`cards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_card_batches_id_idx\` ON \`payload_locked_documents_rels\` (\`card_batches_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_card_replacements_id_idx\` ON \`payload_locked_documents_rels\` (\`card_replacements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_drop_offs_id_idx\` ON \`payload_locked_documents_rels\` (\`drop_offs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_point_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`point_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_card_days_id_idx\` ON \`payload_locked_documents_rels\` (\`card_days_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sorting_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`sorting_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_rewards_id_idx\` ON \`payload_locked_documents_rels\` (\`rewards_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_redemptions_id_idx\` ON \`payload_locked_documents_rels\` (\`redemptions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_follow_ups_id_idx\` ON \`payload_locked_documents_rels\` (\`follow_ups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cards\`;`)
  await db.run(sql`DROP TABLE \`card_batches\`;`)
  await db.run(sql`DROP TABLE \`card_replacements\`;`)
  await db.run(sql`DROP TABLE \`drop_offs\`;`)
  await db.run(sql`DROP TABLE \`point_entries\`;`)
  await db.run(sql`DROP TABLE \`card_days\`;`)
  await db.run(sql`DROP TABLE \`sorting_checks\`;`)
  await db.run(sql`DROP TABLE \`rewards\`;`)
  await db.run(sql`DROP TABLE \`redemptions\`;`)
  await db.run(sql`DROP TABLE \`follow_ups_contacts\`;`)
  await db.run(sql`DROP TABLE \`follow_ups\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`point_rules_categories\`;`)
  await db.run(sql`DROP TABLE \`point_rules\`;`)
  await db.run(sql`DROP TABLE \`_point_rules_v_version_categories\`;`)
  await db.run(sql`DROP TABLE \`_point_rules_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "education_bases_id", "users_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "education_bases_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_towns_id_idx\` ON \`payload_locked_documents_rels\` (\`towns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
}
