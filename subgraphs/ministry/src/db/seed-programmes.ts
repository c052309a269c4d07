import { demoIds } from '../../../demo-ids.js';
import type { bestPracticeAdoptions, bestPractices, practiceApplications, programmeRegions, programmes } from './schema.js';

// Demo programmes and best practices (titles marked "(démo)" where they could pass for real
// ministry programmes); practice applications point at the region subgraph's demo procedures.

const seedId = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [p1, p2, p3, p4] = demoIds.programme;
const [d1, d2, d3, d4, d5, d6] = demoIds.procedure;

export const programmeRows: (typeof programmes.$inferInsert)[] = [
  {
    id: p1, code: 'PRG-RH-2018', theme: 'HR_MANAGEMENT', startsOn: '2018-05-01', endsOn: '2021-12-31',
    titleFr: 'Modernisation de la gestion des ressources humaines (démo)', titleAr: 'تحديث تدبير الموارد البشرية (تجريبي)',
    objectives: [
      { fr: 'Doter le Conseil d’un référentiel des emplois et des compétences', ar: 'تزويد المجلس بمرجع للوظائف والكفاءات' },
      { fr: 'Mettre en place la gestion prévisionnelle des effectifs', ar: 'إرساء التدبير التوقعي للموارد البشرية' },
    ],
  },
  {
    id: p2, code: 'PRG-EADM-2019', theme: 'E_ADMINISTRATION', startsOn: '2019-01-01', endsOn: '2022-12-31',
    titleFr: 'Administration électronique régionale (démo)', titleAr: 'الإدارة الإلكترونية الجهوية (تجريبي)',
    objectives: [
      { fr: 'Dématérialiser le courrier et les circuits de validation', ar: 'رقمنة المراسلات ومسارات المصادقة' },
      { fr: 'Proposer le suivi des demandes en ligne', ar: 'تمكين المرتفقين من تتبع طلباتهم عبر الإنترنت' },
    ],
  },
  {
    id: p3, code: 'PRG-SIMP-2019', theme: 'PROCEDURE_SIMPLIFICATION', startsOn: '2019-03-01', endsOn: null,
    titleFr: 'Simplification des procédures administratives (démo)', titleAr: 'تبسيط المساطر الإدارية (تجريبي)',
    objectives: [
      { fr: 'Inventorier et publier les procédures', ar: 'جرد المساطر ونشرها' },
      { fr: 'Réduire les pièces demandées et les délais', ar: 'تقليص الوثائق المطلوبة والآجال' },
    ],
  },
  {
    id: p4, code: 'PRG-ACC-2020', theme: 'RECEPTION_QUALITY', startsOn: '2020-01-01', endsOn: '2023-06-30',
    titleFr: "Amélioration de l'accueil des usagers (démo)", titleAr: 'تحسين استقبال المرتفقين (تجريبي)',
    objectives: [{ fr: "Organiser l'accueil et l'orientation des usagers", ar: 'تنظيم استقبال المرتفقين وتوجيههم' }],
  },
];

export const programmeRegionRows: (typeof programmeRegions.$inferInsert)[] = [
  { programmeId: p1, regionCode: 'MA-01', enrolledOn: '2018-05-15' },
  { programmeId: p2, regionCode: 'MA-01', enrolledOn: '2019-01-20' },
  { programmeId: p3, regionCode: 'MA-01', enrolledOn: '2019-03-10' },
  { programmeId: p4, regionCode: 'MA-01', enrolledOn: '2020-02-01' },
  { programmeId: p1, regionCode: 'MA-02', enrolledOn: '2019-12-01' },
  { programmeId: p3, regionCode: 'MA-02', enrolledOn: '2020-06-15' },
  { programmeId: p4, regionCode: 'MA-02', enrolledOn: '2021-02-01' },
];

const bp = Array.from({ length: 8 }, (_, index) => seedId('0e000000', index + 1)) as [
  string, string, string, string, string, string, string, string,
];
type Practice = typeof bestPractices.$inferInsert;
const practice = (
  n: number,
  theme: Practice['theme'],
  programmeId: string | null,
  [titleFr, titleAr]: [string, string],
  [summaryFr, summaryAr]: [string, string],
  origin: string,
  outcomes: string | null,
  publishedOn: string,
): Practice => ({ id: seedId('0e000000', n), theme, programmeId, titleFr, titleAr, summaryFr, summaryAr, origin, outcomes, publishedOn });

