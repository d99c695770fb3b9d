import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`job_runs\`;`)
  await db.run(sql`DROP TABLE \`job_locks\`;`)
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
  	\`fill_readings_id\` integer,
  	\`cleaners_id\` integer,
  	\`cleaner_inspections_id\` integer,
  	\`cleaner_appraisals_id\` integer,
  	\`cleanup_drives_id\` integer,
  	\`sanitation_contracts_id\` integer,
  	\`sorting_targets_id\` integer,
  	\`assessment_methods_id\` integer,
  	\`spot_checks_id\` integer,
  	\`subsidy_payouts_id\` integer,
  	\`ranking_notices_id\` integer,
  	\`pickup_slots_id\` integer,
  	\`pickups_id\` integer,
  	\`collection_runs_id\` integer,
  	\`missed_collections_id\` integer,
  	\`facilities_id\` integer,
  	\`stock_movements_id\` integer,
  	\`work_orders_id\` integer,
  	\`fill_forecasts_id\` integer,
  	\`inspector_shifts_id\` integer,
  	\`bin_logs_id\` integer,
  	\`campaigns_id\` integer,
  	\`materials_id\` integer,
  	\`work_plans_id\` integer,
  	\`plan_comments_id\` integer,
  	\`education_bases_id\` integer,
  	\`base_articles_id\` integer,
  	\`visit_slots_id\` integer,
  	\`visit_bookings_id\` integer,
  	\`feedback_id\` integer,
  	\`honour_rolls_id\` integer,
  	\`daily_totals_id\` integer,
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
  	FOREIGN KEY (\`fill_readings_id\`) REFERENCES \`fill_readings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cleaners_id\`) REFERENCES \`cleaners\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cleaner_inspections_id\`) REFERENCES \`cleaner_inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cleaner_appraisals_id\`) REFERENCES \`cleaner_appraisals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cleanup_drives_id\`) REFERENCES \`cleanup_drives\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sanitation_contracts_id\`) REFERENCES \`sanitation_contracts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`sorting_targets_id\`) REFERENCES \`sorting_targets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`assessment_methods_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`spot_checks_id\`) REFERENCES \`spot_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`subsidy_payouts_id\`) REFERENCES \`subsidy_payouts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`ranking_notices_id\`) REFERENCES \`ranking_notices\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pickup_slots_id\`) REFERENCES \`pickup_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`pickups_id\`) REFERENCES \`pickups\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`collection_runs_id\`) REFERENCES \`collection_runs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`missed_collections_id\`) REFERENCES \`missed_collections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`facilities_id\`) REFERENCES \`facilities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`stock_movements_id\`) REFERENCES \`stock_movements\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_orders_id\`) REFERENCES \`work_orders\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`fill_forecasts_id\`) REFERENCES \`fill_forecasts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`inspector_shifts_id\`) REFERENCES \`inspector_shifts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`bin_logs_id\`) REFERENCES \`bin_logs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`campaigns_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`work_plans_id\`) REFERENCES \`work_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`plan_comments_id\`) REFERENCES \`plan_comments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`base_articles_id\`) REFERENCES \`base_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visit_slots_id\`) REFERENCES \`visit_slots\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`visit_bookings_id\`) REFERENCES \`visit_bookings\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`feedback_id\`) REFERENCES \`feedback\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`honour_rolls_id\`) REFERENCES \`honour_rolls\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`daily_totals_id\`) REFERENCES \`daily_totals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`notifications_id\`) REFERENCES \`notifications\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`outbox_id\`) REFERENCES \`outbox\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "fill_readings_id", "cleaners_id", "cleaner_inspections_id", "cleaner_appraisals_id", "cleanup_drives_id", "sanitation_contracts_id", "sorting_targets_id", "assessment_methods_id", "spot_checks_id", "subsidy_payouts_id", "ranking_notices_id", "pickup_slots_id", "pickups_id", "collection_runs_id", "missed_collections_id", "facilities_id", "stock_movements_id", "work_orders_id", "fill_forecasts_id", "inspector_shifts_id", "bin_logs_id", "campaigns_id", "materials_id", "work_plans_id", "plan_comments_id", "education_bases_id", "base_articles_id", "visit_slots_id", "visit_bookings_id", "feedback_id", "honour_rolls_id", "daily_totals_id", "media_id", "users_id", "audit_log_id", "notifications_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "fill_readings_id", "cleaners_id", "cleaner_inspections_id", "cleaner_appraisals_id", "cleanup_drives_id", "sanitation_contracts_id", "sorting_targets_id", "assessment_methods_id", "spot_checks_id", "subsidy_payouts_id", "ranking_notices_id", "pickup_slots_id", "pickups_id", "collection_runs_id", "missed_collections_id", "facilities_id", "stock_movements_id", "work_orders_id", "fill_forecasts_id", "inspector_shifts_id", "bin_logs_id", "campaigns_id", "materials_id", "work_plans_id", "plan_comments_id", "education_bases_id", "base_articles_id", "visit_slots_id", "visit_bookings_id", "feedback_id", "honour_rolls_id", "daily_totals_id", "media_id", "users_id", "audit_log_id", "notifications_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fill_readings_id_idx\` ON \`payload_locked_documents_rels\` (\`fill_readings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaners_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaner_inspections_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaner_inspections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaner_appraisals_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaner_appraisals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleanup_drives_id_idx\` ON \`payload_locked_documents_rels\` (\`cleanup_drives_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sanitation_contracts_id_idx\` ON \`payload_locked_documents_rels\` (\`sanitation_contracts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_sorting_targets_id_idx\` ON \`payload_locked_documents_rels\` (\`sorting_targets_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_methods_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_methods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spot_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`spot_checks_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subsidy_payouts_id_idx\` ON \`payload_locked_documents_rels\` (\`subsidy_payouts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_ranking_notices_id_idx\` ON \`payload_locked_documents_rels\` (\`ranking_notices_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pickup_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`pickup_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_pickups_id_idx\` ON \`payload_locked_documents_rels\` (\`pickups_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_collection_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`collection_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_missed_collections_id_idx\` ON \`payload_locked_documents_rels\` (\`missed_collections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_facilities_id_idx\` ON \`payload_locked_documents_rels\` (\`facilities_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_stock_movements_id_idx\` ON \`payload_locked_documents_rels\` (\`stock_movements_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_orders_id_idx\` ON \`payload_locked_documents_rels\` (\`work_orders_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_fill_forecasts_id_idx\` ON \`payload_locked_documents_rels\` (\`fill_forecasts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_inspector_shifts_id_idx\` ON \`payload_locked_documents_rels\` (\`inspector_shifts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_bin_logs_id_idx\` ON \`payload_locked_documents_rels\` (\`bin_logs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`work_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_base_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`base_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_honour_rolls_id_idx\` ON \`payload_locked_documents_rels\` (\`honour_rolls_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_daily_totals_id_idx\` ON \`payload_locked_documents_rels\` (\`daily_totals_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_notifications_id_idx\` ON \`payload_locked_documents_rels\` (\`notifications_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_outbox_id_idx\` ON \`payload_locked_documents_rels\` (\`outbox_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`concurrency_key\` text;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` ADD \`skipped\` text;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_concurrency_key_idx\` ON \`payload_jobs\` (\`concurrency_key\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`job_runs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`job\` text NOT NULL,
  	\`status\` text NOT NULL,
  	\`started_at\` text,
  	\`finished_at\` text,
  	\`detail\` text,
  	\`runner\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`job_runs_job_idx\` ON \`job_runs\` (\`job\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_status_idx\` ON \`job_runs\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_started_at_idx\` ON \`job_runs\` (\`started_at\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_updated_at_idx\` ON \`job_runs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_runs_created_at_idx\` ON \`job_runs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`job_locks\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`job\` text NOT NULL,
  	\`until\` text,
  	\`runner\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`job_locks_job_idx\` ON \`job_locks\` (\`job\`);`)
  await db.run(sql`CREATE INDEX \`job_locks_updated_at_idx\` ON \`job_locks\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`job_locks_created_at_idx\` ON \`job_locks\` (\`created_at\`);`)
  await db.run(sql`DROP INDEX \`payload_jobs_concurrency_key_idx\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`concurrency_key\`;`)
  await db.run(sql`ALTER TABLE \`payload_jobs\` DROP COLUMN \`skipped\`;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`job_runs_id\` integer REFERENCES job_runs(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`job_locks_id\` integer REFERENCES job_locks(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_runs_id_idx\` ON \`payload_locked_documents_rels\` (\`job_runs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_job_locks_id_idx\` ON \`payload_locked_documents_rels\` (\`job_locks_id\`);`)
}
