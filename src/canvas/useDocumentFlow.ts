/**
 * The React Flow nodes and edges of the canvas, kept up to the editor's document.
 *
 * The arrays live in refs as well as in state, so that each step knows at once what
 * React Flow was last handed and whether anything is still held back (catchUp.ts):
 * a large change reaches React Flow one slice per frame, and work that needs the new
 * bounds (fitting the view) waits until the last slice is out.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Diagram } from '../domain/document/types';
import type { Selection } from '../store/editorStore';
import { editorStore, useEditor } from '../store/editorStore';
import { EDGE_SLICE, NODE_SLICE, catchUpStep } from './catchUp';
import { toFlowEdges, toFlowNodes } from './flowMapping';
import type { FlowEdge, FlowNode } from './flowTypes';

/** The React Flow nodes and edges the canvas starts with, for the store and the local state. */
export interface InitialFlow {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** React Flow needs a parent before its children, and a node's type never lags its data. */
function nodeMustShow(shown: FlowNode, next: FlowNode): boolean {
  return (
    shown.parentId !== next.parentId ||
    shown.type !== next.type ||
    Boolean(shown.selected) !== Boolean(next.selected)
  );
}

function edgeMustShow(shown: FlowEdge, next: FlowEdge): boolean {
  return (
    shown.source !== next.source ||
    shown.target !== next.target ||
    shown.type !== next.type ||
    Boolean(shown.selected) !== Boolean(next.selected)
  );
}

/** The arrays for one document and selection, with each node's slice group. */
interface FlowTarget {
  doc: Diagram;
  selection: Selection;
  nodes: FlowNode[];
  edges: FlowEdge[];
  groupOf: (node: FlowNode) => string;
}

/**
 * The target for the editor's current document, mapped once per change rather than
 * once per slice. A node's group is its top-level ancestor (catchUpStep).
 */
function targetFor(previous: FlowTarget | null, now: InitialFlow): FlowTarget {
  const { doc, selection } = editorStore.getState();
  if (previous && previous.doc === doc && previous.selection === selection) return previous;
  const nodes = toFlowNodes(now.nodes, doc, selection);
  const topOf = new Map<string, string>();
  // Parents come first, so a parent's group is known before its children's.
  for (const node of nodes)
    topOf.set(node.id, node.parentId ? (topOf.get(node.parentId) ?? node.parentId) : node.id);
  return {
    doc,
    selection,
    nodes,
    edges: toFlowEdges(now.edges, doc, selection),
    groupOf: (node) => topOf.get(node.id) ?? node.id,
  };
}

/**
 * `busyElement` gets `aria-busy="true"` while slices are going out (an attribute, not
 * state: re-rendering the canvas for it would cost a frame of its own).
 */
export function useDocumentFlow(initial: InitialFlow, busyElement: RefObject<HTMLElement | null>) {
  const doc = useEditor((s) => s.doc);
  const selection = useEditor((s) => s.selection);
  const [nodes, setNodes] = useState<FlowNode[]>(initial.nodes);
  const [edges, setEdges] = useState<FlowEdge[]>(initial.edges);
  const shown = useRef(initial);
  /** The frame of the next slice while something is held back, else 0. */
  const nextStep = useRef(0);
  /** The frame after the last slice, when React Flow has rendered it, else 0. */
  const settleFrame = useRef(0);
  /** Whether the change being brought in went out in slices. */
  const sliced = useRef(false);
  const waiting = useRef<((afterSlices: boolean) => void) | null>(null);
  /** What React Flow is being brought to, kept while the slices go out. */
  const target = useRef<FlowTarget | null>(null);

  const showNodes = useCallback((next: FlowNode[]) => {
    if (next === shown.current.nodes) return;
    shown.current = { ...shown.current, nodes: next };
    setNodes(next);
  }, []);

  const showEdges = useCallback((next: FlowEdge[]) => {
    if (next === shown.current.edges) return;
    shown.current = { ...shown.current, edges: next };
    setEdges(next);
  }, []);

  const settle = useCallback(() => {
    settleFrame.current = 0;
    if (nextStep.current !== 0) return; // a newer change is going out; its end settles
    const task = waiting.current;
    waiting.current = null;
    task?.(sliced.current);
    if (sliced.current) busyElement.current?.removeAttribute('aria-busy');
    sliced.current = false;
  }, [busyElement]);

  const settleNextFrame = useCallback(() => {
    if (settleFrame.current === 0) settleFrame.current = requestAnimationFrame(settle);
  }, [settle]);

  /**
   * One step towards the document. The first, in the commit that changed it, shows
   * the whole change when it fits in a slice and otherwise only what must show at
   * once, so that the commit stays short; later steps run one frame apart. Each frame
   * hands React Flow one array: nodes first, then the edges, since every update of
   * either costs React Flow a pass over all of them. (A layout or a drag changes no
   * edge object: each edge draws its own sides, edges/edgeEnds.ts.)
   */
  const step = useCallback(
    (inCommit: boolean) => {
      nextStep.current = 0;
      const { nodes: nowNodes, edges: nowEdges } = shown.current;
      const goal = targetFor(target.current, shown.current);
      target.current = goal;
      const toward = <T extends { id: string }>(
        now: T[],
        to: T[],
        limit: number,
        mustShow: (a: T, b: T) => boolean,
        groupOf?: (item: T) => string,
      ) => {
        const whole = catchUpStep(now, to, limit, mustShow, groupOf);
        return inCommit && !whole.done ? catchUpStep(now, to, 0, mustShow) : whole;
      };
      const n = toward(nowNodes, goal.nodes, NODE_SLICE, nodeMustShow, goal.groupOf);
      const e = toward(nowEdges, goal.edges, n.done ? EDGE_SLICE : 0, edgeMustShow);
      showNodes(n.items);
      showEdges(e.items);
      if (!n.done || !e.done) {
        if (!sliced.current) busyElement.current?.setAttribute('aria-busy', 'true');
        sliced.current = true;
        nextStep.current = requestAnimationFrame(() => step(false));
      } else if (sliced.current || waiting.current) settleNextFrame();
    },
    [showNodes, showEdges, settleNextFrame, busyElement],
  );

  useLayoutEffect(() => {
    cancelAnimationFrame(nextStep.current);
    step(true);
  }, [doc, selection, step]);
  useEffect(
    () => () => {
      cancelAnimationFrame(nextStep.current);
      cancelAnimationFrame(settleFrame.current);
    },
    [],
  );

  /** Local changes from React Flow itself (drags, measurements), applied at once. */
  const changeNodes = useCallback(
    (change: (current: FlowNode[]) => FlowNode[]) => {
      showNodes(change(shown.current.nodes));
      target.current = null; // mapped from what React Flow had before this change
    },
    [showNodes],
  );

  /**
   * Runs `task` one frame after React Flow has been handed the whole document (the
   * nodes reach its store one render after ours), with `afterSlices` true when the
   * change went out in slices. Only the latest task waits; the result cancels it.
   */
  const whenCaughtUp = useCallback(
    (task: (afterSlices: boolean) => void): (() => void) => {
      waiting.current = task;
      if (nextStep.current === 0) settleNextFrame();
      return () => {
        if (waiting.current === task) waiting.current = null;
      };
    },
    [settleNextFrame],
  );

  return { nodes, edges, changeNodes, whenCaughtUp };
}
