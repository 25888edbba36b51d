/**
 * The security tests' harness: the whole app on 127.0.0.1 with every log line captured
 * (now shared with the HTTP tests in test/helpers/app.ts), and a raw POST.
 */
export { startHarness, type Harness } from '../helpers/app';

/** POST a raw body (string or object) to the bot. */
export async function postRaw(
  messagesUrl: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const response = await fetch(messagesUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}
