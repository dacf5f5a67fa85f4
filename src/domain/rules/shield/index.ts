/** The shield rules, in id order. */
import type { Rule } from '../types';

export const shieldRules: readonly Rule[] = [];
