/**
 * Test-only: a scripted Cloudflare-API stand-in on a real node:http server (127.0.0.1, random port). Each
 * request takes the next scripted reply; every request is recorded so tests can assert what was (not) sent.
 */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** A string is sent as is; anything else as JSON. */
  body?: unknown;
  /** Never answer (until the server closes): for timeouts. */
  hang?: boolean;
}

export interface TestServer {
  baseUrl: string;
  requests: RecordedRequest[];
  /** Queues replies, used in order. With the queue empty the server answers 599 "unscripted". */
  reply(...replies: Reply[]): void;
  /** Forgets queued replies and recorded requests (call in beforeEach). */
  reset(): void;
  close(): Promise<void>;
}

export const envelope = (result: unknown) => ({ success: true, errors: [], messages: [], result });
export const failure = (...errors: Array<{ code: number; message: string }>) => ({
  success: false,
  errors,
  messages: [],
  result: null,
});

export async function startServer(): Promise<TestServer> {
  const queue: Reply[] = [];
  const requests: RecordedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      });
      const reply = queue.shift() ?? { status: 599, body: "unscripted request" };
      if (reply.hang) return;
      const body = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? null);
      const type = typeof reply.body === "string" ? "text/html" : "application/json";
      res.writeHead(reply.status, { "content-type": type, ...reply.headers });
      res.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/client/v4`,
    requests,
    reply: (...replies) => queue.push(...replies),
    reset: () => {
      queue.length = 0;
      requests.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
