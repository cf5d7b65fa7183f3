import './zod-jitless.ts';
import './styles/theme/brand-tokens.css';
import './styles/theme/component-tokens.css';
import './styles/components.ts';
import './styles/app.css';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/create-query-client.ts';
import { initI18n } from './i18n/i18n.ts';
import { readLanguagePreference } from './i18n/language-preference.ts';
import { createAppRouter } from './router/create-app-router.ts';

initI18n(readLanguagePreference());

const queryClient = createQueryClient(() => {
  void router.navigate({ to: '/inloggen' });
});
const router = createAppRouter(queryClient);

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html lacks the #root element');

createRoot(rootElement).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
