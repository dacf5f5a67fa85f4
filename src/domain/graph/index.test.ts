import { describe, expect, it } from 'vitest';
import { emptyDiagram } from '../document/types';
import type { Diagram, DiagramEdge, DiagramNode, EdgeKind } from '../document/types';
import { defaultProps } from '../kinds/catalogue';
import type { KindId } from '../kinds/types';
import { buildGraphIndex } from './index';

function n(
  id: string,
  kind: KindId,
  parent?: string,
  props: Record<string, unknown> = {},
): DiagramNode {
  return {
    id,
    kind,
    ...(parent ? { parent } : {}),
    props: { ...defaultProps(kind), ...props } as DiagramNode['props'],
  };
}

let edgeCount = 0;
function e(source: string, target: string, kind: EdgeKind = 'traffic'): DiagramEdge {
  edgeCount += 1;
  return {
    id: `e${edgeCount}`,
    source,
    target,
    kind,
    ...(kind === 'traffic' ? { props: { port: 443, protocol: 'tcp' as const } } : {}),
  };
}

function diagram(nodes: DiagramNode[], edges: DiagramEdge[] = []): Diagram {
  return { ...emptyDiagram(), nodes, edges };
}

const ids = (nodes: readonly DiagramNode[]) => nodes.map((x) => x.id);

/** org > (acct-a > region-a > vpc-a > (pub, priv > sg > (web, db)), acct-b > ec2-b's subnet) */
function nested(): Diagram {
  return diagram([
    n('org', 'organization'),
    n('acct-a', 'account', 'org'),
    n('region-a', 'region', 'acct-a'),
    n('vpc-a', 'vpc', 'region-a'),
    n('pub', 'subnet', 'vpc-a', { tier: 'public' }),
    n('priv', 'subnet', 'vpc-a'),
    n('sg', 'security-group', 'priv'),
    n('web', 'ec2', 'sg'),
    n('db', 'rds', 'sg'),
    n('acct-b', 'account', 'org'),
    n('vpc-b', 'vpc', 'acct-b'),
    n('sub-b', 'subnet', 'vpc-b'),
    n('ec2-b', 'ec2', 'sub-b'),
    n('gd-top', 'guardduty'),
    n('gd-org', 'guardduty', 'org'),
    n('gd-a', 'guardduty', 'acct-a'),
    n('gd-b', 'guardduty', 'acct-b'),
    n('gd-region-a', 'guardduty', 'region-a'),
    n('s3-a', 's3', 'acct-a'),
  ]);
}

