/** Small preset documents for the presets area's unit tests. */
import type { PresetSources } from './catalog';

export function presetJson(
  id: string,
  mode: 'reference' | 'challenge',
  nodes: unknown[],
  extra: { exam?: string[]; edges?: unknown[] } = {},
): string {
  return JSON.stringify({
    type: 'aws-security-playground',
    version: 1,
    title: id,
    nodes,
    edges: extra.edges ?? [],
    preset: {
      id,
      title: { en: `Title ${id}`, ja: `題 ${id}` },
      exam: extra.exam ?? ['SAA'],
      mode,
      scenario: { en: 'Scenario', ja: 'シナリオ' },
      lesson: { en: 'Lesson', ja: '学び' },
      expect: [],
    },
  });
}

/** A GuardDuty drawn inside a VPC: one PLC-01 error, which its one-click fix removes. */
export const CHALLENGE = presetJson(
  'gd-in-vpc',
  'challenge',
  [
    {
      id: 'vpc',
      kind: 'vpc',
      position: { x: 0, y: 0 },
      size: { width: 400, height: 300 },
    },
    { id: 'gd', kind: 'guardduty', parent: 'vpc', position: { x: 40, y: 80 } },
  ],
  { exam: ['SCS'] },
);

export const REFERENCE = presetJson('static-site', 'reference', [
  { id: 'waf', kind: 'waf', position: { x: 0, y: 0 } },
  { id: 'cf', kind: 'cloudfront', position: { x: 200, y: 0 } },
]);

export function sources(files: Record<string, string>): PresetSources {
  return Object.fromEntries(
    Object.entries(files).map(([file, text]) => [file, () => Promise.resolve(text)]),
  );
}
