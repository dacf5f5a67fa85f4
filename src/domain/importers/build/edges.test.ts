import { describe, expect, it } from 'vitest';
import type { InfraResource } from '../model';
import { build, network, res } from './testing';

/** An internet-facing ALB in two public subnets forwarding to two private instances. */
function webTier(): InfraResource[] {
  return [
    ...network(),
    res('subnet', 'PrivateB', { vpc: 'Vpc', cidr: '10.0.4.0/24', az: 'us-east-1b' }),
    res('security-group', 'LbSG', {
      vpc: 'Vpc',
      inbound: [{ protocol: 'tcp', ports: '443', peer: '0.0.0.0/0', peerIsGroup: false }],
    }),
    res('security-group', 'AppSG', {
      vpc: 'Vpc',
      inbound: [{ protocol: 'tcp', ports: '8080', peer: 'LbSG', peerIsGroup: true }],
    }),
    res('load-balancer', 'Alb', {
      type: 'application',
      subnets: ['PublicA', 'PublicB'],
      groups: ['LbSG'],
    }),
    res('instance', 'AppA', { subnet: 'PrivateA', groups: ['AppSG'] }),
    res('instance', 'AppB', { subnet: 'PrivateB', groups: ['AppSG'] }),
    res('listener', 'Https', {
      loadBalancer: 'Alb',
      port: 443,
      protocol: 'HTTPS',
      targetGroups: ['Tg'],
    }),
    res('target-group', 'Tg', { port: 8080, protocol: 'HTTP', targets: ['AppA'] }),
    res('target-attachment', 'AttachB', { targetGroup: 'Tg', target: 'AppB' }),
  ];
}

describe('load balancer traffic', () => {
  it('draws internet → ALB on the listener port and ALB → each target on the target group port', () => {
    const b = build(webTier());
    expect(b.node('internet').kind).toBe('internet');
    expect(b.edge('internet', 'Alb')).toMatchObject({
      kind: 'traffic',
      props: { port: 443, protocol: 'tcp' },
    });
    expect(b.edge('Alb', 'AppA')).toMatchObject({
      kind: 'traffic',
      props: { port: 8080, protocol: 'tcp' },
    });
    expect(b.edge('Alb', 'AppB')?.props).toEqual({ port: 8080, protocol: 'tcp' });
    expect(b.outcome('Https')).toEqual({ as: 'part-of', nodes: ['Alb'] });
    expect(b.outcome('Tg')).toEqual({ as: 'part-of', nodes: ['Alb'] });
    expect(b.outcome('AttachB')).toEqual({ as: 'part-of', nodes: ['AppB'] });
  });

  it('lets the validator judge the result: no SG-03, and WAF-06 on the ALB without a web ACL', () => {
    const b = build(webTier());
    expect(b.findings('SG-03')).toEqual([]);
    expect(b.findings('NET-04')).toEqual([]);
    expect(b.findings('WAF-06').map((f) => f.nodes[0])).toEqual(['Alb']);
  });

  it('gives SG-03 when the targets do not let the load balancer in', () => {
    const tier = webTier().map((r) =>
      r.id === 'AppSG' && r.concept === 'security-group' ? { ...r, inbound: [] } : r,
    );
    expect(
      build(tier)
        .findings('SG-03')
        .map((f) => f.nodes[0])
        .sort(),
    ).toEqual(['AppA', 'AppB']);
  });

  it('draws no internet edge to an internal load balancer, and UDP for a UDP target group', () => {
    const b = build([
      ...network(),
      res('load-balancer', 'Nlb', {
        type: 'network',
        scheme: 'internal',
        subnets: ['PrivateA'],
        groups: [],
      }),
      res('instance', 'Dns', { subnet: 'PrivateA', groups: [] }),
      res('listener', 'L', {
        loadBalancer: 'Nlb',
        port: 53,
        protocol: 'UDP',
        targetGroups: ['Tg'],
      }),
      res('target-group', 'Tg', { protocol: 'UDP', targets: ['Dns'] }),
    ]);
    expect(b.doc.nodes.some((n) => n.kind === 'internet')).toBe(false);
    expect(b.edge('Nlb', 'Dns')?.props).toEqual({ port: 53, protocol: 'udp' });
  });

  it('draws one edge per link and notes the other ports', () => {
    const b = build([
      ...webTier(),
      res('listener', 'Http', {
        loadBalancer: 'Alb',
        port: 80,
        protocol: 'HTTP',
        targetGroups: [],
      }),
    ]);
    expect(b.doc.edges.filter((e) => e.source === 'internet')).toHaveLength(1);
    expect(b.notes()).toContain(
      'internet reaches Alb on the ports 443, 80; one edge is drawn, with the first port.',
    );
  });

  it('renames the internet node when a resource already has its id, and says so', () => {
    const b = build([...webTier(), res('topic', 'internet', {})]);
    expect(b.node('internet').kind).toBe('sns');
    expect(b.node('internet-2').kind).toBe('internet');
    expect(b.edge('internet-2', 'Alb')).toBeDefined();
    expect(b.notes().some((n) => n.includes('internet-2'))).toBe(true);
  });
});

