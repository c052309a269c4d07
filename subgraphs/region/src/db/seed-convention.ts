import { demoIds } from '../../../demo-ids.js';
import type { actionPlanItems, documents, regionCommitments, regionPartnerships } from './schema.js';

// The conventions this region subgraph's councils signed, their side of the commitments, the
// adopted action plans and the reference documents. MA-01's commitments follow the April 2018
// Tangier convention; statuses, due dates and everything for MA-02 are demo values.

export const seedId = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

const TANGIER = demoIds.partnership.tangier2018;
const ORIENTAL = demoIds.partnership.oriental;

export const partnershipRows: (typeof regionPartnerships.$inferInsert)[] = [
  { partnershipId: TANGIER, regionCode: 'MA-01' },
  { partnershipId: ORIENTAL, regionCode: 'MA-02' },
];

type Commitment = typeof regionCommitments.$inferInsert;

const regionUndertakings = [
  {
    fr: "Fournir les documents de référence : l'organigramme, le référentiel des emplois et des compétences (REC) et le manuel des procédures.",
    ar: 'توفير الوثائق المرجعية: الهيكل التنظيمي، والدليل المرجعي للوظائف والكفاءات، ودليل المساطر.',
  },
  {
    fr: "Mettre à disposition les ressources humaines et techniques nécessaires à la mise en œuvre du plan d'action adopté.",
    ar: 'توفير الموارد البشرية والتقنية اللازمة لتنفيذ خطة العمل المعتمدة.',
  },
  {
    fr: 'Organiser des sessions de formation au profit de ses fonctionnaires.',
    ar: 'تنظيم دورات تكوينية لفائدة موظفيه.',
  },
];

export const commitmentRows: Commitment[] = [
  ...regionUndertakings.map((text, index) => ({
    id: seedId('1f000000', index + 1),
    partnershipId: TANGIER,
    position: index + 1,
    descriptionFr: text.fr,
    descriptionAr: text.ar,
    status: (['DONE', 'IN_PROGRESS', 'DONE'] as const)[index]!,
    dueOn: ['2019-06-30', '2021-12-31', '2020-12-31'][index]!,
  })),
  ...regionUndertakings.map((text, index) => ({
    id: seedId('1f000000', 11 + index),
    partnershipId: ORIENTAL,
    position: index + 1,
    descriptionFr: text.fr,
    descriptionAr: text.ar,
    status: (['IN_PROGRESS', 'PLANNED', 'DELAYED'] as const)[index]!,
    dueOn: ['2025-06-30', '2026-12-31', '2025-12-31'][index]!,
  })),
];

type PlanItem = Omit<typeof actionPlanItems.$inferInsert, 'id' | 'partnershipId' | 'position'>;

// The action plan's four axes: modern HR management, e-administration and information systems,
// simplification of procedures, reception of citizens.
const tangierPlan: PlanItem[] = [
  { titleFr: 'Mettre en place la gestion prévisionnelle des emplois et des compétences (GPEC)', titleAr: 'إرساء التدبير التوقعي للوظائف والكفاءات', theme: 'HR_MANAGEMENT', status: 'DONE', dueOn: '2019-12-31' },
  { titleFr: "Adopter l'organigramme et le référentiel des emplois et des compétences", titleAr: 'اعتماد الهيكل التنظيمي والدليل المرجعي للوظائف والكفاءات', theme: 'HR_MANAGEMENT', status: 'DONE', dueOn: '2019-06-30' },
  { titleFr: "Déployer un système d'information de gestion des ressources humaines", titleAr: 'إرساء نظام معلوماتي لتدبير الموارد البشرية', theme: 'E_ADMINISTRATION', status: 'IN_PROGRESS', dueOn: '2021-12-31' },
  { titleFr: 'Dématérialiser le bureau d\'ordre (gestion électronique du courrier)', titleAr: 'رقمنة مكتب الضبط (التدبير الإلكتروني للبريد)', theme: 'E_ADMINISTRATION', status: 'DELAYED', dueOn: '2020-12-31' },
  { titleFr: 'Recenser, simplifier et publier les procédures administratives du Conseil', titleAr: 'جرد وتبسيط ونشر المساطر الإدارية للمجلس', theme: 'PROCEDURE_SIMPLIFICATION', status: 'IN_PROGRESS', dueOn: '2021-06-30' },
  { titleFr: "Aménager un espace d'accueil et adopter une charte d'accueil des citoyens", titleAr: 'تهيئة فضاء للاستقبال واعتماد ميثاق استقبال المواطنين', theme: 'RECEPTION_QUALITY', status: 'DONE', dueOn: '2020-06-30' },
  { titleFr: 'Mettre en place un dispositif de traitement des réclamations des usagers', titleAr: 'إرساء آلية لمعالجة شكايات المرتفقين', theme: 'RECEPTION_QUALITY', status: 'PLANNED', dueOn: '2022-06-30' },
];

