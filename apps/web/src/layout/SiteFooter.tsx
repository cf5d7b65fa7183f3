import { useTranslation } from 'react-i18next';
import { Heading } from '../components/Heading.tsx';
import { PageFooter } from '../components/Page.tsx';
import { Paragraph } from '../components/Paragraph.tsx';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <PageFooter>
      <Heading level={2}>{t('app.name')}</Heading>
      <Paragraph>{t('footer.about')}</Paragraph>
      <Paragraph>{t('footer.accessibility')}</Paragraph>
    </PageFooter>
  );
}
