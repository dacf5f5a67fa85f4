/**
 * A resource policy (an S3 bucket policy, an SNS topic policy, an SQS queue policy) as
 * the validator and the Policy Generator read it: the IAM policy grammar reduced to the
 * fields those need. Values AWS accepts as a string or a list are always lists here.
 */

export type Effect = 'Allow' | 'Deny';

/** `*` (anyone), or principals by type: `{ AWS: [...] }`, `{ Service: [...] }`, ... */
export type Principal = '*' | Readonly<Record<string, readonly string[]>>;

/** Operator → condition key → values, e.g. `{ StringEquals: { 'aws:SourceAccount': ['111122223333'] } }`. */
export type Conditions = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export interface Statement {
  sid?: string;
  effect: Effect;
  principal?: Principal;
  notPrincipal?: Principal;
  action?: readonly string[];
  notAction?: readonly string[];
  resource?: readonly string[];
  notResource?: readonly string[];
  condition?: Conditions;
}

export interface Policy {
  version?: string;
  statements: readonly Statement[];
}

/** True when the principal is anyone: `*`, or `{ AWS: '*' }`. */
export function isAnyone(principal: Principal | undefined): boolean {
  if (principal === undefined) return false;
  if (principal === '*') return true;
  return (principal.AWS ?? []).includes('*');
}

/** True when the statement has at least one condition key. */
export function hasCondition(statement: Statement): boolean {
  return Object.values(statement.condition ?? {}).some((keys) => Object.keys(keys).length > 0);
}
