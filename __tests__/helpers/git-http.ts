import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import path from 'node:path';

/**
 * A real git smart-HTTP server on 127.0.0.1 in the shape of github.com's: bare repositories
 * under one folder, answered by git's own `git http-backend` (fetch and push), behind Basic
 * credentials sent the way actions/checkout sends them (`x-access-token:TOKEN`).
 * - With `token`, only that token is let in (the org sweep's no-access paths meet real git);
 *   without it, any token is let in and recorded, so a test can tell which credentials each
 *   fetch and push used (the checkout's persisted token or the `token` input).
 * - Per repository it can refuse (403) or never answer (a client deadline has to end it).
 */
export interface GitHttpRequest {
  /** `owner/name` of `/<owner>/<name>.git/...`, or '' for other paths */
  repository: string;
  path: string;
  service: 'upload-pack' | 'receive-pack' | 'other';
  /** the password of the Basic credentials (the token), or '' without any */
  token: string;
  authorized: boolean;
}

export class GitHttpServer {
  readonly requests: GitHttpRequest[] = [];
  /** repositories (`owner/name`) whose requests get a 403 */
  readonly denied = new Set<string>();
  /** repositories whose requests are never answered */
  readonly stalled = new Set<string>();
  private server?: http.Server;
  private readonly sockets = new Set<Socket>();
  url = '';

  constructor(
    /** holds the bare repositories (`<owner>/<name>.git`) */
    readonly root: string,
    /** the only token let in; any token when absent */
    readonly token?: string,
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

  /** The URL of a bare repository under the root. */
  repoUrl(bare: string): string {
    return `${this.url}/${path.relative(this.root, bare).split(path.sep).join('/')}`;
  }

  /** Tokens used for pushes (receive-pack requests). */
  pushTokens(): string[] {
    return [...new Set(this.requests.filter((r) => r.service === 'receive-pack').map((r) => r.token))];
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/([^/]+)\/([^/]+?)\.git(\/.*)$/.exec(url.pathname);
    const repository = match ? `${match[1]}/${match[2]}` : '';
    const basic = /^basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
    const token = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':').slice(1).join(':') : '';
    const authorized = this.token === undefined ? token !== '' : token === this.token;
    const serviceName = url.searchParams.get('service') ?? url.pathname.split('/').pop() ?? '';
    const service = serviceName.endsWith('receive-pack') ? 'receive-pack' : serviceName.endsWith('upload-pack') ? 'upload-pack' : 'other';
    this.requests.push({ repository, path: url.pathname, service, token, authorized });
    if (!authorized) return void res.writeHead(401, { 'www-authenticate': 'Basic realm="GitHub"' }).end('authentication required');
    if (this.stalled.has(repository)) return; // never answered: the client's deadline has to end it
    if (this.denied.has(repository)) return void res.writeHead(403).end('forbidden');
    if (match && !existsSync(path.join(this.root, `${repository}.git`))) return void res.writeHead(404).end('Repository not found.');

    const body = Buffer.concat(chunks);
    const child = spawn('git', ['-c', 'http.receivepack=true', 'http-backend'], {
      env: {
        PATH: process.env.PATH ?? '',
        GIT_PROJECT_ROOT: this.root,
        GIT_HTTP_EXPORT_ALL: '1',
        PATH_INFO: decodeURIComponent(url.pathname),
        QUERY_STRING: url.search.replace(/^\?/, ''),
        REQUEST_METHOD: req.method ?? 'GET',
        CONTENT_TYPE: req.headers['content-type'] ?? '',
        CONTENT_LENGTH: String(body.length),
        REMOTE_USER: 'x-access-token',
        REMOTE_ADDR: '127.0.0.1',
        ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
        ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
      },
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stdin.on('error', () => undefined);
    child.stdin.end(body);
    await new Promise((resolve) => child.on('close', resolve));
    // CGI: headers, a blank line, the body.
    const all = Buffer.concat(out);
    const crlf = all.indexOf('\r\n\r\n');
    const headerEnd = crlf === -1 ? all.indexOf('\n\n') : crlf;
    const gap = crlf === -1 ? 2 : 4;
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of all.subarray(0, Math.max(0, headerEnd)).toString('latin1').split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (name === 'status') status = Number(value.split(' ')[0]) || 200;
      else headers[name] = value;
    }
    res.writeHead(status, headers).end(headerEnd === -1 ? Buffer.alloc(0) : all.subarray(headerEnd + gap));
  }
}
