// Password hashing with scrypt (node:crypto), OWASP parameters (N=2^17, r=8, p=1). The stored string
// carries its own parameters and salt: `$scrypt$ln=17,r=8,p=1$<salt b64>$<hash b64>`.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. */
  ln: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { ln: 17, r: 8, p: 1 };
const KEY_LEN = 32;
const SALT_LEN = 16;

function derive(password: string, salt: Buffer, { ln, r, p }: ScryptParams): Buffer {
  const N = 2 ** ln;
  // scrypt needs 128·N·r bytes; Node's default ceiling (32 MiB) is below OWASP's N=2^17.
  return scryptSync(password.normalize('NFC'), salt, KEY_LEN, { N, r, p, maxmem: 256 * N * r });
}

export function hashPassword(password: string, params: ScryptParams = DEFAULT_SCRYPT): string {
  const salt = randomBytes(SALT_LEN);
  const hash = derive(password, salt, params);
  return `$scrypt$ln=${params.ln},r=${params.r},p=${params.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

const FORMAT = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/=]+)\$([A-Za-z0-9+/=]+)$/;

/** Constant-time check of `password` against a stored string; false for a malformed one. */
export function verifyPassword(password: string, stored: string): boolean {
  const m = FORMAT.exec(stored);
  if (!m) return false;
  const params = { ln: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  if (params.ln < 10 || params.ln > 20 || params.r < 1 || params.p < 1) return false;
  const expected = Buffer.from(m[5] ?? '', 'base64');
  const actual = derive(password, Buffer.from(m[4] ?? '', 'base64'), params);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

// Login of an unknown user still pays one full derivation (same default parameters), so timing does not
// reveal which usernames exist. Salt and hash are arbitrary: the comparison is meant to fail.
const DUMMY = `$scrypt$ln=${DEFAULT_SCRYPT.ln},r=${DEFAULT_SCRYPT.r},p=${DEFAULT_SCRYPT.p}$${Buffer.alloc(SALT_LEN, 7).toString('base64')}$${Buffer.alloc(KEY_LEN).toString('base64')}`;
export function burnPasswordCheck(password: string): void {
  verifyPassword(password, DUMMY);
}
