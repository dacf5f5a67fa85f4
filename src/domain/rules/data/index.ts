/** The data rules, in id order. */
import type { Rule } from '../types';
import { POL_01 } from './POL-01';
import { POL_02 } from './POL-02';
import { POL_03 } from './POL-03';
import { S3_01 } from './S3-01';

export const dataRules: readonly Rule[] = [POL_01, POL_02, POL_03, S3_01];
