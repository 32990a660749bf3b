import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAllowedHost, resolveStaticPath } from './security-policy.js';

describe('resolveStaticPath', () => {
  const root = '/srv/app';
  it.each([
    ['/', '/srv/app/index.html'],
    ['/assets/index-abc.js', '/srv/app/assets/index-abc.js'],
    ['/index.html?x=1', '/srv/app/index.html'],
  ])('maps %s inside the root', (url, expected) => expect(resolveStaticPath(root, url)).toBe(expected));

  it.each(['/../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../secret', '/a%00b', '/%E0%A4%A'])(
    'refuses %s',
    (url) => expect(resolveStaticPath(root, url)).toBeNull(),
  );
});

describe('isAllowedHost', () => {
  it.each([
    ['127.0.0.1:4000', true],
    ['localhost:4000', true],
    ['[::1]:4000', true],
    ['127.0.0.1:4001', false],
    ['evil.example:4000', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => expect(isAllowedHost(host, 4000)).toBe(expected));
});

describe('CSP', () => {
  it('allows no inline script or style and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
