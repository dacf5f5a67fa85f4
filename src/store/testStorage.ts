/** Test helpers for browser storage: an in-memory Storage and a small valid diagram. */
import type { Diagram } from '../domain/document/types';
import { defaultProps } from '../domain/kinds/catalogue';
import type { KeyValueStorage } from './persistence';

/** The DOM Storage contract over a Map; `full` makes every write fail like a full quota. */
export class MemoryStorage implements KeyValueStorage {
  readonly data = new Map<string, string>();
  full = false;
  writes = 0;
  get length() {
    return this.data.size;
  }
  key(i: number) {
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.writes++;
    if (this.full) throw new DOMException('quota', 'QuotaExceededError');
    this.data.set(k, String(v));
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

export function sampleDiagram(): Diagram {
  return {
    type: 'aws-security-playground',
    version: 1,
    title: 'Autosave sample',
    nodes: [
      {
        id: 'vpc-1',
        kind: 'vpc',
        label: 'Main VPC',
        position: { x: 0, y: 0 },
        size: { width: 500, height: 320 },
        props: defaultProps('vpc'),
      },
      {
        id: 'sub-a',
        kind: 'subnet',
        parent: 'vpc-1',
        position: { x: 20, y: 40 },
        size: { width: 300, height: 200 },
        props: { ...defaultProps('subnet'), tier: 'public', cidr: '10.0.1.0/24' },
      },
      {
        id: 'alb-1',
        kind: 'alb',
        parent: 'sub-a',
        position: { x: 30, y: 50 },
        props: { ...defaultProps('alb'), subnets: ['sub-a'] },
      },
      { id: 'waf-1', kind: 'waf', position: { x: 600, y: 40 }, props: defaultProps('waf') },
    ],
    edges: [
      { id: 'e1', source: 'waf-1', target: 'alb-1', kind: 'protects' },
      {
        id: 'e2',
        source: 'waf-1',
        target: 'alb-1',
        kind: 'traffic',
        props: { port: 443, protocol: 'tcp' },
      },
    ],
  };
}
