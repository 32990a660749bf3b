// Operator accounts: creation with a scrypt hash, login check without user enumeration, listing, and
// the first referent of a new database. Demo accounts only exist, and only log in, in a demo database.
import type { z } from 'zod';
import { AppError } from '../../core/contract/reply.js';
import type { OperatorSchema } from '../../core/contract/schemas.js';
import type { Db } from '../connection.js';
import { stmt } from '../statements.js';
import { getDatabaseMode } from './mode.js';
import { burnPasswordCheck, hashPassword, type ScryptParams, verifyPassword } from './password.js';

export type Operator = z.infer<typeof OperatorSchema>;
export type Role = Operator['role'];
export type OperatorListItem = Operator & { active: boolean; demo: boolean; createdAt: string };

interface OperatorRow {
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: 0 | 1;
  demo: 0 | 1;
  created_at: string;
}

export interface NewOperator {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  /** Demonstration account (e.g. seeded « demo »): refused outside a demo database. */
  demo?: boolean;
}

const toOperator = (r: OperatorRow): Operator => ({ username: r.username, displayName: r.display_name, role: r.role });

/** Hashes outside any transaction if you can: scrypt takes a few hundred milliseconds. */
export function createOperator(db: Db, input: NewOperator, clockIso: string, params?: ScryptParams): Operator {
  if (input.demo && getDatabaseMode(db) !== 'demo') {
    throw new AppError('forbidden', 'Un compte de démonstration ne peut pas être créé dans une base de production.');
  }
  if (getOperator(db, input.username)) {
    throw new AppError('conflict', `L'identifiant « ${input.username} » est déjà utilisé.`);
  }
  const hash = hashPassword(input.password, params);
  stmt(
    db,
    `INSERT INTO operators (username, display_name, role, password_hash, active, demo, created_at)
     VALUES (?, ?, ?, ?, 1, ?, ?)`,
  ).run(input.username, input.displayName, input.role, hash, input.demo ? 1 : 0, clockIso);
  return { username: input.username, displayName: input.displayName, role: input.role };
}

export function getOperator(db: Db, username: string): Operator | null {
  const r = stmt<[string], OperatorRow>(db, 'SELECT * FROM operators WHERE username = ?').get(username);
  return r ? toOperator(r) : null;
}

/** The operator if the password matches an active account allowed in this database, else null. */
export function verifyLogin(db: Db, username: string, password: string): Operator | null {
  const r = stmt<[string], OperatorRow>(db, 'SELECT * FROM operators WHERE username = ?').get(username);
  if (!r) {
    burnPasswordCheck(password);
    return null;
  }
  const matches = verifyPassword(password, r.password_hash);
  if (!matches || r.active !== 1) return null;
  if (r.demo === 1 && getDatabaseMode(db) !== 'demo') return null;
  return toOperator(r);
}

export function listOperators(db: Db): OperatorListItem[] {
  return stmt<[], OperatorRow>(db, 'SELECT * FROM operators ORDER BY display_name, username')
    .all()
    .map((r) => ({ ...toOperator(r), active: r.active === 1, demo: r.demo === 1, createdAt: r.created_at }));
}

export function setOperatorActive(db: Db, username: string, active: boolean): boolean {
  return stmt(db, 'UPDATE operators SET active = ? WHERE username = ?').run(active ? 1 : 0, username).changes > 0;
}

export function setOperatorPassword(db: Db, username: string, password: string, params?: ScryptParams): boolean {
  return (
    stmt(db, 'UPDATE operators SET password_hash = ? WHERE username = ?').run(hashPassword(password, params), username)
      .changes > 0
  );
}

/** True while no operator account exists (first run: the bootstrap screen creates a referent). */
export function needsBootstrap(db: Db): boolean {
  return stmt<[], { one: number }>(db, 'SELECT 1 AS one FROM operators LIMIT 1').get() === undefined;
}

/** Creates the first referent of a new database; refused once any account exists. */
export function ensureFirstReferent(
  db: Db,
  input: { username: string; displayName: string; password: string },
  clockIso: string,
  params?: ScryptParams,
): Operator {
  if (!needsBootstrap(db)) {
    throw new AppError(
      'forbidden',
      "Un compte opérateur existe déjà : la création du premier référent n'est plus possible. Connectez-vous.",
    );
  }
  return createOperator(db, { ...input, role: 'referent' }, clockIso, params);
}
