import { describe, expect, it } from 'vitest';
import { appUrlToFile, isAllowedExternal, isAppUrl } from './app-url.js';

describe('app url policy', () => {
  it.each([
    ['app://desk/index.html', true],
    ['app://other/index.html', false],
    ['https://desk/index.html', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('isAppUrl(%s) = %s', (url, expected) => expect(isAppUrl(url)).toBe(expected));

  it.each([
    ['https://esante.gouv.fr/produits-services/ins', true],
    ['http://esante.gouv.fr/', false],
    ['https://esante.gouv.fr.evil.example/', false],
    ['https://user:pw@esante.gouv.fr/', false],
    ['javascript:alert(1)', false],
  ])('isAllowedExternal(%s) = %s', (url, expected) => expect(isAllowedExternal(url)).toBe(expected));

  it('maps app urls into the renderer folder only', () => {
    expect(appUrlToFile('/r', 'app://desk/assets/a.js')).toBe('/r/assets/a.js');
    expect(appUrlToFile('/r', 'app://desk/../../etc/passwd')).toBe('/r/etc/passwd');
    expect(appUrlToFile('/r', 'app://desk/%2e%2e/%2e%2e/etc/passwd')).toBe('/r/etc/passwd');
    expect(appUrlToFile('/r', 'https://desk/a.js')).toBeNull();
  });
});
