/** The firewalls rules, in id order. */
import type { Rule } from '../types';

export const firewallsRules: readonly Rule[] = [];
