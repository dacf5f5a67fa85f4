/**
 * Where data and code live, and the firewalls in front: S3 buckets, RDS databases,
 * Lambda functions, Network Firewall and Firewall Manager policies.
 *
 * An Aurora cluster is one database: its DBInstances are part of it, and the cluster
 * is publicly accessible when one of its instances is (an instance of the cluster
 * answers on the cluster's endpoint).
 */
import type { ResourceRef, SourceId } from '../model';
import type { Field } from './field';
import type { ConceptPart, MapInput, Mapper, TemplateContext } from './mapping';
import { referrersOfType, tagsOf } from './mapping';

const BLOCK_FLAGS = [
  'BlockPublicAcls',
  'BlockPublicPolicy',
  'IgnorePublicAcls',
  'RestrictPublicBuckets',
];

/** All four flags true → blocked; a flag false or left out (it defaults to false) → not; absent → undefined. */
function blockPublicAccess(config: Field): boolean | undefined {
  if (!config.present) return undefined;
  const flags = BLOCK_FLAGS.map((k) => (config.get(k).present ? config.get(k).boolean() : false));
  if (flags.includes(undefined)) return undefined;
  return flags.every((f) => f === true);
}

/** The template's DBCluster an instance belongs to, if any. */
function clusterOf(props: Field, template: TemplateContext): SourceId | undefined {
  const cluster = props.get('DBClusterIdentifier');
  if (!cluster.present) return undefined;
  const id = cluster.ref();
  return id !== undefined && template.typeOf(id) === 'AWS::RDS::DBCluster' ? id : undefined;
}

function dbInstance({ props, template }: MapInput): ConceptPart {
  const cluster = clusterOf(props, template);
  if (cluster !== undefined) return { concept: 'supporting', of: [cluster] };
  return {
    concept: 'database',
    subnetGroup: props.get('DBSubnetGroupName').ref(),
    groups: props.get('VPCSecurityGroups').refs(),
    publiclyAccessible: props.get('PubliclyAccessible').boolean(),
  };
}

function dbCluster(input: MapInput): ConceptPart {
  const { props, template } = input;
  const members = referrersOfType(input, ['AWS::RDS::DBInstance']).filter(
    (m) => clusterOf(template.propsOf(m), template) === input.id,
  );
  const flags = members.map((m) => template.propsOf(m).get('PubliclyAccessible').boolean());
  const own = props.get('PubliclyAccessible').boolean();
  return {
    concept: 'database',
    subnetGroup: props.get('DBSubnetGroupName').ref(),
    groups: props.get('VpcSecurityGroupIds').refs(),
    publiclyAccessible: flags.includes(true) ? true : own,
  };
}

function lambdaFunction({ props }: MapInput, vpcConfig = props.get('VpcConfig')): ConceptPart {
  return {
    concept: 'function',
    subnets: vpcConfig.get('SubnetIds').refs(),
    groups: vpcConfig.get('SecurityGroupIds').refs(),
  };
}

function firewall({ props, template }: MapInput): ConceptPart {
  const policy = props.get('FirewallPolicyArn').ref();
  const rules = policy === undefined ? undefined : template.propsOf(policy).get('FirewallPolicy');
  const groups = rules
    ? ['StatelessRuleGroupReferences', 'StatefulRuleGroupReferences'].flatMap((k) =>
        rules.get(k).items(),
      )
    : undefined;
  return {
    concept: 'network-firewall',
    vpc: props.get('VpcId').ref(),
    subnets: props
      .get('SubnetMappings')
      .items()
      .flatMap((m) => m.get('SubnetId').ref() ?? []),
    hasRules: groups && groups.length > 0,
  };
}

function ofFirewalls(input: MapInput): ConceptPart {
  const firewalls = (id: SourceId) =>
    input.template
      .referrers(id)
      .filter((r) => input.template.typeOf(r) === 'AWS::NetworkFirewall::Firewall');
  const viaPolicies = referrersOfType(input, ['AWS::NetworkFirewall::FirewallPolicy']).flatMap(
    firewalls,
  );
  return { concept: 'supporting', of: [...new Set([...firewalls(input.id), ...viaPolicies])] };
}

/** The resource types a Firewall Manager policy applies to. */
function policyTypes(props: Field): string[] {
  const type = props.get('ResourceType').text();
  if (type !== 'ResourceTypeList') return type === undefined ? [] : [type];
  return props
    .get('ResourceTypeList')
    .items()
    .flatMap((t) => t.text() ?? []);
}

/**
 * Every resource of the template a Firewall Manager policy covers: of its resource
 * types, narrowed by its resource tags (all of them unless the operator is OR; an
 * empty tag value matches any value), or widened to all but those when it excludes them.
 */
function fmsPolicy({ props, template }: MapInput): ConceptPart {
  const wanted = props
    .get('ResourceTags')
    .items()
    .map((t) => [t.get('Key').written() ?? '', t.get('Value').written() ?? ''] as const);
  const exclude = props.get('ExcludeResourceTags').boolean() ?? false;
  const any = props.get('ResourceTagLogicalOperator').text() === 'OR';
  const matches = (id: SourceId) => {
    if (wanted.length === 0) return true;
    const tags = tagsOf(template.propsOf(id));
    const has = ([k, v]: readonly [string, string]) =>
      tags.has(k) && (v === '' || tags.get(k) === v);
    const tagged = any ? wanted.some(has) : wanted.every(has);
    return exclude ? !tagged : tagged;
  };
  const protects: ResourceRef[] = policyTypes(props)
    .flatMap((type) => template.ofType(type))
    .filter(matches)
    .map((ref) => ({ ref }));
  return { concept: 'firewall-manager-policy', protects };
}

export const DATA_MAPPERS: Readonly<Record<string, Mapper>> = {
  'AWS::S3::Bucket': ({ props }) => ({
    concept: 'bucket',
    blockPublicAccess: blockPublicAccess(props.get('PublicAccessBlockConfiguration')),
  }),
  'AWS::S3::BucketPolicy': ({ props }) => ({
    concept: 'supporting',
    of: props.get('Bucket').refs(),
  }),
  'AWS::RDS::DBInstance': dbInstance,
  'AWS::RDS::DBCluster': dbCluster,
  'AWS::RDS::DBSubnetGroup': ({ props }) => ({
    concept: 'db-subnet-group',
    subnets: props.get('SubnetIds').refs(),
  }),
  'AWS::Lambda::Function': (input) => lambdaFunction(input),
  'AWS::NetworkFirewall::Firewall': firewall,
  'AWS::NetworkFirewall::FirewallPolicy': ofFirewalls,
  'AWS::NetworkFirewall::RuleGroup': ofFirewalls,
  'AWS::NetworkFirewall::LoggingConfiguration': ({ props }) => ({
    concept: 'network-firewall-logging',
    firewall: props.get('FirewallArn').ref(),
  }),
  'AWS::FMS::Policy': fmsPolicy,
};

/** A SAM function takes what it leaves out of its VPC configuration from `Globals.Function`. */
export const SAM_DATA_MAPPERS: Readonly<Record<string, Mapper>> = {
  'AWS::Serverless::Function': (input) => {
    const own = input.props.get('VpcConfig');
    return lambdaFunction(
      input,
      own.present ? own : input.template.samFunctionGlobals(input.id).get('VpcConfig'),
    );
  },
};
