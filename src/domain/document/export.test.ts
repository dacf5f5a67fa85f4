import { describe, expect, it } from 'vitest';
import { exportDiagram } from './export';
import { importDiagram } from './import';
import { accepted } from './importTesting';
import type { Diagram, DiagramNode } from './types';
import { KINDS, defaultProps, getKind, sizeOfKind } from '../kinds/catalogue';
import type { KindId, PropSpec } from '../kinds/types';

describe('exportDiagram', () => {
  it('writes format.md exactly: field order, 2-space JSON, trailing newline', () => {
    const doc: Diagram = {
      preset: {
        expect: [{ nodes: ['alb-1'], rule: 'WAF-06' }],
        lesson: { ja: 'j', en: 'l' },
        scenario: { en: 's', ja: 'j' },
        mode: 'reference',
        exam: ['SAA'],
        title: { en: 't', ja: 'j' },
        id: 'p',
      },
      accepted: [{ reason: 'why', node: 'alb-1', rule: 'WAF-06' }],
      edges: [
        {
          props: { protocol: 'tcp', port: 443 },
          label: 'https',
          kind: 'traffic',
          target: 'alb-1',
          source: 'vpc-1',
          id: 'e1',
        },
      ],
      nodes: [
        {
          props: { cidr: '10.0.0.0/16' },
          size: { height: 300, width: 400 },
          position: { y: 2, x: 1 },
          kind: 'vpc',
          id: 'vpc-1',
        },
        {
          props: { subnets: ['s'], scheme: 'internal' },
          position: { x: 5, y: 6 },
          parent: 'vpc-1',
          label: 'Web',
          kind: 'alb',
          id: 'alb-1',
        },
      ],
      title: 'T',
      version: 1,
      type: 'aws-security-playground',
    };
    expect(exportDiagram(doc)).toBe(
      `{
  "type": "aws-security-playground",
  "version": 1,
  "title": "T",
  "nodes": [
    {
      "id": "vpc-1",
      "kind": "vpc",
      "position": {
        "x": 1,
        "y": 2
      },
      "size": {
        "width": 400,
        "height": 300
      },
      "props": {
        "cidr": "10.0.0.0/16"
      }
    },
    {
      "id": "alb-1",
      "kind": "alb",
      "label": "Web",
      "parent": "vpc-1",
      "position": {
        "x": 5,
        "y": 6
      },
      "props": {
        "scheme": "internal",
        "subnets": [
          "s"
        ]
      }
    }
  ],
  "edges": [
    {
      "id": "e1",
      "source": "vpc-1",
      "target": "alb-1",
      "kind": "traffic",
      "label": "https",
      "props": {
        "port": 443,
        "protocol": "tcp"
      }
    }
  ],
  "accepted": [
    {
      "rule": "WAF-06",
      "node": "alb-1",
      "reason": "why"
    }
  ],
  "preset": {
    "id": "p",
    "title": {
      "en": "t",
      "ja": "j"
    },
    "exam": [
      "SAA"
    ],
    "mode": "reference",
    "scenario": {
      "en": "s",
      "ja": "j"
    },
    "lesson": {
      "en": "l",
      "ja": "j"
    },
    "expect": [
      {
        "rule": "WAF-06",
        "nodes": [
          "alb-1"
        ]
      }
    ]
  }
}
`,
    );
  });

  it('writes rule rows with their fields in a fixed order', () => {
    const doc: Diagram = {
      type: 'aws-security-playground',
      version: 1,
      nodes: [
        {
          id: 'acl',
          kind: 'network-acl',
          props: {
            ...defaultProps('network-acl'),
            inbound: [
              { action: 'deny', cidr: '0.0.0.0/0', ports: 'all', protocol: 'all', rule: 90 },
            ],
          },
        },
      ],
      edges: [],
    };
    const json = JSON.parse(exportDiagram(doc));
    expect(Object.keys(json.nodes[0].props.inbound[0])).toEqual([
      'rule',
      'protocol',
      'ports',
      'cidr',
      'action',
    ]);
  });
});

