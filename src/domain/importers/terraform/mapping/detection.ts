/**
 * Detection and response: GuardDuty, Security Hub, Inspector, Macie, Detective,
 * Config, CloudTrail, EventBridge and SNS. GuardDuty's features, members and
 * organization settings are separate resources; fold.ts gathers them onto the
 * detector, and they are `supporting` it.
 */
import type { Mapping } from './types';
import { supportingOf } from './types';

const DETECTOR = ['aws_guardduty_detector'];

/** `datasources` block paths → kinds.md feature names. */
const DATASOURCES: [string[], string][] = [
  [['s3_logs'], 's3'],
  [['kubernetes', 'audit_logs'], 'eks'],
  [['malware_protection', 'scan_trigger_resource_types', 'ebs_volumes'], 'malware'],
];

/** Every GuardDuty feature of kinds.md, on unless the source turns it off. */
export const GUARDDUTY_FEATURES = ['s3', 'eks', 'lambda', 'rds', 'malware', 'runtime'];

/** aws_guardduty_detector_feature names → kinds.md feature names. */
export const DETECTOR_FEATURES = new Map<string, string>(
  Object.entries({
    S3_DATA_EVENTS: 's3',
    EKS_AUDIT_LOGS: 'eks',
    EBS_MALWARE_PROTECTION: 'malware',
    RDS_LOGIN_EVENTS: 'rds',
    EKS_RUNTIME_MONITORING: 'runtime',
    RUNTIME_MONITORING: 'runtime',
    LAMBDA_NETWORK_LOGS: 'lambda',
  }),
);

const STANDARDS: [RegExp, 'fsbp' | 'cis'][] = [
  [/aws-foundational-security-best-practices/, 'fsbp'],
  [/cis-aws-foundations-benchmark/, 'cis'],
];

/** The services an EventBridge pattern's `source` names: `aws.guardduty` → `guardduty`. */
function patternSources(pattern: string | undefined): string[] {
  if (pattern === undefined) return [];
  try {
    const parsed: unknown = JSON.parse(pattern);
    const source =
      parsed && typeof parsed === 'object' ? (parsed as { source?: unknown }).source : undefined;
    const list = Array.isArray(source) ? source : [source];
    return list.flatMap((s) => (typeof s === 'string' && s.startsWith('aws.') ? [s.slice(4)] : []));
  } catch {
    return [];
  }
}

const detectorRole =
  (role: 'administrator' | 'member'): Mapping =>
  (a) => ({
    ...supportingOf('detector_id', DETECTOR)(a),
    fold: { into: 'detector-role', detector: a.ref('detector_id', DETECTOR), role },
  });

export const DETECTION: Record<string, Mapping> = {
  aws_guardduty_detector: (a) => {
    const datasources = a.block('datasources');
    if (!datasources) return { concept: 'guardduty' };
    const off = DATASOURCES.filter(([path]) => {
      let block = datasources.block(path[0]);
      for (const name of path.slice(1)) block = block?.block(name);
      return block?.bool('enable') === false;
    }).map(([, feature]) => feature);
    return { concept: 'guardduty', features: GUARDDUTY_FEATURES.filter((f) => !off.includes(f)) };
  },
  aws_guardduty_detector_feature: (a) => {
    const status = a.str('status')?.toUpperCase();
    return {
      ...supportingOf('detector_id', DETECTOR)(a),
      fold: {
        into: 'detector-feature',
        detector: a.ref('detector_id', DETECTOR),
        feature: DETECTOR_FEATURES.get(a.str('name')?.toUpperCase() ?? ''),
        on: status !== 'DISABLED',
      },
    };
  },
  // A detector with members or organization settings is the organization's administrator.
  aws_guardduty_member: detectorRole('administrator'),
  aws_guardduty_organization_configuration: detectorRole('administrator'),
  aws_guardduty_invite_accepter: detectorRole('member'),
  // Designating the delegated administrator: the configuration manages the organization's GuardDuty.
  aws_guardduty_organization_admin_account: () => ({
    concept: 'supporting',
    of: [],
    fold: { into: 'detector-role', role: 'administrator' },
  }),
  aws_securityhub_account: (a) =>
    a.bool('enable_default_standards') === false
      ? { concept: 'security-hub', standards: [] }
      : { concept: 'security-hub' },
  aws_securityhub_standards_subscription: (a) => {
    const arn = a.template('standards_arn') ?? '';
    return {
      concept: 'security-hub-standard',
      standard: STANDARDS.find(([pattern]) => pattern.test(arn))?.[1],
    };
  },
  aws_inspector2_enabler: (a) => {
    const types = a.strs('resource_types').map((t) => t.toUpperCase());
    const on = (type: 'EC2' | 'ECR' | 'LAMBDA' | 'LAMBDA_CODE') => types.includes(type);
    return {
      concept: 'inspector',
      ec2: on('EC2'),
      ecr: on('ECR'),
      lambdaStandard: on('LAMBDA'),
      lambdaCode: on('LAMBDA_CODE'),
    };
  },
  aws_macie2_account: () => ({ concept: 'macie' }),
  aws_detective_graph: () => ({ concept: 'detective' }),
  aws_config_configuration_recorder: () => ({ concept: 'config' }),
  aws_cloudtrail: (a) => ({
    concept: 'cloudtrail',
    // The provider's default is a single-region trail.
    multiRegion: a.bool('is_multi_region_trail') ?? false,
    bucket: a.ref('s3_bucket_name', ['aws_s3_bucket']),
  }),
  aws_cloudwatch_event_rule: (a) => ({
    concept: 'event-rule',
    sources: patternSources(a.str('event_pattern')),
    targets: [],
  }),
  aws_cloudwatch_event_target: (a) => ({
    concept: 'event-target',
    rule: a.ref('rule', ['aws_cloudwatch_event_rule']),
    target: a.ref('arn'),
  }),
  aws_sns_topic: () => ({ concept: 'topic' }),
  aws_sns_topic_policy: supportingOf('arn', ['aws_sns_topic']),
  aws_sns_topic_subscription: supportingOf('topic_arn', ['aws_sns_topic']),
};
