import type { Diagram, Localized } from '../../document/types';
import { buildGraphIndex } from '../../graph/index';
import type { NaclFailure } from '../../net/crossing';
import { missingRow, naclFailuresOfEdge } from '../../net/crossing';
import { naclCheckText } from '../../net/naclText';
import { directionText, naclRowText, ruleRows } from '../../net/rows';
import { trafficOfEdge, trafficText } from '../../net/traffic';
import { networkView } from '../../net/view';
import { message, nodeRef } from '../text';
import { defineRule } from '../types';

function failureText(f: NaclFailure): Localized {
  return naclCheckText(f, f.verdict);
}

function fixText(f: NaclFailure): Localized {
  const row = missingRow(f);
  if (!row) {
    return message(
      (a) =>
        `Renumber the ${a.dir} rules of ${a.nacl}: no free number is left before the rule that denies it.`,
      (a) =>
        `${a.nacl}の${a.dir}ルールの番号を振り直してください。拒否ルールより前に空き番号がありません。`,
      { nacl: nodeRef(f.nacl), dir: directionText(f.direction) },
    );
  }
  return message(
    (a) => `Add to ${a.nacl} the ${a.dir} ${a.row}.`,
    (a) => `${a.nacl}に${a.dir}の${a.row}を追加してください。`,
    { nacl: nodeRef(f.nacl), dir: directionText(f.direction), row: naclRowText(row) },
  );
}

function joinTexts(texts: readonly Localized[], en: string, ja: string): Localized {
  return { en: texts.map((t) => t.en).join(en), ja: texts.map((t) => t.ja).join(ja) };
}

/** The custom network ACLs on the way deny a request or its responses. */
export const NACL_02 = defineRule({
  meta: {
    id: 'NACL-02',
    severity: 'error',
    group: 'sg-nacl',
    title: {
      en: 'Network ACL blocks the drawn traffic or its responses',
      ja: 'ネットワーク ACL が描かれた通信またはその応答を遮断する',
    },
    why: {
      en: "Network ACLs are stateless: a response is checked again like any other packet, so it needs its own rule. Responses go back to the client's ephemeral port, anywhere from 1024 to 65535, so that whole range must be allowed on the way back. Rules are checked lowest number first and the first match decides; traffic no rule matches is denied, which means a newly created custom network ACL denies everything.",
      ja: 'ネットワーク ACL はステートレスです。応答も他のパケットと同じく改めて評価されるため、応答用のルールが別に必要です。応答はクライアントのエフェメラルポート（1024〜65535 のいずれか）へ戻るので、戻り方向ではこの範囲全体を許可する必要があります。ルールは番号の小さい順に評価され、最初に一致したルールで決まります。どのルールにも一致しない通信は拒否されるため、作成したばかりのカスタムネットワーク ACL はすべてを拒否します。',
    },
    fix: {
      en: 'Add the missing allow rule, including the ephemeral port range 1024-65535 for responses, numbered before any rule that denies it.',
      ja: '不足している許可ルールを、拒否するルールより小さい番号で追加してください。応答用にはエフェメラルポート 1024-65535 を含めます。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    fixable: true,
  },
  check(graph, report) {
    const net = networkView(graph);
    if (!net.hasCustomNacls) return;
    for (const edge of graph.edgesOfKind('traffic')) {
      const failures = naclFailuresOfEdge(net, edge);
      if (failures.length === 0) continue;
      const source = graph.node(edge.source)!;
      const target = graph.node(edge.target)!;
      const nacls = [...new Set(failures.map((f) => f.nacl.id))];
      const first = failures[0];
      report({
        nodes: [...nacls, source.id, target.id],
        message: message(
          (a) =>
            `Traffic from ${a.source} to ${a.target} (${a.traffic}) cannot flow: ${a.failures}.`,
          (a) => `${a.source}から${a.target}への通信（${a.traffic}）は流れません。${a.failures}。`,
          {
            source: nodeRef(source),
            target: nodeRef(target),
            traffic: trafficText(trafficOfEdge(edge)!),
            failures: joinTexts(failures.map(failureText), '; ', '。'),
          },
        ),
        fix: joinTexts(failures.map(fixText), ' ', ''),
        data: {
          edge: edge.id,
          nacl: first.nacl.id,
          side: first.side,
          direction: first.direction,
          phase: first.phase,
          port: first.verdict.port,
          failures: failures.length,
        },
      });
    }
  },
  /**
   * Adds, for the finding's edge, each missing allow row to the NACL that lacks it (a
   * request rule on the port, or a response rule on 1024-65535), with the other side's
   * address as the CIDR.
   */
  fixFinding(doc: Diagram, finding) {
    const edgeId = finding.data?.edge;
    const edge = doc.edges.find((e) => e.id === edgeId);
    if (!edge) return doc;
    let next = doc;
    // Four checks per edge at most; each pass adds one row and re-evaluates.
    for (let pass = 0; pass < 4; pass++) {
      const [failure] = naclFailuresOfEdge(networkView(buildGraphIndex(next)), edge);
      const row = failure && missingRow(failure);
      if (!failure || !row) break;
      const rows = [...ruleRows(failure.nacl, failure.direction), row];
      next = {
        ...next,
        nodes: next.nodes.map((n) =>
          n.id === failure.nacl.id ? { ...n, props: { ...n.props, [failure.direction]: rows } } : n,
        ),
      };
    }
    return next;
  },
});
