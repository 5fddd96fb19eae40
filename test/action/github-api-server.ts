// A stand-in for the GitHub REST API on 127.0.0.1 for the Action's end-to-end test: answers from a route table
// and records every request (method, path, query, headers, JSON body) so the test can assert what the Action sent.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request as received. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: unknown;
}

/** A route's answer: status, JSON body (or raw bytes), extra headers. */
export interface Reply {
  status: number;
  json?: unknown;
  bytes?: Buffer;
  headers?: Record<string, string>;
}

/** Matches method + path (a regular expression over the path without query) to a reply. */
export interface Route {
  method: string;
  path: RegExp;
  reply: (req: RecordedRequest, match: RegExpMatchArray) => Reply;
}

/** The running server. */
export interface FakeGitHub {
  url: string;
  requests: RecordedRequest[];
  close: () => Promise<void>;
}

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? undefined : JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const body = reply.bytes ?? (reply.json === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(reply.json)));
  const type = reply.bytes ? 'application/zip' : 'application/json; charset=utf-8';
  res.writeHead(reply.status, { 'content-type': type, 'content-length': String(body.length), ...reply.headers });
  res.end(body);
}

/** Starts the server; unknown routes answer 404 (and are recorded, so a test can see them). */
export async function startFakeGitHub(routes: Route[]): Promise<FakeGitHub> {
  const requests: RecordedRequest[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const recorded: RecordedRequest = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body };
      requests.push(recorded);
      for (const route of routes) {
        const match = route.method === recorded.method ? recorded.path.match(route.path) : null;
        if (match) return send(res, route.reply(recorded, match));
      }
      send(res, { status: 404, json: { message: 'Not Found' } });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
