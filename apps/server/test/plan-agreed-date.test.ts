import { describe, expect, it } from 'vitest';
import { findPlanAgreedDate } from '../src/plans/agreed-date.ts';
import { appOfFile } from './helpers/file-app.ts';

const { app } = appOfFile();

describe('when a household plan was agreed (for the signal → agreed plan waiting time)', () => {
  it('is null while the plan is a concept and set once every party agreed', async () => {
    const db = app().database.db;
    expect(await findPlanAgreedDate(db, '0394', 'hh-jansen')).toBeNull();
    const agreed = await findPlanAgreedDate(db, '0394', 'hh-pinas');
    expect(agreed).toBeInstanceOf(Date);
    const [last] = await app().database.ownerQuery<{ at: Date }>(
      `select max(a.agreed_at) as at from plan p join plan_agreement a
          on a.tenant_id = p.tenant_id and a.plan_id = p.id and a.version = p.agreed_version
        where p.household_id = 'hh-pinas'`,
    );
    expect(agreed?.getTime()).toBe(new Date(last!.at).getTime());
    expect(await findPlanAgreedDate(db, '0363', 'hh-pinas')).toBeNull();
  });
});
