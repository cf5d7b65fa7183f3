import {
  contrastRatio,
  type SaveThemeRequest,
  type TenantTheme,
  THEME_COLOR_TOKENS,
  THEME_CONTRAST_PAIRS,
  THEME_FONT_TOKEN,
  THEME_LOGO_MAX_BYTES,
  THEME_LOGO_TYPES,
  type ThemeTokens,
  WCAG_AA_TEXT_CONTRAST,
} from '@een-plan/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.ts';
import { resetTheme, saveTheme, themeQuery } from '../../api/theme-api.ts';
import { useSession } from '../../auth/use-session.ts';
import { Alert } from '../../components/Alert.tsx';
import { Button } from '../../components/Button.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { Heading } from '../../components/Heading.tsx';
import { LoadingState } from '../../components/LoadingState.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '../../components/Table.tsx';
import { UnorderedList, UnorderedListItem } from '../../components/UnorderedList.tsx';
import { useLanguage } from '../../i18n/use-language.ts';
import { usePageTitle } from '../../layout/use-page-title.ts';
import { colourAsHex, defaultTokenValue } from '../../theme/apply-theme.ts';
import { TextField } from '../referrals/fields.tsx';
import './theme-admin.css';

/** The form starts from the tenant's saved tokens, or from the default theme's values. */
function startingTokens(theme: TenantTheme): ThemeTokens {
  const colours = THEME_COLOR_TOKENS.map((token) => [
    token,
    theme.tokens[token] ?? colourAsHex(defaultTokenValue(token)),
  ]);
  const font = theme.tokens[THEME_FONT_TOKEN] ?? defaultTokenValue(THEME_FONT_TOKEN);
  return { ...Object.fromEntries(colours), [THEME_FONT_TOKEN]: font } as ThemeTokens;
}

function readAsDataUri(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

function ColourField({
  token,
  value,
  onChange,
}: {
  token: (typeof THEME_COLOR_TOKENS)[number];
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const label = t(`themeAdmin.token.${token}`);
  return (
    <div className="utrecht-form-field theme-colour-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        type="color"
        aria-label={t('themeAdmin.pick', { label })}
        className="theme-colour-field__input"
        value={isHexColour(value) ? value : '#000000'}
        onChange={(event) => onChange(event.target.value)}
      />
      {/* Typing the code works for everyone, also where a colour picker is hard to use. */}
      <input
        id={id}
        type="text"
        className="utrecht-textbox utrecht-textbox--html-input theme-colour-field__value"
        value={value}
        pattern="#[0-9a-fA-F]{6}"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value.trim())}
      />
    </div>
  );
}

const isHexColour = (value: string) => /^#[0-9a-fA-F]{6}$/.test(value);

