import type { MessageKey } from '../../../../i18n/translate.js';
import type { Section } from '../store/shellStore.js';

export const sectionTitles: Record<Section, MessageKey> = {
  resumen: 'section.resumen',
  miembros: 'section.miembros',
  comites: 'section.comites',
  sesiones: 'section.sesiones',
  acuerdos: 'section.acuerdos',
  indicadores: 'section.indicadores',
};
