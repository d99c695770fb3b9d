import type React from 'react'

export const metadata = { title: '分类 Fenlei · 垃圾分类公共服务', description: '区生活垃圾分类公共服务平台' }

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body
        style={{
          fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif',
          margin: '2rem auto',
          maxWidth: 880,
          padding: '0 1rem',
        }}
      >
        {children}
      </body>
    </html>
  )
}
