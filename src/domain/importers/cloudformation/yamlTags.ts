/**
 * The short forms of CloudFormation's intrinsic functions as `yaml` custom tags. Each
 * tag turns its node into the long form (`!Ref X` → `{Ref: X}`, `!Sub [...]` →
 * `{"Fn::Sub": [...]}`), whatever the node's shape, as CloudFormation does; the
 * evaluation then checks the arguments. `!GetAtt A.B` is the one short form with its
 * own syntax: it becomes `{"Fn::GetAtt": [A, B]}`.
 */
import type { CollectionTag, ScalarTag } from 'yaml';
import { Pair, Scalar, YAMLMap } from 'yaml';

/** Short tag name → long form key. */
const LONG_FORMS: Readonly<Record<string, string>> = {
  Ref: 'Ref',
  Condition: 'Condition',
  ...Object.fromEntries(
    [
      'GetAtt',
      'Sub',
      'Join',
      'Select',
      'Split',
      'If',
      'Equals',
      'And',
      'Or',
      'Not',
      'FindInMap',
      'GetAZs',
      'ImportValue',
      'Base64',
      'Cidr',
      'Length',
      'ToJsonString',
      'Transform',
    ].map((name) => [name, `Fn::${name}`]),
  ),
};

function longForm(key: string, value: unknown): YAMLMap {
  const map = new YAMLMap();
  map.items.push(new Pair(new Scalar(key), value));
  return map;
}

/**
 * The long form of a tagged scalar, as plain data: `yaml` keeps a scalar's value as it
 * is when converting to JavaScript, so a node there would stay a node.
 */
function scalarLongForm(short: string, key: string, source: string): Record<string, unknown> {
  if (short !== 'GetAtt') return { [key]: source };
  // `!GetAtt A.B.C` names attribute `B.C` of A (nested attributes exist, e.g. Endpoint.Address).
  const dot = source.indexOf('.');
  return { [key]: dot < 0 ? [source] : [source.slice(0, dot), source.slice(dot + 1)] };
}

export const CLOUDFORMATION_TAGS: (ScalarTag | CollectionTag)[] = Object.entries(
  LONG_FORMS,
).flatMap(([short, key]): (ScalarTag | CollectionTag)[] => {
  const tag = `!${short}`;
  return [
    { tag, resolve: (source: string) => scalarLongForm(short, key, source) },
    { tag, collection: 'seq', resolve: (seq) => longForm(key, seq) },
    { tag, collection: 'map', resolve: (map) => longForm(key, map) },
  ];
});
