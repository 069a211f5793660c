
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'actions': `主要举措`,
'at-risk': `存在风险`,
'baseline': str`${0}（基线：${1}）`,
'collapse-all': `全部收起`,
'done': `已完成`,
'done-mark': `已完成：`,
'due': `完成时限`,
'due-by': str`（${0}前完成）`,
'error': `无法显示这份计划。`,
'expand-all': `全部展开`,
'expected': str`${0}，按时间进度应达 ${1}`,
'http': str`服务器对 ${1} 返回了 ${0}。请检查地址。`,
'in-progress': `进行中`,
'invalid': `数据不符合 plan-widgets 的格式：`,
'language': `语言`,
'leader': `分管领导`,
'links': `相关链接`,
'list-separator': `、`,
'loading': `正在加载计划……`,
'measure': str`${0}／${1}`,
'measures': `量化指标`,
'network': str`无法访问 ${0}。请检查地址；跨站数据须允许跨域访问（CORS）。`,
'no-match': `没有与“priorities”设置相符的重点工作。`,
'no-source': `未提供数据：请将 src 属性设为数据文件的地址。`,
'not-json': str`${0} 中的内容不是有效的 JSON。`,
'not-started': `未启动`,
'off-track': `进度滞后`,
'on-track': `进度正常`,
'overall': `总体进度`,
'owner': `牵头单位`,
'partners': `责任单位`,
'period': str`${0}至${1}`,
'plan-link': `阅读计划全文`,
'plan-updated': str`${0}更新`,
'refresh-failed': `未能刷新，以下仍是此前的数据。`,
'retry': `重新加载`,
'saved-copy': str`暂时无法获取最新数据，以下是 ${0} 保存的副本。`,
'stale': str`数据更新于${0}（${1}），可能已不是最新。`,
'status': `状态：`,
'timeout': str`${0} 在 15 秒内没有响应。请稍后再试，或检查地址。`,
'todo-mark': `待完成：`,
'trend': str`从${1}的${0}到${3}的${2}；${4}`,
'trend-change': str`较${1}${0}`,
'unknown': `进度未知`,
'updated': `最近更新`,
'updates': `进展动态`,
    };
  