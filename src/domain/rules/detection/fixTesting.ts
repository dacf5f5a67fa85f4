/**
 * Test helper (imports vitest; used by the *.test.ts files of this folder and of
 * firewalls/): a one-click fix resolves its finding and adds no other finding of the
 * same rule.
 */
import { expect } from 'vitest';
import type { Diagram } from '../../document/types';
import { expectFixResolves, runOnly } from '../testing';
import type { Finding, Rule } from '../types';

const findingSignature = (f: Finding): string => `${f.nodes[0]}|${[...f.nodes].sort().join(',')}`;

/** expectFixResolves, plus: every finding of the rule after the fix was there before. */
export function expectCleanFix(rule: Rule, doc: Diagram, firstNode?: string): Diagram {
  const before = new Set(runOnly(rule, doc).map(findingSignature));
  const fixed = expectFixResolves(rule, doc, firstNode);
  const added = runOnly(rule, fixed).filter((f) => !before.has(findingSignature(f)));
  expect(
    added.map((f) => f.nodes),
    `new ${rule.meta.id} findings after the fix`,
  ).toEqual([]);
  return fixed;
}

/** The nodes of `after` that `before` did not have. */
export function addedNodes(before: Diagram, after: Diagram): Diagram['nodes'] {
  const old = new Set(before.nodes.map((n) => n.id));
  return after.nodes.filter((n) => !old.has(n.id));
}
