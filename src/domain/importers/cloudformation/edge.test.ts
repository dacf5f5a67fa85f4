import { describe, expect, it } from 'vitest';
import { fixtureText, modelOf, resource, template, unknownLines } from './testing';

const model = modelOf(fixtureText('edge.yaml'));

describe('edge mapping (edge.yaml)', () => {
  it('reads a load balancer with subnets from Subnets and SubnetMappings', () => {
    expect(resource(model, 'Balancer', 'load-balancer')).toMatchObject({
      type: 'application',
      scheme: 'internet-facing',
      subnets: ['SubnetA', 'SubnetB'],
      groups: ['BalancerGroup'],
      name: 'public-alb',
    });
  });

  it('reads listeners, and folds a listener rule into a listener of the same port', () => {
    expect(resource(model, 'HttpsListener', 'listener')).toMatchObject({
      loadBalancer: 'Balancer',
      port: 443,
      protocol: 'HTTPS',
      targetGroups: ['AppTargets'],
    });
    expect(resource(model, 'AdminRule', 'listener')).toMatchObject({
      loadBalancer: 'Balancer',
      port: 443,
      protocol: 'HTTPS',
      targetGroups: ['AdminTargets'],
    });
  });

  it('reads target groups and their targets', () => {
    expect(resource(model, 'AppTargets', 'target-group')).toMatchObject({
      port: 8080,
      protocol: 'HTTP',
      targetType: 'instance',
      targets: ['App'],
    });
    expect(resource(model, 'AdminTargets', 'target-group')).toMatchObject({
      targetType: 'ip',
      targets: [],
    });
  });

  it('resolves origins to the bucket, load balancer and API they name', () => {
    const cdn = resource(model, 'Cdn', 'distribution');
    expect(cdn.origins).toEqual([
      { id: 'assets', target: 'Assets', accessControl: true },
      { id: 'app', target: 'Balancer', accessControl: false, protocol: 'http-only' },
      { id: 'api', target: 'Api', accessControl: false, protocol: 'https-only' },
      { id: 'legacy', domain: 'legacy.example.com', accessControl: true },
    ]);
    expect(cdn.webAcl).toEqual({ ref: 'EdgeAcl' });
    expect(resource(model, 'OtherCdn', 'distribution').webAcl).toEqual({
      arn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/shared-acl/0123abcd',
    });
    // An origin's own domain is not an unknown value.
    expect(unknownLines(model)).toEqual([]);
  });

  it('makes origin access controls and identities part of their distributions', () => {
    expect(resource(model, 'AssetsAccess', 'supporting').of).toEqual(['Cdn']);
    expect(resource(model, 'LegacyIdentity', 'supporting').of).toEqual(['Cdn']);
  });

  it('reads web ACLs with managed and rate-based rules, nested statements included', () => {
    expect(resource(model, 'EdgeAcl', 'web-acl')).toMatchObject({
      scope: 'cloudfront',
      managedRules: true,
      rateBasedRule: false,
    });
    expect(resource(model, 'RegionalAcl', 'web-acl')).toMatchObject({
      scope: 'regional',
      managedRules: false,
      rateBasedRule: true,
    });
    expect(resource(model, 'Blocked', 'supporting').of).toEqual(['EdgeAcl']);
    expect(resource(model, 'AgentRules', 'supporting').of).toEqual(['EdgeAcl']);
    // A pattern set used by a rule group belongs to the web ACLs using the group.
    expect(resource(model, 'BadAgents', 'supporting').of).toEqual(['EdgeAcl']);
  });

  it('reads associations by reference or ARN, to the drawn resource a Sub names', () => {
    expect(resource(model, 'BalancerAcl', 'web-acl-association')).toMatchObject({
      webAcl: { ref: 'RegionalAcl' },
      resource: 'Balancer',
    });
    expect(resource(model, 'ApiAcl', 'web-acl-association')).toMatchObject({
      webAcl: { arn: 'arn:aws:wafv2:eu-west-1:123456789012:regional/webacl/api-acl/4567cdef' },
      resource: 'Api',
    });
    expect(resource(model, 'AclLogs', 'web-acl-logging').webAcl).toEqual({ ref: 'RegionalAcl' });
  });

  it('reads Shield protections and their automatic L7 mitigation', () => {
    expect(resource(model, 'CdnShield', 'shield-protection')).toMatchObject({
      resource: 'Cdn',
      autoL7Mitigation: true,
    });
    const alb = resource(model, 'BalancerShield', 'shield-protection');
    expect(alb.resource).toBe('Balancer');
    expect(alb.autoL7Mitigation).toBeUndefined();
  });

  it('reads REST, HTTP and WebSocket APIs', () => {
    expect(resource(model, 'Api', 'api').apiType).toBe('rest');
    expect(resource(model, 'HttpApi', 'api').apiType).toBe('http');
    expect(resource(model, 'SocketApi', 'api').apiType).toBe('websocket');
  });
});

describe('edge edge cases', () => {
  it('takes a network load balancer and reports a listener of a listener outside the template', () => {
    const m = modelOf(
      template(`  Nlb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Type: network, Scheme: internal }
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: arn:aws:elasticloadbalancing:us-east-1:1:listener/app/x/1/2
      Actions: []
`),
    );
    expect(resource(m, 'Nlb', 'load-balancer')).toMatchObject({
      type: 'network',
      scheme: 'internal',
    });
    const rule = resource(m, 'Rule', 'listener');
    expect(rule.loadBalancer).toBeUndefined();
    expect(rule.targetGroups).toEqual([]);
    expect(unknownLines(m)).toHaveLength(1);
    expect(unknownLines(m)[0]).toMatch(/^Rule Properties.ListenerArn: .* is not a resource/);
  });

  it('leaves a web ACL whose rules are unknown undecided', () => {
    const m = modelOf(
      template(`  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      Rules: !ImportValue shared-rules
`),
    );
    const acl = resource(m, 'Acl', 'web-acl');
    expect(acl.managedRules).toBeUndefined();
    expect(acl.rateBasedRule).toBeUndefined();
    expect(unknownLines(m)).toEqual([
      'Acl Properties.Rules: Fn::ImportValue reads an output of another stack',
    ]);
  });
});
