/**
 * The account's detection and audit services: GuardDuty, Security Hub, Inspector,
 * Macie, Detective, Config, CloudTrail, VPC flow logs, and what reacts to findings
 * (EventBridge rules, SNS topics).
 *
 * A service switched off in the template (a detector with `Enable: false`, a trail
 * with `IsLogging: false`, a paused Macie session, a disabled rule) is not drawn, so
 * the rules that look for it still fire.
 *
 * Inspector (v2) is switched on outside CloudFormation; its resources that exist only
 * where it is on (a CIS scan configuration, a findings filter) stand for it. A CIS
 * scan configuration scans EC2 instances; an Inspector Classic assessment template
 * scans EC2 instances only.
 */
import type { SourceId } from '../model';
import type { Field } from './field';
import type { ConceptPart, MapInput, Mapper } from './mapping';
import { referrersOfType } from './mapping';
import { NOT_DRAWN } from './messages';
import { Unknown } from './values';

/** GuardDuty's feature names (Features[].Name) → kinds.md's. */
const GUARDDUTY_FEATURES: Readonly<Record<string, string>> = {
  S3_DATA_EVENTS: 's3',
  EKS_AUDIT_LOGS: 'eks',
  EKS_RUNTIME_MONITORING: 'runtime',
  RUNTIME_MONITORING: 'runtime',
  EBS_MALWARE_PROTECTION: 'malware',
  RDS_LOGIN_EVENTS: 'rds',
  LAMBDA_NETWORK_LOGS: 'lambda',
};

/** The older DataSources block: the path of each flag → kinds.md's feature. */
const GUARDDUTY_DATA_SOURCES: readonly [readonly string[], string][] = [
  [['S3Logs', 'Enable'], 's3'],
  [['Kubernetes', 'AuditLogs', 'Enable'], 'eks'],
  [['MalwareProtection', 'ScanEc2InstanceWithFindings', 'EbsVolumes'], 'malware'],
];

/**
 * The features a template switches on; undefined when it names none (GuardDuty's
 * defaults). A feature it does not name is off.
 */
function guardDutyFeatures(props: Field): string[] | undefined {
  const features = props.get('Features');
  const sources = props.get('DataSources');
  if (!features.present && !sources.present) return undefined;
  const on = new Set<string>();
  const listed = features.items();
  if (features.value instanceof Unknown) return undefined;
  for (const feature of listed) {
    const name = feature.get('Name').text() ?? '';
    if (Object.hasOwn(GUARDDUTY_FEATURES, name) && feature.get('Status').text() === 'ENABLED')
      on.add(GUARDDUTY_FEATURES[name]);
  }
  for (const [path, feature] of GUARDDUTY_DATA_SOURCES) {
    const flag = path.reduce((f, key) => f.get(key), sources);
    if (flag.boolean() === true) on.add(feature);
  }
  return [...on].sort();
}

function detector(input: MapInput): ConceptPart {
  const { props } = input;
  if (props.get('Enable').boolean() === false)
    return { concept: 'not-drawn', reason: NOT_DRAWN.disabled('Enable: false') };
  // Members are invited from the administrator's detector; a Master resource accepts an invitation.
  const role =
    referrersOfType(input, ['AWS::GuardDuty::Member']).length > 0
      ? 'administrator'
      : referrersOfType(input, ['AWS::GuardDuty::Master']).length > 0
        ? 'member'
        : undefined;
  return { concept: 'guardduty', ...(role ? { role } : {}), features: guardDutyFeatures(props) };
}

/** An EventBridge pattern's sources (`aws.guardduty` → `guardduty`); the pattern may be JSON text. */
function patternSources(pattern: Field): string[] {
  let sources: unknown[];
  if (typeof pattern.value === 'string') {
    try {
      const parsed: unknown = JSON.parse(pattern.value);
      const source = new Map(Object.entries(parsed ?? {})).get('source');
      sources = Array.isArray(source) ? source : [source];
    } catch {
      sources = [];
    }
  } else
    sources = pattern
      .get('source')
      .items()
      .map((s) => s.written());
  return [
    ...new Set(sources.flatMap((s) => (typeof s === 'string' ? [s.replace(/^aws\./, '')] : []))),
  ];
}

