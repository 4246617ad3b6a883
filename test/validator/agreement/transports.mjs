// How agreement.mjs reaches a router: a program that answers one event per line
// (runtime/test/agreement/dispatch_lines.cpp), or a local server
// (apigw/local_server.hpp) that turns HTTP requests into the same events.
import { spawnSync } from 'node:child_process';

function lineProgram(program) {
  return async (events) => {
    if (events.length === 0) return [];
    const input = `${events.map((e) => JSON.stringify(e)).join('\n')}\n`;
    const run = spawnSync(program, [], { input, maxBuffer: 1 << 28 });
    if (run.status !== 0) throw new Error(`${program} exited ${run.status}: ${run.stderr}`);
    const lines = run.stdout.toString().split('\n').filter(Boolean);
    if (lines.length !== events.length) throw new Error(`${events.length} events, ${lines.length} answers`);
    return lines.map((line) => JSON.parse(line));
  };
}

// The HTTP request a client sends for `event`, and the server's answer as a proxy response.
async function exchange(base, event) {
  const url = new URL(event.path, base);
  for (const [name, values] of Object.entries(event.multiValueQueryStringParameters ?? {})) {
    for (const value of values) url.searchParams.append(name, value);
  }
  const headers = new Headers();
  for (const [name, values] of Object.entries(event.multiValueHeaders ?? {})) {
    for (const value of values) headers.append(name, value);
  }
  const response = await fetch(url, { method: event.httpMethod, headers, body: event.body ?? undefined, signal: AbortSignal.timeout(10000) });
  return { statusCode: response.status, headers: Object.fromEntries(response.headers), body: await response.text() };
}

function localServer(base, clients = 8) {
  return async (events) => {
    const answers = new Array(events.length);
    let next = 0;
    const client = async () => {
      while (next < events.length) {
        const i = next++;
        answers[i] = await exchange(base, events[i]);
      }
    };
    await Promise.all(Array.from({ length: clients }, client));
    return answers;
  };
}

export function isServer(target) {
  return /^https?:\/\//.test(target);
}

// `target`: http://host:port of a local server, or the path of a line program.
export function transportTo(target) {
  return isServer(target) ? localServer(target) : lineProgram(target);
}
