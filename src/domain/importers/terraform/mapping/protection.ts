/**
 * CloudFront, WAF, Shield, Firewall Manager and Network Firewall. Policies, IP sets,
 * rule groups and origin access controls only configure others: they are
 * `supporting`, drawn as part of what refers to them (fold.ts finds who).
 */
import type { Attrs } from '../attributes';
import { MAX_VALUE_DEPTH } from '../values';
import type { Mapping } from './types';
import { supportingOf, supportingOfReferrers } from './types';

const ORIGIN_PROTOCOLS = ['http-only', 'https-only', 'match-viewer'] as const;

const distribution: Mapping = (a) => ({
  concept: 'distribution',
  origins: a.blocks('origin').map((o) => {
    const { ref, text } = o.mention('domain_name');
    const protocol = o.block('custom_origin_config')?.str('origin_protocol_policy');
    return {
      id: o.str('origin_id') ?? '',
      ...(ref ? { target: ref } : text ? { domain: text } : {}),
      accessControl:
        o.isSet('origin_access_control_id') ||
        (o.block('s3_origin_config')?.isSet('origin_access_identity') ?? false),
      ...((ORIGIN_PROTOCOLS as readonly string[]).includes(protocol ?? '')
        ? { protocol: protocol as (typeof ORIGIN_PROTOCOLS)[number] }
        : {}),
    };
  }),
  webAcl: a.target('web_acl_id'),
});

/** Whether any statement of the rules, at any depth of and/or/not statements, has this key. */
function hasStatement(rules: Attrs[], key: string): boolean {
  const search = (statement: Attrs, depth: number): boolean =>
    depth < MAX_VALUE_DEPTH &&
    (statement.raw(key) !== undefined ||
      ['and_statement', 'or_statement', 'not_statement'].some((nested) =>
        statement
          .blocks(nested)
          .some((n) => n.blocks('statement').some((s) => search(s, depth + 1))),
      ) ||
      statement
        .blocks('rate_based_statement')
        .some((r) => r.blocks('scope_down_statement').some((s) => search(s, depth + 1))));
  return rules.some((rule) => rule.blocks('statement').some((s) => search(s, 0)));
}

const webAcl: Mapping = (a) => {
  const scope = a.str('scope')?.toUpperCase();
  const rules = a.blocks('rule');
  return {
    concept: 'web-acl',
    scope: scope === 'CLOUDFRONT' ? 'cloudfront' : scope === 'REGIONAL' ? 'regional' : undefined,
    rateBasedRule: hasStatement(rules, 'rate_based_statement'),
    managedRules: hasStatement(rules, 'managed_rule_group_statement'),
  };
};

export const PROTECTION: Record<string, Mapping> = {
  aws_cloudfront_distribution: distribution,
  aws_cloudfront_origin_access_control: supportingOfReferrers,
  aws_cloudfront_origin_access_identity: supportingOfReferrers,
  aws_wafv2_web_acl: webAcl,
  aws_wafv2_web_acl_association: (a) => ({
    concept: 'web-acl-association',
    webAcl: a.target('web_acl_arn'),
    resource: a.ref('resource_arn'),
  }),
  aws_wafv2_web_acl_logging_configuration: (a) => ({
    concept: 'web-acl-logging',
    webAcl: a.target('resource_arn'),
  }),
  aws_wafv2_ip_set: supportingOfReferrers,
  aws_wafv2_rule_group: supportingOfReferrers,
  aws_shield_protection: (a) => ({ concept: 'shield-protection', resource: a.ref('resource_arn') }),
  // Turns on autoL7Mitigation of the protection of the same resource (fold.ts).
  aws_shield_application_layer_automatic_response: (a) => ({
    ...supportingOf('resource_arn')(a),
    fold: { into: 'shield-l7', resource: a.ref('resource_arn') },
  }),
  aws_fms_policy: () => ({ concept: 'firewall-manager-policy', protects: [] }),
  aws_networkfirewall_firewall: (a) => ({
    concept: 'network-firewall',
    vpc: a.ref('vpc_id'),
    subnets: [...new Set(a.blocks('subnet_mapping').flatMap((m) => m.ref('subnet_id') ?? []))],
    // Whether its policy has rule groups is decided in fold.ts, from the policy resource.
    fold: { into: 'firewall-policy', policy: a.ref('firewall_policy_arn') },
  }),
  aws_networkfirewall_logging_configuration: (a) => ({
    concept: 'network-firewall-logging',
    firewall: a.ref('firewall_arn'),
  }),
  aws_networkfirewall_firewall_policy: (a) => {
    const policy = a.block('firewall_policy');
    const groups = ['stateless_rule_group_reference', 'stateful_rule_group_reference'];
    return {
      ...supportingOfReferrers(a),
      fold: {
        into: 'policy-rules',
        hasRules: groups.some((g) => (policy?.blocks(g).length ?? 0) > 0),
      },
    };
  },
  aws_networkfirewall_rule_group: supportingOfReferrers,
};
