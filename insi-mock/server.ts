// The INSi mock server: POST /lps on 127.0.0.1 only (http, or https with optional client certificates to
// reproduce desir_560), answers computed by engine.ts, and a small admin API (/admin/...) on the same loopback
// port. startInsiMock({ port: 0 }) is what tests and the demo mode use; cli.ts runs it alone.
import http from 'node:http';
import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { MockState, type MockAdmin } from './admin.js';
import { handleAdmin } from './admin-http.js';
import { answer, DEFAULT_DATA, DEFAULT_SETTINGS, type MockData, type MockSettings } from './engine.js';
import type { MatchOptions } from './matching.js';

export interface InsiMockOptions extends Partial<Omit<MockSettings, 'match'>> {
  /** 0 (default) picks a free port. */
  port?: number;
  match?: Partial<MatchOptions>;
  data?: Partial<MockData>;
  /** Serve https; with `ca`, client certificates are requested and their CN checked (INSI-AUTO / INSI-MANU). */
  tls?: { key: string | Buffer; cert: string | Buffer; ca?: string | Buffer };
  now?: () => Date;
}

export interface InsiMock {
  /** The service address (…/lps), the only thing a client is given. */
  url: string;
  /** Base of the admin API (…/admin). */
  adminUrl: string;
  admin: MockAdmin;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';
// Large enough for POST /admin/persons batches of a few thousand persons.
const MAX_BODY = 16_000_000;
/** A hung request is released after this long even if the client waits forever. */
const HANG_LIMIT_MS = 120_000;

export async function startInsiMock(options: InsiMockOptions = {}): Promise<InsiMock> {
  const { port = 0, match, data, tls, now = () => new Date(), ...settings } = options;
  const state = new MockState({ ...DEFAULT_SETTINGS, ...settings, match: { ...DEFAULT_SETTINGS.match, ...match } });
  const dataset: MockData = { ...DEFAULT_DATA, ...data };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };

  const handler: http.RequestListener = (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path.startsWith('/admin')) {
        handleAdmin(state, req.method ?? 'GET', path, body, res);
        return;
      }
      if (path !== '/lps' || req.method !== 'POST') {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Introuvable : le simulateur INSi répond sur POST /lps');
        return;
      }
      const { latencyMs, trouble } = state.take();
      // With client certificates requested, showing none is refused like a wrong CN.
      const cn = tls?.ca ? (peerCn(req.socket as TLSSocket) ?? '') : null;
      // Added persons are picked by birth date first (the matching requires it equal); the built-in ones always stay.
      const birthDate = /<(?:\w+:)?DateNaissance>\s*([^<\s]+)\s*</.exec(body)?.[1] ?? null;
      const data = { ...dataset, identities: state.identities(dataset.identities, birthDate) };
      const a = answer(body, { settings: state.settings(), data, trouble, clientCertCn: cn });
      state.record({ at: now().toISOString(), operation: a.operation, messageId: a.messageId, idam: a.idam, requestXml: body, status: a.status, summary: a.summary });
      if (a.hang) {
        later(HANG_LIMIT_MS, () => res.destroy());
        return;
      }
      const send = () => {
        if (!res.destroyed) res.writeHead(a.status, { 'Content-Type': a.contentType }).end(a.body);
      };
      if (latencyMs > 0) later(latencyMs, send);
      else send();
    });
  };

  const server = tls
    ? https.createServer({ key: tls.key, cert: tls.cert, ...(tls.ca ? { ca: tls.ca, requestCert: true, rejectUnauthorized: false } : {}) }, handler)
    : http.createServer(handler);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('Adresse du simulateur INSi introuvable');
  const base = `${tls ? 'https' : 'http'}://${HOST}:${address.port}`;

  return {
    url: `${base}/lps`,
    adminUrl: `${base}/admin`,
    admin: state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** CN of a presented client certificate ('' when the certificate has no CN); null when none was shown. */
function peerCn(socket: TLSSocket): string | null {
  const cert = socket.getPeerCertificate?.();
  if (!cert || Object.keys(cert).length === 0) return null;
  const cn = cert.subject?.CN;
  return Array.isArray(cn) ? (cn[0] ?? '') : (cn ?? '');
}
