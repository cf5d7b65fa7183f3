import { useQuery } from '@tanstack/react-query';
import { sharedHouseholdsQuery } from '../../api/consent-api.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { useConsentText } from './use-consent-text.ts';

/** Households a provider, school or Veilig Thuis may see through consent (or break-glass). */
export function SharedHouseholdsPage() {
  const t = useConsentText();
  usePageTitle(t('shared.title'));
  const query = useQuery(sharedHouseholdsQuery);
  return (
    <>
      <Heading level={1}>{t('shared.title')}</Heading>
      <Paragraph lead>{t('shared.intro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
      {query.data &&
        (query.data.items.length === 0 ? (
          <Paragraph>{t('shared.empty')}</Paragraph>
        ) : (
          <UnorderedList>
            {query.data.items.map((h) => (
              <UnorderedListItem key={h.id}>
                <Link to="/werkruimte/gedeeld/$householdId" params={{ householdId: h.id }}>
                  {h.name}
                </Link>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        ))}
    </>
  );
}
