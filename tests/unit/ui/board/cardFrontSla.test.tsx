// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CardView } from '../../../../src/ui/card/CardView';
import { SlaFieldContext } from '../../../../src/ui/card/slaField';
import { card, DAY, NOW } from './fixtures';

function renderFront(values: Record<string, number>, slaFieldId: string | null, done = false) {
  return render(
    <SlaFieldContext.Provider value={slaFieldId}>
      <CardView card={card('c1', 'RMA 88', 's1', 'a0', { values })} labels={{}} done={done} now={NOW} />
    </SlaFieldContext.Provider>,
  );
}

describe('card front SLA date', () => {
  afterEach(cleanup);

  it('shows the SLA due date coloured by how near it is, red once breached', () => {
    const tones = [
      [NOW + 10 * DAY, 'later', /^SLA due /],
      [NOW + 2 * DAY, 'soon', /^SLA due soon /],
      [NOW - DAY, 'missed', /^SLA overdue /],
    ] as const;
    for (const [due, tone, words] of tones) {
      const { container, unmount } = renderFront({ sla: due }, 'sla');
      const mark = container.querySelector('[data-sla-tone]')!;
      expect(mark.getAttribute('data-sla-tone')).toBe(tone);
      expect(mark.textContent).toMatch(words);
      unmount();
    }
  });

  it('shows nothing without an SLA field, or on a done card as breached', () => {
    const { container } = renderFront({ sla: NOW - DAY }, null);
    expect(container.querySelector('[data-sla-tone]')).toBeNull();
    expect(screen.queryByText(/SLA/)).toBeNull();
    cleanup();
    const done = renderFront({ sla: NOW - DAY }, 'sla', true);
    expect(done.container.querySelector('[data-sla-tone]')!.getAttribute('data-sla-tone')).toBe('done');
  });
});
