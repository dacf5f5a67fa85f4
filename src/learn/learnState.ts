/** Whether the study path is open: the toolbar button and the dialog share it. */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

const learnStore = createStore<{ open: boolean }>()(() => ({ open: false }));

export function openLearn(): void {
  learnStore.setState({ open: true });
}

export function closeLearn(): void {
  learnStore.setState({ open: false });
}

export function useLearnOpen(): boolean {
  return useStore(learnStore, (s) => s.open);
}
