import { cache } from 'react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { consultationOpen, COMMENT_MAX } from '../../../../domain/publicity/consultation'
import { COMMENT_OUTCOMES } from '../../../../domain/publicity/kinds'
import type { Material, PlanComment, WorkPlan } from '../../../../payload-types'
import { cms, day, param, publicById, Refusal, SpamTrap } from '../../cms'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

/** Read once per request: the page and its metadata share it. */
const load = cache(async (raw: string): Promise<{ plan: WorkPlan; comments: PlanComment[] } | null> => {
  const plan = await publicById('work-plans', raw)
  if (!plan) return null
  const comments = await (
    await cms()
  ).find({
    collection: 'plan-comments',
    where: { plan: { equals: plan.id } },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
  })
  return { plan, comments: comments.docs }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load((await params).id)
  return { title: loaded?.plan.title ?? '未找到' }
}

/** A policy: a consultation draft with a comment form per section, or an issued plan with its close-out table. */
export default async function PolicyPage({ params, searchParams }: Props) {
  const loaded = await load((await params).id)
  if (!loaded) notFound()
  const { plan, comments } = loaded
  const open = consultationOpen(plan, new Date())
  const sent = await param(searchParams, 'sent')
  const search = await searchParams
  const error = await param(searchParams, 'error')
  const errorSection = await param(searchParams, 'section')
  const bySection = (key: string) => comments.filter((c) => c.section === key)
  // The close-out table in the order of the text.
  const order = new Map(plan.sections.map((s, i) => [s.id, i]))
  const closeOut = [...comments].sort((a, b) => (order.get(a.section) ?? 0) - (order.get(b.section) ?? 0))
  // Populated only when the reader may read them (published with the plan).
  const attachments = (plan.attachments ?? []).filter((a): a is Material => typeof a === 'object' && a !== null)
  return (
    <article>
      <h1>{plan.title}</h1>
      <p className="muted">
        {plan.number && <>{plan.number} · </>}
        {plan.issuingBody}
        {plan.status === 'consultation' && <> · 征求意见截止 {day(plan.consultationEnds)}</>}
        {plan.status === 'issued' && <> · 印发于 {day(plan.issuedAt)}</>}
      </p>
      {plan.summary && <p>{plan.summary}</p>}
      {plan.status === 'issued' && plan.approvedOn && (
        <p>本方案经区人民政府审定（{day(plan.approvedOn)}），现予印发。</p>
      )}
      {attachments.length > 0 && (
        <section aria-labelledby="attachments">
          <h2 id="attachments">附件</h2>
          <ul>
            {attachments.map((a) => (
              <li key={a.id}>
                <a href={a.url ?? '#'}>{a.title}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.status === 'consultation' && (
        <p className="notice">
          {open
            ? '本文件正在公开征求意见，欢迎在各章节下方提出意见。意见经审核后公开，联系方式不会公开。'
            : '征求意见已截止。'}
        </p>
      )}
      {plan.sections.map((s) => {
        const key = s.id!
        const shown = bySection(key)
        return (
          <section key={key} id={key} className="section" data-section={s.heading}>
            <h2>{s.heading}</h2>
            <p style={{ whiteSpace: 'pre-wrap' }}>{s.body}</p>
            {plan.status === 'consultation' && (
              <>
                {shown.length > 0 && (
                  <>
                    <h3>公众意见（{shown.length}）</h3>
                    <ul className="comments">
                      {shown.map((c) => (
                        <li key={c.id} className="comment">
                          <strong>{c.name || '匿名'}</strong>：{c.text}
                        </li>
                      ))}
                    </ul>
                  </>
                )}
                {sent === key && (
                  <p className="notice" role="status">
                    意见已收到，审核后公开。谢谢！
                  </p>
                )}
                {error && errorSection === key && <Refusal search={search} />}
                {open && (
                  <details open={errorSection === key}>
                    <summary>对本章节提意见</summary>
                    <form className="stack" method="post" action="/api/public/comments">
                      <input type="hidden" name="plan" value={String(plan.id)} />
                      <input type="hidden" name="section" value={key} />
                      <label>
                        意见内容（必填，{COMMENT_MAX} 字以内）
                        <textarea name="text" rows={4} maxLength={COMMENT_MAX} required />
                      </label>
                      <label>
                        署名（可不填）
                        <input name="name" maxLength={40} />
                      </label>
                      <label>
                        联系方式（可不填，不公开）
                        <input name="contact" maxLength={60} />
                      </label>
                      <SpamTrap />
                      <button type="submit">提交意见</button>
                    </form>
                  </details>
                )}
              </>
            )}
          </section>
        )
      })}
      {plan.status === 'issued' && (
        <section aria-labelledby="closeout">
          <h2 id="closeout">征求意见采纳情况</h2>
          {comments.length === 0 ? (
            <p className="muted">征求意见期间未收到公开意见。</p>
          ) : (
            <div className="table-wrap">
              <table data-testid="close-out">
                <thead>
                  <tr>
                    <th scope="col">章节</th>
                    <th scope="col">意见</th>
                    <th scope="col" className="nowrap">
                      办理结果
                    </th>
                    <th scope="col">理由 / 说明</th>
                  </tr>
                </thead>
                <tbody>
                  {closeOut.map((c) => (
                    <tr key={c.id}>
                      <td>{c.sectionHeading}</td>
                      <td>{c.text}</td>
                      <td className="nowrap">{c.outcome ? COMMENT_OUTCOMES[c.outcome].zh : '—'}</td>
                      <td>{c.outcomeReason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </article>
  )
}
