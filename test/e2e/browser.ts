/** Real Chromium (Debian's /usr/bin/chromium) driven by playwright-core, for browser tests. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CLIENT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'client');

export function assertBrowserTestsCanRun(): void {
  if (!existsSync(CHROMIUM))
    throw new Error(`Browser tests need Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium fonts-noto-cjk\` (or set CHROMIUM_PATH).`);
  if (!existsSync(join(CLIENT_DIR, 'index.html'))) throw new Error('Browser tests need the built client: run `npm run build` first (npm test does).');
}

/** A fresh profile in a temporary folder, removed on close. */
export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'zk-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1600, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
