/** User-visible strings of the palette area. Keys start with 'palette.'; both languages have every key. */
export const paletteMessages = {
  en: {
    'palette.title': 'Services',
    'palette.search': 'Search services',
    'palette.search.placeholder': 'Search (e.g. guard, ガード)',
    'palette.noMatch': 'No service matches “{query}”.',
    'palette.results': '{count} matching services',
    'palette.item.hint':
      'Click or press Enter to add it (into the selected container when it belongs there); drag it onto the canvas to place it.',
    'palette.category.containers': 'Containers',
    'palette.category.edge-network': 'Edge, network and load balancing',
    'palette.category.compute-data': 'Compute, application and data',
    'palette.category.protection': 'Protection',
    'palette.category.detection': 'Detection, response and governance',
  },
  ja: {
    'palette.title': 'サービス',
    'palette.search': 'サービスを検索',
    'palette.search.placeholder': '検索（例: guard、ガード）',
    'palette.noMatch': '「{query}」に一致するサービスはありません。',
    'palette.results': '一致するサービス（{count} 件）',
    'palette.item.hint':
      'クリックまたは Enter で追加（選択中のコンテナに置けるときはその中へ）、キャンバスへドラッグして配置します。',
    'palette.category.containers': 'コンテナ（境界）',
    'palette.category.edge-network': 'エッジ・ネットワーク・負荷分散',
    'palette.category.compute-data': 'コンピューティング・アプリケーション・データ',
    'palette.category.protection': '保護',
    'palette.category.detection': '検出・対応・ガバナンス',
  },
} as const;
