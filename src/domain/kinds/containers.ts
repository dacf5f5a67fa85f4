/**
 * Containers (kinds.md "Containers"): the boxes other nodes are drawn in. Sizes shrink
 * with nesting depth so that a fresh organization > account > region > VPC > subnet >
 * security group fits inside one another.
 */
import type { KindDef } from './types';
import { bool, oneOf, sgRules, text } from './propSpecs';

export const CONTAINER_KINDS: readonly KindDef[] = [
  {
    id: 'organization',
    name: { en: 'AWS Organizations organization', ja: 'AWS Organizations の組織' },
    category: 'containers',
    placement: ['top'],
    container: true,
    props: { allFeatures: bool(true) },
    icon: 'ArchitectureServiceAWSOrganizations',
    description: {
      en: 'AWS Organizations puts many AWS accounts under one management account so that policies and security services can be rolled out from one place. Firewall Manager only works in an organization with all features enabled, and GuardDuty, Security Hub or Detective can be run for every member from one delegated administrator account.',
      ja: 'AWS Organizations は複数の AWS アカウントを 1 つの管理アカウントの下にまとめ、ポリシーやセキュリティサービスを 1 か所から展開できるようにします。Firewall Manager は「すべての機能」を有効にした組織でのみ使えます。GuardDuty、Security Hub、Detective は委任管理者アカウントから全メンバーをまとめて運用できます。',
    },
    keywords: ['organizations', 'org', 'オーガニゼーション', 'オーガナイゼーション', '組織', 'scp'],
    defaultSize: { width: 1240, height: 900 },
  },
  {
    id: 'account',
    name: { en: 'AWS account', ja: 'AWS アカウント' },
    category: 'containers',
    placement: ['top-or-org'],
    container: true,
    props: { role: oneOf(['management', 'security', 'workload'], 'workload') },
    icon: 'ArchitectureGroupAWSAccount',
    description: {
      en: 'An AWS account is the boundary of resources, billing and most security services: GuardDuty, Inspector and Security Hub are switched on per account and Region. In an organization, accounts usually split into the management account, a security (delegated administrator) account and workload accounts.',
      ja: 'AWS アカウントはリソース・請求・多くのセキュリティサービスの境界です。GuardDuty、Inspector、Security Hub はアカウントとリージョンごとに有効化します。組織では、管理アカウント、セキュリティ用 (委任管理者) アカウント、ワークロード用アカウントに役割を分けるのが一般的です。',
    },
    keywords: [
      'アカウント',
      'management account',
      '管理アカウント',
      'member account',
      'メンバーアカウント',
    ],
    defaultSize: { width: 1080, height: 780 },
  },
  {
    id: 'region',
    name: { en: 'AWS Region', ja: 'AWS リージョン' },
    category: 'containers',
    placement: ['top-org-account'],
    container: true,
    props: { name: text('us-east-1') },
    icon: 'ArchitectureGroupRegion',
    description: {
      en: 'An AWS Region is a separate geographic area with its own copies of the Regional services. GuardDuty, Security Hub and AWS Config have to be enabled in every Region in use; CloudFront and its WAF web ACLs are global and are managed from us-east-1.',
      ja: 'AWS リージョンは地理的に独立したエリアで、リージョンサービスはリージョンごとに動きます。GuardDuty、Security Hub、AWS Config は利用するすべてのリージョンで有効化が必要です。CloudFront とそのウェブ ACL はグローバルで、us-east-1 から管理します。',
    },
    keywords: ['リージョン', 'us-east-1', 'ap-northeast-1', '東京'],
    defaultSize: { width: 940, height: 660 },
  },
  {
    id: 'vpc',
    name: { en: 'VPC', ja: 'VPC' },
    category: 'containers',
    placement: ['scope'],
    container: true,
    props: { cidr: text('10.0.0.0/16') },
    icon: 'ArchitectureGroupVirtualprivatecloudVPC',
    description: {
      en: 'A Virtual Private Cloud is an isolated network of your own in one Region, with an address range (CIDR) you choose. Subnets, the internet gateway, network ACLs and security groups live inside it; account- and Region-level services such as GuardDuty, WAF or S3 do not.',
      ja: 'VPC (Virtual Private Cloud) は 1 つのリージョンに作る自分専用の分離されたネットワークで、アドレス範囲 (CIDR) を自分で決めます。サブネット、インターネットゲートウェイ、ネットワーク ACL、セキュリティグループは VPC の中に置きますが、GuardDuty、WAF、S3 のようなアカウント/リージョン単位のサービスは中に置きません。',
    },
    keywords: ['virtual private cloud', '仮想プライベートクラウド', 'ネットワーク', 'network'],
    defaultSize: { width: 780, height: 540 },
  },
  {
    id: 'subnet',
    name: { en: 'Subnet', ja: 'サブネット' },
    category: 'containers',
    placement: ['vpc'],
    container: true,
    props: { tier: oneOf(['public', 'private'], 'private'), az: text('a'), cidr: text('') },
    icon: 'ArchitectureGroupPrivatesubnet',
    description: {
      en: 'A subnet is a slice of a VPC’s addresses in exactly one Availability Zone. It is public when its route table sends internet traffic to an internet gateway, private otherwise; servers and databases belong in private subnets behind a load balancer. Each subnet has exactly one network ACL.',
      ja: 'サブネットは VPC のアドレス範囲の一部で、ちょうど 1 つのアベイラビリティーゾーンに属します。ルートテーブルがインターネットゲートウェイへ向いていればパブリック、そうでなければプライベートです。サーバーやデータベースはロードバランサーの後ろのプライベートサブネットに置きます。1 つのサブネットに関連付くネットワーク ACL は 1 つだけです。',
    },
    keywords: [
      'サブネット',
      'public subnet',
      'パブリックサブネット',
      'private subnet',
      'プライベートサブネット',
      'availability zone',
      'アベイラビリティーゾーン',
    ],
    defaultSize: { width: 360, height: 260 },
  },
  {
    id: 'security-group',
    name: { en: 'Security group', ja: 'セキュリティグループ' },
    category: 'containers',
    placement: ['vpc-any'],
    container: true,
    props: {
      inbound: sgRules(),
      outbound: sgRules([{ protocol: 'all', ports: 'all', destination: '0.0.0.0/0' }]),
      isDefault: bool(false),
    },
    icon: 'ResourceFirewall',
    description: {
      en: 'A security group is a stateful virtual firewall attached to instances and other resources, so return traffic is allowed without a rule. It has allow rules only: a new group lets no inbound traffic in and all outbound traffic out, and the default group also allows inbound traffic from its own members. A rule may name another security group as its source.',
      ja: 'セキュリティグループはインスタンスなどのリソースに付けるステートフルな仮想ファイアウォールで、応答トラフィックはルールなしで通ります。ルールは許可だけです。新しいグループはインバウンドを何も許可せず、アウトバウンドはすべて許可します (デフォルトのグループは同じグループからのインバウンドも許可)。送信元として別のセキュリティグループを指定できます。',
    },
    keywords: ['sg', 'firewall', 'ファイアウォール', 'stateful', 'ステートフル'],
    defaultSize: { width: 230, height: 170 },
  },
];
