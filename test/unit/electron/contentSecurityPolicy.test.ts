import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, installContentSecurityPolicy } from '../../../electron/main/security/contentSecurityPolicy';
import { fakeElectron } from './support/fakeElectron';

vi.mock('electron', () => import('./support/electronModule'));

/** `"script-src 'self'; ..."` → Map { 'script-src' => ["'self'"] } */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...sources]) => [name!, sources]),
  );
}

describe('the content security policy', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('denies by default and allows scripts, styles and connections only from the app itself', () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
    expect(policy.get('style-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('worker-src')).toEqual(["'self'"]);
  });

  it('never allows eval or inline code', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|strict-dynamic/);
  });

  it('loads nothing remote: every source is the app itself or inline data', () => {
    const sources = [...policy.values()].flat();
    expect(sources.every((source) => ["'self'", "'none'", 'data:', 'blob:'].includes(source))).toBe(true);
  });

  it('blocks plugins, frames, <base> rewriting, form posts and being framed', () => {
    for (const name of ['object-src', 'frame-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
  });

  it('is the policy renderer/index.html declares for the browser build (which meta tags cannot extend with frame-ancestors; the browser calls the office hub itself)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const browserPolicy = new Map([...policy].filter(([name]) => name !== 'frame-ancestors'));
    browserPolicy.set('connect-src', ["'self'", 'http:', 'https:']);
    expect(directives(meta![1]!)).toEqual(browserPolicy);
  });

  describe('as a response header', () => {
    beforeEach(() => fakeElectron.reset());

    const respond = (responseHeaders: Record<string, string[]> | undefined): Record<string, string[]> => {
      const session = fakeElectron.session.defaultSession;
      installContentSecurityPolicy(session as never);
      let answered: { responseHeaders: Record<string, string[]> } | undefined;
      session.headersListener!({ responseHeaders }, (response) => (answered = response as typeof answered));
      return answered!.responseHeaders;
    };

    it('is added to every response the session receives', () => {
      expect(respond({ 'Content-Type': ['text/html'] })).toEqual({
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      });
      expect(respond(undefined)).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    });

    it('replaces a looser policy a response brought, whatever its header case', () => {
      const headers = respond({ 'content-security-policy': ["default-src *; script-src 'unsafe-eval'"] });
      expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
    });
  });
});
