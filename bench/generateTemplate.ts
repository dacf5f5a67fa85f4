/**
 * A generated CloudFormation template in YAML for the import benchmark: about `target`
 * resources in the mix of a real estate, with the short-form intrinsics people write.
 * Each block is one VPC (43 resources): an internet gateway and its attachment, public
 * and private subnets in two zones with route tables, routes and associations, a NAT
 * gateway and its Elastic IP, a network ACL with entries and associations, security
 * groups with inline and separate rules (CIDR and source group), six instances, an
 * internet-facing load balancer with a listener and a target group, a database with
 * its subnet group, a function in the VPC with its role, a bucket with its policy and a
 * flow log. Once per template: a distribution in front of the first load balancer,
 * its web ACL, GuardDuty, Security Hub, CloudTrail, Config, an EventBridge rule and an
 * SNS topic. Log buckets make up the count.
 */
const PER_BLOCK = 43;
const GLOBALS = 8;

export function generateCloudFormationYaml(target: number): { text: string; resources: number } {
  const lines = [
    'AWSTemplateFormatVersion: "2010-09-09"',
    `Description: Generated estate of about ${target} resources`,
    'Parameters:',
    '  Environment:',
    '    Type: String',
    '    Default: prod',
    '  DbPassword:',
    '    Type: String',
    '    NoEcho: true',
    'Resources:',
  ];
  let resources = 0;
  const add = (id: string, type: string, properties: string[]) => {
    lines.push(`  ${id}:`, `    Type: ${type}`);
    if (properties.length > 0)
      lines.push('    Properties:', ...properties.map((p) => `      ${p}`));
    resources++;
  };
  const blocks = Math.max(1, Math.floor((target - GLOBALS) / PER_BLOCK));
  for (let b = 0; b < blocks; b++) addBlock(add, b);
  // Log buckets make up the count to exactly `target`.
  for (let i = 0; resources < target - GLOBALS; i++) {
    add(`Logs${i}`, 'AWS::S3::Bucket', ['VersioningConfiguration: { Status: Enabled }']);
  }
  addGlobals(add);
  return { text: `${lines.join('\n')}\n`, resources };
}

type Add = (id: string, type: string, properties: string[]) => void;

const tag = (name: string) => [
  'Tags:',
  `  - Key: Name`,
  `    Value: !Sub "\${Environment}-${name}"`,
];

