/**
 * fast-check generators for the fuzz tests: diagram files in the format of format.md,
 * valid ones and the same files broken the ways hostile or hand-edited files are
 * (wrong types, parent cycles, duplicate ids, odd and huge strings, prototype keys,
 * deep nesting, missing and extra fields, numbers as text, Infinity written as 1e999),
 * and the seed settings that make every run reproducible.
 *
 * A generated file is a small blueprint: plain JSON in which a few marker strings stand
 * for what would be too big to print in a failure report (a 100,000-character string,
 * arrays nested 5,000 deep) or cannot be written as JSON at all (1e999, NaN). `renderFile`
 * expands them into the text, or the parsed value, that the import receives.
 */
import fc from 'fast-check';
import type { KindId, PropSpec } from '../kinds/types';
import type { EdgeKind } from './types';
import { EDGE_KINDS } from './types';
import { KINDS } from '../kinds/catalogue';
import { inferEdgeKind } from './edgeKinds';
import { appendStatement } from '../policy/generate';

/** Plain JSON as a file holds it. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** What the import is given: the file's text, or an already parsed value (autosave, tests). */
export interface FileBlueprint {
  value: Json;
  as: 'text' | 'value';
  /** Damage done to the text after writing it. */
  text: 'intact' | 'bom' | 'truncated' | 'trailing';
}

// ---------------------------------------------------------------------------------
// Seeds: a fixed one so that `npm test` is repeatable, another one through FUZZ_SEED.

/** The seed of every fuzz property unless `FUZZ_SEED` names another. */
export const DEFAULT_FUZZ_SEED = 20261204;

/** fast-check parameters: `FUZZ_SEED` (an integer), `FUZZ_PATH` (replay one failure), `FUZZ_RUNS` (a factor). */
export function fuzzParameters(
  numRuns: number,
  env: Readonly<Record<string, string | undefined>> = process.env,
): { seed: number; numRuns: number; path?: string; endOnFailure: boolean } {
  const seed = Number.parseInt(env.FUZZ_SEED ?? '', 10);
  const factor = Number(env.FUZZ_RUNS ?? '1');
  return {
    seed: Number.isSafeInteger(seed) ? seed : DEFAULT_FUZZ_SEED,
    numRuns: Math.max(1, Math.round(numRuns * (factor > 0 ? factor : 1))),
    ...(env.FUZZ_PATH ? { path: env.FUZZ_PATH } : {}),
    // Shrinking a 10,000-run property can take minutes; the seed and path replay it.
    endOnFailure: env.FUZZ_SHRINK === undefined,
  };
}

/** A test's time limit: two minutes per default run, more when `FUZZ_RUNS` asks for more. */
export function fuzzTimeout(
  env: Readonly<Record<string, string | undefined>> = process.env,
): number {
  return 120_000 * Math.max(1, Number(env.FUZZ_RUNS ?? '1') || 1);
}

// ---------------------------------------------------------------------------------
// Markers expanded by renderFile.

const MARK = '\u0001';
/** Units repeated by a `repeat` marker: ASCII, an astral character, NUL, RTL override, a quote, a backslash. */
const REPEAT_UNITS = ['x', '𝒳', '\u0000', '\u202e', '"', '\\', '👩‍👩‍👧', 'é'];

const raw = (literal: string): string => `${MARK}raw:${literal}${MARK}`;
const repeat = (times: number, unit: number): string => `${MARK}repeat:${times}:${unit}${MARK}`;
const deep = (depth: number, shape: 'array' | 'object'): string =>
  `${MARK}deep:${depth}:${shape}${MARK}`;

// eslint-disable-next-line no-control-regex -- U+0001 is the marker on purpose: no file text holds it
const EXPANDED = /^\u0001(raw|repeat|deep):[^\u0001]*\u0001$/;
const MARKER = /"\\u0001(raw|repeat|deep):([^"\\]*)\\u0001"/g;

function expandText(kind: string, args: string): string {
  const [a, b] = args.split(':');
  if (kind === 'raw') return a;
  if (kind === 'repeat') return JSON.stringify(REPEAT_UNITS[Number(b)].repeat(Number(a)));
  const depth = Number(a);
  return b === 'array'
    ? '['.repeat(depth) + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
}

