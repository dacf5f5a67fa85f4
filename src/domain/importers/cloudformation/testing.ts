/** Helpers for the reader's tests (they import vitest and node:fs; only `*.test.ts` use them). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { ImportIssue } from '../../document/issues';
import type { InfraModel, InfraResource } from '../model';
import { readCloudFormation } from '.';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'cloudformation');

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The model of a text the reader must accept. */
export function modelOf(text: string): InfraModel {
  const read = readCloudFormation(text);
  if (!read.ok) throw new Error(`refused: ${read.errors.map((e) => e.message.en).join('; ')}`);
  return read.model;
}

/** The refusals of a text the reader must refuse. */
export function refusalsOf(text: string): ImportIssue[] {
  const read = readCloudFormation(text);
  expect(read.ok).toBe(false);
  return read.ok ? [] : read.errors;
}

/** A resource of the model, with the given concept. */
export function resource<C extends InfraResource['concept']>(
  model: InfraModel,
  id: string,
  concept: C,
): Extract<InfraResource, { concept: C }> {
  const found = model.resources.find((r) => r.id === id);
  expect(found?.concept, id).toBe(concept);
  return found as Extract<InfraResource, { concept: C }>;
}

/** The unknowns of a model as `resource property: reason` lines. */
export function unknownLines(model: InfraModel): string[] {
  return model.unknowns.map((u) => `${u.resource ?? ''} ${u.property}: ${u.reason.en}`);
}

/** A template of the given resources (YAML), for short tests. */
export function template(resources: string, head = ''): string {
  return `${head}Resources:\n${resources}`;
}
