/**
 * From resource instances (addresses, types, attribute values) to the model: one
 * mapping per type, the values it cannot know reported, then the folds between
 * resources. Shared by the HCL reader and the plan/state reader, which only differ in
 * how they produce the instances.
 */
import type { Localized } from '../../document/types';
import type { InfraModel, SourceId, UnknownValue } from '../model';
import { Attrs, type ReadContext } from './attributes';
import { applyFolds, type MappedResource } from './fold';
import { MAPPINGS } from './mapping';
import { UNKNOWN } from './texts';
import type { SourceInstance, SourceResources } from './source';
import { Unknown, valueAt, type Ref, type Value } from './values';

/** Attributes whose text names a resource, beside `id` and `arn`, by type. */
const NAMING_ATTRIBUTES = new Map<string, readonly string[]>(
  Object.entries({
    aws_s3_bucket: ['bucket', 'bucket_regional_domain_name', 'bucket_domain_name'],
    aws_lb: ['dns_name', 'name'],
    aws_alb: ['dns_name', 'name'],
    aws_db_subnet_group: ['name'],
    aws_rds_cluster: ['cluster_identifier'],
    aws_security_group: ['name'],
    aws_cloudwatch_event_rule: ['name'],
    aws_cloudfront_origin_access_identity: ['cloudfront_access_identity_path'],
    aws_apigatewayv2_api: ['api_endpoint'],
    aws_cloudfront_distribution: ['domain_name'],
    aws_iam_role: ['name'],
  }),
);

/** Resources by the texts that name them (ids, ARNs, names): how state values are references. */
function namingIndex(instances: readonly SourceInstance[]): Map<string, SourceId[]> {
  const index = new Map<string, SourceId[]>();
  for (const { address, type, body } of instances) {
    for (const attribute of ['id', 'arn', ...(NAMING_ATTRIBUTES.get(type) ?? [])]) {
      const text = body.get(attribute);
      if (typeof text !== 'string' || text === '') continue;
      const ids = index.get(text);
      if (!ids) index.set(text, [address]);
      else if (!ids.includes(address)) ids.push(address);
    }
  }
  return index;
}

/** A field the reader could not know is absent, not present as undefined. */
function withoutUndefined<T extends object>(resource: T): T {
  for (const key of Object.keys(resource) as (keyof T)[])
    if (resource[key] === undefined) delete resource[key];
  return resource;
}

export function mapResources(source: SourceResources): InfraModel {
  const byAddress = new Map(source.instances.map((i) => [i.address, i]));
  const index = namingIndex(source.instances);
  const unknowns: UnknownValue[] = [...source.unknowns];
  const seen = new Set<string>();
  const follow = (ref: Ref): Value => {
    const target = byAddress.get(ref.address);
    const value = target && valueAt(target.body, ref.path);
    return value ?? new Unknown(UNKNOWN.afterApply([ref.address, ...ref.path].join('.')));
  };
  const typeOf = (id: SourceId) => byAddress.get(id)?.type;
  const lookup = (text: string) => index.get(text) ?? [];

  const reportOn = (address: SourceId, property: string, reason: Localized) => {
    const key = `${address}\u0000${property}\u0000${reason.en}`;
    if (seen.has(key)) return;
    seen.add(key);
    const at = byAddress.get(address)?.at;
    unknowns.push({ resource: address, property, reason, ...(at ? { at } : {}) });
  };

  const mapped: MappedResource[] = source.instances.map((instance) => {
    const report = (property: string, reason: Localized) =>
      reportOn(instance.address, property, reason);
    const ctx: ReadContext = { id: instance.address, report, follow, lookup, typeOf };
    const attrs = new Attrs(instance.body, ctx);
    const mapping = MAPPINGS.get(instance.type);
    const part = mapping ? mapping(attrs) : { concept: 'not-drawn' as const };
    const name = attrs.nameTag();
    return withoutUndefined({
      id: instance.address,
      sourceType: instance.type,
      ...(name ? { name } : {}),
      ...(instance.at ? { at: instance.at } : {}),
      ...part,
    }) as MappedResource;
  });
  const resources = applyFolds(mapped, source.instances, lookup, reportOn);
  return { format: source.format, resources: [...resources, ...(source.extra ?? [])], unknowns };
}