/** The value a marker stands for in an already parsed file (where NaN and undefined exist). */
function expandValue(text: string): unknown {
  const [kind, a, b] = text.slice(1, -1).split(':');
  if (kind === 'raw') return a === 'undefined' ? undefined : Number(a);
  if (kind === 'repeat') return REPEAT_UNITS[Number(b)].repeat(Number(a));
  // The same shapes as expandText: `[[[]]]` is three arrays, `{"a":{"a":1}}` two objects.
  const array = b === 'array';
  let value: unknown = array ? [] : 1;
  for (let k = Number(a) - (array ? 1 : 0); k > 0; k--) value = array ? [value] : { a: value };
  return value;
}

/** Copies `value` with markers expanded; own `__proto__` keys stay own keys. */
function withMarkersExpanded(value: Json): unknown {
  if (typeof value === 'string') return EXPANDED.test(value) ? expandValue(value) : value;
  if (Array.isArray(value)) return value.map(withMarkersExpanded);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) setOwn(out, key, withMarkersExpanded(item));
  return out;
}

/** The import's input for a blueprint. */
export function renderFile(file: FileBlueprint): unknown {
  if (file.as === 'value') return withMarkersExpanded(file.value);
  const text = JSON.stringify(file.value, null, file.text === 'intact' ? 2 : undefined).replace(
    MARKER,
    (_m, kind: string, args: string) => expandText(kind, args),
  );
  if (file.text === 'bom') return `\ufeff${text}`;
  if (file.text === 'truncated') return text.slice(0, Math.floor(text.length / 2));
  if (file.text === 'trailing') return `${text} ,`;
  return text;
}

/** Sets an own data property, also for `__proto__` (which plain assignment would not). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------------
// Strings and ids.

export const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Strings that have broken parsers, renderers and maps before. */
const ODD_STRINGS = [
  ...HOSTILE_KEYS,
  'hasOwnProperty',
  'toString',
  'valueOf',
  'internet',
  '\u0000',
  'a\u0000b',
  '\u202eevil\u202c',
  'שלום עולם',
  'مرحبا',
  '🚀🔥',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  '𝒳',
  '\ud800',
  '\udfff',
  ' ',
  ' padded ',
  '\t\n',
  '0',
  '-1',
  '1e3',
  'NaN',
  'Infinity',
  'null',
  'undefined',
  'true',
  'a.b[0]',
  '"quoted"',
  '\\',
  '<script>alert(1)</script>',
  '${x}',
  '%s%n',
  'ﾃｽﾄ',
  'テスト',
  'x'.repeat(128),
];

