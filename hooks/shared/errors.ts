/**
 * Errors with a clear, public message and a machine-readable code. Hooks and custom endpoints
 * throw these alike, so every refusal on /api reads `errors[0].data.code` (Payload's own errors
 * get a code too: see `codeEveryError`).
 */
import { APIError, type AfterErrorHook } from 'payload'

type Extra = Record<string, unknown>

const coded =
  (status: number) =>
  (code: string, message: string, extra: Extra = {}): APIError =>
    new APIError(message, status, { code, ...extra }, true)

export const badRequest = coded(400)
export const unauthorized = coded(401)
export const forbidden = coded(403)
export const notFound = coded(404)
export const conflict = coded(409)
export const tooLarge = coded(413)
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
