/** What the canvas shows, read from the page: shared by the specs that check the view fits. */
import type { Page } from '@playwright/test';

/** Ids of the nodes not wholly inside the canvas (1 px of rounding allowed); [] when the view fits. */
export function nodesOutsideCanvas(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('.react-flow__node')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const inside =
          r.left >= canvas.left - 1 &&
          r.top >= canvas.top - 1 &&
          r.right <= canvas.right + 1 &&
          r.bottom <= canvas.bottom + 1;
        return !inside;
      })
      .map((el) => el.dataset.id ?? '?');
  });
}
