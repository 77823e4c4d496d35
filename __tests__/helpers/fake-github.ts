import http from 'node:http';
import { afterEach, beforeEach } from 'vitest';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the GitHub REST API on 127.0.0.1: it records every request and
 * answers from in-memory state, so end-to-end tests can run the real bundle against it
 * (GITHUB_API_URL). Faults are injected per route key, e.g. 'POST /issues/:n/comments'.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
}

interface Comment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: { login: string; type: string };
  pull_request?: { url: string };
  head?: { ref: string };
  base?: { ref: string };
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  /** fail only the first N matching requests (default: all) */
  times?: number;
}

const BOT = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly issues: Issue[] = [];
  readonly statuses: Array<{ sha: string; state: string; context: string; description: string }> = [];
  readonly faults = new Map<string, Fault>();
  /** organisation -> its repositories, for GET /orgs/:org/repos (paginated, with Link headers) */
  readonly orgRepos = new Map<string, Array<Record<string, unknown>>>();
  private nextId = 1000;
  private server?: http.Server;
  url = '';

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests whose route key (method + path with numbers as :n) equals `key`. */
  calls(key: string): RecordedRequest[] {
    return this.requests.filter((r) => routeKey(r.method, r.path) === key);
  }

  addComment(issue: number, body: string, user = BOT): Comment {
    const comment = { id: this.nextId++, body, user };
    this.comments.set(issue, [...(this.comments.get(issue) ?? []), comment]);
    return comment;
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: unknown;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    const path = url.pathname.replace(/^\/repos\/[^/]+\/[^/]+/, '');
    this.requests.push({ method: req.method ?? 'GET', path, query: url.searchParams, body });
    const key = routeKey(req.method ?? 'GET', path);
    const fault = this.faults.get(key);
    if (fault && (fault.times === undefined || fault.times > 0)) {
      if (fault.times !== undefined) fault.times--;
      return send(res, fault.status, { message: `injected ${fault.status}` }, fault.headers);
    }
    const org = /^\/orgs\/([^/]+)\/repos$/.exec(path);
    if (req.method === 'GET' && org) return this.listOrgRepos(res, decodeURIComponent(org[1]!), url);
    const b = (body ?? {}) as Record<string, unknown>;
    const n = Number(path.split('/')[2]);
    switch (key) {
      case 'GET /issues/:n/comments':
        return send(res, 200, this.comments.get(n) ?? []);
      case 'POST /issues/:n/comments':
        return send(res, 201, this.addComment(n, String(b.body)));
      case 'PATCH /issues/comments/:n': {
        const id = Number(path.split('/')[3]);
        for (const list of this.comments.values()) {
          const c = list.find((x) => x.id === id);
          if (c) {
            c.body = String(b.body);
            return send(res, 200, c);
          }
        }
        return send(res, 404, { message: 'Not Found' });
      }
      case 'GET /issues': {
        const state = url.searchParams.get('state') ?? 'open';
        return send(res, 200, this.issues.filter((i) => state === 'all' || i.state === state));
      }
      case 'POST /issues': {
        const issue: Issue = { number: this.nextId++, title: String(b.title), body: String(b.body ?? ''), state: 'open', user: BOT };
        this.issues.push(issue);
        return send(res, 201, issue);
      }
      case 'PATCH /issues/:n':
      case 'PATCH /pulls/:n': {
        const issue = this.issues.find((i) => i.number === n);
        if (!issue) return send(res, 404, { message: 'Not Found' });
        Object.assign(issue, pick(b, ['title', 'body', 'state']));
        return send(res, 200, issue);
      }
      case 'POST /statuses/:sha': {
        const sha = path.split('/')[2]!;
        const status = { sha, state: String(b.state), context: String(b.context), description: String(b.description ?? '') };
        this.statuses.push(status);
        return send(res, 201, status);
      }
      case 'GET /pulls': {
        const head = url.searchParams.get('head');
        const state = url.searchParams.get('state') ?? 'open';
        const pulls = this.issues.filter((i) => i.pull_request && (state === 'all' || i.state === state));
        return send(res, 200, pulls.filter((p) => !head || head.endsWith(`:${p.head?.ref}`)));
      }
      case 'POST /pulls': {
        const pull: Issue = {
          number: this.nextId++,
          title: String(b.title),
          body: String(b.body ?? ''),
          state: 'open',
          user: BOT,
          pull_request: { url: 'x' },
          head: { ref: String(b.head) },
          base: { ref: String(b.base) },
        };
        this.issues.push(pull);
        return send(res, 201, pull);
      }
      default:
        return send(res, 404, { message: `fake GitHub has no route ${key}` });
    }
  }

  /** GitHub's pagination: `per_page` (default 30, at most 100), `page`, and a Link header with next/last. */
  private listOrgRepos(res: http.ServerResponse, org: string, url: URL): void {
    const repos = this.orgRepos.get(org);
    if (!repos) return send(res, 404, { message: 'Not Found' });
    const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30) || 30);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(repos.length / perPage));
    const pageUrl = (p: number): string => {
      const next = new URL(`${this.url}${url.pathname}`);
      for (const [k, v] of url.searchParams) next.searchParams.set(k, v);
      next.searchParams.set('page', String(p));
      return next.toString();
    };
    const links: string[] = [];
    if (page < last) links.push(`<${pageUrl(page + 1)}>; rel="next"`, `<${pageUrl(last)}>; rel="last"`);
    if (page > 1) links.push(`<${pageUrl(1)}>; rel="first"`, `<${pageUrl(page - 1)}>; rel="prev"`);
    const headers: Record<string, string> = { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': String(5000 - this.requests.length), 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600) };
    if (links.length) headers.link = links.join(', ');
    send(res, 200, repos.slice((page - 1) * perPage, page * perPage), headers);
  }
}

/** 'GET /issues/12/comments' -> 'GET /issues/:n/comments'; commit shas become :sha. */
export function routeKey(method: string, path: string): string {
  const normalized = path
    .replace(/\/statuses\/[0-9a-f]{7,40}$/, '/statuses/:sha')
    .replace(/\/\d+(?=\/|$)/g, '/:n');
  return `${method} ${normalized}`;
}

function pick(obj: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in obj).map((k) => [k, obj[k]]));
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** A fresh fake API for each test of the calling file; read `.current` inside a test. */
export function useFakeGitHub(): { current: FakeGitHub } {
  const holder = {} as { current: FakeGitHub };
  beforeEach(async () => {
    holder.current = new FakeGitHub();
    await holder.current.start();
  });
  afterEach(async () => {
    await holder.current.stop();
  });
  return holder;
}
