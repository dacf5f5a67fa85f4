/** The detection and response rules, in the spec's order. */
import type { Rule } from '../types';
import { GD_01 } from './GD-01';
import { GD_04 } from './GD-04';
import { GD_05 } from './GD-05';
import { DET_01 } from './DET-01';
import { SH_01 } from './SH-01';
import { SH_02 } from './SH-02';
import { FND_01 } from './FND-01';
import { INS_01 } from './INS-01';
import { INS_02 } from './INS-02';
import { INS_03 } from './INS-03';
import { MAC_01 } from './MAC-01';
import { MAC_02 } from './MAC-02';
import { CG_01 } from './CG-01';

export const detectionRules: readonly Rule[] = [
  GD_01,
  GD_04,
  GD_05,
  DET_01,
  SH_01,
  SH_02,
  FND_01,
  INS_01,
  INS_02,
  INS_03,
  MAC_01,
  MAC_02,
  CG_01,
];
