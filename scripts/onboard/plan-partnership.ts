import type { Bundle } from './read-bundle.js';
import type { GatewayClient } from './graphql-client.js';
import type { RecordPlan, Step } from './plan-records.js';

const STATUS_NOTE = 'Recorded from the onboarding bundle';

export interface PartnershipPlan {
  /** The registered convention, when it already is. */
  id: string | undefined;
  steps: Step[];
  /** The convention's id once the steps ran. */
  resolvedId(): string | undefined;
}

/**
 * The convention of the manifest: found among the region's by title and date of signature, or
 * registered by the ministry (a signed convention is never edited: a registered one is left as is).
 * Without one in the manifest, the region's current convention, if any.
 */
export async function planPartnership(bundle: Bundle, region: GatewayClient, ministry: GatewayClient | undefined): Promise<PartnershipPlan> {
  const wanted = bundle.manifest.partnership;
  const regionCode = bundle.manifest.region;
  if (!wanted) {
    const data = await region.request(`query($code: ID!) { region(code: $code) { partnership { id } } }`, { code: regionCode });
    const id: string | undefined = data.region?.partnership?.id;
    return { id, steps: [], resolvedId: () => id };
  }
  const data = await region.request(`query($code: ID!) { partnerships(first: 100, filter: { regionCode: $code }) { edges { node { id title { fr } signedOn signedMonth } } } }`, { code: regionCode });
  const found = (data.partnerships.edges as { node: { id: string; title: { fr: string }; signedOn: string | null; signedMonth: string } }[])
    .map((edge) => edge.node)
    // The same convention whether a side knows the day or only the month.
    .find((node) => node.title.fr === wanted.title.fr && node.signedMonth === (wanted.signedOn?.slice(0, 7) ?? wanted.signedMonth) && (!wanted.signedOn || !node.signedOn || node.signedOn === wanted.signedOn));
  if (found) return { id: found.id, steps: [], resolvedId: () => found.id };
  let id: string | undefined;
  const register: Step = {
    label: `partnership ${wanted.title.fr}`,
    source: 'manifest.json',
    run: async () => {
      if (!ministry) throw new Error(`The convention "${wanted.title.fr}" is not registered yet: the ministry registers it. Pass --ministry-token (a ministry-admin token), or ask the ministry to register it, then run again.`);
      const registered = await ministry.request(`mutation($input: RegisterPartnershipInput!) { registerPartnership(input: $input) { id } }`, { input: { regionCode, ...wanted } });
      id = registered.registerPartnership.id;
    },
  };
  return { id: undefined, steps: [register], resolvedId: () => id };
}

interface FollowedNode { id: string; text: string; status: string; version: number }

/** The region's commitments and action plan under the convention, by their French text. */
export async function planPartnershipSide(bundle: Bundle, region: GatewayClient, partnership: () => string | undefined, knownNow: boolean): Promise<RecordPlan[]> {
  const { commitments, actionPlan } = bundle.rows;
  if (commitments.length + actionPlan.length === 0) return [];
  let currentCommitments: FollowedNode[] = [];
  let currentItems: FollowedNode[] = [];
  if (knownNow) {
    const data = await region.request(`query($id: ID!) { partnership(id: $id) {
      regionCommitmentFollowUps { version commitment { id description { fr } status } }
      actionPlan { id title { fr } status version } } }`, { id: partnership() });
    currentCommitments = (data.partnership?.regionCommitmentFollowUps ?? []).map((node: { version: number; commitment: { id: string; description: { fr: string }; status: string } }) => ({ id: node.commitment.id, text: node.commitment.description.fr, status: node.commitment.status, version: node.version }));
    currentItems = (data.partnership?.actionPlan ?? []).map((node: { id: string; title: { fr: string }; status: string; version: number }) => ({ id: node.id, text: node.title.fr, status: node.status, version: node.version }));
  }
  const followed = <TRow extends { line: number; status: string }>(
    kind: string, file: string, rows: TRow[], current: FollowedNode[], textOf: (row: TRow) => string,
    add: (row: TRow) => Promise<{ id: string; version: number }>,
    update: (id: string, version: number, status: string) => Promise<unknown>,
  ): RecordPlan[] => {
    const byText = new Map(current.map((node) => [node.text, node]));
    return rows.map((row) => {
      const source = `${file}:${row.line}`;
      const existing = byText.get(textOf(row));
      if (!existing) {
        let added = { id: '', version: 1 };
        const steps: Step[] = [{ label: `${kind} ${textOf(row)}`, source, run: async () => { added = await add(row); } }];
        if (row.status !== 'PLANNED') steps.push({ label: `${kind} ${textOf(row)}: ${row.status}`, source, run: () => update(added.id, added.version, row.status) });
        return { kind, outcome: 'created', steps };
      }
      // A status moves forward only: an older bundle neither sends work back to PLANNED nor
      // reopens what is DONE or CANCELLED (reopening is a decision, made with the mutation and a note).
      if (existing.status === row.status || row.status === 'PLANNED' || existing.status === 'DONE' || existing.status === 'CANCELLED') return { kind, outcome: 'unchanged', steps: [] };
      return { kind, outcome: 'updated', steps: [{ label: `${kind} ${textOf(row)}: ${existing.status} → ${row.status}`, source, run: () => update(existing.id, existing.version, row.status) }] };
    });
  };
  if (!partnership() && knownNow) {
    throw new Error(`The bundle has ${commitments.length} commitment(s) and ${actionPlan.length} action-plan item(s) but ${bundle.manifest.region} has no convention: add "partnership" to manifest.json.`);
  }
  return [
    ...followed('commitments', bundle.manifest.files.commitments, commitments, currentCommitments, (row) => row.description_fr,
      async (row) => {
        const data = await region.request(`mutation($input: AddRegionCommitmentInput!) { addRegionCommitment(input: $input) { version commitment { id } } }`, {
          input: { partnershipId: partnership(), description: { fr: row.description_fr, ar: row.description_ar ?? null }, dueOn: row.due_on ?? null },
        });
        return { id: data.addRegionCommitment.commitment.id, version: data.addRegionCommitment.version };
      },
      (id, version, status) => region.request(`mutation($input: UpdateRegionCommitmentStatusInput!) { updateRegionCommitmentStatus(input: $input) { version } }`, {
        input: { commitmentId: id, expectedVersion: version, status, note: STATUS_NOTE },
      })),
    ...followed('action plan', bundle.manifest.files.actionPlan, actionPlan, currentItems, (row) => row.title_fr,
      async (row) => {
        const data = await region.request(`mutation($input: AddActionPlanItemInput!) { addActionPlanItem(input: $input) { id version } }`, {
          input: { partnershipId: partnership(), title: { fr: row.title_fr, ar: row.title_ar ?? null }, theme: row.theme, dueOn: row.due_on ?? null },
        });
        return data.addActionPlanItem;
      },
      (id, version, status) => region.request(`mutation($input: UpdateActionPlanItemStatusInput!) { updateActionPlanItemStatus(input: $input) { version } }`, {
        input: { actionPlanItemId: id, expectedVersion: version, status, note: STATUS_NOTE },
      })),
  ];
}
