// @ts-check
/**
 * The pages' one way to the API: the operation documents of frontend-contract/operations, served by the
 * service at /operations (copied there by the build), posted to /graphql. A page never writes a query of
 * its own, so every screen proves the contract the other clients rely on.
 */

/** @type {Map<string, Promise<string>>} */
const documents = new Map();

/** An error of the API, with its `extensions.code` (NOT_FOUND, BAD_USER_INPUT, ...) or NETWORK. */
export class ApiError extends Error {
  /** @param {string} code @param {string} message */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** @param {string} name e.g. "web/SearchProcedures" */
function documentOf(name) {
  let text = documents.get(name);
  if (!text) {
    text = fetch(`/operations/${name}.graphql`).then((r) => {
      if (!r.ok) throw new ApiError('NETWORK', `operation ${name}: HTTP ${r.status}`);
      return r.text();
    });
    documents.set(name, text);
  }
  return text;
}

/**
 * Runs one operation of the contract.
 * @template T
 * @param {string} name the operation's file under frontend-contract/operations, without .graphql
 * @param {Record<string, unknown>} variables
 * @param {{ token?: string }} [options] a bearer token for signed-in screens
 * @returns {Promise<T>} the operation's data, typed by the caller from frontend-contract/generated
 */
export async function run(name, variables, options = {}) {
  const query = await documentOf(name);
  /** @type {Record<string, string>} */
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  let response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  } catch (e) {
    throw new ApiError('NETWORK', String(e));
  }
  /** @type {{ data?: T, errors?: { message: string, extensions?: { code?: string } }[] }} */
  const body = await response.json().catch(() => ({}));
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    throw new ApiError(first.extensions?.code ?? 'INTERNAL', first.message);
  }
  if (!body.data) throw new ApiError('NETWORK', `HTTP ${response.status}`);
  return body.data;
}
