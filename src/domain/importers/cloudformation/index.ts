/**
 * The CloudFormation reader: a template's text (YAML with the short-form tags, or JSON)
 * to the infrastructure model. It never throws: a broken or hostile template is
 * refused with where and why, and an unexpected failure is a refusal too.
 */
import { sourceIssue } from '../issues';
import type { ReaderResult } from '../issues';
import type { InfraModel } from '../model';
import { MIN_STEPS, STEPS_PER_CHARACTER } from './limits';
import { REFUSALS } from './messages';
import { Refusal } from './resolver';
import { readTemplate } from './template';
import { modelOf } from './toModel';

export { CLOUDFORMATION_TYPES } from './types';

export function readCloudFormation(text: string): ReaderResult<InfraModel> {
  try {
    const read = readTemplate(text);
    if (!read.ok) return read;
    const budget = MIN_STEPS + STEPS_PER_CHARACTER * text.length;
    return { ok: true, model: modelOf(read.template, budget) };
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, errors: [sourceIssue(e.code, '$', e.text)] };
    return { ok: false, errors: [sourceIssue('internal', '$', REFUSALS.internal(describe(e)))] };
  }
}

function describe(e: unknown): string {
  try {
    return e instanceof Error ? e.message : String(e);
  } catch {
    return 'unknown error';
  }
}
