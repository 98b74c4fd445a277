/**
 * Caps on open event streams, so one cookie or one address cannot hold thousands of
 * connections. Per viewer (player or host cookie) the newest stream wins: opening one more
 * than the cap closes the oldest (a reloaded tab's old stream may linger for a moment).
 * Per client address the cap refuses new streams (429) — set high, since a classroom
 * behind one NAT shares an address.
 */
export interface StreamTicket {
  /** Call when the stream ends, however it ends. Idempotent. */
  release(): void;
}

export class StreamCaps {
  private readonly byViewer = new Map<string, { close: () => void; ticket: StreamTicket }[]>();
  private readonly byAddress = new Map<string, number>();

  constructor(private readonly opts: { perViewer: number; perAddress: number }) {}

  /** null when the address is over its cap; otherwise a ticket (older streams of this viewer may be closed). */
  open(viewerKey: string, address: string, close: () => void): StreamTicket | null {
    const n = this.byAddress.get(address) ?? 0;
    if (n >= this.opts.perAddress) return null;
    this.byAddress.set(address, n + 1);
    const list = this.byViewer.get(viewerKey) ?? [];
    this.byViewer.set(viewerKey, list);
    let released = false;
    const ticket: StreamTicket = {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.byAddress.get(address) ?? 1) - 1;
        if (left > 0) this.byAddress.set(address, left);
        else this.byAddress.delete(address);
        const l = this.byViewer.get(viewerKey);
        if (!l) return;
        const i = l.findIndex((e) => e.ticket === ticket);
        if (i >= 0) l.splice(i, 1);
        if (!l.length) this.byViewer.delete(viewerKey);
      },
    };
    list.push({ close, ticket });
    while (list.length > this.opts.perViewer) {
      const oldest = list.shift()!;
      oldest.ticket.release();
      oldest.close();
    }
    return ticket;
  }

  openFor(viewerKey: string): number {
    return this.byViewer.get(viewerKey)?.length ?? 0;
  }
  openFrom(address: string): number {
    return this.byAddress.get(address) ?? 0;
  }
}
