import { QueryClientProvider } from '@tanstack/react-query';
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  type RouteComponent,
  RouterProvider,
} from '@tanstack/react-router';
import { cleanup, configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';
import { createQueryClient } from '../api/create-query-client.ts';
import { initI18n } from '../i18n/i18n.ts';

afterEach(cleanup);
initI18n('nl');
// A limit for a hang, not a speed: on two busy cores a first render can take seconds.
configure({ asyncUtilTimeout: 10_000 });
// jsdom has no layout; the router's scroll restoration only needs the call to exist.
window.scrollTo = () => {};

/**
 * Renders one page as the app does: Dutch i18n, the app's query client and a router whose only
 * route has the page's real path, opened at `url`.
 */
export function renderPage(page: RouteComponent, { path, url }: { path: string; url: string }) {
  const queryClient = createQueryClient(() => {});
  const rootRoute = createRootRoute();
  const route = createRoute({ getParentRoute: () => rootRoute, path, component: page });
  const router = createRouter({
    routeTree: rootRoute.addChildren([route]),
    history: createMemoryHistory({ initialEntries: [url] }),
    context: { queryClient },
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { user, router, queryClient, ...view };
}
