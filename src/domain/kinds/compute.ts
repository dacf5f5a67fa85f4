import type { KindDef } from './types';

export const COMPUTE_KINDS: readonly KindDef[] = [];
