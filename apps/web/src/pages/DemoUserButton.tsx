import type { DemoUser } from '@een-plan/contracts';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button.tsx';
import { Paragraph } from '../components/Paragraph.tsx';

interface DemoUserButtonProps {
  user: DemoUser;
  busy: boolean;
  disabled: boolean;
  onLogin: (userId: string) => void;
}

export function DemoUserButton({ user, busy, disabled, onLogin }: DemoUserButtonProps) {
  const { t } = useTranslation();
  const descriptionId = useId();
  return (
    <li className="demo-user">
      <Button
        appearance="secondary-action"
        busy={busy}
        disabled={disabled}
        aria-describedby={descriptionId}
        onClick={() => onLogin(user.id)}
      >
        {t('login.demoLoginAs', { name: user.displayName })}
      </Button>
      <div id={descriptionId} className="demo-user__description">
        {user.organisationName && (
          <Paragraph small>{t('login.demoOrganisation', { organisation: user.organisationName })}</Paragraph>
        )}
        <Paragraph small>{user.description}</Paragraph>
      </div>
    </li>
  );
}
