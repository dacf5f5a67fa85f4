/** The identity and access rules, in id order. */
import type { Rule } from '../types';
import { IAM_01 } from './IAM-01';

export const iamRules: readonly Rule[] = [IAM_01];
