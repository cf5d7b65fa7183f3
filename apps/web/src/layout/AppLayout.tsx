import { Outlet } from '@tanstack/react-router';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/use-session.ts';
import { PageBody, PageLayout } from '../components/Page.tsx';
import { SkipLink } from '../components/SkipLink.tsx';
import { RoleNavigation } from './RoleNavigation.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { useFocusMainOnNavigate } from './use-focus-main-on-navigate.ts';

export function AppLayout() {
  const { t } = useTranslation();
  const session = useSession();
  const main = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(main);
  return (
    <PageLayout>
      <SkipLink href="#main">{t('skipLink')}</SkipLink>
      <SiteHeader />
      {session && <RoleNavigation role={session.user.role} />}
      <PageBody id="main" tabIndex={-1} ref={main} className="site-main">
        <Outlet />
      </PageBody>
      <SiteFooter />
    </PageLayout>
  );
}
