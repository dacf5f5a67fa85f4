import type { KindDef } from './types';

export const NETWORK_KINDS: readonly KindDef[] = [];
