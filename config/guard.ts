/**
 * What the express server checks on every request to the app (not the device bridge, which signs
 * its own): the client's address for the login limits, the origin of state-changing requests, and
 * the size of JSON bodies on /api.
 */
import type { NextFunction, Request, Response } from 'express'

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS'])

const refuse = (res: Response, status: number, code: string, message: string) =>
  res.status(status).json({ errors: [{ message, data: { code } }] })

export function allowedOrigin(
  origin: string,
  host: string | undefined,
  o: { dev: boolean; publicUrl?: string },
): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false
  }
  if (o.publicUrl && url.origin === new URL(o.publicUrl).origin) return true
  // The same host the request came to (a browser on the admin's own address).
  if (host && url.host === host) return true
  return o.dev && (url.hostname === 'localhost' || url.hostname === '127.0.0.1')
}

export function guardApi(o: { dev: boolean; publicUrl?: string; jsonLimit: number }) {
  return (req: Request, res: Response, next: NextFunction) => {
    // The login limits count failures per client address; nobody may claim another one.
    req.headers['x-fenlei-client'] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    if (SAFE.has(req.method)) return next()
    const origin = req.get('origin')
    if (origin && !allowedOrigin(origin, req.get('host'), o)) {
      return refuse(res, 403, 'ORIGIN_NOT_ALLOWED', '来源网站不被允许。Requests from this origin are not allowed.')
    }
    if (req.path.startsWith('/api') && (req.get('content-type') ?? '').includes('json')) {
      const length = Number(req.get('content-length') ?? NaN)
      if (Number.isNaN(length))
        return refuse(res, 411, 'LENGTH_REQUIRED', '请求须注明长度。Content-Length is required.')
      if (length > o.jsonLimit) {
        return refuse(
          res,
          413,
          'BODY_TOO_LARGE',
          `请求体超过 ${o.jsonLimit} 字节。The body is over ${o.jsonLimit} bytes.`,
        )
      }
    }
    next()
  }
}
