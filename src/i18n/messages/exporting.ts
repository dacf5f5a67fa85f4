/** User-visible strings of the exporting area. Keys start with 'exporting.'; both languages have every key. */
export const exportingMessages = {
  en: {
    'exporting.menu': 'Export',
    'exporting.menuTitle': 'Save the diagram as an image or a JSON file',
    'exporting.png': 'PNG image',
    'exporting.svg': 'SVG image',
    'exporting.json': 'JSON document',
    'exporting.background': 'Background',
    'exporting.background.white': 'White',
    'exporting.background.transparent': 'Transparent',
    'exporting.scale': 'Scale',
    'exporting.badges': 'Include finding badges',
    'exporting.pngHint': 'The PNG carries the diagram: open it again to edit.',
    'exporting.busy': 'Exporting…',
    'exporting.failed': 'Export failed: {reason}',
    'exporting.empty': 'Nothing to export: the diagram is empty.',
    'exporting.canvasMissing': 'The canvas is not ready yet.',
    'exporting.reduced':
      'The image was too large for the browser and was saved at {width} × {height} pixels.',
    'exporting.pngNoDocument':
      '{file} does not contain a diagram. Only PNG images exported by this app can be opened.',
    'exporting.pngBroken': '{file} is not a readable PNG image: {reason}',
    'exporting.unsupportedFile':
      '{file} cannot be opened: choose a .json file or an exported .png image.',
  },
  ja: {
    'exporting.menu': 'エクスポート',
    'exporting.menuTitle': '図を画像または JSON ファイルとして保存します',
    'exporting.png': 'PNG 画像',
    'exporting.svg': 'SVG 画像',
    'exporting.json': 'JSON ドキュメント',
    'exporting.background': '背景',
    'exporting.background.white': '白',
    'exporting.background.transparent': '透明',
    'exporting.scale': '倍率',
    'exporting.badges': '指摘バッジを含める',
    'exporting.pngHint': 'PNG には図のデータが含まれます。もう一度開くと編集できます。',
    'exporting.busy': 'エクスポート中…',
    'exporting.failed': 'エクスポートに失敗しました: {reason}',
    'exporting.empty': '図が空のため、エクスポートするものがありません。',
    'exporting.canvasMissing': 'キャンバスの準備ができていません。',
    'exporting.reduced':
      '画像がブラウザーの上限を超えたため、{width} × {height} ピクセルで保存しました。',
    'exporting.pngNoDocument':
      '{file} には図のデータが含まれていません。開けるのはこのアプリでエクスポートした PNG 画像だけです。',
    'exporting.pngBroken': '{file} は読み取れる PNG 画像ではありません: {reason}',
    'exporting.unsupportedFile':
      '{file} は開けません。.json ファイルか、エクスポートした .png 画像を選んでください。',
  },
} as const;
