/** The network rules, in id order. */
import type { Rule } from '../types';
import { NET_01 } from './NET-01';
import { NET_02 } from './NET-02';
import { NET_03 } from './NET-03';
import { NET_04 } from './NET-04';
import { NET_06 } from './NET-06';
import { NET_08 } from './NET-08';
import { NET_09 } from './NET-09';
import { NET_10 } from './NET-10';

export const networkRules: readonly Rule[] = [
  NET_01,
  NET_02,
  NET_03,
  NET_04,
  NET_06,
  NET_08,
  NET_09,
  NET_10,
];
