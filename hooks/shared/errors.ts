/** Errors with a clear, public, bilingual message and a machine-readable code. */
import { APIError } from 'payload'

export const forbidden = (code: string, message: string): APIError =>
  new APIError(message, 403, { code }, true)

export const badRequest = (code: string, message: string): APIError =>
  new APIError(message, 400, { code }, true)

export const conflict = (code: string, message: string): APIError =>
  new APIError(message, 409, { code }, true)

export const notFound = (code: string, message: string): APIError =>
  new APIError(message, 404, { code }, true)
