import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHclNode } from '../../../cli/hclParser';
import type { InfraModel } from '../model';
import { readTerraformHcl, readTerraformJson, TERRAFORM_TYPES } from '.';

const folder = new URL('../fixtures/terraform/', import.meta.url);
const files = readdirSync(folder);
const text = (name: string) => readFileSync(new URL(name, folder), 'utf8');

/** Topics written both as `.tf` and as the plan of the same configuration. */
const TOPICS = files
  .filter((f) => f.endsWith('.plan.json') && files.includes(f.replace('.plan.json', '.tf')))
  .map((f) => f.replace('.plan.json', ''));

async function models(topic: string): Promise<{ hcl: InfraModel; plan: InfraModel }> {
  const hcl = await readTerraformHcl(
    [{ name: `${topic}.tf`, text: text(`${topic}.tf`) }],
    parseHclNode,
  );
  const plan = readTerraformJson(JSON.parse(text(`${topic}.plan.json`)));
  if (!hcl.ok || !plan.ok) throw new Error(`${topic} is refused`);
  return { hcl: hcl.model, plan: plan.model };
}

describe('Terraform fixtures', () => {
  it('write every mapped type, as .tf and as a plan', () => {
    expect(TOPICS.length).toBeGreaterThanOrEqual(7);
    const hcl = files
      .filter((f) => f.endsWith('.tf'))
      .map(text)
      .join('\n');
    const plans = files
      .filter((f) => f.endsWith('.plan.json'))
      .map(text)
      .join('\n');
    const missing = TERRAFORM_TYPES.filter(
      (type) =>
        !new RegExp(`^resource "${type}"`, 'm').test(hcl) || !plans.includes(`"type": "${type}"`),
    );
    expect(missing).toEqual([]);
  });

  it.each([
    'network',
    'security-groups',
    'load-balancing',
    'edge-protection',
    'network-firewall',
    'detection',
    'services',
    'identity',
  ])('%s.tf and its plan give the same concepts, references and unknowns', async (topic) => {
    const { hcl, plan } = await models(topic);
    const comparable = (m: InfraModel) =>
      m.resources.map(({ at: _at, ...r }) => r).sort((a, b) => a.id.localeCompare(b.id));
    expect(comparable(plan)).toEqual(comparable(hcl));
    expect(plan.unknowns.map((u) => [u.resource, u.property])).toEqual(
      hcl.unknowns.map((u) => [u.resource, u.property]),
    );
    expect(hcl.resources.filter((r) => r.concept === 'not-drawn')).toEqual([]);
  });
});
