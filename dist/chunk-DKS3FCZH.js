import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/action/api.ts
var DEFAULT_TIMEOUT_MS = 2e4;
var RETRIES = 2;
var MAX_RETRY_AFTER_SECONDS = 30;
function clientSettings(env = process.env) {
  const timeout = Number(env.PARAMEDIC_API_TIMEOUT_MS);
  return { timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS, retries: RETRIES, maxRetryAfterSeconds: MAX_RETRY_AFTER_SECONDS };
}
var ApiTransportError = class extends Error {
  constructor(kind, message) {
    super(message);
    this.kind = kind;
    this.name = "ApiTransportError";
  }
  kind;
  transport = true;
};
var MalformedAnswerError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "MalformedAnswerError";
  }
};
var NOT_CONNECTED = {
  ECONNREFUSED: "connection refused",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out"
};
function errorCode(error) {
  let current = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = current.code;
    if (typeof code === "string") return code;
    current = current.cause;
  }
  return void 0;
}
function hostOf(url) {
  try {
    const parsed = new URL(typeof url === "string" || url instanceof URL ? url : url.url);
    return parsed.host;
  } catch {
    return "the API";
  }
}
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function retryAfterSeconds(response) {
  const value = response.headers.get("retry-after");
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, (date - Date.now()) / 1e3) : null;
}
function resilientFetch(base, settings, wait = sleep) {
  let down;
  return async (url, init) => {
    if (down) throw new ApiTransportError(down.kind, `${down.message}; not tried again in this run`);
    const method = (init?.method ?? "GET").toUpperCase();
    const idempotent = method !== "POST";
    const backoff = (attempt) => Math.min(1e3 * 2 ** (attempt - 1), settings.timeoutMs / 2);
    for (let attempt = 1; ; attempt++) {
      const last = attempt > settings.retries;
      let response;
      try {
        response = await once(base, url, init, settings.timeoutMs);
      } catch (error) {
        const transport = classify(error, url, settings.timeoutMs, attempt);
        if (!last && (transport.kind === "unreachable" || idempotent)) {
          await wait(backoff(attempt));
          continue;
        }
        down = transport;
        throw transport;
      }
      const status = response.status;
      const rateLimited = status === 429 || status === 403 && response.headers.has("retry-after");
      if (!last && (rateLimited || idempotent && status >= 500)) {
        const after = retryAfterSeconds(response);
        if (after === null || after <= settings.maxRetryAfterSeconds) {
          const ms = after === null ? backoff(attempt) : after * 1e3;
          if (rateLimited) settings.onRateLimitWait?.(`rate limited (${status}); waiting ${Math.ceil(ms / 1e3)} s before retrying`);
          await wait(ms);
          continue;
        }
      }
      if (attempt > 1) response.headers.set("x-paramedic-attempts", String(attempt));
      return response;
    }
  };
}
async function once(base, url, init, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const answer = await base(url, { ...init, signal: controller.signal });
    const empty = answer.status === 204 || answer.status === 205 || answer.status === 304;
    const body = empty ? null : await answer.arrayBuffer();
    return new Response(body, { status: answer.status, statusText: answer.statusText, headers: [...answer.headers] });
  } catch (error) {
    if (controller.signal.aborted) throw new TimeoutSignal();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
var TimeoutSignal = class extends Error {
};
function classify(error, url, timeoutMs, attempts) {
  const host = hostOf(url);
  const tries = attempts > 1 ? ` (${attempts} tries)` : "";
  if (error instanceof TimeoutSignal) return new ApiTransportError("timeout", `GitHub's API at ${host} did not answer within ${timeoutMs / 1e3} s${tries}`);
  const code = errorCode(error);
  if (code && NOT_CONNECTED[code]) return new ApiTransportError("unreachable", `GitHub's API at ${host} is unreachable (${NOT_CONNECTED[code]})${tries}`);
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return new ApiTransportError("dropped", `the connection to GitHub's API at ${host} failed (${detail.slice(0, 120)})${tries}`);
}
async function createClient(token, settings = clientSettings()) {
  const [{ getOctokit }, { defaults }] = await Promise.all([import("./chunk-VCPWGMHZ.js"), import("./chunk-GLLNJP2Q.js")]);
  const proxyFetch = defaults.request?.fetch ?? globalThis.fetch;
  return getOctokit(token, { request: { ...defaults.request, fetch: resilientFetch(proxyFetch, settings) } });
}
function repoFromEnv(env = process.env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  return owner && repo ? { owner, repo } : void 0;
}
var MAX_PAGES = 100;
async function listAll(client, route, params, what) {
  const items = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const response = await client.request(route, { ...params, per_page: 100, page });
    const data = response.data;
    if (!Array.isArray(data) || data.some((item) => !item || typeof item !== "object")) {
      throw new MalformedAnswerError(`GitHub answered the request for the ${what} with ${describe(data)}, not a list`);
    }
    items.push(...data);
    const link = String(response.headers.link ?? "");
    if (data.length === 0 || !/rel="next"/.test(link)) return items;
  }
  return items;
}
function describe(data) {
  if (data === null) return "null";
  if (Array.isArray(data)) return "a list holding something other than objects";
  if (typeof data === "string") return data.trim() ? "text" : "an empty answer";
  return typeof data === "object" ? "an object" : String(typeof data);
}
function transportFailure(error) {
  let current = error;
  for (let depth = 0; depth < 4 && current && typeof current === "object"; depth++) {
    if (current.transport === true) return current;
    current = current.cause;
  }
  return void 0;
}
function explainApiError(error, what, permission) {
  const base = `Paramedic could not ${what}`;
  const transport = transportFailure(error);
  if (transport) return `${base}: ${transport.message}. The report is in the job summary; the next run will try again.`;
  if (error instanceof MalformedAnswerError) return `${base}: ${error.message}; nothing was written. The report is in the job summary.`;
  const e = error;
  const status = e?.status;
  const headers = e?.response?.headers ?? {};
  const tries = headers["x-paramedic-attempts"] ? ` (tried ${headers["x-paramedic-attempts"]} times)` : "";
  if (status === 403 && headers["x-ratelimit-remaining"] === "0") {
    return `${base}: the API rate limit is exhausted (resets at ${new Date(Number(headers["x-ratelimit-reset"] ?? 0) * 1e3).toISOString()}). The report is in the job summary.`;
  }
  if (status === 429) {
    const after = headers["retry-after"] ? `; GitHub asked to wait ${headers["retry-after"]} s` : "";
    return `${base}: rate limited by the API (429)${after}${tries}. The report is in the job summary; the next run will retry.`;
  }
  if (status === 401) return `${base}: the token was rejected (401). Check the \`token\` input.`;
  if (status === 403) {
    return `${base}: the token lacks permission (403). Add \`permissions: ${permission}\` to the job; pull requests from forks get a read-only token, so there the report stays in the job summary.`;
  }
  if (status === 404) return `${base}: not found (404). The token may lack \`${permission}\`, or the pull request/issue no longer exists.`;
  if (status === 422) return `${base}: the API refused the request (422: ${firstLine(e?.message)}).`;
  if (status && status >= 500) return `${base}: GitHub answered ${status}; the next run will retry. The report is in the job summary${tries}.`;
  return `${base}: ${firstLine(e?.message) || String(error)}`;
}
function firstLine(text) {
  return (text ?? "").split(/\r\n|[\n\r\u2028\u2029]/)[0].slice(0, 200);
}

export {
  clientSettings,
  createClient,
  repoFromEnv,
  listAll,
  transportFailure,
  explainApiError
};
