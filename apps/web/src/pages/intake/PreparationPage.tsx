import type { NetworkRelation, PortalPreparationView, Preparation } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { portalPreparationQuery, savePreparation, suggestNetworkMember } from '../../api/households-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { TextAreaField, TextField } from '../households/form-fields.tsx';
import { RelationSelectField } from '../households/RelationSelectField.tsx';
import '../households/households.css';

type Texts = Pick<Preparation, 'goesWell' | 'worries' | 'wishes'>;
const KEYS = ['goesWell', 'worries', 'wishes'] as const;

function PreparationForm({ preparation }: { preparation: Preparation }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [texts, setTexts] = useState<Texts>({
    goesWell: preparation.goesWell,
    worries: preparation.worries,
    wishes: preparation.wishes,
  });
  const [version, setVersion] = useState(preparation.version);
  const [conflict, setConflict] = useState<{ mine: Texts; version: number } | null>(null);
  const save = useMutation({
    mutationFn: (v: number) => savePreparation({ version: v, ...texts }),
    onSuccess: (saved) => {
      setVersion(saved.version);
      setConflict(null);
      queryClient.setQueryData<PortalPreparationView>(portalPreparationQuery.queryKey, (old) =>
        old ? { ...old, preparation: saved } : old,
      );
    },
    onError: async (error) => {
      if (error instanceof ApiError && error.problem?.code === 'version_conflict') {
        const fresh = await queryClient.fetchQuery({ ...portalPreparationQuery, staleTime: 0 });
        setConflict({ mine: texts, version: fresh.preparation.version });
        setTexts({
          goesWell: fresh.preparation.goesWell,
          worries: fresh.preparation.worries,
          wishes: fresh.preparation.wishes,
        });
        setVersion(fresh.preparation.version);
      }
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(version);
  }
  return (
    <form className="preparation-form" onSubmit={submit} noValidate>
      {KEYS.map((k) => (
        <TextAreaField
          key={k}
          label={t(`preparation.${k}`)}
          hint={t(`preparation.${k}Hint`)}
          value={texts[k]}
          maxLength={4000}
          rows={5}
          onChange={(e) => setTexts({ ...texts, [k]: e.target.value })}
        />
      ))}
      <div aria-live="polite">
        {conflict && (
          <Alert type="warning">
            <Paragraph>{t('preparation.conflict')}</Paragraph>
            <Heading level={3}>{t('preparation.yourText')}</Heading>
            {KEYS.map((k) => (
              <Paragraph key={k} className="preparation-prewrap">
                <strong>{t(`preparation.${k}`)}</strong> {conflict.mine[k] || '–'}
              </Paragraph>
            ))}
            <Button
              onClick={() => {
                setTexts(conflict.mine);
                setConflict(null);
                save.reset();
              }}
            >
              {t('preparation.useMine')}
            </Button>
          </Alert>
        )}
        {save.isError &&
          !conflict &&
          !(save.error instanceof ApiError && save.error.code === 'version_conflict') && (
            <ErrorState error={save.error} />
          )}
        {save.isSuccess && <Alert type="ok">{t('preparation.saved')}</Alert>}
      </div>
      <div>
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {save.isPending ? t('preparation.saving') : t('preparation.save')}
        </Button>
      </div>
    </form>
  );
}

function HelpersSection({ view }: { view: PortalPreparationView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const empty = { name: '', relation: 'grandparent' as NetworkRelation, phone: '', helpNote: '' };
  const [form, setForm] = useState(empty);
  const suggest = useMutation({
    mutationFn: () =>
      suggestNetworkMember({
        name: form.name,
        relation: form.relation,
        phone: form.phone || null,
        helpNote: form.helpNote || null,
      }),
    onSuccess: async () => {
      setForm(empty);
      await queryClient.invalidateQueries({ queryKey: portalPreparationQuery.queryKey });
    },
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    suggest.mutate();
  }
  return (
    <section aria-labelledby="preparation-helpers">
      <Heading level={2} id="preparation-helpers">
        {t('preparation.helpersTitle')}
      </Heading>
      <Paragraph>{t('preparation.helpersIntro')}</Paragraph>
      {view.suggestions.length === 0 ? (
        <Paragraph>{t('preparation.helpersEmpty')}</Paragraph>
      ) : (
        <UnorderedList>
          {view.suggestions.map((s) => (
            <UnorderedListItem key={s.id}>
              {s.name} ({t(`dossier.relations.${s.relation}`)}): {t(`preparation.helperStatus.${s.status}`)}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      <form className="preparation-form" onSubmit={submit} noValidate>
        <TextField
          label={t('preparation.helperName')}
          value={form.name}
          required
          autoComplete="off"
          onChange={(e) => setForm({ ...form, name: e.target.value })}
        />
        <RelationSelectField
          label={t('preparation.helperRelation')}
          value={form.relation}
          onChange={(relation) => setForm({ ...form, relation })}
        />
        <TextField
          label={t('preparation.helperPhone')}
          type="tel"
          value={form.phone}
          onChange={(e) => setForm({ ...form, phone: e.target.value })}
        />
        <TextAreaField
          label={t('preparation.helperNote')}
          value={form.helpNote}
          maxLength={1000}
          rows={3}
          onChange={(e) => setForm({ ...form, helpNote: e.target.value })}
        />
        <div aria-live="polite">
          {suggest.isError && <ErrorState error={suggest.error} />}
          {suggest.isSuccess && (
            <Alert type="ok">{t('preparation.helperAdded', { name: suggest.data.name })}</Alert>
          )}
        </div>
        <div>
          <Button type="submit" busy={suggest.isPending}>
            {t('preparation.addHelper')}
          </Button>
        </div>
      </form>
    </section>
  );
}

export function PreparationPage() {
  const { t } = useTranslation();
  usePageTitle(t('preparation.title'));
  const view = useQuery(portalPreparationQuery);
  return (
    <div aria-busy={view.isPending}>
      <Paragraph>
        <Link to="/mijn-plan">{t('preparation.back')}</Link>
      </Paragraph>
      <Heading level={1}>{t('preparation.title')}</Heading>
      <Paragraph lead>{t('preparation.intro')}</Paragraph>
      {view.isPending && <LoadingState />}
      {view.isError && <ErrorState error={view.error} onRetry={() => void view.refetch()} />}
      {view.isSuccess && (
        <>
          <PreparationForm preparation={view.data.preparation} />
          <HelpersSection view={view.data} />
        </>
      )}
    </div>
  );
}
