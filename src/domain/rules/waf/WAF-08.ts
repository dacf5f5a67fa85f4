import type { Localized } from '../../document/types';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

const MISSING: Record<'managedRules' | 'logging', Localized> = {
  managedRules: { en: 'managed rule groups', ja: 'マネージドルールグループ' },
  logging: { en: 'logging', ja: 'ログ記録' },
};

/** A web ACL without managed rule groups or without logging. */
export const WAF_08 = defineRule({
  meta: {
    id: 'WAF-08',
    severity: 'warning',
    group: 'waf',
    title: {
      en: 'Web ACL without managed rules or logging',
      ja: 'Web ACL にマネージドルールまたはログ記録がない',
    },
    why: {
      en: 'A web ACL with no rules or rule groups lets every request through, and without logging nobody can see what it allowed or blocked. AWS Security Hub checks that web ACLs have at least one rule or rule group (WAF.10) and that logging is enabled (WAF.11).',
      ja: 'ルールもルールグループもない Web ACL はすべてのリクエストを通し、ログ記録がなければ何を許可・ブロックしたのか誰にも分かりません。AWS Security Hub は Web ACL にルールかルールグループが 1 つ以上あること（WAF.10）と、ログ記録が有効であること（WAF.11）を確認します。',
    },
    fix: {
      en: 'Add AWS managed rule groups and turn on web ACL logging.',
      ja: 'AWS マネージドルールグループを追加し、Web ACL のログ記録を有効にしてください。',
    },
    source: 'https://docs.aws.amazon.com/securityhub/latest/userguide/waf-controls.html#waf-11',
  },
  check(graph, report) {
    for (const waf of graph.nodesOfKind('waf')) {
      const missing = (['managedRules', 'logging'] as const)
        .filter((prop) => waf.props[prop] === false)
        .map((prop) => MISSING[prop]);
      if (missing.length === 0) continue;
      report({
        nodes: [waf.id],
        message: message(
          (a) => `${a.waf} has no ${a.missing}.`,
          (a) => `${a.waf}に${a.missing}がありません。`,
          {
            waf: nodeRef(waf),
            missing: {
              en: missing.map((m) => m.en).join(' and no '),
              ja: missing.map((m) => m.ja).join('、'),
            },
          },
        ),
      });
    }
  },
});
