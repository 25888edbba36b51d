/**
 * The Teams pages' HTML as the build writes it (scripts/pages.mjs): each page is its own title
 * and body in the shared shell (web/lib/page.html), with one title, one stylesheet and one
 * script (its own bundle), and nothing inline that the pages' Content-Security-Policy forbids.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../../scripts/pages.mjs';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'dist', `test-pages-${process.pid}`);
const WEB = path.join(OUT, 'web');
const SHELL = readFileSync(path.join(ROOT, 'web', 'lib', 'page.html'), 'utf8');

/** What each page's own file is for: an element only that page has. */
const PAGES = [
  { file: 'guidance.html', name: 'guidance', title: 'Safeguarding guidance', own: 'id="check-form"' },
  { file: 'notice-form.html', name: 'notice-form', title: 'Escalation Notice', own: 'id="notice-form"' },
] as const;

const all = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1] ?? m[0]);

/** The <body> … </body> of a page's own file, or of a built page with its indentation taken off. */
function bodyOf(html: string, indent = ''): string {
  const m = new RegExp(`^${indent}<body>\\n[\\s\\S]*?\\n${indent}</body>$`, 'm').exec(html);
  expect(m, 'a <body> … </body>').not.toBeNull();
  return (m?.[0] ?? '').replace(new RegExp(`^${indent}`, 'gm'), '');
}

describe('the pages the build writes (dist/web/*.html)', () => {
  beforeAll(() => {
    execFileSync(process.execPath, ['scripts/build.mjs', '--entry', 'test/build/fixtures/tiny-bot.ts', '--outdir', path.relative(ROOT, OUT)], { cwd: ROOT, stdio: 'pipe' });
  }, 60_000);
  afterAll(() => rmSync(OUT, { recursive: true, force: true }));

  it.each(PAGES)('$file: one title, one stylesheet, its own script and its own body, in one whole document', ({ name, title, own }) => {
    const html = readFileSync(path.join(WEB, `${name}.html`), 'utf8');
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB" data-theme="default">\n')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(all(html, /<title>([^<]*)<\/title>/g)).toEqual([title]);
    expect(all(html, /<link rel="stylesheet" href="([^"]+)"/g)).toEqual(['theme.css']);
    expect(all(html, /<script\b[^>]*>/g)).toEqual([`<script type="module" src="${name}.js">`]);
    expect(existsSync(path.join(WEB, `${name}.js`)), `${name}.js is built`).toBe(true);
    expect(all(html, /<(head|body)>/g)).toEqual(['head', 'body']);
    // The body is the page's own file's, and only that page's.
    const source = readFileSync(path.join(ROOT, 'web', `${name}.html`), 'utf8');
    expect(bodyOf(html, '  ')).toBe(bodyOf(source));
    expect(html).toContain(own);
    for (const other of PAGES.filter((p) => p.name !== name)) expect(html).not.toContain(other.own);
    // Nothing left of the shell's workings, and nothing inline that the CSP would block.
    expect(html).not.toMatch(/\{\{|<!--/);
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('serves the stylesheet, and not the shell as a page of its own', () => {
    expect(readFileSync(path.join(WEB, 'theme.css'), 'utf8')).toBe(readFileSync(path.join(ROOT, 'web', 'theme.css'), 'utf8'));
    expect(existsSync(path.join(WEB, 'page.html'))).toBe(false);
    expect(existsSync(path.join(WEB, 'lib'))).toBe(false);
  });
});

describe('renderPage (scripts/pages.mjs)', () => {
  const page = (title: string, body: string): string => `<!-- a page -->\n<title>${title}</title>\n<body>\n${body}\n</body>\n`;

  it('writes the title and body as they are, "$&" and all', () => {
    const html = renderPage(SHELL, 'x', page('Costs $& more', '  <p>$1 and $$</p>'));
    expect(html).toContain('<title>Costs $& more</title>');
    expect(html).toContain('\n  <body>\n    <p>$1 and $$</p>\n  </body>\n</html>');
    expect(html).toContain('<script type="module" src="x.js"></script>');
  });

  it('refuses a page that is not a title and a body, or that brings its own head, script or style', () => {
    expect(() => renderPage(SHELL, 'x', '<body>\n<p>no title</p>\n</body>\n')).toThrow('web/x.html: expected <title>');
    expect(() => renderPage(SHELL, 'x', page('T', '<script src="y.js"></script>'))).toThrow("the head, scripts and styles are the shell's");
    expect(() => renderPage(SHELL, 'x', page('T', '<link rel="stylesheet" href="y.css" />'))).toThrow("the head, scripts and styles are the shell's");
  });

  it('refuses text over several lines in a <textarea> or <pre>, which indenting would change', () => {
    expect(() => renderPage(SHELL, 'x', page('T', '<textarea>one\ntwo</textarea>'))).toThrow('<textarea>');
    expect(renderPage(SHELL, 'x', page('T', '  <textarea rows="3"></textarea>'))).toContain('\n    <textarea rows="3"></textarea>');
  });

  it('refuses a page name /web/:file would not serve, and a shell without its placeholders', () => {
    expect(() => renderPage(SHELL, 'Notice_Form', page('T', '<p>x</p>'))).toThrow('a page name is lower-case');
    expect(() => renderPage(SHELL.replace('{{script}}', 'x.js'), 'x', page('T', '<p>x</p>'))).toThrow('{{script}} exactly once');
  });
});
