import type { CaseloadItem, HouseholdSearchRequest, HouseholdSearchResponse } from '@een-plan/contracts';
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { type ComponentProps, type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseloadPagesQuery, searchHouseholds } from '../../api/households-api.ts';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { Link } from '../../components/Link.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { LoadMore } from '../../components/LoadMore.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { formatDate } from '../../i18n/dates.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { caseStatusBadge, caseStatusLabel } from '../case-status.ts';
import { RadioGroup, TextField } from './form-fields.tsx';
import './households.css';

type Kind = HouseholdSearchRequest['kind'];

export { formatDate };

export function HouseholdFlags({ safety, comingOfAge }: { safety?: boolean; comingOfAge?: boolean }) {
  const { t } = useTranslation();
  if (!safety && !comingOfAge) return <>{t('households.noFlags')}</>;
  return (
    <span className="households-flags">
      {safety && <StatusBadge status="warning">{t('households.flagSafety')}</StatusBadge>}
      {comingOfAge && <StatusBadge status="active">{t('households.flagComingOfAge')}</StatusBadge>}
    </span>
  );
}

function CaseloadRows({ items }: { items: CaseloadItem[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table caption={t('households.caseloadTitle')} hideCaption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('households.columns.household')}</TableHeaderCell>
          <TableHeaderCell>{t('households.columns.area')}</TableHeaderCell>
          <TableHeaderCell numeric>{t('households.columns.members')}</TableHeaderCell>
          <TableHeaderCell>{t('households.columns.status')}</TableHeaderCell>
          <TableHeaderCell>{t('households.columns.nextEvaluation')}</TableHeaderCell>
          <TableHeaderCell numeric>{t('households.columns.openActions')}</TableHeaderCell>
          <TableHeaderCell>{t('households.columns.flags')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.map((h) => (
          <TableRow key={h.householdId}>
            <HouseholdNameCell household={h} />
            <TableCell>{h.areaName ?? t('households.noArea')}</TableCell>
            <TableCell numeric>{h.memberCount}</TableCell>
            <TableCell>
              <StatusBadge status={caseStatusBadge(h.status)}>{caseStatusLabel(h.status, t)}</StatusBadge>
            </TableCell>
            <TableCell>
              {h.nextEvaluationDate
                ? formatDate(h.nextEvaluationDate, i18n.language)
                : t('households.unknown')}
            </TableCell>
            <TableCell numeric>{h.openActionCount ?? t('households.unknown')}</TableCell>
            <TableCell>
              <HouseholdFlags safety={h.safetyFlag} comingOfAge={h.comingOfAge} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function SearchResults({ result }: { result: HouseholdSearchResponse }) {
  const { t, i18n } = useTranslation();
  if (result.items.length === 0)
    return <Paragraph role="status">{t('households.search.noResults')}</Paragraph>;
  return (
    <>
      {result.limited && <Paragraph>{t('households.search.limited')}</Paragraph>}
      <Table caption={t('households.search.results')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t('households.columns.household')}</TableHeaderCell>
            <TableHeaderCell>{t('households.search.address')}</TableHeaderCell>
            <TableHeaderCell>{t('households.search.coordinator')}</TableHeaderCell>
            <TableHeaderCell>{t('households.search.matched')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {result.items.map((h) => (
            <TableRow key={h.householdId}>
              <HouseholdNameCell household={h} />
              <TableCell>
                {h.street} {h.houseNumber}, {h.postcode} {h.city}
              </TableCell>
              <TableCell>{h.coordinatorName ?? '–'}</TableCell>
              <TableCell>
                {h.matchedMembers
                  .map((m) => `${m.firstName} ${m.lastName} (${formatDate(m.birthDate, i18n.language)})`)
                  .join(', ') || '–'}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </>
  );
}

function HouseholdSearch() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('name');
  const [fields, setFields] = useState({ name: '', birthDate: '', postcode: '', houseNumber: '', bsn: '' });
  const search = useMutation({ mutationFn: searchHouseholds });
  const set = (key: keyof typeof fields) => (e: { target: { value: string } }) =>
    setFields((f) => ({ ...f, [key]: e.target.value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const request: HouseholdSearchRequest =
      kind === 'name'
        ? { kind, name: fields.name }
        : kind === 'birthDate'
          ? { kind, birthDate: fields.birthDate }
          : kind === 'address'
            ? { kind, postcode: fields.postcode, houseNumber: fields.houseNumber }
            : { kind, bsn: fields.bsn.replace(/\s/g, '') };
    search.mutate(request);
  }

  /** One criterion field: its label, value and change handler all follow from its name. */
  const criterion = (key: keyof typeof fields, props: Partial<ComponentProps<typeof TextField>> = {}) => (
    <TextField label={t(`households.search.${key}`)} value={fields[key]} onChange={set(key)} {...props} />
  );

  return (
    <section aria-labelledby="households-search-title">
      <Heading level={2} id="households-search-title">
        {t('households.search.title')}
      </Heading>
      <form className="households-search" onSubmit={submit} noValidate>
        <RadioGroup<Kind>
          legend={t('households.search.kindLegend')}
          name="search-kind"
          value={kind}
          onChange={setKind}
          options={(['name', 'birthDate', 'address', 'bsn'] as const).map((k) => ({
            value: k,
            label: t(`households.search.kind.${k}`),
          }))}
        />
        <div className="households-search__criteria">
          {kind === 'name' && criterion('name')}
          {kind === 'birthDate' && criterion('birthDate', { type: 'date' })}
          {kind === 'address' && (
            <>
              {criterion('postcode', { autoComplete: 'off', size: 8 })}
              {criterion('houseNumber', { size: 6 })}
            </>
          )}
          {kind === 'bsn' && criterion('bsn', { inputMode: 'numeric', autoComplete: 'off', size: 11 })}
        </div>
        <div>
          <Button type="submit" appearance="primary-action" busy={search.isPending}>
            {search.isPending ? t('households.search.searching') : t('households.search.submit')}
          </Button>
        </div>
      </form>
      <div aria-live="polite">
        {search.isError && <ErrorState error={search.error} />}
        {search.isSuccess && <SearchResults result={search.data} />}
      </div>
    </section>
  );
}

export function HouseholdsPage() {
  const { t } = useTranslation();
  usePageTitle(t('households.title'));
  const caseload = useInfiniteQuery(caseloadPagesQuery);

  return (
    <div aria-busy={caseload.isPending}>
      <Heading level={1}>{t('households.title')}</Heading>
      <Paragraph lead>{t('households.intro')}</Paragraph>
      <section aria-labelledby="households-caseload-title">
        <Heading level={2} id="households-caseload-title">
          {t('households.caseloadTitle')}
        </Heading>
        {caseload.isPending && <LoadingState />}
        {caseload.isError && <ErrorState error={caseload.error} onRetry={() => void caseload.refetch()} />}
        {caseload.isSuccess &&
          (caseload.data.pages[0]?.items.length === 0 ? (
            <Paragraph>{t('households.empty')}</Paragraph>
          ) : (
            <>
              <CaseloadRows items={caseload.data.pages.flatMap((p) => p.items)} />
              <LoadMore
                hasMore={caseload.hasNextPage}
                loading={caseload.isFetchingNextPage}
                onLoad={() => void caseload.fetchNextPage()}
                label={t('households.loadMore')}
              />
            </>
          ))}
      </section>
      <HouseholdSearch />
    </div>
  );
}

/** A row's household, by name, linking to its dossier. */
function HouseholdNameCell({ household }: { household: { householdId: string; name: string } }) {
  return (
    <TableHeaderCell scope="row">
      <Link to="/werkruimte/huishoudens/$householdId" params={{ householdId: household.householdId }}>
        {household.name}
      </Link>
    </TableHeaderCell>
  );
}
