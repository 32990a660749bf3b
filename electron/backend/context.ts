// What every use case receives: the database, the COG reference, the injected clock, the workstation
// name, the INSi runtime (client, card reader, demo simulator) and the configured list of high-trust devices.
import type { CogReference } from '../../core/cog/model.js';
import { DEFAULT_DEVICE_TYPES, type DeviceType } from '../../core/identity/labels.js';
import type { Db } from '../../db/connection.js';
import { getMeta } from '../../db/repos/meta.js';
import type { InsiRuntime } from './insi-flow/runtime.js';
import type { SessionStore } from './sessions.js';

export interface Clock {
  /** ISO 8601 instant, UTC. */
  now(): string;
  /** ISO date (YYYY-MM-DD) in the lab's local time zone. */
  today(): string;
}

export interface AppContext {
  db: Db;
  cog: CogReference;
  clock: Clock;
  workstation: string;
  sessions: SessionStore;
  demo: boolean;
  /** Replaceable (configuration reload, tests); closed with the backend. */
  insi: InsiRuntime;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  today: () => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  },
};

/** The structure's configured list (meta `device_types`, JSON), else the RNIV default list. */
export function deviceTypes(db: Db): readonly DeviceType[] {
  const configured = getMeta(db, 'device_types');
  if (!configured) return DEFAULT_DEVICE_TYPES;
  try {
    const parsed = JSON.parse(configured) as DeviceType[];
    return Array.isArray(parsed) && parsed.length > 0 ? parsed : DEFAULT_DEVICE_TYPES;
  } catch {
    return DEFAULT_DEVICE_TYPES;
  }
}
