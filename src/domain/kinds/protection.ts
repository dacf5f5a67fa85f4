import type { KindDef } from './types';

export const PROTECTION_KINDS: readonly KindDef[] = [];
