/** The placement rules, in id order. */
import type { Rule } from '../types';

export const placementRules: readonly Rule[] = [];
