/** The waf rules, in id order. */
import type { Rule } from '../types';

export const wafRules: readonly Rule[] = [];
