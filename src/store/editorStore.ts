/**
 * The editor's state: the document (what undo tracks), the selection and the UI
 * state (neither tracked). React Flow's nodes are derived from the document by the
 * canvas and never stored here (docs: track a document model for undo).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Diagram } from '../domain/document/types';
import { emptyDiagram } from '../domain/document/types';
import type { Lang } from '../i18n';

/** Enough steps for a long session; each step holds one immutable document. */
export const HISTORY_LIMIT = 200;

export interface Selection {
  nodes: readonly string[];
  edges: readonly string[];
}

export interface Notice {
  id: number;
  tone: 'error' | 'warning' | 'info';
  /** Already translated; `detail` lines (JSON paths and reasons) follow it. */
  text: string;
  detail?: readonly string[];
}

export interface EditorState {
  doc: Diagram;
  past: readonly Diagram[];
  future: readonly Diagram[];
  selection: Selection;
  lang: Lang;
  notices: readonly Notice[];
  /** Bumped whenever the canvas should fit the view (after open, layout, …). */
  fitRequest: number;
  /** Node ids to centre the view on (findings panel click); bumped with `focusRequest`. */
  focusNodes: readonly string[];
  focusRequest: number;

  /** Apply a document change as one undo step. A change that returns the same doc is none. */
  commit(change: (doc: Diagram) => Diagram): void;
  /** Replace the document (open, preset, import) as one undo step. */
  replaceDoc(doc: Diagram): void;
  /** Restore without history (autosave restore on start). */
  loadInitial(doc: Diagram): void;
  undo(): void;
  redo(): void;
  select(selection: Selection): void;
  setLang(lang: Lang): void;
  notify(notice: Omit<Notice, 'id'>): void;
  dismiss(id: number): void;
  requestFit(): void;
  focusOn(nodeIds: readonly string[]): void;
}

const EMPTY_SELECTION: Selection = { nodes: [], edges: [] };
let noticeSeq = 0;

function pruneSelection(sel: Selection, doc: Diagram): Selection {
  const nodeIds = new Set(doc.nodes.map((n) => n.id));
  const edgeIds = new Set(doc.edges.map((e) => e.id));
  const nodes = sel.nodes.filter((id) => nodeIds.has(id));
  const edges = sel.edges.filter((id) => edgeIds.has(id));
  return nodes.length === sel.nodes.length && edges.length === sel.edges.length
    ? sel
    : { nodes, edges };
}

export function createEditorStore(initialLang: Lang = 'en') {
  return createStore<EditorState>()((set, get) => ({
    doc: emptyDiagram(),
    past: [],
    future: [],
    selection: EMPTY_SELECTION,
    lang: initialLang,
    notices: [],
    fitRequest: 0,
    focusNodes: [],
    focusRequest: 0,

    commit(change) {
      const { doc, past, selection } = get();
      const next = change(doc);
      if (next === doc) return;
      set({
        doc: next,
        past: [...past, doc].slice(-HISTORY_LIMIT),
        future: [],
        selection: pruneSelection(selection, next),
      });
    },
    replaceDoc(doc) {
      get().commit(() => doc);
      set((s) => ({ selection: EMPTY_SELECTION, fitRequest: s.fitRequest + 1 }));
    },
    loadInitial(doc) {
      set((s) => ({
        doc,
        past: [],
        future: [],
        selection: EMPTY_SELECTION,
        fitRequest: s.fitRequest + 1,
      }));
    },
    undo() {
      const { past, doc, future, selection } = get();
      if (past.length === 0) return;
      const prev = past[past.length - 1];
      set({
        doc: prev,
        past: past.slice(0, -1),
        future: [doc, ...future],
        selection: pruneSelection(selection, prev),
      });
    },
    redo() {
      const { past, doc, future, selection } = get();
      if (future.length === 0) return;
      const next = future[0];
      set({
        doc: next,
        past: [...past, doc],
        future: future.slice(1),
        selection: pruneSelection(selection, next),
      });
    },
    select(selection) {
      const cur = get().selection;
      const same =
        cur.nodes.length === selection.nodes.length &&
        cur.edges.length === selection.edges.length &&
        cur.nodes.every((id, i) => id === selection.nodes[i]) &&
        cur.edges.every((id, i) => id === selection.edges[i]);
      if (!same) set({ selection });
    },
    setLang(lang) {
      set({ lang });
    },
    notify(notice) {
      const id = ++noticeSeq;
      set((s) => ({ notices: [...s.notices, { ...notice, id }] }));
    },
    dismiss(id) {
      set((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
    },
    requestFit() {
      set((s) => ({ fitRequest: s.fitRequest + 1 }));
    },
    focusOn(nodeIds) {
      set((s) => ({
        focusNodes: nodeIds,
        focusRequest: s.focusRequest + 1,
        selection: { nodes: [...nodeIds], edges: [] },
      }));
    },
  }));
}

export type EditorStore = ReturnType<typeof createEditorStore>;

/** The app's one editor store. */
export const editorStore = createEditorStore();

/** Subscribe a component to a narrow slice (use useShallow for objects/arrays). */
export function useEditor<T>(selector: (s: EditorState) => T): T {
  return useStore(editorStore, selector);
}
