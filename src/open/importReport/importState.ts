/**
 * What the UI shows of opening a template: the file being read (reading Terraform may
 * first load its parser), and the import report of the last template opened, with
 * whether its dialog is open. The report stays at hand (the "Show import report"
 * button) while the diagram it describes is the open one.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { ImportReport } from '../../domain/importers/report';

export interface Reading {
  /** The file name(s), as the notices show them; undefined for pasted text. */
  source?: string;
  terraform: boolean;
}

export interface OpenedReport extends Reading {
  report: ImportReport;
  /** The library record of the diagram the template became (undefined without a library). */
  recordId?: string;
}

export interface ImportUiState {
  reading: Reading | null;
  opened: OpenedReport | null;
  dialogOpen: boolean;
}

export const importState = createStore<ImportUiState>()(() => ({
  reading: null,
  opened: null,
  dialogOpen: false,
}));

export function useImportState<T>(selector: (s: ImportUiState) => T): T {
  return useStore(importState, selector);
}

/** Shows that `reading` is being read while `work` runs. */
export async function whileReading<T>(reading: Reading, work: () => Promise<T>): Promise<T> {
  importState.setState({ reading });
  try {
    return await work();
  } finally {
    importState.setState({ reading: null });
  }
}

/** A template was opened: its report opens at once. */
export function reportOpened(opened: OpenedReport): void {
  importState.setState({ opened, dialogOpen: true });
}

export function openImportReport(): void {
  if (importState.getState().opened) importState.setState({ dialogOpen: true });
}

export function closeImportReport(): void {
  importState.setState({ dialogOpen: false });
}

export function forgetImportReport(): void {
  importState.setState({ opened: null, dialogOpen: false });
}
