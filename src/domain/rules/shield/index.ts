/** The shield rules, in id order. */
import type { Rule } from '../types';
import { SHD_02 } from './SHD-02';
import { SHD_03 } from './SHD-03';
import { SHD_04 } from './SHD-04';
import { SHD_05 } from './SHD-05';
import { SHD_07 } from './SHD-07';

export const shieldRules: readonly Rule[] = [SHD_02, SHD_03, SHD_04, SHD_05, SHD_07];
