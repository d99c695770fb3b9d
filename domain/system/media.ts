/** Who may see an uploaded file (pure): public images for everyone, evidence for those who read its area. */
import { t } from '../../shared/i18n/labels'
import type { Role } from '../../shared/roles'

export const VISIBILITY = {
  private: t('内部（证据材料）', 'Internal (evidence)'),
  public: t('公开（可在公共页面展示）', 'Public (may appear on public pages)'),
}

export const EVIDENCE_AREAS = {
  points: t('积分与检查', 'Points and checks'),
  devices: t('设备', 'Devices'),
  operations: t('运营', 'Operations'),
  countryside: t('农村保洁', 'Countryside'),
  assessment: t('考核', 'Assessment'),
  publicity: t('宣传', 'Publicity'),
}
export type EvidenceArea = keyof typeof EVIDENCE_AREAS

/** Areas whose evidence each role reads across the district (a town official: their own town's, see access). */
export const EVIDENCE_READERS: Record<Role, EvidenceArea[]> = {
  admin: Object.keys(EVIDENCE_AREAS) as EvidenceArea[],
  operator: ['points', 'devices', 'operations'],
  'town-official': [],
  'base-editor': [],
}

/** Areas a town official's own town's evidence comes from. */
export const TOWN_EVIDENCE: EvidenceArea[] = ['countryside', 'assessment']

/** The area a role's uploads belong to when they do not say. */
export const DEFAULT_AREA: Record<Role, EvidenceArea> = {
  admin: 'points',
  operator: 'points',
  'town-official': 'countryside',
  'base-editor': 'publicity',
}