function eventRule({ props }: MapInput): ConceptPart {
  if (props.get('State').text() === 'DISABLED')
    return { concept: 'not-drawn', reason: NOT_DRAWN.disabled('State: DISABLED') };
  const targets: SourceId[] = props
    .get('Targets')
    .items()
    .flatMap((t) => t.get('Arn').ref() ?? []);
  return { concept: 'event-rule', sources: patternSources(props.get('EventPattern')), targets };
}

function securityHubStandard({ props }: MapInput): ConceptPart {
  const arn = props.get('StandardsArn').written() ?? '';
  const standard = arn.includes('aws-foundational-security-best-practices')
    ? 'fsbp'
    : arn.includes('cis-aws-foundations-benchmark')
      ? 'cis'
      : undefined;
  return { concept: 'security-hub-standard', ...(standard ? { standard } : {}) };
}

export const DETECTION_MAPPERS: Readonly<Record<string, Mapper>> = {
  'AWS::GuardDuty::Detector': detector,
  'AWS::GuardDuty::Member': ({ props }) => ({
    concept: 'supporting',
    of: props.get('DetectorId').refs(),
  }),
  'AWS::GuardDuty::Master': ({ props }) => ({
    concept: 'supporting',
    of: props.get('DetectorId').refs(),
  }),
  // A hub enables AWS's default standards (FSBP and CIS) unless told not to.
  'AWS::SecurityHub::Hub': ({ props }) => {
    const defaults = props.get('EnableDefaultStandards');
    const enabled = defaults.present ? defaults.boolean() : true;
    return {
      concept: 'security-hub',
      ...(enabled === undefined ? {} : { standards: enabled ? ['fsbp', 'cis'] : [] }),
    };
  },
  'AWS::SecurityHub::Standard': securityHubStandard,
  'AWS::InspectorV2::CisScanConfiguration': () => ({ concept: 'inspector', ec2: true }),
  'AWS::InspectorV2::Filter': () => ({ concept: 'inspector' }),
  'AWS::Inspector::AssessmentTemplate': () => ({
    concept: 'inspector',
    ec2: true,
    ecr: false,
    lambdaStandard: false,
    lambdaCode: false,
  }),
  'AWS::Macie::Session': ({ props }) =>
    props.get('Status').text() === 'PAUSED'
      ? { concept: 'not-drawn', reason: NOT_DRAWN.disabled('Status: PAUSED') }
      : { concept: 'macie' },
  'AWS::Detective::Graph': () => ({ concept: 'detective' }),
  'AWS::Config::ConfigurationRecorder': () => ({ concept: 'config' }),
  'AWS::CloudTrail::Trail': ({ props }) =>
    props.get('IsLogging').boolean() === false
      ? { concept: 'not-drawn', reason: NOT_DRAWN.disabled('IsLogging: false') }
      : {
          concept: 'cloudtrail',
          // CloudFormation's default is a single-region trail.
          multiRegion: props.get('IsMultiRegionTrail').present
            ? props.get('IsMultiRegionTrail').boolean()
            : false,
          bucket: props.get('S3BucketName').ref(),
        },
  'AWS::Events::Rule': eventRule,
  'AWS::SNS::Topic': () => ({ concept: 'topic' }),
  'AWS::SNS::TopicPolicy': ({ props }) => ({
    concept: 'supporting',
    of: props.get('Topics').refs(),
  }),
  'AWS::SNS::Subscription': ({ props }) => ({
    concept: 'supporting',
    of: props.get('TopicArn').refs(),
  }),
};
