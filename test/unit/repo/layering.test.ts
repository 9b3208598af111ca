import { describe, expect, it } from 'vitest';
import { checkLayering, type LayerViolation } from '../../../build-scripts/layering.mjs';

// The layering rule of DESIGN.md, checked over the real tree and over crafted examples.
describe('layering rule', () => {
  it('the project tree has no layering violations', () => {
    const violations: LayerViolation[] = checkLayering(process.cwd());
    expect(violations).toEqual([]);
  });

  it.each([
    ['shared/a.ts', "import x from '../renderer/src/x'", 'shared imports nothing of the app'],
    ['shared/a.ts', "import { app } from 'electron'", 'shared imports nothing of the app'],
    ['shared/a.ts', "import fs from 'node:fs'", 'shared imports nothing of the app'],
    ['shared/a.ts', "import React from 'react'", 'shared imports nothing of the app'],
    ['renderer/src/a.ts', "import x from '../../electron/main/x'", 'renderer imports shared only'],
    ['renderer/src/a.ts', "import { ipcRenderer } from 'electron'", 'renderer imports shared only'],
    ['electron/main/a.ts', "import x from '../../renderer/src/x'", 'electron imports shared only'],
    ['electron/hub/a.ts', "import x from '../main/settings'", 'electron/hub never imports electron'],
    ['electron/hub/a.ts', "const e = require('electron')", 'electron/hub never imports electron'],
    ['electron/hub/a.ts', "const m = await import('electron')", 'electron/hub never imports electron'],
  ])('%s with %s is refused (%s)', async (file, source, rule) => {
    const { checkFile } = await import('../../../build-scripts/layering.mjs');
    const found = checkFile(file, source);
    expect(found.map((v) => v.rule)).toEqual([rule]);
  });

  it.each([
    ['shared/a.ts', "import { z } from 'zod'"],
    ['renderer/src/a.ts', "import { parseListing } from '../../shared/index'"],
    ['electron/main/a.ts', "import { app } from 'electron'"],
    ['electron/hub/a.ts', "import http from 'node:http'"],
    ['electron/main/a.ts', "import { startHub } from '../hub/server'"],
  ])('%s with %s is allowed', async (file, source) => {
    const { checkFile } = await import('../../../build-scripts/layering.mjs');
    expect(checkFile(file, source)).toEqual([]);
  });
});
