// « Journal » (Identitovigilance, referent only): the journal of operations and the access journal with
// filters, newest first; « Vérifier l'intégrité du journal » checks the hash chain of the one shown and names
// the first broken link; the export (CSV or JSON lines, hashes included) is for an audit and is journaled.
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { downloadText } from '../../lib/download.js';
import { useStores } from '../../stores/context.js';
import { createJournalStore } from '../../stores/journal-store.js';
import { JOURNAL_NAMES, JournalFilters } from './JournalFilters.js';
import { JournalTable } from './JournalTable.js';

export function JournalTab() {
  const { api } = useStores();
  const [store] = useState(() => createJournalStore(api));
  const s = useStore(store);
  const [exported, setExported] = useState<string | null>(null);
  const verdictRef = useRef<HTMLDivElement>(null);
  useEffect(() => { void store.getState().search(store.getState().filters); }, [store]);

  const exportAs = async (format: 'csv' | 'jsonl') => {
    setExported(null);
    const file = await store.getState().exportAs(format);
    if (!file) return;
    downloadText(file.fileName, file.content, file.mimeType);
    const what = file.entries > 1 ? 'entrées exportées' : 'entrée exportée';
    setExported(`${file.entries.toLocaleString('fr-FR')} ${what} dans « ${file.fileName} » (empreintes comprises) ; l’export est journalisé.`);
  };
  const verify = async () => {
    await store.getState().verify();
    verdictRef.current?.focus();
  };
  const v = s.verification;
  const name = JOURNAL_NAMES[s.journal];

  return (
    <div className="journal-viewer">
      <h2>Journal</h2>
      <JournalFilters
        key={s.journal}
        journal={s.journal}
        initial={s.filters}
        actions={s.actions}
        busy={s.loading}
        onJournal={(j) => void store.getState().setJournal(j)}
        onApply={(f) => void store.getState().search(f)}
      />
      <div className="toolbar">
        <button type="button" className="btn" onClick={() => void verify()} disabled={s.verifying}>
          {s.journal === 'journal' ? 'Vérifier l’intégrité du journal' : 'Vérifier l’intégrité du journal des accès'}
        </button>
        <button type="button" className="btn" onClick={() => void exportAs('csv')} disabled={s.exporting}>Exporter pour audit (CSV)</button>
        <button type="button" className="btn" onClick={() => void exportAs('jsonl')} disabled={s.exporting}>Exporter pour audit (JSON lignes)</button>
      </div>
      <div ref={verdictRef} tabIndex={-1} className="journal-verdict">
        {s.verifying && <p role="status">Vérification du chaînage en cours…</p>}
        {v && v.ok && <p role="status" className="notice">{v.message}</p>}
        {v && !v.ok && (
          <p role="alert" className="form-error">
            {v.message} Premier maillon rompu : entrée n° {v.firstBrokenSeq} ({v.entries.toLocaleString('fr-FR')} entrées intègres avant elle).
          </p>
        )}
      </div>
      {exported && <p role="status" className="notice">{exported}</p>}
      {s.error && <p role="alert" className="form-error">{s.error}</p>}
      <JournalTable caption={`${name} : entrées les plus récentes d’abord`} rows={s.rows} />
      {s.loading && <p role="status">Lecture du journal…</p>}
      {s.nextBefore !== null && (
        <button type="button" className="btn" onClick={() => void store.getState().more()} disabled={s.loading}>
          Entrées plus anciennes
        </button>
      )}
    </div>
  );
}
