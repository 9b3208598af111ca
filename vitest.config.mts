import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and integration suites. Browser (Chromium) suites live in vitest.e2e.config.mts.
export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/shared/**/*.test.ts', 'test/unit/electron/**/*.test.ts', 'test/unit/repo/**/*.test.ts', 'test/integration/**/*.test.ts'],
          server: { deps: { inline: ['electron-store'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['test/unit/renderer/**/*.test.ts', 'test/unit/renderer/**/*.test.tsx'],
          setupFiles: ['test/setup/renderer.ts'],
        },
      },
    ],
  },
});
