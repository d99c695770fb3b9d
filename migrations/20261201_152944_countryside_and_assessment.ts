import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`cleaners\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`town_id\` integer,
  	\`village_id\` integer NOT NULL,
  	\`birth_date\` text NOT NULL,
  	\`phone\` text,
  	\`phone_masked\` text,
  	\`hired_on\` text,
  	\`status\` text DEFAULT 'on-duty' NOT NULL,
  	\`contract_kind\` text DEFAULT 'village' NOT NULL,
  	\`base_pay_fen\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`village_id\`) REFERENCES \`villages\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`cleaners_name_idx\` ON \`cleaners\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`cleaners_town_idx\` ON \`cleaners\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaners_village_idx\` ON \`cleaners\` (\`village_id\`);`)
  await db.run(sql`CREATE INDEX \`cleaners_status_idx\` ON \`cleaners\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`cleaners_updated_at_idx\` ON \`cleaners\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`cleaners_created_at_idx\` ON \`cleaners\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`assessment_methods_parts_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`measure\` text,
  	\`max\` numeric NOT NULL,
  	\`deduction_per_finding\` numeric NOT NULL,
  	\`cap\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessment_methods_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_methods_parts_items_order_idx\` ON \`assessment_methods_parts_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessment_methods_parts_items_parent_id_idx\` ON \`assessment_methods_parts_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessment_methods_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`name\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_methods_parts_order_idx\` ON \`assessment_methods_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessment_methods_parts_parent_id_idx\` ON \`assessment_methods_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessment_methods_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`from\` numeric NOT NULL,
  	\`to\` numeric NOT NULL,
  	\`grade\` text NOT NULL,
  	\`share_percent\` numeric NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_methods_tiers_order_idx\` ON \`assessment_methods_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessment_methods_tiers_parent_id_idx\` ON \`assessment_methods_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessment_methods_bases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`town_id\` integer NOT NULL,
  	\`base_fen\` numeric NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_methods_bases_order_idx\` ON \`assessment_methods_bases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessment_methods_bases_parent_id_idx\` ON \`assessment_methods_bases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assessment_methods_bases_town_idx\` ON \`assessment_methods_bases\` (\`town_id\`);`)
  await db.run(sql`CREATE TABLE \`assessment_methods\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`version\` numeric,
  	\`period_kind\` text DEFAULT 'quarter' NOT NULL,
  	\`bonus_max\` numeric DEFAULT 5 NOT NULL,
  	\`subsidy\` text DEFAULT 'by-tier' NOT NULL,
  	\`pool_hold_percent\` numeric DEFAULT 20,
  	\`pool_last_forfeit_percent\` numeric DEFAULT 100,
  	\`pool_to_first_percent\` numeric DEFAULT 100,
  	\`pool_to_others_percent\` numeric DEFAULT 0,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_methods_updated_at_idx\` ON \`assessment_methods\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessment_methods_created_at_idx\` ON \`assessment_methods\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`_assessment_methods_v_version_parts_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`measure\` text,
  	\`max\` numeric NOT NULL,
  	\`deduction_per_finding\` numeric NOT NULL,
  	\`cap\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessment_methods_v_version_parts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_parts_items_order_idx\` ON \`_assessment_methods_v_version_parts_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_parts_items_parent_id_idx\` ON \`_assessment_methods_v_version_parts_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessment_methods_v_version_parts\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`name\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessment_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_parts_order_idx\` ON \`_assessment_methods_v_version_parts\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_parts_parent_id_idx\` ON \`_assessment_methods_v_version_parts\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessment_methods_v_version_tiers\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`from\` numeric NOT NULL,
  	\`to\` numeric NOT NULL,
  	\`grade\` text NOT NULL,
  	\`share_percent\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessment_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_tiers_order_idx\` ON \`_assessment_methods_v_version_tiers\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_tiers_parent_id_idx\` ON \`_assessment_methods_v_version_tiers\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessment_methods_v_version_bases\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`town_id\` integer NOT NULL,
  	\`base_fen\` numeric NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_assessment_methods_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_bases_order_idx\` ON \`_assessment_methods_v_version_bases\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_bases_parent_id_idx\` ON \`_assessment_methods_v_version_bases\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_bases_town_idx\` ON \`_assessment_methods_v_version_bases\` (\`town_id\`);`)
  await db.run(sql`CREATE TABLE \`_assessment_methods_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text NOT NULL,
  	\`version_version\` numeric,
  	\`version_period_kind\` text DEFAULT 'quarter' NOT NULL,
  	\`version_bonus_max\` numeric DEFAULT 5 NOT NULL,
  	\`version_subsidy\` text DEFAULT 'by-tier' NOT NULL,
  	\`version_pool_hold_percent\` numeric DEFAULT 20,
  	\`version_pool_last_forfeit_percent\` numeric DEFAULT 100,
  	\`version_pool_to_first_percent\` numeric DEFAULT 100,
  	\`version_pool_to_others_percent\` numeric DEFAULT 0,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_parent_idx\` ON \`_assessment_methods_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_version_updated_at_idx\` ON \`_assessment_methods_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_version_version_created_at_idx\` ON \`_assessment_methods_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_created_at_idx\` ON \`_assessment_methods_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_assessment_methods_v_updated_at_idx\` ON \`_assessment_methods_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`assessments_items_findings\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`deduction\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_items_findings_order_idx\` ON \`assessments_items_findings\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_findings_parent_id_idx\` ON \`assessments_items_findings\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_items\` (
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
  await db.run(sql`CREATE INDEX \`assessments_items_order_idx\` ON \`assessments_items\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_items_parent_id_idx\` ON \`assessments_items\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_part_scores\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`name\` text,
  	\`score\` numeric,
  	\`max\` numeric,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_part_scores_order_idx\` ON \`assessments_part_scores\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_part_scores_parent_id_idx\` ON \`assessments_part_scores\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments_history\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text,
  	\`by_id\` integer,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	FOREIGN KEY (\`by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_history_order_idx\` ON \`assessments_history\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_history_parent_id_idx\` ON \`assessments_history\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_history_by_idx\` ON \`assessments_history\` (\`by_id\`);`)
  await db.run(sql`CREATE TABLE \`assessments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`town_id\` integer,
  	\`period\` text NOT NULL,
  	\`method_id\` integer NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`self_bonus\` numeric,
  	\`review_bonus\` numeric,
  	\`return_reason\` text,
  	\`self_total\` numeric,
  	\`total\` numeric,
  	\`grade\` text,
  	\`share_percent\` numeric,
  	\`submitted_at\` text,
  	\`approved_at\` text,
  	\`method_snapshot\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`method_id\`) REFERENCES \`assessment_methods\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_title_idx\` ON \`assessments\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`assessments_town_idx\` ON \`assessments\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_period_idx\` ON \`assessments\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`assessments_method_idx\` ON \`assessments\` (\`method_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_status_idx\` ON \`assessments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`assessments_updated_at_idx\` ON \`assessments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`assessments_created_at_idx\` ON \`assessments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`assessments_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`assessments_rels_order_idx\` ON \`assessments_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`assessments_rels_parent_idx\` ON \`assessments_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`assessments_rels_path_idx\` ON \`assessments_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`assessments_rels_media_id_idx\` ON \`assessments_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`subsidy_payouts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`town_id\` integer NOT NULL,
  	\`period\` text NOT NULL,
  	\`assessment_id\` integer,
  	\`rank\` numeric,
  	\`total\` numeric,
  	\`grade\` text,
  	\`base_fen\` numeric,
  	\`held_fen\` numeric,
  	\`amount_fen\` numeric,
  	\`status\` text DEFAULT 'computed' NOT NULL,
  	\`paid_on\` text,
  	\`voucher\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`assessment_id\`) REFERENCES \`assessments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_town_idx\` ON \`subsidy_payouts\` (\`town_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_period_idx\` ON \`subsidy_payouts\` (\`period\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_assessment_idx\` ON \`subsidy_payouts\` (\`assessment_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_status_idx\` ON \`subsidy_payouts\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_approved_by_idx\` ON \`subsidy_payouts\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_updated_at_idx\` ON \`subsidy_payouts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`subsidy_payouts_created_at_idx\` ON \`subsidy_payouts\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`town_period_idx\` ON \`subsidy_payouts\` (\`town_id\`,\`period\`);`)
  await db.run(sql`CREATE TABLE \`countryside_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`staffing_ratio\` numeric DEFAULT 400 NOT NULL,
  	\`cleaner_age_limit\` numeric DEFAULT 65 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`villages\` ADD \`cleaners_required\` numeric;`)
  await db.run(sql`ALTER TABLE \`villages\` ADD \`cleaners_on_duty\` numeric;`)
  await db.run(sql`ALTER TABLE \`villages\` ADD \`cleaners_gap\` numeric;`)
  await db.run(sql`ALTER TABLE \`villages\` ADD \`scheme_since\` text;`)
  await db.run(sql`ALTER TABLE \`villages\` ADD \`model_village\` integer DEFAULT false;`)
  // Villages saved before: nobody on the new roster yet, so the gap is what they need at the default 1 : 400.
  await db.run(
    sql`UPDATE \`villages\` SET \`cleaners_required\` = (\`registered_population\` + 399) / 400, \`cleaners_on_duty\` = 0, \`cleaners_gap\` = (\`registered_population\` + 399) / 400, \`model_village\` = false;`,
  )
  await db.run(sql`CREATE INDEX \`villages_cleaners_gap_idx\` ON \`villages\` (\`cleaners_gap\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`cleaners_id\` integer REFERENCES cleaners(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessment_methods_id\` integer REFERENCES assessment_methods(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`assessments_id\` integer REFERENCES assessments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`subsidy_payouts_id\` integer REFERENCES subsidy_payouts(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaners_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaners_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessment_methods_id_idx\` ON \`payload_locked_documents_rels\` (\`assessment_methods_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_assessments_id_idx\` ON \`payload_locked_documents_rels\` (\`assessments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_subsidy_payouts_id_idx\` ON \`payload_locked_documents_rels\` (\`subsidy_payouts_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`cleaners\`;`)
  await db.run(sql`DROP TABLE \`assessment_methods_parts_items\`;`)
  await db.run(sql`DROP TABLE \`assessment_methods_parts\`;`)
  await db.run(sql`DROP TABLE \`assessment_methods_tiers\`;`)
  await db.run(sql`DROP TABLE \`assessment_methods_bases\`;`)
  await db.run(sql`DROP TABLE \`assessment_methods\`;`)
  await db.run(sql`DROP TABLE \`_assessment_methods_v_version_parts_items\`;`)
  await db.run(sql`DROP TABLE \`_assessment_methods_v_version_parts\`;`)
  await db.run(sql`DROP TABLE \`_assessment_methods_v_version_tiers\`;`)
  await db.run(sql`DROP TABLE \`_assessment_methods_v_version_bases\`;`)
  await db.run(sql`DROP TABLE \`_assessment_methods_v\`;`)
  await db.run(sql`DROP TABLE \`assessments_items_findings\`;`)
  await db.run(sql`DROP TABLE \`assessments_items\`;`)
  await db.run(sql`DROP TABLE \`assessments_part_scores\`;`)
  await db.run(sql`DROP TABLE \`assessments_history\`;`)
  await db.run(sql`DROP TABLE \`assessments\`;`)
  await db.run(sql`DROP TABLE \`assessments_rels\`;`)
  await db.run(sql`DROP TABLE \`subsidy_payouts\`;`)
  await db.run(sql`DROP TABLE \`countryside_settings\`;`)
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
  	FOREIGN KEY (\`education_bases_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "education_bases_id", "media_id", "users_id", "audit_log_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "education_bases_id", "media_id", "users_id", "audit_log_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_education_bases_id_idx\` ON \`payload_locked_documents_rels\` (\`education_bases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`DROP INDEX \`villages_cleaners_gap_idx\`;`)
  await db.run(sql`ALTER TABLE \`villages\` DROP COLUMN \`cleaners_required\`;`)
  await db.run(sql`ALTER TABLE \`villages\` DROP COLUMN \`cleaners_on_duty\`;`)
  await db.run(sql`ALTER TABLE \`villages\` DROP COLUMN \`cleaners_gap\`;`)
  await db.run(sql`ALTER TABLE \`villages\` DROP COLUMN \`scheme_since\`;`)
  await db.run(sql`ALTER TABLE \`villages\` DROP COLUMN \`model_village\`;`)
}
