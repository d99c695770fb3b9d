'use client'
/** What a bin's row and page show: status in colour, fill per compartment, and the secret rotated once. */
import { Button, FieldLabel, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps, UIFieldClientComponent } from 'payload'
import { useState } from 'react'

import { NEARLY_FULL_PERCENT } from '../../../domain/devices/bins'
import { categoryLabels, isCategory } from '../../../domain/points/points'

const COLOURS: Record<string, string> = {
  online: '#1f7a4d',
  offline: '#8a8f98',
  full: '#c77700',
  fault: '#c0392b',
  disabled: '#5b6470',
}
const STATUS: Record<string, { zh: string; en: string }> = {
  online: { zh: '在线', en: 'Online' },
  offline: { zh: '离线', en: 'Offline' },
  full: { zh: '满箱', en: 'Full' },
  fault: { zh: '故障', en: 'Fault' },
  disabled: { zh: '停用', en: 'Disabled' },
}

export function BinStatusCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const status = String(cellData ?? 'offline')
  const label = STATUS[status]?.[i18n.language === 'en' ? 'en' : 'zh'] ?? status
  return (
    <span className="bin-status" data-status={status} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <span aria-hidden style={{ width: 10, height: 10, borderRadius: 5, background: COLOURS[status] ?? '#888' }} />
      {label}
    </span>
  )
}

type Compartment = { number: number; category: string; fillPercent?: number | null }

export function CompartmentsCell({ cellData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const rows = (Array.isArray(cellData) ? cellData : []) as Compartment[]
  if (!rows.length) return <span>—</span>
  return (
    <span style={{ display: 'inline-flex', gap: 8, flexWrap: 'wrap' }}>
      {rows.map((c) => {
        const name = isCategory(c.category)
          ? categoryLabels[c.category][i18n.language === 'en' ? 'en' : 'zh']
          : c.category
        const fill = c.fillPercent ?? 0
        return (
          <span
            key={c.number}
            title={name}
            style={{
              color: fill >= NEARLY_FULL_PERCENT ? '#c0392b' : undefined,
              fontWeight: fill >= NEARLY_FULL_PERCENT ? 600 : 400,
            }}
          >
            {name.replace('可回收物·', '').slice(0, 2)} {fill}%
          </span>
        )
      })}
    </span>
  )
}

/**
 * Rotating a bin's secret: the new one is shown once, here, with a copy button and the warning that the
 * old one stopped working — the bin must be given the new one now.
 */
export const RotateSecret: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const [secret, setSecret] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [copied, setCopied] = useState(false)
  if (!id)
    return (
      <p className="field-description">
        {zh ? '保存新设备后，在此生成设备密钥。' : 'Save the new bin, then generate its secret here.'}
      </p>
    )
  const rotate = async () => {
    if (
      !window.confirm(
        zh
          ? '生成新密钥后，旧密钥立即失效，设备需要换上新密钥。继续吗？'
          : 'The old secret stops working at once. Continue?',
      )
    )
      return
    const res = await fetch(`/api/bins/${id}/rotate-secret`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Accept-Language': i18n.language },
    })
    const body = await res.json()
    if (!res.ok) setError(body?.errors?.[0]?.message ?? String(res.status))
    else setSecret(body.secret)
  }
  return (
    <div className="field-type rotate-secret" style={{ marginBottom: 24 }}>
      <FieldLabel label={zh ? '设备密钥' : 'Device secret'} />
      <Button buttonStyle="secondary" onClick={rotate} id="rotate-secret">
        {zh ? '重新生成设备密钥' : 'Rotate the device secret'}
      </Button>
      {error && <p role="alert">{error}</p>}
      {secret && (
        <div
          role="dialog"
          aria-label={zh ? '新的设备密钥' : 'New device secret'}
          className="secret-dialog"
          style={{ border: '2px solid #c77700', borderRadius: 6, padding: 16, marginTop: 12 }}
        >
          <p style={{ fontWeight: 600, color: '#c77700' }}>
            {zh
              ? '新密钥只显示这一次，旧密钥已失效。请立即配置到设备上。'
              : 'Shown this once; the old secret no longer works. Configure the bin now.'}
          </p>
          <code id="new-secret" style={{ fontSize: 16, wordBreak: 'break-all' }}>
            {secret}
          </code>
          <div style={{ display: 'flex', gap: 8, marginTop: 12 }}>
            <Button
              buttonStyle="primary"
              onClick={async () => {
                await navigator.clipboard?.writeText(secret).catch(() => undefined)
                setCopied(true)
              }}
            >
              {copied ? (zh ? '已复制' : 'Copied') : zh ? '复制' : 'Copy'}
            </Button>
            <Button buttonStyle="secondary" onClick={() => setSecret(null)}>
              {zh ? '我已记下，关闭' : 'Done, close'}
            </Button>
          </div>
        </div>
      )}
    </div>
  )
}
