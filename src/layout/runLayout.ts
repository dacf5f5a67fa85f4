/**
 * Auto layout in the browser. Loaded on first use (the button imports it dynamically),
 * so neither this module, ELK nor the worker is part of the initial bundle. ELK runs in
 * a module worker; this thread only posts the document and applies the positions.
 */
import type { Diagram } from '../domain/document/types';
import { setLayout } from '../domain/commands';
import { translate } from '../i18n';
import { editorStore } from '../store/editorStore';
import type { LayoutDirection, LayoutPositions, LayoutRequest, LayoutSpacing } from './elkGraph';
import { DEFAULT_LAYOUT_REQUEST } from './elkGraph';
import { trackLayout } from './layoutStatus';
import { selectedContainerId } from './scope';
import { containerHeaderWidths, measuredSizes } from './measuredSizes';
import type { LayoutJob, LayoutReply } from './workerProtocol';

/** What the layout button offers. */
export interface LayoutChoice {
  direction: LayoutDirection;
  spacing: LayoutSpacing;
  scope: 'all' | 'container';
}

interface Waiting {
  resolve(positions: LayoutPositions): void;
  reject(error: Error): void;
}

let worker: Worker | undefined;
let nextJobId = 1;
const waiting = new Map<number, Waiting>();

function failAll(reason: string) {
  for (const w of waiting.values()) w.reject(new Error(reason));
  waiting.clear();
}

function layoutWorker(): Worker {
  if (worker) return worker;
  const w = new Worker(new URL('./elk.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    const job = waiting.get(reply.id);
    if (!job) return;
    waiting.delete(reply.id);
    if (reply.ok) job.resolve(reply.positions);
    else job.reject(new Error(reply.error));
  };
  // A worker that failed to load or crashed is dropped; the next layout starts a fresh one.
  w.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    w.terminate();
    if (worker === w) worker = undefined;
    failAll(event.message || 'the layout worker stopped');
  };
  worker = w;
  return w;
}

/** Positions for `doc`, computed by ELK in the layout worker. */
export function computeLayoutInWorker(
  doc: Diagram,
  request: LayoutRequest,
): Promise<LayoutPositions> {
  if (typeof Worker === 'undefined')
    return Promise.reject(new Error('this environment has no Web Workers'));
  return new Promise((resolve, reject) => {
    const job: LayoutJob = { id: nextJobId++, doc, request };
    waiting.set(job.id, { resolve, reject });
    try {
      layoutWorker().postMessage(job);
    } catch (err) {
      waiting.delete(job.id);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}

function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

function notify(tone: 'error' | 'warning' | 'info', text: (lang: 'en' | 'ja') => string) {
  const { lang, notify } = editorStore.getState();
  notify({ tone, text: text(lang) });
}

/**
 * The auto layout command: lays out the whole diagram or the selected container's
 * contents as one undo step, then fits the view. A document edited while ELK worked
 * is left alone (the positions would belong to an older diagram).
 */
export async function autoLayout(choice: LayoutChoice): Promise<void> {
  const { doc: start, selection } = editorStore.getState();
  if (start.nodes.length === 0) return;
  const rootId =
    choice.scope === 'container' ? selectedContainerId(start, selection.nodes) : undefined;
  if (choice.scope === 'container' && rootId === undefined) return;
  const request: LayoutRequest = {
    direction: choice.direction,
    spacing: choice.spacing,
    sizes: measuredSizes(),
    headerWidths: containerHeaderWidths(),
    ...(rootId !== undefined ? { rootId } : {}),
  };
  try {
    const positions = await trackLayout(() => computeLayoutInWorker(start, request));
    const store = editorStore.getState();
    if (store.doc !== start) {
      notify('info', (lang) => translate(lang, 'layout.stale'));
      return;
    }
    store.commit((doc) => setLayout(doc, positions));
    store.requestFit();
  } catch (err) {
    notify('error', (lang) => translate(lang, 'layout.failed', { reason: reasonOf(err) }));
  }
}

/**
 * An opened document in which some node has no position is laid out as a whole
 * (format.md). Never rejects: when ELK fails, the document comes back unchanged and a
 * notice says so.
 */
export async function layoutIfNeeded(doc: Diagram, needsLayout: boolean): Promise<Diagram> {
  if (!needsLayout || doc.nodes.length === 0) return doc;
  try {
    const positions = await trackLayout(() => computeLayoutInWorker(doc, DEFAULT_LAYOUT_REQUEST));
    return setLayout(doc, positions);
  } catch (err) {
    notify('warning', (lang) => translate(lang, 'layout.openFailed', { reason: reasonOf(err) }));
    return doc;
  }
}
