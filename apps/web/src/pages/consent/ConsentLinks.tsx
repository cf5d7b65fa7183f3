import { Link } from '../../components/Link.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { useConsentText } from './use-consent-text.ts';

/** The portal home's links to "Wie mag wat zien" and "Wie heeft mijn gegevens bekeken". */
export function ConsentLinks() {
  const t = useConsentText();
  return (
    <>
      <Paragraph>
        <Link to="/mijn-plan/toestemmingen">{t('consent.title')}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/mijn-plan/wie-heeft-gekeken">{t('consent.logLink')}</Link>
      </Paragraph>
    </>
  );
}
