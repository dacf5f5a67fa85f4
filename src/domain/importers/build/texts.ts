/**
 * What the builder tells the user, in English and Japanese: the reasons a resource is
 * not drawn and the notes on each decision that changed the picture (docs/import.md
 * "Where the template and the diagram differ"). Kept in one place so that the report
 * reads as one voice.
 */
import type { Localized } from '../../document/types';

const list = (ids: readonly string[]): string => ids.join(', ');

/** Why a resource is not drawn. */
export const REASONS = {
  noKind: {
    en: 'The playground has no kind for this resource type.',
    ja: 'このリソースタイプに対応する種類がプレイグラウンドにありません。',
  },
  gatewayLoadBalancer: {
    en: 'Gateway Load Balancers have no kind in the playground.',
    ja: 'Gateway Load Balancer に対応する種類がプレイグラウンドにありません。',
  },
  detachedGateway: {
    en: 'It is attached to no VPC of the template.',
    ja: 'テンプレートのどの VPC にもアタッチされていません。',
  },
  unassociatedNacl: {
    en: 'It is associated with no subnet, so it filters no traffic.',
    ja: 'どのサブネットにも関連付けられていないため、通信を何もフィルタリングしません。',
  },
  unusedRouteTable: {
    en: 'It is associated with no subnet of the template; route tables only decide whether subnets are public.',
    ja: 'テンプレートのどのサブネットにも関連付けられていません。ルートテーブルはサブネットがパブリックかどうかの判断にだけ使います。',
  },
  unattachedElasticIp: {
    en: 'It is given to no instance of the template (a NAT gateway’s address, or one kept for later).',
    ja: 'テンプレートのどのインスタンスにも割り当てられていません (NAT ゲートウェイのアドレスや予備のアドレス)。',
  },
  ownerNotDrawn: {
    en: 'What it belongs to is not drawn.',
    ja: '所属先のリソースが描かれていません。',
  },
} satisfies Record<string, Localized>;

