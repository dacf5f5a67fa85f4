/**
 * The diagram as a JSON file: what Save and Export → JSON both download. The diagram
 * then counts as saved (store/unsavedWork.ts).
 */
import { exportDiagram } from '../domain/document/export';
import type { Diagram } from '../domain/document/types';
import { markSaved } from '../store/unsavedWork';
import { downloadBlob } from './download';
import { exportFileName } from './fileName';

export function documentBlob(doc: Diagram): Blob {
  return new Blob([exportDiagram(doc)], { type: 'application/json' });
}

export function downloadDocument(doc: Diagram): void {
  downloadBlob(documentBlob(doc), exportFileName(doc.title, 'json'));
  markSaved(doc);
}
