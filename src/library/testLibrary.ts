/** Test helpers: linked BroadcastChannel fakes and a backend whose writes can be refused. */
import type { LibraryBackend } from './backend';
import type { Channel, LibraryMessage } from './tabSession';

/** Every channel of one "browser": a message reaches the others, not its sender. */
export function channelHub() {
  const members = new Set<(m: LibraryMessage) => void>();
  const pending: Promise<void>[] = [];
  return {
    channel(): Channel {
      let own: ((e: MessageEvent<LibraryMessage>) => void) | undefined;
      const deliver = (m: LibraryMessage) => own?.({ data: m } as MessageEvent<LibraryMessage>);
      members.add(deliver);
      return {
        postMessage(message) {
          for (const other of members)
            if (other !== deliver) pending.push(Promise.resolve().then(() => other(message)));
        },
        addEventListener(_type, listener) {
          own = listener;
        },
      };
    },
    /** Resolves when every message sent so far was handled. */
    async settled(): Promise<void> {
      while (pending.length > 0) await pending.shift();
    },
  };
}

/** `backend` with writes that fail with `error` while `failing` is set; counts writes. */
export interface RefusingBackend {
  failing: boolean;
  writes: number;
  backend: LibraryBackend;
}

export function refusingBackend(backend: LibraryBackend, error: () => Error): RefusingBackend {
  const wrapped: RefusingBackend = {
    failing: false,
    writes: 0,
    backend: {
      ...backend,
      update(...args: Parameters<LibraryBackend['update']>) {
        wrapped.writes++;
        return wrapped.failing ? Promise.reject(error()) : backend.update(...args);
      },
    } as LibraryBackend,
  };
  return wrapped;
}

export function quotaError(): Error {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}