export const notes = {
  renamedTooLong: (id: string, node: string): Localized => ({
    en: `The id ${id} is longer than 128 characters; its node id is ${node}.`,
    ja: `ID ${id} は 128 文字を超えるため、ノード ID を ${node} にしました。`,
  }),
  renamedEmpty: (node: string): Localized => ({
    en: `A resource has an empty id; its node id is ${node}.`,
    ja: `ID が空のリソースがあるため、ノード ID を ${node} にしました。`,
  }),
  renamedTaken: (id: string, node: string): Localized => ({
    en: `The id ${id} is already used by a resource of the template; the node the import adds under that name is ${node}.`,
    ja: `ID ${id} はテンプレートのリソースが使っているため、インポートで追加するノードの ID を ${node} にしました。`,
  }),
  dangling: (owner: string, ref: string, what: Localized): Localized => ({
    en: `${owner} refers to ${ref}, which is not ${what.en} drawn from the template; that reference is left out.`,
    ja: `${owner} が参照する ${ref} は、テンプレートから描いた${what.ja}ではないため、この参照は省きました。`,
  }),
  standInVpc: (id: string, vpc: string): Localized => ({
    en: `${id} names no VPC of the template (a parameter, an existing VPC or the default VPC); it is drawn in the stand-in VPC ${vpc}.`,
    ja: `${id} はテンプレート内の VPC を指していません (パラメーター、既存の VPC、デフォルト VPC)。代わりの VPC ${vpc} の中に描きました。`,
  }),
  standInSubnet: (id: string, subnet: string): Localized => ({
    en: `${id} names no subnet of the template (a parameter, an existing subnet or the default VPC); it is drawn in the stand-in subnet ${subnet}.`,
    ja: `${id} はテンプレート内のサブネットを指していません (パラメーター、既存のサブネット、デフォルト VPC)。代わりのサブネット ${subnet} の中に描きました。`,
  }),
  standInOrganization: (id: string, organization: string): Localized => ({
    en: `Firewall Manager policy ${id} exists only in an organization with all features; it is drawn in the stand-in organization ${organization}.`,
    ja: `Firewall Manager ポリシー ${id} は「すべての機能」を有効にした組織にしか存在しないため、代わりの組織 ${organization} の中に描きました。`,
  }),
  unknownZones: (subnets: readonly string[]): Localized => ({
    en: `The Availability Zone of ${list(subnets)} is not known; each is drawn as a zone of its own (unknown-1, unknown-2, ...), so no two of them count as one zone.`,
    ja: `${list(subnets)} のアベイラビリティーゾーンは不明です。それぞれを別のゾーン (unknown-1, unknown-2, ...) として描いたので、同じゾーンとは数えません。`,
  }),
  invalidCidr: (id: string, cidr: string): Localized => ({
    en: `${id}: the CIDR ${cidr} is not an IPv4 block; the node keeps the default.`,
    ja: `${id}: CIDR ${cidr} は IPv4 のアドレスブロックではないため、ノードは既定値のままです。`,
  }),
  ruleLeftOut: (id: string, rule: string): Localized => ({
    en: `${id}: the rule ${rule} cannot be drawn (its address, protocol or ports are not valid) and is left out.`,
    ja: `${id}: ルール ${rule} はアドレス、プロトコル、ポートのいずれかが正しくないため描けず、省きました。`,
  }),
  groupCopies: (id: string, copies: readonly string[]): Localized => ({
    en: `Security group ${id} is used in ${copies.length + 1} places (a subnet, the VPC, or together with other groups); it is drawn once per place with the same rules: ${id}, ${list(copies)}. Rules that name ${id} as their peer name every copy.`,
    ja: `セキュリティグループ ${id} は ${copies.length + 1} か所 (サブネット、VPC、他のグループとの組み合わせ) で使われているため、場所ごとに同じルールで描きました: ${id}, ${list(copies)}。${id} を相手に指定するルールは、すべてのコピーを指定します。`,
  }),
  defaultGroupCopies: (id: string): Localized => ({
    en: `${id} is a default security group drawn in several places: each copy also allows all traffic from the other copies, as the one group allows traffic from its own members.`,
    ja: `${id} はデフォルトのセキュリティグループで、複数の場所に描きました。1 つのグループが自分のメンバーからの通信を許可するのと同じく、各コピーは他のコピーからのすべての通信も許可します。`,
  }),
  naclInVpc: (id: string, vpc: string, subnets: readonly string[]): Localized => ({
    en: `Network ACL ${id} is associated with ${list(subnets)}, every subnet of ${vpc} that has no other network ACL; it is drawn directly in the VPC, where it applies to exactly those subnets.`,
    ja: `ネットワーク ACL ${id} は ${list(subnets)} に関連付けられており、これは ${vpc} のうち他のネットワーク ACL を持たないすべてのサブネットです。VPC の直下に描いたので、ちょうどこれらのサブネットに適用されます。`,
  }),
  naclCopies: (id: string, copies: readonly string[]): Localized => ({
    en: `Network ACL ${id} is associated with several subnets; it is drawn in each with the same rules: ${id}, ${list(copies)}.`,
    ja: `ネットワーク ACL ${id} は複数のサブネットに関連付けられているため、各サブネットに同じルールで描きました: ${id}, ${list(copies)}。`,
  }),
  firstSubnet: (id: string, subnet: string, others: readonly string[]): Localized => ({
    en: `${id} spans the subnets ${subnet}, ${list(others)}; it is drawn in the first one, ${subnet}.`,
    ja: `${id} はサブネット ${subnet}, ${list(others)} にまたがるため、最初のサブネット ${subnet} の中に描きました。`,
  }),
  groupsWithoutSubnets: (id: string): Localized => ({
    en: `${id} names security groups but no subnet of the template; it is drawn outside the VPC, where its groups do not apply.`,
    ja: `${id} はセキュリティグループを指定していますが、テンプレート内のサブネットを指定していないため VPC の外に描きました。グループは適用されません。`,
  }),
  severalPorts: (source: string, target: string, ports: readonly number[]): Localized => ({
    en: `${source} reaches ${target} on the ports ${ports.join(', ')}; one edge is drawn, with the first port.`,
    ja: `${source} は ${target} にポート ${ports.join(', ')} で届きます。エッジは 1 本で、最初のポートを表示します。`,
  }),
  aclFromArn: (arn: string, node: string): Localized => ({
    en: `The web ACL ${arn} is not defined in the template; it is drawn as ${node} with the kind's default settings.`,
    ja: `ウェブ ACL ${arn} はテンプレートで定義されていないため、種類の既定の設定で ${node} として描きました。`,
  }),
  flowLogAtTop: (id: string): Localized => ({
    en: `Flow log ${id} records no VPC or subnet of the template; it is drawn outside any VPC.`,
    ja: `フローログ ${id} はテンプレート内の VPC やサブネットを記録していないため、VPC の外に描きました。`,
  }),
  elasticIpTarget: (id: string, eip: string, instance: string): Localized => ({
    en: `${id} protects the Elastic IP ${eip}; the edge goes to its instance ${instance}.`,
    ja: `${id} は Elastic IP ${eip} を保護しているため、エッジはそのインスタンス ${instance} に引きました。`,
  }),
};
