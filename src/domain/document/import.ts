/**
 * The one import path (format.md "Validity"): file open, paste, autosave restore,
 * presets and the CLI all come through `importDiagram`. Steps: size guard, JSON
 * parse, envelope, migrations, strict validation (refusals, all collected), then
 * repairs with warnings, building every object fresh from known fields. Never throws.
 */
import type { KindId } from '../kinds/types';
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from './types';
import { CURRENT_VERSION, DOCUMENT_TYPE, EDGE_KINDS } from './types';
import type { ImportIssue, IssueSink } from './issues';
import { at, makeIssue } from './issues';
import { JSON_EXPECTATIONS } from './importMessages';
import { MAX_ID_LENGTH, MAX_IMPORT_BYTES, utf8ByteLength } from './limits';
import { parseJson } from './jsonSyntax';
import type { Migration } from './migrations';
import { MIGRATIONS, migrate } from './migrations';
import type { JsonRecord } from './read';
import {
  cutText,
  isAbsent,
  isRecord,
  own,
  readPoint,
  readSize,
  readText,
  reportUnknownFields,
} from './read';
import { readProps } from './props';
import { reportMalformedValues } from './importValues';
import { readTrafficProps } from './traffic';
import { readAccepted, readPreset } from './extras';
import { inferEdgeKind } from './edgeKinds';
import { sortParentsFirst } from './order';
import { uniqueId } from './ids';
import { isContainerKind, isKindId } from '../kinds/catalogue';

export { MAX_IMPORT_BYTES } from './limits';
export type { ImportIssue } from './issues';

export type ImportResult =
  | { ok: true; doc: Diagram; warnings: ImportIssue[]; needsLayout: boolean }
  | { ok: false; errors: ImportIssue[] };

export interface ImportOptions {
  /** The file's size in bytes when known (a File's `size`); a string input is measured. */
  sizeBytes?: number;
  /** Upgrade steps; tests inject their own (the app uses MIGRATIONS). */
  migrations?: readonly Migration[];
}

/** A JSON text, or an already parsed value (autosave, tests). */
export function importDiagram(input: string | unknown, opts: ImportOptions = {}): ImportResult {
  try {
    return importUnguarded(input, opts);
  } catch (e) {
    return refuse([makeIssue('internal', '$', describeError(e))]);
  }
}

function describeError(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}

const refuse = (errors: ImportIssue[]): ImportResult => ({ ok: false, errors });

function importUnguarded(input: unknown, opts: ImportOptions): ImportResult {
  const tooLarge = checkSize(input, opts.sizeBytes);
  if (tooLarge) return refuse([tooLarge]);
  let raw = input;
  if (typeof input === 'string') {
    const parsed = parseJson(input);
    if (!parsed.ok) {
      const expectation = JSON_EXPECTATIONS[parsed.expectation];
      return refuse([makeIssue('not-json', '$', parsed.line, parsed.column, expectation)]);
    }
    raw = parsed.value;
  }
  const envelope = readEnvelope(raw, opts.migrations ?? MIGRATIONS);
  if (!envelope.ok) return refuse([envelope.issue]);
  const checked = checkStructure(envelope.root);
  if (checked.errors.length > 0) return refuse(checked.errors);
  return build(envelope.root, checked);
}

const BYTES_PER_MB = 1024 * 1024;

function checkSize(input: unknown, sizeBytes: number | undefined): ImportIssue | undefined {
  let bytes = typeof sizeBytes === 'number' && Number.isFinite(sizeBytes) ? sizeBytes : undefined;
  // A UTF-16 unit is at most 3 UTF-8 bytes, so most strings need no counting.
  if (bytes === undefined && typeof input === 'string' && input.length * 3 > MAX_IMPORT_BYTES) {
    bytes = utf8ByteLength(input);
  }
  if (bytes === undefined || bytes <= MAX_IMPORT_BYTES) return undefined;
  const megabytes = (Math.ceil((bytes / BYTES_PER_MB) * 10) / 10).toFixed(1);
  return makeIssue('too-large', '$', megabytes);
}

type EnvelopeResult = { ok: true; root: JsonRecord } | { ok: false; issue: ImportIssue };

