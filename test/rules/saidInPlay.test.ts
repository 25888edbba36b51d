/**
 * rules/saidInPlay.ts: a threat or a weapon the message tells as play or a figure of speech is not answered with the
 * emergency card; near misses keep their red flag. Through the recogniser in every pack: the ordinary answer, with a line
 * on the card that says why and that 999 is the call if it was not play (since the fortieth session; before, the "not
 * sure" card asked).
 */
import { describe, expect, it } from 'vitest';
import { answerOf } from '../../rules/answer';
import { AREAS, loadEngines } from '../../rules';
import { saidInPlay } from '../../rules/saidInPlay';

describe('said in play', () => {
  it.each([
    ['year 4 lad said "my dad is going to kill me" because he lost his reading book, then laughed', "dad is going to kill me"],
    ["reception girl giggling that mummy'll kill her if she gets paint on her dress", "mummy'll kill her"],
    ["he told his mate he's gonna kill his little brother for breaking his lego, said with a grin", 'kill his little brother'],
    ['boy in year 1 says daddy shot him, it was with a nerf gun at his party', 'shot'],
    ['Y6 girl wrote a story where the heroine gets kidnapped and escapes over the rooftops, parents are proud', 'kidnapped'],
    ['boy said his dad has a "gun" - he does clay pigeon shooting with a licence, it is locked in a cabinet', 'gun'],
    ['pupil said she has been "kidnapped" by her nan for the weekend - surprise trip to Blackpool', 'kidnapped'],
    // Fortieth session: the everyday thing the words were about, lost or forgotten.
    ["Y4 said 'my mum's going to kill me' - lost his new coat. found it, he's fine", "mum's going to kill me"],
    ['girl said her mum will "literally kill her" for losing another phone. she was laughing, they\'re really close', 'mum will "literally kill her'],
    ['a boy said his mum "would kill him" if he got another detention. said with a grin, mum is lovely', 'mum "would kill him'],
    ['she drew a man with a gun and blood everywhere, it is from a video game she plays', 'gun'],
    ["yr 2 boy keeps saying 'I'm going to kill you with my chainsaw' at playtime, it's from a zombie game his brother plays", 'kill'],
    // Forty-first session: laughing said with an emoji.
    ["Y6 girl wrote 'I'm going to KILL my sister' in her diary piece 😂 sister had read her diary. Happy kid", 'kill my sister'],
    // Forty-second session: caught at something, or "if she finds out".
    ['3 yr 8s caught smoking weed behind the shops, one cried his mum would kill him. first time', 'mum would kill him'],
    ["Y7 says her mum's going to kill her if she finds out about the detention", "mum's going to kill her"],
    // Forty-fourth session: dying of something no one dies of.
    ["14 yo says he's literally dying of boredom and his mum is 'abusing' him because she took his xbox", 'literally dying of boredom'],
    ['Y9 says she died of embarrassment when mum turned up at the disco', 'died of embarrassment'],
    ['he says lockdown homework is boring him to death, bored to death he says', 'bored to death'],
  ])('"%s"', (text, words) => {
    expect(saidInPlay(text)).toBe(words);
  });

  it.each([
    // Dying of what people do die of, or dying with fear beside it, is no figure of speech.
    'baby is dying, not breathing properly',
    'she says she is dying of hunger, there is no food in the house',
    'he is bored to death at home and scared of his stepdad',
    // An adult's threat, told by someone else: it stands, laughing or not.
    'dad said he would kill her and laughed',
    'dad said "I\'ll kill you" and laughed',
    // A child's words about killing themselves: never set aside here.
    'she said she will kill herself if she fails, then laughed it off',
    // Fear or harm beside the words.
    'he laughed but he is scared, he says his dad is going to kill me he said',
    "she's shaking, says mum's going to kill her, she was joking at first",
    'daddy hits me with the toy sword and says he is going to kill me, haha he said',
    'he said his dad will kill him 😂 but he was shaking',
    // A real weapon, or no sign of play at all.
    'he has a knife in his bag, says it is for fortnite',
    'dad is going to kill me',
    'her stepdad has a gun in the house',
    'dad threatened to kidnap her, she wrote it in a story',
    'he wrote a story about his dad beating him and he is scared to go home',
    // "Story" as an account, and a wound: not play.
    'he came back with a stab wound and his story keeps changing',
  ])('not "%s"', (text) => {
    expect(saidInPlay(text)).toBeUndefined();
  });
});

describe('through the recogniser', () => {
  const engines = loadEngines();

  it.each(AREAS)('%s: answered as an ordinary matter, the card saying why and that 999 is the call if it was not play', (area) => {
    const text = 'A year 5 said "my mum is going to kill me" because she forgot her PE kit again, then laughed about it';
    const r = engines[area].recognise(text);
    expect(r.intent).toBe('advice');
    expect(r.setAside?.[0]?.matched).toEqual(['mum is going to kill me']);
    expect(r.indicators.filter((i) => engines[area].pack.indicators.find((x) => x.id === i.id)?.kind === 'red-flag')).toEqual([]);
    const card = answerOf(engines[area], { from: 'message', recognition: r, text }, new Date('2026-12-07T10:00:00Z'), { personal: false });
    expect(card.why.join(' ')).toContain('play or a figure of speech');
    expect(card.why.join(' ')).toContain('call 999');
    expect(card.safetyNet).toContain('999');
  });

  it.each(AREAS)('%s: the red flag stands with danger now, or other harm', (area) => {
    for (const text of [
      'dad is in the car park now, she says "he is going to kill me", laughing nervously',
      'mum hit her with a belt last night and she says mum is going to kill her, giggling',
    ]) {
      expect(engines[area].recognise(text).intent, text).toBe('emergency');
    }
  });
});
