import { demoIds } from '../../../demo-ids.js';
import type { enrollments, staffMembers, trainingSessions } from './schema.js';
import { seedId } from './seed-convention.js';

// Demo staff and training. Every name is invented and marked « (démo) »; contact details use
// the reserved .invalid domain and a phone prefix no operator assigns.

type Theme = (typeof staffMembers.$inferInsert)['competencies'] extends (infer T)[] | undefined ? T : never;
type StaffRow = typeof staffMembers.$inferInsert;
type SessionRow = typeof trainingSessions.$inferInsert;
type EnrollmentRow = typeof enrollments.$inferInsert;

const grades = {
  ADM1: { grade: 'Administrateur de 1er grade', scale: null, corps: 'Administrateurs' },
  ADM2: { grade: 'Administrateur de 2ème grade', scale: 11, corps: 'Administrateurs' },
  ADM3: { grade: 'Administrateur de 3ème grade', scale: 10, corps: 'Administrateurs' },
  ING1: { grade: "Ingénieur d'État de 1er grade", scale: 11, corps: 'Ingénieurs' },
  INGC: { grade: 'Ingénieur en chef de 1er grade', scale: null, corps: 'Ingénieurs' },
  TEC1: { grade: 'Technicien de 1er grade', scale: 10, corps: 'Techniciens' },
  TEC3: { grade: 'Technicien de 3ème grade', scale: 8, corps: 'Techniciens' },
  ADJ2: { grade: 'Adjoint administratif de 2ème grade', scale: 6, corps: 'Adjoints administratifs' },
} as const;

const departments = {
  DGS: 'Direction générale des services',
  RH: 'Division des ressources humaines',
  SI: "Division des systèmes d'information",
  BM: 'Division du budget et des marchés',
  AJ: 'Division des affaires juridiques',
  ACC: "Service de l'accueil et du bureau d'ordre",
  DEV: 'Division du développement économique',
} as const;

type Role = [keyof typeof grades, keyof typeof departments, string, Theme[]];

const tangierRoles: Role[] = [
  ['ADM1', 'DGS', 'Directeur général des services', ['HR_MANAGEMENT', 'PUBLIC_ETHICS']],
  ['ADM2', 'DGS', 'Chargé de mission modernisation', ['PROCEDURE_SIMPLIFICATION', 'E_ADMINISTRATION']],
  ['ADM1', 'RH', 'Chef de la division des ressources humaines', ['HR_MANAGEMENT', 'TRAINING_ENGINEERING']],
  ['ADM2', 'RH', 'Chef du service de la formation', ['TRAINING_ENGINEERING']],
  ['ADM3', 'RH', 'Gestionnaire des carrières', ['HR_MANAGEMENT']],
  ['ADM3', 'RH', 'Chargé de la paie', ['HR_MANAGEMENT', 'DIGITAL_SKILLS']],
  ['ADJ2', 'RH', 'Agent de gestion administrative', []],
  ['INGC', 'SI', "Chef de la division des systèmes d'information", ['E_ADMINISTRATION', 'DIGITAL_SKILLS']],
  ['ING1', 'SI', 'Ingénieur développement', ['E_ADMINISTRATION', 'DIGITAL_SKILLS']],
  ['ING1', 'SI', 'Ingénieur réseaux et sécurité', ['DIGITAL_SKILLS']],
  ['TEC1', 'SI', 'Technicien support', ['DIGITAL_SKILLS']],
  ['ADM1', 'BM', 'Chef de la division du budget et des marchés', ['PUBLIC_ETHICS']],
  ['ADM2', 'BM', 'Chef du service des marchés', ['PUBLIC_ETHICS', 'PROCEDURE_SIMPLIFICATION']],
  ['ADM3', 'BM', 'Gestionnaire budgétaire', []],
  ['TEC3', 'BM', 'Agent de liquidation des dépenses', []],
  ['ADM2', 'AJ', 'Juriste', ['PROCEDURE_SIMPLIFICATION']],
  ['ADM3', 'AJ', 'Chargé du contentieux', ['PUBLIC_ETHICS']],
  ['ADM3', 'ACC', "Chef du service de l'accueil", ['RECEPTION_QUALITY']],
  ['ADJ2', 'ACC', "Agent d'accueil", ['RECEPTION_QUALITY']],
  ['ADJ2', 'ACC', "Agent du bureau d'ordre", ['RECEPTION_QUALITY', 'DIGITAL_SKILLS']],
  ['TEC3', 'ACC', "Agent d'accueil", ['RECEPTION_QUALITY']],
  ['ING1', 'DEV', 'Chargé des projets de développement', ['PROCEDURE_SIMPLIFICATION']],
  ['ADM2', 'DEV', 'Chargé du partenariat avec les associations', ['RECEPTION_QUALITY']],
  ['TEC1', 'DEV', 'Technicien suivi des projets', ['DIGITAL_SKILLS']],
];

