import { readdirSync, readFileSync } from 'node:fs';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportDiagram } from './export';
import { importDiagram } from './import';
import { accepted, importFile } from './importTesting';
import { MAX_IMPORT_BYTES } from './limits';
import type { ShareProblem } from './shareLink';
import {
  MAX_SHARE_LINK_CHARS,
  decodeShareFragment,
  encodeShareFragment,
  isShareFragment,
  shareLink,
} from './shareLink';
import type { Diagram } from './types';

const PRESETS = new URL('../../../presets/', import.meta.url);

function preset(name: string): Diagram {
  return accepted(importDiagram(readFileSync(new URL(name, PRESETS), 'utf8'))).doc;
}

/** A fragment carrying `bytes` compressed as the app compresses them. */
function fragmentOf(bytes: Uint8Array): string {
  const binary = String.fromCharCode(...deflateSync(bytes));
  return `d1=${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

function problemOf(fragment: string): ShareProblem {
  const decoded = decodeShareFragment(fragment);
  if (decoded.ok) throw new Error('expected the fragment to be refused');
  expect(decoded.reason.en).not.toBe('');
  expect(decoded.reason.ja).not.toBe('');
  return decoded.problem;
}

describe('share links', () => {
  it.each(readdirSync(PRESETS).filter((f) => f.endsWith('.json')))(
    '%s survives encode → decode → import unchanged, and fits a link',
    (name) => {
      const doc = preset(name);
      const fragment = encodeShareFragment(doc);
      expect(fragment).toMatch(/^d1=[A-Za-z0-9_-]+$/);
      expect(shareLink('https://example.org/app/', fragment).length).toBeLessThan(
        MAX_SHARE_LINK_CHARS,
      );
      const decoded = decodeShareFragment(`#${fragment}`);
      if (!decoded.ok) throw new Error(decoded.reason.en);
      const back = accepted(importDiagram(decoded.text));
      expect(back.warnings).toEqual([]);
      expect(exportDiagram(back.doc)).toBe(exportDiagram(doc));
    },
  );

  it('keeps text outside ASCII (a Japanese title and label)', () => {
    const doc: Diagram = {
      ...preset('cloudfront-waf-alb.json'),
      title: 'ウェブアプリ 🌏',
    };
    const decoded = decodeShareFragment(encodeShareFragment(doc));
    expect(decoded.ok && accepted(importDiagram(decoded.text)).doc.title).toBe('ウェブアプリ 🌏');
  });

  it('recognises its marker only', () => {
    expect(isShareFragment('#d1=abc')).toBe(true);
    expect(isShareFragment('d1=abc')).toBe(true);
    expect(isShareFragment('#section-2')).toBe(false);
    expect(isShareFragment('')).toBe(false);
  });

  it('builds the link on the address without its fragment', () => {
    expect(shareLink('https://x.org/app/?lang=ja#d1=old', 'd1=new')).toBe(
      'https://x.org/app/?lang=ja#d1=new',
    );
  });

  it('names each way a link can be damaged', () => {
    const good = encodeShareFragment(preset('cloudfront-waf-alb.json'));
    expect(problemOf('#section-2')).toBe('no-diagram');
    expect(problemOf('#d2=AAAA')).toBe('newer-format');
    expect(problemOf(`${good.slice(0, 20)}!${good.slice(21)}`)).toBe('bad-base64');
    // Five base64 characters cannot come from any sequence of bytes.
    expect(problemOf('d1=AAAAA')).toBe('bad-base64');
    // Cut short: the stream ends in the middle of a block (cut at whole base64 quads,
    // so that the base64 itself stays valid whatever the preset's length).
    const head = 'd1='.length;
    expect(problemOf(good.slice(0, head + 4 * Math.floor((good.length - head) / 8)))).toBe(
      'bad-deflate',
    );
    // Block type 3 does not exist in DEFLATE.
    expect(problemOf('d1=_w')).toBe('bad-deflate');
    expect(problemOf('d1=')).toBe('bad-deflate');
    expect(problemOf(fragmentOf(new Uint8Array([0xff, 0xfe, 0x00])))).toBe('not-text');
  });

  it('stops a compressed bomb near the import limit instead of inflating it', () => {
    const bomb = fragmentOf(new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20));
    expect(bomb.length).toBeLessThan(100_000);
    expect(problemOf(bomb)).toBe('too-large');
  });

  it('hands text that is not a document to import, which refuses it as usual', () => {
    const notJson = decodeShareFragment(fragmentOf(new TextEncoder().encode('hello')));
    expect(notJson.ok && importDiagram(notJson.text).ok).toBe(false);
    const notDoc = decodeShareFragment(fragmentOf(new TextEncoder().encode('{"type":"x"}')));
    const result = notDoc.ok ? importDiagram(notDoc.text) : undefined;
    expect(result?.ok === false && result.errors.map((e) => e.code)).toEqual(['wrong-type']);
  });

  it('makes a link longer than the limit for a diagram of 1,500 labelled nodes', () => {
    // Labels that do not repeat do not compress: the case the size check exists for.
    const nodes = Array.from({ length: 1500 }, (_, i) => ({
      id: `n${i}`,
      kind: 'ec2' as const,
      label: `${(i * 7919).toString(36)}-${Math.sin(i).toString(36).slice(2, 30)}`,
      position: { x: (i * 7919) % 4001, y: (i * 104729) % 3001 },
      props: {},
    }));
    const big = accepted(importFile({ nodes }));
    const fragment = encodeShareFragment(big.doc);
    expect(shareLink('https://example.org/', fragment).length).toBeGreaterThan(
      MAX_SHARE_LINK_CHARS,
    );
    // Still a valid link: the limit is about carrying it, not reading it.
    expect(decodeShareFragment(fragment).ok).toBe(true);
  });
});
