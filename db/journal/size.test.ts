// Figure, not timing: on-disk bytes per journal entry for a bulk import (each creation journaled).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase } from '../connection.js';
import { insertIdentity } from '../repos/identities.js';
import { nextIpp } from '../repos/meta.js';
import { at } from '../test-support.js';
import { appendJournal } from './append.js';
import { verifyJournal } from './verify.js';

const NAMES = ['MARTIN', 'BERNARD', 'DUBOIS', 'THOMAS', 'ROBERT', 'PETIT', 'DURAND', 'LEROY', 'MOREAU', 'LEFEBVRE'];
const FIRST = ['MARIE CLAIRE', 'JEAN', 'NATHALIE', 'PIERRE LOUIS', 'SOPHIE', 'NICOLAS JEAN', 'ISABELLE', 'MICHEL'];

describe('journal size', () => {
  it('stays under 300 bytes per creation entry on disk (table + identity index)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'idv-size-'));
    const db = openDatabase(join(dir, 'base.sqlite'));
    try {
      const n = 5000;
      db.transaction(() => {
        for (let i = 0; i < n; i++) {
          const birthFirstNames = FIRST[i % FIRST.length]!;
          const row = {
            ipp: nextIpp(db), birthName: NAMES[i % NAMES.length]!, birthFirstNames, firstBirthName: birthFirstNames.split(' ')[0]!,
            sex: (i % 2 ? 'M' : 'F') as 'M' | 'F', birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
            birthplaceCog: '75056', status: 'provisoire' as const, createdAt: at(i),
          };
          const id = insertIdentity(db, row);
          const fields = ['ipp', 'birthName', 'birthFirstNames', 'firstBirthName', 'sex', 'birthDate', 'birthplaceCog', 'status'] as const;
          appendJournal(db, {
            at: at(i), operator: 'import', workstation: 'ACCUEIL-01', action: 'identity.import', entity: 'identity',
            entityId: id, reason: null, changes: fields.map((f) => ({ field: f, before: null, after: row[f] })),
          });
        }
      })();
      const bytes = (db.prepare("SELECT sum(pgsize) AS b FROM dbstat WHERE name IN ('journal', 'journal_identity')").get() as { b: number }).b;
      const perEntry = bytes / n;
      console.info(`journal: ${perEntry.toFixed(0)} octets par entrée de création`);
      expect(perEntry).toBeLessThan(300);
      expect(verifyJournal(db)).toMatchObject({ ok: true, entries: n });
    } finally {
      closeDatabase(db);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
