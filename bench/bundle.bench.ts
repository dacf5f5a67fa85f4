/**
 * Initial JS of the production build: every script and modulepreload that
 * dist/index.html loads before first paint, gzip-compressed. Lazy chunks (ELK, export,
 * presets) are not counted: they load on first use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_KB = 260;

export function initialJs(distDir = 'dist'): {
  files: { file: string; gzipKB: number }[];
  totalKB: number;
} {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)) refs.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g))
    refs.add(m[1]);
  const files = [...refs].map((ref) => {
    const bytes = readFileSync(join(distDir, ref.replace(/^\.?\//, '')));
    return { file: ref, gzipKB: gzipSync(bytes, { level: 9 }).length / 1024 };
  });
  return { files, totalKB: files.reduce((s, f) => s + f.gzipKB, 0) };
}
