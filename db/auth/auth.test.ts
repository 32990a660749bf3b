import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/contract/reply.js';
import { at, freshDb } from '../test-support.js';
import { getDatabaseMode, isDatabaseModeSet, setDatabaseMode } from './mode.js';
import { createOperator, ensureFirstReferent, listOperators, needsBootstrap, setOperatorActive, setOperatorPassword, verifyLogin } from './operators.js';
import { DEFAULT_SCRYPT, hashPassword, verifyPassword } from './password.js';

// Cheaper cost for the many hashes of these tests; the default (OWASP) cost has its own test.
const FAST = { ln: 10, r: 8, p: 1 };

describe('password hashing (scrypt)', () => {
  it('round-trips with the default OWASP parameters and rejects a wrong password', () => {
    const stored = hashPassword('Chevalier-Blanc-42');
    expect(stored).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(DEFAULT_SCRYPT).toEqual({ ln: 17, r: 8, p: 1 });
    expect(verifyPassword('Chevalier-Blanc-42', stored)).toBe(true);
    expect(verifyPassword('chevalier-blanc-42', stored)).toBe(false);
  });

  it('salts every hash and refuses malformed stored strings', () => {
    const a = hashPassword('secret', FAST);
    const b = hashPassword('secret', FAST);
    expect(a).not.toBe(b);
    expect(verifyPassword('secret', b)).toBe(true);
    expect(verifyPassword('secret', 'secret')).toBe(false);
    expect(verifyPassword('secret', a.replace('ln=10', 'ln=30'))).toBe(false);
    expect(verifyPassword('secret', a.slice(0, -4))).toBe(false);
  });
});

describe('operators', () => {
  it('creates, lists and logs in; wrong password, unknown user and inactive account get null', () => {
    const db = freshDb();
    createOperator(db, { username: 'alice', displayName: 'Alice Bernard', role: 'agent', password: 'motdepasse1' }, at(0), FAST);
    createOperator(db, { username: 'zoe', displayName: 'Zoé Arnaud', role: 'referent', password: 'motdepasse2' }, at(1), FAST);
    expect(listOperators(db)).toEqual([
      { username: 'alice', displayName: 'Alice Bernard', role: 'agent', active: true, demo: false, createdAt: at(0) },
      { username: 'zoe', displayName: 'Zoé Arnaud', role: 'referent', active: true, demo: false, createdAt: at(1) },
    ]);
    expect(verifyLogin(db, 'alice', 'motdepasse1')).toEqual({ username: 'alice', displayName: 'Alice Bernard', role: 'agent' });
    expect(verifyLogin(db, 'alice', 'motdepasse2')).toBeNull();
    expect(verifyLogin(db, 'inconnu', 'motdepasse1')).toBeNull();
    setOperatorActive(db, 'alice', false);
    expect(verifyLogin(db, 'alice', 'motdepasse1')).toBeNull();
    setOperatorActive(db, 'alice', true);
    setOperatorPassword(db, 'alice', 'nouveau-mot', FAST);
    expect(verifyLogin(db, 'alice', 'motdepasse1')).toBeNull();
    expect(verifyLogin(db, 'alice', 'nouveau-mot')?.username).toBe('alice');
    expect(() =>
      createOperator(db, { username: 'alice', displayName: 'Autre', role: 'agent', password: 'x' }, at(2), FAST),
    ).toThrow("L'identifiant « alice » est déjà utilisé.");
  });

  it('creates the first referent once, then refuses', () => {
    const db = freshDb();
    expect(needsBootstrap(db)).toBe(true);
    const op = ensureFirstReferent(db, { username: 'civ', displayName: 'Cellule IV', password: 'motdepasse' }, at(0), FAST);
    expect(op).toEqual({ username: 'civ', displayName: 'Cellule IV', role: 'referent' });
    expect(needsBootstrap(db)).toBe(false);
    expect(() => ensureFirstReferent(db, { username: 'bis', displayName: 'B', password: 'motdepasse' }, at(1), FAST)).toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
  });
});

describe('database mode and demo accounts', () => {
  it('reads an unset mode as production and fixes the mode once set', () => {
    const db = freshDb();
    expect(isDatabaseModeSet(db)).toBe(false);
    expect(getDatabaseMode(db)).toBe('production');
    setDatabaseMode(db, 'production');
    setDatabaseMode(db, 'production');
    expect(() => setDatabaseMode(db, 'demo')).toThrow(/ne peut pas passer en mode démonstration/);
    const demo = freshDb();
    setDatabaseMode(demo, 'demo');
    expect(() => setDatabaseMode(demo, 'production')).toThrow(AppError);
    expect(getDatabaseMode(demo)).toBe('demo');
  });

  it('refuses demo accounts in a production database', () => {
    const prod = freshDb();
    setDatabaseMode(prod, 'production');
    expect(() =>
      createOperator(prod, { username: 'demo', displayName: 'Démo', role: 'agent', password: 'demo', demo: true }, at(0), FAST),
    ).toThrow('Un compte de démonstration ne peut pas être créé dans une base de production.');

    const db = freshDb();
    setDatabaseMode(db, 'demo');
    createOperator(db, { username: 'demo', displayName: 'Démo', role: 'agent', password: 'demo', demo: true }, at(0), FAST);
    expect(verifyLogin(db, 'demo', 'demo')?.username).toBe('demo');
    // A demo file relabelled as production by hand must not let the demo account in.
    db.prepare("UPDATE meta SET value = 'production' WHERE key = 'mode'").run();
    expect(verifyLogin(db, 'demo', 'demo')).toBeNull();
  });
});
