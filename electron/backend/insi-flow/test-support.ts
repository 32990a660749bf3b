// Test helper: a backend (fresh database, fixed clock, operators) whose INSi runtime points at a running simulator,
// with the database in demo or production mode and an instant retry sleep. Test-only.
import { setMeta } from '../../../db/repos/meta.js';
import type { InsiMock } from '../../../insi-mock/server.js';
import { startTestBackend, type TestBackend } from '../test-backend.js';
import { httpCardReader, settingsRuntime } from './runtime.js';

export const TEST_SOFTWARE = { idam: 'IDAM-IDV-DESK', name: 'urn:lps:idv-desk', version: '0.1.0' };

export async function startInsiBackend(mock: InsiMock, opts: { mode: 'demo' | 'production'; environment?: string }): Promise<TestBackend> {
  const t = await startTestBackend();
  const ctx = t.backend.context;
  // A demo database accepts INS from a test endpoint; a production one must refuse them.
  if (opts.mode === 'demo') setMeta(ctx.db, 'mode', 'demo');
  await ctx.insi.close();
  ctx.insi = settingsRuntime({
    db: ctx.db,
    settings: { endpoint: mock.url, environment: opts.environment ?? 'qualification (simulateur)', software: TEST_SOFTWARE },
    cardReader: httpCardReader(mock.adminUrl),
    clientOverrides: { sleep: async () => undefined },
  });
  return t;
}

export const noCard = { cardId: null, beneficiaryIndex: null };
