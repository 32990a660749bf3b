// Public API of the pure INSi rules: wire constants, request building, lenient response parsing, classification,
// retry policy, the traits search strategy, verification judgement, comparison with diff segments, French messages.
export * from './namespaces.js';
export * from './types.js';
export { buildTraitsEnvelope, buildVitaleEnvelope } from './request.js';
export { checkTraitsQuery, checkVitaleQuery } from './query-check.js';
export { parseInsiResponse } from './response.js';
export { classifyFault, classifyResponse, isFailure } from './classify.js';
export { DEFAULT_RETRY_POLICY, retryDecision, type RetryDecision, type RetryPolicy } from './retry.js';
export * from './strategy.js';
export { judgeVerification, type StoredInsIdentity, type VerificationJudgement, type VerificationVerdict } from './verify.js';
export { diffChars, diffPositional, rebuild, type DiffKind, type DiffSegment } from './diff.js';
export * from './compare.js';
export { failureMessage, invalidQueryMessage, multipleMessage, NOT_FOUND_MESSAGE } from './messages.js';
export { parseXml, escapeXml, type XmlElement } from './xml-tree.js';
