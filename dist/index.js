import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  commitOfLine,
  draftsAwaitingSignOff
} from "./chunk-55RZWMDU.js";
import {
  dependenciesAtRevision,
  draftForGaps
} from "./chunk-KXLJBR27.js";
import {
  actionDraftCommand
} from "./chunk-GECNIXD5.js";
import {
  plainHeadline,
  renderMarkdown,
  statedCoverage
} from "./chunk-HEUKS3YU.js";
import {
  require_tunnel,
  require_undici
} from "./chunk-AG7KIHWG.js";
import {
  fetchOrgConfig
} from "./chunk-5TBHE2WP.js";
import {
  writeReportFile
} from "./chunk-DZZ72OTQ.js";
import {
  sarifText
} from "./chunk-7PO36U4B.js";
import {
  md,
  oneLine
} from "./chunk-UKINFBCB.js";
import {
  createClient,
  explainApiError,
  listAll,
  repoFromEnv,
  transportFailure
} from "./chunk-N6URY2LG.js";
import {
  checkRepository,
  resolveDiffTarget
} from "./chunk-KA6LEWET.js";
import "./chunk-HMXJ7CY6.js";
import {
  LINT_RULES
} from "./chunk-ZUV7M45Y.js";
import "./chunk-T3R2U76W.js";
import "./chunk-UZBOXDNN.js";
import "./chunk-BADLUWOW.js";
import "./chunk-D4DWHG6H.js";
import "./chunk-ZHGTTFTF.js";
import "./chunk-VGCUJHZJ.js";
import "./chunk-7JPQC4DW.js";
import {
  packageVersion
} from "./chunk-OBWKXWL3.js";
import "./chunk-7VATZ2CH.js";
import {
  escapeLogText
} from "./chunk-3DKRMKWI.js";
import {
  parseOrgConfigRef
} from "./chunk-J2FH7X2Z.js";
import {
  parseSettings
} from "./chunk-4I77DZQO.js";
import "./chunk-D3U573I3.js";
import "./chunk-SDN73OF7.js";
import {
  CATEGORIES
} from "./chunk-LJ7HMTXE.js";
import "./chunk-ZCF6USJZ.js";
import "./chunk-TJPOUTPP.js";
import {
  git,
  gitText
} from "./chunk-JA33RAIK.js";
import "./chunk-YC7J5WRS.js";
import "./chunk-7ZLZFHH5.js";
import {
  __export,
  __toESM
} from "./chunk-KJ7NEGQU.js";

// src/action/main.ts
import path10 from "node:path";

// node_modules/@actions/core/lib/core.js
var core_exports = {};
__export(core_exports, {
  ExitCode: () => ExitCode,
  addPath: () => addPath,
  debug: () => debug,
  endGroup: () => endGroup,
  error: () => error,
  exportVariable: () => exportVariable,
  getBooleanInput: () => getBooleanInput,
  getIDToken: () => getIDToken,
  getInput: () => getInput,
  getMultilineInput: () => getMultilineInput,
  getState: () => getState,
  group: () => group,
  info: () => info,
  isDebug: () => isDebug,
  markdownSummary: () => markdownSummary,
  notice: () => notice,
  platform: () => platform_exports,
  saveState: () => saveState,
  setCommandEcho: () => setCommandEcho,
  setFailed: () => setFailed,
  setOutput: () => setOutput,
  setSecret: () => setSecret,
  startGroup: () => startGroup,
  summary: () => summary,
  toPlatformPath: () => toPlatformPath,
  toPosixPath: () => toPosixPath,
  toWin32Path: () => toWin32Path,
  warning: () => warning
});

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter3 = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter3)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter3}"`);
  }
  if (convertedValue.includes(delimiter3)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter3}"`);
  }
  return `${key}<<${delimiter3}${os2.EOL}${convertedValue}${os2.EOL}${delimiter3}`;
}

// node_modules/@actions/core/lib/core.js
import * as os5 from "os";
import * as path5 from "path";

// node_modules/@actions/http-client/lib/index.js
import * as http from "http";
import * as https from "https";

