/** The toolbar's "Learn" button and the study path it opens (its code loads on first open). */
import { lazy } from 'react';
import { DialogButton } from '../panels/DialogButton';
import { useT } from '../panels/useT';
import { openLearn, useLearnOpen } from './learnState';

const LearnView = lazy(() => import('./LearnView'));

export function LearnButton() {
  const t = useT();
  const open = useLearnOpen();
  return (
    <DialogButton
      label={t('learn.button')}
      title={t('learn.buttonTitle')}
      testId="learn-button"
      open={open}
      onOpen={openLearn}
    >
      <LearnView />
    </DialogButton>
  );
}
