/** The built-in preset catalog for a component: loading, failed or ready (the gallery, the study path). */
import { useEffect, useState } from 'react';
import type { PresetCatalog } from './catalog';
import { loadPresetCatalog } from './catalog';

export type LoadedCatalog =
  | { state: 'loading' }
  | { state: 'failed'; reason: string }
  | { state: 'ready'; catalog: PresetCatalog };

export function usePresetCatalog(): LoadedCatalog {
  const [loaded, setLoaded] = useState<LoadedCatalog>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    loadPresetCatalog().then(
      (catalog) => live && setLoaded({ state: 'ready', catalog }),
      (err: unknown) =>
        live &&
        setLoaded({ state: 'failed', reason: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return loaded;
}
