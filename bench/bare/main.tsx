/**
 * The baseline of the canvas and layout benchmarks: a bare React Flow page (default
 * nodes, no store, no validator) showing the same generated document as the app,
 * nesting kept. When the layout bench also serves `laid.json` (the same document laid
 * out), `window.__moveAll()` moves every node to its laid-out place, or back, in one
 * update: React Flow's own way of applying a layout, and the floor the app is held to.
 */
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ReactFlow, applyNodeChanges, type Edge, type Node, type NodeChange } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { RawDiagram } from '../generate';

function toNodes(doc: RawDiagram): Node[] {
  return doc.nodes.map((n) => ({
    id: n.id,
    position: n.position,
    parentId: n.parent,
    data: { label: n.label ?? n.id },
    style: n.size ? { width: n.size.width, height: n.size.height } : { width: 96, height: 88 },
  }));
}

interface BareWindow {
  /** Resolves once the frame that draws the moved nodes has run. */
  __moveAll?: () => Promise<void>;
}

function Bare({ doc, laid }: { doc: RawDiagram; laid: RawDiagram | undefined }) {
  const [nodes, setNodes] = useState(() => toNodes(doc));
  const [edges] = useState<Edge[]>(() =>
    doc.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  );
  const onNodesChange = useCallback(
    (changes: NodeChange[]) => setNodes((current) => applyNodeChanges(changes, current)),
    [],
  );
  useEffect(() => {
    if (!laid) return;
    const places = [toNodes(laid), toNodes(doc)];
    let moves = 0;
    (window as BareWindow).__moveAll = () =>
      new Promise((resolve) => {
        setNodes(places[moves++ % 2]);
        requestAnimationFrame(() => setTimeout(resolve, 0));
      });
  }, [doc, laid]);
  return (
    <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} minZoom={0.02} fitView />
  );
}

async function load(file: string): Promise<RawDiagram | undefined> {
  const response = await fetch(file);
  return response.ok ? ((await response.json()) as RawDiagram) : undefined;
}

const doc = (await load('./doc.json'))!;
const laid = await load('./laid.json');
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <div style={{ width: '100vw', height: '100vh' }}>
      <Bare doc={doc} laid={laid} />
    </div>
  </StrictMode>,
);
