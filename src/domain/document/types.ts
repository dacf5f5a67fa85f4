/**
 * The diagram document: the public JSON format of docs/spec/format.md, as held in memory.
 *
 * In memory every node's `props` is complete (each prop of its kind present, defaults
 * filled in by import or by the command that created it) and every edge has its `kind`
 * resolved, so rules and the inspector never deal with "missing means default".
 */
import type { KindId } from '../kinds/types';
import type { Localized, PropValue } from './values';

export const DOCUMENT_TYPE = 'aws-security-playground';
export const CURRENT_VERSION = 1;

export type { Localized, PropValue, RuleRow } from './values';

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface DiagramNode {
  id: string;
  kind: KindId;
  label?: string;
  /** Id of the containing node; absent at top level. */
  parent?: string;
  /** Top-left, relative to the parent (or the canvas at top level). */
  position?: Point;
  /** Containers only. */
  size?: Size;
  props: Record<string, PropValue>;
}

export type EdgeKind = 'traffic' | 'protects' | 'monitors' | 'findings' | 'notifies' | 'logs';
export const EDGE_KINDS: readonly EdgeKind[] = [
  'traffic',
  'protects',
  'monitors',
  'findings',
  'notifies',
  'logs',
];

export type TrafficProtocol = 'tcp' | 'udp' | 'icmp' | 'all';

export interface TrafficProps {
  /** A number or a "1024-65535"-style range. */
  port: number | string;
  protocol: TrafficProtocol;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label?: string;
  /** Present on traffic edges only. */
  props?: TrafficProps;
}

export interface AcceptedFinding {
  rule: string;
  node: string;
  reason: string;
}

export interface PresetExpectation {
  rule: string;
  nodes: string[];
}

export interface PresetInfo {
  id: string;
  title: Localized;
  exam: string[];
  mode: 'reference' | 'challenge';
  scenario: Localized;
  lesson: Localized;
  expect: PresetExpectation[];
  /** Suggested traces (docs/presets.md); in a challenge, those with `expect` are goals. */
  traces?: PresetTrace[];
  /** Each labelled node's label in both languages, by node id (read with `presetLabel`). */
  labels?: Readonly<Record<string, Localized>>;
}

/** A trace question as a preset stores it (same fields as the trace tool's question). */
export interface PresetTraceQuestion {
  from: string;
  to: string;
  port?: number;
  protocol?: 'tcp' | 'udp' | 'icmp' | 'all';
  fromCidr?: string;
  threat?: 'none' | 'sqli' | 'http-flood' | 'syn-flood' | 'exploit';
  mode?: 'network' | 'drawn';
}

export interface PresetTrace {
  label: Localized;
  question: PresetTraceQuestion;
  /** A goal: the answer the finished design must give. */
  expect?: 'reachable' | 'unreachable' | 'stopped';
}

export interface Diagram {
  type: typeof DOCUMENT_TYPE;
  version: number;
  title?: string;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Findings the user accepted with a reason: shown apart, not counted. */
  accepted?: AcceptedFinding[];
  preset?: PresetInfo;
}

export function emptyDiagram(title?: string): Diagram {
  return {
    type: DOCUMENT_TYPE,
    version: CURRENT_VERSION,
    ...(title ? { title } : {}),
    nodes: [],
    edges: [],
  };
}
