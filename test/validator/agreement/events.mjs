// API Gateway REST proxy events (payload 1.0) for one operation of the spec, as
// AWS documents them: "Input format of a Lambda function for proxy integration".
// A request is {params: {<name>: value}, body: value | undefined}; values are
// typed, and become the text API Gateway passes.

// The text of one parameter value: strings as they are, other values as JSON.
export function parameterText(value) {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function concretePath(template, pathParameters) {
  return template.replace(/\{([^}+]+)\+?\}/g, (_, name) => encodeURIComponent(pathParameters[name] ?? ''));
}

export function makeEvent(operation, request, requestId) {
  const path = {}, query = {}, multiQuery = {}, headers = {}, multiHeaders = {};
  for (const parameter of operation.parameters) {
    const value = request.params[parameter.name];
    if (value === undefined) continue;
    const texts = (Array.isArray(value) ? value : [value]).map(parameterText);
    if (parameter.in === 'path') path[parameter.name] = texts[0];
    if (parameter.in === 'query') {
      multiQuery[parameter.name] = texts;
      query[parameter.name] = texts[texts.length - 1]; // API Gateway keeps the last value
    }
    if (parameter.in === 'header') {
      // Header names are case-insensitive; API Gateway passes them as the client sent them.
      const name = parameter.name.toLowerCase();
      multiHeaders[name] = texts;
      headers[name] = texts.join(',');
    }
  }
  if (request.body !== undefined) {
    headers['content-type'] = 'application/json';
    multiHeaders['content-type'] = ['application/json'];
  }
  const orNull = (map) => (Object.keys(map).length ? map : null);
  return {
    resource: operation.path,
    path: concretePath(operation.path, path),
    httpMethod: operation.method.toUpperCase(),
    headers: orNull(headers),
    multiValueHeaders: orNull(multiHeaders),
    queryStringParameters: orNull(query),
    multiValueQueryStringParameters: orNull(multiQuery),
    pathParameters: orNull(path),
    stageVariables: null,
    requestContext: {
      resourcePath: operation.path,
      httpMethod: operation.method.toUpperCase(),
      stage: 'agreement',
      requestId,
      identity: { sourceIp: '127.0.0.1' },
    },
    body: request.body === undefined ? null : JSON.stringify(request.body),
    isBase64Encoded: false,
  };
}

// Whether the document (when there is one) integrates the operation as a Lambda proxy.
function servedByLambda(document, path, method) {
  if (!document) return true;
  return document.paths?.[path]?.[method]?.['x-amazon-apigateway-integration']?.type === 'aws_proxy';
}

// The operations of a public spec that reach the Lambda: method, path,
// parameters (with their JSON schema), the JSON request body's schema and the responses.
export function operationsOf(spec, schemas, document) {
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
      if (!servedByLambda(document, path, method)) continue;
      const parameters = (operation.parameters ?? []).map((p) => ({
        name: p.name, in: p.in, required: !!p.required, schema: schemas.jsonSchema(p.schema),
      }));
      const body = operation.requestBody?.content?.['application/json']?.schema;
      operations.push({
        method, path, parameters,
        body: body && schemas.jsonSchema(body),
        bodyRequired: !!operation.requestBody?.required,
        responses: operation.responses,
      });
    }
  }
  return operations;
}
