/**
 * Command-line pieces the subcommands share: `--flag value` / `--flag=value` options
 * around one FILE, a choice among fixed values, and the output format and language.
 * A parser returns the reason as a string when the arguments are wrong.
 */
export type Lang = 'en' | 'ja';
export type Format = 'text' | 'json';

export const FORMATS: readonly Format[] = ['text', 'json'];
export const LANGS: readonly Lang[] = ['en', 'ja'];

export interface Options {
  readonly file: string;
  /** The value of each flag given (the last one wins). */
  readonly values: ReadonlyMap<string, string>;
}

/** FILE and the values of `flags` (each takes a value), or what is wrong. */
export function parseOptions(args: readonly string[], flags: readonly string[]): Options | string {
  let file: string | undefined;
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].startsWith('--') ? args[i].split(/=(.*)/s, 2) : [args[i]];
    if (flags.includes(flag)) {
      const value = inline ?? args[++i];
      if (value === undefined) return `${flag} needs a value`;
      values.set(flag, value);
    } else if (flag.startsWith('-') && flag !== '-') return `unknown option ${flag}`;
    else if (file === undefined) file = flag;
    else return `unexpected argument ${flag}`;
  }
  if (file === undefined) return 'FILE is missing';
  return { file, values };
}

/** "a, b or c". */
function orList(choices: readonly string[]): string {
  return choices.length < 2
    ? (choices[0] ?? '')
    : `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}

/** A wrong command line; the parsers turn it into their "what is wrong" string. */
export class UsageError extends Error {}

/**
 * The value of `flag` among `choices`, or the fallback when the flag is absent; throws
 * a UsageError ("--lang must be en or ja, not 'fr'") when it is not one of them.
 */
export function choiceOption<T extends string>(
  options: Options,
  flag: string,
  choices: readonly T[],
  fallback: T,
): T {
  const value = options.values.get(flag);
  if (value === undefined) return fallback;
  const choice = choices.find((c) => c === value);
  if (choice === undefined)
    throw new UsageError(`${flag} must be ${orList(choices)}, not '${value}'`);
  return choice;
}

/** Runs a parser that throws UsageError; returns its reason as a string instead. */
export function usageErrorAsText<T>(parse: () => T): T | string {
  try {
    return parse();
  } catch (err) {
    if (err instanceof UsageError) return err.message;
    throw err;
  }
}
