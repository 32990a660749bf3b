import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { warmPageCache } from './page-cache.js';

describe('warmPageCache', () => {
  it('reads the whole file and never rejects', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'idv-warm-')), 'x.sqlite');
    writeFileSync(file, Buffer.alloc(3 * 1024 * 1024 + 7));
    expect(await warmPageCache(file)).toBe(3 * 1024 * 1024 + 7);
    expect(await warmPageCache(join(tmpdir(), 'absent-idv.sqlite'))).toBe(0);
    expect(await warmPageCache(':memory:')).toBe(0);
  });
});
