// Result envelope of every contract call: {ok:true,value} | {ok:false,error}. Error codes are stable
// strings; messages are French and specific; no stack ever crosses this boundary.
import type { FieldIssue } from '../identity/types.js';

export const ERROR_CODES = [
  'invalid_input', // payload does not match the channel schema
  'validation', // identity rules refused the data: see issues
  'unauthenticated',
  'forbidden', // role does not allow the action
  'not_found',
  'conflict', // optimistic concurrency: the record changed since it was read
  'locked', // strict traits locked: unlock with a reason first
  'unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorPayload {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: AppErrorPayload };

/** Thrown inside a process; turned into a Reply at the boundary. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly issues?: FieldIssue[];
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (issues) this.issues = issues;
  }
}

export const ok = <T>(value: T): Reply<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, issues?: FieldIssue[]): Reply<never> => ({
  ok: false,
  error: issues ? { code, message, issues } : { code, message },
});
