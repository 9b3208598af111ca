import { describe, expect, it } from 'vitest';
import { isAllowedExternalUrl } from '../../../../shared/ipc/externalLinks';

describe('the external link allow-list', () => {
  it.each([
    'https://www.mysteel.com/',
    'https://mysteel.com/',
    'https://index.mysteel.com/price/rebar.html?city=上海',
    'https://www.custeel.com/',
    'https://uri.amap.com/search?keyword=仓库',
    'https://map.baidu.com/search/',
    'https://WWW.MYSTEEL.COM/',
  ])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://www.mysteel.com/'],
    ['another scheme', 'javascript:alert(1)'],
    ['a file', 'file:///etc/passwd'],
    ['a look-alike domain', 'https://evilmysteel.com/'],
    ['the domain as a subdomain of another', 'https://mysteel.com.evil.example/'],
    ['credentials in the URL', 'https://user:pass@www.mysteel.com/'],
    ['a username that hides the host', 'https://www.mysteel.com@evil.example/'],
    ['a non-default port', 'https://www.mysteel.com:8443/'],
    ['baidu outside maps', 'https://www.baidu.com/'],
    ['not a URL', 'www.mysteel.com'],
  ])('refuses %s', (_case, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('takes another list when given one', () => {
    expect(isAllowedExternalUrl('https://docs.example.com/', ['example.com'])).toBe(true);
    expect(isAllowedExternalUrl('https://www.mysteel.com/', ['example.com'])).toBe(false);
  });
});
