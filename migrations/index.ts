import * as migration_20261129_043721_initial from './20261129_043721_initial';
import * as migration_20261129_051313_points_engine from './20261129_051313_points_engine';
import * as migration_20261129_053214_device_bridge from './20261129_053214_device_bridge';
import * as migration_20261129_144855_security_and_audit from './20261129_144855_security_and_audit';
import * as migration_20261129_160416_admin_for_people from './20261129_160416_admin_for_people';
import * as migration_20261201_144623_titles_for_alerts_checks_follow_ups from './20261201_144623_titles_for_alerts_checks_follow_ups';
import * as migration_20261201_152944_countryside_and_assessment from './20261201_152944_countryside_and_assessment';
import * as migration_20261201_154042_cleanups_and_contracts from './20261201_154042_cleanups_and_contracts';
import * as migration_20261201_154256_inbox_and_outbox from './20261201_154256_inbox_and_outbox';
import * as migration_20261201_154608_ranking_notices from './20261201_154608_ranking_notices';
import * as migration_20261201_155418_assessments_unlocked from './20261201_155418_assessments_unlocked';
import * as migration_20261201_160126_spot_checks from './20261201_160126_spot_checks';
import * as migration_20261201_162021_sorting_targets from './20261201_162021_sorting_targets';
import * as migration_20261201_162518_cleaner_inspections_and_appraisals from './20261201_162518_cleaner_inspections_and_appraisals';
import * as migration_20261201_180205_publicity from './20261201_180205_publicity';
import * as migration_20261201_184921_outbox_queue from './20261201_184921_outbox_queue';
import * as migration_20261201_185249_job_runs from './20261201_185249_job_runs';
import * as migration_20261201_185946_storage from './20261201_185946_storage';
import * as migration_20261201_190302_pickups from './20261201_190302_pickups';
import * as migration_20261201_191352_collection_runs from './20261201_191352_collection_runs';
import * as migration_20261201_194150_work_orders_forecast from './20261201_194150_work_orders_forecast';
import * as migration_20261201_200744_pickup_email_order_reference from './20261201_200744_pickup_email_order_reference';
import * as migration_20261201_203241_report_settings from './20261201_203241_report_settings';
import * as migration_20261201_225836_daily_totals from './20261201_225836_daily_totals';
import * as migration_20261203_141444_house_job_queue from './20261203_141444_house_job_queue';
import * as migration_20261203_173416_never_reuse_ids from './20261203_173416_never_reuse_ids';
import * as migration_20261203_175408_serves_sites_pickup_completion from './20261203_175408_serves_sites_pickup_completion';
import * as migration_20261203_182110_payout_history from './20261203_182110_payout_history';
import * as migration_20261203_185126_pickup_scale from './20261203_185126_pickup_scale';
import * as migration_20261204_031601_work_report from './20261204_031601_work_report';

