import { describe, expect, it } from 'vitest';
import type { SvgScene, SvgShape } from './svgScene';
import { svgColour, svgMarkup } from './svgScene';

const FONT = { family: '"Amazon Ember", Arial, sans-serif', size: 12, weight: '700' };

function scene(shapes: SvgShape[], background: string | null = '#ffffff'): SvgScene {
  return { title: '', width: 300, height: 200, background, markers: '', shapes };
}

describe('svgMarkup', () => {
  it('writes a standalone SVG of the frame size, with a white or no background', () => {
    const white = svgMarkup(scene([]));
    expect(white).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg /);
    expect(white).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(white).toContain('xmlns:xlink="http://www.w3.org/1999/xlink"');
    expect(white).toContain('width="300" height="200" viewBox="0 0 300 200"');
    expect(white).toContain('<rect width="300" height="200" fill="#ffffff"/>');
    expect(svgMarkup(scene([], null))).not.toContain('<rect');
  });

  it('carries the diagram title, escaped', () => {
    const markup = svgMarkup({ ...scene([]), title: 'Shop <VPC> & "edge"' });
    expect(markup).toContain('<title>Shop &lt;VPC&gt; &amp; &quot;edge&quot;</title>');
    expect(svgMarkup(scene([]))).not.toContain('<title>');
  });

  it('escapes hostile labels in text and attributes', () => {
    const markup = svgMarkup(
      scene([
        {
          type: 'text',
          lines: [{ x: 10, y: 20, text: '<script>alert("x")</script> & \'q\'' }],
          font: FONT,
          fill: '#000',
          halo: 0,
        },
        { type: 'image', box: { x: 0, y: 0, width: 8, height: 8 }, href: 'data:x,"><script>' },
      ]),
    );
    expect(markup).not.toContain('<script>');
    expect(markup).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#x27;q&#x27;',
    );
    expect(markup).toContain('xlink:href="data:x,&quot;&gt;&lt;script&gt;"');
    expect(markup).toContain('font-family="&quot;Amazon Ember&quot;, Arial, sans-serif"');
  });

  it('writes one text element per label with a tspan per line, on the baseline', () => {
    const markup = svgMarkup(
      scene([
        {
          type: 'text',
          lines: [
            { x: 50, y: 100, text: 'Threat ' },
            { x: 50, y: 115, text: 'detection' },
          ],
          font: FONT,
          fill: 'rgb(22, 25, 31)',
          halo: 3,
        },
      ]),
    );
    expect(markup).toContain(
      '<text text-anchor="middle" font-family="&quot;Amazon Ember&quot;, Arial, sans-serif" font-size="12" font-weight="700" fill="rgb(22, 25, 31)" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">' +
        '<tspan x="50" y="104.2">Threat </tspan><tspan x="50" y="119.2">detection</tspan></text>',
    );
  });

  it('draws a CSS border inside its box, dashed as the canvas dashes it', () => {
    const markup = svgMarkup(
      scene([
        {
          type: 'box',
          box: { x: 10, y: 20, width: 100, height: 50 },
          fill: 'rgba(36, 136, 20, 0.04)',
          stroke: 'rgb(36, 136, 20)',
          strokeWidth: 2,
          dashed: true,
          radius: 2,
        },
        {
          type: 'box',
          box: { x: 0, y: 0, width: 18, height: 18 },
          fill: 'rgb(209, 50, 18)',
          stroke: 'none',
          strokeWidth: 0,
          dashed: false,
          radius: 9,
        },
      ]),
    );
    expect(markup).toContain(
      '<rect x="11" y="21" width="98" height="48" rx="2" fill="rgba(36, 136, 20, 0.04)" stroke="rgb(36, 136, 20)" stroke-width="2" stroke-dasharray="6 4"/>',
    );
    expect(markup).toContain(
      '<rect x="0" y="0" width="18" height="18" rx="9" fill="rgb(209, 50, 18)"/>',
    );
  });

  it('clips and moves groups, and refers paths to their markers', () => {
    const markup = svgMarkup({
      ...scene([
        {
          type: 'group',
          className: 'asp-container__header',
          clip: { x: 1, y: 2, width: 30, height: 10 },
          children: [],
        },
        {
          type: 'group',
          className: 'asp-edge__path',
          translate: { x: 24.004, y: -3.5 },
          children: [
            {
              type: 'path',
              d: 'M0 0L10 0',
              stroke: '#232f3e',
              strokeWidth: 1.8,
              dash: 'none',
              roundCaps: false,
              markerEnd: 'asp-marker-traffic',
            },
            {
              type: 'path',
              d: 'M0 0L0 10',
              stroke: '#687078',
              strokeWidth: 1.6,
              dash: '1 4',
              roundCaps: true,
              markerEnd: '',
            },
          ],
        },
      ]),
      markers: '<marker id="asp-marker-traffic"/>',
    });
    expect(markup).toContain(
      '<defs><marker id="asp-marker-traffic"/><clipPath id="clip-1"><rect x="1" y="2" width="30" height="10"/></clipPath></defs>',
    );
    expect(markup).toContain(
      '<g clip-path="url(#clip-1)"><g class="asp-container__header"></g></g>',
    );
    expect(markup).toContain(
      '<g class="asp-edge__path" transform="translate(24 -3.5)"><path d="M0 0L10 0" fill="none" stroke="#232f3e" stroke-width="1.8" marker-end="url(#asp-marker-traffic)"/>' +
        '<path d="M0 0L0 10" fill="none" stroke="#687078" stroke-width="1.6" stroke-dasharray="1 4" stroke-linecap="round"/></g>',
    );
  });
});

describe('svgColour', () => {
  it('turns color-mix results into rgb() or rgba()', () => {
    expect(svgColour('color(srgb 0.141176 0.533333 0.0784314 / 0.04)')).toBe(
      'rgba(36, 136, 20, 0.04)',
    );
    expect(svgColour('color(srgb 1 0.5 0)')).toBe('rgb(255, 128, 0)');
    expect(svgColour('color(srgb 1 0.5 0 / 50%)')).toBe('rgba(255, 128, 0, 0.5)');
  });

  it('makes fully transparent colours none and keeps others', () => {
    expect(svgColour('rgba(0, 0, 0, 0)')).toBe('none');
    expect(svgColour('transparent')).toBe('none');
    expect(svgColour('color(srgb 1 1 1 / 0)')).toBe('none');
    expect(svgColour('rgb(22, 25, 31)')).toBe('rgb(22, 25, 31)');
    expect(svgColour('rgba(0, 115, 187, 0.55)')).toBe('rgba(0, 115, 187, 0.55)');
  });
});
