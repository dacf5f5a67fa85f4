/**
 * What traffic enters by: load balancers with their listeners and target groups,
 * CloudFront distributions and their origins, APIs, and what protects them (WAF web
 * ACLs, Shield).
 *
 * A ListenerRule is read as one more `listener` of its listener's load balancer, port
 * and protocol, forwarding to the rule's target groups: the diagram draws what a load
 * balancer forwards where, not the conditions that choose.
 */
import type { SourceId } from '../model';
import type { Field } from './field';
import type { ConceptPart, MapInput, Mapper } from './mapping';
import { oneOf, referrersOfType } from './mapping';
import { Unknown } from './values';

/** The target groups an action list forwards to (`TargetGroupArn`, or weighted `ForwardConfig`). */
function forwardedGroups(actions: Field): SourceId[] {
  const groups = actions.items().flatMap((action) => {
    const direct = action.get('TargetGroupArn');
    const weighted = action.get('ForwardConfig').get('TargetGroups').items();
    return [
      ...(direct.present ? [direct.ref()] : []),
      ...weighted.map((g) => g.get('TargetGroupArn').ref()),
    ].filter((id): id is SourceId => id !== undefined);
  });
  return [...new Set(groups)];
}

/** Where a listener listens: its load balancer, port and protocol. */
function listenerPlace(props: Field) {
  return {
    loadBalancer: props.get('LoadBalancerArn').ref(),
    port: props.get('Port').number(),
    protocol: props.get('Protocol').text(),
  };
}

function listener({ props }: MapInput): ConceptPart {
  return {
    concept: 'listener',
    ...listenerPlace(props),
    targetGroups: forwardedGroups(props.get('DefaultActions')),
  };
}

function listenerRule({ props, template }: MapInput): ConceptPart {
  const parent = props.get('ListenerArn').ref();
  return {
    concept: 'listener',
    ...(parent === undefined ? {} : listenerPlace(template.propsOf(parent))),
    targetGroups: forwardedGroups(props.get('Actions')),
  };
}

function loadBalancer({ props }: MapInput): ConceptPart {
  const subnets = [
    ...props.get('Subnets').refs(),
    ...props
      .get('SubnetMappings')
      .items()
      .flatMap((m) => m.get('SubnetId').ref() ?? []),
  ];
  return {
    concept: 'load-balancer',
    type: oneOf(props.get('Type'), ['application', 'network', 'gateway'] as const) ?? 'application',
    scheme: oneOf(props.get('Scheme'), ['internet-facing', 'internal'] as const),
    subnets: [...new Set(subnets)],
    groups: props.get('SecurityGroups').refs(),
  };
}

function distribution({ props }: MapInput): ConceptPart {
  const config = props.get('DistributionConfig');
  const origins = config
    .get('Origins')
    .items()
    .map((origin) => {
      const domain = origin.get('DomainName');
      const target = domain.referenced();
      const identity = origin.get('S3OriginConfig').get('OriginAccessIdentity');
      const control = origin.get('OriginAccessControlId');
      const protocol = oneOf(origin.get('CustomOriginConfig').get('OriginProtocolPolicy'), [
        'http-only',
        'https-only',
        'match-viewer',
      ] as const);
      return {
        id: origin.get('Id').written() ?? '',
        ...(target ? { target } : { domain: domain.written() }),
        // An empty OriginAccessIdentity is how a template says "none".
        accessControl: (identity.written() ?? '') !== '' || (control.written() ?? '') !== '',
        ...(protocol ? { protocol } : {}),
      };
    });
  const webAcl = config.get('WebACLId');
  return {
    concept: 'distribution',
    origins,
    ...(webAcl.present ? { webAcl: webAcl.resourceRef() } : {}),
  };
}

/** Whether any of a web ACL's rules has a statement of `kind`, nested statements included. */
function hasStatement(rules: Field, kind: string): boolean | undefined {
  const stack = rules.items().map((rule) => rule.value);
  if (rules.value instanceof Unknown) return undefined;
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) for (const item of value) stack.push(item);
    else if (value instanceof Map) {
      if (value.has(kind)) return true;
      for (const child of value.values()) stack.push(child);
    }
  }
  return false;
}

