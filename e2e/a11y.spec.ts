/**
 * Accessibility, checked by axe-core on every screen and dialog of the built app, in
 * English and in Japanese: no serious or critical violation, and a main landmark and a
 * level-one heading (axe rates those two "moderate"; the app promises them anyway).
 * Lesser findings are attached to the test as annotations, to be read, not to fail.
 * Nothing is excluded from the scans.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Lang } from '../src/i18n';
import { expect, test } from './fixtures';

const PRESET = 'cloudfront-waf-alb';
/** A template with every section of the import report: drawn, folded, not drawn, unknown. */
const TEMPLATE = `Parameters:
  Cidr:
    Type: String
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref Cidr
  Group:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web
      VpcId: !Ref Vpc
  GroupIngress:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: !Ref Group
      IpProtocol: tcp
      FromPort: 443
      ToPort: 443
      CidrIp: 0.0.0.0/0
  Profile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [web]
`;
/** Rules that fail whatever their impact: the structure a screen reader user navigates by. */
const REQUIRED_RULES = new Set(['landmark-one-main', 'page-has-heading-one']);
const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Scans the page as it is now; fails with each violation's rule, impact and elements. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const describe = (v: (typeof violations)[number]) =>
    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`;
  const failing = violations.filter(
    (v) => FAILING_IMPACTS.has(v.impact ?? '') || REQUIRED_RULES.has(v.id),
  );
  for (const v of violations.filter((x) => !failing.includes(x))) {
    test.info().annotations.push({ type: `axe ${screen}`, description: describe(v) });
  }
  expect(failing.map(describe), `axe on ${screen}`).toEqual([]);
}

async function open(page: Page, lang: Lang, path = './') {
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(path);
  await expect(page.getByTestId('canvas')).toBeVisible();
  await page.evaluate((l) => window.__editorStore!.getState().setLang(l), lang);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
}

async function openPreset(page: Page, lang: Lang) {
  await open(page, lang, `./?preset=${PRESET}`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

for (const lang of ['en', 'ja'] as const) {
  test.describe(`in ${lang === 'en' ? 'English' : 'Japanese'}`, () => {
    // A scan of a full canvas takes axe several seconds; some tests scan four screens.
    test.describe.configure({ timeout: 180_000 });

    test('the empty app', async ({ page }) => {
      await open(page, lang);
      await page.getByTestId('toolbar-new').click();
      await expect(page.locator('.react-flow__node')).toHaveCount(0);
      await expectAccessible(page, 'the empty app');
    });

    test('an open preset, its findings and the inspector', async ({ page }) => {
      await openPreset(page, lang);
      await expectAccessible(page, 'an open preset');

      const finding = page.getByTestId('findings-panel').locator('[data-testid^="finding-"]');
      await finding.getByTestId('finding-toggle').first().click();
      await expect(page.getByTestId('finding-details').first()).toBeVisible();
      await finding.getByTestId('finding-accept').first().click();
      await expect(page.getByTestId('finding-accept-form')).toBeVisible();
      await expectAccessible(page, 'the findings panel');

      await page.evaluate(() =>
        window.__editorStore!.getState().select({ nodes: ['alb'], edges: [] }),
      );
      await expect(page.getByTestId('inspector').locator('input, select').first()).toBeVisible();
      await expectAccessible(page, 'the inspector');
    });

    test('the preset gallery', async ({ page }) => {
      await open(page, lang);
      await page.getByTestId('presets-button').click();
      await expect(page.getByTestId('preset-cards')).toBeVisible();
      await expectAccessible(page, 'the preset gallery');
    });

    test('the study path, a rule explanation open', async ({ page }) => {
      await open(page, lang);
      await page.getByTestId('learn-button').click();
      await page.getByTestId('learn-choose-security-groups').click();
      await expect(page.getByTestId('learn-preset-challenge-ssh-open-to-world')).toBeVisible();
      const rule = page.getByTestId('learn-rule-SG-05');
      await rule.locator('summary').click();
      await expect(rule.getByTestId('learn-rule-why')).toBeVisible();
      await expectAccessible(page, 'the study path');
    });

    test('the trace panel and the node menu', async ({ page }) => {
      await openPreset(page, lang);
      await page.getByTestId('preset-trace').first().click();
      await expect(page.getByTestId('trace-panel').getByTestId('trace-headline')).toBeVisible();
      await expectAccessible(page, 'the trace panel');

      await page.getByTestId('node-web-a').click({ button: 'right' });
      await expect(page.getByTestId('trace-node-menu')).toBeVisible();
      await expectAccessible(page, 'the trace node menu');
    });

    test('the toolbar dialogs: shortcuts, layout, export, share', async ({ page }) => {
      await openPreset(page, lang);
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await expectAccessible(page, 'the shortcut help');
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toHaveCount(0);

      for (const [button, screen] of [
        ['auto-layout-options', 'the layout options'],
        ['export-menu', 'the export menu'],
        ['share-link', 'the share link'],
      ] as const) {
        await page.getByTestId(button).click();
        await expect(page.getByRole('dialog')).toBeVisible();
        await expectAccessible(page, screen);
        await page.keyboard.press('Escape');
        await expect(page.getByRole('dialog')).toHaveCount(0);
      }
    });

    test('My diagrams, its list and its trash', async ({ page }) => {
      await openPreset(page, lang);
      await page.getByTestId('library-button').click();
      await expect(page.getByTestId('my-diagrams-list')).toBeVisible();
      await expectAccessible(page, 'My diagrams');
      await page.getByTestId('library-item').first().getByTestId('library-delete').click();
      await page.getByTestId('my-diagrams-show-trash').click();
      await expect(page.getByTestId('library-restore').first()).toBeVisible();
      await expectAccessible(page, 'the trash of My diagrams');
    });

    test('a notice after a file that cannot be opened', async ({ page }) => {
      await open(page, lang);
      await page.getByTestId('toolbar-open-input').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{ "type": "aws-security-playground", "nodes": [ }'),
      });
      await expect(page.getByTestId('notice-error')).toBeVisible();
      await expectAccessible(page, 'a notice');
    });

    test('the import report of a template', async ({ page }) => {
      await open(page, lang);
      await page.getByTestId('toolbar-open-input').setInputFiles({
        name: 'template.yaml',
        mimeType: 'application/yaml',
        buffer: Buffer.from(TEMPLATE),
      });
      await expect(page.getByTestId('import-report')).toBeVisible();
      await expectAccessible(page, 'the import report');
      await page.keyboard.press('Escape');
      await expect(page.getByTestId('import-report-reopen')).toBeVisible();
      await expectAccessible(page, 'a diagram opened from a template');
    });
  });
}
