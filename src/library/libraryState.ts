/**
 * What the UI shows of the library: whether work is being kept, a conflict with
 * another tab, whether My diagrams is open, and a counter that moves whenever records
 * change here or in another tab (the open list reloads on it).
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

/**
 * `kept`: records are written to IndexedDB. `memory`: the browser keeps nothing
 * (private mode, storage disabled); records live until the page closes. `failing`: the
 * last write was refused (a full quota); the next change tries again.
 */
export type StorageStatus = 'starting' | 'kept' | 'memory' | 'failing';

export interface LibraryUiState {
  status: StorageStatus;
  /** The open diagram's record, changed in another tab while this one has edits too. */
  conflict: string | null;
  dialogOpen: boolean;
  changes: number;
}

export const libraryState = createStore<LibraryUiState>()(() => ({
  status: 'starting',
  conflict: null,
  dialogOpen: false,
  changes: 0,
}));

export function useLibrary<T>(selector: (s: LibraryUiState) => T): T {
  return useStore(libraryState, selector);
}

export function recordsChanged(): void {
  libraryState.setState((s) => ({ changes: s.changes + 1 }));
}

export function openMyDiagrams(): void {
  libraryState.setState({ dialogOpen: true });
}

export function closeMyDiagrams(): void {
  libraryState.setState({ dialogOpen: false });
}
