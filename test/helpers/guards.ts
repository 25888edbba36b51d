/**
 * Guards every test file of a kind shares. One place, so that a guard is the same everywhere.
 */
import { afterEach, beforeEach, expect, vi, type MockInstance } from 'vitest';

/**
 * Fails a test that writes to console.error (CloudAdapter and botbuilder report turn errors
 * there, and the bot's own logger never does). Call it once inside a describe: it spies on
 * console.error before each test and, after it, checks nothing was written and restores it.
 */
export function failOnConsoleError(): void {
  let consoleError: MockInstance<typeof console.error> | undefined;
  beforeEach(() => {
    consoleError = vi.spyOn(console, 'error');
  });
  afterEach(() => {
    const calls = [...(consoleError?.mock.calls ?? [])];
    consoleError?.mockRestore();
    consoleError = undefined;
    expect(calls, 'console.error was called during the test').toEqual([]);
  });
}