/** A value of `spec` other than its default, so that the round trip is not trivially default. */
function sampleValue(spec: PropSpec): unknown {
  switch (spec.type) {
    case 'boolean':
      return !spec.default;
    case 'string':
      return 'sample ü 日本';
    case 'enum':
      return spec.options[spec.options.length - 1];
    case 'subset':
      return spec.options.slice(0, 1);
    case 'idList':
      return ['subnet-x', 'subnet-y'];
    case 'sgRules':
      return [
        { protocol: 'tcp', ports: '443', source: '0.0.0.0/0' },
        { protocol: 'udp', ports: '1024-65535', destination: 'sg-1', action: 'deny' },
      ];
    case 'naclRules':
      return [{ rule: 100, protocol: 'tcp', ports: '443', cidr: '10.0.0.0/8', action: 'allow' }];
    case 'policy':
      return '{\n  "Statement": { "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject" }\n}';
  }
}

function everyKindDiagram(): Diagram {
  const nodes: DiagramNode[] = [];
  const region = KINDS.find((k) => k.container)?.id as KindId;
  KINDS.forEach((kind, k) => {
    const props: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(getKind(kind.id).props))
      // An address block must be one, or import warns (importValues.ts).
      props[name] = name === 'cidr' ? '10.20.0.0/16' : sampleValue(spec);
    nodes.push({
      id: `${kind.id}-1`,
      kind: kind.id,
      label: `${kind.name.en} 「${k}」`,
      ...(kind.id !== region ? { parent: `${region}-1` } : {}),
      position: { x: k * 10, y: k * 2.5 - 7.5 },
      ...(kind.container ? { size: sizeOfKind(kind.id) } : {}),
      props: props as DiagramNode['props'],
    });
  });
  return {
    type: 'aws-security-playground',
    version: 1,
    title: 'Every kind',
    nodes,
    edges: [
      { id: 'e1', source: 'waf-1', target: 'alb-1', kind: 'protects' },
      {
        id: 'e2',
        source: 'internet-1',
        target: 'alb-1',
        kind: 'traffic',
        label: 'https',
        props: { port: '8000-8080', protocol: 'udp' },
      },
      { id: 'e3', source: 'alb-1', target: 's3-1', kind: 'logs' },
    ],
    accepted: [{ rule: 'WAF-06', node: 'alb-1', reason: 'internal tool' }],
    preset: {
      id: 'p',
      title: { en: 't', ja: 'た' },
      exam: ['SCS'],
      mode: 'challenge',
      scenario: { en: 's', ja: 'す' },
      lesson: { en: 'l', ja: 'れ' },
      expect: [{ rule: 'WAF-01', nodes: ['waf-1', 's3-1'] }],
    },
  };
}

describe('round trip', () => {
  it('covers every kind of the catalogue', () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(44);
  });

  it('import(export(doc)) equals doc, for every kind with non-default props', () => {
    const doc = everyKindDiagram();
    const again = accepted(importDiagram(exportDiagram(doc)));
    expect(again.warnings).toEqual([]);
    expect(again.doc).toStrictEqual(doc);
    expect(again.needsLayout).toBe(false);
  });

  it('export(import(file)) is stable', () => {
    const text = exportDiagram(everyKindDiagram());
    expect(exportDiagram(accepted(importDiagram(text)).doc)).toBe(text);
  });

  it('keeps default props of every kind', () => {
    const doc: Diagram = {
      type: 'aws-security-playground',
      version: 1,
      nodes: KINDS.map((k) => ({ id: k.id, kind: k.id, props: defaultProps(k.id) })),
      edges: [],
    };
    expect(accepted(importDiagram(exportDiagram(doc))).doc).toStrictEqual(doc);
  });
});
