/** The traffic trace and the exposure map (docs/spec/trace.md): the domain's one entry. */
export * from './types';
export { trace, normalizeQuestion } from './trace';
export { exposureMap, RISKY_PORTS } from './exposure';
export { meetsExpectation, TRACE_EXPECTATIONS } from './expectation';
export type { TraceExpectation } from './expectation';
