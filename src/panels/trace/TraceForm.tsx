/**
 * The question of the trace: source (the internet, optionally narrowed to a CIDR, or a
 * node), destination, port (common ports by name or any number), protocol, mode and
 * threat. Either end can be picked by clicking a node on the canvas.
 */
import { useId, useMemo } from 'react';
import type { FormEvent } from 'react';
import { THREAT_KINDS, TRACE_MODES, TRACE_PROTOCOLS, INTERNET } from '../../domain/trace';
import { useEditor } from '../../store/editorStore';
import type { PickTarget } from '../../store/trace';
import { traceStore, useTrace } from '../../store/trace';
import { useT } from '../useT';
import '../findings/findings.css';
import type { NodeChoice } from './traceModel';
import { COMMON_PORTS, isInternetEnd, nodeChoices } from './traceModel';

const store = () => traceStore.getState();

function EndField({ end, choices }: { end: PickTarget; choices: readonly NodeChoice[] }) {
  const t = useT();
  const id = useId();
  const value = useTrace((s) => s.draft[end]);
  const picking = useTrace((s) => s.picking === end);
  // A picked node the list leaves out (a subnet, say) stays visible as chosen.
  const known = value === '' || value === INTERNET || choices.some((c) => c.id === value);
  return (
    <div className="asp-field">
      <label className="asp-field__label" htmlFor={id}>
        {t(`trace.form.${end}`)}
      </label>
      <div className="asp-trace__end">
        <select
          id={id}
          className="asp-input"
          value={value}
          data-testid={`trace-${end}`}
          onChange={(e) => store().setDraft({ [end]: e.target.value })}
        >
          {end === 'from' ? (
            <option value={INTERNET}>{t('trace.form.internet')}</option>
          ) : (
            <option value="">{t('trace.form.choose')}</option>
          )}
          {!known && <option value={value}>{value}</option>}
          {choices.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={`asp-button asp-button--small${picking ? ' is-on' : ''}`}
          aria-pressed={picking}
          data-testid={`trace-pick-${end}`}
          onClick={() => store().startPicking(picking ? null : end)}
        >
          {t('trace.form.pick')}
        </button>
      </div>
    </div>
  );
}

function PortField() {
  const t = useT();
  const id = useId();
  const port = useTrace((s) => s.draft.port);
  return (
    <fieldset className="asp-trace__fieldset">
      <legend className="asp-field__label">{t('trace.form.port')}</legend>
      <div className="asp-trace__ports" role="group" aria-label={t('trace.form.commonPorts')}>
        {COMMON_PORTS.map((p) => (
          <button
            key={p.port}
            type="button"
            // The findings panel's filter chips: one look for every toggle chip.
            className={`asp-findings__chip${port === p.port ? ' is-on' : ''}`}
            aria-pressed={port === p.port}
            data-testid={`trace-port-${p.port}`}
            onClick={() => store().setDraft({ port: p.port })}
          >
            {p.name} {p.port}
          </button>
        ))}
      </div>
      <label className="asp-sr-only" htmlFor={id}>
        {t('trace.form.portNumber')}
      </label>
      <input
        id={id}
        className="asp-input asp-trace__port"
        type="number"
        min={0}
        max={65535}
        value={Number.isFinite(port) ? port : ''}
        title={t('trace.form.portNumber')}
        data-testid="trace-port"
        onChange={(e) => store().setDraft({ port: e.target.valueAsNumber })}
      />
    </fieldset>
  );
}

function Choice<V extends string>({
  field,
  options,
  value,
  onChange,
  optionLabel,
}: {
  field: 'protocol' | 'mode' | 'threat';
  options: readonly V[];
  value: V;
  onChange: (v: V) => void;
  optionLabel: (v: V) => string;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="asp-field">
      <label className="asp-field__label" htmlFor={id}>
        {t(`trace.form.${field}`)}
      </label>
      <select
        id={id}
        className="asp-input"
        value={value}
        data-testid={`trace-${field}`}
        onChange={(e) => onChange(e.target.value as V)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function TraceForm() {
  const t = useT();
  const doc = useEditor((s) => s.doc);
  const choices = useMemo(() => nodeChoices(doc), [doc]);
  const draft = useTrace((s) => s.draft);
  const cidrId = useId();
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    store().run();
  };
  return (
    // The engine says what is wrong with a port or CIDR, in both languages; not the browser.
    <form className="asp-trace__form" data-testid="trace-form" onSubmit={onSubmit} noValidate>
      <EndField end="from" choices={choices} />
      {isInternetEnd(doc, draft.from) && (
        <div className="asp-field">
          <label className="asp-field__label" htmlFor={cidrId}>
            {t('trace.form.fromCidr')}
          </label>
          <input
            id={cidrId}
            className="asp-input"
            value={draft.fromCidr}
            placeholder="203.0.113.7/32"
            data-testid="trace-from-cidr"
            onChange={(e) => store().setDraft({ fromCidr: e.target.value })}
          />
        </div>
      )}
      <EndField end="to" choices={choices} />
      <PortField />
      <div className="asp-trace__row">
        <Choice
          field="protocol"
          options={TRACE_PROTOCOLS}
          value={draft.protocol}
          onChange={(protocol) => store().setDraft({ protocol })}
          optionLabel={(p) => t(`trace.protocol.${p}`)}
        />
        <Choice
          field="mode"
          options={TRACE_MODES}
          value={draft.mode}
          onChange={(mode) => store().setDraft({ mode })}
          optionLabel={(m) => t(`trace.mode.${m}`)}
        />
      </div>
      <p className="asp-trace__hint">{t(`trace.mode.${draft.mode}.hint`)}</p>
      <Choice
        field="threat"
        options={THREAT_KINDS}
        value={draft.threat}
        onChange={(threat) => store().setDraft({ threat })}
        optionLabel={(k) => t(`trace.threat.${k}`)}
      />
      <button type="submit" className="asp-button asp-trace__run" data-testid="trace-run">
        {t('trace.form.run')}
      </button>
    </form>
  );
}
