/**
 * The Policy Generator in the inspector (docs/kinds.md "The `policy` prop"): a bucket
 * gets a statement for anyone (POL-01 appears), then a conditioned one replaces it (the
 * finding goes), and broken JSON shows its line and column while the document keeps the
 * last valid policy.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { importedDoc, replaceDoc } from './documents';

// `window.__editorStore` and `window.__findingsStore` are declared by src/app/main.tsx.

const BUCKET = importedDoc(
  JSON.stringify({
    type: 'aws-security-playground',
    version: 1,
    nodes: [{ id: 'bucket', kind: 's3', label: 'site-assets', position: { x: 200, y: 160 } }],
    edges: [],
  }),
);

const storedPolicy = (page: Page) =>
  page.evaluate(
    () => window.__editorStore!.getState().doc.nodes.find((n) => n.id === 'bucket')?.props.policy,
  );

const ruleIds = (page: Page) =>
  page.evaluate(() => window.__findingsStore!.getState().findings.map((f) => f.rule));

test.beforeEach(async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toBeVisible();
});

test('the generator writes a policy, POL-01 follows it, broken JSON is shown and not saved', async ({
  page,
}) => {
  await replaceDoc(page, BUCKET);
  await page.getByTestId('node-bucket').click();
  const text = page.getByTestId('inspector-prop-policy');
  await expect(text).toHaveValue('');

  // Anyone, s3:GetObject, no condition: a public grant.
  await expect(page.getByLabel('Principal')).toHaveValue('anyone');
  await page.getByTestId('policy-gen-add').click();
  await expect(page.getByTestId('inspector-prop-policy-notice')).toHaveText('Statement 1 added.');
  expect(JSON.parse((await storedPolicy(page)) as string).Statement[0].Principal).toBe('*');
  await expect.poll(() => ruleIds(page)).toContain('POL-01');
  await expect.poll(() => ruleIds(page)).toContain('POL-02');

  // Replace the policy by one whose statement has a condition: the finding goes.
  await text.fill('');
  await text.blur();
  await expect.poll(() => storedPolicy(page)).toBe('');
  await page.getByLabel('Condition (optional)').selectOption('aws:SourceAccount');
  await page.getByLabel('Condition value').fill('111122223333');
  await page.getByTestId('policy-gen-add').click();
  const valid = (await storedPolicy(page)) as string;
  expect(JSON.parse(valid).Statement[0].Condition).toEqual({
    StringEquals: { 'aws:SourceAccount': '111122223333' },
  });
  await expect.poll(() => ruleIds(page)).not.toContain('POL-01');

  // Broken JSON: the error says where, and the document keeps the last valid policy.
  await text.fill('{\n  "Statement": [\n    {"Effect": "Allow",}\n  ]\n}');
  await expect(page.getByTestId('inspector-prop-policy-error')).toContainText('line 3, column 24');
  await text.blur();
  await expect(text).toHaveValue(/"Effect": "Allow",}/);
  await expect(page.getByTestId('inspector-prop-policy-unsaved')).toBeVisible();
  expect(await storedPolicy(page)).toBe(valid);
  expect(await ruleIds(page)).not.toContain('POL-03');

  // Escape reverts the draft to the stored policy.
  await text.focus();
  await text.press('Escape');
  await expect(text).toHaveValue(valid);
  await expect(page.getByTestId('inspector-prop-policy-error')).toHaveCount(0);
});
