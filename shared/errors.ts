/**
 * Errors with a clear, public message in the reader's one language and a machine-readable code.
 * Messages come from Payload's i18n (the `fenlei` namespace, i18n/messages.ts), one per code. Hooks and
 * custom endpoints throw these alike, so every refusal on /api reads `errors[0].data.code` (Payload's
 * own errors get a code too: see `codeEveryError`).
 */
import { APIError, type AfterErrorHook, type PayloadRequest } from 'payload'

import { render, type MessageCode, type MessageParams } from './i18n/messages'

type Extra = Record<string, unknown>
type Translate = (key: string, vars?: Record<string, unknown>) => string

/** A message in the language of the request (Chinese without one). */
export function say(req: Pick<PayloadRequest, 't'> | undefined, code: MessageCode, params: MessageParams = {}): string {
  return req?.t ? (req.t as unknown as Translate)(`fenlei:${code}`, params) : render('zh', code, params)
}

const coded =
  (status: number) =>
  (
    req: Pick<PayloadRequest, 't'> | undefined,
    code: MessageCode,
    params: MessageParams = {},
    extra: Extra = {},
  ): APIError =>
    new APIError(say(req, code, params), status, { code, ...extra }, true)

export const badRequest = coded(400)
export const forbidden = coded(403)
export const notFound = coded(404)
export const conflict = coded(409)
export const tooMany = coded(429)

/** Codes for the errors Payload raises itself, by their class name. */
const PAYLOAD_CODES: Record<string, string> = {
  ValidationError: 'VALIDATION_FAILED',
  Forbidden: 'FORBIDDEN',
  NotFound: 'NOT_FOUND',
  UnauthorizedError: 'UNAUTHORIZED',
  AuthenticationError: 'INVALID_CREDENTIALS',
  LockedAuth: 'INVALID_CREDENTIALS',
  UnverifiedEmail: 'UNVERIFIED_EMAIL',
  MissingFile: 'MISSING_FILE',
  FileUploadError: 'FILE_UPLOAD_FAILED',
  ErrorDeletingFile: 'FILE_DELETE_FAILED',
  QueryError: 'INVALID_QUERY',
}

/** Gives every /api error a `data.code`, whoever raised it. */
export const codeEveryError: AfterErrorHook = ({ error, result }) => {
  if (!result || !Array.isArray(result.errors)) return
  const fallback =
    PAYLOAD_CODES[error.name] ??
    (Number((error as { status?: number }).status) >= 500 || !('status' in error) ? 'INTERNAL' : 'ERROR')
  const errors = (result.errors as Array<{ data?: Extra | null }>).map((e) => ({
    ...e,
    data: { ...(e.data ?? {}), code: (e.data?.code as string | undefined) ?? fallback },
  }))
  return { response: { ...result, errors } }
}
