// Pure functions that turn manifest/manifest.template.json into a Teams app package.
// Used by scripts/package.mjs and by test/manifest/manifest.test.ts. Nothing here
// reads process.env or the file system: the caller passes everything in.

import { zipSync } from 'fflate';

/** Matches a `${{NAME}}` placeholder in the template. */
export const PLACEHOLDER_PATTERN = /\$\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Only used with an explicit `--dev` flag: an all-zero bot id and localhost. */
export const DEV_DEFAULTS = Object.freeze({
  BOT_ID: '00000000-0000-0000-0000-000000000000',
  BOT_DOMAIN: 'localhost',
});

export const DEFAULT_DEVELOPER_NAME = 'Salford safeguarding bot';

/** Limits Teams applies to bot command menus (stricter than the JSON schema). */
export const COMMAND_LIMITS = Object.freeze({ maxCommands: 10, maxTitle: 32, maxDescription: 128 });

/** The three files at the root of the app package, in zip order. */
export const PACKAGE_FILES = Object.freeze(['manifest.json', 'color.png', 'outline.png']);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A bare host name: no scheme, port, path or wildcard.
const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;
const SEMVER = /^\d+\.\d+\.\d+$/;
// A fixed timestamp so the same inputs always give the same zip bytes.
const ZIP_MTIME = new Date('2020-01-01T00:00:00Z');

/** Thrown when the environment does not give what the manifest needs. */
export class ManifestConfigError extends Error {
  /**
   * @param {string} message
   * @param {{ missing?: string[], invalid?: string[] }} [details]
   */
  constructor(message, details = {}) {
    super(message);
    this.name = 'ManifestConfigError';
    this.code = 'MANIFEST_CONFIG';
    this.missing = details.missing ?? [];
    this.invalid = details.invalid ?? [];
  }
}

