/**
 * Small constructors for prop specs, so that the family files read like the tables of
 * docs/spec/kinds.md instead of repeating `{ type: …, default: … }` literals.
 */
import type { RuleRow } from '../document/types';
import type { PropSpec } from './types';

export const bool = (defaultValue: boolean): PropSpec => ({
  type: 'boolean',
  default: defaultValue,
});

export const text = (defaultValue: string): PropSpec => ({ type: 'string', default: defaultValue });

/** One of `options`; the first option is the default unless another is named. */
export const oneOf = (options: readonly string[], defaultValue: string = options[0]): PropSpec => ({
  type: 'enum',
  options,
  default: defaultValue,
});

/** Any subset of `options`; by default all of them (GuardDuty features, Security Hub standards). */
export const subsetOf = (
  options: readonly string[],
  defaultValue: readonly string[] = options,
): PropSpec => ({ type: 'subset', options, default: defaultValue });

export const nodeIds = (): PropSpec => ({ type: 'idList', default: [] });

export const sgRules = (defaultValue: readonly RuleRow[] = []): PropSpec => ({
  type: 'sgRules',
  default: defaultValue,
});

export const naclRules = (defaultValue: readonly RuleRow[] = []): PropSpec => ({
  type: 'naclRules',
  default: defaultValue,
});

/** A resource policy's JSON text (docs/kinds.md); a new node has none. */
export const resourcePolicy = (): PropSpec => ({ type: 'policy', default: '' });