// node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
  const usingSsl = reqUrl.protocol === "https:";
  if (checkBypass(reqUrl)) {
    return void 0;
  }
  const proxyVar = (() => {
    if (usingSsl) {
      return process.env["https_proxy"] || process.env["HTTPS_PROXY"];
    } else {
      return process.env["http_proxy"] || process.env["HTTP_PROXY"];
    }
  })();
  if (proxyVar) {
    try {
      return new DecodedURL(proxyVar);
    } catch (_a) {
      if (!proxyVar.startsWith("http://") && !proxyVar.startsWith("https://"))
        return new DecodedURL(`http://${proxyVar}`);
    }
  } else {
    return void 0;
  }
}
function checkBypass(reqUrl) {
  if (!reqUrl.hostname) {
    return false;
  }
  const reqHost = reqUrl.hostname;
  if (isLoopbackAddress(reqHost)) {
    return true;
  }
  const noProxy = process.env["no_proxy"] || process.env["NO_PROXY"] || "";
  if (!noProxy) {
    return false;
  }
  let reqPort;
  if (reqUrl.port) {
    reqPort = Number(reqUrl.port);
  } else if (reqUrl.protocol === "http:") {
    reqPort = 80;
  } else if (reqUrl.protocol === "https:") {
    reqPort = 443;
  }
  const upperReqHosts = [reqUrl.hostname.toUpperCase()];
  if (typeof reqPort === "number") {
    upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
  }
  for (const upperNoProxyItem of noProxy.split(",").map((x) => x.trim().toUpperCase()).filter((x) => x)) {
    if (upperNoProxyItem === "*" || upperReqHosts.some((x) => x === upperNoProxyItem || x.endsWith(`.${upperNoProxyItem}`) || upperNoProxyItem.startsWith(".") && x.endsWith(`${upperNoProxyItem}`))) {
      return true;
    }
  }
  return false;
}
function isLoopbackAddress(host) {
  const hostLower = host.toLowerCase();
  return hostLower === "localhost" || hostLower.startsWith("127.") || hostLower.startsWith("[::1]") || hostLower.startsWith("[0:0:0:0:0:0:0:1]");
}
var DecodedURL = class extends URL {
  constructor(url, base) {
    super(url, base);
    this._decodedUsername = decodeURIComponent(super.username);
    this._decodedPassword = decodeURIComponent(super.password);
  }
  get username() {
    return this._decodedUsername;
  }
  get password() {
    return this._decodedPassword;
  }
};

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel(), 1);
var import_undici = __toESM(require_undici(), 1);
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];
var RetryableHttpVerbs = ["OPTIONS", "GET", "DELETE", "HEAD"];
var ExponentialBackoffCeiling = 10;
var ExponentialBackoffTimeSlice = 5;
var HttpClientError = class _HttpClientError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.name = "HttpClientError";
    this.statusCode = statusCode;
    Object.setPrototypeOf(this, _HttpClientError.prototype);
  }
};
var HttpClientResponse = class {
  constructor(message) {
    this.message = message;
  }
  readBody() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        let output = Buffer.alloc(0);
        this.message.on("data", (chunk) => {
          output = Buffer.concat([output, chunk]);
        });
        this.message.on("end", () => {
          resolve2(output.toString());
        });
      }));
    });
  }
  readBodyBuffer() {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2) => __awaiter(this, void 0, void 0, function* () {
        const chunks = [];
        this.message.on("data", (chunk) => {
          chunks.push(chunk);
        });
        this.message.on("end", () => {
          resolve2(Buffer.concat(chunks));
        });
      }));
    });
  }
};
var HttpClient = class {
  constructor(userAgent, handlers, requestOptions) {
    this._ignoreSslError = false;
    this._allowRedirects = true;
    this._allowRedirectDowngrade = false;
    this._maxRedirects = 50;
    this._allowRetries = false;
    this._maxRetries = 1;
    this._keepAlive = false;
    this._disposed = false;
    this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
    this.handlers = handlers || [];
    this.requestOptions = requestOptions;
    if (requestOptions) {
      if (requestOptions.ignoreSslError != null) {
        this._ignoreSslError = requestOptions.ignoreSslError;
      }
      this._socketTimeout = requestOptions.socketTimeout;
      if (requestOptions.allowRedirects != null) {
        this._allowRedirects = requestOptions.allowRedirects;
      }
      if (requestOptions.allowRedirectDowngrade != null) {
        this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
      }
      if (requestOptions.maxRedirects != null) {
        this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
      }
      if (requestOptions.keepAlive != null) {
        this._keepAlive = requestOptions.keepAlive;
      }
      if (requestOptions.allowRetries != null) {
        this._allowRetries = requestOptions.allowRetries;
      }
      if (requestOptions.maxRetries != null) {
        this._maxRetries = requestOptions.maxRetries;
      }
    }
  }
  options(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("OPTIONS", requestUrl, null, additionalHeaders || {});
    });
  }
  get(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("GET", requestUrl, null, additionalHeaders || {});
    });
  }
  del(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("DELETE", requestUrl, null, additionalHeaders || {});
    });
  }
  post(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("POST", requestUrl, data, additionalHeaders || {});
    });
  }
  patch(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PATCH", requestUrl, data, additionalHeaders || {});
    });
  }
  put(requestUrl, data, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("PUT", requestUrl, data, additionalHeaders || {});
    });
  }
  head(requestUrl, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request("HEAD", requestUrl, null, additionalHeaders || {});
    });
  }
  sendStream(verb, requestUrl, stream, additionalHeaders) {
    return __awaiter(this, void 0, void 0, function* () {
      return this.request(verb, requestUrl, stream, additionalHeaders);
    });
  }
  /**
   * Gets a typed object from an endpoint
   * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
   */
  getJson(requestUrl_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      const res = yield this.get(requestUrl, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  postJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.post(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  putJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.put(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  patchJson(requestUrl_1, obj_1) {
    return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
      const data = JSON.stringify(obj, null, 2);
      additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
      additionalHeaders[Headers.ContentType] = this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
      const res = yield this.patch(requestUrl, data, additionalHeaders);
      return this._processResponse(res, this.requestOptions);
    });
  }
  /**
   * Makes a raw http request.
   * All other methods such as get, post, patch, and request ultimately call this.
   * Prefer get, del, post and patch
   */
  request(verb, requestUrl, data, headers) {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._disposed) {
        throw new Error("Client has already been disposed.");
      }
      const parsedUrl = new URL(requestUrl);
      let info3 = this._prepareRequest(verb, parsedUrl, headers);
      const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb) ? this._maxRetries + 1 : 1;
      let numTries = 0;
      let response;
      do {
        response = yield this.requestRaw(info3, data);
        if (response && response.message && response.message.statusCode === HttpCodes.Unauthorized) {
          let authenticationHandler;
          for (const handler of this.handlers) {
            if (handler.canHandleAuthentication(response)) {
              authenticationHandler = handler;
              break;
            }
          }
          if (authenticationHandler) {
            return authenticationHandler.handleAuthentication(this, info3, data);
          } else {
            return response;
          }
        }
        let redirectsRemaining = this._maxRedirects;
        while (response.message.statusCode && HttpRedirectCodes.includes(response.message.statusCode) && this._allowRedirects && redirectsRemaining > 0) {
          const redirectUrl = response.message.headers["location"];
          if (!redirectUrl) {
            break;
          }
          const parsedRedirectUrl = new URL(redirectUrl);
          if (parsedUrl.protocol === "https:" && parsedUrl.protocol !== parsedRedirectUrl.protocol && !this._allowRedirectDowngrade) {
            throw new Error("Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.");
          }
          yield response.readBody();
          if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
            for (const header in headers) {
              if (header.toLowerCase() === "authorization") {
                delete headers[header];
              }
            }
          }
          info3 = this._prepareRequest(verb, parsedRedirectUrl, headers);
          response = yield this.requestRaw(info3, data);
          redirectsRemaining--;
        }
        if (!response.message.statusCode || !HttpResponseRetryCodes.includes(response.message.statusCode)) {
          return response;
        }
        numTries += 1;
        if (numTries < maxTries) {
          yield response.readBody();
          yield this._performExponentialBackoff(numTries);
        }
      } while (numTries < maxTries);
      return response;
    });
  }
  /**
   * Needs to be called if keepAlive is set to true in request options.
   */
  dispose() {
    if (this._agent) {
      this._agent.destroy();
    }
    this._disposed = true;
  }
  /**
   * Raw request.
   * @param info
   * @param data
   */
  requestRaw(info3, data) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => {
        function callbackForResult(err, res) {
          if (err) {
            reject(err);
          } else if (!res) {
            reject(new Error("Unknown error"));
          } else {
            resolve2(res);
          }
        }
        this.requestRawWithCallback(info3, data, callbackForResult);
      });
    });
  }
  /**
   * Raw request with callback.
   * @param info
   * @param data
   * @param onResult
   */
  requestRawWithCallback(info3, data, onResult) {
    if (typeof data === "string") {
      if (!info3.options.headers) {
        info3.options.headers = {};
      }
      info3.options.headers["Content-Length"] = Buffer.byteLength(data, "utf8");
    }
    let callbackCalled = false;
    function handleResult(err, res) {
      if (!callbackCalled) {
        callbackCalled = true;
        onResult(err, res);
      }
    }
    const req = info3.httpModule.request(info3.options, (msg) => {
      const res = new HttpClientResponse(msg);
      handleResult(void 0, res);
    });
    let socket;
    req.on("socket", (sock) => {
      socket = sock;
    });
    req.setTimeout(this._socketTimeout || 3 * 6e4, () => {
      if (socket) {
        socket.end();
      }
      handleResult(new Error(`Request timeout: ${info3.options.path}`));
    });
    req.on("error", function(err) {
      handleResult(err);
    });
    if (data && typeof data === "string") {
      req.write(data, "utf8");
    }
    if (data && typeof data !== "string") {
      data.on("close", function() {
        req.end();
      });
      data.pipe(req);
    } else {
      req.end();
    }
  }
  /**
   * Gets an http agent. This function is useful when you need an http agent that handles
   * routing through a proxy server - depending upon the url and proxy environment variables.
   * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
   */
  getAgent(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    return this._getAgent(parsedUrl);
  }
  getAgentDispatcher(serverUrl) {
    const parsedUrl = new URL(serverUrl);
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (!useProxy) {
      return;
    }
    return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
  }
  _prepareRequest(method, requestUrl, headers) {
    const info3 = {};
    info3.parsedUrl = requestUrl;
    const usingSsl = info3.parsedUrl.protocol === "https:";
    info3.httpModule = usingSsl ? https : http;
    const defaultPort = usingSsl ? 443 : 80;
    info3.options = {};
    info3.options.host = info3.parsedUrl.hostname;
    info3.options.port = info3.parsedUrl.port ? parseInt(info3.parsedUrl.port) : defaultPort;
    info3.options.path = (info3.parsedUrl.pathname || "") + (info3.parsedUrl.search || "");
    info3.options.method = method;
    info3.options.headers = this._mergeHeaders(headers);
    if (this.userAgent != null) {
      info3.options.headers["user-agent"] = this.userAgent;
    }
    info3.options.agent = this._getAgent(info3.parsedUrl);
    if (this.handlers) {
      for (const handler of this.handlers) {
        handler.prepareRequest(info3.options);
      }
    }
    return info3;
  }
  _mergeHeaders(headers) {
    if (this.requestOptions && this.requestOptions.headers) {
      return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
    }
    return lowercaseKeys(headers || {});
  }
  /**
   * Gets an existing header value or returns a default.
   * Handles converting number header values to strings since HTTP headers must be strings.
   * Note: This returns string | string[] since some headers can have multiple values.
   * For headers that must always be a single string (like Content-Type), use the
   * specialized _getExistingOrDefaultContentTypeHeader method instead.
   */
  _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
      if (headerValue) {
        clientHeader = typeof headerValue === "number" ? headerValue.toString() : headerValue;
      }
    }
    const additionalValue = additionalHeaders[header];
    if (additionalValue !== void 0) {
      return typeof additionalValue === "number" ? additionalValue.toString() : additionalValue;
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  /**
   * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
   * Always returns a single string (not an array) since Content-Type should be a single value.
   * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
   * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
   * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
   */
  _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
    let clientHeader;
    if (this.requestOptions && this.requestOptions.headers) {
      const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
      if (headerValue) {
        if (typeof headerValue === "number") {
          clientHeader = String(headerValue);
        } else if (Array.isArray(headerValue)) {
          clientHeader = headerValue.join(", ");
        } else {
          clientHeader = headerValue;
        }
      }
    }
    const additionalValue = additionalHeaders[Headers.ContentType];
    if (additionalValue !== void 0) {
      if (typeof additionalValue === "number") {
        return String(additionalValue);
      } else if (Array.isArray(additionalValue)) {
        return additionalValue.join(", ");
      } else {
        return additionalValue;
      }
    }
    if (clientHeader !== void 0) {
      return clientHeader;
    }
    return _default;
  }
  _getAgent(parsedUrl) {
    let agent;
    const proxyUrl = getProxyUrl(parsedUrl);
    const useProxy = proxyUrl && proxyUrl.hostname;
    if (this._keepAlive && useProxy) {
      agent = this._proxyAgent;
    }
    if (!useProxy) {
      agent = this._agent;
    }
    if (agent) {
      return agent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    let maxSockets = 100;
    if (this.requestOptions) {
      maxSockets = this.requestOptions.maxSockets || http.globalAgent.maxSockets;
    }
    if (proxyUrl && proxyUrl.hostname) {
      const agentOptions = {
        maxSockets,
        keepAlive: this._keepAlive,
        proxy: Object.assign(Object.assign({}, (proxyUrl.username || proxyUrl.password) && {
          proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
        }), { host: proxyUrl.hostname, port: proxyUrl.port })
      };
      let tunnelAgent;
      const overHttps = proxyUrl.protocol === "https:";
      if (usingSsl) {
        tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
      } else {
        tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
      }
      agent = tunnelAgent(agentOptions);
      this._proxyAgent = agent;
    }
    if (!agent) {
      const options = { keepAlive: this._keepAlive, maxSockets };
      agent = usingSsl ? new https.Agent(options) : new http.Agent(options);
      this._agent = agent;
    }
    if (usingSsl && this._ignoreSslError) {
      agent.options = Object.assign(agent.options || {}, {
        rejectUnauthorized: false
      });
    }
    return agent;
  }
  _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
    let proxyAgent;
    if (this._keepAlive) {
      proxyAgent = this._proxyAgentDispatcher;
    }
    if (proxyAgent) {
      return proxyAgent;
    }
    const usingSsl = parsedUrl.protocol === "https:";
    proxyAgent = new import_undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, (proxyUrl.username || proxyUrl.password) && {
      token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString("base64")}`
    }));
    this._proxyAgentDispatcher = proxyAgent;
    if (usingSsl && this._ignoreSslError) {
      proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
        rejectUnauthorized: false
      });
    }
    return proxyAgent;
  }
  _getUserAgentWithOrchestrationId(userAgent) {
    const baseUserAgent = userAgent || "actions/http-client";
    const orchId = process.env["ACTIONS_ORCHESTRATION_ID"];
    if (orchId) {
      const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, "_");
      return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
    }
    return baseUserAgent;
  }
  _performExponentialBackoff(retryNumber) {
    return __awaiter(this, void 0, void 0, function* () {
      retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
      const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
      return new Promise((resolve2) => setTimeout(() => resolve2(), ms));
    });
  }
  _processResponse(res, options) {
    return __awaiter(this, void 0, void 0, function* () {
      return new Promise((resolve2, reject) => __awaiter(this, void 0, void 0, function* () {
        const statusCode = res.message.statusCode || 0;
        const response = {
          statusCode,
          result: null,
          headers: {}
        };
        if (statusCode === HttpCodes.NotFound) {
          resolve2(response);
        }
        function dateTimeDeserializer(key, value) {
          if (typeof value === "string") {
            const a = new Date(value);
            if (!isNaN(a.valueOf())) {
              return a;
            }
          }
          return value;
        }
        let obj;
        let contents;
        try {
          contents = yield res.readBody();
          if (contents && contents.length > 0) {
            if (options && options.deserializeDates) {
              obj = JSON.parse(contents, dateTimeDeserializer);
            } else {
              obj = JSON.parse(contents);
            }
            response.result = obj;
          }
          response.headers = res.message.headers;
        } catch (err) {
        }
        if (statusCode > 299) {
          let msg;
          if (obj && obj.message) {
            msg = obj.message;
          } else if (contents && contents.length > 0) {
            msg = contents;
          } else {
            msg = `Failed request: (${statusCode})`;
          }
          const err = new HttpClientError(msg, statusCode);
          err.result = response.result;
          reject(err);
        } else {
          resolve2(response);
        }
      }));
    });
  }
};
var lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => (c[k.toLowerCase()] = obj[k], c), {});

// node_modules/@actions/http-client/lib/auth.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var BearerCredentialHandler = class {
  constructor(token) {
    this.token = token;
  }
  // currently implements pre-authorization
  // TODO: support preAuth = false where it hooks on 401
  prepareRequest(options) {
    if (!options.headers) {
      throw Error("The request has no headers");
    }
    options.headers["Authorization"] = `Bearer ${this.token}`;
  }
  // This handler cannot handle 401
  canHandleAuthentication() {
    return false;
  }
  handleAuthentication() {
    return __awaiter2(this, void 0, void 0, function* () {
      throw new Error("not implemented");
    });
  }
};

// node_modules/@actions/core/lib/oidc-utils.js
var __awaiter3 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var OidcClient = class _OidcClient {
  static createHttpClient(allowRetry = true, maxRetry = 10) {
    const requestOptions = {
      allowRetries: allowRetry,
      maxRetries: maxRetry
    };
    return new HttpClient("actions/oidc-client", [new BearerCredentialHandler(_OidcClient.getRequestToken())], requestOptions);
  }
  static getRequestToken() {
    const token = process.env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
    if (!token) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable");
    }
    return token;
  }
  static getIDTokenUrl() {
    const runtimeUrl = process.env["ACTIONS_ID_TOKEN_REQUEST_URL"];
    if (!runtimeUrl) {
      throw new Error("Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable");
    }
    return runtimeUrl;
  }
  static getCall(id_token_url) {
    return __awaiter3(this, void 0, void 0, function* () {
      var _a;
      const httpclient = _OidcClient.createHttpClient();
      const res = yield httpclient.getJson(id_token_url).catch((error3) => {
        throw new Error(`Failed to get ID Token. 
 
        Error Code : ${error3.statusCode}
 
        Error Message: ${error3.message}`);
      });
      const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
      if (!id_token) {
        throw new Error("Response json body do not have ID Token field");
      }
      return id_token;
    });
  }
  static getIDToken(audience) {
    return __awaiter3(this, void 0, void 0, function* () {
      try {
        let id_token_url = _OidcClient.getIDTokenUrl();
        if (audience) {
          const encodedAudience = encodeURIComponent(audience);
          id_token_url = `${id_token_url}&audience=${encodedAudience}`;
        }
        debug(`ID token url is ${id_token_url}`);
        const id_token = yield _OidcClient.getCall(id_token_url);
        setSecret(id_token);
        return id_token;
      } catch (error3) {
        throw new Error(`Error message: ${error3.message}`);
      }
    });
  }
};

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter4 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter4(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter4(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter4(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var markdownSummary = _summary;
var summary = _summary;

// node_modules/@actions/core/lib/path-utils.js
import * as path from "path";
function toPosixPath(pth) {
  return pth.replace(/[\\]/g, "/");
}
function toWin32Path(pth) {
  return pth.replace(/[/]/g, "\\");
}
function toPlatformPath(pth) {
  return pth.replace(/[/\\]/g, path.sep);
}

// node_modules/@actions/core/lib/platform.js
var platform_exports = {};
__export(platform_exports, {
  arch: () => arch,
  getDetails: () => getDetails,
  isLinux: () => isLinux,
  isMacOS: () => isMacOS,
  isWindows: () => isWindows,
  platform: () => platform
});
import os4 from "os";

// node_modules/@actions/exec/lib/exec.js
import { StringDecoder } from "string_decoder";

// node_modules/@actions/exec/lib/toolrunner.js
import * as os3 from "os";
import * as events from "events";
import * as child from "child_process";
import * as path4 from "path";

// node_modules/@actions/io/lib/io.js
import * as path3 from "path";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
import * as path2 from "path";
var __awaiter5 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;
function exists(fsPath) {
  return __awaiter5(this, void 0, void 0, function* () {
    try {
      yield stat(fsPath);
    } catch (err) {
      if (err.code === "ENOENT") {
        return false;
      }
      throw err;
    }
    return true;
  });
}
function isRooted(p) {
  p = normalizeSeparators(p);
  if (!p) {
    throw new Error('isRooted() parameter "p" cannot be empty');
  }
  if (IS_WINDOWS) {
    return p.startsWith("\\") || /^[A-Z]:/i.test(p);
  }
  return p.startsWith("/");
}
function tryGetExecutablePath(filePath, extensions) {
  return __awaiter5(this, void 0, void 0, function* () {
    let stats = void 0;
    try {
      stats = yield stat(filePath);
    } catch (err) {
      if (err.code !== "ENOENT") {
        console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
      }
    }
    if (stats && stats.isFile()) {
      if (IS_WINDOWS) {
        const upperExt = path2.extname(filePath).toUpperCase();
        if (extensions.some((validExt) => validExt.toUpperCase() === upperExt)) {
          return filePath;
        }
      } else {
        if (isUnixExecutable(stats)) {
          return filePath;
        }
      }
    }
    const originalFilePath = filePath;
    for (const extension of extensions) {
      filePath = originalFilePath + extension;
      stats = void 0;
      try {
        stats = yield stat(filePath);
      } catch (err) {
        if (err.code !== "ENOENT") {
          console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
        }
      }
      if (stats && stats.isFile()) {
        if (IS_WINDOWS) {
          try {
            const directory = path2.dirname(filePath);
            const upperName = path2.basename(filePath).toUpperCase();
            for (const actualName of yield readdir(directory)) {
              if (upperName === actualName.toUpperCase()) {
                filePath = path2.join(directory, actualName);
                break;
              }
            }
          } catch (err) {
            console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
          }
          return filePath;
        } else {
          if (isUnixExecutable(stats)) {
            return filePath;
          }
        }
      }
    }
    return "";
  });
}
function normalizeSeparators(p) {
  p = p || "";
  if (IS_WINDOWS) {
    p = p.replace(/\//g, "\\");
    return p.replace(/\\\\+/g, "\\");
  }
  return p.replace(/\/\/+/g, "/");
}
function isUnixExecutable(stats) {
  return (stats.mode & 1) > 0 || (stats.mode & 8) > 0 && process.getgid !== void 0 && stats.gid === process.getgid() || (stats.mode & 64) > 0 && process.getuid !== void 0 && stats.uid === process.getuid();
}

// node_modules/@actions/io/lib/io.js
var __awaiter6 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function which(tool, check) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    if (check) {
      const result = yield which(tool, false);
      if (!result) {
        if (IS_WINDOWS) {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
        } else {
          throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
        }
      }
      return result;
    }
    const matches = yield findInPath(tool);
    if (matches && matches.length > 0) {
      return matches[0];
    }
    return "";
  });
}
function findInPath(tool) {
  return __awaiter6(this, void 0, void 0, function* () {
    if (!tool) {
      throw new Error("parameter 'tool' is required");
    }
    const extensions = [];
    if (IS_WINDOWS && process.env["PATHEXT"]) {
      for (const extension of process.env["PATHEXT"].split(path3.delimiter)) {
        if (extension) {
          extensions.push(extension);
        }
      }
    }
    if (isRooted(tool)) {
      const filePath = yield tryGetExecutablePath(tool, extensions);
      if (filePath) {
        return [filePath];
      }
      return [];
    }
    if (tool.includes(path3.sep)) {
      return [];
    }
    const directories = [];
    if (process.env.PATH) {
      for (const p of process.env.PATH.split(path3.delimiter)) {
        if (p) {
          directories.push(p);
        }
      }
    }
    const matches = [];
    for (const directory of directories) {
      const filePath = yield tryGetExecutablePath(path3.join(directory, tool), extensions);
      if (filePath) {
        matches.push(filePath);
      }
    }
    return matches;
  });
}

// node_modules/@actions/exec/lib/toolrunner.js
import { setTimeout as setTimeout2 } from "timers";
var __awaiter7 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var IS_WINDOWS2 = process.platform === "win32";
var ToolRunner = class extends events.EventEmitter {
  constructor(toolPath, args, options) {
    super();
    if (!toolPath) {
      throw new Error("Parameter 'toolPath' cannot be null or empty.");
    }
    this.toolPath = toolPath;
    this.args = args || [];
    this.options = options || {};
  }
  _debug(message) {
    if (this.options.listeners && this.options.listeners.debug) {
      this.options.listeners.debug(message);
    }
  }
  _getCommandString(options, noPrefix) {
    const toolPath = this._getSpawnFileName();
    const args = this._getSpawnArgs(options);
    let cmd = noPrefix ? "" : "[command]";
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        cmd += toolPath;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else if (options.windowsVerbatimArguments) {
        cmd += `"${toolPath}"`;
        for (const a of args) {
          cmd += ` ${a}`;
        }
      } else {
        cmd += this._windowsQuoteCmdArg(toolPath);
        for (const a of args) {
          cmd += ` ${this._windowsQuoteCmdArg(a)}`;
        }
      }
    } else {
      cmd += toolPath;
      for (const a of args) {
        cmd += ` ${a}`;
      }
    }
    return cmd;
  }
  _processLineBuffer(data, strBuffer, onLine) {
    try {
      let s = strBuffer + data.toString();
      let n = s.indexOf(os3.EOL);
      while (n > -1) {
        const line = s.substring(0, n);
        onLine(line);
        s = s.substring(n + os3.EOL.length);
        n = s.indexOf(os3.EOL);
      }
      return s;
    } catch (err) {
      this._debug(`error processing line. Failed with error ${err}`);
      return "";
    }
  }
  _getSpawnFileName() {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        return process.env["COMSPEC"] || "cmd.exe";
      }
    }
    return this.toolPath;
  }
  _getSpawnArgs(options) {
    if (IS_WINDOWS2) {
      if (this._isCmdFile()) {
        let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
        for (const a of this.args) {
          argline += " ";
          argline += options.windowsVerbatimArguments ? a : this._windowsQuoteCmdArg(a);
        }
        argline += '"';
        return [argline];
      }
    }
    return this.args;
  }
  _endsWith(str, end) {
    return str.endsWith(end);
  }
  _isCmdFile() {
    const upperToolPath = this.toolPath.toUpperCase();
    return this._endsWith(upperToolPath, ".CMD") || this._endsWith(upperToolPath, ".BAT");
  }
  _windowsQuoteCmdArg(arg) {
    if (!this._isCmdFile()) {
      return this._uvQuoteCmdArg(arg);
    }
    if (!arg) {
      return '""';
    }
    const cmdSpecialChars = [
      " ",
      "	",
      "&",
      "(",
      ")",
      "[",
      "]",
      "{",
      "}",
      "^",
      "=",
      ";",
      "!",
      "'",
      "+",
      ",",
      "`",
      "~",
      "|",
      "<",
      ">",
      '"'
    ];
    let needsQuotes = false;
    for (const char of arg) {
      if (cmdSpecialChars.some((x) => x === char)) {
        needsQuotes = true;
        break;
      }
    }
    if (!needsQuotes) {
      return arg;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += '"';
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _uvQuoteCmdArg(arg) {
    if (!arg) {
      return '""';
    }
    if (!arg.includes(" ") && !arg.includes("	") && !arg.includes('"')) {
      return arg;
    }
    if (!arg.includes('"') && !arg.includes("\\")) {
      return `"${arg}"`;
    }
    let reverse = '"';
    let quoteHit = true;
    for (let i = arg.length; i > 0; i--) {
      reverse += arg[i - 1];
      if (quoteHit && arg[i - 1] === "\\") {
        reverse += "\\";
      } else if (arg[i - 1] === '"') {
        quoteHit = true;
        reverse += "\\";
      } else {
        quoteHit = false;
      }
    }
    reverse += '"';
    return reverse.split("").reverse().join("");
  }
  _cloneExecOptions(options) {
    options = options || {};
    const result = {
      cwd: options.cwd || process.cwd(),
      env: options.env || process.env,
      silent: options.silent || false,
      windowsVerbatimArguments: options.windowsVerbatimArguments || false,
      failOnStdErr: options.failOnStdErr || false,
      ignoreReturnCode: options.ignoreReturnCode || false,
      delay: options.delay || 1e4
    };
    result.outStream = options.outStream || process.stdout;
    result.errStream = options.errStream || process.stderr;
    return result;
  }
  _getSpawnOptions(options, toolPath) {
    options = options || {};
    const result = {};
    result.cwd = options.cwd;
    result.env = options.env;
    result["windowsVerbatimArguments"] = options.windowsVerbatimArguments || this._isCmdFile();
    if (options.windowsVerbatimArguments) {
      result.argv0 = `"${toolPath}"`;
    }
    return result;
  }
  /**
   * Exec a tool.
   * Output will be streamed to the live console.
   * Returns promise with return code
   *
   * @param     tool     path to tool to exec
   * @param     options  optional exec options.  See ExecOptions
   * @returns   number
   */
  exec() {
    return __awaiter7(this, void 0, void 0, function* () {
      if (!isRooted(this.toolPath) && (this.toolPath.includes("/") || IS_WINDOWS2 && this.toolPath.includes("\\"))) {
        this.toolPath = path4.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
      }
      this.toolPath = yield which(this.toolPath, true);
      return new Promise((resolve2, reject) => __awaiter7(this, void 0, void 0, function* () {
        this._debug(`exec tool: ${this.toolPath}`);
        this._debug("arguments:");
        for (const arg of this.args) {
          this._debug(`   ${arg}`);
        }
        const optionsNonNull = this._cloneExecOptions(this.options);
        if (!optionsNonNull.silent && optionsNonNull.outStream) {
          optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + os3.EOL);
        }
        const state = new ExecState(optionsNonNull, this.toolPath);
        state.on("debug", (message) => {
          this._debug(message);
        });
        if (this.options.cwd && !(yield exists(this.options.cwd))) {
          return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
        }
        const fileName = this._getSpawnFileName();
        const cp = child.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
        let stdbuffer = "";
        if (cp.stdout) {
          cp.stdout.on("data", (data) => {
            if (this.options.listeners && this.options.listeners.stdout) {
              this.options.listeners.stdout(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.outStream) {
              optionsNonNull.outStream.write(data);
            }
            stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.stdline) {
                this.options.listeners.stdline(line);
              }
            });
          });
        }
        let errbuffer = "";
        if (cp.stderr) {
          cp.stderr.on("data", (data) => {
            state.processStderr = true;
            if (this.options.listeners && this.options.listeners.stderr) {
              this.options.listeners.stderr(data);
            }
            if (!optionsNonNull.silent && optionsNonNull.errStream && optionsNonNull.outStream) {
              const s = optionsNonNull.failOnStdErr ? optionsNonNull.errStream : optionsNonNull.outStream;
              s.write(data);
            }
            errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
              if (this.options.listeners && this.options.listeners.errline) {
                this.options.listeners.errline(line);
              }
            });
          });
        }
        cp.on("error", (err) => {
          state.processError = err.message;
          state.processExited = true;
          state.processClosed = true;
          state.CheckComplete();
        });
        cp.on("exit", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        cp.on("close", (code) => {
          state.processExitCode = code;
          state.processExited = true;
          state.processClosed = true;
          this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
          state.CheckComplete();
        });
        state.on("done", (error3, exitCode) => {
          if (stdbuffer.length > 0) {
            this.emit("stdline", stdbuffer);
          }
          if (errbuffer.length > 0) {
            this.emit("errline", errbuffer);
          }
          cp.removeAllListeners();
          if (error3) {
            reject(error3);
          } else {
            resolve2(exitCode);
          }
        });
        if (this.options.input) {
          if (!cp.stdin) {
            throw new Error("child process missing stdin");
          }
          cp.stdin.end(this.options.input);
        }
      }));
    });
  }
};
function argStringToArray(argString) {
  const args = [];
  let inQuotes = false;
  let escaped = false;
  let arg = "";
  function append(c) {
    if (escaped && c !== '"') {
      arg += "\\";
    }
    arg += c;
    escaped = false;
  }
  for (let i = 0; i < argString.length; i++) {
    const c = argString.charAt(i);
    if (c === '"') {
      if (!escaped) {
        inQuotes = !inQuotes;
      } else {
        append(c);
      }
      continue;
    }
    if (c === "\\" && escaped) {
      append(c);
      continue;
    }
    if (c === "\\" && inQuotes) {
      escaped = true;
      continue;
    }
    if (c === " " && !inQuotes) {
      if (arg.length > 0) {
        args.push(arg);
        arg = "";
      }
      continue;
    }
    append(c);
  }
  if (arg.length > 0) {
    args.push(arg.trim());
  }
  return args;
}
var ExecState = class _ExecState extends events.EventEmitter {
  constructor(options, toolPath) {
    super();
    this.processClosed = false;
    this.processError = "";
    this.processExitCode = 0;
    this.processExited = false;
    this.processStderr = false;
    this.delay = 1e4;
    this.done = false;
    this.timeout = null;
    if (!toolPath) {
      throw new Error("toolPath must not be empty");
    }
    this.options = options;
    this.toolPath = toolPath;
    if (options.delay) {
      this.delay = options.delay;
    }
  }
  CheckComplete() {
    if (this.done) {
      return;
    }
    if (this.processClosed) {
      this._setResult();
    } else if (this.processExited) {
      this.timeout = setTimeout2(_ExecState.HandleTimeout, this.delay, this);
    }
  }
  _debug(message) {
    this.emit("debug", message);
  }
  _setResult() {
    let error3;
    if (this.processExited) {
      if (this.processError) {
        error3 = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
      } else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
        error3 = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
      } else if (this.processStderr && this.options.failOnStdErr) {
        error3 = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
      }
    }
    if (this.timeout) {
      clearTimeout(this.timeout);
      this.timeout = null;
    }
    this.done = true;
    this.emit("done", error3, this.processExitCode);
  }
  static HandleTimeout(state) {
    if (state.done) {
      return;
    }
    if (!state.processClosed && state.processExited) {
      const message = `The STDIO streams did not close within ${state.delay / 1e3} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
      state._debug(message);
    }
    state._setResult();
  }
};

// node_modules/@actions/exec/lib/exec.js
var __awaiter8 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
function exec(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    const commandArgs = argStringToArray(commandLine);
    if (commandArgs.length === 0) {
      throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
    }
    const toolPath = commandArgs[0];
    args = commandArgs.slice(1).concat(args || []);
    const runner = new ToolRunner(toolPath, args, options);
    return runner.exec();
  });
}
function getExecOutput(commandLine, args, options) {
  return __awaiter8(this, void 0, void 0, function* () {
    var _a, _b;
    let stdout = "";
    let stderr = "";
    const stdoutDecoder = new StringDecoder("utf8");
    const stderrDecoder = new StringDecoder("utf8");
    const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
    const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
    const stdErrListener = (data) => {
      stderr += stderrDecoder.write(data);
      if (originalStdErrListener) {
        originalStdErrListener(data);
      }
    };
    const stdOutListener = (data) => {
      stdout += stdoutDecoder.write(data);
      if (originalStdoutListener) {
        originalStdoutListener(data);
      }
    };
    const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
    const exitCode = yield exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
    stdout += stdoutDecoder.end();
    stderr += stderrDecoder.end();
    return {
      exitCode,
      stdout,
      stderr
    };
  });
}

// node_modules/@actions/core/lib/platform.js
var __awaiter9 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var getWindowsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout: version } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', void 0, {
    silent: true
  });
  const { stdout: name } = yield getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', void 0, {
    silent: true
  });
  return {
    name: name.trim(),
    version: version.trim()
  };
});
var getMacOsInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  var _a, _b, _c, _d;
  const { stdout } = yield getExecOutput("sw_vers", void 0, {
    silent: true
  });
  const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : "";
  const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : "";
  return {
    name,
    version
  };
});
var getLinuxInfo = () => __awaiter9(void 0, void 0, void 0, function* () {
  const { stdout } = yield getExecOutput("lsb_release", ["-i", "-r", "-s"], {
    silent: true
  });
  const [name, version] = stdout.trim().split("\n");
  return {
    name,
    version
  };
});
var platform = os4.platform();
var arch = os4.arch();
var isWindows = platform === "win32";
var isMacOS = platform === "darwin";
var isLinux = platform === "linux";
function getDetails() {
  return __awaiter9(this, void 0, void 0, function* () {
    return Object.assign(Object.assign({}, yield isWindows ? getWindowsInfo() : isMacOS ? getMacOsInfo() : getLinuxInfo()), {
      platform,
      arch,
      isWindows,
      isMacOS,
      isLinux
    });
  });
}

// node_modules/@actions/core/lib/core.js
var __awaiter10 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function exportVariable(name, val) {
  const convertedVal = toCommandValue(val);
  process.env[name] = convertedVal;
  const filePath = process.env["GITHUB_ENV"] || "";
  if (filePath) {
    return issueFileCommand("ENV", prepareKeyValueMessage(name, val));
  }
  issueCommand("set-env", { name }, convertedVal);
}
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function addPath(inputPath) {
  const filePath = process.env["GITHUB_PATH"] || "";
  if (filePath) {
    issueFileCommand("PATH", inputPath);
  } else {
    issueCommand("add-path", {}, inputPath);
  }
  process.env["PATH"] = `${inputPath}${path5.delimiter}${process.env["PATH"]}`;
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function getMultilineInput(name, options) {
  const inputs = getInput(name, options).split("\n").filter((x) => x !== "");
  if (options && options.trimWhitespace === false) {
    return inputs;
  }
  return inputs.map((input) => input.trim());
}
function getBooleanInput(name, options) {
  const trueValue = ["true", "True", "TRUE"];
  const falseValue = ["false", "False", "FALSE"];
  const val = getInput(name, options);
  if (trueValue.includes(val))
    return true;
  if (falseValue.includes(val))
    return false;
  throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}
Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os5.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setCommandEcho(enabled) {
  issue("echo", enabled ? "on" : "off");
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function notice(message, properties = {}) {
  issueCommand("notice", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os5.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter10(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}
function getIDToken(aud) {
  return __awaiter10(this, void 0, void 0, function* () {
    return yield OidcClient.getIDToken(aud);
  });
}

// src/action/log.ts
var RANK = { gap: 0, caused: 1, run: 2, parse: 3, finding: 4 };
var ANNOTATIONS_PER_LEVEL = 10;
var held;
var written = { error: 0, warning: 0, notice: 0 };
var escapeProps = (p) => p && { ...p, ...p.title !== void 0 ? { title: escapeLogText(p.title) } : {}, ...p.file !== void 0 ? { file: escapeLogText(p.file) } : {} };
function write(level, message, p) {
  written[level]++;
  core_exports[level](escapeLogText(message), escapeProps(p));
}
function annotation(level, message, p, kind) {
  if (held) held.push({ level, kind, message, ...p ? { props: p } : {} });
  else write(level, message, p);
}
var info2 = (message) => info(escapeLogText(message));
var warning2 = (message, p, kind = "run") => annotation("warning", message, p, kind);
var error2 = (message, p, kind = "run") => annotation("error", message, p, kind);
var notice2 = (message, p, kind = "run") => annotation("notice", message, p, kind);
var setFailed2 = (message) => {
  written.error++;
  setFailed(escapeLogText(message));
};
function holdAnnotations() {
  held ??= [];
}
function flushAnnotations(reserve = { error: 1, warning: 1 }) {
  const queue = held ?? [];
  held = void 0;
  const overflow = [];
  for (const level of ["error", "warning", "notice"]) {
    const items = queue.filter((a) => a.level === level).sort((a, b) => RANK[a.kind] - RANK[b.kind]);
    const budget = Math.max(1, ANNOTATIONS_PER_LEVEL - written[level] - (reserve[level] ?? 0));
    if (items.length <= budget) {
      for (const a of items) write(level, a.message, a.props);
      continue;
    }
    const shown = items.slice(0, budget - 1);
    const rest = items.slice(budget - 1);
    for (const a of shown) write(level, a.message, a.props);
    const words = level === "error" ? ["error", "errors"] : level === "warning" ? ["warning", "warnings"] : ["notice", "notices"];
    write(level, `${rest.length} more ${rest.length === 1 ? words[0] : words[1]} in the job summary (GitHub shows ${ANNOTATIONS_PER_LEVEL} ${words[1]} per step)`, { title: "Paramedic: more in the job summary" });
    for (const a of rest) info(escapeLogText(`not annotated (${level}): ${where(a)}${a.message}`));
    overflow.push(...rest);
  }
  return overflow;
}
function where(a) {
  if (!a.props?.file) return "";
  return `${a.props.file}${a.props.startLine ? `:${a.props.startLine}` : ""}: `;
}

// src/action/identity.ts
async function tokenIdentity(client) {
  try {
    const { data } = await client.request("GET /user");
    if (data && typeof data.login === "string" && data.login) return { kind: data.type === "Bot" ? "app" : "user", login: data.login };
    throw new Error("GitHub answered GET /user without a login");
  } catch (error3) {
    if (transportFailure(error3) || error3.status !== 403) throw error3;
  }
  try {
    const answer = await client.graphql("query { viewer { login } }");
    const login = answer?.viewer?.login;
    if (typeof login === "string" && login) return { kind: "app", login };
  } catch (error3) {
    if (transportFailure(error3)) throw error3;
  }
  return { kind: "app" };
}
function isAuthoredBy(identity, author, via) {
  const login = author?.login;
  if (typeof login !== "string" || !login) return false;
  if (identity.login) return login.toLowerCase() === identity.login.toLowerCase();
  if (author?.type !== "Bot" || !login.endsWith("[bot]")) return false;
  return !via?.slug || `${via.slug}[bot]`.toLowerCase() === login.toLowerCase();
}

// src/action/comment.ts
var COMMENT_MARKER = "<!-- paramedic:report -->";
var MAX_COMMENT_CHARS = 65536;
function isOwnComment(comment, identity, marker = COMMENT_MARKER) {
  return (comment.body ?? "").startsWith(marker) && isAuthoredBy(identity, comment.user, comment.performed_via_github_app);
}
function commentWanted(mode, report) {
  if (mode === "never") return "none";
  if (mode === "always") return "report";
  const touches = report.dependencies.some((d) => d.change === "added" || d.change === "changed");
  const caused = report.findings.some((f) => f.causedByChange === true);
  return touches || report.gaps.length > 0 || caused || report.verdict === "fail" ? "report" : "resolved";
}
async function upsertStickyComment(client, repo, issueNumber, body, identity, options = {}) {
  const marker = options.marker ?? COMMENT_MARKER;
  if (!body.startsWith(marker)) throw new Error("sticky comment body must start with its marker");
  const comments = await listAll(client, "GET /repos/{owner}/{repo}/issues/{issue_number}/comments", { ...repo, issue_number: issueNumber }, "pull request comments");
  const marked = comments.filter((c) => (c.body ?? "").startsWith(marker));
  const me = marked.length > 0 ? await identity() : void 0;
  const existing = me ? marked.find((c) => isOwnComment(c, me, marker)) : void 0;
  if (!existing) {
    if (options.create === false) return { outcome: "none" };
    const created = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
    return { outcome: "created", ...typeof created.data?.id === "number" ? { id: created.data.id } : {} };
  }
  if ((existing.body ?? "") === body) return { outcome: "unchanged", id: existing.id };
  await client.rest.issues.updateComment({ ...repo, comment_id: existing.id, body });
  return { outcome: "updated", id: existing.id };
}
function resolvedComment(report, sha, marker = COMMENT_MARKER) {
  const at = sha && /^[0-9a-f]{7,64}$/.test(sha) ? ` as of ${sha.slice(0, 7)}` : "";
  return [
    marker,
    "### \u{1F3E5} Paramedic \u2014 disaster-recovery coverage",
    "",
    `\u2705 **Resolved**${at}: this pull request no longer adds or changes a critical dependency, and leaves no gap or plan finding of its own.`,
    ""
  ].join("\n") + (report.verdict === "pass" ? "" : "\nOlder findings of the plan are in the job summary.\n");
}

// src/action/plan-commit.ts
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path6 from "node:path";
var BOT_IDENTITY = {
  name: "github-actions[bot]",
  email: "41898282+github-actions[bot]@users.noreply.github.com"
};
async function readFileAt(root, commit, filePath) {
  const result = await git(root, ["cat-file", "blob", `${commit}:${filePath}`]);
  return result.code === 0 ? result.stdout.toString("utf8") : null;
}
async function commitOneFile(root, options) {
  const indexDir = mkdtempSync(path6.join(tmpdir(), "paramedic-index-"));
  const env = {
    GIT_INDEX_FILE: path6.join(indexDir, "index"),
    GIT_AUTHOR_NAME: BOT_IDENTITY.name,
    GIT_AUTHOR_EMAIL: BOT_IDENTITY.email,
    GIT_COMMITTER_NAME: BOT_IDENTITY.name,
    GIT_COMMITTER_EMAIL: BOT_IDENTITY.email
  };
  try {
    const run2 = async (args, input) => {
      const result = await git(root, args, input, env);
      if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`);
      return result.stdout.toString("utf8").trim();
    };
    const blob = await run2(["hash-object", "-w", "--stdin"], options.content);
    await run2(["read-tree", options.parent]);
    await run2(["update-index", "--add", "--cacheinfo", `100644,${blob},${options.filePath}`]);
    const tree = await run2(["write-tree"]);
    return await run2(["commit-tree", tree, "-p", options.parent, "-F", "-"], options.message);
  } finally {
    rmSync(indexDir, { recursive: true, force: true });
  }
}
async function remoteEnvForToken(root, token) {
  const remote = await git(root, ["remote", "get-url", "origin"]);
  let origin;
  try {
    const url = new URL(remote.stdout.toString("utf8").trim());
    if (url.protocol === "https:" || url.protocol === "http:") origin = url.origin;
  } catch {
    origin = void 0;
  }
  if (!origin || !token) return { env: {} };
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString("base64")}`;
  const key = `http.${origin}/.extraheader`;
  return {
    header,
    env: { GIT_CONFIG_COUNT: "2", GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: "", GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header }
  };
}
function explainRefusal(refused2, branch) {
  if (refused2.rejected === "protected") return `the branch ${branch} is protected`;
  if (refused2.rejected === "permission") return "the token cannot push (give the job `permissions: contents: write`, or pass a token that may push as `token`)";
  return `the push to ${branch} was refused (${refused2.message})`;
}
async function pushCommit(root, commit, branch, options = {}) {
  const args = ["push", "--porcelain", "origin", `${commit}:refs/heads/${branch}`];
  if (options.lease !== void 0) args.splice(1, 0, `--force-with-lease=refs/heads/${branch}:${options.lease}`);
  const result = await git(root, args, void 0, options.env);
  if (result.code === 0) return { ok: true };
  const text = `${result.stdout.toString()}
