/** Behind https, the session cookie carries Secure (and SameSite=Lax) so it never travels in clear. */
import { bootPayload, type Booted } from './helpers/boot'
import { TEST_PASSWORD } from './helpers/fixtures'

let app: Booted

beforeAll(async () => {
  process.env.PUBLIC_URL = 'https://fenlei.example.gov.cn'
  app = await bootPayload()
  await app.payload.create({
    collection: 'users',
    data: { email: 'cookie@test.local', password: TEST_PASSWORD, name: '管理员', role: 'admin' },
  })
})
afterAll(async () => {
  delete process.env.PUBLIC_URL
  await app?.close()
})

test('the login cookie is Secure and SameSite=Lax when PUBLIC_URL is https', async () => {
  const routes = await import('@payloadcms/next/routes')
  const response = await routes.REST_POST(app.config)(
    new Request('https://fenlei.example.gov.cn/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'cookie@test.local', password: TEST_PASSWORD }),
    }),
    { params: Promise.resolve({ slug: ['users', 'login'] }) },
  )
  expect(response.status).toBe(200)
  const cookie = response.headers.get('set-cookie') ?? ''
  expect(cookie).toMatch(/payload-token=/)
  expect(cookie).toMatch(/;\s*Secure/i)
  expect(cookie).toMatch(/SameSite=Lax/i)
})
