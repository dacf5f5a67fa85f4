/**
 * What a trace is expected to answer: `reachable`, `unreachable`, or `stopped` (its
 * threat is stopped). The CLI's `--expect` and the presets' trace goals judge alike.
 */
import type { TraceResult } from './types';

export type TraceExpectation = 'reachable' | 'unreachable' | 'stopped';
export const TRACE_EXPECTATIONS: readonly TraceExpectation[] = [
  'reachable',
  'unreachable',
  'stopped',
];

export function meetsExpectation(result: TraceResult, expect: TraceExpectation): boolean {
  if (expect === 'stopped') return result.threat?.outcome === 'stopped';
  return result.reachable === (expect === 'reachable');
}