${result.stderr}`;
  const message = text.replace(/(https?:\/\/)[^@\s/]+@/g, "$1***@").trim().split("\n").filter(Boolean).slice(-3).join(" ");
  if (/non-fast-forward|fetch first|\[rejected\]|stale info/i.test(text)) return { ok: false, rejected: "non-fast-forward", message };
  if (/protected branch|GH006|pre-receive hook declined/i.test(text)) return { ok: false, rejected: "protected", message };
  if (/403|permission|denied|not allowed|Authentication failed|could not read Username/i.test(text)) return { ok: false, rejected: "permission", message };
  return { ok: false, rejected: "other", message };
}
async function fetchBranchTip(root, branch, env) {
  const result = await git(root, ["fetch", "--no-tags", "--depth=1", "origin", `refs/heads/${branch}`], void 0, env);
  if (result.code !== 0) return null;
  return (await gitText(root, ["rev-parse", "FETCH_HEAD"])).trim();
}
async function remoteBranchTip(root, branch, env) {
  const ref = `refs/heads/${branch}`;
  const result = await git(root, ["ls-remote", "--heads", "origin", ref], void 0, env);
  if (result.code !== 0) throw new Error(`could not ask origin for ${branch}: ${result.stderr.trim().split("\n")[0]?.replace(/(https?:\/\/)[^@\s/]+@/g, "$1***@") ?? `exit ${result.code}`}`);
  const line = result.stdout.toString().split("\n").find((l) => l.split("	")[1] === ref);
  return line ? line.split("	")[0] : null;
}

// src/action/draft-commit.ts
function statusContext(configured, env = process.env) {
  return configured.trim() || env.GITHUB_JOB?.trim() || "paramedic";
}
async function ensureCommit(root, sha, log, env) {
  if ((await git(root, ["cat-file", "-e", `${sha}^{commit}`])).code === 0) return true;
  log(`fetching PR head ${sha.slice(0, 7)} (depth 1) to commit the stub onto it`);
  return (await git(root, ["fetch", "--no-tags", "--depth=1", "origin", sha], void 0, env)).code === 0;
}
async function commitDraftsToPullRequest(options) {
  const { root, pr, planPath, draft, log } = options;
  const env = options.remoteEnv ?? {};
  if (pr.headRepo !== pr.baseRepo) {
    return { outcome: "skipped", reason: "this pull request comes from a fork, where the job token cannot push; the suggested scenarios are in the summary and comment" };
  }
  const checked = pr.headSha;
  let tip;
  try {
    tip = await remoteBranchTip(root, pr.headRef, env);
  } catch (error3) {
    return { outcome: "skipped", reason: error3 instanceof Error ? error3.message : String(error3) };
  }
  if (tip === null) return { outcome: "skipped", reason: `the branch ${pr.headRef} no longer exists; it is not re-created` };
  if (tip !== checked) return movedOn(root, pr, planPath, draft, log, env, tip);
  if (!await ensureCommit(root, checked, log, env)) {
    return { outcome: "skipped", reason: `the PR head ${checked.slice(0, 7)} could not be fetched from origin` };
  }
  const { after, added } = draft(await readFileAt(root, checked, planPath));
  if (added.length === 0) return { outcome: "nothing" };
  const names = added.map((a) => a.name);
  const message = `docs(disaster-recovery): draft scenarios for ${names.join(", ")}

