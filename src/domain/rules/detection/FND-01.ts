import { connect } from '../../commands/edges';
import { removeElements } from '../../commands/remove';
import { nodesById } from '../../document/tree';
import type { Diagram } from '../../document/types';
import type { KindId } from '../../kinds/types';
import { message, nodeRef } from '../text';
import type { Finding } from '../types';
import { defineRule } from '../types';
import { addServiceIn } from './placeService';

/** Services that publish findings to EventBridge (rules.md FND-01). */
const PUBLISHERS: ReadonlySet<KindId> = new Set<KindId>(['guardduty', 'inspector', 'security-hub']);
/** Targets an EventBridge rule would invoke. */
const RULE_TARGETS: ReadonlySet<KindId> = new Set<KindId>(['sns', 'lambda']);

/**
 * Replaces the direct edge by source → EventBridge → target. The EventBridge rule the
 * source already sends findings to is reused; otherwise a new one goes in the source's
 * scope, next to it.
 */
function routeThroughEventBridge(doc: Diagram, finding: Finding): Diagram {
  const edge = doc.edges.find((e) => e.id === finding.data?.edge);
  if (!edge) return doc;
  const byId = nodesById(doc);
  const existing = doc.edges.find(
    (e) =>
      e.source === edge.source &&
      e.kind === 'findings' &&
      byId.get(e.target)?.kind === 'eventbridge',
  );
  let next = removeElements(doc, { nodes: [], edges: [edge.id] });
  let bus = existing?.target;
  if (bus === undefined) {
    const scope = byId.get(edge.source)?.parent;
    const added = addServiceIn(next, { kind: 'eventbridge', scope, near: edge.source });
    next = connect(added.doc, { source: edge.source, target: added.id, kind: 'findings' }).doc;
    bus = added.id;
  }
  return connect(next, { source: bus, target: edge.target, kind: 'notifies' }).doc;
}

/** A detector wired straight to SNS or Lambda, skipping EventBridge. */
export const FND_01 = defineRule({
  meta: {
    id: 'FND-01',
    severity: 'error',
    group: 'detection',
    title: {
      en: 'Findings sent straight to SNS or Lambda',
      ja: '検出結果を SNS や Lambda に直接送っている',
    },
    why: {
      en: 'GuardDuty, Inspector and Security Hub do not call SNS topics or Lambda functions themselves. They publish each finding as an event to Amazon EventBridge, and an EventBridge rule matches the events and sends them on to targets such as an SNS topic or a Lambda function.',
      ja: 'GuardDuty、Inspector、Security Hub は SNS トピックや Lambda 関数を自分で呼び出しません。検出結果はイベントとして Amazon EventBridge に発行され、EventBridge ルールがイベントを照合して SNS トピックや Lambda 関数などのターゲットに送ります。',
    },
    fix: {
      en: 'Put an EventBridge rule between the service and the target.',
      ja: 'サービスとターゲットの間に EventBridge ルールを置いてください。',
    },
    source: 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_findings_eventbridge.html',
    fixable: true,
  },
  check(graph, report) {
    for (const edge of graph.edgesOfKind('findings')) {
      const source = graph.node(edge.source);
      const target = graph.node(edge.target);
      if (!source || !target || !PUBLISHERS.has(source.kind) || !RULE_TARGETS.has(target.kind)) {
        continue;
      }
      report({
        nodes: [source.id, target.id],
        message: message(
          (a) =>
            `${a.source} sends findings straight to ${a.target}; findings reach it only through an EventBridge rule.`,
          (a) =>
            `${a.source}から${a.target}へ検出結果を直接送っています。検出結果は EventBridge ルールを経由しないと届きません。`,
          { source: nodeRef(source), target: nodeRef(target) },
        ),
        data: { edge: edge.id },
      });
    }
  },
  fixFinding: routeThroughEventBridge,
});
