'use client'
/**
 * Helpers on the counter's forms: a drop offers the categories of its card's site; a redemption shows balance,
 * price and stock; a batch proposes its range.
 */
import { Button, SelectField, useField, useFormFields, useTranslation } from '@payloadcms/ui'
import type { SelectFieldClientComponent, UIFieldClientComponent } from 'payload'
import { useEffect, useState } from 'react'

import { categoriesForSiteKind } from '../../../domain/points/points'

type Card = { cardNumber: string; balance?: number | null; holderKind?: string }
type Reward = { name: string; kind: string; pointsCost?: number | null; feeFen?: number | null; stock?: number | null }

const idOf = (v: unknown): string | null =>
  v === null || v === undefined || v === ''
    ? null
    : typeof v === 'object'
      ? String((v as { id: unknown }).id)
      : String(v)

async function get<T>(url: string): Promise<T | null> {
  const res = await fetch(url, { credentials: 'include' })
  return res.ok ? ((await res.json()) as T) : null
}

/** Loads `url` (or nothing) into a state, ignoring answers that arrive after the selection changed. */
function follow<T>(url: string | null, set: (value: T | null) => void): () => void {
  let live = true
  void (url ? get<T>(url) : Promise.resolve(null)).then((value) => live && set(value))
  return () => {
    live = false
  }
}

/** Before saving a redemption: the card's balance, the reward's price in points, its stock, and what is left. */
export const RedemptionPreview: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const cardId = idOf(useFormFields(([fields]) => fields.card?.value))
  const rewardId = idOf(useFormFields(([fields]) => fields.reward?.value))
  const quantity = Number(useFormFields(([fields]) => fields.quantity?.value) ?? 1) || 1
  const [card, setCard] = useState<Card | null>(null)
  const [reward, setReward] = useState<Reward | null>(null)
  const [perYuan, setPerYuan] = useState(100)
  useEffect(() => follow(cardId ? `/api/cards/${cardId}?depth=0` : null, setCard), [cardId])
  useEffect(() => follow(rewardId ? `/api/rewards/${rewardId}?depth=0` : null, setReward), [rewardId])
  useEffect(() => {
    void get<{ pointsPerYuan?: number }>('/api/globals/point-rules?depth=0').then(
      (r) => r?.pointsPerYuan && setPerYuan(r.pointsPerYuan),
    )
  }, [])
  if (!card && !reward) return null
  const unit = reward
    ? reward.kind === 'honour'
      ? 0
      : reward.kind === 'fee-deduction'
        ? Math.ceil(((reward.feeFen ?? 0) * perYuan) / 100)
        : (reward.pointsCost ?? 0)
    : 0
  const cost = unit * quantity
  const balance = card?.balance ?? 0
  const short = card && reward && cost > balance
  const noStock = reward && reward.stock !== null && reward.stock !== undefined && reward.stock < quantity
  return (
    <div
      className="redemption-preview"
      role="status"
      style={{
        border: '1px solid var(--theme-elevation-150)',
        borderRadius: 6,
        padding: '12px 16px',
        margin: '8px 0 24px',
      }}
    >
      {card && (
        <div>
          {zh ? '积分余额' : 'Balance'}：<strong id="preview-balance">{balance}</strong>
        </div>
      )}
      {reward && (
        <div>
          {zh ? '所需积分' : 'Price'}：<strong id="preview-price">{unit}</strong>
          {quantity > 1 ? ` × ${quantity} = ${cost}` : ''}
          {' · '}
          {zh ? '库存' : 'Stock'}：<strong id="preview-stock">{reward.stock ?? (zh ? '不限' : 'unlimited')}</strong>
        </div>
      )}
      {card && reward && (
        <div style={{ color: short || noStock ? '#c0392b' : '#1f7a4d', fontWeight: 600 }}>
          {short
            ? zh
              ? `积分不足，还差 ${cost - balance}`
              : `Not enough points: ${cost - balance} short`
            : noStock
              ? zh
                ? '库存不足'
                : 'Not enough stock'
              : zh
                ? `兑换后余额 ${balance - cost}`
                : `Balance after: ${balance - cost}`}
        </div>
      )}
    </div>
  )
}

/** On a new batch: propose the first free number after the highest card with this prefix. */
export const BatchRange: UIFieldClientComponent = () => {
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const prefix = String(useFormFields(([fields]) => fields.prefix?.value) ?? '')
  const digits = Number(useFormFields(([fields]) => fields.digits?.value) ?? 6) || 6
  const { value: start, setValue } = useField<number | null>({ path: 'start' })
  const [proposed, setProposed] = useState<number | null>(null)
  useEffect(() => {
    const timer = setTimeout(() => {
      void get<{ start: number }>(
        `/api/card-batches/next-start?prefix=${encodeURIComponent(prefix)}&digits=${digits}`,
      ).then((r) => {
        if (!r) return
        setProposed(r.start)
        if (start === null || start === undefined) setValue(r.start)
      })
    }, 250)
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- propose again when the prefix or width changes
  }, [prefix, digits])
  if (proposed === null) return null
  const first = `${prefix}${String(proposed).padStart(digits, '0')}`
  return (
    <div className="batch-range" style={{ margin: '0 0 16px' }}>
      {zh ? `下一个可用卡号：${first}` : `Next free number: ${first}`}{' '}
      {start !== proposed && (
        <Button buttonStyle="subtle" size="small" onClick={() => setValue(proposed)}>
          {zh ? '从这里开始' : 'Start here'}
        </Button>
      )}
    </div>
  )
}

/** A drop's category: only those of the card's site kind (a village sorts 两次四分, a town the four urban classes). */
export const SiteCategoryField: SelectFieldClientComponent = (props) => {
  const cardId = idOf(useFormFields(([fields]) => fields.card?.value))
  const [kind, setKind] = useState<string | null>(null)
  useEffect(
    () =>
      follow<{ site?: { kind?: string } | number | null }>(cardId ? `/api/cards/${cardId}?depth=1` : null, (card) =>
        setKind(card?.site && typeof card.site === 'object' ? (card.site.kind ?? null) : null),
      ),
    [cardId],
  )
  const allowed: readonly string[] = categoriesForSiteKind(kind)
  const options = props.field.options.filter((o) => allowed.includes(typeof o === 'string' ? o : o.value))
  return (
    <div className="site-category" data-site-kind={kind ?? ''} style={{ flex: '1 1 auto' }}>
      <SelectField {...props} field={{ ...props.field, options }} />
    </div>
  )
}
