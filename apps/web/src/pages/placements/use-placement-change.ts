import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { placementKeys } from '../../api/placements-api.ts';

/**
 * A change to places or reservations (a form, a button): `busy` while it runs, its `error` (cleared on
 * the next try), and every placement list fetched again after it, also after a refusal, which often
 * means the list was out of date.
 */
export function usePlacementChange() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run(change: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await change();
    } catch (e) {
      setError(e);
    } finally {
      await queryClient.invalidateQueries({ queryKey: placementKeys.all });
      setBusy(false);
    }
  }
  return { busy, error, run };
}
