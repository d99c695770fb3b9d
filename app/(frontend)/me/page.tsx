import { cookies } from 'next/headers'

import { PASS_COOKIE, readPass } from '../../../domain/publicity/residentPass'
import { residentView } from '../../../collections/publicity/resident'
import { cms, moment, Refusal, SpamTrap } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '积分查询' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/**
 * 积分查询: card number and the phone's last four digits → balance, the last twenty entries and the
 * rewards within reach. The lookup posts to /api/public/balance (rate-limited); a right answer leaves a
 * signed ten-minute pass for this page only.
 */
/** The card a valid pass was issued for, as its holder may see it (null without a pass or once it expired). */
async function passHolder(secret: string, pass: string | undefined) {
  const cardId = readPass(secret, pass, Date.now())
  return cardId ? residentView(await cms(), cardId) : null
}

export default async function Me({ searchParams }: Props) {
  const payload = await cms()
  const view = await passHolder(payload.secret, (await cookies()).get(PASS_COOKIE)?.value)
  return (
    <>
      <h1>积分查询</h1>
      {!view && (
        <>
          <p>输入智能分类卡卡号和办卡手机号的后四位，查询积分余额和最近的积分记录。</p>
          <Refusal search={await searchParams} />
          <form className="stack" method="post" action="/api/public/balance">
            <label>
              卡号
              <input name="cardNumber" required maxLength={32} autoComplete="off" />
            </label>
            <label>
              手机号后四位
              <input name="last4" required pattern="\d{4}" inputMode="numeric" maxLength={4} autoComplete="off" />
            </label>
            <SpamTrap />
            <button type="submit">查询</button>
          </form>
        </>
      )}
      {view && (
        <section data-testid="balance-view">
          <p>
            卡号 {view.cardNumber} · {view.holder}
          </p>
          <p>
            积分余额：
            <strong className="code" data-testid="balance">
              {view.balance}
            </strong>
          </p>
          <h2>可兑换的奖品</h2>
          {view.rewards.length ? (
            <ul>
              {view.rewards.map((r) => (
                <li key={r.name}>
                  {r.name}（{r.pointsCost} 分）
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted">积分暂不足以兑换奖品，继续分类投放吧。</p>
          )}
          <h2>最近 {view.entries.length} 条积分记录</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">时间</th>
                  <th scope="col">类型</th>
                  <th scope="col">积分</th>
                  <th scope="col">说明</th>
                </tr>
              </thead>
              <tbody>
                {view.entries.map((e, i) => (
                  <tr key={i}>
                    <td>{moment(e.at)}</td>
                    <td>{e.kind}</td>
                    <td>{e.delta > 0 ? `+${e.delta}` : e.delta}</td>
                    <td>{e.note}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <form method="post" action="/api/public/balance/forget">
            <p className="muted">
              为保护隐私，查询结果 10 分钟后失效。在公用手机上查询后，请{' '}
              <button type="submit" id="forget">
                退出查询
              </button>
            </p>
          </form>
        </section>
      )}
    </>
  )
}
