// The fuzz run's clocks: the main thread's CPU time grows with the work done on it.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mainThreadCpuMs, statCpuMs } from './support/cpu-time';

describe('CPU time from /proc', () => {
  it.skipIf(!existsSync('/proc/self/stat'))('counts the work of the main thread', () => {
    const before = mainThreadCpuMs();
    const t = performance.now();
    let x = 0;
    while (performance.now() - t < 200) x += Math.sqrt(x + 1);
    expect(x).toBeGreaterThan(0);
    // 10 ms ticks, and a busy machine may take the core away for part of those 200 ms.
    expect(mainThreadCpuMs() - before).toBeGreaterThanOrEqual(20);
  });

  it('gives null for a process that is not there', () => {
    expect(statCpuMs('/proc/0/no-such-stat')).toBeNull();
  });
});
