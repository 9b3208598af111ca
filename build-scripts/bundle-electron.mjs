// Bundles the Electron main process and the sandboxed preload with esbuild into out/electron/.
// `node build-scripts/bundle-electron.mjs` (run by `npm run build:electron`).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * What is built. Both bundles are CommonJS: the preload must be (a sandboxed preload is one script
 * whose `require` knows little more than 'electron'), and main bundles ESM-only electron-store into
 * CJS without the dynamic-require pitfalls of an ESM bundle. `runtimeRequires` is all a bundle may
 * still require when it runs (Node builtins too, for main).
 */
export const BUNDLES = {
  main: {
    options: {
      entryPoints: ['electron/main/main.ts'],
      outfile: 'out/electron/main.cjs',
      platform: 'node',
      target: 'node22',
      // Office mode bundles the hub and PGlite, which finds its WebAssembly files next to itself
      // through import.meta.url: point that at main.cjs, and copy the files there (PGLITE_ASSETS).
      banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
      define: { 'import.meta.url': '__importMetaUrl' },
    },
    // pg asks for pg-native only when told to use native bindings, which the hub never does.
    runtimeRequires: ['electron', 'pg-native'],
    nodeBuiltins: true,
    assets: ['@electric-sql/pglite/dist/pglite.wasm', '@electric-sql/pglite/dist/pglite.data', '@electric-sql/pglite/dist/initdb.wasm'],
  },
  preload: {
    options: { entryPoints: ['electron/preload/preload.ts'], outfile: 'out/electron/preload.cjs', platform: 'browser', target: 'chrome130' },
    runtimeRequires: ['electron'],
    nodeBuiltins: false,
    assets: [],
  },
};

/**
 * Builds one bundle (pass `{ write: false }` to keep it in memory) and fails if it still requires
 * anything it may not: a package left out of the bundle would only fail when the packaged app starts.
 * @param {keyof typeof BUNDLES} name
 * @param {import('esbuild').BuildOptions} [overrides]
 */
export async function bundle(name, overrides = {}) {
  const { options, runtimeRequires, nodeBuiltins, assets } = BUNDLES[name];
  const result = await build({
    ...options,
    absWorkingDir: projectRoot,
    bundle: true,
    format: 'cjs',
    external: runtimeRequires,
    sourcemap: true,
    metafile: true,
    logLevel: 'warning',
    ...overrides,
  });
  const required = new Set(
    Object.values(result.metafile.outputs).flatMap((output) => output.imports.filter((i) => i.external).map((i) => i.path)),
  );
  const forbidden = [...required].filter((path) => !runtimeRequires.includes(path) && !(nodeBuiltins && NODE_BUILTINS.has(path)));
  if (forbidden.length > 0) {
    throw new Error(`${options.outfile} may require only ${runtimeRequires.join(', ')}${nodeBuiltins ? ' and Node builtins' : ''}, but requires ${forbidden.join(', ')}`);
  }
  if (overrides.write !== false) {
    const outDir = join(projectRoot, dirname(options.outfile));
    mkdirSync(outDir, { recursive: true });
    for (const asset of assets) copyFileSync(join(projectRoot, 'node_modules', asset), join(outDir, asset.split('/').at(-1)));
  }
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const name of Object.keys(BUNDLES)) {
    await bundle(name);
    console.log(`bundled ${name} → ${BUNDLES[name].options.outfile}`);
  }
}
