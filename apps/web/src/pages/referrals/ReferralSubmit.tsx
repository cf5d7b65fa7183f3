import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';

/**
 * The end of a signal form (filing a signal, deciding on one): the failure if sending failed, then
 * the submit button, which says it is busy and cannot be pressed twice while the request runs.
 */
export function ReferralSubmit({
  mutation,
  label,
  busyLabel,
}: {
  mutation: { isError: boolean; error: unknown; isPending: boolean };
  label: string;
  busyLabel: string;
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
      </div>
    </>
  );
}
