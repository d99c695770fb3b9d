import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cleanup_drives\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`town_id\` integer,
  	\`village_id\` integer,
  	\`day\` text NOT NULL,
  	\`grams\` numeric NOT NULL,
  	\`volunteers\` numeric DEFAULT 0,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cleanup_drives_title_idx\` ON \`cleanup_drives\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_town_idx\` ON \`cleanup_drives\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_village_idx\` ON \`cleanup_drives\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_day_idx\` ON \`cleanup_drives\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_updated_at_idx\` ON \`cleanup_drives\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_created_at_idx\` ON \`cleanup_drives\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cleanup_drives_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cleanup_drives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cleanup_drives_rels_order_idx\` ON \`cleanup_drives_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_rels_parent_idx\` ON \`cleanup_drives_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_rels_path_idx\` ON \`cleanup_drives_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`cleanup_drives_rels_media_id_idx\` ON \`cleanup_drives_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`sanitation_contracts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`operator_name\` text NOT NULL,
  	\`town_id\` integer,
  	\`roads\` text,
  	\`start\` text NOT NULL,
  	\`end\` text NOT NULL,
  	\`annual_value_fen\` numeric NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`sanitation_contracts_town_idx\` ON \`sanitation_contracts\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`sanitation_contracts_updated_at_idx\` ON \`sanitation_contracts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`sanitation_contracts_created_at_idx\` ON \`sanitation_contracts\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`sanitation_contracts_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`villages_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`sanitation_contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`sanitation_contracts_rels_order_idx\` ON \`sanitation_contracts_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`sanitation_contracts_rels_parent_idx\` ON \`sanitation_contracts_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`sanitation_contracts_rels_path_idx\` ON \`sanitation_contracts_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`sanitation_contracts_rels_villages_id_idx\` ON \`sanitation_contracts_rels\` (\`villages_id\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_assessments_items_findings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text,
  	\`deduction\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assessments_items_findings\`("_order", "_parent_id", "id", "text", "deduction") SELECT "_order", "_parent_id", "id", "text", "deduction" FROM \`assessments_items_findings\`;`)
  await db.run(sql`DROP TABLE \`assessments_items_findings\`;`)
  await db.run(sql`ALTER TABLE \`__new_assessments_items_findings\` RENAME TO \`assessments_items_findings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`assessments_items_findings_order_idx\` ON \`assessments_items_findings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_findings_parent_id_idx\` ON \`assessments_items_findings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_assessments_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`name\` text,
  	\`max\` numeric,
  	\`measured\` numeric,
  	\`suggested\` numeric,
  	\`records_link\` text,
  	\`self_score\` numeric,
  	\`review_score\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assessments_items\`("_order", "_parent_id", "id", "key", "name", "max", "measured", "suggested", "records_link", "self_score", "review_score", "note") SELECT "_order", "_parent_id", "id", "key", "name", "max", "measured", "suggested", "records_link", "self_score", "review_score", "note" FROM \`assessments_items\`;`)
  await db.run(sql`DROP TABLE \`assessments_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_assessments_items\` RENAME TO \`assessments_items\`;`)
  await db.run(sql`CREATE INDEX \`assessments_items_order_idx\` ON \`assessments_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_parent_id_idx\` ON \`assessments_items\` (\`_parent_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cleanup_drives_id\` integer REFERENCES cleanup_drives(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`sanitation_contracts_id\` integer REFERENCES sanitation_contracts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleanup_drives_id_idx\` ON \`payload_locked_documents_rels\` (\`cleanup_drives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sanitation_contracts_id_idx\` ON \`payload_locked_documents_rels\` (\`sanitation_contracts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cleanup_drives\`;`)
  await db.run(sql`DROP TABLE \`cleanup_drives_rels\`;`)
  await db.run(sql`DROP TABLE \`sanitation_contracts\`;`)
  await db.run(sql`DROP TABLE \`sanitation_contracts_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`towns_id\` integer,
  	\`villages_id\` integer,
  	\`sites_id\` integer,
  	\`cards_id\` integer,
  	\`card_batches_id\` integer,
  	\`card_replacements_id\` integer,
  	\`drop_offs_id\` integer,
  	\`point_entries_id\` integer,
  	\`card_days_id\` integer,
  	\`sorting_checks_id\` integer,
  	\`rewards_id\` integer,
  	\`redemptions_id\` integer,
  	\`follow_ups_id\` integer,
  	\`bins_id\` integer,
  	\`alerts_id\` integer,
  	\`device_events_id\` integer,
  	\`device_receipts_id\` integer,
  	\`cleaners_id\` integer,
  	\`assessment_methods_id\` integer,
  	\`assessments_id\` integer,
  	\`subsidy_payouts_id\` integer,
  	\`education_bases_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`towns_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`villages_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sites_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cards_id\`) REFERENCES \`cards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_batches_id\`) REFERENCES \`card_batches\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_replacements_id\`) REFERENCES \`card_replacements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`drop_offs_id\`) REFERENCES \`drop_offs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`point_entries_id\`) REFERENCES \`point_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`card_days_id\`) REFERENCES \`card_days\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sorting_checks_id\`) REFERENCES \`sorting_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`rewards_id\`) REFERENCES \`rewards\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`redemptions_id\`) REFERENCES \`redemptions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`follow_ups_id\`) REFERENCES \`follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bins_id\`) REFERENCES \`bins\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`alerts_id\`) REFERENCES \`alerts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`device_events_id\`) REFERENCES \`device_events\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`device_receipts_id\`) REFERENCES \`device_receipts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cleaners_id\`) REFERENCES \`cleaners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_methods_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessments_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subsidy_payouts_id\`) REFERENCES \`subsidy_payouts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "cleaners_id", "assessment_methods_id", "assessments_id", "subsidy_payouts_id", "education_bases_id", "media_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "cleaners_id", "assessment_methods_id", "assessments_id", "subsidy_payouts_id", "education_bases_id", "media_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_towns_id_idx\` ON \`payload_locked_documents_rels\` (\`towns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_villages_id_idx\` ON \`payload_locked_documents_rels\` (\`villages_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sites_id_idx\` ON \`payload_locked_documents_rels\` (\`sites_id\`);`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bins_id_idx\` ON \`payload_locked_documents_rels\` (\`bins_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_alerts_id_idx\` ON \`payload_locked_documents_rels\` (\`alerts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_device_events_id_idx\` ON \`payload_locked_documents_rels\` (\`device_events_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_device_receipts_id_idx\` ON \`payload_locked_documents_rels\` (\`device_receipts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaners_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_methods_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_methods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subsidy_payouts_id_idx\` ON \`payload_locked_documents_rels\` (\`subsidy_payouts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_assessments_items_findings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`deduction\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assessments_items_findings\`("_order", "_parent_id", "id", "text", "deduction") SELECT "_order", "_parent_id", "id", "text", "deduction" FROM \`assessments_items_findings\`;`)
  await db.run(sql`DROP TABLE \`assessments_items_findings\`;`)
  await db.run(sql`ALTER TABLE \`__new_assessments_items_findings\` RENAME TO \`assessments_items_findings\`;`)
  await db.run(sql`CREATE INDEX \`assessments_items_findings_order_idx\` ON \`assessments_items_findings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_findings_parent_id_idx\` ON \`assessments_items_findings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_assessments_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`name\` text,
  	\`max\` numeric,
  	\`measured\` numeric,
  	\`suggested\` numeric,
  	\`records_link\` text,
  	\`self_score\` numeric,
  	\`review_score\` numeric,
  	\`note\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_assessments_items\`("_order", "_parent_id", "id", "key", "name", "max", "measured", "suggested", "records_link", "self_score", "review_score", "note") SELECT "_order", "_parent_id", "id", "key", "name", "max", "measured", "suggested", "records_link", "self_score", "review_score", "note" FROM \`assessments_items\`;`)
  await db.run(sql`DROP TABLE \`assessments_items\`;`)
  await db.run(sql`ALTER TABLE \`__new_assessments_items\` RENAME TO \`assessments_items\`;`)
  await db.run(sql`CREATE INDEX \`assessments_items_order_idx\` ON \`assessments_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_parent_id_idx\` ON \`assessments_items\` (\`_parent_id\`);`)
}