describe('CloudFront', () => {
  it('draws internet → distribution → origins, with origin access control from the S3 origins', () => {
    const b = build([
      ...webTier(),
      res('bucket', 'Assets', {}),
      res('distribution', 'Cdn', {
        origins: [
          { id: 's3', target: 'Assets', accessControl: false },
          { id: 'app', target: 'Alb', accessControl: false, protocol: 'http-only' },
          { id: 'ext', domain: 'example.com', accessControl: false },
        ],
      }),
    ]);
    expect(b.node('Cdn')).toMatchObject({
      kind: 'cloudfront',
      props: { originAccessControl: false },
    });
    expect(b.edge('internet', 'Cdn')?.props).toEqual({ port: 443, protocol: 'tcp' });
    expect(b.edge('Cdn', 'Assets')?.props).toEqual({ port: 443, protocol: 'tcp' });
    expect(b.edge('Cdn', 'Alb')?.props).toEqual({ port: 80, protocol: 'tcp' });
    expect(b.findings('S3-01').map((f) => f.nodes[0])).toEqual(['Assets']);
    expect(b.findings('WAF-09').map((f) => f.nodes[0])).toEqual(['Alb']);
  });

  it('protects a distribution with a web ACL named only by its ARN, one waf node per ARN', () => {
    const arn = 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/edge-acl/abcd-1234';
    const b = build([
      res('distribution', 'One', { origins: [], webAcl: { arn } }),
      res('distribution', 'Two', { origins: [], webAcl: { arn } }),
    ]);
    const wafs = b.doc.nodes.filter((n) => n.kind === 'waf');
    expect(wafs).toHaveLength(1);
    expect(wafs[0]).toMatchObject({
      id: 'waf-edge-acl',
      label: 'edge-acl',
      props: { scope: 'cloudfront' },
    });
    expect(b.edge('waf-edge-acl', 'One', 'protects')).toBeDefined();
    expect(b.edge('waf-edge-acl', 'Two', 'protects')).toBeDefined();
    expect(b.findings('WAF-06')).toEqual([]);
  });
});

