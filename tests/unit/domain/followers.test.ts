import { describe, expect, it } from 'vitest';
import { automaticFollowers, isFollowing, notificationRecipients } from '../../../src/domain/index.ts';

const card = { responsible: 'rita', coworkers: ['carl', 'cleo'], createdBy: 'alice' };

describe('who follows a card', () => {
  it('follows automatically as responsible, co-worker, mentioned or creator', () => {
    expect([...automaticFollowers(card, ['mona'])].sort()).toEqual(['alice', 'carl', 'cleo', 'mona', 'rita']);
    expect([...automaticFollowers({ responsible: null, coworkers: [], createdBy: '' }, [])]).toEqual([]);
  });

  it('lets an explicit choice override the automatic rule either way', () => {
    const automatic = automaticFollowers(card, []);
    expect(isFollowing(automatic, 'rita', null)).toBe(true);
    expect(isFollowing(automatic, 'rita', false)).toBe(false);
    expect(isFollowing(automatic, 'zoe', null)).toBe(false);
    expect(isFollowing(automatic, 'zoe', true)).toBe(true);
  });
});

describe('who is told about an event', () => {
  const automatic = automaticFollowers(card, []);
  const sorted = (list: Array<{ userId: string; reason: string }>) =>
    [...list].sort((a, b) => a.userId.localeCompare(b.userId));

  it('tells every follower but the actor', () => {
    const recipients = notificationRecipients({ actor: 'carl', automatic, choices: new Map(), mentions: [] });
    expect(sorted(recipients)).toEqual([
      { userId: 'alice', reason: 'follow' },
      { userId: 'cleo', reason: 'follow' },
      { userId: 'rita', reason: 'follow' },
    ]);
  });

  it('adds explicit followers and leaves out those who unfollowed', () => {
    const choices = new Map([
      ['zoe', true],
      ['rita', false],
      ['cleo', false],
    ]);
    const recipients = notificationRecipients({ actor: 'alice', automatic, choices, mentions: [] });
    expect(sorted(recipients)).toEqual([
      { userId: 'carl', reason: 'follow' },
      { userId: 'zoe', reason: 'follow' },
    ]);
  });

  it('tells the mentioned once, as a mention, even after they unfollowed; never the author', () => {
    const choices = new Map([['mona', false]]);
    const recipients = notificationRecipients({
      actor: 'alice',
      automatic: automaticFollowers(card, ['mona', 'rita']),
      choices,
      mentions: ['mona', 'rita', 'alice'],
    });
    expect(sorted(recipients)).toEqual([
      { userId: 'carl', reason: 'follow' },
      { userId: 'cleo', reason: 'follow' },
      { userId: 'mona', reason: 'mention' },
      { userId: 'rita', reason: 'mention' },
    ]);
  });
});