describe('buildGraphIndex: containment', () => {
  const g = buildGraphIndex(nested());

  it('looks nodes up by id and by kind, in document order', () => {
    expect(g.node('web')?.kind).toBe('ec2');
    expect(g.node('nope')).toBeUndefined();
    expect(ids(g.nodesOfKind('guardduty'))).toEqual([
      'gd-top',
      'gd-org',
      'gd-a',
      'gd-b',
      'gd-region-a',
    ]);
    expect(g.nodesOfKind('waf')).toEqual([]);
  });

  it('lists direct children in document order, top level for undefined', () => {
    expect(ids(g.children(undefined))).toEqual(['org', 'gd-top']);
    expect(ids(g.children('org'))).toEqual(['acct-a', 'acct-b', 'gd-org']);
    expect(ids(g.children('sg'))).toEqual(['web', 'db']);
    expect(g.children('web')).toEqual([]);
    expect(g.children('nope')).toEqual([]);
  });

  it('lists ancestors nearest first and finds the nearest of a kind', () => {
    expect(ids(g.ancestors('web'))).toEqual(['sg', 'priv', 'vpc-a', 'region-a', 'acct-a', 'org']);
    expect(g.ancestors('org')).toEqual([]);
    expect(g.ancestors('nope')).toEqual([]);
    expect(g.nearest('web', 'subnet')?.id).toBe('priv');
    expect(g.nearest('web', 'vpc')?.id).toBe('vpc-a');
    expect(g.nearest('web', 'account')?.id).toBe('acct-a');
    expect(g.nearest('ec2-b', 'region')).toBeUndefined();
    // A node is not its own ancestor.
    expect(g.nearest('priv', 'subnet')).toBeUndefined();
    expect(g.nearest('nope', 'vpc')).toBeUndefined();
  });

  it('lists descendants depth first in document order', () => {
    expect(ids(g.descendants('vpc-a'))).toEqual(['pub', 'priv', 'sg', 'web', 'db']);
    expect(ids(g.descendants('acct-b'))).toEqual(['vpc-b', 'sub-b', 'ec2-b', 'gd-b']);
    expect(g.descendants('web')).toEqual([]);
    expect(g.descendants('nope')).toEqual([]);
  });

  it('covers: a top-level service covers everything', () => {
    for (const x of ['web', 'ec2-b', 'org', 's3-a', 'gd-top'])
      expect(g.covers('gd-top', x)).toBe(true);
  });

  it("covers: a service covers what is below its parent, not the parent's siblings", () => {
    expect(g.covers('gd-a', 'web')).toBe(true);
    expect(g.covers('gd-a', 's3-a')).toBe(true);
    expect(g.covers('gd-a', 'ec2-b')).toBe(false);
    expect(g.covers('gd-b', 'ec2-b')).toBe(true);
    expect(g.covers('gd-b', 'web')).toBe(false);
    expect(g.covers('gd-org', 'web')).toBe(true);
    expect(g.covers('gd-org', 'ec2-b')).toBe(true);
    expect(g.covers('gd-region-a', 'web')).toBe(true);
    // S3 sits in the account, above the Region: the Region's GuardDuty does not cover it.
    expect(g.covers('gd-region-a', 's3-a')).toBe(false);
  });

  it('covers: strictly "parent is an ancestor", so not the parent itself; unknown ids are never covered', () => {
    expect(g.covers('gd-a', 'acct-a')).toBe(false);
    expect(g.covers('gd-a', 'gd-a')).toBe(true);
    expect(g.covers('gd-a', 'nope')).toBe(false);
    expect(g.covers('nope', 'web')).toBe(false);
  });

  it('coveringNodes returns the nodes of a kind that cover the target', () => {
    expect(ids(g.coveringNodes('guardduty', 'web'))).toEqual([
      'gd-top',
      'gd-org',
      'gd-a',
      'gd-region-a',
    ]);
    expect(ids(g.coveringNodes('guardduty', 'ec2-b'))).toEqual(['gd-top', 'gd-org', 'gd-b']);
    expect(g.coveringNodes('macie', 'web')).toEqual([]);
  });
});

describe('buildGraphIndex: malformed containment never loops or throws', () => {
  const g = buildGraphIndex(
    diagram([
      n('orphan', 'ec2', 'missing'),
      n('self', 'vpc', 'self'),
      n('a', 'vpc', 'b'),
      n('b', 'subnet', 'a'),
      n('c', 'ec2', 'b'),
      n('dup', 'ec2'),
      n('dup', 's3'),
    ]),
  );

  it('treats a dangling or self parent as top level', () => {
    expect(ids(g.children(undefined))).toEqual(['orphan', 'self', 'dup']);
    expect(g.ancestors('orphan')).toEqual([]);
    expect(g.ancestors('self')).toEqual([]);
    expect(g.covers('orphan', 'c')).toBe(true);
  });

  it('stops at a parent cycle', () => {
    expect(ids(g.ancestors('a'))).toEqual(['b']);
    expect(ids(g.ancestors('c'))).toEqual(['b', 'a']);
    expect(ids(g.descendants('a'))).toEqual(['b', 'c']);
    expect(g.nearest('c', 'organization')).toBeUndefined();
    expect(g.covers('c', 'orphan')).toBe(false);
  });

  it('keeps the first of two nodes with one id', () => {
    expect(g.node('dup')?.kind).toBe('ec2');
    expect(g.nodesOfKind('s3')).toEqual([]);
  });

  it('handles very deep nesting without recursion', () => {
    const depth = 5000;
    const chain = [n('c0', 'vpc')];
    for (let i = 1; i < depth; i++) chain.push(n(`c${i}`, 'subnet', `c${i - 1}`));
    const deep = buildGraphIndex(diagram(chain));
    expect(deep.ancestors(`c${depth - 1}`)).toHaveLength(depth - 1);
    expect(deep.descendants('c0')).toHaveLength(depth - 1);
    expect(deep.covers(`c${depth - 1}`, `c${depth - 1}`)).toBe(true);
    expect(deep.nearest(`c${depth - 1}`, 'vpc')?.id).toBe('c0');
  });
});

