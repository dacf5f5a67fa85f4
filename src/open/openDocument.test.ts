import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { startLibrary } from '../library/session';
import { MemoryStorage } from '../store/testStorage';
import { editorStore } from '../store/editorStore';
import { emptyDiagram } from '../domain/document/types';
import { MAX_IMPORT_BYTES } from '../domain/document/limits';
import { translate } from '../i18n';
import { forgetImportReport, importState } from './importReport/importState';
import { looksLikeDiagram, openDocumentFiles, openDocumentText } from './openDocument';
import { HclParserFailure } from './terraform/hclFailure';

const VALID = JSON.stringify({
  type: 'aws-security-playground',
  version: 1,
  title: 'Opened',
  nodes: [
    { id: 'in', kind: 'internet', position: { x: 0, y: 0 } },
    { id: 'cf', kind: 'cloudfront', position: { x: 200, y: 0 } },
  ],
  edges: [{ id: 'e1', source: 'in', target: 'cf' }],
});

describe('openDocumentText', () => {
  beforeEach(() => {
    editorStore.getState().loadInitial(emptyDiagram('Before'));
    for (const n of editorStore.getState().notices) editorStore.getState().dismiss(n.id);
  });

  it('replaces the document as one undo step and asks for a fit', async () => {
    const fit = editorStore.getState().fitRequest;
    expect(await openDocumentText(VALID)).toBe(true);
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Opened');
    expect(s.doc.edges[0].kind).toBe('traffic');
    expect(s.past).toHaveLength(1);
    expect(s.fitRequest).toBe(fit + 1);
    s.undo();
    expect(editorStore.getState().doc.title).toBe('Before');
  });

  it('refuses a bad document, keeps the open one and names each problem with its path', async () => {
    const bad =
      '{"type":"aws-security-playground","version":1,"nodes":[{"id":"a","kind":"nope"}],"edges":[]}';
    expect(await openDocumentText(bad, undefined, { source: 'bad.json' })).toBe(false);
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Before');
    expect(s.past).toHaveLength(0);
    const notice = s.notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.text).toContain('bad.json');
    expect(notice.detail?.some((line) => line.startsWith('nodes[0].kind'))).toBe(true);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    expect(await openDocumentText(VALID, MAX_IMPORT_BYTES + 1)).toBe(false);
    expect(editorStore.getState().notices.at(-1)?.detail?.[0]).toMatch(/20 MB/);
  });

  it('lists repairs as a warning after opening', async () => {
    const withUnknown = VALID.replace('"title"', '"colour":"red","title"');
    expect(await openDocumentText(withUnknown)).toBe(true);
    const notice = editorStore.getState().notices.at(-1)!;
    expect(notice.tone).toBe('warning');
    expect(notice.detail?.some((line) => line.includes('colour'))).toBe(true);
  });
});

describe('looksLikeDiagram', () => {
  it('accepts a whole diagram and nothing else', () => {
    expect(looksLikeDiagram(`  ${VALID}`)).toBe(true);
    expect(looksLikeDiagram('{"nodes":[],"edges":[]}')).toBe(false);
    expect(looksLikeDiagram('{"type":"aws-security-playground"')).toBe(false);
    expect(looksLikeDiagram('hello')).toBe(false);
  });
});

describe('openDocumentText with the diagram library', () => {
  it('opens the document as a new record and leaves the previous one as it was', async () => {
    const tab = await startLibrary(editorStore, { legacy: new MemoryStorage() });
    editorStore.getState().commit((d) => ({ ...d, title: 'Kept' }));
    await tab.flush();
    const before = tab.currentId;

    expect(await openDocumentText(VALID)).toBe(true);
    await tab.flush();
    expect(tab.currentId).not.toBe(before);
    const records = await tab.backend.all();
    expect(records.map((r) => r.title).sort()).toEqual(['Kept', 'Opened']);
    expect(records.find((r) => r.id === before)?.title).toBe('Kept');
  });
});

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Opened template
Resources:
  AppVpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
