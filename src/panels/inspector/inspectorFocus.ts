/**
 * Selecting from inside the inspector (a connection in a node's list, an end of a
 * connection) replaces the very panel that held the keyboard focus. The panel that
 * takes its place then takes the focus too, on its heading, so that a keyboard user
 * goes on from there instead of being thrown back to the start of the page.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { Selection } from '../../store/editorStore';
import { editorStore } from '../../store/editorStore';

let focusPending = false;

export function selectFromInspector(selection: Selection): void {
  focusPending = true;
  editorStore.getState().select(selection);
}

/** A ref for the panel's heading (give it tabIndex={-1}); focused when the panel shows `key` after selectFromInspector. */
export function useInspectorFocus<T extends HTMLElement>(key: string): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!focusPending) return;
    focusPending = false;
    ref.current?.focus();
  }, [key]);
  return ref;
}
