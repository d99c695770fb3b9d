import config from '@payload-config'
import Link from 'next/link'
import { getPayload } from 'payload'

export const dynamic = 'force-dynamic'

/** The public home page: the district's towns. The public site grows here in later issues. */
export default async function Home() {
  const payload = await getPayload({ config })
  const towns = await payload.find({ collection: 'towns', sort: 'name', limit: 100, depth: 0 })
  return (
    <main>
      <h1>生活垃圾分类公共服务平台</h1>
      <p>Household waste sorting — public service of the district.</p>
      <h2>镇（街道）</h2>
      <ul>
        {towns.docs.map((town) => (
          <li key={town.id}>{town.name}</li>
        ))}
      </ul>
      <p>
        <Link href="/admin">工作人员登录 Staff login</Link>
      </p>
    </main>
  )
}
