import { useTranslation } from 'react-i18next';
import { Paragraph } from './Paragraph.tsx';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div aria-busy="true">
      <Paragraph role="status">{t('status.loading')}</Paragraph>
    </div>
  );
}
