/**
 * What the Terraform readers tell the user, in English and Japanese: why a value is
 * unknown, why a block is not drawn, why a file is refused. One place, one voice.
 */
import type { Localized } from '../../document/types';

/** An expression as quoted in a message: a long one is cut. */
const shorten = (expression: string) =>
  expression.length > 80 ? `${expression.slice(0, 79)}…` : expression;

export const UNKNOWN = {
  variableWithoutDefault: (name: string): Localized => ({
    en: `variable ${name} has no default`,
    ja: `変数 ${name} に default がありません`,
  }),
  undeclaredVariable: (name: string): Localized => ({
    en: `variable ${name} is not declared`,
    ja: `変数 ${name} は宣言されていません`,
  }),
  undeclaredLocal: (name: string): Localized => ({
    en: `local value ${name} is not declared`,
    ja: `ローカル値 ${name} は宣言されていません`,
  }),
  localCycle: (name: string): Localized => ({
    en: `local value ${name} refers to itself`,
    ja: `ローカル値 ${name} が自分自身を参照しています`,
  }),
  dataSource: (address: string): Localized => ({
    en: `${address} is a data source, read by Terraform when it plans`,
    ja: `${address} はデータソースで、Terraform が plan のときに読み取ります`,
  }),
  moduleOutput: (address: string): Localized => ({
    en: `${address} is an output of a module, known only to Terraform`,
    ja: `${address} はモジュールの出力で、Terraform だけが知っています`,
  }),
  undeclaredResource: (address: string): Localized => ({
    en: `${address} is not declared in this configuration`,
    ja: `${address} はこの構成で宣言されていません`,
  }),
  noInstance: (address: string): Localized => ({
    en: `${address} has no such instance`,
    ja: `${address} にその番号やキーのインスタンスはありません`,
  }),
  wholeExpandedResource: (address: string): Localized => ({
    en: `${address} has count or for_each: the reference does not say which instance`,
    ja: `${address} には count または for_each があり、どのインスタンスを指すか決まりません`,
  }),
  afterApply: (what: string): Localized => ({
    en: `${what} is known only after apply`,
    ja: `${what} は apply の後にしか決まりません`,
  }),
  notEvaluated: (expression: string): Localized => ({
    en: `the expression ${shorten(expression)} cannot be evaluated without Terraform`,
    ja: `式 ${shorten(expression)} は Terraform なしでは評価できません`,
  }),
  function: (name: string): Localized => ({
    en: `the function ${name}() cannot be evaluated without Terraform`,
    ja: `関数 ${name}() は Terraform なしでは評価できません`,
  }),
  iteration: (name: string): Localized => ({
    en: `${name} is only known inside a resource with count or for_each`,
    ja: `${name} は count または for_each を持つリソースの中でしか決まりません`,
  }),
  tooDeep: {
    en: 'the value is nested too deeply to be read',
    ja: '値の入れ子が深すぎて読み取れません',
  } as Localized,
  tooManyHops: {
    en: 'the reference goes through too many other references',
    ja: '参照が多くの参照を経由しすぎています',
  } as Localized,
  notA: (expected: 'text' | 'number' | 'boolean' | 'list'): Localized => ({
    en: `the value is not a ${expected === 'text' ? 'text' : expected}`,
    ja: `値が${{ text: '文字列', number: '数値', boolean: '真偽値', list: 'リスト' }[expected]}ではありません`,
  }),
  notAResource: (text: string): Localized => ({
    en: `${text} is not a resource of this configuration`,
    ja: `${text} はこの構成のリソースではありません`,
  }),
  ambiguous: (text: string, ids: readonly string[]): Localized => ({
    en: `${text} may be any of ${ids.join(', ')}`,
    ja: `${text} は ${ids.join(', ')} のどれを指すか決まりません`,
  }),
  severalResources: (ids: readonly string[]): Localized => ({
    en: `the value names several resources (${ids.join(', ')}) where one is expected`,
    ja: `1 つのリソースを指すはずの値が複数のリソース (${ids.join(', ')}) を指しています`,
  }),
  dynamicBlock: (name: string): Localized => ({
    en: `dynamic "${name}" blocks are expanded only by Terraform`,
    ja: `dynamic "${name}" ブロックは Terraform だけが展開できます`,
  }),
  prefixList: {
    en: 'a prefix list is not a CIDR or a security group: the rule is left out',
    ja: 'プレフィックスリストは CIDR でもセキュリティグループでもないため、このルールは読み込みません',
  } as Localized,
  unknownCount: {
    en: 'the number of instances is unknown: one instance is read',
    ja: 'インスタンスの数が分からないため、1 つだけ読み込みます',
  } as Localized,
  countCapped: (count: number, cap: number): Localized => ({
    en: `${count} instances are more than ${cap}: only the first ${cap} are read`,
    ja: `インスタンス ${count} 個は上限 ${cap} を超えるため、最初の ${cap} 個だけを読み込みます`,
  }),
  totalCapped: (cap: number): Localized => ({
    en: `the configuration has more than ${cap} resource instances: the rest are not read`,
    ja: `構成のリソースインスタンスが ${cap} 個を超えるため、残りは読み込みません`,
  }),
  protocol: (protocol: string): Localized => ({
    en: `protocol ${protocol} is not tcp, udp, icmp or all`,
    ja: `プロトコル ${protocol} は tcp、udp、icmp、all のいずれでもありません`,
  }),
};

