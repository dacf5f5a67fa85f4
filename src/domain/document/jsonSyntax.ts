/**
 * JSON.parse with a useful error: engines word their syntax errors differently and
 * some give no position at all, so on failure a small scanner finds the first
 * offending character and says what was expected there (line and column, 1-based).
 */
import type { JsonExpectation } from './importMessages';

export type JsonParseResult =
  | { ok: true; value: unknown }
  | { ok: false; line?: number; column?: number; expectation: JsonExpectation };

export function parseJson(text: string): JsonParseResult {
  // Editors on Windows may save a byte-order mark, which JSON.parse rejects.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const found = locateJsonError(body);
    if (!found) return { ok: false, expectation: 'value' };
    return { ok: false, ...lineAndColumn(body, found.offset), expectation: found.expectation };
  }
}

export interface JsonSyntaxError {
  offset: number;
  expectation: JsonExpectation;
}

class SyntaxStop {
  constructor(readonly error: JsonSyntaxError) {}
}

/**
 * The first syntax error of `text` per RFC 8259, or null when it is valid JSON.
 * Iterative (an explicit stack), so deep nesting cannot overflow the call stack.
 */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;
  const stack: ('{' | '[')[] = [];
  const stop = (expectation: JsonExpectation, offset = i): never => {
    throw new SyntaxStop({ offset, expectation });
  };
  const skipSpace = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const scanString = () => {
    i++; // opening quote
    for (;;) {
      if (i >= text.length) stop('string-end');
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) stop('control-char');
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) stop('escape', i + 1);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop('escape', i + 1);
      } else i++;
    }
  };
  const digits = () => {
    const start = i;
    while (i < text.length && text[i] >= '0' && text[i] <= '9') i++;
    if (i === start) stop('number');
  };
  const scanNumber = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else digits();
    if (text[i] === '.') {
      i++;
      digits();
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      digits();
    }
  };
  /** After `{` or `,` in an object: a field name and its colon. */
  const scanKey = (afterComma: boolean) => {
    skipSpace();
    if (text[i] !== '"') stop(afterComma && text[i] === '}' ? 'trailing-comma' : 'property-name');
    scanString();
    skipSpace();
    if (text[i] !== ':') stop('colon');
    i++;
  };

  try {
    let expectValue = true;
    let afterComma = false;
    for (;;) {
      skipSpace();
      if (expectValue) {
        const c = text[i];
        if (c === '{') {
          i++;
          skipSpace();
          if (text[i] === '}') {
            i++;
            expectValue = false;
          } else {
            stack.push('{');
            scanKey(false);
          }
        } else if (c === '[') {
          i++;
          skipSpace();
          if (text[i] === ']') {
            i++;
            expectValue = false;
          } else stack.push('[');
        } else if (c === '"') {
          scanString();
          expectValue = false;
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          scanNumber();
          expectValue = false;
        } else {
          const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!literal) stop(afterComma && c === ']' ? 'trailing-comma' : 'value');
          i += (literal as string).length;
          expectValue = false;
        }
        afterComma = false;
        continue;
      }
      const top = stack[stack.length - 1];
      if (top === undefined) {
        if (i < text.length) stop('end-of-file');
        return null;
      }
      const c = text[i];
      if (c === ',') {
        i++;
        if (top === '{') scanKey(true);
        expectValue = true;
        // In an object the comma was followed by a key, so a missing value is no trailing comma.
        afterComma = top === '[';
      } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
        i++;
        stack.pop();
      } else stop(top === '{' ? 'comma-or-brace' : 'comma-or-bracket');
    }
  } catch (e) {
    if (e instanceof SyntaxStop) return e.error;
    throw e;
  }
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let k = 0; k < end; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
