// Handlers of the `insi.*` channels: thin adapters from validated inputs to the INSi flow (electron/backend/insi-flow)
// and to identity views. The virtual card reader exposes cards without their numbers.
import type { AppContext } from '../context.js';
import { requireOperator, type Handler } from '../dispatch.js';
import { buildIdentityView } from '../identity-view.js';
import { acceptInsiAnswer, refuseInsiAnswer, searchInsi, verifyInsi } from '../insi-flow/index.js';

export const insiHandlers: {
  'insi.status': Handler<'insi.status', AppContext>;
  'insi.cards': Handler<'insi.cards', AppContext>;
  'insi.search': Handler<'insi.search', AppContext>;
  'insi.accept': Handler<'insi.accept', AppContext>;
  'insi.refuse': Handler<'insi.refuse', AppContext>;
  'insi.verify': Handler<'insi.verify', AppContext>;
} = {
  'insi.status': async ({ app }) => {
    await app.insi.ready();
    return app.insi.status();
  },
  'insi.cards': async ({ app }) => {
    await app.insi.ready();
    const reader = app.insi.cardReader();
    if (!reader) return [];
    return (await reader.list()).map((card) => ({
      id: card.id,
      label: card.label,
      synthetic: card.synthetic,
      beneficiaries: card.beneficiaries.map((b, index) => ({ index, label: `${b.birthName} ${b.firstName} — ${b.birthDate.split('-').reverse().join('/')}${b.birthRank > 1 ? ` (rang ${b.birthRank})` : ''}`, quality: b.quality })),
    }));
  },
  'insi.search': ({ app, operator }, input) => searchInsi(app, requireOperator(operator), input),
  'insi.accept': ({ app, operator }, input) => buildIdentityView(app, acceptInsiAnswer(app, requireOperator(operator), input)),
  'insi.refuse': ({ app, operator }, input) => {
    refuseInsiAnswer(app, requireOperator(operator), input);
    return {};
  },
  'insi.verify': async ({ app, operator }, { identityId }) => {
    const result = await verifyInsi(app, requireOperator(operator), identityId);
    return { verdict: result.verdict, message: result.message, identity: buildIdentityView(app, result.identity) };
  },
};
