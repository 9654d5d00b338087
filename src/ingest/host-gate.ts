// Politeness: at most `perHost` requests in flight to one host, request starts to one host
// at least `delayMs` apart, and at most `total` requests in flight overall.
import { setTimeout as sleep } from 'node:timers/promises';

interface Slot {
  active: number;
  waiting: (() => void)[];
  /** Earliest time the next request to this host may start. */
  next: number;
}

export interface GateOptions {
  perHost: number;
  delayMs: number;
  total: number;
}

export interface HostGate {
  run<T>(host: string, fn: () => Promise<T>): Promise<T>;
}

export function createHostGate(opts: GateOptions): HostGate {
  const slots = new Map<string, Slot>();
  const global: Slot = { active: 0, waiting: [], next: 0 };

  async function acquire(slot: Slot, limit: number): Promise<void> {
    while (slot.active >= limit) await new Promise<void>((resolve) => slot.waiting.push(resolve));
    slot.active++;
  }

  function release(slot: Slot): void {
    slot.active--;
    slot.waiting.shift()?.();
  }

  return {
    async run(host, fn) {
      let slot = slots.get(host);
      if (!slot) {
        slot = { active: 0, waiting: [], next: 0 };
        slots.set(host, slot);
      }
      await acquire(slot, Math.max(1, opts.perHost));
      try {
        for (;;) {
          const wait = slot.next - Date.now();
          if (wait > 0) {
            await sleep(wait);
            continue;
          }
          await acquire(global, Math.max(1, opts.total));
          // Another request to this host may have started while this one waited for a slot.
          if (Date.now() < slot.next) {
            release(global);
            continue;
          }
          // Set in the same tick as fn starts: starts are exactly delayMs apart or more.
          slot.next = Date.now() + opts.delayMs;
          try {
            return await fn();
          } finally {
            release(global);
          }
        }
      } finally {
        release(slot);
        if (slot.active === 0 && slot.waiting.length === 0 && slot.next <= Date.now()) slots.delete(host);
      }
    },
  };
}
