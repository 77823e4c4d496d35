import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiTransportError, explainApiError, resilientFetch } from '../src/action/api.js';

/**
 * The API client's fetch against a real HTTP server on 127.0.0.1 that answers as it is told:
 * timeouts, bounded retries that honour Retry-After, no second POST, and truthful messages.
 */

type Answer = (req: http.IncomingMessage, res: http.ServerResponse) => void;
let server: http.Server | undefined;
let hits: string[] = [];

async function serve(answers: Answer[]): Promise<string> {
  hits = [];
  let i = 0;
  server = http.createServer((req, res) => {
    hits.push(req.method ?? 'GET');
    (answers[Math.min(i++, answers.length - 1)] ?? (() => res.end()))(req, res);
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/x`;
}

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

const json = (status: number, headers: Record<string, string> = {}): Answer => (_req, res) => {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end('{"ok":true}');
};
const silent: Answer = () => undefined;
const settings = { timeoutMs: 300, retries: 2, maxRetryAfterSeconds: 5 };

describe('the API client', () => {
  it('waits out a short Retry-After and tries again', async () => {
    const url = await serve([json(429, { 'retry-after': '1' }), json(200)]);
    const started = Date.now();
    // A timeout far above the wait: on a loaded machine a 300 ms timeout could end the first
    // request before its 429 arrives, and the retry would then prove nothing about Retry-After.
    const response = await resilientFetch(fetch, { ...settings, timeoutMs: 5000 })(url);
    expect(response.status).toBe(200);
    expect(hits).toEqual(['GET', 'GET']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('does not wait out a long Retry-After, and says what GitHub asked', async () => {
    const url = await serve([json(429, { 'retry-after': '120' })]);
    const response = await resilientFetch(fetch, settings)(url);
    expect(response.status).toBe(429);
    expect(hits).toEqual(['GET']);
    const error = { status: 429, response: { headers: { 'retry-after': '120' } } };
    expect(explainApiError(error, 'update the comment', 'pull-requests: write')).toMatch(/rate limited by the API \(429\); GitHub asked to wait 120 s/);
  });

  it('tries a failing GET a bounded number of times', async () => {
    const url = await serve([json(502)]);
    const response = await resilientFetch(fetch, settings, async () => undefined)(url);
    expect(response.status).toBe(502);
    expect(hits).toHaveLength(3);
    expect(response.headers.get('x-paramedic-attempts')).toBe('3');
  });

  it('never sends a POST twice after it went unanswered (it may have been done)', async () => {
    const url = await serve([silent]);
    const call = resilientFetch(fetch, settings, async () => undefined);
    await expect(call(url, { method: 'POST', body: '{}' })).rejects.toThrow(/did not answer within 0\.3 s$/);
    expect(hits).toEqual(['POST']);
    // And the run does not wait again on an API that went silent.
    const started = Date.now();
    await expect(call(url)).rejects.toThrow(/not tried again in this run/);
    expect(Date.now() - started).toBeLessThan(100);
    expect(hits).toEqual(['POST']);
  });

  it('calls a refused connection unreachable', async () => {
    const url = await serve([json(200)]);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = undefined;
    const error = await resilientFetch(fetch, settings, async () => undefined)(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiTransportError);
    expect(explainApiError(error, 'update the comment', 'pull-requests: write')).toMatch(/^Paramedic could not update the comment: GitHub's API at 127\.0\.0\.1:\d+ is unreachable \(connection refused\) \(3 tries\)\./);
  });
});
