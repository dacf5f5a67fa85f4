/**
 * What a mapping from one resource type to a concept of the model sees: the resource's
 * evaluated Properties, and the template around it (who refers to it, the resources of
 * a type, another resource's properties). Each area's mappings live in their own
 * module (network.ts, edge.ts, ...); types.ts puts them in one table.
 */
import type { InfraResource, ResourceBase, SourceId } from '../model';
import type { Field } from './field';

/** A concept of the model without the fields every resource carries. */
export type ConceptOf<R> = R extends unknown ? Omit<R, keyof ResourceBase> : never;
export type ConceptPart = ConceptOf<InfraResource>;

export interface TemplateContext {
  /** Another resource's Properties (unknowns read there are reported on that resource). */
  propsOf(id: SourceId): Field;
  typeOf(id: SourceId): string | undefined;
  /** The created resources whose properties refer to `id`, in template order. */
  referrers(id: SourceId): readonly SourceId[];
  /** The created resources of a type, in template order. */
  ofType(type: string): readonly SourceId[];
  /** SAM's `Globals.Function`, to fill what function `id` leaves out (unknowns reported on it). */
  samFunctionGlobals(id: SourceId): Field;
}

export interface MapInput {
  id: SourceId;
  type: string;
  props: Field;
  template: TemplateContext;
}

export type Mapper = (input: MapInput) => ConceptPart;

/** The referrers of `id` of the given types. */
export function referrersOfType(input: MapInput, types: readonly string[]): SourceId[] {
  return input.template
    .referrers(input.id)
    .filter((r) => types.includes(input.template.typeOf(r) ?? ''));
}

/** The value as one of `options` (compared in lower case); undefined otherwise (an unknown value is reported). */
export function oneOf<T extends string>(field: Field, options: readonly T[]): T | undefined {
  const text = field.present ? field.text()?.toLowerCase() : undefined;
  return options.find((o) => o === text);
}

/** A resource's tags as a map, from a list of `{Key, Value}` or a map (SAM); values as written. */
export function tagsOf(props: Field): Map<string, string> {
  const tags = new Map<string, string>();
  const field = props.get('Tags');
  if (field.value instanceof Map) {
    for (const key of field.value.keys()) tags.set(key, field.get(key).written() ?? '');
    return tags;
  }
  for (const tag of Array.isArray(field.value) ? field.items() : []) {
    const key = tag.get('Key').written();
    if (key !== undefined) tags.set(key, tag.get('Value').written() ?? '');
  }
  return tags;
}
