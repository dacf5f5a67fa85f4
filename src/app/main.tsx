/**
 * Start-up: language (remembered choice, else the browser's), the last autosave, then
 * the first render. The store is exposed as `window.__editorStore` for end-to-end
 * tests and for curious users in the console; it holds nothing secret.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { editorStore } from '../store/editorStore';
import type { EditorStore } from '../store/editorStore';
import { findingsStore } from '../store/findings';
import type { FindingsStore } from '../store/findings';
import { traceStore } from '../store/trace';
import type { TraceStore } from '../store/trace';
import { initialLang, restoreAutosave, startAutosave } from '../store/persistence';
import { followPresetSession } from '../presets/presetSession';
import { openPresetFromUrl } from '../presets/startup';
import { App } from './App';

declare global {
  interface Window {
    __editorStore?: EditorStore;
    __findingsStore?: FindingsStore;
    __traceStore?: TraceStore;
  }
}

editorStore.getState().setLang(initialLang());
restoreAutosave(editorStore);
startAutosave(editorStore);
// Challenge mode follows the open document (restored, or opened by ?preset=<id>).
followPresetSession(editorStore);
void openPresetFromUrl();
window.__editorStore = editorStore;
window.__findingsStore = findingsStore;
window.__traceStore = traceStore;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
