#!/usr/bin/env node
// Proves that a generated router and the public spec agree (docs/runtime.md,
// "Schema agreement"), with tools that share no code with clang-apigw:
//   1. requests made by json-schema-faker from each operation's parameter and
//      body schemas are all accepted: never rejected by the router's validation
//      (a 400 with a fieldList), never 500. In `echo` mode (the
//      agreement API, whose handlers answer with what they were given) they are
//      answered 2xx and round-trip: the answer equals the request (defaults
//      filled in), and sending the answer again gives it back. In `serve` mode
//      (any other API, e.g. the example) the handler may answer a declared
//      error, 400 included (a rule the schema cannot state);
//   2. requests that break one constraint at a time (checked with Ajv: they
//      break that keyword there and nothing else) are all rejected with 400 and
//      a fieldList naming exactly the broken field's pointer;
//   3. every answer's status is one the operation declares, and its body
//      validates (Ajv) against the schema declared for that status.
//
// usage: node agreement.mjs --spec <public spec> --target <program | http://127.0.0.1:port>
//                           [--document <document>] [--mode echo|serve] [--instances <n>]
// The target is a program that reads one event per line on stdin and writes
// one response per line (runtime/test/agreement/dispatch_lines.cpp), or a local
// server (transports.mjs). The document (-o), when given, says which
// operations are Lambda-proxy ones; only those are sent. Schemas come from the
// public spec, which keeps every keyword (nullable, exclusive bounds...).
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import { generateSync, registerFormat } from 'json-schema-faker';

import { SpecSchemas } from './schemas.mjs';
import { makeEvent, operationsOf } from './events.mjs';
import { breakers, onlyBreaks, pointerToken } from './mutants.mjs';
import { isServer, transportTo } from './transports.mjs';

const usage = 'usage: node agreement.mjs --spec <public spec> --target <program | http://127.0.0.1:port>\n' +
  '                      [--document <document>] [--mode echo|serve] [--instances <n>]';
let options;
try {
  ({ values: options } = parseArgs({ options: {
    spec: { type: 'string' }, target: { type: 'string' }, document: { type: 'string' },
    mode: { type: 'string', default: 'echo' }, instances: { type: 'string', default: '40' },
  } }));
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
const { spec: specFile, target, mode } = options;
if (!specFile || !target || !['echo', 'serve'].includes(mode)) {
  console.error(usage);
  process.exit(2);
}
const instances = Number(options.instances);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const schemas = new SpecSchemas(spec);
const document = options.document && JSON.parse(readFileSync(options.document, 'utf8'));
// An HTTP answer to HEAD has no body, so a server's HEAD operations cannot be checked.
const operations = operationsOf(spec, schemas, document).filter((o) => !(isServer(target) && o.method === 'head'));
const dispatchAll = transportTo(target);

// format: byte is base64 (OpenAPI 3.0); json-schema-faker has no generator for it.
registerFormat('byte', (random) => Buffer.from(Array.from({ length: random.int(0, 12) }, () => random.int(0, 255))).toString('base64'));
const fake = (schema, seed) =>
  fillMaps(schema, generateSync({ ...schema, $defs: schemas.defs }, { seed, maxDepth: 6, optionalsProbability: 0.5 }), seed);

// json-schema-faker writes no member a schema does not name, so maps
// (additionalProperties with a schema) would always be empty: give each one to
// three members named by the seed, with values made from the map's value schema.
function fillMaps(schema, value, seed) {
  const s = schemas.resolve(schema);
  if (!s || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item, i) => fillMaps(s.items ?? {}, item, seed + i + 1));
  const filled = {};
  for (const [name, member] of Object.entries(value)) {
    filled[name] = fillMaps(s.properties?.[name] ?? s.additionalProperties ?? {}, member, seed + 1);
  }
  if (!s.properties && typeof s.additionalProperties === 'object') {
    for (let i = 0; i < 1 + (seed % 3); ++i) filled[`key-${seed}-${i}`] = fake(s.additionalProperties, seed * 7 + i);
  }
  return filled;
}

// A made-up value that is valid, or undefined.
function validFake(schema, seed) {
  const value = fake(schema, seed);
  return schemas.errors(schema, value).length ? undefined : value;
}

