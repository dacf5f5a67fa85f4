/**
 * The message of each hop, in English and Japanese, in the manner of the validator's
 * findings: every node named by its kind and label, rows and traffic quoted as the
 * rule editor shows them. The NACL hops use net/naclText.ts, the text of NACL-02.
 */
import type { DiagramNode, Localized, RuleRow } from '../document/types';
import type { Direction } from '../net/rows';
import { directionText, sgRowText } from '../net/rows';
import { addressText } from '../net/topology';
import type { TrafficSpec } from '../net/traffic';
import { trafficText } from '../net/traffic';
import { message, nodeRef, nodeRefs } from '../rules/text';
import type { LegEnd } from './context';
import type { TraceMode } from './types';

/** A leg's end by name; the internet with its narrowed range when the question gave one. */
export function endRef(end: LegEnd): Localized {
  if (!end.internet) return nodeRef(end.node!);
  const name = end.node ? nodeRef(end.node) : { en: 'the internet', ja: 'インターネット' };
  if (end.address.cidr === '0.0.0.0/0') return name;
  return message(
    (a) => `${a.name} (${a.cidr})`,
    (a) => `${a.name}（${a.cidr}）`,
    { name, cidr: end.address.cidr },
  );
}

export function noRouteText(a: LegEnd, b: LegEnd): Localized {
  return message(
    (x) =>
      `No route from ${x.a} in ${x.va} to ${x.b} in ${x.vb}: separate VPCs talk only over peering or a transit gateway, which the diagram does not model.`,
    (x) =>
      `${x.va}の${x.a}から${x.vb}の${x.b}への経路はありません。別々の VPC はピアリングかトランジットゲートウェイでしか通信できず、図ではどちらも扱いません。`,
    { a: endRef(a), b: endRef(b), va: nodeRef(a.vpc!), vb: nodeRef(b.vpc!) },
  );
}

export function noInternetGatewayText(vpc: DiagramNode, a: LegEnd, b: LegEnd): Localized {
  return message(
    (x) => `${x.vpc} has no internet gateway, so ${x.a} cannot reach ${x.b}.`,
    (x) => `${x.vpc}にインターネットゲートウェイがないため、${x.a}から${x.b}へは届きません。`,
    { vpc: nodeRef(vpc), a: endRef(a), b: endRef(b) },
  );
}

export function privateSubnetText(subnet: DiagramNode, b: LegEnd): Localized {
  return message(
    (x) =>
      `${x.b} is in the private ${x.subnet}: no route from the internet leads into a private subnet.`,
    (x) =>
      `${x.b}はプライベートな${x.subnet}にあります。インターネットからプライベートサブネットへ入る経路はありません。`,
    { b: endRef(b), subnet: nodeRef(subnet) },
  );
}

export function noPublicAddressInText(b: LegEnd): Localized {
  return message(
    (x) =>
      `${x.b} has no public address (a public or Elastic IP, an internet-facing scheme, public accessibility), so the internet cannot address it.`,
    (x) =>
      `${x.b}にはパブリックアドレス（パブリック IP、Elastic IP、internet-facing スキーム、パブリックアクセス）がないため、インターネットから宛先にできません。`,
    { b: endRef(b) },
  );
}

export function noPublicAddressOutText(a: LegEnd, b: LegEnd): Localized {
  return message(
    (x) =>
      `${x.a} is in a public subnet but has no public address, so it cannot go out to ${x.b} through the internet gateway.`,
    (x) =>
      `${x.a}はパブリックサブネットにありますがパブリックアドレスがないため、インターネットゲートウェイ経由で${x.b}へ出られません。`,
    { a: endRef(a), b: endRef(b) },
  );
}

export function noNatGatewayText(subnet: DiagramNode, vpc: DiagramNode, a: LegEnd, b: LegEnd) {
  return message(
    (x) =>
      `${x.a} is in the private ${x.subnet} and ${x.vpc} has no public NAT gateway in a public subnet, so it cannot reach ${x.b}.`,
    (x) =>
      `${x.a}はプライベートな${x.subnet}にあり、${x.vpc}のパブリックサブネットにパブリック NAT ゲートウェイがないため、${x.b}へ届きません。`,
    { a: endRef(a), b: endRef(b), subnet: nodeRef(subnet), vpc: nodeRef(vpc) },
  );
}

