/** How many cards a column holds: the number shown, "1 card" / "N cards" read out and on hover. */
export function CardCount({ count }: { count: number }) {
  const words = `${count} ${count === 1 ? 'card' : 'cards'}`;
  return (
    <span className="column-count" title={words}>
      {count}
      <span className="visually-hidden"> {count === 1 ? 'card' : 'cards'}</span>
    </span>
  );
}
