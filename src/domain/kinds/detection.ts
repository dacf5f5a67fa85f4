import type { KindDef } from './types';

export const DETECTION_KINDS: readonly KindDef[] = [];
