/** The ranking notice's table (pure): towns by total, each part's score beside the average of all towns. */

export type ScoredTown = {
  town: string
  total: number
  grade: string
  parts: Array<{ key: string; name: string; score: number; max: number }>
  amountFen: number | null
}
export type NoticeRow = ScoredTown & { rank: number }
export type NoticeTable = {
  rows: NoticeRow[]
  averages: Array<{ key: string; name: string; average: number; max: number }>
  averageTotal: number
}

const oneDecimal = (x: number) => Math.round(x * 10) / 10

export function noticeTable(towns: ScoredTown[]): NoticeTable {
  const sorted = [...towns].sort((a, b) => b.total - a.total || a.town.localeCompare(b.town, 'zh'))
  const rows = sorted.map((t) => ({ ...t, rank: 1 + sorted.filter((o) => o.total > t.total).length }))
  const parts = towns[0]?.parts ?? []
  const averages = parts.map((p) => ({
    key: p.key,
    name: p.name,
    max: p.max,
    average: oneDecimal(
      towns.reduce((s, t) => s + (t.parts.find((x) => x.key === p.key)?.score ?? 0), 0) / Math.max(1, towns.length),
    ),
  }))
  const averageTotal = oneDecimal(towns.reduce((s, t) => s + t.total, 0) / Math.max(1, towns.length))
  return { rows, averages, averageTotal }
}
