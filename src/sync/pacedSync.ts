/**
 * A big download from the server applied in the page's idle periods. A client lacking most of a busy space
 * gets it as ~80 update messages of a few thousand structs (server/sync/coldSlices.ts). y-websocket applies
 * each message in the task that receives it; arriving back to back, they left V8 no idle time, so its
 * collector paused inside them (20–45 ms) and made long tasks of some while the board was already on screen.
 *
 * Here the provider's sync handler queues such messages and applies them a few milliseconds' worth per
 * idle period, in arrival order. A small update arriving while nothing is queued — a colleague's edit — is
 * applied at once as before, and the server's step 1 (which asks for a reply) always is. Step 2 is queued
 * behind the updates before it, so the provider reports itself synced only once all of them are applied.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { messageSync, type WebsocketProvider } from 'y-websocket';
import { slicer, yieldToIdle, type Yield } from './yielding.ts';

/** y-protocols' sync step 1: the server's state vector, answered with what it lacks. */
const SYNC_STEP_1 = 0;
/** Sync messages from this size on start the queue (a slice is larger; a colleague's edit far smaller). */
export const QUEUE_FROM_BYTES = 4 * 1024;
/** Time one idle period may spend applying queued messages, ms (about one slice). */
const TASK_BUDGET_MS = 6;

type MessageHandler = (
  encoder: encoding.Encoder,
  decoder: decoding.Decoder,
  provider: WebsocketProvider,
  emitSynced: boolean,
  messageType: number,
) => void;

interface Queued {
  decoder: decoding.Decoder;
  emitSynced: boolean;
  /** The socket it came on: a step 2 from a socket closed meanwhile must not mark the new one synced. */
  socket: unknown;
}

/**
 * Paces `provider`'s incoming sync messages as described above, until the returned function is called
 * (which drops what is still queued: call it when the document closes).
 */
export function paceSyncMessages(provider: WebsocketProvider, yieldNow: Yield = yieldToIdle): () => void {
  const handlers = provider.messageHandlers as MessageHandler[];
  const apply = handlers[messageSync]!;
  const queue: Queued[] = [];
  let pumping = false;
  let stopped = false;

  const applyQueued = ({ decoder, emitSynced, socket }: Queued) => {
    try {
      apply(encoding.createEncoder(), decoder, provider, emitSynced && socket === provider.ws, messageSync);
    } catch (error) {
      // As y-websocket does for a message it cannot read: that one is lost, the ones after it are not.
      console.error('A sync message could not be applied', error);
    }
  };

  const pump = async () => {
    pumping = true;
    try {
      // Never in the task that received the message: that is what pacing is for.
      await yieldNow();
      const pause = slicer({ budgetMs: TASK_BUDGET_MS, yieldTask: yieldNow });
      while (queue.length > 0 && !stopped) {
        applyQueued(queue.shift()!);
        await pause();
      }
    } finally {
      pumping = false;
    }
  };

  handlers[messageSync] = (encoder, decoder, from, emitSynced, messageType) => {
    const syncType = decoding.readVarUint(decoding.clone(decoder));
    const big = decoder.arr.length - decoder.pos >= QUEUE_FROM_BYTES;
    if (stopped || syncType === SYNC_STEP_1 || (queue.length === 0 && !big)) {
      apply(encoder, decoder, from, emitSynced, messageType);
      return;
    }
    queue.push({ decoder, emitSynced, socket: provider.ws });
    if (!pumping) void pump();
  };

  return () => {
    stopped = true;
    queue.length = 0;
    handlers[messageSync] = apply;
  };
}