Drafted by Paramedic. Review the steps, fill in the placeholders and remove
the draft markers to sign them off; until then they do not count as coverage.
`;
  const sha = await commitOneFile(root, { parent: checked, filePath: planPath, content: after, message });
  const pushed = await pushCommit(root, sha, pr.headRef, { lease: checked, env });
  if (pushed.ok) {
    log(`pushed ${sha.slice(0, 7)} to ${pr.headRef}: ${names.join(", ")}`);
    return { outcome: "pushed", sha, added: added.map((a) => a.id) };
  }
  if (pushed.rejected === "non-fast-forward") {
    return { outcome: "skipped", reason: `the branch ${pr.headRef} moved while the draft was being pushed; nothing was committed, and the run on its new head will draft it` };
  }
  return { outcome: "skipped", reason: `${explainRefusal(pushed, pr.headRef)}; the suggested scenarios are in the summary and comment` };
}
async function movedOn(root, pr, planPath, draft, log, env, tip) {
  log(`${pr.headRef} is at ${tip.slice(0, 7)}, not at the checked head ${pr.headSha.slice(0, 7)}: a commit there is not a fast-forward of what was checked, so nothing is committed`);
  const fetched = await fetchBranchTip(root, pr.headRef, env);
  if (fetched === tip && draft(await readFileAt(root, tip, planPath)).added.length === 0) {
    const raw = await git(root, ["cat-file", "commit", tip]);
    const parents = raw.stdout.toString("utf8").split("\n\n")[0].split("\n").filter((l) => l.startsWith("parent ")).map((l) => l.slice(7));
    return { outcome: "present", tip, ...parents.length === 1 && parents[0] === pr.headSha ? { sha: tip } : {} };
  }
  return { outcome: "skipped", reason: `the branch ${pr.headRef} moved on from the checked head ${pr.headSha.slice(0, 7)}; nothing was committed, and the run on its new head will draft it` };
}
async function reportStatusOnCommit(client, repo, sha, verdict, description, context, targetUrl, warn) {
  try {
    await client.rest.repos.createCommitStatus({
      ...repo,
      sha,
      state: verdict === "fail" ? "failure" : "success",
      context,
      description: description.slice(0, 140),
      ...targetUrl ? { target_url: targetUrl } : {}
    });
  } catch (error3) {
    warn(explainApiError(error3, "set the commit status on the drafted commit", "statuses: write"));
  }
}

// src/action/draft-title.ts
function draftPrTitle(serviceNames, maxNamed = 3) {
  const names = [...new Set(serviceNames)];
  const target = names.length <= maxNamed ? names.join(", ") : `${names.slice(0, maxNamed).join(", ")} +${names.length - maxNamed} more`;
  return `\u{1F3E5} Paramedic: [Disaster Recovery Plan Updated: ${target}]`;
}

// src/action/draft-pr.ts
var SWEEP_BRANCH = "paramedic/disaster-recovery-plan";
var PullRequestCreationRefused = class extends Error {
  status = 403;
  constructor(cause) {
    super("GitHub refused to create the pull request (403)", { cause });
    this.name = "PullRequestCreationRefused";
  }
};
async function syncSweepPullRequest(options) {
  const { root, client, repo, baseBranch, baseSha, planPath, draft, log } = options;
  const env = options.remoteEnv ?? {};
  const open2 = await listAll(client, "GET /repos/{owner}/{repo}/pulls", { ...repo, state: "open", head: `${repo.owner}:${SWEEP_BRANCH}` }, "open pull requests");
  const existing = open2[0];
  if (options.gaps.length === 0) {
    if (!existing) return { outcome: "none" };
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: "The plan on the default branch now covers these services. Closing." });
    await client.rest.pulls.update({ ...repo, pull_number: existing.number, state: "closed" });
    log(`closed #${existing.number}: no gaps left`);
    return { outcome: "closed", number: existing.number };
  }
  const fromBase = draft(await readFileAt(root, baseSha, planPath));
  if (fromBase.added.length === 0) return { outcome: "none" };
  const remoteTip = await remoteBranchTip(root, SWEEP_BRANCH, env);
  let tip = remoteTip;
  let names = fromBase.added.map((a) => a.name);
  let branchChanged = false;
  if (remoteTip === null) {
    const sha = await commitOneFile(root, { parent: baseSha, filePath: planPath, content: fromBase.after, message: commitMessage(names) });
    const pushed = await pushCommit(root, sha, SWEEP_BRANCH, { env });
    if (!pushed.ok) throw refused(pushed);
    log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} (new branch from ${baseBranch})`);
    tip = sha;
    branchChanged = true;
  } else {
    const fetched = await fetchBranchTip(root, SWEEP_BRANCH, env);
    if (fetched !== remoteTip) throw new Error(`could not fetch ${SWEEP_BRANCH} from origin`);
    const onTip = draft(await readFileAt(root, remoteTip, planPath));
    if (onTip.added.length > 0) {
      const fresh = await commitOneFile(root, { parent: baseSha, filePath: planPath, content: fromBase.after, message: commitMessage(names) });
      let pushed = await pushCommit(root, fresh, SWEEP_BRANCH, { env });
      let sha = fresh;
      if (!pushed.ok && pushed.rejected === "non-fast-forward") {
        names = onTip.added.map((a) => a.name);
        sha = await commitOneFile(root, { parent: remoteTip, filePath: planPath, content: onTip.after, message: commitMessage(names) });
        pushed = await pushCommit(root, sha, SWEEP_BRANCH, { env });
        if (pushed.ok) log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} on top of its ${remoteTip.slice(0, 7)}: the commits on it are kept`);
      } else if (pushed.ok) {
        log(`pushed ${sha.slice(0, 7)} to ${SWEEP_BRANCH} (a fast-forward from ${baseBranch})`);
      }
      if (!pushed.ok) throw refused(pushed);
      tip = sha;
      branchChanged = true;
    }
  }
  const drafted = fromBase.added.map((a) => a.id);
  const title = draftPrTitle(fromBase.added.map((a) => a.name));
  const body = options.body(title);
  if (!existing) {
    const created = await client.rest.pulls.create({ ...repo, title, body, head: SWEEP_BRANCH, base: baseBranch }).catch((error3) => {
      throw error3.status === 403 && !isRateLimit(error3) ? new PullRequestCreationRefused(error3) : error3;
    });
    return { outcome: "opened", number: created.data.number, title, drafted, ...tip ? { tip } : {} };
  }
  if (!branchChanged && existing.title === title && (existing.body ?? "") === body) return { outcome: "unchanged", number: existing.number, title, drafted, ...tip ? { tip } : {} };
  await client.rest.pulls.update({ ...repo, pull_number: existing.number, title, body });
  return { outcome: "updated", number: existing.number, title, drafted, ...tip ? { tip } : {} };
}
function isRateLimit(error3) {
  const headers = error3.response?.headers ?? {};
  return headers["x-ratelimit-remaining"] === "0" || headers["retry-after"] !== void 0;
}
function commitMessage(names) {
  return `docs(disaster-recovery): draft scenarios for ${names.join(", ")}

Drafted by Paramedic's weekly sweep.
`;
}
function refused(pushed) {
  return Object.assign(new Error(explainRefusal(pushed, SWEEP_BRANCH)), { status: pushed.rejected === "permission" ? 403 : void 0 });
}

