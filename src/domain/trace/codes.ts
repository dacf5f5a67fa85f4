/**
 * What each trace and threat code means (docs/trace.md "Codes"): a short title, an
 * explanation of the AWS behaviour behind it in English and Japanese, and the AWS page
 * that states it. The trace panel and the command line show these next to a hop, so a
 * learner reads why a layer decided, not only that it did.
 */
import type { Localized } from '../document/types';
import type { ThreatCode, TraceCode } from './types';

export interface TraceCodeInfo {
  readonly title: Localized;
  readonly explanation: Localized;
  /** The docs.aws.amazon.com page the explanation rests on. */
  readonly source: string;
}

const AWS = 'https://docs.aws.amazon.com';
const SOURCES = {
  reachability: `${AWS}/vpc/latest/reachability/how-reachability-analyzer-works.html`,
  explanationCodes: `${AWS}/vpc/latest/reachability/explanation-codes.html`,
  internetGateway: `${AWS}/vpc/latest/userguide/VPC_Internet_Gateway.html`,
  subnets: `${AWS}/vpc/latest/userguide/configure-subnets.html`,
  natGateway: `${AWS}/vpc/latest/userguide/vpc-nat-gateway.html`,
  securityGroups: `${AWS}/vpc/latest/userguide/vpc-security-groups.html`,
  networkAcls: `${AWS}/vpc/latest/userguide/vpc-network-acls.html`,
  listeners: `${AWS}/elasticloadbalancing/latest/application/load-balancer-listeners.html`,
  wafResources: `${AWS}/waf/latest/developerguide/how-aws-waf-works-resources.html`,
  wafRateBased: `${AWS}/waf/latest/developerguide/ddos-app-layer-web-ACL-and-rbr.html`,
  shieldStandard: `${AWS}/waf/latest/developerguide/ddos-standard-summary.html`,
  shieldAdvanced: `${AWS}/waf/latest/developerguide/ddos-advanced-summary-protected-resources.html`,
  shieldAutoL7: `${AWS}/waf/latest/developerguide/ddos-automatic-app-layer-response.html`,
  networkFirewall: `${AWS}/network-firewall/latest/developerguide/vpc-config-subnets.html`,
  // IDS/IPS appliances on AWS receive their copy of the traffic through Traffic Mirroring.
  trafficMirroring: `${AWS}/vpc/latest/mirroring/what-is-traffic-mirroring.html`,
  guardDuty: `${AWS}/guardduty/latest/ug/what-is-guardduty.html`,
} as const;

function info(
  source: string,
  title: [en: string, ja: string],
  explanation: [en: string, ja: string],
): TraceCodeInfo {
  return {
    title: { en: title[0], ja: title[1] },
    explanation: { en: explanation[0], ja: explanation[1] },
    source,
  };
}

/**
 * Every code of TraceCode and ThreatCode. A Record, so a code added to types.ts without
 * its explanation does not compile (SHIELD_STANDARD is both a hop and a threat code).
 */
