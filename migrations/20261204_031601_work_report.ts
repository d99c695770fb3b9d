import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`spending\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`day\` text NOT NULL,
  	\`area\` text NOT NULL,
  	\`site_id\` integer,
  	\`payer\` text DEFAULT 'government' NOT NULL,
  	\`purpose\` text NOT NULL,
  	\`amount_fen\` numeric NOT NULL,
  	\`document\` text NOT NULL,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`site_id\`) REFERENCES \`sites\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`spending_day_idx\` ON \`spending\` (\`day\`);`)
  await db.run(sql`CREATE INDEX \`spending_area_idx\` ON \`spending\` (\`area\`);`)
  await db.run(sql`CREATE INDEX \`spending_site_idx\` ON \`spending\` (\`site_id\`);`)
  await db.run(sql`CREATE INDEX \`spending_payer_idx\` ON \`spending\` (\`payer\`);`)
  await db.run(sql`CREATE INDEX \`spending_purpose_idx\` ON \`spending\` (\`purpose\`);`)
  await db.run(sql`CREATE INDEX \`spending_updated_at_idx\` ON \`spending\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`spending_created_at_idx\` ON \`spending\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`report_copies\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`date\` text NOT NULL,
  	\`period\` text NOT NULL,
  	\`sections\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`downloaded_by_id\` integer,
  	\`prose\` text,
  	\`sha256\` text,
  	\`bytes\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`downloaded_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`report_copies_downloaded_by_idx\` ON \`report_copies\` (\`downloaded_by_id\`);`)
  await db.run(sql`CREATE INDEX \`report_copies_updated_at_idx\` ON \`report_copies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`report_copies_created_at_idx\` ON \`report_copies\` (\`created_at\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_report_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`district_name\` text DEFAULT '本区',
  	\`city_name\` text DEFAULT '本市',
  	\`operator_name\` text DEFAULT '洁臣环境科技（深圳）有限公司',
  	\`lead_department\` text DEFAULT '区城管局',
  	\`method_origin\` text DEFAULT '浙江金华',
  	\`demo_area_town_id\` integer,
  	\`urban_expansion\` text,
  	\`prose_cards_lead\` text DEFAULT '垃圾分类智能卡为智能箱体配套使用工具，通过智能卡打开垃圾分类箱体。',
  	\`prose_linkage\` text DEFAULT '坚持问题导向，统一思想，破解试点中的难题，建立信息共享、情况沟通、相互协作的工作机制。实际工作中，党员带头、志愿者活动、社区业主“传帮带”等，也为垃圾分类的开展、推广提供了有效的帮助。',
  	\`prose_smart\` text DEFAULT '此次垃圾分类项目采用智能化设施设备，运用大数据、云平台技术，实时观测投放信息，精准分析，方便后期对服务过程中的问题及时更改。如：使用大数据分析，对于积极投放分类垃圾的住户，给予一定奖励，激发投放热情，带动其他住户共同参与投放；对于少分、负分住户，采取工作人员电话及上门沟通的方式，了解原因，寻找对策。',
  	\`prose_collection_lead\` text DEFAULT '分类垃圾收运工作，配备专职垃圾收运员，用绿色宣传装饰厨余垃圾车，用黄色宣传装饰其他垃圾车，每日早晚各一次，分类收运不可回收垃圾。不可回收垃圾包含：厨余垃圾和其他垃圾，',
  	\`prose_rules\` text DEFAULT '一是信息公开制度。将所要开展的工作、垃圾分类设备摆放点位、以及工作人员号码等信息公示在小区各出入口公示，并通过物业管家平台发放信息，全面收集居民意见。二是差异化激励制度。针对居民小区及党政机关的特点，采用差异化积分兑换方法，对于小区居民，使用积分抵扣物业费、或兑换生活用品的方式进行；对于党政机关，以光荣榜、流动红旗等精神奖励为主，以兑换办公用品为辅的方式进行。三是人性化管理制度。分类垃圾投放由被动等待向主动上门收运转变，居民电话预约后，工作人员便会携带云平台电子称上门，节省市民投放时间，投放垃圾产生的积分实时传输到投放卡上。',
  	\`prose_cleaners_lead\` text DEFAULT '建立了保洁员花名册，制定了农村卫生保洁制度和保洁员管理考核奖惩制度。区城管局定期对人员清单、在职在岗、年龄情况开展了专项检查。',
  	\`prose_cleanup_lead\` text DEFAULT '发挥村民理事会、党员干部等基层力量的引领作用，发动村居民做好自家房前屋后空间环境的清理、规范。组织开展集中清理活动，',
  	\`prose_inspection_lead\` text DEFAULT '对各镇定期开展帮扶指导，及时发现解决工作推进工作中的问题。',
  	\`prose_two_time_four\` text DEFAULT '即第一次农户初分为“可腐烂”“不可腐烂”；第二次保洁员对“不可腐烂”的进行再分为“好卖的”和“不好卖的”。',
  	\`prose_publicity_plan\` text DEFAULT '利用电视、广播、报纸等新闻媒体，持续宣传垃圾分类知识，报道垃圾分类工作实施情况和典型案例。充分发挥镇、街道、社区作用，组织开展入户宣传，发放垃圾分类手册、一封信等资料，做到家喻户晓、人人皆知。推进生活垃圾分类教育进学校、进教材、进课堂，依托课堂教学、校园文化、社会实践三大平台，树立垃圾分类绿色理念，形成“教育一个孩子、影响一个家庭、带动一个社区”的良性互动局面，促进文明习惯的养成。',
  	\`next_steps\` text,
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`demo_area_town_id\`) REFERENCES \`towns\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  // The old table's columns only: the new ones start at their defaults (the generator listed them on both sides).
  await db.run(sql`INSERT INTO \`__new_report_settings\`("id", "district_name", "operator_name", "next_steps", "updated_at", "created_at") SELECT "id", "district_name", "operator_name", "next_steps", "updated_at", "created_at" FROM \`report_settings\`;`)
  await db.run(sql`DROP TABLE \`report_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_report_settings\` RENAME TO \`report_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`report_settings_demo_area_town_idx\` ON \`report_settings\` (\`demo_area_town_id\`);`)
  await db.run(sql`ALTER TABLE \`towns\` ADD \`seat_road_metres\` numeric;`)
  await db.run(sql`ALTER TABLE \`towns\` ADD \`main_road_metres\` numeric;`)
  await db.run(sql`ALTER TABLE \`villages\` ADD \`model_since\` text;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`urban_pilot\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`sites\` ADD \`pilot_since\` text;`)
  await db.run(sql`CREATE INDEX \`sites_urban_pilot_idx\` ON \`sites\` (\`urban_pilot\`);`)
  await db.run(sql`ALTER TABLE \`cleaners\` ADD \`left_on\` text;`)
  await db.run(sql`ALTER TABLE \`sanitation_contracts\` ADD \`seat_road_metres\` numeric;`)
  await db.run(sql`ALTER TABLE \`sanitation_contracts\` ADD \`main_road_metres\` numeric;`)
  await db.run(sql`ALTER TABLE \`facilities\` ADD \`sends_to_id\` integer REFERENCES facilities(id);`)
  await db.run(sql`CREATE INDEX \`facilities_sends_to_idx\` ON \`facilities\` (\`sends_to_id\`);`)
  await db.run(sql`ALTER TABLE \`campaigns\` ADD \`area\` text DEFAULT 'district';`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` ADD \`version_area\` text DEFAULT 'district';`)
  await db.run(sql`ALTER TABLE \`work_plans\` ADD \`due_by\` text;`)
  await db.run(sql`ALTER TABLE \`_work_plans_v\` ADD \`version_due_by\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`spending_id\` integer REFERENCES spending(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`report_copies_id\` integer REFERENCES report_copies(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_spending_id_idx\` ON \`payload_locked_documents_rels\` (\`spending_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_report_copies_id_idx\` ON \`payload_locked_documents_rels\` (\`report_copies_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`spending\`;`)
  await db.run(sql`DROP TABLE \`report_copies\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_facilities\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`kind\` text NOT NULL,
  	\`address\` text,
  	\`contact_name\` text,
  	\`contact_phone\` text,
  	\`licence\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_facilities\`("id", "name", "kind", "address", "contact_name", "contact_phone", "licence", "updated_at", "created_at") SELECT "id", "name", "kind", "address", "contact_name", "contact_phone", "licence", "updated_at", "created_at" FROM \`facilities\`;`)
  await db.run(sql`DROP TABLE \`facilities\`;`)
  await db.run(sql`ALTER TABLE \`__new_facilities\` RENAME TO \`facilities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`facilities_name_idx\` ON \`facilities\` (\`name\`);`)
  await db.run(sql`CREATE INDEX \`facilities_kind_idx\` ON \`facilities\` (\`kind\`);`)
  await db.run(sql`CREATE INDEX \`facilities_updated_at_idx\` ON \`facilities\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`facilities_created_at_idx\` ON \`facilities\` (\`created_at\`);`)
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
  await db.run(sql`CREATE TABLE \`__new_report_settings\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`district_name\` text DEFAULT '本区',
  	\`operator_name\` text DEFAULT '洁臣环境科技（深圳）有限公司',
  	\`next_steps\` text DEFAULT '1.细化完善工作方案。出台本区生活垃圾分类工作方案、农村生活垃圾治理工作方案，报区政府同意后下发执行。
  2.高效推进生活垃圾分类工作。城区党政机关实现生活垃圾分类全覆盖；各镇、涉农街道全部开展农村生活垃圾分类和资源化利用工作，推广“两次四分法”，打造分类处理示范村。
  3.多渠道广泛开展垃圾分类宣传引导。编制指导手册、致市民一封信、宣传海报和标语，利用电视、广播、报纸持续宣传，推进分类教育进学校、进教材、进课堂。
  4.建设生活垃圾分类示范教育基地，组织社会公众、广大学生参观，不断普及垃圾分类知识。',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_report_settings\`("id", "district_name", "operator_name", "next_steps", "updated_at", "created_at") SELECT "id", "district_name", "operator_name", "next_steps", "updated_at", "created_at" FROM \`report_settings\`;`)
  await db.run(sql`DROP TABLE \`report_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_report_settings\` RENAME TO \`report_settings\`;`)
  await db.run(sql`DROP INDEX \`sites_urban_pilot_idx\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`urban_pilot\`;`)
  await db.run(sql`ALTER TABLE \`sites\` DROP COLUMN \`pilot_since\`;`)
  await db.run(sql`ALTER TABLE \`towns\` DROP COLUMN \`seat_road_metres\`;`)
  await db.run(sql`ALTER TABLE \`towns\` DROP COLUMN \`main_road_metres\`;`)
  await db.run(sql`ALTER TABLE \`villages\` DROP COLUMN \`model_since\`;`)
  await db.run(sql`ALTER TABLE \`cleaners\` DROP COLUMN \`left_on\`;`)
  await db.run(sql`ALTER TABLE \`sanitation_contracts\` DROP COLUMN \`seat_road_metres\`;`)
  await db.run(sql`ALTER TABLE \`sanitation_contracts\` DROP COLUMN \`main_road_metres\`;`)
  await db.run(sql`ALTER TABLE \`campaigns\` DROP COLUMN \`area\`;`)
  await db.run(sql`ALTER TABLE \`_campaigns_v\` DROP COLUMN \`version_area\`;`)
  await db.run(sql`ALTER TABLE \`work_plans\` DROP COLUMN \`due_by\`;`)
  await db.run(sql`ALTER TABLE \`_work_plans_v\` DROP COLUMN \`version_due_by\`;`)
}
