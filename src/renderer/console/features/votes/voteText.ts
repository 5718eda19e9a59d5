import type { VoteKind } from '../../../../shared/domain/votes.js';
import type { MessageKey } from '../../../i18n/translate.js';

export const voteKindLabels: Record<VoteKind, MessageKey> = {
  admission: 'vote.kind.admission',
  coordinator_election: 'vote.kind.coordinator_election',
  substitute_election: 'vote.kind.substitute_election',
};
