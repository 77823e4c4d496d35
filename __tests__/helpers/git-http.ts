import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/**
 * A real git smart-HTTP server on 127.0.0.1: git's own `git http-backend` behind a small CGI
 * bridge, serving bare repositories under one folder. Every request must carry an
 * Authorization header (as GitHub's does); the server records which credentials each fetch
 * and push used, so a test can tell the checkout's persisted token from the `token` input.
 */
export interface GitHttpRequest {
  service: 'upload-pack' | 'receive-pack' | 'other';
  /** the password of the Basic credentials (the token), or '' without any */
  token: string;
}

export class GitHttpServer {
  readonly requests: GitHttpRequest[] = [];
  private server?: http.Server;
  url = '';

  constructor(private readonly projectRoot: string) {}

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The URL of a bare repository under the project root. */
  repoUrl(bare: string): string {
    return `${this.url}/${path.relative(this.projectRoot, bare).split(path.sep).join('/')}`;
  }

  /** Tokens used for pushes (receive-pack requests). */
  pushTokens(): string[] {
    return [...new Set(this.requests.filter((r) => r.service === 'receive-pack').map((r) => r.token))];
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const auth = req.headers.authorization ?? '';
    const basic = /^basic\s+(\S+)$/i.exec(auth);
    const token = basic ? Buffer.from(basic[1]!, 'base64').toString('utf8').split(':').slice(1).join(':') : '';
    const serviceName = url.searchParams.get('service') ?? url.pathname.split('/').pop() ?? '';
    const service = serviceName.endsWith('receive-pack') ? 'receive-pack' : serviceName.endsWith('upload-pack') ? 'upload-pack' : 'other';
    this.requests.push({ service, token });
    if (!token) {
      res.writeHead(401, { 'www-authenticate': 'Basic realm="test"' });
      res.end();
      return;
    }
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      GIT_PROJECT_ROOT: this.projectRoot,
      GIT_HTTP_EXPORT_ALL: '1',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.replace(/^\?/, ''),
      REQUEST_METHOD: req.method ?? 'GET',
      CONTENT_TYPE: req.headers['content-type'] ?? '',
      CONTENT_LENGTH: String(Buffer.concat(chunks).length),
      REMOTE_USER: 'x-access-token',
      REMOTE_ADDR: '127.0.0.1',
      ...(req.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: String(req.headers['content-encoding']) } : {}),
      ...(req.headers['git-protocol'] ? { GIT_PROTOCOL: String(req.headers['git-protocol']) } : {}),
    };
    const child = spawn('git', ['-c', 'http.receivepack=true', 'http-backend'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stdin.end(Buffer.concat(chunks));
    await new Promise<void>((resolve) => child.on('close', () => resolve()));
    const response = Buffer.concat(out);
    let split = response.indexOf('\r\n\r\n');
    let gap = 4;
    if (split === -1) {
      split = response.indexOf('\n\n');
      gap = 2;
    }
    const head = response.subarray(0, Math.max(0, split)).toString('utf8');
    const headers: Record<string, string> = {};
    let status = 200;
    for (const line of head.split(/\r?\n/)) {
      const colon = line.indexOf(':');
      if (colon <= 0) continue;
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number(value.split(' ')[0]) || 200;
      else headers[name] = value;
    }
    res.writeHead(status, headers);
    res.end(split === -1 ? Buffer.alloc(0) : response.subarray(split + gap));
  }
}
