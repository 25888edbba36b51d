// Types for manifest/build.mjs, so strict TypeScript tests can import it.

export declare const PLACEHOLDER_PATTERN: RegExp;
export declare const DEV_DEFAULTS: Readonly<{ BOT_ID: string; BOT_DOMAIN: string }>;
export declare const DEFAULT_DEVELOPER_NAME: string;
export declare const COMMAND_LIMITS: Readonly<{ maxCommands: number; maxTitle: number; maxDescription: number }>;
export declare const PACKAGE_FILES: readonly string[];

export declare class ManifestConfigError extends Error {
  readonly code: 'MANIFEST_CONFIG';
  readonly missing: string[];
  readonly invalid: string[];
  constructor(message: string, details?: { missing?: string[]; invalid?: string[] });
}

export type ManifestVariables = Readonly<Record<string, string>>;

export declare function resolveManifestVariables(
  env: Readonly<Record<string, string | undefined>>,
  options?: { dev?: boolean; defaultVersion?: string },
): ManifestVariables;

export declare function renderManifest(templateText: string, variables: ManifestVariables): Record<string, unknown>;

export type CommandList = { scopes: string[]; commands: { title: string; description: string }[] };

export declare function withCommandLists(manifest: Record<string, unknown>, commandLists: readonly CommandList[]): Record<string, unknown>;

export declare function serialiseManifest(manifest: unknown): string;

export declare function checkCommandLimits(manifest: unknown): string[];

export declare function buildAppPackage(parts: {
  manifest: unknown;
  colorPng: Uint8Array;
  outlinePng: Uint8Array;
}): Uint8Array;
