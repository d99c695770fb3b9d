/** The district's own mark on the login page and in the navigation (instead of Payload's). */
import type React from 'react'

const mark = (size: number): React.ReactElement => (
  // eslint-disable-next-line @next/next/no-img-element -- a static SVG from public/, no optimisation needed
  <img src="/logo.svg" alt="" width={size} height={size} style={{ display: 'block' }} />
)

export function Logo(): React.ReactElement {
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 14 }}>
      {mark(56)}
      <div>
        <div style={{ fontSize: 28, fontWeight: 700, letterSpacing: 2 }}>分类 Fenlei</div>
        <div style={{ fontSize: 14, opacity: 0.75 }}>城乡生活垃圾分类工作平台</div>
      </div>
    </div>
  )
}

export function Icon(): React.ReactElement {
  return mark(28)
}