export function internetGatewayInText(igw: DiagramNode, a: LegEnd, b: LegEnd): Localized {
  return message(
    (x) => `${x.igw} lets ${x.a} in to ${x.b}: it is in a public subnet and has a public address.`,
    (x) =>
      `${x.igw}が${x.a}から${x.b}への通信を通します。${x.b}はパブリックサブネットにあり、パブリックアドレスを持っています。`,
    { igw: nodeRef(igw), a: endRef(a), b: endRef(b) },
  );
}

export function internetGatewayOutText(igw: DiagramNode, a: LegEnd, b: LegEnd): Localized {
  return message(
    (x) => `${x.a} goes out to ${x.b} through ${x.igw}.`,
    (x) => `${x.a}は${x.igw}を通って${x.b}へ出ます。`,
    { igw: nodeRef(igw), a: endRef(a), b: endRef(b) },
  );
}

export function natGatewayText(nat: DiagramNode, a: LegEnd): Localized {
  return message(
    (x) =>
      `${x.a} is in a private subnet and goes out through ${x.nat}, which accepts no connection started from the internet.`,
    (x) =>
      `${x.a}はプライベートサブネットにあり、${x.nat}を通って外へ出ます。NAT ゲートウェイはインターネット側から始まる接続を受け付けません。`,
    { nat: nodeRef(nat), a: endRef(a) },
  );
}

export function localRouteText(vpc: DiagramNode, a: LegEnd, b: LegEnd): Localized {
  return message(
    (x) => `${x.a} and ${x.b} are both in ${x.vpc}: its local route connects them.`,
    (x) => `${x.a}と${x.b}はどちらも${x.vpc}内にあり、ローカルルートでつながっています。`,
    { vpc: nodeRef(vpc), a: endRef(a), b: endRef(b) },
  );
}

/** "from 10.0.1.0/24 or from Security group 'web'": what an SG rule could name. */
function peerText(end: LegEnd): Localized {
  const address = addressText(end.address);
  if (end.groups.length === 0) return address;
  return message(
    (x) => `${x.address} or from ${x.groups}`,
    (x) => `${x.address}または${x.groups}`,
    { address, groups: nodeRefs(end.groups) },
  );
}

export function sgAllowText(
  sg: DiagramNode,
  direction: Direction,
  row: RuleRow,
  index: number,
  traffic: TrafficSpec,
  peer: LegEnd,
): Localized {
  const inbound = direction === 'inbound';
  return message(
    (x) => `${x.sg} lets ${x.traffic} ${inbound ? 'in from' : 'out to'} ${x.peer} (${x.row}).`,
    (x) => `${x.sg}は${x.peer}${inbound ? 'からの' : 'への'} ${x.traffic} を通します（${x.row}）。`,
    {
      sg: nodeRef(sg),
      traffic: trafficText(traffic),
      peer: endRef(peer),
      row: sgRowText(row, direction, index),
    },
  );
}

export function sgDenyText(
  groups: readonly DiagramNode[],
  direction: Direction,
  traffic: TrafficSpec,
  peer: LegEnd,
): Localized {
  const inbound = direction === 'inbound';
  return message(
    (x) =>
      `${x.groups} has no ${x.dir} rule allowing ${x.traffic} ${inbound ? 'from' : 'to'} ${x.peer}; a security group denies what no rule allows.`,
    (x) =>
      `${x.groups}に、${x.peer}${inbound ? 'からの' : 'への'} ${x.traffic} を許可する${x.dir}ルールがありません。セキュリティグループは許可していない通信を拒否します。`,
    {
      groups: nodeRefs(groups),
      dir: directionText(direction),
      traffic: trafficText(traffic),
      peer: peerText(peer),
    },
  );
}

export function statefulReturnText(sg: DiagramNode): Localized {
  return message(
    (x) => `${x.sg} is stateful: the response to the allowed request goes back without any rule.`,
    (x) => `${x.sg}はステートフルなので、許可されたリクエストへの応答はルールなしで戻ります。`,
    { sg: nodeRef(sg) },
  );
}

export function sameSubnetText(subnet: DiagramNode, a: LegEnd, b: LegEnd): Localized {
  return message(
    (x) =>
      `${x.a} and ${x.b} are in the same ${x.subnet}: a network ACL filters only what crosses the subnet's boundary.`,
    (x) =>
      `${x.a}と${x.b}は同じ${x.subnet}にあります。ネットワーク ACL が評価するのはサブネットの境界を越える通信だけです。`,
    { subnet: nodeRef(subnet), a: endRef(a), b: endRef(b) },
  );
}

