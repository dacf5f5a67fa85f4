/**
 * The dev server pre-bundles only the dependencies it finds by crawling from
 * index.html, and it does not look into workers. A package a worker imports must be
 * listed in `optimizeDeps.include`, or the dev server finds it when the worker first
 * starts (the first auto layout), re-bundles and reloads the page in the middle of it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../vite.config';

function workerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return workerFiles(path);
    return /\.worker\.ts$/.test(entry.name) ? [path] : [];
  });
}

/**
 * Bare specifiers (packages, not relative paths) a module imports at run time, with
 * or without bindings. An asset import (`?url`) is a file, not a module to pre-bundle.
 */
function packagesImportedBy(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/^import (?!type )(?:[^'"]*from )?'([^'.][^']*)';$/gm)]
    .map((m) => m[1])
    .filter((specifier) => !specifier.includes('?'));
}

describe('dev server dependencies', () => {
  const workers = workerFiles('src');

  it('finds the layout worker', () => {
    expect(workers).toContain(join('src', 'layout', 'elk.worker.ts'));
  });

  it('pre-bundles every package a worker imports', () => {
    const included = config.optimizeDeps?.include ?? [];
    const imported = workers.flatMap(packagesImportedBy);
    expect(imported).toContain('elkjs/lib/elk.bundled.js');
    for (const name of imported) expect(included).toContain(name);
  });
});
