import path from 'node:path';
import { Router } from 'express';

export const GRAPHIQL_TITLE = '互联网+监管 数据中台 GraphiQL';
export const GRAPHIQL_ASSETS = '/assets/graphiql';

const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** Everything the page loads, served by the gateway itself: no CDN, works on an isolated network. */
const ASSET_FILES: Record<string, () => string> = {
  'react.production.min.js': () => path.join(packageDir('react'), 'umd', 'react.production.min.js'),
  'react-dom.production.min.js': () => path.join(packageDir('react-dom'), 'umd', 'react-dom.production.min.js'),
  'graphiql.min.js': () => path.join(packageDir('graphiql'), 'graphiql.min.js'),
  'graphiql.min.css': () => path.join(packageDir('graphiql'), 'graphiql.min.css'),
};

/** Starts GraphiQL; the settings come from a JSON block, so the page itself holds no inline script. */
const BOOTSTRAP = `(function () {
  var config = JSON.parse(document.getElementById('graphiql-config').textContent);
  var fetcher = GraphiQL.createFetcher({ url: new URL(config.endpoint, location.href).toString() });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: config.defaultQuery, defaultEditorToolsVisibility: true }),
  );
})();
`;

/** JSON inside <script> must not be able to close the tag. */
const scriptSafeJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

function page(defaultQuery: string, endpoint: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${GRAPHIQL_TITLE}</title>
<link rel="stylesheet" href="${GRAPHIQL_ASSETS}/graphiql.min.css">
<style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="graphiql">正在加载 GraphiQL…</div>
<script type="application/json" id="graphiql-config">${scriptSafeJson({ endpoint, defaultQuery })}</script>
<script src="${GRAPHIQL_ASSETS}/react.production.min.js"></script>
<script src="${GRAPHIQL_ASSETS}/react-dom.production.min.js"></script>
<script src="${GRAPHIQL_ASSETS}/graphiql.min.js"></script>
<script src="${GRAPHIQL_ASSETS}/hub-graphiql.js"></script>
</body>
</html>
`;
}

/**
 * GraphiQL at the GraphQL path for browsers (a GET that prefers HTML and carries no `query`), and its
 * assets under `/assets/graphiql/`. Other GETs fall through to GraphQL over HTTP.
 */
export function graphiqlRoutes({ endpoint, defaultQuery }: { endpoint: string; defaultQuery: string }): Router {
  const router = Router();
  const html = page(defaultQuery, endpoint);
  const files = Object.fromEntries(Object.entries(ASSET_FILES).map(([name, locate]) => [name, locate()]));

  router.get(endpoint, (req, res, next) => {
    const wantsHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (!wantsHtml || req.query.query !== undefined) return next();
    res.type('html').setHeader('cache-control', 'no-cache');
    res.send(html);
  });
  router.get(`${GRAPHIQL_ASSETS}/hub-graphiql.js`, (_req, res) => {
    res.type('application/javascript').setHeader('cache-control', 'no-cache');
    res.send(BOOTSTRAP);
  });
  router.get(`${GRAPHIQL_ASSETS}/:file`, (req, res, next) => {
    const file = Object.hasOwn(files, req.params.file) ? files[req.params.file] : undefined;
    if (!file) return next();
    res.sendFile(file, { maxAge: '1d' });
  });
  return router;
}
