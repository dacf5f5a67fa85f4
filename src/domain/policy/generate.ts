/**
 * The Policy Generator: one statement from effect, principal, actions, resource and an
 * optional condition, appended to the policy already there (as AWS's generator adds
 * statements one by one). The existing statements are kept as written, fields the
 * model does not read included.
 */
import { parseJson } from '../document/jsonSyntax';
import type { Effect } from './model';
import { parsePolicy } from './parse';
import type { PolicyProblem } from './parse';

export const POLICY_VERSION = '2012-10-17';

export type PrincipalChoice =
  | { type: 'anyone' }
  /** A 12-digit account id, or an account or role ARN. */
  | { type: 'account'; id: string }
  /** A service principal such as `sns.amazonaws.com`. */
  | { type: 'service'; name: string };

/** The condition keys the generator offers, each with the operator AWS documents for it. */
export const CONDITION_OPERATORS = {
  'aws:SourceArn': 'ArnLike',
  'aws:SourceAccount': 'StringEquals',
  'aws:SecureTransport': 'Bool',
  'aws:PrincipalOrgID': 'StringEquals',
} as const;
export type ConditionKey = keyof typeof CONDITION_OPERATORS;

export interface StatementInput {
  effect: Effect;
  principal: PrincipalChoice;
  actions: readonly string[];
  resource: string;
  condition?: { key: ConditionKey; value: string };
}

type JsonStatement = Record<string, unknown>;

function principalJson(choice: PrincipalChoice): unknown {
  switch (choice.type) {
    case 'anyone':
      return '*';
    case 'account':
      // A bare account id is written as the account root ARN, as the AWS console does.
      return {
        AWS: /^\d{12}$/.test(choice.id.trim())
          ? `arn:aws:iam::${choice.id.trim()}:root`
          : choice.id.trim(),
      };
    case 'service':
      return { Service: choice.name.trim() };
  }
}

/** One statement in the JSON form of the IAM policy grammar. */
export function statementJson(input: StatementInput): JsonStatement {
  const actions = input.actions.map((a) => a.trim()).filter(Boolean);
  const statement: JsonStatement = {
    Effect: input.effect,
    Principal: principalJson(input.principal),
    Action: actions.length === 1 ? actions[0] : actions,
    Resource: input.resource.trim(),
  };
  if (input.condition && input.condition.value.trim() !== '') {
    const { key, value } = input.condition;
    const operator = CONDITION_OPERATORS[key];
    const typed = operator === 'Bool' ? value.trim() === 'true' : value.trim();
    statement.Condition = { [operator]: { [key]: typed } };
  }
  return statement;
}

export type AppendResult = { ok: true; text: string } | { ok: false; problem: PolicyProblem };

/**
 * `existing` with the statement added (a blank text starts a new policy). A policy that
 * does not parse is not touched: the caller shows the problem instead.
 */
export function appendStatement(existing: string, input: StatementInput): AppendResult {
  const parsed = parsePolicy(existing);
  if (!parsed.ok) return parsed;
  const statement = statementJson(input);
  if (parsed.policy.statements.length === 0)
    return { ok: true, text: toText({ Version: POLICY_VERSION, Statement: [statement] }) };
  const root = (parseJson(existing) as { ok: true; value: Record<string, unknown> }).value;
  const before = Array.isArray(root.Statement) ? root.Statement : [root.Statement];
  return { ok: true, text: toText({ ...root, Statement: [...before, statement] }) };
}

function toText(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
