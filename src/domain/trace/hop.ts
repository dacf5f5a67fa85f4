/**
 * A hop before it belongs to a trace: what one check of one leg decided, with its
 * message left unwritten until the trace keeps the hop. The exposure map evaluates
 * thousands of legs and reads only the verdicts, so no text is built for them.
 */
import type { Localized } from '../document/types';
import type { TraceHop } from './types';

export interface HopFact extends Omit<TraceHop, 'leg' | 'message'> {
  readonly text: () => Localized;
}

/** A check's hops in the order they happened, up to and including the first deny. */
export class HopList {
  readonly hops: HopFact[] = [];
  /** Checks passed; a check with several conditions counts each one. */
  passed = 0;
  blocked: HopFact | undefined;

  allow(hop: Omit<HopFact, 'verdict'>, conditions = 1): void {
    this.hops.push({ ...hop, verdict: 'allow' });
    this.passed += conditions;
  }

  deny(hop: Omit<HopFact, 'verdict'>): void {
    const denied: HopFact = { ...hop, verdict: 'deny' };
    this.hops.push(denied);
    this.blocked = denied;
  }

  inspect(hop: Omit<HopFact, 'verdict' | 'rule'>): void {
    this.hops.push({ ...hop, verdict: 'inspect', rule: null });
  }

  /** Conditions met before a deny inside the same check (the gateway's three). */
  count(conditions: number): void {
    this.passed += conditions;
  }
}

export function toTraceHop(fact: HopFact, leg: number): TraceHop {
  const { text, ...hop } = fact;
  return { leg, ...hop, message: text() };
}
