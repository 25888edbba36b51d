/** rules/sexualBehaviour.ts: is an adult named in a message about a child's harmful sexual behaviour? */
import { describe, expect, it } from 'vitest';
import { namesAnAdult } from '../../rules/sexualBehaviour';

describe('an adult named in a message about a child’s sexual behaviour', () => {
  it('is found by a word for an adult, or an adult’s age', () => {
    for (const text of [
      'a 9 yo keeps trying to touch other kids private parts and says it’s “what grown ups do to you”',
      'An 11 year old boy told me the lodger touched him in the bathroom',
      'he said it is what his stepdad does',
      'Year 8 boy is being sent sexual messages by someone on xbox who says he’s 25 and wants to meet',
      'she has been talking to a 19 year old online',
      'the videos on dad’s phone, he lets me watch',
      'an older man at the park',
    ]) {
      expect(namesAnAdult(text), text).toBe(true);
    }
  });

  it('is not found in a message about children only, whatever their ages, or with a parent only told', () => {
    for (const text of [
      'yr 5 touching other kids private parts again',
      '14 year old boy has been pressuring younger girls to send nudes. Several reports now.',
      '4yo repeatedly trying to kiss other children’s private parts, mum says he just copies tv',
      'Y6 boy touched a Y2 girl’s private parts over her clothes. He says he saw it on his brother’s phone. His parents are shocked.',
      'A 15 year old boy was arrested for an alleged indecent assault on another pupil, aged 15 too',
      'lad on my team (13) has touched some of the girls. They’ve told their mums.',
      'it has happened 18 times this year',
    ]) {
      expect(namesAnAdult(text), text).toBe(false);
    }
  });
});
