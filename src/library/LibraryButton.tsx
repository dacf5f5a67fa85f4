/** The toolbar's "My diagrams" button and the dialog it opens (loaded on first open). */
import { lazy } from 'react';
import { DialogButton } from '../panels/DialogButton';
import { useT } from '../panels/useT';
import { openMyDiagrams, useLibrary } from './libraryState';

const MyDiagrams = lazy(() => import('./MyDiagrams'));

export function LibraryButton() {
  const t = useT();
  const open = useLibrary((s) => s.dialogOpen);
  return (
    <DialogButton
      label={t('library.button')}
      title={t('library.buttonTitle')}
      testId="library-button"
      open={open}
      onOpen={openMyDiagrams}
    >
      <MyDiagrams />
    </DialogButton>
  );
}