function ContrastTable({ tokens }: { tokens: ThemeTokens }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <Table caption={t('themeAdmin.contrast')}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('themeAdmin.pair')}</TableHeaderCell>
          <TableHeaderCell>{t('themeAdmin.ratio')}</TableHeaderCell>
          <TableHeaderCell>{t('themeAdmin.verdict')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {THEME_CONTRAST_PAIRS.map((pair) => {
          const complete = isHexColour(tokens[pair.text]) && isHexColour(tokens[pair.background]);
          const ratio = complete ? contrastRatio(tokens[pair.text], tokens[pair.background]) : 1;
          const readable = ratio >= WCAG_AA_TEXT_CONTRAST;
          return (
            <TableRow key={`${pair.text} ${pair.background}`}>
              <TableCell>{pair.name[language]}</TableCell>
              <TableCell>
                {complete ? `${ratio.toLocaleString(language, { maximumFractionDigits: 1 })} : 1` : '–'}
              </TableCell>
              <TableCell>{readable ? t('themeAdmin.pass') : t('themeAdmin.fail')}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function ThemeEditor({ theme }: { theme: TenantTheme }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const queryClient = useQueryClient();
  const session = useSession();
  const [name, setName] = useState(theme.name);
  const [logo, setLogo] = useState(theme.logo);
  const [logoError, setLogoError] = useState<string>();
  const [tokens, setTokens] = useState(() => startingTokens(theme));
  const logoId = useId();
  const queryKey = themeQuery(session?.user.tenantId).queryKey;
  const onSaved = (saved: TenantTheme) => queryClient.setQueryData(queryKey, saved);
  const save = useMutation({
    mutationFn: (input: SaveThemeRequest) => saveTheme(input),
    onSuccess: onSaved,
  });
  const reset = useMutation({
    mutationFn: resetTheme,
    onSuccess: (saved: TenantTheme) => {
      onSaved(saved);
      setName(saved.name);
      setLogo(saved.logo);
      setTokens(startingTokens(saved));
    },
  });

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setLogoError(undefined);
    if (!file) return;
    if (!(THEME_LOGO_TYPES as readonly string[]).includes(file.type))
      return setLogoError(t('themeAdmin.logoWrongType'));
    if (file.size > THEME_LOGO_MAX_BYTES) return setLogoError(t('themeAdmin.logoTooBig'));
    setLogo(await readAsDataUri(file));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.reset();
    save.mutate({ name, logo, tokens });
  };
  const fieldErrors = save.error instanceof ApiError ? (save.error.problem?.errors ?? []) : [];

  return (
    <form className="theme-editor" onSubmit={submit}>
      {!theme.custom && <Alert type="info">{t('themeAdmin.usesDefault')}</Alert>}
      <TextField
        label={t('themeAdmin.name')}
        hint={t('themeAdmin.nameHint')}
        value={name}
        onChange={setName}
        required
      />
      <div className={`utrecht-form-field${logoError ? ' utrecht-form-field--invalid' : ''}`}>
        <label className="utrecht-form-label" htmlFor={logoId}>
          {t('themeAdmin.logo')}
        </label>
        <div id={`${logoId}-hint`} className="utrecht-form-field-description">
          {t('themeAdmin.logoHint')}
        </div>
        {logoError && (
          <div id={`${logoId}-error`} className="utrecht-form-field-error-message">
            {logoError}
          </div>
        )}
        <input
          id={logoId}
          type="file"
          accept={THEME_LOGO_TYPES.join(',')}
          aria-describedby={`${logoId}-hint${logoError ? ` ${logoId}-error` : ''}`}
          aria-invalid={logoError ? true : undefined}
          onChange={chooseLogo}
        />
      </div>
      {logo && (
        <div className="theme-editor__logo">
          <img src={logo} alt={t('themeAdmin.logoPreview')} />
          <Button appearance="subtle" onClick={() => setLogo(null)}>
            {t('themeAdmin.removeLogo')}
          </Button>
        </div>
      )}
      <fieldset className="utrecht-form-fieldset">
        <legend className="utrecht-form-fieldset__legend">{t('themeAdmin.colours')}</legend>
        <div className="theme-editor__colours">
          {THEME_COLOR_TOKENS.map((token) => (
            <ColourField
              key={token}
              token={token}
              value={tokens[token]}
              onChange={(value) => setTokens((current) => ({ ...current, [token]: value }))}
            />
          ))}
        </div>
      </fieldset>
      <TextField
        label={t('themeAdmin.font')}
        hint={t('themeAdmin.fontHint')}
        value={tokens[THEME_FONT_TOKEN]}
        onChange={(value) => setTokens((current) => ({ ...current, [THEME_FONT_TOKEN]: value }))}
        required
      />
      <ContrastTable tokens={tokens} />
      {save.isError && (
        <Alert type="error">
          <Paragraph>{save.error instanceof ApiError && save.error.problem?.message[language]}</Paragraph>
          {fieldErrors.length > 0 && (
            <UnorderedList>
              {fieldErrors.map((e) => (
                <UnorderedListItem key={e.path}>{e.message[language]}</UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </Alert>
      )}
      {save.isSuccess && <Alert type="ok">{t('themeAdmin.saved')}</Alert>}
      {reset.isSuccess && <Alert type="ok">{t('themeAdmin.wasReset')}</Alert>}
      {reset.isError && <ErrorState error={reset.error} />}
      <div className="theme-editor__actions">
        <Button type="submit" appearance="primary-action" busy={save.isPending}>
          {t('themeAdmin.save')}
        </Button>
        {theme.custom && (
          <Button
            appearance="secondary-action"
            busy={reset.isPending}
            onClick={() => {
              save.reset();
              reset.mutate();
            }}
          >
            {t('themeAdmin.reset')}
          </Button>
        )}
      </div>
    </form>
  );
}

export function ThemeAdminPage() {
  const { t } = useTranslation();
  usePageTitle(t('themeAdmin.title'));
  const session = useSession();
  const theme = useQuery(themeQuery(session?.user.tenantId));
  return (
    <>
      <Heading level={1}>{t('themeAdmin.title')}</Heading>
      <Paragraph>{t('themeAdmin.intro')}</Paragraph>
      {theme.isPending && <LoadingState />}
      {theme.isError && <ErrorState error={theme.error} onRetry={() => void theme.refetch()} />}
      {theme.data && <ThemeEditor theme={theme.data} />}
    </>
  );
}
