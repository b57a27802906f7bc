/** One bench scenario: a warm-up, then `requests` calls at a fixed concurrency, metered. */
import { performance } from 'node:perf_hooks';
import type { meterDynamoDb } from './dynamoMeter';

export const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

export interface Scenario {
  name: string;
  request: (index: number) => Promise<Response>;
}

export interface ScenarioOptions {
  requests?: number;
  concurrency?: number;
}

export async function runScenario(scenario: Scenario, meter: ReturnType<typeof meterDynamoDb>, { requests = REQUESTS, concurrency = CONCURRENCY }: ScenarioOptions = {}) {
  // Warm up the code paths and connections first; they are not what is measured.
  for (let i = 0; i < 50; i++) await scenario.request(-1 - i);
  meter.reset();
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const index = next++;
        const t0 = performance.now();
        const response = await scenario.request(index);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const usage = meter.read();
  return {
    scenario: scenario.name,
    requests,
    concurrency,
    failures,
    requestsPerSecond: Math.round(requests / seconds),
    p50ms: +at(0.5).toFixed(1),
    p99ms: +at(0.99).toFixed(1),
    dynamoCallsPerRequest: +(usage.calls / requests).toFixed(2),
    capacityUnitsPerRequest: +(usage.capacityUnits / requests).toFixed(2),
    itemsWrittenPerRequest: +(usage.itemsWritten / requests).toFixed(2),
    callsByCommand: Object.fromEntries(Object.entries(usage.byCommand).map(([command, count]) => [command, +(count / requests).toFixed(2)])),
  };
}

