/**
 * The shape of the kind catalogue (docs/spec/kinds.md). The catalogue itself is
 * `catalogue.ts`, the one place that lists the kinds.
 */
import type { Localized, PropValue, RuleRow } from '../document/values';

export type KindId =
  // containers
  | 'organization'
  | 'account'
  | 'region'
  | 'vpc'
  | 'subnet'
  | 'security-group'
  // edge, network, load balancing
  | 'internet'
  | 'internet-gateway'
  | 'nat-gateway'
  | 'route53'
  | 'cloudfront'
  | 'global-accelerator'
  | 'alb'
  | 'nlb'
  | 'network-acl'
  | 'network-firewall'
  // compute, application, data
  | 'ec2'
  | 'lambda'
  | 'rds'
  | 's3'
  | 'ecr'
  | 'api-gateway'
  | 'appsync'
  | 'cognito-user-pool'
  | 'app-runner'
  | 'verified-access'
  // protection
  | 'waf'
  | 'shield'
  | 'firewall-manager'
  | 'ids-ips'
  // detection, response, governance
  | 'guardduty'
  | 'security-hub'
  | 'inspector'
  | 'macie'
  | 'detective'
  | 'config'
  | 'cloudtrail'
  | 'vpc-flow-logs'
  | 'systems-manager'
  | 'eventbridge'
  | 'sns'
  // added beside the spec (docs/kinds.md)
  | 'sqs'
  | 'codeguru'
  | 'devops-guru'
  | 'artifact'
  | 'iam-role';

/** Palette groups, in palette order. */
export type KindCategory =
  'containers' | 'edge-network' | 'compute-data' | 'protection' | 'detection';

/**
 * Where a kind may be placed (kinds.md "Where a kind may be placed"). A kind lists one
 * or more; it is well placed when any of them allows its parent chain.
 * `top-or-org` and `top-org-account` serve the account and region containers;
 * `vpc-or-subnet` serves network-firewall, network-acl and the VPC default NACL.
 */
export type Placement =
  'top' | 'top-or-org' | 'top-org-account' | 'scope' | 'vpc' | 'vpc-any' | 'subnet' | 'subnet-any';

export type PropSpec =
  | { type: 'boolean'; default: boolean }
  | { type: 'string'; default: string }
  | { type: 'enum'; options: readonly string[]; default: string }
  /** A subset of `options` (GuardDuty features, Security Hub standards). */
  | { type: 'subset'; options: readonly string[]; default: readonly string[] }
  /** Node ids (a load balancer's subnets). */
  | { type: 'idList'; default: readonly string[] }
  | { type: 'sgRules'; default: readonly RuleRow[] }
  | { type: 'naclRules'; default: readonly RuleRow[] }
  /** A resource policy's JSON text (docs/kinds.md); empty = no policy. */
  | { type: 'policy'; default: '' };

export interface KindDef {
  id: KindId;
  name: Localized;
  category: KindCategory;
  placement: readonly Placement[];
  container: boolean;
  /** Prop name → spec, in inspector order. */
  props: Readonly<Record<string, PropSpec>>;
  /** Module name in `aws-react-icons/icons/…`, e.g. `ArchitectureServiceAWSWAF`. */
  icon: string;
  /** What the service is and does, from the seed notes' facts, in the project's own words. */
  description: Localized;
  /** Extra search words (both languages), e.g. "ガード" for GuardDuty. */
  keywords?: readonly string[];
  /** Default size of a container when dropped; leaves use LEAF_SIZE. */
  defaultSize?: { width: number; height: number };
}

export type { PropValue };
