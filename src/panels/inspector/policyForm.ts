/**
 * The view model of the inspector's policy editor: what the text area says of its text,
 * and the Policy Generator's form turned into a statement appended to the policy.
 * Plain functions, so that the rules of the form are tested without rendering.
 */
import type { DiagramNode, Localized } from '../../domain/document/types';
import type { Effect } from '../../domain/policy/model';
import { CONDITION_OPERATORS, appendStatement } from '../../domain/policy/generate';
import type { ConditionKey, PrincipalChoice, StatementInput } from '../../domain/policy/generate';
import { parsePolicy } from '../../domain/policy/parse';
import { policyProblemText } from '../../domain/policy/problemText';
import { POLICY_ACTIONS, resourceArn } from '../../domain/policy/resources';
import type { MessageKey } from '../../i18n';

export const CONDITION_KEYS = Object.keys(CONDITION_OPERATORS) as ConditionKey[];

/** What is wrong with a typed policy, or null when it is valid (or empty). */
export function policyTextError(text: string): Localized | null {
  const parsed = parsePolicy(text);
  return parsed.ok ? null : policyProblemText(parsed.problem);
}

export interface GeneratorForm {
  effect: Effect;
  principal: PrincipalChoice['type'];
  account: string;
  service: string;
  /** Actions ticked from the kind's list. */
  actions: readonly string[];
  /** Further actions typed, comma-separated. */
  otherActions: string;
  resource: string;
  /** '' for no condition. */
  conditionKey: ConditionKey | '';
  conditionValue: string;
}

/** The actions offered for a node's kind. */
export function actionsOf(node: Pick<DiagramNode, 'kind'>): readonly string[] {
  return POLICY_ACTIONS[node.kind] ?? [];
}

export function initialForm(node: Pick<DiagramNode, 'kind' | 'id' | 'label'>): GeneratorForm {
  return {
    effect: 'Allow',
    principal: 'anyone',
    account: '',
    service: '',
    actions: actionsOf(node).slice(0, 1),
    otherActions: '',
    resource: resourceArn(node.kind, node.label?.trim() || node.id),
    conditionKey: '',
    conditionValue: '',
  };
}

export type FormResult = { ok: true; input: StatementInput } | { ok: false; error: MessageKey };

/** The statement the form describes, or what the user must fill in first. */
export function statementOfForm(form: GeneratorForm): FormResult {
  let principal: PrincipalChoice;
  if (form.principal === 'account') {
    if (!form.account.trim()) return { ok: false, error: 'policy.error.account' };
    principal = { type: 'account', id: form.account };
  } else if (form.principal === 'service') {
    if (!form.service.trim()) return { ok: false, error: 'policy.error.service' };
    principal = { type: 'service', name: form.service };
  } else principal = { type: 'anyone' };
  const typed = form.otherActions
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  const actions = [...new Set([...form.actions, ...typed])];
  if (actions.length === 0) return { ok: false, error: 'policy.error.actions' };
  if (!form.resource.trim()) return { ok: false, error: 'policy.error.resource' };
  if (form.conditionKey && !form.conditionValue.trim())
    return { ok: false, error: 'policy.error.conditionValue' };
  return {
    ok: true,
    input: {
      effect: form.effect,
      principal,
      actions,
      resource: form.resource,
      ...(form.conditionKey
        ? { condition: { key: form.conditionKey, value: form.conditionValue } }
        : {}),
    },
  };
}

export type AddResult =
  { ok: true; text: string; count: number } | { ok: false; error: MessageKey };

/** `text` with the form's statement appended; `count` is the number of statements after it. */
export function addStatement(text: string, form: GeneratorForm): AddResult {
  const statement = statementOfForm(form);
  if (!statement.ok) return statement;
  const written = appendStatement(text, statement.input);
  if (!written.ok) return { ok: false, error: 'policy.error.broken' };
  const parsed = parsePolicy(written.text);
  return { ok: true, text: written.text, count: parsed.ok ? parsed.policy.statements.length : 0 };
}
