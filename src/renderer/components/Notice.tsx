/** A calm confirmation (saved, imported), announced politely by screen readers. */
export function Notice({ text, testId }: { text: string | null; testId: string }) {
  if (!text) return null;
  return (
    <p className="notice" role="status" data-testid={testId}>
      {text}
    </p>
  );
}
