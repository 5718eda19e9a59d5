/** The one way an error is shown: announced by screen readers, found by tests. */
export function ErrorMessage({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p className="alert" role="alert" data-testid="error-message">
      {text}
    </p>
  );
}
