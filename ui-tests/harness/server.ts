/**
 * Starts the host (ui-tests/host/main.py on Debian's python) on a free loopback
 * port with a random token, in a fresh root directory, and stops it (and its
 * kernels) by its process id.
 */
import { ChildProcess, spawn } from 'child_process';
import { randomBytes } from 'crypto';
import { mkdirSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'fs';
import { createServer } from 'net';
import { tmpdir } from 'os';
import * as path from 'path';

export const HOST_MAIN = path.resolve(__dirname, '..', 'host', 'main.py');
export const PYTHON = process.env.MINDCONVERTER_PYTHON ?? '/usr/bin/python3';

export interface RunningHost {
  url: string;
  token: string;
  rootDir: string;
  stateDir: string;
  stop(): Promise<void>;
}

/**
 * A second kernelspec for the tests, `python3-without-torch`: Debian's python3 with the shim but
 * with `import torch` failing (harness/without-torch first on PYTHONPATH).
 */
function writeTestKernelspecs(stateDir: string): string {
  const root = path.join(stateDir, 'jupyter');
  const spec = path.join(root, 'kernels', 'python3-without-torch');
  mkdirSync(spec, { recursive: true });
  const repo = path.resolve(__dirname, '..', '..');
  writeFileSync(
    path.join(spec, 'kernel.json'),
    JSON.stringify({
      argv: [PYTHON, '-m', 'ipykernel_launcher', '-f', '{connection_file}'],
      display_name: 'Python 3 (without torch)',
      language: 'python',
      env: { PYTHONPATH: [path.join(__dirname, 'without-torch'), path.join(repo, 'python_shim')].join(':') }
    })
  );
  return root;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilUp(url: string, token: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the host exited with code ${child.exitCode}; see ${logFile}`);
    }
    try {
      const response = await fetch(`${url}/api/status`, { headers: { Authorization: `token ${token}` } });
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  throw new Error(`the host did not answer within 60 s; see ${logFile}`);
}

export async function startHost(options: { rootDir?: string; logFile?: string } = {}): Promise<RunningHost> {
  const port = await freePort();
  const token = randomBytes(16).toString('hex');
  const stateDir = mkdtempSync(path.join(tmpdir(), 'mindconverter-ui-'));
  const rootDir = options.rootDir ?? path.join(stateDir, 'root');
  const logFile = options.logFile ?? path.join(stateDir, 'server.log');
  mkdirSync(rootDir, { recursive: true });
  const log = openSync(logFile, 'a');
  const child = spawn(
    PYTHON,
    [
      HOST_MAIN,
      '--allow-root',
      '--ServerApp.ip=127.0.0.1',
      `--ServerApp.port=${port}`,
      '--ServerApp.port_retries=0',
      '--ServerApp.open_browser=False',
      `--ServerApp.root_dir=${rootDir}`,
      `--MindConverterHost.user_settings_dir=${path.join(stateDir, 'settings')}`,
      `--MindConverterHost.workspaces_dir=${path.join(stateDir, 'workspaces')}`
    ],
    {
      stdio: ['ignore', log, log],
      detached: false,
      // JUPYTER_TOKEN is read by jupyter_server 1.x (ServerApp) and 2.x (IdentityProvider) alike.
      env: { ...process.env, JUPYTER_TOKEN: token, JUPYTER_PATH: [writeTestKernelspecs(stateDir), process.env.JUPYTER_PATH].filter(Boolean).join(':') }
    }
  );
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, token, child, logFile);
  return {
    url,
    token,
    rootDir,
    stateDir,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise(resolve => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise(resolve => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null) {
          child.kill('SIGKILL');
        }
      }
      if (!process.env.MINDCONVERTER_KEEP_STATE) {
        rmSync(stateDir, { recursive: true, force: true });
      }
    }
  };
}
