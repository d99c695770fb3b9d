'use client'
/** 导出 Excel, above a list: the rows as filtered and sorted on screen, as an .xlsx workbook with Chinese headers. */
import { useEffect, useState } from 'react'

export function ExportButton({ slug }: { slug: string }) {
  const [search, setSearch] = useState('')
  // The list's filters and sort live in the address; read them when the link is used.
  useEffect(() => {
    const update = () => setSearch(window.location.search)
    update()
    const timer = window.setInterval(update, 500)
    return () => window.clearInterval(timer)
  }, [])
  const params = new URLSearchParams(search)
  for (const key of [...params.keys()])
    if (!key.startsWith('where') && key !== 'sort' && key !== 'search') params.delete(key)
  const query = params.toString()
  return (
    <div style={{ margin: '8px 0' }}>
      <a
        className="btn btn--style-secondary btn--size-small"
        id={`export-${slug}`}
        href={`/api/exports/${slug}${query ? `?${query}` : ''}`}
      >
        导出 Excel（按当前筛选）
      </a>
    </div>
  )
}
