/**
 * docs/import.md's mapping table names every resource type the readers map, so the
 * documentation cannot drift from the code: a type added to a reader fails here until
 * its row is written.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CLOUDFORMATION_TYPES } from './cloudformation';
import { TERRAFORM_TYPES } from './terraform';

const DOC = readFileSync(new URL('../../../docs/import.md', import.meta.url), 'utf8');

/** Every `code` span of the table's rows (lines starting with `|`). */
function namesInTable(markdown: string): Set<string> {
  const names = new Set<string>();
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) continue;
    for (const match of line.matchAll(/`([^`]+)`/g)) names.add(match[1]);
  }
  return names;
}

describe('docs/import.md', () => {
  const documented = namesInTable(DOC);

  it('has a mapping table', () => {
    expect(documented.has('AWS::EC2::VPC')).toBe(true);
    expect(documented.has('aws_vpc')).toBe(true);
  });

  it('documents every CloudFormation type the reader maps', () => {
    expect(CLOUDFORMATION_TYPES.length).toBeGreaterThan(0);
    expect(CLOUDFORMATION_TYPES.filter((t) => !documented.has(t))).toEqual([]);
  });

  it('documents every Terraform type the reader maps', () => {
    expect(TERRAFORM_TYPES.length).toBeGreaterThan(0);
    expect(TERRAFORM_TYPES.filter((t) => !documented.has(t))).toEqual([]);
  });
});
