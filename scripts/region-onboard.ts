// `npm run region:onboard -- --region MA-03 --from <folder> [--dry-run]`: brings a region's
// records (staff, documents with their files, procedures, the convention, the region's
// commitments and action plan) to what an onboarding bundle says, through the gateway. The
// whole bundle is checked first; any problem is printed as file:line:column and nothing is
// written. Then each record is created, updated or left alone by its natural key, so a run
// can be repeated. The bundle format: templates/region-bundle/README.md.
import './../gateway/src/telemetry-off.js';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { applyBundle, type Report } from './onboard/apply.js';
import { WriteRefused } from './onboard/graphql-client.js';
import { formatProblem, readBundle } from './onboard/read-bundle.js';
import { mintDevToken } from './token.js';

const USAGE = `Usage: npm run region:onboard -- --region MA-03 --from <bundle folder> [--dry-run]
  [--gateway http://127.0.0.1:4000/graphql] [--token <region-hr of the region>] [--ministry-token <ministry-admin>]
Without tokens, development ones are signed with npm start's secret (as npm run token does).`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      region: { type: 'string' },
      from: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      gateway: { type: 'string', default: process.env.PASSERELLE_GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql' },
      token: { type: 'string' },
      'ministry-token': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help || !values.region || !values.from) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const folder = path.resolve(values.from);
  const { bundle, problems } = readBundle(folder, values.region);
  if (!bundle) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\n${problems.length} problem(s) in ${folder}; nothing was written. Fix them and run again.`);
    return 1;
  }
  const regionToken = values.token ?? (await mintDevToken({ role: 'region-hr', region: values.region, subject: `onboarding-${values.region}` }));
  const ministryToken = values['ministry-token'] ?? (values.token ? undefined : await mintDevToken({ role: 'ministry-admin', subject: 'onboarding-ministry' }));
  const bar = process.stderr.isTTY ? new SingleBar({ format: ' {bar} {value}/{total} {label}', hideCursor: true }, Presets.shades_classic) : undefined;
  let started = false;
  let report: Report;
  try {
    report = await applyBundle(bundle, {
      gatewayUrl: values.gateway,
      regionToken,
      ministryToken,
      dryRun: values['dry-run'],
      onStep: (done, total, label) => {
        if (!bar) return;
        if (!started) bar.start(total, 0, { label });
        started = true;
        bar.update(done, { label: label.slice(0, 60) });
      },
    });
  } catch (error) {
    bar?.stop();
    if (error instanceof WriteRefused || error instanceof Error) console.error(`\nStopped: ${error.message}`);
    console.error('What was written before stays (each record is its own transaction); fix the bundle and run again: a re-run skips what is already there.');
    return 1;
  }
  bar?.stop();
  console.log(`\n${values['dry-run'] ? 'Would change (dry run, nothing written)' : 'Onboarded'} ${values.region} from ${folder}:`);
  console.log('| records | created | updated | unchanged |\n|---|---|---|---|');
  for (const [kind, counts] of Object.entries(report)) console.log(`| ${kind} | ${counts.created} | ${counts.updated} | ${counts.unchanged} |`);
  console.log(`\nThe region's HR acts with a region-hr token:\n  TOKEN=$(npm run -s token -- --role region-hr --region ${values.region} --subject rh@${values.region.toLowerCase()}.example)`);
  return 0;
}

process.exitCode = await main();