// src/action/event.ts
import { readFileSync } from "node:fs";
function readRunnerEvent(env = process.env) {
  const name = env.GITHUB_EVENT_NAME ?? "";
  let payload = {};
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch {
      payload = {};
    }
  }
  return { name, payload };
}
function pullRequestOf(event) {
  const pr = event.payload.pull_request;
  return pr && typeof pr.number === "number" ? pr : void 0;
}
function defaultBranchOf(event) {
  const repo = event.payload.repository;
  return repo?.default_branch;
}

// src/action/inputs.ts
var SETTING_INPUTS = ["mode", "fail-on", "fail-on-confidence", "fail-on-tier", "fail-on-categories", "doc-path", "rules", "draft", "comment", "tracking-issue"];
function readInputs() {
  const raw = {};
  for (const name of SETTING_INPUTS) {
    const value = getInput(name).trim();
    if (value !== "") raw[name] = value;
  }
  const config = getInput("config").trim();
  const remote = parseOrgConfigRef(config) !== void 0;
  const configToken = getInput("config-token");
  if (configToken) setSecret(configToken);
  return {
    token: getInput("token"),
    configPath: remote ? "" : config,
    orgConfig: remote ? config : "",
    configToken,
    baseRef: getInput("base-ref").trim(),
    headRef: getInput("head-ref").trim(),
    statusContext: getInput("status-context").trim(),
    sarifPath: getInput("sarif").trim(),
    reportPath: getInput("report-path").trim(),
    settings: parseSettings(raw, (key) => `input "${key}"`)
  };
}

