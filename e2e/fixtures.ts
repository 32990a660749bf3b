// Each test gets a fresh loopback host on its own temporary demo database, a page already on the
// app, and an `api` to prepare data over the same contract. Any CSP violation or uncaught page
// error fails the test.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startWebHost, type WebHost } from './host/server.js';

export interface ContractApi {
  /** Calls a channel as the demo referent; throws with the French message on `ok:false`. */
  call<T = unknown>(channel: string, input: unknown): Promise<T>;
}

interface Fixtures {
  host: WebHost;
  api: ContractApi;
  pageProblems: string[];
}

/** Installed before any app script: reports CSP violations as console errors we collect. */
const CSP_LISTENER = `document.addEventListener('securitypolicyviolation', (e) => {
  console.error('[csp-violation] ' + e.violatedDirective + ' ' + (e.blockedURI || 'inline'));
});`;

function watch(page: Page, problems: string[]) {
  page.on('console', (msg) => {
    const text = msg.text();
    if (msg.type() === 'error' && (/\[csp-violation\]/.test(text) || /Content Security Policy/i.test(text))) problems.push(text);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'idv-e2e-'));
    const host = await startWebHost({ port: 0, dbFile: path.join(dir, 'demo.sqlite'), demo: true });
    try {
      await use(host);
    } finally {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
  api: async ({ host, request }, use) => {
    let token: string | null = null;
    const raw = async (channel: string, input: unknown) => {
      const res = await request.post(new URL('api/call', host.url).toString(), {
        data: { channel, input, token },
        headers: { 'content-type': 'application/json' },
      });
      return (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
    };
    const login = await raw('session.login', { username: 'referent', password: 'referent' });
    if (!login.ok) throw new Error(`login: ${login.error?.message}`);
    token = (login.value as { token: string }).token;
    await use({
      async call<T>(channel: string, input: unknown) {
        const r = await raw(channel, input);
        if (!r.ok) throw new Error(`${channel}: ${r.error?.message}`);
        return r.value as T;
      },
    });
  },
  pageProblems: async ({}, use) => {
    await use([]);
  },
  page: async ({ page, host, pageProblems }, use) => {
    watch(page, pageProblems);
    await page.addInitScript(CSP_LISTENER);
    await page.goto(host.url);
    await use(page);
    expect(pageProblems, 'CSP violations or page errors').toEqual([]);
  },
});

export { expect };

export interface DraftInput {
  birthName: string;
  birthFirstNames: string;
  birthDate: string;
  sex: 'M' | 'F' | 'I';
  birthplaceCog: string;
  usedName?: string;
}

/** Creates an identity over the contract (test preparation, not what the spec checks). */
export async function createIdentity(api: ContractApi, draft: DraftInput): Promise<{ id: number; ipp: string }> {
  return api.call('identity.create', { draft });
}
