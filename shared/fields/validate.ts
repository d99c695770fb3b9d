/** Field validators whose messages are in the reader's language (i18n/messages.ts). */
import type { PayloadRequest } from 'payload'

import { say } from '../errors'
import type { MessageCode, MessageParams } from '../i18n/messages'

export type ValidateArgs = { req: PayloadRequest; siblingData: Record<string, unknown> }

/** An optional text that must match `pattern` when given (required text: `required`). */
export const matches =
  (pattern: RegExp, code: MessageCode, o: { required?: boolean } = {}) =>
  (v: string | null | undefined, { req }: ValidateArgs): true | string =>
    (!v && !o.required) || (typeof v === 'string' && pattern.test(v)) || say(req, code, { number: String(v ?? '') })

/** A message for a validator written by hand. */
export const invalid = (req: PayloadRequest, code: MessageCode, params?: MessageParams) => say(req, code, params)
