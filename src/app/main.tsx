/**
 * Start-up: language (remembered choice, else the browser's), the last autosave, then
 * the first render. The store is exposed as `window.__editorStore` for end-to-end
 * tests and for curious users in the console; it holds nothing secret.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { editorStore } from '../store/editorStore';
import type { EditorStore } from '../store/editorStore';
import { initialLang, restoreAutosave, startAutosave } from '../store/persistence';
import { prepareKindIconUrls } from '../canvas/iconImages';
import { App } from './App';

declare global {
  interface Window {
    __editorStore?: EditorStore;
  }
}

editorStore.getState().setLang(initialLang());
restoreAutosave(editorStore);
startAutosave(editorStore);
window.__editorStore = editorStore;
prepareKindIconUrls();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