const oddString = fc.oneof(
  fc.constantFrom(...ODD_STRINGS),
  fc.string({ unit: 'grapheme', maxLength: 16 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
);

/** Text for labels and titles: odd, sometimes past the 500-character cut. */
const textValue = fc.oneof(
  { weight: 6, arbitrary: oddString },
  { weight: 1, arbitrary: fc.constantFrom(repeat(501, 1), repeat(600, 0), repeat(100_000, 6)) },
);

/** Valid node and edge ids: 1–128 UTF-16 units, readable or odd. */
const idValue = fc
  .oneof(
    { weight: 3, arbitrary: fc.nat({ max: 30 }).map((n) => `n-${n}`) },
    { weight: 2, arbitrary: oddString },
  )
  .filter((id) => id.length >= 1 && id.length <= 128);

/** Valid IPv4 CIDR blocks. */
const cidrValue = fc
  .tuple(fc.nat({ max: 255 }), fc.nat({ max: 255 }), fc.nat({ max: 32 }))
  .map(([a, b, bits]) => `${a}.${b}.0.0/${bits}`)
  .map((c) => c.replace(/^\d+\.\d+\.0\.0\/(\d)$/, '0.0.0.0/$1'));

// ---------------------------------------------------------------------------------
// Valid files.

const KIND_IDS: readonly KindId[] = KINDS.map((k) => k.id);
const CONTAINERS = new Set(KINDS.filter((k) => k.container).map((k) => k.id));
const PROPS_OF = new Map(KINDS.map((k) => [k.id, k.props]));

const PROTOCOLS = ['tcp', 'udp', 'icmp', 'all', '-1', '6', '17', 'TCP'];
const PORTS = ['443', '80', '22', '3306', '1024-65535', '0-65535', 'all'];

/** A node id named by position: resolved to the id of node `k mod n` once the nodes exist. */
const refArb = fc.nat({ max: 40 }).map((k) => `${MARK}node:${k}${MARK}`);
/** The same for security groups, the only nodes a rule row may name as its peer. */
const groupRefArb = fc.nat({ max: 40 }).map((k) => `${MARK}group:${k}${MARK}`);

const sgRow = fc
  .record(
    {
      protocol: fc.constantFrom(...PROTOCOLS),
      ports: fc.oneof(fc.constantFrom(...PORTS), fc.constantFrom(22, 443)),
      source: fc.oneof(cidrValue, groupRefArb),
      destination: fc.oneof(cidrValue, groupRefArb),
      action: fc.constantFrom('allow', 'deny'),
    },
    { requiredKeys: ['protocol', 'ports'] },
  )
  .filter((row) => row.source !== undefined || row.destination !== undefined);

const naclRow = fc.record(
  {
    rule: fc.integer({ min: 1, max: 32766 }),
    protocol: fc.constantFrom(...PROTOCOLS),
    ports: fc.constantFrom(...PORTS),
    cidr: cidrValue,
    action: fc.constantFrom('allow', 'deny'),
  },
  { requiredKeys: ['rule', 'protocol', 'ports', 'cidr', 'action'] },
);

function propValue(name: string, spec: PropSpec): fc.Arbitrary<Json> {
  switch (spec.type) {
    case 'boolean':
      return fc.boolean();
    case 'string':
      // CIDR props get valid blocks: import warns about malformed ones.
      return /cidr/i.test(name) ? cidrValue : oddString;
    case 'enum':
      return fc.constantFrom(...spec.options);
    case 'subset':
      return fc.subarray([...spec.options]);
    case 'idList':
      return fc.array(fc.oneof(refArb, oddString), { maxLength: 3 });
    case 'sgRules':
      return fc.array(sgRow, { maxLength: 3 }) as fc.Arbitrary<Json>;
    case 'naclRules':
      return fc.array(naclRow, { maxLength: 3 }) as fc.Arbitrary<Json>;
    case 'policy':
      return policyText;
  }
}

/** No policy, or one the Policy Generator writes (valid files import without warning). */
const policyText: fc.Arbitrary<Json> = fc.oneof(
  fc.constant(''),
  fc
    .record({
      effect: fc.constantFrom('Allow' as const, 'Deny' as const),
      anyone: fc.boolean(),
      actions: fc.subarray(['s3:GetObject', 'sns:Publish', 'sqs:SendMessage'], { minLength: 1 }),
    })
    .map(({ effect, anyone, actions }) => {
      const principal = anyone
        ? ({ type: 'anyone' } as const)
        : ({ type: 'service', name: 'sns.amazonaws.com' } as const);
      const written = appendStatement('', { effect, principal, actions, resource: '*' });
      return written.ok ? written.text : '';
    }),
);

function propsArb(kind: KindId): fc.Arbitrary<JsonObject> {
  const specs = PROPS_OF.get(kind) ?? {};
  const fields: Record<string, fc.Arbitrary<Json>> = {};
  for (const [name, spec] of Object.entries(specs)) fields[name] = propValue(name, spec);
  return fc.record(fields, { requiredKeys: [] }) as fc.Arbitrary<JsonObject>;
}

const finite = fc.double({ min: -5000, max: 5000, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1, max: 3000, noNaN: true, noDefaultInfinity: true });

const nodeArb = fc.constantFrom(...KIND_IDS).chain((kind) =>
  fc.record(
    {
      id: idValue,
      kind: fc.constant(kind),
      parentPick: fc.nat(),
      label: textValue.filter((t) => !t.startsWith(MARK)),
      position: fc.record({ x: finite, y: finite }),
      size: CONTAINERS.has(kind)
        ? fc.record({ width: positive, height: positive })
        : fc.constant(undefined),
      props: propsArb(kind),
    },
    { requiredKeys: ['id', 'kind', 'parentPick', 'position'] },
  ),
);

const edgeArb = fc.record(
  {
    id: idValue,
    source: fc.nat(),
    target: fc.nat(),
    kind: fc.option(fc.constantFrom(...EDGE_KINDS), { nil: undefined }),
    label: oddString,
    port: fc.oneof(
      fc.constantFrom(22, 80, 443, 3306, 0, 65535),
      fc.constantFrom('1024-65535', '8080'),
    ),
    protocol: fc.constantFrom('tcp', 'udp', 'icmp', 'all'),
  },
  { requiredKeys: ['id', 'source', 'target', 'kind', 'port', 'protocol'] },
);

const RULE_IDS = ['WAF-01', 'WAF-06', 'SG-01', 'NET-06', 'PLC-01', 'GD-01', 'S3-01', 'x'];

/**
 * Valid files: at most `maxNodes` nodes of every kind, nested only in containers listed
 * before them (then shown in the file in either order), with valid props, edges and
 * accepted findings. Import must accept each one without a warning.
 */
export function validFileArb(maxNodes = 12): fc.Arbitrary<JsonObject> {
  return fc
    .record({
      title: fc.option(oddString, { nil: undefined }),
      nodes: fc.uniqueArray(nodeArb, { maxLength: maxNodes, selector: (n) => n.id }),
      edges: fc.uniqueArray(edgeArb, { maxLength: maxNodes, selector: (e) => e.id }),
      accepted: fc.option(
        fc.array(
          fc.record({ rule: fc.constantFrom(...RULE_IDS), node: fc.nat(), reason: oddString }),
          {
            maxLength: 3,
          },
        ),
        { nil: undefined },
      ),
      positions: fc.constantFrom('all', 'none', 'some'),
      reversed: fc.boolean(),
    })
    .map(assembleFile);
}

type Generated = {
  title?: string;
  nodes: {
    id: string;
    kind: KindId;
    parentPick: number;
    label?: string;
    position: { x: number; y: number };
    size?: { width: number; height: number };
    props?: JsonObject;
  }[];
  edges: {
    id: string;
    source: number;
    target: number;
    kind?: EdgeKind;
    label?: string;
    port: number | string;
    protocol: string;
  }[];
  accepted?: { rule: string; node: number; reason: string }[];
  positions: string;
  reversed: boolean;
};

// eslint-disable-next-line no-control-regex -- U+0001 is the marker on purpose (see MARK)
const REFERENCE = /^\u0001(node|group):(\d+)\u0001$/;

function assembleFile(g: Generated): JsonObject {
  const ids = g.nodes.map((n) => n.id);
  // A rule row's peer must be non-blank text (ruleRows.ts), so a blank id cannot be named.
  const groups = g.nodes
    .filter((n) => n.kind === 'security-group' && n.id.trim() !== '')
    .map((n) => n.id);
  const resolve = (value: Json): Json => {
    const ref = typeof value === 'string' && REFERENCE.exec(value);
    if (ref) {
      const among = ref[1] === 'node' ? ids : groups;
      return among.length === 0 ? '0.0.0.0/0' : among[Number(ref[2]) % among.length];
    }
    if (Array.isArray(value)) return value.map(resolve);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
    }
    return value;
  };
  const nodes = g.nodes.map((n, k) => {
    const containers = g.nodes.slice(0, k).filter((c) => CONTAINERS.has(c.kind));
    const parent =
      n.parentPick % 3 === 0 || containers.length === 0
        ? undefined
        : containers[n.parentPick % containers.length].id;
    const positioned = g.positions === 'all' || (g.positions === 'some' && k % 2 === 0);
    const out: JsonObject = { id: n.id, kind: n.kind };
    if (n.label !== undefined) out.label = n.label;
    if (parent !== undefined) out.parent = parent;
    if (positioned) out.position = n.position;
    if (n.size) out.size = n.size;
    if (n.props) out.props = resolve(n.props);
    return out;
  });
  const links = new Set<string>();
  const edges: JsonObject[] = [];
  for (const e of g.edges) {
    if (nodes.length < 2) break;
    const source = g.nodes[e.source % nodes.length];
    const target = g.nodes[e.target % nodes.length];
    if (source === target) continue;
    const kind = e.kind ?? inferEdgeKind(source.kind, target.kind);
    const link = JSON.stringify([source.id, target.id, kind]);
    if (links.has(link)) continue;
    links.add(link);
    const out: JsonObject = { id: e.id, source: source.id, target: target.id };
    if (e.kind !== undefined) out.kind = e.kind;
    if (e.label !== undefined) out.label = e.label;
    if (kind === 'traffic') out.props = { port: e.port, protocol: e.protocol };
    edges.push(out);
  }
  const accepted = new Map<string, JsonObject>();
  for (const a of g.accepted ?? []) {
    if (ids.length === 0) break;
    const node = ids[a.node % ids.length];
    accepted.set(JSON.stringify([a.rule, node]), { rule: a.rule, node, reason: a.reason });
  }
  const file: JsonObject = { type: 'aws-security-playground', version: 1 };
  if (g.title !== undefined) file.title = g.title;
  file.nodes = g.reversed ? nodes.reverse() : nodes;
  file.edges = edges;
  if (g.accepted !== undefined) file.accepted = [...accepted.values()];
  return file;
}

/** A valid generated file, or one of `seeds` (the presets: realistic networks for rules and traces). */
export function baseFileArb(seeds: readonly JsonObject[], maxNodes = 12): fc.Arbitrary<JsonObject> {
  const generated = validFileArb(maxNodes);
  return seeds.length === 0
    ? generated
    : fc.oneof(
        { weight: 3, arbitrary: generated },
        { weight: 1, arbitrary: fc.constantFrom(...seeds) },
      );
}

// ---------------------------------------------------------------------------------
// Mutations.

/** Values of the wrong type, or of the right type but absurd. */
const weirdValue: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom<Json>(
      null,
      true,
      false,
      0,
      -1,
      1.5,
      2 ** 53,
      1e308,
      '',
      ' ',
      'NaN',
      'Infinity',
      '-Infinity',
      '1e999',
      '443',
      '0x1BB',
      '10.0.0.0/8',
      '999.1.1.1/33',
      '65536',
      [],
      {},
      [null],
      ['a', 1],
      { x: 1, y: '2' },
      { en: 1, ja: null },
      raw('1e999'),
      raw('-1e999'),
      raw('-0'),
      raw('1E400'),
      raw('NaN'),
      raw('undefined'),
      repeat(100_000, 0),
      repeat(1000, 2),
      repeat(5000, 4),
      repeat(129, 1),
      deep(5000, 'array'),
      deep(3000, 'object'),
    ),
  },
  { weight: 2, arbitrary: oddString },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json> },
);

