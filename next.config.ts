import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // The custom express server (server.ts) owns the port; Next only renders.
  poweredByHeader: false,
  serverExternalPackages: ['libsql', '@libsql/client'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