function addBlock(add: Add, b: number): void {
  const p = `B${b}`;
  const octet = b % 250;
  add(`${p}Vpc`, 'AWS::EC2::VPC', [
    `CidrBlock: 10.${octet}.0.0/16`,
    'EnableDnsHostnames: true',
    ...tag(`vpc-${b}`),
  ]);
  add(`${p}Igw`, 'AWS::EC2::InternetGateway', tag(`igw-${b}`));
  add(`${p}IgwAttachment`, 'AWS::EC2::VPCGatewayAttachment', [
    `VpcId: !Ref ${p}Vpc`,
    `InternetGatewayId: !Ref ${p}Igw`,
  ]);
  const subnets = [
    { id: `${p}PublicA`, az: 0, cidr: 0, public: true },
    { id: `${p}PublicC`, az: 1, cidr: 1, public: true },
    { id: `${p}PrivateA`, az: 0, cidr: 10, public: false },
    { id: `${p}PrivateC`, az: 1, cidr: 11, public: false },
  ];
  for (const s of subnets) {
    add(s.id, 'AWS::EC2::Subnet', [
      `VpcId: !Ref ${p}Vpc`,
      `CidrBlock: 10.${octet}.${s.cidr}.0/24`,
      `AvailabilityZone: !Select [${s.az}, !GetAZs ""]`,
      ...(s.public ? ['MapPublicIpOnLaunch: true'] : []),
      ...tag(s.id),
    ]);
  }
  add(`${p}PublicRoutes`, 'AWS::EC2::RouteTable', [`VpcId: !Ref ${p}Vpc`]);
  add(`${p}DefaultRoute`, 'AWS::EC2::Route', [
    `RouteTableId: !Ref ${p}PublicRoutes`,
    'DestinationCidrBlock: 0.0.0.0/0',
    `GatewayId: !Ref ${p}Igw`,
  ]);
  add(`${p}NatIp`, 'AWS::EC2::EIP', ['Domain: vpc']);
  add(`${p}Nat`, 'AWS::EC2::NatGateway', [
    `SubnetId: !Ref ${p}PublicA`,
    `AllocationId: !GetAtt ${p}NatIp.AllocationId`,
  ]);
  add(`${p}PrivateRoutes`, 'AWS::EC2::RouteTable', [`VpcId: !Ref ${p}Vpc`]);
  add(`${p}NatRoute`, 'AWS::EC2::Route', [
    `RouteTableId: !Ref ${p}PrivateRoutes`,
    'DestinationCidrBlock: 0.0.0.0/0',
    `NatGatewayId: !Ref ${p}Nat`,
  ]);
  for (const s of subnets) {
    add(`${s.id}Routes`, 'AWS::EC2::SubnetRouteTableAssociation', [
      `SubnetId: !Ref ${s.id}`,
      `RouteTableId: !Ref ${p}${s.public ? 'Public' : 'Private'}Routes`,
    ]);
  }
  add(`${p}PrivateAcl`, 'AWS::EC2::NetworkAcl', [`VpcId: !Ref ${p}Vpc`]);
  add(`${p}AclInHttps`, 'AWS::EC2::NetworkAclEntry', [
    `NetworkAclId: !Ref ${p}PrivateAcl`,
    'RuleNumber: 100',
    'Protocol: 6',
    'RuleAction: allow',
    `CidrBlock: 10.${octet}.0.0/16`,
    'PortRange: { From: 443, To: 443 }',
  ]);
  add(`${p}AclOutEphemeral`, 'AWS::EC2::NetworkAclEntry', [
    `NetworkAclId: !Ref ${p}PrivateAcl`,
    'RuleNumber: 100',
    'Egress: true',
    'Protocol: 6',
    'RuleAction: allow',
    `CidrBlock: 10.${octet}.0.0/16`,
    'PortRange: { From: 1024, To: 65535 }',
  ]);
  for (const s of subnets.filter((x) => !x.public)) {
    add(`${s.id}Acl`, 'AWS::EC2::SubnetNetworkAclAssociation', [
      `SubnetId: !Ref ${s.id}`,
      `NetworkAclId: !Ref ${p}PrivateAcl`,
    ]);
  }
  add(`${p}LbGroup`, 'AWS::EC2::SecurityGroup', [
    'GroupDescription: load balancer',
    `VpcId: !Ref ${p}Vpc`,
    'SecurityGroupIngress:',
    '  - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }',
    '  - { IpProtocol: tcp, FromPort: 80, ToPort: 80, CidrIp: 0.0.0.0/0 }',
  ]);
  add(`${p}WebGroup`, 'AWS::EC2::SecurityGroup', [
    'GroupDescription: web servers',
    `VpcId: !Ref ${p}Vpc`,
    'SecurityGroupEgress:',
    '  - { IpProtocol: "-1", CidrIp: 0.0.0.0/0 }',
  ]);
  add(`${p}WebFromLb`, 'AWS::EC2::SecurityGroupIngress', [
    `GroupId: !Ref ${p}WebGroup`,
    'IpProtocol: tcp',
    'FromPort: 8080',
    'ToPort: 8080',
    `SourceSecurityGroupId: !GetAtt ${p}LbGroup.GroupId`,
  ]);
  add(`${p}DbGroup`, 'AWS::EC2::SecurityGroup', [
    'GroupDescription: database',
    `VpcId: !Ref ${p}Vpc`,
  ]);
  add(`${p}DbFromWeb`, 'AWS::EC2::SecurityGroupIngress', [
    `GroupId: !Ref ${p}DbGroup`,
    'IpProtocol: tcp',
    'FromPort: 3306',
    'ToPort: 3306',
    `SourceSecurityGroupId: !Ref ${p}WebGroup`,
  ]);
  const instances: string[] = [];
  for (let i = 0; i < 6; i++) {
    const id = `${p}Web${i}`;
    instances.push(id);
    add(id, 'AWS::EC2::Instance', [
      'ImageId: ami-0123456789abcdef0',
      'InstanceType: t3.micro',
      `SubnetId: !Ref ${i % 2 === 0 ? `${p}PrivateA` : `${p}PrivateC`}`,
      `SecurityGroupIds: [!Ref ${p}WebGroup]`,
      ...tag(`web-${b}-${i}`),
    ]);
  }
  add(`${p}Lb`, 'AWS::ElasticLoadBalancingV2::LoadBalancer', [
    'Type: application',
    'Scheme: internet-facing',
    `Subnets: [!Ref ${p}PublicA, !Ref ${p}PublicC]`,
    `SecurityGroups: [!Ref ${p}LbGroup]`,
  ]);
  add(`${p}Targets`, 'AWS::ElasticLoadBalancingV2::TargetGroup', [
    'Port: 8080',
    'Protocol: HTTP',
    `VpcId: !Ref ${p}Vpc`,
    'Targets:',
    ...instances.map((id) => `  - Id: !Ref ${id}`),
  ]);
  add(`${p}Https`, 'AWS::ElasticLoadBalancingV2::Listener', [
    `LoadBalancerArn: !Ref ${p}Lb`,
    'Port: 443',
    'Protocol: HTTPS',
    'DefaultActions:',
    `  - { Type: forward, TargetGroupArn: !Ref ${p}Targets }`,
  ]);
  add(`${p}DbSubnets`, 'AWS::RDS::DBSubnetGroup', [
    'DBSubnetGroupDescription: private',
    `SubnetIds: [!Ref ${p}PrivateA, !Ref ${p}PrivateC]`,
  ]);
  add(`${p}Db`, 'AWS::RDS::DBInstance', [
    'Engine: mysql',
    'DBInstanceClass: db.t3.micro',
    'AllocatedStorage: "20"',
    'MasterUsername: admin',
    'MasterUserPassword: !Ref DbPassword',
    `DBSubnetGroupName: !Ref ${p}DbSubnets`,
    `VPCSecurityGroups: [!GetAtt ${p}DbGroup.GroupId]`,
    'PubliclyAccessible: false',
  ]);
  add(`${p}FunctionRole`, 'AWS::IAM::Role', [
    'AssumeRolePolicyDocument:',
    '  Statement:',
    '    - { Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }',
  ]);
  add(`${p}Function`, 'AWS::Lambda::Function', [
    'Runtime: nodejs20.x',
    'Handler: index.handler',
    `Role: !GetAtt ${p}FunctionRole.Arn`,
    'Code: { ZipFile: "exports.handler = async () => 1;" }',
    'VpcConfig:',
    `  SubnetIds: [!Ref ${p}PrivateA, !Ref ${p}PrivateC]`,
    `  SecurityGroupIds: [!Ref ${p}WebGroup]`,
  ]);
  add(`${p}Assets`, 'AWS::S3::Bucket', [
    'PublicAccessBlockConfiguration:',
    '  BlockPublicAcls: true',
    '  BlockPublicPolicy: true',
    '  IgnorePublicAcls: true',
    '  RestrictPublicBuckets: true',
  ]);
  add(`${p}AssetsPolicy`, 'AWS::S3::BucketPolicy', [
    `Bucket: !Ref ${p}Assets`,
    'PolicyDocument:',
    '  Statement:',
    `    - { Effect: Deny, Principal: "*", Action: "s3:*", Resource: !Sub "\${${p}Assets.Arn}/*", Condition: { Bool: { aws:SecureTransport: false } } }`,
  ]);
  add(`${p}FlowLog`, 'AWS::EC2::FlowLog', [
    `ResourceId: !Ref ${p}Vpc`,
    'ResourceType: VPC',
    'TrafficType: ALL',
    'LogDestinationType: s3',
    `LogDestination: !GetAtt ${p}Assets.Arn`,
  ]);
}

