/** User-visible strings of the app area. Keys start with 'app.'; both languages have every key. */
export const appMessages = {
  en: {
    'app.open.refused': 'This diagram cannot be opened; the open diagram is unchanged.',
    'app.open.refusedFile': '{file} cannot be opened; the open diagram is unchanged.',
    'app.open.repaired': 'The diagram was opened with {count} repair(s):',
    'app.open.confirmReplace':
      'Replace the open diagram with the pasted or dropped one? (Undo brings the current one back.)',
    'app.open.pngWithoutDiagram':
      'This PNG carries no diagram: only images exported by this app can be opened.',
    'app.open.pngBroken': 'The PNG file is damaged: {reason}',
    'app.open.readFailed': '{file} could not be read: {reason}',
  },
  ja: {
    'app.open.refused': 'この図は開けません。開いている図はそのままです。',
    'app.open.refusedFile': '{file} は開けません。開いている図はそのままです。',
    'app.open.repaired': '図を開き、{count} 件を修復しました:',
    'app.open.confirmReplace':
      '開いている図を、貼り付けた (またはドロップした) 図で置き換えますか? (元に戻すで今の図に戻せます)',
    'app.open.pngWithoutDiagram':
      'この PNG には図が含まれていません。開けるのはこのアプリで書き出した画像だけです。',
    'app.open.pngBroken': 'PNG ファイルが壊れています: {reason}',
    'app.open.readFailed': '{file} を読み込めませんでした: {reason}',
  },
} as const;
