import { demoIds } from '../../../demo-ids.js';
import type { LocalizedTextValue, procedures } from './schema.js';
import { seedId } from './seed-convention.js';

// Services a regional council provides, as demo data. MA-01's first six use the shared ids the
// ministry's demo links best practices to.

type ProcedureRow = typeof procedures.$inferInsert;
const t = (fr: string, ar: string): LocalizedTextValue => ({ fr, ar });

const cin = t("Copie de la carte nationale d'identité", 'نسخة من البطاقة الوطنية للتعريف');
const request = t('Demande écrite adressée au Président du Conseil', 'طلب كتابي موجه إلى رئيس المجلس');

type Spec = Omit<ProcedureRow, 'id' | 'regionCode'>;

const subsidy: Spec = {
  nameFr: 'Demande de subvention pour une association',
  nameAr: 'طلب منحة لفائدة جمعية',
  requiredDocuments: [
    t("Statuts de l'association", 'النظام الأساسي للجمعية'),
    t('Procès-verbal de la dernière assemblée générale', 'محضر آخر جمع عام'),
    t('Récépissé de dépôt définitif', 'الوصل النهائي للإيداع'),
    t('Fiche descriptive du projet et budget prévisionnel', 'بطاقة وصفية للمشروع والميزانية التوقعية'),
    t("Attestation d'identité bancaire", 'شهادة التعريف البنكي'),
  ],
  steps: [
    t("Dépôt du dossier au bureau d'ordre ou sur le portail du Conseil", 'إيداع الملف بمكتب الضبط أو عبر بوابة المجلس'),
    t('Examen du dossier par la commission compétente', 'دراسة الملف من طرف اللجنة المختصة'),
    t('Délibération du Conseil', 'مداولة المجلس'),
    t('Signature de la convention et versement de la subvention', 'توقيع الاتفاقية وصرف المنحة'),
  ],
  processingDays: 90,
  costMad: 0,
  digitisation: 'PARTIAL',
  citizenNeedFr: "Financer un projet associatif d'intérêt régional",
  citizenNeedAr: 'تمويل مشروع جمعوي ذي منفعة جهوية',
  theme: 'PROCEDURE_SIMPLIFICATION',
};

const information: Spec = {
  nameFr: "Demande d'accès à l'information (loi n° 31-13)",
  nameAr: 'طلب الحصول على المعلومات (القانون رقم 31.13)',
  requiredDocuments: [t("Formulaire de demande d'accès à l'information", 'مطبوع طلب الحصول على المعلومات'), cin],
  steps: [
    t('Dépôt de la demande auprès de la personne chargée de l’information', 'إيداع الطلب لدى الشخص المكلف بالمعلومات'),
    t('Accusé de réception', 'إشعار بالتوصل'),
    t("Communication de l'information ou décision motivée", 'تسليم المعلومات أو قرار معلل'),
  ],
  processingDays: 20,
  costMad: 0,
  digitisation: 'PARTIAL',
  citizenNeedFr: 'Obtenir une information détenue par le Conseil',
  citizenNeedAr: 'الحصول على معلومة يحوزها المجلس',
  theme: 'PUBLIC_ETHICS',
};

const complaint: Spec = {
  nameFr: "Dépôt d'une réclamation",
  nameAr: 'إيداع شكاية',
  requiredDocuments: [cin, t('Exposé écrit de la réclamation', 'عرض كتابي للشكاية')],
  steps: [
    t("Dépôt à l'accueil ou en ligne", 'الإيداع بمكتب الاستقبال أو عبر الإنترنت'),
    t('Instruction par le service concerné', 'دراسة الشكاية من طرف المصلحة المعنية'),
    t('Réponse motivée au réclamant', 'جواب معلل للمشتكي'),
  ],
  processingDays: 60,
  costMad: 0,
  digitisation: 'ONLINE',
  citizenNeedFr: 'Signaler un dysfonctionnement ou contester une décision',
  citizenNeedAr: 'التبليغ عن اختلال أو الطعن في قرار',
  theme: 'RECEPTION_QUALITY',
};

