import { describe, expect, it } from 'vitest';
import type { ImportReport } from './report';
import { reportText } from './reportText';

const REPORT: ImportReport = {
  format: 'cloudformation',
  entries: [
    {
      id: 'Vpc',
      sourceType: 'AWS::EC2::VPC',
      outcome: { as: 'node', node: 'Vpc', kind: 'vpc' },
      at: { line: 4, column: 3 },
    },
    {
      id: 'internet',
      sourceType: 'AWS::SNS::Topic',
      outcome: { as: 'node', node: 'internet', kind: 'sns' },
    },
    {
      id: 'Routes',
      sourceType: 'AWS::EC2::RouteTable',
      outcome: { as: 'part-of', nodes: ['SubA', 'SubB'] },
    },
    { id: 'Q1', sourceType: 'AWS::SQS::Queue', outcome: { as: 'not-drawn' } },
    { id: 'Q2', sourceType: 'AWS::SQS::Queue', outcome: { as: 'not-drawn' } },
    {
      id: 'Gwlb',
      sourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      outcome: {
        as: 'not-drawn',
        reason: { en: 'No GWLB kind.', ja: 'GWLB の種類がありません。' },
      },
    },
  ],
  notDrawn: [
    { sourceType: 'AWS::SQS::Queue', count: 2, ids: ['Q1', 'Q2'] },
    { sourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer', count: 1, ids: ['Gwlb'] },
  ],
  unknowns: [
    {
      resource: 'Vpc',
      property: 'Properties.CidrBlock',
      reason: {
        en: 'parameter VpcCidr has no Default',
        ja: 'パラメーター VpcCidr に Default がありません',
      },
      at: { line: 6, column: 7 },
    },
    { property: 'Conditions.IsProd', reason: { en: 'depends on Env', ja: 'Env に依存します' } },
  ],
  notes: [{ resource: 'Vpc', text: { en: 'A note.', ja: '注記です。' } }],
};

describe('reportText', () => {
  it('writes the summary and every section in English', () => {
    expect(reportText(REPORT, 'en')).toBe(
      [
        'Import report (CloudFormation)',
        '6 resources: 2 drawn as nodes, 1 folded into others, 3 not drawn; 2 unknown values',
        '',
        'Drawn',
        '  Vpc (AWS::EC2::VPC, line 4) → VPC',
        '  internet (AWS::SNS::Topic) → Amazon SNS topic',
        '',
        'Part of other nodes',
        '  Routes (AWS::EC2::RouteTable) → SubA, SubB',
        '',
        'Not drawn (by type, with counts)',
        '  AWS::SQS::Queue ×2: Q1, Q2',
        '  AWS::ElasticLoadBalancingV2::LoadBalancer ×1: Gwlb',
        '    No GWLB kind.',
        '',
        'Unknown values',
        '  Vpc, Properties.CidrBlock (line 6): parameter VpcCidr has no Default',
        '  template, Conditions.IsProd: depends on Env',
        '',
        'Notes',
        '  - A note.',
      ].join('\n'),
    );
  });

  it('writes the same report in Japanese', () => {
    const text = reportText(REPORT, 'ja');
    expect(text.split('\n').slice(0, 2)).toEqual([
      'インポートレポート (CloudFormation)',
      'リソース 6 件: ノードとして描画 2 件、他のノードの一部 1 件、描画しない 3 件。不明な値 2 件',
    ]);
    expect(text).toContain('  Vpc (AWS::EC2::VPC, 4 行) → VPC');
    expect(text).toContain('  internet (AWS::SNS::Topic) → Amazon SNS トピック');
    expect(text).toContain('描画しないもの (種類別の件数)\n  AWS::SQS::Queue ×2: Q1, Q2');
    expect(text).toContain('    GWLB の種類がありません。');
    expect(text).toContain('  テンプレート, Conditions.IsProd: Env に依存します');
    expect(text).toContain('注記\n  - 注記です。');
  });

  it('names a renamed node, gives reasons that differ within a type, and marks empty sections', () => {
    const text = reportText(
      {
        format: 'terraform-hcl',
        entries: [
          {
            id: 'aws_vpc.a',
            sourceType: 'aws_vpc',
            outcome: { as: 'node', node: 'aws_vpc.a-2', kind: 'vpc' },
          },
          {
            id: 'x',
            sourceType: 'aws_eip',
            outcome: { as: 'not-drawn', reason: { en: 'R1', ja: 'R1' } },
          },
          { id: 'y', sourceType: 'aws_eip', outcome: { as: 'not-drawn' } },
        ],
        notDrawn: [{ sourceType: 'aws_eip', count: 2, ids: ['x', 'y'] }],
        unknowns: [],
        notes: [],
      },
      'en',
    );
    expect(text).toContain('Import report (Terraform (.tf))');
    expect(text).toContain('  aws_vpc.a (aws_vpc) → VPC (node aws_vpc.a-2)');
    expect(text).toContain('  aws_eip ×2: x, y\n    x: R1');
    expect(text).toContain('Part of other nodes\n  (none)');
    expect(text).toContain('Notes\n  (none)');
  });
});