const keyValue = fc.oneof(
  fc.constantFrom(...HOSTILE_KEYS),
  fc.constantFrom(
    'id',
    'kind',
    'parent',
    'props',
    'position',
    'size',
    'source',
    'target',
    'port',
    'x',
    'en',
  ),
  oddString,
);

const MUTATIONS = [
  'replace',
  'delete',
  'add-field',
  'numbers-as-text',
  'duplicate-node',
  'duplicate-edge',
  'parent-cycle',
  'self-parent',
  'parent-missing',
  'parent-to-any',
  'edge-dangling',
  'edge-to-self',
  'node-kind',
  'edge-kind',
  'hostile-id',
  'hostile-prop',
  'node-field',
  'prop-value',
  'edge-field',
  'traffic-value',
] as const;

const NODE_FIELDS = ['id', 'kind', 'label', 'parent', 'position', 'size', 'props'];
const EDGE_FIELDS = ['id', 'source', 'target', 'kind', 'label', 'props'];

export type MutationName = (typeof MUTATIONS)[number];

export interface Mutation {
  name: MutationName;
  a: number;
  b: number;
  key: string;
  value: Json;
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  name: fc.constantFrom(...MUTATIONS),
  a: fc.nat(),
  b: fc.nat(),
  key: keyValue,
  value: weirdValue,
});