export const migrations = [
  {
    up: migration_20261129_043721_initial.up,
    down: migration_20261129_043721_initial.down,
    name: '20261129_043721_initial',
  },
  {
    up: migration_20261129_051313_points_engine.up,
    down: migration_20261129_051313_points_engine.down,
    name: '20261129_051313_points_engine',
  },
  {
    up: migration_20261129_053214_device_bridge.up,
    down: migration_20261129_053214_device_bridge.down,
    name: '20261129_053214_device_bridge',
  },
  {
    up: migration_20261129_144855_security_and_audit.up,
    down: migration_20261129_144855_security_and_audit.down,
    name: '20261129_144855_security_and_audit',
  },
  {
    up: migration_20261129_160416_admin_for_people.up,
    down: migration_20261129_160416_admin_for_people.down,
    name: '20261129_160416_admin_for_people',
  },
  {
    up: migration_20261201_144623_titles_for_alerts_checks_follow_ups.up,
    down: migration_20261201_144623_titles_for_alerts_checks_follow_ups.down,
    name: '20261201_144623_titles_for_alerts_checks_follow_ups',
  },
  {
    up: migration_20261201_152944_countryside_and_assessment.up,
    down: migration_20261201_152944_countryside_and_assessment.down,
    name: '20261201_152944_countryside_and_assessment',
  },
  {
    up: migration_20261201_154042_cleanups_and_contracts.up,
    down: migration_20261201_154042_cleanups_and_contracts.down,
    name: '20261201_154042_cleanups_and_contracts',
  },
  {
    up: migration_20261201_154256_inbox_and_outbox.up,
    down: migration_20261201_154256_inbox_and_outbox.down,
    name: '20261201_154256_inbox_and_outbox',
  },
  {
    up: migration_20261201_154608_ranking_notices.up,
    down: migration_20261201_154608_ranking_notices.down,
    name: '20261201_154608_ranking_notices',
  },
  {
    up: migration_20261201_155418_assessments_unlocked.up,
    down: migration_20261201_155418_assessments_unlocked.down,
    name: '20261201_155418_assessments_unlocked',
  },
  {
    up: migration_20261201_160126_spot_checks.up,
    down: migration_20261201_160126_spot_checks.down,
    name: '20261201_160126_spot_checks',
  },
  {
    up: migration_20261201_162021_sorting_targets.up,
    down: migration_20261201_162021_sorting_targets.down,
    name: '20261201_162021_sorting_targets',
  },
  {
    up: migration_20261201_162518_cleaner_inspections_and_appraisals.up,
    down: migration_20261201_162518_cleaner_inspections_and_appraisals.down,
    name: '20261201_162518_cleaner_inspections_and_appraisals',
  },
  {
    up: migration_20261201_180205_publicity.up,
    down: migration_20261201_180205_publicity.down,
    name: '20261201_180205_publicity',
  },
  {
    up: migration_20261201_184921_outbox_queue.up,
    down: migration_20261201_184921_outbox_queue.down,
    name: '20261201_184921_outbox_queue',
  },
  {
    up: migration_20261201_185249_job_runs.up,
    down: migration_20261201_185249_job_runs.down,
    name: '20261201_185249_job_runs',
  },
  {
    up: migration_20261201_185946_storage.up,
    down: migration_20261201_185946_storage.down,
    name: '20261201_185946_storage',
  },
  {
    up: migration_20261201_190302_pickups.up,
    down: migration_20261201_190302_pickups.down,
    name: '20261201_190302_pickups',
  },
  {
    up: migration_20261201_191352_collection_runs.up,
    down: migration_20261201_191352_collection_runs.down,
    name: '20261201_191352_collection_runs',
  },
  {
    up: migration_20261201_194150_work_orders_forecast.up,
    down: migration_20261201_194150_work_orders_forecast.down,
    name: '20261201_194150_work_orders_forecast',
  },
  {
    up: migration_20261201_200744_pickup_email_order_reference.up,
    down: migration_20261201_200744_pickup_email_order_reference.down,
    name: '20261201_200744_pickup_email_order_reference',
  },
  {
    up: migration_20261201_203241_report_settings.up,
    down: migration_20261201_203241_report_settings.down,
    name: '20261201_203241_report_settings',
  },
  {
    up: migration_20261201_225836_daily_totals.up,
    down: migration_20261201_225836_daily_totals.down,
    name: '20261201_225836_daily_totals',
  },
  {
    up: migration_20261203_141444_house_job_queue.up,
    down: migration_20261203_141444_house_job_queue.down,
    name: '20261203_141444_house_job_queue',
  },
  {
    up: migration_20261203_173416_never_reuse_ids.up,
    down: migration_20261203_173416_never_reuse_ids.down,
    name: '20261203_173416_never_reuse_ids',
  },
  {
    up: migration_20261203_175408_serves_sites_pickup_completion.up,
    down: migration_20261203_175408_serves_sites_pickup_completion.down,
    name: '20261203_175408_serves_sites_pickup_completion',
  },
  {
    up: migration_20261203_182110_payout_history.up,
    down: migration_20261203_182110_payout_history.down,
    name: '20261203_182110_payout_history',
  },
  {
    up: migration_20261203_185126_pickup_scale.up,
    down: migration_20261203_185126_pickup_scale.down,
    name: '20261203_185126_pickup_scale',
  },
  {
    up: migration_20261204_031601_work_report.up,
    down: migration_20261204_031601_work_report.down,
    name: '20261204_031601_work_report'
  },
];
