import { describe, expect, it } from 'vitest';
import { FIELDS } from './flat-identities.js';
import { localIdentitySource, workerIdentitySource, type IdentitySource } from './identity-source.js';

const NOW = new Date('2026-01-15T10:00:00Z');
const drain = (source: IdentitySource, n: number) => {
  const out: unknown[] = [];
  for (let i = 0; i < n; i++) {
    source.next();
    out.push(source.values.slice(source.at, source.at + FIELDS));
  }
  source.close();
  return out;
};

describe('identity sources', () => {
  it('the worker thread yields the same identities, in the same order, as the local generator', () => {
    // More than one worker batch, and a count that does not fall on a batch boundary.
    const n = 9_000;
    const local = drain(localIdentitySource({ seed: 'w', now: NOW, firstIppNumber: 7 }), n);
    const worker = drain(workerIdentitySource({ seed: 'w', now: NOW, firstIppNumber: 7, count: n }), n);
    expect(worker).toEqual(local);
    expect((local[0] as unknown[])[0]).toBe('S0000007');
  });

  it('fails instead of waiting when asked for more than the worker was told to make', () => {
    const source = workerIdentitySource({ seed: 'w', now: NOW, firstIppNumber: 1, count: 0 });
    expect(() => source.next()).toThrow();
    source.close();
  });
});
