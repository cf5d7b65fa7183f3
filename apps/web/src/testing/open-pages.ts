import { ConsentsPage, HouseholdConsentsPage } from '../pages/consent/ConsentsPage.tsx';
import { FuturePlanAdminPage } from '../pages/futurePlan/FuturePlanAdminPage.tsx';
import { renderPage } from './render-page.tsx';

/** Pages that several test files open, each at its real route. */

/** The resident's consents in the portal. */
export const openResidentConsents = () =>
  renderPage(ConsentsPage, { path: '/mijn-plan/toestemmingen', url: '/mijn-plan/toestemmingen' });

/** The coordinator's consents of the Jansen household. */
export const openCoordinatorConsents = () =>
  renderPage(HouseholdConsentsPage, {
    path: '/werkruimte/huishoudens/$householdId/toestemmingen',
    url: '/werkruimte/huishoudens/hh-jansen/toestemmingen',
  });

/** The administrator's toekomstplan settings and topics. */
export const openFuturePlanAdmin = () =>
  renderPage(FuturePlanAdminPage, { path: '/beheer/toekomstplan', url: '/beheer/toekomstplan' });
