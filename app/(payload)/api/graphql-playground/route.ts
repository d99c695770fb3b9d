/**
 * The GraphQL playground: a page that lists every type and field of the API to whoever opens it. Off unless
 * GRAPHQL_PLAYGROUND=true (issue 19: it was open wherever development ran — and `npm start` runs development).
 */
import config from '@payload-config'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

import { env } from '../../../../config/env'

const notFound = () =>
  Response.json({ errors: [{ message: 'Not Found', data: { code: 'NOT_FOUND' } }] }, { status: 404 })

export const GET = env.GRAPHQL_PLAYGROUND === 'true' ? GRAPHQL_PLAYGROUND_GET(config) : notFound