function webAcl({ props }: MapInput): ConceptPart {
  const rules = props.get('Rules');
  return {
    concept: 'web-acl',
    scope: oneOf(props.get('Scope'), ['cloudfront', 'regional'] as const),
    rateBasedRule: hasStatement(rules, 'RateBasedStatement'),
    managedRules: hasStatement(rules, 'ManagedRuleGroupStatement'),
  };
}

/** Supporting resources of the web ACLs that use them (directly or through a rule group). */
function ofWebAcls(input: MapInput): ConceptPart {
  const direct = referrersOfType(input, ['AWS::WAFv2::WebACL']);
  const viaGroups = referrersOfType(input, ['AWS::WAFv2::RuleGroup']).flatMap((group) =>
    input.template
      .referrers(group)
      .filter((r) => input.template.typeOf(r) === 'AWS::WAFv2::WebACL'),
  );
  return { concept: 'supporting', of: [...new Set([...direct, ...viaGroups])] };
}

function ofDistributions(input: MapInput): ConceptPart {
  return { concept: 'supporting', of: referrersOfType(input, ['AWS::CloudFront::Distribution']) };
}

export const EDGE_MAPPERS: Readonly<Record<string, Mapper>> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': loadBalancer,
  'AWS::ElasticLoadBalancingV2::Listener': listener,
  'AWS::ElasticLoadBalancingV2::ListenerRule': listenerRule,
  'AWS::ElasticLoadBalancingV2::TargetGroup': ({ props }) => ({
    concept: 'target-group',
    port: props.get('Port').number(),
    protocol: props.get('Protocol').text(),
    targetType: oneOf(props.get('TargetType'), ['instance', 'ip', 'lambda', 'alb'] as const),
    targets: props
      .get('Targets')
      .items()
      .flatMap((t) => t.get('Id').ref() ?? []),
  }),
  'AWS::CloudFront::Distribution': distribution,
  'AWS::CloudFront::OriginAccessControl': ofDistributions,
  'AWS::CloudFront::CloudFrontOriginAccessIdentity': ofDistributions,
  'AWS::WAFv2::WebACL': webAcl,
  'AWS::WAFv2::WebACLAssociation': ({ props }) => ({
    concept: 'web-acl-association',
    webAcl: props.get('WebACLArn').resourceRef(),
    resource: props.get('ResourceArn').ref(),
  }),
  'AWS::WAFv2::LoggingConfiguration': ({ props }) => ({
    concept: 'web-acl-logging',
    webAcl: props.get('ResourceArn').resourceRef(),
  }),
  'AWS::WAFv2::IPSet': ofWebAcls,
  'AWS::WAFv2::RegexPatternSet': ofWebAcls,
  'AWS::WAFv2::RuleGroup': ofWebAcls,
  'AWS::Shield::Protection': ({ props }) => {
    const status = props.get('ApplicationLayerAutomaticResponseConfiguration').get('Status');
    return {
      concept: 'shield-protection',
      resource: props.get('ResourceArn').ref(),
      ...(status.present ? { autoL7Mitigation: status.text() === 'ENABLED' } : {}),
    };
  },
  'AWS::ApiGateway::RestApi': () => ({ concept: 'api', apiType: 'rest' }),
  'AWS::ApiGatewayV2::Api': ({ props }) => ({
    concept: 'api',
    apiType: oneOf(props.get('ProtocolType'), ['http', 'websocket'] as const) ?? 'http',
  }),
};

/** SAM's APIs, read only when the template declares the SAM transform. */
export const SAM_EDGE_MAPPERS: Readonly<Record<string, Mapper>> = {
  'AWS::Serverless::Api': () => ({ concept: 'api', apiType: 'rest' }),
  'AWS::Serverless::HttpApi': () => ({ concept: 'api', apiType: 'http' }),
};
