import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseHclNode } from '../../../../cli/hclParser';
import type { InfraModel } from '../../model';
import { readTerraformHcl, type HclParser } from './read';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/terraform/${name}`, import.meta.url), 'utf8');

const models = new Map<string, Promise<InfraModel>>();

/** The model of one fixture, read once for all the tests that look at it. */
function read(name: string): Promise<InfraModel> {
  const known = models.get(name);
  if (known) return known;
  const model = readTerraformHcl([{ name, text: fixture(name) }], parseHclNode).then((result) => {
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.model;
  });
  models.set(name, model);
  return model;
}

const resource = (model: InfraModel, id: string) => {
  const found = model.resources.find((r) => r.id === id);
  if (!found) throw new Error(`no ${id} in ${model.resources.map((r) => r.id).join(', ')}`);
  return found;
};
const unknownsOf = (model: InfraModel, id: string) =>
  model.unknowns.filter((u) => u.resource === id).map((u) => `${u.property}: ${u.reason.en}`);

describe('readTerraformHcl: network', () => {
  it('reads VPCs, subnets, gateways and their references', async () => {
    const model = await read('network.tf');
    expect(model.format).toBe('terraform-hcl');
    expect(resource(model, 'aws_vpc.main')).toMatchObject({
      concept: 'vpc',
      cidr: '10.0.0.0/16',
      name: 'main-vpc',
      at: { line: 4, column: 1 },
    });
    expect(resource(model, 'aws_subnet.public')).toEqual({
      id: 'aws_subnet.public',
      sourceType: 'aws_subnet',
      at: { line: 11, column: 1 },
      concept: 'subnet',
      vpc: 'aws_vpc.main',
      cidr: '10.0.1.0/24',
      az: 'us-east-1a',
      mapPublicIpOnLaunch: true,
    });
    expect(resource(model, 'aws_internet_gateway.igw')).toMatchObject({
      concept: 'internet-gateway',
      vpc: 'aws_vpc.main',
    });
    expect(resource(model, 'aws_internet_gateway_attachment.detached')).toMatchObject({
      concept: 'gateway-attachment',
      gateway: 'aws_internet_gateway.detached',
      vpc: 'aws_vpc.main',
    });
    expect(resource(model, 'aws_nat_gateway.nat')).toMatchObject({
      subnet: 'aws_subnet.public',
      connectivity: 'public',
    });
    expect(resource(model, 'aws_nat_gateway.internal')).toMatchObject({ connectivity: 'private' });
  });

  it('reads routes, network ACLs, instances, Elastic IPs and flow logs', async () => {
    const model = await read('network.tf');
    expect(resource(model, 'aws_route_table.public')).toMatchObject({
      concept: 'route-table',
      vpc: 'aws_vpc.main',
      routes: [{ destination: '0.0.0.0/0', target: 'aws_internet_gateway.igw' }],
    });
    // The main route table serves the subnets associated with no other; the default NACL likewise.
    expect(resource(model, 'aws_default_route_table.main')).toMatchObject({
      concept: 'route-table',
      vpc: 'aws_vpc.main',
      routes: [],
      subnets: ['aws_subnet.private'],
    });
    expect(resource(model, 'aws_route.private_nat')).toMatchObject({
      routeTable: 'aws_default_route_table.main',
      route: { destination: '0.0.0.0/0', target: 'aws_nat_gateway.nat' },
    });
    expect(resource(model, 'aws_route_table_association.public')).toMatchObject({
      routeTable: 'aws_route_table.public',
      subnet: 'aws_subnet.public',
    });
    expect(resource(model, 'aws_network_acl.public')).toMatchObject({
      subnets: ['aws_subnet.public'],
      entries: [
        {
          rule: 100,
          egress: false,
          protocol: 'tcp',
          ports: '443',
          cidr: '0.0.0.0/0',
          action: 'allow',
        },
        {
          rule: 100,
          egress: true,
          protocol: 'all',
          ports: 'all',
          cidr: '0.0.0.0/0',
          action: 'allow',
        },
      ],
    });
    expect(resource(model, 'aws_default_network_acl.default')).toMatchObject({
      vpc: 'aws_vpc.main',
      subnets: [],
      entries: [{ protocol: 'tcp', ports: '22', action: 'deny' }],
    });
    expect(resource(model, 'aws_network_acl_rule.private_in')).toMatchObject({
      concept: 'network-acl-entry',
      acl: 'aws_network_acl.private',
      entry: {
        rule: 200,
        egress: false,
        protocol: 'tcp',
        ports: '1024-65535',
        cidr: '10.0.0.0/16',
        action: 'allow',
      },
    });
    expect(resource(model, 'aws_network_acl_association.private')).toMatchObject({
      acl: 'aws_network_acl.private',
      subnet: 'aws_subnet.private',
    });
    expect(resource(model, 'aws_instance.web')).toMatchObject({
      concept: 'instance',
      subnet: 'aws_subnet.public',
      groups: [],
      publicIp: true,
      name: 'web',
    });
    expect(resource(model, 'aws_eip.web')).toMatchObject({
      concept: 'elastic-ip',
      instance: 'aws_instance.web',
    });
    expect(resource(model, 'aws_eip_association.web')).toMatchObject({
      concept: 'elastic-ip',
      instance: 'aws_instance.web',
    });
    expect(resource(model, 'aws_flow_log.vpc')).toMatchObject({
      concept: 'flow-log',
      resource: 'aws_vpc.main',
    });
    expect(resource(model, 'aws_flow_log.subnet')).toMatchObject({
      resource: 'aws_subnet.private',
    });
    expect(model.unknowns).toEqual([]);
  });
});

describe('readTerraformHcl: security groups', () => {
  it('reads inline rules per peer, self, and no egress block as no outbound rule', async () => {
    const model = await read('security-groups.tf');
    expect(resource(model, 'aws_security_group.web')).toMatchObject({
      concept: 'security-group',
      vpc: 'aws_vpc.main',
      inbound: [
        {
          protocol: 'tcp',
          ports: '443',
          peer: '0.0.0.0/0',
          peerIsGroup: false,
          description: 'HTTPS',
        },
        { protocol: 'tcp', ports: '443', peer: '::/0', peerIsGroup: false },
        { protocol: 'all', ports: 'all', peer: 'aws_security_group.web', peerIsGroup: true },
      ],
      outbound: [{ protocol: 'all', ports: 'all', peer: '0.0.0.0/0' }],
    });
    expect(unknownsOf(model, 'aws_security_group.web')).toEqual([
      'ingress[1].prefix_list_ids: a prefix list is not a CIDR or a security group: the rule is left out',
    ]);
    // Terraform deletes AWS's default egress rule: without egress blocks, nothing goes out.
    expect(resource(model, 'aws_default_security_group.default')).toMatchObject({
      isDefault: true,
      inbound: [],
      outbound: [],
    });
  });

  it('reads separate rules, folding extra peers into their group', async () => {
    const model = await read('security-groups.tf');
    expect(resource(model, 'aws_security_group_rule.app_ssh')).toMatchObject({
      concept: 'security-group-rule',
      group: 'aws_security_group.app',
      direction: 'inbound',
      rule: { protocol: 'tcp', ports: '22', peer: '10.0.0.0/16', peerIsGroup: false },
    });
    expect(resource(model, 'aws_security_group.app')).toMatchObject({
      inbound: [
        { protocol: 'tcp', ports: '8080', peer: 'aws_security_group.web', peerIsGroup: true },
        { protocol: 'tcp', ports: '22', peer: '192.168.0.0/24', peerIsGroup: false },
      ],
      outbound: [],
    });
    expect(resource(model, 'aws_security_group_rule.app_to_web')).toMatchObject({
      direction: 'outbound',
      rule: { ports: '443', peer: 'aws_security_group.web', peerIsGroup: true },
    });
    expect(resource(model, 'aws_vpc_security_group_ingress_rule.app_dns')).toMatchObject({
      direction: 'inbound',
      rule: { protocol: 'udp', ports: '53', peer: '10.0.0.0/16' },
    });
    expect(resource(model, 'aws_vpc_security_group_egress_rule.app_out')).toMatchObject({
      direction: 'outbound',
      rule: { protocol: 'all', ports: 'all', peer: 'aws_security_group.web', peerIsGroup: true },
    });
  });
});

describe('readTerraformHcl: load balancing', () => {
  it('reads load balancers, listeners, listener rules, target groups and attachments', async () => {
    const model = await read('load-balancing.tf');
    expect(resource(model, 'aws_lb.front')).toMatchObject({
      type: 'application',
      scheme: 'internet-facing',
      subnets: ['aws_subnet.a', 'aws_subnet.b'],
      groups: ['aws_security_group.lb'],
    });
    expect(resource(model, 'aws_alb.internal')).toMatchObject({
      type: 'network',
      scheme: 'internal',
      subnets: ['aws_subnet.a', 'aws_subnet.b'],
    });
    expect(resource(model, 'aws_lb_listener.https')).toMatchObject({
      loadBalancer: 'aws_lb.front',
      port: 443,
      protocol: 'HTTPS',
      targetGroups: ['aws_lb_target_group.app'],
    });
    expect(resource(model, 'aws_alb_listener.tcp')).toMatchObject({
      port: 9000,
      targetGroups: ['aws_alb_target_group.api'],
    });
    // A listener rule is one more listener of the same load balancer and port.
    expect(resource(model, 'aws_lb_listener_rule.api')).toMatchObject({
      concept: 'listener',
      loadBalancer: 'aws_lb.front',
      port: 443,
      protocol: 'HTTPS',
      targetGroups: ['aws_alb_target_group.api'],
    });
    expect(resource(model, 'aws_alb_listener_rule.static')).toMatchObject({
      loadBalancer: 'aws_alb.internal',
      targetGroups: ['aws_lb_target_group.app'],
    });
    expect(resource(model, 'aws_lb_target_group.app')).toMatchObject({
      port: 8080,
      protocol: 'HTTP',
      targetType: 'instance',
      targets: [],
    });
    expect(resource(model, 'aws_alb_target_group.api')).toMatchObject({ targetType: 'ip' });
    expect(resource(model, 'aws_lb_target_group_attachment.app')).toMatchObject({
      targetGroup: 'aws_lb_target_group.app',
      target: 'aws_instance.app',
    });
    expect(unknownsOf(model, 'aws_alb_target_group_attachment.api')).toEqual([
      'target_id: 10.0.1.10 is not a resource of this configuration',
    ]);
  });
});

describe('readTerraformHcl: edge protection', () => {
  it('reads CloudFront origins, access control and web ACLs', async () => {
    const model = await read('edge-protection.tf');
    expect(resource(model, 'aws_cloudfront_distribution.site')).toMatchObject({
      origins: [
        { id: 'site', target: 'aws_s3_bucket.site', accessControl: true },
        { id: 'legacy', target: 'aws_s3_bucket.site', accessControl: true },
        { id: 'api', target: 'aws_lb.api', accessControl: false, protocol: 'http-only' },
        {
          id: 'partner',
          domain: 'partner.example.com',
          accessControl: false,
          protocol: 'https-only',
        },
      ],
      webAcl: { ref: 'aws_wafv2_web_acl.edge' },
    });
    expect(resource(model, 'aws_cloudfront_distribution.shared_acl')).toMatchObject({
      webAcl: { arn: 'arn:aws:wafv2:us-east-1:123456789012:global/webacl/shared/a1b2c3d4' },
      origins: [{ accessControl: false }],
    });
    expect(resource(model, 'aws_cloudfront_origin_access_control.site')).toMatchObject({
      concept: 'supporting',
      of: ['aws_cloudfront_distribution.site'],
    });
    expect(resource(model, 'aws_cloudfront_origin_access_identity.legacy')).toMatchObject({
      of: ['aws_cloudfront_distribution.site'],
    });
    expect(resource(model, 'aws_wafv2_web_acl.edge')).toMatchObject({
      scope: 'cloudfront',
      rateBasedRule: true,
      managedRules: true,
    });
    expect(resource(model, 'aws_wafv2_web_acl.regional')).toMatchObject({
      scope: 'regional',
      rateBasedRule: false,
      managedRules: false,
    });
    expect(resource(model, 'aws_wafv2_ip_set.blocked')).toMatchObject({
      of: ['aws_wafv2_web_acl.edge'],
    });
    expect(resource(model, 'aws_wafv2_rule_group.custom')).toMatchObject({
      of: ['aws_wafv2_web_acl.regional'],
    });
    expect(resource(model, 'aws_wafv2_web_acl_association.api')).toMatchObject({
      webAcl: { ref: 'aws_wafv2_web_acl.regional' },
      resource: 'aws_lb.api',
    });
    expect(resource(model, 'aws_wafv2_web_acl_association.elsewhere')).toMatchObject({
      webAcl: { arn: 'arn:aws:wafv2:us-east-1:123456789012:regional/webacl/shared/a1b2c3d4' },
    });
    expect(resource(model, 'aws_wafv2_web_acl_logging_configuration.edge')).toMatchObject({
      webAcl: { ref: 'aws_wafv2_web_acl.edge' },
    });
  });

  it('reads Shield with its automatic L7 response, and Firewall Manager', async () => {
    const model = await read('edge-protection.tf');
    expect(resource(model, 'aws_shield_protection.site')).toMatchObject({
      resource: 'aws_cloudfront_distribution.site',
      autoL7Mitigation: true,
    });
    expect(resource(model, 'aws_shield_application_layer_automatic_response.site')).toMatchObject({
      of: ['aws_cloudfront_distribution.site'],
    });
    expect(resource(model, 'aws_fms_policy.waf')).toMatchObject({
      concept: 'firewall-manager-policy',
      protects: [],
    });
  });

  it('reads Network Firewall, its policy, rule group, logging and the route through it', async () => {
    const model = await read('network-firewall.tf');
    expect(resource(model, 'aws_networkfirewall_firewall.main')).toMatchObject({
      vpc: 'aws_vpc.main',
      subnets: ['aws_subnet.firewall'],
      hasRules: true,
    });
    expect(resource(model, 'aws_networkfirewall_firewall_policy.main')).toMatchObject({
      of: ['aws_networkfirewall_firewall.main'],
    });
    expect(resource(model, 'aws_networkfirewall_rule_group.block_domains')).toMatchObject({
      of: ['aws_networkfirewall_firewall.main'],
    });
    expect(resource(model, 'aws_networkfirewall_logging_configuration.main')).toMatchObject({
      firewall: 'aws_networkfirewall_firewall.main',
    });
    expect(resource(model, 'aws_route.through_firewall')).toMatchObject({
      route: { target: 'aws_networkfirewall_firewall.main' },
    });
  });
});

describe('readTerraformHcl: detection and services', () => {
  it('reads GuardDuty with its features and roles, and the other detection services', async () => {
    const model = await read('detection.tf');
    expect(resource(model, 'aws_guardduty_detector.main')).toMatchObject({
      role: 'administrator',
      features: ['s3', 'lambda', 'malware', 'runtime'],
    });
    expect(resource(model, 'aws_guardduty_detector.member')).toMatchObject({ role: 'member' });
    expect(resource(model, 'aws_guardduty_detector.member')).not.toHaveProperty('features');
    for (const id of [
      'aws_guardduty_detector_feature.rds',
      'aws_guardduty_member.workload',
      'aws_guardduty_organization_configuration.main',
    ]) {
      expect(resource(model, id)).toMatchObject({
        concept: 'supporting',
        of: ['aws_guardduty_detector.main'],
      });
    }
    expect(resource(model, 'aws_guardduty_organization_admin_account.security')).toMatchObject({
      of: ['aws_guardduty_detector.main', 'aws_guardduty_detector.member'],
    });
    expect(resource(model, 'aws_securityhub_account.main')).toMatchObject({
      concept: 'security-hub',
      standards: [],
    });
    expect(resource(model, 'aws_securityhub_standards_subscription.fsbp')).toMatchObject({
      standard: 'fsbp',
    });
    expect(resource(model, 'aws_securityhub_standards_subscription.cis')).toMatchObject({
      standard: 'cis',
    });
    expect(resource(model, 'aws_inspector2_enabler.main')).toMatchObject({
      ec2: true,
      ecr: true,
      lambdaStandard: false,
      lambdaCode: false,
    });
    expect(resource(model, 'aws_macie2_account.main').concept).toBe('macie');
    expect(resource(model, 'aws_detective_graph.main').concept).toBe('detective');
    expect(resource(model, 'aws_config_configuration_recorder.main').concept).toBe('config');
    expect(resource(model, 'aws_cloudtrail.org')).toMatchObject({
      multiRegion: true,
      bucket: 'aws_s3_bucket.trail',
    });
    // The provider's default is a single-region trail; the bucket is found by its name.
    expect(resource(model, 'aws_cloudtrail.local')).toMatchObject({
      multiRegion: false,
      bucket: 'aws_s3_bucket.trail',
    });
    expect(resource(model, 'aws_cloudwatch_event_rule.findings')).toMatchObject({
      sources: ['guardduty', 'securityhub'],
    });
    expect(resource(model, 'aws_cloudwatch_event_target.to_sns')).toMatchObject({
      rule: 'aws_cloudwatch_event_rule.findings',
      target: 'aws_sns_topic.alerts',
    });
    expect(resource(model, 'aws_sns_topic.alerts').concept).toBe('topic');
    expect(resource(model, 'aws_sns_topic_policy.alerts')).toMatchObject({
      of: ['aws_sns_topic.alerts'],
    });
    expect(resource(model, 'aws_sns_topic_subscription.email')).toMatchObject({
      of: ['aws_sns_topic.alerts'],
    });
    expect(model.unknowns).toEqual([]);
  });

  it('reads buckets, databases, functions and APIs', async () => {
    const model = await read('services.tf');
    expect(resource(model, 'aws_s3_bucket.data')).toEqual(
      expect.objectContaining({ concept: 'bucket' }),
    );
    expect(resource(model, 'aws_s3_bucket_public_access_block.data')).toMatchObject({
      bucket: 'aws_s3_bucket.data',
      blockPublicAccess: true,
    });
    expect(resource(model, 'aws_s3_bucket_policy.data')).toMatchObject({
      of: ['aws_s3_bucket.data'],
    });
    expect(resource(model, 'aws_db_subnet_group.main')).toMatchObject({
      subnets: ['aws_subnet.a', 'aws_subnet.b'],
    });
    expect(resource(model, 'aws_db_instance.orders')).toMatchObject({
      subnetGroup: 'aws_db_subnet_group.main',
      groups: ['aws_security_group.db'],
      publiclyAccessible: true,
    });
    expect(resource(model, 'aws_rds_cluster.aurora')).toMatchObject({
      subnetGroup: 'aws_db_subnet_group.main',
      publiclyAccessible: false,
    });
    expect(resource(model, 'aws_rds_cluster_instance.aurora')).toMatchObject({
      of: ['aws_rds_cluster.aurora'],
    });
    expect(resource(model, 'aws_lambda_function.worker')).toMatchObject({
      subnets: ['aws_subnet.a'],
      groups: ['aws_security_group.db'],
    });
    expect(resource(model, 'aws_api_gateway_rest_api.public')).toMatchObject({ apiType: 'rest' });
    expect(resource(model, 'aws_apigatewayv2_api.http')).toMatchObject({ apiType: 'http' });
    expect(resource(model, 'aws_apigatewayv2_api.chat')).toMatchObject({ apiType: 'websocket' });
  });
});

describe('readTerraformHcl: expressions', () => {
  it('expands count and for_each, and reports what it cannot know', async () => {
    const model = await read('expressions.tf');
    expect(resource(model, 'aws_vpc.main')).toMatchObject({ name: 'app-prod-vpc' });
    expect(resource(model, 'aws_vpc.main')).not.toHaveProperty('cidr');
    expect(unknownsOf(model, 'aws_vpc.main')).toEqual([
      'cidr_block: variable vpc_cidr has no default',
    ]);
    expect(model.unknowns.find((u) => u.resource === 'aws_vpc.main')?.reason.ja).toBe(
      '変数 vpc_cidr に default がありません',
    );
    expect(resource(model, 'aws_subnet.counted[1]')).toMatchObject({
      cidr: '10.0.1.0/24',
      vpc: 'aws_vpc.main',
    });
    expect(unknownsOf(model, 'aws_subnet.counted[0]')).toEqual([
      'availability_zone: data.aws_availability_zones.available is a data source, read by Terraform when it plans',
    ]);
    expect(resource(model, 'aws_subnet.zonal["b"]')).toMatchObject({
      az: 'us-east-1b',
      name: 'zone-b',
    });
    expect(unknownsOf(model, 'aws_subnet.zonal["a"]')).toEqual([
      'cidr_block: the function cidrsubnet() cannot be evaluated without Terraform',
    ]);
    expect(unknownsOf(model, 'aws_subnet.looped')).toEqual([
      'cidr_block: local value loop_a refers to itself',
    ]);
    expect(resource(model, 'aws_instance.web[1]')).toMatchObject({
      subnet: 'aws_subnet.counted[1]',
      groups: ['aws_security_group.web'],
    });
    expect(resource(model, 'aws_lb.spread')).toMatchObject({
      subnets: ['aws_subnet.counted[0]', 'aws_subnet.counted[1]'],
    });
    expect(unknownsOf(model, 'aws_security_group.web')).toEqual([
      'dynamic.ingress: dynamic "ingress" blocks are expanded only by Terraform',
    ]);
  });

  it('reads an unknown count as one instance and caps a huge one', async () => {
    const model = await read('expressions.tf');
    expect(resource(model, 'aws_nat_gateway.unknown_count')).toMatchObject({
      concept: 'nat-gateway',
    });
    expect(unknownsOf(model, 'aws_nat_gateway.unknown_count')).toEqual([
      'count: variable enable_nat is not declared',
    ]);
    expect(
      model.resources.filter(
        (r) => r.sourceType === 'aws_nat_gateway' && r.id.startsWith('aws_nat_gateway.huge['),
      ),
    ).toHaveLength(256);
    expect(unknownsOf(model, 'aws_nat_gateway.huge')).toEqual([
      'count: 1000000000 instances are more than 256: only the first 256 are read',
    ]);
  });

  it('lists modules and unknown types as not drawn, and skips data sources, providers and outputs', async () => {
    const model = await read('expressions.tf');
    expect(resource(model, 'aws_ecr_repository.images')).toMatchObject({ concept: 'not-drawn' });
    const module = resource(model, 'module.network');
    expect(module).toMatchObject({
      sourceType: 'module',
      concept: 'not-drawn',
      at: { line: 101, column: 1 },
    });
    expect(module.concept === 'not-drawn' && module.reason?.en).toContain('terraform show -json');
    expect(
      model.resources.some(
        (r) =>
          r.id.includes('aws_availability_zones') ||
          r.id.includes('provider') ||
          r.id.includes('output'),
      ),
    ).toBe(false);
  });
});

describe('readTerraformHcl: files', () => {
  const parseNever: HclParser = () =>
    Promise.reject(new Error('the parser is not needed for JSON'));

  it('merges several files into one configuration, with .tfvars values and overrides', async () => {
    const result = await readTerraformHcl(
      [
        {
          name: 'main.tf',
          text: 'variable "cidr" {}\nresource "aws_vpc" "main" {\n  cidr_block = var.cidr\n}\n',
        },
        {
          name: 'subnets.tf',
          text: 'resource "aws_subnet" "a" {\n  vpc_id = aws_vpc.main.id\n  cidr_block = "10.0.1.0/24"\n}\n',
        },
        { name: 'terraform.tfvars', text: 'cidr = "10.9.0.0/16"\n' },
        {
          name: 'subnets_override.tf',
          text: 'resource "aws_subnet" "a" {\n  cidr_block = "10.0.9.0/24"\n}\n',
        },
      ],
      parseHclNode,
    );
    expect(result.ok && result.model.resources).toEqual([
      expect.objectContaining({
        id: 'aws_vpc.main',
        cidr: '10.9.0.0/16',
        at: { line: 2, column: 1 },
      }),
      expect.objectContaining({ id: 'aws_subnet.a', vpc: 'aws_vpc.main', cidr: '10.0.9.0/24' }),
    ]);
  });

  it('reads no instance for count = 0, and sets for for_each, in source order', async () => {
    const result = await readTerraformHcl(
      [
        {
          name: 'main.tf',
          text: [
            'resource "aws_nat_gateway" "off" {',
            '  count = 0',
            '}',
            'resource "aws_subnet" "a" {',
            '  for_each = toset(["x", "y"])',
            '  cidr_block = "10.0.${each.key == "x" ? 1 : 2}.0/24"',
            '}',
            'resource "aws_route" "r" {',
            '  nat_gateway_id = aws_nat_gateway.off[0].id',
            '  destination_cidr_block = "0.0.0.0/0"',
            '}',
          ].join('\n'),
        },
      ],
      parseHclNode,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.model.resources.map((r) => r.id)).toEqual([
      'aws_subnet.a["x"]',
      'aws_subnet.a["y"]',
      'aws_route.r',
    ]);
    expect(result.model.resources[1]).toMatchObject({ cidr: '10.0.2.0/24' });
    expect(result.model.resources[2]).toMatchObject({ route: { destination: '0.0.0.0/0' } });
    expect(result.model.resources[2]).not.toHaveProperty('route.target');
  });

  it("gives the VPC's default NACL the subnets associated with no other", async () => {
    const result = await readTerraformHcl(
      [
        {
          name: 'main.tf',
          text: [
            'resource "aws_vpc" "v" {}',
            'resource "aws_subnet" "a" {',
            '  vpc_id = aws_vpc.v.id',
            '}',
            'resource "aws_subnet" "b" {',
            '  vpc_id = aws_vpc.v.id',
            '}',
            'resource "aws_network_acl" "custom" {',
            '  vpc_id = aws_vpc.v.id',
            '  subnet_ids = [aws_subnet.a.id]',
            '}',
            'resource "aws_default_network_acl" "d" {',
            '  default_network_acl_id = aws_vpc.v.default_network_acl_id',
            '}',
          ].join('\n'),
        },
      ],
      parseHclNode,
    );
    expect(
      result.ok && result.model.resources.find((r) => r.id === 'aws_default_network_acl.d'),
    ).toMatchObject({
      vpc: 'aws_vpc.v',
      subnets: ['aws_subnet.b'],
    });
  });

  it('reads Terraform JSON syntax without the parser (a block may be one object)', async () => {
    const result = await readTerraformHcl(
      [
        {
          name: 'main.tf.json',
          text: JSON.stringify({
            variable: { cidr: { default: '10.0.0.0/16' } },
            resource: {
              aws_vpc: { main: { cidr_block: '${var.cidr}' } },
              aws_subnet: { a: [{ vpc_id: '${aws_vpc.main.id}' }] },
            },
          }),
        },
      ],
      parseNever,
    );
    expect(result.ok && result.model.resources).toEqual([
      expect.objectContaining({ id: 'aws_vpc.main', cidr: '10.0.0.0/16' }),
      expect.objectContaining({ id: 'aws_subnet.a', vpc: 'aws_vpc.main' }),
    ]);
  });

  it('refuses a syntax error with the file, line and column', async () => {
    const result = await readTerraformHcl(
      [{ name: 'main.tf', text: 'resource "aws_vpc" "main" {\n  cidr_block = \n}\n' }],
      parseHclNode,
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'main.tf line 2, column 16',
          code: 'hcl-syntax',
          message: {
            en: expect.stringMatching(
              /^main\.tf line 2, column 16: not valid Terraform HCL: Invalid expression; Expected the start of an expression/,
            ),
            ja: expect.stringMatching(
              /^main\.tf line 2, column 16: Terraform の HCL として正しくありません: Invalid expression/,
            ),
          },
        },
      ],
    });
  });

  it('refuses broken JSON syntax with the line and column, and a resource declared twice', async () => {
    const json = await readTerraformHcl(
      [{ name: 'main.tf.json', text: '{\n  "resource": {,\n}' }],
      parseNever,
    );
    expect(json.ok === false && json.errors[0].path).toBe('main.tf.json line 2, column 16');
    const twice = await readTerraformHcl(
      [
        { name: 'a.tf', text: 'resource "aws_vpc" "main" {}\n' },
        { name: 'b.tf', text: 'resource "aws_vpc" "main" {}\n' },
      ],
      parseHclNode,
    );
    expect(twice.ok === false && twice.errors.map((e) => e.message.en)).toEqual([
      'b.tf aws_vpc.main: aws_vpc.main is declared twice (Terraform refuses this configuration)',
    ]);
    expect((await readTerraformHcl([], parseNever)).ok).toBe(false);
  });
});

describe('readTerraformHcl: IAM roles', () => {
  it('reads the access level from managed policies and attachments, and the trust', async () => {
    const model = await read('identity.tf');
    expect(resource(model, 'aws_iam_role.auditor')).toMatchObject({
      concept: 'iam-role',
      roleName: 'external-auditor',
      accessLevel: 'read-only',
      trust: 'account',
      trustedPrincipal: 'arn:aws:iam::444455556666:root',
    });
    expect(resource(model, 'aws_iam_role.app')).toMatchObject({
      accessLevel: 'power-user',
      trust: 'service',
      trustedPrincipal: 'ec2.amazonaws.com, lambda.amazonaws.com',
    });
    expect(resource(model, 'aws_iam_role_policy_attachment.app_power_user')).toMatchObject({
      concept: 'supporting',
      of: ['aws_iam_role.app'],
    });
    const deployer = resource(model, 'aws_iam_role.deployer');
    expect(deployer).not.toHaveProperty('accessLevel');
    expect(deployer).not.toHaveProperty('trust');
    expect(unknownsOf(model, 'aws_iam_role.deployer')).toEqual([
      'assume_role_policy: the trust policy names no AWS account or service principal',
    ]);
    expect(unknownsOf(model, 'aws_iam_role_policy_attachment.deployer_custom')).toEqual([
      'policy_arn: arn:aws:iam::111122223333:policy/deploy is not an AWS managed policy for a job function: the access level cannot be known',
    ]);
    expect(unknownsOf(model, 'aws_iam_role.auditor')).toEqual([]);
  });

  it('reports inline policies and unknown values only when they leave the level unknown', async () => {
    const result = await readTerraformHcl(
      [
        {
          name: 'main.tf',
          text: `variable "policy" {}
