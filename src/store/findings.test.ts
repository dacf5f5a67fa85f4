import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importDiagram } from '../domain/document/import';
import { setLayout } from '../domain/commands';
import type { Diagram } from '../domain/document/types';
import { challengeStore } from './challenge';
import { createEditorStore } from './editorStore';
import { createFindingsStore, nodeFindingsOf } from './findings';
import {
  acceptFinding,
  fixFinding,
  removeAcceptance,
  showFinding,
  unacceptFinding,
} from '../panels/findings/findingActions';

/** Internet → IGW → ALB in a one-AZ public subnet, and a GuardDuty drawn inside the VPC (shared with the e2e test). */
const DEMO_TEXT = readFileSync('e2e/fixtures/findings-demo.json', 'utf8');

function demoDoc(): Diagram {
  const r = importDiagram(DEMO_TEXT);
  if (!r.ok) throw new Error('demo diagram does not import');
  return r.doc;
}

function setup() {
  const editor = createEditorStore();
  editor.getState().loadInitial(demoDoc());
  const { store, stop } = createFindingsStore(editor, challengeStore);
  stops.push(stop);
  return { editor, store };
}

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
  challengeStore.getState().leave();
});

const rulesOf = (fs: readonly { rule: string }[]) => fs.map((f) => f.rule);

