// Loopback HTTP transport of the backend: serves the built renderer with the app's CSP and answers
// POST /api/call through the same dispatcher as Electron IPC. Binds to 127.0.0.1 only.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatcher } from '../backend/dispatch.js';
import { isAllowedHost, MIME_TYPES, resolveStaticPath, SECURITY_HEADERS } from '../backend/security-policy.js';

const MAX_BODY_BYTES = 1_000_000;

export interface HttpHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

const jsonReply = (res: ServerResponse, status: number, value: unknown) =>
  send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

function isSameLoopbackOrigin(origin: string, port: number): boolean {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' && isAllowedHost(url.host, port);
  } catch {
    return false;
  }
}

async function handleCall(req: IncomingMessage, res: ServerResponse, dispatch: Dispatcher, port: number) {
  const requestOrigin = req.headers.origin;
  // A browser always sends Origin on a cross-site POST: only pages served by this host may call.
  if (requestOrigin !== undefined && !isSameLoopbackOrigin(requestOrigin, port)) {
    return jsonReply(res, 403, { ok: false, error: { code: 'forbidden', message: 'Origine refusée.' } });
  }
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return jsonReply(res, 415, { ok: false, error: { code: 'invalid_input', message: 'Format de requête attendu : JSON.' } });
  }
  const raw = await readBody(req);
  if (raw === null) return jsonReply(res, 413, { ok: false, error: { code: 'invalid_input', message: 'Requête trop volumineuse.' } });
  let envelope: { channel?: unknown; input?: unknown; token?: unknown };
  try {
    envelope = JSON.parse(raw) as typeof envelope;
  } catch {
    return jsonReply(res, 400, { ok: false, error: { code: 'invalid_input', message: 'Requête illisible (JSON invalide).' } });
  }
  const reply = await dispatch(envelope?.channel, envelope?.input, envelope?.token);
  return jsonReply(res, 200, reply);
}

async function serveStatic(res: ServerResponse, rendererDir: string, urlPath: string) {
  let file = resolveStaticPath(rendererDir, urlPath);
  if (!file) return send(res, 404, 'Introuvable', 'text/plain; charset=utf-8');
  if (!path.extname(file)) file = path.join(rendererDir, 'index.html');
  try {
    const body = await readFile(file);
    return send(res, 200, body, MIME_TYPES[path.extname(file)] ?? 'application/octet-stream');
  } catch {
    return send(res, 404, 'Introuvable', 'text/plain; charset=utf-8');
  }
}

export async function startHttpHost(opts: { port: number; rendererDir: string; dispatch: Dispatcher }): Promise<HttpHost> {
  let port = opts.port;
  const server: Server = createServer((req, res) => {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'Hôte refusé', 'text/plain; charset=utf-8');
    const url = req.url ?? '/';
    const work =
      url === '/api/call'
        ? req.method === 'POST'
          ? handleCall(req, res, opts.dispatch, port)
          : Promise.resolve(send(res, 405, 'Méthode refusée', 'text/plain; charset=utf-8'))
        : req.method === 'GET' || req.method === 'HEAD'
          ? serveStatic(res, opts.rendererDir, url)
          : Promise.resolve(send(res, 405, 'Méthode refusée', 'text/plain; charset=utf-8'));
    work.catch((error: unknown) => {
      console.error('http-server: request failed', error);
      if (!res.headersSent) jsonReply(res, 500, { ok: false, error: { code: 'internal', message: 'Erreur interne du service local.' } });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
