/**
 * Records the open challenge into the learner's progress: the hints in use (the most
 * seen) and, once the challenge bar finds it solved, the solve with the hints used then.
 */
import { useEffect } from 'react';
import { useChallenge } from '../store/challenge';
import { progressStore } from './progress';

export function useRecordChallenge(presetId: string, solved: boolean): void {
  const hints = useChallenge((s) => s.hints);
  useEffect(() => {
    if (hints > 0) progressStore.getState().noteHint(presetId, hints);
  }, [presetId, hints]);
  useEffect(() => {
    if (solved) progressStore.getState().markSolved(presetId, hints);
  }, [presetId, solved, hints]);
}
