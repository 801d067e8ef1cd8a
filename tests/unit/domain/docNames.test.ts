import { describe, expect, it } from 'vitest';
import { docName, isId, newId, parseDocName } from '../../../src/domain/index.ts';

describe('document names', () => {
  it('parses each kind with a valid id', () => {
    expect(parseDocName('space/abc_DEF-12')).toEqual({ kind: 'space', id: 'abc_DEF-12' });
    expect(parseDocName('workspace/w1')).toEqual({ kind: 'workspace', id: 'w1' });
    expect(parseDocName('user/u1')).toEqual({ kind: 'user', id: 'u1' });
  });

  it('rejects unknown kinds, bad ids and extra segments', () => {
    for (const name of [
      '',
      'space',
      'space/',
      'inbox/x',
      'space/a/b',
      'space/a b',
      'space/é',
      '/space/a',
      'Space/a',
    ]) {
      expect(parseDocName(name)).toBeNull();
    }
    expect(parseDocName(`space/${'a'.repeat(64)}`)).not.toBeNull();
    expect(parseDocName(`space/${'a'.repeat(65)}`)).toBeNull();
  });

  it('builds names that parse back', () => {
    expect(parseDocName(docName('user', 'u-1'))).toEqual({ kind: 'user', id: 'u-1' });
    expect(parseDocName(docName('feed', 'u-1'))).toEqual({ kind: 'feed', id: 'u-1' });
    expect(() => docName('space', '../x')).toThrow(RangeError);
  });
});

describe('newId', () => {
  it('makes base62 ids of the asked length that are valid document ids', () => {
    expect(newId()).toMatch(/^[0-9A-Za-z]{8}$/);
    expect(newId(20)).toMatch(/^[0-9A-Za-z]{20}$/);
    expect(isId(newId(64))).toBe(true);
    expect(() => newId(0)).toThrow(RangeError);
    expect(() => newId(65)).toThrow(RangeError);
  });

  it('does not repeat across many draws', () => {
    const ids = new Set(Array.from({ length: 5000 }, () => newId()));
    expect(ids.size).toBe(5000);
  });
});
