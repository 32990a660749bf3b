// Benchmark fixture (not used by the app): journals a seeded base as if the desk had done the work, so the
// dashboard's fold and reads are measured on a realistic journal: per identity, its creation (at its
// created_at), and for those with an INS an INSi call CR 00 and the acceptance (→ récupérée), plus a
// document check for the qualified ones; a few CR 01/02 and unavailable calls. Operators and workstations
// from small pools. `npx tsx db/indicators/bench-journal.ts --db <file>`; refuses a base already journaled.
import { parseArgs } from 'node:util';
import { openDatabase } from '../connection.js';
import { createJournalAppender } from '../journal/index.js';

const { values } = parseArgs({ options: { db: { type: 'string' } } });
if (!values.db) throw new Error('--db <fichier> est obligatoire.');
const db = openDatabase(values.db);
if (db.prepare("SELECT 1 FROM journal WHERE action IN ('identity.create', 'identity.import') LIMIT 1").get()) {
  console.error('Cette base a déjà des créations journalisées : rien à faire.');
  process.exit(1);
}
const started = performance.now();
const OPERATORS = Array.from({ length: 24 }, (_, i) => `agent${String(i + 1).padStart(2, '0')}`);
const WORKSTATIONS = Array.from({ length: 12 }, (_, i) => `ACCUEIL-${i + 1}`);
const OTHER_CALLS = ['not_found', 'multiple', 'fault_unavailable', 'timeout', 'fault_configuration'];
const plus = (iso: string, s: number) => new Date(Date.parse(iso) + s * 1000).toISOString();
let n = 0;
db.transaction(() => {
  const append = createJournalAppender(db);
  const rows = db
    .prepare(
      `SELECT i.id, i.ipp, i.status, i.created_at, i.insi_verified_at, ins.matricule FROM identities i
       LEFT JOIN ins ON ins.identity_id = i.id AND ins.active = 1 ORDER BY i.created_at, i.id`,
    )
    .raw()
    .all() as [number, string, string, string, string | null, string | null][];
  // Read first: better-sqlite3 cannot write while a statement iterates.
  for (const [id, ipp, status, createdAt, , matricule] of rows) {
    const r = { id, ipp, status, created_at: createdAt, matricule };
    const operator = OPERATORS[r.id % OPERATORS.length]!;
    const workstation = WORKSTATIONS[(r.id * 7) % WORKSTATIONS.length]!;
    const base = { operator, workstation, entity: 'identity' as const, entityId: r.id, reason: null };
    const at = r.created_at;
    append({ ...base, at, action: 'identity.create', changes: [{ field: 'ipp', before: null, after: r.ipp }] });
    n += 1;
    if (r.id % 40 === 0) {
      append({ ...base, at: plus(at, 20), action: 'identity.insi_call', changes: [], data: { status: OTHER_CALLS[r.id % OTHER_CALLS.length], requestXml: '<soap/>' } });
      n += 1;
    }
    if (r.matricule) {
      append({ ...base, at: plus(at, 30), action: 'identity.insi_call', changes: [], data: { status: 'found', cr: '00', requestXml: '<soap:Envelope/>', responseXml: '<soap:Envelope/>' } });
      append({ ...base, at: plus(at, 40), action: 'identity.insi_accept', changes: [{ field: 'insMatricule', before: null, after: r.matricule }, { field: 'status', before: 'provisoire', after: 'recuperee' }] });
      n += 2;
    }
    if (r.status === 'validee' || r.status === 'qualifiee') {
      const before = r.matricule ? 'recuperee' : 'provisoire';
      append({ ...base, at: plus(at, 50), action: 'identity.document_check', changes: [{ field: 'documentCheck', before: null, after: 'CNI' }, { field: 'status', before, after: r.status }] });
      n += 1;
    }
  }
}).immediate();
console.log(`${n.toLocaleString('fr-FR')} entrées journalisées en ${((performance.now() - started) / 1000).toFixed(1)} s.`);
