// Library entry of the INSi mock: start it, drive it, and read its virtual Vitale cards (demo card reader).
export { startInsiMock, type InsiMock, type InsiMockOptions } from './server.js';
export type { Injection, MockAdmin, MockCallLog } from './admin.js';
export type { MockSettings } from './engine.js';
export type { FaultName, ResponseFormat } from './responses.js';
export { listVirtualCards } from './dataset/cards.js';
export { MOCK_IDENTITIES, FAULT_PERSONAS, type MockIdentity } from './dataset/identities.js';
