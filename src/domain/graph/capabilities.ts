/**
 * What a node can do, from rules.md "Terms": which nodes can carry a WAF web ACL and
 * which count as workloads. Kept apart from the rules so the graph index and several
 * rule groups share one definition.
 */
import type { DiagramNode } from '../document/types';
import type { KindId } from '../kinds/types';

/** Kinds a web ACL can be associated with; API Gateway only for REST APIs. */
export const WAF_CAPABLE_KINDS: ReadonlySet<KindId> = new Set<KindId>([
  'cloudfront',
  'api-gateway',
  'alb',
  'appsync',
  'cognito-user-pool',
  'app-runner',
  'verified-access',
]);

/** rules.md *WAF-capable*: `api-gateway` counts only with `apiType` `rest`. */
export function isWafCapable(node: Pick<DiagramNode, 'kind' | 'props'>): boolean {
  if (!WAF_CAPABLE_KINDS.has(node.kind)) return false;
  // A missing apiType means the default, which is `rest` (kinds.md).
  return node.kind !== 'api-gateway' || (node.props.apiType ?? 'rest') === 'rest';
}

/** rules.md *Workload*. */
export const WORKLOAD_KINDS: ReadonlySet<KindId> = new Set<KindId>([
  'ec2',
  'lambda',
  'rds',
  's3',
  'ecr',
  'alb',
  'nlb',
  'api-gateway',
  'app-runner',
]);

export function isWorkload(node: Pick<DiagramNode, 'kind'>): boolean {
  return WORKLOAD_KINDS.has(node.kind);
}
