import type {
  OpenAPIObject,
  OperationObject,
  PathItemObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** The one shape every refusal and fault is answered in, as the document names it. */
export const API_ERROR_SCHEMA = 'ApiError';

const API_ERROR = {
  type: 'object',
  required: ['statusCode', 'message'],
  properties: {
    statusCode: { type: 'integer', description: 'The HTTP status, repeated' },
    message: {
      description: 'What went wrong, in Vietnamese an official can act on; a list when several fields are at fault',
      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
    },
    error: { type: 'string', description: 'The status’s name, or the kind of refusal (forbidden, conflict, invalid)' },
    errors: {
      type: 'array',
      description: 'For a plan or an import: each problem with where it is',
      items: { type: 'object', additionalProperties: true },
    },
    retryAfterSeconds: { type: 'integer', description: 'With 429: when to try again' },
  },
};

const WHY: Record<string, string> = {
  '400': 'The request is not valid: the message says which field and why',
  '401': 'Not signed in, or the session has ended',
  '403': 'The official may not do this (role, scope, or a read-only account)',
  '404': 'No such record, or none the official may see',
  '409': 'The record is no longer in a state that allows this (e.g. already decided by someone else)',
  '413': 'The body is larger than this endpoint accepts',
  '429': 'Too many attempts: wait as long as the Retry-After header says',
  '503': 'Temporal or the database cannot be reached: try again shortly',
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

/**
 * Adds to every operation the refusals it may answer (public ones too: a missing token is a 401 before anything),
 * each a shared response with the one error shape, so a client (and the fuzzer that checks answers against the
 * document) knows every status the API uses and what its body looks like. A status an operation documents itself
 * keeps its description, and gets the shape if it named none.
 */
export function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  const errorBody = { 'application/json': { schema: { $ref: `#/components/schemas/${API_ERROR_SCHEMA}` } } };
  const shared = Object.fromEntries(
    Object.entries(WHY).map(([status, description]) => [`Error${status}`, { description, content: errorBody }]),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [API_ERROR_SCHEMA]: API_ERROR },
    responses: { ...document.components?.responses, ...shared },
  };
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = (item as PathItemObject)[method];
      if (!operation) continue;
      for (const status of statusesOf(operation, path)) {
        const own = operation.responses[status] as ResponseObject | undefined;
        operation.responses[status] = own
          ? { ...own, content: own.content ?? errorBody }
          : { $ref: `#/components/responses/Error${status}` };
      }
    }
  }
  return document;
}

function statusesOf(operation: OperationObject, path: string): string[] {
  const statuses = ['400', '401', '403', '404', '409', '503'];
  if (operation.requestBody) statuses.push('413');
  if (path.startsWith('/auth/')) statuses.push('429');
  return statuses;
}
