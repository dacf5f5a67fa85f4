/**
 * A diagram of the library: one record per diagram, its document kept as the public
 * file format (the text Save downloads), so that what the browser keeps is what a file
 * holds and is read back through the one import path. Pure: no storage here.
 */
import { exportDiagram } from '../domain/document/export';
import type { Diagram } from '../domain/document/types';
import type { Preview } from '../presets/preview';
import { presetPreview } from '../presets/preview';

export interface DiagramRecord {
  id: string;
  /** The document's title, copied here so the list needs no import. */
  title: string;
  /** The document as exported JSON (docs/format.md). */
  doc: string;
  createdAt: number;
  updatedAt: number;
  /** Bumped by every write; a tab writes only over the revision it last read. */
  rev: number;
  preview: Preview;
  /** Set while the record is in the trash. */
  deletedAt?: number;
}

/** Deleted diagrams stay restorable this long, then the next start removes them. */
export const TRASH_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/** A thumbnail is a glance: past this many boxes it only grows the record. */
export const PREVIEW_MAX_RECTS = 200;

export function newRecordId(): string {
  return crypto.randomUUID();
}

function smallPreview(doc: Diagram): Preview {
  const preview = presetPreview(doc);
  // presetPreview puts containers first, so the cut keeps the diagram's outline.
  return preview.rects.length <= PREVIEW_MAX_RECTS
    ? preview
    : { ...preview, rects: preview.rects.slice(0, PREVIEW_MAX_RECTS) };
}

/** The fields a document decides; `text` is its export when the caller has it already. */
export function documentFields(
  doc: Diagram,
  text: string = exportDiagram(doc),
): Pick<DiagramRecord, 'title' | 'doc' | 'preview'> {
  return { title: doc.title ?? '', doc: text, preview: smallPreview(doc) };
}

export function isPurgeable(record: DiagramRecord, now: number): boolean {
  return record.deletedAt !== undefined && now - record.deletedAt >= TRASH_DAYS * DAY_MS;
}

/** Whole days left before a trashed record is purged (at least 0). */
export function daysLeftInTrash(record: DiagramRecord, now: number): number {
  if (record.deletedAt === undefined) return TRASH_DAYS;
  return Math.max(0, Math.ceil((record.deletedAt + TRASH_DAYS * DAY_MS - now) / DAY_MS));
}

/** Case- and width-insensitive (ＶＰＣ finds VPC), so Japanese input finds Latin titles. */
function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function matchesQuery(record: DiagramRecord, query: string): boolean {
  const q = fold(query.trim());
  return q === '' || fold(record.title).includes(q);
}

/** The list or the trash, newest first (last change; for the trash, last deleted). */
export function listRecords(
  records: readonly DiagramRecord[],
  { trash = false, query = '' }: { trash?: boolean; query?: string } = {},
): DiagramRecord[] {
  const when = (r: DiagramRecord) => (trash ? (r.deletedAt ?? 0) : r.updatedAt);
  return records
    .filter((r) => (r.deletedAt !== undefined) === trash && matchesQuery(r, query))
    .sort((a, b) => when(b) - when(a));
}
