/**
 * Small in-memory diagrams for the layout tests, built the way the store holds them
 * (complete props, resolved edge kinds).
 */
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import type { KindId } from '../domain/kinds/types';
import { defaultProps } from '../domain/kinds/catalogue';

export function node(id: string, kind: KindId, parent?: string): DiagramNode {
  return { id, kind, ...(parent ? { parent } : {}), props: defaultProps(kind) };
}

export function edge(source: string, target: string, kind: EdgeKind = 'traffic'): DiagramEdge {
  return {
    id: `e-${source}-${target}`,
    source,
    target,
    kind,
    ...(kind === 'traffic' ? { props: { port: 443, protocol: 'tcp' as const } } : {}),
  };
}

export function diagram(nodes: DiagramNode[], edges: DiagramEdge[] = []): Diagram {
  return { ...emptyDiagram('test'), nodes, edges };
}

/**
 * The classic web app: internet → CloudFront (WAF, Shield) → ALB in a public subnet →
 * EC2 in a private subnet's security group, GuardDuty and Security Hub at account level.
 */
export function webApp(): Diagram {
  return diagram(
    [
      node('internet', 'internet'),
      node('acc', 'account'),
      node('cf', 'cloudfront', 'acc'),
      node('waf', 'waf', 'acc'),
      node('shield', 'shield', 'acc'),
      node('gd', 'guardduty', 'acc'),
      node('hub', 'security-hub', 'acc'),
      node('vpc', 'vpc', 'acc'),
      node('igw', 'internet-gateway', 'vpc'),
      node('pub', 'subnet', 'vpc'),
      node('alb', 'alb', 'pub'),
      node('priv', 'subnet', 'vpc'),
      node('sg', 'security-group', 'priv'),
      node('ec2a', 'ec2', 'sg'),
      node('ec2b', 'ec2', 'sg'),
      node('empty', 'subnet', 'vpc'),
    ],
    [
      edge('internet', 'cf'),
      edge('cf', 'alb'),
      edge('alb', 'ec2a'),
      edge('alb', 'ec2b'),
      edge('waf', 'cf', 'protects'),
      edge('shield', 'cf', 'protects'),
      edge('gd', 'vpc', 'monitors'),
      edge('gd', 'hub', 'findings'),
    ],
  );
}

/**
 * A generated nested diagram of about `target` nodes: accounts > VPCs > subnets >
 * security groups > EC2, with internet traffic through CloudFront and ALBs, WAF and
 * GuardDuty per account, and a few edges that cross containers in unusual ways.
 */
export function generatedDiagram(target: number): Diagram {
  const nodes: DiagramNode[] = [node('internet', 'internet')];
  const edges: DiagramEdge[] = [];
  for (let b = 0; nodes.length < target; b++) {
    const acc = `acc-${b}`;
    const vpc = `vpc-${b}`;
    nodes.push(
      node(acc, 'account'),
      node(`cf-${b}`, 'cloudfront', acc),
      node(`waf-${b}`, 'waf', acc),
    );
    nodes.push(node(`gd-${b}`, 'guardduty', acc), node(vpc, 'vpc', acc));
    nodes.push(node(`igw-${b}`, 'internet-gateway', vpc));
    edges.push(edge('internet', `cf-${b}`), edge(`waf-${b}`, `cf-${b}`, 'protects'));
    edges.push(edge(`gd-${b}`, vpc, 'monitors'));
    for (let s = 0; s < 4 && nodes.length < target; s++) {
      const subnet = `sn-${b}-${s}`;
      nodes.push(node(subnet, 'subnet', vpc));
      if (s === 0) {
        nodes.push(node(`alb-${b}`, 'alb', subnet));
        edges.push(edge(`cf-${b}`, `alb-${b}`));
        continue;
      }
      const sg = `sg-${b}-${s}`;
      nodes.push(node(sg, 'security-group', subnet));
      for (let k = 0; k < 5 && nodes.length < target; k++) {
        const ec2 = `ec2-${b}-${s}-${k}`;
        nodes.push(node(ec2, 'ec2', sg));
        edges.push(edge(`alb-${b}`, ec2));
      }
      if (s === 3) nodes.push(node(`rds-${b}`, 'rds', subnet));
      if (s === 3) edges.push(edge(`ec2-${b}-1-0`, `rds-${b}`));
    }
    // responses and outbound calls: back-edges to the internet and across accounts
    if (b > 0) edges.push(edge(`ec2-${b}-1-0`, `alb-${b - 1}`));
    edges.push(edge(`ec2-${b}-2-0`, 'internet'));
  }
  const ids = new Set(nodes.map((n) => n.id));
  return diagram(
    nodes,
    edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  );
}
