/**
 * The invariants of an in-memory diagram: what import promises of every document it
 * accepts and what every command keeps (types.ts, format.md "Validity"). Rules, the
 * trace and the canvas rely on them, so the fuzz tests check them after every import
 * and every command. Written apart from the import code on purpose: a checker that
 * reused import's readers would agree with import's own mistakes.
 */
import type { KindId, PropSpec } from '../kinds/types';
import type { Diagram, DiagramEdge, DiagramNode, RuleRow } from './types';
import { EDGE_KINDS } from './types';
import { getKind, isContainerKind, isKindId } from '../kinds/catalogue';
import { MAX_ID_LENGTH, MAX_TEXT_LENGTH } from './limits';
import { MAX_NACL_RULE_NUMBER } from './ruleRows';
import { parsePorts, parseProtocol } from '../net/ports';

/** Every broken invariant of `doc`, each naming where (`nodes[2].parent: …`); [] when sound. */
export function documentViolations(doc: Diagram): string[] {
  const out: string[] = [];
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) {
    return ['nodes and edges must be arrays'];
  }
  const byId = checkNodes(doc.nodes, out);
  checkParents(doc.nodes, byId, out);
  checkEdges(doc.edges, byId, out);
  const acceptedKeys = new Set<string>();
  (doc.accepted ?? []).forEach((a, k) => {
    if (!byId.has(a.node)) out.push(`accepted[${k}].node: no node "${a.node}"`);
    const key = JSON.stringify([a.rule, a.node]);
    if (acceptedKeys.has(key)) out.push(`accepted[${k}]: ${a.rule} on "${a.node}" twice`);
    acceptedKeys.add(key);
    checkText(a.reason, `accepted[${k}].reason`, out);
  });
  if (doc.title !== undefined) checkText(doc.title, 'title', out);
  return out;
}

const isId = (v: unknown): v is string =>
  typeof v === 'string' && v.length >= 1 && v.length <= MAX_ID_LENGTH;

const isFinitePoint = (p: { x: number; y: number }) => Number.isFinite(p.x) && Number.isFinite(p.y);

function checkText(value: unknown, path: string, out: string[]): void {
  if (typeof value !== 'string') out.push(`${path}: not text`);
  else if (value.length > MAX_TEXT_LENGTH) out.push(`${path}: ${value.length} characters`);
}

/** Ids, kinds, geometry and props of each node; returns the nodes by id. */
function checkNodes(nodes: readonly DiagramNode[], out: string[]): Map<string, DiagramNode> {
  const byId = new Map<string, DiagramNode>();
  nodes.forEach((node, k) => {
    const path = `nodes[${k}]`;
    if (!isId(node.id)) out.push(`${path}.id: not an id of 1–${MAX_ID_LENGTH} characters`);
    else if (byId.has(node.id)) out.push(`${path}.id: duplicate id "${node.id}"`);
    else byId.set(node.id, node);
    if (!isKindId(node.kind)) {
      out.push(`${path}.kind: unknown kind "${String(node.kind)}"`);
      return;
    }
    if (node.label !== undefined) checkText(node.label, `${path}.label`, out);
    if (node.position !== undefined && !isFinitePoint(node.position)) {
      out.push(`${path}.position: not two finite numbers`);
    }
    if (node.size !== undefined) {
      const { width, height } = node.size;
      if (!isContainerKind(node.kind)) out.push(`${path}.size: a leaf has no size`);
      else if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
        out.push(`${path}.size: not two positive finite numbers`);
      }
    }
    checkProps(node, path, out);
  });
  return byId;
}

/** Parents exist, are containers, come first in the array, and form no cycle. */
function checkParents(
  nodes: readonly DiagramNode[],
  byId: ReadonlyMap<string, DiagramNode>,
  out: string[],
): void {
  const seen = new Set<string>();
  // Nodes whose chain of parents is known to end: each chain is walked once.
  const ends = new Set<string>();
  nodes.forEach((node, k) => {
    const path = `nodes[${k}].parent`;
    if (node.parent !== undefined) {
      const parent = byId.get(node.parent);
      if (!parent) out.push(`${path}: no node "${node.parent}"`);
      else if (!isKindId(parent.kind) || !isContainerKind(parent.kind)) {
        out.push(`${path}: "${node.parent}" is not a container`);
      } else if (!seen.has(node.parent))
        out.push(`${path}: "${node.parent}" comes after its child`);
    }
    seen.add(node.id);
    const chain = new Set<string>();
    let at: DiagramNode | undefined = node;
    while (at !== undefined && !ends.has(at.id)) {
      if (chain.has(at.id)) {
        out.push(`${path}: parent cycle through "${at.id}"`);
        return;
      }
      chain.add(at.id);
      at = at.parent === undefined ? undefined : byId.get(at.parent);
    }
    for (const id of chain) ends.add(id);
  });
}