`;

const TERRAFORM = `resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}
`;

/** What hcl2json makes of TERRAFORM. */
const TERRAFORM_JSON = { resource: { aws_vpc: { main: [{ cidr_block: '10.0.0.0/16' }] } } };

function fakeParser(answer: (fileName: string) => Promise<unknown>) {
  const calls: string[] = [];
  const parseHcl = (fileName: string, text: string) => {
    calls.push(`${fileName}:${text.length}`);
    return answer(fileName);
  };
  return { calls, parseHcl };
}

describe('opening templates', () => {
  beforeEach(() => {
    editorStore.getState().loadInitial(emptyDiagram('Before'));
    for (const n of editorStore.getState().notices) editorStore.getState().dismiss(n.id);
    forgetImportReport();
  });

  it('opens a CloudFormation template as a new diagram with its report', async () => {
    expect(await openDocumentText(TEMPLATE, undefined, { source: 'net.yaml' })).toBe(true);
    const s = editorStore.getState();
    expect(s.doc.nodes.map((n) => n.id)).toContain('AppVpc');
    expect(s.past).toHaveLength(1);
    const { opened, dialogOpen, reading } = importState.getState();
    expect(dialogOpen).toBe(true);
    expect(reading).toBeNull();
    expect(opened?.source).toBe('net.yaml');
    expect(opened?.report.format).toBe('cloudformation');
    expect(opened?.report.entries.map((e) => e.id)).toEqual(['AppVpc', 'Role']);
  });

  it('refuses a broken template with its line and column and keeps the open diagram', async () => {
    const broken = `${TEMPLATE}  Bad: [unclosed\n`;
    expect(await openDocumentText(broken, undefined, { source: 'broken.yaml' })).toBe(false);
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Before');
    expect(s.past).toHaveLength(0);
    const notice = s.notices.at(-1)!;
    expect(notice.tone).toBe('error');
    expect(notice.text).toContain('broken.yaml');
    expect(notice.detail?.[0]).toMatch(/^line \d+, column \d+/);
    expect(importState.getState().opened).toBeNull();
  });

  it('reads Terraform through the given HCL parser, under the file name', async () => {
    const parser = fakeParser(() => Promise.resolve(TERRAFORM_JSON));
    const opened = await openDocumentText(TERRAFORM, undefined, {
      source: 'main.tf',
      parseHcl: parser.parseHcl,
    });
    expect(opened).toBe(true);
    expect(parser.calls).toEqual([`main.tf:${TERRAFORM.length}`]);
    expect(editorStore.getState().doc.nodes.map((n) => n.id)).toContain('aws_vpc.main');
    expect(importState.getState().opened?.report.format).toBe('terraform-hcl');
  });

  it('names pasted Terraform for the parser', async () => {
    const parser = fakeParser(() => Promise.resolve(TERRAFORM_JSON));
    expect(await openDocumentText(TERRAFORM, undefined, { parseHcl: parser.parseHcl })).toBe(true);
    expect(parser.calls).toEqual([`pasted.tf:${TERRAFORM.length}`]);
    // the report calls it pasted text, in the app's language
    expect(importState.getState().opened?.source).toBeUndefined();
  });

  it("says when the parser itself failed, in the app's language", async () => {
    editorStore.getState().setLang('ja');
    const parser = fakeParser(() =>
      Promise.reject(new HclParserFailure('timeout', 'main.tf: no answer', 20_000)),
    );
    const opened = await openDocumentText(TERRAFORM, undefined, {
      source: 'main.tf',
      parseHcl: parser.parseHcl,
    });
    editorStore.getState().setLang('en');
    expect(opened).toBe(false);
    const s = editorStore.getState();
    expect(s.doc.title).toBe('Before');
    expect(s.notices.at(-1)?.detail).toEqual([
      translate('ja', 'importReport.parser.timeout', { seconds: 20 }),
    ]);
  });

  it('opens the .tf files of one configuration together', async () => {
    const parser = fakeParser((fileName) =>
      Promise.resolve(
        fileName === 'vpc.tf'
          ? TERRAFORM_JSON
          : { resource: { aws_subnet: { a: [{ vpc_id: '${aws_vpc.main.id}' }] } } },
      ),
    );
    const files = [
      new File([TERRAFORM], 'vpc.tf'),
      new File(['resource "aws_subnet" "a" {\n  vpc_id = aws_vpc.main.id\n}\n'], 'subnet.tf'),
    ];
    expect(await openDocumentFiles(files, { parseHcl: parser.parseHcl })).toBe(true);
    expect(parser.calls.map((c) => c.split(':')[0]).sort()).toEqual(['subnet.tf', 'vpc.tf']);
    const ids = editorStore.getState().doc.nodes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['aws_vpc.main', 'aws_subnet.a']));
    expect(importState.getState().opened?.source).toBe('vpc.tf, subnet.tf');
  });
});

describe('looksLikeDiagram and templates', () => {
  it('opens pasted templates and Terraform, not fragments or other text', () => {
    expect(looksLikeDiagram(TEMPLATE)).toBe(true);
    expect(looksLikeDiagram('{"Resources":{"Vpc":{"Type":"AWS::EC2::VPC","Properties":{}}}}')).toBe(
      true,
    );
    expect(looksLikeDiagram(TERRAFORM)).toBe(true);
    expect(looksLikeDiagram('{"nodes":[{"id":"a","kind":"vpc"}],"edges":[]}')).toBe(false);
    expect(looksLikeDiagram('Resources: many\nType: unknown')).toBe(false);
    expect(looksLikeDiagram('resource')).toBe(false);
  });
});