// src/action/report-outputs.ts
import { writeFileSync } from "node:fs";
import path7 from "node:path";
import { tmpdir as tmpdir2 } from "node:os";
function reportSource(event, result) {
  const pr = pullRequestOf(event);
  const headSha = pr?.head?.sha ?? result.head ?? process.env.GITHUB_SHA;
  const repository = process.env.GITHUB_REPOSITORY;
  if (!headSha || !/^[0-9a-f]{40}$/.test(headSha) || !repository) return void 0;
  const baseSha = pr?.base?.sha ?? result.base;
  return {
    event: event.name,
    repository,
    headSha,
    ...baseSha && /^[0-9a-f]{40}$/.test(baseSha) ? { baseSha } : {},
    ...typeof pr?.number === "number" ? { pullRequest: pr.number } : {}
  };
}
function outputFile(kind, ext) {
  return path7.join(process.env.RUNNER_TEMP || tmpdir2(), `paramedic-${kind}-${process.env.GITHUB_RUN_ID ?? "local"}-${process.pid}.${ext}`);
}
function setReportOutputs(report, source) {
  const file = outputFile("report", "json");
  writeFileSync(file, JSON.stringify(source ? { ...report, source } : report, null, 2) + "\n");
  setOutput("verdict", report.verdict);
  setOutput("gaps", JSON.stringify(report.gaps));
  setOutput("new-gaps", JSON.stringify(report.newGaps));
  setOutput("covered", JSON.stringify(report.dependencies.filter((d) => d.covered).map((d) => d.id)));
  const coverage = statedCoverage(report);
  setOutput("coverage", coverage ? String(coverage.percent) : "");
  setOutput("report", file);
  return file;
}
function writeSummaryOutput(markdown) {
  const file = outputFile("summary", "md");
  writeFileSync(file, markdown);
  setOutput("summary-path", file);
  return file;
}
function annotate(report, mode, options = {}) {
  const targets = mode === "pr" ? report.newGaps : report.gaps;
  const planOfRepository = report.doc ?? "DISASTER_RECOVERY.md";
  for (const id of targets) {
    const dep = report.dependencies.find((d) => d.id === id && !d.covered) ?? report.dependencies.find((d) => d.id === id);
    const evidence = dep?.evidence[0];
    if (!dep || !evidence) continue;
    const name = oneLine(dep.name);
    const plan = dep.plan !== void 0 ? dep.plan ?? "a plan next to this code" : planOfRepository;
    const props = { title: `${name} has no recovery scenario`, file: evidence.path, startLine: evidence.line };
    const drafted = options.drafted?.get(id);
    const message = drafted ? `${name} (${dep.category}) is a critical dependency whose scenario is ${draftedWords(drafted)}: review it in ${oneLine(plan)} and remove its draft marker to sign it off.` : `${name} (${dep.category}) is a critical dependency with no scenario in ${oneLine(plan)}. Add one${options.draftCommand ? ` (\`${options.draftCommand}\` drafts it)` : ""}, or mark it covered/ignored with a reason.`;
    if (report.verdict === "fail" && mode === "pr") error2(message, props, "gap");
    else warning2(message, props, "gap");
  }
  for (const f of report.findings) {
    const props = { title: `Paramedic: ${f.rule}`, file: f.path, startLine: f.line };
    const message = f.hint ? `${f.message} (${f.hint})` : f.message;
    const kind = f.causedByChange === false ? "finding" : "caused";
    if (f.severity === "error") error2(message, props, kind);
    else if (f.severity === "warning") warning2(message, props, kind);
    else notice2(message, props, kind);
  }
}
function draftedWords(drafted) {
  const where2 = drafted.sha ? ` in ${drafted.sha.slice(0, 7)}` : drafted.pullRequest ? ` in #${drafted.pullRequest}` : drafted.line ? ` at line ${drafted.line}` : "";
  return `drafted${where2}${drafted.url ? ` (${drafted.url})` : ""}, awaiting sign-off`;
}

// src/action/saved-report-run.ts
import path9 from "node:path";

// src/action/saved-report.ts
import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync } from "node:fs";
import path8 from "node:path";
var MAX_SAVED_REPORT_BYTES = 5 * 1024 * 1024;
var SavedReportError = class extends Error {
};
var SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
var ID = /^[a-z0-9][a-z0-9._-]{0,79}$/;
var RULE = /^[a-z0-9][a-z0-9-]{0,63}(?:\/[A-Za-z0-9-]{1,32})?$/;
var REPOSITORY = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
var LIMITS = { dependencies: 2e3, evidence: 50, scenarios: 2e3, findings: 5e3, warnings: 5e3, notices: 500, ids: 2e3, text: 4e3, name: 200 };
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  fail(where2, what) {
    throw new SavedReportError(`${this.file}: ${where2}: ${what}`);
  }
  object(value, where2, keys) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) this.fail(where2, "expected an object");
    const record = value;
    const allowed = /* @__PURE__ */ new Set([...keys.required, ...keys.optional ?? []]);
    for (const key of Object.keys(record)) if (!allowed.has(key)) this.fail(where2, `unknown field "${key.slice(0, 40)}" (both workflows must run the same Paramedic version)`);
    for (const key of keys.required) if (!(key in record)) this.fail(where2, `missing field "${key}"`);
    return record;
  }
  array(value, where2, max, item) {
    if (!Array.isArray(value)) this.fail(where2, "expected a list");
    if (value.length > max) this.fail(where2, `more than ${max} entries`);
    return value.map((v, i) => item(v, `${where2}[${i}]`));
  }
  string(value, where2, max = LIMITS.text) {
    if (typeof value !== "string") this.fail(where2, "expected a string");
    if (value.length > max) this.fail(where2, `longer than ${max} characters`);
    return value;
  }
  nullable(value, where2, max = LIMITS.text) {
    return value === null ? null : this.string(value, where2, max);
  }
  matching(value, where2, pattern, what) {
    const text = this.string(value, where2, 200);
    if (!pattern.test(text)) this.fail(where2, `not ${what}`);
    return text;
  }
  oneOf(value, where2, values) {
    if (typeof value !== "string" || !values.includes(value)) this.fail(where2, `expected one of ${values.join(", ")}`);
    return value;
  }
  integer(value, where2, min, max) {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) this.fail(where2, `expected a whole number from ${min} to ${max}`);
    return value;
  }
  boolean(value, where2) {
    if (typeof value !== "boolean") this.fail(where2, "expected true or false");
    return value;
  }
  /** A repository-relative path: no absolute path, no `..`, no backslash or control character. */
  path(value, where2) {
    const text = this.string(value, where2, 1e3);
    const segments = text.split("/");
    if (text === "" || text.startsWith("/") || /[\\\u0000-\u001f\u007f]/.test(text) || segments.some((s) => s === ".." || s === "." || s === "")) this.fail(where2, "not a repository-relative path");
    return text;
  }
};
var LINT_HINTS = new Map(LINT_RULES.map((r) => [r.id, r.hint]));
function safeHint(rule, hint) {
  const own = LINT_HINTS.get(rule);
  if (own !== void 0) return own;
  if (rule.startsWith("shellcheck/")) return `See https://www.shellcheck.net/wiki/${rule.slice("shellcheck/".length)}`;
  return /:\/\/|www\./i.test(hint) ? "" : hint;
}
function readSavedReport(given) {
  let file = given;
  let stat2 = lstatOrThrow(file);
  if (stat2.isDirectory()) {
    const json = readdirSync(file).filter((name) => name.endsWith(".json"));
    if (json.length !== 1) throw new SavedReportError(`${file}: a folder with ${json.length === 0 ? "no" : json.length} JSON files; name the report file in report-path`);
    file = path8.join(file, json[0]);
    stat2 = lstatOrThrow(file);
  }
  if (stat2.isSymbolicLink()) throw new SavedReportError(`${file}: is a symbolic link; not followed`);
  if (!stat2.isFile()) throw new SavedReportError(`${file}: not a regular file`);
  const text = readCapped(file);
  let raw;
  try {
    raw = JSON.parse(text);
  } catch (error3) {
    throw new SavedReportError(`${file}: not JSON (${error3 instanceof Error ? error3.message.slice(0, 200) : "parse error"})`);
  }
  return checkSavedReport(raw, file);
}
function lstatOrThrow(file) {
  try {
    return lstatSync(file);
  } catch {
    throw new SavedReportError(`${file}: no such file (did the download step run, and does report-path name the file inside the artifact?)`);
  }
}
function readCapped(file) {
  const fd = openSync(file, "r");
  try {
    if (fstatSync(fd).size > MAX_SAVED_REPORT_BYTES) throw new SavedReportError(`${file}: larger than ${MAX_SAVED_REPORT_BYTES} bytes`);
    const buffer = Buffer.alloc(MAX_SAVED_REPORT_BYTES + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n) n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > MAX_SAVED_REPORT_BYTES) throw new SavedReportError(`${file}: larger than ${MAX_SAVED_REPORT_BYTES} bytes`);
    return buffer.subarray(0, length).toString("utf8");
  } finally {
    closeSync(fd);
  }
}
function checkSavedReport(raw, file) {
  const r = new Reader(file);
  const top = r.object(raw, "report", {
    required: ["mode", "doc", "dependencies", "scenarios", "gaps", "newGaps", "existingGaps", "coverage", "providerChanges", "notices", "findings", "verdict", "warnings", "source"],
    optional: ["triage"]
  });
  const source = r.object(top.source, "source", { required: ["event", "repository", "headSha"], optional: ["baseSha", "pullRequest"] });
  const dependencies = r.array(top.dependencies, "dependencies", LIMITS.dependencies, (v, where2) => {
    const d = r.object(v, where2, { required: ["id", "name", "category", "tier", "provider", "evidence", "covered", "scenarios", "change"], optional: ["confidence", "confidenceReason", "coveredBecause"] });
    return {
      id: r.matching(d.id, `${where2}.id`, ID, "a dependency id"),
      name: r.string(d.name, `${where2}.name`, LIMITS.name),
      category: r.oneOf(d.category, `${where2}.category`, CATEGORIES),
      tier: r.integer(d.tier, `${where2}.tier`, 1, 3),
      provider: d.provider === null ? null : r.matching(d.provider, `${where2}.provider`, ID, "a provider id"),
      evidence: r.array(d.evidence, `${where2}.evidence`, LIMITS.evidence, (e, at) => {
        const ev = r.object(e, at, { required: ["path", "line", "source", "detail"], optional: ["facts"] });
        return { path: r.path(ev.path, `${at}.path`), line: r.integer(ev.line, `${at}.line`, 0, 1e7), source: r.string(ev.source, `${at}.source`, 40), detail: r.string(ev.detail, `${at}.detail`) };
      }),
      covered: r.boolean(d.covered, `${where2}.covered`),
      scenarios: r.array(d.scenarios, `${where2}.scenarios`, 50, (s, at) => r.string(s, at, LIMITS.name)),
      change: r.oneOf(d.change, `${where2}.change`, ["added", "removed", "changed", "unchanged"]),
      ...d.confidence !== void 0 ? { confidence: r.oneOf(d.confidence, `${where2}.confidence`, ["confirmed", "likely", "possible"]) } : {},
      ...d.confidenceReason !== void 0 ? { confidenceReason: r.string(d.confidenceReason, `${where2}.confidenceReason`) } : {},
      ...d.coveredBecause !== void 0 ? { coveredBecause: r.string(d.coveredBecause, `${where2}.coveredBecause`) } : {}
    };
  });
  const known = new Set(dependencies.map((d) => d.id));
  const ids = (value, where2) => r.array(value, where2, LIMITS.ids, (v, at) => {
    const id = r.matching(v, at, ID, "a dependency id");
    if (!known.has(id)) r.fail(at, `"${id}" is not one of the report's dependencies`);
    return id;
  });
  const scenarios = r.array(top.scenarios, "scenarios", LIMITS.scenarios, (v, where2) => {
    const s = r.object(v, where2, { required: ["title", "line", "covers"] });
    return { title: r.string(s.title, `${where2}.title`, LIMITS.name), line: r.integer(s.line, `${where2}.line`, 0, 1e7), covers: r.array(s.covers, `${where2}.covers`, LIMITS.ids, (c, at) => r.matching(c, at, ID, "a dependency id")) };
  });
  const findings = r.array(top.findings, "findings", LIMITS.findings, (v, where2) => {
    const f = r.object(v, where2, { required: ["rule", "severity", "path", "line", "message", "hint"], optional: ["causedByChange"] });
    const rule = r.matching(f.rule, `${where2}.rule`, RULE, "a rule id");
    return {
      rule,
      severity: r.oneOf(f.severity, `${where2}.severity`, ["error", "warning", "notice"]),
      path: r.path(f.path, `${where2}.path`),
      line: r.integer(f.line, `${where2}.line`, 0, 1e7),
      message: r.string(f.message, `${where2}.message`),
      hint: safeHint(rule, r.string(f.hint, `${where2}.hint`)),
      ...f.causedByChange !== void 0 ? { causedByChange: r.boolean(f.causedByChange, `${where2}.causedByChange`) } : {}
    };
  });
  const notices = r.array(top.notices, "notices", LIMITS.notices, (v, where2) => {
    const n = r.object(v, where2, { required: ["kind", "message"], optional: ["path", "line"] });
    return {
      kind: r.matching(n.kind, `${where2}.kind`, ID, "a notice kind"),
      message: r.string(n.message, `${where2}.message`),
      ...n.path !== void 0 ? { path: r.path(n.path, `${where2}.path`) } : {},
      ...n.line !== void 0 ? { line: r.integer(n.line, `${where2}.line`, 0, 1e7) } : {}
    };
  });
  const coverage = top.coverage === null ? null : (() => {
    const c = r.object(top.coverage, "coverage", { required: ["covered", "total", "percent"] });
    return { covered: r.integer(c.covered, "coverage.covered", 0, 1e6), total: r.integer(c.total, "coverage.total", 0, 1e6), percent: r.integer(c.percent, "coverage.percent", 0, 100) };
  })();
  return {
    mode: r.oneOf(top.mode, "mode", ["pr", "sweep"]),
    doc: top.doc === null ? null : r.path(top.doc, "doc"),
    dependencies,
    scenarios,
    gaps: ids(top.gaps, "gaps"),
    newGaps: ids(top.newGaps, "newGaps"),
    existingGaps: ids(top.existingGaps, "existingGaps"),
    ...top.triage !== void 0 ? { triage: ids(top.triage, "triage") } : {},
    coverage,
    providerChanges: r.array(top.providerChanges, "providerChanges", LIMITS.dependencies, (v, where2) => {
      const p = r.object(v, where2, { required: ["id", "from", "to"] });
      return { id: r.matching(p.id, `${where2}.id`, ID, "a dependency id"), from: p.from === null ? null : r.matching(p.from, `${where2}.from`, ID, "a provider id"), to: p.to === null ? null : r.matching(p.to, `${where2}.to`, ID, "a provider id") };
    }),
    notices,
    findings,
    verdict: r.oneOf(top.verdict, "verdict", ["pass", "warn", "fail"]),
    warnings: r.array(top.warnings, "warnings", LIMITS.warnings, (v, where2) => {
      const w = r.object(v, where2, { required: ["path", "message"], optional: ["line"] });
      return { path: r.string(w.path, `${where2}.path`, 1e3), message: r.string(w.message, `${where2}.message`), ...w.line !== void 0 ? { line: r.integer(w.line, `${where2}.line`, 0, 1e7) } : {} };
    }),
    source: {
      event: r.oneOf(source.event, "source.event", ["pull_request", "pull_request_target", "merge_group", "push", "schedule", "workflow_dispatch"]),
      repository: r.matching(source.repository, "source.repository", REPOSITORY, "owner/name"),
      headSha: r.matching(source.headSha, "source.headSha", SHA, "a commit sha"),
      ...source.baseSha !== void 0 ? { baseSha: r.matching(source.baseSha, "source.baseSha", SHA, "a commit sha") } : {},
      ...source.pullRequest !== void 0 ? { pullRequest: r.integer(source.pullRequest, "source.pullRequest", 1, 1e9) } : {}
    }
  };
}

