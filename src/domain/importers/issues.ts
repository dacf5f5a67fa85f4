/**
 * Refusals and repairs of a template reader, in the shape of the document importer's
 * issues (document/issues.ts), so the app and the CLI show them the same way. The
 * path says where: `line 12, column 5` for a syntax error, or the property path
 * (`Resources.Web.Properties.SubnetId`, `aws_instance.web.subnet_id`).
 */
import type { ImportIssue } from '../document/issues';
import type { Localized } from '../document/types';
import type { SourcePosition } from './model';

export function sourceIssue(code: string, path: string, message: Localized): ImportIssue {
  return { path, code, message: { en: `${path}: ${message.en}`, ja: `${path}: ${message.ja}` } };
}

/** `line 12, column 5` / `12 行 5 列` is shown through the message; the path stays English like JSON paths. */
export function positionPath(at: SourcePosition): string {
  return `line ${at.line}, column ${at.column}`;
}

/** What a reader returns: the model, or the reasons it refuses the file. */
export type ReaderResult<M> = { ok: true; model: M } | { ok: false; errors: ImportIssue[] };
