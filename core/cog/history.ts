// Follows a place through time: which code(s) denoted it on a given date, and how two codes are linked.
// Communes follow the INSEE events (mergers, département changes, communes nouvelles); countries and overseas
// communes, which have no event file, follow adjacent periods (Tchécoslovaquie → Tchéquie, Slovaquie).
import type { CogEvent, CogPlace, CogReference } from './model.js';
import { isValidOn } from './model.js';

const MAX_DEPTH = 8;

export function periodsOf(ref: CogReference, code: string): readonly CogPlace[] {
  return ref.periodsByCode.get(code) ?? [];
}

export function periodOn(ref: CogReference, code: string, dateIso: string): CogPlace | undefined {
  return periodsOf(ref, code).find((p) => isValidOn(p, dateIso));
}

/** The latest period of a code (today's state when still valid). */
export function latestPeriod(ref: CogReference, code: string): CogPlace | undefined {
  const periods = periodsOf(ref, code);
  return periods[periods.length - 1];
}

/** One step from a code to another: a commune event, or a country succession read from adjacent periods. */
export interface HistoryStep {
  fromCode: string;
  fromName: string;
  toCode: string;
  toName: string;
  date: string;
  /** INSEE MOD of the event; null for a country succession. */
  mod: number | null;
}

function stepOfEvent(e: CogEvent): HistoryStep {
  return { fromCode: e.beforeCode, fromName: e.beforeName, toCode: e.afterCode, toName: e.afterName, date: e.date, mod: e.mod };
}

// Countries and overseas communes have no event file: a period ending the day another code's period starts is read
// as a succession (any country; an overseas commune only under the same name: Mayotte 985xx → 976xx in 2007).
// Not when the code itself goes on that day (a mere rename), which would link unrelated countries created then.
function successors(ref: CogReference, code: string, date: string): HistoryStep[] {
  const periods = periodsOf(ref, code);
  const ending = periods.find((p) => p.validTo === date && p.kind !== 'commune' && p.kind !== 'arrondissement');
  if (!ending || periods.some((p) => p.validFrom === date)) return [];
  return (ref.periodsStartingOn.get(date) ?? [])
    .filter((p) => p.code !== code && p.kind === ending.kind && (p.kind === 'pays' || p.nameKey === ending.nameKey))
    .map((p) => ({ fromCode: code, fromName: ending.name, toCode: p.code, toName: p.name, date, mod: null }));
}

function predecessors(ref: CogReference, code: string, date: string): HistoryStep[] {
  const periods = periodsOf(ref, code);
  const starting = periods.find((p) => p.validFrom === date && p.kind !== 'commune' && p.kind !== 'arrondissement');
  if (!starting || periods.some((p) => p.validTo === date)) return [];
  return (ref.periodsEndingOn.get(date) ?? [])
    .filter((p) => p.code !== code && p.kind === starting.kind && (p.kind === 'pays' || p.nameKey === starting.nameKey))
    .map((p) => ({ fromCode: p.code, fromName: p.name, toCode: code, toName: starting.name, date, mod: null }));
}

/** Steps leaving a code at a date (the code's period ended then). */
function stepsOut(ref: CogReference, code: string, date: string): HistoryStep[] {
  const events = (ref.eventsFrom.get(code) ?? []).filter((e) => e.date === date).map(stepOfEvent);
  return events.concat(successors(ref, code, date));
}

/** Steps arriving at a code at a date (the code's period started then). */
function stepsIn(ref: CogReference, code: string, date: string): HistoryStep[] {
  const events = (ref.eventsTo.get(code) ?? []).filter((e) => e.date === date).map(stepOfEvent);
  return events.concat(predecessors(ref, code, date));
}

/**
 * Codes that denoted the same place on `dateIso`, reached by following history from `code`
 * forwards (code extinct by then) or backwards (code not yet created). Empty when the code is valid then or nothing is found.
 */
