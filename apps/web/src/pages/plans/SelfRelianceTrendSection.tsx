import { useQuery } from '@tanstack/react-query';
import { trendQuery } from '../../api/plans-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { TrendChart } from './TrendChart.tsx';

/**
 * The self-reliance trend of a household (intake and evaluations) with its own data loading, for
 * the household dossier: `<SelfRelianceTrendSection householdId={id} members={[{ personId, firstName }]} />`.
 */
export function SelfRelianceTrendSection({
  householdId,
  members,
}: {
  householdId: string;
  members: ReadonlyArray<{ personId: string; firstName: string }>;
}) {
  const trend = useQuery(trendQuery(householdId));
  if (trend.isPending) return <LoadingState />;
  if (trend.isError) return <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />;
  return <TrendChart trend={trend.data} names={new Map(members.map((m) => [m.personId, m.firstName]))} />;
}