describe('buildGraphIndex: edges', () => {
  const edges = [
    e('internet', 'alb'),
    e('waf', 'alb', 'protects'),
    e('alb', 'web'),
    e('gd', 'web', 'monitors'),
    e('gd', 'eb', 'findings'),
  ];
  const g = buildGraphIndex(
    diagram(
      [
        n('internet', 'internet'),
        n('waf', 'waf'),
        n('alb', 'alb'),
        n('web', 'ec2'),
        n('gd', 'guardduty'),
        n('eb', 'eventbridge'),
      ],
      edges,
    ),
  );

  it('lists edges out and in, all kinds or one kind', () => {
    expect(g.edgesIn('alb')).toEqual([edges[0], edges[1]]);
    expect(g.edgesIn('alb', 'protects')).toEqual([edges[1]]);
    expect(g.edgesIn('alb', 'monitors')).toEqual([]);
    expect(g.edgesOut('gd')).toEqual([edges[3], edges[4]]);
    expect(g.edgesOut('gd', 'findings')).toEqual([edges[4]]);
    expect(g.edgesOut('eb')).toEqual([]);
    expect(g.edgesOfKind('traffic')).toEqual([edges[0], edges[2]]);
    expect(g.edgesOfKind('logs')).toEqual([]);
  });
});

describe('buildGraphIndex: traffic paths', () => {
  it('reaches along traffic edges only, excluding internet nodes, through cycles', () => {
    const g = buildGraphIndex(
      diagram(
        [
          n('internet', 'internet'),
          n('cf', 'cloudfront'),
          n('alb', 'alb'),
          n('web', 'ec2'),
          n('db', 'rds'),
          n('waf', 'waf'),
          n('island', 'ec2'),
          n('island2', 'ec2'),
        ],
        [
          e('internet', 'cf'),
          e('cf', 'alb'),
          e('alb', 'web'),
          e('web', 'alb'), // a traffic cycle
          e('web', 'internet'), // back to the internet (e.g. through a NAT)
          e('web', 'db', 'monitors'), // not traffic
          e('waf', 'cf', 'protects'),
          e('island', 'island2'),
          e('cf', 'ghost'), // names no node
        ],
      ),
    );
    expect([...g.reachableFromInternet()].sort()).toEqual(['alb', 'cf', 'web']);
    expect(g.reachableFromInternet()).toBe(g.reachableFromInternet());
  });

  it('combines several internet nodes', () => {
    const g = buildGraphIndex(
      diagram(
        [n('users', 'internet'), n('partners', 'internet'), n('cf', 'cloudfront'), n('nlb', 'nlb')],
        [e('users', 'cf'), e('partners', 'nlb')],
      ),
    );
    expect([...g.reachableFromInternet()].sort()).toEqual(['cf', 'nlb']);
  });

  it('finds what is reachable around an avoided set (WAF-09: an ALB behind CloudFront)', () => {
    const nodes = [
      n('internet', 'internet'),
      n('internet2', 'internet'),
      n('cf', 'cloudfront'),
      n('alb', 'alb'),
      n('nlb', 'nlb'),
    ];
    const viaCloudFrontOnly = buildGraphIndex(
      diagram(nodes, [e('internet', 'cf'), e('cf', 'alb'), e('alb', 'cf')]),
    );
    expect(viaCloudFrontOnly.reachableFromInternetAvoiding('alb', new Set(['cf']))).toBe(false);
    expect(viaCloudFrontOnly.reachableFromInternetAvoiding('alb', new Set())).toBe(true);

    const bypass = buildGraphIndex(
      diagram(nodes, [e('internet', 'cf'), e('cf', 'alb'), e('internet2', 'nlb'), e('nlb', 'alb')]),
    );
    expect(bypass.reachableFromInternetAvoiding('alb', new Set(['cf']))).toBe(true);
    expect(bypass.reachableFromInternetAvoiding('alb', new Set(['cf', 'nlb']))).toBe(false);
    // Avoiding an internet node drops the paths that start there.
    expect(bypass.reachableFromInternetAvoiding('alb', new Set(['cf', 'internet2']))).toBe(false);
    // The target itself cannot be passed around.
    expect(bypass.reachableFromInternetAvoiding('alb', new Set(['alb']))).toBe(false);
    expect(bypass.reachableFromInternetAvoiding('internet2', new Set())).toBe(false);
    expect(bypass.reachableFromInternetAvoiding('nope', new Set())).toBe(false);
    // Memoised answers do not leak between different avoid sets.
    expect(bypass.reachableFromInternetAvoiding('nlb', new Set(['cf']))).toBe(true);
    expect(bypass.reachableFromInternetAvoiding('nlb', new Set(['internet2']))).toBe(false);
  });
});

