/**
 * The presets gallery: a dialog of cards (title, exam tags, mode, thumbnail), filtered
 * by exam tag, mode and service. Opening a card replaces the diagram as one undo step,
 * asking first when that would replace unsaved work. Escape closes; cards are buttons.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { PresetInfo } from '../domain/document/types';
import { KINDS, getKind } from '../domain/kinds/catalogue';
import type { KindId } from '../domain/kinds/types';
import { pick } from '../i18n';
import { ChallengeStatus } from '../learn/ChallengeStatus';
import { ResetProgressButton } from '../learn/ResetProgressButton';
import { Modal } from '../panels/Modal';
import { useDialogKeys } from '../panels/useDialogKeys';
import { useLang, useT } from '../panels/useT';
import type { Translate } from '../panels/useT';
import type { BrokenPreset, PresetEntry } from './catalog';
import type { PresetFilter } from './filters';
import { NO_FILTER, matchesFilter, presetFacets } from './filters';
import { closePresetGallery } from './galleryState';
import { openPreset } from './openPreset';
import { PresetPreview } from './PresetPreview';
import { usePresetCatalog } from './usePresetCatalog';
import './presets.css';

const KIND_ORDER: readonly KindId[] = KINDS.map((k) => k.id);
/** One empty list while loading, so the memo below does not recompute every render. */
const NO_ENTRIES: readonly PresetEntry[] = [];
const MODES: readonly PresetInfo['mode'][] = ['reference', 'challenge'];

function brokenLine(t: Translate, b: BrokenPreset, lang: 'en' | 'ja'): string {
  if (b.errors === 'no-preset') return t('presets.broken.noPreset', { file: b.file });
  if (b.errors === 'duplicate-id') return t('presets.broken.duplicate', { file: b.file });
  return `${b.file}: ${b.errors.map((e) => pick(lang, e.message)).join('; ')}`;
}

function PresetCard({ entry, onOpen }: { entry: PresetEntry; onOpen: (e: PresetEntry) => void }) {
  const t = useT();
  const lang = useLang();
  const { preset } = entry;
  return (
    <li className="asp-preset-card__item">
      <button
        type="button"
        className={`asp-preset-card asp-preset-card--${preset.mode}`}
        data-testid={`preset-card-${entry.id}`}
        data-mode={preset.mode}
        onClick={() => onOpen(entry)}
      >
        <PresetPreview doc={entry.doc} />
        <span className="asp-preset-card__title" data-testid="preset-card-title">
          {pick(lang, preset.title)}
        </span>
        <span className="asp-preset-card__tags">
          <span
            className={`asp-preset-tag asp-preset-tag--${preset.mode}`}
            data-testid="preset-card-mode"
          >
            {t(`presets.mode.${preset.mode}`)}
          </span>
          {preset.mode === 'challenge' && <ChallengeStatus presetId={entry.id} />}
          {preset.exam.map((exam) => (
            <span key={exam} className="asp-preset-tag" data-testid="preset-card-exam">
              {exam}
            </span>
          ))}
          <span className="asp-preset-card__size">
            {t('presets.gallery.nodes', { count: entry.doc.nodes.length })}
          </span>
        </span>
        <span className="asp-preset-card__scenario">{pick(lang, preset.scenario)}</span>
      </button>
    </li>
  );
}

function FilterSelect({
  label,
  value,
  options,
  onChange,
  testId,
  selectRef,
}: {
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
  testId: string;
  selectRef?: RefObject<HTMLSelectElement | null>;
}) {
  const t = useT();
  return (
    <label className="asp-preset-filter">
      <span>{label}</span>
      <select
        ref={selectRef}
        value={value}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('presets.filter.any')}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export default function PresetGallery() {
  const t = useT();
  const lang = useLang();
  const loaded = usePresetCatalog();
  const [filter, setFilter] = useState<PresetFilter>(NO_FILTER);
  const firstFocus = useRef<HTMLSelectElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  useDialogKeys(dialogRef, closePresetGallery);
  useEffect(() => {
    // The first filter once the cards are there; the close button while loading.
    (loaded.state === 'ready' ? firstFocus : closeRef).current?.focus();
  }, [loaded.state]);

  const entries = loaded.state === 'ready' ? loaded.catalog.entries : NO_ENTRIES;
  const facets = useMemo(() => presetFacets(entries, KIND_ORDER), [entries]);
  const shown = entries.filter((e) => matchesFilter(e, filter));

  const onOpen = async (entry: PresetEntry) => {
    if (await openPreset(entry)) closePresetGallery();
  };

  return (
    <Modal
      titleId="asp-presets-title"
      title={t('presets.gallery.title')}
      closeLabel={t('presets.gallery.close')}
      onClose={closePresetGallery}
      testId="preset-gallery"
      className="asp-preset-gallery"
      dialogRef={dialogRef}
      closeRef={closeRef}
    >
      {loaded.state === 'loading' && (
        <p data-testid="preset-gallery-loading">{t('presets.gallery.loading')}</p>
      )}
      {loaded.state === 'failed' && (
        <p role="alert" className="asp-preset-gallery__error">
          {t('presets.loadFailed', { reason: loaded.reason })}
        </p>
      )}
      {loaded.state === 'ready' && (
        <>
          <div className="asp-preset-filters" role="group" aria-label={t('presets.gallery.title')}>
            <FilterSelect
              label={t('presets.filter.exam')}
              testId="preset-filter-exam"
              selectRef={firstFocus}
              value={filter.exam ?? ''}
              options={facets.exams.map((x) => ({ value: x, label: x }))}
              onChange={(v) => setFilter((f) => ({ ...f, exam: v || null }))}
            />
            <FilterSelect
              label={t('presets.filter.mode')}
              testId="preset-filter-mode"
              value={filter.mode ?? ''}
              options={MODES.map((m) => ({ value: m, label: t(`presets.mode.${m}`) }))}
              onChange={(v) =>
                setFilter((f) => ({ ...f, mode: (v || null) as PresetFilter['mode'] }))
              }
            />
            <FilterSelect
              label={t('presets.filter.kind')}
              testId="preset-filter-kind"
              value={filter.kind ?? ''}
              options={facets.kinds.map((k) => ({
                value: k,
                label: pick(lang, getKind(k).name),
              }))}
              onChange={(v) => setFilter((f) => ({ ...f, kind: (v || null) as KindId | null }))}
            />
            <button
              type="button"
              className="asp-button asp-button--small"
              data-testid="preset-filter-reset"
              disabled={filter === NO_FILTER}
              onClick={() => setFilter(NO_FILTER)}
            >
              {t('presets.filter.reset')}
            </button>
            <ResetProgressButton />
            <span
              className="asp-preset-filters__count"
              data-testid="preset-gallery-count"
              aria-live="polite"
            >
              {t('presets.gallery.count', { shown: shown.length, total: entries.length })}
            </span>
          </div>
          {shown.length === 0 ? (
            <p data-testid="preset-gallery-empty">{t('presets.gallery.empty')}</p>
          ) : (
            <ul className="asp-preset-cards" data-testid="preset-cards">
              {shown.map((entry) => (
                <PresetCard key={entry.id} entry={entry} onOpen={(e) => void onOpen(e)} />
              ))}
            </ul>
          )}
          {loaded.catalog.broken.length > 0 && (
            <div
              className="asp-preset-gallery__error"
              role="alert"
              data-testid="preset-gallery-broken"
            >
              <p>{t('presets.broken')}</p>
              <ul>
                {loaded.catalog.broken.map((b) => (
                  <li key={b.file}>{brokenLine(t, b, lang)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </Modal>
  );
}