/** A place in the tree: an object or array and one of its keys. */
type Slot = { holder: Record<string, Json> | Json[]; key: string | number };

function slotsOf(root: Json): Slot[] {
  const out: Slot[] = [];
  const todo: Json[] = [root];
  while (todo.length > 0 && out.length < 5000) {
    const value = todo.pop() as Json;
    if (value === null || typeof value !== 'object') continue;
    const entries: [string | number, Json][] = Array.isArray(value)
      ? value.map((v, k) => [k, v])
      : Object.entries(value);
    for (const [key, item] of entries) {
      out.push({ holder: value, key });
      todo.push(item);
    }
  }
  return out;
}

const recordsIn = (list: Json | undefined): Record<string, Json>[] =>
  Array.isArray(list)
    ? list.filter(
        (v): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v),
      )
    : [];

const textAsNumbers = (value: Json): Json => {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(textAsNumbers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, textAsNumbers(v)]));
  }
  return value;
};

/** Applies one mutation to `file` in place (a fresh copy made by mutateFile). */
function applyMutation(file: Record<string, Json>, m: Mutation): void {
  const nodes = recordsIn(file.nodes);
  const edges = recordsIn(file.edges);
  const nodeA = nodes.length ? nodes[m.a % nodes.length] : undefined;
  const nodeB = nodes.length ? nodes[m.b % nodes.length] : undefined;
  const edgeA = edges.length ? edges[m.a % edges.length] : undefined;
  const set = (target: Record<string, Json> | undefined, key: string, value: Json) => {
    if (target) setOwn(target, key, value);
  };
  switch (m.name) {
    case 'replace':
    case 'delete':
    case 'numbers-as-text': {
      const slots = slotsOf(file);
      if (slots.length === 0) return;
      const { holder, key } = slots[m.a % slots.length];
      const h = holder as Record<string | number, Json>;
      if (m.name === 'replace') h[key] = m.value;
      else if (m.name === 'numbers-as-text') h[key] = textAsNumbers(h[key]);
      else if (Array.isArray(holder)) holder.splice(key as number, 1);
      else delete h[key];
      return;
    }
    case 'add-field': {
      const objects = [
        file,
        ...slotsOf(file).map((s) => (s.holder as Record<string, Json>)[s.key as string]),
      ].filter(
        (v): v is Record<string, Json> => v !== null && typeof v === 'object' && !Array.isArray(v),
      );
      set(objects[m.a % objects.length], m.key, m.value);
      return;
    }
    case 'duplicate-node':
      if (nodeA && Array.isArray(file.nodes))
        file.nodes.splice(m.b % (file.nodes.length + 1), 0, structuredClone(nodeA));
      return;
    case 'duplicate-edge':
      if (edgeA && Array.isArray(file.edges))
        file.edges.push({ ...edgeA, ...(m.b % 2 ? { id: 'dup' } : {}) });
      return;
    case 'parent-cycle':
      set(nodeA, 'parent', (nodeB?.id ?? null) as Json);
      set(nodeB, 'parent', (nodeA?.id ?? null) as Json);
      return;
    case 'self-parent':
      set(nodeA, 'parent', (nodeA?.id ?? null) as Json);
      return;
    case 'parent-missing':
      set(nodeA, 'parent', `missing-${m.b}`);
      return;
    case 'parent-to-any':
      set(nodeA, 'parent', (nodeB?.id ?? null) as Json);
      return;
    case 'edge-dangling':
      set(edgeA, m.b % 2 ? 'source' : 'target', m.b % 3 ? `missing-${m.b}` : m.value);
      return;
    case 'edge-to-self':
      set(edgeA, 'target', (edgeA?.source ?? null) as Json);
      return;
    case 'node-kind':
      set(nodeA, 'kind', m.b % 2 ? KIND_IDS[m.b % KIND_IDS.length] : m.value);
      return;
    case 'edge-kind':
      set(edgeA, 'kind', m.b % 2 ? EDGE_KINDS[m.b % EDGE_KINDS.length] : m.value);
      return;
    case 'hostile-id': {
      const id = HOSTILE_KEYS[m.b % HOSTILE_KEYS.length];
      set(nodeA, 'id', id);
      set(edgeA, m.b % 2 ? 'source' : 'target', id);
      return;
    }
    case 'node-field':
      set(nodeA, NODE_FIELDS[m.b % NODE_FIELDS.length], m.value);
      return;
    case 'prop-value': {
      const kind = nodeA?.kind;
      const names = Object.keys((typeof kind === 'string' && PROPS_OF.get(kind as KindId)) || {});
      const props = nodeA?.props;
      if (names.length === 0 || !props || typeof props !== 'object' || Array.isArray(props)) return;
      set(props, names[m.b % names.length], m.value);
      return;
    }
    case 'edge-field':
      set(edgeA, EDGE_FIELDS[m.b % EDGE_FIELDS.length], m.value);
      return;
    case 'traffic-value':
      set(edgeA, 'props', { port: m.b % 2 ? m.value : 443, protocol: m.b % 2 ? 'tcp' : m.value });
      return;
    case 'hostile-prop': {
      const props = nodeA?.props;
      if (props !== null && typeof props === 'object' && !Array.isArray(props))
        set(props, m.key, m.value);
      else set(nodeA, 'props', { [m.key]: m.value });
      return;
    }
  }
}

