import type { ReactNode } from 'react';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';

/**
 * The end of a signal form (filing a signal, deciding on one, an offer of the social map): the
 * failure if sending failed, then the submit button, which says it is busy and cannot be pressed
 * twice while the request runs, and the form's other buttons (`children`).
 */
export function ReferralSubmit({
  mutation,
  label,
  busyLabel = label,
  children,
}: {
  mutation: { isError: boolean; error: unknown; isPending: boolean };
  label: string;
  busyLabel?: string;
  children?: ReactNode;
}) {
  return (
    <>
      {mutation.isError && <ErrorState error={mutation.error} />}
      <div className="referral-actions">
        <Button
          type="submit"
          appearance="primary-action"
          busy={mutation.isPending}
          disabled={mutation.isPending}
        >
          {mutation.isPending ? busyLabel : label}
        </Button>
        {children}
      </div>
    </>
  );
}
