import { ErrorMessage } from '../../../../components/ErrorMessage.js';
import { useT } from '../../../../i18n/useT.js';
import { minutesRefusalText } from '../minutesText.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore, type MinutesAction } from '../store/minutesStore.js';

/** The refusal of one part of the screen, shown where the secretary pressed the button. */
export function MinutesRefusal({ action }: { action: MinutesAction }) {
  const t = useT();
  const error = useMinutesStore(minutesSelectors.errorOf(action));
  return <ErrorMessage text={error && minutesRefusalText(t, error)} />;
}
