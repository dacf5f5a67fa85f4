/**
 * The values a Terraform reader works on, whatever the source: JSON-like data in which
 * objects are Maps (so a `__proto__` key is only a key), plus two markers. A `Ref` is
 * a reference to a resource instance (its address and the attribute path after it);
 * an `Unknown` is a value the reader cannot know, with the reason and the resources
 * its expression mentions (a function call over `aws_subnet.a.id` still names the
 * subnet, which is enough for a route target or a CloudFront origin).
 */
import type { Localized } from '../../document/types';
import type { SourceId } from '../model';

export class Ref {
  constructor(
    readonly address: SourceId,
    readonly path: readonly (string | number)[] = [],
  ) {}
}

export class Unknown {
  constructor(
    readonly reason: Localized,
    readonly mentions: readonly SourceId[] = [],
    /** The template as written, when the value is text with unknown parts (`arn:${...}:standards/...`). */
    readonly template?: string,
  ) {}
}

export type Value = null | boolean | number | string | Value[] | Map<string, Value> | Ref | Unknown;

/** Values nested deeper than this are not read (a hostile file cannot exhaust the stack). */
export const MAX_VALUE_DEPTH = 64;

/**
 * JSON (parsed) → Value, with `convertString` deciding what a string is (HCL: a
 * template; plan and state: plain text). Depth-bounded.
 */
export function toValue(
  json: unknown,
  convertString: (text: string) => Value,
  tooDeep: () => Unknown,
  depth = 0,
): Value {
  if (depth > MAX_VALUE_DEPTH) return tooDeep();
  if (json === null || typeof json === 'boolean' || typeof json === 'number') return json;
  if (typeof json === 'string') return convertString(json);
  if (Array.isArray(json))
    return json.map((item) => toValue(item, convertString, tooDeep, depth + 1));
  if (typeof json === 'object') {
    const map = new Map<string, Value>();
    for (const key of Object.keys(json)) {
      map.set(
        key,
        toValue((json as Record<string, unknown>)[key], convertString, tooDeep, depth + 1),
      );
    }
    return map;
  }
  return null;
}

/** The value at `path` inside `value`; undefined when the path does not exist. */
export function valueAt(value: Value, path: readonly (string | number)[]): Value | undefined {
  let current: Value | undefined = value;
  for (const step of path) {
    if (current instanceof Map) current = current.get(String(step));
    else if (Array.isArray(current) && typeof step === 'number') current = current[step];
    else return undefined;
  }
  return current;
}

/** Every resource a value names, through Refs and Unknowns' mentions (bounded by the value's depth). */
export function mentionsIn(value: Value | undefined, into: Set<SourceId>): void {
  if (value instanceof Ref) into.add(value.address);
  else if (value instanceof Unknown) for (const m of value.mentions) into.add(m);
  else if (Array.isArray(value)) for (const item of value) mentionsIn(item, into);
  else if (value instanceof Map) for (const item of value.values()) mentionsIn(item, into);
}

/** A value as plain JSON when nothing in it is a Ref or an Unknown (for jsonencode). */
export function toJson(value: Value): unknown {
  if (value instanceof Ref || value instanceof Unknown) return undefined;
  if (Array.isArray(value)) {
    const items = value.map(toJson);
    return items.includes(undefined) ? undefined : items;
  }
  if (value instanceof Map) {
    const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of value) {
      const json = toJson(item);
      if (json === undefined) return undefined;
      Object.defineProperty(out, key, {
        value: json,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
