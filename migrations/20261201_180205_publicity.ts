import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`campaigns_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`kind\` text,
  	\`date\` text,
  	\`title\` text,
  	\`link\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_coverage_order_idx\` ON \`campaigns_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_coverage_parent_id_idx\` ON \`campaigns_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`campaigns\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`kind\` text,
  	\`date\` text,
  	\`attendance\` numeric,
  	\`place\` text,
  	\`site_id\` integer,
  	\`organisers\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_kind_idx\` ON \`campaigns\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_date_idx\` ON \`campaigns\` (\`date\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_site_idx\` ON \`campaigns\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_updated_at_idx\` ON \`campaigns\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_created_at_idx\` ON \`campaigns\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`campaigns__status_idx\` ON \`campaigns\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`campaigns_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`campaigns_rels_order_idx\` ON \`campaigns_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_parent_idx\` ON \`campaigns_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_path_idx\` ON \`campaigns_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`campaigns_rels_media_id_idx\` ON \`campaigns_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_version_coverage\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`outlet\` text,
  	\`kind\` text,
  	\`date\` text,
  	\`title\` text,
  	\`link\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_coverage_order_idx\` ON \`_campaigns_v_version_coverage\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_coverage_parent_id_idx\` ON \`_campaigns_v_version_coverage\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_kind\` text,
  	\`version_date\` text,
  	\`version_attendance\` numeric,
  	\`version_place\` text,
  	\`version_site_id\` integer,
  	\`version_organisers\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`campaigns\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_parent_idx\` ON \`_campaigns_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_kind_idx\` ON \`_campaigns_v\` (\`version_kind\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_date_idx\` ON \`_campaigns_v\` (\`version_date\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_site_idx\` ON \`_campaigns_v\` (\`version_site_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_updated_at_idx\` ON \`_campaigns_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version_created_at_idx\` ON \`_campaigns_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_version_version__status_idx\` ON \`_campaigns_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_created_at_idx\` ON \`_campaigns_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_updated_at_idx\` ON \`_campaigns_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_latest_idx\` ON \`_campaigns_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_campaigns_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_campaigns_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_order_idx\` ON \`_campaigns_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_parent_idx\` ON \`_campaigns_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_path_idx\` ON \`_campaigns_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_campaigns_v_rels_media_id_idx\` ON \`_campaigns_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`description\` text,
  	\`published\` integer DEFAULT false,
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
  await db.run(sql`CREATE INDEX \`materials_updated_at_idx\` ON \`materials\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`materials_created_at_idx\` ON \`materials\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`materials_filename_idx\` ON \`materials\` (\`filename\`);`)
  await db.run(sql`CREATE TABLE \`work_plans_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`heading\` text NOT NULL,
  	\`body\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`work_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_plans_sections_order_idx\` ON \`work_plans_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_sections_parent_id_idx\` ON \`work_plans_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`work_plans\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`number\` text,
  	\`issuing_body\` text DEFAULT '区人民政府办公室',
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`consultation_ends\` text,
  	\`summary\` text,
  	\`approved_on\` text,
  	\`approved_by_id\` integer,
  	\`approved_at\` text,
  	\`issued_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`work_plans_status_idx\` ON \`work_plans\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_approved_by_idx\` ON \`work_plans\` (\`approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_updated_at_idx\` ON \`work_plans\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_created_at_idx\` ON \`work_plans\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`work_plans_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_plans\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`work_plans_rels_order_idx\` ON \`work_plans_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_rels_parent_idx\` ON \`work_plans_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_rels_path_idx\` ON \`work_plans_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`work_plans_rels_materials_id_idx\` ON \`work_plans_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE TABLE \`_work_plans_v_version_sections\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`heading\` text NOT NULL,
  	\`body\` text NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_work_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_plans_v_version_sections_order_idx\` ON \`_work_plans_v_version_sections\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_version_sections_parent_id_idx\` ON \`_work_plans_v_version_sections\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_work_plans_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text NOT NULL,
  	\`version_number\` text,
  	\`version_issuing_body\` text DEFAULT '区人民政府办公室',
  	\`version_status\` text DEFAULT 'draft' NOT NULL,
  	\`version_consultation_ends\` text,
  	\`version_summary\` text,
  	\`version_approved_on\` text,
  	\`version_approved_by_id\` integer,
  	\`version_approved_at\` text,
  	\`version_issued_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`work_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_plans_v_parent_idx\` ON \`_work_plans_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_version_version_status_idx\` ON \`_work_plans_v\` (\`version_status\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_version_version_approved_by_idx\` ON \`_work_plans_v\` (\`version_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_version_version_updated_at_idx\` ON \`_work_plans_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_version_version_created_at_idx\` ON \`_work_plans_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_created_at_idx\` ON \`_work_plans_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_updated_at_idx\` ON \`_work_plans_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE TABLE \`_work_plans_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`materials_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_work_plans_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`materials_id\`) REFERENCES \`materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_work_plans_v_rels_order_idx\` ON \`_work_plans_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_rels_parent_idx\` ON \`_work_plans_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_rels_path_idx\` ON \`_work_plans_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_work_plans_v_rels_materials_id_idx\` ON \`_work_plans_v_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE TABLE \`plan_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`plan_id\` integer NOT NULL,
  	\`section\` text NOT NULL,
  	\`section_heading\` text,
  	\`name\` text,
  	\`contact\` text,
  	\`text\` text NOT NULL,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`hidden_reason\` text,
  	\`outcome\` text,
  	\`outcome_reason\` text,
  	\`moderated_by_id\` integer,
  	\`moderated_at\` text,
  	\`client\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`plan_id\`) REFERENCES \`work_plans\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`moderated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`plan_comments_title_idx\` ON \`plan_comments\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`plan_comments_plan_idx\` ON \`plan_comments\` (\`plan_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_comments_status_idx\` ON \`plan_comments\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`plan_comments_moderated_by_idx\` ON \`plan_comments\` (\`moderated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`plan_comments_client_idx\` ON \`plan_comments\` (\`client\`);`)
  await db.run(sql`CREATE INDEX \`plan_comments_updated_at_idx\` ON \`plan_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`plan_comments_created_at_idx\` ON \`plan_comments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`base_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`base_id\` integer,
  	\`summary\` text,
  	\`body\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`base_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`base_articles_base_idx\` ON \`base_articles\` (\`base_id\`);`)
  await db.run(sql`CREATE INDEX \`base_articles_updated_at_idx\` ON \`base_articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`base_articles_created_at_idx\` ON \`base_articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`base_articles__status_idx\` ON \`base_articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`base_articles_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`base_articles\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`base_articles_rels_order_idx\` ON \`base_articles_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`base_articles_rels_parent_idx\` ON \`base_articles_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`base_articles_rels_path_idx\` ON \`base_articles_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`base_articles_rels_media_id_idx\` ON \`base_articles_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_base_articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_base_id\` integer,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`base_articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_base_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_base_articles_v_parent_idx\` ON \`_base_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_version_version_base_idx\` ON \`_base_articles_v\` (\`version_base_id\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_version_version_updated_at_idx\` ON \`_base_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_version_version_created_at_idx\` ON \`_base_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_version_version__status_idx\` ON \`_base_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_created_at_idx\` ON \`_base_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_updated_at_idx\` ON \`_base_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_latest_idx\` ON \`_base_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`_base_articles_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_base_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_base_articles_v_rels_order_idx\` ON \`_base_articles_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_rels_parent_idx\` ON \`_base_articles_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_rels_path_idx\` ON \`_base_articles_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_base_articles_v_rels_media_id_idx\` ON \`_base_articles_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`visit_slots\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`base_id\` integer NOT NULL,
  	\`starts_at\` text NOT NULL,
  	\`ends_at\` text NOT NULL,
  	\`capacity\` numeric NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`base_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`visit_slots_title_idx\` ON \`visit_slots\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`visit_slots_base_idx\` ON \`visit_slots\` (\`base_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_slots_starts_at_idx\` ON \`visit_slots\` (\`starts_at\`);`)
  await db.run(sql`CREATE INDEX \`visit_slots_updated_at_idx\` ON \`visit_slots\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visit_slots_created_at_idx\` ON \`visit_slots\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`visit_bookings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`slot_id\` integer NOT NULL,
  	\`base_id\` integer,
  	\`group_name\` text NOT NULL,
  	\`size\` numeric NOT NULL,
  	\`contact_name\` text NOT NULL,
  	\`contact_phone\` text,
  	\`email\` text,
  	\`wait_if_full\` integer DEFAULT true,
  	\`status\` text DEFAULT 'pending' NOT NULL,
  	\`code\` text,
  	\`reference\` text,
  	\`reply\` text,
  	\`decided_by_id\` integer,
  	\`decided_at\` text,
  	\`checked_in_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`slot_id\`) REFERENCES \`visit_slots\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`base_id\`) REFERENCES \`education_bases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`visit_bookings_title_idx\` ON \`visit_bookings\` (\`title\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_slot_idx\` ON \`visit_bookings\` (\`slot_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_base_idx\` ON \`visit_bookings\` (\`base_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_status_idx\` ON \`visit_bookings\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_code_idx\` ON \`visit_bookings\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_reference_idx\` ON \`visit_bookings\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_decided_by_idx\` ON \`visit_bookings\` (\`decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_updated_at_idx\` ON \`visit_bookings\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`visit_bookings_created_at_idx\` ON \`visit_bookings\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`feedback\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`reference\` text,
  	\`site_id\` integer,
  	\`text\` text NOT NULL,
  	\`contact\` text,
  	\`status\` text DEFAULT 'open' NOT NULL,
  	\`answer\` text,
  	\`answered_by_id\` integer,
  	\`answered_at\` text,
  	\`client\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`answered_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`feedback_reference_idx\` ON \`feedback\` (\`reference\`);`)
  await db.run(sql`CREATE INDEX \`feedback_site_idx\` ON \`feedback\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_status_idx\` ON \`feedback\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`feedback_answered_by_idx\` ON \`feedback\` (\`answered_by_id\`);`)
  await db.run(sql`CREATE INDEX \`feedback_updated_at_idx\` ON \`feedback\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`feedback_created_at_idx\` ON \`feedback\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`honour_rolls\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`month\` text NOT NULL,
  	\`status\` text DEFAULT 'draft' NOT NULL,
  	\`rows\` text,
  	\`flag_holder_id\` integer,
  	\`previous_holder_id\` integer,
  	\`remarks\` text,
  	\`confirmed_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`flag_holder_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`previous_holder_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`honour_rolls_month_idx\` ON \`honour_rolls\` (\`month\`);`)
  await db.run(sql`CREATE INDEX \`honour_rolls_flag_holder_idx\` ON \`honour_rolls\` (\`flag_holder_id\`);`)
  await db.run(sql`CREATE INDEX \`honour_rolls_previous_holder_idx\` ON \`honour_rolls\` (\`previous_holder_id\`);`)
  await db.run(sql`CREATE INDEX \`honour_rolls_confirmed_by_idx\` ON \`honour_rolls\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`honour_rolls_updated_at_idx\` ON \`honour_rolls\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`honour_rolls_created_at_idx\` ON \`honour_rolls\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`drop_off_times\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`collection_frequency\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`person_in_charge\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`complaint_phone\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`disclosure_confirmed_at\` text;`)
  await db.run(sql`ALTER TABLE \`education_bases\` ADD \`kind\` text NOT NULL;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`campaigns_id\` integer REFERENCES campaigns(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`materials_id\` integer REFERENCES materials(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`work_plans_id\` integer REFERENCES work_plans(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`plan_comments_id\` integer REFERENCES plan_comments(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`base_articles_id\` integer REFERENCES base_articles(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visit_slots_id\` integer REFERENCES visit_slots(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`visit_bookings_id\` integer REFERENCES visit_bookings(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`feedback_id\` integer REFERENCES feedback(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`honour_rolls_id\` integer REFERENCES honour_rolls(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_campaigns_id_idx\` ON \`payload_locked_documents_rels\` (\`campaigns_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`materials_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_work_plans_id_idx\` ON \`payload_locked_documents_rels\` (\`work_plans_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_plan_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`plan_comments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_base_articles_id_idx\` ON \`payload_locked_documents_rels\` (\`base_articles_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_slots_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_slots_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_visit_bookings_id_idx\` ON \`payload_locked_documents_rels\` (\`visit_bookings_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_feedback_id_idx\` ON \`payload_locked_documents_rels\` (\`feedback_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_honour_rolls_id_idx\` ON \`payload_locked_documents_rels\` (\`honour_rolls_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`campaigns_coverage\`;`)
  await db.run(sql`DROP TABLE \`campaigns\`;`)
  await db.run(sql`DROP TABLE \`campaigns_rels\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_version_coverage\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v\`;`)
  await db.run(sql`DROP TABLE \`_campaigns_v_rels\`;`)
  await db.run(sql`DROP TABLE \`materials\`;`)
  await db.run(sql`DROP TABLE \`work_plans_sections\`;`)
  await db.run(sql`DROP TABLE \`work_plans\`;`)
  await db.run(sql`DROP TABLE \`work_plans_rels\`;`)
  await db.run(sql`DROP TABLE \`_work_plans_v_version_sections\`;`)
  await db.run(sql`DROP TABLE \`_work_plans_v\`;`)
  await db.run(sql`DROP TABLE \`_work_plans_v_rels\`;`)
  await db.run(sql`DROP TABLE \`plan_comments\`;`)
  await db.run(sql`DROP TABLE \`base_articles\`;`)
  await db.run(sql`DROP TABLE \`base_articles_rels\`;`)
  await db.run(sql`DROP TABLE \`_base_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_base_articles_v_rels\`;`)
  await db.run(sql`DROP TABLE \`visit_slots\`;`)
  await db.run(sql`DROP TABLE \`visit_bookings\`;`)
  await db.run(sql`DROP TABLE \`feedback\`;`)
  await db.run(sql`DROP TABLE \`honour_rolls\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
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
  	\`cleaner_inspections_id\` integer,
  	\`cleaner_appraisals_id\` integer,
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
  	FOREIGN KEY (\`cleaner_inspections_id\`) REFERENCES \`cleaner_inspections\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`cleaner_appraisals_id\`) REFERENCES \`cleaner_appraisals\`(\`id\`) ON UPDATE no action ON DELETE cascade,
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
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "cleaners_id", "cleaner_inspections_id", "cleaner_appraisals_id", "cleanup_drives_id", "sanitation_contracts_id", "sorting_targets_id", "assessment_methods_id", "spot_checks_id", "subsidy_payouts_id", "ranking_notices_id", "education_bases_id", "media_id", "users_id", "audit_log_id", "notifications_id", "outbox_id") SELECT "id", "order", "parent_id", "path", "towns_id", "villages_id", "sites_id", "cards_id", "card_batches_id", "card_replacements_id", "drop_offs_id", "point_entries_id", "card_days_id", "sorting_checks_id", "rewards_id", "redemptions_id", "follow_ups_id", "bins_id", "alerts_id", "device_events_id", "device_receipts_id", "cleaners_id", "cleaner_inspections_id", "cleaner_appraisals_id", "cleanup_drives_id", "sanitation_contracts_id", "sorting_targets_id", "assessment_methods_id", "spot_checks_id", "subsidy_payouts_id", "ranking_notices_id", "education_bases_id", "media_id", "users_id", "audit_log_id", "notifications_id", "outbox_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaner_inspections_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaner_inspections_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_cleaner_appraisals_id_idx\` ON \`payload_locked_documents_rels\` (\`cleaner_appraisals_id\`);`)
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
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`drop_off_times\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`collection_frequency\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`person_in_charge\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`complaint_phone\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`disclosure_confirmed_at\`;`)
  await db.run(sql`ALTER TABLE \`education_bases\` DROP COLUMN \`kind\`;`)
}
