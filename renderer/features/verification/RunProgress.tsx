// Progress of the current verification run: a native progress bar (role progressbar), the counts (confirmées,
// échecs, à relancer), the throughput and « Fin estimée dans … ». Props only.
import type { RunView } from '../../stores/verification-store.js';

const STATE_LABELS: Record<RunView['state'], string> = {
  running: 'En cours',
  paused: 'En pause',
  cancelled: 'Annulée',
  done: 'Terminée',
};

export const runStateLabel = (run: RunView) => (run.state === 'running' && !run.live ? 'Interrompue (à reprendre)' : STATE_LABELS[run.state]);

export function RunProgress({ run }: { run: RunView }) {
  const pct = run.due === 0 ? 100 : Math.floor((run.done / run.due) * 100);
  return (
    <section className="verification-progress" aria-labelledby="verification-progress-title">
      <h3 id="verification-progress-title">
        Vérification n° {run.id} — {runStateLabel(run)}
      </h3>
      <progress
        max={run.due}
        value={run.done}
        aria-label="Progression de la vérification"
        aria-valuetext={`${run.done} sur ${run.due} identités vérifiées (${pct} %)`}
      />
      <p className="verification-counts" role="status" aria-live="polite">
        {run.done} / {run.due} vérifiées ({pct} %) : <strong>{run.confirmed} confirmées</strong> · <strong>{run.failed} échecs</strong> (file de revue) ·{' '}
        <strong>{run.retried} à relancer</strong> (INSi indisponible)
        {run.skipped > 0 && <> · {run.skipped} plus vérifiables</>}
      </p>
      <p className="hint">
        {run.throughput !== null && <>{run.throughput.toLocaleString('fr-FR')} identités par seconde · </>}
        limite {run.ratePerSecond?.toLocaleString('fr-FR') ?? '—'} appels par seconde
        {run.etaLabel && <> · Fin estimée dans {run.etaLabel}</>}
      </p>
    </section>
  );
}
