// The layering rule of DESIGN.md (as VS Code's code-layering check): which top-level layer may
// import what. Used by the layering test and runnable alone: `node build-scripts/layering.mjs`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ file: string, specifier: string, rule: string }} LayerViolation */

const SOURCE = /\.(ts|tsx|mts|cts)$/;
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Third-party packages shared/ may use: pure libraries with no DOM, Node or framework. */
const SHARED_PACKAGES = new Set(['zod', 'pinyin-pro']);

function layerOf(path) {
  const p = path.split(sep).join('/');
  if (p.startsWith('shared/')) return 'shared';
  if (p.startsWith('renderer/')) return 'renderer';
  if (p.startsWith('electron/hub/')) return 'hub';
  if (p.startsWith('electron/')) return 'electron';
  return 'other';
}

function packageName(specifier) {
  const bare = specifier.replace(/^node:/, '');
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Violations in one file, given its path relative to the project root and its text.
 * @returns {LayerViolation[]}
 */
export function checkFile(file, source) {
  const from = layerOf(file);
  const found = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? match[3] ?? match[4];
    const relativeImport = specifier.startsWith('.');
    const target = relativeImport ? layerOf(normalize(join(dirname(file), specifier))) : null;
    const pkg = relativeImport ? null : packageName(specifier);
    let rule = null;
    if (from === 'shared') {
      if (relativeImport ? target !== 'shared' : !SHARED_PACKAGES.has(pkg)) rule = 'shared imports nothing of the app';
    } else if (from === 'renderer') {
      if (relativeImport ? target !== 'renderer' && target !== 'shared' : pkg === 'electron') rule = 'renderer imports shared only';
    } else if (from === 'hub') {
      if (relativeImport ? target !== 'hub' && target !== 'shared' : pkg === 'electron' || pkg === 'electron-store') rule = 'electron/hub never imports electron';
    } else if (from === 'electron') {
      if (relativeImport && target !== 'electron' && target !== 'hub' && target !== 'shared') rule = 'electron imports shared only';
    }
    if (rule) found.push({ file, specifier, rule });
  }
  return found;
}

function* sourceFiles(dir, root) {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* sourceFiles(full, root);
    else if (SOURCE.test(name)) yield relative(root, full);
  }
}

/** @returns {LayerViolation[]} every violation under shared/, renderer/ and electron/. */
export function checkLayering(root) {
  const violations = [];
  for (const top of ['shared', 'renderer/src', 'electron']) {
    for (const file of sourceFiles(join(root, top), root)) {
      violations.push(...checkFile(file, readFileSync(join(root, file), 'utf8')));
    }
  }
  return violations;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const violations = checkLayering(process.cwd());
  for (const v of violations) console.error(`${v.file}: '${v.specifier}' breaks "${v.rule}"`);
  process.exit(violations.length ? 1 : 0);
}
