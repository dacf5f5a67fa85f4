/**
 * What a template value becomes once its intrinsic functions are evaluated. Besides
 * plain text, numbers, lists and maps, a value can be a reference to another resource
 * (`Ref`, `Fn::GetAtt`), a text that mixes literal parts with references and values
 * known only at deployment (`Fn::Sub`, `Fn::Join`), or unknown, with the reason. Maps
 * are `Map`s, so a key such as `__proto__` is only ever a key.
 */
import type { Localized } from '../../document/types';

/** `Ref: Bucket` (attr undefined) or `Fn::GetAtt: [Bucket, Arn]`. */
export class ResRef {
  constructor(
    readonly id: string,
    readonly attr?: string,
  ) {}
}

/** A value the reader cannot know, with why, and how the template wrote it (`${AWS::Region}`). */
export class Unknown {
  constructor(
    readonly reason: Localized,
    readonly written: string,
  ) {}
}

/** Text with parts known only at deployment: `arn:aws:s3:::${Bucket}/*`. */
export class RefText {
  constructor(readonly parts: readonly (string | ResRef | Unknown)[]) {}
}

/** `Ref: AWS::NoValue`: the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export type Value =
  string | number | boolean | null | ResRef | RefText | Unknown | Value[] | Map<string, Value>;

/** How a part of a text is written in the template, for labels and ARNs. */
export function written(part: string | ResRef | Unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Unknown) return part.written;
  return part.attr === undefined ? `\${${part.id}}` : `\${${part.id}.${part.attr}}`;
}

/** A text of parts: plain when every part is known, else a `RefText` (adjacent literals merged). */
export function textOf(parts: readonly (string | ResRef | Unknown)[]): string | RefText {
  const merged: (string | ResRef | Unknown)[] = [];
  for (const part of parts) {
    const last = merged[merged.length - 1];
    if (typeof part === 'string' && typeof last === 'string')
      merged[merged.length - 1] = last + part;
    else if (part !== '') merged.push(part);
  }
  if (merged.length === 0) return '';
  if (merged.length === 1 && typeof merged[0] === 'string') return merged[0];
  return new RefText(merged);
}

/** The parts of a value used inside a text, or undefined when it cannot be text (a list, a map). */
export function textParts(value: Value): (string | ResRef | Unknown)[] | undefined {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)];
  if (value instanceof ResRef || value instanceof Unknown) return [value];
  if (value instanceof RefText) return [...value.parts];
  return undefined;
}

/** The resources a value refers to, anywhere inside it (for "who uses this policy"). */
export function referencedIds(value: Value, into: Set<string>): void {
  const stack: Value[] = [value];
  while (stack.length > 0) {
    const v = stack.pop() as Value;
    if (v instanceof ResRef) into.add(v.id);
    else if (v instanceof RefText) {
      for (const p of v.parts) if (p instanceof ResRef) into.add(p.id);
    } else if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v instanceof Map) for (const child of v.values()) stack.push(child);
  }
}

export function isPlainMap(value: Value | undefined): value is Map<string, Value> {
  return value instanceof Map;
}
