/** The sg-nacl rules, in id order. */
import type { Rule } from '../types';

export const sgNaclRules: readonly Rule[] = [];
