import { describe, expect, it } from 'vitest';
import { expand, expandPackPart, PACK_PARTS_PER_TEMPLATE, packPartsKept, type Json } from '../../cards/expand';
import contactBlock from '../../cards/templates/contact-block.json';
import { contactView } from '../../cards/view';
import { loadEngines } from '../../rules';
import type { ContactStatus } from '../../rules/contacts';

const pack = loadEngines().salford.pack;
const status = (s: ContactStatus): ContactStatus => s;
const views = pack.contacts.map((contact) => contactView(status({ contact, state: 'open', hours: 'Monday to Friday' })));

describe('expandPackPart (contact blocks and the safety net, expanded once per distinct data)', () => {
  it('gives exactly what expanding the template gives, for every contact of the pack', () => {
    for (const view of views) {
      expect(expandPackPart(contactBlock, view)).toEqual(expand(contactBlock, view));
      // the second time comes from the cache: still the same
      expect(expandPackPart(contactBlock, view)).toEqual(expand(contactBlock, view));
    }
  });

  it('different data gives a different part (the open-now status is part of the key)', () => {
    const open = contactView(status({ contact: pack.contacts[0]!, state: 'open' }));
    const closed = contactView(status({ contact: pack.contacts[0]!, state: 'closed' }));
    expect(JSON.stringify(expandPackPart(contactBlock, open))).toContain('Open now.');
    expect(JSON.stringify(expandPackPart(contactBlock, closed))).toContain('Closed now.');
    expect(JSON.stringify(expandPackPart(contactBlock, closed))).not.toContain('Open now.');
  });

  it('every call gets its own copy: changing one does not change the next', () => {
    const first = expandPackPart(contactBlock, views[0]!) as { [key: string]: Json };
    first['type'] = 'changed';
    const second = expandPackPart(contactBlock, views[0]!) as { [key: string]: Json };
    expect(second['type']).not.toBe('changed');
  });

  it('keeps a bounded number per template', () => {
    const template = { type: 'TextBlock', text: '${text}' };
    for (let i = 0; i < PACK_PARTS_PER_TEMPLATE + 50; i += 1) expandPackPart(template, { text: `line ${i}` });
    expect(packPartsKept(template)).toBe(PACK_PARTS_PER_TEMPLATE);
    expect(expandPackPart(template, { text: 'line 0' })).toEqual({ type: 'TextBlock', text: 'line 0' });
  });
});
