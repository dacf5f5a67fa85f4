/**
 * The export commands behind the Export menu. Loaded on first use, so the export code
 * is not part of the initial bundle.
 */
import { translate } from '../i18n';
import { editorStore } from '../store/editorStore';
import { markSaved } from '../store/unsavedWork';
import { documentBlob } from './documentFile';
import { downloadBlob } from './download';
import { exportFileName } from './fileName';
import { exportPng } from './png';
import type { ImageChoice } from './render';
import { ExportProblem } from './render';
import { exportSvg } from './svg';

export type ExportFormat = 'png' | 'svg' | 'json';

async function exportBlob(format: ExportFormat, choice: ImageChoice): Promise<Blob> {
  const { doc, lang, notify } = editorStore.getState();
  if (format === 'json') return documentBlob(doc);
  if (format === 'svg') return exportSvg(choice);
  const png = await exportPng(doc, choice);
  if (png.reduced)
    notify({
      tone: 'warning',
      text: translate(lang, 'exporting.reduced', { width: png.width, height: png.height }),
    });
  return png.blob;
}

/** Exports the open diagram and downloads it; problems become notices, never exceptions. */
export async function exportAs(format: ExportFormat, choice: ImageChoice): Promise<void> {
  const { doc } = editorStore.getState();
  try {
    downloadBlob(await exportBlob(format, choice), exportFileName(doc.title, format));
    // JSON is the document, and the PNG carries it: either file opens it again
    if (format !== 'svg') markSaved(doc);
  } catch (err) {
    const { lang, notify } = editorStore.getState();
    const text =
      err instanceof ExportProblem
        ? translate(lang, err.key)
        : translate(lang, 'exporting.failed', {
            reason: err instanceof Error ? err.message : String(err),
          });
    notify({ tone: 'error', text });
  }
}
