/**
 * Whether a layout is running (button or open-with-layout), for the progress indicator.
 * Kept apart from runLayout.ts so that showing it does not load ELK.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

interface LayoutStatus {
  /** Layouts in flight; the indicator shows while it is above zero. */
  running: number;
}

export const layoutStatus = createStore<LayoutStatus>()(() => ({ running: 0 }));

export async function trackLayout<T>(work: () => Promise<T>): Promise<T> {
  layoutStatus.setState((s) => ({ running: s.running + 1 }));
  try {
    return await work();
  } finally {
    layoutStatus.setState((s) => ({ running: s.running - 1 }));
  }
}

export function useLayoutBusy(): boolean {
  return useStore(layoutStatus, (s) => s.running > 0);
}