export function defaultNaclText(subnet: DiagramNode, direction: Direction): Localized {
  return message(
    (x) =>
      `${x.subnet} has no custom network ACL: its default network ACL allows all ${x.dir} traffic.`,
    (x) =>
      `${x.subnet}にはカスタムネットワーク ACL がありません。デフォルトのネットワーク ACL は${x.dir}の通信をすべて許可します。`,
    { subnet: nodeRef(subnet), dir: directionText(direction) },
  );
}

export function portServedText(b: LegEnd, traffic: TrafficSpec): Localized {
  return message(
    (x) => `${x.b} listens on ${x.traffic}.`,
    (x) => `${x.b}は ${x.traffic} で待ち受けています。`,
    { b: endRef(b), traffic: trafficText(traffic) },
  );
}

export function portNotServedText(b: LegEnd, traffic: TrafficSpec, served: string): Localized {
  return message(
    (x) => `${x.b} does not serve ${x.traffic}: it listens on ${x.served} only.`,
    (x) => `${x.b}は ${x.traffic} を受け付けません。待ち受けるのは ${x.served} だけです。`,
    { b: endRef(b), traffic: trafficText(traffic), served },
  );
}

export function wafInspectsText(waf: DiagramNode, b: LegEnd): Localized {
  return message(
    (x) =>
      `${x.waf} inspects the HTTP requests to ${x.b} at layer 7 (SQL injection, request rates, …).`,
    (x) =>
      `${x.waf}が${x.b}への HTTP リクエストをレイヤー 7 で検査します（SQL インジェクション、リクエスト数など）。`,
    { waf: nodeRef(waf), b: endRef(b) },
  );
}

export function shieldStandardText(b: LegEnd): Localized {
  return message(
    (x) =>
      `Shield Standard protects ${x.b} against common layer-3/4 DDoS attacks, automatically and at no cost.`,
    (x) =>
      `Shield Standard が${x.b}を一般的なレイヤー 3/4 の DDoS 攻撃から自動的に無料で保護します。`,
    { b: endRef(b) },
  );
}

export function shieldAdvancedText(shield: DiagramNode, b: LegEnd): Localized {
  return message(
    (x) =>
      `${x.shield} (Shield Advanced) protects ${x.b}: DDoS detection and mitigation, at layer 7 too with a web ACL.`,
    (x) =>
      `${x.shield}（Shield Advanced）が${x.b}を保護します。DDoS の検知と緩和を行い、Web ACL があればレイヤー 7 にも対応します。`,
    { shield: nodeRef(shield), b: endRef(b) },
  );
}

export function firewallInspectsText(nfw: DiagramNode, vpc: DiagramNode): Localized {
  return message(
    (x) => `${x.nfw} inspects the traffic entering ${x.vpc}.`,
    (x) => `${x.nfw}が${x.vpc}に入る通信を検査します。`,
    { nfw: nodeRef(nfw), vpc: nodeRef(vpc) },
  );
}

export function sensorText(sensor: DiagramNode, prevents: boolean, b: LegEnd): Localized {
  return prevents
    ? message(
        (x) =>
          `${x.ids} (IPS) inspects the traffic to ${x.b} and blocks the attacks it recognises.`,
        (x) => `${x.ids}（IPS）が${x.b}への通信を検査し、見つけた攻撃を遮断します。`,
        { ids: nodeRef(sensor), b: endRef(b) },
      )
    : message(
        (x) =>
          `${x.ids} (IDS) monitors the traffic to ${x.b}: it detects attacks but does not block.`,
        (x) => `${x.ids}（IDS）が${x.b}への通信を監視します。攻撃を検知しますが、遮断はしません。`,
        { ids: nodeRef(sensor), b: endRef(b) },
      );
}

export function noPathText(a: LegEnd, b: LegEnd, mode: TraceMode): Localized {
  return mode === 'drawn'
    ? message(
        (x) =>
          `No drawn traffic leads from ${x.a} to ${x.b} (only load balancers, CDNs and other forwarding services pass traffic on).`,
        (x) =>
          `${x.a}から${x.b}へ向かう通信が描かれていません（通信を先へ渡すのはロードバランサーや CDN などの転送サービスだけです）。`,
        { a: endRef(a), b: endRef(b) },
      )
    : message(
        (x) =>
          `Nothing leads from ${x.a} to ${x.b}: it is neither in a VPC the source can reach nor a public endpoint, and no forwarding service sends traffic to it.`,
        (x) =>
          `${x.a}から${x.b}へ至る経路がありません。送信元から届く VPC 内にもパブリックエンドポイントにもなく、通信を渡す転送サービスもありません。`,
        { a: endRef(a), b: endRef(b) },
      );
}
