// Mutual TLS end to end with throw-away certificates made by openssl: a PKCS#12 « INSI-AUTO » software certificate
// is accepted, another CN gets desir_560, a wrong passphrase or an untrusted server is a TLS failure for the admin.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startInsiMock, type InsiMock } from '../../../insi-mock/server.js';
import { createInsiClient } from './client.js';
import type { InsiTlsConfig } from './transport.js';

let dir: string;
let mock: InsiMock;
const file = (name: string) => join(dir, name);
const ssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
const EC = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];

function signed(name: string, cn: string, ext: string) {
  ssl('req', ...EC, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/OU=10B0152872/CN=${cn}`);
  writeFileSync(file(`${name}.ext`), ext);
  ssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '2', '-extfile', `${name}.ext`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'insi-tls-'));
  ssl('req', '-x509', ...EC, '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '2', '-subj', '/CN=TEST AC FICTIVE INSI');
  signed('server', '127.0.0.1', 'subjectAltName=IP:127.0.0.1\n');
  signed('auto', 'INSI-AUTO', 'extendedKeyUsage=clientAuth\n');
  signed('other', 'LABO-POSTE-3', 'extendedKeyUsage=clientAuth\n');
  ssl('pkcs12', '-export', '-inkey', 'auto.key', '-in', 'auto.crt', '-out', 'auto.p12', '-passout', 'pass:secret');
  mock = await startInsiMock({ tls: { key: readFileSync(file('server.key')), cert: readFileSync(file('server.crt')), ca: readFileSync(file('ca.crt')) } });
});

afterAll(async () => {
  await mock?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function search(tls: InsiTlsConfig) {
  const client = createInsiClient({
    endpoint: mock.url,
    environment: 'test',
    software: { idam: 'IDAM-TLS', name: 'urn:lps:idv-desk:0.1.0', version: '0.1.0', instance: 'poste-1' },
    tls,
    retry: { maxAttempts: 1 },
  });
  try {
    return await client.searchByTraits({ birthName: 'ADRUN', birthFirstNames: 'ZOE', sex: 'F', birthDate: '1975-12-31' });
  } finally {
    client.close();
  }
}

describe('mutual TLS', () => {
  it('serves https on loopback', () => expect(mock.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/lps$/));

  it('a PKCS#12 software certificate named INSI-AUTO is accepted', async () => {
    const o = await search({ pfxPath: file('auto.p12'), passphrase: 'secret', caPaths: [file('ca.crt')] });
    expect(o.end).toBe('found');
  });

  it('another certificate name gets desir_560 and a message for the administrator', async () => {
    const o = await search({ certPath: file('other.crt'), keyPath: file('other.key'), caPaths: [file('ca.crt')] });
    expect(o.calls[0]!.fault?.detailCode).toBe('desir_560');
    expect(o.message!.audience).toBe('administrateur');
  });

  it('a wrong passphrase is a TLS failure, not retried', async () => {
    const o = await search({ pfxPath: file('auto.p12'), passphrase: 'faux', caPaths: [file('ca.crt')] });
    expect(o.calls.map((c) => c.status)).toEqual(['tls']);
    expect(o.message).toMatchObject({ audience: 'administrateur', title: expect.stringMatching(/Connexion sécurisée/) });
  });

  it('an untrusted server certificate is refused', async () => {
    const o = await search({ pfxPath: file('auto.p12'), passphrase: 'secret' });
    expect(o.calls.map((c) => c.status)).toEqual(['tls']);
  });
});
