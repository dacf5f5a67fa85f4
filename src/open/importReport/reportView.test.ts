import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../domain/importers/report';
import { reportView } from './reportView';

const REPORT: ImportReport = {
  format: 'cloudformation',
  entries: [
    { id: 'Vpc', sourceType: 'AWS::EC2::VPC', outcome: { as: 'node', node: 'Vpc', kind: 'vpc' } },
    {
      id: 'WebIngress',
      sourceType: 'AWS::EC2::SecurityGroupIngress',
      outcome: { as: 'part-of', nodes: ['WebSg'] },
      at: { line: 12, column: 3 },
    },
    { id: 'Role', sourceType: 'AWS::IAM::Role', outcome: { as: 'not-drawn' } },
    { id: 'Key', sourceType: 'AWS::KMS::Key', outcome: { as: 'not-drawn' } },
    { id: 'Policy', sourceType: 'AWS::IAM::Role', outcome: { as: 'not-drawn' } },
  ],
  notDrawn: [
    { sourceType: 'AWS::KMS::Key', count: 1, ids: ['Key'] },
    { sourceType: 'AWS::IAM::Role', count: 2, ids: ['Role', 'Policy'] },
  ],
  unknowns: [
    {
      property: 'Conditions.IsProd',
      reason: { en: 'Env has no value', ja: 'Env に値がありません' },
    },
  ],
  notes: [],
};

describe('reportView', () => {
  it('counts what became of the resources', () => {
    expect(reportView(REPORT).summary).toEqual({
      resources: 5,
      nodes: 1,
      folded: 1,
      notDrawn: 3,
      unknowns: 1,
    });
  });

  it('lists drawn and folded resources in the template order, with where they are', () => {
    const view = reportView(REPORT);
    expect(view.drawn).toEqual([
      { id: 'Vpc', sourceType: 'AWS::EC2::VPC', node: 'Vpc', kind: 'vpc' },
    ]);
    expect(view.folded).toEqual([
      {
        id: 'WebIngress',
        sourceType: 'AWS::EC2::SecurityGroupIngress',
        nodes: ['WebSg'],
        at: { line: 12, column: 3 },
      },
    ]);
  });

  it('puts the most frequent types the playground does not draw first', () => {
    expect(reportView(REPORT).notDrawn.map((t) => t.sourceType)).toEqual([
      'AWS::IAM::Role',
      'AWS::KMS::Key',
    ]);
  });
});
