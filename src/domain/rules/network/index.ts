/** The network rules, in id order. */
import type { Rule } from '../types';

export const networkRules: readonly Rule[] = [];
