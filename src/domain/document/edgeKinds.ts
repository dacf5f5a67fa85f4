/**
 * How a missing edge kind is inferred from the kinds of its two nodes: the table of
 * docs/spec/format.md "Edge kinds", in its order, first match wins. The order matters:
 * waf → s3 is `protects` (the classic mistake WAF-01 flags), not `logs`.
 */
import type { KindId } from '../kinds/types';
import type { EdgeKind } from './types';

interface InferenceRow {
  kind: EdgeKind;
  sources: ReadonlySet<string>;
  /** When present, the target must be one of these too. */
  targets?: ReadonlySet<string>;
}

const INFERENCE: readonly InferenceRow[] = [
  {
    kind: 'protects',
    sources: new Set(['waf', 'shield', 'network-firewall', 'firewall-manager']),
  },
  {
    kind: 'findings',
    sources: new Set(['guardduty', 'inspector', 'macie', 'security-hub', 'detective']),
    targets: new Set(['security-hub', 'eventbridge', 'detective', 'sns', 'lambda']),
  },
  {
    kind: 'monitors',
    sources: new Set([
      'guardduty',
      'inspector',
      'macie',
      'detective',
      'config',
      'cloudtrail',
      'vpc-flow-logs',
      'security-hub',
      'ids-ips',
      'codeguru',
      'devops-guru',
    ]),
  },
  { kind: 'notifies', sources: new Set(['eventbridge', 'sns']) },
  {
    kind: 'logs',
    sources: new Set(['cloudfront', 'alb', 'nlb', 'waf', 'network-firewall']),
    targets: new Set(['s3']),
  },
];

export function inferEdgeKind(sourceKind: KindId, targetKind: KindId): EdgeKind {
  for (const row of INFERENCE) {
    if (row.sources.has(sourceKind) && (!row.targets || row.targets.has(targetKind))) {
      return row.kind;
    }
  }
  return 'traffic';
}
