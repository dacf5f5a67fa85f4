/**
 * A guard before the HCL parser: text nested deeper than any real configuration is
 * refused at once, with where it happens. The parser (Go compiled to WebAssembly)
 * slows down sharply with depth (seconds at a thousand levels) and overflows the
 * stack further down, so a hostile file must not reach it.
 *
 * One pass over the text: brackets count outside strings and comments, and again
 * inside `${ ... }` interpolations of strings; heredocs are skipped.
 */
import type { SourcePosition } from '../../model';
import { lineAndColumn } from '../../../document/jsonSyntax';

/** Real configurations stay well under this (blocks in blocks, lists of objects). */
export const MAX_HCL_NESTING = 100;

type Context = 'code' | 'string' | 'template';

export function tooDeep(text: string, limit = MAX_HCL_NESTING): SourcePosition | undefined {
  const stack: Context[] = ['code'];
  let depth = 0;
  let i = 0;
  const open = (context: Context): boolean => {
    stack.push(context);
    if (context !== 'string') depth++;
    return depth > limit;
  };
  while (i < text.length) {
    const c = text[i];
    const top = stack[stack.length - 1];
    if (top === 'string') {
      if (c === '\\') i += 2;
      else if (c === '"') {
        stack.pop();
        i++;
      } else if ((c === '$' || c === '%') && text[i + 1] === '{') {
        if (open('template')) return lineAndColumn(text, i);
        i += 2;
      } else i++;
      continue;
    }
    if (c === '"') {
      stack.push('string');
      i++;
    } else if (c === '#' || (c === '/' && text[i + 1] === '/')) {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (c === '<' && text[i + 1] === '<') {
      i = heredocEnd(text, i);
    } else if (c === '{' || c === '[' || c === '(') {
      if (open('code')) return lineAndColumn(text, i);
      i++;
    } else if (c === '}' || c === ']' || c === ')') {
      if (stack.length > 1) {
        stack.pop();
        depth--;
      }
      i++;
    } else i++;
  }
  return undefined;
}

/** Index after a heredoc (`<<EOT` / `<<-EOT` ... `EOT`), or after `<<` when it is not one. */
function heredocEnd(text: string, at: number): number {
  const m = /^<<-?([A-Za-z_][\w-]*)[ \t]*\r?\n/.exec(text.slice(at, at + 200));
  if (!m) return at + 2;
  const close = new RegExp(`^[ \\t]*${m[1]}[ \\t]*$`, 'gm');
  close.lastIndex = at + m[0].length;
  const found = close.exec(text);
  return found ? found.index + found[0].length : text.length;
}
