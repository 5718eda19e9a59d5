import type { AgreementStatus } from '../../shared/domain/live.js';
import type { GovOrder, GovPower, PersonKind } from '../../shared/domain/people.js';

/**
 * The fictional Mesa of the demo workspace: San Andrés del Valle does not exist, nor does any
 * of its people. Dates are not here: the builder lays the story out relative to the demo's
 * "today" (six monthly plenaries before it, the seventh on it).
 */

export const DEMO_MESA = {
  name: 'Mesa de Seguridad y Justicia de San Andrés del Valle',
  municipality: 'San Andrés del Valle',
  population: 412_380,
};

export const PLACES = {
  plenary: 'Sala de Cabildo, Palacio Municipal de San Andrés del Valle',
  citizen: 'Sala de juntas de la Cámara de Comercio de San Andrés',
  committee: 'Oficina de la Mesa, Av. Juárez 415, Centro',
};

export interface DemoPerson {
  key: string;
  kind: PersonKind;
  fullName: string;
  post?: string;
  institution?: string;
  order?: GovOrder;
  power?: GovPower;
  email?: string;
  /** Days after the founding day on which the person joined; null: a citizen applicant, or someone who joins by an event below. */
  joinedAfterFounding: number | null;
  /** Citizen-only note (people rows are citizen-only). */
  notes?: string;
  /** Who attends for an official when the official cannot (a person of the demo). */
  substitute?: string;
  /** Name written on the attendance list when an official sends someone. */
  representedBy?: string;
}

