/** Every repair of format.md "Validity" (and the ones this app adds): a warning with its path. */
import { describe, expect, it } from 'vitest';
import { accepted, importFile, issueAt } from './importTesting';
import { defaultProps } from '../kinds/catalogue';

const vpc = { id: 'vpc-1', kind: 'vpc', position: { x: 0, y: 0 } };
const ec2 = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  kind: 'ec2',
  position: { x: 10, y: 10 },
  ...extra,
});

describe('import repairs duplicate ids', () => {
  it('renames a duplicate node id; references keep meaning the first node', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [vpc, ec2('ec2-1'), ec2('ec2-1', { label: 'second' }), ec2('ec2-1-2')],
        edges: [{ id: 'e1', source: 'vpc-1', target: 'ec2-1', kind: 'traffic' }],
      }),
    );
    issueAt(
      warnings,
      'nodes[2].id',
      'duplicate-node-id',
      "nodes[2].id: the id 'ec2-1' is already used by nodes[1]; renamed to 'ec2-1-3'. References to 'ec2-1' keep pointing to nodes[1].",
    );
    expect(doc.nodes.map((n) => n.id)).toEqual(['vpc-1', 'ec2-1', 'ec2-1-3', 'ec2-1-2']);
    expect(doc.nodes[2].label).toBe('second');
    expect(doc.edges[0].target).toBe('ec2-1');
  });

  it('renames a duplicate edge id', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [ec2('a'), ec2('b'), ec2('c')],
        edges: [
          { id: 'e', source: 'a', target: 'b' },
          { id: 'e', source: 'b', target: 'c' },
        ],
      }),
    );
    issueAt(
      warnings,
      'edges[1].id',
      'duplicate-edge-id',
      "edges[1].id: the id 'e' is already used by edges[0]; renamed to 'e-2'.",
    );
    expect(doc.edges.map((e) => e.id)).toEqual(['e', 'e-2']);
  });

  it('gives an edge without an id a readable one that no other edge carries', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [ec2('a'), ec2('b'), ec2('c')],
        edges: [
          { source: 'a', target: 'b' },
          { id: 'e-a-b', source: 'b', target: 'c' },
        ],
      }),
    );
    issueAt(
      warnings,
      'edges[0].id',
      'edge-id-missing',
      "edges[0].id: the edge has no id; it was given the id 'e-a-b-2'.",
    );
    expect(doc.edges.map((e) => e.id)).toEqual(['e-a-b-2', 'e-a-b']);
  });
});

describe('import drops edges it cannot keep', () => {
  it('an edge whose endpoint does not exist', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [ec2('a')], edges: [{ id: 'e', source: 'a', target: 'alb-9' }] }),
    );
    issueAt(
      warnings,
      'edges[0].target',
      'edge-dangling',
      "edges[0].target: 'alb-9' does not exist; the edge was dropped.",
    );
    expect(doc.edges).toEqual([]);
  });

  it('an edge without a source', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [ec2('a')], edges: [{ id: 'e', target: 'a' }] }),
    );
    issueAt(warnings, 'edges[0].source', 'edge-endpoint-missing');
    expect(doc.edges).toEqual([]);
  });

  it('an edge that is not an object', () => {
    issueAt(accepted(importFile({ edges: ['a->b'] })).warnings, 'edges[0]', 'edge-not-object');
  });

  it('an edge from a node to itself', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [ec2('a')], edges: [{ id: 'e', source: 'a', target: 'a' }] }),
    );
    issueAt(
      warnings,
      'edges[0]',
      'edge-self-loop',
      "edges[0]: the edge connects 'a' to itself; dropped.",
    );
    expect(doc.edges).toEqual([]);
  });

  it('an exact duplicate of an earlier edge', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [ec2('a'), ec2('b')],
        edges: [
          { id: 'e1', source: 'a', target: 'b' },
          { id: 'e2', source: 'a', target: 'b', kind: 'traffic' },
          { id: 'e3', source: 'a', target: 'b', kind: 'monitors' },
        ],
      }),
    );
    issueAt(
      warnings,
      'edges[1]',
      'edge-duplicate',
      'edges[1]: same source, target and kind as edges[0]; dropped.',
    );
    expect(doc.edges.map((e) => e.id)).toEqual(['e1', 'e3']);
  });
});

