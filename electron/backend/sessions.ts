// In-memory operator sessions of the backend: opaque random tokens → operator, with idle expiry.
// Tokens never reach the journal; ids and clock are injected so tests are deterministic.
import { randomBytes } from 'node:crypto';

export type Role = 'agent' | 'referent';
export interface SessionOperator {
  username: string;
  displayName: string;
  role: Role;
}

interface Session {
  operator: SessionOperator;
  lastSeenMs: number;
}

export interface SessionStore {
  open(operator: SessionOperator): string;
  get(token: string | null | undefined): SessionOperator | null;
  close(token: string | null | undefined): void;
}

const IDLE_LIMIT_MS = 4 * 60 * 60 * 1000;

export function createSessionStore(
  nowMs: () => number = Date.now,
  newToken: () => string = () => randomBytes(24).toString('base64url'),
): SessionStore {
  const sessions = new Map<string, Session>();
  return {
    open(operator) {
      const token = newToken();
      sessions.set(token, { operator, lastSeenMs: nowMs() });
      return token;
    },
    get(token) {
      if (!token) return null;
      const session = sessions.get(token);
      if (!session) return null;
      if (nowMs() - session.lastSeenMs > IDLE_LIMIT_MS) {
        sessions.delete(token);
        return null;
      }
      session.lastSeenMs = nowMs();
      return session.operator;
    },
    close(token) {
      if (token) sessions.delete(token);
    },
  };
}
