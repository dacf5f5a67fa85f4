import { describe, expect, it } from 'vitest';
import { connect, updateEdge } from './index';
import { diagram, frozen, node } from './testing';

const base = () =>
  frozen(
    diagram([node('waf-1', 'waf'), node('s3-1', 's3'), node('alb-1', 'alb'), node('ec2-1', 'ec2')]),
  );

describe('connect', () => {
  it('infers the kind and gives a readable id', () => {
    const { doc, id } = connect(base(), { source: 'waf-1', target: 's3-1' });
    expect(id).toBe('e-waf-1-s3-1');
    expect(doc.edges).toEqual([{ id, source: 'waf-1', target: 's3-1', kind: 'protects' }]);
  });

  it('gives traffic edges 443/tcp, merged with valid given props', () => {
    const { doc } = connect(base(), { source: 'alb-1', target: 'ec2-1', props: { port: 8080 } });
    expect(doc.edges[0]).toMatchObject({ kind: 'traffic', props: { port: 8080, protocol: 'tcp' } });
    const bad = connect(base(), { source: 'alb-1', target: 'ec2-1', props: { port: 99999 } });
    expect(bad.doc.edges[0].props).toEqual({ port: 443, protocol: 'tcp' });
  });

  it('takes an explicit kind', () => {
    const { doc } = connect(base(), { source: 'waf-1', target: 's3-1', kind: 'logs' });
    expect(doc.edges[0]).toEqual({
      id: 'e-waf-1-s3-1',
      source: 'waf-1',
      target: 's3-1',
      kind: 'logs',
    });
  });

  it('refuses a self-loop or a missing endpoint', () => {
    const doc = base();
    expect(connect(doc, { source: 'ec2-1', target: 'ec2-1' })).toEqual({ doc, id: null });
    expect(connect(doc, { source: 'ec2-1', target: 'nope' })).toEqual({ doc, id: null });
  });

  it('returns the same doc (and the existing id) for an exact duplicate', () => {
    const first = connect(base(), { source: 'waf-1', target: 's3-1' });
    const again = connect(first.doc, { source: 'waf-1', target: 's3-1' });
    expect(again.doc).toBe(first.doc);
    expect(again.id).toBe(first.id);
    const other = connect(first.doc, { source: 'waf-1', target: 's3-1', kind: 'logs' });
    expect(other.id).toBe('e-waf-1-s3-1-2');
  });
});

describe('updateEdge', () => {
  const withEdge = () => connect(base(), { source: 'waf-1', target: 'alb-1' }).doc;

  it('switching to traffic adds 443/tcp (with given props), away removes the props', () => {
    const traffic = updateEdge(withEdge(), 'e-waf-1-alb-1', {
      kind: 'traffic',
      props: { protocol: 'udp' },
    });
    expect(traffic.edges[0]).toMatchObject({
      kind: 'traffic',
      props: { port: 443, protocol: 'udp' },
    });
    const back = updateEdge(traffic, 'e-waf-1-alb-1', { kind: 'protects' });
    expect(back.edges[0]).toEqual({
      id: 'e-waf-1-alb-1',
      source: 'waf-1',
      target: 'alb-1',
      kind: 'protects',
    });
  });

  it('sets and clears the label', () => {
    const labelled = updateEdge(withEdge(), 'e-waf-1-alb-1', { label: 'web ACL' });
    expect(labelled.edges[0].label).toBe('web ACL');
    expect(updateEdge(labelled, 'e-waf-1-alb-1', { label: '' }).edges[0]).not.toHaveProperty(
      'label',
    );
  });

  it('ignores props on a non-traffic edge and invalid traffic props', () => {
    const doc = withEdge();
    expect(updateEdge(doc, 'e-waf-1-alb-1', { props: { port: 22 } })).toBe(doc);
    const traffic = updateEdge(doc, 'e-waf-1-alb-1', { kind: 'traffic' });
    expect(updateEdge(traffic, 'e-waf-1-alb-1', { props: { port: 'x' } })).toBe(traffic);
  });

  it('refuses a kind change that would duplicate another edge', () => {
    const two = connect(withEdge(), { source: 'waf-1', target: 'alb-1', kind: 'logs' }).doc;
    expect(updateEdge(two, 'e-waf-1-alb-1', { kind: 'logs' })).toBe(two);
  });

  it('returns the same doc for an unknown edge or no change', () => {
    const doc = withEdge();
    expect(updateEdge(doc, 'nope', { label: 'x' })).toBe(doc);
    expect(updateEdge(doc, 'e-waf-1-alb-1', { kind: 'protects' })).toBe(doc);
  });
});
