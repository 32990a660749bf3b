// Public face of the INSi flow of the backend: runtime (configuration, demo simulator), search, accept, refuse, verify.
export { openInsiRuntime, settingsRuntime, httpCardReader, DEMO_ENVIRONMENT, type InsiRuntime, type InsiStatusView, type CardReader } from './runtime.js';
export { loadInsiSettings, isProductionEndpoint, settingsFileFor, NOT_CONFIGURED, type InsiSettings } from './settings.js';
export { searchInsi, type SearchInput } from './search.js';
export { acceptInsiAnswer, type AcceptInput } from './accept.js';
export { refuseInsiAnswer } from './refuse.js';
export { verifyInsi, type VerifyResult } from './verify.js';
