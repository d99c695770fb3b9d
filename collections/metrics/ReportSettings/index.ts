import type { GlobalConfig } from 'payload'

import { admins } from '../../../shared/access/admins'
import { auditGlobal } from '../../../hooks/audit'
import { groups, t } from '../../../shared/i18n/labels'

const NEXT_STEPS = `1.细化完善工作方案。出台本区生活垃圾分类工作方案、农村生活垃圾治理工作方案，报区政府同意后下发执行。
2.高效推进生活垃圾分类工作。城区党政机关实现生活垃圾分类全覆盖；各镇、涉农街道全部开展农村生活垃圾分类和资源化利用工作，推广“两次四分法”，打造分类处理示范村。
3.多渠道广泛开展垃圾分类宣传引导。编制指导手册、致市民一封信、宣传海报和标语，利用电视、广播、报纸持续宣传，推进分类教育进学校、进教材、进课堂。
4.建设生活垃圾分类示范教育基地，组织社会公众、广大学生参观，不断普及垃圾分类知识。`

/**
 * 工作汇报: the words of the district's work report that are not figures — the district's and the operator's names
 * and the next steps (editable prose) — the download of the report for a chosen date (Word, every figure filled
 * from the records and footnoted with its definition), and every figure's definition (what the dashboard links to).
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
        {
          name: 'operatorName',
          type: 'text',
          label: t('运营单位', 'Operator'),
          defaultValue: '洁臣环境科技（深圳）有限公司',
        },
      ],
    },
    {
      name: 'nextSteps',
      type: 'textarea',
      label: t('下一步工作安排（每行一段）', 'Next steps (a paragraph per line)'),
      defaultValue: NEXT_STEPS,
      admin: { rows: 8 },
    },
    {
      name: 'definitions',
      type: 'ui',
      admin: { components: { Field: '/app/(payload)/components/Definitions#FigureDefinitions' } },
    },
  ],
}
