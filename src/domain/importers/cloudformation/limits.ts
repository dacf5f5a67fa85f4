/** Bounds that keep a hostile template from exhausting the stack, memory or time. */

/**
 * Deepest nesting of maps and lists accepted. Real templates stay under 30 levels
 * (a WAF rule's nested statements, an inline policy document); the YAML parser and
 * the evaluation recurse per level, and a stack overflows somewhere past 900.
 */
export const MAX_DEPTH = 100;

/** YAML aliases resolved per document (the `yaml` package's `maxAliasCount`). */
export const MAX_ALIASES = 100;

/**
 * Evaluation steps allowed, per character of the template plus a floor. Memoised
 * conditions and properties make evaluation linear in the template's size, so only
 * a pathological template reaches this.
 */
export const STEPS_PER_CHARACTER = 20;
export const MIN_STEPS = 200_000;

/** How many resources deep a chain of `Fn::GetAtt` on properties is followed. */
export const MAX_CHAIN = 32;
