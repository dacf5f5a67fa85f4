/**
 * The canvas's React Flow instance for code outside the canvas (the palette adds a
 * service at the centre of the view; keyboard shortcuts zoom). The canvas registers
 * the instance when it mounts; before that the calls do nothing.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import type { Point } from '../domain/document/types';
import type { KindId } from '../domain/kinds/types';
import { addNode } from '../domain/commands';
import { editorStore } from '../store/editorStore';
import { canvasUiStore } from './canvasUi';
import type { FlowEdge, FlowNode } from './flowTypes';
import { placeNewNode } from './nesting';
import { addInto, containerForNew } from './placeInContainer';

/** The drag data type of a palette item; its value is the kind id. */
export const KIND_MIME = 'application/x-aws-kind';

type FlowInstance = ReactFlowInstance<FlowNode, FlowEdge>;

let flow: FlowInstance | null = null;
let flowElement: HTMLElement | null = null;

export function registerFlow(instance: FlowInstance | null, element: HTMLElement | null): void {
  flow = instance;
  flowElement = element;
}

export function currentFlow(): FlowInstance | null {
  return flow;
}

/** Adds a node of `kind` centred on `center` (flow coordinates), nested in the deepest container there, and selects it. */
export function addKindAt(kind: KindId, center: Point): string | undefined {
  const store = editorStore.getState();
  const { parent, position } = placeNewNode(
    store.doc,
    kind,
    center,
    canvasUiStore.getState().snapToGrid,
  );
  let id: string | undefined;
  store.commit((doc) => {
    const result = addNode(doc, { kind, position, ...(parent ? { parent } : {}) });
    id = result.id;
    return result.doc;
  });
  if (id) editorStore.getState().select({ nodes: [id], edges: [] });
  return id;
}

/** Adds a node of `kind` at a free spot inside container `parent`, and selects it. */
function addKindInto(kind: KindId, parent: string): void {
  let id: string | null = null;
  editorStore.getState().commit((doc) => {
    const result = addInto(doc, kind, parent);
    id = result.id;
    return result.doc;
  });
  if (id) editorStore.getState().select({ nodes: [id], edges: [] });
}

/**
 * The palette's click/Enter: into the selected container (or the nearest one around
 * the selected node) when the kind may sit there, so that a keyboard user can nest
 * without dragging; else at the centre of the visible part of the canvas.
 */
export function addKindAtCenter(kind: KindId): void {
  const { doc, selection } = editorStore.getState();
  const into = selection.nodes.length === 1 ? containerForNew(doc, kind, selection.nodes[0]) : null;
  if (into) return addKindInto(kind, into);
  if (!flow || !flowElement) return;
  const box = flowElement.getBoundingClientRect();
  const center = flow.screenToFlowPosition({
    x: box.left + box.width / 2,
    y: box.top + box.height / 2,
  });
  addKindAt(kind, center);
}
