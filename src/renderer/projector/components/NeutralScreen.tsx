/** A name, the same in every language: the projector has no language preference to follow. */
const BRAND = 'Plenaria';

/** No session on the wall: the Mesa's name, or only a discreet "Plenaria" while no workspace is open. */
export function NeutralScreen({ mesaName }: { mesaName: string | null }) {
  return (
    <main className="neutral" data-testid="projector-neutral">
      {mesaName !== null ? (
        <h1 className="mesa-name" data-testid="projector-mesa-name">
          {mesaName}
        </h1>
      ) : (
        <p className="brand">{BRAND}</p>
      )}
    </main>
  );
}
