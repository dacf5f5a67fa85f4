/**
 * Checks the catalogue against docs/spec/kinds.md itself: the tables are parsed, so a
 * change to the spec that the catalogue does not follow fails here. Where a props cell
 * is free prose, the expectation is written below with a comment.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  KINDS,
  LEAF_SIZE,
  defaultPropValue,
  defaultProps,
  getKind,
  isContainerKind,
  isKindId,
  sizeOfKind,
} from './catalogue';
import type { KindCategory, KindId, Placement, PropSpec } from './types';

const readDoc = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
const SPEC = readDoc('docs/spec/kinds.md');
/**
 * The project's own additions beside the contract (docs/kinds.md), in the same table
 * form: its kinds are checked like the spec's, and its "Props added to kinds of the
 * spec" table extends a spec kind's props. A later kind (the IAM role) is added there.
 */
const ADDED = readDoc('docs/kinds.md');
const ICONS_DIR = fileURLToPath(
  new URL('../../../node_modules/aws-react-icons/lib/icons/', import.meta.url),
);

interface SpecRow {
  id: string;
  section: string;
  placement: string;
  props: string;
}

/** The kind tables: rows whose first cell is a backticked id, under a `##` section. */
function parseKindTables(markdown: string): SpecRow[] {
  const rows: SpecRow[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    // Cells are split on `|` not preceded by a backslash (`\|` separates enum options).
    const cells = line
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map((c) => c.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (id && cells.length === 4) rows.push({ id, section, placement: cells[2], props: cells[3] });
  }
  return rows;
}

const SPEC_ROWS = parseKindTables(SPEC);
const ADDED_ROWS = parseKindTables(ADDED);
const ROWS = [...SPEC_ROWS, ...ADDED_ROWS];

/** docs/kinds.md "Props added to kinds of the spec": two-cell rows, kind id → props cell. */
function parseAddedProps(markdown: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of markdown.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    const id = /^`([a-z0-9-]+)`$/.exec(cells[0] ?? '')?.[1];
    if (id && cells.length === 2) out.set(id, cells[1]);
  }
  return out;
}
const ADDED_PROPS = parseAddedProps(ADDED);

/** Splits on `;` outside parentheses. */
function topLevelSegments(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ';' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** What the spec says of one prop; fields it does not say are absent. */
interface SpecProp {
  name: string;
  type?: 'boolean' | 'string' | 'enum' | 'subset';
  options?: string[];
  default?: boolean | string | string[];
}

const backticked = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/**
 * Reads a props cell: `a` (true); `b`: `x` \| `y` (`y`); `c`, `d` (all true);
 * `e`: subset of `p`, `q` (all); `f` (`text`); `g` (no default given).
 */
function parseProps(cell: string): SpecProp[] {
  if (cell === 'none') return [];
  const props: SpecProp[] = [];
  for (const segment of topLevelSegments(cell.replace(/\\\|/g, '|'))) {
    const head = /^((?:`\w+`(?:,\s*)?)+)/.exec(segment);
    if (!head) throw new Error(`unreadable props segment: ${segment}`);
    const names = backticked(head[1]);
    const rest = segment.slice(head[1].length).trim();
    const paren = /\(([^)]*)\)/.exec(rest)?.[1];
    // The default is what the parenthesis opens with, up to `:` or `;`.
    const defaultText = paren?.split(/[:;]/)[0].trim();
    const beforeParen = rest.split('(')[0];
    let shape: Omit<SpecProp, 'name'> = {};
    if (/^:\s*subset of/.test(beforeParen)) {
      const options = backticked(beforeParen);
      shape = {
        type: 'subset',
        options,
        ...(defaultText === 'all' || defaultText === 'both' ? { default: options } : {}),
      };
    } else if (/^:\s*`[^`]+`\s*\|/.test(beforeParen)) {
      shape = {
        type: 'enum',
        options: backticked(beforeParen),
        default: backticked(defaultText ?? '')[0],
      };
    } else if (defaultText === 'true' || defaultText === 'false' || defaultText === 'all true') {
      shape = { type: 'boolean', default: defaultText !== 'false' };
    } else if (defaultText && /^`[^`]*`$/.test(defaultText)) {
      shape = { type: 'string', default: backticked(defaultText)[0] };
    }
    for (const name of names) props.push({ name, ...shape });
  }
  return props;
}

/**
 * Props whose cell is prose or refers to another row; what the catalogue must hold.
 */
