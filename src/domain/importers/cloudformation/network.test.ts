import { describe, expect, it } from 'vitest';
import { fixtureText, modelOf, resource, template, unknownLines } from './testing';

const model = modelOf(fixtureText('network.yaml'));

describe('network mapping (network.yaml)', () => {
  it('reads VPCs and subnets, following !GetAtt to properties and Fn::Cidr', () => {
    expect(resource(model, 'Vpc', 'vpc')).toMatchObject({
      cidr: '10.0.0.0/16',
      // A label keeps what is known only at deployment as written.
      name: '${AWS::StackName}-vpc',
      at: { line: 7, column: 3 },
    });
    expect(resource(model, 'PublicSubnet', 'subnet')).toMatchObject({
      vpc: 'Vpc',
      cidr: '10.0.0.0/24',
      az: 'a',
      mapPublicIpOnLaunch: true,
      name: 'public-a',
    });
    const priv = resource(model, 'PrivateSubnet', 'subnet');
    expect(priv).toMatchObject({ vpc: 'Vpc', az: 'us-east-1b' });
    expect(priv.mapPublicIpOnLaunch).toBeUndefined();
  });

  it('reads gateways, route tables, routes and associations', () => {
    expect(resource(model, 'Gateway', 'internet-gateway').vpc).toBeUndefined();
    expect(resource(model, 'GatewayAttachment', 'gateway-attachment')).toMatchObject({
      gateway: 'Gateway',
      vpc: 'Vpc',
    });
    expect(resource(model, 'Nat', 'nat-gateway')).toMatchObject({
      subnet: 'PublicSubnet',
      connectivity: 'public',
    });
    expect(resource(model, 'PublicRoutes', 'route-table')).toMatchObject({
      vpc: 'Vpc',
      routes: [],
      subnets: [],
    });
    expect(resource(model, 'DefaultRoute', 'route')).toMatchObject({
      routeTable: 'PublicRoutes',
      route: { destination: '0.0.0.0/0', target: 'Gateway' },
    });
    expect(resource(model, 'NatRoute', 'route').route).toEqual({
      destination: '0.0.0.0/0',
      target: 'Nat',
    });
    expect(resource(model, 'PrivateAssociation', 'route-table-association')).toMatchObject({
      routeTable: 'PrivateRoutes',
      subnet: 'PrivateSubnet',
    });
  });

  it('reads inline security-group rules, leaving out a prefix list with a report', () => {
    const web = resource(model, 'WebGroup', 'security-group');
    expect(web.inbound).toEqual([
      {
        protocol: 'tcp',
        ports: '443',
        peer: '0.0.0.0/0',
        peerIsGroup: false,
        description: 'HTTPS from anywhere',
      },
      { protocol: 'tcp', ports: '1024-65535', peer: '::/0', peerIsGroup: false },
      { protocol: 'icmp', ports: 'all', peer: '10.0.0.0/16', peerIsGroup: false },
    ]);
    expect(web.outbound).toEqual([
      { protocol: 'all', ports: 'all', peer: 'DatabaseGroup', peerIsGroup: true },
    ]);
    // No SecurityGroupEgress: AWS's default egress (undefined), not "none".
    expect(resource(model, 'DatabaseGroup', 'security-group').outbound).toBeUndefined();
    expect(unknownLines(model)).toEqual([
      'WebGroup Properties.SecurityGroupIngress[3].SourcePrefixListId: a prefix list cannot be drawn as the peer of a rule; the rule is left out',
    ]);
  });

  it('reads separate ingress and egress rules', () => {
    expect(resource(model, 'DatabaseFromWeb', 'security-group-rule')).toMatchObject({
      group: 'DatabaseGroup',
      direction: 'inbound',
      rule: { protocol: 'tcp', ports: '5432', peer: 'WebGroup', peerIsGroup: true },
    });
    expect(resource(model, 'DatabaseEgress', 'security-group-rule')).toMatchObject({
      group: 'DatabaseGroup',
      direction: 'outbound',
      rule: { protocol: 'udp', ports: '53', peer: '10.0.0.2/32', peerIsGroup: false },
    });
  });

  it('reads network ACLs, their entries and associations', () => {
    expect(resource(model, 'PublicAcl', 'network-acl')).toMatchObject({ vpc: 'Vpc', entries: [] });
    expect(resource(model, 'AllowHttpsIn', 'network-acl-entry')).toMatchObject({
      acl: 'PublicAcl',
      entry: {
        rule: 100,
        egress: false,
        protocol: 'tcp',
        ports: '443',
        cidr: '0.0.0.0/0',
        action: 'allow',
      },
    });
    expect(resource(model, 'DenyAllOut', 'network-acl-entry').entry).toEqual({
      rule: 200,
      egress: true,
      protocol: 'all',
      ports: 'all',
      cidr: '0.0.0.0/0',
      action: 'deny',
    });
    expect(resource(model, 'PublicAclAssociation', 'network-acl-association')).toMatchObject({
      acl: 'PublicAcl',
      subnet: 'PublicSubnet',
    });
  });

  it('reads instances from SubnetId or their primary network interface', () => {
    expect(resource(model, 'Web', 'instance')).toMatchObject({
      subnet: 'PublicSubnet',
      groups: ['WebGroup'],
      publicIp: true,
      name: 'web',
    });
    const worker = resource(model, 'Worker', 'instance');
    expect(worker).toMatchObject({
      subnet: 'PrivateSubnet',
      groups: ['WebGroup', 'DatabaseGroup'],
    });
    expect(worker.publicIp).toBeUndefined();
  });

  it('reads Elastic IPs, an address of a NAT gateway as part of it, and flow logs', () => {
    expect(resource(model, 'WebAddress', 'elastic-ip').instance).toBe('Web');
    expect(resource(model, 'WorkerAddress', 'elastic-ip').instance).toBe('Worker');
    expect(resource(model, 'NatAddress', 'supporting').of).toEqual(['Nat']);
    expect(resource(model, 'VpcFlowLog', 'flow-log').resource).toBe('Vpc');
  });

  it('reads IAM roles: the managed policies and the trust policy', () => {
    expect(resource(model, 'WebRole', 'iam-role')).toMatchObject({
      roleName: 'web-server',
      accessLevel: 'read-only',
      trust: 'service',
      trustedPrincipal: 'ec2.amazonaws.com',
    });
  });
});

