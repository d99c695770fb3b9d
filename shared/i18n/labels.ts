/** Bilingual labels, Chinese first. */
export type Label = { zh: string; en: string }

export const t = (zh: string, en: string): Label => ({ zh, en })

/** Admin navigation groups, by area of work. */
export const groups = {
  areas: t('基础档案', 'Areas & sites'),
  points: t('积分', 'Points'),
  devices: t('设备', 'Devices'),
  rural: t('农村', 'Countryside'),
  assessment: t('考核', 'Assessment'),
  publicity: t('宣传', 'Publicity'),
  operations: t('运营', 'Operations'),
  system: t('系统', 'System'),
} as const

/** A label in the request's language (a field's name when it has none). */
export function labelIn(req: { i18n?: { language?: string } } | undefined, label: unknown, fallback: string): string {
  if (typeof label === 'string') return label
  if (label && typeof label === 'object') {
    const l = label as Partial<Label>
    return (req?.i18n?.language === 'en' ? l.en : l.zh) ?? fallback
  }
  return fallback
}
