/**
 * IAM roles: the access level from the AWS managed policies attached
 * (`ManagedPolicyArns`), the trust from `AssumeRolePolicyDocument`. What cannot be
 * placed (an inline or customer managed policy, a trust policy naming no account or
 * service) is reported unknown and the prop keeps its default (iamRoles.ts).
 */
import type { PolicyReading } from '../iamRoles';
import {
  managedPolicyLevel,
  readAccessLevel,
  ROLE_UNKNOWNS,
  trustOf,
  trustOfText,
} from '../iamRoles';
import type { Field } from './field';
import type { ConceptPart, MapInput, Mapper } from './mapping';
import type { Value } from './values';
import { RefText, ResRef, Unknown, written } from './values';

function managedPolicy(policy: Field): PolicyReading {
  const arn = policy.written();
  const level = arn === undefined ? undefined : managedPolicyLevel(arn);
  return {
    level,
    // A value unknown as a whole is reported with its own reason; a known one as a policy that cannot be placed.
    reportUnknown: () =>
      arn === undefined || policy.value instanceof Unknown
        ? policy.text()
        : policy.report(ROLE_UNKNOWNS.policy(arn)),
  };
}

/** A list unknown as a whole may hold any policy: one reading, reported with its own reason. */
function unknownList(field: Field): PolicyReading[] | undefined {
  return field.value instanceof Unknown
    ? [{ level: undefined, reportUnknown: () => field.text() }]
    : undefined;
}

function accessLevel(props: Field) {
  const managed = props.get('ManagedPolicyArns');
  const inline = props.get('Policies');
  const policies = unknownList(managed) ?? managed.items().map(managedPolicy);
  const inlinePolicies: PolicyReading[] =
    unknownList(inline) ??
    (inline.items().length > 0
      ? [{ level: undefined, reportUnknown: () => inline.report(ROLE_UNKNOWNS.inlinePolicies) }]
      : []);
  return readAccessLevel([...policies, ...inlinePolicies]);
}

/** A template value as plain JSON, texts with parts known only at deployment as written. */
function plain(value: Value | undefined): unknown {
  if (value instanceof ResRef || value instanceof Unknown) return written(value);
  if (value instanceof RefText) return value.parts.map(written).join('');
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Map) return Object.fromEntries([...value].map(([k, v]) => [k, plain(v)]));
  return value;
}

function trust(document: Field) {
  if (!document.present) return {};
  if (document.value instanceof Unknown) return document.text() ?? {};
  const read =
    typeof document.value === 'string'
      ? trustOfText(document.value)
      : trustOf(plain(document.value));
  if (read === undefined) document.report(ROLE_UNKNOWNS.trust);
  return read ?? {};
}

function role({ props }: MapInput): ConceptPart {
  const name = props.get('RoleName');
  return {
    concept: 'iam-role',
    ...(name.present ? { roleName: name.written() } : {}),
    accessLevel: accessLevel(props),
    ...trust(props.get('AssumeRolePolicyDocument')),
  };
}

export const IDENTITY_MAPPERS: Readonly<Record<string, Mapper>> = {
  'AWS::IAM::Role': role,
};