/** `file` with the mutations applied in order; the input is not changed. */
export function mutateFile(file: JsonObject, mutations: readonly Mutation[]): Json {
  // A JSON round trip copies own `__proto__` keys as own keys, unlike a spread.
  const copy = JSON.parse(JSON.stringify(file)) as JsonObject;
  for (const m of mutations) applyMutation(copy, m);
  return copy;
}

const blueprintOf = (
  value: fc.Arbitrary<Json>,
  as: fc.Arbitrary<FileBlueprint['as']>,
  text: fc.Arbitrary<FileBlueprint['text']>,
): fc.Arbitrary<FileBlueprint> => fc.record({ value, as, text });

/** Valid files as text (sometimes with a byte-order mark) or as parsed values. */
export function validBlueprintArb(seeds: readonly JsonObject[]): fc.Arbitrary<FileBlueprint> {
  return blueprintOf(
    baseFileArb(seeds),
    fc.constantFrom('text', 'text', 'value'),
    fc.constantFrom('intact', 'intact', 'bom'),
  );
}

/** Valid files broken by one to five mutations, mostly as text, now and then damaged as text. */
export function mutatedBlueprintArb(seeds: readonly JsonObject[]): fc.Arbitrary<FileBlueprint> {
  const mutated = fc
    .tuple(baseFileArb(seeds), fc.array(mutationArb, { minLength: 1, maxLength: 5 }))
    .map(([file, mutations]) => mutateFile(file, mutations));
  return blueprintOf(
    mutated,
    fc.constantFrom('text', 'text', 'text', 'value'),
    fc.oneof(
      { weight: 12, arbitrary: fc.constant('intact' as const) },
      fc.constantFrom('bom', 'truncated', 'trailing'),
    ),
  );
}

