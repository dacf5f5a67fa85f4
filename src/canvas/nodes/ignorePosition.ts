import type { NodeProps } from '@xyflow/react';

/**
 * memo() comparison for node components: equal when every prop but the absolute
 * position is. React Flow places the node's wrapper itself, so a node that only moved
 * (a drag, a layout moving hundreds) need not render its body again.
 */
export function samePropsIgnoringPosition(a: NodeProps, b: NodeProps): boolean {
  const keys = Object.keys(a) as (keyof NodeProps)[];
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) => key === 'positionAbsoluteX' || key === 'positionAbsoluteY' || a[key] === b[key],
  );
}
