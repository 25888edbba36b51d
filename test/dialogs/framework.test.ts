import * as index from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import * as framework from '../../dialogs/core/framework';

describe('dialogs/core/framework', () => {
  it('re-exports the very classes and values botbuilder-dialogs exports from its index', () => {
    const names = Object.keys(framework);
    expect(names.sort()).toEqual(['ComponentDialog', 'Dialog', 'DialogSet', 'DialogTurnStatus', 'WaterfallDialog', 'runDialog']);
    for (const name of names) {
      expect(framework[name as keyof typeof framework], name).toBe(index[name as keyof typeof index]);
    }
  });
});
