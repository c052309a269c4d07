import type { Bundle } from './read-bundle.js';
import type { GatewayClient } from './graphql-client.js';
import type { Outcome } from './apply.js';

/** One write of the run, with the bundle line it comes from. */
export interface Step {
  label: string;
  source: string;
  run(): Promise<unknown>;
}

/** What the run does for one record of the bundle. */
export interface RecordPlan {
  kind: string;
  outcome: Outcome;
  steps: Step[];
}

const PAGE = `pageInfo { hasNextPage endCursor }`;
const sameList = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify([...a].sort()) === JSON.stringify([...b].sort());
const sameOrdered = (a: readonly unknown[], b: readonly unknown[]) => JSON.stringify(a) === JSON.stringify(b);
/** Only the fields whose value differs; an empty object means nothing to change. */
function differences(wanted: Record<string, unknown>, current: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(wanted).filter(([key, value]) => JSON.stringify(value ?? null) !== JSON.stringify((current as Record<string, unknown>)[key] ?? null)));
}
const plan = (kind: string, outcome: Outcome, steps: Step[] = []): RecordPlan => ({ kind, outcome, steps });

interface StaffNode { id: string; fullName: string; grade: string | null; scale: number | null; corps: string | null; department: string | null; jobTitle: string | null; competencies: string[] | null; contact: { email: string | null; phone: string | null } | null; version: number }

export async function planStaff(bundle: Bundle, client: GatewayClient, regionCode: string): Promise<RecordPlan[]> {
  const file = bundle.manifest.files.staff;
  if (bundle.rows.staff.length === 0) return [];
  const existing = await client.all<StaffNode>(
    `query($region: ID!, $after: String) { staffMembers(first: 100, after: $after, filter: { regionCode: $region }) { edges { node {
      id fullName grade scale corps department jobTitle competencies contact { email phone } version } } ${PAGE} } }`,
    { region: regionCode },
    (data) => data.staffMembers,
  );
  const byName = new Map(existing.map((node) => [node.fullName, node]));
  return bundle.rows.staff.map((row) => {
    const source = `${file}:${row.line}`;
    const wanted = { grade: row.grade, scale: row.scale ?? null, corps: row.corps, department: row.department, jobTitle: row.job_title };
    const contact = row.email || row.phone ? { email: row.email ?? null, phone: row.phone ?? null } : null;
    const current = byName.get(row.full_name);
    if (!current) {
      return plan('staff', 'created', [{
        label: `staff member ${row.full_name}`,
        source,
        run: () => client.request(`mutation($input: CreateStaffMemberInput!) { createStaffMember(input: $input) { id } }`, {
          input: { regionCode, fullName: row.full_name, ...wanted, competencies: row.competencies, ...(contact ? { contact } : {}) },
        }),
      }]);
    }
    const changes = differences(wanted, current);
    if (!sameList(row.competencies, current.competencies ?? [])) changes.competencies = row.competencies;
    if (JSON.stringify(contact) !== JSON.stringify(current.contact?.email || current.contact?.phone ? current.contact : null)) changes.contact = contact;
    if (Object.keys(changes).length === 0) return plan('staff', 'unchanged');
    return plan('staff', 'updated', [{
      label: `staff member ${row.full_name} (${Object.keys(changes).join(', ')})`,
      source,
      run: () => client.request(`mutation($input: UpdateStaffMemberInput!) { updateStaffMember(input: $input) { id } }`, {
        input: { id: current.id, expectedVersion: current.version, ...changes },
      }),
    }]);
  });
}

interface ProcedureNode { id: string; name: { fr: string; ar: string | null }; steps: { fr: string }[]; requiredDocuments: { fr: string }[]; processingDays: number | null; costMad: number; digitisation: string; citizenNeed: { fr: string } | null; theme: string | null; version: number }

