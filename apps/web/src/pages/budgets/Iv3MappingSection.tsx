import type { Iv3Mapping, Iv3TaskField } from '@een-plan/contracts';
import { Iv3TaskField as TaskFields } from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { budgetsApi, iv3MappingQuery } from '../../api/budgets-api.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
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
import { taskFieldName } from './budget-words.ts';

function MappingForm({ mapping }: { mapping: Iv3Mapping }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<Record<string, Iv3TaskField>>(
    Object.fromEntries(mapping.entries.map((e) => [e.productCategory, e.taskField])),
  );
  const save = useMutation({
    mutationFn: () =>
      budgetsApi.saveIv3({
        entries: Object.entries(fields).map(([productCategory, taskField]) => ({
          productCategory,
          taskField,
        })),
      }),
    onSuccess: (saved) => queryClient.setQueryData(iv3MappingQuery.queryKey, saved),
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <form onSubmit={submit} aria-labelledby="iv3-title">
      <div className="budget-table-wrap">
        <Table caption={t('budgets.admin.iv3Title')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('budgets.columns.category')}</TableHeaderCell>
              <TableHeaderCell>{t('budgets.columns.taskField')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {mapping.entries.map((e) => (
              <TableRow key={e.productCategory}>
                <TableHeaderCell scope="row">
                  {t('budgets.category', { code: e.productCategory })}
                  {!e.isDefault && ` (${t('budgets.admin.iv3Own')})`}
                </TableHeaderCell>
                <TableCell>
                  <select
                    className="utrecht-select utrecht-select--html-select"
                    aria-label={`${t('budgets.columns.taskField')} ${t('budgets.category', { code: e.productCategory })}`}
                    value={fields[e.productCategory]}
                    onChange={(ev) =>
                      setFields({ ...fields, [e.productCategory]: ev.target.value as Iv3TaskField })
                    }
                  >
                    <SelectOptions values={TaskFields.options} label={(f) => taskFieldName(f, t)} />
                  </select>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {save.isError && <ErrorState error={save.error} />}
      {save.isSuccess && <Alert type="ok">{t('budgets.admin.iv3Saved')}</Alert>}
      <Button type="submit" appearance="primary-action" busy={save.isPending}>
        {t('budgets.admin.iv3Save')}
      </Button>
    </form>
  );
}

/** The tenant's Iv3 task field per product category (default documented in decision 0017). */
export function Iv3MappingSection() {
  const { t } = useTranslation();
  const query = useQuery(iv3MappingQuery);
  return (
    <section aria-labelledby="iv3-title">
      <Heading level={2} id="iv3-title">
        {t('budgets.admin.iv3Title')}
      </Heading>
      <Paragraph>{t('budgets.admin.iv3Intro')}</Paragraph>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} />}
      {query.data && <MappingForm mapping={query.data} />}
    </section>
  );
}