const orientalRoles: Role[] = [
  ['ADM1', 'DGS', 'Directeur général des services', ['HR_MANAGEMENT']],
  ['ADM2', 'RH', 'Chef de la division des ressources humaines', ['HR_MANAGEMENT']],
  ['ADM3', 'RH', 'Chargé de la formation', ['TRAINING_ENGINEERING']],
  ['ING1', 'SI', 'Ingénieur systèmes', ['E_ADMINISTRATION', 'DIGITAL_SKILLS']],
  ['ADM3', 'BM', 'Gestionnaire des marchés', []],
  ['ADJ2', 'ACC', "Agent d'accueil", ['RECEPTION_QUALITY']],
  ['ADJ2', 'ACC', "Agent du bureau d'ordre", ['RECEPTION_QUALITY']],
  ['TEC1', 'DEV', 'Technicien suivi des projets', []],
];

const firstNames = ['Amina', 'Youssef', 'Salma', 'Karim', 'Nadia', 'Omar', 'Hajar', 'Mehdi', 'Leila', 'Hamza', 'Imane', 'Rachid',
  'Sanaa', 'Anas', 'Khadija', 'Tarik', 'Meryem', 'Ayoub', 'Zineb', 'Ilyas', 'Houda', 'Soufiane', 'Loubna', 'Nabil'];
const lastNames = ['Alaoui', 'Bennani', 'Chraibi', 'Daoudi', 'El Fassi', 'Haddad', 'Idrissi', 'Jebli', 'Kettani', 'Lahlou', 'Mansouri', 'Naciri'];

const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z]+/g, '-');

function staffOf(regionCode: string, roles: Role[], idBase: number, nameOffset: number): StaffRow[] {
  return roles.map(([gradeKey, departmentKey, jobTitle, competencies], index) => {
    const n = idBase + index;
    const first = firstNames[(index + nameOffset) % firstNames.length]!;
    const last = lastNames[(index * 5 + nameOffset) % lastNames.length]!;
    return {
      id: seedId('1b000000', n),
      regionCode,
      fullName: `${first} ${last} (démo)`,
      ...grades[gradeKey],
      department: departments[departmentKey],
      jobTitle,
      competencies,
      email: `${slug(first)}.${slug(last)}.${n}@demo.invalid`,
      phone: index % 3 === 0 ? `+212 000 000 ${String(n).padStart(3, '0')}` : null,
    };
  });
}

export const staffRows: StaffRow[] = [...staffOf('MA-01', tangierRoles, 1, 0), ...staffOf('MA-02', orientalRoles, 101, 7)];

const { expert, programme } = demoIds;
type SessionSpec = Omit<SessionRow, 'id' | 'regionCode'>;
const tangier = demoIds.partnership.tangier2018;
const oriental = demoIds.partnership.oriental;

