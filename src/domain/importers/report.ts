/**
 * The import report: what became of every resource of a template, what the playground
 * does not draw (by type, with counts) and every value it could not know. Nothing is
 * dropped silently; the app shows the report after an import and can copy it, and the
 * CLI prints it on stderr.
 */
import type { KindId } from '../kinds/types';
import type { Localized } from '../document/types';
import type { SourceFormat, SourceId, SourcePosition, UnknownValue } from './model';

/** What one resource of the source became. */
export type Outcome =
  /** A node of its own, with this id and kind. */
  | { as: 'node'; node: string; kind: KindId }
  /** Folded into other nodes or edges: a rule row, an attachment, an association. */
  | { as: 'part-of'; nodes: string[] }
  /** Not drawn: a type the playground has no kind for, or one it could not place. */
  | { as: 'not-drawn'; reason?: Localized };

export interface ReportEntry {
  id: SourceId;
  sourceType: string;
  outcome: Outcome;
  at?: SourcePosition;
}

/** The types the playground does not draw, with how many resources of each. */
export interface NotDrawnType {
  sourceType: string;
  count: number;
  ids: SourceId[];
}

/** A decision the builder took that the user should know about (docs/import.md). */
export interface ReportNote {
  resource?: SourceId;
  text: Localized;
}

export interface ImportReport {
  format: SourceFormat;
  entries: ReportEntry[];
  notDrawn: NotDrawnType[];
  unknowns: UnknownValue[];
  notes: ReportNote[];
}