const official = (
  key: string,
  fullName: string,
  post: string,
  institution: string,
  order: GovOrder,
  power: GovPower,
  representedBy: string,
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({ key, kind: 'official', fullName, post, institution, order, power, representedBy, joinedAfterFounding: 0, ...extra });

const citizen = (key: string, fullName: string, joinedAfterFounding: number | null, extra: Partial<DemoPerson> = {}): DemoPerson => ({
  key,
  kind: 'citizen',
  fullName,
  joinedAfterFounding,
  ...extra,
});

/** The founding day is this many days before the demo's today. */
export const FOUNDED_DAYS_AGO = 600;

export const PEOPLE: readonly DemoPerson[] = [
  citizen('coord', 'María Elena Robles Garza', 0, {
    email: 'maria.robles@example.org',
    notes: 'Empresaria (Cámara de Comercio). Única vocera ante medios. Prefiere llamadas después de las 16:00.',
  }),
  citizen('sub1', 'Jorge Alberto Treviño Salas', 0, { email: 'jorge.trevino@example.org' }),
  citizen('sub2', 'Patricia Lozano Ibarra', 40),
  citizen('prevCoord', 'Ricardo Villarreal Ochoa', 0, { notes: 'Coordinó la Mesa en su primer año; conoce a los mandos de la Fiscalía.' }),
  citizen('claudia', 'Claudia Fernanda Méndez Ríos', 0),
  citizen('hector', 'Héctor Manuel Saldívar Cano', 0, { notes: 'Agencia de seguros de autos: aporta datos de siniestros por robo.' }),
  citizen('lucia', 'Lucía Guadalupe Estrada Peña', 30),
  citizen('fernando', 'Fernando Iturbide Leal', 0, { notes: 'Actuario; lleva el tablero de indicadores con el apoyo del analista.' }),
  citizen('veronica', 'Verónica Alejandra Quiroga Paz', 60),
  citizen('alejandro', 'Alejandro Cantú Murillo', 60),
  citizen('gabriela', 'Gabriela Sandoval Treviño', 90),
  citizen('roberto', 'Roberto Carlos Elizondo Marín', 90),
  citizen('anasofia', 'Ana Sofía Benavides Luna', 120),
  citizen('javier', 'Javier Ignacio Montemayor Ruiz', 120),
  citizen('silvia', 'Silvia Margarita Chapa Olvera', 150),
  citizen('luis', 'Luis Enrique Garza Hinojosa', 150, { notes: 'Locatario del mercado municipal; ha recibido llamadas de extorsión. No exponerlo.' }),
  citizen('monica', 'Mónica Valdez Arredondo', 180),
  citizen('oscar', 'Óscar Eduardo Zambrano Leija', 180),
  citizen('teresa', 'Teresa de Jesús Galindo Soto', 200),
  citizen('raul', 'Raúl Antonio Cárdenas Esparza', 200),
  citizen('norma', 'Norma Leticia Ávila Rentería', 220),
  citizen('francisco', 'Francisco Javier Peña Castillo', 240),
  citizen('adriana', 'Adriana Ibáñez Coronado', 240),
  citizen('sergio', 'Sergio Armando Reyna Tamez', 250, { notes: 'Faltas sin justificar; la coordinadora hablará con él.' }),
  citizen('diana', 'Diana Carolina Fuentes Lara', 250),
  citizen('eduardo', 'Eduardo Salinas Prieto', 270),
  citizen('rosa', 'Rosa María Cavazos Durán', 270),
  citizen('gustavo', 'Gustavo Adolfo Lerma Quintero', 120),
  // Admitted by vote during the demo's six months (the builder sets the date).
  citizen('paola', 'Paola Andrea Rivas Montiel', null, { notes: 'Abogada; propuesta por el Comité de justicia cívica.' }),
  // Applicants: no join date until an admission vote admits them.
  citizen('martin', 'Martín Alonso Tejeda Vargas', null, { notes: 'Aspirante; votación de admisión abierta.' }),
  citizen('karla', 'Karla Yesenia Ordaz Medina', null, { notes: 'Aspirante; pendiente la entrevista con el Comité ejecutivo.' }),

  official('presidente', 'Ernesto Galván Mireles', 'Presidente Municipal', 'Ayuntamiento de San Andrés del Valle', 'municipal', 'ejecutivo', 'Lic. Octavio Ramos Uribe, Secretario del Ayuntamiento', {
    notes: 'Asiste pocas veces en persona; confirmar con su secretario particular.',
  }),
  official('rogelio', 'Rogelio Aguirre Bustamante', 'Secretario de Seguridad Pública Municipal', 'Secretaría de Seguridad Pública Municipal', 'municipal', 'ejecutivo', 'Julián Ponce Arriaga', {
    substitute: 'julian',
  }),
  official('alma', 'Alma Delia Cervantes Noriega', 'Directora de Prevención Social de la Violencia y la Delincuencia', 'Ayuntamiento de San Andrés del Valle', 'municipal', 'ejecutivo', 'Lic. Sonia Medrano Gil, subdirectora'),
  official('gilberto', 'Gilberto Nájera Duarte', 'Director de Servicios Públicos y Alumbrado', 'Ayuntamiento de San Andrés del Valle', 'municipal', 'ejecutivo', 'Ing. Pablo Arce Rosas, jefe de alumbrado'),
  official('laura', 'Laura Patricia Esquivel Rangel', 'Regidora, presidenta de la Comisión de Seguridad Pública', 'Cabildo de San Andrés del Valle', 'municipal', 'legislativo', 'Lic. Mario Leal Sáenz, asesor'),
  official('tomas', 'Tomás Bernal Izaguirre', 'Juez Cívico Municipal', 'Juzgados Cívicos de San Andrés del Valle', 'municipal', 'judicial', 'Lic. Irene Pardo Sosa, secretaria del juzgado'),
  official('arturo', 'Arturo Cisneros Vela', 'Fiscal de Distrito Zona Valle', 'Fiscalía General del Estado', 'estatal', 'ejecutivo', 'Lic. Nora Beltrán Cruz, agente del Ministerio Público'),
  official('fiscal', 'Gabriela Ontiveros Lugo', 'Fiscal de Distrito Zona Valle', 'Fiscalía General del Estado', 'estatal', 'ejecutivo', 'Lic. Nora Beltrán Cruz, agente del Ministerio Público', {
    joinedAfterFounding: null,
  }),
  official('marco', 'Marco Antonio Villegas Robledo', 'Coordinador regional de la Unidad Especializada en Combate al Secuestro y la Extorsión', 'Fiscalía General del Estado', 'estatal', 'ejecutivo', 'Lic. Efraín Dávila Toro, jefe de grupo'),
  official('sandra', 'Sandra Ivonne Rosales Pardo', 'Subsecretaria de Policía Estatal', 'Secretaría de Seguridad Pública del Estado', 'estatal', 'ejecutivo', 'Cmdte. Ulises Garza Nava, coordinador regional'),
  official('beatriz', 'Beatriz Adriana Solís Montoya', 'Diputada local por el VIII Distrito', 'Congreso del Estado', 'estatal', 'legislativo', 'Lic. Daniela Ruiz Mata, asesora'),
  official('humberto', 'Humberto Leyva Castañeda', 'Juez de Control del Distrito Judicial de San Andrés', 'Poder Judicial del Estado', 'estatal', 'judicial', 'Lic. Carmen Oyervides Paz, administradora del juzgado'),
  official('mauricio', 'Mauricio Téllez Orozco', 'Comandante de la Compañía San Andrés', 'Guardia Nacional', 'federal', 'ejecutivo', 'Subinspector Adán Ríos Mejía'),
  official('irma', 'Irma Yolanda Paredes Barrón', 'Titular de la Fiscalía Federal en el Estado', 'Fiscalía General de la República', 'federal', 'ejecutivo', 'Lic. Jaime Salas Ortega, agente del Ministerio Público Federal'),
  official('daniel', 'Daniel Alcántara Rubio', 'Diputado federal por el 5.º Distrito', 'Cámara de Diputados', 'federal', 'legislativo', 'Lic. Rebeca Hinojosa Luna, enlace distrital'),
  official('cecilia', 'Cecilia Barragán Ortiz', 'Jueza de Distrito en Materia Penal', 'Poder Judicial de la Federación', 'federal', 'judicial', 'Lic. Tomás Aranda Vela, secretario del juzgado'),

  { key: 'zertuche', kind: 'honorary', fullName: 'Alfonso Zertuche Benítez', post: 'Exrector', institution: 'Universidad Autónoma del Valle', joinedAfterFounding: 0, notes: 'Promotor de la fundación de la Mesa.' },
  { key: 'mercedes', kind: 'honorary', fullName: 'Mercedes Olivares de la Fuente', post: 'Presidenta honoraria', institution: 'Fundación Valle Seguro', joinedAfterFounding: 0 },
  { key: 'enrique', kind: 'honorary', fullName: 'Enrique Salazar Doria', post: 'Expresidente', institution: 'Cámara de Comercio de San Andrés', joinedAfterFounding: 200 },

  { key: 'andrea', kind: 'collaborator', fullName: 'Andrea Lizeth Moreno Cázares', post: 'Secretaria técnica', institution: 'Mesa de Seguridad y Justicia de San Andrés del Valle', email: 'secretaria.tecnica@example.org', joinedAfterFounding: 0 },
  { key: 'ivan', kind: 'collaborator', fullName: 'Iván Rodrigo Beltrán Sáenz', post: 'Analista de datos', institution: 'Mesa de Seguridad y Justicia de San Andrés del Valle', joinedAfterFounding: 150 },

  { key: 'fatima', kind: 'volunteer', fullName: 'Fátima Yamileth Ruelas Garza', post: 'Estudiante de Criminología', institution: 'Universidad Autónoma del Valle', joinedAfterFounding: 300 },
  { key: 'emilio', kind: 'volunteer', fullName: 'Emilio Santoyo Herrera', post: 'Diseñador gráfico', joinedAfterFounding: 320 },
  { key: 'brenda', kind: 'volunteer', fullName: 'Brenda Nallely Tovar Reyes', post: 'Trabajadora social', joinedAfterFounding: 340 },

  { key: 'julian', kind: 'guest', fullName: 'Julián Ponce Arriaga', post: 'Subdirector operativo', institution: 'Secretaría de Seguridad Pública Municipal', joinedAfterFounding: 0 },
  { key: 'ximena', kind: 'guest', fullName: 'Ximena Castro Villalobos', post: 'Investigadora', institution: 'Universidad Autónoma del Valle', joinedAfterFounding: 400 },
  { key: 'ramiro', kind: 'guest', fullName: 'Ramiro Gallegos Fierro', post: 'Representante', institution: 'Unión de Transportistas de San Andrés', joinedAfterFounding: 480 },
];

/** What happens to the membership between plenaries (plenary numbers 1–6 of the demo). */
export const EVENTS = {
  /** An applicant admitted by an electronic vote that opens 3 days after this plenary and lasts 5 days. */
  admission: { person: 'paola', afterPlenary: 2, committee: 'just' },
  /** The district prosecutor changes post 6 days after this plenary. */
  handover: { leaves: 'arturo', joins: 'fiscal', afterPlenary: 3 },
  /** A citizen resigns 10 days after this plenary. */
  resignation: { person: 'gustavo', afterPlenary: 4 },
  /** An admission vote opened two days before today, still open. */
  openVote: { person: 'martin' },
} as const;

/** Always in the room: they chair the plenary. */
export const ALWAYS_PRESENT = ['coord', 'sub1'];

/** Scripted absences without justification (plenary number 1–6): one citizen above the 20 % rule, one below. */
export const UNJUSTIFIED: readonly { person: string; plenary: number }[] = [
  { person: 'sergio', plenary: 2 },
  { person: 'sergio', plenary: 5 },
  { person: 'eduardo', plenary: 3 },
];

/** Scripted absences without justification at citizen meetings (the meeting before plenary 1–7): they keep the same citizen above the 20 % rule. */
export const CITIZEN_MEETING_UNJUSTIFIED: readonly { person: string; meeting: number }[] = [
  { person: 'sergio', meeting: 3 },
  { person: 'sergio', meeting: 6 },
];

/** The actas of plenaries 1 to this one are signed at the next plenary; the next one is approved only, the last stays a draft. */
export const SIGNED_MINUTES = 4;

export const JUSTIFICATIONS = [
  'Comisión de trabajo fuera de la ciudad',
  'Motivos de salud',
  'Compromiso laboral previo',
  'Audiencia programada a la misma hora',
  'Asunto familiar',
];

export interface DemoCommittee {
  key: string;
  /** Founding committees exist from the start; the builder completes them. */
  founding?: 'executive' | 'indicators';
  name: string;
  axis: string;
  description: string;
  coordinator: string;
  substitute: string;
  members: readonly string[];
  /** Notes of its meetings, in order (the builder uses one per meeting). */
  meetingNotes: readonly string[];
}

export const COMMITTEES: readonly DemoCommittee[] = [
  {
    key: 'exec',
    founding: 'executive',
    name: 'Comité ejecutivo',
    axis: 'Conducción',
    description: 'Conduce la Mesa entre plenarias: agenda, admisiones, comunicación y relación con las autoridades.',
    coordinator: 'coord',
    substitute: 'sub1',
    members: ['coord', 'sub1', 'sub2', 'prevCoord', 'fernando'],
    meetingNotes: ['Se revisó el calendario del semestre, la solicitud de admisión pendiente y la preparación de la próxima plenaria.'],
  },
  {
    key: 'ind',
    founding: 'indicators',
    name: 'Comité de indicadores',
    axis: 'Indicadores',
    description: 'Mide la incidencia delictiva, los impactos y el avance de las metas; presenta el tablero en cada plenaria.',
    coordinator: 'fernando',
    substitute: 'anasofia',
    members: ['fernando', 'anasofia', 'raul', 'diana', 'ivan', 'fatima', 'sandra'],
    meetingNotes: [
      'Se definieron las cuatro series del tablero: homicidio doloso, robo de vehículo, extorsión y violencia familiar.',
      'Primer tablero mensual listo; se acordó pedir las cifras a las autoridades a más tardar el día 5.',
      'Se incorporaron las llamadas al 089 como indicador de la cifra negra de extorsión.',
      'Se propuso la nueva meta de homicidio (24 por 100 mil) para someterla a la plenaria.',
      'Se revisó la serie de violencia familiar: tres meses al alza; se pedirá explicación a Prevención.',
      'Se preparó la solicitud de datos de vinculación a proceso al Poder Judicial del Estado.',
      'Se actualizó el tablero para la plenaria; la tasa anualizada de homicidio sigue por debajo de la meta.',
    ],
  },
  {
    key: 'prev',
    name: 'Comité de prevención social de la violencia',
    axis: 'Prevención',
    description: 'Entornos seguros, alumbrado, espacios públicos y atención a la violencia familiar.',
    coordinator: 'claudia',
    substitute: 'teresa',
    members: ['claudia', 'teresa', 'monica', 'norma', 'rosa', 'adriana', 'gustavo', 'alma', 'brenda'],
    meetingNotes: [
      'Recorrido diagnóstico nocturno por el corredor escolar de Las Huertas: 63 luminarias apagadas.',
      'Seguimiento de la reposición de luminarias; se pidió a Servicios Públicos un calendario por calle.',
      'Se esbozó el programa de entornos escolares seguros y se pidió a Educación la lista de escuelas.',
      'Se eligieron las 10 escuelas piloto y se preparó la presentación para la plenaria.',
    ],
  },
  {
    key: 'sye',
    name: 'Comité de secuestro y extorsión',
    axis: 'Delitos de alto impacto',
    description: 'Prevención y denuncia de la extorsión telefónica y presencial; acompañamiento a víctimas.',
    coordinator: 'lucia',
    substitute: 'alejandro',
    members: ['lucia', 'alejandro', 'luis', 'silvia', 'eduardo', 'marco', 'emilio'],
    meetingNotes: [
      'Se diseñó el material de la campaña «¡Cuelga y denuncia!» con la Unidad Antiextorsión.',
      'Se preparó la reunión con la Unión de Transportistas y se revisó el avance de la campaña en escuelas.',
      'Se evaluó la campaña y se documentaron los reportes de cobros presenciales en el mercado.',
      'Se preparó la propuesta de canal de denuncia confidencial para locatarios del mercado.',
    ],
  },
  {
    key: 'robo',
    name: 'Comité anti robo de autos',
    axis: 'Patrimonio',
    description: 'Robo de vehículo y de autopartes: diagnóstico, operativos y comercio ilegal de piezas.',
    coordinator: 'hector',
    substitute: 'roberto',
    members: ['hector', 'roberto', 'oscar', 'francisco', 'sergio', 'javier', 'rogelio'],
    meetingNotes: [
      'Se propuso cruzar los reportes de robo con las aseguradoras y con los arcos lectores del C5.',
      'Se analizó el mapa de calor de la SSPM: 60 % de los robos ocurre de noche en la calle.',
      'Se planeó con la SSPM el operativo de revisión de deshuesaderos.',
      'Balance del operativo: 27 establecimientos revisados, 5 suspendidos.',
      'Se revisó la depuración de la base de placas con el C5 y el efecto en las alertas.',
    ],
  },
  {
    key: 'just',
    name: 'Comité de justicia cívica y Estado de derecho',
    axis: 'Justicia',
    description: 'Juzgados cívicos, acceso a la justicia y atención en el Ministerio Público.',
    coordinator: 'veronica',
    substitute: 'gabriela',
    members: ['veronica', 'gabriela', 'sub2', 'javier', 'tomas'],
    meetingNotes: [
      'Se revisó el catálogo de faltas administrativas y las sanciones de trabajo en favor de la comunidad.',
      'Se recibieron datos parciales de los juzgados cívicos; se pidió el mes faltante.',
      'Se dio seguimiento al horario del módulo del Ministerio Público en El Mirador.',
    ],
  },
];

/** Committees that meet before each plenary (index 0 = before the first; the last before today's). */
export const COMMITTEE_MEETINGS: readonly (readonly string[])[] = [
  ['ind', 'prev', 'robo'],
  ['ind', 'sye', 'just'],
  ['ind', 'robo', 'prev'],
  ['ind', 'sye', 'robo'],
  ['ind', 'prev', 'just'],
  ['ind', 'sye', 'robo'],
  ['exec', 'ind', 'prev', 'sye', 'robo', 'just'],
];

export type Presenter = { person: string } | { committee: string } | { institution: string } | null;

export interface ItemScript {
  title: string;
  presenter: Presenter;
  minutes: number;
  description?: string;
  /** What was reported (past plenaries). */
  notes?: string;
}

/** Where an agreement is adopted or a preparation note is written. */
export type ItemKey = 'followup' | 'authority0' | 'authority1' | 'committees' | 'indicators' | 'other' | 'topic' | 'general';

export interface FollowupStep {
  status: AgreementStatus;
  progress: number;
  note: string;
}

export interface AgreementScript {
  item: ItemKey;
  text: string;
  committee: string | null;
  responsibles: readonly string[];
  dueInDays: number;
  /** What each later plenary records, in order; an agreement still open after the sixth plenary stops early. */
  followups: readonly FollowupStep[];
}

export interface TopicScript {
  title: string;
  /** Citizen-only. */
  body: string;
  isGeneralMatter: boolean;
  /** Promoted to the plenary agenda with these minutes. */
  promote?: number;
  /** What was said in the plenary about the promoted topic. */
  notes?: string;
}

export interface PlenaryScript {
  authority: readonly ItemScript[];
  committeesNotes?: string;
  indicatorsNotes?: string;
  other: ItemScript;
  generalNotes?: string;
  agreements: readonly AgreementScript[];
  citizen: {
    notes: Partial<Record<ItemKey, string>>;
    topics: readonly TopicScript[];
    checklist: readonly { label: string; done: boolean }[];
  };
}

const doneChecklist = (labels: string[]) => labels.map((label) => ({ label, done: true }));
const CHECKLIST = ['Revisar la presentación de indicadores', 'Confirmar la asistencia de las autoridades', 'Actualizar la matriz de acuerdos', 'Enviar la orden del día'];

/** Six past plenaries and today's, in order. */
export const PLENARIES: readonly PlenaryScript[] = [
  {
    authority: [
      {
        title: 'Informe de la Secretaría de Seguridad Pública Municipal',
        presenter: { person: 'rogelio' },
        minutes: 20,
        notes:
          'El secretario informó 41 robos de vehículo en el mes (12 más que el anterior), concentrados en las colonias Centro, Las Huertas y El Mirador entre las 20:00 y las 02:00. Se reforzaron los patrullajes nocturnos con 6 unidades y se detuvo a 3 personas en posesión de vehículos con reporte de robo.',
      },
      {
        title: 'Informe de la Fiscalía de Distrito Zona Valle',
        presenter: { person: 'arturo' },
        minutes: 15,
        notes:
          'Se iniciaron 186 carpetas de investigación en el mes, 9 por homicidio doloso. El fiscal reconoció rezago en la integración de carpetas por robo de vehículo y se comprometió a asignar un agente del Ministerio Público adicional.',
      },
    ],
    committeesNotes:
      'Prevención: recorrido diagnóstico en Las Huertas, 63 luminarias apagadas en el corredor escolar. Anti robo de autos: propone cruzar reportes con aseguradoras y con el C5. Secuestro y extorsión: 14 reportes de intentos de extorsión telefónica a locatarios.',
    indicatorsNotes:
      'Homicidio doloso: 9 (tasa anualizada 26.2 por 100 mil; meta vigente 28). Robo de vehículo: 41 (+41 % frente al mes anterior). Extorsión denunciada: 6; se estima una cifra negra superior al 90 %. Violencia familiar: 112 carpetas.',
    other: {
      title: 'Diagnóstico de alumbrado en corredores escolares',
      presenter: { person: 'gilberto' },
      minutes: 15,
      notes: 'Servicios Públicos presentó el inventario: 1,240 luminarias en corredores escolares, 18 % sin funcionar. Propone reponerlas en tres etapas, empezando por Las Huertas.',
    },
    generalNotes: 'El Comité de indicadores pidió a las autoridades enviar sus cifras a más tardar el día 5 de cada mes. La regidora Esquivel informó que el Cabildo discutirá el reglamento de deshuesaderos.',
    agreements: [
      {
        item: 'authority0',
        text: 'La Secretaría de Seguridad Pública Municipal entregará al Comité anti robo de autos un diagnóstico de los puntos de mayor robo de vehículo en las colonias Centro, Las Huertas y El Mirador, con horarios y modo de operar.',
        committee: 'robo',
        responsibles: ['rogelio', 'hector'],
        dueInDays: 40,
        followups: [
          { status: 'en_proceso', progress: 40, note: 'Se entregó un primer mapa de calor; falta el análisis por horario.' },
          { status: 'en_proceso', progress: 80, note: 'Diagnóstico completo, en revisión por el comité.' },
          { status: 'cumplido', progress: 100, note: 'Diagnóstico entregado; sirvió de base para el operativo en deshuesaderos.' },
        ],
      },
      {
        item: 'other',
        text: 'Reponer las luminarias apagadas del corredor escolar de la colonia Las Huertas (primera etapa: 63 luminarias).',
        committee: 'prev',
        responsibles: ['gilberto', 'claudia'],
        dueInDays: 60,
        followups: [
          { status: 'en_proceso', progress: 20, note: '13 luminarias repuestas.' },
          { status: 'en_proceso', progress: 55, note: '35 de 63 luminarias repuestas; falta material eléctrico.' },
          { status: 'en_proceso', progress: 75, note: '48 de 63 luminarias repuestas.' },
          { status: 'cumplido', progress: 100, note: 'Las 63 luminarias funcionan; el comité lo verificó en recorrido nocturno.' },
        ],
      },
      {
        item: 'indicators',
        text: 'El Comité de indicadores integrará un tablero mensual con homicidio doloso, robo de vehículo, extorsión y violencia familiar, y lo presentará en cada plenaria.',
        committee: 'ind',
        responsibles: ['fernando', 'ivan'],
        dueInDays: 25,
        followups: [{ status: 'cumplido', progress: 100, note: 'El tablero se presentó en esta sesión y se actualizará cada mes.' }],
      },
    ],
    citizen: {
      notes: {
        authority0: 'Pedir a la SSPM el detalle por colonia y horario; no conformarse con el total mensual.',
        other: 'Servicios Públicos ya tenía este inventario desde hace un año; preguntar por qué no se actuó.',
      },
      topics: [
        {
          title: 'Presencia policial a la salida de las escuelas de Las Huertas',
          body: 'Madres de familia de la primaria Benito Juárez reportan asaltos a la salida del turno vespertino. No mencionar los nombres de quienes lo reportaron.',
          isGeneralMatter: false,
          promote: 10,
          notes: 'Se expuso la preocupación de las familias; la SSPM se comprometió a asignar una unidad de proximidad de 17:30 a 19:00 en días hábiles.',
        },
        { title: 'Sesionar alguna vez en una sede itinerante', body: 'Propuesta de sesionar en colonias; el comité ejecutivo lo valorará.', isGeneralMatter: true },
      ],
      checklist: doneChecklist(CHECKLIST),
    },
  },
  {
    authority: [
      {
        title: 'Informe de la Unidad Especializada en Combate al Secuestro y la Extorsión',
        presenter: { person: 'marco' },
        minutes: 20,
        notes:
          'Se registraron 58 llamadas de extorsión reportadas al 089, de las cuales 6 se convirtieron en denuncia. Predominan el falso familiar detenido y las amenazas a comercios del mercado municipal. No hubo secuestros consumados en el mes.',
      },
      {
        title: 'Informe de la Guardia Nacional',
        presenter: { person: 'mauricio' },
        minutes: 15,
        notes: 'La Guardia Nacional reportó 22 puestos de control en la carretera San Andrés–Tlacotepec y la recuperación de 7 vehículos con reporte de robo, 4 de ellos robados en el municipio.',
      },
    ],
    committeesNotes:
      'Anti robo de autos: recibió el primer mapa de calor de la SSPM. Secuestro y extorsión: material de la campaña «¡Cuelga y denuncia!» listo. Prevención: 13 luminarias repuestas en Las Huertas. Justicia cívica: revisa el catálogo de faltas administrativas.',
    indicatorsNotes: 'Homicidio doloso: 7 (tasa anualizada 20.4). Robo de vehículo: 36 (−12 %). Extorsión denunciada: 6; llamadas reportadas al 089: 58. Violencia familiar: 104 carpetas. Primer tablero mensual presentado.',
    other: {
      title: 'Iniciativa para sancionar la venta de autopartes sin comprobante de origen',
      presenter: { person: 'beatriz' },
      minutes: 15,
      notes: 'La diputada Solís presentó el borrador de iniciativa. Los integrantes pidieron incluir obligaciones de registro para deshuesaderos y talleres.',
    },
    generalNotes: 'La secretaria técnica recordó que la orden del día se envía con al menos tres días de anticipación y pidió confirmar la asistencia por correo.',
    agreements: [
      {
        item: 'authority0',
        text: 'La Fiscalía de Distrito y la Unidad Antiextorsión presentarán en la siguiente plenaria el protocolo de atención a víctimas de extorsión telefónica.',
        committee: 'sye',
        responsibles: ['arturo', 'marco'],
        dueInDays: 30,
        followups: [{ status: 'cumplido', progress: 100, note: 'El protocolo se presentó en esta sesión y se compartirá con los comités.' }],
      },
      {
        item: 'topic',
        text: 'Realizar la campaña «¡Cuelga y denuncia!» en 20 escuelas y en el mercado municipal, con material de la Unidad Antiextorsión.',
        committee: 'sye',
        responsibles: ['lucia', 'marco'],
        dueInDays: 90,
        followups: [
          { status: 'en_proceso', progress: 30, note: '6 escuelas visitadas.' },
          { status: 'en_proceso', progress: 60, note: '12 escuelas y el mercado municipal.' },
          { status: 'en_proceso', progress: 85, note: '17 escuelas.' },
          { status: 'cumplido', progress: 100, note: '20 escuelas y el mercado; 3,400 trípticos entregados.' },
        ],
      },
      {
        item: 'other',
        text: 'Acompañar ante el Congreso del Estado la iniciativa para sancionar la venta de autopartes sin comprobante de origen.',
        committee: 'robo',
        responsibles: ['beatriz', 'hector'],
        dueInDays: 120,
        followups: [
          { status: 'en_proceso', progress: 10, note: 'La iniciativa se turnó a comisiones.' },
          { status: 'en_proceso', progress: 10, note: 'Sin avance en comisiones.' },
          { status: 'cancelado', progress: 10, note: 'El Congreso aprobó otra reforma que ya cubre el tema; la Mesa cancela el acuerdo y seguirá su aplicación.' },
        ],
      },
    ],
    citizen: {
      notes: {
        authority0: 'La Unidad Antiextorsión suele dar cifras de llamadas, no de denuncias: pedir ambas.',
        followup: 'El diagnóstico de la SSPM llegó incompleto; registrarlo en proceso, no cumplido.',
      },
      topics: [
        {
          title: 'Extorsión a locatarios del mercado municipal',
          body: 'Tres locatarios (el comité tiene sus datos) confirman cobros semanales; piden no ser identificados ante las autoridades.',
          isGeneralMatter: false,
          promote: 15,
          notes: 'Se expuso la situación sin identificar a los afectados; la Unidad Antiextorsión ofreció un canal de denuncia confidencial.',
        },
        { title: 'Vacante de suplente en el Comité de justicia cívica', body: 'Proponer a Gabriela Sandoval en la reunión del comité.', isGeneralMatter: false },
      ],
      checklist: doneChecklist(CHECKLIST),
    },
  },
  {
    authority: [
      {
        title: 'Informe de la Secretaría de Seguridad Pública del Estado',
        presenter: { person: 'sandra' },
        minutes: 15,
        notes: 'La subsecretaria informó el despliegue de 40 elementos estatales en el municipio y 12 nuevas cámaras del C5 en los accesos carreteros. El robo de vehículo baja por segundo mes.',
      },
      {
        title: 'Informe de la Fiscalía de Distrito Zona Valle',
        presenter: { person: 'arturo' },
        minutes: 15,
        notes: 'Se presentó el protocolo de atención a víctimas de extorsión. Hubo 8 vinculaciones a proceso por robo de vehículo en el trimestre. El fiscal anunció su cambio de adscripción a partir del próximo mes.',
      },
    ],
    committeesNotes:
      'Anti robo de autos: el análisis del diagnóstico muestra que 60 % de los robos ocurre de noche en la calle, en modelos 2008–2015. Justicia cívica: propone medir el trabajo comunitario como sanción. Prevención: 35 de 63 luminarias repuestas.',
    indicatorsNotes: 'Homicidio doloso: 8 (tasa anualizada 23.3). Robo de vehículo: 29 (−19 %). Extorsión denunciada: 9 (+50 %, efecto de la campaña). Violencia familiar: 118 carpetas.',
    other: {
      title: 'Juzgados cívicos: faltas administrativas y trabajo en favor de la comunidad',
      presenter: { person: 'tomas' },
      minutes: 15,
      notes: 'El juez cívico informó 412 remisiones en el trimestre: 61 % por alterar el orden público y 22 % por consumo de alcohol en la vía pública. Solo 4 % de las sanciones fue trabajo en favor de la comunidad.',
    },
    generalNotes: 'La coordinadora agradeció al fiscal Cisneros su participación en la Mesa y pidió a la Fiscalía presentar a su sucesora en la próxima sesión.',
    agreements: [
      {
        item: 'committees',
        text: 'Realizar un operativo coordinado de revisión de deshuesaderos y talleres con la Guardia Nacional, la policía estatal y la policía municipal.',
        committee: 'robo',
        responsibles: ['rogelio', 'sandra', 'mauricio'],
        dueInDays: 30,
        followups: [
          { status: 'en_proceso', progress: 50, note: '14 de 27 establecimientos revisados.' },
          { status: 'cumplido', progress: 100, note: '27 establecimientos revisados; 5 suspendidos y 11 autopartes con reporte de robo aseguradas.' },
        ],
      },
      {
        item: 'other',
        text: 'Los Juzgados Cívicos entregarán al Comité de justicia cívica un informe trimestral de faltas administrativas y de sanciones de trabajo comunitario.',
        committee: 'just',
        responsibles: ['tomas', 'veronica'],
        dueInDays: 45,
        followups: [
          { status: 'pendiente', progress: 0, note: 'Sin entrega: el juzgado cambió de sistema de registro.' },
          { status: 'en_proceso', progress: 40, note: 'Entregó los datos de dos de los tres meses.' },
          { status: 'cumplido', progress: 100, note: 'Informe trimestral entregado.' },
        ],
      },
      {
        item: 'topic',
        text: 'Solicitar a la Fiscalía General del Estado ampliar el horario del módulo de atención del Ministerio Público en la colonia El Mirador.',
        committee: 'just',
        responsibles: ['coord', 'veronica'],
        dueInDays: 60,
        followups: [
          { status: 'en_proceso', progress: 25, note: 'La nueva fiscal de distrito recibió la solicitud.' },
          { status: 'en_proceso', progress: 50, note: 'Horario ampliado hasta las 18:00 los martes y jueves.' },
          { status: 'en_proceso', progress: 70, note: 'Horario ampliado tres días; falta personal para cubrir los cinco.' },
        ],
      },
    ],
    citizen: {
      notes: {
        authority1: 'El fiscal se va: pedir que deje por escrito el estado de los acuerdos de la Fiscalía.',
        other: 'Proponer que el Comité de justicia cívica reciba estos datos cada trimestre.',
      },
      topics: [
        {
          title: 'Horario del módulo del Ministerio Público en El Mirador',
          body: 'Vecinos de El Mirador dicen que el módulo cierra a las 15:00 y deben ir al Centro a denunciar. Plantearlo sin exhibir a la Fiscalía.',
          isGeneralMatter: true,
          promote: 10,
          notes: 'Se planteó ampliar el horario de atención del módulo de El Mirador; la Fiscalía lo valorará con el cambio de titular.',
        },
        { title: 'Invitar a la Unión de Transportistas', body: 'Los choferes de rutas urbanas reportan cobros; invitar a su representante a la siguiente plenaria.', isGeneralMatter: false },
      ],
      checklist: doneChecklist(CHECKLIST),
    },
  },
  {
    authority: [
      {
        title: 'Informe de la Fiscalía de Distrito Zona Valle',
        presenter: { person: 'fiscal' },
        minutes: 15,
        notes: 'La nueva fiscal de distrito se presentó ante la Mesa. Informó 171 carpetas iniciadas en el mes, 7 por homicidio doloso, y la creación de una célula de investigación de robo de vehículo.',
      },
      {
        title: 'Informe de la Fiscalía General de la República',
        presenter: { person: 'irma' },
        minutes: 15,
        notes: 'La FGR informó 12 carpetas por delitos federales en el municipio, principalmente portación de arma de fuego.',
      },
    ],
    committeesNotes:
      'Secuestro y extorsión: reunión con la Unión de Transportistas, que reporta cobros a choferes. Anti robo de autos: 14 de 27 deshuesaderos revisados. Prevención: 48 de 63 luminarias; propone un programa de entornos escolares seguros.',
    indicatorsNotes: 'Homicidio doloso: 7 (tasa anualizada 20.4). Robo de vehículo: 24. Extorsión denunciada: 11. El comité propone fijar la meta de homicidio en 24 por 100 mil al cierre del año (la vigente es 28).',
    other: {
      title: 'Extorsión al transporte público',
      presenter: { person: 'ramiro' },
      minutes: 15,
      notes: 'El representante de los transportistas describió cobros semanales a choferes de tres rutas y pidió acompañamiento para denunciar sin exponer a los operadores.',
    },
    generalNotes: 'Se dio la bienvenida a la fiscal de distrito Gabriela Ontiveros Lugo.',
    agreements: [
      {
        item: 'other',
        text: 'Instalar una mesa de trabajo con la Unión de Transportistas, la Unidad Antiextorsión y la SSPM para atender la extorsión a operadores del transporte público.',
        committee: 'sye',
        responsibles: ['marco', 'lucia', 'rogelio'],
        dueInDays: 30,
        followups: [
          { status: 'en_proceso', progress: 50, note: 'Primera reunión realizada; se acordó un canal de denuncia por ruta.' },
          { status: 'cumplido', progress: 100, note: 'La mesa de trabajo sesiona cada quince días; 4 denuncias presentadas.' },
        ],
      },
      {
        item: 'indicators',
        text: 'Adoptar como meta una tasa de homicidio doloso de 24 por 100 mil habitantes al cierre del año y medir su avance en cada plenaria.',
        committee: 'ind',
        responsibles: ['fernando'],
        dueInDays: 180,
        followups: [
          { status: 'en_proceso', progress: 30, note: 'Tasa anualizada del periodo: 21.8.' },
          { status: 'en_proceso', progress: 45, note: 'Tasa anualizada del periodo: 20.9; se mantiene la tendencia.' },
        ],
      },
      {
        item: 'topic',
        text: 'Diseñar el programa de entornos escolares seguros con 10 escuelas piloto.',
        committee: 'prev',
        responsibles: ['alma', 'claudia'],
        dueInDays: 75,
        followups: [
          { status: 'pendiente', progress: 0, note: 'Se espera la lista de escuelas de la Secretaría de Educación.' },
          { status: 'en_proceso', progress: 20, note: 'Se eligieron las 10 escuelas piloto.' },
        ],
      },
      {
        item: 'authority0',
        text: 'Depurar con el C5 la base de placas de vehículos con reporte de robo, para que los arcos lectores alerten solo sobre reportes vigentes.',
        committee: 'robo',
        responsibles: ['sandra', 'fiscal'],
        dueInDays: 20,
        followups: [{ status: 'cumplido', progress: 100, note: 'Se depuraron 1,830 registros de vehículos ya recuperados.' }],
      },
    ],
    citizen: {
      notes: {
        authority0: 'Primera sesión de la nueva fiscal: recibirla bien, pero pedirle compromisos con fecha.',
        other: 'El representante de transportistas pidió no dar nombres de rutas en la plenaria.',
      },
      topics: [
        {
          title: 'Programa de entornos escolares seguros',
          body: 'Propuesta del Comité de prevención; la directora de prevención municipal está de acuerdo, pero el presupuesto no está asegurado. No comprometer cifras en la plenaria.',
          isGeneralMatter: false,
          promote: 15,
          notes: 'El Comité de prevención presentó la idea general: senderos seguros, alumbrado y presencia policial en 10 escuelas piloto.',
        },
        { title: 'Renuncia de un integrante', body: 'Gustavo Lerma se muda de ciudad; agradecerle en la reunión ciudadana, no en la plenaria.', isGeneralMatter: false },
      ],
      checklist: doneChecklist(CHECKLIST),
    },
  },
  {
    authority: [
      {
        title: 'Informe de la Secretaría de Seguridad Pública Municipal',
        presenter: { person: 'rogelio' },
        minutes: 20,
        notes: 'El robo de vehículo llegó a su nivel más bajo del año (19 casos). Concluyó el operativo en deshuesaderos. La SSPM pidió apoyo para capacitar a su personal como primer respondiente.',
      },
      {
        title: 'Informe del Poder Judicial del Estado',
        presenter: { person: 'humberto' },
        minutes: 15,
        notes: 'El juez de control informó 64 audiencias iniciales del municipio en el bimestre, 23 por robo de vehículo, con 15 vinculaciones a proceso. Explicó cómo compartir estadística sin datos personales.',
      },
    ],
    committeesNotes: 'Anti robo de autos: operativo concluido. Justicia cívica: datos parciales de los juzgados cívicos. Secuestro y extorsión: mesa con transportistas en marcha; 17 escuelas con la campaña.',
    indicatorsNotes: 'Homicidio doloso: 6 (tasa anualizada 17.5). Robo de vehículo: 19 (−54 % desde el máximo del semestre). Extorsión denunciada: 10. Violencia familiar: 121 carpetas, al alza por tercer mes.',
    other: {
      title: 'Violencia familiar: ruta de atención y canalización',
      presenter: { person: 'alma' },
      minutes: 15,
      notes: 'La Dirección de Prevención presentó la ruta de atención a víctimas de violencia familiar y señaló la falta de un refugio temporal en el municipio.',
    },
    generalNotes: 'El diputado federal Alcántara informó de la asignación de recursos federales para seguridad en el próximo ejercicio.',
    agreements: [
      {
        item: 'topic',
        text: 'Capacitar a 120 policías municipales como primer respondiente con enfoque de atención a víctimas.',
        committee: null,
        responsibles: ['rogelio', 'alma'],
        dueInDays: 90,
        followups: [{ status: 'en_proceso', progress: 35, note: '42 elementos capacitados.' }],
      },
      {
        item: 'general',
        text: 'La Guardia Nacional presentará en la siguiente plenaria un informe de patrullajes en la carretera San Andrés–Tlacotepec.',
        committee: null,
        responsibles: ['mauricio'],
        dueInDays: 30,
        followups: [{ status: 'cumplido', progress: 100, note: 'Informe presentado en esta sesión.' }],
      },
      {
        item: 'authority1',
        text: 'Solicitar al Poder Judicial del Estado los datos mensuales de vinculación a proceso por robo de vehículo, sin datos personales, para el tablero de indicadores.',
        committee: 'ind',
        responsibles: ['humberto', 'fernando'],
        dueInDays: 45,
        followups: [{ status: 'pendiente', progress: 0, note: 'La solicitud formal se turnó a la unidad de transparencia del Poder Judicial.' }],
      },
    ],
    citizen: {
      notes: {
        indicators: 'Violencia familiar sube tres meses seguidos: pedir a Prevención que lo explique.',
        authority0: 'Reconocer la baja del robo de vehículo, pero recordar que el acuerdo de luminarias sigue abierto.',
      },
      topics: [
        {
          title: 'Capacitación de la policía municipal como primer respondiente',
          body: 'Ciudadanos reportan malos tratos a víctimas al recibir denuncias; llevarlo en positivo (capacitación) y no como queja.',
          isGeneralMatter: false,
          promote: 10,
          notes: 'Se propuso capacitar a la policía municipal como primer respondiente con enfoque de atención a víctimas; la SSPM aceptó.',
        },
        { title: 'Nota de prensa sobre el robo de vehículo', body: 'Solo la coordinadora declarará; cifras solo las del tablero aprobado.', isGeneralMatter: false },
      ],
      checklist: doneChecklist(CHECKLIST),
    },
  },
  {
    authority: [
      {
        title: 'Informe de la Guardia Nacional: patrullajes en la carretera San Andrés–Tlacotepec',
        presenter: { person: 'mauricio' },
        minutes: 15,
        notes: 'Se informaron 31 patrullajes y 2 puestos de control fijos; no hubo robos con violencia a transportistas en el tramo durante el mes.',
      },
      {
        title: 'Informe de la Secretaría de Seguridad Pública Municipal',
        presenter: { person: 'rogelio' },
        minutes: 15,
        notes: 'La SSPM informó 42 elementos capacitados como primer respondiente y un aumento de reportes de extorsión presencial en el mercado municipal.',
      },
    ],
    committeesNotes: 'Secuestro y extorsión: campaña concluida en 20 escuelas; alerta por cobros presenciales en el mercado. Prevención: 10 escuelas piloto elegidas; corredor de Las Huertas completo. Justicia cívica: informe trimestral recibido.',
    indicatorsNotes: 'Homicidio doloso: 6 (tasa anualizada 17.5; meta 24, en cumplimiento). Robo de vehículo: 21. Extorsión denunciada: 14, la mitad presencial. Violencia familiar: 117 carpetas.',
    other: {
      title: 'Recuperación del parque lineal Río Seco',
      presenter: { committee: 'prev' },
      minutes: 15,
      notes: 'Vecinos y el Comité de prevención propusieron una jornada de limpieza, alumbrado y actividades deportivas en el parque lineal, hoy abandonado.',
    },
    generalNotes: 'La coordinadora recordó que en la próxima plenaria el Comité de prevención presentará el programa de entornos escolares seguros.',
    agreements: [
      {
        item: 'committees',
        text: 'El Comité de prevención y la Dirección de Prevención Social presentarán en la siguiente plenaria el programa de entornos escolares seguros, con calendario y responsables.',
        committee: 'prev',
        responsibles: ['claudia', 'alma'],
        dueInDays: 28,
        followups: [],
      },
      {
        item: 'authority1',
        text: 'Reforzar la vigilancia y el canal de denuncia confidencial en el mercado municipal ante la extorsión presencial a locatarios.',
        committee: 'sye',
        responsibles: ['rogelio', 'marco'],
        dueInDays: 30,
        followups: [],
      },
      {
        item: 'other',
        text: 'Realizar una jornada de recuperación del parque lineal Río Seco con vecinos, Servicios Públicos y la policía de proximidad.',
        committee: 'prev',
        responsibles: ['gilberto', 'claudia'],
        dueInDays: 45,
        followups: [],
      },
      {
        item: 'topic',
        text: 'Homologar con el C5 el formato de denuncia anónima 089 para no pedir datos que identifiquen a quien denuncia.',
        committee: null,
        responsibles: ['sandra'],
        dueInDays: 60,
        followups: [],
      },
    ],
    citizen: {
      notes: {
        authority1: 'Los locatarios dicen que la vigilancia no ha cambiado; pedir datos concretos sin exponer a nadie.',
        other: 'Vecinos de Río Seco reportan venta de droga en el parque; no decirlo así en la plenaria.',
      },
      topics: [
        {
          title: 'Formato de denuncia anónima 089',
          body: 'Varios integrantes notan que el 089 pide teléfono y domicilio, lo que desalienta la denuncia. Proponer homologar con el C5 sin culpar a los operadores.',
          isGeneralMatter: true,
          promote: 10,
          notes: 'Se propuso revisar con el C5 el formato de la denuncia anónima para no pedir datos que identifiquen a quien denuncia.',
        },
        { title: 'Entrevista a la aspirante Karla Ordaz', body: 'El Comité ejecutivo la entrevistará antes de abrir la votación de admisión.', isGeneralMatter: false },
      ],
      checklist: doneChecklist(CHECKLIST),
    },
  },
  {
    authority: [
      { title: 'Informe de la Secretaría de Seguridad Pública Municipal: vigilancia en el mercado municipal', presenter: { person: 'rogelio' }, minutes: 15 },
      { title: 'Informe de la Fiscalía de Distrito Zona Valle', presenter: { person: 'fiscal' }, minutes: 15 },
    ],
    other: {
      title: 'Programa de entornos escolares seguros',
      presenter: { committee: 'prev' },
      minutes: 20,
      description: 'Calendario, escuelas piloto y responsables (acuerdo de la plenaria anterior).',
    },
    agreements: [],
    citizen: {
      notes: {
        followup: 'El horario del módulo de El Mirador sigue incompleto: preguntar a la fiscal por el personal faltante.',
        authority0: 'Los locatarios siguen reportando cobros; pedir cifras de rondines y denuncias del mes.',
        other: 'Revisar que el programa tenga presupuesto asignado antes de celebrarlo.',
      },
      topics: [
        {
          title: 'Segunda etapa de alumbrado en la colonia El Mirador',
          body: 'Servicios Públicos tiene material sobrante de Las Huertas; proponer usarlo en El Mirador antes de que termine el ejercicio.',
          isGeneralMatter: false,
          promote: 10,
        },
        {
          title: 'Postura ante la nota del periódico sobre extorsión en el mercado',
          body: 'Solo la coordinadora habla con la prensa; acordar una postura común y no dar cifras fuera del tablero.',
          isGeneralMatter: false,
        },
        { title: 'Fecha de la elección de coordinación', body: 'El periodo de la coordinadora termina en unos meses; calendarizar la elección.', isGeneralMatter: true },
      ],
      checklist: [
        { label: 'Revisar la presentación de indicadores', done: true },
        { label: 'Confirmar la asistencia de la fiscal de distrito', done: true },
        { label: 'Enviar la orden del día', done: true },
        { label: 'Imprimir la matriz de acuerdos', done: false },
        { label: 'Preparar la lista de asistencia', done: false },
      ],
    },
  },
];
