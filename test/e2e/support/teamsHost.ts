/**
 * A minimal stand-in Teams host for browser tests: a parent page that frames a tab
 * or dialog page and answers teams-js's postMessage protocol (as teams-js 2.x speaks it):
 *
 * - the app posts `{ id, uuidAsString, func, args }` to its parent;
 * - the host answers `{ id, uuidAsString, args }` to the same window;
 * - `initialize` → `[frameContext, hostClientType, runtimeConfig (JSON), sdkVersion]`;
 * - `getContext` → `[legacy context]` (teams-js turns it into app.Context; `theme` is read from it);
 * - `tasks.completeTask` (dialog.url.submit) → recorded in `window.__host.submitted`;
 * - host → app events are `{ func: 'themeChange', args: [theme] }`.
 *
 * Serve it from the same origin as the framed page (Playwright's page.route), so
 * teams-js accepts its messages without looking up the valid-origins list online.
 */
export interface HostOptions {
  /** The framed page (same origin as the host). */
  src: string;
  theme?: 'default' | 'dark' | 'contrast';
  frameContext?: 'content' | 'task';
}

const RUNTIME = {
  apiVersion: 4,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  isLegacyTeams: false,
  supports: {
    app: {},
    appEntity: {},
    dialog: { card: { bot: {} }, url: { bot: {}, parentCommunication: {} }, update: {} },
    pages: { appButton: {}, backStack: {}, config: {}, fullTrust: {}, tabs: {} },
    teamsCore: {},
  },
};

export function hostHtml(options: HostOptions): string {
  const config = JSON.stringify({
    theme: options.theme ?? 'dark',
    frameContext: options.frameContext ?? 'content',
    runtime: JSON.stringify(RUNTIME),
  });
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>Stand-in Teams host</title></head>
<body>
<h1>Stand-in Teams host</h1>
<iframe id="app" title="App" src="${options.src}" style="width: 100%; height: 900px; border: 0"></iframe>
<script>
  const config = ${config};
  const host = (window.__host = { calls: [], submitted: [] });
  window.addEventListener('message', (event) => {
    const m = event.data;
    if (!m || typeof m !== 'object' || typeof m.func !== 'string') return;
    host.calls.push(m.func);
    const reply = (args) => event.source.postMessage({ id: m.id, uuidAsString: m.uuidAsString, args }, event.origin);
    switch (m.func) {
      case 'initialize':
        reply([config.frameContext, 'web', config.runtime, '2.58.0']);
        break;
      case 'getContext':
        reply([{ locale: 'en-gb', theme: config.theme, entityId: 'guidance', frameContext: config.frameContext, hostClientType: 'web', hostName: 'Teams', appSessionId: 'test-session' }]);
        break;
      case 'tasks.completeTask':
        host.submitted.push(m.args);
        break;
      default:
        break; // one-way messages (registerHandler, appInitialization.success...) need no answer
    }
  });
  window.setTheme = (theme) => document.getElementById('app').contentWindow.postMessage({ func: 'themeChange', args: [theme] }, location.origin);
</script>
</body>
</html>`;
}
