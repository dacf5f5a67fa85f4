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

/**
 * Resolves once the page has drawn the frame that shows the indicator (or after
 * `fallbackMs`, since a hidden tab draws no frames). Showing the indicator repaints
 * the canvas; started together with ELK, that repaint waits for a core: ELK's worker
 * and V8 compiling it take both of a two-core machine (docs/decisions.md, Layout).
 */
function indicatorDrawn(fallbackMs = 100): Promise<void> {
  if (typeof requestAnimationFrame === 'undefined') return Promise.resolve();
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, fallbackMs);
    // rAF runs before the frame is drawn; the timeout after it runs once it is drawn
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

export async function trackLayout<T>(work: () => Promise<T>): Promise<T> {
  layoutStatus.setState((s) => ({ running: s.running + 1 }));
  try {
    await indicatorDrawn();
    return await work();
  } finally {
    layoutStatus.setState((s) => ({ running: s.running - 1 }));
  }
}

export function useLayoutBusy(): boolean {
  return useStore(layoutStatus, (s) => s.running > 0);
}
