/** Plain-text tables of a flow report and its forecasts, for `npm run flow`. */
import type {
  FlowForecast,
  FlowReport,
  MetricSummary,
  NoForecast,
  StatusRole,
} from '../src/analytics/index.ts';
import { FLOW_PERCENTILES } from '../src/analytics/index.ts';

/** Rows (first = header) as an aligned table: first column left, the others right. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  const [header, ...body] = rows;
  if (!header) return '';
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const num = (value: number | null | undefined, digits = 1) => (value == null ? '—' : value.toFixed(digits));
const refusal = (result: NoForecast) => `no forecast: ${result.message}`;

function metricRows(name: string, m: MetricSummary): string[][] {
  return [
    [`${name} (days)`, String(m.count), ...FLOW_PERCENTILES.map((p) => num(m.days[p]))],
    [`${name} (whole days)`, String(m.count), ...FLOW_PERCENTILES.map((p) => num(m.wholeDays[p], 0))],
  ];
}

export function renderFlow(
  stages: readonly { name: string; role: StatusRole }[],
  report: FlowReport,
  forecast: FlowForecast,
): string {
  const out: string[] = [];
  const days = report.working
    ? `working days (ISO weekdays ${report.working.weekdays.join(',')})`
    : 'calendar days';
  out.push(
    `Flow ${report.from} – ${report.to} · ${report.timeZone} · ${days} · as of ${new Date(report.asOf).toISOString()}`,
    `${report.cards.length} cards counted · ${report.apart.cancelled.length} cancelled and ` +
      `${report.apart.archivedUnfinished.length} archived unfinished reported apart · ${report.skipped} done ` +
      `skipping In progress · ${report.backwardMoves.total} backward moves on ${report.backwardMoves.cards} cards`,
  );
  for (const issue of report.issues) out.push(`note: ${issue}`);

  out.push(
    '',
    table([
      ['metric', 'cards', 'P50', 'P70', 'P85', 'P95'],
      ...metricRows('lead', report.lead),
      ...metricRows('reaction', report.reaction),
      ...metricRows('cycle', report.cycle),
      ...metricRows('age of WIP', report.age),
    ]),
  );

  out.push(
    '',
    table([
      ['stage', 'role', 'cards', 'P50 days', 'P85 days'],
      ...stages.map((s) => {
        const t = report.timeInStatus[s.name];
        return [s.name, s.role, String(t?.count ?? 0), num(t?.days[50]), num(t?.days[85])];
      }),
    ]),
  );

  const daily = report.throughput.daily;
  const total = daily.reduce((n, d) => n + d.count, 0);
  out.push(
    '',
    `Throughput: ${total} done over ${daily.length} days (${num(total / Math.max(1, daily.length), 2)} per day)`,
  );
  out.push(
    table([
      ['week of', 'days', 'done'],
      ...report.throughput.weekly.map((w) => [w.week, String(w.days), String(w.count)]),
    ]),
  );

  const wip = new Map(report.wip.map((d) => [d.date, d.count]));
  out.push('', 'Cumulative flow (cards in each stage at the end of each day) and WIP');
  out.push(
    table([
      ['date', ...report.cfd.statuses, 'WIP'],
      ...report.cfd.days.map((d) => [
        d.date,
        ...report.cfd.statuses.map((s) => String(d.counts[s])),
        String(wip.get(d.date) ?? 0),
      ]),
    ]),
  );

  out.push(
    '',
    `Forecasts from ${forecast.start} (day 1 is the next day) · ${report.remaining} cards not done`,
  );
  const s = forecast.scenarios;
  if (!s.ok) out.push(`Scenarios: ${refusal(s)}`);
  else {
    out.push(`Scenarios over ${s.weeks} complete weeks, scope growth ${num(s.growthPerWeek, 2)} cards/week:`);
    out.push(
      table([
        ['scenario', 'cards/week', 'weeks', 'date'],
        ...(['optimistic', 'likely', 'pessimistic'] as const).map((name) => [
          name,
          String(s.scenarios[name].ratePerWeek),
          num(s.scenarios[name].weeks),
          s.dates[name] ?? 'never (scope grows as fast)',
        ]),
      ]),
    );
  }
  const when = forecast.when;
  if (when) {
    if (!when.ok) out.push(`When: ${refusal(when)}`);
    else {
      out.push(`When will ${when.items} cards be done (${when.trials} trials):`);
      out.push(
        table([
          ['certainty', 'days', 'date'],
          ...FLOW_PERCENTILES.map((p) => [
            `${p} %`,
            num(when.days[p], 0),
            when.dates[p] ?? 'beyond the horizon',
          ]),
        ]),
      );
    }
  }
  const howMany = forecast.howMany;
  if (howMany) {
    if (!howMany.ok) out.push(`How many: ${refusal(howMany)}`);
    else {
      out.push(`How many cards by ${howMany.by} (${howMany.days} days, ${howMany.trials} trials):`);
      out.push(
        table([
          ['certainty', 'at least'],
          ...FLOW_PERCENTILES.map((p) => [`${p} %`, String(howMany.items[p])]),
        ]),
      );
    }
  }
  return out.join('\n');
}
