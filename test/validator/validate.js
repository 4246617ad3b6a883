#!/usr/bin/env node
// Validates OpenAPI documents written by clang-apigw.
//
//   node validate.js <file.json> [<file.json> ...]
//
// Each file must be an OpenAPI 3.0 document that @apidevtools/swagger-parser
// accepts, and its `openapi` field must be exactly "3.0.1" (API Gateway does not
// import 3.1). Beyond the schema, checks what swagger-parser only
// checks for Swagger 2: every `{segment}` of a path (greedy `{name+}` included)
// has a required `in: path` parameter and every path parameter has its segment;
// operationIds are unique. Prints `ok <file>` or `FAIL <file>: <reason>` per file
// and exits 1 when any file fails, 2 on usage errors.
'use strict';

const fs = require('fs');

let SwaggerParser;
try {
  SwaggerParser = require('@apidevtools/swagger-parser');
} catch (e) {
  console.error(`validate.js: cannot load @apidevtools/swagger-parser (${e.message}).\n` +
                `Run: npm ci --prefix ${__dirname}   (scripts/test.sh does this)`);
  process.exit(2);
}

async function validateFile(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return `cannot read: ${e.message}`;
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return `not valid JSON: ${e.message}`;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return 'not a JSON object';
  }
  if (doc.openapi !== '3.0.1') {
    return `"openapi" must be exactly "3.0.1", found ${JSON.stringify(doc.openapi)}`;
  }
  let api;
  try {
    // validate() dereferences in place: give it its own copy. Passing the path
    // as well lets relative $refs resolve next to the file.
    api = await SwaggerParser.validate(file, structuredClone(doc), {});
  } catch (e) {
    return e.message;
  }
  const problems = checkPathsAndOperations(api);
  return problems.length ? problems.join('\n  ') : null;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace',
                 'x-amazon-apigateway-any-method'];

function checkPathsAndOperations(api) {
  const problems = [];
  const operationIds = new Map();
  for (const [path, item] of Object.entries(api.paths || {})) {
    if (item === null || typeof item !== 'object') continue;
    const segments = new Set();
    for (const m of path.matchAll(/\{([^}]+)\}/g)) segments.add(m[1].replace(/\+$/, ''));
    const pathLevel = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of METHODS) {
      const op = item[method];
      if (op === null || typeof op !== 'object') continue;
      const where = `${method.toUpperCase()} ${path}`;
      if (op.operationId !== undefined) {
        const previous = operationIds.get(op.operationId);
        if (previous) {
          problems.push(`${where}: operationId "${op.operationId}" already used by ${previous}`);
        } else {
          operationIds.set(op.operationId, where);
        }
      }
      // Operation-level parameters override path-level ones with the same name+in.
      const params = new Map();
      for (const p of [...pathLevel, ...(Array.isArray(op.parameters) ? op.parameters : [])]) {
        if (p && typeof p === 'object') params.set(`${p.in}:${p.name}`, p);
      }
      const declared = new Set();
      for (const p of params.values()) {
        if (p.in !== 'path') continue;
        declared.add(p.name);
        if (!segments.has(p.name)) {
          problems.push(`${where}: path parameter "${p.name}" is not a segment of the path`);
        }
        if (p.required !== true) {
          problems.push(`${where}: path parameter "${p.name}" must be required`);
        }
      }
      for (const segment of segments) {
        if (!declared.has(segment)) {
          problems.push(`${where}: path segment {${segment}} has no "in: path" parameter`);
        }
      }
    }
  }
  return problems;
}

async function main(files) {
  if (files.length === 0) {
    console.error('usage: node validate.js <openapi.json> [...]');
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const error = await validateFile(file);
    if (error === null) {
      console.log(`ok ${file}`);
    } else {
      failed++;
      console.log(`FAIL ${file}: ${error}`);
    }
  }
  if (failed > 0) {
    console.log(`${failed} of ${files.length} document(s) failed validation`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e) => { console.error(e && e.stack ? e.stack : String(e)); process.exitCode = 2; });