function addGlobals(add: Add): void {
  add('EdgeAcl', 'AWS::WAFv2::WebACL', [
    'Scope: CLOUDFRONT',
    'DefaultAction: { Allow: {} }',
    'VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: edge }',
    'Rules:',
    '  - Name: common',
    '    Priority: 0',
    '    OverrideAction: { None: {} }',
    '    Statement: { ManagedRuleGroupStatement: { VendorName: AWS, Name: AWSManagedRulesCommonRuleSet } }',
    '    VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common }',
  ]);
  add('Cdn', 'AWS::CloudFront::Distribution', [
    'DistributionConfig:',
    '  Enabled: true',
    '  WebACLId: !GetAtt EdgeAcl.Arn',
    '  Origins:',
    '    - Id: lb',
    '      DomainName: !GetAtt B0Lb.DNSName',
    '      CustomOriginConfig: { OriginProtocolPolicy: https-only }',
    '  DefaultCacheBehavior: { TargetOriginId: lb, ViewerProtocolPolicy: redirect-to-https }',
  ]);
  add('Detector', 'AWS::GuardDuty::Detector', ['Enable: true']);
  add('Hub', 'AWS::SecurityHub::Hub', []);
  add('Trail', 'AWS::CloudTrail::Trail', [
    'IsLogging: true',
    'IsMultiRegionTrail: true',
    'S3BucketName: !Ref B0Assets',
  ]);
  add('Recorder', 'AWS::Config::ConfigurationRecorder', [
    'RoleARN: !GetAtt B0FunctionRole.Arn',
    'RecordingGroup: { AllSupported: true }',
  ]);
  add('Alerts', 'AWS::SNS::Topic', []);
  add('FindingsRule', 'AWS::Events::Rule', [
    'EventPattern: { source: [aws.guardduty] }',
    'Targets:',
    '  - { Id: alerts, Arn: !Ref Alerts }',
  ]);
}