export const NOT_DRAWN = {
  module: (name: string, source: string | undefined): Localized => ({
    en: `module ${name}${source ? ` (${source})` : ''}: its resources are in another directory; open the JSON of terraform show -json to draw them`,
    ja: `モジュール ${name}${source ? ` (${source})` : ''}: リソースは別のディレクトリにあります。描くには terraform show -json の JSON を開いてください`,
  }),
};

const SHAPES = {
  object: { en: 'an object', ja: 'オブジェクト' },
  list: { en: 'a list', ja: 'リスト' },
  resource: {
    en: 'a resource: an object with address, mode, type and values',
    ja: 'リソース (address、mode、type、values を持つオブジェクト)',
  },
  module: { en: 'a module: an object with address', ja: 'モジュール (address を持つオブジェクト)' },
};
export type Shape = keyof typeof SHAPES;

export const REFUSAL = {
  hcl: (detail: string): Localized => ({
    en: `not valid Terraform HCL: ${detail}`,
    ja: `Terraform の HCL として正しくありません: ${detail}`,
  }),
  json: (expectation: Localized): Localized => ({
    en: `not valid JSON: ${expectation.en}`,
    ja: `正しい JSON ではありません: ${expectation.ja}`,
  }),
  nesting: (limit: number): Localized => ({
    en: `nested more than ${limit} levels deep; no real configuration is`,
    ja: `入れ子が ${limit} 段を超えています。実際の構成ではありえない深さです`,
  }),
  duplicate: (what: string): Localized => ({
    en: `${what} is declared twice (Terraform refuses this configuration)`,
    ja: `${what} が 2 回宣言されています (Terraform もこの構成を拒否します)`,
  }),
  notConfiguration: {
    en: 'a Terraform configuration in JSON syntax must be an object (resource, variable, locals, ...)',
    ja: 'JSON 構文の Terraform 構成はオブジェクト (resource、variable、locals など) である必要があります',
  } as Localized,
  noFiles: {
    en: 'no Terraform file was given',
    ja: 'Terraform のファイルが指定されていません',
  } as Localized,
  notShowJson: {
    en: 'expected the JSON of terraform show -json: an object with planned_values (a plan) or values (a state)',
    ja: 'terraform show -json の JSON が必要です。planned_values (plan) または values (state) を持つオブジェクトです',
  } as Localized,
  wrongShape: (expected: Shape): Localized => ({
    en: `expected ${SHAPES[expected].en}`,
    ja: `${SHAPES[expected].ja}が必要です`,
  }),
  tooDeep: {
    en: 'modules are nested too deeply',
    ja: 'モジュールの入れ子が深すぎます',
  } as Localized,
};
