// « Lieu de naissance »: ARIA combobox (input + listbox) over `reference.cogSuggest`, ranked for the
// birth date; ↓/↑ move, Entrée (or Tab) picks. A typed 5-character code is taken as is, so the
// backend can refuse a code that never existed. « INCONNU » (99999) only when typed or picked.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Out } from '../../../core/contract/channels.js';
import { FieldMessages, describedBy, type Issue } from './FieldMessages.js';

export type CogSuggestion = Out<'reference.cogSuggest'>[number];
export type Birthplace = NonNullable<Out<'reference.cogDescribe'>>;

export const COG_DEBOUNCE_MS = 150;
const CODE = /^(\d{2}|2[AB])\d{3}$/i;

interface Props {
  id: string;
  label: string;
  /** The chosen COG code ('' when none). */
  value: string;
  /** ISO birth date when known, to rank suggestions and name the place as it was then. */
  birthDate: string | undefined;
  readOnly?: boolean;
  errors: Issue[];
  warnings: Issue[];
  onChange(code: string): void;
  onBlur?(): void;
  suggest(query: string, birthDate: string | undefined): Promise<CogSuggestion[]>;
  describe(code: string, birthDate: string | undefined): Promise<Birthplace | null>;
}

const display = (label: string, code: string) => `${label} (${code})`;

export function BirthplaceCombobox(p: Props) {
  const listId = useId();
  const [text, setText] = useState('');
  const [options, setOptions] = useState<CogSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [place, setPlace] = useState<Birthplace | null>(null);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => { if (timer.current) clearTimeout(timer.current); }, []);

  // Describe the chosen code (name at birth and today's); also fills the text when editing.
  const { value, birthDate, describe } = p;
  useEffect(() => {
    if (!value) { setPlace(null); return; }
    let live = true;
    describe(value, birthDate).then(
      (b) => {
        if (!live) return;
        setPlace(b);
        if (b) setText((t) => (t === '' ? display(b.label, b.code) : t));
      },
      () => live && setPlace(null),
    );
    return () => { live = false; };
  }, [value, birthDate, describe]);

  const fetchOptions = (query: string) => {
    const mine = ++seq.current;
    if (timer.current) clearTimeout(timer.current);
    if (!query.trim()) { setOptions([]); setOpen(false); return; }
    timer.current = setTimeout(() => {
      p.suggest(query.trim(), p.birthDate).then(
        (list) => {
          if (mine !== seq.current) return;
          setOptions(list);
          setOpen(list.length > 0);
          setActive(-1);
        },
        () => mine === seq.current && setOptions([]),
      );
    }, COG_DEBOUNCE_MS);
  };

  const onType = (t: string) => {
    setText(t);
    const code = t.trim();
    p.onChange(CODE.test(code) ? code.toUpperCase() : '');
    fetchOptions(t);
  };

  const choose = (o: CogSuggestion) => {
    seq.current++;
    setText(display(o.label, o.code));
    setOpen(false);
    setActive(-1);
    p.onChange(o.code);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (p.readOnly) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open && options.length) setOpen(true);
      setActive((a) => Math.min(options.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(0, a - 1));
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Tab' && open && options[active]) {
      choose(options[active]);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const activeOption = open && active >= 0 ? `${listId}-${active}` : undefined;
  const placeId = `${p.id}-place`;
  const described = [place ? placeId : null, describedBy(p.id, p)].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field combobox${p.errors.length ? ' field--invalid' : ''}`}>
      <label htmlFor={p.id}>{p.label}</label>
      <input
        id={p.id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption}
        aria-invalid={p.errors.length > 0 ? true : undefined}
        aria-describedby={described}
        autoComplete="off"
        spellCheck={false}
        readOnly={p.readOnly}
        value={text}
        placeholder="Commune, pays ou code INSEE"
        onChange={(e) => onType(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => { setOpen(false); p.onBlur?.(); }}
      />
      <ul id={listId} role="listbox" aria-label="Lieux proposés" className="listbox" hidden={!open}>
        {options.map((o, i) => (
          <li
            key={`${o.code}-${o.validFrom ?? ''}`}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'option is-active' : 'option'}
            onMouseDown={(e) => { e.preventDefault(); choose(o); }}
          >
            <span className="option__label">{o.label}</span>
            <span className="option__detail">{o.detail}</span>
            <span className="option__code mono">{o.code}</span>
          </li>
        ))}
      </ul>
      {place && (
        <p id={placeId} className="field__stored">
          Code <span className="mono">{place.code}</span> — à la naissance : {place.label}
          {place.currentLabel ? ` — aujourd’hui : ${place.currentLabel}` : ''}
        </p>
      )}
      <FieldMessages fieldId={p.id} errors={p.errors} warnings={p.warnings} />
    </div>
  );
}
