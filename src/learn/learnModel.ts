/**
 * What the study path shows of a topic: its presets resolved against the preset catalog
 * (an id that is not in the catalog is skipped, not shown broken) and how many of its
 * challenges the learner solved. Pure, so the counts are tested without React.
 */
import type { Progress } from '../domain/learn/progress';
import { solvedOf } from '../domain/learn/progress';
import type { Topic } from '../domain/learn/topics';
import type { PresetEntry } from '../presets/catalog';

export interface SolvedCount {
  solved: number;
  total: number;
}

export function topicEntries(topic: Topic, entries: readonly PresetEntry[]): PresetEntry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return topic.presets.flatMap((id) => byId.get(id) ?? []);
}

function countSolved(challengeIds: Iterable<string>, progress: Progress): SolvedCount {
  const ids = [...new Set(challengeIds)];
  return { solved: ids.filter((id) => solvedOf(progress, id)).length, total: ids.length };
}

const challengeIdsOf = (entries: readonly PresetEntry[]) =>
  entries.filter((e) => e.preset.mode === 'challenge').map((e) => e.id);

export function topicSolved(
  topic: Topic,
  entries: readonly PresetEntry[],
  progress: Progress,
): SolvedCount {
  return countSolved(challengeIdsOf(topicEntries(topic, entries)), progress);
}

/** Over the whole path: each challenge once, even when several topics share it. */
export function pathSolved(
  topics: readonly Topic[],
  entries: readonly PresetEntry[],
  progress: Progress,
): SolvedCount {
  return countSolved(
    topics.flatMap((t) => challengeIdsOf(topicEntries(t, entries))),
    progress,
  );
}
