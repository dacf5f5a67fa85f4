import type { DiagramNode } from '../../document/types';
import { updateNode } from '../../commands';
import { protectedNodes } from '../protects';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';

/** A web ACL in front of internet traffic that has no rate-based rule. */
export const WAF_07 = defineRule({
  meta: {
    id: 'WAF-07',
    severity: 'warning',
    group: 'waf',
    title: {
      en: 'Web ACL on an entry point without a rate-based rule',
      ja: '入口の Web ACL にレートベースルールがない',
    },
    why: {
      en: 'A rate-based rule counts the requests coming from each source IP address and blocks an address while it goes over the limit. It is the web ACL part of the defense against HTTP floods, the application-layer DDoS attacks that reach the entry point.',
      ja: 'レートベースルールは送信元 IP アドレスごとにリクエスト数を数え、上限を超えている間そのアドレスをブロックします。入口に届く HTTP フラッド（アプリケーション層の DDoS 攻撃）に対する、Web ACL 側の対策です。',
    },
    fix: {
      en: 'Add a rate-based rule to the web ACL.',
      ja: 'Web ACL にレートベースルールを追加してください。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/ddos-app-layer-web-ACL-and-rbr.html',
    fixable: true,
  },
  check(graph, report) {
    const entryIds = new Set(graph.entryPoints().map((n) => n.id));
    if (entryIds.size === 0) return;
    for (const waf of graph.nodesOfKind('waf')) {
      if (waf.props.rateBasedRule !== false) continue;
      const entries: DiagramNode[] = protectedNodes(graph, waf.id).filter((t) =>
        entryIds.has(t.id),
      );
      if (entries.length === 0) continue;
      report({
        nodes: [waf.id, ...entries.map((e) => e.id)],
        message: message(
          (a) =>
            `${a.waf} protects the internet entry point ${a.entries} but has no rate-based rule.`,
          (a) =>
            `${a.waf}はインターネットからの入口である${a.entries}を保護していますが、レートベースルールがありません。`,
          { waf: nodeRef(waf), entries: nodeRefs(entries) },
        ),
      });
    }
  },
  fixFinding(doc, finding) {
    return updateNode(doc, finding.nodes[0], { props: { rateBasedRule: true } });
  },
});