const failures = [];
const fail = (what, detail) => failures.push(`${what}\n    ${JSON.stringify(detail)}`);

const bodyOf = (response) => (response.body ? JSON.parse(response.body) : undefined);
const label = (operation) => `${operation.method.toUpperCase()} ${operation.path}`;

// What a parameter's schema leaves out about what a request can carry: a
// repeated parameter with no value is absent from the query string, so a
// required one has at least one value; API Gateway matches no empty path segment.
function sendable(parameter) {
  const { schema } = parameter;
  if (parameter.required && schema.type === 'array') return { ...schema, minItems: Math.max(1, schema.minItems ?? 0) };
  if (parameter.in === 'path' && schema.type === 'string') return { ...schema, minLength: Math.max(1, schema.minLength ?? 0) };
  return schema;
}

// A valid request: every required parameter, optional ones some of the time.
function makeRequest(operation, seed) {
  const params = {};
  operation.parameters.forEach((parameter, i) => {
    if (parameter.required || seed % (i + 2) === 0) params[parameter.name] = fake(sendable(parameter), seed * 31 + i);
  });
  return { params, body: operation.body ? fake(operation.body, seed) : undefined };
}

function checkValid(operation, request) {
  for (const parameter of operation.parameters) {
    const value = request.params[parameter.name];
    if (value === undefined) continue;
    const errors = schemas.errors(parameter.schema, value);
    if (errors.length) fail(`${label(operation)}: json-schema-faker made an invalid ${parameter.name}`, { value, errors });
  }
  if (request.body !== undefined) {
    const errors = schemas.errors(operation.body, request.body);
    if (errors.length) fail(`${label(operation)}: json-schema-faker made an invalid body`, { body: request.body, errors });
  }
}

// 3. The answer's status is declared, and its body matches the declared schema.
function checkDeclared(operation, response) {
  const declared = operation.responses[String(response.statusCode)];
  if (!declared) return fail(`${label(operation)}: status ${response.statusCode} is not declared`, response);
  const schema = declared.content?.['application/json']?.schema;
  if (!schema) return;
  const errors = schemas.errors(schemas.jsonSchema(schema), bodyOf(response));
  if (errors.length) fail(`${label(operation)}: a ${response.statusCode} body does not match its schema`, { body: response.body, errors });
}

// What a handler that answers with its input must answer: the request with
// declared defaults filled in. Parameter echoes name their members after the parameters.
function expectedAnswer(operation, request) {
  if (operation.body) return withDefaults(operation.body, request.body);
  const answer = {};
  for (const parameter of operation.parameters) {
    const value = request.params[parameter.name] ?? parameter.schema.default;
    if (value !== undefined) answer[parameter.name] = value;
  }
  return answer;
}

function withDefaults(schema, value) {
  const s = schemas.resolve(schema);
  if (Array.isArray(value)) return value.map((item) => withDefaults(s.items ?? {}, item));
  if (value === null || typeof value !== 'object' || !s?.properties) return value;
  const out = {};
  for (const [name, member] of Object.entries(s.properties)) {
    const present = name in value ? value[name] : schemas.resolve(member)?.default;
    if (present !== undefined) out[name] = withDefaults(member, present);
  }
  for (const name of Object.keys(value)) if (!(name in out)) out[name] = value[name];
  return out;
}

