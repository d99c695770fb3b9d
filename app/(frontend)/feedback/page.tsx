import { FEEDBACK_STATUSES } from '../../../domain/publicity/kinds'
import { COMMENT_MAX } from '../../../domain/publicity/consultation'
import { cms, moment, param, Refusal, SpamTrap } from '../cms'

export const dynamic = 'force-dynamic'
export const metadata = { title: '意见征集' }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

/** 意见征集: a note about a drop-off point; the answer is read here by its reference number. */
export default async function FeedbackPage({ searchParams }: Props) {
  const payload = await cms()
  const ref = (await param(searchParams, 'ref'))?.trim().toUpperCase()
  const [sites, found] = await Promise.all([
    payload.find({
      collection: 'sites',
      select: { name: true },
      sort: 'name',
      pagination: false,
      depth: 0,
      overrideAccess: true,
    }),
    ref && /^FK[A-Z0-9]{8}$/.test(ref)
      ? payload.find({
          collection: 'feedback',
          where: { reference: { equals: ref } },
          limit: 1,
          depth: 1,
          overrideAccess: true,
          select: {
            reference: true,
            text: true,
            status: true,
            answer: true,
            answeredAt: true,
            createdAt: true,
            site: true,
          },
        })
      : null,
  ])
  const note = found?.docs[0]
  return (
    <>
      <h1>意见征集</h1>
      {ref && (
        <section className="card" data-testid="feedback-status">
          {note ? (
            <>
              <p>
                编号 <strong>{note.reference}</strong> · {moment(note.createdAt)} ·{' '}
                {typeof note.site === 'object' && note.site ? note.site.name : '未指定投放点'}
              </p>
              <p>您的意见：{note.text}</p>
              <p>
                状态：<strong>{FEEDBACK_STATUSES[note.status].zh}</strong>
              </p>
              {note.answer && (
                <p data-testid="answer">
                  答复（{moment(note.answeredAt)}）：{note.answer}
                </p>
              )}
              {!note.answer && <p className="muted">我们会尽快答复，请保存编号稍后查询。</p>}
            </>
          ) : (
            <p className="notice error">没有找到这个编号。</p>
          )}
        </section>
      )}
      <h2 id="send">留言</h2>
      <Refusal search={await searchParams} />
      <form className="stack" method="post" action="/api/public/feedback">
        <label>
          投放点（可不选）
          <select name="site" defaultValue="">
            <option value="">（不指定）</option>
            {sites.docs.map((s) => (
              <option key={s.id} value={String(s.id)}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          意见或问题（{COMMENT_MAX} 字以内）
          <textarea name="text" rows={4} required maxLength={COMMENT_MAX} />
        </label>
        <label>
          联系方式（可不填，不公开）
          <input name="contact" maxLength={60} />
        </label>
        <SpamTrap />
        <button type="submit">提交</button>
      </form>
      <h2>查询答复</h2>
      <form className="stack" method="get" action="/feedback">
        <label>
          留言编号
          <input name="ref" required defaultValue={ref ?? ''} />
        </label>
        <button type="submit">查询</button>
      </form>
    </>
  )
}
