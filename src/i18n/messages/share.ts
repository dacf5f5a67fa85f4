/** User-visible strings of share links. Keys start with 'share.'; both languages have every key. */
export const shareMessages = {
  en: {
    'share.button': 'Copy link',
    'share.buttonTitle': 'Copy a link that carries this diagram',
    'share.dialog': 'Share link',
    'share.linkLabel': 'Link to this diagram',
    'share.copied': 'Link copied.',
    'share.copying': 'Copying…',
    'share.copyByHand':
      'The browser did not let the app copy. Select the link and copy it (Ctrl+C, or ⌘C on a Mac).',
    'share.copy': 'Copy again',
    'share.privacy':
      'The diagram travels in the part of the address after "#", which browsers never send to a server. Anyone who has the link can read the diagram.',
    'share.tooLarge':
      'This diagram is too large for a link: the link would be {size} KB; the limit is {limit} KB. Download the file and send it instead.',
    'share.download': 'Download JSON',
    'share.failed': 'The link could not be made: {reason}',
    'share.open.source': 'The shared link',
  },
  ja: {
    'share.button': 'リンクをコピー',
    'share.buttonTitle': 'この図を含むリンクをコピーします',
    'share.dialog': '共有リンク',
    'share.linkLabel': 'この図へのリンク',
    'share.copied': 'リンクをコピーしました。',
    'share.copying': 'コピー中…',
    'share.copyByHand':
      'ブラウザーがコピーを許可しませんでした。リンクを選択してコピーしてください (Ctrl+C、Mac では ⌘C)。',
    'share.copy': 'もう一度コピー',
    'share.privacy':
      '図はアドレスの "#" より後ろの部分に入っており、ブラウザーはこの部分をサーバーに送りません。リンクを持っている人は誰でも図を見られます。',
    'share.tooLarge':
      'この図はリンクにするには大きすぎます: リンクは {size} KB になり、上限は {limit} KB です。ファイルをダウンロードして送ってください。',
    'share.download': 'JSON をダウンロード',
    'share.failed': 'リンクを作れませんでした: {reason}',
    'share.open.source': '共有リンク',
  },
} as const;
