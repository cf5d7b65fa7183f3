import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { householdDossierQuery } from '../../api/households-api.ts';
import { householdTracksQuery, safetyApi, safetyKeys } from '../../api/safety-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { ButtonGroup, SelectField } from '../plans/fields.tsx';
import { SafetyConditionsSection } from './SafetyConditionsSection.tsx';
import { TrackCard } from './TrackCard.tsx';
import '../referrals/referrals.css';
import './safety.css';

function OpenTrackForm({ householdId }: { householdId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const dossier = useQuery(householdDossierQuery(householdId));
  const [personId, setPersonId] = useState('');
  const open = useMutation({
    mutationFn: (id: string) => safetyApi.open(householdId, id),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: safetyKeys.all });
      await navigate({ to: '/werkruimte/meldcode/$trackId', params: { trackId: id } });
    },
  });
  if (!dossier.data) return null;
  const members = dossier.data.members;
  // The youngest member (a child) is preselected: the meldcode is most often about a child.
  const selected = personId || (members[members.length - 1]?.personId ?? '');
  function submit(e: FormEvent) {
    e.preventDefault();
    open.mutate(selected);
  }
  return (
    <form onSubmit={submit} className="safety-form" noValidate>
      <SelectField
        label={t('meldcode.openFor')}
        value={selected}
        onChange={(e) => setPersonId(e.target.value)}
      >
        {members.map((m) => (
          <option key={m.personId} value={m.personId}>
            {m.firstName} {m.lastName}
          </option>
        ))}
      </SelectField>
      {open.isError && <ErrorState error={open.error} />}
      <ButtonGroup>
        <Button type="submit" appearance="primary-action" busy={open.isPending}>
          {t('meldcode.open')}
        </Button>
      </ButtonGroup>
    </form>
  );
}

/** The household's meldcode tracks (those the reader may see) and, for its coordinator, a new one. */
export function HouseholdTracksPage() {
  const { t } = useTranslation();
  const { householdId } = useParams({ strict: false }) as { householdId: string };
  const tracks = useQuery(householdTracksQuery(householdId));
  usePageTitle(t('meldcode.title'));
  return (
    <div aria-busy={tracks.isPending}>
      <Heading level={1}>{t('meldcode.title')}</Heading>
      <Paragraph lead>{t('meldcode.householdIntro')}</Paragraph>
      <SafetyConditionsSection householdId={householdId} />
      {tracks.isPending && <LoadingState />}
      {tracks.isError && <ErrorState error={tracks.error} onRetry={() => void tracks.refetch()} />}
      {tracks.data &&
        (tracks.data.items.length === 0 ? (
          <Paragraph>{t('meldcode.empty')}</Paragraph>
        ) : (
          <ul className="safety-timeline">
            {tracks.data.items.map((track) => (
              <TrackCard key={track.id} track={track} />
            ))}
          </ul>
        ))}
      <section className="dossier-section" aria-labelledby="meldcode-open">
        <Heading level={2} id="meldcode-open">
          {t('meldcode.open')}
        </Heading>
        <OpenTrackForm householdId={householdId} />
      </section>
      <Paragraph>
        <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId }}>
          {t('meldcode.back')}
        </Link>
      </Paragraph>
    </div>
  );
}
