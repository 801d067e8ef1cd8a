/** Describes the machine a benchmark ran on, so recorded figures can be compared fairly. */
import os from 'node:os';

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  platform: string;
  date: string;
  /** 1-minute load average when the bench started: other work on the machine skews the figures. */
  load1: number;
}

/** Core count, CPU model, total memory (GiB), Node version and the current UTC date-time. */
export function machineInfo(): MachineInfo {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    load1: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

/** One line summarizing {@link machineInfo}, printed at the top of every bench. */
export function describeMachine(): string {
  const m = machineInfo();
  return `${m.date} · ${m.cores} cores · ${m.cpu} · ${m.memoryGiB} GiB · Node ${m.node} · ${m.platform} · load ${m.load1}`;
}
