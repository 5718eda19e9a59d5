/**
 * The reference data's only source of chance: a seeded generator and the fictional words it
 * strings together, so the same seed always gives the same Mesa, byte for byte of content.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  between(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
}

/** mulberry32: small, fast and good enough for fictional data. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}

const FIRST_NAMES = [
  'María', 'José', 'Guadalupe', 'Juan', 'Ana', 'Luis', 'Rosa', 'Carlos', 'Patricia', 'Jorge', 'Laura', 'Miguel', 'Alejandra', 'Fernando',
  'Verónica', 'Ricardo', 'Gabriela', 'Héctor', 'Claudia', 'Arturo', 'Mónica', 'Raúl', 'Silvia', 'Eduardo', 'Norma', 'Sergio', 'Adriana',
  'Óscar', 'Teresa', 'Javier', 'Lucía', 'Roberto', 'Diana', 'Francisco', 'Karla', 'Martín', 'Paola', 'Gustavo', 'Beatriz', 'Tomás',
];
const SURNAMES = [
  'García', 'Hernández', 'Martínez', 'López', 'González', 'Rodríguez', 'Pérez', 'Sánchez', 'Ramírez', 'Flores', 'Treviño', 'Garza',
  'Villarreal', 'Cantú', 'Salinas', 'Elizondo', 'Montemayor', 'Quiroga', 'Benavides', 'Zambrano', 'Cavazos', 'Ibarra', 'Leal', 'Ochoa',
  'Saldívar', 'Esparza', 'Rentería', 'Tamez', 'Lozano', 'Chapa', 'Galindo', 'Olvera', 'Arredondo', 'Reyna', 'Durán', 'Peña',
];

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST_NAMES)} ${rng.pick(SURNAMES)} ${rng.pick(SURNAMES)}`;
}

const SUBJECTS = [
  'La Secretaría de Seguridad Pública Municipal', 'La Fiscalía de Distrito', 'El comité de prevención', 'La coordinadora', 'El analista de datos',
  'La Guardia Nacional', 'El juez cívico', 'La regidora de seguridad', 'El comité de indicadores', 'Un integrante ciudadano', 'La Dirección de Alumbrado',
  'La Policía Estatal', 'El comité de justicia cívica', 'La secretaria técnica',
];
const VERBS = [
  'informó sobre', 'presentó el avance de', 'propuso revisar', 'señaló un aumento en', 'pidió datos de', 'reconoció el rezago en', 'explicó los resultados de',
  'comprometió recursos para', 'solicitó una reunión sobre', 'entregó el reporte mensual de',
];
const OBJECTS = [
  'los robos de vehículo en la zona centro', 'la extorsión telefónica a comercios', 'el alumbrado de las colonias del oriente', 'los tiempos de respuesta al 911',
  'las carpetas de investigación por homicidio', 'los operativos en el transporte público', 'la violencia familiar denunciada', 'las cámaras del corredor industrial',
  'la campaña de denuncia anónima', 'el patrullaje en escuelas', 'los juzgados cívicos y las faltas administrativas', 'las colonias con más incidencia',
  'el programa de recuperación de espacios públicos', 'la capacitación de policías de proximidad',
];
const TAILS = [
  'con cifras del último trimestre', 'y quedó de enviar el detalle por colonia', 'sin que se llegara a un acuerdo', 'con el apoyo de la comunidad',
  'y la plenaria pidió seguimiento', 'comparado con el mismo mes del año anterior', 'a petición de los vecinos', 'con un mapa de calor',
];

/** Minutes-like prose of about `words` words. */
export function prose(rng: Rng, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const s = `${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(TAILS)}.`;
    sentences.push(s);
    count += s.split(' ').length;
  }
  return sentences.join(' ');
}

export const AGREEMENT_VERBS = ['Solicitar a', 'Instruir a', 'Pedir a', 'Acordar con', 'Encomendar a'];
export const AGREEMENT_WHO = [
  'la Secretaría de Seguridad Pública', 'la Fiscalía de Distrito', 'la Dirección de Servicios Públicos', 'el comité de prevención', 'la Policía Estatal',
  'el Ayuntamiento', 'la Guardia Nacional', 'el comité de indicadores',
];
export const AGREEMENT_WHAT = [
  'un informe mensual de', 'un plan de atención para', 'reforzar la vigilancia en', 'instalar luminarias en', 'publicar las cifras de', 'una mesa de trabajo sobre',
];

export function agreementText(rng: Rng, n: number): string {
  return `${rng.pick(AGREEMENT_VERBS)} ${rng.pick(AGREEMENT_WHO)} ${rng.pick(AGREEMENT_WHAT)} ${rng.pick(OBJECTS)} (acuerdo ${n}).`;
}
