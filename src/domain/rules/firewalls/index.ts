/** The organization-wide firewall rules, in id order. */
import type { Rule } from '../types';
import { FMS_01 } from './FMS-01';
import { FMS_02 } from './FMS-02';
import { NFW_02 } from './NFW-02';
import { NFW_04 } from './NFW-04';

export const firewallsRules: readonly Rule[] = [FMS_01, FMS_02, NFW_02, NFW_04];
