/**
 * What the express server checks on every request to the app (not the device bridge, which signs
 * its own): the client's address for the login limits, the origin of state-changing requests, and
 * the size of JSON bodies on /api.
 */
import type { NextFunction, Request, Response } from 'express'

import { render, type MessageParams } from '../shared/i18n/messages'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Refused before the app sees the request: said in the language the client asked for. */
const refuse = (
  req: Request,
  res: Response,
  status: number,
  code: 'ORIGIN_NOT_ALLOWED' | 'LENGTH_REQUIRED' | 'BODY_TOO_LARGE',
  params: MessageParams = {},
) => {
  const language = /^\s*en/i.test(req.get('accept-language') ?? '') ? 'en' : 'zh'
  return res.status(status).json({ errors: [{ message: render(language, code, params), data: { code } }] })
}

/**
 * A state-changing request from a browser page is let through only from the platform's own origin: scheme, host and
 * port of `PUBLIC_URL`, or the very host and port the request came to. Development is no exception: a page on
 * another localhost port is another site's page (it once made a signed-in admin's browser create an admin).
 */
export function allowedOrigin(origin: string, host: string | undefined, o: { publicUrl?: string }): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (o.publicUrl && url.origin === new URL(o.publicUrl).origin) return true
  // The same host and port the request came to (a browser on the admin's own address).
  return Boolean(host) && url.host === host && (url.protocol === 'http:' || url.protocol === 'https:')
}

export function guardApi(o: { publicUrl?: string; jsonLimit: number }) {
  return (req: Request, res: Response, next: NextFunction) => {
    // The login limits count failures per client address; nobody may claim another one.
    req.headers['x-fenlei-client'] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    if (SAFE.has(req.method)) return next()
    const origin = req.get('origin')
    if (origin && !allowedOrigin(origin, req.get('host'), o)) return refuse(req, res, 403, 'ORIGIN_NOT_ALLOWED')
    // Bodies on /api are limited whatever their declared type; uploads (multipart) have Payload's file limit.
    const multipart = (req.get('content-type') ?? '').startsWith('multipart/')
    if (req.path.startsWith('/api') && !multipart) {
      const length = req.get('content-length')
      if (length === undefined && req.get('transfer-encoding')) return refuse(req, res, 411, 'LENGTH_REQUIRED')
      if (Number(length ?? 0) > o.jsonLimit) return refuse(req, res, 413, 'BODY_TOO_LARGE', { limit: o.jsonLimit })
    }
    next()
  }
}
