import { PRINT_READY_TIMEOUT_MS, type PrintReady } from '../../../shared/print/printRequest';

/** What main needs of a print window's web contents to notice that its page is gone. */
export interface WatchedContents {
  once(event: 'render-process-gone' | 'did-fail-load' | 'destroyed', listener: (...args: unknown[]) => void): unknown;
}

interface Waiting {
  resolve(documentName: string): void;
  reject(error: Error): void;
}

/**
 * Print jobs waiting for their page's `print.ready` signal. A job ends when the page says it is
 * ready (its document name) or failed (its message), when the page dies or fails to load, or
 * after PRINT_READY_TIMEOUT_MS: never left hanging.
 */
export class PrintJobs {
  readonly #waiting = new Map<string, Waiting>();

  constructor(private readonly timeoutMs: number = PRINT_READY_TIMEOUT_MS) {}

  /** Resolves with the document's name once the page of `job` is ready to print. */
  waitForReady(job: string, contents: WatchedContents): Promise<string> {
    return new Promise<string>((resolve, reject) => {
      const fail = (message: string) => this.#settle(job)?.reject(new Error(`print: ${message}`));
      const timer = setTimeout(() => fail(`the print page was not ready after ${this.timeoutMs / 1000} s`), this.timeoutMs);
      this.#waiting.set(job, {
        resolve: (name) => (clearTimeout(timer), resolve(name)),
        reject: (error) => (clearTimeout(timer), reject(error)),
      });
      contents.once('render-process-gone', () => fail('the print page crashed'));
      contents.once('did-fail-load', (_event, code, description) => fail(`the print page did not load (${String(description)}, ${String(code)})`));
      contents.once('destroyed', () => fail('the print window closed before its page was ready'));
    });
  }

  /** The print page's signal. A signal for no waiting job (late, or repeated) changes nothing. */
  signal(ready: PrintReady): void {
    const waiting = this.#settle(ready.job);
    if (waiting === undefined) return;
    if (ready.status === 'ready') waiting.resolve(ready.documentName);
    else waiting.reject(new Error(`print: ${ready.message}`));
  }

  #settle(job: string): Waiting | undefined {
    const waiting = this.#waiting.get(job);
    this.#waiting.delete(job);
    return waiting;
  }
}
