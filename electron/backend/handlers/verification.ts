// Handlers of the `verification.*` and `review.*` channels (referent only, enforced by the dispatcher from the
// contract): thin adapters to electron/backend/verification. verification.start returns at once; the batch runs
// inside this backend process and the tab polls verification.status.
import type { AppContext } from '../context.js';
import { requireOperator, type Handler } from '../dispatch.js';
import { listReviews, refreshReview, resolveReview } from '../verification/review.js';
import { cancelVerification, pauseVerification, resumeVerification, startVerification } from '../verification/service.js';
import { forgetDueCount, runView, verificationStatus } from '../verification/status-view.js';

export const verificationHandlers: {
  'verification.status': Handler<'verification.status', AppContext>;
  'verification.start': Handler<'verification.start', AppContext>;
  'verification.pause': Handler<'verification.pause', AppContext>;
  'verification.resume': Handler<'verification.resume', AppContext>;
  'verification.cancel': Handler<'verification.cancel', AppContext>;
  'review.list': Handler<'review.list', AppContext>;
  'review.refresh': Handler<'review.refresh', AppContext>;
  'review.resolve': Handler<'review.resolve', AppContext>;
} = {
  'verification.status': ({ app }) => verificationStatus(app),
  'verification.start': async ({ app, operator }, { ratePerSecond }) => {
    await app.insi.ready();
    app.insi.client(); // INSi not configured: refused before any run is created (AppError 'unavailable').
    forgetDueCount(app);
    return runView(app, startVerification(app, requireOperator(operator), { ratePerSecond }));
  },
  'verification.pause': ({ app, operator }) => runView(app, pauseVerification(app, requireOperator(operator))),
  'verification.resume': async ({ app, operator }, { ratePerSecond }) => {
    await app.insi.ready();
    app.insi.client();
    return runView(app, resumeVerification(app, requireOperator(operator), ratePerSecond === undefined ? {} : { ratePerSecond }));
  },
  'verification.cancel': ({ app, operator }) => runView(app, cancelVerification(app, requireOperator(operator))),
  'review.list': ({ app }, { limit, offset }) => listReviews(app, limit, offset),
  'review.refresh': ({ app, operator }, { id }) => refreshReview(app, requireOperator(operator), id),
  'review.resolve': ({ app, operator }, input) => resolveReview(app, requireOperator(operator), input),
};
