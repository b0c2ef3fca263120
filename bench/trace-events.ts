/**
 * Chrome trace events as the probe (per click) and the load trace (per long task) read them: the event
 * shape, the CPU profile's sampled call stacks, and each event's self time. Shared so the two read a
 * trace the same way.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: what the event cost, whatever else the machine was doing. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

export type ProfileNode = { id: number; parent?: number; callFrame: { functionName: string; url: string; lineNumber?: number; columnNumber?: number } };

/** The sampled CPU profile of one process: its call-tree nodes and each sample's time (µs) and weight (ms). */
export function readProfile(events: readonly TraceEvent[], pid: number): { nodes: Map<number, ProfileNode>; samples: { ts: number; id: number; weight: number }[] } {
  const nodes = new Map<number, ProfileNode>();
  const samples: { ts: number; id: number; weight: number }[] = [];
  let time = 0;
  for (const event of events) {
    if (event.pid !== pid) continue;
    const data = event.args?.data as { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } | undefined;
    if (event.name === 'Profile' && data?.startTime !== undefined) time = data.startTime;
    if (event.name !== 'ProfileChunk' || !data?.cpuProfile) continue;
    for (const node of data.cpuProfile.nodes ?? []) nodes.set(node.id, node);
    const deltas = data.timeDeltas ?? [];
    (data.cpuProfile.samples ?? []).forEach((id, n) => {
      time += deltas[n] ?? 0;
      samples.push({ ts: time, id, weight: Math.max(0, deltas[n + 1] ?? deltas[n] ?? 0) / 1000 });
    });
  }
  return { nodes, samples };
}

/** Each event's self time: its cost less its direct children's. Events must be sorted by start, a parent before its children. */
export function selfTimes(events: readonly TraceEvent[], cost: (event: TraceEvent) => number): Map<TraceEvent, number> {
  const stack: TraceEvent[] = [];
  const self = new Map<TraceEvent, number>();
  for (const event of events) {
    while (stack.length && stack.at(-1)!.ts + stack.at(-1)!.dur! <= event.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent, (self.get(parent) ?? 0) - cost(event));
    self.set(event, (self.get(event) ?? 0) + cost(event));
    stack.push(event);
  }
  return self;
}