const FREE_FORM: Partial<Record<KindId, Record<string, PropSpec>>> = {
  // "`cidr`" with no default: empty until the user types one.
  subnet: { cidr: { type: 'string', default: '' } },
  // "SG rules (inbound none; outbound all traffic to 0.0.0.0/0)".
  'security-group': {
    inbound: { type: 'sgRules', default: [] },
    outbound: {
      type: 'sgRules',
      default: [{ protocol: 'all', ports: 'all', destination: '0.0.0.0/0' }],
    },
  },
  // "`subnets`: subnet ids it spans": none besides the parent until the user adds some.
  alb: { subnets: { type: 'idList', default: [] } },
  // "`scheme`; `subnets`" without detail: the same as the ALB's.
  nlb: {
    scheme: { type: 'enum', options: ['internet-facing', 'internal'], default: 'internet-facing' },
    subnets: { type: 'idList', default: [] },
  },
  // "NACL rules": a new custom NACL has none (it denies everything).
  'network-acl': {
    inbound: { type: 'naclRules', default: [] },
    outbound: { type: 'naclRules', default: [] },
  },
  // docs/kinds.md: "`policy` (empty)", the resource policy's JSON text.
  s3: { policy: { type: 'policy', default: '' } },
  sns: { policy: { type: 'policy', default: '' } },
  sqs: { policy: { type: 'policy', default: '' } },
  // docs/kinds.md: "`trustedPrincipal` (empty)": none until the user names one.
  'iam-role': { trustedPrincipal: { type: 'string', default: '' } },
};

