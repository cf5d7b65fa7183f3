import { useTranslation } from 'react-i18next';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { RadioGroup } from '../households/form-fields.tsx';
import type { IntakeDraft } from './intake-draft.ts';

const SAFETY_QUESTIONS = ['unsafeAtHome', 'violence', 'childConcern'] as const;

/** The safety screening: three yes/no questions that must be answered to complete the intake. */
export function IntakeSafetySection({
  draft,
  setDraft,
  errorAt,
}: {
  draft: IntakeDraft;
  setDraft: (draft: IntakeDraft) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section className="dossier-section" aria-labelledby="intake-safety">
      <Heading level={2} id="intake-safety">
        {t('intake.safetyTitle')}
      </Heading>
      <Paragraph>{t('intake.safetyIntro')}</Paragraph>
      {SAFETY_QUESTIONS.map((q) => (
        <RadioGroup<'yes' | 'no'>
          key={q}
          legend={t(`intake.safety.${q}`)}
          name={`safety-${q}`}
          value={draft.safety[q] === null ? null : draft.safety[q] ? 'yes' : 'no'}
          error={errorAt(`body.safety.${q}`)}
          onChange={(v) => setDraft({ ...draft, safety: { ...draft.safety, [q]: v === 'yes' } })}
          options={[
            { value: 'yes', label: t('intake.yes') },
            { value: 'no', label: t('intake.no') },
          ]}
        />
      ))}
    </section>
  );
}
