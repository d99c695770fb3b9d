/**
 * Every message the platform says to a person, one per code, in Chinese and English. Registered as
 * Payload translations (namespace `fenlei`), so a refusal reads in the reader's one language; the code
 * stays in the API response (`errors[0].data.code`). Parameters are written {{like_this}}.
 */
import type { Label } from './labels'

const m = (zh: string, en: string): Label => ({ zh, en })

export const messages = {
  // Generic
  FORBIDDEN: m('您无权执行此操作。', 'You are not allowed to do this.'),
  ORIGIN_NOT_ALLOWED: m('来源网站不被允许。', 'Requests from this origin are not allowed.'),
  LENGTH_REQUIRED: m('请求须注明长度。', 'The request must state its length.'),
  BODY_TOO_LARGE: m('请求体超过 {{limit}} 字节。', 'The body is over {{limit}} bytes.'),
  INVALID_REQUEST: m('请求内容有误：{{path}}。', 'The request is invalid at {{path}}.'),
  INVALID_QUERY: m('查询条件有误：{{path}}。', 'The query is invalid at {{path}}.'),
  MALFORMED_JSON: m('请求体不是有效的 JSON。', 'The body is not valid JSON.'),
  WHOLE_NUMBER: m('必须是整数。', 'Must be a whole number.'),
  NUMBER_RANGE: m('必须在 {{min}} 到 {{max}} 之间。', 'Must be between {{min}} and {{max}}.'),
  INVALID_PHONE: m(
    '电话格式不正确（手机 11 位或座机 0551-1234567）。',
    'Not a phone number (11-digit mobile or 0551-1234567).',
  ),
  INVALID_MOBILE: m('手机号为 11 位数字。', 'A mobile number has 11 digits.'),
  INVALID_DEVICE_ID: m('设备编号为 3–64 位字母、数字、- 或 _。', 'A device id is 3–64 letters, digits, - or _.'),
  // Towns and records of a town
  NO_TOWN: m('您的账号未绑定镇（街道），请联系管理员。', 'Your account is not bound to a town; ask an administrator.'),
  OTHER_TOWN: m('只能管理本镇（街道）的记录，不能建到或移到其他镇。', 'You can only manage records of your own town.'),
  UNKNOWN_VILLAGE: m('行政村 {{id}} 不存在。', 'Village {{id}} does not exist.'),
  VILLAGE_NOT_IN_TOWN: m('行政村「{{name}}」不属于所选镇（街道）。', 'Village {{name}} is not in the chosen town.'),
  TOWN_REQUIRED: m('镇（街道）工作人员必须绑定一个镇。', 'A town official needs a town.'),
  BASE_REQUIRED: m('教育基地编辑必须绑定一个基地。', 'An education-base editor needs a base.'),
  // The server's fields and append-only records
  SERVER_SET_FIELD: m(
    '「{{field}}」由系统记录，不能填写或修改。',
    '“{{field}}” is set by the system and cannot be entered or changed.',
  ),
  FILE_LOCKED: m(
    '该文件是「{{record}}」的佐证，已随记录锁定，任何人都不能替换、修改或删除。',
    'This file is evidence of {{record}} and is locked with it: nobody may replace, change or delete it.',
  ),
  FILE_IN_USE: m(
    '该文件仍被「{{record}}」引用，请先从记录中移除再删除。',
    'This file is still used by {{record}}: remove it from the record before deleting it.',
  ),
  UNREADABLE_FIELD: m(
    '「{{field}}」对您不可见，也不能由您修改。',
    'You may not read “{{field}}”, so you may not change it either.',
  ),
  ADMIN_ONLY_FIELD: m('只有管理员可以填写或修改「{{field}}」。', 'Only administrators may change “{{field}}”.'),
  APPEND_ONLY: m('此记录只能追加，不能删除。', 'This record cannot be deleted.'),
  AUDIT_APPEND_ONLY: m('操作日志不能修改。', 'The audit log cannot be changed.'),
  GIFT_MACHINE_ONLY: m('礼品兑换机的兑换只能由设备发起。', 'Only a gift machine records its own redemptions.'),
  BIN_STATE_BY_DEVICE: m(
    '设备状态和满溢度由设备上报，人工只能停用或重新启用。',
    'A bin reports its own state and fill levels; people may only take it out of service and back.',
  ),
  ADMIN_ONLY: m('只有管理员可以执行此操作。', 'Only administrators may do this.'),
  PUBLISH_NOT_ALLOWED: m(
    '只有管理员和宣教基地编辑可以发布公开图片。',
    'Only administrators and base editors publish public images.',
  ),
  // Accounts
  ROLE_ADMIN_ONLY: m('只有管理员可以修改角色和所属单位。', 'Only administrators change roles and bindings.'),
  OWN_ROLE: m('不能修改自己的角色。', 'Nobody can change their own role.'),
  TOO_MANY_ATTEMPTS: m(
    '尝试次数过多，请 {{minutes}} 分钟后再试。',
    'Too many attempts; try again in {{minutes}} minutes.',
  ),
  // Cards
  INVALID_CARD_NUMBER: m(
    '卡号「{{number}}」格式不正确：应为 4–32 位字母、数字或连字符。',
    'Card number “{{number}}” is invalid: 4–32 letters, digits or dashes.',
  ),
  INVALID_COUNT: m('每批发卡数量为 1–{{max}} 张。', 'A batch holds 1–{{max}} cards.'),
  INVALID_START: m('起始号必须是非负整数。', 'The start must be a whole number of at least 0.'),
  CARD_NUMBERS_TAKEN: m(
    '卡号已存在：{{numbers}}（共 {{count}} 个）。',
    'These numbers are already issued: {{numbers}} ({{count}} in all).',
  ),
  CARD_NUMBER_TAKEN: m('卡号 {{number}} 已被使用。', 'Card number {{number}} is already in use.'),
  CARD_NOT_REPLACEABLE: m('卡 {{number}} 已注销或已补办。', 'Card {{number}} was cancelled or already replaced.'),
  UNKNOWN_CARD: m('智能卡不存在。', 'No such card.'),
  CARD_REQUIRED: m('必须指定智能卡。', 'A card is required.'),
  CARD_NOT_ACTIVE: m('此卡不可用（挂失或注销）。', 'The card is not active (lost or cancelled).'),
  // Drops
  DROP_IMMUTABLE: m(
    '投放记录不能修改；如有错误请做积分调整。',
    'A drop-off cannot be changed; correct it with an adjustment.',
  ),
  NOTE_REQUIRED: m('人工录入投放必须写明原因。', 'A drop entered by hand needs a written reason.'),
  DUPLICATE_DROP: m('这笔投放已经记录过。', 'This drop was already recorded.'),
  UNKNOWN_CATEGORY: m('未知的垃圾类别「{{category}}」。', 'Unknown category “{{category}}”.'),
  INVALID_WEIGHT: m('重量必须是 1–{{max}} 克之间的整数。', 'The weight must be whole grams, 1–{{max}}.'),
  INVALID_TIME: m('投放时间无效。', 'The time is not valid.'),
  FUTURE_TIME: m('时间在未来。', 'The time is in the future.'),
  TOO_OLD: m('时间早于 {{days}} 天前，不能补录。', 'The time is more than {{days}} days back.'),
  BEFORE_CARD_ISSUED: m('投放时间早于发卡时间。', 'The drop is dated before the card was issued.'),
  BEFORE_COMMISSIONED: m('投放时间早于设备投用时间。', 'The drop is dated before the bin was commissioned.'),
  CATEGORY_NOT_FOR_SITE: m(
    '「{{site}}」不收「{{category}}」：请选择该点位的分类。',
    '“{{site}}” does not sort into “{{category}}”: choose one of its categories.',
  ),
  CATEGORY_NOT_IN_BIN: m('此设备不收「{{category}}」。', 'This bin does not take “{{category}}”.'),
  WRONG_AUDIENCE: m('不适用于此类持卡人。', 'Not for this kind of card holder.'),
  IDEMPOTENCY_CONFLICT: m('同一编号已用于另一笔记录。', 'This id was already used for a different record.'),
  MISSING_KEY: m('缺少幂等键。', 'An idempotency key is required.'),
  UNKNOWN_COMPARTMENT: m('设备没有第 {{number}} 号箱格。', 'The bin has no compartment {{number}}.'),
  // Ledger
  LEDGER_APPEND_ONLY: m(
    '积分流水只能追加，不能修改；请另记一笔冲正。',
    'Ledger entries cannot be changed; post a correcting entry.',
  ),
  LEDGER_ADMIN_ONLY: m('只有管理员可以手工调整积分。', 'Only administrators post manual adjustments.'),
  ADJUSTMENT_ONLY: m('手工记账只能是「人工调整」。', 'A manual entry must be an adjustment.'),
  REASON_REQUIRED: m('手工调整必须填写原因。', 'An adjustment needs a written reason.'),
  INVALID_DELTA: m('积分变动必须是非零整数。', 'The change must be a whole number other than zero.'),
  DUPLICATE_ENTRY: m('这笔流水已经记过。', 'This entry was already posted.'),
  INSUFFICIENT_BALANCE: m(
    '积分不足：余额 {{balance}}，需要 {{needed}}。',
    'Not enough points: balance {{balance}}, needs {{needed}}.',
  ),
  // Rewards and redemptions
  UNKNOWN_REWARD: m('兑换商品不存在。', 'No such reward.'),
  INVALID_QUANTITY: m('数量为 1–{{max}}。', 'The quantity must be 1–{{max}}.'),
  REWARD_INACTIVE: m('该商品已下架。', 'The reward is not on offer.'),
  OUTSIDE_WINDOW: m('不在兑换期内。', 'The reward is outside its redemption window.'),
  OUT_OF_STOCK: m('库存不足（剩 {{stock}}）。', 'Not enough stock ({{stock}} left).'),
  REDEMPTION_IMMUTABLE: m('兑换记录只能撤销，不能修改。', 'A redemption can only be cancelled.'),
  WHOLE_POINTS: m('积分必须是非负整数。', 'Points must be a whole number of at least 0.'),
  HONOUR_COSTS_NOTHING: m('荣誉不需要积分。', 'An honour costs no points.'),
  FEE_REQUIRED: m('请填写抵扣金额。', 'Give the amount deducted.'),
  // Checks, follow-ups, rules, bins
  CHECK_SETTLED: m(
    '已扣分的检查记录不能修改；如有错误请做积分调整。',
    'This check was settled; correct it with an adjustment.',
  ),
  FOLLOW_UP_OPEN: m('此卡已有未结束的回访。', 'This card already has an open follow-up.'),
  DUPLICATE_CATEGORY: m('类别重复：{{category}}。', 'Category {{category}} appears twice.'),
  ALERT_CLOSED: m(
    '告警只能依次确认、关闭；已关闭的告警不能再修改。',
    'An alert moves only forward (acknowledged, closed); a closed alert is final.',
  ),
  CARD_REPLACED: m('此卡已挂失并补办，不能重新启用。', 'This card was replaced; it cannot be made active again.'),
  DUPLICATE_COMPARTMENT: m('箱格编号重复。', 'Each compartment number may appear once.'),
  // Countryside and assessment
  TIER_GAP: m('档次之间有空档：{{at}} 分不属于任何档次。', 'The tiers leave a gap at {{at}} points.'),
  TIER_OVERLAP: m('档次重叠：{{at}} 分落在两个档次。', 'The tiers overlap at {{at}} points.'),
  TIERS_NOT_COVERING: m('档次没有覆盖 {{from}} 到 {{to}} 分。', 'The tiers do not cover {{from}} to {{to}} points.'),
  METHOD_NO_ITEMS: m('考评办法至少要有一个考核项目。', 'A method needs at least one item.'),
  ITEM_KEY_TWICE: m('考核项目代码「{{key}}」重复。', 'Item key “{{key}}” appears twice.'),
  ITEM_RULE: m(
    '考核项目「{{key}}」的分值、每处扣分和最多扣分须大于 0，最多扣分不超过分值，且最多一位小数。',
    'Item “{{key}}”: maximum, deduction and cap must be above 0 with one decimal at most, the cap not above the maximum.',
  ),
  POOL_UNBALANCED: m(
    '资金池分配比例合计须为 100%，否则奖补总额不等于资金池。',
    'The shares of the pool must add up to 100 %, or the payouts would not sum to the pool.',
  ),
  POOL_MISSING: m('按资金池奖补时须填写资金池规则。', 'A pool shape needs its pool rule.'),
  UNKNOWN_CLEANER: m('保洁员不存在。', 'The cleaner does not exist.'),
  CLEANER_NOT_IN_TOWN: m('保洁员「{{name}}」不属于本镇（街道）。', 'Cleaner {{name}} is not in this town.'),
  APPRAISAL_EXISTS: m(
    '{{name}} {{quarter}} 的季度考核已经存在。',
    '{{name}} already has an appraisal for {{quarter}}.',
  ),
  CONTRACT_DATES: m('合同结束日期不能早于开始日期。', 'A contract cannot end before it starts.'),
  UNKNOWN_NOTICE: m('考核通报不存在。', 'No such notice.'),
  UNKNOWN_METHOD: m('考评办法不存在。', 'The assessment method does not exist.'),
  INVALID_PERIOD: m(
    '考核期「{{period}}」格式不对：季度写作 2026-Q3，月度写作 2026-11。',
    'Period “{{period}}” is not valid: a quarter is 2026-Q3, a month 2026-11.',
  ),
  ASSESSMENT_EXISTS: m('{{town}} {{period}} 的考核已经存在。', '{{town}} already has an assessment for {{period}}.'),
  ASSESSMENT_FIXED: m(
    '考核的镇、考核期和考评办法建立后不能更改。',
    'Town, period and method of an assessment cannot change.',
  ),
  ASSESSMENT_LOCKED: m(
    '考核已提交或已审定，镇（街道）不能再修改；如需修改请区里退回。',
    'The assessment is submitted or approved; the town cannot change it unless the district returns it.',
  ),
  REVIEW_BY_DISTRICT: m('审核评分、扣分和退回意见只能由区里填写。', 'Only the district reviews, deducts and returns.'),
  SELF_SCORE_BY_TOWN: m('自评分只能由镇（街道）填写。', 'Only the town enters its self-scores.'),
  UNKNOWN_ITEM: m('考评办法中没有项目「{{key}}」。', 'The method has no item “{{key}}”.'),
  ITEM_TWICE: m('项目「{{key}}」出现了两次。', 'Item “{{key}}” appears twice.'),
  SCORE_OUT_OF_RANGE: m(
    '项目「{{key}}」的得分须在 0 到 {{max}} 之间，最多一位小数。',
    'Item “{{key}}” must score between 0 and {{max}}, with one decimal at most.',
  ),
  ITEMS_MISSING: m('还有项目未自评：{{keys}}。', 'Items without a self-score: {{keys}}.'),
  FINDING_NEEDS_EVIDENCE: m('每条扣分都要附上证据照片或文件。', 'Every deduction needs its evidence.'),
  RETURN_NEEDS_REASON: m('退回时请写明理由。', 'Say why the assessment is returned.'),
  BAD_TRANSITION: m('考核不能从「{{from}}」改为「{{to}}」。', 'An assessment cannot go from “{{from}}” to “{{to}}”.'),
  PERIOD_NOT_CLOSED: m(
    '{{period}} 还有镇（街道）的考核未提交或未审定，不能计算奖补资金。',
    'Not every town’s assessment for {{period}} is in and approved yet.',
  ),
  NOTHING_TO_PAY: m('{{period}} 没有已审定的考核。', 'No approved assessments for {{period}}.'),
  PAYOUTS_EXIST: m(
    '{{period}} 的奖补资金已经计算过，不会重复计算；确需重算请写明原因。',
    'Payouts for {{period}} were already computed; to recompute them, give the reason.',
  ),
  PAYOUTS_LOCKED: m(
    '{{period}} 的奖补资金已审批或拨付，不能再重算。',
    'Payouts for {{period}} are approved or paid: they are never recomputed.',
  ),
  METHODS_DIFFER: m('{{period}} 的考核使用了不同的考评办法。', 'Assessments for {{period}} use different methods.'),
  NO_BASE: m('考评办法中没有 {{town}} 的奖补基数。', 'The method has no base for {{town}}.'),
  PAYOUT_TRANSITION: m(
    '奖补资金只能依次审批、拨付；拨付须填写日期和凭证号。',
    'A payout is approved, then paid (with a date and a voucher number), in that order.',
  ),
  // Publicity and the public site
  INVALID_LINK: m('链接须以 http:// 或 https:// 开头。', 'A link starts with http:// or https://.'),
  NO_BASE_BOUND: m(
    '您的账号未绑定教育基地，请联系管理员。',
    'Your account is not bound to an education base; ask an administrator.',
  ),
  OTHER_BASE: m('只能管理本基地的内容。', 'You can only manage your own base’s content.'),
  PLAN_STEP: m('工作方案不能从「{{from}}」改为「{{to}}」。', 'A work plan cannot go from “{{from}}” to “{{to}}”.'),
  PLAN_ISSUED: m('工作方案已印发，不能再修改。', 'The work plan is issued and can no longer change.'),
  CONSULTATION_END_REQUIRED: m(
    '开始征求意见前，请填写一个将来的截止时间。',
    'Set a closing time in the future before opening the consultation.',
  ),
  CLOSE_OUT_MISSING: m(
    '还有 {{count}} 条公开意见未办理（采纳、部分采纳或不采纳并说明理由），不能印发。',
    '{{count}} shown comments are not closed out yet (adopted, partly or not adopted with a reason).',
  ),
  CONSULTATION_STILL_OPEN: m(
    '征求意见尚未截止；如需提前结束，请先把截止时间改为现在。',
    'The consultation is still open; to end it early, set its closing time to now first.',
  ),
  COMMENTS_PENDING: m(
    '还有 {{count}} 条意见未审核（公开或隐藏），不能印发。',
    '{{count}} comments still await moderation (show or hide them) before issuing.',
  ),
  HIDE_REASON_REQUIRED: m('隐藏意见须填写原因。', 'Hiding a comment needs a reason.'),
  OUTCOME_REASON_REQUIRED: m('部分采纳或不采纳须说明理由。', 'Partly or not adopted needs a reason.'),
  CONSULTATION_CLOSED: m(
    '该文件目前不在征求意见期内，意见未提交。',
    'This document is not open for comments; nothing was sent.',
  ),
  UNKNOWN_SECTION: m('没有这个章节。', 'There is no such section.'),
  COMMENT_EMPTY: m('请填写内容。', 'Please write something.'),
  COMMENT_TOO_LONG: m('内容不能超过 {{max}} 字。', 'At most {{max}} characters.'),
  COMMENT_RECEIVED: m('意见已收到，审核后公开。', 'Received; it will show once moderated.'),
  FORM_INVALID: m('提交的内容有误，请检查后重试。', 'Something in the form is not right; check it and try again.'),
  SPAM_TRAP: m('提交未被接受。', 'The submission was not accepted.'),
  UNKNOWN_SITE: m('投放点不存在。', 'No such site.'),
  SLOT_ENDS_FIRST: m('结束时间须晚于开始时间。', 'The end must be after the start.'),
  UNKNOWN_SLOT: m('参观时段不存在。', 'No such visit slot.'),
  SLOT_PAST: m('该时段已开始或已过去，不能预约。', 'This slot has started or passed; it cannot be booked.'),
  BEYOND_CAPACITY: m(
    '人数超过该时段可接待人数（{{capacity}} 人）。',
    'More people than the slot holds ({{capacity}}).',
  ),
  SLOT_FULL: m(
    '该时段只剩 {{free}} 个名额；可选择排入候补。',
    'Only {{free}} places left; you may join the waiting list.',
  ),
  CAPACITY_BELOW_HELD: m(
    '已有 {{held}} 人预约，可接待人数不能少于此数。',
    '{{held}} places are already held; the capacity cannot go below that.',
  ),
  SLOT_HAS_BOOKINGS: m(
    '该时段还有 {{count}} 个预约或候补，请先婉拒或取消。',
    '{{count}} bookings hold or wait for this slot; decline or cancel them first.',
  ),
  BOOKING_STEP: m('预约不能从「{{from}}」改为「{{to}}」。', 'A booking cannot go from “{{from}}” to “{{to}}”.'),
  BOOKING_FIXED: m(
    '预约的时段和人数不能修改，请取消后重新预约。',
    'A booking’s slot and size are fixed; cancel and book again.',
  ),
  INVALID_MONTH: m(
    '月份格式为 yyyy-MM（如 2026-11），收到「{{month}}」。',
    'A month is yyyy-MM (e.g. 2026-11), not “{{month}}”.',
  ),
  ROLL_MONTH_FIXED: m('光荣榜的月份不能修改。', 'An honour roll’s month cannot change.'),
  ROLL_PUBLISHED: m('光荣榜已发布，不能修改。', 'The honour roll is published and can no longer change.'),
  ROLL_MONTH_OPEN: m(
    '{{month}} 还没有结束，月底后才能发布。',
    '{{month}} has not ended yet; publish it after the month is over.',
  ),
  ROLL_EMPTY: m(
    '{{month}} 没有机关单位的持卡记录，无法发布。',
    'No office cards on record for {{month}}; nothing to publish.',
  ),
  CARD_LOOKUP_FAILED: m('卡号或手机尾号不正确。', 'The card number or the phone digits are not right.'),
  // Operations: storage
  SALE_NOT_RECYCLABLE: m(
    '有害垃圾不能出售，只能转移处置。',
    'Hazardous waste is not sold; it is transferred for disposal.',
  ),
  TRANSFER_NOT_HAZARDOUS: m(
    '只有有害垃圾按联单转移处置；可回收物请登记出售。',
    'Only hazardous waste is transferred on a manifest; recyclables are sold.',
  ),
  WRONG_FACILITY: m('去向单位应为「{{expected}}」。', 'The facility must be a “{{expected}}”.'),
  MANIFEST_REQUIRED: m('转移有害垃圾须填写转移联单编号。', 'A transfer of hazardous waste needs its manifest number.'),
  PRICE_REQUIRED: m('出售须填写单价。', 'A sale needs its price.'),
  CONTAINERS_REQUIRED: m(
    '有害垃圾入库须逐个登记密封容器及重量。',
    'Hazardous waste comes in as sealed containers, each weighed.',
  ),
  CONTAINERS_DISAGREE: m(
    '各容器重量合计 {{containers}}，与登记重量 {{grams}} 不符。',
    'The containers weigh {{containers}} in all, not {{grams}}.',
  ),
  STOCK_NEGATIVE: m(
    '{{material}} 库存只有 {{stock}}，不能出库这么多。',
    'Only {{stock}} of {{material}} in stock; not that much can go out.',
  ),
  // Operations: pickups
  PICKUP_SLOT_FULL: m(
    '该时段已约满（{{capacity}} 户），请选择其他时段。',
    'This slot is full ({{capacity}} households); choose another.',
  ),
  PICKUP_STEP: m('上门回收单不能从「{{from}}」改为「{{to}}」。', 'A pickup cannot go from “{{from}}” to “{{to}}”.'),
  COLLECTOR_REQUIRED: m('派单须选择回收员。', 'Assigning needs a collector.'),
  UNKNOWN_IMPORT: m('没有这种导入。', 'There is no such import.'),
  IMPORT_NO_FILE: m('请选择要导入的 Excel（.xlsx）或 CSV 文件。', 'Choose an Excel (.xlsx) or CSV file to import.'),
  IMPORT_TOO_LARGE: m('文件超过 {{mb}} MB，请分批导入。', 'The file is over {{mb}} MB; import it in parts.'),
  NOT_A_SPREADSHEET: m('这不是 Excel（.xlsx）或 CSV 表格文件。', 'This is not an Excel (.xlsx) or CSV sheet.'),
  IMPORT_HAS_ERRORS: m(
    '有 {{count}} 处问题，未导入任何数据；请按清单改正后重试。',
    '{{count}} problems: nothing was imported; correct them and try again.',
  ),
  IMPORT_ROW_FAILED: m(
    '第 {{row}} 行未能写入（{{reason}}），全部未导入。',
    'Row {{row}} could not be written ({{reason}}): nothing was imported.',
  ),
  EXPORT_TOO_MANY: m(
    '共 {{count}} 条，一次最多导出 {{limit}} 条；请先筛选（例如按日期或场所）。',
    '{{count}} rows: at most {{limit}} export at once; filter the list first (by date or site, say).',
  ),
  UNKNOWN_EXPORT: m('没有这种导出。', 'There is no such export.'),
  REPORT_BEFORE_PROGRAMME: m(
    '{{date}} 早于本区垃圾分类工作开始的日期（{{start}}），没有可汇报的数据。',
    '{{date}} is before the programme began ({{start}}): there is nothing to report.',
  ),
  REPORT_IN_FUTURE: m(
    '汇报日期 {{date}} 晚于今天（{{today}}），尚无可汇报的数据。',
    'The report date {{date}} is after today ({{today}}): there is nothing to report yet.',
  ),
  REPORT_COPY_NOT_FOUND: m('没有这条汇报下载记录。', 'There is no such report download.'),
  UNKNOWN_BIN: m('设备 {{id}} 不存在。', 'Bin {{id}} does not exist.'),
  WORK_ORDER_STEP: m('工单不能从「{{from}}」改为「{{to}}」。', 'A work order cannot go from “{{from}}” to “{{to}}”.'),
  WORK_ORDER_CLOSED: m('工单已办结，不能再修改。', 'The work order is closed; it cannot be changed.'),
  WORK_ORDER_RESULT_REQUIRED: m('办结工单须填写处理结果。', 'Closing a work order needs its result.'),
  WORK_ORDER_PLACE: m('请选择设备或场所。', 'Choose a bin or a site.'),
  SHIFT_EXISTS: m('{{day}} 的{{shift}}已排班，请修改原排班。', 'The {{shift}} of {{day}} is already planned; edit it.'),
  PICKUP_PENDING: m(
    '这张卡已有一次待上门的预约，完成或取消后才能再约。',
    'This card already has a pickup to come; book again once it is done or cancelled.',
  ),
  PICKUP_CUTOFF: m(
    '距上门时间不足 2 小时，回收员已出发，不能取消。',
    'Less than two hours before the slot: the collector is on the way; it cannot be cancelled.',
  ),
  SLOT_BOOKED_TIME: m(
    '该时段已有 {{count}} 户预约，只有管理员可以改动时间。',
    '{{count}} households have booked this slot: only an administrator may move it.',
  ),
  HONOUR_AWARDED: m(
    '荣誉（流动红旗、光荣榜）由区里评定授予，不能兑换。',
    'Honours (red flags, honour rolls) are awarded by the district, not redeemed.',
  ),
  PICKUP_BEFORE_SLOT: m(
    '预约时段尚未开始，上门回收只能在时段开始后完成。',
    'The slot has not begun: a pickup is completed only from the start of its slot.',
  ),
  PICKUP_NOT_COLLECTOR: m(
    '只有派单的回收员（或管理员）可以完成这次上门回收。',
    'Only the assigned collector (or an administrator) completes this pickup.',
  ),
  PICKUP_TOO_HEAVY: m(
    '一次上门回收最多 {{max}} 千克；超出部分请另约一次，或由区里录入。',
    'One pickup weighs at most {{max}} kg; book another for the rest, or ask the district to enter it.',
  ),
  PICKUP_REASON_REQUIRED: m(
    '手工录入的称重须写明原因（如：联网秤故障）。',
    'Readings typed by hand need a reason (e.g. the scale was out of order).',
  ),
  READINGS_REQUIRED: m('完成上门回收须录入称重读数。', 'Completing a pickup needs the scale readings.'),
} satisfies Record<string, Label>

export type MessageCode = keyof typeof messages
export type MessageParams = Record<string, string | number>

export const isMessageCode = (code: string): code is MessageCode => code in messages

/** The catalogue in one language, as Payload's translations take it. */
export const catalogue = (language: 'zh' | 'en'): Record<string, string> =>
  Object.fromEntries(Object.entries(messages).map(([code, label]) => [code, label[language]]))

/** A message in one language, for places without a request (the device bridge speaks to machines). */
export function render(language: 'zh' | 'en', code: MessageCode, params: MessageParams = {}): string {
  return messages[code][language].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''))
}

/** Devices and logs, read by vendors and engineers: Chinese, then English. */
export const bilingual = (code: MessageCode, params: MessageParams = {}) =>
  `${render('zh', code, params)} ${render('en', code, params)}`