describe('findings store', () => {
  it('computes the findings of the current document at creation', () => {
    const { store } = setup();
    const s = store.getState();
    expect(rulesOf(s.findings)).toEqual(['NET-06', 'PLC-01', 'WAF-06', 'NET-10', 'SHD-07']);
    expect(s.counts).toEqual({ error: 2, warning: 1, info: 2 });
    expect(s.accepted).toEqual([]);
  });

  it('recomputes after a document change, not after selection or UI changes', () => {
    const { editor, store } = setup();
    const v = store.getState().version;
    editor.getState().select({ nodes: ['alb'], edges: [] });
    editor.getState().requestFit();
    editor.getState().setLang('ja');
    expect(store.getState().version).toBe(v);

    fixFinding(
      store.getState().findings.find((f) => f.rule === 'PLC-01')!,
      editor,
    );
    expect(store.getState().version).toBe(v + 1);
    expect(rulesOf(store.getState().findings)).not.toContain('PLC-01');
    expect(store.getState().counts.error).toBe(1);
  });

  it('keeps the findings, without a validator run, when a change only moves things', () => {
    const { editor, store } = setup();
    const before = store.getState();
    editor
      .getState()
      .commit((d) =>
        setLayout(d, { alb: { position: { x: 900, y: 700 } }, vpc: { position: { x: 5, y: 5 } } }),
      );
    const after = store.getState();
    expect(after.doc).toBe(editor.getState().doc);
    expect(after.version).toBe(before.version);
    expect(after.findings).toBe(before.findings);
    editor.getState().commit((d) => ({ ...d, title: 'Renamed' }));
    expect(store.getState().version).toBe(before.version + 1);
  });

  it('keeps the worst severity per node, for every node a finding involves', () => {
    const { store } = setup();
    const s = store.getState();
    // alb: NET-06 (error), WAF-06 (warning), SHD-07 (info) → error.
    expect(nodeFindingsOf(s, 'alb')?.worst).toBe('error');
    expect(rulesOf(nodeFindingsOf(s, 'alb')!.findings)).toEqual(['NET-06', 'WAF-06', 'SHD-07']);
    // pub is the second node of NET-06.
    expect(nodeFindingsOf(s, 'pub')?.worst).toBe('error');
    expect(nodeFindingsOf(s, 'vpc')?.worst).toBe('info');
    expect(nodeFindingsOf(s, 'in')).toBeUndefined();
  });

  it('hands back the same objects for what did not change, so badges do not re-render', () => {
    const { editor, store } = setup();
    const before = store.getState();
    editor.getState().commit((d) => ({ ...d, title: 'Renamed' }));
    const after = store.getState();
    expect(after.version).toBe(before.version + 1);
    expect(after.byNode.get('alb')).toBe(before.byNode.get('alb'));
    expect(after.findings[0]).toBe(before.findings[0]);

    fixFinding(
      after.findings.find((f) => f.rule === 'WAF-06')!,
      editor,
    );
    const fixed = store.getState();
    expect(fixed.byNode.get('alb')).not.toBe(after.byNode.get('alb'));
    expect(fixed.byNode.get('gd')).toBe(after.byNode.get('gd'));
  });

  it('sets accepted findings apart: not counted, not on the badges', () => {
    const { editor, store } = setup();
    const waf = store.getState().findings.find((f) => f.rule === 'WAF-06')!;
    expect(acceptFinding(waf, '   ', editor)).toBe(false);
    expect(editor.getState().past).toHaveLength(0);

    expect(acceptFinding(waf, 'Internal test only', editor)).toBe(true);
    expect(editor.getState().past).toHaveLength(1);
    expect(editor.getState().doc.accepted).toEqual([
      { rule: 'WAF-06', node: 'alb', reason: 'Internal test only' },
    ]);
    const s = store.getState();
    expect(rulesOf(s.accepted)).toEqual(['WAF-06']);
    expect(rulesOf(s.findings)).not.toContain('WAF-06');
    expect(s.counts).toEqual({ error: 2, warning: 0, info: 2 });
    expect(rulesOf(nodeFindingsOf(s, 'alb')!.findings)).toEqual(['NET-06', 'SHD-07']);

    unacceptFinding(s.accepted[0], editor);
    expect(editor.getState().doc.accepted).toBeUndefined();
    expect(store.getState().counts.warning).toBe(1);
  });

  it('lists an acceptance whose finding was fixed as unused until it is removed', () => {
    const { editor, store } = setup();
    const waf = store.getState().findings.find((f) => f.rule === 'WAF-06')!;
    acceptFinding(waf, 'Internal test only', editor);
    expect(store.getState().unusedAccepted).toEqual([]);

    expect(fixFinding(waf, editor)).toBe(true);
    const entry = { rule: 'WAF-06', node: 'alb', reason: 'Internal test only' };
    expect(store.getState().accepted).toEqual([]);
    expect(store.getState().unusedAccepted).toEqual([entry]);
    // Fixing does not drop the acceptance by itself: the user decides.
    expect(editor.getState().doc.accepted).toEqual([entry]);

    removeAcceptance(entry, editor);
    expect(editor.getState().doc.accepted).toBeUndefined();
    expect(store.getState().unusedAccepted).toEqual([]);
    editor.getState().undo();
    expect(store.getState().unusedAccepted).toEqual([entry]);
  });

  it('applies a one-click fix as one undo step, and undo brings the finding back', () => {
    const { editor, store } = setup();
    const waf = store.getState().findings.find((f) => f.rule === 'WAF-06')!;
    expect(fixFinding(waf, editor)).toBe(true);
    expect(editor.getState().past).toHaveLength(1);
    expect(rulesOf(store.getState().findings)).not.toContain('WAF-06');
    editor.getState().undo();
    expect(rulesOf(store.getState().findings)).toContain('WAF-06');
  });

  it('warns and records no step when a fix changes nothing', () => {
    const { editor, store } = setup();
    const stale = { ...store.getState().findings.find((f) => f.rule === 'NET-10')!, rule: 'X-00' };
    expect(fixFinding(stale, editor)).toBe(false);
    expect(editor.getState().past).toHaveLength(0);
    expect(editor.getState().notices.map((n) => n.tone)).toEqual(['warning']);
  });

  it('hides findings from badges while an unchecked challenge is open', () => {
    const { store } = setup();
    challengeStore.getState().start('some-challenge');
    expect(store.getState().hidden).toBe(true);
    expect(nodeFindingsOf(store.getState(), 'alb')).toBeUndefined();
    challengeStore.getState().check();
    expect(store.getState().hidden).toBe(false);
    expect(nodeFindingsOf(store.getState(), 'alb')?.worst).toBe('error');
  });

  it('starts hidden when created during an unchecked challenge', () => {
    challengeStore.getState().start('some-challenge');
    const { store } = setup();
    expect(store.getState().hidden).toBe(true);
  });
});

describe('showing a finding', () => {
  it('selects the nodes that still exist and asks the canvas to centre on them', () => {
    const editor = createEditorStore();
    editor.getState().loadInitial(demoDoc());
    const request = editor.getState().focusRequest;
    showFinding(
      {
        rule: 'NET-06',
        severity: 'error',
        nodes: ['alb', 'gone', 'pub'],
        message: { en: '', ja: '' },
      },
      editor,
    );
    expect(editor.getState().selection.nodes).toEqual(['alb', 'pub']);
    expect(editor.getState().focusNodes).toEqual(['alb', 'pub']);
    expect(editor.getState().focusRequest).toBe(request + 1);
  });
});
