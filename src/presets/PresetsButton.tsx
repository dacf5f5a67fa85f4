/**
 * The toolbar's "Presets" button and the gallery dialog it opens. The dialog's code and
 * the preset files load on first open, so neither is in the initial bundle.
 */
import { lazy } from 'react';
import { DialogButton } from '../panels/DialogButton';
import { useT } from '../panels/useT';
import { openPresetGallery, useGalleryOpen } from './galleryState';

const PresetGallery = lazy(() => import('./PresetGallery'));

export function PresetsButton() {
  const t = useT();
  const open = useGalleryOpen();
  return (
    <DialogButton
      label={t('presets.button')}
      title={t('presets.buttonTitle')}
      testId="presets-button"
      open={open}
      onOpen={openPresetGallery}
    >
      <PresetGallery />
    </DialogButton>
  );
}
