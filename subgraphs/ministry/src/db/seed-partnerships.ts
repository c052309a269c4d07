import { demoIds } from '../../../demo-ids.js';
import type { ministryCommitments, partnerships, signatories } from './schema.js';

// The April 2018 Tangier framework convention as the agreement states it, plus a demo second
// convention. Signatories are recorded by office, with the person's name where the source
// publishes it: the article on the Tangier signing names both signatories.

const seedId = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const tangier = demoIds.partnership.tangier2018;
const oriental = demoIds.partnership.oriental;

const MINISTER = {
  fr: "Ministre délégué auprès du Chef du Gouvernement chargé de la Réforme de l'Administration et de la Fonction publique",
  ar: 'الوزير المنتدب لدى رئيس الحكومة المكلف بإصلاح الإدارة وبالوظيفة العمومية',
};

export const partnershipRows: (typeof partnerships.$inferInsert)[] = [
  {
    id: tangier,
    regionCode: 'MA-01',
    titleFr:
      "Convention-cadre de partenariat entre le Conseil de la Région Tanger-Tétouan-Al Hoceïma et le Ministère délégué auprès du Chef du Gouvernement chargé de la Réforme de l'Administration et de la Fonction publique",
    titleAr:
      'اتفاقية إطار للشراكة بين مجلس جهة طنجة تطوان الحسيمة والوزارة المنتدبة لدى رئيس الحكومة المكلفة بإصلاح الإدارة وبالوظيفة العمومية',
    summaryFr:
      "Accompagnement du Conseil régional dans la modernisation de son administration : gestion des ressources humaines, administration électronique, simplification des procédures et accueil des usagers.",
    summaryAr:
      'مواكبة مجلس الجهة في تحديث إدارته: تدبير الموارد البشرية، والإدارة الإلكترونية، وتبسيط المساطر، واستقبال المرتفقين.',
    signedIn: '2018-04',
    signedAt: 'Tanger',
    objectives: [
      { fr: 'Moderniser la gestion des ressources humaines', ar: 'تحديث تدبير الموارد البشرية' },
      { fr: "Développer l'administration électronique et les systèmes d'information", ar: 'تطوير الإدارة الإلكترونية ونظم المعلومات' },
      { fr: 'Simplifier les procédures administratives', ar: 'تبسيط المساطر الإدارية' },
      { fr: "Améliorer l'accueil des citoyens et des usagers", ar: 'تحسين استقبال المواطنين والمرتفقين' },
    ],
  },
  {
    id: oriental,
    regionCode: 'MA-02',
    titleFr:
      "Convention de partenariat (démo) entre le Conseil de la Région de l'Oriental et le Ministère délégué chargé de la Réforme de l'Administration et de la Fonction publique",
    titleAr: 'اتفاقية شراكة (بيانات تجريبية) بين مجلس جهة الشرق والوزارة المنتدبة المكلفة بإصلاح الإدارة وبالوظيفة العمومية',
    summaryFr: "Données de démonstration : la démarche de Tanger généralisée à la Région de l'Oriental.",
    summaryAr: 'بيانات تجريبية: تعميم تجربة طنجة على جهة الشرق.',
    signedIn: '2019-11',
    signedAt: 'Oujda',
    objectives: [
      { fr: 'Moderniser la gestion des ressources humaines (démo)', ar: 'تحديث تدبير الموارد البشرية (تجريبي)' },
      { fr: 'Simplifier les procédures administratives (démo)', ar: 'تبسيط المساطر الإدارية (تجريبي)' },
      { fr: "Améliorer l'accueil des usagers (démo)", ar: 'تحسين استقبال المرتفقين (تجريبي)' },
    ],
  },
];

export const signatoryRows: (typeof signatories.$inferInsert)[] = [
  {
    id: seedId('0a100000', 1),
    partnershipId: tangier,
    party: 'REGION',
    name: 'Ilyas El Omari',
    titleFr: 'Président du Conseil de la Région Tanger-Tétouan-Al Hoceïma',
    titleAr: 'رئيس مجلس جهة طنجة تطوان الحسيمة',
    position: 1,
  },
  { id: seedId('0a100000', 2), partnershipId: tangier, party: 'MINISTRY', name: 'Mohamed Benabdelkader', titleFr: MINISTER.fr, titleAr: MINISTER.ar, position: 2 },
  {
    id: seedId('0a100000', 3),
    partnershipId: oriental,
    party: 'REGION',
    name: null,
    titleFr: "Président du Conseil de la Région de l'Oriental",
    titleAr: 'رئيس مجلس جهة الشرق',
    position: 1,
  },
  { id: seedId('0a100000', 4), partnershipId: oriental, party: 'MINISTRY', name: null, titleFr: MINISTER.fr, titleAr: MINISTER.ar, position: 2 },
];

// Statuses and due dates are demo values; the descriptions of the Tangier commitments follow
// the agreement, except the third, which is marked as demo.
export const ministryCommitmentRows: (typeof ministryCommitments.$inferInsert)[] = [
  {
    id: seedId('0a200000', 1),
    partnershipId: tangier,
    descriptionFr:
      "Mettre à la disposition du Conseil régional ses programmes et ses expériences (bonnes pratiques) en matière de modernisation de l'administration",
    descriptionAr: 'وضع برامجها وتجاربها (الممارسات الجيدة) في مجال تحديث الإدارة رهن إشارة مجلس الجهة',
    status: 'DONE',
    dueOn: null,
    position: 1,
  },
  {
    id: seedId('0a200000', 2),
    partnershipId: tangier,
    descriptionFr: 'Mettre à disposition des experts pour former et accompagner les cadres et responsables régionaux',
    descriptionAr: 'توفير خبراء لتكوين ومواكبة أطر ومسؤولي الجهة',
    status: 'IN_PROGRESS',
    dueOn: null,
    position: 2,
  },
  {
    id: seedId('0a200000', 3),
    partnershipId: tangier,
    descriptionFr: 'Généraliser la démarche aux autres régions (démo)',
    descriptionAr: 'تعميم التجربة على باقي الجهات (تجريبي)',
    status: 'PLANNED',
    dueOn: '2024-12-31',
    position: 3,
  },
  {
    id: seedId('0a200000', 4),
    partnershipId: oriental,
    descriptionFr: 'Partager les programmes et bonnes pratiques du ministère (démo)',
    descriptionAr: 'تقاسم برامج الوزارة وممارساتها الجيدة (تجريبي)',
    status: 'IN_PROGRESS',
    dueOn: '2021-06-30',
    position: 1,
  },
  {
    id: seedId('0a200000', 5),
    partnershipId: oriental,
    descriptionFr: 'Détacher des experts auprès du Conseil régional (démo)',
    descriptionAr: 'وضع خبراء رهن إشارة مجلس الجهة (تجريبي)',
    status: 'DELAYED',
    dueOn: '2020-12-31',
    position: 2,
  },
];
