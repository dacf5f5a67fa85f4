/**
 * Opening real infrastructure in the built app: a CloudFormation template dropped,
 * chosen or pasted, and Terraform files parsed by the HCL parser's WebAssembly in its
 * worker (under the Content Security Policy, which the fixture's guard checks), each
 * becoming a new, laid-out diagram with live findings and an import report that can be
 * copied; a broken template is refused with its line and column.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import type { Diagram } from '../src/domain/document/types';
import { dropFile, pasteText } from './documents';
import { storedRecords } from './libraryStore';
import { expect, test } from './fixtures';

/** A public subnet with SSH open to the world (SG-05) and a role the playground does not draw. */
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Bastion host
Resources:
  AppVpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.0.0.0/16
  Gateway:
    Type: AWS::EC2::InternetGateway
  GatewayAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties:
      VpcId: !Ref AppVpc
      InternetGatewayId: !Ref Gateway
  PublicSubnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref AppVpc
      CidrBlock: 10.0.1.0/24
      MapPublicIpOnLaunch: true
  BastionGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: SSH from anywhere
      VpcId: !Ref AppVpc
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0123456789abcdef0
      SubnetId: !Ref PublicSubnet
      SecurityGroupIds:
        - !Ref BastionGroup
      Tags:
        - Key: Name
          Value: bastion
  BastionProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [bastion]
