import type { VolumeStep } from '#kit/db';
import { volumeIdSql as id, volumePickSql as pick, volumePlan, volumeRowsSql as generated } from '../../../volume-plan.js';

// The ministry's share of `npm run seed:large`: the experts who train the region's generated
// sessions, their missions in the regions, and the programmes those sessions belong to (the
// ids are the ones the region's volume seed points at). Names are invented and marked « (volume) ».

const firstNames = ['Hicham', 'Latifa', 'Abdelaziz', 'Souad', 'Mustapha', 'Naima', 'Driss', 'Zineb', 'Jamal', 'Houda'];
const lastNames = ['Benkirane', 'Zniber', 'Kettani', 'Sefrioui', 'Guessous', 'Lamrani', 'Cherkaoui', 'Filali', 'Naciri', 'Sbihi', 'Jettou'];
const organisations = ['Ministère de la Réforme de l’Administration', 'École nationale supérieure de l’administration', 'Agence de développement du digital', 'Cabinet de conseil en organisation', 'Université Abdelmalek Essaâdi'];
const languages = ['fr,ar', 'fr,ar,en', 'ar,zgh', 'fr,es'];
const missions = ['Accompagnement du plan de formation', 'Appui à la simplification des procédures', 'Diagnostic de l’accueil des usagers', 'Appui à la dématérialisation'];

export function ministryVolume(scale: number): VolumeStep[] {
  const plan = volumePlan(scale);
  return [
    {
      table: 'experts',
      rows: plan.experts,
      clear: `delete from experts where ${generated('expert')}`,
      insert: `insert into experts (id, full_name, organisation, specialties, languages, bio)
        select ${id('expert', 'e')}, ${pick(firstNames, 'e')} || ' ' || ${pick(lastNames, 'e / 10')} || ' ' || e || ' (volume)',
          ${pick(organisations, 'e / 3')}, array[(enum_range(null::theme))[1 + e % 7], (enum_range(null::theme))[1 + (e + 3) % 7]],
          string_to_array(${pick(languages, 'e')}, ','), 'Expert généré pour les mesures de volume.'
        from generate_series($1::int, $2::int) e`,
    },
    {
      table: 'expert_assignments',
      rows: plan.experts * plan.assignmentsPerExpert,
      clear: `delete from expert_assignments where ${generated('assignment')}`,
      // Mission a is the expert's (a-1) % 2-th, in a region of its own: they never overlap.
      insert: `insert into expert_assignments (id, expert_id, region_code, mission_fr, mission_ar, theme, starts_on, ends_on)
        select ${id('assignment', 'a')}, ${id('expert', `1 + (a - 1) / ${plan.assignmentsPerExpert}`)},
          'MA-' || lpad((1 + ((a - 1) / ${plan.assignmentsPerExpert} + ((a - 1) % ${plan.assignmentsPerExpert}) * 5) % 12)::text, 2, '0'),
          ${pick(missions, 'a')} || ' (volume)', 'مهمة مواكبة ' || a, (enum_range(null::theme))[1 + a % 7],
          date '2020-01-06' + (a * 13) % 1800, date '2020-01-06' + (a * 13) % 1800 + 90
        from generate_series($1::int, $2::int) a`,
    },
    {
      table: 'programmes',
      rows: plan.programmes,
      clear: `delete from programmes where ${generated('programme')}`,
      insert: `insert into programmes (id, code, title_fr, title_ar, theme, starts_on, ends_on)
        select ${id('programme', 'p')}, 'VOL-' || lpad(p::text, 5, '0'), 'Programme d’appui n° ' || p || ' (volume)', 'برنامج الدعم ' || p,
          (enum_range(null::theme))[1 + p % 7], date '2019-01-01' + (p % 24) * 30, case when p % 4 <> 0 then date '2027-12-31' end
        from generate_series($1::int, $2::int) p`,
    },
    {
      table: 'programme_regions',
      rows: plan.programmes * plan.regionsPerProgramme,
      clear: `delete from programme_regions where ${generated('programme', 'programme_id')}`,
      insert: `insert into programme_regions (programme_id, region_code, enrolled_on)
        select ${id('programme', `1 + (r - 1) / ${plan.regionsPerProgramme}`)},
          'MA-' || lpad((1 + ((r - 1) / ${plan.regionsPerProgramme} + ((r - 1) % ${plan.regionsPerProgramme}) * 4) % 12)::text, 2, '0'),
          date '2019-03-01' + (r % 24) * 30
        from generate_series($1::int, $2::int) r`,
    },
  ];
}
