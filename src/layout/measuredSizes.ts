/**
 * Sizes React Flow measured for the leaves on the canvas (`node.measured`, v12), so that
 * ELK leaves room for what is really drawn. Containers are sized by ELK itself.
 */
import type { Size } from '../domain/document/types';
import { currentFlow } from '../canvas/canvasBridge';

export function measuredSizes(): Record<string, Size> | undefined {
  const flow = currentFlow();
  if (!flow) return undefined;
  const out: Record<string, Size> = {};
  for (const n of flow.getNodes()) {
    const { width, height } = n.measured ?? {};
    if (n.type === 'leaf' && width && height) out[n.id] = { width, height };
  }
  return out;
}
