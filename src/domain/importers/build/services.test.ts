import { describe, expect, it } from 'vitest';
import { build, network, res } from './testing';

describe('account and Region services', () => {
  it('draws the detection services at top level with the props the template gives', () => {
    const b = build([
      res('guardduty', 'Gd', { role: 'administrator', features: ['s3', 'runtime', 'unknown'] }),
      res('security-hub', 'Hub', { standards: ['cis'] }),
      res('security-hub-standard', 'Fsbp', { standard: 'fsbp' }),
      res('inspector', 'Insp', { ec2: true, ecr: false }),
      res('macie', 'Mac', {}),
      res('detective', 'Det', {}),
      res('config', 'Cfg', {}),
    ]);
    expect(b.node('Gd').props).toEqual({ role: 'administrator', features: ['s3', 'runtime'] });
    expect(b.node('Hub').props.standards).toEqual(['fsbp', 'cis']);
    expect(b.outcome('Fsbp')).toEqual({ as: 'part-of', nodes: ['Hub'] });
    expect(b.node('Insp').props).toMatchObject({ ec2: true, ecr: false, lambdaStandard: true });
    for (const [id, kind] of [
      ['Mac', 'macie'],
      ['Det', 'detective'],
      ['Cfg', 'config'],
    ])
      expect(b.node(id)).toMatchObject({ kind });
    expect(b.doc.nodes.every((n) => n.parent === undefined)).toBe(true);
    expect(b.findings('SH-01')).toEqual([]);
    expect(b.findings('DET-01')).toEqual([]);
  });

  it('draws IAM roles at top level, labelled by their role name, with the props the template gives', () => {
    const b = build([
      res('iam-role', 'Audit', {
        roleName: 'auditor',
        accessLevel: 'read-only',
        trust: 'account',
        trustedPrincipal: '444455556666',
      }),
      res('iam-role', 'App', { name: 'app role', trust: 'service' }),
    ]);
    expect(b.node('Audit')).toMatchObject({ kind: 'iam-role', label: 'auditor' });
    expect(b.node('Audit').props).toMatchObject({
      accessLevel: 'read-only',
      trust: 'account',
      trustedPrincipal: '444455556666',
      auditor: false,
    });
    expect(b.node('App')).toMatchObject({ label: 'app role' });
    expect(b.node('App').props).toMatchObject({ accessLevel: 'read-only', trust: 'service' });
    expect(b.doc.nodes.every((n) => n.parent === undefined)).toBe(true);
  });

  it('keeps the default standards of a hub that lists none', () => {
    const b = build([res('security-hub', 'Hub', {})]);
    expect(b.node('Hub').props.standards).toEqual(['fsbp', 'cis']);
    expect(b.findings('SH-01').map((f) => f.nodes[0])).toEqual(['Hub']);
  });

  it('does not draw a standard subscription without a hub', () => {
    expect(
      build([res('security-hub-standard', 'Cis', { standard: 'cis' })]).outcome('Cis').as,
    ).toBe('not-drawn');
  });

  it('blocks public access on a bucket unless the template or its access block says otherwise', () => {
    const b = build([
      res('bucket', 'Default', {}),
      res('bucket', 'Open', { blockPublicAccess: false }),
      res('bucket', 'Fixed', { blockPublicAccess: false }),
      res('bucket-public-access-block', 'FixedBlock', { bucket: 'Fixed', blockPublicAccess: true }),
    ]);
    expect(b.node('Default').props.blockPublicAccess).toBe(true);
    expect(b.node('Open').props.blockPublicAccess).toBe(false);
    expect(b.node('Fixed').props.blockPublicAccess).toBe(true);
    expect(b.outcome('FixedBlock')).toEqual({ as: 'part-of', nodes: ['Fixed'] });
    expect(b.findings('S3-01').map((f) => f.nodes[0])).toEqual(['Open']);
  });

  it('draws APIs with their type and traffic from the internet', () => {
    const b = build([
      res('api', 'Rest', { apiType: 'rest' }),
      res('api', 'Ws', { apiType: 'websocket' }),
    ]);
    expect(b.node('Rest').props.apiType).toBe('rest');
    expect(b.node('Ws').props.apiType).toBe('websocket');
    expect(b.edge('internet', 'Rest', 'traffic')).toBeDefined();
    expect(b.findings('WAF-06').map((f) => f.nodes[0])).toEqual(['Rest']);
  });

  it('draws flow logs inside the VPC or subnet they record, else at top level with a note', () => {
    const b = build([
      ...network(),
      res('flow-log', 'VpcLogs', { resource: 'Vpc' }),
      res('flow-log', 'SubnetLogs', { resource: 'PrivateA' }),
      res('flow-log', 'EniLogs', {}),
    ]);
    expect(b.node('VpcLogs')).toMatchObject({ kind: 'vpc-flow-logs', parent: 'Vpc' });
    expect(b.node('SubnetLogs').parent).toBe('PrivateA');
    expect(b.node('EniLogs').parent).toBeUndefined();
    expect(b.findings('NET-10')).toEqual([]);
    expect(b.notes().some((n) => n.startsWith('Flow log EniLogs'))).toBe(true);
  });

  it('gives NET-10 for a VPC without flow logs', () => {
    expect(
      build(network())
        .findings('NET-10')
        .map((f) => f.nodes[0]),
    ).toEqual(['Vpc']);
  });

  it('draws topics, supporting resources as part of what they configure, and not-drawn types', () => {
    const b = build([
      res('topic', 'Alerts', {}),
      res('supporting', 'AlertsPolicy', { of: ['Alerts'] }),
      res('supporting', 'Lonely', { of: ['Nothing'] }),
      res('not-drawn', 'Queue1', { sourceType: 'AWS::SQS::Queue' }),
      res('not-drawn', 'Queue2', { sourceType: 'AWS::SQS::Queue' }),
      res('not-drawn', 'Role', {
        sourceType: 'AWS::IAM::Role',
        reason: { en: 'IAM is not drawn.', ja: 'IAM は描きません。' },
      }),
    ]);
    expect(b.node('Alerts').kind).toBe('sns');
    expect(b.outcome('AlertsPolicy')).toEqual({ as: 'part-of', nodes: ['Alerts'] });
    expect(b.outcome('Lonely').as).toBe('not-drawn');
    expect(b.outcome('Role')).toEqual({
      as: 'not-drawn',
      reason: { en: 'IAM is not drawn.', ja: 'IAM は描きません。' },
    });
    expect(b.report.notDrawn).toEqual([
      { sourceType: 'AWS::SQS::Queue', count: 2, ids: ['Queue1', 'Queue2'] },
      { sourceType: 'AWS::IAM::Role', count: 1, ids: ['Role'] },
      { sourceType: 'Test::supporting', count: 1, ids: ['Lonely'] },
    ]);
  });
});
