import type { Diagram, DiagramNode, Localized } from '../../document/types';
import { buildGraphIndex } from '../../graph/index';
import { message, nodeRef, nodeRefs } from '../text';
import { defineRule } from '../types';
import { addPublicSubnet } from './addPublicSubnet';
import { azOf, isPublicSubnet, loadBalancerSubnets } from './loadBalancerSubnets';

const AZ_LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');

function isInternetFacingAlb(node: DiagramNode): boolean {
  return node.kind === 'alb' && node.props.scheme === 'internet-facing';
}

function zonesText(zones: readonly string[]): Localized {
  if (zones.length === 0) return { en: 'no Availability Zone', ja: 'AZ なし' };
  const list = zones.join(', ');
  return zones.length === 1
    ? { en: `one Availability Zone (${list})`, ja: `1 つの AZ（${list}）` }
    : {
        en: `${zones.length} Availability Zones (${list})`,
        ja: `${zones.length} つの AZ（${list}）`,
      };
}

/**
 * An internet-facing ALB must be in public subnets of at least two Availability Zones.
 * The fix adds public subnets until two zones are covered; a private subnet in the list
 * is left for the user to remove (it may be there on purpose while they rework it).
 */
export const NET_06 = defineRule({
  meta: {
    id: 'NET-06',
    severity: 'error',
    group: 'network',
    title: {
      en: 'Internet-facing ALB needs public subnets in two Availability Zones',
      ja: 'インターネット向け ALB には 2 つの AZ のパブリックサブネットが必要',
    },
    why: {
      en: 'When you create or change an Application Load Balancer you must give it subnets from at least two Availability Zones. An internet-facing load balancer receives requests from the internet, so those subnets must be public, with a route to the internet gateway.',
      ja: 'Application Load Balancer には、少なくとも 2 つのアベイラビリティーゾーンのサブネットを指定する必要があります。インターネット向けのロードバランサーはインターネットからのリクエストを受けるため、そのサブネットはインターネットゲートウェイへのルートを持つパブリックサブネットでなければなりません。',
    },
    fix: {
      en: 'Add a public subnet in a second Availability Zone to the ALB, and remove private subnets from it.',
      ja: '2 つ目の AZ のパブリックサブネットを ALB に追加し、プライベートサブネットは外してください。',
    },
    source:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/APIReference/API_SetSubnets.html',
    fixable: true,
  },
  check(graph, report) {
    for (const alb of graph.nodesOfKind('alb')) {
      if (!isInternetFacingAlb(alb)) continue;
      const subnets = loadBalancerSubnets(graph, alb);
      const zones = [...new Set(subnets.flatMap((s) => azOf(s) ?? []))].sort();
      const privates = subnets.filter((s) => !isPublicSubnet(s));
      const tooFewZones = zones.length < 2;
      if (!tooFewZones && privates.length === 0) continue;
      const problems: Localized[] = [];
      if (tooFewZones)
        problems.push(
          message(
            (a) => `its subnets cover ${a.zones}, fewer than the two it needs`,
            (a) => `サブネットが ${a.zones} しかカバーしておらず、必要な 2 つに足りません`,
            { zones: zonesText(zones) },
          ),
        );
      if (privates.length > 0)
        problems.push(
          message(
            (a) => `it is in private ${a.subnets}`,
            (a) => `プライベートな${a.subnets}に置かれています`,
            { subnets: nodeRefs(privates) },
          ),
        );
      report({
        nodes: [alb.id, ...subnets.map((s) => s.id)],
        message: message(
          (a) => `Internet-facing ${a.alb}: ${a.problems}.`,
          (a) => `インターネット向けの${a.alb}: ${a.problems}。`,
          {
            alb: nodeRef(alb),
            problems: {
              en: problems.map((p) => p.en).join('; and '),
              ja: problems.map((p) => p.ja).join('。また、'),
            },
          },
        ),
        data: { problem: tooFewZones ? (privates.length ? 'zones+private' : 'zones') : 'private' },
      });
    }
  },
  fixFinding(doc: Diagram, finding) {
    const graph = buildGraphIndex(doc);
    const alb = graph.node(finding.nodes[0]);
    const vpc = alb && graph.nearest(alb.id, 'vpc');
    if (!alb || !vpc || !isInternetFacingAlb(alb)) return doc;
    const current = loadBalancerSubnets(graph, alb);
    const publicZones = new Set(current.filter(isPublicSubnet).flatMap((s) => azOf(s) ?? []));
    const added: string[] = [];
    // First use public subnets the VPC already has in another zone.
    for (const subnet of graph.children(vpc.id)) {
      if (publicZones.size >= 2) break;
      const az = subnet.kind === 'subnet' && isPublicSubnet(subnet) ? azOf(subnet) : undefined;
      if (!az || publicZones.has(az) || current.includes(subnet)) continue;
      publicZones.add(az);
      added.push(subnet.id);
    }
    // Then new ones, preferring a zone the VPC already uses (where its private subnets are).
    const vpcZones = graph
      .children(vpc.id)
      .flatMap((n) => (n.kind === 'subnet' ? (azOf(n) ?? []) : []))
      .sort();
    let next = doc;
    while (publicZones.size < 2) {
      const az = [...vpcZones, ...AZ_LETTERS].find((z) => !publicZones.has(z))!;
      const result = addPublicSubnet(next, vpc, az);
      next = result.doc;
      publicZones.add(az);
      added.push(result.id);
    }
    if (added.length === 0) return doc;
    const listed = Array.isArray(alb.props.subnets) ? (alb.props.subnets as string[]) : [];
    return {
      ...next,
      nodes: next.nodes.map((n) =>
        n.id === alb.id ? { ...n, props: { ...n.props, subnets: [...listed, ...added] } } : n,
      ),
    };
  },
});
