import { ConversationState, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { createDialogRunner, DSM_CONFIGURATION_KEY } from '../../bot/edge/dialogRunner';
import { WaterfallDialog } from '../../dialogs/core/framework';

// bot/edge/dialogRunner.ts reuses a value botbuilder-dialogs keeps under a private turn-state key.
// These tests fail when an SDK upgrade renames or stops using that key, instead of the cache
// silently doing nothing.
describe('createDialogRunner and the SDK-internal DialogStateManager key', () => {
  const setUp = () => {
    const state = new ConversationState(new MemoryStorage());
    const dialog = new WaterfallDialog('echo', [
      async (step) => {
        await step.context.sendActivity(`you said ${step.context.activity.text ?? ''}`);
        return step.endDialog();
      },
    ]);
    const run = createDialogRunner(dialog, state.createProperty<DialogState>('dialogState'));
    const seen: unknown[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const before = context.turnState.get(DSM_CONFIGURATION_KEY);
      await run(context);
      seen.push({ before, after: context.turnState.get(DSM_CONFIGURATION_KEY) });
      await state.saveChanges(context);
    });
    return { adapter, seen: seen as { before: unknown; after: unknown }[] };
  };

  it('botbuilder-dialogs still writes its configuration under the key the runner caches', async () => {
    const { adapter, seen } = setUp();
    await adapter.send('hello').assertReply('you said hello');
    expect(seen[0]?.before).toBeUndefined();
    expect(seen[0]?.after).toBeTypeOf('object');
    expect(seen[0]?.after).not.toBeNull();
  });

  it('hands the first turn’s configuration to later turns (the SDK does not build another), and the dialog still runs', async () => {
    const { adapter, seen } = setUp();
    await adapter.send('one').assertReply('you said one');
    await adapter.send('two').assertReply('you said two');
    expect(seen[1]?.after).toBe(seen[0]?.after);
  });
});
