// Test entry to the loopback web host: the specs start one per test on a fresh temporary database.
export { startWebHost, type WebHost, type WebHostOptions } from '../../electron/web/web-host.js';
