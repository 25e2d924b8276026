// CPU time read from Linux's /proc, for the fuzz run's clocks.
import { readFileSync } from 'node:fs';

/** Linux's clock ticks per second for /proc times (USER_HZ), 100 on every common build. */
const CLOCK_TICKS = 100;

/** User + system CPU time (ms) in a /proc `stat` file; null where it cannot be read (not Linux, process gone). */
export function statCpuMs(path: string): number | null {
  try {
    // Fields 14 and 15, after the command name in parentheses (which may hold spaces).
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
    return Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}

/** CPU time (ms) of process `pid`, all its threads. */
export const processCpuMs = (pid: number): number | null => statCpuMs(`/proc/${pid}/stat`);

/**
 * CPU time (ms) of this process's main thread alone (its thread id is the process id), where the
 * pipeline runs; V8's garbage-collector and compiler threads work beside it. In 10 ms steps.
 * Falls back to the whole process's time (process.cpuUsage) where /proc cannot be read.
 */
export function mainThreadCpuMs(): number {
  const ms = statCpuMs(`/proc/self/task/${process.pid}/stat`);
  if (ms !== null) return ms;
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