const tangierSessions: SessionSpec[] = [
  { titleFr: 'Gestion prévisionnelle des emplois et des compétences', titleAr: 'التدبير التوقعي للوظائف والكفاءات', theme: 'HR_MANAGEMENT', startsOn: '2018-10-08', endsOn: '2018-10-10', hours: 18, location: 'Siège du Conseil régional, Tanger', capacity: 20, status: 'COMPLETED', trainerExpertId: expert[0], programmeId: programme[0], partnershipId: tangier },
  { titleFr: "Élaboration d'un référentiel des emplois et des compétences", titleAr: 'إعداد الدليل المرجعي للوظائف والكفاءات', theme: 'HR_MANAGEMENT', startsOn: '2018-11-19', endsOn: '2018-11-21', hours: 18, location: 'Siège du Conseil régional, Tanger', capacity: 15, status: 'COMPLETED', trainerExpertId: expert[0], programmeId: programme[0], partnershipId: tangier },
  { titleFr: "Ingénierie de la formation : du diagnostic au plan de formation", titleAr: 'هندسة التكوين: من التشخيص إلى مخطط التكوين', theme: 'TRAINING_ENGINEERING', startsOn: '2019-01-14', endsOn: '2019-01-16', hours: 18, location: 'Siège du Conseil régional, Tanger', capacity: 12, status: 'COMPLETED', trainerExpertId: expert[1], programmeId: programme[0], partnershipId: tangier },
  { titleFr: "Accueil et orientation des usagers", titleAr: 'استقبال وتوجيه المرتفقين', theme: 'RECEPTION_QUALITY', startsOn: '2019-02-25', endsOn: '2019-02-26', hours: 12, location: 'Annexe administrative, Tétouan', capacity: 20, status: 'COMPLETED', trainerExpertId: expert[2], programmeId: programme[3], partnershipId: tangier },
  { titleFr: 'Cartographie et simplification des procédures administratives', titleAr: 'خرائطية وتبسيط المساطر الإدارية', theme: 'PROCEDURE_SIMPLIFICATION', startsOn: '2019-04-08', endsOn: '2019-04-11', hours: 24, location: 'Siège du Conseil régional, Tanger', capacity: 16, status: 'COMPLETED', trainerExpertId: expert[3], programmeId: programme[2], partnershipId: tangier },
  { titleFr: "Conduite d'un projet de dématérialisation", titleAr: 'قيادة مشروع للرقمنة', theme: 'E_ADMINISTRATION', startsOn: '2019-06-17', endsOn: '2019-06-19', hours: 18, location: 'Siège du Conseil régional, Tanger', capacity: 12, status: 'COMPLETED', trainerExpertId: expert[4], programmeId: programme[1], partnershipId: tangier },
  { titleFr: 'Outils bureautiques et travail collaboratif', titleAr: 'الأدوات المكتبية والعمل التشاركي', theme: 'DIGITAL_SKILLS', startsOn: '2019-09-23', endsOn: '2019-09-27', hours: 30, location: 'Salle informatique, Tanger', capacity: 14, status: 'COMPLETED', trainerExpertId: expert[5], programmeId: programme[1], partnershipId: tangier },
  { titleFr: 'Éthique et déontologie dans le service public', titleAr: 'الأخلاقيات والسلوك المهني في المرفق العام', theme: 'PUBLIC_ETHICS', startsOn: '2019-11-12', endsOn: '2019-11-13', hours: 12, location: 'Annexe administrative, Al Hoceïma', capacity: 25, status: 'COMPLETED', trainerExpertId: expert[6], programmeId: null, partnershipId: tangier },
  { titleFr: 'Traitement des réclamations des usagers', titleAr: 'معالجة شكايات المرتفقين', theme: 'RECEPTION_QUALITY', startsOn: '2020-03-16', endsOn: '2020-03-17', hours: 12, location: 'Annexe administrative, Tétouan', capacity: 20, status: 'CANCELLED', trainerExpertId: expert[2], programmeId: programme[3], partnershipId: tangier },
  { titleFr: "Sécurité des systèmes d'information", titleAr: 'أمن نظم المعلومات', theme: 'DIGITAL_SKILLS', startsOn: '2020-10-05', endsOn: '2020-10-07', hours: 18, location: 'Formation à distance', capacity: 10, status: 'COMPLETED', trainerExpertId: expert[7], programmeId: programme[1], partnershipId: tangier },
  { titleFr: "Entretien annuel d'évaluation des fonctionnaires", titleAr: 'المقابلة السنوية لتقييم الموظفين', theme: 'HR_MANAGEMENT', startsOn: '2026-09-14', endsOn: '2026-09-15', hours: 12, location: 'Siège du Conseil régional, Tanger', capacity: 18, status: 'SCHEDULED', trainerExpertId: expert[1], programmeId: programme[0], partnershipId: tangier },
  { titleFr: 'Publication en ligne des procédures', titleAr: 'النشر الإلكتروني للمساطر', theme: 'E_ADMINISTRATION', startsOn: '2026-11-02', endsOn: '2026-11-04', hours: 18, location: null, capacity: 12, status: 'PLANNED', trainerExpertId: null, programmeId: programme[2], partnershipId: tangier },
];

