import type { IntakeView } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { SelectOptions } from '../../components/SelectOptions.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { type DomainCode, type IntakeDraft, scoreKey } from './intake-draft.ts';
import { useDomainName } from './use-domain-name.ts';

/** Self-reliance scores 1–5 per household member and life domain, as one table of selects. */
export function IntakeScoresSection({
  view,
  draft,
  setScore,
}: {
  view: IntakeView;
  draft: IntakeDraft;
  setScore: (personId: string, code: DomainCode, value: string) => void;
}) {
  const { t } = useTranslation();
  const domainName = useDomainName(view.domains);
  return (
    <section className="dossier-section intake-scores" aria-labelledby="intake-scores">
      <Heading level={2} id="intake-scores">
        {t('intake.scoresTitle')}
      </Heading>
      <Paragraph>{t('intake.scoresIntro')}</Paragraph>
      <Table caption={t('intake.scoresTitle')} hideCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('intake.memberColumn')}</TableHeaderCell>
            {view.members.map((m) => (
              <TableHeaderCell key={m.personId}>
                {m.firstName} ({m.age})
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {view.domains.map((d) => (
            <TableRow key={d.code}>
              <TableHeaderCell scope="row">{domainName(d.code)}</TableHeaderCell>
              {view.members.map((m) => {
                const value = draft.scores[scoreKey(m.personId, d.code)];
                return (
                  <TableCell key={m.personId}>
                    <select
                      aria-label={t('intake.scoreLabel', {
                        member: m.firstName,
                        domain: domainName(d.code),
                      })}
                      className="utrecht-select utrecht-select--html-select"
                      value={value === undefined ? '' : String(value)}
                      onChange={(e) => setScore(m.personId, d.code, e.target.value)}
                    >
                      <option value="">{t('intake.scoreNone')}</option>
                      <SelectOptions values={[1, 2, 3, 4, 5]} />
                    </select>
                  </TableCell>
                );
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
