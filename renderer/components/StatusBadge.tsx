// The identity status badge (colour + words). Its tooltip tells what is missing to reach
// « Identité qualifiée »: after ~1 s of hover, and at once on keyboard focus (domain.md §5).
import { useEffect, useId, useRef, useState } from 'react';
import { STATUS_LABELS } from '../../core/identity/labels.js';
import type { IdentityStatus } from '../../core/identity/types.js';

export const TOOLTIP_HOVER_DELAY_MS = 1000;

interface Props {
  status: IdentityStatus;
  /** When given, the badge is focusable and explains what is missing. */
  missingForQualified?: string[];
  compact?: boolean;
}

export function StatusBadge({ status, missingForQualified, compact = false }: Props) {
  const tipId = useId();
  const [open, setOpen] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  const label = STATUS_LABELS[status];
  const className = `badge badge--${status}${compact ? ' badge--compact' : ''}`;
  if (!missingForQualified) return <span className={className}>{label}</span>;

  const cancel = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  return (
    <span className="badge-wrap">
      <span
        className={className}
        tabIndex={0}
        aria-describedby={tipId}
        onFocus={() => { cancel(); setOpen(true); }}
        onBlur={() => { cancel(); setOpen(false); }}
        onMouseEnter={() => { cancel(); timer.current = setTimeout(() => setOpen(true), TOOLTIP_HOVER_DELAY_MS); }}
        onMouseLeave={() => { cancel(); setOpen(false); }}
        onKeyDown={(e) => { if (e.key === 'Escape' && open) { e.stopPropagation(); setOpen(false); } }}
      >
        {label}
      </span>
      <span role="tooltip" id={tipId} className="tooltip" hidden={!open}>
        {missingForQualified.length === 0 ? (
          'Identité qualifiée : rien ne manque.'
        ) : (
          <>
            Pour atteindre « Identité qualifiée » :
            <ul>
              {missingForQualified.map((m) => <li key={m}>{m}</li>)}
            </ul>
          </>
        )}
      </span>
    </span>
  );
}
