// Development entry of the backend worker: registers the TypeScript loader in the worker thread, then
// runs worker.ts (the packaged app runs the bundled dist/electron/backend-worker.cjs instead).
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
