import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../../../i18n/useT.js';
import { minutesSelectors } from '../selectors/minutesSelectors.js';
import { useMinutesStore } from '../store/minutesStore.js';

/**
 * An image is shown inline from a data: URL (the CSP allows data: images). A PDF is not: the
 * CSP forbids objects and frames, and stays that way, so a PDF is exported and opened outside.
 */
export function AttachmentViewer() {
  const t = useT();
  const { viewing, closeViewer } = useMinutesStore(useShallow(minutesSelectors.viewer));
  if (!viewing) return null;
  return (
    <figure className="minutes-viewer" data-testid="minutes-attachment-viewer">
      <figcaption className="toolbar">
        <span className="toolbar-title">{viewing.filename}</span>
        <button type="button" className="link-button" data-testid="minutes-attachment-viewer-close" onClick={closeViewer}>
          {t('minutes.attachments.closeViewer')}
        </button>
      </figcaption>
      {viewing.mime === 'application/pdf' ? (
        <p className="field-hint" data-testid="minutes-attachment-pdf">
          {t('minutes.attachments.pdfNotShown')}
        </p>
      ) : (
        <img className="minutes-viewer-image" data-testid="minutes-attachment-image" alt={viewing.filename} src={`data:${viewing.mime};base64,${viewing.base64}`} />
      )}
    </figure>
  );
}
