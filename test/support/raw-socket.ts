import WebSocket from 'ws';

export interface Closed {
  code: number;
  reason: string;
}

type Message = { type: string; id?: string; payload?: any };

/** graphql-ws spoken by hand, to see what a client library hides: close codes, refused connections, raw sizes. */
export class RawSocket {
  readonly messages: Message[] = [];
  readonly closed: Promise<Closed>;
  private readonly waiters: Array<() => void> = [];

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(data.toString()) as Message);
      this.waiters.splice(0).forEach((wake) => wake());
    });
    this.closed = new Promise((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
    socket.on('error', () => undefined);
  }

  /** Connects and sends `connection_init` with these params. */
  static async open(graphqlUrl: string, connectionParams: Record<string, unknown>): Promise<RawSocket> {
    const socket = new WebSocket(graphqlUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const raw = new RawSocket(socket);
    await new Promise<void>((resolve, reject) => socket.once('open', () => resolve()).once('error', reject));
    raw.send({ type: 'connection_init', payload: connectionParams });
    return raw;
  }

  /** Opens a socket with this bearer token and waits for the acknowledgement. */
  static async acknowledged(graphqlUrl: string, token: string): Promise<RawSocket> {
    const raw = await RawSocket.open(graphqlUrl, { authorization: `Bearer ${token}` });
    await raw.next((message) => message.type === 'connection_ack');
    return raw;
  }

  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  subscribe(id: string, query: string, variables: Record<string, unknown> = {}): void {
    this.send({ id, type: 'subscribe', payload: { query, variables } });
  }

  /** The first message (or the close) matching, waiting for it as long as the socket is open. */
  async next(predicate: (message: Message) => boolean): Promise<Message> {
    let closed = false;
    void this.closed.then(() => {
      closed = true;
      this.waiters.splice(0).forEach((wake) => wake());
    });
    for (;;) {
      const found = this.messages.find(predicate);
      if (found) return found;
      if (closed) throw new Error(`socket closed; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** What the server answered to operation `id`: its first `next` payload or its `error` payload. */
  async answerTo(id: string): Promise<{ data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
    const message = await this.next((m) => m.id === id && (m.type === 'next' || m.type === 'error'));
    return message.type === 'error' ? { errors: message.payload } : message.payload;
  }

  close(): void {
    this.socket.close();
  }
}
