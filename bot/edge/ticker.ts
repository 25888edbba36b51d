/**
 * One timer for the app's periodic work (consult reminders, decision-record retention,
 * and any other storage-driven job with a `runDue(now)`-style function). Each task is
 * idempotent and claims its work with eTag-checked writes, so several instances can tick
 * at once. A task that is still running is not started again; a failing task is logged
 * and does not stop the others. Tests call `runDue(now)` instead of waiting.
 */
import type { Logger } from './logger';

export type Task = (now: Date) => Promise<unknown>;

export class Ticker {
  private readonly tasks = new Map<string, Task>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly clock: () => Date,
    private readonly logger: Logger,
    private readonly intervalSeconds = 60,
  ) {}

  add(name: string, task: Task): void {
    if (this.tasks.has(name)) throw new Error(`ticker: task ${name} already added`);
    this.tasks.set(name, task);
  }

  start(): void {
    if (this.timer || this.intervalSeconds <= 0) return;
    this.timer = setInterval(() => {
      if (!this.running) void this.runDue(this.clock());
    }, this.intervalSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Runs every task once, in the order added. */
  async runDue(now: Date = this.clock()): Promise<void> {
    const run = (async () => {
      for (const [name, task] of this.tasks) {
        try {
          await task(now);
        } catch (err) {
          this.logger.error({ err, task: name }, 'periodic task failed');
        }
      }
    })();
    this.running = run;
    try {
      await run;
    } finally {
      if (this.running === run) this.running = undefined;
    }
  }
}
