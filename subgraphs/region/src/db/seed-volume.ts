import type { VolumeStep } from '#kit/db';
import { volumeIdSql as id, volumePickSql as pick, volumePlan, volumeRegionSql as region, volumeRowsSql as generated } from '../../../volume-plan.js';

// The region's share of `npm run seed:large`: staff, sessions, enrollments and procedures spread
// over the 12 regions, every reference valid (an enrollment joins staff and a session of the
// same region; a session's trainer and programme are the ministry's generated ones). Names are
// invented and marked « (volume) »; e-mails use the reserved .invalid domain.

const firstNames = ['Amina', 'Youssef', 'Fatima Zahra', 'Mehdi', 'Salma', 'Omar', 'Khadija', 'Hamza', 'Nadia', 'Rachid', 'Imane', 'Karim'];
const lastNames = ['Alaoui', 'Benjelloun', 'Tazi', 'El Idrissi', 'Berrada', 'Chraibi', 'El Fassi', 'Bennani', 'Ouazzani', 'Lahlou', 'Amrani', 'Skalli', 'Tahiri'];
const departments = ['Direction générale des services', 'Division des ressources humaines', "Division des systèmes d'information", 'Division du budget et des marchés', 'Division des affaires juridiques', "Service de l'accueil et du bureau d'ordre", 'Division du développement économique'];
// Grade, échelle and corps go together: one index picks all three.
const grades = ['Administrateur de 2ème grade', 'Administrateur de 3ème grade', "Ingénieur d'État de 1er grade", 'Technicien de 3ème grade', 'Adjoint administratif de 2ème grade'];
const scales = ['11', '10', '11', '8', '6'];
const corps = ['Administrateurs', 'Administrateurs', 'Ingénieurs', 'Techniciens', 'Adjoints administratifs'];
const jobTitles = ['Chargé de dossiers', 'Gestionnaire', 'Chef de service', 'Agent administratif', 'Chargé de mission'];
const sessionTitles = ['Gestion des ressources humaines', 'Administration électronique', 'Simplification des procédures', "Qualité de l'accueil", 'Compétences numériques', 'Éthique du service public', 'Ingénierie de la formation'];
const locations = ['Siège du Conseil régional', 'Annexe administrative', 'Salle informatique', 'Formation à distance'];
const procedureNames = ['Demande de subvention', "Demande d'autorisation", 'Dépôt de réclamation', "Demande d'attestation", "Demande d'accès à l'information", 'Inscription à un marché public'];

/** The session's status, from its number and dates: past sessions took place, some were cancelled. */
const statusSql = (m: string, startsOn: string) =>
  `(case when ${m} % 17 = 0 then 'CANCELLED' when ${startsOn} > date '2026-06-01' then 'PLANNED' else 'COMPLETED' end)::training_session_status`;

export function regionVolume(scale: number): VolumeStep[] {
  const plan = volumePlan(scale);
  const staffPerRegion = Math.floor(plan.staff / 12);
  const per = plan.enrollmentsPerSession;
  // Session m is the (m-1 / experts)-th of trainer 1 + (m-1) % experts; a trainer's sessions
  // are 440 days apart and last at most 5, so none overlap (the exclusion constraint holds).
  const block = `((m - 1) / ${plan.experts})`;
  const startsOn = `(date '2021-01-04' + ${block} * 440 + (((m - 1) % ${plan.experts}) * 37) % 390)`;
  return [
    {
      table: 'staff_members',
      rows: plan.staff,
      clear: `delete from staff_members where ${generated('staff')}`,
      insert: `insert into staff_members (id, region_code, full_name, grade, scale, corps, department, job_title, competencies, email, phone)
        select ${id('staff', 'n')}, ${region('n')},
          ${pick(firstNames, 'n')} || ' ' || ${pick(lastNames, 'n / 12')} || ' ' || n || ' (volume)',
          ${pick(grades, 'n / 7')}, ${pick(scales, 'n / 7')}::int, ${pick(corps, 'n / 7')}, ${pick(departments, 'n')}, ${pick(jobTitles, 'n / 3')},
          array[(enum_range(null::theme))[1 + n % 7]],
          'agent.' || n || '@volume.invalid', case when n % 3 = 0 then '+212 000 ' || lpad(n::text, 6, '0') end
        from generate_series($1::int, $2::int) n`,
    },
    {
      table: 'training_sessions',
      rows: plan.sessions,
      clear: `delete from training_sessions where ${generated('session')}`,
      insert: `insert into training_sessions (id, region_code, title_fr, title_ar, theme, starts_on, ends_on, hours, location, capacity, status, cancellation_reason, trainer_expert_id, programme_id)
        select ${id('session', 'm')}, ${region('m')}, ${pick(sessionTitles, 'm')} || ' — session ' || m, 'دورة تكوينية ' || m,
          (enum_range(null::theme))[1 + m % 7], ${startsOn}, ${startsOn} + m % 5, 6 * (1 + m % 5),
          ${pick(locations, 'm / 7')}, ${per} + m % 20, ${statusSql('m', startsOn)},
          case when m % 17 = 0 then 'Report demandé par la région (volume)' end,
          ${id('expert', `1 + (m - 1) % ${plan.experts}`)},
          case when m % 3 <> 0 then ${id('programme', `1 + m % ${plan.programmes}`)} end
        from generate_series($1::int, $2::int) m`,
    },
    {
      table: 'enrollments',
      rows: plan.sessions * per,
      clear: `delete from enrollments where ${generated('enrollment')}`,
      // Enrollment n is place k of session m; its staff member is the j-th of the session's
      // region (staff r, r + 12, r + 24…), distinct for the session's places.
      insert: `insert into enrollments (id, session_id, staff_id, attended, evaluation)
        select ${id('enrollment', 'n')}, s.id, ${id('staff', `1 + (m - 1) % 12 + 12 * ((m * 7 + k) % ${staffPerRegion})`)},
          case when s.status = 'COMPLETED' then k % 10 <> 0 end,
          case when s.status = 'COMPLETED' and k % 10 <> 0 and k % 4 <> 0 then 1 + (m + k) % 5 end
        from generate_series($1::int, $2::int) n
        cross join lateral (select 1 + (n - 1) / ${per} as m, (n - 1) % ${per} as k) place
        join training_sessions s on s.id = ${id('session', 'm')}`,
    },
    {
      table: 'procedures',
      rows: plan.procedures,
      clear: `delete from procedures where ${generated('procedure')}`,
      insert: `insert into procedures (id, region_code, name_fr, name_ar, processing_days, cost_mad, digitisation, theme)
        select ${id('procedure', 'n')}, ${region('n')}, ${pick(procedureNames, 'n')} || ' n° ' || n || ' (volume)', 'مسطرة ' || n,
          5 + n % 40, (n % 4) * 50, (enum_range(null::digitisation_status))[1 + n % 3], (enum_range(null::theme))[1 + n % 7]
        from generate_series($1::int, $2::int) n`,
    },
  ];
}
