import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Ajv } from 'ajv';
import { Arch, build, Platform, type Configuration } from 'electron-builder';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLES } from '../../../build-scripts/bundle-electron.mjs';
import { BUILT_PATHS } from '../../../electron/main/appPaths';

const root = join(import.meta.dirname, '../../..');
const read = (path: string): string => readFileSync(join(root, path), 'utf8');
type Target = { target: string; arch: string[] };
type BuilderConfig = {
  directories: { output: string; buildResources: string };
  files: string[];
  beforeBuild: string;
  asar: boolean;
  electronFuses: Record<string, boolean>;
  win: { target: Target[]; icon: string };
  nsis: Record<string, unknown>;
  mac: { target: Target[]; icon: string };
  linux: { target: Target[]; icon: string };
};
const config = parse(read('electron-builder.yml')) as BuilderConfig;
const packageJson = JSON.parse(read('package.json')) as { main: string; scripts: Record<string, string>; allowScripts: Record<string, boolean> };

const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(read('node_modules/app-builder-lib/scheme.json')));

/** Target names of a platform section: `[{ target: 'nsis' }]` → `['nsis']`. */
const targetsOf = (section: { target: Target[] }): string[] => section.target.map((entry) => entry.target);

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('would be caught by the schema if it were wrong', () => {
    expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'no' } })).toBe(false);
    expect(validate({ ...config, unknownOption: true })).toBe(false);
  });

  it('builds an assisted NSIS installer for Windows, a dmg for macOS, AppImage and deb for Linux', () => {
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ oneClick: false, allowToChangeInstallationDirectory: true });
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
  });

  it('writes installers to dist/ and takes resources from build/, which has a 512x512 icon', () => {
    expect(config.directories).toEqual({ output: 'dist', buildResources: 'build' });
    const icon = readFileSync(join(root, 'build', config.linux.icon));
    expect(icon.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([512, 512]);
    expect(config.win.icon).toBe(config.linux.icon);
    expect(config.mac.icon).toBe(config.linux.icon);
  });

  it('packs the built app only, into an asar, with hardening fuses flipped', () => {
    expect(config.files).toEqual(['out/electron/**/*', 'out/renderer/**/*', '!**/*.map']);
    expect([BUILT_PATHS.renderer, BUILT_PATHS.preload, BUNDLES.main.options.outfile].every((path) => /^out\/(electron|renderer)(\/|$)/.test(path))).toBe(true);
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false });
  });
});

describe('package.json and the bundles agree', () => {
  it('starts Electron with the bundled main, and main loads the bundled preload', () => {
    expect(packageJson.main).toBe(BUNDLES.main.options.outfile);
    expect(BUILT_PATHS.preload).toBe(BUNDLES.preload.options.outfile);
  });

  it('builds before it starts or packages', () => {
    expect(packageJson.scripts['build:electron']).toBe('node build-scripts/bundle-electron.mjs');
    expect(packageJson.scripts.start).toBe('npm run build && electron .');
    expect(packageJson.scripts.dist).toBe('npm run build && electron-builder --config electron-builder.yml');
  });

  it("lets npm run electron's and esbuild's install scripts (electron downloads its binary there)", () => {
    expect(packageJson.allowScripts).toMatchObject({ electron: true, esbuild: true });
  });
});

describe('electron-builder --dir with this config', () => {
  const project = mkdtempSync(join(tmpdir(), 'steeldesk-pack-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  /** Every file under `dir`, relative to it. */
  const listFiles = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();

  it('packs out/electron, out/renderer and package.json, and nothing else', async () => {
    // A stand-in project: the real config, package.json and hook, a fake build output, and an
    // unpacked "Electron" that is a stub (no binary can be downloaded here).
    cpSync(join(root, 'package.json'), join(project, 'package.json'));
    cpSync(join(root, 'build'), join(project, 'build'), { recursive: true });
    cpSync(join(root, config.beforeBuild), join(project, config.beforeBuild));
    const fakeOutput = ['out/electron/main.cjs', 'out/electron/main.cjs.map', 'out/electron/preload.cjs', 'out/renderer/index.html', 'out/renderer/assets/index.js', 'out/tsc/node/x.d.ts', 'electron/main/main.ts'];
    for (const file of fakeOutput) {
      mkdirSync(join(project, file, '..'), { recursive: true });
      writeFileSync(join(project, file), '// built');
    }
    const electronDist = join(project, 'electron-stub');
    mkdirSync(electronDist);
    writeFileSync(join(electronDist, 'electron'), '#!/bin/sh\n');
    chmodSync(join(electronDist, 'electron'), 0o755);

    await build({
      projectDir: project,
      targets: Platform.LINUX.createTarget('dir', Arch.x64),
      // Fuses need a real Electron binary; a plain folder instead of an asar lets the test list the files.
      // The YAML is untyped; the schema test above is what vouches for its shape.
      config: { ...config, electronFuses: null, asar: false, electronDist, electronVersion: '41.7.1' } as unknown as Configuration,
    });

    expect(listFiles(join(project, 'dist/linux-unpacked/resources/app'))).toEqual([
      'out/electron/main.cjs',
      'out/electron/preload.cjs',
      'out/renderer/assets/index.js',
      'out/renderer/index.html',
      'package.json',
    ]);
  }, 180_000);
});
