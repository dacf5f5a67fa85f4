/**
 * The study path: every topic of the exam notes (src/domain/learn/topics.ts) in a list
 * beside the chosen topic's explanation, exam traps, rules (with their explanations)
 * and presets, each challenge marked solved from the learner's progress. Opening a
 * preset goes through the gallery's `openPreset` and closes the dialog.
 */
import { useEffect, useRef, useState } from 'react';
import type { Progress } from '../domain/learn/progress';
import type { Topic } from '../domain/learn/topics';
import { TOPICS } from '../domain/learn/topics';
import { pick } from '../i18n';
import { Modal } from '../panels/Modal';
import { useDialogKeys } from '../panels/useDialogKeys';
import { useLang, useT } from '../panels/useT';
import type { PresetEntry } from '../presets/catalog';
import { openPreset } from '../presets/openPreset';
import { usePresetCatalog } from '../presets/usePresetCatalog';
import { ChallengeStatus } from './ChallengeStatus';
import { closeLearn } from './learnState';
import { pathSolved, topicEntries, topicSolved } from './learnModel';
import { useProgress } from './progress';
import { ResetProgressButton } from './ResetProgressButton';
import { RuleExplanation } from './RuleExplanation';
import './learn.css';

const NO_ENTRIES: readonly PresetEntry[] = [];

function useProgressState(): Progress {
  const solved = useProgress((s) => s.solved);
  const hintsUsed = useProgress((s) => s.hintsUsed);
  const rulesMet = useProgress((s) => s.rulesMet);
  return { solved, hintsUsed, rulesMet };
}

function TopicCount({ topic, entries }: { topic: Topic; entries: readonly PresetEntry[] }) {
  const t = useT();
  const count = topicSolved(topic, entries, useProgressState());
  if (count.total === 0)
    return (
      <span className="asp-learn__count asp-learn__count--none">{t('learn.noChallenge')}</span>
    );
  const done = count.solved === count.total;
  return (
    <span
      className={done ? 'asp-learn__count asp-learn__count--done' : 'asp-learn__count'}
      data-testid="learn-topic-count"
      title={t('learn.topicCountTitle', { ...count })}
    >
      {done && <span aria-hidden="true">✓ </span>}
      {t('learn.topicCount', { ...count })}
    </span>
  );
}

function PresetRow({ entry }: { entry: PresetEntry }) {
  const t = useT();
  const lang = useLang();
  const { preset } = entry;
  const onOpen = async () => {
    if (await openPreset(entry)) closeLearn();
  };
  return (
    <li className="asp-learn__preset" data-testid={`learn-preset-${entry.id}`}>
      <span className={`asp-preset-tag asp-preset-tag--${preset.mode}`}>
        {t(`presets.mode.${preset.mode}`)}
      </span>
      <span className="asp-learn__preset-title">{pick(lang, preset.title)}</span>
      {preset.mode === 'challenge' && <ChallengeStatus presetId={entry.id} />}
      <button
        type="button"
        className="asp-button asp-button--small"
        title={t('learn.openTitle')}
        data-testid="learn-preset-open"
        onClick={() => void onOpen()}
      >
        {t('learn.open')}
      </button>
    </li>
  );
}

function TopicDetails({ topic, entries }: { topic: Topic; entries: readonly PresetEntry[] }) {
  const t = useT();
  const lang = useLang();
  const shown = topicEntries(topic, entries);
  return (
    <section
      className="asp-learn__topic"
      aria-labelledby="asp-learn-topic-title"
      data-testid={`learn-topic-${topic.id}`}
    >
      <h3 id="asp-learn-topic-title">{pick(lang, topic.title)}</h3>
      <p data-testid="learn-summary">{pick(lang, topic.summary)}</p>
      <h4>{t('learn.traps')}</h4>
      <ul className="asp-learn__traps">
        {topic.traps.map((trap) => (
          <li key={trap.en}>{pick(lang, trap)}</li>
        ))}
      </ul>
      <h4>{t('learn.rules')}</h4>
      {topic.rules.length === 0 ? (
        <p>{t('learn.noRules')}</p>
      ) : (
        <ul className="asp-learn__rules">
          {topic.rules.map((id) => (
            <RuleExplanation key={id} ruleId={id} />
          ))}
        </ul>
      )}
      <h4>{t('learn.presets')}</h4>
      {shown.length === 0 ? (
        <p>{t('learn.noPresets')}</p>
      ) : (
        <ul className="asp-learn__presets">
          {shown.map((entry) => (
            <PresetRow key={entry.id} entry={entry} />
          ))}
        </ul>
      )}
    </section>
  );
}

export default function LearnView() {
  const t = useT();
  const lang = useLang();
  const loaded = usePresetCatalog();
  const entries = loaded.state === 'ready' ? loaded.catalog.entries : NO_ENTRIES;
  const [chosen, setChosen] = useState<Topic>(TOPICS[0]);
  const overall = pathSolved(TOPICS, entries, useProgressState());
  const dialogRef = useRef<HTMLDivElement>(null);
  const firstTopic = useRef<HTMLButtonElement>(null);
  useDialogKeys(dialogRef, closeLearn);
  useEffect(() => firstTopic.current?.focus(), []);

  return (
    <Modal
      titleId="asp-learn-title"
      title={t('learn.title')}
      closeLabel={t('learn.close')}
      onClose={closeLearn}
      testId="learn-view"
      className="asp-learn"
      dialogRef={dialogRef}
    >
      <div className="asp-learn__bar">
        <span data-testid="learn-overall" aria-live="polite">
          {loaded.state === 'ready' ? t('learn.overall', { ...overall }) : t('learn.loading')}
        </span>
        <ResetProgressButton />
      </div>
      {loaded.state === 'failed' && (
        <p role="alert">{t('presets.loadFailed', { reason: loaded.reason })}</p>
      )}
      <div className="asp-learn__body">
        <nav aria-label={t('learn.topics')}>
          <ul className="asp-learn__list" data-testid="learn-topics">
            {TOPICS.map((topic, k) => (
              <li key={topic.id}>
                <button
                  ref={k === 0 ? firstTopic : undefined}
                  type="button"
                  className="asp-learn__choice"
                  aria-current={topic === chosen ? 'true' : undefined}
                  data-testid={`learn-choose-${topic.id}`}
                  onClick={() => setChosen(topic)}
                >
                  <span>{pick(lang, topic.title)}</span>
                  {loaded.state === 'ready' && <TopicCount topic={topic} entries={entries} />}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <TopicDetails topic={chosen} entries={entries} />
      </div>
    </Modal>
  );
}
