/** The fixtures as a whole: YAML and JSON twins agree, every mapped type is exercised, reading is fast. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { InfraModel } from '../model';
import { CLOUDFORMATION_TYPES } from '.';
import { FIXTURES, fixtureText, modelOf } from './testing';

const twins = readdirSync(FIXTURES)
  .filter(
    (n) => n.endsWith('.yaml') && readdirSync(FIXTURES).includes(n.replace(/\.yaml$/, '.json')),
  )
  .map((n) => n.replace(/\.yaml$/, ''));

/** A model without source positions, which differ between a YAML file and its JSON twin. */
function withoutPositions(model: InfraModel): unknown {
  return JSON.parse(
    JSON.stringify(model, (key, value: unknown) => (key === 'at' ? undefined : value)),
  );
}

describe('fixtures', () => {
  it('has YAML and JSON twins for every topic', () => {
    expect(twins).toEqual(['data', 'detection', 'edge', 'network', 'parameters', 'sam']);
  });

  it.each(twins)('%s: the YAML and the JSON template give the same model', (name) => {
    const yaml = modelOf(fixtureText(`${name}.yaml`));
    const json = modelOf(fixtureText(`${name}.json`));
    expect(withoutPositions(json)).toEqual(withoutPositions(yaml));
    expect(yaml.resources.length).toBeGreaterThan(0);
  });

  it('keeps the position of each resource in JSON too', () => {
    const json = modelOf(fixtureText('network.json'));
    expect(json.resources[0].at).toEqual({ line: 5, column: 5 });
  });

  it('exercises every mapped type, in YAML and in JSON', () => {
    for (const ext of ['yaml', 'json']) {
      const types = new Set(
        twins.flatMap((name) =>
          modelOf(fixtureText(`${name}.${ext}`))
            .resources.filter((r) => r.concept !== 'not-drawn')
            .map((r) => r.sourceType),
        ),
      );
      expect(
        CLOUDFORMATION_TYPES.filter((t) => !types.has(t)),
        ext,
      ).toEqual([]);
    }
  });

  it('reads a template of 1,000 resources with every value known', () => {
    const resources = Array.from({ length: 250 }, (_, k) =>
      [
        `  Vpc${k}:\n    Type: AWS::EC2::VPC\n    Properties: { CidrBlock: !Sub "10.\${N}.0.0/16" }\n`,
        `  Subnet${k}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: !Ref Vpc${k}\n      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc${k}.CidrBlock, 2, 8]]\n      AvailabilityZone: !Select [0, !GetAZs ""]\n`,
        `  Group${k}:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      VpcId: !Ref Vpc${k}\n      SecurityGroupIngress:\n        - { IpProtocol: tcp, FromPort: 443, ToPort: 443, CidrIp: 0.0.0.0/0 }\n`,
        `  Web${k}:\n    Type: AWS::EC2::Instance\n    Properties:\n      SubnetId: !Ref Subnet${k}\n      SecurityGroupIds: [!Ref Group${k}]\n      Tags: [{ Key: Name, Value: !Sub "web-\${AWS::StackName}" }]\n`,
      ].join(''),
    );
    const text = `Parameters:\n  N: { Type: Number, Default: 1 }\nResources:\n${resources.join('')}`;
    const model = modelOf(text);
    expect(model.resources).toHaveLength(1000);
    expect(model.unknowns).toEqual([]);
  });
});
