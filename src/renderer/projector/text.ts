import type { AgreementStatus } from '../../shared/domain/live.js';
import type { Language } from '../../shared/ipc/contract.js';

/**
 * The projector's words. It has no preferences of its own: every view says its language,
 * and whatever does not say one is shown in Spanish.
 */
export interface ProjectorText {
  locale: string;
  wait: string;
  agenda: string;
  now: string;
  next: string;
  done: string;
  minutes: (n: number) => string;
  item: (position: number) => string;
  presenter: string;
  countdown: Record<'normal' | 'warning' | 'over', string>;
  estimatedEnd: string;
  noCurrentItem: string;
  agreement: string;
  capturing: string;
  committee: string;
  responsibles: string;
  dueOn: string;
  adopted: string;
  earlierAdopted: (n: number) => string;
  followup: string;
  followupPosition: (n: number, total: number) => string;
  followupCount: (total: number) => string;
  indicatorPosition: (n: number, total: number) => string;
  columns: { code: string; text: string; session: string; responsible: string; dueOn: string; status: string; progress: string };
  status: Record<AgreementStatus, string>;
  read: string;
  rowsBefore: (n: number) => string;
  rowsAfter: (n: number) => string;
  matrixPage: (page: number, pages: number, total: number) => string;
  matrixNoFilter: string;
  matrixEmpty: string;
  matrixCounts: string;
  overdue: string;
  overdueCount: string;
}

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const es: ProjectorText = {
  locale: 'es-MX',
  wait: 'Un momento, por favor',
  agenda: 'Orden del día',
  now: 'En curso',
  next: 'Siguiente',
  done: 'Concluido',
  minutes: (n) => `${n} min`,
  item: (position) => `Punto ${position}`,
  presenter: 'Presenta',
  countdown: { normal: 'Tiempo restante', warning: 'Por concluir', over: 'Tiempo excedido' },
  estimatedEnd: 'Término estimado',
  noCurrentItem: 'Sesión en curso',
  agreement: 'Acuerdo',
  capturing: 'En redacción',
  committee: 'Comité',
  responsibles: 'Responsables',
  dueOn: 'Fecha límite',
  adopted: 'Acuerdos adoptados en este punto',
  earlierAdopted: (n) => `y ${n} ${plural(n, 'acuerdo anterior', 'acuerdos anteriores')}`,
  followup: 'Seguimiento de acuerdos',
  followupPosition: (n, total) => `Acuerdo ${n} de ${total}`,
  followupCount: (total) => `${total} ${plural(total, 'acuerdo abierto', 'acuerdos abiertos')}`,
  indicatorPosition: (n, total) => `Indicador ${n} de ${total}`,
  columns: { code: 'Acuerdo', text: 'Texto', session: 'Sesión', responsible: 'Responsable', dueOn: 'Fecha límite', status: 'Estado', progress: 'Avance' },
  status: { pendiente: 'Pendiente', en_proceso: 'En proceso', cumplido: 'Cumplido', cancelado: 'Cancelado' },
  read: 'Leído en esta sesión',
  rowsBefore: (n) => `${n} ${plural(n, 'acuerdo antes', 'acuerdos antes')}`,
  rowsAfter: (n) => `${n} ${plural(n, 'acuerdo más', 'acuerdos más')}`,
  matrixPage: (page, pages, total) => `Página ${page} de ${pages} · ${total} ${plural(total, 'acuerdo', 'acuerdos')}`,
  matrixNoFilter: 'Todos los acuerdos',
  matrixEmpty: 'Ningún acuerdo cumple este filtro',
  matrixCounts: 'Acuerdos por estado',
  overdue: 'Vencido',
  overdueCount: 'Vencidos',
};

const en: ProjectorText = {
  locale: 'en-US',
  wait: 'One moment, please',
  agenda: 'Agenda',
  now: 'Now',
  next: 'Next',
  done: 'Done',
  minutes: (n) => `${n} min`,
  item: (position) => `Item ${position}`,
  presenter: 'Presenter',
  countdown: { normal: 'Time left', warning: 'Ending soon', over: 'Over time' },
  estimatedEnd: 'Estimated end',
  noCurrentItem: 'Session in progress',
  agreement: 'Agreement',
  capturing: 'Being drafted',
  committee: 'Committee',
  responsibles: 'Responsible',
  dueOn: 'Due',
  adopted: 'Agreements adopted under this item',
  earlierAdopted: (n) => `and ${n} earlier ${plural(n, 'agreement', 'agreements')}`,
  followup: 'Follow-up of agreements',
  followupPosition: (n, total) => `Agreement ${n} of ${total}`,
  followupCount: (total) => `${total} open ${plural(total, 'agreement', 'agreements')}`,
  indicatorPosition: (n, total) => `Indicator ${n} of ${total}`,
  columns: { code: 'Agreement', text: 'Text', session: 'Session', responsible: 'Responsible', dueOn: 'Due', status: 'Status', progress: 'Progress' },
  status: { pendiente: 'Pending', en_proceso: 'In progress', cumplido: 'Fulfilled', cancelado: 'Cancelled' },
  read: 'Read in this session',
  rowsBefore: (n) => `${n} earlier ${plural(n, 'agreement', 'agreements')}`,
  rowsAfter: (n) => `${n} more ${plural(n, 'agreement', 'agreements')}`,
  matrixPage: (page, pages, total) => `Page ${page} of ${pages} · ${total} ${plural(total, 'agreement', 'agreements')}`,
  matrixNoFilter: 'All agreements',
  matrixEmpty: 'No agreement matches this filter',
  matrixCounts: 'Agreements by status',
  overdue: 'Overdue',
  overdueCount: 'Overdue',
};

export function projectorText(language: Language | undefined): ProjectorText {
  return language === 'en' ? en : es;
}
