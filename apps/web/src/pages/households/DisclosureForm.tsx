import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';

interface SavingMutation {
  mutate: () => void;
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isSuccess: boolean;
}

/**
 * A dossier form folded behind its title button (add a member, change a member, add someone of
 * the network): the fields, then the failure or `done`, then the submit that runs `mutation`.
 */
export function DisclosureForm({
  title,
  mutation,
  submit,
  done,
  children,
}: {
  title: string;
  mutation: SavingMutation;
  submit: string;
  /** Said once the mutation worked. */
  done: string | undefined;
  children: ReactNode;
}) {
  return (
    <details>
      <summary className="utrecht-button utrecht-button--secondary-action">{title}</summary>
      <form
        className="preparation-form"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        {children}
        <div aria-live="polite">
          {mutation.isError && <ErrorState error={mutation.error} />}
          {mutation.isSuccess && done && <Alert type="ok">{done}</Alert>}
        </div>
        <div>
          <Button type="submit" appearance="primary-action" busy={mutation.isPending}>
            {submit}
          </Button>
        </div>
      </form>
    </details>
  );
}

/** A change to the dossier: once it worked, `onSaved` (e.g. empty the form), then the households reload. */
export function useDossierMutation<T>(mutationFn: () => Promise<T>, onSaved?: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async () => {
      onSaved?.();
      await queryClient.invalidateQueries({ queryKey: ['households'] });
    },
  });
}
