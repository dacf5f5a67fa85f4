import type { DiagramNode } from '../../document/types';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';
import { workloadNodes } from '../detection/workloads';

/** A Network Firewall endpoint sharing its subnet with the workloads it should inspect. */
export const NFW_02 = defineRule({
  meta: {
    id: 'NFW-02',
    severity: 'warning',
    group: 'firewalls',
    title: {
      en: 'Network Firewall shares its subnet with workloads',
      ja: 'Network Firewall がワークロードとサブネットを共有している',
    },
    why: {
      en: 'Network Firewall inspects only the traffic that route tables send to its endpoint. Traffic between resources in one subnet never passes the endpoint, so workloads placed beside the firewall are not inspected. AWS recommends a dedicated subnet for the firewall endpoints.',
      ja: 'Network Firewall が検査するのは、ルートテーブルでエンドポイントに送られたトラフィックだけです。同じサブネット内のリソース同士の通信はエンドポイントを通らないため、ファイアウォールと同じサブネットにあるワークロードは検査されません。AWS はファイアウォールエンドポイント専用のサブネットを推奨しています。',
    },
    fix: {
      en: 'Give the firewall its own subnet.',
      ja: 'ファイアウォールに専用のサブネットを用意してください。',
    },
    source:
      'https://docs.aws.amazon.com/network-firewall/latest/developerguide/vpc-config-subnets.html',
  },
  check(graph, report) {
    const firewalls = graph.nodesOfKind('network-firewall');
    if (firewalls.length === 0) return;
    // Workloads by their subnet, directly or through a security group: one walk each.
    const workloadsIn = new Map<string, DiagramNode[]>();
    for (const workload of workloadNodes(graph)) {
      const subnet = graph.nearest(workload.id, 'subnet');
      if (!subnet) continue;
      const list = workloadsIn.get(subnet.id);
      if (list) list.push(workload);
      else workloadsIn.set(subnet.id, [workload]);
    }
    for (const firewall of firewalls) {
      const subnet = graph.nearest(firewall.id, 'subnet');
      const neighbours = subnet ? workloadsIn.get(subnet.id) : undefined;
      if (!subnet || !neighbours) continue;
      report({
        nodes: [firewall.id, ...neighbours.map((w) => w.id)],
        message: message(
          (a) => `${a.firewall} shares ${a.subnet} with ${a.workloads}.`,
          (a) => `${a.firewall}が${a.workloads}と${a.subnet}を共有しています。`,
          { firewall: nodeRef(firewall), subnet: nodeRef(subnet), workloads: nodeRefs(neighbours) },
        ),
      });
    }
  },
});