const orientalSessions: SessionSpec[] = [
  { titleFr: 'Élaborer le référentiel des emplois et des compétences', titleAr: 'إعداد الدليل المرجعي للوظائف والكفاءات', theme: 'HR_MANAGEMENT', startsOn: '2025-03-10', endsOn: '2025-03-12', hours: 18, location: 'Siège du Conseil régional, Oujda', capacity: 10, status: 'COMPLETED', trainerExpertId: expert[0], programmeId: programme[0], partnershipId: oriental },
  { titleFr: 'Accueil des usagers', titleAr: 'استقبال المرتفقين', theme: 'RECEPTION_QUALITY', startsOn: '2025-05-19', endsOn: '2025-05-20', hours: 12, location: 'Siège du Conseil régional, Oujda', capacity: 12, status: 'COMPLETED', trainerExpertId: expert[2], programmeId: programme[3], partnershipId: oriental },
  { titleFr: 'Initiation à la gestion électronique du courrier', titleAr: 'مدخل إلى التدبير الإلكتروني للبريد', theme: 'E_ADMINISTRATION', startsOn: '2026-10-12', endsOn: '2026-10-13', hours: 12, location: 'Siège du Conseil régional, Oujda', capacity: 8, status: 'PLANNED', trainerExpertId: expert[4], programmeId: programme[1], partnershipId: oriental },
];

export const sessionRows: SessionRow[] = [
  ...tangierSessions.map((spec, index) => ({ id: seedId('1c000000', index + 1), regionCode: 'MA-01', ...spec })),
  ...orientalSessions.map((spec, index) => ({ id: seedId('1c000000', 101 + index), regionCode: 'MA-02', ...spec })),
];

const comments = ['Très utile pour mon poste.', 'Cas pratiques appréciés.', 'Durée trop courte.', 'Supports à partager en arabe.'];

/** Roughly a third of a region's staff in each session, attendance and evaluations once it is over. */
function enrollmentsOf(sessions: SessionRow[], staff: StaffRow[], idBase: number): EnrollmentRow[] {
  const rows: EnrollmentRow[] = [];
  sessions.forEach((session, s) => {
    const participants = staff.filter((_member, m) => (m + s) % 3 === 0).slice(0, session.capacity);
    participants.forEach((member, m) => {
      const over = session.status === 'COMPLETED';
      const attended = over ? (m + s) % 7 !== 3 : null;
      rows.push({
        id: seedId('1d000000', idBase + rows.length),
        sessionId: session.id,
        staffId: member.id!,
        attended,
        evaluation: attended ? 3 + ((m * 2 + s) % 3) : null,
        comment: attended && (m + s) % 4 === 0 ? comments[(m + s) % comments.length]! : null,
      });
    });
  });
  return rows;
}

export const enrollmentRows: EnrollmentRow[] = [
  ...enrollmentsOf(sessionRows.filter((row) => row.regionCode === 'MA-01'), staffRows.filter((row) => row.regionCode === 'MA-01'), 1),
  ...enrollmentsOf(sessionRows.filter((row) => row.regionCode === 'MA-02'), staffRows.filter((row) => row.regionCode === 'MA-02'), 1001),
];
