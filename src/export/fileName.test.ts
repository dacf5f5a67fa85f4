import { describe, expect, it } from 'vitest';
import { exportFileName, slugify } from './fileName';

describe('export file names', () => {
  it('slugs the title', () => {
    expect(exportFileName('Web app behind CloudFront', 'svg')).toBe(
      'web-app-behind-cloudfront.svg',
    );
    expect(exportFileName('  WAF + ALB / (v2)  ', 'png')).toBe('waf-alb-v2.png');
  });

  it('keeps Japanese letters and falls back when nothing is left', () => {
    expect(slugify('ＣｌｏｕｄＦｒｏｎｔ と WAF')).toBe('cloudfront-と-waf');
    expect(exportFileName(undefined, 'json')).toBe('diagram.json');
    expect(exportFileName('../..//', 'json')).toBe('diagram.json');
  });

  it('caps very long titles without a trailing dash', () => {
    const stem = slugify(`${'a'.repeat(79)} b c d`);
    expect(stem.length).toBeLessThanOrEqual(80);
    expect(stem.endsWith('-')).toBe(false);
  });
});
