/**
 * The study path: one topic per subject of the exam notes the playground is
 * built from, each tying its explanation and traps to the kinds that draw it, the rules
 * that teach it and the presets that show it. Topics name rules and presets by id only;
 * topics.test.ts checks every id still exists and that every rule has a topic, so a new
 * rule or a renamed preset cannot silently fall out of the path.
 */
import type { Localized } from '../document/types';
import type { KindId } from '../kinds/types';

export interface Topic {
  id: string;
  title: Localized;
  /** What the service does and where it sits. */
  summary: Localized;
  /** The exam traps the notes point at. */
  traps: Localized[];
  kinds: KindId[];
  /** Rule ids (src/domain/rules/registry.ts). */
  rules: string[];
  /** Preset ids (`preset.id` of presets/*.json), references and challenges. */
  presets: string[];
}

export const TOPICS: readonly Topic[] = [
  {
    id: 'ids-ips',
    title: { en: 'IDS and IPS', ja: 'IDS と IPS' },
    summary: {
      en: 'An intrusion detection system watches traffic and tells an operator when it looks like an attack; an intrusion prevention system sits in the path and drops it. On AWS they run as agents on the instances or on a reverse-proxy layer in front of them, or as Network Firewall rules at the VPC edge.',
      ja: '侵入検知システム（IDS）は通信を見張り、攻撃らしいものを管理者に知らせます。侵入防止システム（IPS）は通信の経路上に置かれ、攻撃を止めます。AWS ではインスタンス上やその前段のリバースプロキシ層のエージェントとして、あるいは VPC の入口の Network Firewall のルールとして動かします。',
    },
    traps: [
      {
        en: 'Detecting is not blocking: when a question asks to stop the intrusion, an IDS alone is the wrong answer.',
        ja: '検知と防御は別物です。侵入を「止める」ことが求められているなら、IDS だけでは答えになりません。',
      },
      {
        en: 'The classic answer places the IDS/IPS agent on the instances or on a reverse-proxy tier, not on a managed service such as GuardDuty.',
        ja: '定番の解答は IDS/IPS エージェントをインスタンスかリバースプロキシ層に置くことで、GuardDuty などのマネージドサービスに置くことではありません。',
      },
    ],
    kinds: ['ids-ips', 'ec2', 'network-firewall'],
    rules: [],
    presets: [
      'ids-ips-layers',
      'challenge-ids-where-blocking-required',
      'nacl-and-security-groups',
    ],
  },
  {
    id: 'nacl',
    title: { en: 'Network ACLs', ja: 'ネットワーク ACL' },
    summary: {
      en: 'A network ACL filters traffic at the boundary of a subnet. It is stateless: a response is judged again on its way back, so return traffic needs its own rule. Rules are read from the lowest number up and the first match decides.',
      ja: 'ネットワーク ACL はサブネットの境界で通信をふるい分けます。ステートレスなので、応答も戻るときに改めて判定され、戻りの通信には専用のルールが要ります。ルールは番号の小さいものから読まれ、最初に一致したルールで決まります。',
    },
    traps: [
      {
        en: 'Stateless means the ephemeral ports of the responses must be allowed outbound (or inbound) too.',
        ja: 'ステートレスなので、応答が使うエフェメラルポートも逆方向に許可しておく必要があります。',
      },
      {
        en: 'A deny with a higher number than a matching allow never applies: the lower number wins.',
        ja: '一致する許可ルールより番号の大きい拒否ルールは効きません。番号の小さい方が優先されます。',
      },
      {
        en: 'A network ACL belongs to subnets; it cannot tell two instances of one subnet apart.',
        ja: 'ネットワーク ACL はサブネット単位のもので、同じサブネット内のインスタンス同士を区別できません。',
      },
    ],
    kinds: ['network-acl', 'subnet', 'vpc'],
    rules: ['NACL-01', 'NACL-02', 'NACL-03', 'NACL-04', 'SG-01'],
    presets: [
      'nacl-and-security-groups',
      'challenge-nacl-response-dropped',
      'challenge-nacl-return-rule',
    ],
  },
  {
    id: 'security-groups',
    title: { en: 'Security groups', ja: 'セキュリティグループ' },
    summary: {
      en: 'A security group is a virtual firewall around one or more instances or other network interfaces. It only allows, and it is stateful: once a request is allowed, its response goes back without a rule of its own. It is the tool for controlling traffic between instances.',
      ja: 'セキュリティグループは、インスタンスなどのネットワークインターフェースを囲む仮想ファイアウォールです。許可ルールしか持たず、ステートフルなので、許可した要求への応答はルールなしで戻ります。インスタンス同士の通信を制御するならこれを使います。',
    },
    traps: [
      {
        en: 'There is no deny rule: to block one address, use a network ACL (or a WAF in front of web traffic).',
        ja: '拒否ルールはありません。特定のアドレスを止めたいならネットワーク ACL（Web の通信なら WAF）を使います。',
      },
      {
        en: 'By default a group lets in traffic from its own members and lets everything out.',
        ja: '初期状態では、同じグループのメンバーからの受信と、すべての送信が許可されています。',
      },
      {
        en: 'SSH or RDP open to 0.0.0.0/0 is the textbook mistake; Systems Manager Session Manager needs no inbound port at all.',
        ja: 'SSH や RDP を 0.0.0.0/0 に開けるのは典型的な誤りです。Systems Manager の Session Manager なら受信ポートは不要です。',
      },
    ],
    kinds: ['security-group', 'ec2', 'rds', 'alb'],
    rules: ['SG-01', 'SG-02', 'SG-03', 'SG-05', 'NET-08'],
    presets: [
      'nacl-and-security-groups',
      'challenge-ssh-open-to-world',
      'challenge-database-exposed',
    ],
  },
  {
    id: 'waf',
    title: { en: 'AWS WAF', ja: 'AWS WAF' },
    summary: {
      en: 'AWS WAF inspects HTTP and HTTPS requests against a web ACL: managed and custom rules, rule groups and rate-based rules that throttle one source address. A web ACL is attached to CloudFront, an API Gateway REST API, an ALB, AppSync, a Cognito user pool, App Runner or Verified Access.',
      ja: 'AWS WAF は HTTP／HTTPS のリクエストを Web ACL で検査します。Web ACL にはマネージドルールや独自ルール、ルールグループ、送信元アドレスごとに回数を制限するレートベースルールを入れます。関連付けられるのは CloudFront、API Gateway の REST API、ALB、AppSync、Cognito ユーザープール、App Runner、Verified Access です。',
    },
    traps: [
      {
        en: 'An NLB (layer 4) and an HTTP API of API Gateway cannot carry a web ACL.',
        ja: 'NLB（レイヤー 4）や API Gateway の HTTP API には Web ACL を関連付けられません。',
      },
      {
        en: 'A web ACL for CloudFront is global (us-east-1); one for a Regional resource lives in that resource’s Region.',
        ja: 'CloudFront 用の Web ACL はグローバル（us-east-1）で、リージョンのリソース用の Web ACL はそのリージョンに作ります。',
      },
      {
        en: 'A rate-based rule is WAF’s answer to request floods at layer 7; SQL injection and exploits are matched by managed rules.',
        ja: 'レイヤー 7 のリクエスト洪水にはレートベースルール、SQL インジェクションなどの攻撃にはマネージドルールで対応します。',
      },
    ],
    kinds: [
      'waf',
      'cloudfront',
      'alb',
      'api-gateway',
      'appsync',
      'cognito-user-pool',
      'app-runner',
      'verified-access',
    ],
    rules: ['WAF-01', 'WAF-02', 'WAF-03', 'WAF-04', 'WAF-06', 'WAF-07', 'WAF-08', 'WAF-09'],
    presets: [
      'cloudfront-waf-alb',
      'api-gateway-waf-cognito',
      'challenge-waf-on-nlb',
      'challenge-alb-front-door',
      'challenge-waf-http-api',
    ],
  },
  {
    id: 'firewall-manager',
    title: { en: 'AWS Firewall Manager', ja: 'AWS Firewall Manager' },
    summary: {
      en: 'Firewall Manager sets firewall policies once for a whole AWS Organization (WAF, Shield Advanced, security groups, Network Firewall) and deploys them to every account and VPC, including ones created later. It runs in an administrator account and relies on AWS Config.',
      ja: 'Firewall Manager は AWS Organizations 全体のファイアウォールポリシー（WAF、Shield Advanced、セキュリティグループ、Network Firewall）を一か所で決め、後から作られたアカウントや VPC も含めて自動で展開します。管理者アカウントで動き、AWS Config を前提にしています。',
    },
    traps: [
      {
        en: 'It needs AWS Organizations with all features enabled; a stand-alone account cannot use it.',
        ja: 'すべての機能を有効にした AWS Organizations が必要で、単独のアカウントでは使えません。',
      },
      {
        en: 'AWS Config must be on in the member accounts, or policies cannot be checked.',
        ja: 'メンバーアカウントで AWS Config が有効でないと、ポリシーを評価できません。',
      },
      {
        en: 'It does not inspect traffic itself: it manages the firewalls that do.',
        ja: 'Firewall Manager 自体は通信を検査しません。検査するファイアウォールを管理するサービスです。',
      },
    ],
    kinds: ['firewall-manager', 'organization', 'account', 'config', 'network-firewall', 'waf'],
    rules: ['FMS-01', 'FMS-02'],
    presets: ['network-firewall-fms', 'challenge-firewall-manager-without-organizations'],
  },
  {
    id: 'network-firewall',
    title: { en: 'AWS Network Firewall', ja: 'AWS Network Firewall' },
    summary: {
      en: 'Network Firewall is a managed, stateful firewall and IPS for a whole VPC. Its endpoints sit in a dedicated subnet, and route tables send traffic from the internet gateway through them, so it filters traffic to and from the internet and between VPCs.',
      ja: 'Network Firewall は VPC 全体を守るマネージドのステートフルなファイアウォール兼 IPS です。専用サブネットにエンドポイントを置き、ルートテーブルでインターネットゲートウェイからの通信をそこに通すことで、インターネットや VPC 間の通信をふるい分けます。',
    },
    traps: [
      {
        en: 'The firewall needs its own subnet; placing it beside the workloads it protects lets traffic bypass it.',
        ja: 'ファイアウォールには専用のサブネットが必要です。守る対象と同じサブネットに置くと通信が素通りします。',
      },
      {
        en: 'Across many accounts, its policies are rolled out with Firewall Manager.',
        ja: '複数アカウントにまたがる場合は、Firewall Manager でポリシーを展開します。',
      },
    ],
    kinds: ['network-firewall', 'vpc', 'subnet', 'internet-gateway'],
    rules: ['NFW-02', 'NFW-04'],
    presets: ['network-firewall-fms', 'ids-ips-layers', 'challenge-network-firewall-misplaced'],
  },
  {
    id: 'shield',
    title: { en: 'AWS Shield', ja: 'AWS Shield' },
    summary: {
      en: 'Shield protects applications on AWS against DDoS attacks. Shield Standard is free and always on for everyone at layers 3 and 4. Shield Advanced is a paid subscription per protected resource (CloudFront, Route 53, Global Accelerator, ALB, Elastic IP) that adds layer 7 protection together with AWS WAF, and the response team.',
      ja: 'Shield は AWS 上のアプリケーションを DDoS 攻撃から守ります。Shield Standard は無料で、レイヤー 3／4 に対して誰にでも自動で効いています。Shield Advanced は保護するリソース（CloudFront、Route 53、Global Accelerator、ALB、Elastic IP）ごとの有料契約で、AWS WAF と組み合わせたレイヤー 7 の保護や対応チームの支援が加わります。',
    },
    traps: [
      {
        en: 'Standard needs no setup and no attachment; layer 7 protection is Advanced (with a web ACL).',
        ja: 'Standard は設定も関連付けも不要です。レイヤー 7 の保護は Advanced（Web ACL と併用）です。',
      },
      {
        en: 'Automatic application-layer mitigation needs a web ACL on the protected resource.',
        ja: 'アプリケーション層の自動緩和には、保護対象のリソースに Web ACL が必要です。',
      },
      {
        en: 'Advanced cannot protect an S3 bucket directly: protect the CloudFront distribution in front of it.',
        ja: 'Advanced は S3 バケットを直接守れません。その前の CloudFront ディストリビューションを保護します。',
      },
    ],
    kinds: ['shield', 'cloudfront', 'route53', 'global-accelerator', 'alb', 'waf'],
    rules: ['SHD-02', 'SHD-03', 'SHD-04', 'SHD-05', 'SHD-07'],
    presets: [
      'ddos-resilient-edge',
      'challenge-shield-advanced-on-s3',
      'challenge-shield-l7-without-web-acl',
    ],
  },
  {
    id: 'guardduty',
    title: { en: 'Amazon GuardDuty', ja: 'Amazon GuardDuty' },
    summary: {
      en: 'GuardDuty is a threat detection service you simply turn on per account and Region. It reads CloudTrail events, VPC Flow Logs and DNS logs on its own, matches them with threat intelligence and machine learning, and reports findings such as crypto-mining, port scans or API calls from unusual places. Protection plans extend it to S3, EKS, RDS, Lambda and malware scans.',
      ja: 'GuardDuty はアカウントとリージョンごとに有効にするだけで使える脅威検出サービスです。CloudTrail のイベント、VPC フローログ、DNS ログを自ら読み、脅威インテリジェンスと機械学習で照合して、暗号通貨マイニングやポートスキャン、いつもと違う場所からの API 呼び出しなどを検出結果として報告します。保護プランで S3、EKS、RDS、Lambda やマルウェアスキャンにも広がります。',
    },
    traps: [
      {
        en: 'It is a Regional account service, not something placed in a VPC or subnet, and it needs no agent.',
        ja: 'アカウントのリージョン単位のサービスで、VPC やサブネットに置くものではなく、エージェントも不要です。',
      },
      {
        en: 'An account cannot be both a delegated administrator and a member; a member is never made administrator.',
        ja: '委任管理者とメンバーを同じアカウントが兼ねることはできず、メンバーになったアカウントが管理者に指定されることもありません。',
      },
      {
        en: 'With Organizations, new accounts join automatically; existing ones may still need invitation and acceptance.',
        ja: 'Organizations では新しいアカウントは自動で加わりますが、既存のアカウントには招待と承認が必要な場合があります。',
      },
      {
        en: 'A trusted IP list silences findings for known addresses; a threat list raises them.',
        ja: '信頼できる IP リストはその送信元の検出結果を抑え、脅威リストは検出結果を出させます。',
      },
    ],
    kinds: ['guardduty', 'cloudtrail', 'vpc-flow-logs', 'organization', 'account'],
    rules: ['GD-01', 'GD-04', 'GD-05', 'PLC-01', 'NET-10'],
    presets: [
      'multi-account-threat-detection',
      'challenge-guardduty-in-subnet',
      'challenge-guardduty-member-outside-admin',
    ],
  },
  {
    id: 'security-hub',
    title: { en: 'AWS Security Hub', ja: 'AWS Security Hub' },
    summary: {
      en: 'Security Hub gathers the findings of GuardDuty, Inspector, Macie and others into one view across accounts, runs best-practice checks such as the CIS Benchmarks on AWS Config, groups findings by their attributes and hands them to EventBridge for automated response.',
      ja: 'Security Hub は GuardDuty、Inspector、Macie などの検出結果をアカウントをまたいで一つの画面に集め、AWS Config の上で CIS Benchmarks などのベストプラクティスのチェックを行い、属性で結果をまとめ、自動対応のために EventBridge へ渡します。',
    },
    traps: [
      {
        en: 'The standards’ checks run on AWS Config rules: without Config, CIS checks have nothing to report.',
        ja: '標準のチェックは AWS Config のルールで動きます。Config がなければ CIS のチェックは何も報告しません。',
      },
      {
        en: 'Automated response goes through EventBridge, not straight from a detector to SNS or Lambda.',
        ja: '自動対応は EventBridge を通します。検出サービスから SNS や Lambda へ直接つなぐのではありません。',
      },
    ],
    kinds: ['security-hub', 'config', 'eventbridge', 'sns', 'guardduty', 'inspector', 'macie'],
    rules: ['SH-01', 'SH-02', 'FND-01'],
    presets: [
      'multi-account-threat-detection',
      'challenge-findings-pipeline',
      'challenge-security-hub-cis-without-config',
    ],
  },
  {
    id: 'inspector',
    title: { en: 'Amazon Inspector', ja: 'Amazon Inspector' },
    summary: {
      en: 'Inspector scans EC2 instances, ECR container images and Lambda functions for known vulnerabilities (CVEs) and network exposure. On EC2 it works from the software inventory of the Systems Manager Agent; images are scanned when pushed and again when new CVEs appear; Lambda standard scanning covers dependencies and code scanning covers your own code.',
      ja: 'Inspector は EC2 インスタンス、ECR のコンテナイメージ、Lambda 関数の既知の脆弱性（CVE）とネットワークの露出を調べます。EC2 では Systems Manager エージェントが集めるソフトウェアの一覧を使い、イメージはプッシュ時と新しい CVE が加わったときに調べ直し、Lambda は標準スキャンで依存パッケージを、コードスキャンで自分のコードを調べます。',
    },
    traps: [
      {
        en: 'The agent-based EC2 scan needs the SSM Agent and an instance role; Inspector finds, Systems Manager patches.',
        ja: 'エージェントによる EC2 のスキャンには SSM エージェントとインスタンスロールが必要です。見つけるのは Inspector、パッチを当てるのは Systems Manager です。',
      },
      {
        en: 'Lambda code scanning turns on standard scanning with it; it cannot run alone.',
        ja: 'Lambda のコードスキャンを有効にすると標準スキャンも有効になり、単独では動きません。',
      },
      {
        en: 'When enabled, ECR scanning covers images pushed in the last 30 days.',
        ja: 'ECR のスキャンを有効にすると、過去 30 日間にプッシュされたイメージが対象になります。',
      },
    ],
    kinds: ['inspector', 'ec2', 'ecr', 'lambda', 'systems-manager'],
    rules: ['INS-01', 'INS-02', 'INS-03'],
    presets: ['vulnerability-management', 'challenge-inspector-without-ssm-agent'],
  },
  {
    id: 'codeguru',
    title: { en: 'Amazon CodeGuru', ja: 'Amazon CodeGuru' },
    summary: {
      en: 'CodeGuru applies machine learning to code: Reviewer comments on pull requests (bugs, inefficiencies, security issues), Profiler finds CPU and memory hot spots in running applications, and CodeGuru Security statically scanned code in a build so that findings could stop a pipeline before deployment.',
      ja: 'CodeGuru は機械学習でコードを分析します。Reviewer はプルリクエストにバグや非効率、セキュリティ上の問題を指摘し、Profiler は動いているアプリケーションの CPU やメモリの重い箇所を見つけ、CodeGuru Security はビルドの中でコードを静的に調べ、問題があればデプロイ前にパイプラインを止められました。',
    },
    traps: [
      {
        en: 'Stopping the pipeline means failing the build step on findings; a scan that only reports lets the deployment go on.',
        ja: 'パイプラインを止めるには、問題が見つかったらビルドを失敗させます。報告するだけのスキャンではデプロイが進んでしまいます。',
      },
      {
        en: 'Reviewer and Security read code; Profiler measures performance, not security.',
        ja: 'Reviewer と Security はコードを読みます。Profiler が測るのは性能で、セキュリティではありません。',
      },
      {
        en: 'CodeGuru Security has been discontinued; Inspector code scanning is where new designs go.',
        ja: 'CodeGuru Security は提供が終了しており、新しい設計では Inspector のコードスキャンを使います。',
      },
    ],
    kinds: ['codeguru', 'inspector', 'lambda'],
    rules: ['CG-01'],
    presets: ['vulnerability-management', 'challenge-codeguru-security-retired'],
  },
  {
    id: 'devops-guru',
    title: { en: 'Amazon DevOps Guru', ja: 'Amazon DevOps Guru' },
    summary: {
      en: 'DevOps Guru learns the normal behaviour of an application’s operational data (metrics, events, logs) and raises insights when something drifts, such as rising latency or a failing database, with likely causes. It watches a Region’s stacks or tagged resources.',
      ja: 'DevOps Guru はアプリケーションの運用データ（メトリクス、イベント、ログ）の普段の姿を学び、レイテンシーの悪化やデータベースの不調などのずれを、考えられる原因とともにインサイトとして知らせます。リージョンのスタックやタグの付いたリソースを見張ります。',
    },
    traps: [
      {
        en: 'It detects operational anomalies, not threats: attacks and compromised credentials are GuardDuty’s job.',
        ja: '検出するのは運用上の異常で、脅威ではありません。攻撃や漏れた認証情報は GuardDuty の担当です。',
      },
    ],
    kinds: ['devops-guru', 'region', 'sns'],
    rules: [],
    presets: ['devops-guru-operations', 'challenge-devops-guru-threat-detection'],
  },
  {
    id: 'macie',
    title: { en: 'Amazon Macie', ja: 'Amazon Macie' },
    summary: {
      en: 'Macie discovers sensitive data such as personal information in S3 buckets, with machine learning and pattern matching, and reports buckets that are public, unencrypted or shared. It works on S3 only.',
      ja: 'Macie は機械学習とパターン照合で S3 バケット内の個人情報などの機密データを見つけ、公開・暗号化なし・共有されたバケットも報告します。対象は S3 だけです。',
    },
    traps: [
      {
        en: 'Only S3: Macie does not scan RDS, EBS or other stores.',
        ja: '対象は S3 だけで、RDS や EBS などは調べません。',
      },
      {
        en: 'To cut cost, exclude the CloudTrail log prefixes and scope jobs by last-modified time.',
        ja: 'コストを抑えるには、CloudTrail ログのプレフィックスを除外し、最終更新日時でジョブの範囲を絞ります。',
      },
    ],
    kinds: ['macie', 's3', 'cloudtrail'],
    rules: ['MAC-01', 'MAC-02', 'S3-01'],
    presets: ['s3-macie-sensitive-data', 'challenge-macie-cloudtrail-logs'],
  },
  {
    id: 'detective',
    title: { en: 'Amazon Detective', ja: 'Amazon Detective' },
    summary: {
      en: 'Detective helps investigate after a finding: it collects CloudTrail, VPC Flow Logs and GuardDuty findings for up to a year, links them in a behaviour graph and shows who did what with which resource, for root-cause analysis and threat hunting.',
      ja: 'Detective は検出結果のあとの調査を助けます。CloudTrail、VPC フローログ、GuardDuty の検出結果を最長 1 年分集めてグラフで結びつけ、誰がどのリソースで何をしたかを示し、根本原因の分析や脅威ハンティングに使います。',
    },
    traps: [
      {
        en: 'GuardDuty comes first: it must have been on (about 48 hours) before Detective can be enabled.',
        ja: '先に GuardDuty です。Detective を有効にする前に、GuardDuty が（48 時間ほど）有効になっている必要があります。',
      },
      {
        en: 'Detective investigates; it neither detects on its own nor blocks anything.',
        ja: 'Detective は調査のためのもので、自ら検出したり何かを止めたりはしません。',
      },
    ],
    kinds: ['detective', 'guardduty', 'cloudtrail', 'vpc-flow-logs'],
    rules: ['DET-01'],
    presets: [
      'multi-account-threat-detection',
      'challenge-devops-guru-threat-detection',
      'challenge-detective-before-guardduty',
    ],
  },
  {
    id: 'policy-generator',
    title: {
      en: 'Policy Generator and resource policies',
      ja: 'Policy Generator とリソースポリシー',
    },
    summary: {
      en: 'The AWS Policy Generator builds policy documents for S3 buckets, SNS topics, SQS queues and IAM from a few choices: effect, principal, actions, resources and conditions. A resource policy decides who, beyond the owning account, may use the resource.',
      ja: 'AWS Policy Generator は、効果・プリンシパル・アクション・リソース・条件を選ぶだけで、S3 バケット、SNS トピック、SQS キュー、IAM のポリシードキュメントを組み立てます。リソースポリシーは、所有アカウント以外の誰がそのリソースを使えるかを決めます。',
    },
    traps: [
      {
        en: 'A principal of "*" with no condition opens the resource to everyone.',
        ja: 'プリンシパルを "*" にして条件を付けないと、誰にでも開かれてしまいます。',
      },
      {
        en: 'S3 Block Public Access overrides a public bucket policy: the policy has no effect while it is on.',
        ja: 'S3 のパブリックアクセスブロックが有効なら、公開するバケットポリシーは効きません。',
      },
    ],
    kinds: ['s3', 'sns', 'sqs'],
    rules: ['POL-01', 'POL-02', 'POL-03', 'S3-01'],
    presets: ['challenge-policy-generator'],
  },
  {
    id: 'artifact-audit',
    title: { en: 'Artifact and audits', ja: 'Artifact と監査対応' },
    summary: {
      en: 'AWS Artifact is where AWS publishes its compliance reports and agreements: SOC 1, SOC 2 and SOC 3 reports, PCI DSS attestations and more, which a customer downloads and hands to its auditors. Auditors reviewing an account’s architecture get read-only access, nothing more.',
      ja: 'AWS Artifact は AWS のコンプライアンスレポートや契約書類の置き場所です。SOC 1／SOC 2／SOC 3 のレポートや PCI DSS の証明書などをダウンロードして監査人に渡します。アカウントの構成を調べる監査人には読み取り専用のアクセスだけを与えます。',
    },
    traps: [
      {
        en: 'SOC reports are independent third-party reports on AWS’s own controls; they do not audit your workload.',
        ja: 'SOC レポートは AWS 自身の統制を第三者が評価したもので、利用者のワークロードを監査するものではありません。',
      },
      {
        en: 'An auditor needs read-only access: write or administrator permissions are never the answer.',
        ja: '監査人に必要なのは読み取り専用のアクセスで、書き込みや管理者の権限を与えるのは誤りです。',
      },
    ],
    kinds: ['artifact', 'iam-role', 'account'],
    rules: ['IAM-01'],
    presets: ['artifact-audit-access', 'challenge-auditor-can-write'],
  },
  {
    id: 'cloudfront',
    title: { en: 'CloudFront at the edge', ja: 'エッジの CloudFront' },
    summary: {
      en: 'CloudFront serves content from edge locations close to users. In a secure design it is the single front door: a global web ACL and Shield Advanced sit on it, and the origin (an ALB or an S3 bucket) accepts traffic only from CloudFront.',
      ja: 'CloudFront は利用者に近いエッジロケーションからコンテンツを配信します。安全な設計では唯一の入口となり、グローバルの Web ACL と Shield Advanced をそこに置き、オリジン（ALB や S3 バケット）は CloudFront からの通信だけを受け付けます。',
    },
    traps: [
      {
        en: 'If the origin ALB is still reachable from the internet, attackers go around CloudFront and its web ACL.',
        ja: 'オリジンの ALB がインターネットから直接届くままだと、攻撃者は CloudFront とその Web ACL を迂回します。',
      },
      {
        en: 'WAF is tightly integrated with CloudFront and ALB; the CloudFront web ACL is created in the global scope.',
        ja: 'WAF は CloudFront と ALB に密に統合されています。CloudFront の Web ACL はグローバルのスコープで作ります。',
      },
    ],
    kinds: ['cloudfront', 'waf', 'shield', 'alb', 's3'],
    rules: ['WAF-09', 'WAF-03', 'SHD-07'],
    presets: [
      'cloudfront-waf-alb',
      'ddos-resilient-edge',
      'challenge-alb-front-door',
      'challenge-shield-advanced-on-s3',
    ],
  },
  {
    id: 'vpc-basics',
    title: { en: 'VPC building blocks', ja: 'VPC の基本構成' },
    summary: {
      en: 'The network the other topics sit in: a VPC in a Region, subnets in Availability Zones, an internet gateway for public subnets, NAT gateways for private ones, load balancers spread over zones and VPC Flow Logs recording the traffic. Knowing which service lives where (organization, account, Region, VPC, subnet) is half of most placement questions.',
      ja: '他のトピックが載るネットワークです。リージョンの中の VPC、アベイラビリティーゾーンごとのサブネット、パブリックサブネットのためのインターネットゲートウェイ、プライベートサブネットのための NAT ゲートウェイ、複数のゾーンに広げるロードバランサー、通信を記録する VPC フローログ。どのサービスがどこ（組織・アカウント・リージョン・VPC・サブネット）に属するかが、配置の問題の半分です。',
    },
    traps: [
      {
        en: 'A NAT gateway for internet access sits in a public subnet, not in the private one it serves.',
        ja: 'インターネットに出るための NAT ゲートウェイは、使う側のプライベートサブネットではなくパブリックサブネットに置きます。',
      },
      {
        en: 'An internet-facing ALB needs public subnets in at least two Availability Zones.',
        ja: 'インターネット向けの ALB には、少なくとも 2 つのアベイラビリティーゾーンのパブリックサブネットが必要です。',
      },
      {
        en: 'Account and Region services (GuardDuty, Security Hub, Config…) are never drawn inside a VPC.',
        ja: 'アカウントやリージョンのサービス（GuardDuty、Security Hub、Config など）は VPC の中に置きません。',
      },
    ],
    kinds: [
      'region',
      'vpc',
      'subnet',
      'internet-gateway',
      'nat-gateway',
      'alb',
      'nlb',
      'vpc-flow-logs',
    ],
    rules: [
      'NET-01',
      'NET-02',
      'NET-03',
      'NET-04',
      'NET-06',
      'NET-08',
      'NET-09',
      'NET-10',
      'PLC-01',
      'PLC-02',
    ],
    presets: [
      'nacl-and-security-groups',
      'challenge-database-exposed',
      'challenge-guardduty-in-subnet',
    ],
  },
];

export const TOPICS_BY_ID: ReadonlyMap<string, Topic> = new Map(TOPICS.map((t) => [t.id, t]));

/**
 * Topics with no challenge yet: the study path promises one per topic, so
 * this is the to-do list the docs and the report name. Which presets are challenges is
 * the presets' own `mode`, given by the caller (the domain reads no files).
 */
export function topicsWithoutChallenge(isChallenge: (presetId: string) => boolean): Topic[] {
  return TOPICS.filter((t) => !t.presets.some(isChallenge));
}