describe('import drops unknown fields', () => {
  it('on the envelope, nodes, edges and positions', () => {
    const { doc, warnings } = accepted(
      importFile({
        author: 'me',
        nodes: [ec2('a', { colour: 'red', position: { x: 1, y: 2, z: 3 } }), ec2('b')],
        edges: [{ id: 'e', source: 'a', target: 'b', weight: 3 }],
      }),
    );
    issueAt(warnings, 'author', 'unknown-field', "author: unknown field 'author'; dropped.");
    issueAt(warnings, 'nodes[0].colour', 'unknown-field');
    issueAt(warnings, 'nodes[0].position.z', 'unknown-field');
    issueAt(warnings, 'edges[0].weight', 'unknown-field');
    expect(doc).not.toHaveProperty('author');
    expect(doc.nodes[0]).not.toHaveProperty('colour');
    expect(doc.nodes[0].position).toEqual({ x: 1, y: 2 });
    expect(doc.edges[0]).not.toHaveProperty('weight');
  });

  it('unknown props', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [ec2('a', { props: { colour: 'red' } })] }),
    );
    issueAt(
      warnings,
      'nodes[0].props.colour',
      'unknown-prop',
      "nodes[0].props.colour: 'colour' is not a prop of ec2; dropped.",
    );
    expect(doc.nodes[0].props).toEqual(defaultProps('ec2'));
  });
});

describe('import resets props of the wrong type to the default', () => {
  it.each([
    [
      'ec2',
      'publicIp',
      'yes',
      false,
      "must be true or false; found 'yes'. Reset to the default false.",
    ],
    [
      'vpc',
      'cidr',
      10,
      '10.0.0.0/16',
      "must be text; found 10. Reset to the default '10.0.0.0/16'.",
    ],
    [
      'alb',
      'scheme',
      'public',
      'internet-facing',
      "must be one of internet-facing, internal; found 'public'. Reset to the default 'internet-facing'.",
    ],
    ['guardduty', 'features', 's3', ['s3', 'eks', 'lambda', 'rds', 'malware', 'runtime'], null],
    ['alb', 'subnets', 'pub-a', [], null],
    ['security-group', 'inbound', { protocol: 'tcp' }, [], null],
    ['network-acl', 'outbound', 'deny all', [], null],
  ])('%s.%s = %j', (kind, prop, value, expected, text) => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [{ id: 'n', kind, position: { x: 0, y: 0 }, props: { [prop]: value } }],
      }),
    );
    const path = `nodes[0].props.${prop}`;
    issueAt(warnings, path, 'prop-wrong-type', text === null ? undefined : `${path}: ${text}`);
    expect(doc.nodes[0].props[prop]).toEqual(expected);
  });

  it('props that are not an object', () => {
    const { doc, warnings } = accepted(importFile({ nodes: [ec2('a', { props: [1] })] }));
    issueAt(warnings, 'nodes[0].props', 'props-not-object');
    expect(doc.nodes[0].props).toEqual(defaultProps('ec2'));
  });

  it('fills every missing prop with its default, silently', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [{ id: 'w', kind: 'waf', position: { x: 0, y: 0 }, props: { logging: true } }],
      }),
    );
    expect(warnings).toEqual([]);
    expect(doc.nodes[0].props).toEqual({ ...defaultProps('waf'), logging: true });
  });
});

