// The Teams pages' HTML, put together at build time (scripts/build.mjs): each page's own file
// (web/<page>.html: a title and a body) goes into the shell that holds the head every page shares
// (web/lib/page.html), with the page's script, <page>.js (bundled from web/<page>.ts). One home
// for the head; the page served is one whole document, as before (no inline script or style,
// which the pages' Content-Security-Policy forbids).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The names /web/:file serves (bot/pages/webRoutes.ts) less their extension. */
const PAGE_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** One leading comment (what the file is), left out of the page served. */
const LEADING_COMMENT = /^<!--[\s\S]*?-->\n/;
/** A page's file: its title on one line, then its body. */
const PAGE = /^<title>([^<\n]+)<\/title>\n(<body>\n[\s\S]*\n<\/body>)\n$/;
/** Raw text that spans lines, which indenting the body would change. */
const MULTI_LINE_RAW_TEXT = /<(pre|textarea)\b[^>]*>[^<]*\n/;
const PLACEHOLDERS = ['{{title}}', '{{script}}', '{{body}}'];

/**
 * One page: the shell's placeholders filled with the page's title, script and body (indented to
 * sit inside <html>). Throws, naming the page, where the page's file or the shell is not as
 * described above.
 */
export function renderPage(shell, name, source) {
  const fail = (what) => {
    throw new Error(`web/${name}.html: ${what}`);
  };
  if (!PAGE_NAME.test(name)) fail('a page name is lower-case letters, digits and hyphens (the names /web/:file serves)');
  const template = shell.replace(LEADING_COMMENT, '');
  for (const p of PLACEHOLDERS) {
    if (template.split(p).length !== 2) fail(`the shell (web/lib/page.html) must have ${p} exactly once`);
  }
  const page = PAGE.exec(source.replace(LEADING_COMMENT, ''));
  if (!page) fail('expected <title>…</title> on its own line, then <body> … </body> (and at most one comment before them)');
  const [, title, body] = page;
  if (/<(head|html|script|link|style)\b/i.test(body)) fail('the head, scripts and styles are the shell\'s (web/lib/page.html); a page has only its title and body');
  const raw = MULTI_LINE_RAW_TEXT.exec(body);
  if (raw) fail(`a <${raw[1]}> with text over several lines would change when the body is indented`);
  const indented = body.replace(/^(?=.)/gm, '  ');
  const values = { '{{title}}': title, '{{script}}': `${name}.js`, '{{body}}': indented };
  // A function, so that "$&" and the like in a page are written as they are.
  return template.replace(/\{\{(?:title|script|body)\}\}/g, (p) => values[p]);
}

/**
 * Every page in `webDir` (its *.html files), as [file name, HTML]. Each page needs its script
 * (<page>.ts), which the build bundles.
 */
export function renderPages(webDir) {
  const shell = readFileSync(path.join(webDir, 'lib', 'page.html'), 'utf8');
  return readdirSync(webDir)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.html'.length);
      if (!existsSync(path.join(webDir, `${name}.ts`))) throw new Error(`web/${file}: no script web/${name}.ts for it`);
      return [file, renderPage(shell, name, readFileSync(path.join(webDir, file), 'utf8'))];
    });
}
