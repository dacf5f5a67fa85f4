/**
 * Documents for end-to-end tests: read through the app's one import path, and put in
 * the open editor (through `window.__editorStore`) as a new, undoable document.
 */
import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { importDiagram } from '../src/domain/document/import';
import type { Diagram } from '../src/domain/document/types';

/** A document from its JSON text, as the app would open it; throws with the reasons if refused. */
export function importedDoc(text: string): Diagram {
  const result = importDiagram(text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('\n'));
  return result.doc;
}

/** Replaces the open document and waits until the canvas shows every node. */
export async function replaceDoc(page: Page, doc: Diagram): Promise<void> {
  await page.evaluate((d) => window.__editorStore!.getState().replaceDoc(d), doc);
  await expect(page.locator('.react-flow__node')).toHaveCount(doc.nodes.length);
}

/** Drops a file on the canvas, as from the desktop. */
export async function dropFile(page: Page, name: string, text: string, type = 'application/json') {
  await page.getByTestId('canvas').evaluate(
    (el, { name, text, type }) => {
      const box = el.getBoundingClientRect();
      const data = new DataTransfer();
      data.items.add(new File([text], name, { type }));
      const init = {
        dataTransfer: data,
        bubbles: true,
        cancelable: true,
        clientX: box.left + 200,
        clientY: box.top + 200,
      };
      el.dispatchEvent(new DragEvent('dragover', init));
      el.dispatchEvent(new DragEvent('drop', init));
    },
    { name, text, type },
  );
}

/** Pastes text on the page, as Ctrl+V with it on the system clipboard. */
export async function pasteText(page: Page, text: string) {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}
