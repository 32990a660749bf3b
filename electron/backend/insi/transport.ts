// HTTP(S) transport of the INSi client: one SOAP 1.2 POST with an overall deadline, over a keep-alive agent;
// for https, mutual TLS with the software certificate (PKCS#12 or PEM pair) and optional extra trusted CAs
// (IGC-Santé). Pointing at the real service is configuration: URL, certificate paths and passphrase.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { soapContentType } from '../../../core/insi/namespaces.js';

export interface InsiTlsConfig {
  /** PKCS#12 software certificate (« certificat logiciel de personne morale », CN INSI-AUTO or INSI-MANU). */
  pfxPath?: string;
  /** PEM alternative to pfxPath. */
  certPath?: string;
  keyPath?: string;
  passphrase?: string;
  /** Extra trusted CAs (e.g. ACR-EL.cer, ACI-EL-ORG.cer of IGC-Santé), PEM. */
  caPaths?: string[];
  /** Defaults to true; false only for a local test server. */
  rejectUnauthorized?: boolean;
}

export interface HttpReply {
  status: number;
  body: string;
}

export type TransportErrorKind = 'timeout' | 'network' | 'tls';

export class TransportError extends Error {
  constructor(readonly kind: TransportErrorKind, message: string) {
    super(message);
    this.name = 'TransportError';
  }
}

export interface Transport {
  post(body: string, action: string, timeoutMs: number): Promise<HttpReply>;
  close(): void;
}

const TLS_CODES = /CERT|SSL|TLS|EPROTO|ERR_OSSL|SELF_SIGNED|UNABLE_TO_VERIFY|HOSTNAME|ALTNAME|PKCS12|mac verify|bad decrypt/i;

function tlsOptions(tls: InsiTlsConfig | undefined): https.AgentOptions {
  if (!tls) return {};
  const out: https.AgentOptions = { rejectUnauthorized: tls.rejectUnauthorized ?? true };
  if (tls.pfxPath) out.pfx = readFileSync(tls.pfxPath);
  if (tls.certPath) out.cert = readFileSync(tls.certPath);
  if (tls.keyPath) out.key = readFileSync(tls.keyPath);
  if (tls.passphrase !== undefined) out.passphrase = tls.passphrase;
  if (tls.caPaths?.length) out.ca = tls.caPaths.map((p) => readFileSync(p));
  return out;
}

export function createHttpTransport(endpoint: string, tls?: InsiTlsConfig): Transport {
  const url = new URL(endpoint);
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:') throw new Error(`Adresse INSi invalide (http ou https attendu) : ${endpoint}`);
  let agent: http.Agent;
  try {
    agent = secure ? new https.Agent({ keepAlive: true, ...tlsOptions(tls) }) : new http.Agent({ keepAlive: true });
  } catch (e) {
    throw new TransportError('tls', `Certificat logiciel illisible : ${(e as Error).message}`);
  }
  const request = secure ? https.request : http.request;

  function post(body: string, action: string, timeoutMs: number): Promise<HttpReply> {
    return new Promise((resolve, reject) => {
      const payload = Buffer.from(body, 'utf8');
      let req: http.ClientRequest;
      try {
        req = request(url, {
          method: 'POST',
          agent,
          headers: { 'Content-Type': soapContentType(action), 'Content-Length': payload.length, Accept: 'application/soap+xml, text/xml' },
        });
      } catch (e) {
        // The TLS context (certificate, passphrase) is built here, synchronously.
        reject(toTransportError(e as Error));
        return;
      }
      const timer = setTimeout(() => req.destroy(new TransportError('timeout', `pas de réponse en ${timeoutMs} ms`)), timeoutMs);
      req.on('response', (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          clearTimeout(timer);
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
        });
        res.on('error', (e) => {
          clearTimeout(timer);
          reject(toTransportError(e));
        });
      });
      req.on('error', (e) => {
        clearTimeout(timer);
        reject(toTransportError(e));
      });
      req.end(payload);
    });
  }

  return { post, close: () => agent.destroy() };
}

function toTransportError(e: Error): TransportError {
  if (e instanceof TransportError) return e;
  const code = (e as NodeJS.ErrnoException).code ?? '';
  if (TLS_CODES.test(code) || TLS_CODES.test(e.message)) return new TransportError('tls', `${code || 'TLS'} : ${e.message}`);
  return new TransportError('network', code ? `${code} : ${e.message}` : e.message);
}
