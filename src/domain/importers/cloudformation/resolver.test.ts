import { describe, expect, it } from 'vitest';
import { fixtureText, modelOf, resource, template, unknownLines } from './testing';

describe('parameters and conditions (parameters.yaml)', () => {
  const model = modelOf(fixtureText('parameters.yaml'));

  it('takes Defaults as values, typed, through Mappings, Join, Select, Split and Cidr', () => {
    expect(resource(model, 'Vpc', 'vpc')).toMatchObject({ cidr: '10.10.0.0/16', name: 'prod-vpc' });
    expect(resource(model, 'Public', 'subnet')).toMatchObject({
      vpc: 'Vpc',
      cidr: '10.10.1.0/24',
      az: 'eu-west-1c',
      mapPublicIpOnLaunch: true,
    });
    const group = resource(model, 'Group', 'security-group');
    // Fn::If on a known condition picks the branch; CommaDelimitedList items are trimmed.
    expect(group.vpc).toBe('Vpc');
    expect(group.inbound).toEqual([
      { protocol: 'tcp', ports: '22', peer: '10.0.0.0/8', peerIsGroup: false },
    ]);
    expect(group.outbound).toEqual([]);
  });

  it('does not draw a resource whose condition is false, saying why', () => {
    expect(resource(model, 'DevOnly', 'not-drawn').reason).toEqual({
      en: 'not created: condition IsDev is false',
      ja: '作成されません: 条件 IsDev が false です',
    });
  });

  it('reports every value it cannot know, and the props keep their defaults', () => {
    expect(resource(model, 'UnknownVpc', 'vpc').cidr).toBeUndefined();
    const europe = resource(model, 'EuropeOnly', 'subnet');
    expect(europe.cidr).toBeUndefined();
    // Fn::If on an unknown condition is unknown; the other condition (Or with a true one) is known.
    expect(europe.mapPublicIpOnLaunch).toBe(true);
    expect(resource(model, 'Server', 'instance').subnet).toBeUndefined();
    expect(unknownLines(model)).toEqual([
      'EuropeOnly Condition: condition ProdInEurope cannot be evaluated: condition InEurope cannot be evaluated: parameter Region has no Default',
      'UnknownVpc Properties.CidrBlock: parameter VpcCidr has no Default',
      'EuropeOnly Properties.CidrBlock: condition ProdInEurope cannot be evaluated: condition InEurope cannot be evaluated: parameter Region has no Default',
      'Group Properties.SecurityGroupIngress[0].CidrIp: Fn::ImportValue reads an output of another stack',
      'Group Properties.SecurityGroupEgress[0].CidrIp: parameter VpcCidr has no Default',
      'Server Properties.SubnetId: condition InEurope cannot be evaluated: parameter Region has no Default',
    ]);
    expect(model.unknowns[1]).toMatchObject({
      resource: 'UnknownVpc',
      property: 'Properties.CidrBlock',
      reason: { ja: 'パラメータ VpcCidr に Default がありません' },
      at: { line: 46, column: 3 },
    });
  });
});

/** The CidrBlock a VPC gets from a YAML expression. */
function cidrOf(expression: string, head = ''): { cidr?: string; unknowns: string[] } {
  const m = modelOf(
    template(
      `  V:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: ${expression}\n`,
      head,
    ),
  );
  return { cidr: resource(m, 'V', 'vpc').cidr, unknowns: unknownLines(m) };
}

