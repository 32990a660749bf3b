// The single entry point of the backend, used by every transport (Electron IPC, loopback HTTP, tests):
// checks the channel, validates the input at the receiver, enforces the role, runs the handler and
// replies {ok,value}|{ok,error}. Stacks are logged, never sent.
import { z } from 'zod';
import { channels, isChannel, type Channel, type In, type Out } from '../../core/contract/channels.js';
import { AppError, fail, ok, type Reply } from '../../core/contract/reply.js';
import type { SessionOperator } from './sessions.js';

export interface CallContext<Ctx> {
  app: Ctx;
  operator: SessionOperator | null;
  token: string | null;
}

export type Handler<C extends Channel, Ctx> = (call: CallContext<Ctx>, input: z.output<(typeof channels)[C]['input']>) => Out<C> | Promise<Out<C>>;
export type Handlers<Ctx> = { [C in Channel]: Handler<C, Ctx> };

export interface DispatchDeps<Ctx> {
  app: Ctx;
  handlers: Handlers<Ctx>;
  resolveOperator(token: string | null): SessionOperator | null;
  log?(message: string, error?: unknown): void;
}

/** The operator of a non-public channel (the dispatcher has already refused calls without a session). */
export function requireOperator(operator: SessionOperator | null): SessionOperator {
  if (!operator) throw new AppError('unauthenticated', 'Session expirée ou absente : reconnectez-vous.');
  return operator;
}

export type Dispatcher = (channel: unknown, input: unknown, token: unknown) => Promise<Reply<unknown>>;

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first && first.path.length > 0 ? ` (champ ${first.path.join('.')})` : '';
  return `Requête invalide${where} : ${first?.message ?? 'format inattendu'}.`;
}

export function createDispatcher<Ctx>(deps: DispatchDeps<Ctx>): Dispatcher {
  const log = deps.log ?? ((message, error) => console.error(message, error));
  return async (channel, rawInput, rawToken) => {
    if (!isChannel(channel)) return fail('invalid_input', `Opération inconnue : ${String(channel).slice(0, 60)}.`);
    const spec = channels[channel];
    const token = typeof rawToken === 'string' && rawToken.length <= 200 ? rawToken : null;
    const operator = deps.resolveOperator(token);
    if (spec.access !== 'public') {
      if (!operator) return fail('unauthenticated', 'Session expirée ou absente : reconnectez-vous.');
      if (spec.access === 'referent' && operator.role !== 'referent')
        return fail('forbidden', 'Action réservée aux référents en identitovigilance.');
    }
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) return fail('invalid_input', describeIssues(parsed.error));
    try {
      const handler = deps.handlers[channel] as Handler<Channel, Ctx>;
      const value = await handler({ app: deps.app, operator, token }, parsed.data as In<Channel> as never);
      const checked = spec.output.safeParse(value);
      if (!checked.success) {
        log(`dispatch: output of ${channel} does not match its schema`, checked.error);
        return fail('internal', "Erreur interne : la réponse n'a pas pu être produite. Rien n'a été perdu ; réessayez.");
      }
      return ok(checked.data);
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.message, error.issues);
      log(`dispatch: ${channel} failed`, error);
      return fail('internal', "Erreur interne : l'opération n'a pas été effectuée. Réessayez ; si le problème persiste, prévenez votre référent.");
    }
  };
}

export type { Channel, In, Out };
