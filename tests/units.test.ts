/** Pure pieces of issue 8: refusal sampling, sign-in limits, the audit diff and masking. */
import { RefusalSampler, type Sampled } from '../device-bridge/refusals'
import { AttemptGuard } from '../domain/system/attempts'
import { diffRecord } from '../domain/system/audit'

describe('refusal sampling', () => {
  const row = (clientAddress: string, code = 'AUTH_FAILED'): Sampled => ({
    deviceId: null,
    bin: null,
    endpoint: 'events',
    status: 401,
    code,
    clientAddress,
  })

  test('a flood keeps five rows per kind and address and minute, then one summary row with the count', () => {
    const written: Sampled[] = []
    const sampler = new RefusalSampler((rows) => written.push(...rows))
    for (let i = 0; i < 500; i++) sampler.record(row('10.0.0.9'), 1_000 + i)
    for (let i = 0; i < 3; i++) sampler.record(row('10.0.0.8'), 2_000)
    expect(written).toHaveLength(8)
    sampler.flush(62_000)
    expect(written).toHaveLength(9)
    expect(written.at(-1)).toMatchObject({ clientAddress: '10.0.0.9', repeats: 495, body: null })
    // A new minute starts a new window.
    sampler.record(row('10.0.0.9'), 63_000)
    expect(written).toHaveLength(10)
  })

  test('the sampler’s memory is bounded by a flood of addresses', () => {
    const written: Sampled[] = []
    const sampler = new RefusalSampler((rows) => written.push(...rows), 5, 60_000, 100)
    for (let i = 0; i < 10_000; i++) sampler.record(row(`10.1.${i >> 8}.${i & 255}`), 1_000)
    expect(written.length).toBe(10_000)
    expect((sampler as unknown as { windows: Map<string, unknown> }).windows.size).toBeLessThanOrEqual(100)
  })
})

describe('sign-in limits', () => {
  test('five failures lock the account for that address only; twenty from one address lock the address', () => {
    const guard = new AttemptGuard()
    for (let i = 0; i < 5; i++) guard.fail('admin@x', '10.0.0.66', 1000 + i)
    expect(guard.accountLocked('admin@x', '10.0.0.66', 2000)).toBe(true)
    expect(guard.accountLocked('admin@x', '10.0.0.1', 2000)).toBe(false)
    expect(guard.accountLocked('ADMIN@x', '10.0.0.66', 2000 + 15 * 60_000)).toBe(false)
    for (let i = 0; i < 20; i++) guard.fail(`user${i}@x`, '10.0.0.77', 3000)
    expect(guard.addressWait('10.0.0.77', 3000)).toBeGreaterThan(0)
    expect(guard.addressWait('10.0.0.1', 3000)).toBe(0)
    guard.clearAccount('admin@x')
    expect(guard.accountLocked('admin@x', '10.0.0.66', 2000)).toBe(false)
  })
})

describe('audit diff', () => {
  test('lists changed fields before → after, masks phones and secrets, skips bookkeeping', () => {
    const changes = diffRecord(
      {
        name: '张三',
        phone: '13812345678',
        secretSealed: 'abc',
        updatedAt: '1',
        town: { id: 3, createdAt: 'x', name: '镇' },
      },
      { name: '李四', phone: '13912345678', secretSealed: 'def', updatedAt: '2', town: 4 },
    )
    expect(changes).toEqual([
      { field: 'name', before: '张三', after: '李四' },
      { field: 'phone', before: '138****5678', after: '139****5678' },
      { field: 'secretSealed', before: '***', after: '***' },
      { field: 'town', before: 3, after: 4 },
    ])
  })
})
