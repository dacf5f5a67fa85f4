/**
 * A plan's references: where `planned_values` has null (known only after apply), the
 * configuration's expression for that attribute lists what it refers to
 * (`"references": ["aws_subnet.a.id", "aws_subnet.a"]`), and that becomes a Ref to
 * the instance. References are relative to the module the resource is in; one to a
 * resource with count or for_each names the instance of the same index when the
 * expression uses `count.index` / `each.*`, else every instance.
 */
import type { SourceId } from '../../model';
import { UNKNOWN } from '../texts';
import { Ref, toValue, Unknown, type Value } from '../values';
import type { PlannedResource } from './planned';

export interface ConfigModule {
  resources?: unknown;
  module_calls?: unknown;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const INDEX_SUFFIX = /\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/;
const REFERENCE = /^([a-z][\w-]*)\.([\w-]+)(\[(?:\d+|"(?:[^"\\]|\\.)*")\])?((?:\.[\w-]+)*)/;
const NOT_RESOURCES = new Set([
  'var',
  'local',
  'data',
  'count',
  'each',
  'path',
  'module',
  'self',
  'terraform',
]);

interface Expressions {
  /** Resource expressions by module path and address. */
  resources: Map<string, Json>;
  /** A module call's input expressions (`vpc_id = aws_vpc.main.id`), by the module's path. */
  inputs: Map<string, Json>;
}

const key = (names: readonly string[], address = '') => [...names, address].join('\u0000');

/** The expressions of every configured resource and module call. */
function configExpressions(root: ConfigModule): Expressions {
  const out: Expressions = { resources: new Map(), inputs: new Map() };
  const visit = (mod: ConfigModule, names: string[], depth: number) => {
    if (depth > 32) return;
    const resources = Array.isArray(mod.resources) ? mod.resources : [];
    for (const r of resources) {
      if (isObject(r) && typeof r.address === 'string' && isObject(r.expressions))
        out.resources.set(key(names, r.address), r.expressions);
    }
    const calls = isObject(mod.module_calls) ? mod.module_calls : {};
    for (const name of Object.keys(calls)) {
      const call = calls[name];
      if (!isObject(call)) continue;
      if (isObject(call.expressions)) out.inputs.set(key([...names, name]), call.expressions);
      if (isObject(call.module)) visit(call.module as ConfigModule, [...names, name], depth + 1);
    }
  };
  visit(root, [], 0);
  return out;
}

export function overlayReferences(planned: readonly PlannedResource[], root: ConfigModule): void {
  const expressions = configExpressions(root);
  const instancesOf = new Map<string, SourceId[]>();
  for (const { instance } of planned) {
    const base = instance.address.replace(INDEX_SUFFIX, '');
    if (!instancesOf.has(base)) instancesOf.set(base, []);
    instancesOf.get(base)?.push(instance.address);
  }
  for (const p of planned) {
    const expr = expressions.resources.get(key(p.module, p.configAddress));
    if (!expr) continue;
    const base = p.instance.address.replace(INDEX_SUFFIX, '');
    const place: Place = {
      prefix: base.slice(0, base.length - p.configAddress.length),
      names: p.module,
    };
    const resolve = (references: unknown[]) =>
      resolveReferences(references, place, p.index, { instancesOf, inputs: expressions.inputs }, 0);
    overlay(p.instance.body, expr, resolve, 0);
  }
}

function overlay(
  body: Map<string, Value>,
  expressions: Json,
  resolve: (refs: unknown[]) => Value | undefined,
  depth: number,
): void {
  if (depth > 32) return;
  for (const key of Object.keys(expressions)) {
    const e = expressions[key];
    const current = body.get(key);
    if (Array.isArray(e)) {
      // Nested blocks: one expressions object per block, in the same order as the values.
      const values = Array.isArray(current) ? current : current instanceof Map ? [current] : [];
      e.forEach((blockExpressions, i) => {
        const block = values[i];
        if (block instanceof Map && isObject(blockExpressions))
          overlay(block, blockExpressions, resolve, depth + 1);
      });
      continue;
    }
    if (!isObject(e)) continue;
    // A list keeps its known items; its unknown ones (null) are what the references name.
    const partial = Array.isArray(current) && current.includes(null);
    if (current !== undefined && current !== null && !partial) continue;
    if (Array.isArray(e.references)) {
      const value = resolve(e.references);
      if (partial) {
        const refs = value === undefined ? [] : Array.isArray(value) ? value : [value];
        body.set(key, [...current.filter((item) => item !== null), ...refs]);
      } else body.set(key, value ?? new Unknown(UNKNOWN.afterApply(key)));
    } else if ('constant_value' in e) {
      body.set(
        key,
        toValue(
          e.constant_value,
          (s) => s,
          () => new Unknown(UNKNOWN.tooDeep),
        ),
      );
    }
  }
}

/** Where a reference is written: the address prefix (`module.net[0].`) and the module path (`net`). */
interface Place {
  prefix: string;
  names: readonly string[];
}

interface Known {
  instancesOf: Map<string, SourceId[]>;
  inputs: Map<string, Json>;
}

/** `module.a.module.b[0].` → `module.a.`: the module that calls this one. */
const parentPrefix = (prefix: string) =>
  prefix.replace(/module\.[\w-]+(?:\[(?:\d+|"(?:[^"\\]|\\.)*")\])?\.$/, '');

function resolveReferences(
  references: unknown[],
  place: Place,
  ownIndex: unknown,
  known: Known,
  depth: number,
): Value | undefined {
  if (depth > 32) return undefined;
  const iterated = references.some(
    (r) => typeof r === 'string' && /^(?:count\.index|each\.(?:key|value))/.test(r),
  );
  const byBase = new Map<string, Ref[]>();
  const add = (base: string, refs: Ref[]) => {
    const previous = byBase.get(base);
    // `aws_subnet.a.id` and `aws_subnet.a` are both listed: keep the most precise.
    if (
      !previous ||
      refs.length < previous.length ||
      (refs.length === previous.length && refs[0].path.length > previous[0].path.length)
    ) {
      byBase.set(base, refs);
    }
  };
  for (const reference of references) {
    if (typeof reference !== 'string') continue;
    const m = REFERENCE.exec(reference);
    if (!m) continue;
    if (m[1] === 'var' && place.names.length > 0) {
      // A module's input: what the calling module passes for it.
      const input = known.inputs.get(key(place.names))?.[m[2]];
      if (!isObject(input) || !Array.isArray(input.references)) continue;
      const parent = { prefix: parentPrefix(place.prefix), names: place.names.slice(0, -1) };
      const value = resolveReferences(input.references, parent, undefined, known, depth + 1);
      for (const ref of value === undefined ? [] : Array.isArray(value) ? value : [value]) {
        if (ref instanceof Ref) add(`var:${ref.address}`, [ref]);
      }
      continue;
    }
    if (NOT_RESOURCES.has(m[1])) continue;
    const base = `${place.prefix}${m[1]}.${m[2]}`;
    const all = known.instancesOf.get(base);
    if (!all) continue;
    const path = m[4] ? m[4].slice(1).split('.') : [];
    let targets: SourceId[];
    if (m[3] && all.includes(base + m[3])) targets = [base + m[3]];
    else if (all.length === 1 && all[0] === base) targets = [base];
    else {
      const own = ownIndex === undefined ? undefined : `${base}[${JSON.stringify(ownIndex)}]`;
      targets = iterated && own && all.includes(own) ? [own] : all;
    }
    add(
      base,
      targets.map((t) => new Ref(t, path)),
    );
  }
  const refs = [...byBase.values()].flat();
  if (refs.length === 0) return undefined;
  return refs.length === 1 ? refs[0] : refs;
}