describe('intrinsic functions', () => {
  it('evaluates Fn::Sub with variables, pseudo parameters and literals', () => {
    expect(cidrOf(`!Sub ["\${A}.0.0/\${B}", { A: "10.1", B: 16 }]`).cidr).toBe('10.1.0.0/16');
    expect(cidrOf('!Sub "${!Literal}"').cidr).toBe('${Literal}');
    expect(cidrOf('!Sub "${AWS::Partition}.${AWS::URLSuffix}"').cidr).toBe('aws.amazonaws.com');
    expect(cidrOf('!Sub "10.0.0.0/${AWS::Region}"')).toEqual({
      unknowns: ['V Properties.CidrBlock: AWS::Region is known only when the stack is deployed'],
    });
  });

  it('evaluates Fn::Join, Fn::Split, Fn::Select, Fn::Length and Fn::FindInMap with a default', () => {
    expect(cidrOf('!Join ["/", ["10.0.0.0", "16"]]').cidr).toBe('10.0.0.0/16');
    expect(cidrOf('!Select [1, !Split ["|", "a|10.0.0.0/8"]]').cidr).toBe('10.0.0.0/8');
    expect(cidrOf('!Join ["", [!Length [a, b], ".0.0.0/8"]]').cidr).toBe('2.0.0.0/8');
    expect(
      cidrOf('!FindInMap [M, a, b, { DefaultValue: 10.9.0.0/16 }]', 'Mappings: { M: {} }\n').cidr,
    ).toBe('10.9.0.0/16');
    expect(cidrOf('!FindInMap [M, a, b]', 'Mappings: { M: {} }\n').unknowns).toEqual([
      'V Properties.CidrBlock: Mappings has no M.a.b',
    ]);
    expect(cidrOf('!Select [5, [a]]').unknowns).toEqual([
      'V Properties.CidrBlock: Fn::Select index 5 is out of range',
    ]);
  });

  it('evaluates Fn::ToJsonString, and reports Fn::Base64, Fn::Transform and IPv6 Fn::Cidr', () => {
    expect(cidrOf('!ToJsonString { a: [1, "x"] }').cidr).toBe('{"a":[1,"x"]}');
    expect(cidrOf('!Base64 abc').unknowns).toEqual([
      'V Properties.CidrBlock: the result of Fn::Base64 is not evaluated',
    ]);
    expect(cidrOf('!Transform { Name: M }').unknowns).toEqual([
      'V Properties.CidrBlock: Fn::Transform runs a macro when the stack is deployed',
    ]);
    expect(cidrOf('!Select [0, !Cidr ["2001:db8::/56", 2, 64]]').unknowns).toEqual([
      'V Properties.CidrBlock: Fn::Cidr is computed for IPv4 blocks only',
    ]);
  });

  it('reports attributes known only after creation, and names that are nothing', () => {
    const m = modelOf(
      template(`  B:
    Type: AWS::S3::Bucket
  V:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !GetAtt B.Arn
  W:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref Nothing
`),
    );
    expect(unknownLines(m)).toEqual([
      'V Properties.CidrBlock: B.Arn is known only once B is created',
      'W Properties.CidrBlock: Ref Nothing names neither a parameter nor a resource of the template',
    ]);
  });

  it('reads parameters from Systems Manager as unknown, and Number parameters as numbers', () => {
    const head =
      'Parameters:\n  Ssm:\n    Type: AWS::SSM::Parameter::Value<String>\n    Default: /cidr\n  N:\n    Type: Number\n    Default: 16\n';
    expect(cidrOf('!Ref Ssm', head).unknowns).toEqual([
      'V Properties.CidrBlock: parameter Ssm is read from Systems Manager when the stack is deployed',
    ]);
    expect(cidrOf('!Sub "10.0.0.0/${N}"', head).cidr).toBe('10.0.0.0/16');
  });

  it('removes a property set to AWS::NoValue, in a list too, without an unknown', () => {
    expect(cidrOf('!Ref AWS::NoValue')).toEqual({ unknowns: [] });
    expect(cidrOf('!Join ["", [10.0.0.0/, !Ref AWS::NoValue, "16"]]').cidr).toBe('10.0.0.0/16');
  });

  it('reads Fn::GetAtt as text "A.B" and with an attribute from a parameter', () => {
    const head = 'Parameters:\n  Attr: { Type: String, Default: CidrBlock }\n';
    const src = '  S:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: 10.7.0.0/16 }\n';
    for (const expression of ['{ "Fn::GetAtt": "S.CidrBlock" }', '!GetAtt [S, !Ref Attr]']) {
      const m = modelOf(
        template(
          `${src}  V:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: ${expression} }\n`,
          head,
        ),
      );
      expect(resource(m, 'V', 'vpc').cidr).toBe('10.7.0.0/16');
    }
  });

  it('compares with Fn::Equals as CloudFormation does (numbers as text)', () => {
    const head =
      'Parameters:\n  N:\n    Type: Number\n    Default: 2\nConditions:\n  Two: !Equals [!Ref N, "2"]\n';
    expect(cidrOf('!If [Two, 10.2.0.0/16, 10.3.0.0/16]', head).cidr).toBe('10.2.0.0/16');
  });
});
