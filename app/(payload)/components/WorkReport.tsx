'use client'
/** 工作情况汇报: choose the date, download the Word document or the PDF (every figure from the records, footnoted). */
import { useState } from 'react'

import { shanghaiDay } from '../../../shared/time'

export function WorkReportDownload() {
  const [date, setDate] = useState(() => shanghaiDay(new Date()))
  return (
    <div className="field-type" style={{ marginBottom: 24 }} id="work-report">
      <label className="field-label" htmlFor="work-report-date">
        生成工作情况汇报（Word / PDF）
      </label>
      <div style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
        <input
          id="work-report-date"
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
          style={{ padding: '6px 8px' }}
        />
        <a
          className="btn btn--style-primary btn--size-medium"
          id="work-report-download"
          href={`/api/work-report?date=${date}`}
        >
          下载 Word
        </a>
        <a
          className="btn btn--style-secondary btn--size-medium"
          id="work-report-pdf"
          href={`/api/work-report?date=${date}&format=pdf`}
        >
          下载 PDF
        </a>
      </div>
      <p className="field-description">
        所有数字按所选日期从业务记录计算，每个数字以脚注（PDF
        为文末注释）注明其定义与数据来源；“下一步工作安排”取自下方文字。
      </p>
    </div>
  )
}
