import { nodeRef } from '../text';
import { defineRule } from '../types';

type Phrase = (firewall: string) => string;

/** What is wrong, by [logging off, no rule groups]; one sentence per combination. */
const PHRASES: Record<'logging' | 'rules' | 'both', { en: Phrase; ja: Phrase }> = {
  logging: {
    en: (f) => `${f} has logging off.`,
    ja: (f) => `${f}のログ記録が無効になっています。`,
  },
  rules: {
    en: (f) => `${f} has no rule groups.`,
    ja: (f) => `${f}にルールグループがありません。`,
  },
  both: {
    en: (f) => `${f} has logging off and no rule groups.`,
    ja: (f) => `${f}はログ記録が無効で、ルールグループもありません。`,
  },
};

/** A Network Firewall that keeps no logs or has nothing to enforce. */
export const NFW_04 = defineRule({
  meta: {
    id: 'NFW-04',
    severity: 'warning',
    group: 'firewalls',
    title: {
      en: 'Network Firewall without logging or rule groups',
      ja: 'Network Firewall にログ記録またはルールグループがない',
    },
    why: {
      en: 'A firewall whose policy has no rule groups inspects nothing, and a firewall without logging leaves no record of the traffic it allowed or dropped. Security Hub checks both (NetworkFirewall.2 and NetworkFirewall.3).',
      ja: 'ポリシーにルールグループがないファイアウォールは何も検査せず、ログ記録がないファイアウォールは許可・破棄した通信の記録を残しません。Security Hub はこの両方をチェックします（NetworkFirewall.2、NetworkFirewall.3）。',
    },
    fix: {
      en: 'Enable logging; add rule groups.',
      ja: 'ログ記録を有効にし、ルールグループを追加してください。',
    },
    source:
      'https://docs.aws.amazon.com/securityhub/latest/userguide/networkfirewall-controls.html',
  },
  check(graph, report) {
    for (const firewall of graph.nodesOfKind('network-firewall')) {
      const loggingOff = firewall.props.logging === false;
      const noRules = firewall.props.hasRules === false;
      if (!loggingOff && !noRules) continue;
      const phrase = PHRASES[loggingOff && noRules ? 'both' : loggingOff ? 'logging' : 'rules'];
      const ref = nodeRef(firewall);
      report({ nodes: [firewall.id], message: { en: phrase.en(ref.en), ja: phrase.ja(ref.ja) } });
    }
  },
});
