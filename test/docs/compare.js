// Compares an output block of a page with what the tool wrote, and rewrites the block from
// the tool's output (docs/examples.md describes the rules).
//
// JSON blocks are excerpts: their keys must be found, with equal values, in one object of the
// written document. `...` (bare, or as a string or a key) stands for what the excerpt leaves
// out. Other blocks are lines that must appear one after the other in the output; a line
// `...` skips any number of lines, and `...` inside a line any text.
'use strict';

const ELLIPSIS = '...';

// ------------------------------------------------------------------ reading an excerpt

// Turns bare `...` into JSON: `"...": "..."` inside an object, `"..."` inside an array, with
// the commas around it that the excerpt leaves out.
function spellEllipses(text) {
  let out = '';
  const stack = [];
  for (let i = 0; i < text.length; ++i) {
    const c = text[i];
    if (c === '"') {
      const end = stringEnd(text, i);
      out += text.slice(i, end);
      i = end - 1;
    } else if (text.startsWith(ELLIPSIS, i)) {
      const before = out.trimEnd().slice(-1);
      const after = text.slice(i + 3).trimStart()[0];
      const token = stack[stack.length - 1] === '[' ? '"..."' : '"...": "..."';
      out += (before && !'{[,'.includes(before) ? ',' : '') + token +
             (after && !'}],'.includes(after) ? ',' : '');
      i += 2;
    } else {
      if (c === '{' || c === '[') stack.push(c);
      if (c === '}' || c === ']') stack.pop();
      out += c;
    }
  }
  return out;
}

function stringEnd(text, start) {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

// An excerpt that starts with a member (`"paths": {...}`) is read as the object around it.
function parseExcerpt(text) {
  const trimmed = text.trim();
  const wrapped = !trimmed.startsWith('{') && !trimmed.startsWith('[');
  const json = spellEllipses(wrapped ? `{${trimmed}}` : trimmed);
  return { value: JSON.parse(json), wrapped };
}

// ------------------------------------------------------------------ matching

function isObject(v) {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function globMatches(pattern, text) {
  const pieces = pattern.split(ELLIPSIS);
  if (pieces.length === 1) return pattern === text;
  if (!text.startsWith(pieces[0]) || !text.endsWith(pieces[pieces.length - 1])) return false;
  let at = pieces[0].length;
  const stop = text.length - pieces[pieces.length - 1].length;
  for (const piece of pieces.slice(1, -1)) {
    const found = text.indexOf(piece, at);
    if (found < 0 || found + piece.length > stop) return false;
    at = found + piece.length;
  }
  return at <= stop;
}

function memberPath(key) {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

// The first difference between an excerpt and a value, as `{ path, shown, written }`, or
// undefined when the excerpt matches.
function firstDifference(shown, written, where = '') {
  const differ = (detail) => ({ path: where || '(top)', shown, written, detail });
  if (typeof shown === 'string') {
    if (typeof written === 'string' ? globMatches(shown, written) : shown === ELLIPSIS) return undefined;
    return differ();
  }
  if (Array.isArray(shown)) {
    if (!Array.isArray(written)) return differ();
    return shown.includes(ELLIPSIS) ? arrayInOrder(shown, written, where, differ)
                                    : arrayWhole(shown, written, where, differ);
  }
  if (isObject(shown)) {
    if (!isObject(written)) return differ();
    for (const [key, value] of Object.entries(shown)) {
      if (key === ELLIPSIS) continue;
      if (!(key in written)) return differ(`no key ${JSON.stringify(key)}`);
      const d = firstDifference(value, written[key], `${where}${memberPath(key)}`);
      if (d) return d;
    }
    return undefined;
  }
  return shown === written ? undefined : differ();
}

function arrayWhole(shown, written, where, differ) {
  if (shown.length !== written.length) {
    return differ(`${shown.length} element(s) shown, ${written.length} written`);
  }
  for (let i = 0; i < shown.length; ++i) {
    const d = firstDifference(shown[i], written[i], `${where}[${i}]`);
    if (d) return d;
  }
  return undefined;
}

// With `...` among the elements, the other elements must appear in the written array in
// the order shown.
function arrayInOrder(shown, written, where, differ) {
  let at = 0;
  for (const element of shown.filter((e) => e !== ELLIPSIS)) {
    while (at < written.length && firstDifference(element, written[at])) ++at;
    if (at === written.length) return differ(`no element matching ${JSON.stringify(element)} in this order`);
    ++at;
  }
  return undefined;
}

function* allNodes(value) {
  yield value;
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) yield* allNodes(child);
  }
}

// How much of the excerpt's top level a node has; the best node is the one to report on
// and to regenerate from.
function overlap(shown, node) {
  if (isObject(shown)) {
    if (!isObject(node)) return 0;
    return Object.keys(shown).filter((key) => key !== ELLIPSIS && key in node).length;
  }
  return Array.isArray(shown) && Array.isArray(node) ? 1 : 0;
}

function bestCandidate(shown, document) {
  let best;
  let bestScore = 0;
  for (const node of allNodes(document)) {
    const score = overlap(shown, node);
    if (score > bestScore) [best, bestScore] = [node, score];
  }
  return best;
}

function parseWritten(text) {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `the tool did not write JSON (${error.message})` };
  }
}

