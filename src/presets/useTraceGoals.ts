/**
 * The goal traces of the open preset, answered for the live document: recomputed on
 * every edit that a trace can see, kept as they are while nodes are only moved.
 */
import { useState } from 'react';
import type { PresetTrace } from '../domain/document/types';
import { useEditor } from '../store/editorStore';
import type { TraceGoal } from './traceGoals';
import { goalTracker } from './traceGoals';

export function useTraceGoals(traces: readonly PresetTrace[] | undefined): readonly TraceGoal[] {
  const [track] = useState(() => goalTracker());
  return useEditor((s) => track(s.doc, traces));
}
