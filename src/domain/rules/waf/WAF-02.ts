import type { DiagramNode } from '../../document/types';
import { protectedNodes } from '../protects';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';

/** A resource linked to two or more web ACLs. */
export const WAF_02 = defineRule({
  meta: {
    id: 'WAF-02',
    severity: 'error',
    group: 'waf',
    title: {
      en: 'More than one web ACL on one resource',
      ja: '1 つのリソースに複数の Web ACL',
    },
    why: {
      en: 'A resource can be associated with only one web ACL at a time. A second association replaces the first instead of adding its rules.',
      ja: '1 つのリソースに関連付けられる Web ACL は 1 つだけです。2 つ目を関連付けても、ルールが追加されるのではなく置き換わります。',
    },
    fix: {
      en: 'Merge the rules into one web ACL and keep a single association.',
      ja: 'ルールを 1 つの Web ACL にまとめ、関連付けを 1 つにしてください。',
    },
    source:
      'https://docs.aws.amazon.com/waf/latest/developerguide/web-acl-associating-aws-resource.html',
  },
  check(graph, report) {
    // Gathered from the WAF side so that only protected nodes are visited.
    const wafsOf = new Map<string, { target: DiagramNode; wafs: DiagramNode[] }>();
    for (const waf of graph.nodesOfKind('waf')) {
      for (const target of protectedNodes(graph, waf.id)) {
        const entry = wafsOf.get(target.id) ?? { target, wafs: [] };
        entry.wafs.push(waf);
        wafsOf.set(target.id, entry);
      }
    }
    for (const { target, wafs } of wafsOf.values()) {
      if (wafs.length < 2) continue;
      report({
        nodes: [target.id, ...wafs.map((w) => w.id)],
        message: message(
          (a) =>
            `${a.target} is protected by ${a.count} web ACLs (${a.wafs}); it can have only one.`,
          (a) =>
            `${a.target}に ${a.count} 個の Web ACL（${a.wafs}）が関連付けられています。関連付けられるのは 1 つだけです。`,
          { target: nodeRef(target), wafs: nodeRefs(wafs), count: String(wafs.length) },
        ),
      });
    }
  },
});
