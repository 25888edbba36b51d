import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import {
  ManifestConfigError,
  PLACEHOLDER_PATTERN,
  buildAppPackage,
  checkCommandLimits,
  renderManifest,
  resolveManifestVariables,
  serialiseManifest,
  withCommandLists,
} from '../../manifest/build.mjs';
import { drawColorIcon, drawOutlineIcon } from '../../scripts/icons.mjs';
import { ACTIONS } from '../../cards/actions';
import { CAPABILITIES, capabilityForCommand, commandLists, menuCommands, REGISTRY, SCOPES, withCommand, type Capability, type CommandRegistry } from '../../cards/capabilities';

const root = new URL('../../', import.meta.url);
const readText = (relative: string) => readFileSync(new URL(relative, root), 'utf8');
const readBytes = (relative: string) => readFileSync(new URL(relative, root));

const templateText = readText('manifest/manifest.template.json');
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const TEST_BOT_ID = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const TEST_DOMAIN = 'safeguarding-bot.test.example.org';
const TEST_ENV = { BOT_ID: TEST_BOT_ID, BOT_DOMAIN: TEST_DOMAIN };

type Command = { title: string; description?: string };
type CommandList = { scopes: string[]; commands: Command[] };
type ComposeCommand = {
  id: string;
  type?: string;
  title: string;
  context?: string[];
  fetchTask?: boolean;
  parameters?: { name: string }[];
};
type RenderedManifest = {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  name: { short: string; full: string };
  description: { short: string; full: string };
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: CommandList[] }[];
  composeExtensions: { botId: string; commands: ComposeCommand[] }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  validDomains: string[];
};

/** The manifest as scripts/package.mjs builds it: the template, then the command menus generated from the registry. */
function render(env: Record<string, string | undefined> = TEST_ENV, registry: CommandRegistry = REGISTRY): RenderedManifest {
  const variables = resolveManifestVariables(env, { defaultVersion: '1.2.3' });
  return withCommandLists(renderManifest(templateText, variables), commandLists(registry)) as unknown as RenderedManifest;
}

type ValidateArgs = Parameters<typeof AppManifestUtils.validateAgainstSchema>;

/** Validates offline: the schema file comes from node_modules, chosen by the manifest's own $schema. */
async function validateAgainstOfficialSchema(manifest: RenderedManifest): Promise<string[]> {
  const match = /\/json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/.exec(manifest.$schema);
  expect(match, 'manifest $schema should name a Teams schema').not.toBeNull();
  const require = createRequire(import.meta.url);
  const schemaFile = require.resolve(
    `@microsoft/app-manifest/build/json-schemas/teams/${match?.[1] ?? ''}/MicrosoftTeams.schema.json`,
  );
  const schema: unknown = JSON.parse(readFileSync(schemaFile, 'utf8'));
  return AppManifestUtils.validateAgainstSchema(
    manifest as unknown as ValidateArgs[0],
    schema as NonNullable<ValidateArgs[1]>,
  );
}