describe('import keeps the valid part of list props', () => {
  it('subset: known options only, no repeats', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [{ id: 'g', kind: 'guardduty', props: { features: ['s3', 'ssh', 's3', 3, 'eks'] } }],
      }),
    );
    issueAt(
      warnings,
      'nodes[0].props.features[1]',
      'option-dropped',
      "nodes[0].props.features[1]: 'ssh' is not one of s3, eks, lambda, rds, malware, runtime; dropped.",
    );
    issueAt(warnings, 'nodes[0].props.features[3]', 'option-dropped');
    expect(doc.nodes[0].props.features).toEqual(['s3', 'eks']);
  });

  it('idList: strings only', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [{ id: 'l', kind: 'alb', props: { subnets: ['pub-a', 7, null, 'pub-c'] } }],
      }),
    );
    issueAt(
      warnings,
      'nodes[0].props.subnets[1]',
      'id-not-text',
      'nodes[0].props.subnets[1]: must be a node id (text); found 7. Dropped.',
    );
    issueAt(warnings, 'nodes[0].props.subnets[2]', 'id-not-text');
    expect(doc.nodes[0].props.subnets).toEqual(['pub-a', 'pub-c']);
  });

  it('security-group rules: valid rows kept, invalid ones dropped', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [
          {
            id: 'sg',
            kind: 'security-group',
            props: {
              inbound: [
                { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' },
                { protocol: 'tcp', ports: 22, source: 'sg-admin', action: 'deny', note: 'x' },
                { protocol: 'smtp', ports: '25', source: '0.0.0.0/0' },
                { protocol: 'tcp', ports: '70000', source: '0.0.0.0/0' },
                { protocol: 'tcp', ports: '443' },
                { protocol: 'tcp', ports: '443', source: '0.0.0.0/0', action: 'block' },
                'allow all',
              ],
            },
          },
        ],
      }),
    );
    expect(doc.nodes[0].props.inbound).toEqual([
      { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' },
      { protocol: 'tcp', ports: '22', source: 'sg-admin', action: 'deny' },
    ]);
    const p = 'nodes[0].props.inbound';
    issueAt(warnings, `${p}[1].note`, 'unknown-field');
    issueAt(
      warnings,
      `${p}[2]`,
      'rule-row-invalid',
      `${p}[2]: 'protocol' must be tcp, udp, icmp or all; the rule was dropped.`,
    );
    issueAt(warnings, `${p}[3]`, 'rule-row-invalid');
    expect(warnings.find((w) => w.path === `${p}[3]`)?.message.en).toContain("'ports'");
    expect(warnings.find((w) => w.path === `${p}[4]`)?.message.en).toContain("'source'");
    expect(warnings.find((w) => w.path === `${p}[5]`)?.message.en).toContain("'action'");
    issueAt(warnings, `${p}[6]`, 'rule-row-invalid');
  });

  it('network-ACL rules: number, cidr and action required', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes: [
          {
            id: 'acl',
            kind: 'network-acl',
            props: {
              inbound: [
                { rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
                { rule: 0, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
                { rule: 200, protocol: 'all', ports: 'all', action: 'deny' },
                { rule: 300, protocol: 'all', ports: 'all', cidr: '0.0.0.0/0' },
                { rule: 32767, protocol: 'all', ports: 'all', cidr: '0.0.0.0/0', action: 'deny' },
              ],
            },
          },
        ],
      }),
    );
    expect(doc.nodes[0].props.inbound).toEqual([
      { rule: 100, protocol: 'tcp', ports: '443', cidr: '0.0.0.0/0', action: 'allow' },
    ]);
    const p = 'nodes[0].props.inbound';
    expect(warnings.find((w) => w.path === `${p}[1]`)?.message.en).toContain('1 to 32766');
    expect(warnings.find((w) => w.path === `${p}[2]`)?.message.en).toContain("'cidr'");
    expect(warnings.find((w) => w.path === `${p}[3]`)?.message.en).toContain("'action'");
    issueAt(warnings, `${p}[4]`, 'rule-row-invalid');
  });
});

describe('import repairs labels, positions and sizes', () => {
  it('drops a label that is not text', () => {
    const { doc, warnings } = accepted(importFile({ nodes: [ec2('a', { label: ['x'] })] }));
    issueAt(
      warnings,
      'nodes[0].label',
      'not-text',
      'nodes[0].label: must be text; found a list. Dropped.',
    );
    expect(doc.nodes[0]).not.toHaveProperty('label');
  });

  it('cuts a label at 500 characters', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [ec2('a', { label: 'L'.repeat(600) })] }),
    );
    issueAt(
      warnings,
      'nodes[0].label',
      'text-too-long',
      'nodes[0].label: 600 characters is longer than 500; cut to 500.',
    );
    expect(doc.nodes[0].label).toHaveLength(500);
  });

  it('keeps markup in labels as plain text', () => {
    const label = '<img src=x onerror=alert(1)>';
    const { doc, warnings } = accepted(importFile({ nodes: [ec2('a', { label })] }));
    expect(warnings).toEqual([]);
    expect(doc.nodes[0].label).toBe(label);
  });

  it('handles title and edge labels the same way', () => {
    const { doc, warnings } = accepted(
      importFile({
        title: 5,
        nodes: [ec2('a'), ec2('b')],
        edges: [{ id: 'e', source: 'a', target: 'b', label: false }],
      }),
    );
    issueAt(warnings, 'title', 'not-text');
    issueAt(warnings, 'edges[0].label', 'not-text');
    expect(doc).not.toHaveProperty('title');
    expect(doc.edges[0]).not.toHaveProperty('label');
  });

  it('drops an invalid position, which asks for a layout', () => {
    const { doc, warnings, needsLayout } = accepted(
      importFile({ nodes: [ec2('a', { position: { x: '1', y: 2 } })] }),
    );
    issueAt(warnings, 'nodes[0].position', 'position-invalid');
    expect(doc.nodes[0]).not.toHaveProperty('position');
    expect(needsLayout).toBe(true);
  });

  it('drops an invalid container size', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [{ ...vpc, size: { width: -5, height: 10 } }] }),
    );
    issueAt(warnings, 'nodes[0].size', 'size-invalid');
    expect(doc.nodes[0]).not.toHaveProperty('size');
  });

  it('drops the size of a leaf', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [ec2('a', { size: { width: 5, height: 5 } })] }),
    );
    issueAt(
      warnings,
      'nodes[0].size',
      'size-on-leaf',
      'nodes[0].size: a ec2 node always has the same size; size dropped.',
    );
    expect(doc.nodes[0]).not.toHaveProperty('size');
  });

  it('reads null in an optional field as absent, silently', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes: [ec2('a', { label: null, parent: null, size: null, props: null })] }),
    );
    expect(warnings).toEqual([]);
    expect(doc.nodes[0]).toEqual({
      id: 'a',
      kind: 'ec2',
      position: { x: 10, y: 10 },
      props: defaultProps('ec2'),
    });
  });
});

