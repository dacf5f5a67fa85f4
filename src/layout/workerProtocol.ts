/** Messages between the main thread (runLayout.ts) and the layout worker (elk.worker.ts). */
import type { Diagram } from '../domain/document/types';
import type { LayoutPositions, LayoutRequest } from './elkGraph';

export interface LayoutJob {
  id: number;
  doc: Diagram;
  request: LayoutRequest;
}

export type LayoutReply =
  { id: number; ok: true; positions: LayoutPositions } | { id: number; ok: false; error: string };