resource "aws_iam_role" "admin" {
  managed_policy_arns = ["arn:aws:iam::111122223333:policy/custom", "arn:aws:iam::aws:policy/AdministratorAccess"]
  inline_policy {
    policy = "{}"
  }
}
resource "aws_iam_role" "inline" {
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
  inline_policy {
    policy = "{}"
  }
}
resource "aws_iam_role" "variable" {
  managed_policy_arns = [var.policy]
  assume_role_policy = data.aws_iam_policy_document.trust.json
}
resource "aws_iam_role" "none" {}
`,
        },
      ],
      parseHclNode,
    );
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { model } = result;
    expect(resource(model, 'aws_iam_role.admin')).toMatchObject({ accessLevel: 'administrator' });
    expect(unknownsOf(model, 'aws_iam_role.admin')).toEqual([]);
    expect(resource(model, 'aws_iam_role.inline')).not.toHaveProperty('accessLevel');
    expect(unknownsOf(model, 'aws_iam_role.inline')).toEqual([
      'inline_policy: inline policies may grant anything: the access level cannot be known',
    ]);
    expect(resource(model, 'aws_iam_role.variable')).not.toHaveProperty('accessLevel');
    expect(unknownsOf(model, 'aws_iam_role.variable')).toEqual([
      'managed_policy_arns[0]: variable policy has no default',
      expect.stringMatching(/^assume_role_policy: data\.aws_iam_policy_document\.trust/),
    ]);
    expect(resource(model, 'aws_iam_role.none')).not.toHaveProperty('accessLevel');
    expect(unknownsOf(model, 'aws_iam_role.none')).toEqual([]);
  });
});
