import type { GovOrder, GovPower, LeaveReason, PersonKind } from '../../../../shared/domain/people.js';
import type { MessageKey } from '../../../i18n/translate.js';

/** The people vocabularies' words; other features (committees, votes) use them too. */
export const kindLabels: Record<PersonKind, MessageKey> = {
  citizen: 'kind.citizen',
  official: 'kind.official',
  honorary: 'kind.honorary',
  collaborator: 'kind.collaborator',
  volunteer: 'kind.volunteer',
  guest: 'kind.guest',
};

export const orderLabels: Record<GovOrder, MessageKey> = {
  municipal: 'order.municipal',
  estatal: 'order.estatal',
  federal: 'order.federal',
};

export const powerLabels: Record<GovPower, MessageKey> = {
  ejecutivo: 'power.ejecutivo',
  legislativo: 'power.legislativo',
  judicial: 'power.judicial',
};

export const leaveReasonLabels: Record<LeaveReason, MessageKey> = {
  resignation: 'leaveReason.resignation',
  sanction: 'leaveReason.sanction',
  end_of_post: 'leaveReason.end_of_post',
  other: 'leaveReason.other',
};
