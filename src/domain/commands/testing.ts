/** Small diagrams for the command and geometry tests. */
import type { Diagram, DiagramEdge, DiagramNode } from '../document/types';
import type { KindId } from '../kinds/types';
import { defaultProps } from '../kinds/catalogue';

export function node(
  id: string,
  kind: KindId,
  extra: Partial<Omit<DiagramNode, 'id' | 'kind'>> = {},
): DiagramNode {
  return {
    id,
    kind,
    position: { x: 0, y: 0 },
    ...extra,
    props: { ...defaultProps(kind), ...extra.props },
  };
}

export function diagram(nodes: DiagramNode[], edges: DiagramEdge[] = []): Diagram {
  return { type: 'aws-security-playground', version: 1, nodes, edges };
}

/** Deeply frozen, so that a command that mutates its input throws in the test. */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(frozen);
    Object.freeze(value);
  }
  return value;
}

/** vpc-1 (at 100,100) > sub-1 (at 20,30) > ec2-1 (at 5,5); waf-1 at top level. */
export function nested(): Diagram {
  return frozen(
    diagram([
      node('vpc-1', 'vpc', { position: { x: 100, y: 100 }, size: { width: 600, height: 400 } }),
      node('sub-1', 'subnet', {
        parent: 'vpc-1',
        position: { x: 20, y: 30 },
        size: { width: 300, height: 200 },
      }),
      node('ec2-1', 'ec2', { parent: 'sub-1', position: { x: 5, y: 5 } }),
      node('waf-1', 'waf', { position: { x: 900, y: 0 } }),
    ]),
  );
}
