/** The data rules, in id order. */
import type { Rule } from '../types';
import { S3_01 } from './S3-01';

export const dataRules: readonly Rule[] = [S3_01];
