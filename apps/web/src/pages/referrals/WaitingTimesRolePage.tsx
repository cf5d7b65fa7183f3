import { useSession } from '../../auth/use-session.ts';
import { AnalystWaitingTimesPage } from '../outcomes/OutcomesPage.tsx';
import { WaitingTimesPage } from './WaitingTimesPage.tsx';

/** /wachttijden: the team's own signals, or — for the policy analyst — figures per area only. */
export function WaitingTimesRolePage() {
  const session = useSession();
  return session?.user.role === 'policy_analyst' ? <AnalystWaitingTimesPage /> : <WaitingTimesPage />;
}
