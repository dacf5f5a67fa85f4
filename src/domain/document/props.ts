/**
 * Node props read from a file (or patched by a command): every prop of the kind is
 * present afterwards, unknown ones are dropped and a value of the wrong type falls
 * back to the kind's default, each reported with its JSON path.
 */
import type { KindId, PropSpec } from '../kinds/types';
import type { PropValue } from './types';
import type { ImportIssue, IssueSink } from './issues';
import { at, makeIssue } from './issues';
import { expectedOfSpec } from './importMessages';
import { isAbsent, isRecord, own } from './read';
import { readRuleRows } from './ruleRows';
import { defaultPropValue, getKind } from '../kinds/catalogue';

/** Complete props of `kind` from a file's `props` value. */
export function readProps(
  kind: KindId,
  value: unknown,
  path: string,
  report: IssueSink,
): Record<string, PropValue> {
  const specs = getKind(kind).props;
  let raw: Readonly<Record<string, unknown>> = {};
  if (isRecord(value)) raw = value;
  else if (!isAbsent(value)) report(makeIssue('props-not-object', path, value));

  for (const name of Object.keys(raw)) {
    if (!Object.prototype.hasOwnProperty.call(specs, name)) {
      report(makeIssue('unknown-prop', at(path, name), name, kind));
    }
  }
  const props: Record<string, PropValue> = {};
  for (const [name, spec] of Object.entries(specs)) {
    const given = own(raw, name);
    props[name] = isAbsent(given)
      ? (defaultPropValue(kind, name) as PropValue)
      : readPropValue(kind, name, spec, given, at(path, name), report);
  }
  return props;
}

/** One prop's value, or the kind's default when it does not fit the spec (reported). */
export function readPropValue(
  kind: KindId,
  name: string,
  spec: PropSpec,
  value: unknown,
  path: string,
  report: IssueSink,
): PropValue {
  const fallback = () => {
    const d = defaultPropValue(kind, name) as PropValue;
    report(
      makeIssue(
        'prop-wrong-type',
        path,
        expectedOfSpec(spec.type, 'options' in spec ? spec.options : []),
        value,
        d,
      ),
    );
    return d;
  };
  switch (spec.type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : fallback();
    // A policy that does not parse is kept as typed: POL-03 reports it (docs/rules.md).
    case 'string':
    case 'policy':
      return typeof value === 'string' ? value : fallback();
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value) ? value : fallback();
    case 'subset':
      if (!Array.isArray(value)) return fallback();
      return keepItems(value, path, report, (item, itemPath) =>
        typeof item === 'string' && spec.options.includes(item)
          ? item
          : makeIssue('option-dropped', itemPath, item, spec.options),
      );
    case 'idList':
      if (!Array.isArray(value)) return fallback();
      return keepItems(value, path, report, (item, itemPath) =>
        typeof item === 'string' ? item : makeIssue('id-not-text', itemPath, item),
      );
    case 'sgRules':
      return Array.isArray(value) ? readRuleRows(value, 'sg', path, report) : fallback();
    case 'naclRules':
      return Array.isArray(value) ? readRuleRows(value, 'nacl', path, report) : fallback();
  }
}

/** The items of a string list that `check` accepts, without repeats, in their order. */
function keepItems(
  items: readonly unknown[],
  path: string,
  report: IssueSink,
  check: (item: unknown, itemPath: string) => string | ImportIssue,
): string[] {
  const kept: string[] = [];
  items.forEach((item, k) => {
    const result = check(item, at(path, k));
    if (typeof result !== 'string') report(result);
    else if (!kept.includes(result)) kept.push(result);
  });
  return kept;
}

/**
 * `patch` applied to complete `props`: only the kind's props, only values that fit
 * their spec (others are ignored). Used by commands; import reports instead.
 */
export function mergeProps(
  kind: KindId,
  props: Readonly<Record<string, PropValue>>,
  patch: Readonly<Record<string, unknown>>,
): Record<string, PropValue> {
  const specs = getKind(kind).props;
  const out: Record<string, PropValue> = { ...props };
  for (const name of Object.keys(patch)) {
    if (!Object.prototype.hasOwnProperty.call(specs, name)) continue;
    let fits = true;
    const value = readPropValue(kind, name, specs[name], patch[name], name, () => {
      fits = false;
    });
    if (fits) out[name] = value;
  }
  return out;
}
