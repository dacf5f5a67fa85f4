/**
 * What CloudFormation and Terraform write alike about an IAM role: the AWS managed
 * policies attached (which give kinds.md's `accessLevel`) and the trust policy (which
 * gives `trust` and `trustedPrincipal`). Each reader hands over what it read; a value
 * these functions cannot place is undefined, and the reader reports it as unknown.
 */
import type { Localized } from '../document/types';

export type AccessLevel = 'read-only' | 'power-user' | 'administrator';

/** The AWS managed policies for job functions, by the part of the ARN after `policy/`. */
const MANAGED_POLICY_LEVELS: ReadonlyMap<string, AccessLevel> = new Map([
  ['AdministratorAccess', 'administrator'],
  ['PowerUserAccess', 'power-user'],
  ['ReadOnlyAccess', 'read-only'],
  ['ViewOnlyAccess', 'read-only'],
  ['job-function/ViewOnlyAccess', 'read-only'],
  ['SecurityAudit', 'read-only'],
]);

const RANK: readonly AccessLevel[] = ['read-only', 'power-user', 'administrator'];

/**
 * `arn:aws:iam::aws:policy/PowerUserAccess` → `power-user`; undefined for any other
 * policy. Any partition, even one written `${AWS::Partition}`.
 */
export function managedPolicyLevel(arn: string): AccessLevel | undefined {
  const match = /^arn:(?:\$\{AWS::Partition\}|[^:]+):iam::aws:policy\/(.+)$/.exec(arn.trim());
  return match ? MANAGED_POLICY_LEVELS.get(match[1]) : undefined;
}

/**
 * What a role's policies add up to: `administrator` as soon as one is
 * AdministratorAccess (nothing grants more); otherwise undefined when one of them
 * cannot be placed (undefined: an inline or customer managed policy may grant
 * anything), else the widest. No policy at all grants nothing: undefined, the default.
 */
export function accessLevelOf(
  levels: readonly (AccessLevel | undefined)[],
): AccessLevel | undefined {
  if (levels.includes('administrator')) return 'administrator';
  if (levels.includes(undefined)) return undefined;
  let widest: AccessLevel | undefined;
  for (const level of levels)
    if (level !== undefined && (widest === undefined || RANK.indexOf(level) > RANK.indexOf(widest)))
      widest = level;
  return widest;
}

/**
 * One policy of a role as a reader saw it: its level, or, when it cannot be placed,
 * how to report that. Reported only when the role's level is then unknown: an
 * AdministratorAccess beside it decides the level whatever the others grant.
 */
export interface PolicyReading {
  level: AccessLevel | undefined;
  reportUnknown(): void;
}

export function readAccessLevel(policies: readonly PolicyReading[]): AccessLevel | undefined {
  const level = accessLevelOf(policies.map((p) => p.level));
  if (level === undefined) for (const p of policies) if (p.level === undefined) p.reportUnknown();
  return level;
}

/** A trust policy written as JSON text (a Terraform `assume_role_policy`, a CloudFormation string). */
export function trustOfText(text: string): RoleTrust | undefined {
  try {
    return trustOf(JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

export interface RoleTrust {
  trust: 'account' | 'service';
  /** The service principals, or the account ids and ARNs, joined by ", ". */
  trustedPrincipal: string;
}

const textsOf = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string');

/**
 * The trust a trust policy (as plain JSON) grants: the principals of its `Allow`
 * statements. Accounts (`AWS`) win over services when both are named, as a person
 * of that account may then assume the role. Undefined when it names neither (a
 * federated principal, a document that is not a policy).
 */
export function trustOf(document: unknown): RoleTrust | undefined {
  if (document === null || typeof document !== 'object') return undefined;
  const statement = (document as Record<string, unknown>).Statement;
  const services: string[] = [];
  const accounts: string[] = [];
  for (const s of Array.isArray(statement) ? statement : [statement]) {
    if (s === null || typeof s !== 'object') continue;
    const { Effect: effect, Principal: principal } = s as Record<string, unknown>;
    if (effect !== 'Allow') continue;
    if (principal === '*') accounts.push('*');
    if (principal === null || typeof principal !== 'object') continue;
    const { Service: service, AWS: aws } = principal as Record<string, unknown>;
    services.push(...textsOf(service));
    accounts.push(...textsOf(aws));
  }
  const unique = (list: string[]) => [...new Set(list)].join(', ');
  if (accounts.length > 0) return { trust: 'account', trustedPrincipal: unique(accounts) };
  if (services.length > 0) return { trust: 'service', trustedPrincipal: unique(services) };
  return undefined;
}

/** Why a role's access level or trust is unknown, for the import report. */
export const ROLE_UNKNOWNS: {
  policy: (arn: string) => Localized;
  inlinePolicies: Localized;
  trust: Localized;
} = {
  policy: (arn) => ({
    en: `${arn} is not an AWS managed policy for a job function: the access level cannot be known`,
    ja: `${arn} は職務機能の AWS 管理ポリシーではないため、アクセスレベルが分かりません`,
  }),
  inlinePolicies: {
    en: 'inline policies may grant anything: the access level cannot be known',
    ja: 'インラインポリシーは何でも許可できるため、アクセスレベルが分かりません',
  },
  trust: {
    en: 'the trust policy names no AWS account or service principal',
    ja: '信頼ポリシーに AWS アカウントやサービスのプリンシパルがありません',
  },
};
