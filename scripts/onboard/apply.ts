import type { Bundle } from './read-bundle.js';
import { GatewayClient, WriteRefused } from './graphql-client.js';
import { planDocuments, planProcedures, planStaff, type Step } from './plan-records.js';
import { planPartnership, planPartnershipSide } from './plan-partnership.js';

export interface OnboardOptions {
  /** The gateway's /graphql URL. */
  gatewayUrl: string;
  /** region-hr of the bundle's region: every region write. */
  regionToken: string;
  /** ministry-admin: registers the convention when the ministry has not yet. */
  ministryToken?: string | undefined;
  /** Plan only: report what would change, write nothing. */
  dryRun?: boolean;
  /** Called before each write (a progress bar). */
  onStep?: (done: number, total: number, label: string) => void;
}

export type Outcome = 'created' | 'updated' | 'unchanged';
export type Report = Record<string, Record<Outcome, number>>;

/**
 * Brings the region's records to what the bundle says, by natural key: missing ones are
 * created, differing ones updated, equal ones left alone — so a second run writes nothing.
 * Reads everything first, then writes one record at a time through the gateway (each its own
 * transaction, with its audit row); a refused write stops the run and names the bundle line.
 */
export async function applyBundle(bundle: Bundle, options: OnboardOptions): Promise<Report> {
  const region = new GatewayClient(options.gatewayUrl, options.regionToken);
  const ministry = options.ministryToken ? new GatewayClient(options.gatewayUrl, options.ministryToken) : undefined;
  const regionCode = bundle.manifest.region;
  const report: Report = {};
  const count = (kind: string, outcome: Outcome) => {
    report[kind] ??= { created: 0, updated: 0, unchanged: 0 };
    report[kind][outcome] += 1;
  };

  // The convention comes first: the region's commitments, plan and documents point at it.
  const partnership = await planPartnership(bundle, region, ministry);
  if (bundle.manifest.partnership) count('partnership', partnership.steps.length > 0 ? 'created' : 'unchanged');
  const runSteps = async (steps: Step[], done: number, total: number) => {
    for (const step of steps) {
      options.onStep?.(done, total, step.label);
      if (!options.dryRun) {
        try {
          await step.run();
        } catch (error) {
          if (error instanceof WriteRefused) throw new WriteRefused(`${step.source}: ${step.label}: ${error.code}: ${error.message}`, error.code);
          throw error;
        }
      }
      done += 1;
    }
    return done;
  };
  let done = await runSteps(partnership.steps, 0, partnership.steps.length);

  const plans = [
    await planStaff(bundle, region, regionCode),
    await planProcedures(bundle, region, regionCode),
    await planDocuments(bundle, region, regionCode, () => partnership.resolvedId()),
    // A dry run does not register the convention: its commitments and plan would all be new.
    await planPartnershipSide(bundle, region, () => partnership.resolvedId(), !options.dryRun || partnership.steps.length === 0),
  ].flat();
  const total = done + plans.reduce((sum, plan) => sum + plan.steps.length, 0);
  for (const plan of plans) {
    count(plan.kind, plan.outcome);
    done = await runSteps(plan.steps, done, total);
  }
  options.onStep?.(total, total, 'done');
  return report;
}
