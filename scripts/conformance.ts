// `npm run conformance -- --gateway URL --region MA-03 --token <region-hr> [--audit-token <ministry-analyst>]
//   [--junit conformance.xml]`: checks a deployment against the published contract — the schema is
// compatible with the published client schema (schema/api.graphql), entities resolve across subgraphs, the region sees
// nothing of other regions, errors carry the documented codes, a sandboxed write (a draft
// document) round-trips and is audited. Prints a table, writes JUnit XML; exits 1 on a failure.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { junitXml, runChecks } from './conformance/checks.js';
import { mintDevToken } from './token.js';

const { values } = parseArgs({
  options: {
    gateway: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    region: { type: 'string', default: 'MA-01' },
    token: { type: 'string' },
    'audit-token': { type: 'string' },
    junit: { type: 'string', default: 'conformance.xml' },
  },
});
// Without tokens (a local graph), development ones signed with npm start's secret.
const token = values.token ?? (await mintDevToken({ role: 'region-hr', region: values.region, subject: `conformance-${values.region}` }));
const auditToken = values['audit-token'] ?? (values.token ? undefined : await mintDevToken({ role: 'ministry-analyst', subject: 'conformance-audit' }));
const target = { gatewayUrl: values.gateway, region: values.region, token, auditToken };
const results = await runChecks(target);
console.log(`\nConformance of ${values.gateway} for ${values.region}\n`);
console.log('| check | result | detail |\n|---|---|---|');
for (const result of results) console.log(`| ${result.name} | ${result.skipped ? 'skipped' : result.passed ? 'pass' : 'FAIL'} | ${result.detail.replaceAll('|', '\\|')} |`);
writeFileSync(values.junit, junitXml(results, target));
console.log(`\nJUnit XML: ${values.junit}`);
process.exitCode = results.every((result) => result.passed) ? 0 : 1;
