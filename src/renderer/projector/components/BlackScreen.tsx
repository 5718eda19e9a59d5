/** Key B: the wall goes dark. Not a word, not a pixel. */
export function BlackScreen() {
  return <main className="black" data-testid="projector-black" aria-hidden="true" />;
}
