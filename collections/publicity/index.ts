/** 宣传 publicity: education bases (campaigns, policies and the public site follow). */
import { EducationBases } from './EducationBases'

export const publicityCollections = [EducationBases]