const orientalPlan: PlanItem[] = [
  { titleFr: 'Élaborer le référentiel des emplois et des compétences', titleAr: 'إعداد الدليل المرجعي للوظائف والكفاءات', theme: 'HR_MANAGEMENT', status: 'IN_PROGRESS', dueOn: '2025-12-31' },
  { titleFr: 'Publier en ligne les procédures les plus demandées', titleAr: 'نشر المساطر الأكثر طلبا عبر الإنترنت', theme: 'PROCEDURE_SIMPLIFICATION', status: 'PLANNED', dueOn: '2026-06-30' },
  { titleFr: "Former les agents d'accueil", titleAr: 'تكوين أعوان الاستقبال', theme: 'RECEPTION_QUALITY', status: 'PLANNED', dueOn: '2026-03-31' },
];

export const actionPlanRows: (typeof actionPlanItems.$inferInsert)[] = [
  ...tangierPlan.map((item, index) => ({ ...item, id: seedId('2a000000', index + 1), partnershipId: TANGIER, position: index + 1 })),
  ...orientalPlan.map((item, index) => ({ ...item, id: seedId('2a000000', 101 + index), partnershipId: ORIENTAL, position: index + 1 })),
];

type DocumentRow = typeof documents.$inferInsert;
/** Version 1 of a document starts its lineage; `firstVersion` names the lineage of a later version. */
const doc = (n: number, row: Omit<DocumentRow, 'id' | 'lineageId'>, firstVersion = n): DocumentRow => ({
  id: seedId('1a000000', n),
  lineageId: seedId('1a000000', firstVersion),
  ...row,
});

export const documentRows: DocumentRow[] = [
  doc(1, { regionCode: 'MA-01', kind: 'ORGANISATION_CHART', titleFr: "Organigramme de l'administration du Conseil régional", titleAr: 'الهيكل التنظيمي لإدارة مجلس الجهة', language: 'BILINGUAL', version: 1, published: true, publishedOn: '2018-11-15', partnershipId: TANGIER }),
  doc(2, { regionCode: 'MA-01', kind: 'ORGANISATION_CHART', titleFr: "Organigramme de l'administration du Conseil régional", titleAr: 'الهيكل التنظيمي لإدارة مجلس الجهة', language: 'BILINGUAL', version: 2, published: true, publishedOn: '2021-03-01' }, 1),
  doc(3, { regionCode: 'MA-01', kind: 'JOB_SKILLS_FRAMEWORK', titleFr: 'Référentiel des emplois et des compétences (REC)', titleAr: 'الدليل المرجعي للوظائف والكفاءات', language: 'FR', version: 1, published: true, publishedOn: '2019-04-30', partnershipId: TANGIER }),
  doc(4, { regionCode: 'MA-01', kind: 'JOB_SKILLS_FRAMEWORK', titleFr: 'Référentiel des emplois et des compétences (REC)', titleAr: 'الدليل المرجعي للوظائف والكفاءات', language: 'FR', version: 2, published: false }, 3),
  doc(5, { regionCode: 'MA-01', kind: 'PROCEDURE_MANUAL', titleFr: 'Manuel des procédures administratives', titleAr: 'دليل المساطر الإدارية', language: 'BILINGUAL', version: 1, published: true, publishedOn: '2019-06-20', partnershipId: TANGIER }),
  doc(6, { regionCode: 'MA-01', kind: 'ACTION_PLAN', titleFr: "Plan d'action de modernisation de l'administration régionale 2018-2021", titleAr: 'خطة عمل تحديث الإدارة الجهوية 2018-2021', language: 'BILINGUAL', version: 1, published: true, publishedOn: '2018-07-10', partnershipId: TANGIER }),
  doc(7, { regionCode: 'MA-01', kind: 'TRAINING_PLAN', titleFr: 'Plan de formation continue 2019-2020', titleAr: 'مخطط التكوين المستمر 2019-2020', language: 'FR', version: 1, published: true, publishedOn: '2019-01-15' }),
  doc(8, { regionCode: 'MA-01', kind: 'REPORT', titleFr: "Rapport d'étape sur la mise en œuvre de la convention", titleAr: 'تقرير مرحلي حول تنفيذ الاتفاقية', language: 'AR', version: 1, published: true, publishedOn: '2020-02-28' }),
  doc(9, { regionCode: 'MA-01', kind: 'REPORT', titleFr: 'Bilan des formations 2019 (démo, brouillon)', titleAr: 'حصيلة التكوينات 2019', language: 'FR', version: 1, published: false }),
  doc(101, { regionCode: 'MA-02', kind: 'ORGANISATION_CHART', titleFr: "Organigramme de l'administration du Conseil régional de l'Oriental", titleAr: 'الهيكل التنظيمي لإدارة مجلس جهة الشرق', language: 'BILINGUAL', version: 1, published: true, publishedOn: '2024-10-01', partnershipId: ORIENTAL }),
  doc(102, { regionCode: 'MA-02', kind: 'JOB_SKILLS_FRAMEWORK', titleFr: 'Référentiel des emplois et des compétences (projet)', titleAr: 'الدليل المرجعي للوظائف والكفاءات (مشروع)', language: 'FR', version: 1, published: false }),
  doc(103, { regionCode: 'MA-02', kind: 'TRAINING_PLAN', titleFr: 'Plan de formation 2025', titleAr: 'مخطط التكوين 2025', language: 'BILINGUAL', version: 1, published: true, publishedOn: '2025-01-20' }),
];