/** @param {Record<string, string | undefined>} env @param {string} name */
function read(env, name) {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** @param {string} value */
function isHttpsUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * Works out every template variable from an environment-like object.
 * Empty strings count as missing. Without `dev`, BOT_ID (or MicrosoftAppId) and
 * BOT_DOMAIN are required; with `dev`, they fall back to DEV_DEFAULTS.
 *
 * @param {Record<string, string | undefined>} env
 * @param {{ dev?: boolean, defaultVersion?: string }} [options]
 * @returns {Readonly<Record<string, string>>}
 */
export function resolveManifestVariables(env, options = {}) {
  const dev = options.dev === true;
  const missing = [];
  const invalid = [];

  const botIdVar = read(env, 'BOT_ID');
  const appIdVar = read(env, 'MicrosoftAppId');
  if (botIdVar && appIdVar && botIdVar.toLowerCase() !== appIdVar.toLowerCase()) {
    invalid.push('BOT_ID and MicrosoftAppId are both set but differ; set only one, or make them equal');
  }
  let botId = botIdVar ?? appIdVar;
  if (botId === undefined) {
    if (dev) botId = DEV_DEFAULTS.BOT_ID;
    else missing.push('BOT_ID (or MicrosoftAppId)');
  } else if (!GUID.test(botId)) {
    invalid.push('BOT_ID/MicrosoftAppId must be the bot\'s Microsoft App ID, a GUID like 00000000-0000-0000-0000-000000000000');
  }

  let domain = read(env, 'BOT_DOMAIN');
  if (domain === undefined) {
    if (dev) domain = DEV_DEFAULTS.BOT_DOMAIN;
    else missing.push('BOT_DOMAIN');
  } else if (!HOSTNAME.test(domain)) {
    invalid.push('BOT_DOMAIN must be a bare host name such as bot.example.org (no https://, port or path)');
  }

  const teamsAppId = read(env, 'TEAMS_APP_ID') ?? botId;
  if (read(env, 'TEAMS_APP_ID') !== undefined && !GUID.test(teamsAppId ?? '')) {
    invalid.push('TEAMS_APP_ID must be a GUID');
  }

  const version = read(env, 'APP_VERSION') ?? options.defaultVersion;
  if (version === undefined) missing.push('APP_VERSION');
  else if (!SEMVER.test(version)) invalid.push('APP_VERSION must look like 1.2.3');

  const developerName = read(env, 'DEVELOPER_NAME') ?? DEFAULT_DEVELOPER_NAME;
  if (developerName.length > 32) invalid.push('DEVELOPER_NAME must be 32 characters or fewer');

  const base = `https://${domain ?? DEV_DEFAULTS.BOT_DOMAIN}`;
  /** @type {Record<string, string>} */
  const urls = {
    DEVELOPER_WEBSITE_URL: read(env, 'DEVELOPER_WEBSITE_URL') ?? `${base}/`,
    PRIVACY_URL: read(env, 'PRIVACY_URL') ?? `${base}/privacy`,
    TERMS_URL: read(env, 'TERMS_URL') ?? `${base}/terms`,
  };
  for (const [name, value] of Object.entries(urls)) {
    if (!isHttpsUrl(value)) invalid.push(`${name} must be an https:// URL`);
  }

  if (missing.length > 0 || invalid.length > 0) {
    const lines = [
      ...missing.map((name) => `Missing environment variable ${name}.`),
      ...invalid.map((problem) => `Invalid value: ${problem}.`),
    ];
    if (missing.length > 0 && !dev) {
      lines.push('Set them, or pass --dev to use a placeholder bot id and localhost (for local testing only).');
    }
    throw new ManifestConfigError(lines.join('\n'), { missing, invalid });
  }

  return Object.freeze({
    BOT_ID: /** @type {string} */ (botId),
    BOT_DOMAIN: /** @type {string} */ (domain),
    TEAMS_APP_ID: /** @type {string} */ (teamsAppId),
    APP_VERSION: /** @type {string} */ (version),
    DEVELOPER_NAME: developerName,
    ...urls,
  });
}

/**
 * Replaces every `${{NAME}}` in the template text and parses the result.
 * Values are JSON-escaped; an unknown placeholder is an error, not an empty string.
 *
 * @param {string} templateText
 * @param {Readonly<Record<string, string>>} variables
 * @returns {Record<string, unknown>}
 */
export function renderManifest(templateText, variables) {
  const unknown = new Set();
  const text = templateText.replace(PLACEHOLDER_PATTERN, (_match, /** @type {string} */ name) => {
    const value = Object.hasOwn(variables, name) ? variables[name] : undefined;
    if (value === undefined) {
      unknown.add(name);
      return '';
    }
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new ManifestConfigError(`The template uses variables with no value: ${[...unknown].join(', ')}.`, {
      missing: [...unknown],
    });
  }
  return JSON.parse(text);
}

/**
 * Puts the bot's command menus into a rendered manifest. They are not in the template: they are
 * generated from the action registry (cards/capabilities.ts `commandLists()`), so a command is
 * declared once. Returns a new object; every bot of the manifest gets the same lists.
 *
 * @param {Record<string, unknown>} manifest
 * @param {{ scopes: string[], commands: { title: string, description: string }[] }[]} commandLists
 * @returns {Record<string, unknown>}
 */
export function withCommandLists(manifest, commandLists) {
  if (!Array.isArray(commandLists) || commandLists.length === 0) throw new ManifestConfigError('The command lists are missing (they come from cards/capabilities.ts).');
  const bots = /** @type {Record<string, unknown>[]} */ (manifest.bots ?? []);
  return { ...manifest, bots: bots.map((bot) => ({ ...bot, commandLists: structuredClone(commandLists) })) };
}

/** @param {unknown} manifest */
export function serialiseManifest(manifest) {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * Problems with bot command lists that the JSON schema does not catch
 * (Teams shows at most 10 commands, titles up to 32 and descriptions up to 128 characters).
 *
 * @param {any} manifest
 * @returns {string[]}
 */
export function checkCommandLimits(manifest) {
  const problems = [];
  const { maxCommands, maxTitle, maxDescription } = COMMAND_LIMITS;
  for (const [b, bot] of (manifest?.bots ?? []).entries()) {
    for (const [l, list] of (bot?.commandLists ?? []).entries()) {
      const where = `bots[${b}].commandLists[${l}] (${(list?.scopes ?? []).join(', ')})`;
      const commands = list?.commands ?? [];
      if (commands.length > maxCommands) problems.push(`${where} has ${commands.length} commands; the most is ${maxCommands}`);
      for (const command of commands) {
        if ((command?.title ?? '').length > maxTitle) problems.push(`${where}: title "${command.title}" is longer than ${maxTitle}`);
        if ((command?.description ?? '').length > maxDescription) {
          problems.push(`${where}: description of "${command.title}" is longer than ${maxDescription}`);
        }
      }
    }
  }
  return problems;
}

/**
 * Builds the app package zip: manifest.json, color.png and outline.png at the root.
 * Deterministic: the same inputs always produce the same bytes.
 *
 * @param {{ manifest: unknown, colorPng: Uint8Array, outlinePng: Uint8Array }} parts
 * @returns {Uint8Array}
 */
export function buildAppPackage({ manifest, colorPng, outlinePng }) {
  const files = {
    'manifest.json': new TextEncoder().encode(serialiseManifest(manifest)),
    'color.png': colorPng,
    'outline.png': outlinePng,
  };
  return zipSync(files, { level: 9, mtime: ZIP_MTIME });
}
