import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isKindId } from '../kinds/catalogue';
import { RULES, RULES_BY_ID } from '../rules/registry';
import { TOPICS, TOPICS_BY_ID, topicsWithoutChallenge } from './topics';

// Read from disk, not a hand-kept list, so presets added by anyone count.
const PRESET_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../presets');
const PRESET_MODES = new Map<string, string>(
  readdirSync(PRESET_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const doc = JSON.parse(readFileSync(join(PRESET_DIR, f), 'utf8')) as {
        preset: { id: string; mode: string };
      };
      return [doc.preset.id, doc.preset.mode];
    }),
);

const REQUIRED = [
  'ids-ips',
  'nacl',
  'security-groups',
  'waf',
  'firewall-manager',
  'network-firewall',
  'shield',
  'guardduty',
  'security-hub',
  'inspector',
  'codeguru',
  'devops-guru',
  'macie',
  'detective',
  'policy-generator',
  'artifact-audit',
];

describe('study topics', () => {
  it('has every topic of the notes, each id once', () => {
    for (const id of REQUIRED) expect(TOPICS_BY_ID.has(id), id).toBe(true);
    expect(TOPICS_BY_ID.size).toBe(TOPICS.length);
  });

  it.each(TOPICS.map((t) => [t.id, t] as const))('%s names only existing things', (_, topic) => {
    for (const rule of topic.rules) expect(RULES_BY_ID.has(rule), rule).toBe(true);
    for (const preset of topic.presets) expect(PRESET_MODES.has(preset), preset).toBe(true);
    for (const kind of topic.kinds) expect(isKindId(kind), kind).toBe(true);
    expect(topic.kinds.length).toBeGreaterThan(0);
    expect(new Set(topic.rules).size).toBe(topic.rules.length);
    expect(new Set(topic.presets).size).toBe(topic.presets.length);
  });

  it.each(TOPICS.map((t) => [t.id, t] as const))('%s is written in both languages', (_, topic) => {
    const texts = [topic.title, topic.summary, ...topic.traps];
    expect(topic.traps.length).toBeGreaterThanOrEqual(1);
    expect(topic.traps.length).toBeLessThanOrEqual(4);
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.ja.trim()).not.toBe('');
    }
    // Service names may read the same in both titles; the prose must be translated.
    for (const text of [topic.summary, ...topic.traps]) expect(text.ja).not.toBe(text.en);
  });

  it('gives every registered rule a topic', () => {
    const taught = new Set(TOPICS.flatMap((t) => t.rules));
    expect(RULES.map((r) => r.meta.id).filter((id) => !taught.has(id))).toEqual([]);
  });

  it('lists the topics none of whose presets is a challenge', () => {
    const isChallenge = (id: string) => PRESET_MODES.get(id) === 'challenge';
    const missing = topicsWithoutChallenge(isChallenge);
    for (const topic of missing) expect(topic.presets.some(isChallenge)).toBe(false);
    const covered = TOPICS.filter((t) => !missing.includes(t));
    for (const topic of covered) expect(topic.presets.some(isChallenge)).toBe(true);
    expect(topicsWithoutChallenge(() => false)).toEqual([...TOPICS]);
  });
});
