import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

/**
 * A git server on 127.0.0.1 in the shape of github.com's: `/<owner>/<name>.git` over smart
 * HTTP, answered by git's own `git http-backend`, behind a token sent the way actions/checkout
 * sends it (`Authorization: basic base64(x-access-token:TOKEN)`). Per repository it can refuse
 * (403) or never answer, so the sweep's no-access and timeout paths meet real git.
 */
export class GitHttpServer {
  readonly requests: Array<{ repository: string; authorized: boolean; path: string }> = [];
  /** repositories whose requests get a 403 */
  readonly denied = new Set<string>();
  /** repositories whose requests are never answered */
  readonly stalled = new Set<string>();
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();
  url = '';

  /** `root` holds `<owner>/<name>.git` bare repositories. */
  constructor(
    readonly root: string,
    readonly token: string,
  ) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const match = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(url.pathname);
    const repository = match ? `${match[1]}/${match[2]}` : '';
    const expected = `basic ${Buffer.from(`x-access-token:${this.token}`).toString('base64')}`;
    const authorized = (req.headers.authorization ?? '').toLowerCase() === expected.toLowerCase();
    this.requests.push({ repository, authorized, path: url.pathname });
    if (!match) return void res.writeHead(404).end('not found');
    if (!authorized) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end('authentication required');
    if (this.stalled.has(repository)) return; // never answered: the client's deadline has to end it
    if (this.denied.has(repository)) return void res.writeHead(403).end('forbidden');
    if (!existsSync(path.join(this.root, `${repository}.git`))) return void res.writeHead(404).end('Repository not found.');

    const child = spawn('git', ['http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: url.pathname,
        QUERY_STRING: url.search.replace(/^\?/, ''),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        REMOTE_ADDR: '127.0.0.1',
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: req.headers['content-encoding'] } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    req.pipe(child.stdin);
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    await new Promise((resolve) => child.on('close', resolve));
    // CGI: headers, a blank line, the body.
    const all = Buffer.concat(out);
    const split = all.indexOf('\r\n\r\n');
    const headerEnd = split === -1 ? all.indexOf('\n\n') : split;
    const sep = split === -1 ? 2 : 4;
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of all.subarray(0, headerEnd).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon === -1) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'status') status = Number(value.split(' ')[0]);
      else headers[name] = value;
    }
    res.writeHead(status, headers).end(all.subarray(headerEnd + sep));
  }
}
