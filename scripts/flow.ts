/**
 * `npm run flow -- <file.csv> [options]`: flow metrics, percentiles, CFD and forecasts of a CSV in the
 * ActionableAgile layout, printed as tables or, with `--json`, as one JSON object. Exit codes: 0 done,
 * 1 the file has errors (each reported with its line), 2 bad arguments.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { STATUS_ROLES } from '../src/domain/records/status.ts';
import {
  CalendarError,
  FlowInputError,
  computeFlow,
  dayNumber,
  forecastFromReport,
  isTimeZone,
  makeCalendar,
} from '../src/analytics/index.ts';
import { readActionableAgile } from '../src/analytics/csv/actionableAgile.ts';
import { renderFlow } from './flowTable.ts';

const USAGE = `usage: npm run flow -- <file.csv> [--tz Europe/Berlin] [--when 30] [--by 2026-12-31] [--json]
  --tz <zone>            IANA time zone the days are counted in (default UTC)
  --when <n>             Monte Carlo: when will n cards be done (default: the cards not done)
  --by <date>            Monte Carlo: how many cards by this date (YYYY-MM-DD)
  --json                 print JSON instead of tables
  --stages <map>         roles of named stages, e.g. "Blocked=information,Dropped=cancelled"
  --from, --to <date>    the window (default: first date in the file to the as-of day)
  --as-of <date|instant> the moment the report is made for (default: now)
  --working-days <days>  count working days only, ISO weekdays, e.g. 1-5 or 1,2,3,4,6
  --holidays <dates>     with --working-days: comma-separated YYYY-MM-DD
  --seed <n>, --trials <n>, --min-history <days>   Monte Carlo settings`;

const date = z.string().refine((s) => dayNumber(s) !== null, 'must be a date YYYY-MM-DD');
const count = (min: number) => z.coerce.number().int().min(min);
const role = z.enum(STATUS_ROLES);

const argsSchema = z.object({
  file: z.string().min(1, 'give the CSV file'),
  tz: z.string().refine(isTimeZone, 'is not an IANA time zone').default('UTC'),
  when: count(1).optional(),
  by: date.optional(),
  json: z.boolean().default(false),
  stages: z
    .string()
    .transform((s, ctx) => {
      const map: Record<string, z.infer<typeof role>> = {};
      for (const pair of s.split(',')) {
        const at = pair.lastIndexOf('=');
        const parsed = role.safeParse(pair.slice(at + 1).trim());
        if (at < 1 || !parsed.success) {
          ctx.addIssue({
            code: 'custom',
            message: `"${pair}" is not Stage=role (roles: ${STATUS_ROLES.join(', ')})`,
          });
          return z.NEVER;
        }
        map[pair.slice(0, at).trim()] = parsed.data;
      }
      return map;
    })
    .optional(),
  from: date.optional(),
  to: date.optional(),
  asOf: z
    .string()
    .refine(
      (s) => dayNumber(s) !== null || (/T/.test(s) && !Number.isNaN(Date.parse(s))),
      'must be a date YYYY-MM-DD or an ISO instant',
    )
    .optional(),
  workingDays: z
    .string()
    .transform((s, ctx) => {
      const range = /^([1-7])-([1-7])$/.exec(s);
      const days = range
        ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i)
        : s.split(',').map(Number);
      if (days.length === 0 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) {
        ctx.addIssue({ code: 'custom', message: 'must be ISO weekdays (1 = Monday … 7 = Sunday), e.g. 1-5' });
        return z.NEVER;
      }
      return days;
    })
    .optional(),
  holidays: z
    .string()
    .transform((s) => s.split(',').map((d) => d.trim()))
    .pipe(z.array(date))
    .optional(),
  seed: z.coerce.number().int().optional(),
  trials: count(1).max(1_000_000).optional(),
  minHistory: count(1).optional(),
});

/** A date means the end of that day in the zone; an instant is taken as it is; nothing means now. */
function asOfInstant(value: string | undefined, timeZone: string): number {
  if (value === undefined) return Date.now();
  const day = dayNumber(value);
  return day === null ? Date.parse(value) : makeCalendar({ timeZone }).dayStart(day + 1) - 1;
}

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let raw;
try {
  raw = parseArgs({
    allowPositionals: true,
    options: {
      tz: { type: 'string' },
      when: { type: 'string' },
      by: { type: 'string' },
      json: { type: 'boolean' },
      stages: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      'as-of': { type: 'string' },
      'working-days': { type: 'string' },
      holidays: { type: 'string' },
      seed: { type: 'string' },
      trials: { type: 'string' },
      'min-history': { type: 'string' },
    },
  });
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2);
}
if (raw.positionals.length > 1) fail(`one CSV file at a time\n${USAGE}`, 2);
const { values } = raw;
const parsed = argsSchema.safeParse({
  file: raw.positionals[0] ?? '',
  tz: values.tz,
  when: values.when,
  by: values.by,
  json: values.json,
  stages: values.stages,
  from: values.from,
  to: values.to,
  asOf: values['as-of'],
  workingDays: values['working-days'],
  holidays: values.holidays,
  seed: values.seed,
  trials: values.trials,
  minHistory: values['min-history'],
});
if (!parsed.success) {
  const lines = parsed.error.issues.map((issue) => `--${issue.path.join('.')}: ${issue.message}`);
  fail(`${lines.join('\n')}\n${USAGE}`, 2);
}
const args = parsed.data;
if (args.holidays && !args.workingDays) fail('--holidays needs --working-days', 2);

let text: string;
try {
  text = fs.readFileSync(args.file, 'utf8');
} catch (error) {
  fail(`cannot read ${args.file}: ${(error as Error).message}`, 1);
}
const file = readActionableAgile(text, { timeZone: args.tz, stages: args.stages });
if (!file.ok) fail(`${args.file} has errors:\n${file.problems.map((p) => `  ${p.message}`).join('\n')}`, 1);

try {
  const report = computeFlow(file.input, {
    asOf: asOfInstant(args.asOf, args.tz),
    timeZone: args.tz,
    working: args.workingDays ? { weekdays: args.workingDays, holidays: args.holidays } : undefined,
    from: args.from,
    to: args.to,
  });
  const forecast = forecastFromReport(report, {
    when: args.when,
    by: args.by,
    seed: args.seed,
    trials: args.trials,
    minHistoryDays: args.minHistory,
  });
  if (args.json) {
    console.log(JSON.stringify({ stages: file.stages, report, forecast }, null, 2));
  } else {
    console.log(renderFlow(file.stages, report, forecast));
  }
} catch (error) {
  // Options the library refuses (a window that ends before it starts, a --by date in the past…).
  if (error instanceof RangeError || error instanceof FlowInputError || error instanceof CalendarError) {
    fail(error.message, 2);
  }
  throw error;
}
