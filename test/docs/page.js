// Reads a Markdown page into its examples: fenced blocks, the `<!-- example ... -->` markers
// in front of them, and which output block belongs to which example (docs/examples.md).
'use strict';

// Languages of blocks that show what the tool writes: a C++ example's output is the next
// fenced block when it has one of these. Blocks of the claimed languages that no example
// produces must be marked (YAML and HCL are also configuration files of other tools).
const OUTPUT_LANGUAGES = new Set(['json', 'yaml', 'text', 'hcl', '']);
const CLAIMED_LANGUAGES = new Set(['json', 'text', '']);

function readFences(lines) {
  const blocks = [];
  for (let i = 0; i < lines.length; ++i) {
    const open = /^(\s*)(`{3,}|~{3,})\s*([^\s`]*)(.*)$/.exec(lines[i]);
    if (!open) continue;
    const [, indent, fence, lang, rest] = open;
    let end = i + 1;
    while (end < lines.length && !closesFence(lines[end], fence)) ++end;
    const body = lines.slice(i + 1, end).map((line) => line.slice(indentWidth(line, indent)));
    blocks.push({
      line: i + 1, openIndex: i, bodyStart: i + 1, bodyEnd: end, indent,
      lang: lang.toLowerCase(), info: (lang + rest).trim(), text: body.join('\n'),
    });
    i = end;
  }
  return blocks;
}

function closesFence(line, fence) {
  const trimmed = line.trim();
  return trimmed.startsWith(fence) && /^[`~]+$/.test(trimmed);
}

function indentWidth(line, indent) {
  let n = 0;
  while (n < indent.length && line[n] === ' ') ++n;
  return n;
}

// The `<!-- example ... -->` comment that ends on the line right above a fence, if any.
function readMarker(lines, fenceIndex) {
  const last = fenceIndex - 1;
  if (last < 0 || !lines[last].trim().endsWith('-->')) return undefined;
  let first = last;
  while (first >= 0 && !lines[first].trim().startsWith('<!--')) --first;
  if (first < 0) return undefined;
  const comment = lines.slice(first, last + 1).join('\n').trim();
  const match = /^<!--\s*example\b:?([^\n]*?)(?:-->)?(?:\n([\s\S]*?))?\n?\s*-->$/.exec(comment);
  if (!match) return undefined;
  return { line: first + 1, options: parseOptions(match[1].trim()), body: match[2] };
}

// `partial <reason>`, or `key=value` settings separated by `;` (`args=--cors; status=1`).
function parseOptions(text) {
  if (/^partial\b/.test(text)) return { partial: text.slice('partial'.length).trim() || true };
  const options = {};
  for (const item of text.split(';').map((s) => s.trim()).filter(Boolean)) {
    const eq = item.indexOf('=');
    if (eq < 0) options[item] = true;
    else options[item.slice(0, eq).trim()] = item.slice(eq + 1).trim();
  }
  return options;
}

const KNOWN_OPTIONS = new Set(['partial', 'run', 'fixture', 'args', 'status', 'xfail', 'ok', 'file',
                              'setup', 'alternatives', 'hidden']);

// `alternatives=1-2,3`: the block shows equivalent forms (a raw attribute, then its macro);
// each alternative, lines of the block (`a-b`, several joined by `+`), is run as an example
// of its own, and each must give the output.
function alternatives(text, list) {
  if (list === undefined) return [text];
  const lines = text.split('\n');
  const valid = (n) => Number.isInteger(n) && n >= 1 && n <= lines.length;
  return list.split(',').map((alternative) => {
    const parts = alternative.split('+').map((range) => {
      const [first, last = first] = range.split('-').map(Number);
      return valid(first) && valid(last) && first <= last ? lines.slice(first - 1, last) : undefined;
    });
    return parts.includes(undefined) ? undefined : parts.flat().join('\n');
  });
}

// The output block of a C++ example: the next fenced block, unless a heading or another C++
// block comes first, or it is not an output language.
function findOutput(blocks, index, lines) {
  const next = blocks[index + 1];
  if (!next || !OUTPUT_LANGUAGES.has(next.lang)) return undefined;
  const between = lines.slice(blocks[index].bodyEnd + 1, next.openIndex);
  if (between.some((line) => /^#{1,6}\s/.test(line))) return undefined;
  return next;
}

function parsePage(text) {
  const lines = text.split('\n');
  const blocks = readFences(lines);
  const examples = [];
  const problems = [];
  const claimed = new Set();
  blocks.forEach((block, index) => {
    const marker = readMarker(lines, block.openIndex);
    const options = marker ? marker.options : {};
    for (const key of Object.keys(options)) {
      if (!KNOWN_OPTIONS.has(key)) {
        problems.push({ line: marker.line, message: `unknown example option '${key}' (docs/examples.md lists them)` });
      }
    }
    if (options.partial || claimed.has(block)) return;
    // An output block whose marker holds its source: C++ (`hidden`) or a script (`run`), or
    // that names a fixture.
    const source = options.hidden ? 'cpp' : options.run ? 'run' : options.fixture && 'fixture';
    if (source) {
      examples.push({ kind: source, line: block.line, options, xfail: options.xfail,
                      shown: '', hidden: marker.body, output: block });
      claimed.add(block);
      return;
    }
    if (block.lang === 'cpp' || block.lang === 'c++') {
      const output = findOutput(blocks, index, lines);
      if (!output && !options.ok) {
        problems.push({ line: block.line, message: 'a C++ example with no output block after it: show what the tool writes, or mark it `<!-- example: ok -->` (it compiles cleanly) or `<!-- example: partial <why> -->` (docs/examples.md)' });
        return;
      }
      if (output && options.ok) {
        problems.push({ line: block.line, message: "an 'ok' example must not be followed by an output block" });
        return;
      }
      if (output) claimed.add(output);
      const forms = alternatives(block.text, options.alternatives);
      if (forms.some((form) => form === undefined)) {
        problems.push({ line: marker.line, message: `alternatives=${options.alternatives}: name lines of the block, as 1-2,3 or 1+4` });
        return;
      }
      for (const shown of forms) {
        examples.push({ kind: 'cpp', line: block.line, options, xfail: options.xfail,
                        shown, hidden: marker && marker.body, output });
      }
      return;
    }
    if (CLAIMED_LANGUAGES.has(block.lang)) {
      problems.push({ line: block.line, message: `a \`${block.lang || 'unlabelled'}\` block that no example produces: put it after its C++ example, give it a \`<!-- example: run ... -->\` or \`fixture=\` marker, or mark it \`<!-- example: partial <why> -->\` (docs/examples.md)` });
    }
  });
  return { examples, problems };
}

module.exports = { parsePage };