export async function planProcedures(bundle: Bundle, client: GatewayClient, regionCode: string): Promise<RecordPlan[]> {
  const file = bundle.manifest.files.procedures;
  if (bundle.rows.procedures.length === 0) return [];
  const existing = await client.all<ProcedureNode>(
    `query($region: ID!, $after: String) { procedures(first: 100, after: $after, filter: { regionCode: $region }) { edges { node {
      id name { fr ar } steps { fr } requiredDocuments { fr } processingDays costMad digitisation citizenNeed { fr } theme version } } ${PAGE} } }`,
    { region: regionCode },
    (data) => data.procedures,
  );
  const byName = new Map(existing.map((node) => [node.name.fr, node]));
  const note = 'Recorded from the onboarding bundle';
  return bundle.rows.procedures.map((row) => {
    const source = `${file}:${row.line}`;
    const current = byName.get(row.name_fr);
    const texts = (list: string[]) => list.map((fr) => ({ fr }));
    if (!current) {
      return plan('procedures', 'created', [{
        label: `procedure ${row.name_fr}`,
        source,
        run: () => client.request(`mutation($input: CreateProcedureInput!) { createProcedure(input: $input) { id } }`, {
          input: {
            regionCode, name: { fr: row.name_fr, ar: row.name_ar ?? null }, digitisation: row.digitisation, processingDays: row.processing_days ?? null, costMad: row.cost_mad,
            theme: row.theme ?? null, steps: texts(row.steps_fr), requiredDocuments: texts(row.required_documents_fr), citizenNeed: row.citizen_need_fr ? { fr: row.citizen_need_fr } : null,
          },
        }),
      }]);
    }
    const changes: Record<string, unknown> = differences({ processingDays: row.processing_days ?? null, costMad: row.cost_mad, theme: row.theme ?? null }, current);
    if (row.name_ar !== undefined && row.name_ar !== current.name.ar) changes.name = { fr: row.name_fr, ar: row.name_ar };
    if (!sameOrdered(row.steps_fr, current.steps.map((step) => step.fr))) changes.steps = texts(row.steps_fr);
    if (!sameOrdered(row.required_documents_fr, current.requiredDocuments.map((item) => item.fr))) changes.requiredDocuments = texts(row.required_documents_fr);
    if ((row.citizen_need_fr ?? null) !== (current.citizenNeed?.fr ?? null)) changes.citizenNeed = row.citizen_need_fr ? { fr: row.citizen_need_fr } : null;
    const steps: Step[] = [];
    let version = current.version;
    if (Object.keys(changes).length > 0) {
      steps.push({
        label: `procedure ${row.name_fr} (${Object.keys(changes).join(', ')})`,
        source,
        run: async () => {
          const data = await client.request(`mutation($input: UpdateProcedureInput!) { updateProcedure(input: $input) { version } }`, { input: { procedureId: current.id, expectedVersion: version, ...changes } });
          version = data.updateProcedure.version;
        },
      });
    }
    if (row.digitisation !== current.digitisation) {
      steps.push({
        label: `procedure ${row.name_fr}: digitisation ${current.digitisation} → ${row.digitisation}`,
        source,
        run: () => client.request(`mutation($input: RecordProcedureDigitisationInput!) { recordProcedureDigitisation(input: $input) { id } }`, {
          input: { procedureId: current.id, expectedVersion: version, digitisation: row.digitisation, note },
        }),
      });
    }
    return plan('procedures', steps.length > 0 ? 'updated' : 'unchanged', steps);
  });
}

interface DocumentNode { id: string; kind: string; title: { fr: string }; version: number; published: boolean; file: { sha256: string } | null }

export async function planDocuments(bundle: Bundle, client: GatewayClient, regionCode: string, partnershipId: () => string | undefined): Promise<RecordPlan[]> {
  const file = bundle.manifest.files.documents;
  if (bundle.rows.documents.length === 0) return [];
  const existing = await client.all<DocumentNode>(
    `query($region: ID!, $after: String) { documents(first: 100, after: $after, filter: { regionCode: $region, latestOnly: true }) { edges { node {
      id kind title { fr } version published file { sha256 } } } ${PAGE} } }`,
    { region: regionCode },
    (data) => data.documents,
  );
  const byKey = new Map(existing.map((node) => [`${node.kind}\u0000${node.title.fr}`, node]));
  return bundle.rows.documents.map((row) => {
    const source = `${file}:${row.line}`;
    const bytes = bundle.files.get(row.line);
    const current = byKey.get(`${row.kind}\u0000${row.title_fr}`);
    const upload = (id: () => string): Step[] => (bytes ? [{ label: `file ${bytes.name}`, source, run: () => client.upload(id(), bytes) }] : []);
    let id = current?.id ?? '';
    if (!current) {
      return plan('documents', 'created', [
        {
          label: `document ${row.title_fr}`,
          source,
          run: async () => {
            const under = row.under_partnership ? partnershipId() : undefined;
            const data = await client.request(`mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`, {
              input: { regionCode, kind: row.kind, title: { fr: row.title_fr, ar: row.title_ar ?? null }, language: row.language, publish: row.published, ...(under ? { partnershipId: under } : {}) },
            });
            id = data.createDocument.id;
          },
        },
        ...upload(() => id),
      ]);
    }
    const steps: Step[] = [];
    // A version's file is set once: different bytes make a new version (published as the row says).
    const addsVersion = Boolean(bytes && current.file && current.file.sha256 !== bytes.sha256);
    if (bytes && current.file?.sha256 !== bytes.sha256) {
      if (addsVersion) {
        steps.push({
          label: `document ${row.title_fr}: version ${current.version + 1} for a new file`,
          source,
          run: async () => {
            const data = await client.request(`mutation($input: AddDocumentVersionInput!) { addDocumentVersion(input: $input) { id } }`, {
              input: { documentId: current.id, expectedVersion: current.version, publish: row.published },
            });
            id = data.addDocumentVersion.id;
          },
        });
      }
      steps.push(...upload(() => id));
    }
    if (row.published && !current.published && !addsVersion) {
      steps.push({
        label: `document ${row.title_fr}: publish`,
        source,
        run: () => client.request(`mutation($input: PublishDocumentInput!) { publishDocument(input: $input) { id } }`, { input: { documentId: current.id, expectedVersion: current.version } }),
      });
    }
    return plan('documents', steps.length > 0 ? 'updated' : 'unchanged', steps);
  });
}
