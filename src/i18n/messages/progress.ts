/** User-visible strings of the learner's progress. Keys start with 'progress.'; both languages have every key. */
export const progressMessages = {
  en: {
    'progress.solved': 'Solved',
    'progress.solvedTitle': 'You solved this challenge using {count} hints.',
    'progress.hints': 'hints: {count}',
    'progress.unsolved': 'Not solved yet',
    'progress.reset': 'Reset progress',
    'progress.resetTitle': 'Forget the solved challenges, the hints used and the rules met',
    'progress.resetConfirm':
      'Reset your progress? The solved challenges, the hints used and the rules you have met are forgotten in this browser. This cannot be undone.',
    'progress.resetDone': 'Your progress was reset.',
  },
  ja: {
    'progress.solved': '解決済み',
    'progress.solvedTitle': 'このチャレンジはヒントを {count} 回使って解決しました。',
    'progress.hints': 'ヒント {count} 回',
    'progress.unsolved': '未解決',
    'progress.reset': '進捗をリセット',
    'progress.resetTitle': '解決したチャレンジ、使ったヒント、出会ったルールの記録を消します',
    'progress.resetConfirm':
      '進捗をリセットしますか? このブラウザーに記録された解決済みのチャレンジ、使ったヒント、出会ったルールが消えます。元に戻すことはできません。',
    'progress.resetDone': '進捗をリセットしました。',
  },
} as const;
