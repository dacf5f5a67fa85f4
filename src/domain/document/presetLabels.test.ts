import { describe, expect, it } from 'vitest';
import { exportDiagram } from './export';
import { importDiagram } from './import';
import { presetLabel, withPresetLabels } from './presetLabels';
import type { Diagram } from './types';

function presetDoc(labels: unknown): string {
  return JSON.stringify({
    type: 'aws-security-playground',
    version: 1,
    nodes: [
      { id: 'alb', kind: 'alb', label: 'Web ALB', position: { x: 0, y: 0 } },
      { id: 'waf', kind: 'waf', position: { x: 200, y: 0 } },
    ],
    edges: [],
    preset: {
      id: 'p',
      title: { en: 'T', ja: 'T' },
      mode: 'reference',
      scenario: { en: 'S', ja: 'S' },
      lesson: { en: 'L', ja: 'L' },
      labels,
    },
  });
}

function imported(labels: unknown) {
  const result = importDiagram(presetDoc(labels));
  if (!result.ok) throw new Error('refused');
  return result;
}

describe('preset.labels', () => {
  it('is kept, read by node id and written back by export', () => {
    const { doc, warnings } = imported({ alb: { en: 'Web ALB', ja: 'Web 用 ALB' } });
    expect(warnings).toEqual([]);
    const preset = doc.preset!;
    expect(presetLabel(preset, 'alb', 'ja')).toBe('Web 用 ALB');
    expect(presetLabel(preset, 'waf', 'ja')).toBeUndefined();
    const again = importDiagram(exportDiagram(doc));
    expect(again.ok && again.doc.preset?.labels).toEqual(preset.labels);
  });

  it('drops a block of the wrong shape with a warning, keeping the preset', () => {
    const { doc, warnings } = imported(['Web ALB']);
    expect(doc.preset?.id).toBe('p');
    expect(doc.preset?.labels).toBeUndefined();
    expect(warnings.map((w) => w.path)).toEqual(['preset.labels']);
  });

  it('drops an entry without both languages, and reports unknown fields', () => {
    const { doc, warnings } = imported({
      alb: { en: 'Web ALB', ja: 'Web 用 ALB', fr: 'ALB Web' },
      waf: { en: 'Web ACL' },
      x: 'text',
    });
    expect(Object.keys(doc.preset!.labels!)).toEqual(['alb']);
    expect(warnings.map((w) => w.path)).toEqual([
      'preset.labels.alb.fr',
      'preset.labels.waf',
      'preset.labels.x',
    ]);
  });

  it('keeps a __proto__ node id as a plain entry, never touching prototypes', () => {
    const text = presetDoc({}).replace(
      '"labels":{}',
      '"labels":{"__proto__":{"en":"A","ja":"あ"}}',
    );
    const result = importDiagram(text);
    if (!result.ok) throw new Error('refused');
    const preset = result.doc.preset!;
    expect(Object.getPrototypeOf(preset.labels)).toBe(Object.prototype);
    expect(presetLabel(preset, '__proto__', 'ja')).toBe('あ');
    expect(presetLabel(preset, 'constructor', 'ja')).toBeUndefined();
    expect(({} as Record<string, unknown>).en).toBeUndefined();
  });

  it('shows the labels of the chosen language on the nodes', () => {
    const { doc } = imported({ alb: { en: 'Web ALB', ja: 'Web 用 ALB' } });
    const ja = withPresetLabels(doc, 'ja');
    expect(ja.nodes.map((n) => n.label)).toEqual(['Web 用 ALB', undefined]);
    expect(withPresetLabels(doc, 'en').nodes[0].label).toBe('Web ALB');
    const plain: Diagram = { ...doc, preset: { ...doc.preset!, labels: undefined } };
    expect(withPresetLabels(plain, 'ja')).toBe(plain);
  });
});
