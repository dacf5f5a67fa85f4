/**
 * The validator's live result for the open document: recomputed whenever the
 * document changes (the canvas commits a drag once, at its end, so pointer moves never
 * run the rules), kept apart from the editor store so that nothing which only edits
 * the document pays for it.
 *
 * A change that only moves or resizes things (a layout, a drag) keeps the findings.
 * Objects are shared between runs: a finding that is found again is the same object,
 * and a node whose findings did not change keeps the same `NodeFindings`. A node badge
 * subscribes to its own entry and re-renders only when that entry changes.
 */
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { AcceptedFinding, Diagram } from '../domain/document/types';
import { differsOnlyInGeometry } from '../domain/document/geometryOnly';
import { findingKey, runRules, summarize } from '../domain/rules/engine';
import type { SeverityCounts } from '../domain/rules/engine';
import type { Finding, Severity } from '../domain/rules/types';
import type { ChallengeState } from './challenge';
import { challengeStore, findingsHidden } from './challenge';
import type { EditorState } from './editorStore';
import { editorStore } from './editorStore';

/** What the canvas shows on one node: the findings that involve it and the worst severity. */
export interface NodeFindings {
  worst: Severity;
  findings: readonly Finding[];
}

export interface FindingsState {
  /** The document these findings were computed for. */
  doc: Diagram;
  /** Counted findings, most severe first. */
  findings: readonly Finding[];
  /** Findings the user accepted with a reason: listed apart, never counted or badged. */
  accepted: readonly Finding[];
  /** Acceptances in the document that match no finding any more (the problem was fixed). */
  unusedAccepted: readonly AcceptedFinding[];
  counts: SeverityCounts;
  /** Every node some counted finding involves (any position in `finding.nodes`). */
  byNode: ReadonlyMap<string, NodeFindings>;
  /** True while an unchecked challenge is open: no badges, no list, no counts. */
  hidden: boolean;
  /** Bumped on every recompute (tests and the bench wait for it). */
  version: number;
}

/** Name of the `performance.mark` left after each recompute (the browser bench reads it). */
export const FINDINGS_MARK = 'asp:findings-updated';

/** The same objects as the previous run for findings found again, so memoised rows keep. */
function reuseFindings(
  fresh: readonly Finding[],
  previous: ReadonlyMap<string, Finding>,
  into: Map<string, Finding>,
): Finding[] {
  return fresh.map((f) => {
    const key = findingKey(f);
    const kept = previous.get(key) ?? f;
    into.set(key, kept);
    return kept;
  });
}

function sameList(a: readonly Finding[], b: readonly Finding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/** Findings per involved node; an entry that did not change is the previous object. */
function groupByNode(
  findings: readonly Finding[],
  previous: ReadonlyMap<string, NodeFindings>,
): Map<string, NodeFindings> {
  const lists = new Map<string, Finding[]>();
  for (const f of findings) {
    // A finding may name a node twice (e.g. two roles of one service): badge it once.
    for (const id of new Set(f.nodes)) {
      const list = lists.get(id);
      if (list) list.push(f);
      else lists.set(id, [f]);
    }
  }
  const byNode = new Map<string, NodeFindings>();
  for (const [id, list] of lists) {
    const before = previous.get(id);
    if (before && sameList(before.findings, list)) {
      byNode.set(id, before);
      continue;
    }
    // Findings come sorted most severe first, so the node's first one is its worst.
    byNode.set(id, { worst: list[0].severity, findings: list });
  }
  return byNode;
}

export type FindingsStore = StoreApi<FindingsState>;

/**
 * A findings store that follows `editor`'s document and `challenge`'s hiding. Returns
 * the store and a function that stops following (tests).
 */
export function createFindingsStore(
  editor: StoreApi<EditorState>,
  challenge: StoreApi<ChallengeState>,
): { store: FindingsStore; stop: () => void } {
  let byKey = new Map<string, Finding>();

  const compute = (doc: Diagram, previous: FindingsState | null): FindingsState => {
    const result = runRules(doc);
    const nextByKey = new Map<string, Finding>();
    const findings = reuseFindings(result.findings, byKey, nextByKey);
    const accepted = reuseFindings(result.accepted, byKey, nextByKey);
    byKey = nextByKey;
    return {
      doc,
      findings,
      accepted,
      unusedAccepted: result.unusedAccepted,
      counts: summarize(findings),
      byNode: groupByNode(findings, previous?.byNode ?? new Map()),
      hidden: findingsHidden(challenge.getState()),
      version: (previous?.version ?? 0) + 1,
    };
  };

  const store = createStore<FindingsState>()(() => compute(editor.getState().doc, null));

  const stopEditor = editor.subscribe((s, prev) => {
    if (s.doc === prev.doc) return;
    const current = store.getState();
    // A layout or a drag only moves things: the findings stand (no rule reads geometry).
    if (differsOnlyInGeometry(current.doc, s.doc)) {
      store.setState({ doc: s.doc });
      return;
    }
    store.setState(compute(s.doc, current), true);
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function')
      performance.mark(FINDINGS_MARK);
  });
  const stopChallenge = challenge.subscribe((s) => {
    const hidden = findingsHidden(s);
    if (hidden !== store.getState().hidden) store.setState({ hidden });
  });
  return {
    store,
    stop: () => {
      stopEditor();
      stopChallenge();
    },
  };
}

/** The app's findings, following the app's editor store. */
export const findingsStore: FindingsStore = createFindingsStore(editorStore, challengeStore).store;

export function useFindings<T>(selector: (s: FindingsState) => T): T {
  return useStore(findingsStore, selector);
}

/** One node's findings for its badge; undefined when it has none or findings are hidden. */
export function nodeFindingsOf(s: FindingsState, nodeId: string): NodeFindings | undefined {
  return s.hidden ? undefined : s.byNode.get(nodeId);
}

export function useNodeFindings(nodeId: string): NodeFindings | undefined {
  return useFindings((s) => nodeFindingsOf(s, nodeId));
}
