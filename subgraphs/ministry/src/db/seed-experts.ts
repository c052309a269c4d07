import { demoIds } from '../../../demo-ids.js';
import type { expertAssignments, experts } from './schema.js';

// Demo experts: invented names, marked "(démo)"; no real person's details.

const seedId = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [e1, e2, e3, e4, e5, e6, e7, e8] = demoIds.expert;
const MINISTRY = "Ministère délégué chargé de la Réforme de l'Administration (démo)";

export const expertRows: (typeof experts.$inferInsert)[] = [
  { id: e1, fullName: 'Nadia El Amrani (démo)', organisation: MINISTRY, specialties: ['HR_MANAGEMENT', 'TRAINING_ENGINEERING'], languages: ['fr', 'ar'], bio: 'Experte en référentiels des emplois et des compétences (profil de démonstration).' },
  { id: e2, fullName: 'Youssef Benjelloun (démo)', organisation: MINISTRY, specialties: ['E_ADMINISTRATION', 'DIGITAL_SKILLS'], languages: ['fr', 'ar', 'en'], bio: "Chef de projets de systèmes d'information publics (profil de démonstration)." },
  { id: e3, fullName: 'Karima Tazi (démo)', organisation: MINISTRY, specialties: ['PROCEDURE_SIMPLIFICATION'], languages: ['fr', 'ar'], bio: 'Spécialiste de la simplification des procédures (profil de démonstration).' },
  { id: e4, fullName: 'Hicham Alaoui (démo)', organisation: MINISTRY, specialties: ['RECEPTION_QUALITY', 'PUBLIC_ETHICS'], languages: ['ar', 'fr', 'es'], bio: "Conseiller en qualité de l'accueil (profil de démonstration)." },
  { id: e5, fullName: 'Leila Chraibi (démo)', organisation: "Cabinet d'accompagnement RH (démo)", specialties: ['HR_MANAGEMENT'], languages: ['fr', 'ar', 'en'], bio: 'Consultante en gestion prévisionnelle des emplois (profil de démonstration).' },
  { id: e6, fullName: 'Omar Idrissi (démo)', organisation: MINISTRY, specialties: ['E_ADMINISTRATION'], languages: ['fr', 'ar', 'zgh'], bio: 'Architecte de services en ligne (profil de démonstration).' },
  { id: e7, fullName: 'Samira Ouazzani (démo)', organisation: 'Institut de formation administrative (démo)', specialties: ['TRAINING_ENGINEERING', 'DIGITAL_SKILLS'], languages: ['fr', 'ar'], bio: 'Ingénieure de formation (profil de démonstration).' },
  { id: e8, fullName: 'Rachid Berrada (démo)', organisation: MINISTRY, specialties: ['PUBLIC_ETHICS', 'PROCEDURE_SIMPLIFICATION'], languages: ['ar', 'fr', 'en'], bio: 'Pas encore de mission : montre un expert sans affectation (profil de démonstration).' },
];

type Assignment = typeof expertAssignments.$inferInsert;
const assignment = (
  n: number,
  expertId: string,
  regionCode: string,
  theme: Assignment['theme'],
  [missionFr, missionAr]: [string, string],
  startsOn: string,
  endsOn: string | null,
): Assignment => ({ id: seedId('0c100000', n), expertId, regionCode, theme, missionFr, missionAr, startsOn, endsOn });

export const expertAssignmentRows: Assignment[] = [
  assignment(1, e1, 'MA-01', 'HR_MANAGEMENT', ["Accompagnement à l'élaboration du référentiel des emplois et des compétences", 'المواكبة في إعداد المرجع الجهوي للوظائف والكفاءات'], '2018-09-01', '2019-06-30'),
  assignment(2, e1, 'MA-02', 'HR_MANAGEMENT', ['Appui au diagnostic des ressources humaines du Conseil régional', 'دعم تشخيص الموارد البشرية لمجلس الجهة'], '2020-01-15', '2020-07-31'),
  assignment(3, e2, 'MA-01', 'E_ADMINISTRATION', ["Conception du bureau d'ordre digital", 'تصميم مكتب الضبط الرقمي'], '2019-02-01', '2019-12-31'),
  assignment(4, e2, 'MA-01', 'DIGITAL_SKILLS', ['Formation des cadres aux outils numériques', 'تكوين الأطر في الأدوات الرقمية'], '2021-03-01', null),
  assignment(5, e3, 'MA-01', 'PROCEDURE_SIMPLIFICATION', ['Inventaire et simplification des procédures du Conseil', 'جرد وتبسيط مساطر المجلس'], '2019-04-01', '2020-03-31'),
  assignment(6, e3, 'MA-02', 'PROCEDURE_SIMPLIFICATION', ['Publication des fiches procédures', 'نشر بطاقات المساطر'], '2020-09-01', '2021-06-30'),
  assignment(7, e4, 'MA-01', 'RECEPTION_QUALITY', ["Mise en place d'un espace d'accueil et d'orientation", 'إحداث فضاء للاستقبال والتوجيه'], '2020-02-01', '2020-12-31'),
  assignment(8, e5, 'MA-01', 'HR_MANAGEMENT', ['Formation des responsables RH à la gestion prévisionnelle', 'تكوين مسؤولي الموارد البشرية في التدبير التوقعي'], '2019-10-01', '2020-04-30'),
  assignment(9, e6, 'MA-02', 'E_ADMINISTRATION', ['Mise en ligne du suivi des demandes', 'إطلاق خدمة تتبع الطلبات عبر الإنترنت'], '2021-01-10', '2021-12-31'),
  assignment(10, e7, 'MA-01', 'TRAINING_ENGINEERING', ['Ingénierie du plan de formation régional', 'هندسة المخطط الجهوي للتكوين'], '2018-11-01', '2019-05-31'),
  assignment(11, e4, 'MA-02', 'RECEPTION_QUALITY', ["Charte d'accueil du Conseil régional", 'ميثاق الاستقبال لمجلس الجهة'], '2021-05-01', null),
];
