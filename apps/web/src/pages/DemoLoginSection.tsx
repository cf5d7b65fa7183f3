import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { demoUsersQuery } from '../api/queries.ts';
import { useDemoLogin } from '../auth/use-demo-login.ts';
import { ErrorState } from '../components/ErrorState.tsx';
import { Heading } from '../components/Heading.tsx';
import { LoadingState } from '../components/LoadingState.tsx';
import { Paragraph } from '../components/Paragraph.tsx';
import { DemoUserButton } from './DemoUserButton.tsx';
import { groupDemoUsersByRole } from './demo-user-groups.ts';

export function DemoLoginSection() {
  const { t } = useTranslation();
  const headingId = useId();
  const demoUsers = useQuery(demoUsersQuery);
  const login = useDemoLogin();

  return (
    <section aria-labelledby={headingId} className="demo-login">
      <Heading level={2} id={headingId}>
        {t('login.demoTitle')}
      </Heading>
      <Paragraph>{t('login.demoIntro')}</Paragraph>
      {login.isError && <ErrorState error={login.error} />}
      {demoUsers.isPending && <LoadingState />}
      {demoUsers.isError && <ErrorState error={demoUsers.error} onRetry={() => void demoUsers.refetch()} />}
      {demoUsers.isSuccess && demoUsers.data.length === 0 && <Paragraph>{t('login.demoEmpty')}</Paragraph>}
      {demoUsers.isSuccess &&
        groupDemoUsersByRole(demoUsers.data).map((group) => (
          <div key={group.role} className="demo-login__group">
            <Heading level={3}>{t(`roles.${group.role}`)}</Heading>
            <ul className="demo-login__users">
              {group.users.map((user) => (
                <DemoUserButton
                  key={user.id}
                  user={user}
                  busy={login.isPending && login.variables === user.id}
                  disabled={login.isPending}
                  onLogin={(userId) => login.mutate(userId)}
                />
              ))}
            </ul>
          </div>
        ))}
    </section>
  );
}
