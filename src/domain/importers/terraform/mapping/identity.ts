/**
 * IAM roles: the access level from the AWS managed policies attached
 * (`managed_policy_arns`, and `aws_iam_role_policy_attachment` resources folded into
 * the role by fold.ts), the trust from `assume_role_policy` (JSON text, which
 * `jsonencode` of known values also gives). What cannot be placed is reported unknown
 * and the prop keeps its default (iamRoles.ts).
 */
import type { Attrs } from '../attributes';
import { managedPolicyLevel, ROLE_UNKNOWNS, trustOfText } from '../../iamRoles';
import type { Mapping, PolicyUse } from './types';
import { supportingOf } from './types';

const ROLE_TYPES = ['aws_iam_role'];

/** A policy ARN as read; an unknown value was reported by the read itself. */
function policyUse(text: string | undefined, property: string): PolicyUse {
  if (text === undefined) return { level: undefined };
  const level = managedPolicyLevel(text);
  return level === undefined
    ? { level, unknown: { property, reason: ROLE_UNKNOWNS.policy(text) } }
    : { level };
}

function trust(a: Attrs) {
  if (!a.isSet('assume_role_policy')) return {};
  const text = a.str('assume_role_policy');
  if (text === undefined) return {};
  const read = trustOfText(text);
  if (read === undefined) a.reportOn('assume_role_policy', ROLE_UNKNOWNS.trust);
  return read ?? {};
}

const role: Mapping = (a) => {
  const policies = a
    .strsOrUnknown('managed_policy_arns')
    .map(({ text, property }) => policyUse(text, property));
  const inline = a.blocks('inline_policy').filter((b) => b.isSet('policy'));
  if (inline.length > 0)
    policies.push({
      level: undefined,
      unknown: { property: 'inline_policy', reason: ROLE_UNKNOWNS.inlinePolicies },
    });
  return { concept: 'iam-role', roleName: a.str('name'), ...trust(a), policies };
};

export const IDENTITY: Record<string, Mapping> = {
  aws_iam_role: role,
  aws_iam_role_policy_attachment: (a) => ({
    ...supportingOf('role', ROLE_TYPES)(a),
    fold: {
      into: 'role-policy',
      role: a.ref('role', ROLE_TYPES),
      policy: policyUse(a.str('policy_arn'), 'policy_arn'),
    },
  }),
};
