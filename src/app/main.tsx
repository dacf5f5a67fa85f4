/**
 * Start-up: language (remembered choice, else the browser's), the tab's diagram from the
 * library, then the first render. The store is exposed as `window.__editorStore` for end-to-end
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
import { initialLang } from '../store/persistence';
import { startLibrary } from '../library/session';
import { followPresetSession } from '../presets/presetSession';
import { followRulesMet } from '../learn/followRulesMet';
import { progressStore } from '../learn/progress';
import { openPresetFromUrl } from '../presets/startup';
import { App } from './App';
import { followShareLinks, openShareLinkFromUrl } from '../open/openShareLink';

declare global {
  interface Window {
    __editorStore?: EditorStore;
    __findingsStore?: FindingsStore;
    __traceStore?: TraceStore;
  }
}

editorStore.getState().setLang(initialLang());
window.__editorStore = editorStore;
window.__findingsStore = findingsStore;
window.__traceStore = traceStore;

// The tab's diagram comes from IndexedDB, which answers asynchronously: the app renders
// once it is there, so that nothing opened or drawn meanwhile is replaced by it.
void startLibrary(editorStore).then(() => {
  // Challenge mode follows the open document (restored, or opened by ?preset=<id>).
  followPresetSession(editorStore);
  // The rules whose findings the learner sees count as met (the study path shows them).
  followRulesMet(findingsStore, progressStore);
  void openPresetFromUrl();
  // A share link (#d1=…) opens its diagram, like ?preset=, through the one import path.
  void openShareLinkFromUrl();
  followShareLinks();

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