/**
 * The same kind of estate as Terraform HCL, about `target` resources: per block a VPC
 * with its gateway, four subnets, a route table with its default route and
 * associations, two security groups (one with inline rules, one with a separate rule
 * from the first), six instances, a load balancer with a listener, a target group and
 * its attachments, and a bucket with its public access block (26 resources).
 */
export function generateTerraformHcl(target: number): { text: string; resources: number } {
  const blocks: string[] = [];
  let resources = 0;
  const add = (type: string, name: string, body: string[]) => {
    blocks.push(`resource "${type}" "${name}" {\n${body.map((l) => `  ${l}`).join('\n')}\n}\n`);
    resources++;
  };
  for (let b = 0; resources + 26 <= target; b++) {
    const octet = b % 250;
    const vpc = `aws_vpc.v${b}.id`;
    add('aws_vpc', `v${b}`, [`cidr_block = "10.${octet}.0.0/16"`, `tags = { Name = "vpc-${b}" }`]);
    add('aws_internet_gateway', `v${b}`, [`vpc_id = ${vpc}`]);
    const subnets = ['pub_a', 'pub_c', 'app_a', 'app_c'];
    subnets.forEach((s, i) =>
      add('aws_subnet', `v${b}_${s}`, [
        `vpc_id = ${vpc}`,
        `cidr_block = "10.${octet}.${i}.0/24"`,
        `availability_zone = "us-east-1${i % 2 === 0 ? 'a' : 'c'}"`,
      ]),
    );
    add('aws_route_table', `v${b}_public`, [
      `vpc_id = ${vpc}`,
      'route {',
      '  cidr_block = "0.0.0.0/0"',
      `  gateway_id = aws_internet_gateway.v${b}.id`,
      '}',
    ]);
    for (const s of subnets.slice(0, 2)) {
      add('aws_route_table_association', `v${b}_${s}`, [
        `subnet_id = aws_subnet.v${b}_${s}.id`,
        `route_table_id = aws_route_table.v${b}_public.id`,
      ]);
    }
    add('aws_security_group', `v${b}_lb`, [
      `vpc_id = ${vpc}`,
      'ingress {',
      '  protocol = "tcp"',
      '  from_port = 443',
      '  to_port = 443',
      '  cidr_blocks = ["0.0.0.0/0"]',
      '}',
    ]);
    add('aws_security_group', `v${b}_app`, [`vpc_id = ${vpc}`]);
    add('aws_security_group_rule', `v${b}_app_from_lb`, [
      'type = "ingress"',
      'protocol = "tcp"',
      'from_port = 8080',
      'to_port = 8080',
      `security_group_id = aws_security_group.v${b}_app.id`,
      `source_security_group_id = aws_security_group.v${b}_lb.id`,
    ]);
    for (let i = 0; i < 6; i++) {
      add('aws_instance', `v${b}_app${i}`, [
        'ami = "ami-0123456789abcdef0"',
        'instance_type = "t3.micro"',
        `subnet_id = aws_subnet.v${b}_${i % 2 === 0 ? 'app_a' : 'app_c'}.id`,
        `vpc_security_group_ids = [aws_security_group.v${b}_app.id]`,
      ]);
    }
    add('aws_lb', `v${b}`, [
      'load_balancer_type = "application"',
      `subnets = [aws_subnet.v${b}_pub_a.id, aws_subnet.v${b}_pub_c.id]`,
      `security_groups = [aws_security_group.v${b}_lb.id]`,
    ]);
    add('aws_lb_target_group', `v${b}`, ['port = 8080', 'protocol = "HTTP"', `vpc_id = ${vpc}`]);
    add('aws_lb_listener', `v${b}`, [
      `load_balancer_arn = aws_lb.v${b}.arn`,
      'port = 443',
      'protocol = "HTTPS"',
      'default_action {',
      '  type = "forward"',
      `  target_group_arn = aws_lb_target_group.v${b}.arn`,
      '}',
    ]);
    add('aws_lb_target_group_attachment', `v${b}`, [
      `count = 6`,
      `target_group_arn = aws_lb_target_group.v${b}.arn`,
      `target_id = [${Array.from({ length: 6 }, (_, i) => `aws_instance.v${b}_app${i}.id`).join(', ')}][count.index]`,
    ]);
    add('aws_s3_bucket', `v${b}_assets`, [`bucket = "assets-${b}"`]);
    add('aws_s3_bucket_public_access_block', `v${b}_assets`, [
      `bucket = aws_s3_bucket.v${b}_assets.id`,
      'block_public_acls = true',
      'block_public_policy = true',
      'ignore_public_acls = true',
      'restrict_public_buckets = true',
    ]);
  }
  return { text: blocks.join('\n'), resources };
}