describe('buildGraphIndex: entry points', () => {
  it('is the first WAF-capable node on each path from the internet', () => {
    const g = buildGraphIndex(
      diagram(
        [
          n('internet', 'internet'),
          n('cf', 'cloudfront'),
          n('alb', 'alb'),
          n('web', 'ec2'),
          n('alb2', 'alb'),
        ],
        [e('internet', 'cf'), e('cf', 'alb'), e('alb', 'web'), e('web', 'alb2')],
      ),
    );
    expect(ids(g.entryPoints())).toEqual(['cf']);
    expect(g.entryPoints()).toBe(g.entryPoints());
  });

  it('walks through non-capable nodes (NLB, HTTP API) and finds capable ones behind them', () => {
    const g = buildGraphIndex(
      diagram(
        [
          n('internet', 'internet'),
          n('nlb', 'nlb'),
          n('alb', 'alb'),
          n('http', 'api-gateway', undefined, { apiType: 'http' }),
          n('fn', 'lambda'),
          n('rest', 'api-gateway', undefined, { apiType: 'rest' }),
        ],
        [
          e('internet', 'nlb'),
          e('nlb', 'alb'),
          e('internet', 'http'),
          e('http', 'fn'),
          e('fn', 'rest'),
        ],
      ),
    );
    expect(ids(g.entryPoints())).toEqual(['alb', 'rest']);
  });

  it('counts a node reached both behind and around another entry point', () => {
    const g = buildGraphIndex(
      diagram(
        [n('alb', 'alb'), n('internet', 'internet'), n('cf', 'cloudfront')],
        [e('internet', 'cf'), e('cf', 'alb'), e('internet', 'alb')],
      ),
    );
    // Document order, not discovery order.
    expect(ids(g.entryPoints())).toEqual(['alb', 'cf']);
  });

  it('terminates on traffic cycles and combines several internet nodes', () => {
    const g = buildGraphIndex(
      diagram(
        [
          n('i1', 'internet'),
          n('i2', 'internet'),
          n('a', 'ec2'),
          n('b', 'nlb'),
          n('cognito', 'cognito-user-pool'),
          n('appsync', 'appsync'),
          n('runner', 'app-runner'),
          n('va', 'verified-access'),
          n('unreached', 'alb'),
        ],
        [
          e('i1', 'a'),
          e('a', 'b'),
          e('b', 'a'),
          e('b', 'cognito'),
          e('i2', 'appsync'),
          e('i2', 'i1'),
          e('i1', 'runner'),
          e('i2', 'va'),
          e('unreached', 'a'),
        ],
      ),
    );
    expect(ids(g.entryPoints())).toEqual(['cognito', 'appsync', 'runner', 'va']);
  });

  it('is empty without an internet node or traffic from it', () => {
    const g = buildGraphIndex(
      diagram(
        [n('internet', 'internet'), n('cf', 'cloudfront'), n('waf', 'waf')],
        [e('waf', 'cf', 'protects')],
      ),
    );
    expect(g.entryPoints()).toEqual([]);
    expect(g.reachableFromInternet().size).toBe(0);
  });
});

describe('buildGraphIndex: firstOnInternetPaths', () => {
  const shieldable = new Set<KindId>(['cloudfront', 'route53', 'global-accelerator', 'alb']);
  const g = buildGraphIndex(
    diagram(
      [
        n('internet', 'internet'),
        n('dns', 'route53'),
        n('ga', 'global-accelerator'),
        n('alb', 'alb'),
        n('nlb', 'nlb'),
        n('alb2', 'alb'),
        n('cf', 'cloudfront'),
      ],
      [
        e('internet', 'dns'),
        e('internet', 'ga'),
        e('ga', 'alb'),
        e('internet', 'nlb'),
        e('nlb', 'alb2'),
        e('alb2', 'cf'),
      ],
    ),
  );

  it('stops at the first node of the given kinds on each path', () => {
    expect(ids(g.firstOnInternetPaths(shieldable))).toEqual(['dns', 'ga', 'alb2']);
  });

  it('answers each set of kinds on its own', () => {
    expect(ids(g.firstOnInternetPaths(new Set<KindId>(['alb'])))).toEqual(['alb', 'alb2']);
    expect(ids(g.firstOnInternetPaths(new Set<KindId>(['cloudfront'])))).toEqual(['cf']);
    expect(g.firstOnInternetPaths(new Set())).toEqual([]);
    // Entry points are their own question, not confused with an empty kind set.
    expect(ids(g.entryPoints())).toEqual(['alb', 'alb2']);
  });
});
