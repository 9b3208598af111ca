import { join } from 'node:path';

/** Where the built app lives, relative to the app root (the folder of package.json, or app.asar when packaged). */
export const BUILT_PATHS = {
  renderer: 'out/renderer',
  preload: 'out/electron/preload.cjs',
} as const;

export interface AppPaths {
  /** The renderer bundle served over app://. */
  readonly rendererDir: string;
  /** The sandboxed preload script. */
  readonly preload: string;
}

export function appPaths(appRoot: string): AppPaths {
  return { rendererDir: join(appRoot, BUILT_PATHS.renderer), preload: join(appRoot, BUILT_PATHS.preload) };
}
