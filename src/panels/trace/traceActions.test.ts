import { describe, expect, it, onTestFinished } from 'vitest';
import { updateNode } from '../../domain/commands';
import { threeTier } from '../../domain/trace/testing';
import { createEditorStore } from '../../store/editorStore';
import { createTraceStore, DEFAULT_DRAFT } from '../../store/trace';
import { applyTraceFix, backOutOfTrace, toggleTraceTool } from './traceActions';

/** The three-tier diagram in an editor, and a trace store following it until the test ends. */
function tracing() {
  const editor = createEditorStore();
  editor.getState().loadInitial(threeTier());
  const { store: trace, stop } = createTraceStore(editor);
  onTestFinished(stop);
  return { editor, trace };
}

describe('trace tool actions', () => {
  it('toggles the tool, and Escape stops picking before it closes', () => {
    const { trace } = tracing();
    toggleTraceTool(trace);
    expect(trace.getState()).toMatchObject({ open: true, picking: 'to' });
    expect(backOutOfTrace(trace)).toBe(true);
    expect(trace.getState()).toMatchObject({ open: true, picking: null });
    expect(backOutOfTrace(trace)).toBe(true);
    expect(trace.getState().open).toBe(false);
    expect(backOutOfTrace(trace)).toBe(false);
    toggleTraceTool(trace);
    trace.getState().showExposure();
    toggleTraceTool(trace);
    expect(trace.getState()).toMatchObject({ open: false, exposure: null });
  });

  it('applies the Fix as one undo step; the answer follows the document', () => {
    const { editor, trace } = tracing();
    editor.getState().commit((doc) => updateNode(doc, 'sg-alb', { props: { inbound: [] } }));
    trace.getState().openTool({ ...DEFAULT_DRAFT, from: 'internet', to: 'web' }, true);
    expect(trace.getState().result?.reachable).toBe(false);
    const undoDepth = editor.getState().past.length;

    expect(applyTraceFix(trace, editor)).toBe(true);
    expect(editor.getState().past.length).toBe(undoDepth + 1);
    expect(trace.getState().result?.reachable).toBe(true);
    // Nothing left to fix.
    expect(applyTraceFix(trace, editor)).toBe(false);

    editor.getState().undo();
    expect(trace.getState().result?.blocked?.code).toBe('SG_INBOUND_DENY');
  });
});
