/**
 * The shape a Bot Framework bearer token must have, checked on the Authorization header
 * before the body is read and before botbuilder fetches any key (issue 14): `Bearer `, then
 * three non-empty base64url parts, a JSON header of bounded size with `alg: RS256` and a
 * non-empty string `kid`, and a JSON object payload. The Bot Framework signs its tokens with
 * RS256 and names the key; anything else cannot verify, and used to cost an outbound fetch
 * of the OpenID metadata (and a 500 when that failed) before being refused.
 *
 * Only the shape: the signature, issuer, audience, expiry and key are botbuilder's to check.
 * Pure, no I/O; bounded work (the header is cut at MAX_TOKEN_LENGTH before it is split).
 */

/** Longest token accepted (Bot Framework tokens are about 1.2 KB). */
export const MAX_TOKEN_LENGTH = 8192;
/** Longest JWT header accepted, base64url characters (the Bot Framework's is about 160). */
export const MAX_JWT_HEADER_LENGTH = 1024;
/** Longest key id accepted. */
const MAX_KID_LENGTH = 128;

/** Why a bearer token was refused without verification: a closed set, safe to log. */
export type BearerProblem = 'missing' | 'scheme' | 'too-long' | 'parts' | 'header-too-long' | 'header' | 'alg' | 'kid' | 'payload';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

function jsonObject(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** What is wrong with an Authorization header's shape, or undefined when botbuilder may verify it. */
export function bearerProblem(authorization: string | undefined): BearerProblem | undefined {
  if (authorization === undefined || authorization === '') return 'missing';
  // botbuilder itself accepts only this exact scheme, followed by one space.
  if (!authorization.startsWith('Bearer ')) return 'scheme';
  const token = authorization.slice('Bearer '.length);
  if (token.length > MAX_TOKEN_LENGTH) return 'too-long';
  const parts = token.split('.');
  if (parts.length !== 3 || !parts.every((p) => BASE64URL.test(p))) return 'parts';
  const [header = '', payload = ''] = parts;
  if (header.length > MAX_JWT_HEADER_LENGTH) return 'header-too-long';
  const fields = jsonObject(header);
  if (!fields) return 'header';
  if (fields.alg !== 'RS256') return 'alg';
  if (typeof fields.kid !== 'string' || fields.kid === '' || fields.kid.length > MAX_KID_LENGTH) return 'kid';
  if (!jsonObject(payload)) return 'payload';
  return undefined;
}
