// The mock's control panel, in process (the `admin` of startInsiMock) and over HTTP (POST /admin/... on loopback):
// settings, injected trouble (latency, timeout, HTTP 500, malformed XML, forced faults) for the next N calls or
// always, and the log of the calls received, so tests can check what actually reached the « service ».
import type { VitaleCard } from '../core/insi/types.js';
import { listVirtualCards } from './dataset/cards.js';
import type { MockIdentity } from './dataset/identities.js';
import { DEFAULT_SETTINGS, type MockSettings, type Trouble } from './engine.js';
import { MAX_EXTRA_PERSONS } from './extra-persons.js';
import { FAULTS, type FaultName } from './responses.js';

export type Injection = Trouble & { times?: number | 'always' };

export interface MockCallLog {
  at: string;
  operation: string | null;
  messageId: string | null;
  idam: string | null;
  requestXml: string;
  status: number;
  summary: string;
}

export interface MockAdmin {
  inject(injection: Injection): void;
  clearInjections(): void;
  configure(patch: Partial<MockSettings>): MockSettings;
  settings(): MockSettings;
  calls(): MockCallLog[];
  /** Clears injections and the call log, restores the start settings. */
  reset(): void;
  cards(): VitaleCard[];
  /** Adds persons the mock answers for (tests, benchmarks, demo); reset() forgets them. Returns the total loaded. */
  addPersons(persons: readonly MockIdentity[]): number;
  /**
   * The built-in identities followed by the added persons — only those born on `birthDate` when it is given (the
   * matching needs an equal birth date: a benchmark's thousands of persons are not all compared on every call).
   */
  identities(builtIn: readonly MockIdentity[], birthDate?: string | null): readonly MockIdentity[];
}

const MAX_LOG = 1000;

interface Pending {
  trouble: Trouble;
  remaining: number;
}

export class MockState implements MockAdmin {
  private current: MockSettings;
  private pending: Pending[] = [];
  private log: MockCallLog[] = [];
  private extra: MockIdentity[] = [];
  private byBirthDate = new Map<string, MockIdentity[]>();
  private merged: { base: readonly MockIdentity[]; all: readonly MockIdentity[] } | null = null;

  constructor(private readonly initial: MockSettings) {
    this.current = structuredClone(initial);
  }

  inject(injection: Injection): void {
    const { times, ...trouble } = injection;
    validateTrouble(trouble as Trouble);
    this.pending.push({ trouble: trouble as Trouble, remaining: times === 'always' ? Number.POSITIVE_INFINITY : (times ?? 1) });
  }

  clearInjections(): void {
    this.pending = [];
  }

  configure(patch: Partial<MockSettings>): MockSettings {
    this.current = { ...this.current, ...patch, match: { ...this.current.match, ...patch.match } };
    return this.settings();
  }

  settings(): MockSettings {
    return structuredClone(this.current);
  }

  calls(): MockCallLog[] {
    return [...this.log];
  }

  reset(): void {
    this.pending = [];
    this.log = [];
    this.current = structuredClone(this.initial);
    this.extra = [];
    this.byBirthDate.clear();
    this.merged = null;
  }

  addPersons(persons: readonly MockIdentity[]): number {
    if (this.extra.length + persons.length > MAX_EXTRA_PERSONS) throw new Error(`Trop de personnes chargées (maximum ${MAX_EXTRA_PERSONS})`);
    this.extra.push(...persons);
    for (const p of persons) {
      const born = this.byBirthDate.get(p.birthDate);
      if (born) born.push(p);
      else this.byBirthDate.set(p.birthDate, [p]);
    }
    this.merged = null;
    return this.extra.length;
  }

  identities(builtIn: readonly MockIdentity[], birthDate?: string | null): readonly MockIdentity[] {
    if (this.extra.length === 0) return builtIn;
    if (birthDate) {
      const born = this.byBirthDate.get(birthDate);
      return born ? [...builtIn, ...born] : builtIn;
    }
    if (this.merged?.base !== builtIn) this.merged = { base: builtIn, all: [...builtIn, ...this.extra] };
    return this.merged.all;
  }

  cards(): VitaleCard[] {
    return listVirtualCards();
  }

  /** Consumes what applies to the next request: total injected latency and the first other trouble. */
  take(): { latencyMs: number; trouble: Trouble | null } {
    let latencyMs = this.current.latencyMs;
    let trouble: Trouble | null = null;
    for (const p of this.pending) {
      if (p.remaining <= 0) continue;
      if (p.trouble.kind === 'latency') {
        latencyMs += p.trouble.ms;
        p.remaining--;
      } else if (trouble === null) {
        trouble = p.trouble;
        p.remaining--;
      }
    }
    this.pending = this.pending.filter((p) => p.remaining > 0);
    return { latencyMs, trouble };
  }

  /** Keeps the last MAX_LOG calls: the demo mode runs the mock for hours. */
  record(entry: MockCallLog): void {
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
  }
}

export const DEFAULT_MOCK_SETTINGS = DEFAULT_SETTINGS;

function validateTrouble(t: Trouble): void {
  const kinds = ['latency', 'timeout', 'http500', 'malformed', 'fault'];
  if (!kinds.includes(t.kind)) throw new Error(`Injection inconnue : ${String((t as { kind: unknown }).kind)} (attendu : ${kinds.join(', ')})`);
  if (t.kind === 'latency' && !(Number.isFinite(t.ms) && t.ms >= 0)) throw new Error('Injection latency : ms doit être un nombre positif');
  if (t.kind === 'fault' && !(t.fault in FAULTS)) throw new Error(`Faute inconnue : ${t.fault} (attendu : ${Object.keys(FAULTS).join(', ')})`);
}

export const FAULT_NAMES = Object.keys(FAULTS) as FaultName[];
