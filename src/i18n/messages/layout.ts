/** User-visible strings of the layout area. Keys start with 'layout.'; both languages have every key. */
export const layoutMessages = {
  en: {
    'layout.button': 'Auto layout',
    'layout.buttonTitle': 'Arrange the diagram automatically (Shift+L)',
    'layout.optionsButton': 'Layout options',
    'layout.direction': 'Direction',
    'layout.direction.RIGHT': 'Left to right',
    'layout.direction.DOWN': 'Top to bottom',
    'layout.spacing': 'Spacing',
    'layout.spacing.compact': 'Compact',
    'layout.spacing.normal': 'Normal',
    'layout.spacing.roomy': 'Roomy',
    'layout.scope': 'Scope',
    'layout.scope.all': 'Whole diagram',
    'layout.scope.container': 'Selected container only',
    'layout.scope.needsContainer':
      'Select a container (VPC, subnet, …) to lay out only its contents.',
    'layout.run': 'Lay out',
    'layout.busy': 'Laying out…',
    'layout.failed': 'Auto layout failed: {reason}',
    'layout.stale': 'The diagram changed while it was being laid out. Run auto layout again.',
    'layout.openFailed':
      'The file was opened, but arranging its nodes without a position failed: {reason}',
  },
  ja: {
    'layout.button': '自動レイアウト',
    'layout.buttonTitle': '図を自動で整列します (Shift+L)',
    'layout.optionsButton': 'レイアウトの設定',
    'layout.direction': '方向',
    'layout.direction.RIGHT': '左から右',
    'layout.direction.DOWN': '上から下',
    'layout.spacing': '間隔',
    'layout.spacing.compact': '狭い',
    'layout.spacing.normal': '標準',
    'layout.spacing.roomy': '広い',
    'layout.scope': '範囲',
    'layout.scope.all': '図全体',
    'layout.scope.container': '選択中のコンテナーのみ',
    'layout.scope.needsContainer':
      'コンテナー (VPC、サブネットなど) を選択すると、その中だけを整列できます。',
    'layout.run': '整列する',
    'layout.busy': 'レイアウト中…',
    'layout.failed': '自動レイアウトに失敗しました: {reason}',
    'layout.stale': 'レイアウト中に図が変更されました。もう一度自動レイアウトを実行してください。',
    'layout.openFailed':
      'ファイルは開きましたが、位置のないノードの自動配置に失敗しました: {reason}',
  },
} as const;
