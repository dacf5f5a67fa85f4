import type { KindDef } from './types';

export const CONTAINER_KINDS: readonly KindDef[] = [];
