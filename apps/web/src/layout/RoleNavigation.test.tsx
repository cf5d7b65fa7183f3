// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi, ok } from '../testing/fake-api.ts';
import { renderPage } from '../testing/render-page.tsx';
import { RoleNavigation } from './RoleNavigation.tsx';

const coordinator = { role: 'coordinator' } as const;
const mine = '/api/safety/designations/mine';
const navAt = (url: string, path = url, organisationIds: string[] = []) => {
  fakeApi().on(`GET ${mine}`, ok({ organisationIds }));
  return renderPage(() => <RoleNavigation {...coordinator} />, { path, url });
};

describe('the top navigation marks the current section', () => {
  it('marks "Mijn huishoudens" on the households page, not "Home"', async () => {
    navAt('/werkruimte/huishoudens');
    const nav = await screen.findByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Mijn huishoudens' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('keeps the section marked on a page under it (a household dossier)', async () => {
    navAt('/werkruimte/huishoudens/hh-jansen', '/werkruimte/huishoudens/$householdId');
    const nav = await screen.findByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Mijn huishoudens' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(within(nav).getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
  });

  it('marks "Home" on the home itself', async () => {
    navAt('/werkruimte');
    const nav = await screen.findByRole('navigation');
    expect(within(nav).getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Mijn huishoudens' })).not.toHaveAttribute('aria-current');
  });
});

describe('the aandachtsfunctionaris', () => {
  it("finds the organisation's meldcode list in the menu only when designated", async () => {
    navAt('/werkruimte', '/werkruimte', ['org-sociaal-team']);
    const nav = await screen.findByRole('navigation');
    expect(await within(nav).findByRole('link', { name: 'Meldcode organisatie' })).toHaveAttribute(
      'href',
      '/werkruimte/meldcode-organisatie',
    );
  });

  it('does not offer it to a colleague who is not designated', async () => {
    navAt('/werkruimte');
    const nav = await screen.findByRole('navigation');
    await within(nav).findByRole('link', { name: 'Home' });
    expect(within(nav).queryByRole('link', { name: 'Meldcode organisatie' })).not.toBeInTheDocument();
  });
});
