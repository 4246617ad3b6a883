#!/usr/bin/env node
// Runs the examples of one documentation page and compares what the page shows with what
// clang-apigw writes (the convention is described in docs/examples.md):
//
//   node check_docs.js --tool <clang-apigw> --repo <repo root> [--regenerate] [--line <n>]
//                      <page.md>...
//
// --line runs only the example whose block starts at that line (while editing a page).
// Exit status: 0 when every example agrees, 1 when one does not (each is reported as
// `<page>:<line>: ...`), 2 for a usage error. With --regenerate, each output block that
// disagrees is rewritten from the tool's real output, and the status is 1 only when an
// example could not be regenerated; review the result with `git diff`.
'use strict';

const fs = require('fs');
const path = require('path');
const { parsePage } = require('./page');
const { runExample } = require('./run');
const { compareOutput, regenerateOutput } = require('./compare');

function parseArguments(argv) {
  const options = { pages: [], regenerate: false, line: undefined };
  for (let i = 0; i < argv.length; ++i) {
    const arg = argv[i];
    if (arg === '--tool' || arg === '--repo' || arg === '--line') {
      options[arg.slice(2)] = argv[++i];
    } else if (arg === '--regenerate') {
      options.regenerate = true;
    } else if (arg.startsWith('-')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      options.pages.push(arg);
    }
  }
  if (!options.tool || !options.repo || options.pages.length === 0) {
    throw new Error('usage: check_docs.js --tool <clang-apigw> --repo <dir> [--regenerate] <page.md>...');
  }
  return options;
}

// Checks (or regenerates) one example; returns the problems found, each a message. An
// `xfail` example must have a problem, and has one when it has none.
function checkExample(example, context) {
  const problems = findProblems(example, context);
  if (!example.xfail) return problems;
  return problems.length > 0 ? []
    : [`expected to fail (${example.xfail}) but the page now agrees with the tool: remove the xfail`];
}

function findProblems(example, context) {
  const result = runExample(example, context);
  if (result.problems.length > 0 || !example.output) return result.problems;
  const mismatch = compareOutput(example.output, result.output);
  if (!mismatch) return [];
  if (context.regenerate && !example.xfail) {
    const rewritten = regenerateOutput(example.output, result.output);
    if (rewritten !== undefined) {
      // Alternatives share their output block: it is rewritten once.
      if (!context.rewrites.some((r) => r.block === example.output)) {
        context.rewrites.push({ block: example.output, body: rewritten });
      }
      return [];
    }
  }
  return [`${mismatch}\n--- the tool's output ---\n${firstLines(result.output.text, 80)}`];
}

function firstLines(text, count) {
  const lines = text.split('\n');
  return lines.length <= count ? text : `${lines.slice(0, count).join('\n')}\n[${lines.length - count} more lines]\n`;
}

function rewritePage(file, text, rewrites) {
  const lines = text.split('\n');
  // Bottom-up, so earlier line numbers stay valid.
  rewrites.sort((a, b) => b.block.bodyStart - a.block.bodyStart);
  for (const { block, body } of rewrites) {
    const indented = body.split('\n').map((line) => (line === '' ? '' : block.indent + line));
    lines.splice(block.bodyStart, block.bodyEnd - block.bodyStart, ...indented);
  }
  fs.writeFileSync(file, lines.join('\n'));
}

function checkPage(file, options) {
  const text = fs.readFileSync(file, 'utf8');
  const name = path.relative(options.repo, path.resolve(file));
  const { examples, problems: pageProblems } = parsePage(text);
  const context = { ...options, rewrites: [] };
  let failures = 0;
  const report = (line, message) => {
    ++failures;
    console.error(`${name}:${line}: ${message}`);
  };
  for (const problem of pageProblems) report(problem.line, problem.message);
  for (const example of examples) {
    if (options.line !== undefined && String(example.line) !== options.line) continue;
    for (const message of checkExample(example, context)) report(example.line, message);
  }
  if (context.rewrites.length > 0) {
    rewritePage(file, text, context.rewrites);
    console.log(`${name}: rewrote ${context.rewrites.length} output block(s)`);
  }
  if (failures === 0) console.log(`ok: ${name}: ${examples.length} example(s) agree with the tool`);
  return failures;
}

function main() {
  let options;
  try {
    options = parseArguments(process.argv.slice(2));
  } catch (error) {
    console.error(`check_docs: ${error.message}`);
    return 2;
  }
  options.tool = path.resolve(options.tool);
  options.repo = path.resolve(options.repo);
  let failures = 0;
  for (const page of options.pages) failures += checkPage(page, options);
  return failures === 0 ? 0 : 1;
}

process.exitCode = main();
