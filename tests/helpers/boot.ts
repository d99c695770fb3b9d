/**
 * Boots Payload once per test file on a fresh temporary SQLite file, exactly as the app is
 * configured (payload.config.ts), and offers REST calls through the same Next route handlers
 * that serve /api in production.
 */
import fs from 'node:fs'
import os from 'node:os'

import type { Payload, Plugin, SanitizedConfig } from 'payload'

export type Booted = {
  payload: Payload
  config: SanitizedConfig
  dir: string
  rest: RestClient
  close: () => Promise<void>
}

export async function bootPayload(
  options: {
    beforeConfig?: () => Promise<void>
    /** Added after the platform's own plugins (a test's own scheduled jobs, say). */
    plugins?: Plugin[]
  } = {},
): Promise<Booted> {
  // tests/helpers/env.ts (jest setupFiles) already pointed DATA_DIR and DATABASE_URL at a fresh folder.
  const dir = process.env.DATA_DIR!
  if (!dir.startsWith(os.tmpdir())) throw new Error(`Refusing to test against ${dir}: not a temporary folder`)
  await options.beforeConfig?.()
  const { default: configPromise, fenleiConfig } = await import('../../payload.config')
  const { buildConfig, getPayload } = await import('payload')
  const config = options.plugins?.length
    ? await buildConfig({ ...fenleiConfig, plugins: [...(fenleiConfig.plugins ?? []), ...options.plugins] })
    : await configPromise
  const payload = await getPayload({ config })
  const rest = await restClient(config)
  return {
    payload,
    config,
    dir,
    rest,
    close: async () => {
      await payload.destroy()
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** One error as the house writes it (`shared/errors.ts`): a message in the reader's language and a code. */
export type ApiError = {
  message: string
  data: { code: string; errors?: Array<{ path?: string; message: string }>; [detail: string]: unknown }
}
/** A record as the REST API returns it; a test that reads deeper names the record's type (`rest.call<{ doc: Card }>`). */
export type ApiDoc = { id: number; [field: string]: unknown }
/**
 * A response body as a test reads it. The keys are what Payload's REST API and the house's endpoints answer;
 * each is declared present because a test reads only what it expects, and a read of an absent one throws and
 * fails the test. A test of one endpoint's own shape passes it: `rest.call<{ results: Outcome[] }>(…)`.
 */
export type ApiBody = {
  errors: ApiError[]
  doc: ApiDoc
  docs: ApiDoc[]
  totalDocs: number
  message: string
  [key: string]: unknown
}
export type RestResponse<B = ApiBody> = { status: number; body: B }
/**
 * One GraphQL error as Payload's GraphQL handler writes it (the house's `afterError` recodes REST errors only): the
 * status and any data under `extensions`; a query the schema refuses has no `extensions`.
 */
export type GraphQLError = {
  message: string
  extensions?: { name?: string; statusCode?: number; data?: Record<string, unknown> }
  locations?: Array<{ line: number; column: number }>
  path?: Array<string | number>
}
export type RestClient = {
  call: <B = ApiBody>(
    method: string,
    url: string,
    options?: {
      token?: string
      body?: unknown
      lang?: string
      headers?: Record<string, string>
      /** multipart (FormData) or a plain HTML form (URLSearchParams) */
      form?: FormData | URLSearchParams
    },
  ) => Promise<RestResponse<B>>
  /** A GraphQL query or mutation through the same route handler that serves /api/graphql. */
  graphql: <D = Record<string, unknown>>(
    query: string,
    options?: { token?: string; lang?: string; headers?: Record<string, string> },
  ) => Promise<RestResponse<{ data: D; errors: GraphQLError[] }>>
  login: (email: string, password: string) => Promise<string>
  /** The response itself (files, documents). */
  raw: (method: string, url: string, options?: Parameters<RestClient['call']>[2]) => Promise<Response>
}

async function restClient(config: SanitizedConfig): Promise<RestClient> {
  const routes = await import('@payloadcms/next/routes')
  const handlers: Record<string, ReturnType<typeof routes.REST_GET>> = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  const raw: RestClient['raw'] = async (method, url, options = {}) => {
    const headers: Record<string, string> = { 'Accept-Language': options.lang ?? 'zh', ...options.headers }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    if (options.body !== undefined) headers['Content-Type'] = 'application/json'
    const request = new Request(`http://localhost:3000/api${url}`, {
      method,
      headers,
      body: options.form ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
    })
    const slug = new URL(request.url).pathname.replace(/^\/api\//, '').split('/')
    const handler = handlers[method]
    if (!handler) throw new Error(`No REST handler for ${method}`)
    return handler(request, { params: Promise.resolve({ slug }) })
  }
  const call = async <B>(...[method, url, options = {}]: Parameters<RestClient['call']>): Promise<RestResponse<B>> => {
    const response = await raw(method, url, options)
    const text = await response.text()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    // The body's type is the caller's claim about this endpoint's answer; the test's expect() checks it.
    return { status: response.status, body: body as B }
  }
  const graphqlHandler = routes.GRAPHQL_POST(config)
  const graphql: RestClient['graphql'] = async (query, options = {}) => {
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'Accept-Language': options.lang ?? 'zh',
      ...options.headers,
    }
    if (options.token) headers.Authorization = `JWT ${options.token}`
    const response = await graphqlHandler(
      new Request('http://localhost:3000/api/graphql', { method: 'POST', headers, body: JSON.stringify({ query }) }),
    )
    return { status: response.status, body: await response.json() }
  }
  return {
    call,
    raw,
    graphql,
    login: async (email, password) => {
      const res = await call<{ token: string }>('POST', '/users/login', { body: { email, password } })
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
      return res.body.token
    },
  }
}
