import { describe, expect, it, vi } from 'vitest';
import type { ReactFlowState, useStoreApi } from '@xyflow/react';
import { readingsWorthTaking, trustGivenSizes } from './trustedSizes';
import type { FlowEdge, FlowNode } from './flowTypes';

type FlowState = ReactFlowState<FlowNode, FlowEdge>;
type FlowStore = ReturnType<typeof useStoreApi<FlowNode, FlowEdge>>;
type Readings = Parameters<FlowState['updateNodeInternals']>[0];

/** An element as React Flow reads it: only its offset size matters here. */
function element(width: number, height: number): HTMLDivElement {
  return { offsetWidth: width, offsetHeight: height } as HTMLDivElement;
}

function internalNode(id: string, width: number, height: number, extra: object = {}) {
  return {
    id,
    measured: { width, height },
    internals: { handleBounds: { source: [], target: null } },
    ...extra,
  };
}

function lookupOf(...nodes: ReturnType<typeof internalNode>[]): FlowState['nodeLookup'] {
  return new Map(nodes.map((n) => [n.id, n])) as unknown as FlowState['nodeLookup'];
}

function readings(entries: Record<string, HTMLDivElement>): Readings {
  return new Map(
    Object.entries(entries).map(([id, nodeElement]) => [id, { id, nodeElement, force: true }]),
  );
}

const offsetSize = (e: HTMLDivElement) => ({ width: e.offsetWidth, height: e.offsetHeight });

describe('readingsWorthTaking', () => {
  it('drops a reading that finds the size React Flow already holds', () => {
    const lookup = lookupOf(internalNode('a', 120, 80));
    expect(readingsWorthTaking(readings({ a: element(120, 80) }), lookup, offsetSize).size).toBe(0);
  });

  it('keeps a reading of another size, of an unknown node, of a hidden one and of one without handle bounds', () => {
    const lookup = lookupOf(
      internalNode('resized', 120, 80),
      internalNode('hidden', 120, 80, { hidden: true }),
      internalNode('unmeasured', 120, 80, { internals: {} }),
    );
    const kept = readingsWorthTaking(
      readings({
        resized: element(121, 80),
        hidden: element(120, 80),
        unmeasured: element(120, 80),
        unknown: element(120, 80),
      }),
      lookup,
      offsetSize,
    );
    expect([...kept.keys()]).toEqual(['resized', 'hidden', 'unmeasured', 'unknown']);
  });
});

describe('trustGivenSizes', () => {
  function fakeStore(lookup: FlowState['nodeLookup']) {
    const original = vi.fn<FlowState['updateNodeInternals']>();
    let state = { nodeLookup: lookup, updateNodeInternals: original } as unknown as FlowState;
    const store = {
      getState: () => state,
      setState: (patch: Partial<FlowState>) => {
        state = { ...state, ...patch };
      },
    } as unknown as FlowStore;
    return { store, original };
  }

  it('passes on only the readings worth taking, and nothing when none is', () => {
    const { store, original } = fakeStore(
      lookupOf(internalNode('a', 10, 10), internalNode('b', 10, 10)),
    );
    trustGivenSizes(store);
    store.getState().updateNodeInternals(readings({ a: element(10, 10) }));
    expect(original).not.toHaveBeenCalled();
    store.getState().updateNodeInternals(readings({ a: element(10, 10), b: element(12, 10) }));
    expect(original).toHaveBeenCalledTimes(1);
    expect([...original.mock.calls[0]![0].keys()]).toEqual(['b']);
  });

  it('wraps a store once, however often the canvas renders', () => {
    const { store, original } = fakeStore(lookupOf(internalNode('b', 10, 10)));
    trustGivenSizes(store);
    trustGivenSizes(store);
    store.getState().updateNodeInternals(readings({ b: element(12, 10) }));
    expect(original).toHaveBeenCalledTimes(1);
  });
});