describe('protection', () => {
  it('turns a web ACL, its association and its logging into a protecting waf node', () => {
    const b = build([
      ...webTier(),
      res('web-acl', 'Acl', { scope: 'regional', rateBasedRule: true, managedRules: true }),
      res('web-acl-association', 'AclOnAlb', { webAcl: { ref: 'Acl' }, resource: 'Alb' }),
      res('web-acl-logging', 'AclLogs', { webAcl: { ref: 'Acl' } }),
    ]);
    expect(b.node('Acl')).toMatchObject({
      kind: 'waf',
      props: { scope: 'regional', rateBasedRule: true, managedRules: true, logging: true },
    });
    expect(b.edge('Acl', 'Alb', 'protects')).toBeDefined();
    expect(b.outcome('AclOnAlb')).toEqual({ as: 'part-of', nodes: ['Acl', 'Alb'] });
    expect(b.outcome('AclLogs')).toEqual({ as: 'part-of', nodes: ['Acl'] });
    expect(b.findings('WAF-06')).toEqual([]);
    expect(b.findings('WAF-08')).toEqual([]);
  });

  it('gives WAF-01 when an association names a resource that cannot carry a web ACL', () => {
    const b = build([
      res('web-acl', 'Acl', {}),
      res('api', 'HttpApi', { apiType: 'http' }),
      res('web-acl-association', 'Assoc', { webAcl: { ref: 'Acl' }, resource: 'HttpApi' }),
    ]);
    expect(b.findings('WAF-01').map((f) => f.nodes[0])).toEqual(['Acl']);
    expect(b.edge('internet', 'HttpApi')).toBeDefined();
  });

  it('draws a Shield protection as Shield Advanced protecting its resource, through an Elastic IP', () => {
    const b = build([
      ...webTier(),
      res('shield-protection', 'AlbShield', { resource: 'Alb', autoL7Mitigation: true }),
      res('elastic-ip', 'Eip', { instance: 'AppA' }),
      res('shield-protection', 'EipShield', { resource: 'Eip' }),
    ]);
    expect(b.node('AlbShield')).toMatchObject({
      kind: 'shield',
      props: { tier: 'advanced', autoL7Mitigation: true },
    });
    expect(b.edge('AlbShield', 'Alb', 'protects')).toBeDefined();
    expect(b.edge('EipShield', 'AppA', 'protects')).toBeDefined();
    expect(b.findings('SHD-04').map((f) => f.nodes[0])).toEqual(['AlbShield']);
  });

  it('draws a Firewall Manager policy protecting what it names, and notes an ARN it cannot draw', () => {
    const b = build([
      ...webTier(),
      res('firewall-manager-policy', 'Fms', {
        protects: [{ ref: 'Alb' }, { arn: 'arn:aws:elb:x' }],
      }),
    ]);
    expect(b.node('Fms').kind).toBe('firewall-manager');
    expect(b.chain('Fms')).toEqual(['external-organization']);
    expect(b.findings('FMS-01')).toEqual([]);
    expect(b.edge('Fms', 'Alb', 'protects')).toBeDefined();
    expect(b.notes().some((n) => n.startsWith('Fms refers to arn:aws:elb:x'))).toBe(true);
  });
});

describe('detection edges', () => {
  it('routes detector findings through an EventBridge rule to its targets', () => {
    const b = build([
      res('guardduty', 'Gd', {}),
      res('security-hub', 'Hub', {}),
      res('topic', 'Alerts', {}),
      res('function', 'Remediate', { subnets: [], groups: [] }),
      res('event-rule', 'OnFinding', {
        sources: ['aws.guardduty', 'securityhub', 'aws.ec2'],
        targets: ['Alerts'],
      }),
      res('event-target', 'ToFn', { rule: 'OnFinding', target: 'Remediate' }),
    ]);
    expect(b.node('OnFinding').kind).toBe('eventbridge');
    expect(b.edge('Gd', 'OnFinding', 'findings')).toBeDefined();
    expect(b.edge('Hub', 'OnFinding', 'findings')).toBeDefined();
    expect(b.edge('OnFinding', 'Alerts', 'notifies')).toBeDefined();
    expect(b.edge('OnFinding', 'Remediate', 'notifies')).toBeDefined();
    expect(b.outcome('ToFn')).toEqual({ as: 'part-of', nodes: ['OnFinding'] });
    expect(b.findings('FND-01')).toEqual([]);
  });

  it('draws CloudTrail logging to its bucket, and notes a bucket that is not in the template', () => {
    const b = build([
      res('bucket', 'TrailBucket', {}),
      res('cloudtrail', 'Trail', { multiRegion: false, bucket: 'TrailBucket' }),
      res('cloudtrail', 'Other', { bucket: 'Elsewhere' }),
    ]);
    expect(b.node('Trail').props.multiRegion).toBe(false);
    expect(b.edge('Trail', 'TrailBucket', 'logs')).toBeDefined();
    expect(b.notes().some((n) => n.startsWith('Other refers to Elsewhere'))).toBe(true);
  });
});
