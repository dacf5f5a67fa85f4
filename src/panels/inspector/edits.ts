/** Inspector edits as store commits: each call is one undo step. */
import { updateEdge, updateNode } from '../../domain/commands';
import type { PropValue } from '../../domain/document/types';
import { editorStore } from '../../store/editorStore';

type NodePatch = Parameters<typeof updateNode>[2];
type EdgePatch = Parameters<typeof updateEdge>[2];

export function editNode(id: string, patch: NodePatch): void {
  editorStore.getState().commit((doc) => updateNode(doc, id, patch));
}

export function editNodeProp(id: string, name: string, value: PropValue): void {
  editNode(id, { props: { [name]: value } });
}

export function editEdge(id: string, patch: EdgePatch): void {
  editorStore.getState().commit((doc) => updateEdge(doc, id, patch));
}

export function editTitle(title: string): void {
  const trimmed = title.trim();
  editorStore.getState().commit((doc) => {
    if ((doc.title ?? '') === trimmed) return doc;
    const { title: _old, ...rest } = doc;
    return trimmed ? { ...rest, title: trimmed } : rest;
  });
}
