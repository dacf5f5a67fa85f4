/**
 * The JSON file of a diagram, exactly as format.md writes it: fields in a fixed order
 * (so files diff well in git), 2-space indentation, a trailing newline. Only known
 * fields are written; props in the kind's order.
 */
import type { Diagram, DiagramEdge, DiagramNode, PresetInfo, PropValue, RuleRow } from './types';
import { CURRENT_VERSION, DOCUMENT_TYPE } from './types';
import { getKind, isKindId } from '../kinds/catalogue';
import { copyPresetLabels } from './presetLabels';

export function exportDiagram(doc: Diagram): string {
  const out: Record<string, unknown> = { type: DOCUMENT_TYPE, version: CURRENT_VERSION };
  if (doc.title !== undefined) out.title = doc.title;
  out.nodes = doc.nodes.map(nodeJson);
  out.edges = doc.edges.map(edgeJson);
  if (doc.accepted !== undefined) {
    out.accepted = doc.accepted.map((a) => ({ rule: a.rule, node: a.node, reason: a.reason }));
  }
  if (doc.preset !== undefined) out.preset = presetJson(doc.preset);
  return `${JSON.stringify(out, null, 2)}\n`;
}

function nodeJson(node: DiagramNode): Record<string, unknown> {
  const out: Record<string, unknown> = { id: node.id, kind: node.kind };
  if (node.label !== undefined) out.label = node.label;
  if (node.parent !== undefined) out.parent = node.parent;
  if (node.position) out.position = { x: node.position.x, y: node.position.y };
  if (node.size) out.size = { width: node.size.width, height: node.size.height };
  out.props = propsJson(node);
  return out;
}

function propsJson(node: DiagramNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const names = isKindId(node.kind) ? Object.keys(getKind(node.kind).props) : [];
  for (const name of names) {
    if (Object.prototype.hasOwnProperty.call(node.props, name)) {
      out[name] = valueJson(node.props[name]);
    }
  }
  return out;
}

function valueJson(value: PropValue): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((item: string | RuleRow) => (typeof item === 'string' ? item : rowJson(item)));
}

const ROW_FIELDS = [
  'rule',
  'protocol',
  'ports',
  'source',
  'destination',
  'cidr',
  'action',
] as const;

function rowJson(row: RuleRow): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of ROW_FIELDS) if (row[field] !== undefined) out[field] = row[field];
  return out;
}

function edgeJson(edge: DiagramEdge): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: edge.kind,
  };
  if (edge.label !== undefined) out.label = edge.label;
  if (edge.props) out.props = { port: edge.props.port, protocol: edge.props.protocol };
  return out;
}

function presetJson(preset: PresetInfo): Record<string, unknown> {
  const text = (t: { en: string; ja: string }) => ({ en: t.en, ja: t.ja });
  const out: Record<string, unknown> = {
    id: preset.id,
    title: text(preset.title),
    exam: [...preset.exam],
    mode: preset.mode,
    scenario: text(preset.scenario),
    lesson: text(preset.lesson),
    expect: preset.expect.map((e) => ({ rule: e.rule, nodes: [...e.nodes] })),
  };
  if (preset.traces) out.traces = preset.traces.map((t) => structuredClone(t));
  if (preset.labels) out.labels = copyPresetLabels(preset.labels);
  return out;
}
