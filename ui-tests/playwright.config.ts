/**
 * Playwright against the real host, in Debian's Chromium (never a downloaded
 * browser). The global setup starts the server on a free loopback port and
 * stops it at the end; one worker, because the tests share that server and
 * the machine has 2 cores.
 */
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 180_000,
  expect: { timeout: 30_000 },
  globalSetup: require.resolve('./harness/globalSetup'),
  outputDir: 'test-results',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1400, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync'
      ]
    },
    video: 'off',
    trace: 'off',
    screenshot: 'only-on-failure'
  }
});
