import { afterEach, describe, expect, it } from 'vitest';
import { moveNodes, updateNode } from '../domain/commands';
import { fixForTrace } from '../domain/trace/fixes';
import { threeTier } from '../domain/trace/testing';
import { createEditorStore } from './editorStore';
import { createTraceStore, DEFAULT_DRAFT } from './trace';

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
});

function setup() {
  const editor = createEditorStore();
  editor.getState().loadInitial(threeTier());
  const { store, stop } = createTraceStore(editor);
  stops.push(stop);
  return { editor, trace: store };
}

const toWeb = { ...DEFAULT_DRAFT, from: 'internet', to: 'web', port: 443 };

describe('the trace tool store', () => {
  it('opens prefilled and runs the question at once', () => {
    const { trace } = setup();
    trace.getState().openTool(toWeb, true);
    const s = trace.getState();
    expect(s.open).toBe(true);
    expect(s.result?.reachable).toBe(true);
    expect(s.result?.path).toEqual(['internet', 'alb', 'web']);
  });

  it('follows edits: a rule changed in the document changes the answer', () => {
    const { editor, trace } = setup();
    trace.getState().openTool(toWeb, true);
    editor.getState().commit((doc) => updateNode(doc, 'sg-alb', { props: { inbound: [] } }));
    const blocked = trace.getState().result;
    expect(blocked?.reachable).toBe(false);
    expect(blocked?.blocked).toEqual({ node: 'sg-alb', code: 'SG_INBOUND_DENY' });
    editor.getState().undo();
    expect(trace.getState().result?.reachable).toBe(true);
  });

  it('keeps the answer when only positions change', () => {
    const { editor, trace } = setup();
    trace.getState().openTool(toWeb, true);
    const before = trace.getState().result;
    editor.getState().commit((doc) => moveNodes(doc, [{ id: 'web', position: { x: 9, y: 9 } }]));
    expect(trace.getState().result).toBe(before);
  });

  it('a fix is one undo step, and the trace reruns after it and after undo', () => {
    const { editor, trace } = setup();
    editor.getState().commit((doc) => updateNode(doc, 'sg-alb', { props: { inbound: [] } }));
    trace.getState().openTool(toWeb, true);
    const fix = fixForTrace(editor.getState().doc, trace.getState().result!);
    expect(fix).toBeDefined();
    editor.getState().commit(fix!.apply);
    expect(trace.getState().result?.reachable).toBe(true);
    editor.getState().undo();
    expect(trace.getState().result?.blocked?.code).toBe('SG_INBOUND_DENY');
  });

  it('picks the destination on the canvas, then runs', () => {
    const { trace } = setup();
    trace.getState().openTool({ ...DEFAULT_DRAFT, to: '' });
    expect(trace.getState().picking).toBe('to');
    trace.getState().pickNode('alb');
    expect(trace.getState().picking).toBeNull();
    expect(trace.getState().draft.to).toBe('alb');
    expect(trace.getState().result?.reachable).toBe(true);
  });

  it('says which field is wrong instead of answering', () => {
    const { trace } = setup();
    trace.getState().openTool({ ...toWeb, to: 'ghost' }, true);
    expect(trace.getState().result).toBeNull();
    expect(trace.getState().error?.en).toMatch(/ghost/);
  });

  it('recomputes a shown exposure map on every edit', () => {
    const { editor, trace } = setup();
    trace.getState().showExposure();
    expect(trace.getState().exposure?.nodes.map((n) => n.node)).toContain('alb');
    editor.getState().commit((doc) => updateNode(doc, 'sg-alb', { props: { inbound: [] } }));
    expect(trace.getState().exposure?.nodes.map((n) => n.node)).not.toContain('alb');
  });
});
