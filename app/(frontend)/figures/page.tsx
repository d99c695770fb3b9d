import { METRICS, TARGETS, type MetricKey } from '../../../domain/metrics/registry'

export const metadata = { title: '统计口径' }

/** 统计口径: every figure the programme publishes, defined as the platform computes it (domain/metrics/registry.ts). */
export default function Definitions() {
  return (
    <>
      <h1>统计口径</h1>
      <p>本平台公布的每一个数字都按下列定义从业务记录计算（时间按北京时间的自然日）。</p>
      <dl className="definitions">
        {(Object.keys(METRICS) as MetricKey[]).map((key) => {
          const m = METRICS[key]
          const target = TARGETS[key]
          return (
            <div key={key} id={key}>
              <dt>
                {m.name.zh} <span className="muted">v{m.version}</span>
              </dt>
              <dd>
                {m.formula}
                {m.numerator && m.denominator ? `（分子：${m.numerator}；分母：${m.denominator}）` : ''}
                {target ? `。目标：${target.label}` : ''}
              </dd>
            </div>
          )
        })}
      </dl>
    </>
  )
}
