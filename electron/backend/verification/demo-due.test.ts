// The demo database has identities due for re-verification with mixed outcomes against its own simulator: the
// seeded synthetic INSi+ identities (told to the simulator) and ADRDEUX confirm, the NIA opened at the desk too;
// HERMANN (first name INSi does not have) and VIRTUELLE DONATELLO (birth date INSi does not know) fail into review.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../test-backend.js';

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend({ demo: true });
}, 60_000);
afterAll(async () => {
  await t.backend.close();
  t.close();
});

it('a referent of the demo sees a due list by reason and a run with confirmed and failed outcomes', async () => {
  const ref = t.as('ref');
  const before = (await ref('verification.status', {})).value;
  expect(before.due.nia).toBe(1);
  expect(before.due.fourYears).toBeGreaterThanOrEqual(3);
  const started = await ref('verification.start', { ratePerSecond: 1000 });
  expect(started.ok, JSON.stringify(started.error)).toBe(true);
  let s = before;
  for (let i = 0; i < 400 && (s.current || s.lastRuns.length === 0); i++) {
    await new Promise((r) => setTimeout(r, 25));
    s = (await ref('verification.status', {})).value;
  }
  const run = s.lastRuns[0];
  expect(run).toMatchObject({ state: 'done', due: before.due.total, retried: 0 });
  expect(run.failed).toBeGreaterThanOrEqual(2);
  expect(run.confirmed).toBeGreaterThanOrEqual(3);
  const review = (await ref('review.list', {})).value.items;
  expect(review.find((i: any) => i.birthName === 'HERMANN')).toMatchObject({ acceptable: true, outcome: { returned: { birthFirstNames: 'GATIEN' } } });
  expect(review.find((i: any) => i.birthName === 'VIRTUELLE')).toMatchObject({ acceptable: false, outcome: { outcome: 'not_found' } });
}, 60_000);
