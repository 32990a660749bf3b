// Child-process entry of the INSi simulator for the demo mode: starts the mock on an ephemeral loopback port,
// prints one JSON line {url, adminUrl} on stdout, and stops on SIGTERM or when its parent goes away (stdin
// closes), so a crashed desk never leaves an orphan simulator behind. Bundled as dist/electron/insi-mock.cjs
// (no top-level await: the bundle is CommonJS).
import { startInsiMock } from '../../../insi-mock/server.js';

void startInsiMock({ port: 0 }).then(
  (mock) => {
    process.stdout.write(`${JSON.stringify({ url: mock.url, adminUrl: mock.adminUrl })}\n`);
    let stopping = false;
    const stop = () => {
      if (stopping) return;
      stopping = true;
      void mock.close().then(() => process.exit(0));
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
    process.stdin.on('end', stop);
    process.stdin.on('error', stop);
    process.stdin.resume();
  },
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  },
);