function readEnvelope(raw: unknown, migrations: readonly Migration[]): EnvelopeResult {
  if (!isRecord(raw)) return { ok: false, issue: makeIssue('not-object', '$', raw) };
  const type = own(raw, 'type');
  if (type !== DOCUMENT_TYPE) return { ok: false, issue: makeIssue('wrong-type', 'type', type) };
  const version = own(raw, 'version');
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { ok: false, issue: makeIssue('bad-version', 'version', version) };
  }
  if (version > CURRENT_VERSION) {
    return { ok: false, issue: makeIssue('newer-version', 'version', version, CURRENT_VERSION) };
  }
  if (version === CURRENT_VERSION) return { ok: true, root: raw };
  const migrated = migrate(raw, version, migrations);
  if (!migrated.ok) return migrated;
  if (!isRecord(migrated.value)) {
    return { ok: false, issue: makeIssue('not-object', '$', migrated.value) };
  }
  return { ok: true, root: migrated.value };
}

/** A node that passed the strict checks (or, while checking, what is known of it). */
interface NodeEntry {
  index: number;
  path: string;
  raw: JsonRecord;
  id?: string;
  kind?: KindId;
  /** Set once the parent is known to exist and be a container. */
  parent?: string;
}

interface Checked {
  errors: ImportIssue[];
  entries: NodeEntry[];
  /** The first node with each id: references to a duplicated id mean this one. */
  firstById: Map<string, NodeEntry>;
  edges: readonly unknown[];
}

/** The refusals of format.md, every one collected with its path. */
function checkStructure(root: JsonRecord): Checked {
  const errors: ImportIssue[] = [];
  const nodes = readList(root, 'nodes', errors);
  const edges = readList(root, 'edges', errors) ?? [];
  const entries: NodeEntry[] = [];
  const firstById = new Map<string, NodeEntry>();
  (nodes ?? []).forEach((value, index) => {
    const path = at('nodes', index);
    if (!isRecord(value)) {
      errors.push(makeIssue('node-not-object', path, value));
      return;
    }
    const entry: NodeEntry = { index, path, raw: value };
    entry.id = checkId(own(value, 'id'), at(path, 'id'), errors);
    const kind = own(value, 'kind');
    if (isAbsent(kind)) errors.push(makeIssue('missing-kind', at(path, 'kind')));
    else if (!isKindId(kind)) errors.push(makeIssue('unknown-kind', at(path, 'kind'), kind));
    else entry.kind = kind;
    if (entry.id !== undefined && !firstById.has(entry.id)) firstById.set(entry.id, entry);
    entries.push(entry);
  });
  for (const entry of entries) checkParent(entry, firstById, errors);
  checkCycles(firstById, errors);
  return { errors, entries, firstById, edges };
}

function readList(root: JsonRecord, field: string, errors: ImportIssue[]): unknown[] | undefined {
  const value = own(root, field);
  if (value === undefined) errors.push(makeIssue('missing-array', field, field));
  else if (!Array.isArray(value)) errors.push(makeIssue('not-array', field, value));
  else return value;
  return undefined;
}

function checkId(value: unknown, path: string, errors: ImportIssue[]): string | undefined {
  if (isAbsent(value)) errors.push(makeIssue('missing-id', path));
  else if (typeof value !== 'string') errors.push(makeIssue('bad-id', path, value));
  else if (value.length < 1 || value.length > MAX_ID_LENGTH) {
    errors.push(makeIssue('id-length', path, value.length));
  } else return value;
  return undefined;
}

function checkParent(
  entry: NodeEntry,
  firstById: ReadonlyMap<string, NodeEntry>,
  errors: ImportIssue[],
): void {
  const parent = own(entry.raw, 'parent');
  if (isAbsent(parent)) return;
  const path = at(entry.path, 'parent');
  if (typeof parent !== 'string') {
    errors.push(makeIssue('bad-parent', path, parent));
    return;
  }
  const target = firstById.get(parent);
  if (!target) {
    errors.push(makeIssue('parent-missing', path, parent));
    return;
  }
  // A parent of unknown kind is already refused on its own line.
  if (target.kind !== undefined && !isContainerKind(target.kind)) {
    errors.push(makeIssue('parent-not-container', path, parent, target.kind));
    return;
  }
  entry.parent = parent;
}

