import { describe, expect, it } from 'vitest';
import { parseHclNode } from './hclParser';

describe('parseHclNode', () => {
  it('parses HCL into the JSON of @cdktf/hcl2json: blocks as lists, expressions as ${...}', async () => {
    const json = await parseHclNode(
      'main.tf',
      'resource "aws_subnet" "a" {\n  vpc_id = aws_vpc.main.id\n  cidr_block = "10.0.1.0/24"\n}\n',
    );
    expect(json).toEqual({
      resource: {
        aws_subnet: { a: [{ vpc_id: '${aws_vpc.main.id}', cidr_block: '10.0.1.0/24' }] },
      },
    });
  });

  it('rejects invalid HCL with the file, line and column in the message', async () => {
    await expect(
      parseHclNode('broken.tf', 'resource "aws_vpc" "a" {\n  cidr_block = \n}\n'),
    ).rejects.toThrow(/^parse config: \[broken\.tf:2,16-3,1: Invalid expression;/);
  });
});
