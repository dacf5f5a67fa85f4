/** The placement rules, in id order. */
import type { Rule } from '../types';
import { PLC_01 } from './PLC-01';
import { PLC_02 } from './PLC-02';

export const placementRules: readonly Rule[] = [PLC_01, PLC_02];
