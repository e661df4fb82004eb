/** Labels of the journal's server-side paging and plant-time filter (spread into en.ts and zh-CN.ts). */
export const journalEn = {
  'journal.plantFrom': 'From (plant time)',
  'journal.plantTo': 'To (plant time)',
  'journal.newest': 'Newest',
  'journal.newer': 'Newer',
  'journal.older': 'Older',
  'journal.pageN': 'Page {page}',
  'journal.paging': 'Journal pages',
} as const;

export const journalZh: Record<keyof typeof journalEn, string> = {
  'journal.plantFrom': '起始（装置时间）',
  'journal.plantTo': '结束（装置时间）',
  'journal.newest': '最新',
  'journal.newer': '较新',
  'journal.older': '更早',
  'journal.pageN': '第 {page} 页',
  'journal.paging': '日志翻页',
};
