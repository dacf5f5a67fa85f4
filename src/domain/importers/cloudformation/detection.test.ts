import { describe, expect, it } from 'vitest';
import { fixtureText, modelOf, resource, template, unknownLines } from './testing';

const model = modelOf(fixtureText('detection.yaml'));

describe('detection mapping (detection.yaml)', () => {
  it('reads GuardDuty features and the administrator or member role', () => {
    expect(resource(model, 'Detector', 'guardduty')).toMatchObject({
      role: 'administrator',
      features: ['lambda', 'runtime', 's3'],
    });
    expect(resource(model, 'OldDetector', 'guardduty')).toMatchObject({
      role: 'member',
      features: ['malware', 's3'],
    });
    expect(resource(model, 'MemberAccount', 'supporting').of).toEqual(['Detector']);
    expect(resource(model, 'Invitation', 'supporting').of).toEqual(['OldDetector']);
  });

  it('reads Security Hub and its standards', () => {
    expect(resource(model, 'Hub', 'security-hub').standards).toEqual([]);
    expect(resource(model, 'Foundational', 'security-hub-standard').standard).toBe('fsbp');
    expect(resource(model, 'Cis', 'security-hub-standard').standard).toBe('cis');
  });

  it('reads the Inspector resources as Inspector', () => {
    expect(resource(model, 'CisScans', 'inspector')).toMatchObject({ ec2: true });
    expect(resource(model, 'FindingsFilter', 'inspector').ec2).toBeUndefined();
    expect(resource(model, 'ClassicAssessment', 'inspector')).toMatchObject({
      ec2: true,
      ecr: false,
      lambdaStandard: false,
      lambdaCode: false,
    });
  });

  it('reads Macie, Detective, Config and a multi-region trail into its bucket', () => {
    resource(model, 'Macie', 'macie');
    resource(model, 'Graph', 'detective');
    resource(model, 'Recorder', 'config');
    expect(resource(model, 'Trail', 'cloudtrail')).toMatchObject({
      multiRegion: true,
      bucket: 'TrailBucket',
    });
    // One flag false: public access is not blocked.
    expect(resource(model, 'TrailBucket', 'bucket').blockPublicAccess).toBe(false);
    expect(resource(model, 'TrailBucketPolicy', 'supporting').of).toEqual(['TrailBucket']);
  });

  it('reads EventBridge rules (pattern as a map or JSON text) and SNS', () => {
    expect(resource(model, 'FindingsRule', 'event-rule')).toMatchObject({
      sources: ['guardduty', 'securityhub'],
      targets: ['Alerts'],
    });
    expect(resource(model, 'TextPatternRule', 'event-rule')).toMatchObject({
      sources: ['inspector2'],
      targets: ['Alerts'],
    });
    resource(model, 'Alerts', 'topic');
    expect(resource(model, 'AlertsPolicy', 'supporting').of).toEqual(['Alerts']);
    expect(resource(model, 'AlertsMail', 'supporting').of).toEqual(['Alerts']);
    expect(unknownLines(model)).toEqual([]);
  });
});

describe('services switched off', () => {
  const m = modelOf(
    template(`  D:
    Type: AWS::GuardDuty::Detector
    Properties: { Enable: false }
  T:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: false, S3BucketName: logs }
  M:
    Type: AWS::Macie::Session
    Properties: { Status: PAUSED }
  R:
    Type: AWS::Events::Rule
    Properties: { State: DISABLED }
  Plain:
    Type: AWS::GuardDuty::Detector
    Properties: { Enable: true }
  Single:
    Type: AWS::CloudTrail::Trail
    Properties: { IsLogging: true }
  DefaultHub:
    Type: AWS::SecurityHub::Hub
`),
  );

  it('does not draw a disabled detector, trail, session or rule, saying why', () => {
    for (const id of ['D', 'T', 'M', 'R'])
      expect(resource(m, id, 'not-drawn').reason?.en).toMatch(/^disabled by /);
  });

  it('keeps the defaults a template leaves out', () => {
    const plain = resource(m, 'Plain', 'guardduty');
    expect(plain.features).toBeUndefined();
    expect(plain.role).toBeUndefined();
    expect(resource(m, 'Single', 'cloudtrail').multiRegion).toBe(false);
    expect(resource(m, 'DefaultHub', 'security-hub').standards).toEqual(['fsbp', 'cis']);
  });
});

describe('settings that depend on unknown values', () => {
  it('leaves the standards and features undecided, and reports them', () => {
    const m = modelOf(
      template(
        `  Hub:
    Type: AWS::SecurityHub::Hub
    Properties: { EnableDefaultStandards: !Ref Flag }
  D:
    Type: AWS::GuardDuty::Detector
    Properties: { Enable: true, Features: !Ref Flag }
`,
        'Parameters:\n  Flag:\n    Type: String\n',
      ),
    );
    expect(resource(m, 'Hub', 'security-hub').standards).toBeUndefined();
    expect(resource(m, 'D', 'guardduty').features).toBeUndefined();
    expect(unknownLines(m)).toEqual([
      'Hub Properties.EnableDefaultStandards: parameter Flag has no Default',
      'D Properties.Features: parameter Flag has no Default',
    ]);
  });
});
