/**
 * The HCL parser's refusal (`parse config: [main.tf:2,7-3,1: Invalid expression;
 * Expected the start of an expression, ...]`) as an import issue that names the file,
 * line and column of the first diagnostic: path `main.tf line 2, column 7`.
 */
import type { ImportIssue } from '../../../document/issues';
import { positionPath, sourceIssue } from '../../issues';
import { REFUSAL } from '../texts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function hclParseIssue(fileName: string, error: unknown): ImportIssue {
  let message: string;
  try {
    message = error instanceof Error ? error.message : String(error);
  } catch {
    message = 'unknown error';
  }
  const body = message.replace(/^parse config: \[/, '').replace(/\]$/, '');
  const diagnostic = new RegExp(`${escape(fileName)}:(\\d+),(\\d+)(?:-\\d+(?:,\\d+)?)?: `, 'g');
  const first = diagnostic.exec(body);
  if (!first) return sourceIssue('hcl-syntax', fileName, REFUSAL.hcl(body.trim() || message));
  const next = diagnostic.exec(body);
  const detail = body.slice(first.index + first[0].length, next ? next.index : undefined).trim();
  const path = `${fileName} ${positionPath({ line: Number(first[1]), column: Number(first[2]) })}`;
  return sourceIssue('hcl-syntax', path, REFUSAL.hcl(detail));
}
