/** The waf rules, in id order. */
import type { Rule } from '../types';
import { WAF_01 } from './WAF-01';
import { WAF_02 } from './WAF-02';
import { WAF_03 } from './WAF-03';
import { WAF_04 } from './WAF-04';
import { WAF_06 } from './WAF-06';
import { WAF_07 } from './WAF-07';
import { WAF_08 } from './WAF-08';
import { WAF_09 } from './WAF-09';

export const wafRules: readonly Rule[] = [
  WAF_01,
  WAF_02,
  WAF_03,
  WAF_04,
  WAF_06,
  WAF_07,
  WAF_08,
  WAF_09,
];
