// The public spec's schemas as JSON Schema 2020-12, for Ajv and json-schema-faker.
//
// OpenAPI 3.0's schema object is a dialect of draft 4. The OpenAPI-specific
// keywords (nullable, readOnly, example...) and formats (int32 becomes its
// bounds) are converted by @openapi-contrib/openapi-schema-to-json-schema; what
// remains of draft 4 is rewritten here: boolean exclusiveMinimum/Maximum become
// the number form and #/components/schemas/X references become #/$defs/X.
// Two bounds are adjusted to what a JavaScript test can use: the converter's
// +-Number.MAX_VALUE for format: double says nothing a JSON number does not
// (and leaves json-schema-faker nothing to pick with multipleOf), so it goes;
// int64's +-2^63 is narrowed to the integers a double holds exactly, which
// are the only ones JSON.stringify can write.
import { createRequire } from 'node:module';
import { openapiSchemaToJsonSchema } from '@openapi-contrib/openapi-schema-to-json-schema';

const require = createRequire(import.meta.url);
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;

function draft4ToDraft2020(node) {
  if (Array.isArray(node)) return node.map(draft4ToDraft2020);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$schema') continue;
    if (key === '$ref' && typeof value === 'string') {
      out.$ref = value.replace('#/components/schemas/', '#/$defs/');
    } else {
      out[key] = draft4ToDraft2020(value);
    }
  }
  for (const limit of ['minimum', 'maximum']) {
    if (Math.abs(out[limit]) === Number.MAX_VALUE) delete out[limit];
    else if (Math.abs(out[limit]) > Number.MAX_SAFE_INTEGER) out[limit] = Math.sign(out[limit]) * Number.MAX_SAFE_INTEGER;
  }
  for (const [bound, limit] of [['exclusiveMinimum', 'minimum'], ['exclusiveMaximum', 'maximum']]) {
    if (out[bound] === true) {
      out[bound] = out[limit];
      delete out[limit];
    } else if (out[bound] === false) {
      delete out[bound];
    }
  }
  return out;
}

export function toJsonSchema(openapiSchema) {
  return draft4ToDraft2020(openapiSchemaToJsonSchema(openapiSchema, { cloneSchema: true }));
}

// The document's schemas: `defs` for $ref, `jsonSchema(s)` for one of them,
// `errors(s, value)` Ajv's check of a value.
export class SpecSchemas {
  constructor(spec) {
    this.defs = {};
    for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
      this.defs[name] = toJsonSchema(schema);
    }
    this.ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(this.ajv);
    this.cache = new Map();
  }

  // One of the document's schemas as JSON Schema; a bare reference is replaced
  // by what it names, as json-schema-faker resolves references from the root.
  // Whoever compiles or fakes it puts `defs` beside it as $defs.
  jsonSchema(openapiSchema) {
    const schema = toJsonSchema(openapiSchema);
    return Object.keys(schema).length === 1 && schema.$ref ? this.resolve(schema) : schema;
  }

  // The schema that constrains a value: through $ref, and through the
  // one-element allOf that wraps a $ref beside a default or description.
  resolve(schema) {
    let resolved = schema;
    for (;;) {
      if (resolved?.$ref) resolved = this.defs[resolved.$ref.replace('#/$defs/', '')];
      else if (resolved?.allOf?.length === 1 && !resolved.type) resolved = resolved.allOf[0];
      else return resolved;
    }
  }

  validator(jsonSchema) {
    const key = JSON.stringify(jsonSchema);
    if (!this.cache.has(key)) this.cache.set(key, this.ajv.compile({ ...jsonSchema, $defs: this.defs }));
    return this.cache.get(key);
  }

  // Ajv's errors for `value` against `jsonSchema`, [] when it is valid.
  errors(jsonSchema, value) {
    const validate = this.validator(jsonSchema);
    return validate(value) ? [] : validate.errors;
  }
}
