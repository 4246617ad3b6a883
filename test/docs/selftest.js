#!/usr/bin/env node
// Proves that check_docs.js can fail: every page of selftest/ named pass-*.md must pass, and
// every fail-*.md must fail with the message its first line names:
//   <!-- selftest: <text the checker must print> -->
// and that it regenerates: a copy of each regenerate-*.md, which fails as it is, must pass
// once --regenerate has rewritten it.
//
//   node selftest.js --tool <clang-apigw> --repo <repo root>
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

function option(name) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

function expectedMessage(page) {
  const first = fs.readFileSync(page, 'utf8').split('\n')[0];
  const match = /^<!-- selftest: (.*) -->$/.exec(first);
  return match ? match[1] : undefined;
}

function checkDocs(args, tool, repo) {
  return spawnSync(process.execPath, [path.join(__dirname, 'check_docs.js'),
                                      '--tool', tool, '--repo', repo, ...args],
                   { encoding: 'utf8' });
}

function checkRegeneration(page, tool, repo) {
  const name = path.basename(page);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-docs-selftest.'));
  try {
    const copy = path.join(dir, name);
    fs.copyFileSync(page, copy);
    if (checkDocs([copy], tool, repo).status !== 1) return `${name} must fail before it is regenerated`;
    const regenerated = checkDocs(['--regenerate', copy], tool, repo);
    if (regenerated.status !== 0) return `${name}: --regenerate failed:\n${regenerated.stderr}`;
    const after = checkDocs([copy], tool, repo);
    return after.status === 0 ? undefined : `${name} must pass once regenerated:\n${after.stderr}`;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function checkPage(page, tool, repo) {
  const name = path.basename(page);
  if (name.startsWith('regenerate-')) return checkRegeneration(page, tool, repo);
  const run = checkDocs([page], tool, repo);
  if (name.startsWith('pass-')) {
    return run.status === 0 ? undefined : `${name} must pass:\n${run.stderr}`;
  }
  const expected = expectedMessage(page);
  if (expected === undefined) return `${name} has no '<!-- selftest: <message> -->' first line`;
  if (run.status !== 1) return `${name} must fail with status 1, not ${run.status}:\n${run.stderr}`;
  if (!run.stderr.includes(expected)) {
    return `${name} must fail saying "${expected}", but said:\n${run.stderr}`;
  }
  return undefined;
}

function main() {
  const tool = option('--tool');
  const repo = option('--repo');
  if (!tool || !repo) {
    console.error('usage: selftest.js --tool <clang-apigw> --repo <repo root>');
    return 2;
  }
  const dir = path.join(__dirname, 'selftest');
  const pages = fs.readdirSync(dir).filter((f) => /^(pass|fail|regenerate)-.*\.md$/.test(f)).sort();
  let failures = 0;
  for (const page of pages) {
    const problem = checkPage(path.join(dir, page), tool, repo);
    if (problem) {
      ++failures;
      console.error(`FAIL: ${problem}`);
    } else {
      console.log(`ok: ${page}`);
    }
  }
  return failures === 0 && pages.length > 0 ? 0 : 1;
}

process.exitCode = main();
