/**
 * The toolbar's "Presets" button and the gallery dialog it opens. The dialog's code and
 * the preset files load on first open, so neither is in the initial bundle.
 */
import { Suspense, lazy } from 'react';
import { createPortal } from 'react-dom';
import { useT } from '../panels/useT';
import { openPresetGallery, useGalleryOpen } from './galleryState';

const PresetGallery = lazy(() => import('./PresetGallery'));

export function PresetsButton() {
  const t = useT();
  const open = useGalleryOpen();
  return (
    <>
      <button
        type="button"
        className="asp-button"
        data-testid="presets-button"
        title={t('presets.buttonTitle')}
        aria-haspopup="dialog"
        onClick={openPresetGallery}
      >
        {t('presets.button')}
      </button>
      {/* Portal: inside the toolbar the dialog would inherit its colours and stacking. */}
      {open &&
        createPortal(
          <Suspense fallback={null}>
            <PresetGallery />
          </Suspense>,
          document.body,
        )}
    </>
  );
}
