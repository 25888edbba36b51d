import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { thrownBy } from './helpers/thrown';
import { ConfigError, describeConfig, loadConfig } from '../bot/edge/config';

const APP_ID = '0b8a3f1e-1111-4a4a-8b8b-123456789abc';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

const configError = (env: Record<string, string | undefined>): ConfigError => thrownBy(ConfigError, () => loadConfig(env));

const variables = (err: ConfigError): string[] => err.issues.map((i) => i.variable).sort();

/** Settings that are refused, and the variables the error names (and nothing else). */
const REFUSED: [string, Record<string, string>, string[]][] = [
  ['in production: refuses MultiTenant even with an app id and password', { NODE_ENV: 'production', MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'MultiTenant' }, ['MicrosoftAppType']],
  ['bot identity: requires a tenant id for SingleTenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' }, ['MicrosoftAppTenantId']],
  ['bot identity: requires an app id for SingleTenant (the way to make a missing id fail at start-up)', { MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: TENANT }, ['MicrosoftAppId']],
  ['bot identity: rejects a password for UserAssignedMSI', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT }, ['MicrosoftAppPassword']],
  ['blob storage: requires a connection string and a container', { STORAGE: 'blobs' }, ['BLOB_CONNECTION_STRING', 'BLOB_CONTAINER']],
  ['blob storage: treats empty blob settings as missing', { STORAGE: 'blobs', BLOB_CONNECTION_STRING: ' ', BLOB_CONTAINER: '' }, ['BLOB_CONNECTION_STRING', 'BLOB_CONTAINER']],
  ['blob storage: rejects an invalid container name', { STORAGE: 'blobs', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true', BLOB_CONTAINER: 'Bot_State' }, ['BLOB_CONTAINER']],
];

describe('loadConfig', () => {
  it.each(REFUSED)('%s', (_name, env, expected) => {
    expect(variables(configError(env))).toEqual(expected);
  });

  it('applies the documented defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      nodeEnv: 'development',
      logLevel: 'info',
      microsoftAppId: undefined,
      microsoftAppType: 'MultiTenant',
      anonymous: true,
      storage: 'sqlite',
      dataDir: path.resolve('./data'),
      defaultArea: 'salford',
      allowedTenants: [],
      allowInsecureDev: false,
      draftRetentionDays: 30,
      bodyLimitBytes: 262_144,
    });
  });

  it('returns a deeply frozen object', () => {
    const config = loadConfig({ ALLOWED_TENANTS: TENANT });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.allowedTenants)).toBe(true);
  });

  it('binds to loopback only when anonymous, to all interfaces when an app id is set', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    const withId = loadConfig({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret' });
    expect(withId.host).toBe('0.0.0.0');
    expect(withId.anonymous).toBe(false);
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('parses every variable that is set', () => {
    const config = loadConfig({
      PORT: '8080',
      NODE_ENV: 'test',
      LOG_LEVEL: 'debug',
      STORAGE: 'memory',
      DATA_DIR: '/var/lib/bot',
      DEFAULT_AREA: 'nottingham',
      ALLOWED_TENANTS: ` ${TENANT.toUpperCase()} , ,${APP_ID}`,
      ALLOW_INSECURE_DEV: 'TRUE',
      DRAFT_RETENTION_DAYS: '7',
      BODY_LIMIT_BYTES: '65536',
    });
    expect(config).toMatchObject({
      port: 8080,
      nodeEnv: 'test',
      logLevel: 'debug',
      storage: 'memory',
      dataDir: '/var/lib/bot',
      defaultArea: 'nottingham',
      allowedTenants: [TENANT, APP_ID],
      allowInsecureDev: true,
      draftRetentionDays: 7,
      bodyLimitBytes: 65_536,
    });
  });

  it.each([
    ['not a number', 'abc'],
    ['negative', '-1'],
    ['too large', '70000'],
    ['fractional', '3978.5'],
  ])('names PORT when it is %s', (_label, value) => {
    const err = configError({ PORT: value });
    expect(variables(err)).toEqual(['PORT']);
    expect(err.message).toContain('PORT');
    expect(err.code).toBe('CONFIG_INVALID');
  });

  it('names every bad variable at once, without echoing values', () => {
    const err = configError({
      PORT: 'eighty',
      LOG_LEVEL: 'loud',
      STORAGE: 'floppy',
      DEFAULT_AREA: 'atlantis',
      ALLOW_INSECURE_DEV: 'perhaps',
      MicrosoftAppId: 'not-a-guid',
    });
    expect(variables(err)).toEqual(
      ['ALLOW_INSECURE_DEV', 'DEFAULT_AREA', 'LOG_LEVEL', 'MicrosoftAppId', 'PORT', 'STORAGE'].sort(),
    );
    for (const value of ['eighty', 'loud', 'floppy', 'atlantis', 'perhaps', 'not-a-guid']) {
      expect(err.message).not.toContain(value);
    }
  });

  it('never puts a secret in the error message', () => {
    const err = configError({ MicrosoftAppPassword: 'hunter2-super-secret' });
    expect(variables(err)).toEqual(['MicrosoftAppId']);
    expect(err.message).not.toContain('hunter2');
  });

  it('treats empty and whitespace-only strings as missing', () => {
    const config = loadConfig({
      PORT: '',
      HOST: '  ',
      NODE_ENV: '',
      LOG_LEVEL: '',
      MicrosoftAppId: '',
      MicrosoftAppPassword: '',
      MicrosoftAppType: '',
      STORAGE: '',
      DATA_DIR: '',
      BLOB_CONNECTION_STRING: '',
      ALLOWED_TENANTS: '',
      ALLOW_INSECURE_DEV: '',
      DRAFT_RETENTION_DAYS: ' ',
      BODY_LIMIT_BYTES: '',
    });
    expect(config).toMatchObject({
      port: 3978,
      host: '127.0.0.1',
      nodeEnv: 'development',
      microsoftAppId: undefined,
      microsoftAppPassword: undefined,
      anonymous: true,
      storage: 'sqlite',
      allowedTenants: [],
      allowInsecureDev: false,
      draftRetentionDays: 30,
      bodyLimitBytes: 262_144,
    });
  });

  describe('in production', () => {
    it('refuses an empty app id and the MultiTenant default', () => {
      const err = configError({ NODE_ENV: 'production', MicrosoftAppId: '' });
      expect(variables(err)).toEqual(['MicrosoftAppId', 'MicrosoftAppType']);
      expect(err.message).toMatch(/MicrosoftAppId \(is required in production/);
    });

    it('starts as SingleTenant with id, tenant and password', () => {
      const config = loadConfig({
        NODE_ENV: 'production',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: TENANT,
      });
      expect(config.anonymous).toBe(false);
      expect(config.host).toBe('0.0.0.0');
    });

    it('starts as UserAssignedMSI with id and tenant and no password', () => {
      const config = loadConfig({
        NODE_ENV: 'production',
        MicrosoftAppId: APP_ID,
        MicrosoftAppType: 'UserAssignedMSI',
        MicrosoftAppTenantId: TENANT,
      });
      expect(config.microsoftAppType).toBe('UserAssignedMSI');
    });

    it('starts anonymously only with ALLOW_INSECURE_DEV=true', () => {
      const config = loadConfig({ NODE_ENV: 'production', ALLOW_INSECURE_DEV: 'true' });
      expect(config.anonymous).toBe(true);
      expect(config.host).toBe('127.0.0.1');
    });
  });

  describe('bot identity', () => {
    it('requires a password or a certificate with an app id', () => {
      expect(variables(configError({ MicrosoftAppId: APP_ID }))).toEqual(['MicrosoftAppPassword']);
      const config = loadConfig({
        MicrosoftAppId: APP_ID,
        CertificateThumbprint: 'AB12',
        CertificatePrivateKey: '-----BEGIN PRIVATE KEY-----',
      });
      expect(config.certificateThumbprint).toBe('AB12');
    });

    it('requires both certificate parts, and not together with a password', () => {
      expect(variables(configError({ MicrosoftAppId: APP_ID, CertificateThumbprint: 'AB12' }))).toEqual([
        'CertificatePrivateKey',
      ]);
      expect(
        variables(
          configError({
            MicrosoftAppId: APP_ID,
            MicrosoftAppPassword: 'secret',
            CertificateThumbprint: 'AB12',
            CertificatePrivateKey: 'key',
          }),
        ),
      ).toEqual(['MicrosoftAppPassword']);
    });

  });

  describe('blob storage', () => {
    it('accepts both', () => {
      const config = loadConfig({
        STORAGE: 'blobs',
        BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true',
        BLOB_CONTAINER: 'bot-state',
      });
      expect(config).toMatchObject({ storage: 'blobs', blobContainer: 'bot-state' });
    });
  });

  it('rejects tenant ids that are not GUIDs', () => {
    expect(variables(configError({ ALLOWED_TENANTS: `${TENANT},contoso.com` }))).toEqual(['ALLOWED_TENANTS']);
  });

  it('describeConfig leaves out secrets', () => {
    const config = loadConfig({
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'hunter2-super-secret',
      STORAGE: 'blobs',
      BLOB_CONNECTION_STRING: 'AccountKey=very-secret-key',
      BLOB_CONTAINER: 'bot-state',
    });
    const text = JSON.stringify(describeConfig(config));
    expect(text).not.toContain('hunter2');
    expect(text).not.toContain('very-secret-key');
    expect(text).toContain('"credential":"password"');
  });
});