// src/action/saved-report-run.ts
var SHA2 = /^[0-9a-f]{40}$/;
var Refused = class extends Error {
};
async function postSavedReport(inputs, event, workspace) {
  try {
    await post(inputs, event, workspace);
  } catch (error3) {
    if (error3 instanceof SavedReportError || error3 instanceof Refused) {
      setFailed2(`report-path: ${error3.message}`);
      return;
    }
    throw error3;
  }
}
async function post(inputs, event, workspace) {
  if (event.name !== "workflow_run") throw new Refused(`posts a saved report from a \`workflow_run\` job only (this is a ${event.name || "unknown"} event); see the README's fork pull requests recipe`);
  const run2 = event.payload.workflow_run ?? {};
  const headSha = typeof run2.head_sha === "string" && SHA2.test(run2.head_sha) ? run2.head_sha : void 0;
  const headRepo = run2.head_repository?.full_name;
  if (!headSha || typeof headRepo !== "string" || !run2.head_branch) throw new Refused("the workflow_run event names no head commit, head repository or head branch");
  if (run2.event !== "pull_request") {
    info2(`report-path: the run that saved the report was started by ${run2.event ?? "an unknown event"}, not a pull request; nothing to post`);
    return;
  }
  const file = path9.resolve(workspace, inputs.reportPath);
  const report = readSavedReport(file);
  if (report.source.headSha !== headSha) throw new Refused(`the saved report checked ${report.source.headSha.slice(0, 12)}, but the workflow run is for ${headSha.slice(0, 12)}; not posted`);
  const repo = repoFromEnv();
  if (!repo) throw new Refused("GITHUB_REPOSITORY is not set");
  if (report.source.repository.toLowerCase() !== `${repo.owner}/${repo.repo}`.toLowerCase()) throw new Refused(`the saved report is for ${report.source.repository}, not ${repo.owner}/${repo.repo}; not posted`);
  setReportOutputs(report, report.source);
  const repoUrl = `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}`;
  const runNote = `Posted from the report the pull request's own run saved${typeof run2.id === "number" ? ` ([run ${run2.id}](${repoUrl}/actions/runs/${run2.id}))` : ""}, for commit ${headSha.slice(0, 7)}.`;
  const options = { links: { repoUrl, sha: headSha }, context: `pull request: ${report.source.baseSha ? `${report.source.baseSha.slice(0, 7)}\u2026` : ""}${headSha.slice(0, 7)}`, stubs: [], notes: [runNote] };
  const summary2 = renderMarkdown(report, options);
  await summary.addRaw(summary2, true).write().catch((e) => warning2(`could not write the job summary: ${String(e)}`));
  writeSummaryOutput(summary2);
  if (!inputs.token) throw new Refused("the `token` input is empty: the comment cannot be posted");
  const client = await createClient(inputs.token);
  const numbers = await pullRequestsFor(client, repo, headRepo, run2.head_branch, headSha);
  if (numbers === void 0) return;
  if (numbers.length === 0) {
    info2(`report-path: no open pull request has head ${headRepo}@${headSha.slice(0, 7)} (closed, or pushed to since); nothing posted`);
    return;
  }
  if (numbers.length > 1) throw new Refused(`${numbers.length} open pull requests (#${numbers.join(", #")}) have head ${headRepo}@${headSha.slice(0, 7)}; not posted, as it is not clear which one the report is for`);
  const number = numbers[0];
  if (report.source.pullRequest !== void 0 && report.source.pullRequest !== number) info2(`report-path: the saved report names pull request #${report.source.pullRequest}; posting on #${number}, the one GitHub says has this head`);
  const wanted = commentWanted(inputs.settings.comment ?? "auto", report);
  if (wanted === "none") return;
  const body = wanted === "report" ? renderMarkdown(report, { ...options, maxChars: MAX_COMMENT_CHARS, marker: COMMENT_MARKER }) : resolvedComment(report, headSha);
  try {
    let identity;
    const done = await upsertStickyComment(client, repo, number, body, () => identity ??= tokenIdentity(client), { create: wanted === "report" });
    if (done.id !== void 0) setOutput("comment-id", String(done.id));
    info2(`PR comment on #${number}: ${done.outcome}`);
  } catch (error3) {
    warning2(explainApiError(error3, "update the pull request comment", "pull-requests: write"));
  }
  info2(plainHeadline(report));
}
async function pullRequestsFor(client, repo, headRepo, headBranch, headSha) {
  const owner = headRepo.split("/")[0];
  try {
    const pulls = await listAll(client, "GET /repos/{owner}/{repo}/pulls", { ...repo, state: "open", head: `${owner}:${headBranch}` }, "open pull requests");
    const base = `${repo.owner}/${repo.repo}`.toLowerCase();
    return pulls.filter((p) => p.head?.sha === headSha && p.head.repo?.full_name?.toLowerCase() === headRepo.toLowerCase() && (p.base?.repo?.full_name ?? base).toLowerCase() === base).map((p) => p.number).filter((n) => Number.isInteger(n) && n > 0);
  } catch (error3) {
    warning2(explainApiError(error3, "find the pull request of the workflow run", "pull-requests: read"));
    return void 0;
  }
}

// src/action/tracking-issue.ts
var TRACKING_MARKER = "<!-- paramedic:tracking-issue -->";
var TRACKING_TITLE = "\u{1F3E5} Paramedic: disaster-recovery gaps";
async function syncTrackingIssue(client, repo, body, identity) {
  const issues = await listAll(client, "GET /repos/{owner}/{repo}/issues", { ...repo, state: "open" }, "open issues");
  const marked = issues.filter((i) => !i.pull_request && (i.body ?? "").startsWith(TRACKING_MARKER));
  const me = marked.length > 0 ? await identity() : void 0;
  const existing = me ? marked.find((i) => isAuthoredBy(me, i.user, i.performed_via_github_app)) : void 0;
  if (body === null) {
    if (!existing) return "none";
    await client.rest.issues.createComment({ ...repo, issue_number: existing.number, body: "Every critical dependency now has a recovery scenario and the plan has no blocking findings. Closing." });
    await client.rest.issues.update({ ...repo, issue_number: existing.number, state: "closed" });
    return "closed";
  }
  const full = `${TRACKING_MARKER}
${body}`;
  if (!existing) {
    await client.rest.issues.create({ ...repo, title: TRACKING_TITLE, body: full });
    return "opened";
  }
  if (existing.body === full) return "unchanged";
  await client.rest.issues.update({ ...repo, issue_number: existing.number, body: full });
  return "updated";
}