`;

const FIXTURES = 'src/domain/importers/fixtures';

/** A fixture written for the importers' tests, as a file to choose or drop. */
function fixture(path: string, mimeType = 'text/plain') {
  const name = path.split('/').pop()!;
  return { name, mimeType, buffer: readFileSync(`${FIXTURES}/${path}`) };
}

async function start(page: Page, path = './') {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(path);
  await expect(page.getByTestId('canvas')).toBeVisible();
}

function doc(page: Page): Promise<Diagram> {
  return page.evaluate(() => window.__editorStore!.getState().doc);
}

function ancestors(d: Diagram, id: string): string[] {
  const byId = new Map(d.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (let p = byId.get(id)?.parent; p !== undefined; p = byId.get(p)?.parent) out.push(p);
  return out;
}

test('a dropped template becomes a new laid-out diagram with findings and a report', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page, './?preset=cloudfront-waf-alb');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const before = await doc(page);

  await dropFile(page, 'bastion.yaml', TEMPLATE, 'application/yaml');
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(report.getByRole('heading', { name: 'Import report' })).toBeVisible();
  await expect(page.getByTestId('import-report-summary')).toContainText('7 resources');
  await expect(page.getByTestId('import-report-notDrawn')).toContainText(
    'AWS::IAM::InstanceProfile',
  );
  // focus moved into the dialog
  await expect(page.getByTestId('import-report-copy')).toBeFocused();

  const opened = await doc(page);
  const ids = opened.nodes.map((n) => n.id);
  expect(ids).toEqual(expect.arrayContaining(['AppVpc', 'PublicSubnet', 'Bastion']));
  expect(opened.nodes.find((n) => n.id === 'Bastion')?.label).toBe('bastion');
  // laid out by ELK, nested as the template says
  expect(opened.nodes.every((n) => n.position !== undefined)).toBe(true);
  expect(ancestors(opened, 'Bastion')).toEqual(expect.arrayContaining(['PublicSubnet', 'AppVpc']));

  await page.getByTestId('import-report-copy').click();
  await expect(page.getByTestId('import-report-copy-status')).toHaveAttribute(
    'data-copy',
    'copied',
  );
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('BastionGroup');
  expect(copied).toContain('AWS::IAM::InstanceProfile');

  // Escape closes; the report stays at hand while this diagram is open
  await page.keyboard.press('Escape');
  await expect(report).toBeHidden();
  await expect(page.getByTestId('finding-SG-05')).toBeVisible();
  await page.getByTestId('import-report-reopen').click();
  await expect(report).toBeVisible();
  // a drawn resource's node is one click away
  await report.getByRole('button', { name: 'Bastion', exact: true }).click();
  await expect(report).toBeHidden();
  expect(await page.evaluate(() => window.__editorStore!.getState().selection.nodes)).toEqual([
    'Bastion',
  ]);

  // one undo step, and the previous diagram is still in My diagrams
  await expect
    .poll(async () => (await storedRecords(page)).map((r) => r.title))
    .toEqual(expect.arrayContaining([before.title, 'Bastion host']));
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await doc(page)).title).toBe(before.title);
  await expect(page.getByTestId('import-report-reopen')).toBeHidden();
});

test('Terraform files chosen together are parsed in the worker and become one diagram', async ({
  page,
}) => {
  await start(page);
  // network.tf and compute.tf: one configuration, references across the two files
  await page
    .getByTestId('toolbar-open-input')
    .setInputFiles([
      fixture('terraform/cli-folder/network.tf'),
      fixture('terraform/cli-folder/compute.tf'),
    ]);
  await expect(page.getByTestId('import-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('import-report-source')).toContainText(
    'Terraform configuration: network.tf, compute.tf',
  );
  // the variable without a default is an unknown value
  await expect(page.getByTestId('import-report-unknowns')).toContainText('admin_cidr');
  const opened = await doc(page);
  expect(opened.nodes.map((n) => n.id)).toEqual(
    expect.arrayContaining(['aws_vpc.main', 'aws_subnet.public', 'aws_instance.bastion']),
  );
  expect(ancestors(opened, 'aws_instance.bastion')).toContain('aws_subnet.public');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('finding-SG-05')).toBeVisible();
  // the parser stays loaded: a second file is quick
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name: 'broken.tf',
    mimeType: 'text/plain',
    buffer: Buffer.from('resource "aws_vpc" "main" {\n  cidr_block = \n}\n'),
  });
  await expect(page.getByTestId('notice-error')).toContainText('broken.tf line 2, column 16');
});

test('a broken template is refused with its line and column; the open diagram stays', async ({
  page,
}) => {
  await start(page, './?preset=cloudfront-waf-alb');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  const before = await doc(page);
  const broken = TEMPLATE.replace('CidrBlock: 10.0.1.0/24', 'CidrBlock: [10.0.1.0/24');
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name: 'broken.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(broken),
  });
  const notice = page.getByTestId('notice-error');
  await expect(notice).toContainText('broken.yaml');
  await expect(notice).toContainText(/line \d+, column \d+/);
  expect(await doc(page)).toEqual(before);
  await expect(page.getByTestId('import-report')).toBeHidden();
});

test('a JSON template dropped on the canvas opens too', async ({ page }) => {
  await start(page);
  const { name, buffer } = fixture('cloudformation/network.json');
  await dropFile(page, name, buffer.toString('utf8'));
  await expect(page.getByTestId('import-report-source')).toContainText(
    'CloudFormation template: network.json',
  );
  const opened = await doc(page);
  expect(opened.nodes.map((n) => n.id)).toEqual(
    expect.arrayContaining(['Vpc', 'PublicSubnet', 'PrivateSubnet']),
  );
  expect(opened.nodes.every((n) => n.position !== undefined)).toBe(true);
});

test('pasting a template opens it', async ({ page }) => {
  await start(page);
  await pasteText(page, TEMPLATE);
  await expect(page.getByTestId('import-report-source')).toHaveText(
    'CloudFormation template: pasted text',
  );
  expect((await doc(page)).nodes.map((n) => n.id)).toContain('BastionGroup');
});

test('the report speaks Japanese', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await start(page);
  await page.evaluate(() => window.__editorStore!.getState().setLang('ja'));
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name: 'bastion.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(TEMPLATE),
  });
  const report = page.getByTestId('import-report');
  await expect(report.getByRole('heading', { name: 'インポートレポート' })).toBeVisible();
  await expect(page.getByTestId('import-report-summary')).toContainText('7 個のリソース');
  await page.getByTestId('import-report-copy').click();
  await expect(page.getByTestId('import-report-copy-status')).toHaveText(
    'レポートをクリップボードにコピーしました。',
  );
});

test('when the browser refuses the clipboard, the report is selected to copy by hand', async ({
  page,
}) => {
  await start(page);
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied'));
  });
  await page.getByTestId('toolbar-open-input').setInputFiles({
    name: 'bastion.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(TEMPLATE),
  });
  await page.getByTestId('import-report-copy').click();
  await expect(page.getByTestId('import-report-copy-status')).toHaveAttribute(
    'data-copy',
    'by-hand',
  );
  const field = page.getByTestId('import-report-text');
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/BastionGroup/);
  const selected = await field.evaluate(
    (el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart,
  );
  expect(selected).toBe((await field.inputValue()).length);
});