/** One error per parent cycle, on the member listed first in the file. */
function checkCycles(firstById: ReadonlyMap<string, NodeEntry>, errors: ImportIssue[]): void {
  const state = new Map<NodeEntry, 'walking' | 'done'>();
  for (const start of firstById.values()) {
    const walk: NodeEntry[] = [];
    let current: NodeEntry | undefined = start;
    while (current && !state.has(current)) {
      state.set(current, 'walking');
      walk.push(current);
      current = current.parent === undefined ? undefined : firstById.get(current.parent);
    }
    if (current && state.get(current) === 'walking') {
      const cycle = walk.slice(walk.indexOf(current));
      const first = cycle.reduce((a, b) => (b.index < a.index ? b : a));
      const from = cycle.indexOf(first);
      const ordered = [...cycle.slice(from), ...cycle.slice(0, from), first];
      const chain = ordered.map((e) => e.id as string);
      errors.push(makeIssue('parent-cycle', at(first.path, 'parent'), chain));
    }
    for (const entry of walk) state.set(entry, 'done');
  }
}

const ENVELOPE_FIELDS = new Set([
  'type',
  'version',
  'title',
  'nodes',
  'edges',
  'accepted',
  'preset',
]);
const NODE_FIELDS = new Set(['id', 'kind', 'label', 'parent', 'position', 'size', 'props']);
const EDGE_FIELDS = new Set(['id', 'source', 'target', 'kind', 'label', 'props']);

/** The repairs: a complete, valid diagram from a structurally valid file. */
function build(root: JsonRecord, checked: Checked): ImportResult {
  const warnings: ImportIssue[] = [];
  const report: IssueSink = (issue) => warnings.push(issue);
  reportUnknownFields(root, ENVELOPE_FIELDS, '$', report);
  const title = readText(own(root, 'title'), 'title', report);

  const taken = new Set(checked.firstById.keys());
  const groups = securityGroupIds(checked);
  const nodes = checked.entries.map((entry) => {
    const id = entry.id as string;
    const first = checked.firstById.get(id) as NodeEntry;
    if (first === entry) return buildNode(entry, id, groups, report);
    const renamed = uniqueId(id, taken);
    taken.add(renamed);
    report(makeIssue('duplicate-node-id', at(entry.path, 'id'), id, first.path, renamed));
    return buildNode(entry, renamed, groups, report);
  });
  const kindOf = (id: string) => checked.firstById.get(id)?.kind;
  const edges = buildEdges(checked.edges, kindOf, report);
  const accepted = readAccepted(own(root, 'accepted'), (id) => checked.firstById.has(id), report);
  const preset = readPreset(own(root, 'preset'), report);

  const doc: Diagram = {
    type: DOCUMENT_TYPE,
    version: CURRENT_VERSION,
    ...(title === undefined ? {} : { title }),
    nodes: sortParentsFirst(nodes),
    edges,
    ...(accepted === undefined ? {} : { accepted }),
    ...(preset === undefined ? {} : { preset }),
  };
  return { ok: true, doc, warnings, needsLayout: nodes.some((n) => !n.position) };
}

/** Ids that name a security group (references mean the first node with an id). */
function securityGroupIds(checked: Checked): Set<string> {
  const ids = new Set<string>();
  for (const [id, entry] of checked.firstById) if (entry.kind === 'security-group') ids.add(id);
  return ids;
}

