/**
 * Connects a page to its Teams host with @microsoft/teams-js, or says plainly that
 * it is running outside Teams. `app.initialize()` rejects at once in a top-level
 * browser tab and can wait for a minute inside a frame that is not Teams, so it is
 * raced against a short timeout: the page never hangs waiting for a host.
 */
import { app } from '@microsoft/teams-js';

export type Theme = 'default' | 'dark' | 'contrast';

export interface Host {
  inTeams: boolean;
  /** 'content' for a tab, 'task' for a dialog; undefined outside Teams. */
  frameContext?: string;
  theme: Theme;
}

/** Teams' theme names ('default', 'dark', 'contrast'); anything else reads as default. */
export function normaliseTheme(theme: string | undefined): Theme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

export function applyTheme(theme: string | undefined): Theme {
  const t = normaliseTheme(theme);
  document.documentElement.dataset.theme = t;
  return t;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

export interface ConnectOptions {
  /** Where to say whether the page is in Teams. */
  status: HTMLElement;
  /** What still works outside Teams, after "Running outside Teams: ". */
  outside: string;
  /** Milliseconds to wait for the host. Default 2500. */
  timeoutMs?: number;
}

/** Initialise teams-js, follow the host's theme, and report where the page is running. */
export async function connect(opts: ConnectOptions): Promise<Host> {
  const timeoutMs = opts.timeoutMs ?? 2500;
  const initialised = await within(app.initialize().then(() => true), timeoutMs);
  if (!initialised) {
    opts.status.textContent = `Running outside Teams: ${opts.outside}`;
    opts.status.dataset.host = 'browser';
    return { inTeams: false, theme: applyTheme('default') };
  }
  const context = await within(app.getContext(), timeoutMs);
  const theme = applyTheme(context?.app.theme);
  app.registerOnThemeChangeHandler((t) => {
    applyTheme(t);
  });
  app.notifySuccess().catch(() => undefined);
  opts.status.textContent = '';
  opts.status.dataset.host = 'teams';
  const frameContext = context?.page.frameContext;
  return { inTeams: true, theme, ...(frameContext ? { frameContext } : {}) };
}
