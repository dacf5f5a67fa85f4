/** Every rule of docs/spec/rules.md and docs/rules.md, by group, in the documents' order. */
import type { Rule } from './types';
import { placementRules } from './placement';
import { wafRules } from './waf';
import { shieldRules } from './shield';
import { detectionRules } from './detection';
import { firewallsRules } from './firewalls';
import { networkRules } from './network';
import { sgNaclRules } from './sg-nacl';
import { dataRules } from './data';
import { iamRules } from './iam';

export const RULES: readonly Rule[] = [
  ...placementRules,
  ...wafRules,
  ...shieldRules,
  ...detectionRules,
  ...firewallsRules,
  ...networkRules,
  ...sgNaclRules,
  ...dataRules,
  ...iamRules,
];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));
