/** The detection rules, in id order. */
import type { Rule } from '../types';

export const detectionRules: readonly Rule[] = [];
