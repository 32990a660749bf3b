// `search "<requête>" [--json] [--limit N]`: the desk's search from the command line; a table for
// people, or exactly {"rows":[...],"truncated":bool} with --json.
import { searchIdentities, type SearchRow } from '../../search/index.js';
import { intOption, UsageError, type CliCommand } from '../command.js';

const STATUS_LABEL: Record<SearchRow['status'], string> = {
  provisoire: 'Provisoire',
  recuperee: 'Récupérée',
  validee: 'Validée',
  qualifiee: 'Qualifiée',
};

const frenchDate = (iso: string) => iso.split('-').reverse().join('/');

function table(rows: readonly SearchRow[]): string {
  const header = ['IPP', 'Nom de naissance', 'Prénoms', 'Né(e) le', 'Sexe', 'Lieu', 'Nom utilisé', 'Statut', 'INS', 'Correspondance', 'Homonyme'];
  const lines = rows.map((r) => [
    r.ipp,
    r.birthName,
    r.birthFirstNames,
    frenchDate(r.birthDate) + (r.birthDateCorrected ? ' (corrigée)' : ''),
    r.sex,
    r.birthplaceLabel,
    r.usedName ?? '',
    STATUS_LABEL[r.status] + (r.attributes.length > 0 ? ` (${r.attributes.join(', ')})` : ''),
    r.insMasked ?? '',
    r.matchedBy.join(', '),
    r.possibleHomonym ? 'possible' : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

export const searchCommand: CliCommand = {
  name: 'search',
  summary: 'Recherche des patients (nom, prénom, date de naissance, IPP, matricule INS)',
  usage: 'search "<requête>" [--json] [--limit N]',
  options: { json: { type: 'boolean' }, limit: { type: 'string' } },
  positionals: { min: 1, max: 50 },
  run({ options, positionals, io, openDb }) {
    const query = positionals.join(' ');
    if (query.trim() === '') throw new UsageError('La requête est vide.');
    const limit = intOption(options, 'limit', 50, 500);
    const result = searchIdentities(openDb(), query, { limit });
    if (options.json) {
      io.stdout.write(`${JSON.stringify({ rows: result.rows, truncated: result.truncated })}\n`);
      return 0;
    }
    if (result.rows.length === 0) {
      io.stdout.write(`Aucune identité ne correspond à « ${query} » (${result.tookMs} ms).\n`);
      return 0;
    }
    const more = result.truncated ? ' ; liste tronquée : précisez la recherche' : '';
    io.stdout.write(`${table(result.rows)}\n\n${result.rows.length} identité(s) en ${result.tookMs} ms${more}.\n`);
    return 0;
  },
};
