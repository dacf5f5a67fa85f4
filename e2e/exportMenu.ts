/** The Export menu in end-to-end tests: one export, downloaded. */
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Opens the Export menu, clicks `testId` (`export-png`, …) and reads the downloaded file. */
export async function downloadExport(
  page: Page,
  testId: string,
): Promise<{ file: Download; bytes: Buffer }> {
  await page.getByTestId('export-menu').click();
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId(testId).click(),
  ]);
  return { file, bytes: readFileSync((await file.path())!) };
}
