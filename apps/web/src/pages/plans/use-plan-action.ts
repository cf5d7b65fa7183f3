import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

/** Runs one change to a plan: busy state, the error to show, and fresh plan data afterwards. */
export function usePlanAction() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  async function run(fn: () => Promise<unknown>, doneMessage: string | null = null): Promise<boolean> {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await fn();
      setDone(doneMessage);
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['plan'] });
      setBusy(false);
    }
  }
  return { run, busy, error, done, clearError: () => setError(null) };
}

export type PlanAction = ReturnType<typeof usePlanAction>;
