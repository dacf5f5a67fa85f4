import { describe, expect, it } from 'vitest';
import { build, network, res } from './testing';

describe('instances', () => {
  it('takes the public IP from the instance, else from its subnet, and notes Elastic IPs', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('subnet', 'Auto', { vpc: 'Vpc', mapPublicIpOnLaunch: true }),
      res('instance', 'Inherits', { subnet: 'Auto', groups: [] }),
      res('instance', 'Refuses', { subnet: 'Auto', groups: [], publicIp: false }),
      res('instance', 'WithEip', { subnet: 'Auto', groups: [] }),
      res('elastic-ip', 'Eip', { instance: 'WithEip' }),
    ]);
    expect(b.node('Inherits').props).toMatchObject({ publicIp: true, elasticIp: false });
    expect(b.node('Refuses').props.publicIp).toBe(false);
    expect(b.node('WithEip').props.elasticIp).toBe(true);
    expect(b.outcome('Eip')).toEqual({ as: 'part-of', nodes: ['WithEip'] });
  });

  it('draws an instance without a subnet of the template in the stand-in subnet', () => {
    const b = build([res('instance', 'Loose', { groups: [] })]);
    expect(b.chain('Loose')).toEqual(['external-subnet', 'external-vpc']);
    expect(b.findings('PLC-02')).toEqual([]);
  });

  it('does not draw an Elastic IP given to no instance', () => {
    const b = build([res('elastic-ip', 'NatEip', {})]);
    expect(b.outcome('NatEip').as).toBe('not-drawn');
  });
});

describe('databases and functions', () => {
  it('draws a database in the first subnet of its subnet group, inside its group, and notes it', () => {
    const b = build([
      ...network(),
      res('subnet', 'PrivateB', { vpc: 'Vpc', az: 'us-east-1b' }),
      res('security-group', 'DbSG', { vpc: 'Vpc', inbound: [] }),
      res('db-subnet-group', 'DbSubnets', { subnets: ['PrivateA', 'PrivateB'] }),
      res('database', 'Db', {
        subnetGroup: 'DbSubnets',
        groups: ['DbSG'],
        publiclyAccessible: true,
      }),
    ]);
    expect(b.node('Db')).toMatchObject({ kind: 'rds', props: { publiclyAccessible: true } });
    expect(b.chain('Db')).toEqual(['DbSG', 'PrivateA', 'Vpc']);
    expect(b.outcome('DbSubnets')).toEqual({ as: 'part-of', nodes: ['Db'] });
    expect(b.notes()).toContain(
      'Db spans the subnets PrivateA, PrivateB; it is drawn in the first one, PrivateA.',
    );
  });

  it('draws a function outside any VPC unless it is attached to subnets', () => {
    const b = build([
      ...network(),
      res('security-group', 'FnSG', { vpc: 'Vpc', inbound: [] }),
      res('function', 'Plain', { subnets: [], groups: [] }),
      res('function', 'InVpc', { subnets: ['PrivateA'], groups: ['FnSG'] }),
      res('function', 'GroupsOnly', { subnets: [], groups: ['FnSG'] }),
    ]);
    expect(b.node('Plain')).toMatchObject({ kind: 'lambda' });
    expect(b.node('Plain').parent).toBeUndefined();
    expect(b.chain('InVpc')).toEqual(['FnSG', 'PrivateA', 'Vpc']);
    expect(b.node('GroupsOnly').parent).toBeUndefined();
    expect(b.notes().some((n) => n.startsWith('GroupsOnly names security groups'))).toBe(true);
  });
});

describe('load balancers', () => {
  it('draws an ALB at VPC level inside its groups, listing its subnets', () => {
    const b = build([
      ...network(),
      res('security-group', 'LbSG', { vpc: 'Vpc', inbound: [] }),
      res('load-balancer', 'Alb', {
        type: 'application',
        subnets: ['PublicA', 'PublicB'],
        groups: ['LbSG'],
      }),
      res('load-balancer', 'Nlb', {
        type: 'network',
        scheme: 'internal',
        subnets: ['PrivateA'],
        groups: [],
      }),
    ]);
    expect(b.node('Alb')).toMatchObject({
      kind: 'alb',
      props: { scheme: 'internet-facing', subnets: ['PublicA', 'PublicB'] },
    });
    expect(b.chain('Alb')).toEqual(['LbSG', 'Vpc']);
    expect(b.node('Nlb')).toMatchObject({
      kind: 'nlb',
      parent: 'Vpc',
      props: { scheme: 'internal' },
    });
    expect(b.findings('NET-06')).toEqual([]);
  });

  it('gives NET-06 for an internet-facing ALB in one AZ or a private subnet', () => {
    const b = build([
      ...network(),
      res('load-balancer', 'Alb', {
        type: 'application',
        subnets: ['PublicA', 'PrivateA'],
        groups: [],
      }),
    ]);
    expect(b.findings('NET-06').map((f) => f.nodes[0])).toEqual(['Alb']);
  });

  it('does not draw a Gateway Load Balancer, with a reason', () => {
    const b = build([
      ...network(),
      res('load-balancer', 'Gwlb', { type: 'gateway', subnets: ['PrivateA'], groups: [] }),
    ]);
    const outcome = b.outcome('Gwlb');
    expect(outcome.as === 'not-drawn' && outcome.reason?.en).toContain('Gateway Load Balancer');
  });
});

describe('network firewalls', () => {
  it('draws a firewall in its first subnet with logging from its logging configuration', () => {
    const b = build([
      ...network(),
      res('network-firewall', 'Fw', {
        vpc: 'Vpc',
        subnets: ['PublicA', 'PublicB'],
        hasRules: false,
      }),
      res('network-firewall-logging', 'FwLogs', { firewall: 'Fw' }),
    ]);
    expect(b.node('Fw')).toMatchObject({
      kind: 'network-firewall',
      parent: 'PublicA',
      props: { logging: true, hasRules: false },
    });
    expect(b.outcome('FwLogs')).toEqual({ as: 'part-of', nodes: ['Fw'] });
    expect(b.findings('NFW-04').map((f) => f.nodes[0])).toEqual(['Fw']);
  });

  it('draws a firewall without subnets directly in its VPC', () => {
    const b = build([
      res('vpc', 'Vpc', {}),
      res('network-firewall', 'Fw', { vpc: 'Vpc', subnets: [] }),
    ]);
    expect(b.node('Fw').parent).toBe('Vpc');
  });
});
