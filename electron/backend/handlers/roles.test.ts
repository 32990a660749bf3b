// Role enforcement over the whole contract, driven by the channels registry so that a channel added later cannot
// be left open by mistake: every 'referent' channel refuses an agent (and a caller without a session) before its
// input is even read, writing nothing; the referents' areas of issue 4 are all 'referent'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channels, type Channel } from '../../../core/contract/channels.js';
import { startTestBackend, type TestBackend } from '../test-backend.js';

const all = Object.keys(channels) as Channel[];
const referentOnly = all.filter((c) => channels[c].access === 'referent');

// Areas that belong to the identity-vigilance referents (issue 4 « Roles »; operators: account management).
const REFERENT_AREAS = ['journal.', 'indicators.', 'duplicates.', 'merges.', 'verification.', 'review.', 'operators.'];

let t: TestBackend;
beforeAll(async () => {
  t = await startTestBackend();
});
afterAll(() => t.close());

const written = () => t.backend.context.db.prepare('SELECT (SELECT count(*) FROM journal) + (SELECT count(*) FROM access_journal) AS n').get() as { n: number };

describe('role enforcement of every channel', () => {
  it('the referents’ areas are referent-only, the creation-time duplicate check is open to agents', () => {
    const inAreas = all.filter((c) => REFERENT_AREAS.some((area) => c.startsWith(area)));
    expect(inAreas.length).toBeGreaterThan(20);
    expect(inAreas.filter((c) => channels[c].access !== 'referent')).toEqual([]);
    expect(channels['identity.duplicateCandidates'].access).toBe('agent');
  });

  it.each(referentOnly)('%s refuses an agent and a caller without a session, writing nothing', async (channel) => {
    await t.as('agent')('session.current', {});
    const before = written();
    expect(await t.as('agent')(channel, {})).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('réservée aux référents') } });
    expect(await t.backend.dispatch(channel, {}, null)).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    expect(written()).toEqual(before);
  });
});