// src/action/main.ts
var MAX_SUMMARY_BYTES = 1024 * 1024 - 1024;
async function stubsFor(report, catalog, workspace, config, headRevision) {
  let gaps = report.dependencies.filter((d) => report.gaps.includes(d.id) && !d.covered);
  if (headRevision && gaps.length > 0 && config.draft !== "off") gaps = await dependenciesAtRevision(workspace, headRevision, catalog, gaps, { exclude: config.exclude });
  const make = (planText) => {
    const result = draftForGaps({ gaps, catalog, planPath: report.doc, planText, root: workspace, stubOptions: { tier3: config.draftTier3 } });
    return { after: result.after, added: result.added.map((a) => ({ id: a.id, title: a.title, name: catalog.byId.get(a.id)?.name ?? a.id })) };
  };
  const preview = draftForGaps({ gaps, catalog, planPath: report.doc, planText: null, root: workspace, stubOptions: { tier3: config.draftTier3 } });
  const stubs = config.draft === "off" ? [] : preview.stubs.map((s) => ({ id: s.id, title: s.title, markdown: s.markdown }));
  return { stubs, drafter: make, planPath: report.doc ?? preview.path };
}
async function sideChannel(what, permission, fn) {
  try {
    const result = await fn();
    return typeof result === "string" ? result : void 0;
  } catch (error3) {
    const message = error3 instanceof PullRequestCreationRefused ? PR_CREATION_SETTING : explainApiError(error3, what, permission);
    warning2(message);
    return message;
  }
}
var PR_CREATION_SETTING = 'Paramedic could not open or update the draft pull request: GitHub refused to create it (403). Turn on "Allow GitHub Actions to create and approve pull requests" (Settings \u2192 Actions \u2192 General \u2192 Workflow permissions; an organization can lock it), and give the job `permissions: contents: write, pull-requests: write`; or pass a GitHub App token or PAT as `token`.';
function lazyIdentity(client) {
  let pending;
  return () => pending ??= tokenIdentity(client);
}
async function run() {
  holdAnnotations();
  try {
    const inputs = readInputs();
    const workspace = path10.resolve(process.env.GITHUB_WORKSPACE || process.cwd());
    const event = readRunnerEvent();
    if (inputs.reportPath) {
      await postSavedReport(inputs, event, workspace);
      flushAnnotations();
      return;
    }
    const target = resolveDiffTarget(event.name, event.payload, { baseRef: inputs.baseRef, headRef: inputs.headRef });
    info2(`Paramedic: ${target.why}`);
    const orgConfig = inputs.orgConfig ? await fetchOrgConfig(inputs.orgConfig, inputs.configToken || inputs.token) : void 0;
    const options = { configFile: inputs.configPath, settings: inputs.settings, ...orgConfig ? { orgConfig } : {}, warn: (m) => warning2(m), log: (m) => info2(m) };
    const revisions = target.mode === "pr" && target.base && target.head && inputs.settings.mode !== "sweep" ? {
      base: target.base,
      head: target.head,
      // An input that does not resolve is an error naming it; the event's revisions may fall back.
      ...target.baseFrom === "input" ? { baseLabel: "base-ref" } : {},
      ...target.headFrom === "input" ? { headLabel: "head-ref" } : {},
      ...target.baseBranch ? { baseBranch: target.baseBranch } : {},
      ...target.sweepIfUnresolvable ? { sweepIfUnresolvable: true } : {},
      checkoutHasHead: !event.name.endsWith("_target")
    } : {};
    const result = await checkRepository(workspace, { ...options, ...revisions });
    const config = result.config;
    if (config.mode === "pr" && target.mode === "sweep") info2(`mode: pr, but ${target.why}; checked the whole repository`);
    const { report, catalog, mode } = result;
    const channel = config.mode === "sweep" ? "sweep" : target.mode;
    for (const w of report.warnings) warning2(w.message, { file: w.path, ...w.line ? { startLine: w.line } : {} }, "parse");
    const reportPath = setReportOutputs(report, reportSource(event, result));
    if (inputs.sarifPath) {
      const file = path10.resolve(workspace, inputs.sarifPath);
      const problem = writeReportFile(file, sarifText(report, { version: packageVersion(), draftCommand: actionDraftCommand() }), workspace);
      if (problem) setFailed2(`sarif: ${file} ${problem}`);
      else setOutput("sarif", file);
    }
    const repo = repoFromEnv();
    const repoUrl = repo ? `${process.env.GITHUB_SERVER_URL ?? "https://github.com"}/${repo.owner}/${repo.repo}` : void 0;
    const checkedHead = mode === "pr" && result.head ? result.head : void 0;
    const links = repoUrl ? { repoUrl, sha: result.head ?? process.env.GITHUB_SHA } : void 0;
    const context = mode === "pr" && result.base && result.head ? `pull request: ${result.base.slice(0, 7)}\u2026${result.head.slice(0, 7)}` : "full sweep";
    const draftCommand = actionDraftCommand();
    const notes = [];
    const drafted = /* @__PURE__ */ new Map();
    for (const [id, draft] of draftsAwaitingSignOff(report)) {
      const sha = draft.path ? commitOfLine(workspace, draft.path, draft.line, checkedHead) : void 0;
      drafted.set(id, { ...sha ? { sha, ...repoUrl ? { url: `${repoUrl}/commit/${sha}` } : {} } : {}, ...draft.path ? { path: draft.path } : {}, line: draft.line });
    }
    const { stubs, drafter, planPath } = await stubsFor(report, catalog, workspace, config, checkedHead);
    const client = inputs.token && repo ? await createClient(inputs.token) : void 0;
    const identity = client ? lazyIdentity(client) : void 0;
    if (config.draft === "commit" && report.plans) {
      notes.push("Draft scenarios were not committed: this repository has a plan per service, and `draft: commit` writes one plan; the suggested scenarios are below.");
    } else if (config.draft === "commit") {
      if (!client || !repo) {
        const why = !inputs.token ? "the `token` input is empty" : "GITHUB_REPOSITORY is not set";
        warning2(`draft: commit did nothing: ${why}, so Paramedic cannot push or open a pull request. Pass a token (the default is \`\${{ github.token }}\`); the suggested scenarios are in the summary.`);
        notes.push(`Draft scenarios were not committed: ${why}.`);
      } else if (report.gaps.length > 0 || channel === "sweep") {
        try {
          const remote = await remoteEnvForToken(workspace, inputs.token);
          if (remote.header) setSecret(remote.header.replace(/^AUTHORIZATION: basic /, ""));
          const outcome = await draftCommit({ event, mode: channel, workspace, client, repo, repoUrl, planPath, drafter, report, inputs, remoteEnv: remote.env });
          if (outcome.note) notes.push(outcome.note);
          for (const [id, stub] of outcome.drafted ?? []) drafted.set(id, stub);
        } catch (error3) {
          warning2(`draft: commit failed: ${error3 instanceof Error ? error3.message : String(error3)}; the suggested scenarios are in the summary`);
        }
      }
    }
    annotate(report, mode, { drafted, draftCommand });
    const unannotated = notAnnotatedSection(flushAnnotations());
    const summary2 = renderMarkdown(report, { links, context, stubs, notes, drafted, draftCommand, maxBytes: MAX_SUMMARY_BYTES - Buffer.byteLength(unannotated) }) + unannotated;
    await summary.addRaw(summary2, true).write().catch((e) => warning2(`could not write the job summary: ${String(e)}`));
    writeSummaryOutput(summary2);
    const prNumber = pullRequestOf(event)?.number;
    const wanted = commentWanted(config.comment, report);
    if (channel === "pr" && prNumber && wanted !== "none") {
      if (client && repo && identity) {
        const body = wanted === "report" ? renderMarkdown(report, { links, context, stubs, notes, drafted, draftCommand, maxChars: MAX_COMMENT_CHARS, marker: COMMENT_MARKER }) : resolvedComment(report, result.head ?? process.env.GITHUB_SHA);
        const outcome = await sideChannel("update the pull request comment", "pull-requests: write", async () => {
          const done = await upsertStickyComment(client, repo, prNumber, body, identity, { create: wanted === "report" });
          if (done.id !== void 0) setOutput("comment-id", String(done.id));
          info2(`PR comment: ${done.outcome}${wanted === "resolved" ? " (nothing left to report on this change)" : ""}`);
        });
        if (outcome) info2("the report is in the job summary");
        const pr = pullRequestOf(event);
        const fromFork = pr?.head?.repo?.full_name && pr.base?.repo?.full_name && pr.head.repo.full_name !== pr.base.repo.full_name;
        if (outcome && fromFork) info2("this pull request comes from a fork, whose token is read-only: save the `report` output as an artifact and post it from a workflow_run job with `report-path` (README: Pull requests from forks)");
      } else if (wanted === "report") {
        info2("no PR comment: there is no token (or no GITHUB_REPOSITORY); the report is in the job summary");
      }
    }
    if (channel === "sweep" && config.trackingIssue && client && repo && identity) {
      const branch = await sweptBranch(event, workspace, {});
      if (branch.other) {
        info2(`tracking issue not updated: ${branch.other}`);
      } else {
        const blocking = report.gaps.length > 0 || report.findings.some((f) => f.severity !== "notice");
        const body = blocking ? renderMarkdown(report, { links, context, stubs, drafted, draftCommand, maxChars: MAX_COMMENT_CHARS - TRACKING_MARKER.length - 1 }) : null;
        await sideChannel("update the tracking issue", "issues: write", async () => {
          info2(`tracking issue: ${await syncTrackingIssue(client, repo, body, identity)}`);
        });
      }
    }
    const line = plainHeadline(report);
    info2(line);
    info2(`full report: ${reportPath}`);
    if (report.verdict === "fail") setFailed2(line.replace(/^\S+\s/, ""));
  } catch (error3) {
    flushAnnotations();
    setFailed2(error3 instanceof Error ? error3.message : String(error3));
  }
}
function notAnnotatedSection(overflow) {
  if (overflow.length === 0) return "";
  const lines = overflow.slice(0, 200).map((a) => `- **${a.level}** ${md(where(a))}${md(a.message)}`);
  if (overflow.length > lines.length) lines.push(`- \u2026 and ${overflow.length - lines.length} more (in the job log)`);
  return `
<details><summary>${overflow.length} more annotation${overflow.length === 1 ? "" : "s"} than GitHub shows per step</summary>

${lines.join("\n")}

</details>
`;
}
async function sweptBranch(event, workspace, env) {
  const ref = process.env.GITHUB_REF || (typeof event.payload.ref === "string" ? event.payload.ref : "");
  let branch = ref.startsWith("refs/heads/") ? ref.slice("refs/heads/".length) : void 0;
  if (!branch && !ref) {
    const current = await git(workspace, ["symbolic-ref", "--quiet", "--short", "HEAD"]);
    if (current.code === 0) branch = current.stdout.toString("utf8").trim() || void 0;
  }
  let defaultBranch = defaultBranchOf(event);
  if (!defaultBranch) {
    const head = await git(workspace, ["ls-remote", "--symref", "origin", "HEAD"], void 0, env);
    const symref = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(head.stdout.toString("utf8"));
    defaultBranch = symref?.[1];
  }
  if (!defaultBranch) return { ...branch ? { branch } : {}, other: "the default branch is unknown (the event names none and origin did not say), so this run cannot tell whether it checked it" };
  if (branch !== defaultBranch) {
    const what = branch ? `the branch ${branch}` : ref ? ref : "a detached checkout";
    return { ...branch ? { branch } : {}, defaultBranch, other: `this run checked ${what}, not the default branch ${defaultBranch}; only a run on ${defaultBranch} opens or updates it` };
  }
  return { branch, defaultBranch };
}
async function draftCommit(options) {
  const { event, mode, workspace, client, repo, repoUrl, planPath, drafter, report, remoteEnv } = options;
  const prPayload = pullRequestOf(event);
  if (mode === "pr" && prPayload?.head?.ref && prPayload.head.sha) {
    const headRef = prPayload.head.ref;
    const result = await commitDraftsToPullRequest({
      root: workspace,
      pr: {
        number: prPayload.number,
        headRef,
        headSha: prPayload.head.sha,
        headRepo: prPayload.head.repo?.full_name ?? "",
        baseRepo: prPayload.base?.repo?.full_name ?? `${repo.owner}/${repo.repo}`
      },
      planPath,
      draft: drafter,
      log: (m) => info2(m),
      remoteEnv
    });
    if (result.outcome === "pushed") {
      const context = statusContext(options.inputs.statusContext);
      await reportStatusOnCommit(client, repo, result.sha, report.verdict, `${report.verdict}: drafted ${result.added.join(", ")}; review the stubs`, context, void 0, (m) => warning2(m));
      const url = `${repoUrl}/commit/${result.sha}`;
      const drafted = new Map(result.added.map((id) => [id, { sha: result.sha, url }]));
      return {
        note: `Paramedic committed draft scenarios (${result.added.map(md).join(", ")}) to this branch: drafted in [${result.sha.slice(0, 7)}](${url}), awaiting sign-off. Review them and remove the draft markers to sign off.`,
        drafted
      };
    }
    if (result.outcome === "present") {
      const url = result.sha ? `${repoUrl}/commit/${result.sha}` : `${repoUrl}/tree/${result.tip}`;
      const stub = result.sha ? { sha: result.sha, url } : { url };
      const drafted = new Map(report.gaps.map((id) => [id, stub]));
      const where2 = result.sha ? `drafted in [${result.sha.slice(0, 7)}](${url})` : `already on [${md(headRef)}](${url})`;
      return { note: `The draft scenarios are ${where2}, awaiting sign-off; nothing new was committed.`, drafted };
    }
    if (result.outcome === "skipped") {
      warning2(`draft: commit skipped: ${result.reason}`);
      return { note: `Draft scenarios were not committed: ${md(result.reason)}.` };
    }
    return {};
  }
  if (mode === "sweep") {
    const branch = await sweptBranch(event, workspace, remoteEnv);
    if (branch.other) {
      const why = `draft pull request not opened: ${branch.other}`;
      warning2(`draft: commit: ${why}`);
      return { note: `The ${md(why)}.` };
    }
    const baseSha = (await git(workspace, ["rev-parse", "HEAD"])).stdout.toString("utf8").trim();
    let outcome;
    const failure = await sideChannel(
      "open or update the draft pull request",
      "contents: write, pull-requests: write",
      async () => {
        outcome = await syncSweepPullRequest({
          root: workspace,
          client,
          repo,
          baseBranch: branch.defaultBranch,
          baseSha,
          planPath,
          draft: drafter,
          gaps: report.gaps,
          body: (title) => `${title}

Draft recovery scenarios for the services the plan does not cover yet. Review the steps, fill in the placeholders, and remove each draft marker to sign it off. Commits you push to \`${SWEEP_BRANCH}\` are kept: later sweeps add their stubs on top.

_Opened by the weekly Paramedic sweep; updated in place on later sweeps._`,
          log: (m) => info2(m),
          remoteEnv
        });
        info2(`draft PR: ${outcome.outcome}${outcome.number ? ` #${outcome.number}` : ""}`);
      }
    );
    if (failure || !outcome?.number) return {};
    const url = `${repoUrl}/pull/${outcome.number}`;
    const stub = { ...outcome.tip ? { sha: outcome.tip } : {}, pullRequest: outcome.number, url };
    const drafted = new Map((outcome.outcome === "closed" ? [] : outcome.drafted ?? []).map((id) => [id, stub]));
    return { note: outcome.outcome === "closed" ? `The draft pull request #${outcome.number} was closed: no gaps left.` : `Draft scenarios are in pull request #${outcome.number}.`, drafted };
  }
  return {};
}

// src/index.ts
void run();
