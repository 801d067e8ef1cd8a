// The Flow view's address: every setting survives a round trip through the query string, and every bad
// value is named in a sentence while its default is used.
import { describe, expect, it } from 'vitest';
import {
  defaultFlowSettings,
  flowOptionsOf,
  formatFlowQuery,
  parseFlowQuery,
  type FlowSettings,
} from '../../../../src/ui/views/flow/flowQuery';

// Sunday 22 November 2026, 23:30 in UTC: already Monday 23 November in Tokyo.
const NOW = Date.UTC(2026, 10, 22, 23, 30);
const ZONE = 'Europe/Berlin';
const parse = (search: string) => parseFlowQuery(search, ZONE, NOW);

describe('reading the Flow settings from the address', () => {
  it('uses all history, calendar days and the default zone when the address has no settings', () => {
    expect(parse('')).toEqual({ settings: defaultFlowSettings(ZONE), problems: [] });
    expect(parse('?')).toEqual({ settings: defaultFlowSettings(ZONE), problems: [] });
  });

  it('reads a fixed window, a zone and the working calendar with its holidays', () => {
    const { settings, problems } = parse(
      '?from=2026-01-01&to=2026-03-31&tz=America/New_York&cal=working&holidays=2026-12-25,2026-01-01',
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual({
      last: null,
      from: '2026-01-01',
      to: '2026-03-31',
      timeZone: 'America/New_York',
      calendar: 'working',
      holidays: ['2026-01-01', '2026-12-25'],
      filter: { labels: [], responsible: null, text: '' },
    });
  });

  it('reads the card filter: labels, the responsible person and text', () => {
    expect(parse('?label=l1&label=l2&label=l1&who=u7&q=pump%20seal').settings.filter).toEqual({
      labels: ['l1', 'l2'],
      responsible: 'u7',
      text: 'pump seal',
    });
    const bad = parse(`?label=no%20such&who=a/b&q=${'x'.repeat(201)}`);
    expect(bad.settings.filter).toEqual({ labels: [], responsible: null, text: 'x'.repeat(200) });
    expect(bad.problems).toEqual([
      '"no such" is not a label id and is left out of the filter.',
      '"a/b" is not a person\'s id; cards of anyone are shown.',
      'The filter text is longer than 200 characters and is cut there.',
    ]);
  });

  it('reads a rolling window of the last N days', () => {
    expect(parse('?last=90').settings.last).toBe(90);
  });

  it('names each unusable value and falls back to its default', () => {
    const { settings, problems } = parse(
      '?tz=Mars/Olympus&cal=lunar&from=2026-02-30&to=soon&holidays=2026-12-25,25.12.2026',
    );
    expect(settings).toEqual({ ...defaultFlowSettings(ZONE), holidays: ['2026-12-25'] });
    expect(problems).toEqual([
      '"Mars/Olympus" is not a known time zone; days are counted in Europe/Berlin.',
      '"lunar" is not a calendar (use "days" or "working"); calendar days are counted.',
      'Holiday "25.12.2026" is not a date YYYY-MM-DD and is left out.',
      'The start date "2026-02-30" is not a date YYYY-MM-DD and is left out.',
      'The end date "soon" is not a date YYYY-MM-DD and is left out.',
    ]);
  });

  it('refuses a window that ends before it starts, today included when no end is given', () => {
    expect(parse('?from=2026-03-01&to=2026-02-01')).toEqual({
      settings: defaultFlowSettings(ZONE),
      problems: ['The window ends (2026-02-01) before it starts (2026-03-01); all history is shown.'],
    });
    // Today is 22 November in New York but already 23 November in Tokyo.
    expect(parseFlowQuery('?from=2026-11-23&tz=America/New_York', ZONE, NOW).problems).toHaveLength(1);
    expect(parseFlowQuery('?from=2026-11-23&tz=Asia/Tokyo', ZONE, NOW)).toEqual({
      settings: { ...defaultFlowSettings('Asia/Tokyo'), from: '2026-11-23' },
      problems: [],
    });
  });

  it('refuses a rolling window that is not a whole number of days in range', () => {
    for (const last of ['0', '-5', '1.5', 'month', '3661']) {
      const { settings, problems } = parse(`?last=${last}`);
      expect(settings.last).toBeNull();
      expect(problems).toEqual([`"${last}" is not a number of days from 1 to 3660; all history is shown.`]);
    }
  });

  it('prefers a rolling window over dates given with it, and says so', () => {
    const { settings, problems } = parse('?last=30&from=2026-01-01');
    expect(settings).toMatchObject({ last: 30, from: null, to: null });
    expect(problems).toEqual(['A rolling window and dates were both given; the dates are left out.']);
  });
});

describe('writing the Flow settings into the address', () => {
  const settings: FlowSettings[] = [
    defaultFlowSettings(ZONE),
    { ...defaultFlowSettings(ZONE), last: 365 },
    { ...defaultFlowSettings('UTC'), from: '2026-01-05', to: '2026-02-01', calendar: 'working' },
    { ...defaultFlowSettings(ZONE), from: '2026-01-05', calendar: 'working', holidays: ['2026-01-06'] },
    {
      ...defaultFlowSettings(ZONE),
      last: 90,
      filter: { labels: ['warranty', 'rma'], responsible: 'u1', text: 'pump & seal' },
    },
  ];

  it('reads back what it wrote', () => {
    for (const each of settings) {
      expect(parse(formatFlowQuery(each, ZONE))).toEqual({ settings: each, problems: [] });
    }
  });

  it('leaves defaults out, so the plain view keeps its plain address', () => {
    expect(formatFlowQuery(defaultFlowSettings(ZONE), ZONE)).toBe('');
    expect(formatFlowQuery(settings[2]!, ZONE)).toBe('?from=2026-01-05&to=2026-02-01&tz=UTC&cal=working');
    // Holidays only matter to the working calendar.
    expect(formatFlowQuery({ ...defaultFlowSettings(ZONE), holidays: ['2026-01-06'] }, ZONE)).toBe('');
  });
});

describe("the flow library's options", () => {
  it('ends a rolling window today in the chosen zone and counts N days', () => {
    expect(flowOptionsOf({ ...defaultFlowSettings('Asia/Tokyo'), last: 30 }, NOW)).toEqual({
      asOf: NOW,
      timeZone: 'Asia/Tokyo',
      from: '2026-10-25',
      to: '2026-11-23',
    });
    expect(flowOptionsOf({ ...defaultFlowSettings('UTC'), last: 1 }, NOW)).toMatchObject({
      from: '2026-11-22',
      to: '2026-11-22',
    });
  });

  it('passes a fixed window and the Monday-to-Friday calendar with its holidays', () => {
    const options = flowOptionsOf(
      { ...defaultFlowSettings(ZONE), from: '2026-01-05', calendar: 'working', holidays: ['2026-01-06'] },
      NOW,
    );
    expect(options).toEqual({
      asOf: NOW,
      timeZone: ZONE,
      from: '2026-01-05',
      working: { weekdays: [1, 2, 3, 4, 5], holidays: ['2026-01-06'] },
    });
  });

  it('counts a window that ends after today up to today, and refuses one that starts after it', () => {
    // Days not come yet would count as days with nothing done: throughput and forecasts would sink.
    const ahead = parse('?from=2026-10-01&to=2026-12-31');
    expect(ahead.settings).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(ahead.problems).toEqual(['The window ends after today: it is counted up to today (2026-11-23).']);
    expect(flowOptionsOf(ahead.settings, NOW)).toMatchObject({ from: '2026-10-01', to: '2026-11-23' });
    // Today in New York is still the 22nd.
    expect(flowOptionsOf({ ...ahead.settings, timeZone: 'America/New_York' }, NOW)).toMatchObject({
      to: '2026-11-22',
    });
    expect(flowOptionsOf({ ...ahead.settings, to: '2026-11-01' }, NOW)).toMatchObject({ to: '2026-11-01' });

    expect(parse('?from=2026-12-01&to=2026-12-31')).toEqual({
      settings: defaultFlowSettings(ZONE),
      problems: ['The window starts after today (2026-11-23); all history is shown.'],
    });
  });
});
