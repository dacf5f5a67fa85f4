/**
 * Security groups and their separate rules.
 *
 * Egress: when Terraform creates a group it deletes the allow-all egress rule AWS
 * adds, and only the `egress` blocks (or separate egress rules) remain. So a group
 * without `egress` blocks has NO outbound rule (`outbound: []`), not AWS's default; the
 * same holds for aws_default_security_group, whose rules Terraform replaces. A plan or
 * state lists the group's actual egress rules, which gives the same answer.
 */
import type { SecurityGroupRule } from '../../model';
import type { Attrs } from '../attributes';
import { securityGroupRules } from '../rules';
import type { Mapped, Mapping } from './types';

const inline = (a: Attrs, name: 'ingress' | 'egress'): SecurityGroupRule[] =>
  a.blocks(name).flatMap((block) => securityGroupRules(block, a.id));

const securityGroup =
  (isDefault: boolean): Mapping =>
  (a) => ({
    concept: 'security-group',
    vpc: a.ref('vpc_id'),
    inbound: inline(a, 'ingress'),
    outbound: inline(a, 'egress'),
    ...(isDefault ? { isDefault } : {}),
  });

/**
 * A separate rule: one per peer. A resource with several CIDRs or groups (only
 * aws_security_group_rule can have them) keeps its first rule here; the reader folds
 * the others into the group (fold.ts), so nothing is lost.
 */
function separateRule(
  a: Attrs,
  direction: 'inbound' | 'outbound',
  vpcRuleResource: boolean,
): Mapped {
  const group = a.ref('security_group_id');
  const [rule, ...rules] = securityGroupRules(a, group, vpcRuleResource);
  return {
    concept: 'security-group-rule',
    group,
    direction,
    ...(rule ? { rule } : {}),
    ...(rules.length > 0 ? { fold: { into: 'group-rules', group, direction, rules } } : {}),
  };
}

export const SECURITY_GROUPS: Record<string, Mapping> = {
  aws_security_group: securityGroup(false),
  aws_default_security_group: securityGroup(true),
  aws_security_group_rule: (a) =>
    separateRule(a, a.str('type') === 'egress' ? 'outbound' : 'inbound', false),
  aws_vpc_security_group_ingress_rule: (a) => separateRule(a, 'inbound', true),
  aws_vpc_security_group_egress_rule: (a) => separateRule(a, 'outbound', true),
};
