import { describe, expect, it } from 'vitest';
import { contentOf, type Goal, JANSEN, planFile, planOf } from './helpers/plan-file.ts';

const { as, auditRows } = planFile();

describe('agreement and the state machine', () => {
  it('rejects illegal transitions with a stable code', async () => {
    const sanne = await as('u-sanne');
    const plan = await planOf(sanne);
    for (const to of ['active', 'in_evaluation', 'closed', 'concept']) {
      const res = await sanne.request({
        method: 'POST',
        url: `${JANSEN}/transitions`,
        payload: { version: plan.version, to },
      });
      expect(res.statusCode, to).toBe(409);
      expect(res.json().code).toBe('plan_transition_not_allowed');
    }
    const res = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/transitions`,
      payload: { version: plan.version, to: 'agreed' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('plan_agreement_incomplete');
  });

  it('needs both gezagsdragers, the youth of 12+ and the coordinator; a change asks for agreement again', async () => {
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    const lisa = await as('u-lisa');
    let plan = await planOf(sanne);
    const v = plan.version;

    // A parent agrees for herself only; a child under 12 or another household's person cannot be recorded.
    expect(
      (await anouk.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v } }))
        .statusCode,
    ).toBe(200);
    const forMark = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/agreements`,
      payload: { version: v, personId: 'p-mark' },
    });
    expect(forMark.statusCode).toBe(403);
    const notRequired = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/agreements`,
      payload: { version: v, personId: 'p-elif' },
    });
    expect(notRequired.statusCode).toBe(422);
    expect(notRequired.json().code).toBe('plan_agreement_not_required');
    // Mark agreed at the kitchen table; the coordinator records it.
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/agreements`,
          payload: { version: v, personId: 'p-mark' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await lisa.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await sanne.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v } }))
        .statusCode,
    ).toBe(200);
    plan = await planOf(sanne);
    expect(plan.state).toBe('concept');
    expect(
      plan.requiredAgreements
        .filter((r: { agreed: boolean }) => !r.agreed)
        .map((r: { personId: string }) => r.personId),
    ).toEqual(['p-tom']);
    // Tom (12) still has to agree.
    const early = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/transitions`,
      payload: { version: v, to: 'agreed' },
    });
    expect(early.json().code).toBe('plan_agreement_incomplete');
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/agreements`,
          payload: { version: v, personId: 'p-tom' },
        })
      ).statusCode,
    ).toBe(200);
    plan = await planOf(sanne);
    expect(plan.state).toBe('agreed');
    expect(plan.agreedVersion).toBe(v);
    const agreements = plan.agreements.map(
      (a: { personId: string | null; version: number; method: string }) => [a.personId, a.version, a.method],
    );
    expect(agreements).toEqual(
      expect.arrayContaining([
        ['p-anouk', v, 'portal'],
        ['p-mark', v, 'in_person'],
        ['p-lisa', v, 'portal'],
        ['p-tom', v, 'in_person'],
        [null, v, 'own'],
      ]),
    );
    // Her own agreement, and her refused attempt to agree for Mark: a refusal inside the agreement's
    // transaction is kept in the log, not rolled back with it.
    const anouksRows = await auditRows('plan.agree', 'u-anouk');
    expect(anouksRows).toContainEqual(
      expect.objectContaining({ outcome: 'success', subject_id: 'hh-jansen' }),
    );
    expect(anouksRows).toContainEqual(
      expect.objectContaining({ outcome: 'denied', subject_id: 'hh-jansen' }),
    );

    // A change after agreement: a new version, back to concept, the old agreements stay on the old version.
    const changed = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: { ...contentOf(plan), vision: `${plan.vision} En we gaan samen op vakantie.` },
    });
    expect(changed.statusCode).toBe(200);
    plan = changed.json().plan;
    expect(plan.version).toBe(v + 1);
    expect(plan.state).toBe('concept');
    expect(plan.requiredAgreements.every((r: { agreed: boolean }) => !r.agreed)).toBe(true);
    expect(plan.agreements.every((a: { version: number }) => a.version === v)).toBe(true);

    // Everyone agrees to the new version; the plan goes through its life.
    const v2 = plan.version;
    await anouk.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v2 } });
    await lisa.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v2 } });
    for (const personId of ['p-mark', 'p-tom']) {
      await sanne.request({
        method: 'POST',
        url: `${JANSEN}/agreements`,
        payload: { version: v2, personId },
      });
    }
    await sanne.request({ method: 'POST', url: `${JANSEN}/agreements`, payload: { version: v2 } });
    expect((await planOf(sanne)).state).toBe('agreed');
    const move = (to: string) =>
      sanne.request({ method: 'POST', url: `${JANSEN}/transitions`, payload: { version: v2, to } });
    expect((await move('active')).statusCode).toBe(200);
    expect((await planOf(sanne)).state).toBe('active');
    expect((await move('closed')).json().code).toBe('plan_transition_not_allowed');
    expect((await auditRows('plan.transition', 'u-sanne')).at(-1)?.details).toMatchObject({
      from: 'agreed',
      to: 'active',
    });
  });

  it('lets a parent mark only her own actions done; progress keeps the agreement', async () => {
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    let plan = await planOf(anouk);
    expect(plan.state).toBe('active');
    const own = plan.can.markDoneActionIds;
    expect(own).toEqual(['act-jansen-anouk']);
    const notOwn = await anouk.request({
      method: 'PATCH',
      url: `${JANSEN}/actions/act-jansen-jeugdhulp`,
      payload: { version: plan.version, status: 'done' },
    });
    expect(notOwn.statusCode).toBe(403);
    expect(notOwn.json().code).toBe('plan_action_not_own');
    const done = await anouk.request({
      method: 'PATCH',
      url: `${JANSEN}/actions/act-jansen-anouk`,
      payload: { version: plan.version, status: 'done' },
    });
    expect(done.statusCode).toBe(200);
    plan = await planOf(sanne);
    const action = plan.goals
      .flatMap((g: Goal) => g.actions)
      .find((a: { id: string }) => a.id === 'act-jansen-anouk');
    expect(action.status).toBe('done');
    expect(plan.agreedVersion).toBe(plan.version);
    expect(plan.requiredAgreements.every((r: { agreed: boolean }) => r.agreed)).toBe(true);
  });

  it('turns a family proposal into a new version when the coordinator accepts it', async () => {
    const sanne = await as('u-sanne');
    const anouk = await as('u-anouk');
    const proposed = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/proposals`,
      payload: { kind: 'action', goalId: 'goal-jansen-school', text: 'Tom gaat op zwemles.' },
    });
    expect(proposed.statusCode).toBe(201);
    const badGoal = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/proposals`,
      payload: { kind: 'action', goalId: 'goal-de-graaf-18', text: 'x' },
    });
    expect(badGoal.statusCode).toBe(400);
    const comment = await anouk.request({
      method: 'POST',
      url: `${JANSEN}/comments`,
      payload: { text: 'Fijn plan!' },
    });
    expect(comment.statusCode).toBe(201);

    let plan = await planOf(sanne);
    expect(plan.proposals[0]).toMatchObject({
      status: 'open',
      text: 'Tom gaat op zwemles.',
      proposedByName: 'Anouk Jansen',
    });
    expect(plan.comments.map((c: { text: string }) => c.text)).toContain('Fijn plan!');
    const res = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/proposals/${proposed.json().id}/decision`,
      payload: { version: plan.version, decision: 'accept' },
    });
    expect(res.statusCode).toBe(200);
    const before = plan.version;
    plan = await planOf(sanne);
    expect(plan.version).toBe(before + 1);
    const added = plan.goals
      .flatMap((g: Goal) => g.actions)
      .find((a: { description: string }) => a.description === 'Tom gaat op zwemles.');
    expect(added.owner).toEqual({ kind: 'household_member', ref: 'p-anouk', label: 'Anouk' });
    // The plan stays active, but the new version needs agreement.
    expect(plan.state).toBe('active');
    expect(plan.agreedVersion).toBe(before);
    const again = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/proposals/${proposed.json().id}/decision`,
      payload: { version: plan.version, decision: 'decline' },
    });
    expect(again.json().code).toBe('plan_proposal_decided');
  });

  it('evaluates: results per goal, new scores in the trend, then closes', async () => {
    const sanne = await as('u-sanne');
    let plan = await planOf(sanne);
    const early = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/evaluations`,
      payload: { version: plan.version, evaluatedOn: '2026-11-22', goalResults: [], nextSteps: 'x' },
    });
    expect(early.json().code).toBe('plan_not_in_evaluation');
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/transitions`,
          payload: { version: plan.version, to: 'in_evaluation' },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/transitions`,
          payload: { version: plan.version, to: 'closed' },
        })
      ).json().code,
    ).toBe('plan_evaluation_missing');
    const badScore = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/evaluations`,
      payload: {
        version: plan.version,
        evaluatedOn: '2026-11-22',
        goalResults: [{ goalId: 'goal-jansen-school', result: 'partly' }],
        nextSteps: 'Doorgaan',
        scores: [{ personId: 'p-elif', domainCode: 'finances', score: 3 }],
      },
    });
    expect(badScore.statusCode).toBe(400);
    const res = await sanne.request({
      method: 'POST',
      url: `${JANSEN}/evaluations`,
      payload: {
        version: plan.version,
        evaluatedOn: '2026-11-22',
        goalResults: [
          { goalId: 'goal-jansen-school', result: 'partly' },
          { goalId: 'goal-jansen-geld', result: 'achieved' },
        ],
        nextSteps: 'Gesprekken met Tom gaan door.',
        nextEvaluationDate: '2027-05-01',
        scores: [
          { personId: 'p-tom', domainCode: 'parenting_development', score: 3 },
          { personId: 'p-anouk', domainCode: 'finances', score: 4 },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    const trend = (await sanne.request({ url: '/api/households/hh-jansen/self-reliance/trend' })).json();
    expect(trend.points).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          personId: 'p-anouk',
          domainCode: 'finances',
          score: 4,
          measuredOn: '2026-11-22',
          source: 'evaluation',
        }),
      ]),
    );
    plan = await planOf(sanne);
    expect(plan.evaluations[0].goalResults).toHaveLength(2);
    expect(plan.nextEvaluationDate).toBe('2027-05-01');
    expect((await auditRows('plan.evaluate', 'u-sanne')).at(-1)?.outcome).toBe('success');
    expect(
      (
        await sanne.request({
          method: 'POST',
          url: `${JANSEN}/transitions`,
          payload: { version: plan.version, to: 'closed' },
        })
      ).statusCode,
    ).toBe(200);
    const closed = await sanne.request({
      method: 'PUT',
      url: JANSEN,
      payload: contentOf(await planOf(sanne)),
    });
    expect(closed.json().code).toBe('plan_closed');
    // A new plan can start once the old one is closed, but not two at once.
    expect(
      (await sanne.request({ method: 'POST', url: JANSEN, payload: { vision: 'Nieuw' } })).statusCode,
    ).toBe(201);
    expect((await sanne.request({ method: 'POST', url: JANSEN, payload: {} })).json().code).toBe(
      'plan_exists',
    );
  });
});