// Equal as JSON, except that date-times are compared as instants (RFC 3339
// has many spellings of one) and numbers by value.
function sameValue(a, b) {
  if (typeof a === 'string' && typeof b === 'string' && a !== b) {
    const instant = /^\d{4}-\d\d-\d\dT/;
    return instant.test(a) && instant.test(b) && Date.parse(a) === Date.parse(b);
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return isDeepStrictEqual(a, b);
}

// Whether the router's validation rejected the request (a 400 with a fieldList);
// a handler's own HttpError(400) has only a message.
function rejectedByRouter(response) {
  return response.statusCode === 400 && bodyOf(response)?.fieldList !== undefined;
}

// 1. Generated requests are accepted and round-trip.
async function acceptGenerated() {
  const cases = [];
  operations.forEach((operation) => {
    for (let seed = 1; seed <= instances; ++seed) {
      const request = makeRequest(operation, seed);
      checkValid(operation, request);
      cases.push({ operation, request });
    }
  });
  const answers = await dispatchAll(cases.map((c, i) => makeEvent(c.operation, c.request, `valid-${i}`)));
  const again = [];
  cases.forEach(({ operation, request }, i) => {
    const response = answers[i];
    checkDeclared(operation, response);
    const accepted = mode === 'echo' ? response.statusCode < 300 : !rejectedByRouter(response) && response.statusCode !== 500;
    if (!accepted) return fail(`${label(operation)}: a valid request got ${response.statusCode}`, { request, response });
    if (mode !== 'echo') return;
    const expected = expectedAnswer(operation, request);
    if (!sameValue(bodyOf(response), expected)) fail(`${label(operation)}: the answer is not the request`, { expected, answer: response.body });
    if (operation.body) again.push({ operation, first: response, event: makeEvent(operation, { params: request.params, body: bodyOf(response) }, `again-${i}`) });
  });
  (await dispatchAll(again.map((a) => a.event))).forEach((response, i) => {
    if (response.body !== again[i].first.body) fail(`${label(again[i].operation)}: a second round trip changed the answer`, { first: again[i].first.body, second: response.body });
  });
  return cases;
}

// 2. Requests that break one constraint are rejected with that constraint's pointer.
async function rejectBroken(cases) {
  const broken = [];
  const seen = new Set();
  // One instance per constraint and place is enough.
  const record = (operation, what, pointer, request) => {
    const key = `${label(operation)} ${pointer} ${what}`;
    if (!seen.has(key)) broken.push({ operation, key, pointer, request });
    seen.add(key);
  };
  const keep = (operation, where, schema, breaker, request) => {
    if (seen.has(`${label(operation)} ${where}${breaker.pointer} ${breaker.keyword}`)) return;
    if (onlyBreaks(schemas.errors(schema, breaker.instance), breaker)) record(operation, breaker.keyword, `${where}${breaker.pointer}`, request);
  };
  for (const { operation, request } of cases) {
    if (request.body !== undefined) {
      for (const b of breakers(schemas, operation.body, request.body, { fresh: validFake })) {
        keep(operation, '/body', operation.body, b, { ...request, body: b.instance });
      }
    }
    for (const parameter of operation.parameters) {
      const value = request.params[parameter.name];
      if (value === undefined) continue;
      const where = `/${parameter.in}/${pointerToken(parameter.name)}`;
      for (const b of breakers(schemas, parameter.schema, value, { textOnly: true, fresh: validFake })) {
        keep(operation, where, parameter.schema, b, { ...request, params: { ...request.params, [parameter.name]: b.instance } });
      }
      // API Gateway never sends a request without a path parameter of its resource.
      if (parameter.required && parameter.in !== 'path') {
        const { [parameter.name]: _, ...rest } = request.params;
        record(operation, 'required', where, { ...request, params: rest });
      }
    }
  }
  const answers = await dispatchAll(broken.map((c, i) => makeEvent(c.operation, c.request, `broken-${i}`)));
  broken.forEach((c, i) => {
    const response = answers[i];
    checkDeclared(c.operation, response);
    const paths = response.statusCode === 400 ? (bodyOf(response).fieldList ?? []).map((f) => f.path) : [];
    if (response.statusCode !== 400 || paths.length === 0 || paths.some((p) => p !== c.pointer)) {
      fail(`${c.key}: expected 400 naming only ${c.pointer}`, { request: c.request, status: response.statusCode, body: response.body });
    }
  });
  return broken;
}

const cases = await acceptGenerated();
const broken = await rejectBroken(cases);
const keywords = new Set(broken.map((c) => c.key.split(' ').at(-1)));
for (const failure of failures.slice(0, 40)) console.error(`FAIL ${failure}`);
if (failures.length > 40) console.error(`... and ${failures.length - 40} more`);
console.log(`${operations.length} operations: ${cases.length} generated requests accepted${mode === 'echo' ? ' and round-tripped' : ''}; ` +
  `${broken.length} one-constraint breaks rejected (${[...keywords].sort().join(', ')}); ${failures.length} failures`);
process.exit(failures.length ? 1 : 0);
