/** What is wrong with a policy text, in English and Japanese, saying where. */
import type { Localized } from '../document/types';
import { JSON_EXPECTATIONS } from '../document/importMessages';
import type { PolicyProblem, ShapeExpectation } from './parse';

const SHAPES: Record<ShapeExpectation, Localized> = {
  object: { en: 'must be a JSON object', ja: 'は JSON オブジェクトでなければなりません' },
  statements: {
    en: 'must be a statement or a non-empty list of statements',
    ja: 'はステートメント、またはステートメントの空でないリストでなければなりません',
  },
  effect: { en: 'must be Allow or Deny', ja: 'は Allow か Deny でなければなりません' },
  text: { en: 'must be text', ja: 'は文字列でなければなりません' },
  'text-or-list': {
    en: 'must be text or a non-empty list of text',
    ja: 'は文字列、または文字列の空でないリストでなければなりません',
  },
  principal: {
    en: 'must be "*" or an object such as {"AWS": "…"} or {"Service": "…"}',
    ja: 'は "*" か、{"AWS": "…"} や {"Service": "…"} のようなオブジェクトでなければなりません',
  },
  condition: {
    en: 'must map operators to keys and values, e.g. {"StringEquals": {"aws:SourceAccount": "…"}}',
    ja: 'は演算子からキーと値への対応でなければなりません (例: {"StringEquals": {"aws:SourceAccount": "…"}})',
  },
  'action-or-not-action': {
    en: 'is missing (a statement needs Action or NotAction)',
    ja: 'がありません (ステートメントには Action か NotAction が必要です)',
  },
};

export function policyProblemText(problem: PolicyProblem): Localized {
  if (problem.kind === 'shape') {
    const shape = SHAPES[problem.expected];
    return { en: `${problem.path} ${shape.en}`, ja: `${problem.path} ${shape.ja}` };
  }
  const expectation = JSON_EXPECTATIONS[problem.expectation];
  if (problem.line === undefined)
    return {
      en: `Not valid JSON: ${expectation.en}`,
      ja: `正しい JSON ではありません: ${expectation.ja}`,
    };
  return {
    en: `Not valid JSON at line ${problem.line}, column ${problem.column}: ${expectation.en}`,
    ja: `${problem.line} 行 ${problem.column} 列目が正しい JSON ではありません: ${expectation.ja}`,
  };
}
