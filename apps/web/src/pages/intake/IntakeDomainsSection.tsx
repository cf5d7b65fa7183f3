import type { IntakeView } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { TextAreaField } from '../households/form-fields.tsx';
import type { DomainCode, DomainNotes, IntakeDraft } from './intake-draft.ts';
import { useDomainName } from './use-domain-name.ts';

/** Per life domain: what goes well, the worries and the wishes; filled domains open by default. */
export function IntakeDomainsSection({
  view,
  draft,
  setNotes,
}: {
  view: IntakeView;
  draft: IntakeDraft;
  setNotes: (code: DomainCode, key: keyof DomainNotes, value: string) => void;
}) {
  const { t } = useTranslation();
  const domainName = useDomainName(view.domains);
  return (
    <section className="dossier-section" aria-labelledby="intake-domains">
      <Heading level={2} id="intake-domains">
        {t('intake.domainsTitle')}
      </Heading>
      <Paragraph>{t('intake.domainsIntro')}</Paragraph>
      {view.domains.map((d) => {
        const notes = draft.domains[d.code];
        const filled = Boolean(notes && (notes.goesWell || notes.worries || notes.wishes));
        const name = domainName(d.code);
        return (
          <details key={d.code} className="intake-domain" open={filled || undefined}>
            <summary>
              {name}
              {filled ? ` (${t('intake.filled')})` : ''}
            </summary>
            <div className="intake-domain__fields">
              <TextAreaField
                label={t('intake.domainGoesWell', { domain: name })}
                value={notes?.goesWell ?? ''}
                maxLength={4000}
                onChange={(e) => setNotes(d.code, 'goesWell', e.target.value)}
              />
              <TextAreaField
                label={t('intake.domainWorries', { domain: name })}
                value={notes?.worries ?? ''}
                maxLength={4000}
                onChange={(e) => setNotes(d.code, 'worries', e.target.value)}
              />
              <TextAreaField
                label={t('intake.domainWishes', { domain: name })}
                value={notes?.wishes ?? ''}
                maxLength={4000}
                onChange={(e) => setNotes(d.code, 'wishes', e.target.value)}
              />
            </div>
          </details>
        );
      })}
    </section>
  );
}
