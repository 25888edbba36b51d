/**
 * Guards every test file of a kind shares. One place, so that a guard is the same everywhere.
 */
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, expect, vi, type MockInstance } from 'vitest';

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

/**
 * No request may leave the machine during the calling describe block: from its beforeAll nock
 * refuses every host but 127.0.0.1 (the app and the stand-in connector), and in its afterAll
 * drops every interceptor and lets the network back. Call once at the top of the describe,
 * before the hooks that set up interceptors (so it is first to start and last to finish).
 */
export function loopbackOnly(): void {
  beforeAll(() => {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });
}