describe('import resolves edge kinds and traffic props', () => {
  const nodes = [
    { id: 'waf-1', kind: 'waf' },
    { id: 's3-1', kind: 's3' },
    { id: 'alb-1', kind: 'alb' },
  ];

  it('infers a missing kind (waf → s3 is protects)', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes, edges: [{ id: 'e', source: 'waf-1', target: 's3-1' }] }),
    );
    expect(warnings).toEqual([]);
    expect(doc.edges[0]).toEqual({ id: 'e', source: 'waf-1', target: 's3-1', kind: 'protects' });
  });

  it('keeps an explicit kind (waf → s3 logs)', () => {
    const { doc } = accepted(
      importFile({ nodes, edges: [{ id: 'e', source: 'waf-1', target: 's3-1', kind: 'logs' }] }),
    );
    expect(doc.edges[0].kind).toBe('logs');
  });

  it('infers instead of an unknown kind, saying so', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes, edges: [{ id: 'e', source: 'alb-1', target: 's3-1', kind: 'stores' }] }),
    );
    issueAt(
      warnings,
      'edges[0].kind',
      'edge-kind-unknown',
      "edges[0].kind: 'stores' is not an edge kind (traffic, protects, monitors, findings, notifies, logs); used 'logs', inferred from the two nodes.",
    );
    expect(doc.edges[0].kind).toBe('logs');
  });

  it('gives traffic edges 443/tcp by default', () => {
    const { doc } = accepted(
      importFile({ nodes, edges: [{ id: 'e', source: 's3-1', target: 'alb-1' }] }),
    );
    expect(doc.edges[0].props).toEqual({ port: 443, protocol: 'tcp' });
  });

  it('keeps a valid port or range and protocol', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes,
        edges: [
          {
            id: 'e1',
            source: 's3-1',
            target: 'alb-1',
            props: { port: '1024-65535', protocol: 'udp' },
          },
          { id: 'e2', source: 'alb-1', target: 's3-1', kind: 'traffic', props: { port: 22 } },
        ],
      }),
    );
    expect(warnings).toEqual([]);
    expect(doc.edges.map((e) => e.props)).toEqual([
      { port: '1024-65535', protocol: 'udp' },
      { port: 22, protocol: 'tcp' },
    ]);
  });

  it('resets an invalid port or protocol', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes,
        edges: [
          {
            id: 'e',
            source: 's3-1',
            target: 'alb-1',
            props: { port: 70000, protocol: 'http', tls: true },
          },
        ],
      }),
    );
    issueAt(
      warnings,
      'edges[0].props.port',
      'port-invalid',
      'edges[0].props.port: must be a port number from 0 to 65535 or a range such as "1024-65535"; found 70000. Reset to 443.',
    );
    issueAt(warnings, 'edges[0].props.protocol', 'protocol-invalid');
    issueAt(warnings, 'edges[0].props.tls', 'unknown-field');
    expect(doc.edges[0].props).toEqual({ port: 443, protocol: 'tcp' });
  });

  it('resets traffic props that are not an object', () => {
    const { doc, warnings } = accepted(
      importFile({ nodes, edges: [{ id: 'e', source: 's3-1', target: 'alb-1', props: 443 }] }),
    );
    issueAt(warnings, 'edges[0].props', 'edge-props-not-object');
    expect(doc.edges[0].props).toEqual({ port: 443, protocol: 'tcp' });
  });

  it('drops props of an edge that is not traffic', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes,
        edges: [{ id: 'e', source: 'waf-1', target: 'alb-1', props: { port: 443 } }],
      }),
    );
    issueAt(warnings, 'edges[0].props', 'edge-props-not-traffic');
    expect(doc.edges[0]).not.toHaveProperty('props');
  });
});