/** The placement cell as the Placement union of types.ts. */
function parsePlacement(cell: string): Placement[] {
  const words = cell
    .replace(/\([^)]*\)/g, '')
    .split(',')
    .map((part) =>
      part
        .trim()
        .replace(/^or\s+/, '')
        .split(/\s+/)[0]
        .replace(/`/g, ''),
    )
    .filter(Boolean);
  // `account` and `region` list their allowed parents instead of a placement name.
  if (words.join() === 'top,organization') return ['top-or-org'];
  if (words.join() === 'top,organization,account') return ['top-org-account'];
  return words as Placement[];
}

const SECTION_CATEGORY: Record<string, KindCategory> = {
  Containers: 'containers',
  'Edge, network and load balancing': 'edge-network',
  'Compute, application and data': 'compute-data',
  Protection: 'protection',
  'Detection, response and governance': 'detection',
};

describe('the spec parser', () => {
  it('reads the tables of kinds.md', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(40);
    expect(parseProps('`tier`: `public` \\| `private` (`private`); `az` (`a`); `cidr`')).toEqual([
      { name: 'tier', type: 'enum', options: ['public', 'private'], default: 'private' },
      { name: 'az', type: 'string', default: 'a' },
      { name: 'cidr' },
    ]);
    expect(parsePlacement('vpc-any (it records …), or scope with a `monitors` edge')).toEqual([
      'vpc-any',
      'scope',
    ]);
  });
});

describe('the kind catalogue against kinds.md', () => {
  it('has exactly the kinds of the spec, in its order, with no duplicate', () => {
    const specIds = SPEC_ROWS.map((r) => r.id);
    expect(KINDS.map((k) => k.id).filter((id) => specIds.includes(id))).toEqual(specIds);
    expect(new Set(KINDS.map((k) => k.id)).size).toBe(KINDS.length);
  });

  it('has exactly the kinds of the spec plus those of docs/kinds.md, which reuse no spec id', () => {
    expect(ADDED_ROWS.length).toBeGreaterThan(0);
    const specIds = new Set(SPEC_ROWS.map((r) => r.id));
    expect(ADDED_ROWS.map((r) => r.id).filter((id) => specIds.has(id))).toEqual([]);
    expect(new Set(KINDS.map((k) => k.id))).toEqual(new Set(ROWS.map((r) => r.id)));
    for (const id of ADDED_PROPS.keys()) expect(specIds.has(id), `${id} is a spec kind`).toBe(true);
  });

  for (const row of ROWS) {
    describe(row.id, () => {
      const kind = () => getKind(row.id as KindId);

      it('is in the palette group of its section and is a container exactly there', () => {
        expect(kind().category).toBe(SECTION_CATEGORY[row.section]);
        expect(kind().container).toBe(row.section === 'Containers');
      });

      it('has the placements of the spec', () => {
        expect(kind().placement).toEqual(parsePlacement(row.placement));
      });

      it('has the props of the spec, with their types, options and defaults', () => {
        const added = ADDED_PROPS.get(row.id);
        const specProps = [...parseProps(row.props), ...(added ? parseProps(added) : [])];
        expect(Object.keys(kind().props)).toEqual(specProps.map((p) => p.name));
        for (const p of specProps) {
          const actual = kind().props[p.name];
          const freeForm = FREE_FORM[row.id as KindId]?.[p.name];
          if (freeForm) {
            expect(actual, p.name).toEqual(freeForm);
            continue;
          }
          expect(p.type, `${p.name}: the spec parser understood it`).toBeDefined();
          expect(actual.type, p.name).toBe(p.type);
          if (p.options) expect('options' in actual && actual.options, p.name).toEqual(p.options);
          expect(actual.default, p.name).toEqual(p.default);
        }
      });
    });
  }

  it('uses every free-form expectation (none is stale)', () => {
    for (const [id, props] of Object.entries(FREE_FORM)) {
      for (const name of Object.keys(props))
        expect(getKind(id as KindId).props, `${id}.${name}`).toHaveProperty(name);
    }
  });

  it('names and describes every kind in both languages', () => {
    for (const kind of KINDS) {
      for (const lang of ['en', 'ja'] as const) {
        expect(kind.name[lang].trim(), `${kind.id} name.${lang}`).not.toBe('');
        expect(
          kind.description[lang].trim().length,
          `${kind.id} description.${lang}`,
        ).toBeGreaterThan(40);
      }
      // The Japanese text is Japanese, not a copy of the English one.
      expect(kind.description.ja, kind.id).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(kind.description.ja).not.toBe(kind.description.en);
    }
  });

  it('uses the names AWS Japan writes for the network basics', () => {
    expect(getKind('security-group').name.ja).toBe('セキュリティグループ');
    expect(getKind('network-acl').name.ja).toBe('ネットワーク ACL');
    expect(getKind('subnet').name.ja).toBe('サブネット');
    expect(getKind('internet-gateway').name.ja).toBe('インターネットゲートウェイ');
  });

  it('points every kind at an icon module that exists', () => {
    for (const kind of KINDS) {
      expect(existsSync(`${ICONS_DIR}${kind.icon}.js`), `${kind.id}: ${kind.icon}`).toBe(true);
    }
  });

  it('gives every kind search keywords in both scripts', () => {
    for (const kind of KINDS) {
      const words = kind.keywords ?? [];
      expect(
        words.some((w) => /[a-z]/i.test(w)),
        `${kind.id} latin keyword`,
      ).toBe(true);
      expect(
        words.some((w) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(w)),
        `${kind.id} Japanese keyword`,
      ).toBe(true);
    }
    expect(getKind('guardduty').keywords).toEqual(
      expect.arrayContaining(['ガード', 'ガードデューティ', 'threat']),
    );
  });

  it('sizes containers by nesting depth and leaves with LEAF_SIZE', () => {
    const area = (id: KindId) => sizeOfKind(id).width * sizeOfKind(id).height;
    const nesting: KindId[] = [
      'organization',
      'account',
      'region',
      'vpc',
      'subnet',
      'security-group',
    ];
    for (let i = 1; i < nesting.length; i++) {
      const outer = sizeOfKind(nesting[i - 1]);
      const inner = sizeOfKind(nesting[i]);
      expect(inner.width, nesting[i]).toBeLessThan(outer.width);
      expect(inner.height, nesting[i]).toBeLessThan(outer.height);
      expect(area(nesting[i])).toBeLessThan(area(nesting[i - 1]));
    }
    for (const kind of KINDS) {
      if (kind.container) expect(kind.defaultSize, kind.id).toBeDefined();
      else expect(sizeOfKind(kind.id)).toEqual(LEAF_SIZE);
    }
    // A security group holds at least one leaf.
    expect(sizeOfKind('security-group').width).toBeGreaterThan(LEAF_SIZE.width);
    expect(sizeOfKind('security-group').height).toBeGreaterThan(LEAF_SIZE.height);
  });

  it('hands out default props as fresh copies', () => {
    const a = defaultProps('security-group');
    const b = defaultProps('security-group');
    expect(a).toEqual({
      inbound: [],
      outbound: [{ protocol: 'all', ports: 'all', destination: '0.0.0.0/0' }],
      isDefault: false,
    });
    (a.outbound as { ports: string }[])[0].ports = '443';
    expect(b.outbound).toEqual([{ protocol: 'all', ports: 'all', destination: '0.0.0.0/0' }]);
    expect(defaultProps('security-group').outbound).toEqual(b.outbound);
    const gd = defaultProps('guardduty');
    (gd.features as string[]).pop();
    expect(defaultPropValue('guardduty', 'features')).toEqual([
      's3',
      'eks',
      'lambda',
      'rds',
      'malware',
      'runtime',
    ]);
  });

  it('answers the look-ups', () => {
    expect(isKindId('guardduty')).toBe(true);
    expect(isKindId('GuardDuty')).toBe(false);
    expect(isKindId(42)).toBe(false);
    expect(isContainerKind('vpc')).toBe(true);
    expect(isContainerKind('ec2')).toBe(false);
    expect(() => getKind('nope' as KindId)).toThrow(/nope/);
  });
});
