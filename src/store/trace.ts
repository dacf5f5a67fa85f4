/**
 * The "Trace traffic" tool's state: the question being edited, the answer for the open
 * document, the hop being stepped, and the exposure map. The answer is recomputed
 * whenever the document changes, so a rule edited in the inspector updates the trace
 * at once. Nothing here is tracked by undo; only the Fix buttons change the document
 * (through the editor store's `commit`, one undo step each).
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { Diagram } from '../domain/document/types';
import { differsOnlyInGeometry } from '../domain/document/geometryOnly';
import type { ExposureMap, TraceQuestion, TraceResult } from '../domain/trace';
import { exposureMap, trace, TraceQuestionError } from '../domain/trace';
import type { Localized } from '../domain/document/types';
import type { EditorState } from './editorStore';
import { editorStore } from './editorStore';

/** The form: every field of the question, as the user edits it. */
export interface TraceDraft {
  from: string;
  to: string;
  port: number;
  protocol: NonNullable<TraceQuestion['protocol']>;
  fromCidr: string;
  threat: NonNullable<TraceQuestion['threat']>;
  mode: NonNullable<TraceQuestion['mode']>;
}

export const DEFAULT_DRAFT: TraceDraft = {
  from: 'internet',
  to: '',
  port: 443,
  protocol: 'tcp',
  fromCidr: '',
  threat: 'none',
  mode: 'network',
};

export type PickTarget = 'from' | 'to';

export interface TraceState {
  /** The tool (panel and canvas overlay) is open. */
  open: boolean;
  draft: TraceDraft;
  /** While set, the next node clicked on the canvas fills that end of the question. */
  picking: PickTarget | null;
  /** The answer to the last question run, for the current document; null before a run. */
  result: TraceResult | null;
  /** Why the last question could not be answered (unknown node, bad port or CIDR). */
  error: Localized | null;
  /** Hop index being stepped through (`result.hops`), or null to show the whole trace. */
  step: number | null;
  /** Bumped to replay the packet animation from the start. */
  playRequest: number;
  /** The exposure map, while it is shown; recomputed on every document change. */
  exposure: ExposureMap | null;

  /** Open the tool, optionally with some fields filled in (a preset's suggested trace). */
  openTool(prefill?: Partial<TraceDraft>, run?: boolean): void;
  close(): void;
  setDraft(change: Partial<TraceDraft>): void;
  startPicking(target: PickTarget | null): void;
  /** A node clicked while picking: fills that end; after the destination, runs. */
  pickNode(nodeId: string): void;
  /** Run the draft's question against the open document. */
  run(): void;
  /** Step to a hop (clamped), or null for the whole trace. */
  setStep(step: number | null): void;
  replay(): void;
  showExposure(): void;
  hideExposure(): void;
}

/** The domain question of a draft: empty optional fields left out. */
export function questionOf(draft: TraceDraft): TraceQuestion {
  return {
    from: draft.from,
    to: draft.to,
    port: draft.port,
    protocol: draft.protocol,
    threat: draft.threat,
    mode: draft.mode,
    ...(draft.fromCidr.trim() ? { fromCidr: draft.fromCidr.trim() } : {}),
  };
}

type Answer = Pick<TraceState, 'result' | 'error'>;

function answer(doc: Diagram, draft: TraceDraft): Answer {
  try {
    return { result: trace(doc, questionOf(draft)), error: null };
  } catch (e) {
    if (e instanceof TraceQuestionError) return { result: null, error: e.text };
    throw e;
  }
}

export type TraceStore = StoreApi<TraceState>;

/** A trace store that follows `editor`'s document. Returns the store and a stop function (tests). */
export function createTraceStore(editor: StoreApi<EditorState>): {
  store: TraceStore;
  stop: () => void;
} {
  const doc = () => editor.getState().doc;
  const store = createStore<TraceState>()((set, get) => ({
    open: false,
    draft: DEFAULT_DRAFT,
    picking: null,
    result: null,
    error: null,
    step: null,
    playRequest: 0,
    exposure: null,

    openTool(prefill, run) {
      const draft = { ...get().draft, ...prefill };
      set({ open: true, draft, picking: null, step: null });
      if (run && draft.to) get().run();
      else if (!draft.to) set({ picking: 'to' });
    },
    // The exposure map goes too: with the panel closed nothing could hide its badges.
    close: () =>
      set({ open: false, picking: null, result: null, error: null, step: null, exposure: null }),
    setDraft: (change) => set((s) => ({ draft: { ...s.draft, ...change } })),
    startPicking: (picking) => set({ picking }),
    pickNode(nodeId) {
      const { picking } = get();
      if (!picking) return;
      set((s) => ({ draft: { ...s.draft, [picking]: nodeId }, picking: null }));
      if (picking === 'to' || get().draft.to) get().run();
    },
    run() {
      const s = get();
      set({ ...answer(doc(), s.draft), step: null, playRequest: s.playRequest + 1 });
    },
    setStep(step) {
      const hops = get().result?.hops.length ?? 0;
      set({ step: step === null || hops === 0 ? null : Math.max(0, Math.min(hops - 1, step)) });
    },
    replay: () => set((s) => ({ step: null, playRequest: s.playRequest + 1 })),
    showExposure: () => set({ exposure: exposureMap(doc()) }),
    hideExposure: () => set({ exposure: null }),
  }));

  const stop = editor.subscribe((s, prev) => {
    if (s.doc === prev.doc || differsOnlyInGeometry(prev.doc, s.doc)) return;
    const t = store.getState();
    const next: Partial<TraceState> = {};
    if (t.result || t.error) Object.assign(next, answer(s.doc, t.draft));
    if (t.exposure) next.exposure = exposureMap(s.doc);
    if (Object.keys(next).length > 0) store.setState(next);
  });
  return { store, stop };
}

export const traceStore: TraceStore = createTraceStore(editorStore).store;

export function useTrace<T>(selector: (s: TraceState) => T): T {
  return useStore(traceStore, selector);
}
