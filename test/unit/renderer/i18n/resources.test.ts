import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RESOURCES } from '../../../../renderer/src/i18n/i18n';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf of a message tree as `[dotted.key, value]`. */
function leaves(tree: Tree, prefix = ''): Array<[string, unknown]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, unknown]> =>
    typeof value === 'object' && value !== null ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const zh = new Map(leaves(RESOURCES['zh-CN'].translation));
const en = new Map(leaves(RESOURCES.en.translation));

describe('i18n resources', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect([...en.keys()].sort()).toEqual([...zh.keys()].sort());
  });

  it.each([
    ['zh-CN', zh],
    ['en', en],
  ])('%s has a non-empty string for every key', (_language, messages) => {
    const bad = [...messages].filter(([, value]) => typeof value !== 'string' || value.trim() === '').map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it('both languages use the same {{placeholders}} in each message', () => {
    const mismatched = [...zh].filter(([key, text]) => placeholders(String(text)).join() !== placeholders(String(en.get(key))).join());
    expect(mismatched.map(([key]) => key)).toEqual([]);
  });

  it('the English texts are not Chinese texts copied over (only language names may be)', () => {
    const han = /\p{Script=Han}/u;
    const chineseInEnglish = [...en].filter(([key, text]) => han.test(String(text)) && key !== 'settings.language.zh-CN');
    expect(chineseInEnglish.map(([key]) => key)).toEqual([]);
  });
});

describe('user-facing strings go through i18n', () => {
  const sourceRoot = join(process.cwd(), 'renderer/src');
  /** The code that renders the interface. */
  const uiDirs = ['app', 'ui', 'features'].map((dir) => join(sourceRoot, dir));

  function sourceFiles(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return sourceFiles(path);
      return /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  }

  it('no Chinese text is hard-coded in the interface code (app, ui, features)', () => {
    // Comments may explain Chinese terms; code may not show them. Strip comments, then look for Han characters.
    const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
    const offenders = uiDirs
      .flatMap(sourceFiles)
      .filter((file) => /\p{Script=Han}/u.test(withoutComments(readFileSync(file, 'utf8'))))
      .map((file) => relative(sourceRoot, file));
    expect(offenders).toEqual([]);
  });
});
