import { useShallow } from 'zustand/react/shallow';
import { Avatar } from '../card/Avatar';
import { usePresence } from '../views/kanban/presenceContext';

/** Who else has the space on screen open right now, for the header. */
export function PeopleHere() {
  const peers = usePresence(useShallow((state) => state.peers.map((peer) => `${peer.userId}\n${peer.name}`)));
  if (peers.length === 0) return null;
  return (
    <ul className="people-here" aria-label="Also here">
      {peers.map((peer) => {
        const [id = '', name = ''] = peer.split('\n');
        return (
          <li key={id}>
            <Avatar id={id} name={name} />
          </li>
        );
      })}
    </ul>
  );
}
