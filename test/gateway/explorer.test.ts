import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraphForTest, type TestGraph } from '../support/harness.js';

// The explorer in a real browser (Debian's Chromium, installed by scripts/install-chromium.sh):
// the page loads with nothing fetched beyond loopback, runs a README query and shows its data.

let graph: TestGraph;
let browser: Browser;

beforeAll(async () => {
  const executablePath = execFileSync('bash', ['scripts/install-chromium.sh'], { encoding: 'utf8' }).trim().split('\n').pop() || '/usr/bin/chromium';
  [graph, browser] = await Promise.all([
    startGraphForTest(),
    chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] }),
  ]);
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await graph?.close();
});

describe('explorer', () => {
  it('GET /graphql from a browser leads to the explorer; API clients still get GraphQL', async () => {
    const asBrowser = await fetch(graph.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    expect(asBrowser.status).toBe(302);
    expect(asBrowser.headers.get('location')).toBe('/explorer');
    const asClient = await fetch(`${graph.url}?query=${encodeURIComponent('{ regions { totalCount } }')}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(((await asClient.json()) as any).data.regions.totalCount).toBe(12);
  });

  it('loads from loopback only, runs a README query and shows the data', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const origin = new URL(graph.url).origin;
    await page.goto(`${origin}/graphql`, { waitUntil: 'load' });
    expect(page.url()).toBe(`${origin}/explorer`);
    await page.waitForSelector('.graphiql-container', { timeout: 30_000 });
    // The first tab holds README's first example query (the partnership dashboard).
    await expect.poll(async () => page.locator('.graphiql-query-editor').innerText(), { timeout: 15_000 }).toMatch(/region\(code: "MA-01"\)/);
    await page.locator('.graphiql-execute-button').click();
    await expect.poll(async () => page.locator('.graphiql-response').innerText(), { timeout: 15_000 }).toMatch(/Tanger-Tétouan-Al Hoceïma/);
    const screenshot = path.join(tmpdir(), 'passerelle-explorer.png');
    await page.screenshot({ path: screenshot });
    const outside = requested.filter((url) => {
      const { hostname, protocol } = new URL(url);
      return !['data:', 'blob:'].includes(protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(hostname);
    });
    expect(outside).toEqual([]);
    expect(requested.some((url) => url.endsWith('/explorer/assets/graphiql.js'))).toBe(true);
    await page.close();
  });
});
