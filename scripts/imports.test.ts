/**
 * The shape of the import graph (docs/architecture.md): no module imports itself
 * through others, each layer imports only its own and the layers below it, and the
 * domain (`src/domain`) imports nothing of the app (no React, React Flow, zustand, nor
 * any folder of `src` outside it), so the CLI and the tests use it as plain TypeScript.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every specifier a module imports or re-exports, type-only ones included. */
function specifiersOf(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found = source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'/gms);
  const bare = source.matchAll(/^import\s+'([^']+)'/gm);
  return [...found, ...bare].map((m) => m[1]);
}

const FILES = sourceFiles('src');
const KNOWN = new Set(FILES);

function resolveRelative(from: string, specifier: string): string | undefined {
  const base = join(dirname(from), specifier.replace(/\?.*$/, ''));
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base].find((c) => KNOWN.has(c));
}

const GRAPH = new Map(
  FILES.map((file) => [
    file,
    specifiersOf(file)
      .filter((s) => s.startsWith('.'))
      .map((s) => resolveRelative(file, s))
      .filter((target): target is string => target !== undefined),
  ]),
);

/** Strongly connected groups of more than one module (Tarjan): each is a cycle. */
function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter);
    counter += 1;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || graph.get(file)?.includes(file)) cycles.push(group.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}

/** The layers of docs/architecture.md, lowest first, by their folders in `src`. */
const LAYERS: readonly (readonly string[])[] = [
  ['domain'],
  ['i18n'],
  ['store'],
  ['canvas', 'panels', 'layout', 'export', 'library', 'presets', 'learn', 'open'],
  ['app'],
];
/** The command line runs in Node: the domain and the layout modules that are plain TypeScript. */
const CLI_MAY_IMPORT = [
  join('src', 'domain'),
  join('src', 'cli'),
  join('src', 'layout', 'elkGraph.ts'),
  join('src', 'layout', 'computeLayout.ts'),
];

function layerOf(file: string): number | 'cli' {
  const folder = file.split(/[\\/]/)[1];
  if (folder === 'cli') return 'cli';
  const layer = LAYERS.findIndex((folders) => folders.includes(folder));
  if (layer < 0) throw new Error(`${file}: a folder of src in no layer of docs/architecture.md`);
  return layer;
}

/** Imports against the direction: a lower layer importing a higher one. */
function importsAgainstLayers(graph: Map<string, string[]>): string[] {
  return [...graph].flatMap(([file, targets]) =>
    targets
      .filter((target) => {
        const from = layerOf(file);
        if (from === 'cli') return !CLI_MAY_IMPORT.some((allowed) => target.startsWith(allowed));
        const to = layerOf(target);
        return to === 'cli' || to > from;
      })
      .map((target) => `${file} -> ${target}`),
  );
}

describe('import graph', () => {
  it('reads the modules and their imports', () => {
    expect(GRAPH.get(join('src', 'domain', 'kinds', 'types.ts'))).toContain(
      join('src', 'domain', 'document', 'values.ts'),
    );
  });

  it('finds a cycle when there is one', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a']],
      ['d', ['a']],
    ]);
    expect(importCycles(graph)).toEqual([['a', 'b', 'c']]);
  });

  it('has no cycle in src', () => {
    expect(importCycles(GRAPH)).toEqual([]);
  });

  it('finds an import against the layers when there is one', () => {
    const store = join('src', 'store', 'editor.ts');
    const canvas = join('src', 'canvas', 'Canvas.tsx');
    const graph = new Map([[store, [canvas]]]);
    expect(importsAgainstLayers(graph)).toEqual([`${store} -> ${canvas}`]);
  });

  it('imports only from the same layer or the layers below', () => {
    expect(importsAgainstLayers(GRAPH)).toEqual([]);
  });

  it('keeps the document types and the kind types apart', () => {
    const documentTypes = join('src', 'domain', 'document', 'types.ts');
    const kindTypes = join('src', 'domain', 'kinds', 'types.ts');
    const importsEachOther =
      GRAPH.get(documentTypes)!.includes(kindTypes) &&
      GRAPH.get(kindTypes)!.includes(documentTypes);
    expect(importsEachOther).toBe(false);
  });

  it('keeps the domain free of the app, the UI libraries and the DOM packages', () => {
    const domain = join('src', 'domain');
    const UI_PACKAGES = /^(react|react-dom|@xyflow\/react|zustand|elkjs|idb)(\/|$)/;
    const offending = FILES.filter((file) => file.startsWith(domain)).flatMap((file) =>
      specifiersOf(file)
        .filter((specifier) =>
          specifier.startsWith('.')
            ? !relative(domain, resolveRelative(file, specifier) ?? domain).match(/^[^.]/)
            : UI_PACKAGES.test(specifier),
        )
        .map((specifier) => `${file}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
