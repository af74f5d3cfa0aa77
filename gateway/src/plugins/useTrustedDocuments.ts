import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Request, RequestHandler } from 'express';
import { GatewayHttpError, sendHttpError } from '../auth/httpError';
import { userOf } from './useAuthentication';

/** sha256 (hex) of a document → the document. */
export type TrustedDocuments = ReadonlyMap<string, string>;

export const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Reads a trusted-documents manifest: `{ "<sha256 hex>": "<document>" }`, or Apollo's persisted query list
 * (`{ "format": "apollo-persisted-query-manifest", "operations": [{ "id", "body" }] }`). Every id must be the
 * sha256 of its document, so a manifest cannot smuggle in a query under another query's id.
 */
export function loadTrustedDocuments(file: string): TrustedDocuments {
  const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
  const entries: [string, unknown][] =
    raw.format === 'apollo-persisted-query-manifest' && Array.isArray(raw.operations)
      ? (raw.operations as { id?: unknown; body?: unknown }[]).map((op) => [String(op.id), op.body])
      : Object.entries(raw);
  const documents = new Map<string, string>();
  for (const [id, body] of entries) {
    if (typeof body !== 'string') throw new Error(`${file}: 文档 ${id} 不是字符串`);
    const hash = id.replace(/^sha256:/, '').toLowerCase();
    if (sha256Hex(body) !== hash) throw new Error(`${file}: 文档 ${id} 的 sha256 与内容不符（应为 ${sha256Hex(body)}）`);
    documents.set(hash, body);
  }
  return documents;
}

const persistedQueryRequired = () =>
  new GatewayHttpError(400, 'PERSISTED_QUERY_REQUIRED', '匿名访问只能使用已登记的查询（documentId），不接受任意查询语句');
const persistedQueryNotFound = (id: string) => new GatewayHttpError(400, 'PERSISTED_QUERY_NOT_FOUND', `未找到已登记的查询：${id}`, { documentId: id });

type Params = Record<string, unknown>;

/** The id a request names: GraphQL over HTTP's `documentId` (`sha256:<hex>` or bare hex) or Apollo's APQ hash. */
function documentIdOf(params: Params): { id: string; via: 'documentId' | 'apq' } | undefined {
  if (typeof params.documentId === 'string') return { id: params.documentId.replace(/^sha256:/, '').toLowerCase(), via: 'documentId' };
  let extensions = params.extensions;
  if (typeof extensions === 'string') {
    try {
      extensions = JSON.parse(extensions);
    } catch {
      return undefined; // Apollo Server reports the malformed parameter itself
    }
  }
  const hash = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? { id: hash.toLowerCase(), via: 'apq' } : undefined;
}

/** Puts the trusted document in place of the id, where Apollo Server reads it (the body, or the URL of a GET). */
function substitute(req: Request, params: Params, document: string): void {
  if (req.method === 'GET') {
    const url = new URL(req.url, 'http://gateway');
    url.searchParams.delete('documentId');
    url.searchParams.delete('extensions');
    url.searchParams.set('query', document);
    req.url = `${url.pathname}${url.search}`;
    return;
  }
  delete params.documentId;
  if (params.extensions && typeof params.extensions === 'object') {
    const { persistedQuery: _apq, ...rest } = params.extensions as Params;
    params.extensions = rest;
  }
  params.query = document;
}

/**
 * Trusted documents (persisted queries). A request may name a registered document instead of sending it; when
 * `requireForPublic` is set (production), anonymous callers may only do that: a free-form query is refused
 * with `PERSISTED_QUERY_REQUIRED` and an unknown id with `PERSISTED_QUERY_NOT_FOUND`. Signed-in users may
 * still send any query (the work portal, GraphiQL).
 */
export function useTrustedDocuments(documents: TrustedDocuments, { requireForPublic }: { requireForPublic: boolean }): RequestHandler {
  return (req, res, next) => {
    const params = (req.method === 'GET' ? req.query : req.body) as unknown;
    if (!params || typeof params !== 'object' || Array.isArray(params)) return next(); // Apollo Server rejects these
    const required = requireForPublic && userOf(res.locals).role === 'public';
    const named = documentIdOf(params as Params);
    if (named) {
      const document = documents.get(named.id);
      if (document !== undefined) {
        substitute(req, params as Params, document);
        return next();
      }
      // Outside the manifest, an APQ hash from a signed-in client is Apollo Server's own business (its APQ cache).
      if (named.via === 'apq' && !required) return next();
      return sendHttpError(res, persistedQueryNotFound(named.id));
    }
    if (required && (params as Params).query !== undefined) return sendHttpError(res, persistedQueryRequired());
    next();
  };
}
