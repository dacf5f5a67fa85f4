/**
 * A checked template to the infrastructure model: each resource's condition decides
 * whether it is created, then its type's mapping reads its evaluated properties. The
 * label is the `Name` tag as written (`${AWS::StackName}-vpc` keeps the parts known only
 * at deployment visible), else the builder uses the logical id.
 */
import type { Localized } from '../../document/types';
import type { InfraModel, InfraResource, ResourceBase, SourceId } from '../model';
import type { FieldOwner } from './field';
import { Field, UnknownSink } from './field';
import type { MapInput, TemplateContext } from './mapping';
import { tagsOf } from './mapping';
import { NOT_DRAWN, UNKNOWN_REASONS } from './messages';
import { Resolver } from './resolver';
import type { Template, TemplateResource } from './template';
import { MAPPERS, SAM_MAPPERS, SAM_TRANSFORM } from './types';
import type { Value } from './values';
import { referencedIds, Unknown } from './values';

export function modelOf(template: Template, budget: number): InfraModel {
  const resolver = new Resolver(template, budget);
  const sink = new UnknownSink();
  const sam = template.transforms.includes(SAM_TRANSFORM);
  const byId = new Map(template.resources.map((r) => [r.id, r]));

  const isMapped = (id: SourceId) => {
    const type = byId.get(id)?.type ?? '';
    return MAPPERS.has(type) || (sam && SAM_MAPPERS.has(type));
  };
  const ownerOf = (id: SourceId): FieldOwner => {
    const at = byId.get(id)?.at;
    return { resource: id, sink, isMapped, ...(at ? { at } : {}) };
  };
  const propsOf = (id: SourceId): Field =>
    new Field(ownerOf(id), byId.has(id) ? resolver.properties(id) : undefined, 'Properties');
  const notCreated = new Map<SourceId, string>();
  for (const r of template.resources) {
    if (r.condition === undefined) continue;
    const report = (reason: Localized) =>
      sink.add({ resource: r.id, property: 'Condition', reason, ...(r.at ? { at: r.at } : {}) });
    if (typeof r.condition !== 'string') {
      report(UNKNOWN_REASONS.invalidArguments('Condition'));
      continue;
    }
    // A condition that cannot be evaluated is reported; the resource is drawn.
    const value = resolver.condition(r.condition);
    if (value === false) notCreated.set(r.id, r.condition);
    else if (value instanceof Unknown) report(value.reason);
  }
  const created = template.resources.filter((r) => !notCreated.has(r.id));

  let referrers: Map<SourceId, SourceId[]> | undefined;
  let ofType: Map<string, SourceId[]> | undefined;
  let globals: Value | undefined;
  const context: TemplateContext = {
    propsOf,
    typeOf: (id) => byId.get(id)?.type,
    referrers: (id) => {
      referrers ??= referrerIndex(created, resolver);
      return referrers.get(id) ?? [];
    },
    ofType: (type) => {
      ofType ??= groupBy(created, (r) => r.type);
      return ofType.get(type) ?? [];
    },
    samFunctionGlobals: (id) => {
      globals ??= resolveGlobals(template, resolver);
      return new Field(ownerOf(id), globals, 'Globals.Function');
    },
  };

  const resources = template.resources.map((r): InfraResource => {
    const base: ResourceBase = { id: r.id, sourceType: r.type, ...(r.at ? { at: r.at } : {}) };
    const condition = notCreated.get(r.id);
    if (condition !== undefined)
      return { ...base, concept: 'not-drawn', reason: NOT_DRAWN.conditionFalse(condition) };
    if (r.type === 'Fn::ForEach')
      return { ...base, concept: 'not-drawn', reason: NOT_DRAWN.forEach };
    const mapper = MAPPERS.get(r.type) ?? (sam ? SAM_MAPPERS.get(r.type) : undefined);
    if (!mapper) {
      const needsSam = SAM_MAPPERS.has(r.type);
      return {
        ...base,
        concept: 'not-drawn',
        ...(needsSam ? { reason: NOT_DRAWN.needsSamTransform } : {}),
      };
    }
    const props = propsOf(r.id);
    const input: MapInput = { id: r.id, type: r.type, props, template: context };
    const name = tagsOf(props).get('Name');
    // The mapper's object is new and its own: filling it in place is several times
    // cheaper than spreading it into another (a third of reading a large template).
    const resource = Object.assign(mapper(input), base) as InfraResource;
    if (name) resource.name = name;
    return resource;
  });

  return {
    format: 'cloudformation',
    ...(template.description ? { title: template.description } : {}),
    resources,
    unknowns: sink.values,
  };
}

/** Which created resources refer to each resource anywhere in their properties. */
function referrerIndex(
  created: readonly TemplateResource[],
  resolver: Resolver,
): Map<SourceId, SourceId[]> {
  const index = new Map<SourceId, SourceId[]>();
  for (const r of created) {
    const properties = resolver.properties(r.id);
    if (properties instanceof Unknown) continue;
    const ids = new Set<string>();
    referencedIds(properties, ids);
    for (const id of ids) {
      if (id === r.id) continue;
      const list = index.get(id);
      if (list) list.push(r.id);
      else index.set(id, [r.id]);
    }
  }
  return index;
}

function groupBy(
  resources: readonly TemplateResource[],
  key: (r: TemplateResource) => string,
): Map<string, SourceId[]> {
  const groups = new Map<string, SourceId[]>();
  for (const r of resources) {
    const list = groups.get(key(r));
    if (list) list.push(r.id);
    else groups.set(key(r), [r.id]);
  }
  return groups;
}

/** SAM's `Globals.Function`, evaluated (null when the template has none). */
function resolveGlobals(template: Template, resolver: Resolver): Value {
  const value = resolver.resolve(template.globals.get('Function'), 1);
  return typeof value === 'symbol' ? null : value;
}
