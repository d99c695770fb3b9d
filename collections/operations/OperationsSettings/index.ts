import type { GlobalConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { staff } from '../../../shared/access/staff'
import { DEFAULT_REMINDER_MINUTES, WORK_ORDER_KINDS } from '../../../domain/operations/workOrders'
import { wholeNumber } from '../../../shared/fields/numbers'
import { select } from '../../../shared/fields/options'
import { auditGlobal } from '../../../hooks/audit'
import { groups, t } from '../../../shared/i18n/labels'

/**
 * 运营设置: the work orders' time limits by kind (minutes at each level, hours overall; a kind not listed takes the
 * default of its severity — critical 60/60/120 min and 4 h, major 60/240/720 min and 24 h, minor 240/720/1440 min
 * and 48 h), how often an unacknowledged order is reminded, and the demo simulator.
 */
export const OperationsSettings: GlobalConfig = {
  slug: 'operations-settings',
  label: t('运营设置', 'Operations settings'),
  admin: { group: groups.operations },
  access: { read: staff, update: admins },
  hooks: { afterChange: [auditGlobal] },
  fields: [
    wholeNumber('reminderMinutes', t('未接单提醒间隔（分钟）', 'Remind unacknowledged orders every (minutes)'), {
      required: true,
      min: 5,
      max: 1440,
      defaultValue: DEFAULT_REMINDER_MINUTES,
    }),
    {
      name: 'sla',
      type: 'array',
      label: t('工单时限（按类型）', 'Time limits by kind'),
      labels: { singular: t('时限', 'Limit'), plural: t('时限', 'Limits') },
      fields: [
        {
          type: 'row',
          fields: [
            select('kind', t('工单类型', 'Kind'), WORK_ORDER_KINDS, { required: true }),
            wholeNumber('level1Minutes', t('一级（分钟）', 'Level 1 (min)'), { required: true, min: 5, max: 10080 }),
            wholeNumber('level2Minutes', t('二级（分钟）', 'Level 2 (min)'), { required: true, min: 5, max: 10080 }),
            wholeNumber('level3Minutes', t('三级（分钟）', 'Level 3 (min)'), { required: true, min: 5, max: 10080 }),
            wholeNumber('overallHours', t('总时限（小时）', 'Overall (h)'), { required: true, min: 1, max: 720 }),
          ],
        },
      ],
    },
    {
      name: 'demoSimulator',
      type: 'checkbox',
      defaultValue: true,
      label: t(
        '开发演示：模拟设备持续上报（仅开发模式 npm start 生效）',
        'Demo: simulated bins keep reporting (development npm start only)',
      ),
    },
  ],
}
