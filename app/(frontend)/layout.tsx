import './site.css'

import Link from 'next/link'
import type React from 'react'

export const metadata = {
  title: { default: '垃圾分类公共服务平台 · 分类 Fenlei', template: '%s · 垃圾分类公共服务平台' },
  description: '区生活垃圾分类公共服务平台：新闻动态、政策文件、示范教育基地、信息公开、考核通报、积分查询。',
}

export const viewport = { width: 'device-width', initialScale: 1 }

const NAV = [
  ['/', '首页'],
  ['/news', '新闻动态'],
  ['/policies', '政策文件'],
  ['/bases', '教育基地'],
  ['/disclosure', '信息公开'],
  ['/notices', '考核通报'],
  ['/honour', '光荣榜'],
  ['/me', '积分查询'],
  ['/pickups', '上门回收'],
  ['/feedback', '意见征集'],
] as const

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body>
        <a className="skip" href="#main">
          跳到正文
        </a>
        <header className="site">
          <div className="bar">
            <Link className="brand" href="/">
              {/* eslint-disable-next-line @next/next/no-img-element -- files are served by Payload with its access rules; no image optimiser runs offline */}
              <img src="/logo.svg" alt="" width={28} height={28} />
              <span>垃圾分类公共服务平台</span>
            </Link>
            <nav aria-label="主导航">
              <ul>
                {NAV.map(([href, label]) => (
                  <li key={href}>
                    <Link href={href}>{label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site">
          <p>
            区城市管理局 主办 · 监督电话 12319 · <Link href="/admin">工作人员登录</Link>
          </p>
        </footer>
      </body>
    </html>
  )
}
