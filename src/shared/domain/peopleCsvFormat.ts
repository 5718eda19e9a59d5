import { govOrders, govPowers, type PersonKind } from './people.js';

/**
 * The people CSV as a Mesa writes it: Spanish column names and values, in every UI language.
 * One definition for the parser in main and the help the console shows.
 */
export const peopleCsvColumns = [
  'nombre',
  'tipo',
  'cargo',
  'institucion',
  'orden',
  'poder',
  'correo',
  'telefono',
  'fecha_ingreso',
] as const;
export type PeopleCsvColumn = (typeof peopleCsvColumns)[number];

/** The word for each kind in `tipo`; the feminine form is accepted too. */
export const personKindCsvWords: readonly { kind: PersonKind; word: string; feminine: string }[] = [
  { kind: 'citizen', word: 'ciudadano', feminine: 'ciudadana' },
  { kind: 'official', word: 'funcionario', feminine: 'funcionaria' },
  { kind: 'honorary', word: 'honorario', feminine: 'honoraria' },
  { kind: 'collaborator', word: 'colaborador', feminine: 'colaboradora' },
  { kind: 'volunteer', word: 'voluntario', feminine: 'voluntaria' },
  { kind: 'guest', word: 'invitado', feminine: 'invitada' },
];

/** What each closed column accepts, as written in the file. */
export const peopleCsvValues = {
  tipo: personKindCsvWords.map((w) => w.word),
  orden: govOrders,
  poder: govPowers,
} as const;
