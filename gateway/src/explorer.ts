import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { repositoryRoot } from './paths.js';

// The explorer: GraphiQL, served by the gateway from its own npm packages (no CDN: it works
// with no network at all), with a header editor for the bearer token and README's example
// queries as tabs. On in development, off in production unless GATEWAY_EXPLORER=true.

const require = createRequire(import.meta.url);
// Their `exports` do not list the browser builds: found from each package's root.
const fileIn = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

/** The files the page loads, each from the npm package that ships it. */
const assets: Record<string, { file: string; type: string }> = {
  'react.js': { file: fileIn('react', 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.js': { file: fileIn('react-dom', 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.js': { file: fileIn('graphiql', 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.css': { file: fileIn('graphiql', 'graphiql.min.css'), type: 'text/css' },
};

/** README's example queries (the ```graphql blocks of "Example queries"), as tabs. */
function readmeTabs(): { query: string }[] {
  const readme = path.join(repositoryRoot, 'README.md');
  if (!existsSync(readme)) return [];
  const text = readFileSync(readme, 'utf8');
  const start = text.indexOf('\n## Example queries');
  if (start < 0) return [];
  const end = text.indexOf('\n## ', start + 1);
  const section = text.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => ({ query: match[1]!.trim() }));
}

function page(graphqlPath: string): string {
  const tabs = JSON.stringify(readmeTabs()).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Passerelle — explorer</title>
<link rel="stylesheet" href="/explorer/assets/graphiql.css">
<style>html, body, #explorer { height: 100%; margin: 0; }</style>
</head>
<body>
<div id="explorer">Loading the explorer…</div>
<script src="/explorer/assets/react.js"></script>
<script src="/explorer/assets/react-dom.js"></script>
<script src="/explorer/assets/graphiql.js"></script>
<script>
  // No token: the public role. To act as a role, put { "authorization": "Bearer <token>" } in
  // the Headers tab (npm run token -- --role ministry-analyst).
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)}, headers: { 'apollo-require-preflight': 'true' } });
  const tabs = ${tabs};
  ReactDOM.createRoot(document.getElementById('explorer')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultTabs: tabs.length ? tabs : undefined,
      defaultEditorToolsVisibility: 'headers',
      shouldPersistHeaders: false,
    }),
  );
</script>
</body>
</html>`;
}

/** `/explorer` and its assets. */
export function explorerRouter(graphqlPath = '/graphql'): Router {
  const router = express.Router();
  const html = page(graphqlPath);
  router.get('/explorer', (_request, response) => {
    response.type('html').send(html);
  });
  router.get('/explorer/assets/:name', (request, response, next) => {
    const asset = assets[request.params.name];
    if (!asset) return next();
    response.type(asset.type).set('cache-control', 'public, max-age=86400').sendFile(asset.file);
  });
  return router;
}

/** Mounted on /graphql: a browser's GET asking for a page (not an operation) goes to /explorer. */
export const browsersToExplorer: RequestHandler = (request, response, next) => {
  const wantsPage = request.method === 'GET' && request.accepts(['application/json', 'text/html']) === 'text/html' && request.query.query === undefined;
  if (wantsPage) return response.redirect(302, '/explorer');
  return next();
};