describe('network edge cases', () => {
  it('reads protocols by number and name, and ports as kinds.md writes them', () => {
    const m = modelOf(
      template(`  G:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - { IpProtocol: "17", FromPort: 0, ToPort: 65535, CidrIp: 10.0.0.0/8 }
        - { IpProtocol: 1, FromPort: 8, ToPort: 0, CidrIp: 10.0.0.0/8 }
        - { IpProtocol: -1, CidrIp: 10.0.0.0/8 }
        - { IpProtocol: "50", CidrIp: 10.0.0.0/8 }
        - { IpProtocol: tcp, FromPort: 80, ToPort: 80 }
`),
    );
    expect(
      resource(m, 'G', 'security-group').inbound.map((r) => `${r.protocol} ${r.ports}`),
    ).toEqual(['udp all', 'icmp all', 'all all']);
    expect(unknownLines(m)).toEqual([
      'G Properties.SecurityGroupInbound[3].IpProtocol: protocol 50 cannot be drawn (only tcp, udp, icmp and all)'.replace(
        'SecurityGroupInbound',
        'SecurityGroupIngress',
      ),
      'G Properties.SecurityGroupIngress[4]: the rule names no CIDR and no security group; it is left out',
    ]);
  });

  it('keeps a route whose destination is unknown as part of its table, reported', () => {
    const m = modelOf(
      template(
        `  T:
    Type: AWS::EC2::RouteTable
  R:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref T
      DestinationCidrBlock: !Ref Dest
      GatewayId: igw-0123
`,
        'Parameters:\n  Dest:\n    Type: String\n',
      ),
    );
    expect(resource(m, 'R', 'supporting').of).toEqual(['T']);
    expect(unknownLines(m)).toEqual([
      'R Properties.DestinationCidrBlock: parameter Dest has no Default',
      "R Properties.GatewayId: 'igw-0123' is not a resource of this template",
    ]);
  });

  it('reports an existing resource named by its id, and a VPN gateway attachment is not drawn', () => {
    const m = modelOf(
      template(`  S:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: vpc-0123
  A:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties:
      VpcId: vpc-0123
      VpnGatewayId: vgw-0123
`),
    );
    expect(resource(m, 'S', 'subnet').vpc).toBeUndefined();
    expect(resource(m, 'A', 'not-drawn').reason?.en).toMatch(/VPN gateway/);
    expect(unknownLines(m)).toEqual([
      "S Properties.VpcId: 'vpc-0123' is not a resource of this template",
    ]);
  });
});
