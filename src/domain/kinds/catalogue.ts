/**
 * The one place that lists the kinds (docs/spec/kinds.md). Each family lives in its
 * own file; this module joins them and answers look-ups.
 */
import type { PropValue } from '../document/types';
import type { KindDef, KindId, PropSpec } from './types';
import { CONTAINER_KINDS } from './containers';
import { NETWORK_KINDS } from './network';
import { COMPUTE_KINDS } from './compute';
import { PROTECTION_KINDS } from './protection';
import { DETECTION_KINDS } from './detection';

/** Every kind, in palette order. */
export const KINDS: readonly KindDef[] = [
  ...CONTAINER_KINDS,
  ...NETWORK_KINDS,
  ...COMPUTE_KINDS,
  ...PROTECTION_KINDS,
  ...DETECTION_KINDS,
];

const BY_ID: ReadonlyMap<string, KindDef> = new Map(KINDS.map((k) => [k.id, k]));

/** Leaves have one fixed size on the canvas (format.md: "leaves have the kind's fixed size"). */
export const LEAF_SIZE = { width: 96, height: 88 } as const;
/** Size of a container dropped without one. */
export const DEFAULT_CONTAINER_SIZE = { width: 420, height: 280 } as const;

export function isKindId(value: unknown): value is KindId {
  return typeof value === 'string' && BY_ID.has(value);
}

export function getKind(id: KindId): KindDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`unknown kind ${id}`);
  return def;
}

export function isContainerKind(id: KindId): boolean {
  return getKind(id).container;
}

function cloneDefault(spec: PropSpec): PropValue {
  const d = spec.default;
  if (Array.isArray(d)) return d.map((x) => (typeof x === 'object' ? { ...x } : x)) as PropValue;
  return d as PropValue;
}

/** A fresh, complete props object with every default of the kind. */
export function defaultProps(id: KindId): Record<string, PropValue> {
  const out: Record<string, PropValue> = {};
  for (const [name, spec] of Object.entries(getKind(id).props)) out[name] = cloneDefault(spec);
  return out;
}

export function defaultPropValue(id: KindId, prop: string): PropValue | undefined {
  const spec = getKind(id).props[prop];
  return spec ? cloneDefault(spec) : undefined;
}

export function sizeOfKind(id: KindId): { width: number; height: number } {
  const def = getKind(id);
  return def.container ? (def.defaultSize ?? DEFAULT_CONTAINER_SIZE) : LEAF_SIZE;
}