function checkProps(node: DiagramNode, path: string, out: string[]): void {
  const specs = getKind(node.kind).props;
  const props: Readonly<Record<string, unknown>> = node.props ?? {};
  for (const name of Object.keys(props)) {
    if (!Object.prototype.hasOwnProperty.call(specs, name)) {
      out.push(`${path}.props.${name}: not a prop of ${node.kind}`);
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    const problem = Object.prototype.hasOwnProperty.call(props, name)
      ? valueProblem(spec, props[name])
      : 'missing';
    if (problem) out.push(`${path}.props.${name}: ${problem}`);
  }
}

/** What is wrong with `value` as a prop of `spec`, or undefined when it fits. */
function valueProblem(spec: PropSpec, value: unknown): string | undefined {
  const isStringList = (v: unknown): v is string[] =>
    Array.isArray(v) && v.every((x) => typeof x === 'string');
  switch (spec.type) {
    case 'boolean':
    case 'string':
      return typeof value === spec.type ? undefined : `not a ${spec.type}`;
    case 'policy':
      return typeof value === 'string' ? undefined : 'not a string';
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value) ? undefined : 'no option';
    case 'subset':
      if (!isStringList(value)) return 'not a list of text';
      if (new Set(value).size !== value.length) return 'an option twice';
      return value.every((v) => spec.options.includes(v)) ? undefined : 'an unknown option';
    case 'idList':
      return isStringList(value) ? undefined : 'not a list of text';
    case 'sgRules':
    case 'naclRules': {
      if (!Array.isArray(value)) return 'not a list of rule rows';
      const flavor = spec.type === 'sgRules' ? 'sg' : 'nacl';
      const bad = value.findIndex((row: unknown) => rowProblem(row, flavor) !== undefined);
      return bad < 0 ? undefined : `row ${bad}: ${rowProblem(value[bad], flavor)}`;
    }
  }
}

const SG_ROW_FIELDS = new Set(['protocol', 'ports', 'source', 'destination', 'action']);
const NACL_ROW_FIELDS = new Set(['rule', 'protocol', 'ports', 'cidr', 'action']);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/** Rule rows as kinds.md "Rule sets" defines them (the ports and protocols net/ports.ts reads). */
function rowProblem(value: unknown, flavor: 'sg' | 'nacl'): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an object';
  const row = value as Partial<Record<keyof RuleRow, unknown>>;
  const fields = flavor === 'sg' ? SG_ROW_FIELDS : NACL_ROW_FIELDS;
  const extra = Object.keys(row).find((key) => !fields.has(key));
  if (extra !== undefined) return `unknown field ${extra}`;
  if (typeof row.protocol !== 'string' || !parseProtocol(row.protocol)) return 'protocol';
  if (typeof row.ports !== 'string' || !parsePorts(row.ports)) return 'ports';
  if (row.action !== undefined && row.action !== 'allow' && row.action !== 'deny') return 'action';
  if (flavor === 'nacl') {
    const rule = row.rule;
    if (
      !Number.isInteger(rule) ||
      (rule as number) < 1 ||
      (rule as number) > MAX_NACL_RULE_NUMBER
    ) {
      return 'rule number';
    }
    if (!isText(row.cidr)) return 'cidr';
    return row.action === undefined ? 'action' : undefined;
  }
  const peers = [row.source, row.destination].filter((p) => p !== undefined);
  return peers.length > 0 && peers.every(isText) ? undefined : 'peer';
}

/** Ids, endpoints, kinds and traffic props of each edge; one edge per (source, target, kind). */
function checkEdges(
  edges: readonly DiagramEdge[],
  byId: ReadonlyMap<string, DiagramNode>,
  out: string[],
): void {
  const ids = new Set<string>();
  const links = new Set<string>();
  edges.forEach((edge, k) => {
    const path = `edges[${k}]`;
    if (!isId(edge.id)) out.push(`${path}.id: not an id of 1–${MAX_ID_LENGTH} characters`);
    else if (ids.has(edge.id)) out.push(`${path}.id: duplicate id "${edge.id}"`);
    else ids.add(edge.id);
    for (const end of ['source', 'target'] as const) {
      const node = byId.get(edge[end]);
      if (!node) out.push(`${path}.${end}: no node "${edge[end]}"`);
      else if (!isKindId(node.kind as KindId)) out.push(`${path}.${end}: node of unknown kind`);
    }
    if (edge.source === edge.target) out.push(`${path}: connects a node to itself`);
    if (!EDGE_KINDS.includes(edge.kind)) out.push(`${path}.kind: unknown kind "${edge.kind}"`);
    const link = JSON.stringify([edge.source, edge.target, edge.kind]);
    if (links.has(link)) out.push(`${path}: a second ${edge.kind} edge between the same nodes`);
    links.add(link);
    if (edge.label !== undefined) checkText(edge.label, `${path}.label`, out);
    if (edge.kind !== 'traffic') {
      if (edge.props !== undefined) out.push(`${path}.props: only traffic edges have props`);
    } else if (
      edge.props === undefined ||
      !parsePorts(edge.props.port) ||
      !(typeof edge.props.protocol === 'string' && parseProtocol(edge.props.protocol))
    ) {
      out.push(`${path}.props: not a port and a protocol`);
    }
  });
}
