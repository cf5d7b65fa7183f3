import type { PolicyAnalystHome } from '@een-plan/contracts';
import { useTranslation } from 'react-i18next';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { HomeSection } from './HomeSection.tsx';

const FIGURES = ['households', 'signals', 'waiting', 'plans', 'assignments'] as const;

/** Figures only: counts per area, small cells suppressed, never a name. */
export function PolicyAnalystHomeView({ home }: { home: PolicyAnalystHome }) {
  const { t } = useTranslation();
  const cell = (n: number | null) =>
    n === null ? t('homes.policyAnalyst.suppressed', { k: home.minimumCell }) : n;
  return (
    <>
      <Paragraph>{t('homes.policyAnalyst.intro', { k: home.minimumCell - 1 })}</Paragraph>
      <HomeSection
        title={t('homes.policyAnalyst.figuresTitle')}
        isEmpty={home.areas.length === 0}
        empty={t('homes.policyAnalyst.empty')}
      >
        <Table caption={t('homes.policyAnalyst.figuresTitle')} hideCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('homes.policyAnalyst.columns.area')}</TableHeaderCell>
              {FIGURES.map((f) => (
                <TableHeaderCell key={f} numeric>
                  {t(`homes.policyAnalyst.columns.${f}`)}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {home.areas.map((a) => (
              <TableRow key={a.areaId}>
                <TableHeaderCell scope="row">{a.areaName}</TableHeaderCell>
                {FIGURES.map((f) => (
                  <TableCell key={f} numeric>
                    {cell(a[f])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row">{t('homes.policyAnalyst.total')}</TableHeaderCell>
              {FIGURES.map((f) => (
                <TableCell key={f} numeric>
                  {cell(home.totals[f])}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      </HomeSection>
    </>
  );
}
