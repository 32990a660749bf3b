// Demo mode end to end: the backend starts the INSi simulator as a separate child process on a loopback port, the
// demo identities meet its test persons, the virtual card reader reads its cards, and closing the backend stops it.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestBackend, type TestBackend } from '../test-backend.js';
import { DEMO_ENVIRONMENT } from './runtime.js';
import { noCard } from './test-support.js';

let t: TestBackend | null = null;
afterEach(async () => {
  await t?.backend.close();
  t?.close();
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('demo mode', () => {
  it('runs the simulator as a child process, uses it for the demo identities, and stops it on close', async () => {
    t = await startTestBackend({ demo: true });
    const agent = t.as('agent');
    const status = await agent('insi.status', {});
    expect(status.value).toMatchObject({ available: true, environment: DEMO_ENVIRONMENT, endpoint: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/lps$/), cardReader: true });
    const child = t.backend.context.insi.mockProcess();
    expect(child).not.toBeNull();
    expect(child!.pid).not.toBe(process.pid);
    expect(alive(child!.pid)).toBe(true);

    // The demo identities: ADRTROIS TOUSSAINT born in 20020 (historique), the douteuse CORSE ANTHONY.
    const rows = (await agent('identity.search', { query: 'adrtrois toussaint' })).value.rows;
    const adrtrois = rows.find((r: { birthplaceCog: string }) => r.birthplaceCog === '20020');
    const o = (await agent('insi.search', { mode: 'traits', identityId: adrtrois.id, draft: null, ...noCard })).value;
    expect(o).toMatchObject({ outcome: 'found', environment: DEMO_ENVIRONMENT, returned: { birthplaceCog: '2B020' } });
    expect(o.comparison.fields.find((f: { field: string }) => f.field === 'birthplace').verdict).toBe('concordant_historique');
    const view = (await agent('identity.get', { id: adrtrois.id })).value;
    const accepted = await agent('insi.accept', { callId: o.callId, version: view.version, acceptUnknownBirthplace: false, documentCheck: null });
    expect(accepted.value).toMatchObject({ status: 'recuperee' });

    const corse = (await agent('identity.search', { query: 'corse anthony' })).value.rows.find((r: { attributes: string[] }) => r.attributes.includes('douteuse'));
    expect(await agent('insi.search', { mode: 'traits', identityId: corse.id, draft: null, ...noCard })).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect((await agent('identity.search', { query: '01/02/2014 de vinci' })).value.rows.length).toBeGreaterThan(0);
    expect((await agent('identity.search', { query: 'houilles' })).value.rows.length).toBe(1);

    const cards = (await agent('insi.cards', {})).value;
    expect(cards.map((c: { id: string }) => c.id)).toEqual(['carte-virtuelle-1', 'carte-virtuelle-2', 'carte-virtuelle-3']);

    await t.backend.close();
    await child!.exited;
    expect(alive(child!.pid)).toBe(false);
  }, 60_000);
});
