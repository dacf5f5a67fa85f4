/**
 * The English and Japanese texts of every import problem, keyed by its stable code.
 * Written for a learner: what is wrong, and for a repair what the app did about it.
 * `makeIssue` (issues.ts) puts the JSON path in front.
 */
import type { Localized } from './types';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './limits';

const MAX_SHOWN = 60;

/** A value from the file as a message shows it: short, one line, quoted when text. */
export function shown(value: unknown): Localized {
  if (typeof value === 'string') {
    // Control characters (line breaks in an id) would break the one-line message.
    const head = [...value.slice(0, MAX_SHOWN)].map((c) => (c < ' ' ? ' ' : c)).join('');
    const cut = value.length > MAX_SHOWN ? `${head}…` : head;
    return same(`'${cut}'`);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return same(String(value));
  if (value === null) return same('null');
  if (value === undefined) return { en: 'nothing', ja: '値なし' };
  if (Array.isArray(value)) return { en: 'a list', ja: 'リスト' };
  return { en: 'an object', ja: 'オブジェクト' };
}

function same(text: string): Localized {
  return { en: text, ja: text };
}

const list = (items: readonly string[]) => items.join(', ');

/** A parent cycle as `a → b → a`; a long one shows its start and end only. */
function shownChain(chain: readonly string[]): string {
  const ids = chain.map((id) => shown(id).en);
  const cut = ids.length > 7 ? [...ids.slice(0, 3), '…', ...ids.slice(-3)] : ids;
  return cut.join(' → ');
}

/** What a JSON syntax error expected at its position (jsonSyntax.ts). */
export const JSON_EXPECTATIONS = {
  value: {
    en: 'expected a value (text in "quotes", a number, true, false, null, { or [)',
    ja: '値 ("" で囲んだ文字列、数値、true、false、null、{ または [) が必要です',
  },
  'trailing-comma': {
    en: 'a comma is followed by nothing: remove the last comma',
    ja: 'カンマの後に何もありません。最後のカンマを削除してください',
  },
  'property-name': {
    en: 'expected a field name in "double quotes"',
    ja: '"ダブルクォート" で囲んだフィールド名が必要です',
  },
  colon: { en: "expected ':' after the field name", ja: "フィールド名の後に ':' が必要です" },
  'comma-or-brace': { en: "expected ',' or '}'", ja: "',' または '}' が必要です" },
  'comma-or-bracket': { en: "expected ',' or ']'", ja: "',' または ']' が必要です" },
  'end-of-file': {
    en: 'unexpected text after the end of the document',
    ja: 'ドキュメントの終わりの後に余分な文字があります',
  },
  'string-end': { en: 'text in quotes is not closed', ja: '引用符で始まる文字列が閉じていません' },
  'control-char': {
    en: 'a line break or control character inside quotes must be escaped (\\n)',
    ja: '引用符の中の改行や制御文字はエスケープ (\\n) が必要です',
  },
  escape: { en: 'invalid escape after \\', ja: '\\ の後のエスケープが正しくありません' },
  number: { en: 'invalid number', ja: '数値の書き方が正しくありません' },
} satisfies Record<string, Localized>;
export type JsonExpectation = keyof typeof JSON_EXPECTATIONS;

/** Why a security-group or network-ACL rule row was dropped. */
export const ROW_PROBLEMS = {
  'not-object': { en: 'a rule must be an object', ja: 'ルールはオブジェクトで書く必要があります' },
  protocol: {
    en: "'protocol' must be tcp, udp, icmp or all",
    ja: "'protocol' は tcp、udp、icmp、all のいずれかです",
  },
  ports: {
    en: `'ports' must be like "443", "1024-65535" or "all"`,
    ja: `'ports' は "443"、"1024-65535"、"all" のように書きます`,
  },
  peer: {
    en: "a security-group rule needs 'source' (inbound) or 'destination' (outbound): a CIDR or a security group's id",
    ja: "セキュリティグループのルールには 'source' (インバウンド) か 'destination' (アウトバウンド) が必要です (CIDR またはセキュリティグループの ID)",
  },
  'rule-number': {
    en: "'rule' must be a whole number from 1 to 32766",
    ja: "'rule' は 1〜32766 の整数です",
  },
  cidr: {
    en: '\'cidr\' must be text such as "0.0.0.0/0"',
    ja: '\'cidr\' は "0.0.0.0/0" のような文字列です',
  },
  action: { en: "'action' must be allow or deny", ja: "'action' は allow か deny です" },
} satisfies Record<string, Localized>;
export type RowProblem = keyof typeof ROW_PROBLEMS;

/** What a prop of a given spec type must be, for "must be … ; found …" messages. */
export function expectedOfSpec(type: string, options: readonly string[] = []): Localized {
  switch (type) {
    case 'boolean':
      return { en: 'true or false', ja: 'true か false' };
    case 'string':
      return { en: 'text', ja: '文字列' };
    case 'policy':
      return { en: 'policy JSON text', ja: 'ポリシーの JSON 文字列' };
    case 'enum':
      return { en: `one of ${list(options)}`, ja: `${list(options)} のいずれか` };
    case 'subset':
      return { en: `a list of ${list(options)}`, ja: `${list(options)} のリスト` };
    case 'idList':
      return { en: 'a list of node ids', ja: 'ノード ID のリスト' };
    default:
      return { en: 'a list of rules', ja: 'ルールのリスト' };
  }
}

const EDGE_KIND_LIST = 'traffic, protects, monitors, findings, notifies, logs';

export const IMPORT_MESSAGES = {
  // ---- refusals (errors) ----
  'too-large': (megabytes: string) => ({
    en: `The file is ${megabytes} MB; the app reads files up to 20 MB.`,
    ja: `ファイルのサイズが ${megabytes} MB あります。読み込めるのは 20 MB までです。`,
  }),
  'not-json': (line: number | undefined, column: number | undefined, expectation: Localized) => ({
    en: `The file is not valid JSON${line === undefined ? '' : ` (line ${line}, column ${column})`}: ${expectation.en}.`,
    ja: `ファイルが正しい JSON ではありません${line === undefined ? '' : ` (${line} 行 ${column} 列目)`}: ${expectation.ja}。`,
  }),
  'not-object': (found: unknown) => ({
    en: `The file must hold one JSON object { "type": "aws-security-playground", … }; found ${shown(found).en}.`,
    ja: `ファイルには JSON オブジェクト { "type": "aws-security-playground", … } が 1 つ必要ですが、${shown(found).ja} でした。`,
  }),
  'wrong-type': (found: unknown) => ({
    en: `must be "aws-security-playground"; found ${shown(found).en}. This is not a diagram file of this app.`,
    ja: `"aws-security-playground" である必要がありますが、${shown(found).ja} でした。このアプリの図のファイルではありません。`,
  }),
  'bad-version': (found: unknown) => ({
    en: `must be a whole number such as 1; found ${shown(found).en}.`,
    ja: `1 のような整数である必要がありますが、${shown(found).ja} でした。`,
  }),
  'newer-version': (version: number, current: number) => ({
    en: `this file was made by a newer version of the app (v${version}); this app reads up to v${current}.`,
    ja: `このファイルは新しいバージョンのアプリで作られています (v${version})。このアプリが読めるのは v${current} までです。`,
  }),
  'no-migration': (version: number, current: number) => ({
    en: `files of version ${version} cannot be upgraded; this app reads versions 1 to ${current}.`,
    ja: `バージョン ${version} のファイルは変換できません。このアプリが読めるのはバージョン 1〜${current} です。`,
  }),
  'migration-failed': (from: number, to: number, reason: string) => ({
    en: `upgrading the file from v${from} to v${to} failed: ${reason}.`,
    ja: `ファイルを v${from} から v${to} へ変換できませんでした: ${reason}。`,
  }),
  'missing-array': (field: string) => ({
    en: `missing; a diagram needs a "${field}" list (it may be empty: []).`,
    ja: `ありません。図には "${field}" のリストが必要です (空でもかまいません: [])。`,
  }),
  'not-array': (found: unknown) => ({
    en: `must be a list [ … ]; found ${shown(found).en}.`,
    ja: `リスト [ … ] である必要がありますが、${shown(found).ja} でした。`,
  }),
  'node-not-object': (found: unknown) => ({
    en: `each node must be an object { "id": …, "kind": … }; found ${shown(found).en}.`,
    ja: `ノードはオブジェクト { "id": …, "kind": … } で書く必要がありますが、${shown(found).ja} でした。`,
  }),
  'missing-id': () => ({
    en: 'the node has no id.',
    ja: 'ノードに id がありません。',
  }),
  'bad-id': (found: unknown) => ({
    en: `the id must be text; found ${shown(found).en}.`,
    ja: `id は文字列である必要がありますが、${shown(found).ja} でした。`,
  }),
  'id-length': (length: number) => ({
    en: `the id must be 1 to ${MAX_ID_LENGTH} characters long; it has ${length}.`,
    ja: `id は 1〜${MAX_ID_LENGTH} 文字である必要がありますが、${length} 文字でした。`,
  }),
  'missing-kind': () => ({
    en: 'the node has no kind (such as "ec2", "vpc" or "waf").',
    ja: 'ノードに kind ("ec2"、"vpc"、"waf" など) がありません。',
  }),
  'unknown-kind': (found: unknown) => ({
    en: `${shown(found).en} is not a known kind (such as "ec2", "vpc" or "waf"; see kinds.md).`,
    ja: `${shown(found).ja} は不明な kind です ("ec2"、"vpc"、"waf" など。kinds.md を参照)。`,
  }),
  'bad-parent': (found: unknown) => ({
    en: `must be the id of a container node; found ${shown(found).en}.`,
    ja: `コンテナーノードの id である必要がありますが、${shown(found).ja} でした。`,
  }),
  'parent-missing': (parent: string) => ({
    en: `${shown(parent).en} does not exist.`,
    ja: `${shown(parent).ja} というノードはありません。`,
  }),
  'parent-not-container': (parent: string, kind: string) => ({
    en: `${shown(parent).en} is a ${kind}, which cannot contain other nodes; only organization, account, region, vpc, subnet and security-group can.`,
    ja: `${shown(parent).ja} は ${kind} で、他のノードを中に入れられません。中に入れられるのは organization、account、region、vpc、subnet、security-group だけです。`,
  }),
  'parent-cycle': (chain: readonly string[]) => ({
    en: `the parents form a cycle (${shownChain(chain)}); a node cannot be inside itself.`,
    ja: `親が循環しています (${shownChain(chain)})。ノードを自分自身の中に入れることはできません。`,
  }),
  internal: (reason: string) => ({
    en: `The file could not be read because of an unexpected problem: ${reason}.`,
    ja: `予期しない問題のためファイルを読み込めませんでした: ${reason}。`,
  }),

  // ---- repairs (warnings) ----
  'unknown-field': (field: string) => ({
    en: `unknown field ${shown(field).en}; dropped.`,
    ja: `不明なフィールド ${shown(field).ja} を削除しました。`,
  }),
  'duplicate-node-id': (id: string, firstPath: string, newId: string) => ({
    en: `the id ${shown(id).en} is already used by ${firstPath}; renamed to ${shown(newId).en}. References to ${shown(id).en} keep pointing to ${firstPath}.`,
    ja: `id ${shown(id).ja} は ${firstPath} ですでに使われているため、${shown(newId).ja} に変更しました。${shown(id).ja} への参照は ${firstPath} を指したままです。`,
  }),
  'duplicate-edge-id': (id: string, firstPath: string, newId: string) => ({
    en: `the id ${shown(id).en} is already used by ${firstPath}; renamed to ${shown(newId).en}.`,
    ja: `id ${shown(id).ja} は ${firstPath} ですでに使われているため、${shown(newId).ja} に変更しました。`,
  }),
  'edge-id-missing': (found: unknown, newId: string) =>
    found === undefined || found === null
      ? {
          en: `the edge has no id; it was given the id ${shown(newId).en}.`,
          ja: `エッジに id がないため、id を ${shown(newId).ja} にしました。`,
        }
      : {
          en: `an edge id must be text of 1 to ${MAX_ID_LENGTH} characters; found ${shown(found).en}. The edge was given the id ${shown(newId).en}.`,
          ja: `エッジの id は 1〜${MAX_ID_LENGTH} 文字の文字列である必要がありますが、${shown(found).ja} でした。id を ${shown(newId).ja} にしました。`,
        },
  'not-text': (found: unknown) => ({
    en: `must be text; found ${shown(found).en}. Dropped.`,
    ja: `文字列である必要がありますが、${shown(found).ja} でした。削除しました。`,
  }),
  'text-too-long': (length: number) => ({
    en: `${length} characters is longer than ${MAX_TEXT_LENGTH}; cut to ${MAX_TEXT_LENGTH}.`,
    ja: `${length} 文字あり、上限の ${MAX_TEXT_LENGTH} 文字を超えているため ${MAX_TEXT_LENGTH} 文字に切り詰めました。`,
  }),
  'position-invalid': (found: unknown) => ({
    en: `must be { "x": number, "y": number }; found ${shown(found).en}. Dropped: the app lays the diagram out.`,
    ja: `{ "x": 数値, "y": 数値 } である必要がありますが、${shown(found).ja} でした。削除し、アプリが図を自動レイアウトします。`,
  }),
  'size-invalid': (found: unknown) => ({
    en: `must be { "width": positive number, "height": positive number }; found ${shown(found).en}. Dropped: the kind's default size is used.`,
    ja: `{ "width": 正の数, "height": 正の数 } である必要がありますが、${shown(found).ja} でした。削除し、種類ごとの既定サイズを使います。`,
  }),
  'size-on-leaf': (kind: string) => ({
    en: `a ${kind} node always has the same size; size dropped.`,
    ja: `${kind} ノードのサイズは固定のため、size を削除しました。`,
  }),
  'props-not-object': (found: unknown) => ({
    en: `must be an object { "name": value, … }; found ${shown(found).en}. Every prop takes its default.`,
    ja: `オブジェクト { "名前": 値, … } である必要がありますが、${shown(found).ja} でした。すべてのプロパティを既定値にしました。`,
  }),
  'unknown-prop': (prop: string, kind: string) => ({
    en: `${shown(prop).en} is not a prop of ${kind}; dropped.`,
    ja: `${shown(prop).ja} は ${kind} のプロパティではないため削除しました。`,
  }),
  'prop-wrong-type': (expected: Localized, found: unknown, fallback: unknown) => ({
    en: `must be ${expected.en}; found ${shown(found).en}. Reset to the default ${shown(fallback).en}.`,
    ja: `${expected.ja} である必要がありますが、${shown(found).ja} でした。既定値 ${shown(fallback).ja} に戻しました。`,
  }),
  'option-dropped': (found: unknown, options: readonly string[]) => ({
    en: `${shown(found).en} is not one of ${list(options)}; dropped.`,
    ja: `${shown(found).ja} は ${list(options)} のいずれでもないため削除しました。`,
  }),
  'id-not-text': (found: unknown) => ({
    en: `must be a node id (text); found ${shown(found).en}. Dropped.`,
    ja: `ノード ID (文字列) である必要がありますが、${shown(found).ja} でした。削除しました。`,
  }),
  'rule-row-invalid': (problem: RowProblem) => ({
    en: `${ROW_PROBLEMS[problem].en}; the rule was dropped.`,
    ja: `${ROW_PROBLEMS[problem].ja}。このルールを削除しました。`,
  }),
  'cidr-invalid': (found: string) => ({
    en: `${shown(found).en} is not an IPv4 block such as "10.0.0.0/16" (four numbers 0–255, then /0 to /32). Kept as written; until it is fixed, the rules and the trace treat this address as unknown, as if it were empty.`,
    ja: `${shown(found).ja} は "10.0.0.0/16" のような IPv4 のブロック (0〜255 の数 4 つと /0〜/32) ではありません。書かれたまま残しました。直すまで、ルールとトレースはこのアドレスを空欄と同じく不明として扱います。`,
  }),
  'rule-cidr-invalid': (found: string) => ({
    en: `${shown(found).en} is not a CIDR block such as "0.0.0.0/0" or "10.0.1.0/24". Kept as written; until it is fixed, this rule matches no traffic.`,
    ja: `${shown(found).ja} は "0.0.0.0/0" や "10.0.1.0/24" のような CIDR ブロックではありません。書かれたまま残しました。直すまで、このルールはどの通信にも一致しません。`,
  }),
  'rule-peer-invalid': (found: string) => ({
    en: `${shown(found).en} is not a CIDR block such as "0.0.0.0/0" or "10.0.1.0/24" (a security group is named by its id). Kept as written; until it is fixed, this rule matches no traffic.`,
    ja: `${shown(found).ja} は "0.0.0.0/0" や "10.0.1.0/24" のような CIDR ブロックではありません (セキュリティグループは ID で指定します)。書かれたまま残しました。直すまで、このルールはどの通信にも一致しません。`,
  }),
  'edge-not-object': (found: unknown) => ({
    en: `each edge must be an object { "id": …, "source": …, "target": … }; found ${shown(found).en}. The edge was dropped.`,
    ja: `エッジはオブジェクト { "id": …, "source": …, "target": … } で書く必要がありますが、${shown(found).ja} でした。エッジを削除しました。`,
  }),
  'edge-endpoint-missing': (found: unknown) => ({
    en: `must be the id of a node; found ${shown(found).en}. The edge was dropped.`,
    ja: `ノードの id である必要がありますが、${shown(found).ja} でした。エッジを削除しました。`,
  }),
  'edge-dangling': (id: string) => ({
    en: `${shown(id).en} does not exist; the edge was dropped.`,
    ja: `${shown(id).ja} というノードはないため、エッジを削除しました。`,
  }),
  'edge-self-loop': (id: string) => ({
    en: `the edge connects ${shown(id).en} to itself; dropped.`,
    ja: `エッジが ${shown(id).ja} 自身につながっているため削除しました。`,
  }),
  'edge-duplicate': (firstPath: string) => ({
    en: `same source, target and kind as ${firstPath}; dropped.`,
    ja: `${firstPath} と送信元・宛先・種類が同じため削除しました。`,
  }),
  'edge-kind-unknown': (found: unknown, inferred: string) => ({
    en: `${shown(found).en} is not an edge kind (${EDGE_KIND_LIST}); used '${inferred}', inferred from the two nodes.`,
    ja: `${shown(found).ja} はエッジの種類ではありません (${EDGE_KIND_LIST})。2 つのノードから推定した '${inferred}' にしました。`,
  }),
  'edge-props-not-traffic': (kind: string) => ({
    en: `only traffic edges have props, and this is a '${kind}' edge; dropped.`,
    ja: `props を持てるのは traffic エッジだけで、これは '${kind}' エッジのため削除しました。`,
  }),
  'edge-props-not-object': (found: unknown) => ({
    en: `must be an object { "port": 443, "protocol": "tcp" }; found ${shown(found).en}. Port 443/tcp used.`,
    ja: `オブジェクト { "port": 443, "protocol": "tcp" } である必要がありますが、${shown(found).ja} でした。443/tcp にしました。`,
  }),
  'port-invalid': (found: unknown) => ({
    en: `must be a port number from 0 to 65535 or a range such as "1024-65535"; found ${shown(found).en}. Reset to 443.`,
    ja: `0〜65535 のポート番号か "1024-65535" のような範囲である必要がありますが、${shown(found).ja} でした。443 に戻しました。`,
  }),
  'protocol-invalid': (found: unknown) => ({
    en: `must be tcp, udp, icmp or all; found ${shown(found).en}. Reset to tcp.`,
    ja: `tcp、udp、icmp、all のいずれかである必要がありますが、${shown(found).ja} でした。tcp に戻しました。`,
  }),
  'accepted-invalid': (found: unknown) => ({
    en: `an accepted finding must be { "rule": text, "node": text, "reason": text }; found ${shown(found).en}. Dropped.`,
    ja: `受け入れた指摘は { "rule": 文字列, "node": 文字列, "reason": 文字列 } で書く必要がありますが、${shown(found).ja} でした。削除しました。`,
  }),
  'accepted-unknown-node': (node: string) => ({
    en: `${shown(node).en} does not exist; the accepted finding was dropped.`,
    ja: `${shown(node).ja} というノードはないため、受け入れた指摘を削除しました。`,
  }),
  'accepted-duplicate': (firstPath: string) => ({
    en: `the same rule on the same node is already accepted by ${firstPath}; dropped.`,
    ja: `同じノードの同じルールが ${firstPath} ですでに受け入れられているため削除しました。`,
  }),
  'list-dropped': (found: unknown) => ({
    en: `must be a list [ … ]; found ${shown(found).en}. Dropped.`,
    ja: `リスト [ … ] である必要がありますが、${shown(found).ja} でした。削除しました。`,
  }),
  'preset-invalid': (expected: Localized, found: unknown) => ({
    en: `must be ${expected.en}; found ${shown(found).en}. The preset block was dropped.`,
    ja: `${expected.ja} である必要がありますが、${shown(found).ja} でした。preset ブロックを削除しました。`,
  }),
  'preset-entry-dropped': (expected: Localized, found: unknown) => ({
    en: `must be ${expected.en}; found ${shown(found).en}. Dropped.`,
    ja: `${expected.ja} である必要がありますが、${shown(found).ja} でした。削除しました。`,
  }),
} satisfies Record<string, (...args: never[]) => Localized>;
