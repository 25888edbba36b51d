/**
 * The action registry (cards/actions.ts): every verb a card can carry and every typed command
 * is declared there once, and nothing else names a verb.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_LIST, ACTIONS, VERBS, actionForWords, actionOf, allowedIn, CAPABILITIES, SCOPES, verbOf } from '../../cards';

const root = path.resolve(__dirname, '../..');

function filesUnder(dir: string, ext: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full, ext));
    else if (name.endsWith(ext)) out.push(full);
  }
  return out;
}

describe('the action registry', () => {
  it('declares each verb once, and each value its builder makes passes its own schema', () => {
    const verbs = ACTION_LIST.map((a) => a.verb);
    expect(new Set(verbs).size).toBe(verbs.length);
    for (const a of ACTION_LIST) expect(actionOf(a.verb)).toBe(a);
    expect(ACTIONS.routeShow.schema.safeParse(ACTIONS.routeShow.value({ route: 'lado' })).success).toBe(true);
    expect(ACTIONS.noticeNext.schema.safeParse(ACTIONS.noticeNext.value({ draftId: '6f1c2a4e-1b2c-4d5e-8f90-123456789abc', fromStage: 'practitioner' })).success).toBe(true);
    expect(ACTIONS.routeShow.value({ route: 'lado' })).toEqual({ verb: 'route.show', route: 'lado' });
  });

  it('refuses a value with the wrong verb or tampered data', () => {
    expect(ACTIONS.routeShow.schema.safeParse({ verb: 'contacts.show', route: 'lado' }).success).toBe(false);
    expect(ACTIONS.routeShow.schema.safeParse({ verb: 'route.show', route: 'x'.repeat(41) }).success).toBe(false);
    expect(ACTIONS.areaSet.schema.safeParse({ verb: 'area.set', area: 'atlantis' }).success).toBe(false);
    expect(ACTIONS.noteOpen.schema.safeParse({ verb: 'note.open', draftId: '../other-user' }).success).toBe(false);
    expect(verbOf({ verb: 42 })).toBeUndefined();
    expect(actionOf('route.hide')).toBeUndefined();
  });

  it('keeps a child’s details in the personal chat: notes and notices run there only', () => {
    for (const a of ACTION_LIST.filter((x) => x.verb.startsWith('note.') || x.verb.startsWith('notice.'))) {
      // The two "open a personal chat" buttons are what a group chat shows instead.
      if (a === ACTIONS.notePersonalOnly || a === ACTIONS.noticePersonalOnly) continue;
      expect(a.scopes, a.verb).toEqual(['personal']);
      expect(allowedIn(a, 'groupChat') || allowedIn(a, 'team'), a.verb).toBe(false);
    }
    expect(ACTIONS.contactsShow.scopes).toEqual(SCOPES);
  });

  it('maps typed words to their action, in any case and with trailing punctuation', () => {
    const cases: [string, unknown][] = [
      ['hello', { verb: 'help' }],
      ['Worried!', { verb: 'screen.start' }],
      ['who to contact?', { verb: 'contacts.show' }],
      ['escalate', { verb: 'escalation.show' }],
      ['prepare referral', { verb: 'referral.prepare' }],
      ['is it private fostering', { verb: 'pf.start' }],
      ['cwd check', { verb: 'cwd.start' }],
      ['my saved notes', { verb: 'note.list' }],
      ['ask the DSL', { verb: 'dsl.ask' }],
      ['forget me', { verb: 'forget.ask' }],
      ['area', { verb: 'area.show' }],
      ['area Bury', { verb: 'area.show', area: 'bury' }],
      [`area ${'x'.repeat(41)}`, { verb: 'area.show' }],
    ];
    for (const [text, value] of cases) expect(actionForWords(text)?.value, text).toEqual(value);
    expect(actionForWords('I am worried about a child at school')).toBeUndefined();
    // Only the actions a bot has handlers for: without the DSL feature, "ask my dsl" is free text.
    expect(actionForWords('ask my dsl', [ACTIONS.help])).toBeUndefined();
  });

  it('has every capability (help card, command menu) name a declared action, allowed where it is offered', () => {
    for (const c of CAPABILITIES) {
      const a = actionOf(c.action.verb);
      expect(a, c.id).toBeDefined();
      expect(a?.schema.safeParse(c.action).success, c.id).toBe(true);
      for (const s of c.scopes) expect(a?.scopes, `${c.id} in ${s}`).toContain(s);
    }
  });

  it('is the only place a verb is written: the code names declarations, the card templates only declared verbs', () => {
    const verbs = new Set(ACTION_LIST.map((a) => a.verb));
    const found: string[] = [];
    for (const dir of ['bot', 'dialogs', 'cards', 'web']) {
      for (const file of filesUnder(path.join(root, dir), '.ts')) {
        if (file === path.join(root, 'cards', 'actions.ts')) continue;
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/'([a-zA-Z]+\.[a-zA-Z]+)'|"([a-zA-Z]+\.[a-zA-Z]+)"/g)) {
          const s = m[1] ?? m[2] ?? '';
          if (verbs.has(s)) found.push(`${path.relative(root, file)}: ${s}`);
        }
      }
    }
    expect(found).toEqual([]);
    // The templates name a declaration ("${$root.verbs.forgetConfirm}", bound by expandCard), never a verb.
    const templates = filesUnder(path.join(root, 'cards', 'templates'), '.json').map((f) => readFileSync(f, 'utf8'));
    const literal = templates.flatMap((t) => [...t.matchAll(/"verb":\s*"([^"$]+)"/g)].map((m) => m[1] ?? ''));
    expect(literal).toEqual([]);
    const named = templates.flatMap((t) => [...t.matchAll(/\$\{\$root\.verbs\.(\w+)\}/g)].map((m) => m[1] ?? ''));
    expect(named.length).toBeGreaterThan(10);
    for (const n of named) expect(Object.keys(VERBS), n).toContain(n);
  });
});
