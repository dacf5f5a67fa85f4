/**
 * The English and Japanese texts of the CloudFormation reader: why it refuses a
 * template, why a value is unknown, and why a resource is not drawn.
 */
import type { Localized } from '../../document/types';

export const REFUSALS = {
  yamlSyntax: (detail: string) => ({
    en: `the YAML is not valid: ${detail}`,
    ja: `YAML の書き方が正しくありません: ${detail}`,
  }),
  jsonSyntax: (expectation: Localized) => ({
    en: `the template is not valid JSON: ${expectation.en}`,
    ja: `テンプレートが正しい JSON ではありません: ${expectation.ja}`,
  }),
  twoTags: {
    en: 'a value can have only one tag: write the inner function in its long form, e.g. !Select [0, { "Fn::GetAZs": !Ref AWS::Region }]',
    ja: '値に付けられるタグは 1 つだけです。内側の関数は長い形式で書いてください (例: !Select [0, { "Fn::GetAZs": !Ref AWS::Region }])',
  },
  unknownTag: (tag: string) => ({
    en: `unknown tag ${tag}: a template may use only the short forms of CloudFormation's functions (!Ref, !GetAtt, !Sub, ...)`,
    ja: `不明なタグ ${tag}: テンプレートで使えるのは CloudFormation の関数の短縮形 (!Ref、!GetAtt、!Sub など) だけです`,
  }),
  duplicateKey: (key: string) => ({
    en: `the key ${key} appears twice in the same map; CloudFormation refuses such a template`,
    ja: `同じマップにキー ${key} が 2 回あります。CloudFormation はこのテンプレートを受け付けません`,
  }),
  tooDeep: (limit: number) => ({
    en: `values are nested more than ${limit} levels deep; the template is refused so that reading it cannot exhaust memory`,
    ja: `値の入れ子が ${limit} 段を超えています。読み込みで資源を使い果たさないよう、このテンプレートは受け付けません`,
  }),
  tooManyAliases: {
    en: 'too many YAML aliases (*name); the template is refused as a resource-exhaustion attack ("billion laughs")',
    ja: 'YAML のエイリアス (*name) が多すぎます。資源枯渇攻撃 ("billion laughs") とみなして受け付けません',
  },
  tooComplex: (steps: number) => ({
    en: `evaluating the template's functions takes more than ${steps} steps; the template is refused so that reading it cannot hang`,
    ja: `テンプレートの関数の評価が ${steps} ステップを超えます。読み込みが止まらなくならないよう、受け付けません`,
  }),
  notTemplate: {
    en: 'this is not a CloudFormation template: the top level must be a map with a Resources section',
    ja: 'CloudFormation テンプレートではありません。最上位は Resources セクションを持つマップである必要があります',
  },
  noResources: {
    en: 'the template has no Resources section',
    ja: 'テンプレートに Resources セクションがありません',
  },
  resourcesNotMap: {
    en: 'Resources must be a map from logical ids to resources',
    ja: 'Resources は論理 ID からリソースへのマップである必要があります',
  },
  resourcesEmpty: {
    en: 'Resources is empty: there is nothing to draw',
    ja: 'Resources が空です。描くものがありません',
  },
  resourceNotMap: {
    en: 'a resource must be a map with a Type',
    ja: 'リソースは Type を持つマップである必要があります',
  },
  badLogicalId: {
    en: 'a logical id may contain only letters and digits (A–Z, a–z, 0–9)',
    ja: '論理 ID に使えるのは英字と数字 (A–Z、a–z、0–9) だけです',
  },
  missingType: {
    en: 'the resource has no Type',
    ja: 'リソースに Type がありません',
  },
  badType: (found: Localized) => ({
    en: `Type must be text such as AWS::EC2::VPC; found ${found.en}`,
    ja: `Type は AWS::EC2::VPC のような文字列です。見つかった値: ${found.ja}`,
  }),
  internal: (detail: string) => ({
    en: `the template could not be read: ${detail}`,
    ja: `テンプレートを読み込めませんでした: ${detail}`,
  }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;

export const UNKNOWN_REASONS = {
  parameterWithoutDefault: (name: string) => ({
    en: `parameter ${name} has no Default`,
    ja: `パラメータ ${name} に Default がありません`,
  }),
  parameterFromSsm: (name: string) => ({
    en: `parameter ${name} is read from Systems Manager when the stack is deployed`,
    ja: `パラメータ ${name} はスタックのデプロイ時に Systems Manager から読み込まれます`,
  }),
  pseudoParameter: (name: string) => ({
    en: `${name} is known only when the stack is deployed`,
    ja: `${name} はスタックのデプロイ時まで決まりません`,
  }),
  attribute: (id: string, attr: string) => ({
    en: `${id}.${attr} is known only once ${id} is created`,
    ja: `${id}.${attr} は ${id} が作成されるまで決まりません`,
  }),
  resourceValue: (id: string) => ({
    en: `the value of Ref ${id} is known only once ${id} is created`,
    ja: `Ref ${id} の値は ${id} が作成されるまで決まりません`,
  }),
  importValue: {
    en: 'Fn::ImportValue reads an output of another stack',
    ja: 'Fn::ImportValue は別のスタックの出力を読みます',
  },
  transform: {
    en: 'Fn::Transform runs a macro when the stack is deployed',
    ja: 'Fn::Transform はスタックのデプロイ時にマクロを実行します',
  },
  notEvaluated: (fn: string) => ({
    en: `the result of ${fn} is not evaluated`,
    ja: `${fn} の結果は評価しません`,
  }),
  unknownName: (name: string) => ({
    en: `Ref ${name} names neither a parameter nor a resource of the template`,
    ja: `Ref ${name} はテンプレートのパラメータでもリソースでもありません`,
  }),
  notResource: (text: string) => ({
    en: `${text} is not a resource of this template`,
    ja: `${text} はこのテンプレートのリソースではありません`,
  }),
  condition: (name: string, reason: Localized) => ({
    en: `condition ${name} cannot be evaluated: ${reason.en}`,
    ja: `条件 ${name} を評価できません: ${reason.ja}`,
  }),
  noCondition: (name: string) => ({
    en: `there is no condition ${name}`,
    ja: `条件 ${name} がありません`,
  }),
  cycle: (name: string) => ({
    en: `${name} depends on itself (a reference cycle)`,
    ja: `${name} が自分自身に依存しています (参照の循環)`,
  }),
  chainTooLong: {
    en: 'the chain of references is too long to follow',
    ja: '参照の連鎖が長すぎてたどれません',
  },
  noMapping: (path: string) => ({
    en: `Mappings has no ${path}`,
    ja: `Mappings に ${path} がありません`,
  }),
  invalidArguments: (fn: string) => ({
    en: `${fn} has invalid arguments`,
    ja: `${fn} の引数が正しくありません`,
  }),
  outOfRange: (index: number) => ({
    en: `Fn::Select index ${index} is out of range`,
    ja: `Fn::Select の添字 ${index} が範囲外です`,
  }),
  cidrIpv6: {
    en: 'Fn::Cidr is computed for IPv4 blocks only',
    ja: 'Fn::Cidr は IPv4 のブロックだけ計算します',
  },
  expected: (what: Localized, found: Localized) => ({
    en: `expected ${what.en}, found ${found.en}`,
    ja: `${what.ja}が必要ですが、見つかった値は ${found.ja} です`,
  }),
  protocol: (protocol: string) => ({
    en: `protocol ${protocol} cannot be drawn (only tcp, udp, icmp and all)`,
    ja: `プロトコル ${protocol} は描けません (tcp、udp、icmp、all のみ)`,
  }),
  prefixList: {
    en: 'a prefix list cannot be drawn as the peer of a rule; the rule is left out',
    ja: 'プレフィックスリストはルールの相手として描けません。このルールは省きます',
  },
  noPeer: {
    en: 'the rule names no CIDR and no security group; it is left out',
    ja: 'ルールに CIDR もセキュリティグループもありません。このルールは省きます',
  },
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;

/** What a value was expected to be, for `UNKNOWN_REASONS.expected`. */
export const EXPECTED = {
  text: { en: 'text', ja: '文字列' },
  number: { en: 'a number', ja: '数値' },
  boolean: { en: 'true or false', ja: 'true か false ' },
  resource: { en: 'a resource of the template', ja: 'テンプレートのリソース' },
} satisfies Record<string, Localized>;

/** Why a resource of a mapped type is nevertheless not drawn. */
export const NOT_DRAWN = {
  conditionFalse: (name: string) => ({
    en: `not created: condition ${name} is false`,
    ja: `作成されません: 条件 ${name} が false です`,
  }),
  needsSamTransform: {
    en: 'a SAM resource needs Transform: AWS::Serverless-2016-10-31',
    ja: 'SAM のリソースには Transform: AWS::Serverless-2016-10-31 が必要です',
  },
  forEach: {
    en: 'Fn::ForEach loops are expanded only at deployment',
    ja: 'Fn::ForEach のループはデプロイ時にだけ展開されます',
  },
  disabled: (property: string) => ({
    en: `disabled by ${property}`,
    ja: `${property} で無効になっています`,
  }),
  vpnGateway: {
    en: 'it attaches a VPN gateway, which the playground does not draw',
    ja: 'VPN ゲートウェイのアタッチメントです。VPN ゲートウェイは描きません',
  },
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
