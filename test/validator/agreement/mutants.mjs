// Instances that break one constraint at a time. Each breaker replaces the value
// at one JSON pointer (or removes a required member) and names the keyword it
// means to break; the caller keeps it only if Ajv agrees that the instance now
// fails that keyword there and nowhere else (onlyBreaks).

export function pointerToken(name) {
  return String(name).replace(/~/g, '~0').replace(/\//g, '~1');
}

function replaced(root, tokens, value) {
  if (tokens.length === 0) return value;
  const [head, ...rest] = tokens;
  const copy = Array.isArray(root) ? [...root] : { ...root };
  if (value === undefined && rest.length === 0) {
    delete copy[head];
  } else {
    copy[head] = replaced(root[head], rest, value);
  }
  return copy;
}

function typesOf(schema) {
  return [schema.type ?? []].flat();
}

// Replacement values for `value` (valid against `schema`) meant to break `keyword`.
function candidates(keyword, schema, value, fresh) {
  const integer = typesOf(schema).includes('integer');
  const step = integer ? 1 : 0.5;
  // schemas.mjs narrows int64's bounds to +-MAX_SAFE_INTEGER: those are not constraints to break.
  const bounded = (limit) => Math.abs(limit) < Number.MAX_SAFE_INTEGER;
  switch (keyword) {
    case 'enum': return ['not-one-of-them', 987654];
    case 'minimum': return bounded(schema.minimum) ? [schema.minimum - step] : [];
    case 'maximum': return bounded(schema.maximum) ? [schema.maximum + step] : [];
    case 'exclusiveMinimum': return [schema.exclusiveMinimum];
    case 'exclusiveMaximum': return [schema.exclusiveMaximum];
    case 'multipleOf': {
      const off = integer && Number.isInteger(schema.multipleOf) ? 1 : schema.multipleOf / 2;
      return [value + off, value - off];
    }
    case 'minLength': return schema.minLength > 0 ? [value.slice(0, schema.minLength - 1)] : [];
    case 'maxLength': {
      const n = schema.maxLength + 1;
      return [value.padEnd(n, value.at(-1) ?? 'a'), 'a'.repeat(n), 'A'.repeat(n), '1'.repeat(n)];
    }
    case 'pattern': {
      const n = Math.max(schema.minLength ?? 1, 1);
      return ['!'.repeat(n), `${value}!`, `!${value.slice(1)}`, ' '.repeat(n)];
    }
    case 'format': return { 'date-time': ['not-a-date'], byte: ['!!!!'] }[schema.format] ?? [];
    case 'minItems': return schema.minItems > 0 && value.length >= schema.minItems ? [value.slice(0, schema.minItems - 1)] : [];
    case 'maxItems': {
      const grown = [...value];
      for (let seed = 1; grown.length <= schema.maxItems && seed < 50; ++seed) {
        const item = fresh(schema.items ?? {}, seed);
        if (item !== undefined && !grown.some((x) => JSON.stringify(x) === JSON.stringify(item))) grown.push(item);
      }
      return [grown];
    }
    case 'uniqueItems':
      if (schema.uniqueItems !== true || value.length === 0) return [];
      return [value.length >= 2 ? [value[0], value[0], ...value.slice(2)] : [value[0], value[0]]];
    default: return [];
  }
}

const KEYWORDS = ['enum', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf', 'minLength',
  'maxLength', 'pattern', 'format', 'minItems', 'maxItems', 'uniqueItems'];

// Values of other JSON types. `textOnly`: the value travels as parameter text,
// where only text that is not a number or boolean can break a type, and only
// the type of a scalar: text is any string, and a repeated parameter's type is
// broken through its items.
function otherTypes(schema, textOnly) {
  if (!textOnly) return ['x1', 7, 2.5, true, [], {}, null];
  return typesOf(schema).some((t) => t === 'string' || t === 'array') ? [] : ['x1', 'yes'];
}

// Every breaker of `value` against `schema`: {pointer, keyword, instance}.
// `fresh(schema, seed)` makes a new valid value, or undefined (for growing arrays).
export function breakers(schemas, schema, value, { textOnly = false, fresh }) {
  const found = [];
  const walk = (node, current, tokens) => {
    const s = schemas.resolve(node);
    if (!s || current === null) return;
    const pointer = tokens.map((t) => `/${pointerToken(t)}`).join('');
    const add = (keyword, instances, at = pointer) => {
      for (const instance of instances) found.push({ pointer: at, keyword, instance });
    };
    const swap = (replacements) => replacements.map((r) => replaced(value, tokens, r));
    if (s.type || s.oneOf) add('type', swap(otherTypes(s, textOnly)));
    for (const keyword of KEYWORDS) {
      if (s[keyword] !== undefined) add(keyword, swap(candidates(keyword, s, current, fresh)));
    }
    if (Array.isArray(current)) {
      current.forEach((item, i) => walk(s.items ?? {}, item, [...tokens, i]));
    } else if (typeof current === 'object') {
      for (const name of s.required ?? []) {
        if (name in current) add('required', [replaced(value, [...tokens, name], undefined)], `${pointer}/${pointerToken(name)}`);
      }
      for (const [name, member] of Object.entries(current)) {
        const memberSchema = s.properties?.[name] ?? (typeof s.additionalProperties === 'object' ? s.additionalProperties : null);
        if (memberSchema) walk(memberSchema, member, [...tokens, name]);
      }
    }
  };
  walk(schema, value, []);
  return found;
}

// Whether Ajv's `errors` say that `breaker` breaks its keyword at its pointer
// and nothing else anywhere (a type breaks its oneOf too).
export function onlyBreaks(errors, breaker) {
  const where = (e) => (e.keyword === 'required' ? `${e.instancePath}/${pointerToken(e.params.missingProperty)}` : e.instancePath);
  const alike = (keyword) => keyword === breaker.keyword || (breaker.keyword === 'type' && ['oneOf', 'anyOf', 'enum'].includes(keyword));
  return errors.length > 0 && errors.every((e) => where(e) === breaker.pointer && alike(e.keyword));
}
