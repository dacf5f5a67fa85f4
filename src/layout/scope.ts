/** Which container a "selected container only" layout applies to (pure). */
import type { Diagram } from '../domain/document/types';
import { isContainer } from '../domain/document/tree';

/** The first selected node that is a container, or undefined. */
export function selectedContainerId(
  doc: Diagram,
  selectedNodeIds: readonly string[],
): string | undefined {
  if (selectedNodeIds.length === 0) return undefined;
  const selected = new Set(selectedNodeIds);
  const containers = new Set(
    doc.nodes.filter((n) => selected.has(n.id) && isContainer(n)).map((n) => n.id),
  );
  return selectedNodeIds.find((id) => containers.has(id));
}
