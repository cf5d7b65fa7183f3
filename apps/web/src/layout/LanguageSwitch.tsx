import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button.tsx';
import { changeLanguage } from '../i18n/i18n.ts';
import { supportedLanguages } from '../i18n/language-preference.ts';
import { useLanguage } from '../i18n/use-language.ts';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.groupLabel')}</legend>
      {supportedLanguages.map((language) => (
        <Button
          key={language}
          appearance="subtle"
          lang={language}
          pressed={language === current}
          onClick={() => void changeLanguage(language)}
        >
          {/* The name says the language in full; the visible code is part of it (WCAG 2.5.3). */}
          <span className="visually-hidden">{t(`language.${language}`)} </span>
          <span aria-hidden="true">{language.toUpperCase()}</span>
        </Button>
      ))}
    </fieldset>
  );
}
