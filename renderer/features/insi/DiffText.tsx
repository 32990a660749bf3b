// One side of a character diff: the local value shows what INSi does not have (struck through, <del>),
// the returned value what the local one lacks (underlined, <ins>). Colour is never the only cue: the
// marks are struck/underlined, spaces are made visible, and screen readers hear a text alternative.
import type { Out } from '../../../core/contract/channels.js';

type Segment = NonNullable<Out<'insi.search'>['comparison']>['fields'][number]['segments'][number];

interface Props {
  segments: Segment[];
  side: 'local' | 'returned';
  /** The plain value, used when the backend sent no segments. */
  value: string | null;
  /** How the local side is named for screen readers: « la fiche » or « la saisie ». */
  localName?: string;
}

/** A space or a run of spaces is invisible when struck through: show it as « ␣ ». */
const visible = (text: string) => (text.trim() === '' ? '␣'.repeat(text.length) : text);

export function DiffText({ segments, side, value, localName = 'la fiche' }: Props) {
  if (value === null || value === '') {
    return <span className="diff-absent">—<span className="visually-hidden"> (absent)</span></span>;
  }
  if (segments.length === 0) return <>{value}</>;
  const hide = side === 'local' ? 'added' : 'removed';
  return (
    <>
      {segments.map((s, i) => {
        if (s.kind === hide) return null;
        if (s.kind === 'same') return <span key={i}>{s.text}</span>;
        return side === 'local' ? (
          <del key={i} className="diff diff--removed">
            <span className="visually-hidden">[absent d’INSi : </span>
            {visible(s.text)}
            <span className="visually-hidden">]</span>
          </del>
        ) : (
          <ins key={i} className="diff diff--added">
            <span className="visually-hidden">[absent de {localName} : </span>
            {visible(s.text)}
            <span className="visually-hidden">]</span>
          </ins>
        );
      })}
    </>
  );
}
