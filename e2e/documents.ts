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
