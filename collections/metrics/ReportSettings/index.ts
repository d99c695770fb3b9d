import type { Field, GlobalConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { auditGlobal } from '../../../hooks/audit'
import { PROSE } from '../../../domain/metrics/reportProse'
import { relation } from '../../../shared/fields/relations'
import { groups, t } from '../../../shared/i18n/labels'

const proseFields: Field[] = Object.entries(PROSE).map(([name, p]) => ({
  name,
  type: 'textarea',
  maxLength: 2000,
  label: { zh: p.label, en: p.label },
  defaultValue: p.text,
  admin: { rows: 3 },
}))

/**
 * 工作汇报: the work report's page — the preview (every sentence of the district's report filled from the records,
 * what is missing and where to enter it, the period and the sections), the words that are names the records do
 * not hold (the district, the operator, where the 两次四分法 comes from, the provincial demonstration area) and the
 * prose items' defaults — and every figure's definition (统计口径).
 */
export const ReportSettings: GlobalConfig = {
  slug: 'report-settings',
  label: t('工作情况汇报', 'Work report'),
  admin: { group: groups.system },
  access: { read: admins, update: admins },
  hooks: { afterChange: [auditGlobal] },
  fields: [
    {
      name: 'download',
      type: 'ui',
      admin: { components: { Field: '/app/(payload)/components/WorkReport#WorkReportDownload' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'districtName', type: 'text', label: t('区名', 'District'), defaultValue: '本区' },
        { name: 'cityName', type: 'text', label: t('市名', 'City'), defaultValue: '本市' },
        {
          name: 'operatorName',
          type: 'text',
          label: t('城区试点运营单位', 'Urban pilot operator'),
          defaultValue: '洁臣环境科技（深圳）有限公司',
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'leadDepartment', type: 'text', label: t('牵头部门', 'Lead department'), defaultValue: '区城管局' },
        {
          name: 'methodOrigin',
          type: 'text',
          label: t('“两次四分法”经验来源地', 'Where the two-time four-way method comes from'),
          defaultValue: '浙江金华',
        },
        {
          ...relation(
            'towns',
            'demoAreaTown',
            t('拟创建省级示范片区的街道', 'Street to become the provincial demo area'),
          ),
        },
      ],
    },
    {
      name: 'urbanExpansion',
      type: 'text',
      label: t('下一步城区扩面范围（“在X开展垃圾分类工作”）', 'Where urban sorting goes next'),
      admin: { description: t('例如：城区中小学校、医院和商业综合体', 'e.g. schools, hospitals and malls') },
    },
    {
      type: 'collapsible',
      label: t('可编辑的文字段落（默认值，预览时可再修改）', 'Editable prose (defaults; edit again in the preview)'),
      admin: { initCollapsed: true },
      fields: [{ name: 'prose', type: 'group', label: false, fields: proseFields }],
    },
    // The next steps were one fixed text before the report read its plans and targets; kept, unshown, so an
    // older database keeps what its admins wrote.
    { name: 'nextSteps', type: 'textarea', admin: { hidden: true } },
    {
      name: 'definitions',
      type: 'ui',
      admin: { components: { Field: '/app/(payload)/components/Definitions#FigureDefinitions' } },
    },
  ],
}
