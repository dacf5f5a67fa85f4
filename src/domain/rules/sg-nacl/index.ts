/** The sg-nacl rules, in id order. */
import type { Rule } from '../types';
import { SG_01 } from './SG-01';
import { SG_02 } from './SG-02';
import { SG_03 } from './SG-03';
import { SG_05 } from './SG-05';
import { NACL_01 } from './NACL-01';
import { NACL_02 } from './NACL-02';
import { NACL_03 } from './NACL-03';
import { NACL_04 } from './NACL-04';

export const sgNaclRules: readonly Rule[] = [
  SG_01,
  SG_02,
  SG_03,
  SG_05,
  NACL_01,
  NACL_02,
  NACL_03,
  NACL_04,
];