function buildNode(
  entry: NodeEntry,
  id: string,
  securityGroups: ReadonlySet<string>,
  report: IssueSink,
): DiagramNode {
  const { raw, path } = entry;
  const kind = entry.kind as KindId;
  reportUnknownFields(raw, NODE_FIELDS, path, report);
  const label = readText(own(raw, 'label'), at(path, 'label'), report);
  const position = readPoint(own(raw, 'position'), at(path, 'position'), report);
  const rawSize = own(raw, 'size');
  let size;
  if (isContainerKind(kind)) size = readSize(rawSize, at(path, 'size'), report);
  else if (!isAbsent(rawSize)) report(makeIssue('size-on-leaf', at(path, 'size'), kind));
  const rawProps = own(raw, 'props');
  const props = readProps(kind, rawProps, at(path, 'props'), report);
  reportMalformedValues(kind, props, rawProps, at(path, 'props'), securityGroups, report);
  return {
    id,
    kind,
    ...(label === undefined ? {} : { label }),
    ...(entry.parent === undefined ? {} : { parent: entry.parent }),
    ...(position ? { position } : {}),
    ...(size ? { size } : {}),
    props,
  };
}

const isEdgeKind = (value: unknown): value is EdgeKind =>
  typeof value === 'string' && (EDGE_KINDS as readonly string[]).includes(value);

function buildEdges(
  values: readonly unknown[],
  kindOf: (id: string) => KindId | undefined,
  report: IssueSink,
): DiagramEdge[] {
  // Ids written in the file are reserved first, so that a generated or renamed id
  // never takes one that a later edge of the file carries.
  const taken = new Set<string>();
  for (const value of values) {
    const id = isRecord(value) ? own(value, 'id') : undefined;
    if (isEdgeId(id)) taken.add(id);
  }
  const firstPathOfId = new Map<string, string>();
  const firstPathOfLink = new Map<string, string>();
  const edges: DiagramEdge[] = [];
  values.forEach((value, index) => {
    const path = at('edges', index);
    if (!isRecord(value)) {
      report(makeIssue('edge-not-object', path, value));
      return;
    }
    const endpoint = (field: 'source' | 'target'): string | undefined => {
      const id = own(value, field);
      if (typeof id !== 'string') report(makeIssue('edge-endpoint-missing', at(path, field), id));
      else if (kindOf(id) === undefined) report(makeIssue('edge-dangling', at(path, field), id));
      else return id;
      return undefined;
    };
    const source = endpoint('source');
    const target = source === undefined ? undefined : endpoint('target');
    if (source === undefined || target === undefined) return;
    if (source === target) {
      report(makeIssue('edge-self-loop', path, source));
      return;
    }
    const rawKind = own(value, 'kind');
    let kind: EdgeKind;
    if (isEdgeKind(rawKind)) kind = rawKind;
    else {
      kind = inferEdgeKind(kindOf(source) as KindId, kindOf(target) as KindId);
      if (!isAbsent(rawKind))
        report(makeIssue('edge-kind-unknown', at(path, 'kind'), rawKind, kind));
    }
    const link = `${source}\u0000${target}\u0000${kind}`;
    const sameLink = firstPathOfLink.get(link);
    if (sameLink !== undefined) {
      report(makeIssue('edge-duplicate', path, sameLink));
      return;
    }
    firstPathOfLink.set(link, path);
    reportUnknownFields(value, EDGE_FIELDS, path, report);

    const rawId = own(value, 'id');
    let id: string;
    if (!isEdgeId(rawId)) {
      const base = cutText(`e-${source}-${target}`, MAX_ID_LENGTH);
      id = taken.has(base) ? uniqueId(base, taken) : base;
      report(makeIssue('edge-id-missing', at(path, 'id'), rawId, id));
    } else if (firstPathOfId.has(rawId)) {
      id = uniqueId(rawId, taken);
      report(
        makeIssue(
          'duplicate-edge-id',
          at(path, 'id'),
          rawId,
          firstPathOfId.get(rawId) as string,
          id,
        ),
      );
    } else id = rawId;
    taken.add(id);
    firstPathOfId.set(id, path);

    const edge: DiagramEdge = { id, source, target, kind };
    const label = readText(own(value, 'label'), at(path, 'label'), report);
    if (label !== undefined) edge.label = label;
    const rawProps = own(value, 'props');
    if (kind === 'traffic') edge.props = readTrafficProps(rawProps, at(path, 'props'), report);
    else if (!isAbsent(rawProps))
      report(makeIssue('edge-props-not-traffic', at(path, 'props'), kind));
    edges.push(edge);
  });
  return edges;
}

function isEdgeId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH;
}