describe('import of accepted findings', () => {
  const nodes = [ec2('a')];
  it('keeps valid entries', () => {
    const list = [{ rule: 'EC2-01', node: 'a', reason: 'bastion host' }];
    const { doc, warnings } = accepted(importFile({ nodes, accepted: list }));
    expect(warnings).toEqual([]);
    expect(doc.accepted).toEqual(list);
  });

  it('drops invalid, unknown-node and repeated entries', () => {
    const { doc, warnings } = accepted(
      importFile({
        nodes,
        accepted: [
          { rule: 'R', node: 'a', reason: 'ok', by: 'me' },
          { rule: 'R', node: 'a', reason: 'again' },
          { rule: 'R', node: 'gone', reason: 'x' },
          { rule: 'R', node: 'a' },
          'R',
        ],
      }),
    );
    expect(doc.accepted).toEqual([{ rule: 'R', node: 'a', reason: 'ok' }]);
    issueAt(warnings, 'accepted[0].by', 'unknown-field');
    issueAt(warnings, 'accepted[1]', 'accepted-duplicate');
    issueAt(
      warnings,
      'accepted[2].node',
      'accepted-unknown-node',
      "accepted[2].node: 'gone' does not exist; the accepted finding was dropped.",
    );
    issueAt(warnings, 'accepted[3]', 'accepted-invalid');
    issueAt(warnings, 'accepted[4]', 'accepted-invalid');
  });

  it('drops an accepted block that is not a list', () => {
    const { doc, warnings } = accepted(importFile({ accepted: { R: 'a' } }));
    issueAt(warnings, 'accepted', 'list-dropped');
    expect(doc).not.toHaveProperty('accepted');
  });
});

describe('import of the preset block', () => {
  const preset = {
    id: 'cloudfront-waf-alb',
    title: { en: 'CloudFront + WAF', ja: 'CloudFront + WAF' },
    exam: ['SAA', 'SCS'],
    mode: 'challenge',
    scenario: { en: 'A shop', ja: 'ショップ' },
    lesson: { en: 'WAF on the edge', ja: 'エッジに WAF' },
    expect: [{ rule: 'WAF-06', nodes: ['alb-1'] }],
  };

  it('keeps a valid preset', () => {
    const { doc, warnings } = accepted(importFile({ preset }));
    expect(warnings).toEqual([]);
    expect(doc.preset).toEqual(preset);
  });

  it('takes exam and expect as empty when left out', () => {
    const { exam: _x, expect: _e, ...rest } = preset;
    const { doc } = accepted(importFile({ preset: rest }));
    expect(doc.preset).toMatchObject({ exam: [], expect: [] });
  });

  it('drops bad entries of exam and expect', () => {
    const { doc, warnings } = accepted(
      importFile({
        preset: { ...preset, exam: ['SAA', 3], expect: [{ rule: 'X' }, ...preset.expect] },
      }),
    );
    issueAt(warnings, 'preset.exam[1]', 'preset-entry-dropped');
    issueAt(warnings, 'preset.expect[0]', 'preset-entry-dropped');
    expect(doc.preset?.exam).toEqual(['SAA']);
    expect(doc.preset?.expect).toEqual(preset.expect);
  });

  it('drops a preset missing a required part, naming each problem', () => {
    const { doc, warnings } = accepted(
      importFile({ preset: { ...preset, mode: 'quiz', title: { en: 'only English' } } }),
    );
    issueAt(
      warnings,
      'preset.mode',
      'preset-invalid',
      "preset.mode: must be reference or challenge; found 'quiz'. The preset block was dropped.",
    );
    issueAt(warnings, 'preset.title', 'preset-invalid');
    expect(doc).not.toHaveProperty('preset');
  });
});

describe('import ordering and layout', () => {
  it('sorts parents before children and otherwise keeps the order', () => {
    const { doc } = accepted(
      importFile({
        nodes: [
          ec2('ec2-1', { parent: 'sub-1' }),
          { id: 'waf-1', kind: 'waf', position: { x: 0, y: 0 } },
          { id: 'sub-1', kind: 'subnet', parent: 'vpc-1', position: { x: 0, y: 0 } },
          vpc,
        ],
      }),
    );
    expect(doc.nodes.map((n) => n.id)).toEqual(['waf-1', 'vpc-1', 'sub-1', 'ec2-1']);
  });

  it('needs a layout when any node lacks a position, not otherwise', () => {
    expect(accepted(importFile({ nodes: [vpc, { id: 'x', kind: 'ec2' }] })).needsLayout).toBe(true);
    expect(accepted(importFile({ nodes: [vpc, ec2('x')] })).needsLayout).toBe(false);
    expect(accepted(importFile({})).needsLayout).toBe(false);
  });
});
