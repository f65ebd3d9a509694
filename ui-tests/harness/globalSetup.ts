/** Playwright global setup: one host for the run; tests read its address from the environment. */
import { startHost } from './server';

export default async function globalSetup(): Promise<() => Promise<void>> {
  const host = await startHost();
  process.env.MINDCONVERTER_URL = host.url;
  process.env.MINDCONVERTER_TOKEN = host.token;
  process.env.MINDCONVERTER_ROOT = host.rootDir;
  return () => host.stop();
}
