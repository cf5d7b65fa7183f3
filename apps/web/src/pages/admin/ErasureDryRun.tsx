import type { ErasureRequest } from '@een-plan/contracts';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { runErasureDryRun } from '../../api/retention-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { partText } from './DueDossiers.tsx';

/**
 * "Wat gaat weg?" for one open erasure request: the whole dossier's parts, or what of one person
 * goes and what stays — in words, never table names — and any legal hold that would refuse it.
 */
export function ErasureDryRun({ request }: { request: ErasureRequest }) {
  const { t } = useTranslation();
  const dry = useMutation({ mutationFn: () => runErasureDryRun(request.id) });
  // The person by first name while the request is open ("3 reacties op doelen van Tim").
  const name = request.subjectFirstName ?? t('retention.erasureDry.thisPerson');
  const holdWords = (codes: string[]) =>
    codes.map((h) => t(`retention.hold.${h}`, { defaultValue: h })).join(', ');
  return (
    <div className="retention-erasure-dry">
      <Button type="button" appearance="subtle" busy={dry.isPending} onClick={() => dry.mutate()}>
        {t('retention.erasureDry.show')}
      </Button>
      <div aria-live="polite">
        {dry.isPending && <Paragraph>{t('retention.erasureDry.busy')}</Paragraph>}
        {dry.data && (
          <Alert type={dry.data.legalHolds.length > 0 ? 'warning' : 'info'}>
            <strong>{t('retention.erasureDry.title')}</strong>
            <Paragraph>
              {dry.data.legalHolds.length > 0
                ? t('retention.erasureDry.holds', { holds: holdWords(dry.data.legalHolds) })
                : t('retention.erasureDry.noHolds')}
            </Paragraph>
            <Paragraph>{t('retention.erasureDry.goes')}</Paragraph>
            <ul className="retention-list">
              {dry.data.scope === 'dossier'
                ? dry.data.whatGoes.map((p) => <li key={p.part}>{partText(t, p)}</li>)
                : dry.data.personGoes.map((p) => (
                    <li key={p.part}>{t(`retention.personGoes.${p.part}`, { count: p.count, name })}</li>
                  ))}
            </ul>
            {dry.data.scope === 'person' && dry.data.personGoes.length === 0 && (
              <Paragraph>{t('retention.erasureDry.nothing')}</Paragraph>
            )}
            {dry.data.personStays.length > 0 && (
              <>
                <Paragraph className="retention-dry-stays">{t('retention.erasureDry.stays')}</Paragraph>
                <ul className="retention-list">
                  {dry.data.personStays.map((k) => (
                    <li key={k}>{t(`retention.personStays.${k}`)}</li>
                  ))}
                </ul>
              </>
            )}
          </Alert>
        )}
      </div>
      {dry.isError && <ErrorState error={dry.error} onRetry={() => dry.mutate()} />}
    </div>
  );
}
