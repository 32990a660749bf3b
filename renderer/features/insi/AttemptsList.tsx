// The calls the backend made for one search (automatic retries of seed §3.2), shown discreetly:
// « Premier appel sans lieu de naissance → 02 ; Relance avec le lieu de naissance → 00 ».
import type { InsiOutcome } from '../../stores/insi-store.js';

const RESULTS: Record<string, string> = {
  '00': 'identité trouvée',
  '01': 'aucune identité',
  '02': 'plusieurs identités',
};

export function AttemptsList({ attempts }: { attempts: InsiOutcome['attempts'] }) {
  if (attempts.length === 0) return null;
  return (
    <section className="insi-attempts" aria-labelledby="insi-attempts-title">
      <h3 id="insi-attempts-title">Appels INSi effectués</h3>
      <ol>
        {attempts.map((a, i) => (
          <li key={i}>
            {a.reason} → <span className="mono">{a.result}</span>
            {RESULTS[a.result] ? ` (${RESULTS[a.result]})` : ''}
            <span className="hint"> — envoyé : {a.sent} — {Math.round(a.durationMs)} ms</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
