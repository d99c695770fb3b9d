/** The figures' definitions, as the registry holds them: what each counts, from which records, in which unit. */
import { METRICS, TARGETS, type MetricKey } from '../../../domain/metrics/registry'

const UNITS = {
  permille: '比率（‰ 存储，% 显示）',
  count: '个数',
  points: '积分',
  fen: '金额（分）',
  grams: '重量（克）',
}

export function FigureDefinitions() {
  return (
    <section id="definitions" data-testid="definitions" style={{ marginTop: 32 }}>
      <h3>统计口径（每个数字的定义）</h3>
      <table className="table" style={{ fontSize: 13 }}>
        <thead>
          <tr>
            <th>指标</th>
            <th>定义</th>
            <th>依据</th>
            <th>数据来源</th>
            <th>单位</th>
            <th>版本</th>
          </tr>
        </thead>
        <tbody>
          {(Object.keys(METRICS) as MetricKey[]).map((key) => {
            const m = METRICS[key]
            return (
              <tr key={key} id={`def-${key}`}>
                <td>
                  <a href={m.records}>{m.name.zh}</a>
                </td>
                <td>
                  {m.formula}
                  {TARGETS[key] ? `（${TARGETS[key]!.label}）` : ''}
                </td>
                <td>{'basis' in m && m.basis ? m.basis : '—'}</td>
                <td>{m.source.join('、')}</td>
                <td>{UNITS[m.unit]}</td>
                <td>v{m.version}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </section>
  )
}