function decode(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

describe('manifest template', () => {
  it('is valid JSON that uses only the placeholders the build knows about', () => {
    expect(() => JSON.parse(templateText) as unknown).not.toThrow();
    const used = new Set([...templateText.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]));
    const known = Object.keys(resolveManifestVariables(TEST_ENV, { defaultVersion: '1.2.3' }));
    expect([...used].sort()).toEqual(expect.arrayContaining(['BOT_DOMAIN', 'BOT_ID']));
    for (const name of used) expect(known).toContain(name);
  });

  it('commits no real ids: the only GUID allowed is the all-zero placeholder', () => {
    const guids = templateText.match(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi) ?? [];
    for (const guid of guids) expect(guid).toBe(ZERO_GUID);
  });

  it('commits no real host names: every URL and domain uses the BOT_DOMAIN placeholder', () => {
    const template = JSON.parse(templateText) as Record<string, unknown>;
    expect(template.$schema).toMatch(/^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v[\d.]+\//);
    delete template.$schema;
    const text = JSON.stringify(template);
    const urls = text.match(/[a-z][a-z0-9+.-]*:\/\/[^"\s]*/gi) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toMatch(/^https:\/\/\$\{\{BOT_DOMAIN\}\}(\/|$)/);
    // Outside the URLs checked above, nothing may look like a host name; only the icon file names look like "name.ext".
    const rest = text.replace(/[a-z][a-z0-9+.-]*:\/\/[^"\s]*/gi, '').replace(PLACEHOLDER_PATTERN, '');
    const hostLike = rest.match(/\b[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}\b/gi) ?? [];
    expect(hostLike.filter((h) => !/^(color|outline)\.png$/.test(h))).toEqual([]);
    expect(template.validDomains).toEqual(['${{BOT_DOMAIN}}']);
  });
});

describe('resolveManifestVariables', () => {
  it('fails naming both missing variables, and treats empty strings as missing', () => {
    const error = (() => {
      try {
        resolveManifestVariables({ BOT_ID: '', BOT_DOMAIN: '  ' }, { defaultVersion: '1.0.0' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ManifestConfigError);
    const configError = error as ManifestConfigError;
    expect(configError.missing).toEqual(['BOT_ID (or MicrosoftAppId)', 'BOT_DOMAIN']);
    expect(configError.message).toContain('Missing environment variable BOT_ID');
    expect(configError.message).toContain('Missing environment variable BOT_DOMAIN');
    expect(configError.message).toContain('--dev');
  });

  it('uses the all-zero id and localhost only when dev is explicitly asked for', () => {
    const variables = resolveManifestVariables({}, { dev: true, defaultVersion: '1.0.0' });
    expect(variables.BOT_ID).toBe(ZERO_GUID);
    expect(variables.BOT_DOMAIN).toBe('localhost');
  });

  it('accepts MicrosoftAppId in place of BOT_ID but refuses two different ids', () => {
    const variables = resolveManifestVariables(
      { MicrosoftAppId: TEST_BOT_ID, BOT_DOMAIN: TEST_DOMAIN },
      { defaultVersion: '1.0.0' },
    );
    expect(variables.BOT_ID).toBe(TEST_BOT_ID);
    expect(() =>
      resolveManifestVariables(
        { BOT_ID: TEST_BOT_ID, MicrosoftAppId: ZERO_GUID, BOT_DOMAIN: TEST_DOMAIN },
        { defaultVersion: '1.0.0' },
      ),
    ).toThrow(/BOT_ID and MicrosoftAppId are both set but differ/);
  });

  it.each([
    [{ BOT_ID: 'not-a-guid', BOT_DOMAIN: TEST_DOMAIN }, /must be the bot's Microsoft App ID/],
    [{ BOT_ID: TEST_BOT_ID, BOT_DOMAIN: 'https://bot.example.org' }, /BOT_DOMAIN must be a bare host name/],
    [{ BOT_ID: TEST_BOT_ID, BOT_DOMAIN: 'bot.example.org/api' }, /BOT_DOMAIN must be a bare host name/],
    [{ BOT_ID: TEST_BOT_ID, BOT_DOMAIN: TEST_DOMAIN, PRIVACY_URL: 'http://x.example.org' }, /PRIVACY_URL/],
    [{ BOT_ID: TEST_BOT_ID, BOT_DOMAIN: TEST_DOMAIN, APP_VERSION: 'v2' }, /APP_VERSION/],
  ])('rejects bad values %#', (env, message) => {
    expect(() => resolveManifestVariables(env, { defaultVersion: '1.0.0' })).toThrow(message);
  });
});

describe('rendered manifest', () => {
  const manifest = render();

  it('is valid against the official schema shipped in @microsoft/app-manifest', async () => {
    expect(manifest.$schema).toContain(`/v${manifest.manifestVersion}/`);
    expect(await validateAgainstOfficialSchema(manifest)).toEqual([]);
  });

  it('schema validation really catches mistakes', async () => {
    const broken = structuredClone(manifest);
    broken.bots[0]!.botId = 'bot';
    const errors = await validateAgainstOfficialSchema(broken);
    expect(errors.join('\n')).toMatch(/\/bots\/0\/botId/);
  });

  it('has no placeholders left', () => {
    expect(serialiseManifest(manifest)).not.toMatch(/\$\{/);
  });

  it('uses the bot id for the bot, the message extension and (by default) the app', () => {
    expect(manifest.bots[0]?.botId).toBe(TEST_BOT_ID);
    expect(manifest.composeExtensions[0]?.botId).toBe(TEST_BOT_ID);
    expect(manifest.id).toBe(TEST_BOT_ID);
    expect(render({ ...TEST_ENV, TEAMS_APP_ID: ZERO_GUID }).id).toBe(ZERO_GUID);
  });

  it('points every URL at the bot host', () => {
    expect(manifest.validDomains).toEqual([TEST_DOMAIN]);
    expect(manifest.developer.privacyUrl).toBe(`https://${TEST_DOMAIN}/privacy`);
    expect(manifest.developer.termsOfUseUrl).toBe(`https://${TEST_DOMAIN}/terms`);
    expect(manifest.developer.websiteUrl).toBe(`https://${TEST_DOMAIN}/`);
    const guidance = manifest.staticTabs.find((tab) => tab.entityId === 'guidance');
    expect(guidance).toMatchObject({
      name: 'Guidance',
      contentUrl: `https://${TEST_DOMAIN}/web/guidance.html`,
      scopes: ['personal'],
    });
  });

  it('lets deployers override developer details', () => {
    const custom = render({ ...TEST_ENV, DEVELOPER_NAME: 'Salford City Council', PRIVACY_URL: 'https://p.example.org/x' });
    expect(custom.developer.name).toBe('Salford City Council');
    expect(custom.developer.privacyUrl).toBe('https://p.example.org/x');
    expect(custom.version).toBe('1.2.3');
  });

  it('tells people plainly what to do and that it supports, not replaces, their judgement', () => {
    expect(manifest.name.full).toBe('Worried about a child (Salford)');
    const { full } = manifest.description;
    expect(full).toContain('call 999');
    expect(full).toContain('the Bridge on 0161 603 4500');
    expect(full).toMatch(/supports your professional judgement/);
    expect(full).toMatch(/never replaces a call to the Bridge/);
    expect(full).not.toMatch(/\b(judgment|organization)\b/i);
  });

  it('offers the bot in personal, group chat and team scopes, without files', () => {
    const bot = manifest.bots[0];
    expect(bot?.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot?.supportsFiles).toBe(false);
  });

  it('has one command list per scope within Teams limits', () => {
    const lists = manifest.bots[0]?.commandLists ?? [];
    expect(lists.map((l) => l.scopes.join()).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect((command.description ?? '').length).toBeGreaterThan(0);
        expect((command.description ?? '').length).toBeLessThanOrEqual(128);
      }
      const titles = list.commands.map((c) => c.title);
      expect(new Set(titles).size).toBe(titles.length);
      expect(titles).toEqual(expect.arrayContaining(['help', 'worried', 'escalate', 'contacts', 'ask my DSL', 'prepare my referral', 'recording']));
    }
    expect(checkCommandLimits(manifest)).toEqual([]);
    const titlesIn = (scope: string) => lists.find((l) => l.scopes.includes(scope))?.commands.map((c) => c.title) ?? [];
    expect(titlesIn('personal')).toContain('forget me');
    expect(titlesIn('groupChat')).not.toContain('forget me');
    expect(titlesIn('team')).not.toContain('forget me');
    expect(titlesIn('team')).toContain('settings');
  });

  it('has the command menus the help card declares (cards/capabilities.ts), word for word', () => {
    const lists = manifest.bots[0]?.commandLists ?? [];
    for (const scope of SCOPES) {
      const list = lists.find((l) => l.scopes.length === 1 && l.scopes[0] === scope);
      expect(list?.commands, scope).toEqual(menuCommands(scope));
      // Every command in a menu is something the help card offers in that scope (or help itself).
      for (const c of list?.commands ?? []) {
        const cap = CAPABILITIES.find((x) => x.command === c.title);
        expect(cap?.scopes, c.title).toContain(scope);
      }
    }
  });

  it('has no command menus of its own: they are generated from the registry', () => {
    const bare = renderManifest(templateText, resolveManifestVariables(TEST_ENV, { defaultVersion: '1.2.3' })) as unknown as RenderedManifest;
    expect(bare.bots[0]?.commandLists).toBeUndefined();
  });

  it('shows a command registered through the registry in the generated command menu, and types to its action', () => {
    const throwaway: Capability = { id: 'throwaway', command: 'throwaway words', description: 'A command that exists only in this test', action: ACTIONS.contactsShow.value(), scopes: ['personal', 'team'] };
    const registry = withCommand(REGISTRY, throwaway, ['team']);
    const lists = render(TEST_ENV, registry).bots[0]?.commandLists ?? [];
    const team = lists.find((l) => l.scopes.join() === 'team')?.commands ?? [];
    expect(team.at(-1)).toEqual({ title: 'throwaway words', description: 'A command that exists only in this test' });
    // Only in the menus it was added to; the real registry is untouched.
    expect(lists.find((l) => l.scopes.join() === 'personal')?.commands.map((c) => c.title)).not.toContain('throwaway words');
    expect(render().bots[0]?.commandLists.flatMap((l) => l.commands.map((c) => c.title))).not.toContain('throwaway words');
    // The eleventh command in a menu is over Teams' limit, and the package build says so.
    expect(checkCommandLimits(render(TEST_ENV, registry))).toEqual(['bots[0].commandLists[2] (team) has 11 commands; the most is 10']);
    expect(capabilityForCommand('Throwaway words!', registry)?.action).toEqual({ verb: 'contacts.show' });
    expect(() => withCommand(registry, throwaway)).toThrow('already declared');
  });

  it('flags command lists that break Teams limits', () => {
    const tooMany = structuredClone(manifest);
    tooMany.bots[0]!.commandLists[0]!.commands = Array.from({ length: 11 }, (_, i) => ({
      title: i === 0 ? 'x'.repeat(33) : `c${i}`,
      description: 'd'.repeat(129),
    }));
    const problems = checkCommandLimits(tooMany);
    expect(problems.some((p) => p.includes('has 11 commands'))).toBe(true);
    expect(problems.some((p) => p.includes('longer than 32'))).toBe(true);
    expect(problems.some((p) => p.includes('longer than 128'))).toBe(true);
  });

  it('declares the two message extension commands', () => {
    const commands = manifest.composeExtensions[0]?.commands ?? [];
    expect(commands).toHaveLength(2);
    expect(commands.find((c) => c.id === 'findContact')).toMatchObject({
      type: 'query',
      title: 'Find a contact',
      context: ['compose', 'commandBox'],
      parameters: [{ name: 'query' }],
    });
    expect(commands.find((c) => c.id === 'checkNextSteps')).toMatchObject({
      type: 'action',
      title: 'Check next steps',
      context: ['message'],
      fetchTask: true,
    });
  });
});

describe('app package zip', () => {
  const manifest = render();
  const colorPng = readBytes('manifest/color.png');
  const outlinePng = readBytes('manifest/outline.png');
  const zip = buildAppPackage({ manifest, colorPng, outlinePng });

  it('holds exactly manifest.json, color.png and outline.png at its root', () => {
    const files = unzipSync(zip);
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(new TextDecoder().decode(files['manifest.json']))).toEqual(manifest);
    expect(Buffer.from(files['color.png'] ?? []).equals(colorPng)).toBe(true);
    expect(Buffer.from(files['outline.png'] ?? []).equals(outlinePng)).toBe(true);
  });

  it('is reproducible', () => {
    expect(Buffer.from(buildAppPackage({ manifest, colorPng, outlinePng })).equals(Buffer.from(zip))).toBe(true);
  });
});

describe('icons', () => {
  const color = decode(readBytes('manifest/color.png'));
  const outline = decode(readBytes('manifest/outline.png'));

  it('has a 192×192 opaque colour icon', () => {
    expect([color.width, color.height]).toEqual([192, 192]);
    const colours = new Set<string>();
    for (let i = 0; i < color.data.length; i += 4) {
      expect(color.data[i + 3]).toBe(255);
      colours.add(`${color.data[i]},${color.data[i + 1]},${color.data[i + 2]}`);
    }
    expect(colours.size).toBeGreaterThan(3);
  });

  it('has a 32×32 outline icon that is white on a transparent background', () => {
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let opaque = 0;
    let transparent = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const alpha = outline.data[i + 3] ?? 0;
      if (alpha > 0) {
        expect([outline.data[i], outline.data[i + 1], outline.data[i + 2]]).toEqual([255, 255, 255]);
      }
      if (alpha === 255) opaque += 1;
      if (alpha === 0) transparent += 1;
    }
    expect(outline.data[3]).toBe(0); // top-left corner is background
    expect(opaque).toBeGreaterThan(100);
    expect(transparent).toBeGreaterThan(100);
  });

  it('matches what scripts/icons.mjs draws', () => {
    expect(decode(drawColorIcon()).data.equals(color.data)).toBe(true);
    expect(decode(drawOutlineIcon()).data.equals(outline.data)).toBe(true);
  });
});
