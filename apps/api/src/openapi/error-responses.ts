import type {
  OpenAPIObject,
  OperationObject,
  PathItemObject,
  ResponseObject,
} from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { PROBLEM_CONTENT_TYPE } from '../common/problem/problem';
import { PROBLEM_KINDS, problemType, type ProblemKind } from '../common/problem/problem-kinds';

/** The one shape every refusal and fault is answered in (RFC 9457 problem details), as the document names it. */
export const PROBLEM_SCHEMA = 'Problem';

const KINDS = (Object.keys(PROBLEM_KINDS) as ProblemKind[]).map((kind) => `\`${problemType(kind)}\``).join(', ');

const PROBLEM = {
  type: 'object',
  description:
    'RFC 9457 problem details, answered as application/problem+json. `title` and `detail` (and each `errors[].message` ' +
    'that has a translation) are in Vietnamese, or in English when Accept-Language prefers `en`.',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string', description: `The kind of problem, a stable relative URI: ${KINDS}` },
    title: { type: 'string', description: 'The kind of problem in a few words' },
    status: { type: 'integer', description: 'The HTTP status, repeated' },
    detail: { type: 'string', description: 'What went wrong here, in words an official can act on; never a fault’s internals' },
    errors: {
      type: 'array',
      description:
        'Each problem with where it is: a field of the request (`phases[2].due.dueByLevel.xa`), or an import’s row as the ' +
        'official counts it (`units[3].parentCode` is row 3 of the units); an empty path means the request as a whole',
      items: {
        type: 'object',
        required: ['path', 'message'],
        properties: { path: { type: 'string' }, message: { type: 'string' } },
      },
    },
    requestId: { type: 'string', description: 'The request’s X-Request-Id, to quote when reporting a fault' },
    retryAfterSeconds: { type: 'integer', description: 'With 429: when to try again, as the Retry-After header says' },
    checks: {
      type: 'object',
      description: 'With the readiness 503: which dependency does not answer',
      additionalProperties: { type: 'string' },
    },
  },
};

const WHY: Record<string, string> = {
  '400': 'The request is not valid: `detail` says why, `errors` which fields',
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
 * each a shared response with the one error shape (problem details), so a client (and the fuzzer that checks answers against the
 * document) knows every status the API uses and what its body looks like. A status an operation documents itself
 * keeps its description, and gets the shape if it named none.
 */
export function withErrorResponses(document: OpenAPIObject): OpenAPIObject {
  const errorBody = { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } };
  const shared = Object.fromEntries(
    Object.entries(WHY).map(([status, description]) => [`Error${status}`, { description, content: errorBody }]),
  );
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, [PROBLEM_SCHEMA]: PROBLEM },
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