function compareJson(block, text) {
  let excerpt;
  try {
    excerpt = parseExcerpt(block.text);
  } catch (error) {
    return `the JSON excerpt cannot be read (${error.message}); write it as JSON, with \`...\` for what it leaves out`;
  }
  const written = parseWritten(text);
  if (written.error) return written.error;
  for (const node of allNodes(written.value)) {
    if (!firstDifference(excerpt.value, node)) return undefined;
  }
  const best = bestCandidate(excerpt.value, written.value);
  if (!best) return 'the JSON excerpt matches no part of the written document';
  const d = firstDifference(excerpt.value, best);
  return `the JSON excerpt differs from the written document at ${d.path}` +
         (d.detail ? `: ${d.detail}` : '') +
         `\n  shown:   ${JSON.stringify(d.shown)}\n  written: ${JSON.stringify(d.written)}`;
}

// ------------------------------------------------------------------ text

function textLines(text) {
  const lines = text.split('\n');
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function linesMatchAt(shown, written, s, w) {
  if (s === shown.length) return true;
  if (shown[s] === ELLIPSIS) {
    for (let k = w; k <= written.length; ++k) if (linesMatchAt(shown, written, s + 1, k)) return true;
    return false;
  }
  return w < written.length && globMatches(shown[s], written[w]) &&
         linesMatchAt(shown, written, s + 1, w + 1);
}

function compareText(block, text) {
  const shown = textLines(block.text);
  const written = textLines(text);
  for (let w = 0; w <= written.length; ++w) {
    if (linesMatchAt(shown, written, 0, w)) return undefined;
  }
  return 'the block is not part of what the tool printed';
}

function compareOutput(block, output) {
  return block.lang === 'json' ? compareJson(block, output.text) : compareText(block, output.text);
}

// ------------------------------------------------------------------ regenerating

// The written value cut down to the excerpt's shape: the keys the excerpt shows, with the
// written values; arrays whole.
function project(shown, written) {
  if (isObject(shown) && isObject(written)) {
    const out = {};
    for (const key of Object.keys(shown)) {
      if (key === ELLIPSIS) out[key] = ELLIPSIS;
      else if (key in written) out[key] = project(shown[key], written[key]);
    }
    return out;
  }
  if (shown === ELLIPSIS) return ELLIPSIS;
  return written;
}

function regenerateJson(block, text) {
  const excerpt = parseExcerpt(block.text);
  const written = parseWritten(text);
  const best = written.value === undefined ? undefined : bestCandidate(excerpt.value, written.value);
  if (!best) return undefined;
  const lines = JSON.stringify(project(excerpt.value, best), null, 2).split('\n');
  return excerpt.wrapped ? lines.slice(1, -1).map((line) => line.slice(2)).join('\n')
                         : lines.join('\n');
}

const SUMMARY = /^\d+ errors? generated\.$/;

// Text blocks become the whole output, less the summary line when the block left it out.
function regenerateText(block, text) {
  const shown = textLines(block.text);
  const keepSummary = shown.length > 0 && SUMMARY.test(shown[shown.length - 1]);
  return textLines(text).filter((line) => keepSummary || !SUMMARY.test(line)).join('\n');
}

function regenerateOutput(block, output) {
  try {
    return block.lang === 'json' ? regenerateJson(block, output.text) : regenerateText(block, output.text);
  } catch {
    return undefined;
  }
}

module.exports = { compareOutput, regenerateOutput };
