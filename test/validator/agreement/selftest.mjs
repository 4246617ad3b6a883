#!/usr/bin/env node
// Proves agreement.mjs can fail: a public spec that states a constraint the
// router does not apply (Item.title's maxLength lowered from 40 to 30) must
// be reported, with the pointer of the field, and the run must exit 1.
//
// usage: node selftest.mjs <public spec> <document> <dispatch program>
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [specFile, documentFile, program] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specFile, 'utf8'));
const title = spec.components.schemas.Item.properties.title;
if (title.maxLength !== 40) throw new Error(`expected Item.title's maxLength to be 40, not ${title.maxLength}`);
title.maxLength = 30;

const dir = mkdtempSync(join(tmpdir(), 'apigw-agreement-'));
try {
  const doctored = join(dir, 'public.json');
  writeFileSync(doctored, JSON.stringify(spec));
  const agreement = fileURLToPath(new URL('agreement.mjs', import.meta.url));
  const run = spawnSync(process.execPath, [agreement, '--spec', doctored, '--document', documentFile, '--target', program]);
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 1) throw new Error(`agreement.mjs exited ${run.status} on a spec the router disagrees with:\n${output}`);
  if (!output.includes('/body/title maxLength: expected 400')) throw new Error(`the title's maxLength was not reported:\n${output}`);
  console.log('ok: a constraint the router does not apply is reported');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
