import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_towns_kind" AS ENUM('town', 'subdistrict');
  CREATE TYPE "public"."enum_villages_kind" AS ENUM('village', 'community');
  CREATE TYPE "public"."enum_villages_sorting_scheme" AS ENUM('two-time-four-category', 'four-category', 'two-category', 'other');
  CREATE TYPE "public"."enum_sites_expected_shifts" AS ENUM('morning', 'evening');
  CREATE TYPE "public"."enum_sites_kind" AS ENUM('government', 'residential', 'school', 'street', 'village', 'education-base');
  CREATE TYPE "public"."enum_cards_status" AS ENUM('active', 'lost', 'cancelled');
  CREATE TYPE "public"."enum_cards_holder_kind" AS ENUM('household', 'office');
  CREATE TYPE "public"."enum_cards_channel" AS ENUM('booth', 'event', 'door-to-door', 'other');
  CREATE TYPE "public"."enum_card_batches_channel" AS ENUM('booth', 'event', 'door-to-door', 'other');
  CREATE TYPE "public"."enum_card_batches_holder_kind" AS ENUM('household', 'office');
  CREATE TYPE "public"."enum_card_replacements_reason" AS ENUM('lost', 'damaged');
  CREATE TYPE "public"."enum_drop_offs_category" AS ENUM('kitchen', 'other', 'paper', 'plastic', 'metal', 'glass', 'textile', 'hazardous', 'rotable', 'sellable', 'unsellable');
  CREATE TYPE "public"."enum_drop_offs_source" AS ENUM('device', 'pickup', 'manual');
  CREATE TYPE "public"."enum_drop_offs_outcome" AS ENUM('counted', 'below-minimum', 'capped');
  CREATE TYPE "public"."enum_point_entries_reason" AS ENUM('drop-off', 'redemption', 'refund', 'penalty', 'adjustment', 'transfer', 'expiry');
  CREATE TYPE "public"."enum_sorting_checks_result" AS ENUM('correct', 'mis-sorted');
  CREATE TYPE "public"."enum_sorting_checks_source" AS ENUM('inspector', 'pickup');
  CREATE TYPE "public"."enum_rewards_kind" AS ENUM('goods', 'fee-deduction', 'office-supplies', 'honour');
  CREATE TYPE "public"."enum_rewards_audience" AS ENUM('residents', 'offices', 'both');
  CREATE TYPE "public"."enum_redemptions_channel" AS ENUM('counter', 'gift-machine', 'property-office');
  CREATE TYPE "public"."enum_redemptions_status" AS ENUM('completed', 'cancelled');
  CREATE TYPE "public"."enum_follow_ups_contacts_method" AS ENUM('phone', 'visit');
  CREATE TYPE "public"."enum_follow_ups_status" AS ENUM('open', 'closed');
  CREATE TYPE "public"."enum_bins_compartments_category" AS ENUM('kitchen', 'other', 'paper', 'plastic', 'metal', 'glass', 'textile', 'hazardous', 'rotable', 'sellable', 'unsellable');
  CREATE TYPE "public"."enum_bins_kind" AS ENUM('recyclables-4', 'hazardous', 'two-category', 'gift-machine', 'pickup-scale');
  CREATE TYPE "public"."enum_bins_status" AS ENUM('online', 'offline', 'full', 'fault', 'disabled');
  CREATE TYPE "public"."enum_bins_audience" AS ENUM('residents', 'offices', 'both');
  CREATE TYPE "public"."enum_alerts_kind" AS ENUM('smoke', 'gas', 'tilt', 'water', 'panic', 'fault-reader', 'fault-door', 'fault-motor', 'fault-scale', 'full', 'offline');
  CREATE TYPE "public"."enum_alerts_severity" AS ENUM('critical', 'major', 'minor');
  CREATE TYPE "public"."enum_alerts_status" AS ENUM('open', 'acknowledged', 'closed');
  CREATE TYPE "public"."enum_cleaners_status" AS ENUM('on-duty', 'left');
  CREATE TYPE "public"."enum_cleaners_contract_kind" AS ENUM('village', 'market');
  CREATE TYPE "public"."enum_assessment_methods_parts_items_measure" AS ENUM('staffing-gap', 'cleanup-tonnes', 'market-coverage', 'open-alerts');
  CREATE TYPE "public"."enum_assessment_methods_tiers_grade" AS ENUM('pass', 'basic', 'fail');
  CREATE TYPE "public"."enum_assessment_methods_period_kind" AS ENUM('quarter', 'month');
  CREATE TYPE "public"."enum_assessment_methods_subsidy" AS ENUM('by-tier', 'pool');
  CREATE TYPE "public"."enum__assessment_methods_v_version_parts_items_measure" AS ENUM('staffing-gap', 'cleanup-tonnes', 'market-coverage', 'open-alerts');
  CREATE TYPE "public"."enum__assessment_methods_v_version_tiers_grade" AS ENUM('pass', 'basic', 'fail');
  CREATE TYPE "public"."enum__assessment_methods_v_version_period_kind" AS ENUM('quarter', 'month');
  CREATE TYPE "public"."enum__assessment_methods_v_version_subsidy" AS ENUM('by-tier', 'pool');
  CREATE TYPE "public"."enum_assessments_history_from" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_assessments_history_to" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_assessments_status" AS ENUM('draft', 'submitted', 'returned', 'approved');
  CREATE TYPE "public"."enum_assessments_grade" AS ENUM('pass', 'basic', 'fail');
  CREATE TYPE "public"."enum_subsidy_payouts_grade" AS ENUM('pass', 'basic', 'fail');
  CREATE TYPE "public"."enum_subsidy_payouts_status" AS ENUM('computed', 'approved', 'paid');
  CREATE TYPE "public"."enum_ranking_notices_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__ranking_notices_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_pickups_readings_category" AS ENUM('kitchen', 'other', 'paper', 'plastic', 'metal', 'glass', 'textile', 'hazardous', 'rotable', 'sellable', 'unsellable');
  CREATE TYPE "public"."enum_pickups_via" AS ENUM('phone', 'online');
  CREATE TYPE "public"."enum_pickups_status" AS ENUM('booked', 'assigned', 'done', 'cancelled', 'no-show');
  CREATE TYPE "public"."enum_pickups_readings_from" AS ENUM('scale', 'typed');
  CREATE TYPE "public"."enum_collection_runs_shift" AS ENUM('morning', 'evening');
  CREATE TYPE "public"."enum_collection_runs_truck" AS ENUM('kitchen', 'other');
  CREATE TYPE "public"."enum_missed_collections_shift" AS ENUM('morning', 'evening');
  CREATE TYPE "public"."enum_facilities_kind" AS ENUM('kitchen-plant', 'transfer-station', 'incineration', 'recycling', 'hazardous-centre');
  CREATE TYPE "public"."enum_stock_movements_material" AS ENUM('paper', 'plastic', 'metal', 'glass', 'hazardous-battery', 'hazardous-lamp', 'hazardous-medicine', 'hazardous-other');
  CREATE TYPE "public"."enum_stock_movements_direction" AS ENUM('in', 'sale', 'transfer');
  CREATE TYPE "public"."enum_work_orders_source" AS ENUM('alert', 'inspection', 'manual');
  CREATE TYPE "public"."enum_work_orders_kind" AS ENUM('smoke', 'gas', 'tilt', 'water', 'panic', 'fault-reader', 'fault-door', 'fault-motor', 'fault-scale', 'full', 'offline', 'inspection', 'other');
  CREATE TYPE "public"."enum_work_orders_status" AS ENUM('open', 'acknowledged', 'closed');
  CREATE TYPE "public"."enum_fill_forecasts_category" AS ENUM('kitchen', 'other', 'paper', 'plastic', 'metal', 'glass', 'textile', 'hazardous', 'rotable', 'sellable', 'unsellable');
  CREATE TYPE "public"."enum_fill_forecasts_full_when" AS ENUM('today', 'tomorrow', 'in-two-days', 'later', 'unknown');
  CREATE TYPE "public"."enum_inspector_shifts_shift" AS ENUM('day', 'night');
  CREATE TYPE "public"."enum_bin_logs_kind" AS ENUM('cleaning', 'inspection');
  CREATE TYPE "public"."enum_bin_logs_outcome" AS ENUM('ok', 'problem');
  CREATE TYPE "public"."enum_campaigns_coverage_kind" AS ENUM('tv', 'radio', 'newspaper', 'online');
  CREATE TYPE "public"."enum_campaigns_kind" AS ENUM('large-event', 'launch', 'training', 'site-visit', 'school', 'festival', 'study-trip', 'meeting');
  CREATE TYPE "public"."enum_campaigns_area" AS ENUM('district', 'urban', 'countryside');
  CREATE TYPE "public"."enum_campaigns_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__campaigns_v_version_coverage_kind" AS ENUM('tv', 'radio', 'newspaper', 'online');
  CREATE TYPE "public"."enum__campaigns_v_version_kind" AS ENUM('large-event', 'launch', 'training', 'site-visit', 'school', 'festival', 'study-trip', 'meeting');
  CREATE TYPE "public"."enum__campaigns_v_version_area" AS ENUM('district', 'urban', 'countryside');
  CREATE TYPE "public"."enum__campaigns_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_materials_kind" AS ENUM('handbook', 'letter', 'poster', 'slogan', 'attachment');
  CREATE TYPE "public"."enum_work_plans_status" AS ENUM('draft', 'consultation', 'approved', 'issued');
  CREATE TYPE "public"."enum__work_plans_v_version_status" AS ENUM('draft', 'consultation', 'approved', 'issued');
  CREATE TYPE "public"."enum_plan_comments_status" AS ENUM('pending', 'approved', 'hidden');
  CREATE TYPE "public"."enum_plan_comments_outcome" AS ENUM('adopted', 'partly', 'not-adopted');
  CREATE TYPE "public"."enum_education_bases_kind" AS ENUM('office', 'street', 'compound', 'school');
  CREATE TYPE "public"."enum_base_articles_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__base_articles_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_visit_bookings_status" AS ENUM('pending', 'confirmed', 'waiting', 'declined', 'cancelled', 'attended');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('open', 'answered');
  CREATE TYPE "public"."enum_honour_rolls_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_spending_area" AS ENUM('urban', 'countryside');
  CREATE TYPE "public"."enum_spending_payer" AS ENUM('government', 'operator', 'other');
  CREATE TYPE "public"."enum_spending_purpose" AS ENUM('equipment', 'service-fee', 'cards', 'publicity', 'subsidy', 'other');
  CREATE TYPE "public"."enum_report_copies_period" AS ENUM('month', 'quarter', 'ytd', 'launch');
  CREATE TYPE "public"."enum_report_copies_sections" AS ENUM('all', 'urban', 'countryside');
  CREATE TYPE "public"."enum_report_copies_format" AS ENUM('docx', 'pdf');
  CREATE TYPE "public"."enum_media_visibility" AS ENUM('private', 'public');
  CREATE TYPE "public"."enum_media_area" AS ENUM('points', 'devices', 'operations', 'countryside', 'assessment', 'publicity');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'town-official', 'base-editor', 'operator');
  CREATE TYPE "public"."enum_audit_log_role" AS ENUM('admin', 'town-official', 'base-editor', 'operator');
  CREATE TYPE "public"."enum_audit_log_operation" AS ENUM('create', 'update', 'delete');
  CREATE TYPE "public"."enum_outbox_status" AS ENUM('kept', 'queued', 'retrying', 'sent', 'failed');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'weekly-follow-ups', 'reconcile-ledger', 'expire-points', 'mark-offline', 'pay-closed-periods', 'work-orders', 'fill-forecast', 'missed-runs', 'daily-totals', 'check-figures', 'deliver-mail', 'nightly-backup', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'weekly-follow-ups', 'reconcile-ledger', 'expire-points', 'mark-offline', 'pay-closed-periods', 'work-orders', 'fill-forecast', 'missed-runs', 'daily-totals', 'check-figures', 'deliver-mail', 'nightly-backup', 'schedulePublish');
  CREATE TYPE "public"."enum_point_rules_categories_category" AS ENUM('kitchen', 'other', 'paper', 'plastic', 'metal', 'glass', 'textile', 'hazardous', 'rotable', 'sellable', 'unsellable');
  CREATE TYPE "public"."enum__point_rules_v_version_categories_category" AS ENUM('kitchen', 'other', 'paper', 'plastic', 'metal', 'glass', 'textile', 'hazardous', 'rotable', 'sellable', 'unsellable');
  CREATE TYPE "public"."enum_operations_settings_sla_kind" AS ENUM('smoke', 'gas', 'tilt', 'water', 'panic', 'fault-reader', 'fault-door', 'fault-motor', 'fault-scale', 'full', 'offline', 'inspection', 'other');
  CREATE TABLE "towns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_towns_kind" DEFAULT 'town' NOT NULL,
  	"code" varchar,
  	"seat_road_metres" numeric,
  	"main_road_metres" numeric,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "villages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"town_id" integer,
  	"kind" "enum_villages_kind" DEFAULT 'village',
  	"registered_population" numeric DEFAULT 0 NOT NULL,
  	"cleaners_required" numeric,
  	"cleaners_on_duty" numeric,
  	"cleaners_gap" numeric,
  	"market_contract" boolean DEFAULT false,
  	"runs_sorting" boolean DEFAULT false,
  	"sorting_scheme" "enum_villages_sorting_scheme",
  	"scheme_since" timestamp(3) with time zone,
  	"model_village" boolean DEFAULT false,
  	"model_since" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sites_expected_shifts" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_sites_expected_shifts",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "sites" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_sites_kind" NOT NULL,
  	"town_id" integer,
  	"village_id" integer,
  	"address" varchar,
  	"latitude" numeric,
  	"longitude" numeric,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"sorted_collection" boolean DEFAULT false,
  	"households" numeric,
  	"urban_pilot" boolean DEFAULT false,
  	"pilot_since" timestamp(3) with time zone,
  	"drop_off_times" varchar,
  	"collection_frequency" varchar,
  	"person_in_charge" varchar,
  	"complaint_phone" varchar,
  	"disclosure_confirmed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"card_number" varchar NOT NULL,
  	"status" "enum_cards_status" DEFAULT 'active' NOT NULL,
  	"balance" numeric DEFAULT 0,
  	"holder_kind" "enum_cards_holder_kind" DEFAULT 'household' NOT NULL,
  	"holder_name" varchar,
  	"phone" varchar,
  	"phone_masked" varchar,
  	"phone_last4" varchar,
  	"building" varchar,
  	"unit" varchar,
  	"room" varchar,
  	"office_name" varchar,
  	"site_id" integer NOT NULL,
  	"channel" "enum_cards_channel" DEFAULT 'booth' NOT NULL,
  	"issued_at" timestamp(3) with time zone NOT NULL,
  	"replaces_id" integer,
  	"replaced_by_id" integer,
  	"label" varchar,
  	"ledger_seq" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "card_batches" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"prefix" varchar DEFAULT '',
  	"start" numeric NOT NULL,
  	"count" numeric NOT NULL,
  	"digits" numeric DEFAULT 6 NOT NULL,
  	"site_id" integer NOT NULL,
  	"channel" "enum_card_batches_channel" DEFAULT 'booth' NOT NULL,
  	"holder_kind" "enum_card_batches_holder_kind" DEFAULT 'household' NOT NULL,
  	"issued_at" timestamp(3) with time zone,
  	"first_number" varchar,
  	"last_number" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "card_replacements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"old_card_id" integer NOT NULL,
  	"new_card_number" varchar NOT NULL,
  	"reason" "enum_card_replacements_reason" DEFAULT 'lost' NOT NULL,
  	"note" varchar,
  	"new_card_id" integer,
  	"moved_points" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "drop_offs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"card_id" integer NOT NULL,
  	"category" "enum_drop_offs_category" NOT NULL,
  	"grams" numeric NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"source" "enum_drop_offs_source" DEFAULT 'manual',
  	"source_ref" varchar,
  	"site_id" integer,
  	"note" varchar,
  	"points" numeric,
  	"outcome" "enum_drop_offs_outcome",
  	"balance_after" numeric,
  	"rules_revision" numeric,
  	"idempotency_key" varchar,
  	"recorded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "point_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"card_id" integer NOT NULL,
  	"at" timestamp(3) with time zone,
  	"seq" numeric,
  	"delta" numeric NOT NULL,
  	"reason" "enum_point_entries_reason" DEFAULT 'adjustment' NOT NULL,
  	"note" varchar,
  	"balance_after" numeric,
  	"cause" varchar,
  	"actor_id" integer,
  	"rules_revision" numeric,
  	"idempotency_key" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "card_days" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"card_id" integer NOT NULL,
  	"day" varchar NOT NULL,
  	"drops" numeric DEFAULT 0 NOT NULL,
  	"grams" numeric DEFAULT 0 NOT NULL,
  	"points" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sorting_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"site_id" integer NOT NULL,
  	"card_id" integer,
  	"checked_at" timestamp(3) with time zone,
  	"result" "enum_sorting_checks_result" NOT NULL,
  	"source" "enum_sorting_checks_source" DEFAULT 'inspector' NOT NULL,
  	"confirmed" boolean DEFAULT false,
  	"photo_id" integer,
  	"note" varchar,
  	"inspector_id" integer,
  	"penalty_posted" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "rewards" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"image_id" integer,
  	"kind" "enum_rewards_kind" DEFAULT 'goods' NOT NULL,
  	"points_cost" numeric DEFAULT 0,
  	"fee_fen" numeric,
  	"audience" "enum_rewards_audience" DEFAULT 'both' NOT NULL,
  	"stock" numeric,
  	"active" boolean DEFAULT true,
  	"active_from" timestamp(3) with time zone,
  	"active_until" timestamp(3) with time zone,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redemptions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"card_id" integer NOT NULL,
  	"reward_id" integer NOT NULL,
  	"quantity" numeric DEFAULT 1 NOT NULL,
  	"points" numeric,
  	"channel" "enum_redemptions_channel" DEFAULT 'counter' NOT NULL,
  	"status" "enum_redemptions_status" DEFAULT 'completed' NOT NULL,
  	"cancelled_at" timestamp(3) with time zone,
  	"idempotency_key" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "follow_ups_contacts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"by_id" integer,
  	"method" "enum_follow_ups_contacts_method" DEFAULT 'phone' NOT NULL,
  	"outcome" varchar NOT NULL,
  	"next_step" varchar
  );
  
  CREATE TABLE "follow_ups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"card_id" integer NOT NULL,
  	"status" "enum_follow_ups_status" DEFAULT 'open' NOT NULL,
  	"period_from" timestamp(3) with time zone,
  	"period_to" timestamp(3) with time zone,
  	"points_in_period" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bins_compartments" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"number" numeric NOT NULL,
  	"category" "enum_bins_compartments_category" NOT NULL,
  	"capacity_litres" numeric,
  	"fill_percent" numeric
  );
  
  CREATE TABLE "bins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"device_id" varchar NOT NULL,
  	"kind" "enum_bins_kind" NOT NULL,
  	"status" "enum_bins_status" DEFAULT 'offline' NOT NULL,
  	"vendor" varchar,
  	"model" varchar,
  	"firmware" varchar,
  	"site_id" integer NOT NULL,
  	"latitude" numeric,
  	"longitude" numeric,
  	"audience" "enum_bins_audience" DEFAULT 'both' NOT NULL,
  	"last_seen_at" timestamp(3) with time zone,
  	"commissioned_at" timestamp(3) with time zone,
  	"cost_fen" numeric,
  	"needs_attention" boolean DEFAULT false,
  	"attention" varchar,
  	"open_alerts" numeric DEFAULT 0,
  	"telemetry" jsonb,
  	"rotate_secret" boolean DEFAULT false,
  	"secret_rotated_at" timestamp(3) with time zone,
  	"secret_sealed" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bins_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer
  );
  
  CREATE TABLE "alerts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"bin_id" integer NOT NULL,
  	"kind" "enum_alerts_kind" NOT NULL,
  	"severity" "enum_alerts_severity" NOT NULL,
  	"status" "enum_alerts_status" DEFAULT 'open' NOT NULL,
  	"opened_at" timestamp(3) with time zone NOT NULL,
  	"last_at" timestamp(3) with time zone,
  	"count" numeric DEFAULT 1,
  	"detail" varchar,
  	"resolution" varchar,
  	"acknowledged_at" timestamp(3) with time zone,
  	"acknowledged_by_id" integer,
  	"closed_at" timestamp(3) with time zone,
  	"closed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "device_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"received_at" timestamp(3) with time zone NOT NULL,
  	"device_id" varchar,
  	"bin_id" integer,
  	"endpoint" varchar NOT NULL,
  	"status" numeric NOT NULL,
  	"code" varchar,
  	"events" numeric,
  	"client_address" varchar,
  	"repeats" numeric,
  	"body" jsonb,
  	"response" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "device_receipts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"fingerprint" varchar,
  	"outcome" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "fill_readings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"bin_id" integer NOT NULL,
  	"compartment" numeric NOT NULL,
  	"percent" numeric NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cleaners" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"town_id" integer,
  	"village_id" integer NOT NULL,
  	"birth_date" timestamp(3) with time zone NOT NULL,
  	"phone" varchar,
  	"phone_masked" varchar,
  	"hired_on" timestamp(3) with time zone,
  	"status" "enum_cleaners_status" DEFAULT 'on-duty' NOT NULL,
  	"left_on" timestamp(3) with time zone,
  	"contract_kind" "enum_cleaners_contract_kind" DEFAULT 'village' NOT NULL,
  	"base_pay_fen" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cleaner_inspections_rows" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"cleaner_id" integer NOT NULL,
  	"on_roster" boolean DEFAULT true,
  	"on_duty" boolean DEFAULT true,
  	"age_within_limit" boolean,
  	"findings" varchar,
  	"deduction" numeric
  );
  
  CREATE TABLE "cleaner_inspections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"town_id" integer,
  	"inspector_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cleaner_inspections_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "cleaner_appraisals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"cleaner_id" integer NOT NULL,
  	"quarter" varchar NOT NULL,
  	"town_id" integer,
  	"score" numeric,
  	"findings" numeric,
  	"base_part_fen" numeric,
  	"performance_fen" numeric,
  	"adjustment_fen" numeric,
  	"adjustment_reason" varchar,
  	"total_fen" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cleanup_drives" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"town_id" integer,
  	"village_id" integer,
  	"day" timestamp(3) with time zone NOT NULL,
  	"grams" numeric NOT NULL,
  	"volunteers" numeric DEFAULT 0,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "cleanup_drives_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "sanitation_contracts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"operator_name" varchar NOT NULL,
  	"town_id" integer,
  	"roads" varchar,
  	"seat_road_metres" numeric,
  	"main_road_metres" numeric,
  	"start" timestamp(3) with time zone NOT NULL,
  	"end" timestamp(3) with time zone NOT NULL,
  	"annual_value_fen" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "sanitation_contracts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"villages_id" integer
  );
  
  CREATE TABLE "sorting_targets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"town_id" integer NOT NULL,
  	"by_date" timestamp(3) with time zone NOT NULL,
  	"share_percent" numeric NOT NULL,
  	"model_villages" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assessment_methods_parts_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"measure" "enum_assessment_methods_parts_items_measure",
  	"max" numeric NOT NULL,
  	"deduction_per_finding" numeric NOT NULL,
  	"cap" numeric NOT NULL
  );
  
  CREATE TABLE "assessment_methods_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "assessment_methods_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" numeric NOT NULL,
  	"to" numeric NOT NULL,
  	"grade" "enum_assessment_methods_tiers_grade" NOT NULL,
  	"share_percent" numeric NOT NULL
  );
  
  CREATE TABLE "assessment_methods_bases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"town_id" integer NOT NULL,
  	"base_fen" numeric NOT NULL
  );
  
  CREATE TABLE "assessment_methods" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"version" numeric,
  	"period_kind" "enum_assessment_methods_period_kind" DEFAULT 'quarter' NOT NULL,
  	"bonus_max" numeric DEFAULT 5 NOT NULL,
  	"subsidy" "enum_assessment_methods_subsidy" DEFAULT 'by-tier' NOT NULL,
  	"pool_hold_percent" numeric DEFAULT 20,
  	"pool_last_forfeit_percent" numeric DEFAULT 100,
  	"pool_to_first_percent" numeric DEFAULT 100,
  	"pool_to_others_percent" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_assessment_methods_v_version_parts_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"measure" "enum__assessment_methods_v_version_parts_items_measure",
  	"max" numeric NOT NULL,
  	"deduction_per_finding" numeric NOT NULL,
  	"cap" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessment_methods_v_version_parts" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessment_methods_v_version_tiers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" numeric NOT NULL,
  	"to" numeric NOT NULL,
  	"grade" "enum__assessment_methods_v_version_tiers_grade" NOT NULL,
  	"share_percent" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessment_methods_v_version_bases" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"town_id" integer NOT NULL,
  	"base_fen" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_assessment_methods_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_name" varchar NOT NULL,
  	"version_version" numeric,
  	"version_period_kind" "enum__assessment_methods_v_version_period_kind" DEFAULT 'quarter' NOT NULL,
  	"version_bonus_max" numeric DEFAULT 5 NOT NULL,
  	"version_subsidy" "enum__assessment_methods_v_version_subsidy" DEFAULT 'by-tier' NOT NULL,
  	"version_pool_hold_percent" numeric DEFAULT 20,
  	"version_pool_last_forfeit_percent" numeric DEFAULT 100,
  	"version_pool_to_first_percent" numeric DEFAULT 100,
  	"version_pool_to_others_percent" numeric DEFAULT 0,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assessments_items_findings" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar,
  	"deduction" numeric
  );
  
  CREATE TABLE "assessments_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"name" varchar,
  	"max" numeric,
  	"measured" numeric,
  	"suggested" numeric,
  	"records_link" varchar,
  	"self_score" numeric,
  	"review_score" numeric,
  	"note" varchar
  );
  
  CREATE TABLE "assessments_part_scores" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"name" varchar,
  	"score" numeric,
  	"max" numeric
  );
  
  CREATE TABLE "assessments_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" "enum_assessments_history_from",
  	"to" "enum_assessments_history_to",
  	"note" varchar
  );
  
  CREATE TABLE "assessments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"town_id" integer,
  	"period" varchar NOT NULL,
  	"method_id" integer NOT NULL,
  	"status" "enum_assessments_status" DEFAULT 'draft' NOT NULL,
  	"self_bonus" numeric,
  	"review_bonus" numeric,
  	"return_reason" varchar,
  	"self_total" numeric,
  	"total" numeric,
  	"grade" "enum_assessments_grade",
  	"share_percent" numeric,
  	"submitted_at" timestamp(3) with time zone,
  	"approved_at" timestamp(3) with time zone,
  	"method_snapshot" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "assessments_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "spot_checks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"town_id" integer NOT NULL,
  	"period" varchar NOT NULL,
  	"share_percent" numeric DEFAULT 10 NOT NULL,
  	"seed" varchar,
  	"drawn_by_id" integer,
  	"drawn_at" timestamp(3) with time zone,
  	"findings" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "spot_checks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"villages_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "subsidy_payouts_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"reason" varchar,
  	"rank" numeric,
  	"total" numeric,
  	"amount_fen" numeric
  );
  
  CREATE TABLE "subsidy_payouts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"town_id" integer NOT NULL,
  	"period" varchar NOT NULL,
  	"assessment_id" integer,
  	"rank" numeric,
  	"total" numeric,
  	"grade" "enum_subsidy_payouts_grade",
  	"base_fen" numeric,
  	"held_fen" numeric,
  	"amount_fen" numeric,
  	"status" "enum_subsidy_payouts_status" DEFAULT 'computed' NOT NULL,
  	"paid_on" timestamp(3) with time zone,
  	"voucher" varchar,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "ranking_notices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"period" varchar NOT NULL,
  	"title" varchar,
  	"intro" varchar DEFAULT '为深入推进农村生活垃圾治理，根据《农村生活垃圾治理考评办法》，区城管局组织对各镇（街道）进行了考核。现将考核结果通报如下：',
  	"table" jsonb,
  	"closing" varchar DEFAULT '请各镇（街道）对照考核中发现的问题，认真整改，确保农村生活垃圾治理工作取得实效。',
  	"status" "enum_ranking_notices_status" DEFAULT 'draft' NOT NULL,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_ranking_notices_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_period" varchar NOT NULL,
  	"version_title" varchar,
  	"version_intro" varchar DEFAULT '为深入推进农村生活垃圾治理，根据《农村生活垃圾治理考评办法》，区城管局组织对各镇（街道）进行了考核。现将考核结果通报如下：',
  	"version_table" jsonb,
  	"version_closing" varchar DEFAULT '请各镇（街道）对照考核中发现的问题，认真整改，确保农村生活垃圾治理工作取得实效。',
  	"version_status" "enum__ranking_notices_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pickup_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"capacity" numeric NOT NULL,
  	"area" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pickups_readings" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_pickups_readings_category",
  	"grams" numeric
  );
  
  CREATE TABLE "pickups" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"reference" varchar,
  	"card_id" integer NOT NULL,
  	"slot_id" integer NOT NULL,
  	"address" varchar NOT NULL,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"via" "enum_pickups_via" DEFAULT 'phone' NOT NULL,
  	"email" varchar,
  	"status" "enum_pickups_status" DEFAULT 'booked' NOT NULL,
  	"collector_id" integer,
  	"readings_from" "enum_pickups_readings_from",
  	"scale_id" integer,
  	"readings_note" varchar,
  	"points_awarded" numeric,
  	"flagged" boolean DEFAULT false,
  	"flag_reason" varchar,
  	"completed_at" timestamp(3) with time zone,
  	"completed_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "collection_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"day" timestamp(3) with time zone NOT NULL,
  	"shift" "enum_collection_runs_shift" NOT NULL,
  	"truck" "enum_collection_runs_truck" NOT NULL,
  	"grams" numeric NOT NULL,
  	"destination_id" integer NOT NULL,
  	"recorded_at" timestamp(3) with time zone,
  	"recorded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "collection_runs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"sites_id" integer
  );
  
  CREATE TABLE "missed_collections" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"site_id" integer NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"shift" "enum_missed_collections_shift" NOT NULL,
  	"resolved" boolean DEFAULT false,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "facilities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_facilities_kind" NOT NULL,
  	"address" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"licence" varchar,
  	"sends_to_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_movements_containers" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"container_no" varchar,
  	"grams" numeric
  );
  
  CREATE TABLE "stock_movements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"material" "enum_stock_movements_material" NOT NULL,
  	"direction" "enum_stock_movements_direction" NOT NULL,
  	"grams" numeric NOT NULL,
  	"facility_id" integer,
  	"price_per_kg_fen" numeric,
  	"amount_fen" numeric,
  	"manifest_no" varchar,
  	"source" varchar,
  	"note" varchar,
  	"at" timestamp(3) with time zone,
  	"recorded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "work_orders_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"text" varchar
  );
  
  CREATE TABLE "work_orders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"reference" varchar,
  	"source" "enum_work_orders_source",
  	"kind" "enum_work_orders_kind" DEFAULT 'other' NOT NULL,
  	"bin_id" integer,
  	"site_id" integer,
  	"description" varchar,
  	"status" "enum_work_orders_status" DEFAULT 'open' NOT NULL,
  	"assignee_id" integer,
  	"level" numeric DEFAULT 1,
  	"level_deadline" timestamp(3) with time zone,
  	"deadline" timestamp(3) with time zone,
  	"overdue" boolean DEFAULT false,
  	"result" varchar,
  	"alert_count" numeric DEFAULT 0,
  	"opened_at" timestamp(3) with time zone,
  	"opened_by_id" integer,
  	"acknowledged_at" timestamp(3) with time zone,
  	"acknowledged_by_id" integer,
  	"closed_at" timestamp(3) with time zone,
  	"closed_by_id" integer,
  	"reminded_at" timestamp(3) with time zone,
  	"reminders" numeric DEFAULT 0,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "work_orders_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer,
  	"alerts_id" integer
  );
  
  CREATE TABLE "fill_forecasts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"bin_id" integer NOT NULL,
  	"site_id" integer,
  	"compartment" numeric,
  	"category" "enum_fill_forecasts_category",
  	"fill_percent" numeric,
  	"full_when" "enum_fill_forecasts_full_when",
  	"full_at" timestamp(3) with time zone,
  	"weekday_rates" varchar,
  	"cardless" boolean DEFAULT false,
  	"cardless_reason" varchar,
  	"computed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspector_shifts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"day" timestamp(3) with time zone NOT NULL,
  	"shift" "enum_inspector_shifts_shift" DEFAULT 'day' NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inspector_shifts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "bin_logs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"bin_id" integer NOT NULL,
  	"kind" "enum_bin_logs_kind" DEFAULT 'inspection' NOT NULL,
  	"outcome" "enum_bin_logs_outcome" DEFAULT 'ok' NOT NULL,
  	"note" varchar,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"work_order_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "bin_logs_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "campaigns_coverage" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"outlet" varchar,
  	"kind" "enum_campaigns_coverage_kind",
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"link" varchar
  );
  
  CREATE TABLE "campaigns" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"kind" "enum_campaigns_kind",
  	"date" timestamp(3) with time zone,
  	"attendance" numeric,
  	"place" varchar,
  	"site_id" integer,
  	"area" "enum_campaigns_area" DEFAULT 'district',
  	"organisers" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_campaigns_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "campaigns_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_campaigns_v_version_coverage" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"outlet" varchar,
  	"kind" "enum__campaigns_v_version_coverage_kind",
  	"date" timestamp(3) with time zone,
  	"title" varchar,
  	"link" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_campaigns_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_kind" "enum__campaigns_v_version_kind",
  	"version_date" timestamp(3) with time zone,
  	"version_attendance" numeric,
  	"version_place" varchar,
  	"version_site_id" integer,
  	"version_area" "enum__campaigns_v_version_area" DEFAULT 'district',
  	"version_organisers" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__campaigns_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_campaigns_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"kind" "enum_materials_kind" NOT NULL,
  	"description" varchar,
  	"published" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "work_plans_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"heading" varchar NOT NULL,
  	"body" varchar NOT NULL
  );
  
  CREATE TABLE "work_plans" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"number" varchar,
  	"issuing_body" varchar DEFAULT '区人民政府办公室',
  	"status" "enum_work_plans_status" DEFAULT 'draft' NOT NULL,
  	"consultation_ends" timestamp(3) with time zone,
  	"due_by" timestamp(3) with time zone,
  	"summary" varchar,
  	"approved_on" timestamp(3) with time zone,
  	"approved_by_id" integer,
  	"approved_at" timestamp(3) with time zone,
  	"issued_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "work_plans_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"materials_id" integer
  );
  
  CREATE TABLE "_work_plans_v_version_sections" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"heading" varchar NOT NULL,
  	"body" varchar NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_work_plans_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar NOT NULL,
  	"version_number" varchar,
  	"version_issuing_body" varchar DEFAULT '区人民政府办公室',
  	"version_status" "enum__work_plans_v_version_status" DEFAULT 'draft' NOT NULL,
  	"version_consultation_ends" timestamp(3) with time zone,
  	"version_due_by" timestamp(3) with time zone,
  	"version_summary" varchar,
  	"version_approved_on" timestamp(3) with time zone,
  	"version_approved_by_id" integer,
  	"version_approved_at" timestamp(3) with time zone,
  	"version_issued_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "_work_plans_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"materials_id" integer
  );
  
  CREATE TABLE "plan_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"plan_id" integer NOT NULL,
  	"section" varchar NOT NULL,
  	"section_heading" varchar,
  	"name" varchar,
  	"contact" varchar,
  	"text" varchar NOT NULL,
  	"status" "enum_plan_comments_status" DEFAULT 'pending' NOT NULL,
  	"hidden_reason" varchar,
  	"outcome" "enum_plan_comments_outcome",
  	"outcome_reason" varchar,
  	"moderated_by_id" integer,
  	"moderated_at" timestamp(3) with time zone,
  	"client" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "education_bases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"kind" "enum_education_bases_kind" NOT NULL,
  	"site_id" integer,
  	"intro" varchar,
  	"address" varchar,
  	"opening_times" varchar,
  	"contact_name" varchar,
  	"contact_phone" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "base_articles" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"base_id" integer,
  	"summary" varchar,
  	"body" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_base_articles_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "base_articles_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_base_articles_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_base_id" integer,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__base_articles_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_base_articles_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "visit_slots" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"base_id" integer NOT NULL,
  	"starts_at" timestamp(3) with time zone NOT NULL,
  	"ends_at" timestamp(3) with time zone NOT NULL,
  	"capacity" numeric NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "visit_bookings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"slot_id" integer NOT NULL,
  	"base_id" integer,
  	"group_name" varchar NOT NULL,
  	"size" numeric NOT NULL,
  	"contact_name" varchar NOT NULL,
  	"contact_phone" varchar,
  	"email" varchar,
  	"wait_if_full" boolean DEFAULT true,
  	"status" "enum_visit_bookings_status" DEFAULT 'pending' NOT NULL,
  	"code" varchar,
  	"reference" varchar,
  	"reply" varchar,
  	"decided_by_id" integer,
  	"decided_at" timestamp(3) with time zone,
  	"checked_in_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reference" varchar,
  	"site_id" integer,
  	"text" varchar NOT NULL,
  	"contact" varchar,
  	"status" "enum_feedback_status" DEFAULT 'open' NOT NULL,
  	"answer" varchar,
  	"answered_by_id" integer,
  	"answered_at" timestamp(3) with time zone,
  	"client" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "honour_rolls" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"month" varchar NOT NULL,
  	"status" "enum_honour_rolls_status" DEFAULT 'draft' NOT NULL,
  	"rows" jsonb,
  	"flag_holder_id" integer,
  	"previous_holder_id" integer,
  	"remarks" varchar,
  	"confirmed_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "daily_totals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" varchar NOT NULL,
  	"site_id" integer,
  	"drops" numeric DEFAULT 0 NOT NULL,
  	"grams" numeric DEFAULT 0 NOT NULL,
  	"by_category" jsonb,
  	"card_days" numeric DEFAULT 0 NOT NULL,
  	"card_drops" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "spending" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"day" timestamp(3) with time zone NOT NULL,
  	"area" "enum_spending_area" NOT NULL,
  	"site_id" integer,
  	"payer" "enum_spending_payer" DEFAULT 'government' NOT NULL,
  	"purpose" "enum_spending_purpose" NOT NULL,
  	"amount_fen" numeric NOT NULL,
  	"document" varchar NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "report_copies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone NOT NULL,
  	"period" "enum_report_copies_period" NOT NULL,
  	"sections" "enum_report_copies_sections" NOT NULL,
  	"format" "enum_report_copies_format" NOT NULL,
  	"downloaded_by_id" integer,
  	"prose" jsonb,
  	"sha256" varchar,
  	"bytes" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"visibility" "enum_media_visibility" DEFAULT 'private' NOT NULL,
  	"area" "enum_media_area",
  	"town_id" integer,
  	"uploaded_by_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"role" "enum_users_role" DEFAULT 'operator',
  	"town_id" integer,
  	"education_base_id" integer,
  	"phone" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" integer,
  	"role" "enum_audit_log_role",
  	"operation" "enum_audit_log_operation" NOT NULL,
  	"collection_slug" varchar NOT NULL,
  	"record_id" varchar NOT NULL,
  	"summary" varchar,
  	"changes" jsonb,
  	"via" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "notifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"recipient_id" integer NOT NULL,
  	"title" varchar NOT NULL,
  	"body" varchar,
  	"link" varchar,
  	"read" boolean DEFAULT false,
  	"read_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "outbox" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"to" varchar NOT NULL,
  	"subject" varchar NOT NULL,
  	"text" varchar,
  	"status" "enum_outbox_status" NOT NULL,
  	"error" varchar,
  	"attempts" numeric DEFAULT 0,
  	"next_attempt_at" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"concurrency_key" varchar,
  	"skipped" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"towns_id" integer,
  	"villages_id" integer,
  	"sites_id" integer,
  	"cards_id" integer,
  	"card_batches_id" integer,
  	"card_replacements_id" integer,
  	"drop_offs_id" integer,
  	"point_entries_id" integer,
  	"card_days_id" integer,
  	"sorting_checks_id" integer,
  	"rewards_id" integer,
  	"redemptions_id" integer,
  	"follow_ups_id" integer,
  	"bins_id" integer,
  	"alerts_id" integer,
  	"device_events_id" integer,
  	"device_receipts_id" integer,
  	"fill_readings_id" integer,
  	"cleaners_id" integer,
  	"cleaner_inspections_id" integer,
  	"cleaner_appraisals_id" integer,
  	"cleanup_drives_id" integer,
  	"sanitation_contracts_id" integer,
  	"sorting_targets_id" integer,
  	"assessment_methods_id" integer,
  	"spot_checks_id" integer,
  	"subsidy_payouts_id" integer,
  	"ranking_notices_id" integer,
  	"pickup_slots_id" integer,
  	"pickups_id" integer,
  	"collection_runs_id" integer,
  	"missed_collections_id" integer,
  	"facilities_id" integer,
  	"stock_movements_id" integer,
  	"work_orders_id" integer,
  	"fill_forecasts_id" integer,
  	"inspector_shifts_id" integer,
  	"bin_logs_id" integer,
  	"campaigns_id" integer,
  	"materials_id" integer,
  	"work_plans_id" integer,
  	"plan_comments_id" integer,
  	"education_bases_id" integer,
  	"base_articles_id" integer,
  	"visit_slots_id" integer,
  	"visit_bookings_id" integer,
  	"feedback_id" integer,
  	"honour_rolls_id" integer,
  	"daily_totals_id" integer,
  	"spending_id" integer,
  	"report_copies_id" integer,
  	"media_id" integer,
  	"users_id" integer,
  	"audit_log_id" integer,
  	"notifications_id" integer,
  	"outbox_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "point_rules_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_point_rules_categories_category" NOT NULL,
  	"points_per_kg" numeric DEFAULT 0 NOT NULL,
  	"points_per_drop" numeric DEFAULT 0 NOT NULL,
  	"min_grams" numeric DEFAULT 0 NOT NULL
  );
  
  CREATE TABLE "point_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"revision" numeric,
  	"effective_from" timestamp(3) with time zone NOT NULL,
  	"daily_cap" numeric DEFAULT 200 NOT NULL,
  	"mis_sort_penalty" numeric DEFAULT 10 NOT NULL,
  	"points_per_yuan" numeric DEFAULT 100 NOT NULL,
  	"expiry_days" numeric DEFAULT 0 NOT NULL,
  	"follow_up_threshold" numeric DEFAULT 0 NOT NULL,
  	"manual_backdate_days" numeric DEFAULT 2 NOT NULL,
  	"device_backlog_days" numeric DEFAULT 7 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_point_rules_v_version_categories" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum__point_rules_v_version_categories_category" NOT NULL,
  	"points_per_kg" numeric DEFAULT 0 NOT NULL,
  	"points_per_drop" numeric DEFAULT 0 NOT NULL,
  	"min_grams" numeric DEFAULT 0 NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_point_rules_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_revision" numeric,
  	"version_effective_from" timestamp(3) with time zone NOT NULL,
  	"version_daily_cap" numeric DEFAULT 200 NOT NULL,
  	"version_mis_sort_penalty" numeric DEFAULT 10 NOT NULL,
  	"version_points_per_yuan" numeric DEFAULT 100 NOT NULL,
  	"version_expiry_days" numeric DEFAULT 0 NOT NULL,
  	"version_follow_up_threshold" numeric DEFAULT 0 NOT NULL,
  	"version_manual_backdate_days" numeric DEFAULT 2 NOT NULL,
  	"version_device_backlog_days" numeric DEFAULT 7 NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "countryside_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"staffing_ratio" numeric DEFAULT 400 NOT NULL,
  	"cleaner_age_limit" numeric DEFAULT 65 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "operations_settings_sla" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"kind" "enum_operations_settings_sla_kind" NOT NULL,
  	"level1_minutes" numeric NOT NULL,
  	"level2_minutes" numeric NOT NULL,
  	"level3_minutes" numeric NOT NULL,
  	"overall_hours" numeric NOT NULL
  );
  
  CREATE TABLE "operations_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"reminder_minutes" numeric DEFAULT 30 NOT NULL,
  	"demo_simulator" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "report_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"district_name" varchar DEFAULT '本区',
  	"city_name" varchar DEFAULT '本市',
  	"operator_name" varchar DEFAULT '洁臣环境科技（深圳）有限公司',
  	"lead_department" varchar DEFAULT '区城管局',
  	"method_origin" varchar DEFAULT '浙江金华',
  	"demo_area_town_id" integer,
  	"urban_expansion" varchar,
  	"prose_cards_lead" varchar DEFAULT '垃圾分类智能卡为智能箱体配套使用工具，通过智能卡打开垃圾分类箱体。',
  	"prose_linkage" varchar DEFAULT '坚持问题导向，统一思想，破解试点中的难题，建立信息共享、情况沟通、相互协作的工作机制。实际工作中，党员带头、志愿者活动、社区业主“传帮带”等，也为垃圾分类的开展、推广提供了有效的帮助。',
  	"prose_smart" varchar DEFAULT '此次垃圾分类项目采用智能化设施设备，运用大数据、云平台技术，实时观测投放信息，精准分析，方便后期对服务过程中的问题及时更改。如：使用大数据分析，对于积极投放分类垃圾的住户，给予一定奖励，激发投放热情，带动其他住户共同参与投放；对于少分、负分住户，采取工作人员电话及上门沟通的方式，了解原因，寻找对策。',
  	"prose_collection_lead" varchar DEFAULT '分类垃圾收运工作，配备专职垃圾收运员，用绿色宣传装饰厨余垃圾车，用黄色宣传装饰其他垃圾车，每日早晚各一次，分类收运不可回收垃圾。不可回收垃圾包含：厨余垃圾和其他垃圾，',
  	"prose_rules" varchar DEFAULT '一是信息公开制度。将所要开展的工作、垃圾分类设备摆放点位、以及工作人员号码等信息公示在小区各出入口公示，并通过物业管家平台发放信息，全面收集居民意见。二是差异化激励制度。针对居民小区及党政机关的特点，采用差异化积分兑换方法，对于小区居民，使用积分抵扣物业费、或兑换生活用品的方式进行；对于党政机关，以光荣榜、流动红旗等精神奖励为主，以兑换办公用品为辅的方式进行。三是人性化管理制度。分类垃圾投放由被动等待向主动上门收运转变，居民电话预约后，工作人员便会携带云平台电子称上门，节省市民投放时间，投放垃圾产生的积分实时传输到投放卡上。',
  	"prose_cleaners_lead" varchar DEFAULT '建立了保洁员花名册，制定了农村卫生保洁制度和保洁员管理考核奖惩制度。区城管局定期对人员清单、在职在岗、年龄情况开展了专项检查。',
  	"prose_cleanup_lead" varchar DEFAULT '发挥村民理事会、党员干部等基层力量的引领作用，发动村居民做好自家房前屋后空间环境的清理、规范。组织开展集中清理活动，',
  	"prose_inspection_lead" varchar DEFAULT '对各镇定期开展帮扶指导，及时发现解决工作推进工作中的问题。',
  	"prose_two_time_four" varchar DEFAULT '即第一次农户初分为“可腐烂”“不可腐烂”；第二次保洁员对“不可腐烂”的进行再分为“好卖的”和“不好卖的”。',
  	"prose_publicity_plan" varchar DEFAULT '利用电视、广播、报纸等新闻媒体，持续宣传垃圾分类知识，报道垃圾分类工作实施情况和典型案例。充分发挥镇、街道、社区作用，组织开展入户宣传，发放垃圾分类手册、一封信等资料，做到家喻户晓、人人皆知。推进生活垃圾分类教育进学校、进教材、进课堂，依托课堂教学、校园文化、社会实践三大平台，树立垃圾分类绿色理念，形成“教育一个孩子、影响一个家庭、带动一个社区”的良性互动局面，促进文明习惯的养成。',
  	"next_steps" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "figures_state" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"kept_through" timestamp(3) with time zone,
  	"kept_drops" numeric,
  	"dirty_days" jsonb,
  	"checked_at" timestamp(3) with time zone,
  	"check_result" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "villages" ADD CONSTRAINT "villages_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites_expected_shifts" ADD CONSTRAINT "sites_expected_shifts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sites" ADD CONSTRAINT "sites_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cards" ADD CONSTRAINT "cards_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cards" ADD CONSTRAINT "cards_replaces_id_cards_id_fk" FOREIGN KEY ("replaces_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cards" ADD CONSTRAINT "cards_replaced_by_id_cards_id_fk" FOREIGN KEY ("replaced_by_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "card_batches" ADD CONSTRAINT "card_batches_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "card_replacements" ADD CONSTRAINT "card_replacements_old_card_id_cards_id_fk" FOREIGN KEY ("old_card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "card_replacements" ADD CONSTRAINT "card_replacements_new_card_id_cards_id_fk" FOREIGN KEY ("new_card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drop_offs" ADD CONSTRAINT "drop_offs_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drop_offs" ADD CONSTRAINT "drop_offs_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "drop_offs" ADD CONSTRAINT "drop_offs_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "point_entries" ADD CONSTRAINT "point_entries_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "card_days" ADD CONSTRAINT "card_days_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sorting_checks" ADD CONSTRAINT "sorting_checks_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sorting_checks" ADD CONSTRAINT "sorting_checks_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sorting_checks" ADD CONSTRAINT "sorting_checks_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sorting_checks" ADD CONSTRAINT "sorting_checks_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "rewards" ADD CONSTRAINT "rewards_image_id_media_id_fk" FOREIGN KEY ("image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "redemptions" ADD CONSTRAINT "redemptions_reward_id_rewards_id_fk" FOREIGN KEY ("reward_id") REFERENCES "public"."rewards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups_contacts" ADD CONSTRAINT "follow_ups_contacts_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "follow_ups_contacts" ADD CONSTRAINT "follow_ups_contacts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bins_compartments" ADD CONSTRAINT "bins_compartments_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."bins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bins" ADD CONSTRAINT "bins_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bins_rels" ADD CONSTRAINT "bins_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bins_rels" ADD CONSTRAINT "bins_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "alerts" ADD CONSTRAINT "alerts_bin_id_bins_id_fk" FOREIGN KEY ("bin_id") REFERENCES "public"."bins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "alerts" ADD CONSTRAINT "alerts_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "device_events" ADD CONSTRAINT "device_events_bin_id_bins_id_fk" FOREIGN KEY ("bin_id") REFERENCES "public"."bins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fill_readings" ADD CONSTRAINT "fill_readings_bin_id_bins_id_fk" FOREIGN KEY ("bin_id") REFERENCES "public"."bins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleaners" ADD CONSTRAINT "cleaners_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleaners" ADD CONSTRAINT "cleaners_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleaner_inspections_rows" ADD CONSTRAINT "cleaner_inspections_rows_cleaner_id_cleaners_id_fk" FOREIGN KEY ("cleaner_id") REFERENCES "public"."cleaners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleaner_inspections_rows" ADD CONSTRAINT "cleaner_inspections_rows_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."cleaner_inspections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cleaner_inspections" ADD CONSTRAINT "cleaner_inspections_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleaner_inspections" ADD CONSTRAINT "cleaner_inspections_inspector_id_users_id_fk" FOREIGN KEY ("inspector_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleaner_inspections_rels" ADD CONSTRAINT "cleaner_inspections_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cleaner_inspections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cleaner_inspections_rels" ADD CONSTRAINT "cleaner_inspections_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cleaner_appraisals" ADD CONSTRAINT "cleaner_appraisals_cleaner_id_cleaners_id_fk" FOREIGN KEY ("cleaner_id") REFERENCES "public"."cleaners"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleaner_appraisals" ADD CONSTRAINT "cleaner_appraisals_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleanup_drives" ADD CONSTRAINT "cleanup_drives_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleanup_drives" ADD CONSTRAINT "cleanup_drives_village_id_villages_id_fk" FOREIGN KEY ("village_id") REFERENCES "public"."villages"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "cleanup_drives_rels" ADD CONSTRAINT "cleanup_drives_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."cleanup_drives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "cleanup_drives_rels" ADD CONSTRAINT "cleanup_drives_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sanitation_contracts" ADD CONSTRAINT "sanitation_contracts_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "sanitation_contracts_rels" ADD CONSTRAINT "sanitation_contracts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sanitation_contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sanitation_contracts_rels" ADD CONSTRAINT "sanitation_contracts_rels_villages_fk" FOREIGN KEY ("villages_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "sorting_targets" ADD CONSTRAINT "sorting_targets_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessment_methods_parts_items" ADD CONSTRAINT "assessment_methods_parts_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessment_methods_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessment_methods_parts" ADD CONSTRAINT "assessment_methods_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessment_methods_tiers" ADD CONSTRAINT "assessment_methods_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessment_methods_bases" ADD CONSTRAINT "assessment_methods_bases_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessment_methods_bases" ADD CONSTRAINT "assessment_methods_bases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessment_methods_v_version_parts_items" ADD CONSTRAINT "_assessment_methods_v_version_parts_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessment_methods_v_version_parts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessment_methods_v_version_parts" ADD CONSTRAINT "_assessment_methods_v_version_parts_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessment_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessment_methods_v_version_tiers" ADD CONSTRAINT "_assessment_methods_v_version_tiers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessment_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessment_methods_v_version_bases" ADD CONSTRAINT "_assessment_methods_v_version_bases_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_assessment_methods_v_version_bases" ADD CONSTRAINT "_assessment_methods_v_version_bases_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_assessment_methods_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_assessment_methods_v" ADD CONSTRAINT "_assessment_methods_v_parent_id_assessment_methods_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessment_methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments_items_findings" ADD CONSTRAINT "assessments_items_findings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_items" ADD CONSTRAINT "assessments_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_part_scores" ADD CONSTRAINT "assessments_part_scores_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_history" ADD CONSTRAINT "assessments_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments_history" ADD CONSTRAINT "assessments_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments" ADD CONSTRAINT "assessments_method_id_assessment_methods_id_fk" FOREIGN KEY ("method_id") REFERENCES "public"."assessment_methods"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "assessments_rels" ADD CONSTRAINT "assessments_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."assessments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "assessments_rels" ADD CONSTRAINT "assessments_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spot_checks" ADD CONSTRAINT "spot_checks_drawn_by_id_users_id_fk" FOREIGN KEY ("drawn_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spot_checks_rels" ADD CONSTRAINT "spot_checks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."spot_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spot_checks_rels" ADD CONSTRAINT "spot_checks_rels_villages_fk" FOREIGN KEY ("villages_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "spot_checks_rels" ADD CONSTRAINT "spot_checks_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidy_payouts_history" ADD CONSTRAINT "subsidy_payouts_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subsidy_payouts_history" ADD CONSTRAINT "subsidy_payouts_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."subsidy_payouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "subsidy_payouts" ADD CONSTRAINT "subsidy_payouts_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subsidy_payouts" ADD CONSTRAINT "subsidy_payouts_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "subsidy_payouts" ADD CONSTRAINT "subsidy_payouts_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_ranking_notices_v" ADD CONSTRAINT "_ranking_notices_v_parent_id_ranking_notices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."ranking_notices"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pickups_readings" ADD CONSTRAINT "pickups_readings_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pickups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pickups" ADD CONSTRAINT "pickups_card_id_cards_id_fk" FOREIGN KEY ("card_id") REFERENCES "public"."cards"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pickups" ADD CONSTRAINT "pickups_slot_id_pickup_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."pickup_slots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pickups" ADD CONSTRAINT "pickups_collector_id_users_id_fk" FOREIGN KEY ("collector_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pickups" ADD CONSTRAINT "pickups_scale_id_bins_id_fk" FOREIGN KEY ("scale_id") REFERENCES "public"."bins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pickups" ADD CONSTRAINT "pickups_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_destination_id_facilities_id_fk" FOREIGN KEY ("destination_id") REFERENCES "public"."facilities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "collection_runs" ADD CONSTRAINT "collection_runs_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "collection_runs_rels" ADD CONSTRAINT "collection_runs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."collection_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "collection_runs_rels" ADD CONSTRAINT "collection_runs_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "missed_collections" ADD CONSTRAINT "missed_collections_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "facilities" ADD CONSTRAINT "facilities_sends_to_id_facilities_id_fk" FOREIGN KEY ("sends_to_id") REFERENCES "public"."facilities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements_containers" ADD CONSTRAINT "stock_movements_containers_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."stock_movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_facility_id_facilities_id_fk" FOREIGN KEY ("facility_id") REFERENCES "public"."facilities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_recorded_by_id_users_id_fk" FOREIGN KEY ("recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders_log" ADD CONSTRAINT "work_orders_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_bin_id_bins_id_fk" FOREIGN KEY ("bin_id") REFERENCES "public"."bins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_opened_by_id_users_id_fk" FOREIGN KEY ("opened_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_acknowledged_by_id_users_id_fk" FOREIGN KEY ("acknowledged_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders" ADD CONSTRAINT "work_orders_closed_by_id_users_id_fk" FOREIGN KEY ("closed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_orders_rels" ADD CONSTRAINT "work_orders_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_orders_rels" ADD CONSTRAINT "work_orders_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_orders_rels" ADD CONSTRAINT "work_orders_rels_alerts_fk" FOREIGN KEY ("alerts_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "fill_forecasts" ADD CONSTRAINT "fill_forecasts_bin_id_bins_id_fk" FOREIGN KEY ("bin_id") REFERENCES "public"."bins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "fill_forecasts" ADD CONSTRAINT "fill_forecasts_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inspector_shifts_rels" ADD CONSTRAINT "inspector_shifts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."inspector_shifts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inspector_shifts_rels" ADD CONSTRAINT "inspector_shifts_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bin_logs" ADD CONSTRAINT "bin_logs_bin_id_bins_id_fk" FOREIGN KEY ("bin_id") REFERENCES "public"."bins"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bin_logs" ADD CONSTRAINT "bin_logs_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bin_logs" ADD CONSTRAINT "bin_logs_work_order_id_work_orders_id_fk" FOREIGN KEY ("work_order_id") REFERENCES "public"."work_orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "bin_logs_rels" ADD CONSTRAINT "bin_logs_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."bin_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "bin_logs_rels" ADD CONSTRAINT "bin_logs_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_coverage" ADD CONSTRAINT "campaigns_coverage_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "campaigns_rels" ADD CONSTRAINT "campaigns_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_version_coverage" ADD CONSTRAINT "_campaigns_v_version_coverage_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_parent_id_campaigns_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."campaigns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v" ADD CONSTRAINT "_campaigns_v_version_site_id_sites_id_fk" FOREIGN KEY ("version_site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_campaigns_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_campaigns_v_rels" ADD CONSTRAINT "_campaigns_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_plans_sections" ADD CONSTRAINT "work_plans_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "work_plans_rels" ADD CONSTRAINT "work_plans_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "work_plans_rels" ADD CONSTRAINT "work_plans_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_plans_v_version_sections" ADD CONSTRAINT "_work_plans_v_version_sections_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_work_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_plans_v" ADD CONSTRAINT "_work_plans_v_parent_id_work_plans_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."work_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_plans_v" ADD CONSTRAINT "_work_plans_v_version_approved_by_id_users_id_fk" FOREIGN KEY ("version_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_work_plans_v_rels" ADD CONSTRAINT "_work_plans_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_work_plans_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_work_plans_v_rels" ADD CONSTRAINT "_work_plans_v_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_plan_id_work_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."work_plans"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plan_comments" ADD CONSTRAINT "plan_comments_moderated_by_id_users_id_fk" FOREIGN KEY ("moderated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "education_bases" ADD CONSTRAINT "education_bases_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "base_articles" ADD CONSTRAINT "base_articles_base_id_education_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."education_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "base_articles_rels" ADD CONSTRAINT "base_articles_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."base_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "base_articles_rels" ADD CONSTRAINT "base_articles_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_base_articles_v" ADD CONSTRAINT "_base_articles_v_parent_id_base_articles_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."base_articles"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_base_articles_v" ADD CONSTRAINT "_base_articles_v_version_base_id_education_bases_id_fk" FOREIGN KEY ("version_base_id") REFERENCES "public"."education_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_base_articles_v_rels" ADD CONSTRAINT "_base_articles_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_base_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_base_articles_v_rels" ADD CONSTRAINT "_base_articles_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "visit_slots" ADD CONSTRAINT "visit_slots_base_id_education_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."education_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_bookings" ADD CONSTRAINT "visit_bookings_slot_id_visit_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."visit_slots"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_bookings" ADD CONSTRAINT "visit_bookings_base_id_education_bases_id_fk" FOREIGN KEY ("base_id") REFERENCES "public"."education_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "visit_bookings" ADD CONSTRAINT "visit_bookings_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_answered_by_id_users_id_fk" FOREIGN KEY ("answered_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honour_rolls" ADD CONSTRAINT "honour_rolls_flag_holder_id_sites_id_fk" FOREIGN KEY ("flag_holder_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honour_rolls" ADD CONSTRAINT "honour_rolls_previous_holder_id_sites_id_fk" FOREIGN KEY ("previous_holder_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "honour_rolls" ADD CONSTRAINT "honour_rolls_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "daily_totals" ADD CONSTRAINT "daily_totals_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "spending" ADD CONSTRAINT "spending_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "report_copies" ADD CONSTRAINT "report_copies_downloaded_by_id_users_id_fk" FOREIGN KEY ("downloaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_uploaded_by_id_users_id_fk" FOREIGN KEY ("uploaded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_town_id_towns_id_fk" FOREIGN KEY ("town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_education_base_id_education_bases_id_fk" FOREIGN KEY ("education_base_id") REFERENCES "public"."education_bases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "notifications" ADD CONSTRAINT "notifications_recipient_id_users_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_towns_fk" FOREIGN KEY ("towns_id") REFERENCES "public"."towns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_villages_fk" FOREIGN KEY ("villages_id") REFERENCES "public"."villages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sites_fk" FOREIGN KEY ("sites_id") REFERENCES "public"."sites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cards_fk" FOREIGN KEY ("cards_id") REFERENCES "public"."cards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_card_batches_fk" FOREIGN KEY ("card_batches_id") REFERENCES "public"."card_batches"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_card_replacements_fk" FOREIGN KEY ("card_replacements_id") REFERENCES "public"."card_replacements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_drop_offs_fk" FOREIGN KEY ("drop_offs_id") REFERENCES "public"."drop_offs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_point_entries_fk" FOREIGN KEY ("point_entries_id") REFERENCES "public"."point_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_card_days_fk" FOREIGN KEY ("card_days_id") REFERENCES "public"."card_days"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sorting_checks_fk" FOREIGN KEY ("sorting_checks_id") REFERENCES "public"."sorting_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_rewards_fk" FOREIGN KEY ("rewards_id") REFERENCES "public"."rewards"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redemptions_fk" FOREIGN KEY ("redemptions_id") REFERENCES "public"."redemptions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_follow_ups_fk" FOREIGN KEY ("follow_ups_id") REFERENCES "public"."follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bins_fk" FOREIGN KEY ("bins_id") REFERENCES "public"."bins"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_alerts_fk" FOREIGN KEY ("alerts_id") REFERENCES "public"."alerts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_device_events_fk" FOREIGN KEY ("device_events_id") REFERENCES "public"."device_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_device_receipts_fk" FOREIGN KEY ("device_receipts_id") REFERENCES "public"."device_receipts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fill_readings_fk" FOREIGN KEY ("fill_readings_id") REFERENCES "public"."fill_readings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cleaners_fk" FOREIGN KEY ("cleaners_id") REFERENCES "public"."cleaners"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cleaner_inspections_fk" FOREIGN KEY ("cleaner_inspections_id") REFERENCES "public"."cleaner_inspections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cleaner_appraisals_fk" FOREIGN KEY ("cleaner_appraisals_id") REFERENCES "public"."cleaner_appraisals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_cleanup_drives_fk" FOREIGN KEY ("cleanup_drives_id") REFERENCES "public"."cleanup_drives"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sanitation_contracts_fk" FOREIGN KEY ("sanitation_contracts_id") REFERENCES "public"."sanitation_contracts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_sorting_targets_fk" FOREIGN KEY ("sorting_targets_id") REFERENCES "public"."sorting_targets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_assessment_methods_fk" FOREIGN KEY ("assessment_methods_id") REFERENCES "public"."assessment_methods"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_spot_checks_fk" FOREIGN KEY ("spot_checks_id") REFERENCES "public"."spot_checks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_subsidy_payouts_fk" FOREIGN KEY ("subsidy_payouts_id") REFERENCES "public"."subsidy_payouts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_ranking_notices_fk" FOREIGN KEY ("ranking_notices_id") REFERENCES "public"."ranking_notices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pickup_slots_fk" FOREIGN KEY ("pickup_slots_id") REFERENCES "public"."pickup_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_pickups_fk" FOREIGN KEY ("pickups_id") REFERENCES "public"."pickups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_collection_runs_fk" FOREIGN KEY ("collection_runs_id") REFERENCES "public"."collection_runs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_missed_collections_fk" FOREIGN KEY ("missed_collections_id") REFERENCES "public"."missed_collections"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_facilities_fk" FOREIGN KEY ("facilities_id") REFERENCES "public"."facilities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_movements_fk" FOREIGN KEY ("stock_movements_id") REFERENCES "public"."stock_movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_orders_fk" FOREIGN KEY ("work_orders_id") REFERENCES "public"."work_orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_fill_forecasts_fk" FOREIGN KEY ("fill_forecasts_id") REFERENCES "public"."fill_forecasts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inspector_shifts_fk" FOREIGN KEY ("inspector_shifts_id") REFERENCES "public"."inspector_shifts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_bin_logs_fk" FOREIGN KEY ("bin_logs_id") REFERENCES "public"."bin_logs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_campaigns_fk" FOREIGN KEY ("campaigns_id") REFERENCES "public"."campaigns"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_materials_fk" FOREIGN KEY ("materials_id") REFERENCES "public"."materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_work_plans_fk" FOREIGN KEY ("work_plans_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_plan_comments_fk" FOREIGN KEY ("plan_comments_id") REFERENCES "public"."plan_comments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_education_bases_fk" FOREIGN KEY ("education_bases_id") REFERENCES "public"."education_bases"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_base_articles_fk" FOREIGN KEY ("base_articles_id") REFERENCES "public"."base_articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_slots_fk" FOREIGN KEY ("visit_slots_id") REFERENCES "public"."visit_slots"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_visit_bookings_fk" FOREIGN KEY ("visit_bookings_id") REFERENCES "public"."visit_bookings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_honour_rolls_fk" FOREIGN KEY ("honour_rolls_id") REFERENCES "public"."honour_rolls"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_daily_totals_fk" FOREIGN KEY ("daily_totals_id") REFERENCES "public"."daily_totals"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_spending_fk" FOREIGN KEY ("spending_id") REFERENCES "public"."spending"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_report_copies_fk" FOREIGN KEY ("report_copies_id") REFERENCES "public"."report_copies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_notifications_fk" FOREIGN KEY ("notifications_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outbox_fk" FOREIGN KEY ("outbox_id") REFERENCES "public"."outbox"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "point_rules_categories" ADD CONSTRAINT "point_rules_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."point_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_point_rules_v_version_categories" ADD CONSTRAINT "_point_rules_v_version_categories_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_point_rules_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "operations_settings_sla" ADD CONSTRAINT "operations_settings_sla_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."operations_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "report_settings" ADD CONSTRAINT "report_settings_demo_area_town_id_towns_id_fk" FOREIGN KEY ("demo_area_town_id") REFERENCES "public"."towns"("id") ON DELETE set null ON UPDATE no action;
  CREATE UNIQUE INDEX "towns_name_idx" ON "towns" USING btree ("name");
  CREATE INDEX "towns_code_idx" ON "towns" USING btree ("code");
  CREATE INDEX "towns_updated_at_idx" ON "towns" USING btree ("updated_at");
  CREATE INDEX "towns_created_at_idx" ON "towns" USING btree ("created_at");
  CREATE INDEX "villages_name_idx" ON "villages" USING btree ("name");
  CREATE INDEX "villages_town_idx" ON "villages" USING btree ("town_id");
  CREATE INDEX "villages_cleaners_gap_idx" ON "villages" USING btree ("cleaners_gap");
  CREATE INDEX "villages_updated_at_idx" ON "villages" USING btree ("updated_at");
  CREATE INDEX "villages_created_at_idx" ON "villages" USING btree ("created_at");
  CREATE INDEX "sites_expected_shifts_order_idx" ON "sites_expected_shifts" USING btree ("order");
  CREATE INDEX "sites_expected_shifts_parent_idx" ON "sites_expected_shifts" USING btree ("parent_id");
  CREATE INDEX "sites_name_idx" ON "sites" USING btree ("name");
  CREATE INDEX "sites_town_idx" ON "sites" USING btree ("town_id");
  CREATE INDEX "sites_village_idx" ON "sites" USING btree ("village_id");
  CREATE INDEX "sites_urban_pilot_idx" ON "sites" USING btree ("urban_pilot");
  CREATE INDEX "sites_updated_at_idx" ON "sites" USING btree ("updated_at");
  CREATE INDEX "sites_created_at_idx" ON "sites" USING btree ("created_at");
  CREATE UNIQUE INDEX "cards_card_number_idx" ON "cards" USING btree ("card_number");
  CREATE INDEX "cards_status_idx" ON "cards" USING btree ("status");
  CREATE INDEX "cards_phone_last4_idx" ON "cards" USING btree ("phone_last4");
  CREATE INDEX "cards_site_idx" ON "cards" USING btree ("site_id");
  CREATE INDEX "cards_issued_at_idx" ON "cards" USING btree ("issued_at");
  CREATE INDEX "cards_replaces_idx" ON "cards" USING btree ("replaces_id");
  CREATE INDEX "cards_replaced_by_idx" ON "cards" USING btree ("replaced_by_id");
  CREATE INDEX "cards_label_idx" ON "cards" USING btree ("label");
  CREATE INDEX "cards_updated_at_idx" ON "cards" USING btree ("updated_at");
  CREATE INDEX "cards_created_at_idx" ON "cards" USING btree ("created_at");
  CREATE INDEX "card_batches_title_idx" ON "card_batches" USING btree ("title");
  CREATE INDEX "card_batches_site_idx" ON "card_batches" USING btree ("site_id");
  CREATE INDEX "card_batches_updated_at_idx" ON "card_batches" USING btree ("updated_at");
  CREATE INDEX "card_batches_created_at_idx" ON "card_batches" USING btree ("created_at");
  CREATE INDEX "card_replacements_old_card_idx" ON "card_replacements" USING btree ("old_card_id");
  CREATE INDEX "card_replacements_new_card_idx" ON "card_replacements" USING btree ("new_card_id");
  CREATE INDEX "card_replacements_updated_at_idx" ON "card_replacements" USING btree ("updated_at");
  CREATE INDEX "card_replacements_created_at_idx" ON "card_replacements" USING btree ("created_at");
  CREATE INDEX "drop_offs_title_idx" ON "drop_offs" USING btree ("title");
  CREATE INDEX "drop_offs_card_idx" ON "drop_offs" USING btree ("card_id");
  CREATE INDEX "drop_offs_occurred_at_idx" ON "drop_offs" USING btree ("occurred_at");
  CREATE INDEX "drop_offs_source_ref_idx" ON "drop_offs" USING btree ("source_ref");
  CREATE INDEX "drop_offs_site_idx" ON "drop_offs" USING btree ("site_id");
  CREATE UNIQUE INDEX "drop_offs_idempotency_key_idx" ON "drop_offs" USING btree ("idempotency_key");
  CREATE INDEX "drop_offs_recorded_by_idx" ON "drop_offs" USING btree ("recorded_by_id");
  CREATE INDEX "drop_offs_updated_at_idx" ON "drop_offs" USING btree ("updated_at");
  CREATE INDEX "drop_offs_created_at_idx" ON "drop_offs" USING btree ("created_at");
  CREATE INDEX "point_entries_title_idx" ON "point_entries" USING btree ("title");
  CREATE INDEX "point_entries_card_idx" ON "point_entries" USING btree ("card_id");
  CREATE INDEX "point_entries_at_idx" ON "point_entries" USING btree ("at");
  CREATE INDEX "point_entries_reason_idx" ON "point_entries" USING btree ("reason");
  CREATE INDEX "point_entries_balance_after_idx" ON "point_entries" USING btree ("balance_after");
  CREATE INDEX "point_entries_actor_idx" ON "point_entries" USING btree ("actor_id");
  CREATE UNIQUE INDEX "point_entries_idempotency_key_idx" ON "point_entries" USING btree ("idempotency_key");
  CREATE INDEX "point_entries_updated_at_idx" ON "point_entries" USING btree ("updated_at");
  CREATE INDEX "point_entries_created_at_idx" ON "point_entries" USING btree ("created_at");
  CREATE INDEX "card_days_card_idx" ON "card_days" USING btree ("card_id");
  CREATE INDEX "card_days_day_idx" ON "card_days" USING btree ("day");
  CREATE INDEX "card_days_updated_at_idx" ON "card_days" USING btree ("updated_at");
  CREATE INDEX "card_days_created_at_idx" ON "card_days" USING btree ("created_at");
  CREATE UNIQUE INDEX "card_day_idx" ON "card_days" USING btree ("card_id","day");
  CREATE INDEX "card_day_drops_idx" ON "card_days" USING btree ("card_id","day","drops");
  CREATE INDEX "sorting_checks_title_idx" ON "sorting_checks" USING btree ("title");
  CREATE INDEX "sorting_checks_site_idx" ON "sorting_checks" USING btree ("site_id");
  CREATE INDEX "sorting_checks_card_idx" ON "sorting_checks" USING btree ("card_id");
  CREATE INDEX "sorting_checks_checked_at_idx" ON "sorting_checks" USING btree ("checked_at");
  CREATE INDEX "sorting_checks_photo_idx" ON "sorting_checks" USING btree ("photo_id");
  CREATE INDEX "sorting_checks_inspector_idx" ON "sorting_checks" USING btree ("inspector_id");
  CREATE INDEX "sorting_checks_updated_at_idx" ON "sorting_checks" USING btree ("updated_at");
  CREATE INDEX "sorting_checks_created_at_idx" ON "sorting_checks" USING btree ("created_at");
  CREATE INDEX "rewards_image_idx" ON "rewards" USING btree ("image_id");
  CREATE INDEX "rewards_updated_at_idx" ON "rewards" USING btree ("updated_at");
  CREATE INDEX "rewards_created_at_idx" ON "rewards" USING btree ("created_at");
  CREATE INDEX "redemptions_title_idx" ON "redemptions" USING btree ("title");
  CREATE INDEX "redemptions_card_idx" ON "redemptions" USING btree ("card_id");
  CREATE INDEX "redemptions_reward_idx" ON "redemptions" USING btree ("reward_id");
  CREATE UNIQUE INDEX "redemptions_idempotency_key_idx" ON "redemptions" USING btree ("idempotency_key");
  CREATE INDEX "redemptions_updated_at_idx" ON "redemptions" USING btree ("updated_at");
  CREATE INDEX "redemptions_created_at_idx" ON "redemptions" USING btree ("created_at");
  CREATE INDEX "follow_ups_contacts_order_idx" ON "follow_ups_contacts" USING btree ("_order");
  CREATE INDEX "follow_ups_contacts_parent_id_idx" ON "follow_ups_contacts" USING btree ("_parent_id");
  CREATE INDEX "follow_ups_contacts_by_idx" ON "follow_ups_contacts" USING btree ("by_id");
  CREATE INDEX "follow_ups_title_idx" ON "follow_ups" USING btree ("title");
  CREATE INDEX "follow_ups_card_idx" ON "follow_ups" USING btree ("card_id");
  CREATE INDEX "follow_ups_status_idx" ON "follow_ups" USING btree ("status");
  CREATE INDEX "follow_ups_updated_at_idx" ON "follow_ups" USING btree ("updated_at");
  CREATE INDEX "follow_ups_created_at_idx" ON "follow_ups" USING btree ("created_at");
  CREATE INDEX "bins_compartments_order_idx" ON "bins_compartments" USING btree ("_order");
  CREATE INDEX "bins_compartments_parent_id_idx" ON "bins_compartments" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "bins_device_id_idx" ON "bins" USING btree ("device_id");
  CREATE INDEX "bins_status_idx" ON "bins" USING btree ("status");
  CREATE INDEX "bins_site_idx" ON "bins" USING btree ("site_id");
  CREATE INDEX "bins_last_seen_at_idx" ON "bins" USING btree ("last_seen_at");
  CREATE INDEX "bins_needs_attention_idx" ON "bins" USING btree ("needs_attention");
  CREATE INDEX "bins_updated_at_idx" ON "bins" USING btree ("updated_at");
  CREATE INDEX "bins_created_at_idx" ON "bins" USING btree ("created_at");
  CREATE INDEX "bins_rels_order_idx" ON "bins_rels" USING btree ("order");
  CREATE INDEX "bins_rels_parent_idx" ON "bins_rels" USING btree ("parent_id");
  CREATE INDEX "bins_rels_path_idx" ON "bins_rels" USING btree ("path");
  CREATE INDEX "bins_rels_sites_id_idx" ON "bins_rels" USING btree ("sites_id");
  CREATE INDEX "alerts_title_idx" ON "alerts" USING btree ("title");
  CREATE INDEX "alerts_bin_idx" ON "alerts" USING btree ("bin_id");
  CREATE INDEX "alerts_status_idx" ON "alerts" USING btree ("status");
  CREATE INDEX "alerts_acknowledged_by_idx" ON "alerts" USING btree ("acknowledged_by_id");
  CREATE INDEX "alerts_closed_by_idx" ON "alerts" USING btree ("closed_by_id");
  CREATE INDEX "alerts_updated_at_idx" ON "alerts" USING btree ("updated_at");
  CREATE INDEX "alerts_created_at_idx" ON "alerts" USING btree ("created_at");
  CREATE INDEX "device_events_received_at_idx" ON "device_events" USING btree ("received_at");
  CREATE INDEX "device_events_device_id_idx" ON "device_events" USING btree ("device_id");
  CREATE INDEX "device_events_bin_idx" ON "device_events" USING btree ("bin_id");
  CREATE INDEX "device_events_code_idx" ON "device_events" USING btree ("code");
  CREATE INDEX "device_events_updated_at_idx" ON "device_events" USING btree ("updated_at");
  CREATE INDEX "device_events_created_at_idx" ON "device_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "device_receipts_key_idx" ON "device_receipts" USING btree ("key");
  CREATE INDEX "device_receipts_updated_at_idx" ON "device_receipts" USING btree ("updated_at");
  CREATE INDEX "device_receipts_created_at_idx" ON "device_receipts" USING btree ("created_at");
  CREATE INDEX "fill_readings_bin_idx" ON "fill_readings" USING btree ("bin_id");
  CREATE INDEX "fill_readings_at_idx" ON "fill_readings" USING btree ("at");
  CREATE INDEX "fill_readings_updated_at_idx" ON "fill_readings" USING btree ("updated_at");
  CREATE INDEX "fill_readings_created_at_idx" ON "fill_readings" USING btree ("created_at");
  CREATE INDEX "bin_at_idx" ON "fill_readings" USING btree ("bin_id","at");
  CREATE INDEX "cleaners_name_idx" ON "cleaners" USING btree ("name");
  CREATE INDEX "cleaners_town_idx" ON "cleaners" USING btree ("town_id");
  CREATE INDEX "cleaners_village_idx" ON "cleaners" USING btree ("village_id");
  CREATE INDEX "cleaners_status_idx" ON "cleaners" USING btree ("status");
  CREATE INDEX "cleaners_updated_at_idx" ON "cleaners" USING btree ("updated_at");
  CREATE INDEX "cleaners_created_at_idx" ON "cleaners" USING btree ("created_at");
  CREATE INDEX "cleaner_inspections_rows_order_idx" ON "cleaner_inspections_rows" USING btree ("_order");
  CREATE INDEX "cleaner_inspections_rows_parent_id_idx" ON "cleaner_inspections_rows" USING btree ("_parent_id");
  CREATE INDEX "cleaner_inspections_rows_cleaner_idx" ON "cleaner_inspections_rows" USING btree ("cleaner_id");
  CREATE INDEX "cleaner_inspections_day_idx" ON "cleaner_inspections" USING btree ("day");
  CREATE INDEX "cleaner_inspections_town_idx" ON "cleaner_inspections" USING btree ("town_id");
  CREATE INDEX "cleaner_inspections_inspector_idx" ON "cleaner_inspections" USING btree ("inspector_id");
  CREATE INDEX "cleaner_inspections_updated_at_idx" ON "cleaner_inspections" USING btree ("updated_at");
  CREATE INDEX "cleaner_inspections_created_at_idx" ON "cleaner_inspections" USING btree ("created_at");
  CREATE INDEX "cleaner_inspections_rels_order_idx" ON "cleaner_inspections_rels" USING btree ("order");
  CREATE INDEX "cleaner_inspections_rels_parent_idx" ON "cleaner_inspections_rels" USING btree ("parent_id");
  CREATE INDEX "cleaner_inspections_rels_path_idx" ON "cleaner_inspections_rels" USING btree ("path");
  CREATE INDEX "cleaner_inspections_rels_media_id_idx" ON "cleaner_inspections_rels" USING btree ("media_id");
  CREATE INDEX "cleaner_appraisals_title_idx" ON "cleaner_appraisals" USING btree ("title");
  CREATE INDEX "cleaner_appraisals_cleaner_idx" ON "cleaner_appraisals" USING btree ("cleaner_id");
  CREATE INDEX "cleaner_appraisals_quarter_idx" ON "cleaner_appraisals" USING btree ("quarter");
  CREATE INDEX "cleaner_appraisals_town_idx" ON "cleaner_appraisals" USING btree ("town_id");
  CREATE INDEX "cleaner_appraisals_updated_at_idx" ON "cleaner_appraisals" USING btree ("updated_at");
  CREATE INDEX "cleaner_appraisals_created_at_idx" ON "cleaner_appraisals" USING btree ("created_at");
  CREATE INDEX "cleanup_drives_title_idx" ON "cleanup_drives" USING btree ("title");
  CREATE INDEX "cleanup_drives_town_idx" ON "cleanup_drives" USING btree ("town_id");
  CREATE INDEX "cleanup_drives_village_idx" ON "cleanup_drives" USING btree ("village_id");
  CREATE INDEX "cleanup_drives_day_idx" ON "cleanup_drives" USING btree ("day");
  CREATE INDEX "cleanup_drives_updated_at_idx" ON "cleanup_drives" USING btree ("updated_at");
  CREATE INDEX "cleanup_drives_created_at_idx" ON "cleanup_drives" USING btree ("created_at");
  CREATE INDEX "cleanup_drives_rels_order_idx" ON "cleanup_drives_rels" USING btree ("order");
  CREATE INDEX "cleanup_drives_rels_parent_idx" ON "cleanup_drives_rels" USING btree ("parent_id");
  CREATE INDEX "cleanup_drives_rels_path_idx" ON "cleanup_drives_rels" USING btree ("path");
  CREATE INDEX "cleanup_drives_rels_media_id_idx" ON "cleanup_drives_rels" USING btree ("media_id");
  CREATE INDEX "sanitation_contracts_town_idx" ON "sanitation_contracts" USING btree ("town_id");
  CREATE INDEX "sanitation_contracts_updated_at_idx" ON "sanitation_contracts" USING btree ("updated_at");
  CREATE INDEX "sanitation_contracts_created_at_idx" ON "sanitation_contracts" USING btree ("created_at");
  CREATE INDEX "sanitation_contracts_rels_order_idx" ON "sanitation_contracts_rels" USING btree ("order");
  CREATE INDEX "sanitation_contracts_rels_parent_idx" ON "sanitation_contracts_rels" USING btree ("parent_id");
  CREATE INDEX "sanitation_contracts_rels_path_idx" ON "sanitation_contracts_rels" USING btree ("path");
  CREATE INDEX "sanitation_contracts_rels_villages_id_idx" ON "sanitation_contracts_rels" USING btree ("villages_id");
  CREATE INDEX "sorting_targets_town_idx" ON "sorting_targets" USING btree ("town_id");
  CREATE INDEX "sorting_targets_updated_at_idx" ON "sorting_targets" USING btree ("updated_at");
  CREATE INDEX "sorting_targets_created_at_idx" ON "sorting_targets" USING btree ("created_at");
  CREATE INDEX "assessment_methods_parts_items_order_idx" ON "assessment_methods_parts_items" USING btree ("_order");
  CREATE INDEX "assessment_methods_parts_items_parent_id_idx" ON "assessment_methods_parts_items" USING btree ("_parent_id");
  CREATE INDEX "assessment_methods_parts_order_idx" ON "assessment_methods_parts" USING btree ("_order");
  CREATE INDEX "assessment_methods_parts_parent_id_idx" ON "assessment_methods_parts" USING btree ("_parent_id");
  CREATE INDEX "assessment_methods_tiers_order_idx" ON "assessment_methods_tiers" USING btree ("_order");
  CREATE INDEX "assessment_methods_tiers_parent_id_idx" ON "assessment_methods_tiers" USING btree ("_parent_id");
  CREATE INDEX "assessment_methods_bases_order_idx" ON "assessment_methods_bases" USING btree ("_order");
  CREATE INDEX "assessment_methods_bases_parent_id_idx" ON "assessment_methods_bases" USING btree ("_parent_id");
  CREATE INDEX "assessment_methods_bases_town_idx" ON "assessment_methods_bases" USING btree ("town_id");
  CREATE INDEX "assessment_methods_updated_at_idx" ON "assessment_methods" USING btree ("updated_at");
  CREATE INDEX "assessment_methods_created_at_idx" ON "assessment_methods" USING btree ("created_at");
  CREATE INDEX "_assessment_methods_v_version_parts_items_order_idx" ON "_assessment_methods_v_version_parts_items" USING btree ("_order");
  CREATE INDEX "_assessment_methods_v_version_parts_items_parent_id_idx" ON "_assessment_methods_v_version_parts_items" USING btree ("_parent_id");
  CREATE INDEX "_assessment_methods_v_version_parts_order_idx" ON "_assessment_methods_v_version_parts" USING btree ("_order");
  CREATE INDEX "_assessment_methods_v_version_parts_parent_id_idx" ON "_assessment_methods_v_version_parts" USING btree ("_parent_id");
  CREATE INDEX "_assessment_methods_v_version_tiers_order_idx" ON "_assessment_methods_v_version_tiers" USING btree ("_order");
  CREATE INDEX "_assessment_methods_v_version_tiers_parent_id_idx" ON "_assessment_methods_v_version_tiers" USING btree ("_parent_id");
  CREATE INDEX "_assessment_methods_v_version_bases_order_idx" ON "_assessment_methods_v_version_bases" USING btree ("_order");
  CREATE INDEX "_assessment_methods_v_version_bases_parent_id_idx" ON "_assessment_methods_v_version_bases" USING btree ("_parent_id");
  CREATE INDEX "_assessment_methods_v_version_bases_town_idx" ON "_assessment_methods_v_version_bases" USING btree ("town_id");
  CREATE INDEX "_assessment_methods_v_parent_idx" ON "_assessment_methods_v" USING btree ("parent_id");
  CREATE INDEX "_assessment_methods_v_version_version_updated_at_idx" ON "_assessment_methods_v" USING btree ("version_updated_at");
  CREATE INDEX "_assessment_methods_v_version_version_created_at_idx" ON "_assessment_methods_v" USING btree ("version_created_at");
  CREATE INDEX "_assessment_methods_v_created_at_idx" ON "_assessment_methods_v" USING btree ("created_at");
  CREATE INDEX "_assessment_methods_v_updated_at_idx" ON "_assessment_methods_v" USING btree ("updated_at");
  CREATE INDEX "assessments_items_findings_order_idx" ON "assessments_items_findings" USING btree ("_order");
  CREATE INDEX "assessments_items_findings_parent_id_idx" ON "assessments_items_findings" USING btree ("_parent_id");
  CREATE INDEX "assessments_items_order_idx" ON "assessments_items" USING btree ("_order");
  CREATE INDEX "assessments_items_parent_id_idx" ON "assessments_items" USING btree ("_parent_id");
  CREATE INDEX "assessments_part_scores_order_idx" ON "assessments_part_scores" USING btree ("_order");
  CREATE INDEX "assessments_part_scores_parent_id_idx" ON "assessments_part_scores" USING btree ("_parent_id");
  CREATE INDEX "assessments_history_order_idx" ON "assessments_history" USING btree ("_order");
  CREATE INDEX "assessments_history_parent_id_idx" ON "assessments_history" USING btree ("_parent_id");
  CREATE INDEX "assessments_history_by_idx" ON "assessments_history" USING btree ("by_id");
  CREATE INDEX "assessments_title_idx" ON "assessments" USING btree ("title");
  CREATE INDEX "assessments_town_idx" ON "assessments" USING btree ("town_id");
  CREATE INDEX "assessments_period_idx" ON "assessments" USING btree ("period");
  CREATE INDEX "assessments_method_idx" ON "assessments" USING btree ("method_id");
  CREATE INDEX "assessments_status_idx" ON "assessments" USING btree ("status");
  CREATE INDEX "assessments_updated_at_idx" ON "assessments" USING btree ("updated_at");
  CREATE INDEX "assessments_created_at_idx" ON "assessments" USING btree ("created_at");
  CREATE INDEX "assessments_rels_order_idx" ON "assessments_rels" USING btree ("order");
  CREATE INDEX "assessments_rels_parent_idx" ON "assessments_rels" USING btree ("parent_id");
  CREATE INDEX "assessments_rels_path_idx" ON "assessments_rels" USING btree ("path");
  CREATE INDEX "assessments_rels_media_id_idx" ON "assessments_rels" USING btree ("media_id");
  CREATE INDEX "spot_checks_town_idx" ON "spot_checks" USING btree ("town_id");
  CREATE INDEX "spot_checks_period_idx" ON "spot_checks" USING btree ("period");
  CREATE INDEX "spot_checks_drawn_by_idx" ON "spot_checks" USING btree ("drawn_by_id");
  CREATE INDEX "spot_checks_updated_at_idx" ON "spot_checks" USING btree ("updated_at");
  CREATE INDEX "spot_checks_created_at_idx" ON "spot_checks" USING btree ("created_at");
  CREATE INDEX "spot_checks_rels_order_idx" ON "spot_checks_rels" USING btree ("order");
  CREATE INDEX "spot_checks_rels_parent_idx" ON "spot_checks_rels" USING btree ("parent_id");
  CREATE INDEX "spot_checks_rels_path_idx" ON "spot_checks_rels" USING btree ("path");
  CREATE INDEX "spot_checks_rels_villages_id_idx" ON "spot_checks_rels" USING btree ("villages_id");
  CREATE INDEX "spot_checks_rels_media_id_idx" ON "spot_checks_rels" USING btree ("media_id");
  CREATE INDEX "subsidy_payouts_history_order_idx" ON "subsidy_payouts_history" USING btree ("_order");
  CREATE INDEX "subsidy_payouts_history_parent_id_idx" ON "subsidy_payouts_history" USING btree ("_parent_id");
  CREATE INDEX "subsidy_payouts_history_by_idx" ON "subsidy_payouts_history" USING btree ("by_id");
  CREATE INDEX "subsidy_payouts_town_idx" ON "subsidy_payouts" USING btree ("town_id");
  CREATE INDEX "subsidy_payouts_period_idx" ON "subsidy_payouts" USING btree ("period");
  CREATE INDEX "subsidy_payouts_assessment_idx" ON "subsidy_payouts" USING btree ("assessment_id");
  CREATE INDEX "subsidy_payouts_status_idx" ON "subsidy_payouts" USING btree ("status");
  CREATE INDEX "subsidy_payouts_approved_by_idx" ON "subsidy_payouts" USING btree ("approved_by_id");
  CREATE INDEX "subsidy_payouts_updated_at_idx" ON "subsidy_payouts" USING btree ("updated_at");
  CREATE INDEX "subsidy_payouts_created_at_idx" ON "subsidy_payouts" USING btree ("created_at");
  CREATE UNIQUE INDEX "town_period_idx" ON "subsidy_payouts" USING btree ("town_id","period");
  CREATE UNIQUE INDEX "ranking_notices_period_idx" ON "ranking_notices" USING btree ("period");
  CREATE INDEX "ranking_notices_updated_at_idx" ON "ranking_notices" USING btree ("updated_at");
  CREATE INDEX "ranking_notices_created_at_idx" ON "ranking_notices" USING btree ("created_at");
  CREATE INDEX "_ranking_notices_v_parent_idx" ON "_ranking_notices_v" USING btree ("parent_id");
  CREATE INDEX "_ranking_notices_v_version_version_period_idx" ON "_ranking_notices_v" USING btree ("version_period");
  CREATE INDEX "_ranking_notices_v_version_version_updated_at_idx" ON "_ranking_notices_v" USING btree ("version_updated_at");
  CREATE INDEX "_ranking_notices_v_version_version_created_at_idx" ON "_ranking_notices_v" USING btree ("version_created_at");
  CREATE INDEX "_ranking_notices_v_created_at_idx" ON "_ranking_notices_v" USING btree ("created_at");
  CREATE INDEX "_ranking_notices_v_updated_at_idx" ON "_ranking_notices_v" USING btree ("updated_at");
  CREATE INDEX "pickup_slots_title_idx" ON "pickup_slots" USING btree ("title");
  CREATE INDEX "pickup_slots_starts_at_idx" ON "pickup_slots" USING btree ("starts_at");
  CREATE INDEX "pickup_slots_updated_at_idx" ON "pickup_slots" USING btree ("updated_at");
  CREATE INDEX "pickup_slots_created_at_idx" ON "pickup_slots" USING btree ("created_at");
  CREATE INDEX "pickups_readings_order_idx" ON "pickups_readings" USING btree ("_order");
  CREATE INDEX "pickups_readings_parent_id_idx" ON "pickups_readings" USING btree ("_parent_id");
  CREATE INDEX "pickups_title_idx" ON "pickups" USING btree ("title");
  CREATE INDEX "pickups_reference_idx" ON "pickups" USING btree ("reference");
  CREATE INDEX "pickups_card_idx" ON "pickups" USING btree ("card_id");
  CREATE INDEX "pickups_slot_idx" ON "pickups" USING btree ("slot_id");
  CREATE INDEX "pickups_status_idx" ON "pickups" USING btree ("status");
  CREATE INDEX "pickups_collector_idx" ON "pickups" USING btree ("collector_id");
  CREATE INDEX "pickups_scale_idx" ON "pickups" USING btree ("scale_id");
  CREATE INDEX "pickups_completed_by_idx" ON "pickups" USING btree ("completed_by_id");
  CREATE INDEX "pickups_updated_at_idx" ON "pickups" USING btree ("updated_at");
  CREATE INDEX "pickups_created_at_idx" ON "pickups" USING btree ("created_at");
  CREATE INDEX "collection_runs_title_idx" ON "collection_runs" USING btree ("title");
  CREATE INDEX "collection_runs_day_idx" ON "collection_runs" USING btree ("day");
  CREATE INDEX "collection_runs_shift_idx" ON "collection_runs" USING btree ("shift");
  CREATE INDEX "collection_runs_destination_idx" ON "collection_runs" USING btree ("destination_id");
  CREATE INDEX "collection_runs_recorded_by_idx" ON "collection_runs" USING btree ("recorded_by_id");
  CREATE INDEX "collection_runs_updated_at_idx" ON "collection_runs" USING btree ("updated_at");
  CREATE INDEX "collection_runs_created_at_idx" ON "collection_runs" USING btree ("created_at");
  CREATE INDEX "collection_runs_rels_order_idx" ON "collection_runs_rels" USING btree ("order");
  CREATE INDEX "collection_runs_rels_parent_idx" ON "collection_runs_rels" USING btree ("parent_id");
  CREATE INDEX "collection_runs_rels_path_idx" ON "collection_runs_rels" USING btree ("path");
  CREATE INDEX "collection_runs_rels_sites_id_idx" ON "collection_runs_rels" USING btree ("sites_id");
  CREATE INDEX "missed_collections_title_idx" ON "missed_collections" USING btree ("title");
  CREATE INDEX "missed_collections_site_idx" ON "missed_collections" USING btree ("site_id");
  CREATE INDEX "missed_collections_day_idx" ON "missed_collections" USING btree ("day");
  CREATE INDEX "missed_collections_updated_at_idx" ON "missed_collections" USING btree ("updated_at");
  CREATE INDEX "missed_collections_created_at_idx" ON "missed_collections" USING btree ("created_at");
  CREATE UNIQUE INDEX "site_day_shift_idx" ON "missed_collections" USING btree ("site_id","day","shift");
  CREATE UNIQUE INDEX "facilities_name_idx" ON "facilities" USING btree ("name");
  CREATE INDEX "facilities_kind_idx" ON "facilities" USING btree ("kind");
  CREATE INDEX "facilities_sends_to_idx" ON "facilities" USING btree ("sends_to_id");
  CREATE INDEX "facilities_updated_at_idx" ON "facilities" USING btree ("updated_at");
  CREATE INDEX "facilities_created_at_idx" ON "facilities" USING btree ("created_at");
  CREATE INDEX "stock_movements_containers_order_idx" ON "stock_movements_containers" USING btree ("_order");
  CREATE INDEX "stock_movements_containers_parent_id_idx" ON "stock_movements_containers" USING btree ("_parent_id");
  CREATE INDEX "stock_movements_title_idx" ON "stock_movements" USING btree ("title");
  CREATE INDEX "stock_movements_material_idx" ON "stock_movements" USING btree ("material");
  CREATE INDEX "stock_movements_direction_idx" ON "stock_movements" USING btree ("direction");
  CREATE INDEX "stock_movements_facility_idx" ON "stock_movements" USING btree ("facility_id");
  CREATE UNIQUE INDEX "stock_movements_manifest_no_idx" ON "stock_movements" USING btree ("manifest_no");
  CREATE INDEX "stock_movements_at_idx" ON "stock_movements" USING btree ("at");
  CREATE INDEX "stock_movements_recorded_by_idx" ON "stock_movements" USING btree ("recorded_by_id");
  CREATE INDEX "stock_movements_updated_at_idx" ON "stock_movements" USING btree ("updated_at");
  CREATE INDEX "stock_movements_created_at_idx" ON "stock_movements" USING btree ("created_at");
  CREATE INDEX "work_orders_log_order_idx" ON "work_orders_log" USING btree ("_order");
  CREATE INDEX "work_orders_log_parent_id_idx" ON "work_orders_log" USING btree ("_parent_id");
  CREATE INDEX "work_orders_title_idx" ON "work_orders" USING btree ("title");
  CREATE UNIQUE INDEX "work_orders_reference_idx" ON "work_orders" USING btree ("reference");
  CREATE INDEX "work_orders_kind_idx" ON "work_orders" USING btree ("kind");
  CREATE INDEX "work_orders_bin_idx" ON "work_orders" USING btree ("bin_id");
  CREATE INDEX "work_orders_site_idx" ON "work_orders" USING btree ("site_id");
  CREATE INDEX "work_orders_status_idx" ON "work_orders" USING btree ("status");
  CREATE INDEX "work_orders_assignee_idx" ON "work_orders" USING btree ("assignee_id");
  CREATE INDEX "work_orders_deadline_idx" ON "work_orders" USING btree ("deadline");
  CREATE INDEX "work_orders_overdue_idx" ON "work_orders" USING btree ("overdue");
  CREATE INDEX "work_orders_opened_by_idx" ON "work_orders" USING btree ("opened_by_id");
  CREATE INDEX "work_orders_acknowledged_by_idx" ON "work_orders" USING btree ("acknowledged_by_id");
  CREATE INDEX "work_orders_closed_by_idx" ON "work_orders" USING btree ("closed_by_id");
  CREATE INDEX "work_orders_updated_at_idx" ON "work_orders" USING btree ("updated_at");
  CREATE INDEX "work_orders_created_at_idx" ON "work_orders" USING btree ("created_at");
  CREATE INDEX "work_orders_rels_order_idx" ON "work_orders_rels" USING btree ("order");
  CREATE INDEX "work_orders_rels_parent_idx" ON "work_orders_rels" USING btree ("parent_id");
  CREATE INDEX "work_orders_rels_path_idx" ON "work_orders_rels" USING btree ("path");
  CREATE INDEX "work_orders_rels_media_id_idx" ON "work_orders_rels" USING btree ("media_id");
  CREATE INDEX "work_orders_rels_alerts_id_idx" ON "work_orders_rels" USING btree ("alerts_id");
  CREATE INDEX "fill_forecasts_title_idx" ON "fill_forecasts" USING btree ("title");
  CREATE INDEX "fill_forecasts_bin_idx" ON "fill_forecasts" USING btree ("bin_id");
  CREATE INDEX "fill_forecasts_site_idx" ON "fill_forecasts" USING btree ("site_id");
  CREATE INDEX "fill_forecasts_full_when_idx" ON "fill_forecasts" USING btree ("full_when");
  CREATE INDEX "fill_forecasts_full_at_idx" ON "fill_forecasts" USING btree ("full_at");
  CREATE INDEX "fill_forecasts_cardless_idx" ON "fill_forecasts" USING btree ("cardless");
  CREATE INDEX "fill_forecasts_updated_at_idx" ON "fill_forecasts" USING btree ("updated_at");
  CREATE INDEX "fill_forecasts_created_at_idx" ON "fill_forecasts" USING btree ("created_at");
  CREATE INDEX "inspector_shifts_title_idx" ON "inspector_shifts" USING btree ("title");
  CREATE INDEX "inspector_shifts_day_idx" ON "inspector_shifts" USING btree ("day");
  CREATE INDEX "inspector_shifts_updated_at_idx" ON "inspector_shifts" USING btree ("updated_at");
  CREATE INDEX "inspector_shifts_created_at_idx" ON "inspector_shifts" USING btree ("created_at");
  CREATE INDEX "inspector_shifts_rels_order_idx" ON "inspector_shifts_rels" USING btree ("order");
  CREATE INDEX "inspector_shifts_rels_parent_idx" ON "inspector_shifts_rels" USING btree ("parent_id");
  CREATE INDEX "inspector_shifts_rels_path_idx" ON "inspector_shifts_rels" USING btree ("path");
  CREATE INDEX "inspector_shifts_rels_users_id_idx" ON "inspector_shifts_rels" USING btree ("users_id");
  CREATE INDEX "bin_logs_title_idx" ON "bin_logs" USING btree ("title");
  CREATE INDEX "bin_logs_bin_idx" ON "bin_logs" USING btree ("bin_id");
  CREATE INDEX "bin_logs_at_idx" ON "bin_logs" USING btree ("at");
  CREATE INDEX "bin_logs_by_idx" ON "bin_logs" USING btree ("by_id");
  CREATE INDEX "bin_logs_work_order_idx" ON "bin_logs" USING btree ("work_order_id");
  CREATE INDEX "bin_logs_updated_at_idx" ON "bin_logs" USING btree ("updated_at");
  CREATE INDEX "bin_logs_created_at_idx" ON "bin_logs" USING btree ("created_at");
  CREATE INDEX "bin_logs_rels_order_idx" ON "bin_logs_rels" USING btree ("order");
  CREATE INDEX "bin_logs_rels_parent_idx" ON "bin_logs_rels" USING btree ("parent_id");
  CREATE INDEX "bin_logs_rels_path_idx" ON "bin_logs_rels" USING btree ("path");
  CREATE INDEX "bin_logs_rels_media_id_idx" ON "bin_logs_rels" USING btree ("media_id");
  CREATE INDEX "campaigns_coverage_order_idx" ON "campaigns_coverage" USING btree ("_order");
  CREATE INDEX "campaigns_coverage_parent_id_idx" ON "campaigns_coverage" USING btree ("_parent_id");
  CREATE INDEX "campaigns_kind_idx" ON "campaigns" USING btree ("kind");
  CREATE INDEX "campaigns_date_idx" ON "campaigns" USING btree ("date");
  CREATE INDEX "campaigns_site_idx" ON "campaigns" USING btree ("site_id");
  CREATE INDEX "campaigns_updated_at_idx" ON "campaigns" USING btree ("updated_at");
  CREATE INDEX "campaigns_created_at_idx" ON "campaigns" USING btree ("created_at");
  CREATE INDEX "campaigns__status_idx" ON "campaigns" USING btree ("_status");
  CREATE INDEX "campaigns_rels_order_idx" ON "campaigns_rels" USING btree ("order");
  CREATE INDEX "campaigns_rels_parent_idx" ON "campaigns_rels" USING btree ("parent_id");
  CREATE INDEX "campaigns_rels_path_idx" ON "campaigns_rels" USING btree ("path");
  CREATE INDEX "campaigns_rels_media_id_idx" ON "campaigns_rels" USING btree ("media_id");
  CREATE INDEX "_campaigns_v_version_coverage_order_idx" ON "_campaigns_v_version_coverage" USING btree ("_order");
  CREATE INDEX "_campaigns_v_version_coverage_parent_id_idx" ON "_campaigns_v_version_coverage" USING btree ("_parent_id");
  CREATE INDEX "_campaigns_v_parent_idx" ON "_campaigns_v" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_version_version_kind_idx" ON "_campaigns_v" USING btree ("version_kind");
  CREATE INDEX "_campaigns_v_version_version_date_idx" ON "_campaigns_v" USING btree ("version_date");
  CREATE INDEX "_campaigns_v_version_version_site_idx" ON "_campaigns_v" USING btree ("version_site_id");
  CREATE INDEX "_campaigns_v_version_version_updated_at_idx" ON "_campaigns_v" USING btree ("version_updated_at");
  CREATE INDEX "_campaigns_v_version_version_created_at_idx" ON "_campaigns_v" USING btree ("version_created_at");
  CREATE INDEX "_campaigns_v_version_version__status_idx" ON "_campaigns_v" USING btree ("version__status");
  CREATE INDEX "_campaigns_v_created_at_idx" ON "_campaigns_v" USING btree ("created_at");
  CREATE INDEX "_campaigns_v_updated_at_idx" ON "_campaigns_v" USING btree ("updated_at");
  CREATE INDEX "_campaigns_v_latest_idx" ON "_campaigns_v" USING btree ("latest");
  CREATE INDEX "_campaigns_v_rels_order_idx" ON "_campaigns_v_rels" USING btree ("order");
  CREATE INDEX "_campaigns_v_rels_parent_idx" ON "_campaigns_v_rels" USING btree ("parent_id");
  CREATE INDEX "_campaigns_v_rels_path_idx" ON "_campaigns_v_rels" USING btree ("path");
  CREATE INDEX "_campaigns_v_rels_media_id_idx" ON "_campaigns_v_rels" USING btree ("media_id");
  CREATE INDEX "materials_updated_at_idx" ON "materials" USING btree ("updated_at");
  CREATE INDEX "materials_created_at_idx" ON "materials" USING btree ("created_at");
  CREATE UNIQUE INDEX "materials_filename_idx" ON "materials" USING btree ("filename");
  CREATE INDEX "work_plans_sections_order_idx" ON "work_plans_sections" USING btree ("_order");
  CREATE INDEX "work_plans_sections_parent_id_idx" ON "work_plans_sections" USING btree ("_parent_id");
  CREATE INDEX "work_plans_status_idx" ON "work_plans" USING btree ("status");
  CREATE INDEX "work_plans_approved_by_idx" ON "work_plans" USING btree ("approved_by_id");
  CREATE INDEX "work_plans_updated_at_idx" ON "work_plans" USING btree ("updated_at");
  CREATE INDEX "work_plans_created_at_idx" ON "work_plans" USING btree ("created_at");
  CREATE INDEX "work_plans_rels_order_idx" ON "work_plans_rels" USING btree ("order");
  CREATE INDEX "work_plans_rels_parent_idx" ON "work_plans_rels" USING btree ("parent_id");
  CREATE INDEX "work_plans_rels_path_idx" ON "work_plans_rels" USING btree ("path");
  CREATE INDEX "work_plans_rels_materials_id_idx" ON "work_plans_rels" USING btree ("materials_id");
  CREATE INDEX "_work_plans_v_version_sections_order_idx" ON "_work_plans_v_version_sections" USING btree ("_order");
  CREATE INDEX "_work_plans_v_version_sections_parent_id_idx" ON "_work_plans_v_version_sections" USING btree ("_parent_id");
  CREATE INDEX "_work_plans_v_parent_idx" ON "_work_plans_v" USING btree ("parent_id");
  CREATE INDEX "_work_plans_v_version_version_status_idx" ON "_work_plans_v" USING btree ("version_status");
  CREATE INDEX "_work_plans_v_version_version_approved_by_idx" ON "_work_plans_v" USING btree ("version_approved_by_id");
  CREATE INDEX "_work_plans_v_version_version_updated_at_idx" ON "_work_plans_v" USING btree ("version_updated_at");
  CREATE INDEX "_work_plans_v_version_version_created_at_idx" ON "_work_plans_v" USING btree ("version_created_at");
  CREATE INDEX "_work_plans_v_created_at_idx" ON "_work_plans_v" USING btree ("created_at");
  CREATE INDEX "_work_plans_v_updated_at_idx" ON "_work_plans_v" USING btree ("updated_at");
  CREATE INDEX "_work_plans_v_rels_order_idx" ON "_work_plans_v_rels" USING btree ("order");
  CREATE INDEX "_work_plans_v_rels_parent_idx" ON "_work_plans_v_rels" USING btree ("parent_id");
  CREATE INDEX "_work_plans_v_rels_path_idx" ON "_work_plans_v_rels" USING btree ("path");
  CREATE INDEX "_work_plans_v_rels_materials_id_idx" ON "_work_plans_v_rels" USING btree ("materials_id");
  CREATE INDEX "plan_comments_title_idx" ON "plan_comments" USING btree ("title");
  CREATE INDEX "plan_comments_plan_idx" ON "plan_comments" USING btree ("plan_id");
  CREATE INDEX "plan_comments_status_idx" ON "plan_comments" USING btree ("status");
  CREATE INDEX "plan_comments_moderated_by_idx" ON "plan_comments" USING btree ("moderated_by_id");
  CREATE INDEX "plan_comments_client_idx" ON "plan_comments" USING btree ("client");
  CREATE INDEX "plan_comments_updated_at_idx" ON "plan_comments" USING btree ("updated_at");
  CREATE INDEX "plan_comments_created_at_idx" ON "plan_comments" USING btree ("created_at");
  CREATE UNIQUE INDEX "education_bases_name_idx" ON "education_bases" USING btree ("name");
  CREATE INDEX "education_bases_site_idx" ON "education_bases" USING btree ("site_id");
  CREATE INDEX "education_bases_updated_at_idx" ON "education_bases" USING btree ("updated_at");
  CREATE INDEX "education_bases_created_at_idx" ON "education_bases" USING btree ("created_at");
  CREATE INDEX "base_articles_base_idx" ON "base_articles" USING btree ("base_id");
  CREATE INDEX "base_articles_updated_at_idx" ON "base_articles" USING btree ("updated_at");
  CREATE INDEX "base_articles_created_at_idx" ON "base_articles" USING btree ("created_at");
  CREATE INDEX "base_articles__status_idx" ON "base_articles" USING btree ("_status");
  CREATE INDEX "base_articles_rels_order_idx" ON "base_articles_rels" USING btree ("order");
  CREATE INDEX "base_articles_rels_parent_idx" ON "base_articles_rels" USING btree ("parent_id");
  CREATE INDEX "base_articles_rels_path_idx" ON "base_articles_rels" USING btree ("path");
  CREATE INDEX "base_articles_rels_media_id_idx" ON "base_articles_rels" USING btree ("media_id");
  CREATE INDEX "_base_articles_v_parent_idx" ON "_base_articles_v" USING btree ("parent_id");
  CREATE INDEX "_base_articles_v_version_version_base_idx" ON "_base_articles_v" USING btree ("version_base_id");
  CREATE INDEX "_base_articles_v_version_version_updated_at_idx" ON "_base_articles_v" USING btree ("version_updated_at");
  CREATE INDEX "_base_articles_v_version_version_created_at_idx" ON "_base_articles_v" USING btree ("version_created_at");
  CREATE INDEX "_base_articles_v_version_version__status_idx" ON "_base_articles_v" USING btree ("version__status");
  CREATE INDEX "_base_articles_v_created_at_idx" ON "_base_articles_v" USING btree ("created_at");
  CREATE INDEX "_base_articles_v_updated_at_idx" ON "_base_articles_v" USING btree ("updated_at");
  CREATE INDEX "_base_articles_v_latest_idx" ON "_base_articles_v" USING btree ("latest");
  CREATE INDEX "_base_articles_v_rels_order_idx" ON "_base_articles_v_rels" USING btree ("order");
  CREATE INDEX "_base_articles_v_rels_parent_idx" ON "_base_articles_v_rels" USING btree ("parent_id");
  CREATE INDEX "_base_articles_v_rels_path_idx" ON "_base_articles_v_rels" USING btree ("path");
  CREATE INDEX "_base_articles_v_rels_media_id_idx" ON "_base_articles_v_rels" USING btree ("media_id");
  CREATE INDEX "visit_slots_title_idx" ON "visit_slots" USING btree ("title");
  CREATE INDEX "visit_slots_base_idx" ON "visit_slots" USING btree ("base_id");
  CREATE INDEX "visit_slots_starts_at_idx" ON "visit_slots" USING btree ("starts_at");
  CREATE INDEX "visit_slots_updated_at_idx" ON "visit_slots" USING btree ("updated_at");
  CREATE INDEX "visit_slots_created_at_idx" ON "visit_slots" USING btree ("created_at");
  CREATE INDEX "visit_bookings_title_idx" ON "visit_bookings" USING btree ("title");
  CREATE INDEX "visit_bookings_slot_idx" ON "visit_bookings" USING btree ("slot_id");
  CREATE INDEX "visit_bookings_base_idx" ON "visit_bookings" USING btree ("base_id");
  CREATE INDEX "visit_bookings_status_idx" ON "visit_bookings" USING btree ("status");
  CREATE INDEX "visit_bookings_code_idx" ON "visit_bookings" USING btree ("code");
  CREATE INDEX "visit_bookings_reference_idx" ON "visit_bookings" USING btree ("reference");
  CREATE INDEX "visit_bookings_decided_by_idx" ON "visit_bookings" USING btree ("decided_by_id");
  CREATE INDEX "visit_bookings_updated_at_idx" ON "visit_bookings" USING btree ("updated_at");
  CREATE INDEX "visit_bookings_created_at_idx" ON "visit_bookings" USING btree ("created_at");
  CREATE INDEX "feedback_reference_idx" ON "feedback" USING btree ("reference");
  CREATE INDEX "feedback_site_idx" ON "feedback" USING btree ("site_id");
  CREATE INDEX "feedback_status_idx" ON "feedback" USING btree ("status");
  CREATE INDEX "feedback_answered_by_idx" ON "feedback" USING btree ("answered_by_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE UNIQUE INDEX "honour_rolls_month_idx" ON "honour_rolls" USING btree ("month");
  CREATE INDEX "honour_rolls_flag_holder_idx" ON "honour_rolls" USING btree ("flag_holder_id");
  CREATE INDEX "honour_rolls_previous_holder_idx" ON "honour_rolls" USING btree ("previous_holder_id");
  CREATE INDEX "honour_rolls_confirmed_by_idx" ON "honour_rolls" USING btree ("confirmed_by_id");
  CREATE INDEX "honour_rolls_updated_at_idx" ON "honour_rolls" USING btree ("updated_at");
  CREATE INDEX "honour_rolls_created_at_idx" ON "honour_rolls" USING btree ("created_at");
  CREATE INDEX "daily_totals_day_idx" ON "daily_totals" USING btree ("day");
  CREATE INDEX "daily_totals_site_idx" ON "daily_totals" USING btree ("site_id");
  CREATE INDEX "daily_totals_updated_at_idx" ON "daily_totals" USING btree ("updated_at");
  CREATE INDEX "daily_totals_created_at_idx" ON "daily_totals" USING btree ("created_at");
  CREATE UNIQUE INDEX "day_site_idx" ON "daily_totals" USING btree ("day","site_id");
  CREATE INDEX "spending_day_idx" ON "spending" USING btree ("day");
  CREATE INDEX "spending_area_idx" ON "spending" USING btree ("area");
  CREATE INDEX "spending_site_idx" ON "spending" USING btree ("site_id");
  CREATE INDEX "spending_payer_idx" ON "spending" USING btree ("payer");
  CREATE INDEX "spending_purpose_idx" ON "spending" USING btree ("purpose");
  CREATE INDEX "spending_updated_at_idx" ON "spending" USING btree ("updated_at");
  CREATE INDEX "spending_created_at_idx" ON "spending" USING btree ("created_at");
  CREATE INDEX "report_copies_downloaded_by_idx" ON "report_copies" USING btree ("downloaded_by_id");
  CREATE INDEX "report_copies_updated_at_idx" ON "report_copies" USING btree ("updated_at");
  CREATE INDEX "report_copies_created_at_idx" ON "report_copies" USING btree ("created_at");
  CREATE INDEX "media_visibility_idx" ON "media" USING btree ("visibility");
  CREATE INDEX "media_area_idx" ON "media" USING btree ("area");
  CREATE INDEX "media_town_idx" ON "media" USING btree ("town_id");
  CREATE INDEX "media_uploaded_by_idx" ON "media" USING btree ("uploaded_by_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_town_idx" ON "users" USING btree ("town_id");
  CREATE INDEX "users_education_base_idx" ON "users" USING btree ("education_base_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_collection_slug_idx" ON "audit_log" USING btree ("collection_slug");
  CREATE INDEX "audit_log_record_id_idx" ON "audit_log" USING btree ("record_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "notifications_recipient_idx" ON "notifications" USING btree ("recipient_id");
  CREATE INDEX "notifications_read_idx" ON "notifications" USING btree ("read");
  CREATE INDEX "notifications_updated_at_idx" ON "notifications" USING btree ("updated_at");
  CREATE INDEX "notifications_created_at_idx" ON "notifications" USING btree ("created_at");
  CREATE INDEX "outbox_to_idx" ON "outbox" USING btree ("to");
  CREATE INDEX "outbox_status_idx" ON "outbox" USING btree ("status");
  CREATE INDEX "outbox_next_attempt_at_idx" ON "outbox" USING btree ("next_attempt_at");
  CREATE INDEX "outbox_updated_at_idx" ON "outbox" USING btree ("updated_at");
  CREATE INDEX "outbox_created_at_idx" ON "outbox" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_concurrency_key_idx" ON "payload_jobs" USING btree ("concurrency_key");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_towns_id_idx" ON "payload_locked_documents_rels" USING btree ("towns_id");
  CREATE INDEX "payload_locked_documents_rels_villages_id_idx" ON "payload_locked_documents_rels" USING btree ("villages_id");
  CREATE INDEX "payload_locked_documents_rels_sites_id_idx" ON "payload_locked_documents_rels" USING btree ("sites_id");
  CREATE INDEX "payload_locked_documents_rels_cards_id_idx" ON "payload_locked_documents_rels" USING btree ("cards_id");
  CREATE INDEX "payload_locked_documents_rels_card_batches_id_idx" ON "payload_locked_documents_rels" USING btree ("card_batches_id");
  CREATE INDEX "payload_locked_documents_rels_card_replacements_id_idx" ON "payload_locked_documents_rels" USING btree ("card_replacements_id");
  CREATE INDEX "payload_locked_documents_rels_drop_offs_id_idx" ON "payload_locked_documents_rels" USING btree ("drop_offs_id");
  CREATE INDEX "payload_locked_documents_rels_point_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("point_entries_id");
  CREATE INDEX "payload_locked_documents_rels_card_days_id_idx" ON "payload_locked_documents_rels" USING btree ("card_days_id");
  CREATE INDEX "payload_locked_documents_rels_sorting_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("sorting_checks_id");
  CREATE INDEX "payload_locked_documents_rels_rewards_id_idx" ON "payload_locked_documents_rels" USING btree ("rewards_id");
  CREATE INDEX "payload_locked_documents_rels_redemptions_id_idx" ON "payload_locked_documents_rels" USING btree ("redemptions_id");
  CREATE INDEX "payload_locked_documents_rels_follow_ups_id_idx" ON "payload_locked_documents_rels" USING btree ("follow_ups_id");
  CREATE INDEX "payload_locked_documents_rels_bins_id_idx" ON "payload_locked_documents_rels" USING btree ("bins_id");
  CREATE INDEX "payload_locked_documents_rels_alerts_id_idx" ON "payload_locked_documents_rels" USING btree ("alerts_id");
  CREATE INDEX "payload_locked_documents_rels_device_events_id_idx" ON "payload_locked_documents_rels" USING btree ("device_events_id");
  CREATE INDEX "payload_locked_documents_rels_device_receipts_id_idx" ON "payload_locked_documents_rels" USING btree ("device_receipts_id");
  CREATE INDEX "payload_locked_documents_rels_fill_readings_id_idx" ON "payload_locked_documents_rels" USING btree ("fill_readings_id");
  CREATE INDEX "payload_locked_documents_rels_cleaners_id_idx" ON "payload_locked_documents_rels" USING btree ("cleaners_id");
  CREATE INDEX "payload_locked_documents_rels_cleaner_inspections_id_idx" ON "payload_locked_documents_rels" USING btree ("cleaner_inspections_id");
  CREATE INDEX "payload_locked_documents_rels_cleaner_appraisals_id_idx" ON "payload_locked_documents_rels" USING btree ("cleaner_appraisals_id");
  CREATE INDEX "payload_locked_documents_rels_cleanup_drives_id_idx" ON "payload_locked_documents_rels" USING btree ("cleanup_drives_id");
  CREATE INDEX "payload_locked_documents_rels_sanitation_contracts_id_idx" ON "payload_locked_documents_rels" USING btree ("sanitation_contracts_id");
  CREATE INDEX "payload_locked_documents_rels_sorting_targets_id_idx" ON "payload_locked_documents_rels" USING btree ("sorting_targets_id");
  CREATE INDEX "payload_locked_documents_rels_assessment_methods_id_idx" ON "payload_locked_documents_rels" USING btree ("assessment_methods_id");
  CREATE INDEX "payload_locked_documents_rels_spot_checks_id_idx" ON "payload_locked_documents_rels" USING btree ("spot_checks_id");
  CREATE INDEX "payload_locked_documents_rels_subsidy_payouts_id_idx" ON "payload_locked_documents_rels" USING btree ("subsidy_payouts_id");
  CREATE INDEX "payload_locked_documents_rels_ranking_notices_id_idx" ON "payload_locked_documents_rels" USING btree ("ranking_notices_id");
  CREATE INDEX "payload_locked_documents_rels_pickup_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("pickup_slots_id");
  CREATE INDEX "payload_locked_documents_rels_pickups_id_idx" ON "payload_locked_documents_rels" USING btree ("pickups_id");
  CREATE INDEX "payload_locked_documents_rels_collection_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("collection_runs_id");
  CREATE INDEX "payload_locked_documents_rels_missed_collections_id_idx" ON "payload_locked_documents_rels" USING btree ("missed_collections_id");
  CREATE INDEX "payload_locked_documents_rels_facilities_id_idx" ON "payload_locked_documents_rels" USING btree ("facilities_id");
  CREATE INDEX "payload_locked_documents_rels_stock_movements_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_movements_id");
  CREATE INDEX "payload_locked_documents_rels_work_orders_id_idx" ON "payload_locked_documents_rels" USING btree ("work_orders_id");
  CREATE INDEX "payload_locked_documents_rels_fill_forecasts_id_idx" ON "payload_locked_documents_rels" USING btree ("fill_forecasts_id");
  CREATE INDEX "payload_locked_documents_rels_inspector_shifts_id_idx" ON "payload_locked_documents_rels" USING btree ("inspector_shifts_id");
  CREATE INDEX "payload_locked_documents_rels_bin_logs_id_idx" ON "payload_locked_documents_rels" USING btree ("bin_logs_id");
  CREATE INDEX "payload_locked_documents_rels_campaigns_id_idx" ON "payload_locked_documents_rels" USING btree ("campaigns_id");
  CREATE INDEX "payload_locked_documents_rels_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("materials_id");
  CREATE INDEX "payload_locked_documents_rels_work_plans_id_idx" ON "payload_locked_documents_rels" USING btree ("work_plans_id");
  CREATE INDEX "payload_locked_documents_rels_plan_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("plan_comments_id");
  CREATE INDEX "payload_locked_documents_rels_education_bases_id_idx" ON "payload_locked_documents_rels" USING btree ("education_bases_id");
  CREATE INDEX "payload_locked_documents_rels_base_articles_id_idx" ON "payload_locked_documents_rels" USING btree ("base_articles_id");
  CREATE INDEX "payload_locked_documents_rels_visit_slots_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_slots_id");
  CREATE INDEX "payload_locked_documents_rels_visit_bookings_id_idx" ON "payload_locked_documents_rels" USING btree ("visit_bookings_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_honour_rolls_id_idx" ON "payload_locked_documents_rels" USING btree ("honour_rolls_id");
  CREATE INDEX "payload_locked_documents_rels_daily_totals_id_idx" ON "payload_locked_documents_rels" USING btree ("daily_totals_id");
  CREATE INDEX "payload_locked_documents_rels_spending_id_idx" ON "payload_locked_documents_rels" USING btree ("spending_id");
  CREATE INDEX "payload_locked_documents_rels_report_copies_id_idx" ON "payload_locked_documents_rels" USING btree ("report_copies_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_notifications_id_idx" ON "payload_locked_documents_rels" USING btree ("notifications_id");
  CREATE INDEX "payload_locked_documents_rels_outbox_id_idx" ON "payload_locked_documents_rels" USING btree ("outbox_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "point_rules_categories_order_idx" ON "point_rules_categories" USING btree ("_order");
  CREATE INDEX "point_rules_categories_parent_id_idx" ON "point_rules_categories" USING btree ("_parent_id");
  CREATE INDEX "_point_rules_v_version_categories_order_idx" ON "_point_rules_v_version_categories" USING btree ("_order");
  CREATE INDEX "_point_rules_v_version_categories_parent_id_idx" ON "_point_rules_v_version_categories" USING btree ("_parent_id");
  CREATE INDEX "_point_rules_v_created_at_idx" ON "_point_rules_v" USING btree ("created_at");
  CREATE INDEX "_point_rules_v_updated_at_idx" ON "_point_rules_v" USING btree ("updated_at");
  CREATE INDEX "operations_settings_sla_order_idx" ON "operations_settings_sla" USING btree ("_order");
  CREATE INDEX "operations_settings_sla_parent_id_idx" ON "operations_settings_sla" USING btree ("_parent_id");
  CREATE INDEX "report_settings_demo_area_town_idx" ON "report_settings" USING btree ("demo_area_town_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "towns" CASCADE;
  DROP TABLE "villages" CASCADE;
  DROP TABLE "sites_expected_shifts" CASCADE;
  DROP TABLE "sites" CASCADE;
  DROP TABLE "cards" CASCADE;
  DROP TABLE "card_batches" CASCADE;
  DROP TABLE "card_replacements" CASCADE;
  DROP TABLE "drop_offs" CASCADE;
  DROP TABLE "point_entries" CASCADE;
  DROP TABLE "card_days" CASCADE;
  DROP TABLE "sorting_checks" CASCADE;
  DROP TABLE "rewards" CASCADE;
  DROP TABLE "redemptions" CASCADE;
  DROP TABLE "follow_ups_contacts" CASCADE;
  DROP TABLE "follow_ups" CASCADE;
  DROP TABLE "bins_compartments" CASCADE;
  DROP TABLE "bins" CASCADE;
  DROP TABLE "bins_rels" CASCADE;
  DROP TABLE "alerts" CASCADE;
  DROP TABLE "device_events" CASCADE;
  DROP TABLE "device_receipts" CASCADE;
  DROP TABLE "fill_readings" CASCADE;
  DROP TABLE "cleaners" CASCADE;
  DROP TABLE "cleaner_inspections_rows" CASCADE;
  DROP TABLE "cleaner_inspections" CASCADE;
  DROP TABLE "cleaner_inspections_rels" CASCADE;
  DROP TABLE "cleaner_appraisals" CASCADE;
  DROP TABLE "cleanup_drives" CASCADE;
  DROP TABLE "cleanup_drives_rels" CASCADE;
  DROP TABLE "sanitation_contracts" CASCADE;
  DROP TABLE "sanitation_contracts_rels" CASCADE;
  DROP TABLE "sorting_targets" CASCADE;
  DROP TABLE "assessment_methods_parts_items" CASCADE;
  DROP TABLE "assessment_methods_parts" CASCADE;
  DROP TABLE "assessment_methods_tiers" CASCADE;
  DROP TABLE "assessment_methods_bases" CASCADE;
  DROP TABLE "assessment_methods" CASCADE;
  DROP TABLE "_assessment_methods_v_version_parts_items" CASCADE;
  DROP TABLE "_assessment_methods_v_version_parts" CASCADE;
  DROP TABLE "_assessment_methods_v_version_tiers" CASCADE;
  DROP TABLE "_assessment_methods_v_version_bases" CASCADE;
  DROP TABLE "_assessment_methods_v" CASCADE;
  DROP TABLE "assessments_items_findings" CASCADE;
  DROP TABLE "assessments_items" CASCADE;
  DROP TABLE "assessments_part_scores" CASCADE;
  DROP TABLE "assessments_history" CASCADE;
  DROP TABLE "assessments" CASCADE;
  DROP TABLE "assessments_rels" CASCADE;
  DROP TABLE "spot_checks" CASCADE;
  DROP TABLE "spot_checks_rels" CASCADE;
  DROP TABLE "subsidy_payouts_history" CASCADE;
  DROP TABLE "subsidy_payouts" CASCADE;
  DROP TABLE "ranking_notices" CASCADE;
  DROP TABLE "_ranking_notices_v" CASCADE;
  DROP TABLE "pickup_slots" CASCADE;
  DROP TABLE "pickups_readings" CASCADE;
  DROP TABLE "pickups" CASCADE;
  DROP TABLE "collection_runs" CASCADE;
  DROP TABLE "collection_runs_rels" CASCADE;
  DROP TABLE "missed_collections" CASCADE;
  DROP TABLE "facilities" CASCADE;
  DROP TABLE "stock_movements_containers" CASCADE;
  DROP TABLE "stock_movements" CASCADE;
  DROP TABLE "work_orders_log" CASCADE;
  DROP TABLE "work_orders" CASCADE;
  DROP TABLE "work_orders_rels" CASCADE;
  DROP TABLE "fill_forecasts" CASCADE;
  DROP TABLE "inspector_shifts" CASCADE;
  DROP TABLE "inspector_shifts_rels" CASCADE;
  DROP TABLE "bin_logs" CASCADE;
  DROP TABLE "bin_logs_rels" CASCADE;
  DROP TABLE "campaigns_coverage" CASCADE;
  DROP TABLE "campaigns" CASCADE;
  DROP TABLE "campaigns_rels" CASCADE;
  DROP TABLE "_campaigns_v_version_coverage" CASCADE;
  DROP TABLE "_campaigns_v" CASCADE;
  DROP TABLE "_campaigns_v_rels" CASCADE;
  DROP TABLE "materials" CASCADE;
  DROP TABLE "work_plans_sections" CASCADE;
  DROP TABLE "work_plans" CASCADE;
  DROP TABLE "work_plans_rels" CASCADE;
  DROP TABLE "_work_plans_v_version_sections" CASCADE;
  DROP TABLE "_work_plans_v" CASCADE;
  DROP TABLE "_work_plans_v_rels" CASCADE;
  DROP TABLE "plan_comments" CASCADE;
  DROP TABLE "education_bases" CASCADE;
  DROP TABLE "base_articles" CASCADE;
  DROP TABLE "base_articles_rels" CASCADE;
  DROP TABLE "_base_articles_v" CASCADE;
  DROP TABLE "_base_articles_v_rels" CASCADE;
  DROP TABLE "visit_slots" CASCADE;
  DROP TABLE "visit_bookings" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "honour_rolls" CASCADE;
  DROP TABLE "daily_totals" CASCADE;
  DROP TABLE "spending" CASCADE;
  DROP TABLE "report_copies" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "notifications" CASCADE;
  DROP TABLE "outbox" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "point_rules_categories" CASCADE;
  DROP TABLE "point_rules" CASCADE;
  DROP TABLE "_point_rules_v_version_categories" CASCADE;
  DROP TABLE "_point_rules_v" CASCADE;
  DROP TABLE "countryside_settings" CASCADE;
  DROP TABLE "operations_settings_sla" CASCADE;
  DROP TABLE "operations_settings" CASCADE;
  DROP TABLE "report_settings" CASCADE;
  DROP TABLE "figures_state" CASCADE;
  DROP TYPE "public"."enum_towns_kind";
  DROP TYPE "public"."enum_villages_kind";
  DROP TYPE "public"."enum_villages_sorting_scheme";
  DROP TYPE "public"."enum_sites_expected_shifts";
  DROP TYPE "public"."enum_sites_kind";
  DROP TYPE "public"."enum_cards_status";
  DROP TYPE "public"."enum_cards_holder_kind";
  DROP TYPE "public"."enum_cards_channel";
  DROP TYPE "public"."enum_card_batches_channel";
  DROP TYPE "public"."enum_card_batches_holder_kind";
  DROP TYPE "public"."enum_card_replacements_reason";
  DROP TYPE "public"."enum_drop_offs_category";
  DROP TYPE "public"."enum_drop_offs_source";
  DROP TYPE "public"."enum_drop_offs_outcome";
  DROP TYPE "public"."enum_point_entries_reason";
  DROP TYPE "public"."enum_sorting_checks_result";
  DROP TYPE "public"."enum_sorting_checks_source";
  DROP TYPE "public"."enum_rewards_kind";
  DROP TYPE "public"."enum_rewards_audience";
  DROP TYPE "public"."enum_redemptions_channel";
  DROP TYPE "public"."enum_redemptions_status";
  DROP TYPE "public"."enum_follow_ups_contacts_method";
  DROP TYPE "public"."enum_follow_ups_status";
  DROP TYPE "public"."enum_bins_compartments_category";
  DROP TYPE "public"."enum_bins_kind";
  DROP TYPE "public"."enum_bins_status";
  DROP TYPE "public"."enum_bins_audience";
  DROP TYPE "public"."enum_alerts_kind";
  DROP TYPE "public"."enum_alerts_severity";
  DROP TYPE "public"."enum_alerts_status";
  DROP TYPE "public"."enum_cleaners_status";
  DROP TYPE "public"."enum_cleaners_contract_kind";
  DROP TYPE "public"."enum_assessment_methods_parts_items_measure";
  DROP TYPE "public"."enum_assessment_methods_tiers_grade";
  DROP TYPE "public"."enum_assessment_methods_period_kind";
  DROP TYPE "public"."enum_assessment_methods_subsidy";
  DROP TYPE "public"."enum__assessment_methods_v_version_parts_items_measure";
  DROP TYPE "public"."enum__assessment_methods_v_version_tiers_grade";
  DROP TYPE "public"."enum__assessment_methods_v_version_period_kind";
  DROP TYPE "public"."enum__assessment_methods_v_version_subsidy";
  DROP TYPE "public"."enum_assessments_history_from";
  DROP TYPE "public"."enum_assessments_history_to";
  DROP TYPE "public"."enum_assessments_status";
  DROP TYPE "public"."enum_assessments_grade";
  DROP TYPE "public"."enum_subsidy_payouts_grade";
  DROP TYPE "public"."enum_subsidy_payouts_status";
  DROP TYPE "public"."enum_ranking_notices_status";
  DROP TYPE "public"."enum__ranking_notices_v_version_status";
  DROP TYPE "public"."enum_pickups_readings_category";
  DROP TYPE "public"."enum_pickups_via";
  DROP TYPE "public"."enum_pickups_status";
  DROP TYPE "public"."enum_pickups_readings_from";
  DROP TYPE "public"."enum_collection_runs_shift";
  DROP TYPE "public"."enum_collection_runs_truck";
  DROP TYPE "public"."enum_missed_collections_shift";
  DROP TYPE "public"."enum_facilities_kind";
  DROP TYPE "public"."enum_stock_movements_material";
  DROP TYPE "public"."enum_stock_movements_direction";
  DROP TYPE "public"."enum_work_orders_source";
  DROP TYPE "public"."enum_work_orders_kind";
  DROP TYPE "public"."enum_work_orders_status";
  DROP TYPE "public"."enum_fill_forecasts_category";
  DROP TYPE "public"."enum_fill_forecasts_full_when";
  DROP TYPE "public"."enum_inspector_shifts_shift";
  DROP TYPE "public"."enum_bin_logs_kind";
  DROP TYPE "public"."enum_bin_logs_outcome";
  DROP TYPE "public"."enum_campaigns_coverage_kind";
  DROP TYPE "public"."enum_campaigns_kind";
  DROP TYPE "public"."enum_campaigns_area";
  DROP TYPE "public"."enum_campaigns_status";
  DROP TYPE "public"."enum__campaigns_v_version_coverage_kind";
  DROP TYPE "public"."enum__campaigns_v_version_kind";
  DROP TYPE "public"."enum__campaigns_v_version_area";
  DROP TYPE "public"."enum__campaigns_v_version_status";
  DROP TYPE "public"."enum_materials_kind";
  DROP TYPE "public"."enum_work_plans_status";
  DROP TYPE "public"."enum__work_plans_v_version_status";
  DROP TYPE "public"."enum_plan_comments_status";
  DROP TYPE "public"."enum_plan_comments_outcome";
  DROP TYPE "public"."enum_education_bases_kind";
  DROP TYPE "public"."enum_base_articles_status";
  DROP TYPE "public"."enum__base_articles_v_version_status";
  DROP TYPE "public"."enum_visit_bookings_status";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_honour_rolls_status";
  DROP TYPE "public"."enum_spending_area";
  DROP TYPE "public"."enum_spending_payer";
  DROP TYPE "public"."enum_spending_purpose";
  DROP TYPE "public"."enum_report_copies_period";
  DROP TYPE "public"."enum_report_copies_sections";
  DROP TYPE "public"."enum_report_copies_format";
  DROP TYPE "public"."enum_media_visibility";
  DROP TYPE "public"."enum_media_area";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_audit_log_role";
  DROP TYPE "public"."enum_audit_log_operation";
  DROP TYPE "public"."enum_outbox_status";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  DROP TYPE "public"."enum_point_rules_categories_category";
  DROP TYPE "public"."enum__point_rules_v_version_categories_category";
  DROP TYPE "public"."enum_operations_settings_sla_kind";`)
}
