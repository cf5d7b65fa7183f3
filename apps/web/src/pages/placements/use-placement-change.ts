import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { placementKeys } from '../../api/placements-api.ts';

/**
 * A form's change to places or reservations: `busy` while it runs, its `error` (cleared on the next
 * try), and every placement list fetched again once it succeeded.
 */
export function usePlacementChange() {
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function run(change: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await change();
      await queryClient.invalidateQueries({ queryKey: placementKeys.all });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, run };
}
