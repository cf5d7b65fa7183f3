import { useTranslation } from 'react-i18next';
import { Heading } from '../components/Heading.tsx';
import { Link } from '../components/Link.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1}>{t('notFound.title')}</Heading>
      <Paragraph>{t('notFound.message')}</Paragraph>
      <Paragraph>
        <Link to="/">{t('notFound.home')}</Link>
      </Paragraph>
    </>
  );
}
