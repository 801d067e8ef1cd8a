/**
 * Reads a CSV in the ActionableAgile layout, `ID,Name,<stage 1>,<stage 2>,…`, where each stage cell holds
 * the date the item entered that stage (empty when it never did). Stages are statuses in board order: the
 * first is Not started, the last Completed, the ones between In progress, unless `stages` maps a stage
 * name to another role (e.g. a `Dropped` column as Cancelled).
 *
 * Nothing is guessed: every problem is reported with its line, and the file gives no input at all while
 * any remains. Dates are `YYYY-MM-DD` (the start of that day in the time zone), a local date-time
 * `YYYY-MM-DD[T ]HH:mm[:ss]` in the time zone (refused if a DST change skips it), or an ISO instant with
 * `Z` or an offset. In a row, a later stage may not have an earlier date than the stage before it: the
 * layout records entries in stage order, so such a row cannot be read without guessing. An item's created
 * stamp is its first date.
 */
import { STATUS_ROLES, type StatusRole } from '../../domain/records/status.ts';
import { dayNumber, makeCalendar, type FlowCalendar } from '../calendar.ts';
import type { FlowCard, FlowInput, StatusChange } from '../types.ts';
import { CsvError, readCsv } from './rfc4180.ts';

export interface CsvProblem {
  line: number;
  message: string;
}

export interface ActionableAgileOptions {
  /** IANA zone for dates without an offset. Default `UTC`. */
  timeZone?: string;
  /** Roles of named stages, overriding the default by position. */
  stages?: Readonly<Record<string, StatusRole>>;
}

export type ActionableAgileResult =
  | {
      ok: true;
      input: FlowInput;
      stages: { name: string; role: StatusRole }[];
      names: Record<string, string>;
    }
  | { ok: false; problems: CsvProblem[] };

/** Problems beyond this many are summarised in one line: the first ones are what a person fixes first. */
const MAX_PROBLEMS = 50;

export function readActionableAgile(
  text: string,
  options: ActionableAgileOptions = {},
): ActionableAgileResult {
  let records;
  try {
    records = readCsv(text);
  } catch (error) {
    if (error instanceof CsvError)
      return { ok: false, problems: [{ line: error.line, message: error.message }] };
    throw error;
  }
  const problems: CsvProblem[] = [];
  const report = (line: number, message: string) =>
    problems.push({ line, message: `line ${line}: ${message}` });
  const header = records[0];
  if (!header) return { ok: false, problems: [{ line: 1, message: 'line 1: the file is empty' }] };

  const [idTitle, nameTitle, ...stageNames] = header.fields.map((f) => f.trim());
  if (idTitle?.toLowerCase() !== 'id' || nameTitle?.toLowerCase() !== 'name') {
    report(header.line, 'the header must start with ID,Name');
  }
  if (stageNames.length < 2) report(header.line, 'the header needs at least two stage columns after ID,Name');
  const seen = new Set<string>();
  for (const name of stageNames) {
    if (name === '') report(header.line, 'a stage column has no name');
    else if (seen.has(name)) report(header.line, `stage "${name}" appears twice`);
    seen.add(name);
  }
  const stages = stageNames.map((name, i) => ({
    name,
    role: (i === 0 ? 'not_started' : i === stageNames.length - 1 ? 'completed' : 'in_progress') as StatusRole,
  }));
  for (const [name, role] of Object.entries(options.stages ?? {})) {
    const stage = stages.find((s) => s.name === name);
    if (!stage) report(header.line, `--stages names "${name}", which is not a stage of the header`);
    else if (!(STATUS_ROLES as readonly string[]).includes(role))
      report(header.line, `unknown role "${role}"`);
    else stage.role = role;
  }
  if (problems.length > 0) return { ok: false, problems };

  const calendar = makeCalendar({ timeZone: options.timeZone });
  const cards: FlowCard[] = [];
  const changes: StatusChange[] = [];
  const names: Record<string, string> = {};
  const ids = new Map<string, number>();
  for (const record of records.slice(1)) {
    const { line, fields } = record;
    if (fields.length !== header.fields.length) {
      report(line, `${fields.length} fields where the header has ${header.fields.length}`);
      continue;
    }
    const id = fields[0]!.trim();
    if (id === '') {
      report(line, 'the ID is empty');
      continue;
    }
    const previous = ids.get(id);
    if (previous !== undefined) {
      report(line, `ID "${id}" is already used on line ${previous}`);
      continue;
    }
    ids.set(id, line);
    const entries: StatusChange[] = [];
    let last: { stage: string; at: number } | null = null;
    stages.forEach((stage, i) => {
      const cell = fields[i + 2]!.trim();
      if (cell === '') return;
      const at = parseDate(cell, calendar);
      if (typeof at === 'string') {
        report(line, `${stage.name}: ${at}`);
        return;
      }
      if (last && at < last.at) {
        report(line, `${stage.name} (${cell}) is earlier than ${last.stage}, the stage before it`);
      }
      last = { stage: stage.name, at };
      entries.push({ cardId: id, at, toStatusId: stage.name });
    });
    if (entries.length === 0 && !problems.some((p) => p.line === line)) {
      report(line, `item "${id}" has no stage date`);
      continue;
    }
    if (entries.length === 0) continue;
    cards.push({ id, createdAt: entries[0]!.at });
    changes.push(...entries);
    names[id] = fields[1]!;
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) {
      shown.push({
        line: problems[MAX_PROBLEMS]!.line,
        message: `… and ${problems.length - MAX_PROBLEMS} more`,
      });
    }
    return { ok: false, problems: shown };
  }
  return {
    ok: true,
    input: {
      cards,
      changes,
      statuses: Object.fromEntries(stages.map((s) => [s.name, s.role])),
      statusOrder: stages.map((s) => s.name),
    },
    stages,
    names,
  };
}

const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Epoch ms of a cell, or a sentence saying why it is not a date. */
function parseDate(cell: string, calendar: FlowCalendar): number | string {
  const match = DATE_TIME.exec(cell);
  const day = match ? dayNumber(match[1]!) : null;
  if (!match || day === null) {
    return `"${cell}" is not a date (YYYY-MM-DD, YYYY-MM-DD HH:mm, or an ISO instant with Z or an offset)`;
  }
  const [, , hh, mm, ss, zone] = match;
  if (hh === undefined) return calendar.dayStart(day);
  const [h, m, s] = [Number(hh), Number(mm), Number(ss ?? 0)];
  if (h > 23 || m > 59 || s > 59) return `"${cell}" is not a valid time of day`;
  if (zone !== undefined) {
    const ms = Date.parse(cell.replace(' ', 'T'));
    return Number.isNaN(ms) ? `"${cell}" is not a valid instant` : ms;
  }
  const at = calendar.atLocal(day, ((h * 60 + m) * 60 + s) * 1000);
  return at ?? `${cell} does not exist in ${calendar.timeZone} (skipped by a clock change)`;
}