export const bestPracticeRows: Practice[] = [
  practice(1, 'HR_MANAGEMENT', p1,
    ['Référentiel des emplois et des compétences (REC)', 'المرجع للوظائف والكفاءات'],
    ['Décrire chaque emploi et les compétences qu’il requiert, pour recruter, former et évaluer sur une base commune.', 'وصف كل وظيفة والكفاءات التي تتطلبها، من أجل التوظيف والتكوين والتقييم على أساس مشترك.'],
    'Départements ministériels (démo)', 'Fiches emplois utilisées pour les recrutements (démo).', '2018-06-01'),
  practice(2, 'HR_MANAGEMENT', p1,
    ['Gestion prévisionnelle des effectifs, des emplois et des compétences', 'التدبير التوقعي للأعداد والوظائف والكفاءات'],
    ['Anticiper départs et besoins pour planifier recrutements et formations.', 'استباق المغادرات والحاجيات لتخطيط التوظيف والتكوين.'],
    'Ministère délégué (démo)', null, '2019-02-15'),
  practice(3, 'E_ADMINISTRATION', p2,
    ["Bureau d'ordre digital", 'مكتب الضبط الرقمي'],
    ['Enregistrer, numériser et suivre le courrier entrant et sortant.', 'تسجيل المراسلات الواردة والصادرة ورقمنتها وتتبعها.'],
    'Administration centrale (démo)', 'Délai de traitement du courrier réduit (démo).', '2019-05-20'),
  practice(4, 'E_ADMINISTRATION', p2,
    ['Suivi des demandes en ligne', 'تتبع الطلبات عبر الإنترنت'],
    ['Donner à chaque usager un numéro de dossier et l’état de sa demande en ligne.', 'منح كل مرتفق رقم ملف ووضعية طلبه عبر الإنترنت.'],
    'Région pilote (démo)', null, '2020-03-10'),
  practice(5, 'PROCEDURE_SIMPLIFICATION', p3,
    ['Fiches procédures normalisées et publiées', 'بطاقات مساطر موحدة ومنشورة'],
    ['Publier pour chaque procédure les pièces, étapes, délais et coûts.', 'نشر الوثائق والمراحل والآجال والتكاليف الخاصة بكل مسطرة.'],
    'Ministère délégué (démo)', 'Moins de dossiers incomplets (démo).', '2019-09-30'),
  practice(6, 'PROCEDURE_SIMPLIFICATION', p3,
    ['Suppression des pièces justificatives redondantes', 'حذف الوثائق الإدارية المكررة'],
    ['Ne plus demander à l’usager une pièce que l’administration détient déjà.', 'عدم مطالبة المرتفق بوثيقة تتوفر عليها الإدارة.'],
    'Départements ministériels (démo)', null, '2020-11-05'),
  practice(7, 'RECEPTION_QUALITY', p4,
    ["Charte d'accueil et guichet d'orientation", 'ميثاق الاستقبال وشباك التوجيه'],
    ['Engagements d’accueil affichés et un guichet qui oriente chaque visiteur.', 'التزامات استقبال معلنة وشباك يوجه كل زائر.'],
    'Région pilote (démo)', 'Temps d’attente mesuré et affiché (démo).', '2021-01-25'),
  practice(8, 'DIGITAL_SKILLS', null,
    ['Plan de formation aux compétences numériques', 'مخطط التكوين في الكفاءات الرقمية'],
    ['Former tous les agents aux outils numériques de base, par niveaux.', 'تكوين جميع الموظفين في الأدوات الرقمية الأساسية حسب المستويات.'],
    'Ministère délégué (démo)', null, '2021-09-01'),
];

export const bestPracticeAdoptionRows: (typeof bestPracticeAdoptions.$inferInsert)[] = [
  [1, 1, 'MA-01', '2019-06-15', 'Référentiel adopté par le Conseil (démo).'],
  [2, 1, 'MA-02', '2020-11-02', null],
  [3, 2, 'MA-01', '2020-01-20', null],
  [4, 3, 'MA-01', '2019-12-10', 'Déployé dans tous les services (démo).'],
  [5, 4, 'MA-01', '2020-09-01', null],
  [6, 4, 'MA-02', '2021-10-15', null],
  [7, 5, 'MA-01', '2020-02-28', null],
  [8, 5, 'MA-02', '2021-03-01', null],
  [9, 6, 'MA-01', '2021-02-01', null],
  [10, 7, 'MA-02', '2021-06-10', 'Guichet ouvert au siège (démo).'],
].map(([n, practiceIndex, regionCode, adoptedOn, notes]) => ({
  id: seedId('0e100000', n as number),
  bestPracticeId: seedId('0e000000', practiceIndex as number),
  regionCode: regionCode as string,
  adoptedOn: adoptedOn as string,
  notes: notes as string | null,
}));

export const practiceApplicationRows: (typeof practiceApplications.$inferInsert)[] = [
  { procedureId: d1, bestPracticeId: bp[3], regionCode: 'MA-01' },
  { procedureId: d1, bestPracticeId: bp[4], regionCode: 'MA-01' },
  { procedureId: d2, bestPracticeId: bp[3], regionCode: 'MA-01' },
  { procedureId: d2, bestPracticeId: bp[5], regionCode: 'MA-01' },
  { procedureId: d3, bestPracticeId: bp[4], regionCode: 'MA-01' },
  { procedureId: d4, bestPracticeId: bp[4], regionCode: 'MA-01' },
  { procedureId: d5, bestPracticeId: bp[5], regionCode: 'MA-01' },
  { procedureId: d6, bestPracticeId: bp[6], regionCode: 'MA-01' },
];
