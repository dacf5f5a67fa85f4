/**
 * The layout worker: builds the ELK graph, runs ELK and maps the result back, all off
 * the main thread, and answers with positions only (small to copy back).
 *
 * elk.bundled.js runs ELK in the thread that imports it, here this worker. Its
 * bootstrap claims `self.onmessage` in any worker context (kieler/elkjs#141); the
 * assignment below, which runs after the import, takes it back.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { computeLayout } from './computeLayout';
import type { LayoutJob, LayoutReply } from './workerProtocol';

const elk = new ELK();

function reply(message: LayoutReply) {
  self.postMessage(message);
}

self.onmessage = async (event: MessageEvent<LayoutJob>) => {
  const { id, doc, request } = event.data;
  try {
    reply({ id, ok: true, positions: await computeLayout(elk, doc, request) });
  } catch (err) {
    reply({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
