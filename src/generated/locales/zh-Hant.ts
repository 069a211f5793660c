
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'actions': `主要措施`,
'at-risk': `存在風險`,
'baseline': str`${0}（基準值：${1}）`,
'collapse-all': `全部收合`,
'done': `已完成`,
'done-mark': `已完成：`,
'due': `完成期限`,
'due-by': str`（${0}前完成）`,
'error': `無法顯示這份計畫。`,
'expand-all': `全部展開`,
'expected': str`${0}，依時程應達 ${1}`,
'http': str`伺服器對 ${1} 回應 ${0}。請檢查網址。`,
'in-progress': `進行中`,
'invalid': `資料不符合 plan-widgets 的格式：`,
'language': `語言`,
'leader': `分管領導`,
'links': `相關連結`,
'list-separator': `、`,
'loading': `正在載入計畫……`,
'measure': str`${0}／${1}`,
'measures': `量化指標`,
'network': str`無法存取 ${0}。請檢查網址；跨站資料須允許跨來源存取（CORS）。`,
'no-match': `沒有符合「priorities」設定的重點工作。`,
'no-source': `未提供資料：請將 src 屬性設為資料檔的網址。`,
'not-json': str`${0} 中的內容不是有效的 JSON。`,
'not-started': `尚未啟動`,
'off-track': `進度落後`,
'on-track': `進度正常`,
'overall': `整體進度`,
'owner': `主辦單位`,
'partners': `協辦單位`,
'period': str`${0}至${1}`,
'plan-link': `閱讀計畫全文`,
'plan-updated': str`${0}更新`,
'refresh-failed': `無法更新，以下仍是先前的資料。`,
'retry': `重新載入`,
'saved-copy': str`暫時無法取得最新資料，以下是 ${0} 儲存的副本。`,
'stale': str`資料更新於${0}（${1}），可能已非最新。`,
'status': `狀態：`,
'timeout': str`${0} 在 15 秒內沒有回應。請稍後再試，或檢查網址。`,
'todo-mark': `待完成：`,
'trend': str`從${1}的${0}到${3}的${2}；${4}`,
'trend-change': str`較${1}${0}`,
'unknown': `進度未知`,
'updated': `最近更新`,
'updates': `最新進度`,
    };
  