import type { BuildOptions, BuildResult } from 'esbuild';

export interface BundleSpec {
  options: BuildOptions & { entryPoints: string[]; outfile: string };
  /** All the bundle may still require at run time (besides Node builtins when `nodeBuiltins`). */
  runtimeRequires: string[];
  nodeBuiltins: boolean;
  /** Files under node_modules copied next to the bundle (PGlite's WebAssembly for main). */
  assets: string[];
}
export const BUNDLES: { main: BundleSpec; preload: BundleSpec };
export function bundle(name: keyof typeof BUNDLES, overrides?: BuildOptions): Promise<BuildResult & { metafile: NonNullable<BuildResult['metafile']> }>;
