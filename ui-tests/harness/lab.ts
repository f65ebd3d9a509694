/**
 * The `lab` fixture: REST access to the test server (token in the header) and
 * the JupyterLab page, driven through `window.jupyterapp` (the host exposes
 * it) and through what a user sees (roles, text). Every wait is on a state,
 * never a fixed delay.
 */
import { APIRequestContext, expect, Page, test as base } from '@playwright/test';
import * as fs from 'fs';
import * as path from 'path';

export interface CellSpec {
  type: 'code' | 'markdown' | 'raw';
  source: string;
}

export const SCREENSHOTS = path.resolve(__dirname, '..', 'screenshots');

export class Lab {
  readonly url = process.env.MINDCONVERTER_URL!;
  readonly token = process.env.MINDCONVERTER_TOKEN!;
  readonly rootDir = process.env.MINDCONVERTER_ROOT!;

  constructor(
    readonly page: Page,
    readonly request: APIRequestContext
  ) {}

  private headers() {
    return { Authorization: `token ${this.token}` };
  }

  async api(method: 'GET' | 'PUT' | 'DELETE', route: string, data?: unknown) {
    const response = await this.request.fetch(`${this.url}/api/${route}`, { method, headers: this.headers(), data });
    return response;
  }

  /** Writes a notebook (nbformat 4.5, python3 kernel) through the Contents API. */
  async createNotebook(name: string, cells: CellSpec[], kernel = 'python3'): Promise<string> {
    const content = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {
        kernelspec: { name: kernel, display_name: kernel, language: 'python' },
        language_info: { name: 'python' }
      },
      cells: cells.map((cell, index) => ({
        id: `cell-${index + 1}`,
        cell_type: cell.type,
        source: cell.source,
        metadata: {},
        ...(cell.type === 'code' ? { outputs: [], execution_count: null } : {})
      }))
    };
    const response = await this.api('PUT', `contents/${encodeURI(name)}`, { type: 'notebook', format: 'json', content });
    expect(response.ok(), await response.text()).toBeTruthy();
    return name;
  }

  async fileExists(name: string): Promise<boolean> {
    const response = await this.api('GET', `contents/${encodeURI(name)}?content=0`);
    return response.ok();
  }

  async readFile(name: string, format: 'text' | 'base64' = 'text'): Promise<string> {
    const response = await this.api('GET', `contents/${encodeURI(name)}?type=file&format=${format}`);
    expect(response.ok()).toBeTruthy();
    return (await response.json()).content;
  }

  async readNotebook(name: string): Promise<any> {
    const response = await this.api('GET', `contents/${encodeURI(name)}?type=notebook`);
    expect(response.ok()).toBeTruthy();
    return (await response.json()).content;
  }

  async listDir(dir = ''): Promise<string[]> {
    const response = await this.api('GET', `contents/${encodeURI(dir)}`);
    return ((await response.json()).content as Array<{ name: string }>).map(entry => entry.name).sort();
  }

  /** Shuts down every kernel session (a new test must never inherit a kernel). */
  async deleteSessions(): Promise<void> {
    const response = await this.api('GET', 'sessions');
    for (const session of (await response.json()) as Array<{ id: string }>) {
      await this.api('DELETE', `sessions/${session.id}`);
    }
  }

  /** Loads JupyterLab (fresh workspace) and waits until it is started and restored. */
  async load(): Promise<void> {
    await this.page.goto(`${this.url}/lab?reset&token=${this.token}`);
    await this.page.waitForFunction(() => (window as any).jupyterapp?.shell?.isAttached === true, null, { timeout: 60_000 });
    await this.page.evaluate(() => (window as any).jupyterapp.restored);
    await expect(this.page.locator('#jp-main-dock-panel')).toBeVisible();
  }

  /** Opens a notebook and waits for its kernel to be connected and idle. */
  async open(name: string): Promise<void> {
    await this.load();
    await this.command('docmanager:open', { path: name });
    await expect(this.page.getByRole('tab', { name: new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeVisible();
    await this.waitKernelIdle();
  }

  async waitKernelIdle(): Promise<void> {
    await this.page.waitForFunction(
      () => {
        const kernel = (window as any).jupyterapp.shell.currentWidget?.sessionContext?.session?.kernel;
        return kernel?.connectionStatus === 'connected' && kernel?.status === 'idle';
      },
      null,
      { timeout: 90_000 }
    );
  }

  async command(id: string, args: Record<string, unknown> = {}): Promise<void> {
    await this.page.evaluate(([id, args]) => (window as any).jupyterapp.commands.execute(id, args), [id, args] as const);
  }

  /** Starts a command without waiting for it to finish (it may open a dialog). */
  async startCommand(id: string, args: Record<string, unknown> = {}): Promise<void> {
    await this.page.evaluate(([id, args]) => {
      void (window as any).jupyterapp.commands.execute(id, args);
    }, [id, args] as const);
  }

  /** Sources of the current notebook's cells, from the model. */
  async sources(): Promise<string[]> {
    return this.page.evaluate(() =>
      (window as any).jupyterapp.shell.currentWidget.content.widgets.map((cell: any) => cell.model.sharedModel.getSource())
    );
  }

  async cellCount(): Promise<number> {
    return (await this.sources()).length;
  }

  async cellJson(index: number): Promise<any> {
    return this.page.evaluate(i => (window as any).jupyterapp.shell.currentWidget.content.widgets[i].model.toJSON(), index);
  }

  async activeCellIndex(): Promise<number> {
    return this.page.evaluate(() => (window as any).jupyterapp.shell.currentWidget.content.activeCellIndex);
  }

  async selectCell(index: number): Promise<void> {
    await this.page.evaluate(i => {
      const notebook = (window as any).jupyterapp.shell.currentWidget.content;
      notebook.mode = 'command';
      notebook.activeCellIndex = i;
      notebook.deselectAll();
    }, index);
  }

  /** Runs one cell and waits until it has an execution count and the kernel is idle again. */
  async runCell(index: number): Promise<void> {
    await this.selectCell(index);
    await this.command('notebook:run-cell');
    await this.page.waitForFunction(
      i => (window as any).jupyterapp.shell.currentWidget.content.widgets[i].model.executionCount !== null,
      index,
      { timeout: 120_000 }
    );
    await this.waitKernelIdle();
  }

  /** The cursor of the active cell's editor (0-based line and column) and the active cell. */
  async cursor(): Promise<{ cell: number; line: number; column: number; mode: string }> {
    return this.page.evaluate(() => {
      const notebook = (window as any).jupyterapp.shell.currentWidget.content;
      const position = notebook.activeCell.editor.getCursorPosition();
      return { cell: notebook.activeCellIndex, line: position.line, column: position.column, mode: notebook.mode };
    });
  }

  /** Waits until JupyterLab has shown a notification whose message matches. */
  async expectNotification(message: string | RegExp): Promise<void> {
    const wanted = typeof message === 'string' ? message : message.source;
    const isRegExp = typeof message !== 'string';
    await expect
      .poll(
        () =>
          this.page.evaluate(
            ([wanted, isRegExp]) =>
              ((window as any).jupyterNotifications?.notifications ?? []).some((n: { message: string }) =>
                isRegExp ? new RegExp(wanted as string).test(n.message) : n.message === wanted
              ),
            [wanted, isRegExp] as const
          ),
        { message: `a notification ${String(message)}` }
      )
      .toBe(true);
  }

  reportPanel() {
    return this.page.getByRole('region', { name: 'MindConverter report' });
  }

  async screenshot(name: string): Promise<void> {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await this.page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
  }
}

export const test = base.extend<{ lab: Lab }>({
  lab: async ({ page, request }, use, testInfo) => {
    const consoleLines: string[] = [];
    page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
    page.on('pageerror', error => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));
    const lab = new Lab(page, request);
    await lab.deleteSessions();
    await use(lab);
    await lab.deleteSessions();
    if (testInfo.status !== testInfo.expectedStatus) {
      fs.writeFileSync(testInfo.outputPath('browser-console.txt'), consoleLines.join('\n'));
    }
  }
});

export { expect };
