/** The data rules, in id order. */
import type { Rule } from '../types';

export const dataRules: readonly Rule[] = [];
