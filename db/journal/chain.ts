// Hash chain shared by the journal and the access journal: SHA-256 over a canonical serialisation
// (a JSON array of the row's fields in a fixed order, previous hash in hex last).
import { createHash } from 'node:crypto';

export const GENESIS_HASH: Buffer = Buffer.alloc(32);

export type ChainField = string | number | null;

export function chainHash(fields: readonly ChainField[], prevHash: Uint8Array): Buffer {
  const canonical = JSON.stringify([...fields, Buffer.from(prevHash).toString('hex')]);
  return createHash('sha256').update(canonical, 'utf8').digest();
}
