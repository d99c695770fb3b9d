import { QuickFilter as QuickFilter_1b1128dd873cd7bdb7cac4ecb4cebf05 } from '../../../app/(payload)/components/QuickFilter'
import { StaleDisclosureFilter as StaleDisclosureFilter_da0ae8a0a02de5370f2518978fed5690 } from '../../../app/(payload)/components/Publicity'
import { ExportButton as ExportButton_452dd3205393a486814f8f890ceeb060 } from '../../../app/(payload)/components/Export'
import { ImportPanel as ImportPanel_34434eef3ae4498c3e5598a1a7306bf7 } from '../../../app/(payload)/components/Import'
import { BatchRange as BatchRange_790c5d6121b21127d1dece0966f79d30 } from '../../../app/(payload)/components/Counter'
import { SiteCategoryField as SiteCategoryField_790c5d6121b21127d1dece0966f79d30 } from '../../../app/(payload)/components/Counter'
import { KilogramsCell as KilogramsCell_5edc1c3c6d780fe8eb71fd54970987b7 } from '../../../app/(payload)/components/Units'
import { KilogramsField as KilogramsField_5edc1c3c6d780fe8eb71fd54970987b7 } from '../../../app/(payload)/components/Units'
import { RedemptionPreview as RedemptionPreview_790c5d6121b21127d1dece0966f79d30 } from '../../../app/(payload)/components/Counter'
import { FollowUpCandidates as FollowUpCandidates_11d68570da7963764afb5c80373ca458 } from '../../../app/(payload)/components/FollowUps'
import { BinStatusCell as BinStatusCell_e7f8555e79b57a6462eae23534d6cda6 } from '../../../app/(payload)/components/Bins'
import { CompartmentsCell as CompartmentsCell_e7f8555e79b57a6462eae23534d6cda6 } from '../../../app/(payload)/components/Bins'
import { YuanCell as YuanCell_5edc1c3c6d780fe8eb71fd54970987b7 } from '../../../app/(payload)/components/Units'
import { YuanField as YuanField_5edc1c3c6d780fe8eb71fd54970987b7 } from '../../../app/(payload)/components/Units'
import { JsonView as JsonView_d4e8c33985c09f544257c8e28902de34 } from '../../../app/(payload)/components/JsonView'
import { RotateSecret as RotateSecret_e7f8555e79b57a6462eae23534d6cda6 } from '../../../app/(payload)/components/Bins'
import { ItemRowLabel as ItemRowLabel_c323a8aeb7cb67ca45735a0c07763098 } from '../../../app/(payload)/components/Assessment'
import { PartRowLabel as PartRowLabel_c323a8aeb7cb67ca45735a0c07763098 } from '../../../app/(payload)/components/Assessment'
import { HistoryRowLabel as HistoryRowLabel_c323a8aeb7cb67ca45735a0c07763098 } from '../../../app/(payload)/components/Assessment'
import { ComputePayouts as ComputePayouts_afb5ae4a22575aa29588a36c031e477b } from '../../../app/(payload)/components/Payouts'
import { NoticeTableField as NoticeTableField_de73aa2786699ec3c55265f9902f391f } from '../../../app/(payload)/components/Notice'
import { NoticeDownload as NoticeDownload_de73aa2786699ec3c55265f9902f391f } from '../../../app/(payload)/components/Notice'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SectionRowLabel as SectionRowLabel_da0ae8a0a02de5370f2518978fed5690 } from '../../../app/(payload)/components/Publicity'
import { RollTableField as RollTableField_da0ae8a0a02de5370f2518978fed5690 } from '../../../app/(payload)/components/Publicity'
import { ReproduceCopy as ReproduceCopy_dc02ef18e042d43653beaacbe548cf26 } from '../../../app/(payload)/components/WorkReport'
import { ReproduceCopyCell as ReproduceCopyCell_dc02ef18e042d43653beaacbe548cf26 } from '../../../app/(payload)/components/WorkReport'
import { WorkReportDownload as WorkReportDownload_dc02ef18e042d43653beaacbe548cf26 } from '../../../app/(payload)/components/WorkReport'
import { FigureDefinitions as FigureDefinitions_896a0dc68e33550acae10b510a050eea } from '../../../app/(payload)/components/Definitions'
import { Icon as Icon_b01ce0334a2a5be2973c7d55557ce51b } from '../../../app/(payload)/components/Brand'
import { Logo as Logo_b01ce0334a2a5be2973c7d55557ce51b } from '../../../app/(payload)/components/Brand'
import { Figures as Figures_604d484fe418f096ae911457ac779210 } from '../../../app/(payload)/components/Dashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/app/(payload)/components/QuickFilter#QuickFilter": QuickFilter_1b1128dd873cd7bdb7cac4ecb4cebf05,
  "/app/(payload)/components/Publicity#StaleDisclosureFilter": StaleDisclosureFilter_da0ae8a0a02de5370f2518978fed5690,
  "/app/(payload)/components/Export#ExportButton": ExportButton_452dd3205393a486814f8f890ceeb060,
  "/app/(payload)/components/Import#ImportPanel": ImportPanel_34434eef3ae4498c3e5598a1a7306bf7,
  "/app/(payload)/components/Counter#BatchRange": BatchRange_790c5d6121b21127d1dece0966f79d30,
  "/app/(payload)/components/Counter#SiteCategoryField": SiteCategoryField_790c5d6121b21127d1dece0966f79d30,
  "/app/(payload)/components/Units#KilogramsCell": KilogramsCell_5edc1c3c6d780fe8eb71fd54970987b7,
  "/app/(payload)/components/Units#KilogramsField": KilogramsField_5edc1c3c6d780fe8eb71fd54970987b7,
  "/app/(payload)/components/Counter#RedemptionPreview": RedemptionPreview_790c5d6121b21127d1dece0966f79d30,
  "/app/(payload)/components/FollowUps#FollowUpCandidates": FollowUpCandidates_11d68570da7963764afb5c80373ca458,
  "/app/(payload)/components/Bins#BinStatusCell": BinStatusCell_e7f8555e79b57a6462eae23534d6cda6,
  "/app/(payload)/components/Bins#CompartmentsCell": CompartmentsCell_e7f8555e79b57a6462eae23534d6cda6,
  "/app/(payload)/components/Units#YuanCell": YuanCell_5edc1c3c6d780fe8eb71fd54970987b7,
  "/app/(payload)/components/Units#YuanField": YuanField_5edc1c3c6d780fe8eb71fd54970987b7,
  "/app/(payload)/components/JsonView#JsonView": JsonView_d4e8c33985c09f544257c8e28902de34,
  "/app/(payload)/components/Bins#RotateSecret": RotateSecret_e7f8555e79b57a6462eae23534d6cda6,
  "/app/(payload)/components/Assessment#ItemRowLabel": ItemRowLabel_c323a8aeb7cb67ca45735a0c07763098,
  "/app/(payload)/components/Assessment#PartRowLabel": PartRowLabel_c323a8aeb7cb67ca45735a0c07763098,
  "/app/(payload)/components/Assessment#HistoryRowLabel": HistoryRowLabel_c323a8aeb7cb67ca45735a0c07763098,
  "/app/(payload)/components/Payouts#ComputePayouts": ComputePayouts_afb5ae4a22575aa29588a36c031e477b,
  "/app/(payload)/components/Notice#NoticeTableField": NoticeTableField_de73aa2786699ec3c55265f9902f391f,
  "/app/(payload)/components/Notice#NoticeDownload": NoticeDownload_de73aa2786699ec3c55265f9902f391f,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/app/(payload)/components/Publicity#SectionRowLabel": SectionRowLabel_da0ae8a0a02de5370f2518978fed5690,
  "/app/(payload)/components/Publicity#RollTableField": RollTableField_da0ae8a0a02de5370f2518978fed5690,
  "/app/(payload)/components/WorkReport#ReproduceCopy": ReproduceCopy_dc02ef18e042d43653beaacbe548cf26,
  "/app/(payload)/components/WorkReport#ReproduceCopyCell": ReproduceCopyCell_dc02ef18e042d43653beaacbe548cf26,
  "/app/(payload)/components/WorkReport#WorkReportDownload": WorkReportDownload_dc02ef18e042d43653beaacbe548cf26,
  "/app/(payload)/components/Definitions#FigureDefinitions": FigureDefinitions_896a0dc68e33550acae10b510a050eea,
  "/app/(payload)/components/Brand#Icon": Icon_b01ce0334a2a5be2973c7d55557ce51b,
  "/app/(payload)/components/Brand#Logo": Logo_b01ce0334a2a5be2973c7d55557ce51b,
  "/app/(payload)/components/Dashboard#Figures": Figures_604d484fe418f096ae911457ac779210,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
