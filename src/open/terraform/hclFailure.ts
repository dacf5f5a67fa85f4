/**
 * The Terraform parser's own failures (it took too long, crashed or could not start),
 * as opposed to its answer that a file is broken. Apart from the parser's client so
 * that the app can tell them without loading the parser.
 */
/** Why the parser could not answer at all. */
export type HclFailureReason = 'timeout' | 'crashed' | 'startup';

export class HclParserFailure extends Error {
  readonly reason: HclFailureReason;
  /** For a timeout: the time the file was given. */
  readonly seconds?: number;
  constructor(reason: HclFailureReason, detail: string, timeoutMs?: number) {
    super(detail);
    this.name = 'HclParserFailure';
    this.reason = reason;
    if (timeoutMs !== undefined) this.seconds = Math.round(timeoutMs / 1000);
  }
}

/** True for the parser's own failures (not a syntax error of the file). */
export function isHclParserFailure(err: unknown): err is HclParserFailure {
  return err instanceof HclParserFailure;
}
