import { evaluateGroups } from '../../net/sg';
import { addressText } from '../../net/topology';
import { trafficOfEdge, trafficText } from '../../net/traffic';
import { networkView } from '../../net/view';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';

/**
 * Drawn traffic that the target's security groups do not let in. Only inbound rules are
 * read: a security group is stateful, so responses need no rule, and outbound is open
 * by default.
 */
export const SG_03 = defineRule({
  meta: {
    id: 'SG-03',
    severity: 'error',
    group: 'sg-nacl',
    title: {
      en: 'Security group blocks the drawn traffic',
      ja: 'セキュリティグループが描かれた通信を通さない',
    },
    why: {
      en: 'A security group lets in only what its inbound rules allow: a new group allows no inbound traffic at all, and the default group only traffic from its own members. A rule can name an address range or another security group as the source. Security groups are stateful, so the response to an allowed request goes back without any rule.',
      ja: 'セキュリティグループはインバウンドルールで許可した通信しか受け付けません。新しく作ったグループは何も許可せず、デフォルトのグループは同じグループのメンバーからの通信だけを許可します。送信元にはアドレス範囲か別のセキュリティグループを指定できます。セキュリティグループはステートフルなので、許可したリクエストへの応答はルールなしで戻ります。',
    },
    fix: {
      en: "Add an inbound rule for the port whose source is the sender's security group.",
      ja: '送信側のセキュリティグループを送信元とする、そのポートのインバウンドルールを追加してください。',
    },
    source: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
  },
  check(graph, report) {
    const net = networkView(graph);
    // One sender reaching many members of the same groups gets one evaluation.
    const verdicts = new Map<string, boolean>();
    for (const edge of graph.edgesOfKind('traffic')) {
      const source = graph.node(edge.source);
      const target = graph.node(edge.target);
      const traffic = trafficOfEdge(edge);
      if (!source || !target || !traffic) continue;
      const guards = net.securityGroups(target.id);
      if (guards.length === 0) continue;
      const senderGroups = net.securityGroups(source.id);
      const address = net.address(source.id);
      const key = `${guards.map((g) => g.id).join(',')}|${source.id}|${traffic.protocol}:${traffic.ports.from}-${traffic.ports.to}`;
      let allowed = verdicts.get(key);
      if (allowed === undefined) {
        const peer = { address: address.range, groups: senderGroups.map((g) => g.id) };
        allowed = evaluateGroups(guards, 'inbound', traffic, peer).allowed;
        verdicts.set(key, allowed);
      }
      if (allowed) continue;
      const from =
        senderGroups.length > 0
          ? message(
              (a) => `${a.address} or from ${a.groups}`,
              (a) => `${a.address}または${a.groups}`,
              { address: addressText(address), groups: nodeRefs(senderGroups) },
            )
          : addressText(address);
      report({
        nodes: [target.id, ...guards.map((g) => g.id), source.id],
        message: message(
          (a) =>
            `${a.target} does not accept ${a.traffic} from ${a.source}: ${a.guards} has no inbound rule allowing it from ${a.from}.`,
          (a) =>
            `${a.target}は${a.source}からの ${a.traffic} を受け付けません。${a.guards}に、${a.from}からの通信を許可するインバウンドルールがありません。`,
          {
            target: nodeRef(target),
            source: nodeRef(source),
            traffic: trafficText(traffic),
            guards: nodeRefs(guards),
            from,
          },
        ),
        data: { edge: edge.id },
      });
    }
  },
});