/**
 * Deep nesting that is still valid: a chain of `depth` containers each inside the
 * previous one, with a leaf at the bottom and an edge from the internet down to it.
 */
export function nestedChainFile(depth: number, kind: KindId = 'vpc'): JsonObject {
  const nodes: JsonObject[] = [{ id: 'internet-1', kind: 'internet' }];
  for (let k = 0; k < depth; k++)
    nodes.push({ id: `c-${k}`, kind, ...(k > 0 ? { parent: `c-${k - 1}` } : {}) });
  nodes.push({ id: 'leaf', kind: 'ec2', parent: `c-${depth - 1}` });
  return {
    type: 'aws-security-playground',
    version: 1,
    nodes: nodes.reverse(),
    edges: [{ id: 'e', source: 'internet-1', target: 'leaf' }],
  };
}

/** Every prop name of the catalogue with the arbitrary of its valid values. */
const PROP_VALUES = KINDS.flatMap((k) =>
  Object.entries(k.props).map(([name, spec]) =>
    propValue(name, spec).map((v) => [name, v] as const),
  ),
);

/**
 * A props patch as an inspector or a careless caller may send it: props of some kind
 * with fitting values, values of the wrong type, unknown and hostile names.
 */
export const propPatchArb: fc.Arbitrary<Record<string, unknown>> = fc
  .array(fc.oneof(fc.oneof(...PROP_VALUES), fc.tuple(keyValue, weirdValue)), { maxLength: 3 })
  .map((entries) => {
    const patch: Record<string, unknown> = {};
    for (const [name, value] of entries) setOwn(patch, name, withMarkersExpanded(value));
    return patch;
  });

// ---------------------------------------------------------------------------------
// Trace questions for a document.

export interface QuestionPick {
  from: number;
  to: number;
  port: number;
  protocol: 'tcp' | 'udp' | 'icmp' | 'all';
  threat: 'none' | 'sqli' | 'http-flood' | 'syn-flood' | 'exploit';
  mode: 'network' | 'drawn';
  /** Narrows an internet source (the question's `fromCidr`); ignored for other sources. */
  fromCidr?: string;
}

/** Picks for a few (from, to, port) questions; `from` 0 means the internet. */
export const questionPicksArb: fc.Arbitrary<QuestionPick[]> = fc.array(
  fc.record({
    from: fc.nat({ max: 60 }),
    to: fc.nat({ max: 60 }),
    port: fc.constantFrom(22, 80, 443, 3306, 5432, 0, 65535),
    protocol: fc.constantFrom('tcp', 'udp', 'icmp', 'all'),
    threat: fc.constantFrom('none', 'none', 'sqli', 'http-flood', 'syn-flood', 'exploit'),
    mode: fc.constantFrom('network', 'network', 'drawn'),
    fromCidr: fc.option(cidrValue, { nil: undefined }),
  }),
  { minLength: 1, maxLength: 3 },
);
