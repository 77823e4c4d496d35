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
  /** the Authorization header the request carried */
  authorization?: string;
}

interface User {
  login: string;
  type: string;
}

interface Comment {
  id: number;
  body: string;
  user: User;
  performed_via_github_app: { slug: string } | null;
}

interface Issue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  user: User;
  performed_via_github_app?: { slug: string } | null;
  pull_request?: { url: string };
  head?: { ref: string; sha?: string; repo?: { full_name: string } };
  base?: { ref: string; repo?: { full_name: string } };
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
  /** fail only the first N matching requests (default: all) */
  times?: number;
  /** answer with this JSON body instead of an error message (e.g. null for a list) */
  body?: unknown;
  /** accept the request and never answer (a server that hangs) */
  silent?: boolean;
}

/**
 * Who the token acts as. `app`: an installation token such as the job's GITHUB_TOKEN, which may
 * not call GET /user (403) and writes as `<slug>[bot]`; `user`: a personal access token, which
 * GET /user names and which writes as that person.
 */
export type FakeIdentity = { kind: 'app'; slug: string; viewer?: boolean } | { kind: 'user'; login: string };

const BOT: User = { login: 'github-actions[bot]', type: 'Bot' };
const ACTIONS_APP = { slug: 'github-actions' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly comments = new Map<number, Comment[]>();
  readonly issues: Issue[] = [];
  readonly statuses: Array<{ sha: string; state: string; context: string; description: string }> = [];
  readonly faults = new Map<string, Fault>();
  /** organisation -> its repositories, for GET /orgs/:org/repos (paginated, with Link headers) */
  readonly orgRepos = new Map<string, Array<Record<string, unknown>>>();
  /** files other repositories serve through GET /repos/:owner/:repo/contents/:path, by `owner/repo/path@ref` */
  readonly contents = new Map<string, string>();
  /** private repositories (`owner/repo`) and the one token that may read them: any other gets 404, as GitHub answers */
  readonly privateRepos = new Map<string, string>();
  identity: FakeIdentity = { kind: 'app', slug: 'github-actions' };
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
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The author the token writes as, and the App recorded as writing (null for a person). */
  author(): { user: User; performed_via_github_app: { slug: string } | null } {
    return this.identity.kind === 'app'
      ? { user: { login: `${this.identity.slug}[bot]`, type: 'Bot' }, performed_via_github_app: { slug: this.identity.slug } }
      : { user: { login: this.identity.login, type: 'User' }, performed_via_github_app: null };
  }

  /** An open pull request, as GET /pulls lists it: head branch, commit and repository (a fork's own). */
  addPullRequest(number: number, head: { ref: string; sha: string; repo: string }, base = { ref: 'main', repo: 'acme/shop' }): void {
    this.issues.push({
      number,
      title: `PR ${number}`,
      body: '',
      state: 'open',
      user: { login: head.repo.split('/')[0]!, type: 'User' },
      pull_request: { url: 'x' },
      head: { ref: head.ref, sha: head.sha, repo: { full_name: head.repo } },
      base: { ref: base.ref, repo: { full_name: base.repo } },
    });
  }

  /** Requests whose route key (method + path with numbers as :n) equals `key`. */
  calls(key: string): RecordedRequest[] {
    return this.requests.filter((r) => routeKey(r.method, r.path) === key);
  }

  /** A comment already on the issue; by default one the job token wrote (github-actions[bot]). */
  addComment(issue: number, body: string, user: User = BOT, via: { slug: string } | null = user === BOT ? ACTIONS_APP : null): Comment {
    const comment = { id: this.nextId++, body, user, performed_via_github_app: via };
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
    const authorization = req.headers.authorization;
    this.requests.push({ method: req.method ?? 'GET', path, query: url.searchParams, body, ...(authorization ? { authorization } : {}) });
    const key = routeKey(req.method ?? 'GET', path);
    const fault = this.faults.get(key);
    if (fault && (fault.times === undefined || fault.times > 0)) {
      if (fault.times !== undefined) fault.times--;
      if (fault.silent) return; // never answered; stop() drops the connection
      return send(res, fault.status, 'body' in fault ? fault.body : { message: `injected ${fault.status}` }, fault.headers);
    }
    const contents = /^\/repos\/([^/]+)\/([^/]+)\/contents\/(.+)$/.exec(url.pathname);
    if (req.method === 'GET' && contents) return this.serveContents(res, decodeURIComponent(contents[1]!), decodeURIComponent(contents[2]!), decodeURIComponent(contents[3]!), url, authorization);
    const org = /^\/orgs\/([^/]+)\/repos$/.exec(path);
    if (req.method === 'GET' && org) return this.listOrgRepos(res, decodeURIComponent(org[1]!), url);
    const b = (body ?? {}) as Record<string, unknown>;
    const n = Number(path.split('/')[2]);
    switch (key) {
      case 'GET /issues/:n/comments':
        return send(res, 200, this.comments.get(n) ?? []);
      case 'GET /user':
        if (this.identity.kind === 'app') return send(res, 403, { message: 'Resource not accessible by integration' });
        return send(res, 200, { login: this.identity.login, type: 'User' });
      case 'POST /graphql':
        if (this.identity.kind === 'app' && !this.identity.viewer) return send(res, 403, { message: 'Resource not accessible by integration' });
        return send(res, 200, { data: { viewer: { login: this.author().user.login } } });
      case 'POST /issues/:n/comments': {
        const { user, performed_via_github_app } = this.author();
        return send(res, 201, this.addComment(n, String(b.body), user, performed_via_github_app));
      }
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
        const issue: Issue = { number: this.nextId++, title: String(b.title), body: String(b.body ?? ''), state: 'open', ...this.author() };
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
        // `head` is OWNER:BRANCH; a pull request whose head repository is known must match its owner too.
        const [headOwner, headBranch] = head?.includes(':') ? [head.slice(0, head.indexOf(':')), head.slice(head.indexOf(':') + 1)] : [undefined, head];
        const matches = (p: Issue): boolean => !head || (p.head?.ref === headBranch && (!p.head.repo || p.head.repo.full_name.split('/')[0] === headOwner));
        return send(res, 200, pulls.filter(matches));
      }
      case 'POST /pulls': {
        const pull: Issue = {
          number: this.nextId++,
          title: String(b.title),
          body: String(b.body ?? ''),
          state: 'open',
          ...this.author(),
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

  /** A file as the contents API serves it (JSON, base64); 404 for a missing file, or a private repository the token cannot read. */
  private serveContents(res: http.ServerResponse, owner: string, repo: string, file: string, url: URL, authorization: string | undefined): void {
    const reader = this.privateRepos.get(`${owner}/${repo}`);
    if (reader !== undefined && authorization !== `token ${reader}`) return send(res, 404, { message: 'Not Found' });
    const ref = url.searchParams.get('ref') ?? 'main';
    const text = this.contents.get(`${owner}/${repo}/${file}@${ref}`);
    if (text === undefined) return send(res, 404, { message: 'Not Found' });
    const content = Buffer.from(text, 'utf8').toString('base64').replace(/.{60}/g, '$&\n');
    send(res, 200, { type: 'file', encoding: 'base64', size: Buffer.byteLength(text), name: file.split('/').pop(), path: file, content });
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