const tangier: Spec[] = [
  subsidy,
  {
    nameFr: "Retrait d'un dossier d'appel d'offres",
    nameAr: 'سحب ملف طلب العروض',
    requiredDocuments: [],
    steps: [
      t('Consultation de l’avis sur le portail des marchés publics', 'الاطلاع على الإعلان في بوابة الصفقات العمومية'),
      t('Téléchargement gratuit du dossier', 'تحميل الملف مجانا'),
    ],
    processingDays: 0,
    costMad: 0,
    digitisation: 'ONLINE',
    citizenNeedFr: 'Répondre à un marché public du Conseil',
    citizenNeedAr: 'المشاركة في صفقة عمومية للمجلس',
    theme: 'E_ADMINISTRATION',
  },
  information,
  complaint,
  {
    nameFr: "Demande de stage au sein de l'administration du Conseil",
    nameAr: 'طلب تدريب بإدارة المجلس',
    requiredDocuments: [request, t('Curriculum vitae', 'سيرة ذاتية'), t("Lettre de l'établissement de formation", 'رسالة من مؤسسة التكوين'), cin],
    steps: [
      t("Dépôt au bureau d'ordre", 'الإيداع بمكتب الضبط'),
      t('Étude par la division des ressources humaines', 'الدراسة من طرف قسم الموارد البشرية'),
      t("Réponse et, le cas échéant, convention de stage", 'الجواب وعند الاقتضاء اتفاقية التدريب'),
    ],
    processingDays: 30,
    costMad: 0,
    digitisation: 'PAPER',
    citizenNeedFr: 'Effectuer un stage dans une administration publique',
    citizenNeedAr: 'إجراء تدريب بإدارة عمومية',
    theme: 'HR_MANAGEMENT',
  },
  {
    nameFr: "Demande de copie d'une délibération du Conseil",
    nameAr: 'طلب نسخة من مقرر للمجلس',
    requiredDocuments: [request, cin],
    steps: [t("Dépôt au bureau d'ordre", 'الإيداع بمكتب الضبط'), t('Délivrance de la copie', 'تسليم النسخة')],
    processingDays: 5,
    costMad: 0,
    digitisation: 'PAPER',
    citizenNeedFr: 'Connaître une décision du Conseil',
    citizenNeedAr: 'الاطلاع على قرار للمجلس',
    theme: 'PROCEDURE_SIMPLIFICATION',
  },
  {
    nameFr: "Demande de partenariat pour un projet de développement",
    nameAr: 'طلب شراكة لمشروع تنموي',
    requiredDocuments: [request, t('Note de présentation du projet', 'مذكرة تقديم المشروع'), t('Plan de financement', 'مخطط التمويل')],
    steps: [
      t("Dépôt au bureau d'ordre", 'الإيداع بمكتب الضبط'),
      t('Étude technique et financière', 'الدراسة التقنية والمالية'),
      t('Délibération du Conseil et signature de la convention', 'مداولة المجلس وتوقيع الاتفاقية'),
    ],
    processingDays: 120,
    costMad: 0,
    digitisation: 'PAPER',
    citizenNeedFr: 'Associer le Conseil à un projet local',
    citizenNeedAr: 'إشراك المجلس في مشروع محلي',
    theme: null,
  },
  {
    nameFr: "Location d'une salle de l'espace culturel régional (démo)",
    nameAr: 'كراء قاعة بالفضاء الثقافي الجهوي',
    requiredDocuments: [request, cin],
    steps: [t('Réservation en ligne', 'الحجز عبر الإنترنت'), t('Paiement à la régie', 'الأداء لدى الوكالة'), t('Remise des clés', 'تسليم المفاتيح')],
    processingDays: 7,
    costMad: 1500,
    digitisation: 'PARTIAL',
    citizenNeedFr: 'Organiser un événement culturel ou associatif',
    citizenNeedAr: 'تنظيم نشاط ثقافي أو جمعوي',
    theme: 'E_ADMINISTRATION',
  },
];

const oriental: Spec[] = [
  { ...subsidy, digitisation: 'PAPER', processingDays: 120 },
  { ...information, digitisation: 'PAPER' },
  { ...complaint, digitisation: 'PAPER', processingDays: 90 },
];

export const procedureRows: ProcedureRow[] = [
  ...tangier.map((spec, index) => ({
    id: demoIds.procedure[index] ?? seedId('1e000000', index + 1),
    regionCode: 'MA-01',
    ...spec,
  })),
  ...oriental.map((spec, index) => ({ id: seedId('1e000000', 101 + index), regionCode: 'MA-02', ...spec })),
];
