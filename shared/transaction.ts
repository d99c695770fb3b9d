/** Runs work in one database transaction on a request of its own (or the caller's). */
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

export async function inTransaction<T>(
  payload: Payload,
  work: (req: PayloadRequest) => Promise<T>,
  options: { req?: PayloadRequest; user?: PayloadRequest['user'] } = {},
): Promise<T> {
  const req = options.req ?? (await createLocalReq({ user: options.user ?? undefined }, payload))
  const started = await initTransaction(req)
  try {
    const result = await work(req)
    if (started) await commitTransaction(req)
    return result
  } catch (err) {
    await killTransaction(req)
    throw err
  }
}
