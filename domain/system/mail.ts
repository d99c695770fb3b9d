/** The platform's mails, in Chinese (pure: text in, text out). */
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export function layout(title: string, paragraphs: string[]): string {
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>',
    escape(title),
    "</title></head><body style=\"font-family: 'Noto Sans CJK SC', 'PingFang SC', sans-serif; line-height: 1.7; color: #1f2a24\">",
    `<h2 style="color: #1f7a4d">${escape(title)}</h2>`,
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '<p style="color: #6b7770; font-size: 13px">此邮件由分类（Fenlei）平台自动发送，请勿直接回复。</p>',
    '</body></html>',
  ].join('')
}

export const resetPasswordSubject = '【分类平台】重置登录密码'

export function resetPasswordHTML(o: { name?: string | null; url: string; minutes: number }): string {
  return layout(resetPasswordSubject, [
    `${escape(o.name || '您好')}：`,
    '我们收到了重置您分类平台登录密码的申请。请在下面的链接中设置新密码：',
    `<a href="${escape(o.url)}" style="color: #1f7a4d">${escape(o.url)}</a>`,
    `链接 ${o.minutes} 分钟内有效，只能使用一次。如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。`,
  ])
}

/** Attempts at one mail before it is given up (and the admins told). */
export const MAIL_ATTEMPTS = 6

/** Minutes to wait after the n-th failed attempt: 1, 5, 15, 60, 240 (then given up). */
export function retryAfterMinutes(failures: number): number {
  return [1, 5, 15, 60, 240][Math.min(Math.max(failures, 1), 5) - 1]!
}