export const TRACE_CODE_INFO: Readonly<Record<TraceCode | ThreatCode, TraceCodeInfo>> = {
  // Gateways and egress
  NO_ROUTE: info(
    SOURCES.explanationCodes,
    ['No route between the VPCs', 'VPC 間の経路がない'],
    [
      'Each VPC is an isolated network: traffic reaches another VPC only over a peering connection or a transit gateway, and a route table entry that points to it. The diagram models neither, so a path between two VPCs has no route.',
      'VPC はそれぞれ独立したネットワークで、別の VPC へ届くのは VPC ピアリングやトランジットゲートウェイと、それを指すルートがあるときだけです。図ではどちらも扱わないため、VPC をまたぐ経路はありません。',
    ],
  ),
  NO_INTERNET_GATEWAY: info(
    SOURCES.internetGateway,
    ['No internet gateway', 'インターネットゲートウェイがない'],
    [
      'A VPC talks to the internet only through an internet gateway attached to it. Without one, nothing in the VPC can be reached from the internet or reach it directly, whatever the subnets and security groups say.',
      'VPC がインターネットと通信できるのは、アタッチされたインターネットゲートウェイを通るときだけです。これがなければ、サブネットやセキュリティグループの設定にかかわらず、VPC 内のものはインターネットと直接やり取りできません。',
    ],
  ),
  PRIVATE_SUBNET: info(
    SOURCES.subnets,
    ['Private subnet', 'プライベートサブネット'],
    [
      'A subnet is public when its route table sends internet traffic (0.0.0.0/0) to the internet gateway. A private subnet has no such route, so a connection from the internet cannot reach a resource in it; put the resource behind a load balancer in a public subnet instead.',
      'サブネットがパブリックになるのは、ルートテーブルがインターネット宛て（0.0.0.0/0）をインターネットゲートウェイに向けているときです。プライベートサブネットにはこのルートがなく、インターネットからの接続は中のリソースに届きません。パブリックサブネットのロードバランサーの後ろに置くのが定石です。',
    ],
  ),
  NO_PUBLIC_ADDRESS: info(
    SOURCES.internetGateway,
    ['No public address', 'パブリックアドレスがない'],
    [
      'Even in a public subnet, a resource exchanges traffic with the internet only when it has a public address: a public IPv4 or Elastic IP address for an instance, the internet-facing scheme for a load balancer, public accessibility for a database.',
      'パブリックサブネットにあっても、インターネットと通信できるのはパブリックアドレスを持つリソースだけです。インスタンスならパブリック IPv4 アドレスか Elastic IP、ロードバランサーならインターネット向けスキーム、データベースならパブリックアクセス可能の設定が必要です。',
    ],
  ),
  NO_NAT_GATEWAY: info(
    SOURCES.natGateway,
    ['No NAT gateway', 'NAT ゲートウェイがない'],
    [
      'A resource in a private subnet reaches the internet through a public NAT gateway placed in a public subnet. Without one its outbound connections have nowhere to go.',
      'プライベートサブネットのリソースがインターネットへ出るには、パブリックサブネットに置いたパブリック NAT ゲートウェイを経由します。これがないと外向きの接続の行き先がありません。',
    ],
  ),
  INTERNET_GATEWAY: info(
    SOURCES.internetGateway,
    ['Through the internet gateway', 'インターネットゲートウェイを通過'],
    [
      "The VPC's internet gateway carries the traffic between the internet and a resource with a public address in a public subnet.",
      'VPC のインターネットゲートウェイが、インターネットとパブリックサブネット内のパブリックアドレスを持つリソースの間の通信を中継します。',
    ],
  ),
  NAT_GATEWAY: info(
    SOURCES.natGateway,
    ['Out through the NAT gateway', 'NAT ゲートウェイ経由で外へ'],
    [
      'The NAT gateway lets a private resource start connections to the internet and receive their responses. It works one way only: nothing on the internet can start a connection through it.',
      'NAT ゲートウェイにより、プライベートなリソースからインターネットへ接続を開始し、その応答を受け取れます。通るのは一方向だけで、インターネット側からこれを経由して接続を始めることはできません。',
    ],
  ),
  LOCAL_ROUTE: info(
    SOURCES.subnets,
    ['Local route in the VPC', 'VPC 内のローカルルート'],
    [
      "Every route table of a VPC has a local route for the VPC's own range, so any two resources of one VPC can reach each other as far as routing goes; security groups and network ACLs still decide.",
      'VPC のルートテーブルには VPC 自身のアドレス範囲へのローカルルートが必ずあるため、同じ VPC 内のリソース同士はルーティング上は互いに届きます。通すかどうかはセキュリティグループとネットワーク ACL が決めます。',
    ],
  ),
  // Security groups
  SG_OUTBOUND_ALLOW: info(
    SOURCES.securityGroups,
    ['Security group lets it out', 'セキュリティグループが送信を許可'],
    [
      "An outbound rule of the sender's security group allows the traffic. A group without outbound rules of its own allows all outbound traffic, as AWS's default does.",
      '送信側のセキュリティグループのアウトバウンドルールがこの通信を許可しています。アウトバウンドルールを変えていないグループは、AWS の既定どおりすべての送信を許可します。',
    ],
  ),
  SG_OUTBOUND_DENY: info(
    SOURCES.securityGroups,
    ['Security group does not let it out', 'セキュリティグループが送信を許可しない'],
    [
      "Security groups hold allow rules only: traffic that no outbound rule allows does not leave. This group's outbound rules were narrowed from the default allow-all, so the port needs an outbound rule to the destination.",
      'セキュリティグループには許可ルールしかなく、どのアウトバウンドルールにも許可されない通信は出ていけません。既定の全許可アウトバウンドルールが外されているため、宛先へのそのポートのアウトバウンドルールが必要です。',
    ],
  ),
  SG_INBOUND_ALLOW: info(
    SOURCES.securityGroups,
    ['Security group lets it in', 'セキュリティグループが受信を許可'],
    [
      "An inbound rule of the destination's security group allows the port from the sender's address range or from the sender's security group.",
      '宛先のセキュリティグループに、送信側のアドレス範囲または送信側のセキュリティグループからのそのポートを許可するインバウンドルールがあります。',
    ],
  ),
  SG_INBOUND_DENY: info(
    SOURCES.securityGroups,
    ['Security group does not let it in', 'セキュリティグループが受信を許可しない'],
    [
      'A security group cannot deny: it lets in only what an inbound rule allows, and a new group allows nothing. No rule names this port from the sender, so the request is dropped. Add a rule whose source is the sender’s security group or address range.',
      'セキュリティグループは拒否ルールを持てず、インバウンドルールで許可したものだけを受け入れます。新しいグループは何も許可しません。送信側からのこのポートを許可するルールがないため、リクエストは破棄されます。送信側のセキュリティグループかアドレス範囲を送信元とするルールを追加してください。',
    ],
  ),
  SG_STATEFUL_RETURN: info(
    SOURCES.securityGroups,
    ['Response allowed: security groups are stateful', '応答は許可（ステートフル）'],
    [
      'Security groups are stateful: once a request is allowed, its response flows back whatever the rules say. No rule is needed for the ephemeral ports.',
      'セキュリティグループはステートフルです。リクエストを許可すれば、その応答はルールに関係なく戻ります。エフェメラルポート用のルールは不要です。',
    ],
  ),
  // Network ACLs
  NACL_OUTBOUND_ALLOW: info(
    SOURCES.networkAcls,
    ['Network ACL lets it out', 'ネットワーク ACL が送信を許可'],
    [
      "The source subnet's network ACL checks its outbound rules lowest number first; the first rule that matches the traffic allows it.",
      '送信元サブネットのネットワーク ACL がアウトバウンドルールを番号の小さい順に評価し、最初に一致したルールが許可しています。',
    ],
  ),
  NACL_OUTBOUND_DENY: info(
    SOURCES.networkAcls,
    ['Network ACL stops it going out', 'ネットワーク ACL が送信を拒否'],
    [
      "The source subnet's network ACL denies the request on its way out: either a deny rule matches before any allow (the lowest number decides), or no rule matches and the final * rule denies it.",
      '送信元サブネットのネットワーク ACL が外へ出るリクエストを拒否しています。許可より小さい番号の拒否ルールに一致したか、どのルールにも一致せず最後の * ルールで拒否されたかのどちらかです。',
    ],
  ),
  NACL_INBOUND_ALLOW: info(
    SOURCES.networkAcls,
    ['Network ACL lets it in', 'ネットワーク ACL が受信を許可'],
    [
      "The destination subnet's network ACL checks its inbound rules lowest number first; the first rule that matches the traffic allows it.",
      '宛先サブネットのネットワーク ACL がインバウンドルールを番号の小さい順に評価し、最初に一致したルールが許可しています。',
    ],
  ),
  NACL_INBOUND_DENY: info(
    SOURCES.networkAcls,
    ['Network ACL stops it coming in', 'ネットワーク ACL が受信を拒否'],
    [
      "The destination subnet's network ACL denies the request: a deny rule with a lower number matches first, or no rule matches and the final * rule denies it. A new custom network ACL denies everything until rules are added.",
      '宛先サブネットのネットワーク ACL がリクエストを拒否しています。小さい番号の拒否ルールが先に一致したか、どのルールにも一致せず最後の * ルールで拒否されました。新しく作ったカスタムネットワーク ACL は、ルールを足すまですべてを拒否します。',
    ],
  ),
  NACL_RESPONSE_ALLOW: info(
    SOURCES.networkAcls,
    ['Network ACLs let the response back', 'ネットワーク ACL が応答を許可'],
    [
      "Network ACLs are stateless, so the response is checked again. It goes back to the client's ephemeral port, any of 1024–65535, and the rules allow that whole range.",
      'ネットワーク ACL はステートレスなので、応答も改めて評価されます。応答はクライアントのエフェメラルポート（1024〜65535 のいずれか）へ戻り、ルールがその範囲全体を許可しています。',
    ],
  ),
  NACL_RESPONSE_DENY: info(
    SOURCES.networkAcls,
    ['Network ACL blocks the response', 'ネットワーク ACL が応答を拒否'],
    [
      "The request got through, but network ACLs are stateless: the response to the client's ephemeral port (1024–65535) needs its own allow rule, outbound at the server's subnet and inbound at the client's, numbered before any deny that matches.",
      'リクエストは通りましたが、ネットワーク ACL はステートレスです。クライアントのエフェメラルポート（1024〜65535）への応答には、サーバー側サブネットのアウトバウンドとクライアント側サブネットのインバウンドに、それぞれ一致する拒否ルールより小さい番号の許可ルールが必要です。',
    ],
  ),
  SAME_SUBNET_NO_NACL: info(
    SOURCES.networkAcls,
    ['Same subnet: no network ACL', '同じサブネット内: ネットワーク ACL なし'],
    [
      'A network ACL filters only traffic that crosses its subnet’s boundary. Two resources in the same subnet talk without any network ACL check; only their security groups apply.',
      'ネットワーク ACL が評価するのは、サブネットの境界を越える通信だけです。同じサブネット内のリソース同士の通信には ネットワーク ACL は関与せず、セキュリティグループだけが効きます。',
    ],
  ),
  DEFAULT_NACL_ALLOWS: info(
    SOURCES.networkAcls,
    ['Default network ACL allows all', 'デフォルトのネットワーク ACL は全許可'],
    [
      "A subnet without a custom network ACL uses the VPC's default one, which allows all inbound and outbound traffic.",
      'カスタムネットワーク ACL のないサブネットは VPC のデフォルトのネットワーク ACL を使い、これはすべての受信と送信を許可します。',
    ],
  ),
  // Listeners
  PORT_SERVED: info(
    SOURCES.listeners,
    ['The port is served', 'そのポートで待ち受けている'],
    [
      'The destination listens on this port: a load balancer on the ports of its listeners (its incoming traffic), CloudFront and the other public endpoints on HTTP 80 and HTTPS 443.',
      '宛先はこのポートで待ち受けています。ロードバランサーはリスナーのポート（描かれた受信トラフィック）、CloudFront などのパブリックエンドポイントは HTTP 80 と HTTPS 443 です。',
    ],
  ),
  PORT_NOT_SERVED: info(
    SOURCES.listeners,
    ['Nothing listens on the port', 'そのポートで待ち受けていない'],
    [
      'The network lets the packet through but nothing answers: CloudFront, API Gateway and the other public endpoints serve only HTTP 80 and HTTPS 443, and a load balancer only the ports of its listeners.',
      'ネットワークは通しても応答する相手がいません。CloudFront や API Gateway などのパブリックエンドポイントは HTTP 80 と HTTPS 443 だけ、ロードバランサーはリスナーのポートだけで待ち受けます。',
    ],
  ),
  // Inspecting layers
  WAF_INSPECTS: info(
    SOURCES.wafResources,
    ['AWS WAF inspects (layer 7)', 'AWS WAF が検査（レイヤー 7）'],
    [
      'AWS WAF works at layer 7: it reads the HTTP and HTTPS requests sent to the resource it protects (CloudFront, an ALB, API Gateway, AppSync, Cognito, App Runner, Verified Access) and allows or blocks each by its web ACL. It sees nothing of other protocols.',
      'AWS WAF はレイヤー 7 で動作し、保護対象（CloudFront、ALB、API Gateway、AppSync、Cognito、App Runner、Verified Access）に届く HTTP/HTTPS リクエストを読み、Web ACL に従って許可またはブロックします。それ以外のプロトコルは見えません。',
    ],
  ),
  SHIELD_STANDARD: info(
    SOURCES.shieldStandard,
    ['AWS Shield Standard (layers 3/4)', 'AWS Shield Standard（レイヤー 3/4）'],
    [
      'Every AWS customer gets Shield Standard automatically and at no cost. It protects against common network and transport layer (3 and 4) DDoS attacks such as SYN floods; at CloudFront, Route 53 and Global Accelerator these are absorbed at the edge.',
      'Shield Standard はすべての AWS 利用者に自動で無料で適用され、SYN フラッドなどネットワーク層・トランスポート層（レイヤー 3/4）の一般的な DDoS 攻撃から守ります。CloudFront、Route 53、Global Accelerator ではエッジで吸収されます。',
    ],
  ),
  SHIELD_ADVANCED: info(
    SOURCES.shieldAdvanced,
    ['AWS Shield Advanced (paid)', 'AWS Shield Advanced（有料）'],
    [
      'Shield Advanced is a paid subscription that adds DDoS protection for the resources it protects, including the application layer (7) together with AWS WAF, plus response support and cost protection.',
      'Shield Advanced は有料のサブスクリプションで、保護対象のリソースに DDoS 対策を追加します。AWS WAF と組み合わせてアプリケーション層（レイヤー 7）も守り、対応支援やコスト保護も付きます。',
    ],
  ),
  NFW_INSPECTS: info(
    SOURCES.networkFirewall,
    ['AWS Network Firewall inspects', 'AWS Network Firewall が検査'],
    [
      'AWS Network Firewall is a managed stateful firewall and intrusion prevention service for a VPC, deployed in subnets of its own in front of the internet gateway; traffic into the VPC passes its rule groups.',
      'AWS Network Firewall は VPC 向けのマネージドなステートフルファイアウォール兼侵入防止サービスで、インターネットゲートウェイの手前の専用サブネットに置きます。VPC に入る通信はそのルールグループを通ります。',
    ],
  ),
  IPS_INSPECTS: info(
    SOURCES.trafficMirroring,
    ['IPS inspects', 'IPS が検査'],
    [
      'An intrusion prevention system (IPS), as an agent on the instance or a reverse-proxy layer, reads the traffic and can block an attack on a port that is otherwise allowed.',
      'IPS（侵入防止システム）はインスタンスやリバースプロキシ層のエージェントとして通信を読み、許可されたポートへの攻撃でも遮断できます。',
    ],
  ),
  IDS_MONITORS: info(
    SOURCES.trafficMirroring,
    ['IDS monitors', 'IDS が監視'],
    [
      'An intrusion detection system (IDS) watches the traffic and alerts on attacks, but lets everything pass: it detects, it does not block.',
      'IDS（侵入検知システム）は通信を監視して攻撃を検知・通知しますが、通信はすべて通します。検知はしても遮断はしません。',
    ],
  ),
  // No path at all
  NO_PATH: info(
    SOURCES.reachability,
    ['No path', '経路がない'],
    [
      'Nothing in the diagram leads from the source to the destination: no route, and no traffic edge of a load balancer, CDN or API in between that would forward it.',
      '図の中に送信元から宛先へつながるものがありません。経路がなく、転送してくれるロードバランサー、CDN、API のトラフィック線もありません。',
    ],
  ),
  // Threats
  WAF_MANAGED_RULES: info(
    SOURCES.wafResources,
    ['Stopped by WAF managed rules', 'WAF のマネージドルールが阻止'],
    [
      'The managed rule groups of an AWS WAF web ACL recognize common web exploits such as SQL injection in the HTTP request and block it before it reaches the application.',
      'AWS WAF の Web ACL のマネージドルールグループが、HTTP リクエスト中の SQL インジェクションなど一般的な Web 攻撃を見分け、アプリケーションに届く前にブロックします。',
    ],
  ),
  IPS_BLOCKS: info(
    SOURCES.trafficMirroring,
    ['Stopped by the IPS', 'IPS が阻止'],
    [
      'The intrusion prevention system at the destination recognizes the attack in the traffic and drops it. An IDS in the same place would only have raised an alert.',
      '宛先の IPS が通信中の攻撃を見分けて破棄します。同じ場所にあるのが IDS なら、通知するだけで通してしまいます。',
    ],
  ),
  WAF_RATE_BASED: info(
    SOURCES.wafRateBased,
    ['Stopped by a WAF rate-based rule', 'WAF のレートベースルールが阻止'],
    [
      'A rate-based rule counts the requests of each source IP address and blocks an address while it sends more than the limit, which stops an HTTP request flood at layer 7.',
      'レートベースルールは送信元 IP アドレスごとにリクエスト数を数え、上限を超えたアドレスをブロックします。これでレイヤー 7 の HTTP リクエストフラッドを止めます。',
    ],
  ),
  SHIELD_ADVANCED_L7: info(
    SOURCES.shieldAutoL7,
    ['Stopped by Shield Advanced (layer 7)', 'Shield Advanced が阻止（レイヤー 7）'],
    [
      'With automatic application layer DDoS mitigation, Shield Advanced writes and applies AWS WAF rules against a request flood on a protected resource that has a web ACL.',
      'アプリケーション層 DDoS の自動緩和を有効にすると、Shield Advanced は Web ACL を持つ保護対象へのリクエストフラッドに対して AWS WAF のルールを作成・適用します。',
    ],
  ),
  NFW_RULES: info(
    SOURCES.networkFirewall,
    ['Stopped by Network Firewall rules', 'Network Firewall のルールが阻止'],
    [
      "The rule groups of the VPC's AWS Network Firewall, including intrusion prevention rules, match the payload and drop it before it reaches the destination.",
      'VPC の AWS Network Firewall のルールグループ（侵入防止ルールを含む）がペイロードに一致し、宛先に届く前に破棄します。',
    ],
  ),
  IDS_DETECTS: info(
    SOURCES.trafficMirroring,
    ['Detected by the IDS', 'IDS が検知'],
    [
      'The intrusion detection system sees the attack and raises an alert, but the traffic still arrives: detection is not prevention.',
      'IDS は攻撃を見つけて通知しますが、通信はそのまま届きます。検知は防御ではありません。',
    ],
  ),
  GUARDDUTY_DETECTS: info(
    SOURCES.guardDuty,
    ['Detected by GuardDuty', 'GuardDuty が検知'],
    [
      'Amazon GuardDuty analyses logs such as VPC Flow Logs, DNS logs and CloudTrail events and reports suspicious activity as findings. It detects; it does not block traffic.',
      'Amazon GuardDuty は VPC フローログ、DNS ログ、CloudTrail イベントなどのログを分析し、不審な動きを検出結果として報告します。検知はしますが、通信は遮断しません。',
    ],
  ),
  NOT_STOPPED: info(
    SOURCES.wafResources,
    ['Not stopped', '阻止されない'],
    [
      'No layer on the path stops this attack: the network lets the request through, and no WAF, Shield Advanced, IPS or Network Firewall rule that would recognize it is in place.',
      '経路上のどの層もこの攻撃を止めません。ネットワークはリクエストを通し、それを見分ける WAF、Shield Advanced、IPS、Network Firewall のルールもありません。',
    ],
  ),
  BLOCKED_BEFORE: info(
    SOURCES.reachability,
    ['Blocked before it arrives', '届く前に遮断'],
    [
      'The plain request is already blocked on the way, so the attack never reaches the destination.',
      '通常のリクエストが途中で遮断されるため、攻撃は宛先に届きません。',
    ],
  ),
};

export function traceCodeInfo(code: TraceCode | ThreatCode): TraceCodeInfo {
  return TRACE_CODE_INFO[code];
}
