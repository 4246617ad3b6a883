// Runs one example of a page the way a reader would, in a fresh temporary directory, and
// returns what the tool printed: { problems, output: { text, status } }.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const TIMEOUT_MS = 120000;

// The flags every C++ example is compiled with. The prelude holds the #include lines pages
// leave out; it is force-included, so line numbers in diagnostics stay those of the page.
function compileFlags(repo) {
  return ['-std=c++20', `-I${repo}/annotations`, `-I${repo}/docs/examples`, '-I.',
          '-include', path.join(__dirname, 'prelude.hpp')];
}

function splitWords(text) {
  return text === undefined || text === true ? [] : text.split(/\s+/).filter(Boolean);
}

function readArgsFile(file) {
  if (!fs.existsSync(file)) return [];
  return fs.readFileSync(file, 'utf8').split('\n').map((s) => s.trim()).filter(Boolean);
}

function spawn(command, args, cwd, env) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: TIMEOUT_MS,
                                            maxBuffer: 64 << 20 });
  if (result.error) throw result.error;
  return result;
}

// Temporary directories leak into absolute paths the tool prints; the page shows them
// relative to the directory the example ran in.
function relativeToRun(text, dir) {
  return text.split(`${fs.realpathSync(dir)}/`).join('').split(`${dir}/`).join('');
}

function expectedStatus(example) {
  if (example.options.status !== undefined) return Number(example.options.status);
  if (example.kind === 'fixture') return example.options.fixture.startsWith('errors/') ? 1 : 0;
  if (example.kind === 'cpp' && example.output && example.output.lang !== 'json') return 1;
  return 0;
}

// Hidden code around the shown code: `{example}` on a line of its own is where the shown code
// goes; without it, the shown code follows.
function fillTemplate(template, shown) {
  if (template === undefined) return shown;
  const lines = template.split('\n');
  const slot = lines.findIndex((line) => line.trim() === '{example}');
  if (slot < 0) return `${template}\n${shown}`;
  lines.splice(slot, 1, shown);
  return lines.join('\n');
}

// The source of a C++ example: the shown code, inside the marker's hidden code, inside the
// setup docs/examples/<setup>.cpp.
function exampleSource(example, repo) {
  let code = fillTemplate(example.hidden, example.shown);
  if (example.options.setup) {
    const setup = path.join(repo, 'docs', 'examples', `${example.options.setup}.cpp`);
    code = fillTemplate(fs.readFileSync(setup, 'utf8').replace(/\n$/, ''), code);
  }
  return code;
}

function runCpp(example, context, dir) {
  const file = example.options.file || 'input.cpp';
  fs.writeFileSync(path.join(dir, file), `${exampleSource(example, context.repo)}\n`);
  const args = [...splitWords(example.options.args), file, '--', ...compileFlags(context.repo)];
  return { dir, result: spawn(context.tool, args, dir, process.env) };
}

function runFixture(example, context) {
  const dir = path.join(context.repo, 'fixtures', example.options.fixture);
  if (!fs.existsSync(path.join(dir, 'input.cpp'))) {
    throw new Error(`fixtures/${example.options.fixture}/input.cpp does not exist`);
  }
  const args = [...readArgsFile(path.join(dir, 'args')), 'input.cpp', '--', '-std=c++20',
                `-I${context.repo}/annotations`, '-I.'];
  return { dir, result: spawn(context.tool, args, dir, process.env) };
}

// A `run` script is bash, run with `clang-apigw` on PATH and $APIGW_FLAGS holding the
// compile flags of C++ examples; what it prints (stdout, then stderr) is its output.
function runScript(example, context, dir) {
  const bin = path.join(dir, '.bin');
  fs.mkdirSync(bin);
  fs.symlinkSync(context.tool, path.join(bin, 'clang-apigw'));
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, REPO: context.repo,
                APIGW_FLAGS: compileFlags(context.repo).join(' ') };
  const script = `set -u\nexec 2>&1\n${example.hidden || ''}`;
  return { dir, result: spawn('bash', ['-c', script], dir, env) };
}

function runExample(example, context) {
  const top = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-docs.'));
  // A fixed directory name, since a document's default title is the directory's name.
  const dir = path.join(top, 'api');
  fs.mkdirSync(dir);
  try {
    let run;
    if (example.kind === 'cpp') run = runCpp(example, context, dir);
    else if (example.kind === 'fixture') run = runFixture(example, context);
    else run = runScript(example, context, dir);
    const { result } = run;
    const status = result.status === null ? `signal ${result.signal}` : result.status;
    const stdout = relativeToRun(result.stdout, run.dir);
    const stderr = relativeToRun(result.stderr, run.dir);
    const expected = expectedStatus(example);
    if (status !== expected) {
      return { problems: [`exit status ${status}, expected ${expected}\n--- stdout ---\n${stdout}--- stderr ---\n${stderr}`] };
    }
    const shown = status === 0 && example.kind !== 'run' ? stdout : stdout + stderr;
    return { problems: [], output: { text: shown, status } };
  } catch (error) {
    return { problems: [`could not run the example: ${error.message}`] };
  } finally {
    fs.rmSync(top, { recursive: true, force: true });
  }
}

module.exports = { runExample };
