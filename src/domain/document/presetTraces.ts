/**
 * `preset.traces`: suggested traces of a preset (docs/presets.md "Suggested traces").
 * Each is kept only when its label is localized and its question has the shape of a
 * TraceQuestion; node ids are checked by the presets test, not here, so a document
 * whose node was deleted still opens (the trace then answers with its own error).
 */
import type { Localized, PresetTrace, PresetTraceQuestion } from './types';
import type { IssueSink } from './issues';
import { at, makeIssue } from './issues';
import { isAbsent, isRecord, own } from './read';
import { THREAT_KINDS, TRACE_MODES, TRACE_PROTOCOLS } from '../trace/types';

const EXPECTS: readonly NonNullable<PresetTrace['expect']>[] = [
  'reachable',
  'unreachable',
  'stopped',
];

const EXPECTED_TRACE: Localized = {
  en: '{ "label": { "en", "ja" }, "question": { "from", "to", … }, "expect"?: reachable | unreachable | stopped }',
  ja: '{ "label": { "en", "ja" }, "question": { "from", "to", … }, "expect"?: reachable | unreachable | stopped }',
};
const EXPECTED_LIST: Localized = { en: 'a list [ … ]', ja: 'リスト [ … ]' };

export function readPresetTraces(value: unknown, report: IssueSink): PresetTrace[] | undefined {
  if (isAbsent(value)) return undefined;
  if (!Array.isArray(value)) {
    report(makeIssue('preset-entry-dropped', 'preset.traces', EXPECTED_LIST, value));
    return undefined;
  }
  const out: PresetTrace[] = [];
  value.forEach((item: unknown, k) => {
    const entry = readPresetTrace(item);
    if (entry) out.push(entry);
    else report(makeIssue('preset-entry-dropped', at('preset.traces', k), EXPECTED_TRACE, item));
  });
  return out;
}

function readPresetTrace(value: unknown): PresetTrace | undefined {
  if (!isRecord(value)) return undefined;
  const label = own(value, 'label');
  if (!isRecord(label)) return undefined;
  const en = own(label, 'en');
  const ja = own(label, 'ja');
  if (typeof en !== 'string' || typeof ja !== 'string') return undefined;
  const question = readQuestion(own(value, 'question'));
  if (!question) return undefined;
  const expect = own(value, 'expect');
  if (!isAbsent(expect) && !EXPECTS.includes(expect as never)) return undefined;
  const trace: PresetTrace = { label: { en, ja }, question };
  if (!isAbsent(expect)) trace.expect = expect as PresetTrace['expect'];
  return trace;
}

function readQuestion(value: unknown): PresetTraceQuestion | undefined {
  if (!isRecord(value)) return undefined;
  const from = own(value, 'from');
  const to = own(value, 'to');
  if (typeof from !== 'string' || from === '' || typeof to !== 'string' || to === '')
    return undefined;
  const q: PresetTraceQuestion = { from, to };
  const port = own(value, 'port');
  if (!isAbsent(port)) {
    if (!Number.isInteger(port) || (port as number) < 0 || (port as number) > 65535)
      return undefined;
    q.port = port as number;
  }
  const choice = <T extends string>(field: string, allowed: readonly T[]): T | null | undefined => {
    const v = own(value, field);
    if (isAbsent(v)) return undefined;
    return allowed.includes(v as T) ? (v as T) : null;
  };
  const protocol = choice('protocol', TRACE_PROTOCOLS);
  const threat = choice('threat', THREAT_KINDS);
  const mode = choice('mode', TRACE_MODES);
  if (protocol === null || threat === null || mode === null) return undefined;
  if (protocol) q.protocol = protocol;
  if (threat) q.threat = threat;
  if (mode) q.mode = mode;
  const fromCidr = own(value, 'fromCidr');
  if (!isAbsent(fromCidr)) {
    if (typeof fromCidr !== 'string') return undefined;
    q.fromCidr = fromCidr;
  }
  return q;
}