export function codesValidAt(ref: CogReference, code: string, dateIso: string): string[] {
  const periods = periodsOf(ref, code);
  if (periods.length === 0 || periods.some((p) => isValidOn(p, dateIso))) return [];
  const found = new Set<string>();
  const seen = new Set<string>();
  // From the end of a period of `c` (endDate <= dateIso): the same code going on under a new name, or other codes.
  const forward = (c: string, endDate: string, depth: number): void => {
    if (depth > MAX_DEPTH || seen.has(`>${c}@${endDate}`)) return;
    seen.add(`>${c}@${endDate}`);
    const next = periodsOf(ref, c).find((p) => p.validFrom === endDate);
    if (next) {
      if (isValidOn(next, dateIso)) found.add(c);
      else if (next.validTo !== null && next.validTo <= dateIso) forward(c, next.validTo, depth + 1);
    }
    for (const step of stepsOut(ref, c, endDate)) {
      const target = periodsOf(ref, step.toCode).find((p) => isValidOn(p, step.date));
      if (!target) continue;
      if (isValidOn(target, dateIso)) found.add(step.toCode);
      else if (target.validTo !== null && target.validTo <= dateIso) forward(step.toCode, target.validTo, depth + 1);
    }
  };
  // From the start of a period of `c` (startDate > dateIso): the same code under an earlier name, or other codes.
  const backward = (c: string, startDate: string, depth: number): void => {
    if (depth > MAX_DEPTH || seen.has(`<${c}@${startDate}`)) return;
    seen.add(`<${c}@${startDate}`);
    const previous = periodsOf(ref, c).find((p) => p.validTo === startDate);
    if (previous) {
      if (isValidOn(previous, dateIso)) found.add(c);
      else if (previous.validFrom > dateIso) backward(c, previous.validFrom, depth + 1);
    }
    for (const step of stepsIn(ref, c, startDate)) {
      const source = periodsOf(ref, step.fromCode).find((p) => p.validTo === step.date);
      if (!source) continue;
      if (isValidOn(source, dateIso)) found.add(step.fromCode);
      else if (source.validFrom > dateIso) backward(step.fromCode, source.validFrom, depth + 1);
    }
  };
  const before = [...periods].reverse().find((p) => p.validTo !== null && p.validTo <= dateIso);
  const after = periods.find((p) => p.validFrom > dateIso);
  if (before?.validTo) forward(code, before.validTo, 0);
  if (found.size === 0 && after) backward(code, after.validFrom, 0);
  found.delete(code);
  return [...found];
}

/**
 * A chain of steps leading forwards in time from `fromCode` to `toCode` (each step no earlier than the previous),
 * or null. Breadth-first, so the shortest chain is returned.
 */
export function historyPath(ref: CogReference, fromCode: string, toCode: string): HistoryStep[] | null {
  interface Node { code: string; since: string; path: HistoryStep[] }
  let frontier: Node[] = [{ code: fromCode, since: '', path: [] }];
  const seen = new Set<string>([fromCode]);
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: Node[] = [];
    for (const node of frontier) {
      for (const step of allStepsOut(ref, node.code)) {
        if (step.date < node.since || (isSplit(step) && node.path.length > 0)) continue;
        const path = [...node.path, step];
        if (step.toCode === toCode) return path;
        if (!seen.has(step.toCode)) {
          seen.add(step.toCode);
          next.push({ code: step.toCode, since: step.date, path });
        }
      }
    }
    frontier = next;
  }
  return null;
}

// A commune created or re-established out of another is the same place only as the first step of a chain:
// after a merger, a later split would link two sibling communes that never were one place.
const isSplit = (step: HistoryStep): boolean => step.mod === 20 || step.mod === 21;

function allStepsOut(ref: CogReference, code: string): HistoryStep[] {
  const ends = new Set(periodsOf(ref, code).flatMap((p) => (p.validTo === null ? [] : [p.validTo])));
  const events = (ref.eventsFrom.get(code) ?? []).map(stepOfEvent);
  return events.concat([...ends].flatMap((date) => successors(ref, code, date)));
}

/**
 * Codes that were absorbed into `code` (mergers, communes nouvelles, département changes) after `dateIso` and were
 * themselves valid on that date: the communes a person born then may have been born in when the agent types today's name.
 */
export function ancestorsValidAt(ref: CogReference, code: string, dateIso: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>([code]);
  let frontier: { code: string; until: string }[] = [{ code, until: '9999-12-31' }];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: { code: string; until: string }[] = [];
    for (const node of frontier) {
      for (const e of ref.eventsTo.get(node.code) ?? []) {
        if (e.date <= dateIso || e.date > node.until || e.mod === 20 || e.mod === 21 || seen.has(e.beforeCode)) continue;
        seen.add(e.beforeCode);
        if (periodOn(ref, e.beforeCode, dateIso)) found.add(e.beforeCode);
        else next.push({ code: e.beforeCode, until: e.date });
      }
    }
    frontier = next;
  }
  return [...found];
}
