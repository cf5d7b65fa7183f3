import { describe, expect, it } from 'vitest';
import { crisisRoutes } from './crisis-routes.ts';
import { futurePlanRoutes } from './future-plan-routes.ts';
import { retentionRoutes } from './retention.ts';
import { rightsRoutes } from './rights-routes.ts';
import { routePath } from './route-table.ts';
import { safetyRoutes } from './safety-routes.ts';

describe('route tables', () => {
  it('fill each :parameter URL-encoded and append the query', () => {
    expect(routePath(retentionRoutes.erasureDryRun, { id: 'a/b c' })).toBe(
      '/api/admin/retention/erasure-requests/a%2Fb%20c/dry-run',
    );
    expect(routePath(safetyRoutes.designate, { organisationId: 'o-1', userId: 'u?1' })).toBe(
      '/api/admin/meldcode-designations/o-1/u%3F1',
    );
    expect(routePath(safetyRoutes.veiligThuisQueue, {}, { status: 'all' })).toBe(
      '/api/safety/reports?status=all',
    );
    expect(routePath(retentionRoutes.terms, {}, { status: undefined })).toBe('/api/admin/retention/terms');
    expect(
      routePath(futurePlanRoutes.updateTopic, { householdId: 'hh 1', planId: 'p-1', topicKey: 'wonen' }),
    ).toBe('/api/households/hh%201/future-plans/p-1/topics/wonen');
  });

  it('refuse a path whose parameter has no value', () => {
    expect(() => routePath(safetyRoutes.track, {} as { trackId: string })).toThrow(/:trackId/);
  });

  it('give each method and path of a module once', () => {
    for (const table of [retentionRoutes, safetyRoutes, futurePlanRoutes, crisisRoutes, rightsRoutes]) {
      const keys = Object.values(table).map((r) => `${r.method} ${r.path}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    expect(retentionRoutes.recordErasureRequest.status).toBe(201);
    expect(retentionRoutes.terms.status).toBe(200);
  });
});
