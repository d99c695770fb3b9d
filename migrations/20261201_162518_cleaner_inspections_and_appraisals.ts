import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cleaner_inspections_rows\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`cleaner_id\` integer NOT NULL,
  	\`on_roster\` integer DEFAULT true,
  	\`on_duty\` integer DEFAULT true,
  	\`age_within_limit\` integer,
  	\`findings\` text,
  	\`deduction\` numeric,
  	FOREIGN KEY (\`cleaner_id\`) REFERENCES \`cleaners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`cleaner_inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_rows_order_idx\` ON \`cleaner_inspections_rows\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_rows_parent_id_idx\` ON \`cleaner_inspections_rows\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_rows_cleaner_idx\` ON \`cleaner_inspections_rows\` (\`cleaner_id\`);`)
  await db.run(sql`CREATE TABLE \`cleaner_inspections\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`day\` text NOT NULL,
  	\`town_id\` integer,
  	\`inspector_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`inspector_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_day_idx\` ON \`cleaner_inspections\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_town_idx\` ON \`cleaner_inspections\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_inspector_idx\` ON \`cleaner_inspections\` (\`inspector_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_updated_at_idx\` ON \`cleaner_inspections\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_created_at_idx\` ON \`cleaner_inspections\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`cleaner_inspections_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`cleaner_inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_rels_order_idx\` ON \`cleaner_inspections_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_rels_parent_idx\` ON \`cleaner_inspections_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_rels_path_idx\` ON \`cleaner_inspections_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_inspections_rels_media_id_idx\` ON \`cleaner_inspections_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`cleaner_appraisals\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`cleaner_id\` integer NOT NULL,
  	\`quarter\` text NOT NULL,
  	\`town_id\` integer,
  	\`score\` numeric,
  	\`findings\` numeric,
  	\`base_part_fen\` numeric,
  	\`performance_fen\` numeric,
  	\`adjustment_fen\` numeric,
  	\`adjustment_reason\` text,
  	\`total_fen\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`cleaner_id\`) REFERENCES \`cleaners\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cleaner_appraisals_title_idx\` ON \`cleaner_appraisals\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_appraisals_cleaner_idx\` ON \`cleaner_appraisals\` (\`cleaner_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_appraisals_quarter_idx\` ON \`cleaner_appraisals\` (\`quarter\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_appraisals_town_idx\` ON \`cleaner_appraisals\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_appraisals_updated_at_idx\` ON \`cleaner_appraisals\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cleaner_appraisals_created_at_idx\` ON \`cleaner_appraisals\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cleaner_inspections_id\` integer REFERENCES cleaner_inspections(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cleaner_appraisals_id\` integer REFERENCES cleaner_appraisals(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaner_inspections_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaner_inspections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaner_appraisals_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaner_appraisals_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cleaner_inspections_rows\`;`)
  await db.run(sql`DROP TABLE \`cleaner_inspections\`;`)
  await db.run(sql`DROP TABLE \`cleaner_inspections_rels\`;`)
  await db.run(sql`DROP TABLE \`cleaner_appraisals\`;`)
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
  	\`cleanup_drives_id\` integer,
  	\`sanitation_contracts_id\` integer,
  	\`sorting_targets_id\` integer,
  	\`assessment_methods_id\` integer,
  	\`spot_checks_id\` integer,
  	\`subsidy_payouts_id\` integer,
  	\`ranking_notices_id\` integer,
  	\`education_bases_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`audit_log_id\` integer,
  	\`notifications_id\` integer,
  	\`outbox_id\` integer,
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
  	FOREIGN KEY (\`cleanup_drives_id\`) REFERENCES \`cleanup_drives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sanitation_contracts_id\`) REFERENCES \`sanitation_contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sorting_targets_id\`) REFERENCES \`sorting_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_methods_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spot_checks_id\`) REFERENCES \`spot_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subsidy_payouts_id\`) REFERENCES \`subsidy_payouts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ranking_notices_id\`) REFERENCES \`ranking_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "cleaners_id", "cleanup_drives_id", "sanitation_contracts_id", "sorting_targets_id", "assessment_methods_id", "spot_checks_id", "subsidy_payouts_id", "ranking_notices_id", "education_bases_id", "media_id", "users_id", "audit_log_id", "notifications_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "cleaners_id", "cleanup_drives_id", "sanitation_contracts_id", "sorting_targets_id", "assessment_methods_id", "spot_checks_id", "subsidy_payouts_id", "ranking_notices_id", "education_bases_id", "media_id", "users_id", "audit_log_id", "notifications_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleanup_drives_id_idx\` ON \`payload_locked_documents_rels\` (\`cleanup_drives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sanitation_contracts_id_idx\` ON \`payload_locked_documents_rels\` (\`sanitation_contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sorting_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`sorting_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_methods_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_methods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spot_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`spot_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subsidy_payouts_id_idx\` ON \`payload_locked_documents_rels\` (\`subsidy_payouts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ranking_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`ranking_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
}
