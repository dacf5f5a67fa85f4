/**
 * The baseline of the canvas benchmark: a bare React Flow page (default nodes, no
 * store, no validator) showing the same generated document as the app, nesting kept.
 */
import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { RawDiagram } from '../generate';

function toFlow(doc: RawDiagram): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = doc.nodes.map((n) => ({
    id: n.id,
    position: n.position,
    parentId: n.parent,
    data: { label: n.label ?? n.id },
    style: n.size ? { width: n.size.width, height: n.size.height } : { width: 96, height: 88 },
  }));
  const edges: Edge[] = doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  return { nodes, edges };
}

function Bare({ doc }: { doc: RawDiagram }) {
  const [{ nodes, edges }, setFlow] = useState(() => toFlow(doc));
  const onNodesChange = useCallback(
    (changes: NodeChange[]) =>
      setFlow((f) => ({ ...f, nodes: applyNodeChanges(changes, f.nodes) })),
    [],
  );
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} minZoom={0.02} fitView />
  );
}

const doc = (await (await fetch('./doc.json')).json()) as RawDiagram;
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <div style={{ width: '100vw', height: '100vh' }}>
      <Bare doc={doc} />
    </div>
  </StrictMode>,
);
