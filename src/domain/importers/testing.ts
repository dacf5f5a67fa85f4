/** What the importers' tests of every format share. */

/**
 * For the tests of big or hostile inputs: a generous bound that catches a hang or a
 * quadratic or exponential blow-up, not a speed goal. Speed is measured by
 * `npm run bench -- import`.
 */
export const HANG_GUARD = { timeout: 60_000 };
