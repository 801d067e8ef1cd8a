// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { byData } from '../../../../src/ui/common/byData';

/** A list of items whose `data-card-id` values need escaping in a selector. */
function items(): HTMLElement {
  const root = document.createElement('ul');
  for (const id of ['plain', 'with "quotes"', 'a]b\\c', 'plain-2']) {
    const li = document.createElement('li');
    li.dataset.cardId = id;
    li.textContent = id;
    root.append(li);
  }
  document.body.append(root);
  return root;
}

/** A stand-in for the browser's `CSS.escape`, enough for the values above. */
const escape = (value: string) => value.replace(/["\\\]]/g, (char) => `\\${char}`);

describe.each([
  ['comparing values (no CSS.escape)', () => vi.stubGlobal('CSS', undefined)],
  ['matching an escaped selector', () => vi.stubGlobal('CSS', { escape })],
])('byData, %s', (_way, setUp) => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.body.replaceChildren();
  });

  it('finds the element whose data attribute equals the value, special characters included', () => {
    setUp();
    const root = items();
    expect(byData(root, 'cardId', 'plain')?.textContent).toBe('plain');
    expect(byData(root, 'cardId', 'with "quotes"')?.textContent).toBe('with "quotes"');
    expect(byData(root, 'cardId', 'a]b\\c')?.textContent).toBe('a]b\\c');
  });

  it('finds nothing for a value no element has, nor for a prefix of one', () => {
    setUp();
    const root = items();
    expect(byData(root, 'cardId', 'missing')).toBeNull();
    expect(byData(root, 'cardId', 'pla')).toBeNull();
  });
});
