import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  isComposeFile,
  isEnvTemplate,
  isKubernetesCandidate,
  mapEntries,
  mapGet,
  mapPath,
  parseHcl,
  parseYaml,
  parseYamlStream,
  readDotenv,
  scalarText,
  seqItems
} from "./chunk-BADLUWOW.js";
import {
  LineIndex,
  parse,
  stripBom
} from "./chunk-D4DWHG6H.js";
import {
  SCHEME_RUN_START,
  isWhiteSpace,
  skipRun,
  skipWhiteSpace,
  stripLeading,
  stripTrailing
} from "./chunk-ZHGTTFTF.js";
import {
  decodeNamedCharacterReference,
  markdownLineEnding,
  markdownSpace,
  normalizeIdentifier,
  parse as parse2,
  postprocess,
  preprocess
} from "./chunk-7VATZ2CH.js";
import {
  yamlShapeProblem
} from "./chunk-SDN73OF7.js";
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
import {
  childEnv,
  trustedPathEntries
} from "./chunk-YC7J5WRS.js";
import {
  entryExists,
  isInside,
  readFileInside,
  realPathOf
} from "./chunk-7ZLZFHH5.js";
import {
  __commonJS,
  __toESM
} from "./chunk-KJ7NEGQU.js";

// node_modules/format/format.js
var require_format = __commonJS({
  "node_modules/format/format.js"(exports, module) {
    (function() {
      var namespace;
      if (typeof module !== "undefined") {
        namespace = module.exports = format;
      } else {
        namespace = (function() {
          return this || (1, eval)("this");
        })();
      }
      namespace.format = format;
      namespace.vsprintf = vsprintf;
      if (typeof console !== "undefined" && typeof console.log === "function") {
        namespace.printf = printf;
      }
      function printf() {
        console.log(format.apply(null, arguments));
      }
      function vsprintf(fmt, replacements) {
        return format.apply(null, [fmt].concat(replacements));
      }
      function format(fmt) {
        var argIndex = 1, args = [].slice.call(arguments), i = 0, n = fmt.length, result = "", c, escaped = false, arg, tmp, leadingZero = false, precision, nextArg = function() {
          return args[argIndex++];
        }, slurpNumber = function() {
          var digits = "";
          while (/\d/.test(fmt[i])) {
            digits += fmt[i++];
            c = fmt[i];
          }
          return digits.length > 0 ? parseInt(digits) : null;
        };
        for (; i < n; ++i) {
          c = fmt[i];
          if (escaped) {
            escaped = false;
            if (c == ".") {
              leadingZero = false;
              c = fmt[++i];
            } else if (c == "0" && fmt[i + 1] == ".") {
              leadingZero = true;
              i += 2;
              c = fmt[i];
            } else {
              leadingZero = true;
            }
            precision = slurpNumber();
            switch (c) {
              case "b":
                result += parseInt(nextArg(), 10).toString(2);
                break;
              case "c":
                arg = nextArg();
                if (typeof arg === "string" || arg instanceof String)
                  result += arg;
                else
                  result += String.fromCharCode(parseInt(arg, 10));
                break;
              case "d":
                result += parseInt(nextArg(), 10);
                break;
              case "f":
                tmp = String(parseFloat(nextArg()).toFixed(precision || 6));
                result += leadingZero ? tmp : tmp.replace(/^0/, "");
                break;
              case "j":
                result += JSON.stringify(nextArg());
                break;
              case "o":
                result += "0" + parseInt(nextArg(), 10).toString(8);
                break;
              case "s":
                result += nextArg();
                break;
              case "x":
                result += "0x" + parseInt(nextArg(), 10).toString(16);
                break;
              case "X":
                result += "0x" + parseInt(nextArg(), 10).toString(16).toUpperCase();
                break;
              default:
                result += c;
                break;
            }
          } else if (c === "%") {
            escaped = true;
          } else {
            result += c;
          }
        }
        return result;
      }
    })();
  }
});

// src/lint/rules/placeholders.ts
var PLACEHOLDER = /^(?:\$|%24|<|\{\{|\$\{|\*{3,}|x{3,}$|\.{3}|…|\[|\(|`|(?:your|my|the|some)[-_ ]|process\.env|os\.environ|env\(|env\[|ENV\[|vault:|secret:|ref\+|op:\/\/|arn:aws:secretsmanager|redacted|change[-_ ]?me$|fill[-_ ]?(?:in|me)$|replace[-_ ]?(?:me|this)$|set[-_ ]?me$|todo$|tbd$|fixme$|example|placeholder|dummy|<redacted>)/i;
var GENERIC_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pass", "pwd", "secret", "token", "key", "apikey", "api_key", "value", "user", "username", "null", "none", "true", "false", "required", "string", "optional", "empty"]);
function isPlaceholder(value2) {
  const v = value2.trim().replace(/^['"]|['"]$/g, "");
  if (v === "" || PLACEHOLDER.test(v)) return true;
  return GENERIC_WORDS.has(v.toLowerCase());
}

// src/lint/rules/urls.ts
var URL_CANDIDATE = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s'"\`<>()[\]{}|\\]+)`, "gi");
function urlsIn(line) {
  const urls = [];
  for (const m of line.matchAll(URL_CANDIDATE)) {
    try {
      urls.push(new URL(stripTrailing(m[2], ".,;:")));
    } catch {
    }
  }
  return urls;
}

// node_modules/mdast-util-to-string/lib/index.js
var emptyOptions = {};
function toString(value2, options) {
  const settings = options || emptyOptions;
  const includeImageAlt = typeof settings.includeImageAlt === "boolean" ? settings.includeImageAlt : true;
  const includeHtml = typeof settings.includeHtml === "boolean" ? settings.includeHtml : true;
  return one(value2, includeImageAlt, includeHtml);
}
function one(value2, includeImageAlt, includeHtml) {
  if (node(value2)) {
    if ("value" in value2) {
      return value2.type === "html" && !includeHtml ? "" : value2.value;
    }
    if (includeImageAlt && "alt" in value2 && value2.alt) {
      return value2.alt;
    }
    if ("children" in value2) {
      return all(value2.children, includeImageAlt, includeHtml);
    }
  }
  if (Array.isArray(value2)) {
    return all(value2, includeImageAlt, includeHtml);
  }
  return "";
}
function all(values, includeImageAlt, includeHtml) {
  const result = [];
  let index2 = -1;
  while (++index2 < values.length) {
    result[index2] = one(values[index2], includeImageAlt, includeHtml);
  }
  return result.join("");
}
function node(value2) {
  return Boolean(value2 && typeof value2 === "object");
}

// node_modules/micromark-util-decode-numeric-character-reference/index.js
function decodeNumericCharacterReference(value2, base) {
  const code = Number.parseInt(value2, base);
  if (
    // C0 except for HT, LF, FF, CR, space.
    code < 9 || code === 11 || code > 13 && code < 32 || // Control character (DEL) of C0, and C1 controls.
    code > 126 && code < 160 || // Lone high surrogates and low surrogates.
    code > 55295 && code < 57344 || // Noncharacters.
    code > 64975 && code < 65008 || /* eslint-disable no-bitwise */
    (code & 65535) === 65535 || (code & 65535) === 65534 || /* eslint-enable no-bitwise */
    // Out of range
    code > 1114111
  ) {
    return "\uFFFD";
  }
  return String.fromCodePoint(code);
}

// node_modules/micromark-util-decode-string/index.js
var characterEscapeOrReference = /\\([!-/:-@[-`{-~])|&(#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/gi;
function decodeString(value2) {
  return value2.replace(characterEscapeOrReference, decode);
}
function decode($0, $1, $2) {
  if ($1) {
    return $1;
  }
  const head = $2.charCodeAt(0);
  if (head === 35) {
    const head2 = $2.charCodeAt(1);
    const hex = head2 === 120 || head2 === 88;
    return decodeNumericCharacterReference($2.slice(hex ? 2 : 1), hex ? 16 : 10);
  }
  return decodeNamedCharacterReference($2) || $0;
}

// node_modules/unist-util-stringify-position/lib/index.js
function stringifyPosition(value2) {
  if (!value2 || typeof value2 !== "object") {
    return "";
  }
  if ("position" in value2 || "type" in value2) {
    return position(value2.position);
  }
  if ("start" in value2 || "end" in value2) {
    return position(value2);
  }
  if ("line" in value2 || "column" in value2) {
    return point(value2);
  }
  return "";
}
function point(point3) {
  return index(point3 && point3.line) + ":" + index(point3 && point3.column);
}
function position(pos) {
  return point(pos && pos.start) + "-" + point(pos && pos.end);
}
function index(value2) {
  return value2 && typeof value2 === "number" ? value2 : 1;
}

// node_modules/mdast-util-from-markdown/lib/index.js
var own = {}.hasOwnProperty;
function fromMarkdown(value2, encoding, options) {
  if (encoding && typeof encoding === "object") {
    options = encoding;
    encoding = void 0;
  }
  return compiler(options)(postprocess(parse2(options).document().write(preprocess()(value2, encoding, true))));
}
function compiler(options) {
  const config = {
    afterExit: [],
    beforeEnter: [],
    transforms: [],
    canContainEols: ["emphasis", "fragment", "heading", "paragraph", "strong"],
    enter: {
      autolink: opener2(link),
      autolinkProtocol: onenterdata,
      autolinkEmail: onenterdata,
      atxHeading: opener2(heading),
      blockQuote: opener2(blockQuote),
      characterEscape: onenterdata,
      characterReference: onenterdata,
      codeFenced: opener2(codeFlow),
      codeFencedFenceInfo: buffer,
      codeFencedFenceMeta: buffer,
      codeIndented: opener2(codeFlow, buffer),
      codeText: opener2(codeText, buffer),
      codeTextData: onenterdata,
      data: onenterdata,
      codeFlowValue: onenterdata,
      definition: opener2(definition),
      definitionDestinationString: buffer,
      definitionLabelString: buffer,
      definitionTitleString: buffer,
      emphasis: opener2(emphasis),
      hardBreakEscape: opener2(hardBreak),
      hardBreakTrailing: opener2(hardBreak),
      htmlFlow: opener2(html, buffer),
      htmlFlowData: onenterdata,
      htmlText: opener2(html, buffer),
      htmlTextData: onenterdata,
      image: opener2(image),
      label: buffer,
      link: opener2(link),
      listItem: opener2(listItem),
      listItemValue: onenterlistitemvalue,
      listOrdered: opener2(list, onenterlistordered),
      listUnordered: opener2(list),
      paragraph: opener2(paragraph),
      reference: onenterreference,
      referenceString: buffer,
      resourceDestinationString: buffer,
      resourceTitleString: buffer,
      setextHeading: opener2(heading),
      strong: opener2(strong),
      thematicBreak: opener2(thematicBreak)
    },
    exit: {
      atxHeading: closer(),
      atxHeadingSequence: onexitatxheadingsequence,
      autolink: closer(),
      autolinkEmail: onexitautolinkemail,
      autolinkProtocol: onexitautolinkprotocol,
      blockQuote: closer(),
      characterEscapeValue: onexitdata,
      characterReferenceMarkerHexadecimal: onexitcharacterreferencemarker,
      characterReferenceMarkerNumeric: onexitcharacterreferencemarker,
      characterReferenceValue: onexitcharacterreferencevalue,
      characterReference: onexitcharacterreference,
      codeFenced: closer(onexitcodefenced),
      codeFencedFence: onexitcodefencedfence,
      codeFencedFenceInfo: onexitcodefencedfenceinfo,
      codeFencedFenceMeta: onexitcodefencedfencemeta,
      codeFlowValue: onexitdata,
      codeIndented: closer(onexitcodeindented),
      codeText: closer(onexitcodetext),
      codeTextData: onexitdata,
      data: onexitdata,
      definition: closer(),
      definitionDestinationString: onexitdefinitiondestinationstring,
      definitionLabelString: onexitdefinitionlabelstring,
      definitionTitleString: onexitdefinitiontitlestring,
      emphasis: closer(),
      hardBreakEscape: closer(onexithardbreak),
      hardBreakTrailing: closer(onexithardbreak),
      htmlFlow: closer(onexithtmlflow),
      htmlFlowData: onexitdata,
      htmlText: closer(onexithtmltext),
      htmlTextData: onexitdata,
      image: closer(onexitimage),
      label: onexitlabel,
      labelText: onexitlabeltext,
      lineEnding: onexitlineending,
      link: closer(onexitlink),
      listItem: closer(),
      listOrdered: closer(),
      listUnordered: closer(),
      paragraph: closer(),
      referenceString: onexitreferencestring,
      resourceDestinationString: onexitresourcedestinationstring,
      resourceTitleString: onexitresourcetitlestring,
      resource: onexitresource,
      setextHeading: closer(onexitsetextheading),
      setextHeadingLineSequence: onexitsetextheadinglinesequence,
      setextHeadingText: onexitsetextheadingtext,
      strong: closer(),
      thematicBreak: closer()
    }
  };
  configure(config, (options || {}).mdastExtensions || []);
  const data = {};
  return compile;
  function compile(events) {
    let tree = {
      type: "root",
      children: [],
      position: void 0
    };
    const context = {
      stack: [tree],
      tokenStack: [],
      config,
      enter,
      exit,
      buffer,
      resume,
      data
    };
    const listStack = [];
    const prepared = [];
    let index2 = -1;
    while (++index2 < events.length) {
      prepared.push(events[index2]);
      if (events[index2][1].type === "listOrdered" || events[index2][1].type === "listUnordered") {
        if (events[index2][0] === "enter") {
          listStack.push(prepared.length - 1);
        } else {
          const tail = listStack.pop();
          prepareList(prepared, tail);
        }
      }
    }
    events = prepared;
    index2 = -1;
    while (++index2 < events.length) {
      const handler = config[events[index2][0]];
      if (events[index2][0] === "enter" && config.beforeEnter.length > 0) {
        callListeners(config.beforeEnter, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (own.call(handler, events[index2][1].type)) {
        handler[events[index2][1].type].call({
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
      if (events[index2][0] === "exit" && config.afterExit.length > 0) {
        callListeners(config.afterExit, {
          ...context,
          sliceSerialize: events[index2][2].sliceSerialize
        }, events[index2][1]);
      }
    }
    if (context.tokenStack.length > 0) {
      const tail = context.tokenStack[context.tokenStack.length - 1];
      const handler = tail[1] || defaultOnError;
      handler.call(context, void 0, tail[0]);
    }
    tree.position = {
      start: point2(events.length > 0 ? events[0][1].start : {
        line: 1,
        column: 1,
        offset: 0
      }),
      end: point2(events.length > 0 ? events[events.length - 2][1].end : {
        line: 1,
        column: 1,
        offset: 0
      })
    };
    index2 = -1;
    while (++index2 < config.transforms.length) {
      tree = config.transforms[index2](tree) || tree;
    }
    return tree;
  }
  function callListeners(listeners, context, token) {
    let index2 = -1;
    while (++index2 < listeners.length) {
      listeners[index2].call(context, token);
    }
  }
  function prepareList(events, start) {
    const end = events.length - 1;
    let index2 = start - 1;
    let containerBalance = -1;
    let listSpread = false;
    let listItem2;
    let lineIndex;
    let firstBlankLineIndex;
    let atMarker;
    const insertions = [];
    while (++index2 <= end) {
      const event = events[index2];
      switch (event[1].type) {
        case "listUnordered":
        case "listOrdered":
        case "blockQuote": {
          if (event[0] === "enter") {
            containerBalance++;
          } else {
            containerBalance--;
          }
          atMarker = void 0;
          break;
        }
        case "lineEndingBlank": {
          if (event[0] === "enter") {
            if (listItem2 && !atMarker && !containerBalance && !firstBlankLineIndex) {
              firstBlankLineIndex = index2;
            }
            atMarker = void 0;
          }
          break;
        }
        case "linePrefix":
        case "listItemValue":
        case "listItemMarker":
        case "listItemPrefix":
        case "listItemPrefixWhitespace": {
          break;
        }
        default: {
          atMarker = void 0;
        }
      }
      if (!containerBalance && event[0] === "enter" && event[1].type === "listItemPrefix" || containerBalance === -1 && event[0] === "exit" && (event[1].type === "listUnordered" || event[1].type === "listOrdered")) {
        if (listItem2) {
          let tailIndex = index2;
          lineIndex = void 0;
          while (tailIndex--) {
            const tailEvent = events[tailIndex];
            if (tailEvent[1].type === "lineEnding" || tailEvent[1].type === "lineEndingBlank") {
              if (tailEvent[0] === "exit") continue;
              if (lineIndex) {
                events[lineIndex][1].type = "lineEndingBlank";
                listSpread = true;
              }
              tailEvent[1].type = "lineEnding";
              lineIndex = tailIndex;
            } else if (tailEvent[1].type === "linePrefix" || tailEvent[1].type === "blockQuotePrefix" || tailEvent[1].type === "blockQuotePrefixWhitespace" || tailEvent[1].type === "blockQuoteMarker" || tailEvent[1].type === "listItemIndent") {
            } else {
              break;
            }
          }
          if (firstBlankLineIndex && (!lineIndex || firstBlankLineIndex < lineIndex)) {
            listItem2._spread = true;
          }
          listItem2.end = Object.assign({}, lineIndex ? events[lineIndex][1].start : event[1].end);
          insertions.push({
            at: lineIndex || index2,
            event: ["exit", listItem2, event[2]]
          });
        }
        if (event[1].type === "listItemPrefix") {
          const item = {
            type: "listItem",
            _spread: false,
            start: Object.assign({}, event[1].start),
            // @ts-expect-error: we’ll add `end` in a second.
            end: void 0
          };
          listItem2 = item;
          insertions.push({
            at: index2,
            event: ["enter", item, event[2]]
          });
          firstBlankLineIndex = void 0;
          atMarker = true;
        }
      }
    }
    const listEvents = events.splice(start);
    let insertion = 0;
    index2 = -1;
    while (++index2 < listEvents.length) {
      while (insertion < insertions.length && insertions[insertion].at === start + index2) {
        events.push(insertions[insertion++].event);
      }
      events.push(listEvents[index2]);
    }
    events[start][1]._spread = listSpread;
  }
  function opener2(create2, and) {
    return open;
    function open(token) {
      enter.call(this, create2(token), token);
      if (and) and.call(this, token);
    }
  }
  function buffer() {
    this.stack.push({
      type: "fragment",
      children: []
    });
  }
  function enter(node2, token, errorHandler) {
    const parent = this.stack[this.stack.length - 1];
    const siblings = parent.children;
    siblings.push(node2);
    this.stack.push(node2);
    this.tokenStack.push([token, errorHandler || void 0]);
    node2.position = {
      start: point2(token.start),
      // @ts-expect-error: `end` will be patched later.
      end: void 0
    };
  }
  function closer(and) {
    return close2;
    function close2(token) {
      if (and) and.call(this, token);
      exit.call(this, token);
    }
  }
  function exit(token, onExitError) {
    const node2 = this.stack.pop();
    const open = this.tokenStack.pop();
    if (!open) {
      throw new Error("Cannot close `" + token.type + "` (" + stringifyPosition({
        start: token.start,
        end: token.end
      }) + "): it\u2019s not open");
    }
    if (open[0].type !== token.type) {
      if (onExitError) {
        onExitError.call(this, token, open[0]);
      } else {
        const handler = open[1] || defaultOnError;
        handler.call(this, token, open[0]);
      }
    }
    node2.position.end = point2(token.end);
  }
  function resume() {
    return toString(this.stack.pop());
  }
  function onenterlistordered() {
    this.data.expectingFirstListItemValue = true;
  }
  function onenterlistitemvalue(token) {
    if (this.data.expectingFirstListItemValue) {
      const ancestor = this.stack[this.stack.length - 2];
      ancestor.start = Number.parseInt(this.sliceSerialize(token), 10);
      this.data.expectingFirstListItemValue = void 0;
    }
  }
  function onexitcodefencedfenceinfo() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.lang = data2;
  }
  function onexitcodefencedfencemeta() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.meta = data2;
  }
  function onexitcodefencedfence() {
    if (this.data.flowCodeInside) return;
    this.buffer();
    this.data.flowCodeInside = true;
  }
  function onexitcodefenced() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
    this.data.flowCodeInside = void 0;
  }
  function onexitcodeindented() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2.replace(/(\r?\n|\r)$/g, "");
  }
  function onexitdefinitionlabelstring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
  }
  function onexitdefinitiontitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitdefinitiondestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitatxheadingsequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    if (!node2.depth) {
      const depth = this.sliceSerialize(token).length;
      node2.depth = depth;
    }
  }
  function onexitsetextheadingtext() {
    this.data.setextHeadingSlurpLineEnding = true;
  }
  function onexitsetextheadinglinesequence(token) {
    const node2 = this.stack[this.stack.length - 1];
    node2.depth = this.sliceSerialize(token).codePointAt(0) === 61 ? 1 : 2;
  }
  function onexitsetextheading() {
    this.data.setextHeadingSlurpLineEnding = void 0;
  }
  function onenterdata(token) {
    const node2 = this.stack[this.stack.length - 1];
    const siblings = node2.children;
    let tail = siblings[siblings.length - 1];
    if (!tail || tail.type !== "text") {
      tail = text();
      tail.position = {
        start: point2(token.start),
        // @ts-expect-error: we’ll add `end` later.
        end: void 0
      };
      siblings.push(tail);
    }
    this.stack.push(tail);
  }
  function onexitdata(token) {
    const tail = this.stack.pop();
    tail.value += this.sliceSerialize(token);
    tail.position.end = point2(token.end);
  }
  function onexitlineending(token) {
    const context = this.stack[this.stack.length - 1];
    if (this.data.atHardBreak) {
      const tail = context.children[context.children.length - 1];
      tail.position.end = point2(token.end);
      this.data.atHardBreak = void 0;
      return;
    }
    if (!this.data.setextHeadingSlurpLineEnding && config.canContainEols.includes(context.type)) {
      onenterdata.call(this, token);
      onexitdata.call(this, token);
    }
  }
  function onexithardbreak() {
    this.data.atHardBreak = true;
  }
  function onexithtmlflow() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexithtmltext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitcodetext() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.value = data2;
  }
  function onexitlink() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitimage() {
    const node2 = this.stack[this.stack.length - 1];
    if (this.data.inReference) {
      const referenceType = this.data.referenceType || "shortcut";
      node2.type += "Reference";
      node2.referenceType = referenceType;
      delete node2.url;
      delete node2.title;
    } else {
      delete node2.identifier;
      delete node2.label;
    }
    this.data.referenceType = void 0;
  }
  function onexitlabeltext(token) {
    const string = this.sliceSerialize(token);
    const ancestor = this.stack[this.stack.length - 2];
    ancestor.label = decodeString(string);
    ancestor.identifier = normalizeIdentifier(string).toLowerCase();
  }
  function onexitlabel() {
    const fragment = this.stack[this.stack.length - 1];
    const value2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    this.data.inReference = true;
    if (node2.type === "link") {
      const children = fragment.children;
      node2.children = children;
    } else {
      node2.alt = value2;
    }
  }
  function onexitresourcedestinationstring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.url = data2;
  }
  function onexitresourcetitlestring() {
    const data2 = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.title = data2;
  }
  function onexitresource() {
    this.data.inReference = void 0;
  }
  function onenterreference() {
    this.data.referenceType = "collapsed";
  }
  function onexitreferencestring(token) {
    const label = this.resume();
    const node2 = this.stack[this.stack.length - 1];
    node2.label = label;
    node2.identifier = normalizeIdentifier(this.sliceSerialize(token)).toLowerCase();
    this.data.referenceType = "full";
  }
  function onexitcharacterreferencemarker(token) {
    this.data.characterReferenceType = token.type;
  }
  function onexitcharacterreferencevalue(token) {
    const data2 = this.sliceSerialize(token);
    const type = this.data.characterReferenceType;
    let value2;
    if (type) {
      value2 = decodeNumericCharacterReference(data2, type === "characterReferenceMarkerNumeric" ? 10 : 16);
      this.data.characterReferenceType = void 0;
    } else {
      const result = decodeNamedCharacterReference(data2);
      value2 = result;
    }
    const tail = this.stack[this.stack.length - 1];
    tail.value += value2;
  }
  function onexitcharacterreference(token) {
    const tail = this.stack.pop();
    tail.position.end = point2(token.end);
  }
  function onexitautolinkprotocol(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = this.sliceSerialize(token);
  }
  function onexitautolinkemail(token) {
    onexitdata.call(this, token);
    const node2 = this.stack[this.stack.length - 1];
    node2.url = "mailto:" + this.sliceSerialize(token);
  }
  function blockQuote() {
    return {
      type: "blockquote",
      children: [],
      position: void 0
    };
  }
  function codeFlow() {
    return {
      type: "code",
      lang: null,
      meta: null,
      value: "",
      position: void 0
    };
  }
  function codeText() {
    return {
      type: "inlineCode",
      value: "",
      position: void 0
    };
  }
  function definition() {
    return {
      type: "definition",
      identifier: "",
      label: null,
      title: null,
      url: "",
      position: void 0
    };
  }
  function emphasis() {
    return {
      type: "emphasis",
      children: [],
      position: void 0
    };
  }
  function heading() {
    return {
      type: "heading",
      // @ts-expect-error `depth` will be set later.
      depth: 0,
      children: [],
      position: void 0
    };
  }
  function hardBreak() {
    return {
      type: "break",
      position: void 0
    };
  }
  function html() {
    return {
      type: "html",
      value: "",
      position: void 0
    };
  }
  function image() {
    return {
      type: "image",
      title: null,
      url: "",
      alt: null,
      position: void 0
    };
  }
  function link() {
    return {
      type: "link",
      title: null,
      url: "",
      children: [],
      position: void 0
    };
  }
  function list(token) {
    return {
      type: "list",
      ordered: token.type === "listOrdered",
      start: null,
      spread: token._spread,
      children: [],
      position: void 0
    };
  }
  function listItem(token) {
    return {
      type: "listItem",
      spread: token._spread,
      checked: null,
      children: [],
      position: void 0
    };
  }
  function paragraph() {
    return {
      type: "paragraph",
      children: [],
      position: void 0
    };
  }
  function strong() {
    return {
      type: "strong",
      children: [],
      position: void 0
    };
  }
  function text() {
    return {
      type: "text",
      value: "",
      position: void 0
    };
  }
  function thematicBreak() {
    return {
      type: "thematicBreak",
      position: void 0
    };
  }
}
function point2(d) {
  return {
    line: d.line,
    column: d.column,
    offset: d.offset
  };
}
function configure(combined, extensions) {
  let index2 = -1;
  while (++index2 < extensions.length) {
    const value2 = extensions[index2];
    if (Array.isArray(value2)) {
      configure(combined, value2);
    } else {
      extension(combined, value2);
    }
  }
}
function extension(combined, extension2) {
  let key;
  for (key in extension2) {
    if (own.call(extension2, key)) {
      switch (key) {
        case "canContainEols": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "transforms": {
          const right = extension2[key];
          if (right) {
            combined[key].push(...right);
          }
          break;
        }
        case "afterExit":
        case "beforeEnter": {
          const right = extension2[key];
          if (right) {
            combined[key].push(right);
          }
          break;
        }
        case "enter":
        case "exit": {
          const right = extension2[key];
          if (right) {
            Object.assign(combined[key], right);
          }
          break;
        }
      }
    }
  }
}
function defaultOnError(left, right) {
  if (left) {
    throw new Error("Cannot close `" + left.type + "` (" + stringifyPosition({
      start: left.start,
      end: left.end
    }) + "): a different token (`" + right.type + "`, " + stringifyPosition({
      start: right.start,
      end: right.end
    }) + ") is open");
  }
  throw new Error("Cannot close document, a token (`" + right.type + "`, " + stringifyPosition({
    start: right.start,
    end: right.end
  }) + ") is still open");
}

// node_modules/devlop/lib/default.js
function ok() {
}

// node_modules/fault/index.js
var import_format = __toESM(require_format(), 1);
var fault = Object.assign(create(Error), {
  eval: create(EvalError),
  range: create(RangeError),
  reference: create(ReferenceError),
  syntax: create(SyntaxError),
  type: create(TypeError),
  uri: create(URIError)
});
function create(Constructor) {
  FormattedError.displayName = Constructor.displayName || Constructor.name;
  return FormattedError;
  function FormattedError(format, ...values) {
    const reason = format ? (0, import_format.default)(format, ...values) : format;
    return new Constructor(reason);
  }
}

// node_modules/micromark-extension-frontmatter/lib/to-matters.js
var own2 = {}.hasOwnProperty;
var markers = {
  yaml: "-",
  toml: "+"
};
function toMatters(options) {
  const result = [];
  let index2 = -1;
  const presetsOrMatters = Array.isArray(options) ? options : options ? [options] : ["yaml"];
  while (++index2 < presetsOrMatters.length) {
    result[index2] = matter(presetsOrMatters[index2]);
  }
  return result;
}
function matter(option) {
  let result = option;
  if (typeof result === "string") {
    if (!own2.call(markers, result)) {
      throw fault("Missing matter definition for `%s`", result);
    }
    result = {
      type: result,
      marker: markers[result]
    };
  } else if (typeof result !== "object") {
    throw fault("Expected matter to be an object, not `%j`", result);
  }
  if (!own2.call(result, "type")) {
    throw fault("Missing `type` in matter `%j`", result);
  }
  if (!own2.call(result, "fence") && !own2.call(result, "marker")) {
    throw fault("Missing `marker` or `fence` in matter `%j`", result);
  }
  return result;
}

// node_modules/micromark-extension-frontmatter/lib/syntax.js
function frontmatter(options) {
  const matters = toMatters(options);
  const flow = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    const code = fence(matter2, "open").charCodeAt(0);
    const construct = createConstruct(matter2);
    const existing = flow[code];
    if (Array.isArray(existing)) {
      existing.push(construct);
    } else {
      flow[code] = [construct];
    }
  }
  return {
    flow
  };
}
function createConstruct(matter2) {
  const anywhere = matter2.anywhere;
  const frontmatterType = (
    /** @type {TokenType} */
    matter2.type
  );
  const fenceType = (
    /** @type {TokenType} */
    frontmatterType + "Fence"
  );
  const sequenceType = (
    /** @type {TokenType} */
    fenceType + "Sequence"
  );
  const valueType = (
    /** @type {TokenType} */
    frontmatterType + "Value"
  );
  const closingFenceConstruct = {
    tokenize: tokenizeClosingFence,
    partial: true
  };
  let buffer;
  let bufferIndex = 0;
  return {
    tokenize: tokenizeFrontmatter,
    concrete: true
  };
  function tokenizeFrontmatter(effects, ok2, nok) {
    const self = this;
    return start;
    function start(code) {
      const position2 = self.now();
      if (
        // Indent not allowed.
        position2.column === 1 && // Normally, only allowed in first line.
        (position2.line === 1 || anywhere)
      ) {
        buffer = fence(matter2, "open");
        bufferIndex = 0;
        if (code === buffer.charCodeAt(bufferIndex)) {
          effects.enter(frontmatterType);
          effects.enter(fenceType);
          effects.enter(sequenceType);
          return openSequence(code);
        }
      }
      return nok(code);
    }
    function openSequence(code) {
      if (bufferIndex === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return openSequenceWhitespace(code);
        }
        return openAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex++)) {
        effects.consume(code);
        return openSequence;
      }
      return nok(code);
    }
    function openSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return openSequenceWhitespace;
      }
      effects.exit("whitespace");
      return openAfter(code);
    }
    function openAfter(code) {
      if (markdownLineEnding(code)) {
        effects.exit(fenceType);
        effects.enter("lineEnding");
        effects.consume(code);
        effects.exit("lineEnding");
        buffer = fence(matter2, "close");
        bufferIndex = 0;
        return effects.attempt(closingFenceConstruct, after, contentStart);
      }
      return nok(code);
    }
    function contentStart(code) {
      if (code === null || markdownLineEnding(code)) {
        return contentEnd(code);
      }
      effects.enter(valueType);
      return contentInside(code);
    }
    function contentInside(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(valueType);
        return contentEnd(code);
      }
      effects.consume(code);
      return contentInside;
    }
    function contentEnd(code) {
      if (code === null) {
        return nok(code);
      }
      effects.enter("lineEnding");
      effects.consume(code);
      effects.exit("lineEnding");
      return effects.attempt(closingFenceConstruct, after, contentStart);
    }
    function after(code) {
      effects.exit(frontmatterType);
      return ok2(code);
    }
  }
  function tokenizeClosingFence(effects, ok2, nok) {
    let bufferIndex2 = 0;
    return closeStart;
    function closeStart(code) {
      if (code === buffer.charCodeAt(bufferIndex2)) {
        effects.enter(fenceType);
        effects.enter(sequenceType);
        return closeSequence(code);
      }
      return nok(code);
    }
    function closeSequence(code) {
      if (bufferIndex2 === buffer.length) {
        effects.exit(sequenceType);
        if (markdownSpace(code)) {
          effects.enter("whitespace");
          return closeSequenceWhitespace(code);
        }
        return closeAfter(code);
      }
      if (code === buffer.charCodeAt(bufferIndex2++)) {
        effects.consume(code);
        return closeSequence;
      }
      return nok(code);
    }
    function closeSequenceWhitespace(code) {
      if (markdownSpace(code)) {
        effects.consume(code);
        return closeSequenceWhitespace;
      }
      effects.exit("whitespace");
      return closeAfter(code);
    }
    function closeAfter(code) {
      if (code === null || markdownLineEnding(code)) {
        effects.exit(fenceType);
        return ok2(code);
      }
      return nok(code);
    }
  }
}
function fence(matter2, prop) {
  return matter2.marker ? pick(matter2.marker, prop).repeat(3) : (
    // @ts-expect-error: They’re mutually exclusive.
    pick(matter2.fence, prop)
  );
}
function pick(schema, prop) {
  return typeof schema === "string" ? schema : schema[prop];
}

// node_modules/mdast-util-frontmatter/lib/index.js
function frontmatterFromMarkdown(options) {
  const matters = toMatters(options);
  const enter = {};
  const exit = {};
  let index2 = -1;
  while (++index2 < matters.length) {
    const matter2 = matters[index2];
    enter[matter2.type] = opener(matter2);
    exit[matter2.type] = close;
    exit[matter2.type + "Value"] = value;
  }
  return { enter, exit };
}
function opener(matter2) {
  return open;
  function open(token) {
    this.enter({ type: matter2.type, value: "" }, token);
    this.buffer();
  }
}
function close(token) {
  const data = this.resume();
  const node2 = this.stack[this.stack.length - 1];
  ok("value" in node2);
  this.exit(token);
  node2.value = data.replace(/^(\r?\n|\r)|(\r?\n|\r)$/g, "");
}
function value(token) {
  this.config.enter.data.call(this, token);
  this.config.exit.data.call(this, token);
}

// src/plan/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/util/sorted.ts
function firstIndexAbove(sorted, value2) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (sorted[mid] <= value2) low = mid + 1;
    else high = mid;
  }
  return low;
}

// src/plan/stub-leftovers.ts
var STUB_PLACEHOLDERS = [
  "ALERT_NAME",
  "BACKUP_LOCATION",
  "DASHBOARD_URL",
  "DATABASE_LOAD_DASHBOARD",
  "ESCALATION_CONTACT",
  "FAILOVER_COMMAND",
  "HEALTH_CHECK_COMMAND",
  "ONCALL_CHANNEL",
  "OUR_STATUS_PAGE",
  "OWNER",
  "PLACEHOLDERS",
  "PROVIDER_RUNBOOK_LINK",
  "PROVIDER_SUPPORT_LINK",
  "REPLICA_BUCKET",
  "REQUEUE_COMMAND",
  "RESTART_COMMAND",
  "RESTORE_COMMAND",
  "RESTORE_PROCEDURE_LINK",
  "RPO",
  "RTO",
  "START_WRITERS_COMMAND",
  "STATUS_PAGE_URL",
  "STOP_WRITERS_COMMAND"
];
var DRAFT_NOTE_WORDS = "Draft by Paramedic";
var PLACEHOLDER_SET = new Set(STUB_PLACEHOLDERS);
var ANGLE_NAME = /<([A-Z][A-Z0-9_]{2,40})>/g;
function stubLeftovers(body) {
  const found = [];
  if (body.includes(DRAFT_NOTE_WORDS)) found.push(`the "${DRAFT_NOTE_WORDS}" note`);
  const names = /* @__PURE__ */ new Set();
  for (const match of body.matchAll(ANGLE_NAME)) if (PLACEHOLDER_SET.has(match[1]) && match[1] !== "PLACEHOLDERS") names.add(match[1]);
  for (const name of names) found.push(`<${name}>`);
  return found;
}

// src/plan/parse.ts
var SCENARIO_PREFIX = /^(?:(?:(?:dr|disaster[ -]recovery)\s+)?(?:scenario|cen[aá]rio|escenario|sc[eé]nario|szenario|scenariusz|сценарий)\b|(?:runbook|playbook)\s*#?\d+\b|(?:시나리오|シナリオ|场景|場景|情景))\s*#?(?:\d+|[a-z](?=\s*[:.)\-–—]))?\s*[:.)\-–—]?\s*/i;
var NUMBERING = /^(?:\d+(?:\.\d+)*[.)]?|[A-Z][.)])\s+/;
var FAILURE_WORDS = /(?<![\p{L}\p{N}_])(outages?|fail(?:s|ed|ures?|ing)?|loss|lost|stuck|breach(?:es)?|compromised?|corrupt(?:ed|ion)?|down|unavailable|unreachable|crash(?:es|ed)?|disasters?|attacks?|ransomware|degradation|exhaust(?:ed|ion)|overload(?:ed)?|leak(?:s|ed)?|deleted|deletion|expired|falhas?|perda|corrup[cç][aã]o|corrompid[oa]|indispon[ií]ve(?:l|is)|indisponibilidade|queda|ataque|vazamento|dele[cç][aã]o|exclus[aã]o|fallos?|fallas?|ca[ií]da|p[eé]rdida|corrupci[oó]n|no disponible|brecha|borrado|eliminaci[oó]n|pannes?|perte|indisponible|attaque|fuite|suppression|ausfall|verlust|st[oö]rung|angriff|besch[aä]digt|[cç][oö]kme(?:si)?|kesinti(?:si)?|ar[ıi]za(?:s[ıi])?|kayb[ıi]|kay[ıi]p)(?![\p{L}])/iu;
var ACTION_WORDS = /\b(restore|restoring|restoration|recovery|recover|fail-?over|rollback|roll back|disaster recovery|DR (?:runbook|playbook|procedure)|kurtarma|geri y[uü]kleme|recupera[cç][aã]o|recuperaci[oó]n|recuperar|restaura[cç][aã]o|restauraci[oó]n|restaurar|restauration|restaurer|r[eé]tablissement|wiederherstellung)\b/i;
var CONTAINER_WORDS = /\b(procedures|workflows|playbooks|scenarios|runbooks|plan|cen[aá]rios|escenarios|sc[eé]narios|szenarien)\s*$/i;
var CONTAINER_LEADING = /^(?:procedimentos|procedimientos|proc[eé]dures|cen[aá]rios|escenarios|sc[eé]narios|szenarien|playbooks|runbooks)\b/i;
var SCENARIOS_CONTAINER = /\b(scenarios|cen[aá]rios|escenarios|sc[eé]narios|szenarien|playbooks|runbooks)\b/i;
var NOT_RECOVERY = /\b(objectives?|rto|rpo|sla|scope|test(?:s|ing)?|drills?|simulations?|templates?|communications?|contacts?|escalation|monitoring|alert(?:s|ing)?|triggers?|detection|post-incident|post-mortem|postmortem|post-recovery|lessons|review|priorit(?:y|ies)|table of contents|contents|overview|classification|checklist|schedule|appendi(?:x|ces)|glossary|prerequisites|documentation|compliance|synchroni[sz]ation|sync|metrics|architecture|inventory|tools?\s*(?:&|and)\s*scripts|required tools|tooling|scripts|cheat[- ]?sheet|reference|criteria|validation|verification|verified|history|training|testes?|pruebas?|essais?|simulacros?|simula[cç][aã]o|arquitetura|arquitectura|contatos|contactos|comunica[cç][aã]o|comunicaci[oó]n|escalonamento|monitoramento|monitoreo|objetivos|valida[cç][aã]o|verifica[cç][aã]o|validaci[oó]n|verificaci[oó]n|hist[oó]rico|auditoria)\b/i;
var TABLE_OF_CONTENTS = /^(?:table of )?contents$/i;
var STEP_TITLE = /^(?:phase|step|stage|fase|etapa|paso|passo|schritt|phasen?|[eé]tape)\s*\d+\b/i;
var NOT_A_SCENARIO_BESIDE = /\b(notes?|faq|links|resources|see also|summary|background|context|assumptions|requirements|dependencies|roles|responsibilities|owners?|changelog|setup|installation|install|deploy(?:ment|ing)?|configuration|access|environments?|variables|commands|purpose|introduction|getting started|notas|avisos)\b/i;
var RECOVERY_LABEL = /^[^\S\n\r\u2028\u2029]*(?:[-*+]\s+)?(?:\*\*|__)?(?:restore|restoring|recovery|recover|failover|fail over|rollback|roll back)(?: steps| procedure| process| plan)?(?:\*\*|__)?\s*:/im;
var BACKUP_TOPIC = /\b(?:backups?|snapshots?)\b/i;
var SEVERITY_WORD = /^(?:critical|high|medium|low|minor|major|moderate|severe|severity|priority|level|tier|urgent|normal|sev-?\d*|p\d|\d+)$/i;
function withoutParenthesised(text) {
  let out = "";
  let at = 0;
  for (let open = text.indexOf("(", at); open >= 0; open = text.indexOf("(", at)) {
    const close2 = text.indexOf(")", open + 1);
    if (close2 < 0) break;
    out += `${text.slice(at, open)} `;
    at = close2 + 1;
  }
  return out + text.slice(at);
}
function isSeverityClass(title) {
  const words = withoutParenthesised(title).split(/[\s:/–—-]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => SEVERITY_WORD.test(w));
}
function bare(text) {
  const words = text.replace(/^[^\p{L}\p{N}]+/u, "");
  return words.replace(NUMBERING, "").trim();
}
var DRAFT_MARKER = "<!-- paramedic:draft";
var COVERS_HEAD = /^\s*paramedic:\s*covers\s+/i;
var COVERS_IDS = /^[a-z0-9][a-z0-9, -]*$/i;
function coversMarkers(html) {
  const out = [];
  for (let open = html.indexOf("<!--"); open >= 0; ) {
    const close2 = html.indexOf("-->", open + 4);
    if (close2 < 0) break;
    const head = COVERS_HEAD.exec(html.slice(open + 4, close2));
    const body = head ? html.slice(open + 4 + head[0].length, close2) : "";
    const separator = body.indexOf("--");
    const ids = (separator < 0 ? body : body.slice(0, separator)).trimEnd();
    if (head && COVERS_IDS.test(ids)) {
      out.push({ at: open, ids, ...separator < 0 ? {} : { reason: body.slice(separator + 2) } });
      open = html.indexOf("<!--", close2 + 3);
    } else {
      open = html.indexOf("<!--", open + 1);
    }
  }
  return out;
}
var LAST_UPDATED = /(?:last[\s_-]*(?:updated|reviewed|modified|revised|edited)|[uú]ltima[\s_-]*(?:atualiza[cç][aã]o|actualizaci[oó]n|revis[aã]o|revisi[oó]n)|zuletzt[\s_-]*(?:aktualisiert|ge[aä]ndert)|derni[eè]re[\s_-]*mise[\s_-]*[aà][\s_-]*jour)\**\s*(?:[:\-–]\s*)?(?:\*+\s*)?(?:\|\s*)?([^|\n<]+)/i;
var DATE_IN_TEXT = /\d{4}-\d{2}-\d{2}|\d{4}\/\d{1,2}\/\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+\d{4}\b/i;
function statedDate(text) {
  const found = DATE_IN_TEXT.exec(text)?.[0];
  if (found) {
    const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(found);
    if (dmy && Number(dmy[1]) > 12) return `${dmy[3]}-${dmy[2].padStart(2, "0")}-${dmy[1].padStart(2, "0")}`;
    const plain = found.replace(/(\d)(?:st|nd|rd|th)\b/gi, "$1");
    if (!Number.isNaN(Date.parse(plain))) return plain;
  }
  return Number.isNaN(Date.parse(text)) ? void 0 : text;
}
function stripEmphasis(text) {
  return stripTrailing(stripLeading(text.replace(/\*/g, "").trim(), "_"), "_").trim();
}
function scenarioTitle(text) {
  const lead = text.replace(/^[^\p{L}\p{N}]+/u, "");
  const withoutPrefix = lead.replace(SCENARIO_PREFIX, "");
  const numbered = text.replace(/^(\d+(?:\.\d+)*[.)]?)\s*[—–:|-]\s+/, "$1 ");
  const stripped = (withoutPrefix === lead ? numbered.replace(NUMBERING, "") : withoutPrefix).trim();
  return stripped || text.trim();
}
function labelOf(paragraph) {
  const start = paragraph.position?.start.line;
  if (start === void 0 || paragraph.position.end.line !== start) return void 0;
  const text = toString(paragraph).trim();
  const emphasised = paragraph.children.length === 1 && (paragraph.children[0].type === "strong" || paragraph.children[0].type === "emphasis");
  const colon = /:$/.test(text) && text.split(/\s+/).length <= 8;
  return emphasised || colon ? (text.endsWith(":") ? text.slice(0, -1) : text).trim() || void 0 : void 0;
}
var LINE_BREAK = /\r\n|\r|\n/;
function lineCount(text) {
  return text.split(LINE_BREAK).length;
}
var trees = /* @__PURE__ */ new WeakMap();
function parsedTree(plan) {
  return trees.get(plan);
}
function parsePlan(rawText, planPath, chosenBecause = "given") {
  const text = stripBom(rawText);
  const tree = fromMarkdown(text, { extensions: [frontmatter(["yaml", "toml"])], mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])] });
  const lines = text.split(LINE_BREAK);
  const totalLines = lineCount(text);
  const headings = [];
  const codes = [];
  const htmls = [];
  const orderedLists = [];
  let frontMatterUpdated;
  const visit = (node2) => {
    if (node2.type === "heading") headings.push({ node: node2, text: toString(node2).trim(), depth: node2.depth, line: node2.position.start.line, index: headings.length, parent: null });
    else if (node2.type === "code") codes.push(node2);
    else if (node2.type === "html") htmls.push(node2);
    else if (node2.type === "list" && node2.ordered) orderedLists.push(node2.position.start.line);
    else if (node2.type === "yaml" && yamlShapeProblem(node2.value) === void 0) {
      try {
        const data = (0, import_yaml.parse)(node2.value, { uniqueKeys: false });
        const key = ["last_updated", "lastUpdated", "last-updated", "updated", "last_modified", "lastmod", "last_reviewed", "lastReviewed", "updated_at"].find((k) => data?.[k]);
        if (key) {
          const value2 = data[key];
          const offset = node2.value.split(/\r?\n/).findIndex((l) => l.startsWith(`${key}:`));
          frontMatterUpdated = { date: value2 instanceof Date ? value2.toISOString().slice(0, 10) : String(value2), line: node2.position.start.line + 1 + Math.max(0, offset) };
        }
      } catch {
      }
    }
    if ("children" in node2) for (const child of node2.children) visit(child);
  };
  visit(tree);
  const stack = [];
  for (const h of headings) {
    while (stack.length && stack[stack.length - 1].depth >= h.depth) stack.pop();
    h.parent = stack.length ? stack[stack.length - 1].index : null;
    stack.push(h);
  }
  const nextPeer = headings.map(() => headings.length);
  const kidsOf = headings.map(() => []);
  {
    const open = [];
    for (const h of headings) {
      while (open.length && open[open.length - 1].depth >= h.depth) nextPeer[open.pop().index] = h.index;
      open.push(h);
      if (h.parent !== null) kidsOf[h.parent].push(h);
    }
  }
  const endLineOf = (h) => {
    const next = headings[nextPeer[h.index]];
    return next ? next.line - 1 : totalLines;
  };
  const ancestors = (h) => {
    const out = [];
    for (let p = h.parent; p !== null; p = headings[p].parent) out.push(headings[p]);
    return out;
  };
  const descendants = (h) => headings.slice(h.index + 1, nextPeer[h.index]);
  const children = (h) => kidsOf[h.index];
  const hasPrefix = (h) => SCENARIO_PREFIX.test(bare(h.text));
  const notRecovery = (h) => NOT_RECOVERY.test(h.text) || ancestors(h).some((a) => a.depth > 1 && NOT_RECOVERY.test(a.text) && !TABLE_OF_CONTENTS.test(scenarioTitle(a.text)));
  const isContainer = (h) => CONTAINER_WORDS.test(h.text) || CONTAINER_LEADING.test(bare(h.text));
  const isPhased = (h) => {
    const kids = children(h);
    return kids.length >= 2 && kids.filter((k) => STEP_TITLE.test(bare(k.text))).length * 2 > kids.length;
  };
  const makesGroup = (d) => !STEP_TITLE.test(bare(d.text)) && (hasPrefix(d) || FAILURE_WORDS.test(d.text) && !NOT_RECOVERY.test(d.text));
  const titleIndex = headings.some((x) => x.depth === 1) ? -1 : 0;
  const isCandidate = (h) => {
    if (hasPrefix(h)) return true;
    if (h.depth === 1 || h.index === titleIndex && headings.length > 1) return false;
    if (notRecovery(h)) return false;
    const parent = h.parent !== null ? headings[h.parent] : void 0;
    if (parent && parent.depth > 1 && SCENARIOS_CONTAINER.test(parent.text) && !hasPrefix(parent)) return !isSeverityClass(bare(h.text));
    if (isContainer(h) && descendants(h).length > 0) return isPhased(h) && (ACTION_WORDS.test(h.text) || FAILURE_WORDS.test(h.text));
    if (FAILURE_WORDS.test(h.text)) return true;
    if (ACTION_WORDS.test(h.text)) {
      return !descendants(h).some(makesGroup);
    }
    return false;
  };
  const stepLines = [...orderedLists, ...codes.map((c) => c.position.start.line)].sort((a, b) => a - b);
  const hasSteps = (h) => {
    const next = stepLines[firstIndexAbove(stepLines, h.line)];
    return next !== void 0 && next <= endLineOf(h);
  };
  const taken = /* @__PURE__ */ new Set();
  for (const h of headings) {
    if (ancestors(h).some((a) => taken.has(a.index))) continue;
    if (isCandidate(h)) taken.add(h.index);
  }
  const numbered = (x) => NUMBERING.test(x.text.replace(/^[^\p{L}\p{N}]+/u, ""));
  const roots = headings.filter((o) => o.parent === null);
  for (const h of headings) {
    if (taken.has(h.index) || descendants(h).length > 0) continue;
    const parent = h.parent !== null ? headings[h.parent] : void 0;
    const siblings = parent ? children(parent) : roots;
    const underTitle = !parent || parent.depth < 2;
    if (underTitle && !numbered(h)) continue;
    if (ancestors(h).some((a) => taken.has(a.index)) || notRecovery(h) || isContainer(h) || isSeverityClass(bare(h.text)) || NOT_A_SCENARIO_BESIDE.test(h.text)) continue;
    if (BACKUP_TOPIC.test(h.text) && !ACTION_WORDS.test(h.text)) continue;
    if (siblings.some((sibling) => taken.has(sibling.index) && (!underTitle || numbered(sibling))) && hasSteps(h)) taken.add(h.index);
  }
  for (const h of headings) {
    if (taken.has(h.index) || h.depth === 1 || h.index === titleIndex || descendants(h).length > 0 || !hasSteps(h)) continue;
    if (ancestors(h).some((a) => taken.has(a.index)) || notRecovery(h) || isContainer(h) || BACKUP_TOPIC.test(h.text) || NOT_A_SCENARIO_BESIDE.test(h.text)) continue;
    if (RECOVERY_LABEL.test(lines.slice(h.line, endLineOf(h)).join("\n"))) taken.add(h.index);
  }
  const codeStarts = codes.map((c) => c.position.start.line);
  const makeScenario = (heading, depth, line, endLine, context) => {
    const body = lines.slice(line, endLine).join("\n");
    const codeBlocks2 = codes.slice(firstIndexAbove(codeStarts, line), firstIndexAbove(codeStarts, endLine)).map((c) => {
      const fenceLine = c.position.start.line;
      const fenced = /^\s*(```|~~~)/.test(lines[fenceLine - 1] ?? "");
      return { lang: (c.lang ?? "").toLowerCase(), value: c.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine };
    });
    const draft = body.includes(DRAFT_MARKER);
    const leftovers = draft ? [] : stubLeftovers(body);
    return { title: scenarioTitle(heading), heading, depth, line, endLine, body, codeBlocks: codeBlocks2, draft, ...leftovers.length ? { stubLeftovers: leftovers } : {}, ...context ? { context } : {} };
  };
  const contextOf = (h) => {
    const parent = h.parent !== null ? headings[h.parent] : void 0;
    return parent && parent.depth > 1 ? parent.text : void 0;
  };
  const scenarios = headings.filter((h) => taken.has(h.index)).map((h) => makeScenario(h.text, h.depth, h.line, endLineOf(h), contextOf(h)));
  if (scenarios.length === 0) {
    const labels = tree.children.flatMap((node2) => {
      const label = node2.type === "paragraph" ? labelOf(node2) : void 0;
      return label ? [{ text: label, line: node2.position.start.line }] : [];
    });
    let h = -1;
    const found = [];
    labels.forEach((label, i) => {
      while (h + 1 < headings.length && headings[h + 1].line < label.line) h++;
      const enclosing = h >= 0 ? headings[h] : void 0;
      if (enclosing && notRecovery(enclosing)) return;
      const isScenario = SCENARIO_PREFIX.test(bare(label.text)) || !NOT_RECOVERY.test(label.text) && (FAILURE_WORDS.test(label.text) || ACTION_WORDS.test(label.text));
      if (!isScenario) return;
      const nextHeading = headings[h + 1]?.line ?? totalLines + 1;
      const nextLabel = labels[i + 1]?.line ?? totalLines + 1;
      found.push({ text: label.text, line: label.line, depth: (enclosing?.depth ?? 1) + 1, end: Math.min(nextHeading, nextLabel) - 1 });
    });
    const last = found[found.length - 1];
    if (last) last.end = (headings.find((x) => x.line > last.line)?.line ?? totalLines + 1) - 1;
    for (const f of found) scenarios.push(makeScenario(f.text, f.depth, f.line, f.end));
  }
  const markers2 = [];
  for (const html of htmls) {
    const lines2 = new LineIndex(html.value);
    for (const m of coversMarkers(html.value)) {
      markers2.push({
        ids: m.ids.split(/[,\s]+/).map((s) => s.trim().toLowerCase()).filter(Boolean),
        reason: (m.reason ?? "").trim(),
        line: html.position.start.line + lines2.lineAt(m.at) - 1
      });
    }
  }
  let lastUpdated = frontMatterUpdated;
  if (!lastUpdated) {
    const inCode = /* @__PURE__ */ new Set();
    for (const c of codes) for (let l = c.position.start.line; l <= c.position.end.line; l++) inCode.add(l);
    for (let i = 0; i < lines.length && !lastUpdated; i++) {
      if (inCode.has(i + 1)) continue;
      const m = LAST_UPDATED.exec(lines[i]);
      const date = m ? statedDate(stripEmphasis(m[1])) : void 0;
      if (date) lastUpdated = { date, line: i + 1 };
    }
  }
  const plan = { path: planPath, chosenBecause, text: rawText, scenarios, markers: markers2, ...lastUpdated ? { lastUpdated } : {} };
  trees.set(plan, tree);
  return plan;
}

// src/lint/document.ts
function readPlanDocument(plan) {
  const text = stripBom(plan.text);
  const tree = parsedTree(plan) ?? fromMarkdown(text, {
    extensions: [frontmatter(["yaml", "toml"])],
    mdastExtensions: [frontmatterFromMarkdown(["yaml", "toml"])]
  });
  const nodes = [];
  const visit = (node2) => {
    nodes.push(node2);
    if ("children" in node2) for (const child of node2.children) visit(child);
  };
  visit(tree);
  return { plan, tree, lines: text.split(LINE_BREAK), nodes, nodeLines: nodes.map(startLine) };
}
function startLine(node2) {
  return node2.position?.start.line ?? 1;
}
function scenarioNodes(doc, scenario) {
  const lines = doc.nodeLines ?? doc.nodes.map(startLine);
  return doc.nodes.slice(firstIndexAbove(lines, scenario.line), firstIndexAbove(lines, scenario.endLine)).filter((n) => n.type !== "root");
}
function quote(text, max = 60) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
}
function codeTexts(doc) {
  const out = [];
  for (const block of codeBlocks(doc)) block.value.split("\n").forEach((text, i) => out.push({ line: block.firstLine + i, text }));
  for (const node2 of doc.nodes) if (node2.type === "inlineCode" && node2.position) out.push({ line: node2.position.start.line, text: node2.value });
  return out;
}
function codeBlocks(doc) {
  const out = [];
  for (const node2 of doc.nodes) {
    if (node2.type !== "code" || !node2.position) continue;
    const fenceLine = node2.position.start.line;
    const fenced = /^\s*(```|~~~)/.test(doc.lines[fenceLine - 1] ?? "");
    out.push({ lang: (node2.lang ?? "").toLowerCase(), value: node2.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine });
  }
  return out;
}

// src/lint/rules/secrets.ts
var TOKEN_FORMATS = [
  ["private key", /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?PRIVATE KEY(?: BLOCK)?-----/],
  ["AWS access key id", /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/],
  ["GitHub token", /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/],
  ["GitLab token", /\bglpat-[A-Za-z0-9_-]{20,}\b/],
  ["Stripe live key", /\b(?:sk|rk)_live_[0-9A-Za-z]{10,}\b/],
  ["Slack token", /\bxox[abprs]-[0-9A-Za-z-]{10,}\b/],
  ["Google API key", /\bAIza[0-9A-Za-z_-]{35}\b/],
  ["OpenAI or Anthropic key", /\bsk-(?:proj-|ant-(?:api\d\d-)?)?[A-Za-z0-9_-]{32,}\b/],
  ["SendGrid key", /\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}\b/],
  ["npm token", /\bnpm_[A-Za-z0-9]{36}\b/],
  ["Twilio key", /\bSK[0-9a-f]{32}\b/],
  // Starts only where a run of token characters starts: from every `eyJ` inside `eyJ-eyJ-…` it rescanned the run.
  ["JSON web token", /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/],
  ["Slack webhook URL", /\bhooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/]
];
var FILLER = /x{6,}|X{6,}|\*{4,}|0{10,}|placeholder|redacted/i;
var ASSIGNMENT = /(?:^|[\s"'{,(-])(?:[A-Za-z_]*(?:password|passwd|pwd|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|client[_-]?secret|auth[_-]?key))["']?\s*(?:=|:(?!\/\/)|\s(?=["']))\s*(["']?)([^\s"'`,;)}]+)\1/gi;
var MYSQL_CLIENT = /\bmysql(?:dump|admin|import)?\b/g;
var GLUED_PASSWORD = /(?=\s-p(?!\s)(\S+))/g;
var CLIENT_PASSWORD_FLAGS = [
  [/\b(?:redis-cli|valkey-cli)\b/g, /(?=\s(?:-a|--pass)\s+(["']?)([^\s"']+)\1)/g],
  [/\bcurl\b/g, /(?=\s(?:-u|--user)\s+(["']?)[^\s:"']+:([^\s"']+)\1)/g]
];
var DOT_STOPS = /[\n\r\u2028\u2029]/g;
var CREDENTIAL_FLAG = /(?:^|\s)--(?:password|passwd|pass|token|api-?key|secret|client-secret|auth-token|access-key)(?:=|\s+)(["']?)([^\s"'`;|&)]+)\1/gi;
function lastFlagAfter(line, client, flag) {
  const flags = [...line.matchAll(flag)].map((m) => ({ at: m.index, value: m[2] ?? m[1] }));
  if (flags.length === 0) return void 0;
  const stops = [...line.matchAll(DOT_STOPS)].map((m) => m.index);
  let stop = 0;
  let last = -1;
  for (const word of line.matchAll(client)) {
    const end = word.index + word[0].length;
    while (stop < stops.length && stops[stop] < end) stop++;
    const limit = stops[stop] ?? line.length;
    while (last + 1 < flags.length && flags[last + 1].at <= limit) last++;
    if (last >= 0 && flags[last].at >= end) return { at: word.index, value: flags[last].value };
  }
  return void 0;
}
function clientPassword(line) {
  const found = CLIENT_PASSWORD_FLAGS.map(([client, flag]) => lastFlagAfter(line, client, flag)).filter((f) => f !== void 0);
  return found.sort((a, b) => a.at - b.at)[0]?.value;
}
var BEARER = /\bBearer\s+([A-Za-z0-9._~+/-]{20,}=*)/;
var CREDENTIAL_WORD = /\b(?:password|passwd|passphrase|secret|token|api[ _-]?key|access[ _-]?key|private[ _-]?key|client[ _-]?secret)/gi;
function namesASecret(value2) {
  return isPlaceholder(value2) || /^[A-Z][A-Z0-9_]*$/.test(value2) || value2.includes("/") || value2.length < 6;
}
var SECRET_STORES = /^(?:1password|bitwarden|lastpass|keepass(?:xc)?|vault|keychain|doppler|infisical|onepassword)$/i;
function looksLikeSecretValue(raw) {
  const value2 = stripTrailing(raw, ".,;:!?)]") || raw;
  if (value2.length < 6 || namesASecret(value2) || SECRET_STORES.test(value2) || /^\d{4}-\d{2}-\d{2}/.test(value2) || /^v?\d+(?:\.\d+)+$/.test(value2)) return false;
  return /\d/.test(value2) && /[A-Za-z]/.test(value2);
}
function codeSpanSecret(value2) {
  return looksLikeSecretValue(value2) || value2.length >= 6 && /[^A-Za-z]/.test(value2) && !namesASecret(value2) && !/^[a-z]+(?:[-_.][a-z]+)*$/.test(value2);
}
var CREDENTIAL_WORD_BARE = /\b(?:password|passwd|passphrase|pwd|secret|token|api[ _-]?key)/gi;
var BARE_VALUE_EXCLUDED = "`'\",;()<>[]";
function labelValueStart(line, from) {
  let i = skipWhiteSpace(line, skipRun(line, from, "*"));
  const rest = line.slice(i, i + 3).toLowerCase();
  if (rest.startsWith("was")) i += 3;
  else if (rest.startsWith("is")) i += 2;
  else if (line[i] === "=" || line[i] === ":") i += 1;
  i = skipWhiteSpace(line, skipRun(line, i, "*"));
  if (line[i] === ":") i = skipWhiteSpace(line, i + 1);
  return i;
}
function codeSpanValues(line) {
  return labelledValues(line, CREDENTIAL_WORD, (i) => {
    if (line[i] !== "`") return void 0;
    let end = i + 1;
    while (end < line.length && line[end] !== "`" && !isWhiteSpace(line[end])) end++;
    return end > i + 1 && line[end] === "`" ? { value: line.slice(i + 1, end), end: end + 1 } : void 0;
  });
}
function bareValues(line) {
  return labelledValues(line, CREDENTIAL_WORD_BARE, (i) => {
    let end = i;
    while (end < line.length && !isWhiteSpace(line[end]) && !BARE_VALUE_EXCLUDED.includes(line[end])) end++;
    return end > i ? { value: line.slice(i, end), end } : void 0;
  });
}
function labelledValues(line, words, valueAt) {
  const out = [];
  const re = new RegExp(words.source, words.flags);
  for (let m = re.exec(line); m; m = re.exec(line)) {
    const found = valueAt(labelValueStart(line, m.index + m[0].length));
    if (!found) continue;
    out.push({ start: m.index, end: found.end, value: found.value });
    re.lastIndex = found.end;
  }
  return out;
}
function secretKindsInText(line) {
  const kinds = [];
  for (const [kind, pattern] of TOKEN_FORMATS) {
    const hits = line.match(new RegExp(pattern.source, `${pattern.flags}g`)) ?? [];
    if (hits.some((hit) => !FILLER.test(hit))) kinds.push(kind);
  }
  const prose = codeSpanValues(line).some((v) => codeSpanSecret(v.value)) || bareValues(line).some((v) => looksLikeSecretValue(v.value));
  if (prose) kinds.push("credential in the text");
  for (const url of urlsIn(line)) {
    if (url.password && !isPlaceholder(safeDecode(url.password))) kinds.push(`password in a ${url.protocol.replace(/:$/, "")}:// URL`);
  }
  return kinds;
}
function secretKindsInCode(line) {
  const kinds = [];
  for (const m of line.matchAll(ASSIGNMENT)) {
    const value2 = m[2];
    if (/^[?+]/.test(value2)) continue;
    if (value2.length >= 4 && !isPlaceholder(value2) && !value2.includes("://")) kinds.push("credential assignment");
  }
  const glued = lastFlagAfter(line, MYSQL_CLIENT, GLUED_PASSWORD);
  if (glued && !isPlaceholder(glued.value)) kinds.push("MySQL password on the command line");
  for (const m of line.matchAll(CREDENTIAL_FLAG)) {
    if (m[1] === "" && m[2].length >= 4 && !isPlaceholder(m[2])) kinds.push("credential on the command line");
  }
  const clientValue = clientPassword(line);
  if (clientValue && !isPlaceholder(clientValue)) kinds.push("password on the command line");
  const bearer = BEARER.exec(line);
  if (bearer && !FILLER.test(bearer[1])) kinds.push("bearer token");
  return [...new Set(kinds)];
}
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
var URL_PASSWORD = new RegExp(String.raw`${SCHEME_RUN_START}([a-z][a-z0-9+.-]*:\/\/[^\s:@/]*:)[^\s/]*@`, "gi");
function redactSecrets(text) {
  let out = text;
  for (const [, pattern] of TOKEN_FORMATS) out = out.replace(new RegExp(pattern.source, `${pattern.flags}g`), "[redacted]");
  out = out.replace(URL_PASSWORD, "$<lead>$2[redacted]@");
  out = maskValues(out, codeSpanValues(out), codeSpanSecret);
  return maskValues(out, bareValues(out), looksLikeSecretValue);
}
function maskValues(text, found, isSecret) {
  let out = "";
  let at = 0;
  for (const f of found) {
    if (!isSecret(f.value)) continue;
    out += text.slice(at, f.start) + text.slice(f.start, f.end).replace(f.value, "[redacted]");
    at = f.end;
  }
  return out + text.slice(at);
}
var CREDENTIAL_HEADER = /\b(?:passwords?|passwd|passphrase|secrets?|tokens?|api[ _-]?keys?|credentials?)\b/i;
var TABLE_ROW = /^\s*\|.*\|\s*$/;
var DELIMITER_CELL = /^:?-{3,}:?$/;
function isTableDelimiter(line) {
  let row = line.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  return row.split("|").every((cell) => DELIMITER_CELL.test(cell.trim()));
}
function cellsOf(row) {
  return row.trim().replace(/^\||\|$/g, "").split("|").map((c) => c.trim().replace(/^`|`$/g, ""));
}
function credentialTableRows(doc) {
  const inCode = /* @__PURE__ */ new Set();
  for (const block of codeBlocks(doc)) {
    const lastLine = block.firstLine + block.value.split("\n").length;
    for (let l = block.fenceLine; l <= lastLine; l++) inCode.add(l);
  }
  const out = [];
  for (let i = 0; i + 1 < doc.lines.length; i++) {
    if (inCode.has(i + 1) || !TABLE_ROW.test(doc.lines[i]) || !isTableDelimiter(doc.lines[i + 1])) continue;
    const columns = cellsOf(doc.lines[i]).flatMap((cell, c) => CREDENTIAL_HEADER.test(cell) ? [c] : []);
    let r = i + 2;
    for (; r < doc.lines.length && TABLE_ROW.test(doc.lines[r]); r++) {
      const cells = cellsOf(doc.lines[r]);
      if (columns.some((c) => cells[c] !== void 0 && !/\s/.test(cells[c]) && looksLikeSecretValue(cells[c]))) out.push(r + 1);
    }
    i = r - 1;
  }
  return out;
}
var hardcodedSecret = {
  id: "hardcoded-secret",
  severity: "error",
  description: "A password, token, key or credentialed connection string written into the plan.",
  hint: "Rotate the credential now, then reference it by name: `$DATABASE_URL`, or where it lives in the vault.",
  run(doc) {
    const kindsByLine = /* @__PURE__ */ new Map();
    const add = (line, kinds) => {
      if (!kinds.length) return;
      const set = kindsByLine.get(line) ?? /* @__PURE__ */ new Set();
      for (const k of kinds) set.add(k);
      kindsByLine.set(line, set);
    };
    doc.lines.forEach((line, index2) => add(index2 + 1, secretKindsInText(line)));
    for (const code of codeTexts(doc)) add(code.line, secretKindsInCode(code.text));
    for (const line of credentialTableRows(doc)) add(line, ["credential in a table"]);
    return [...kindsByLine].sort(([a], [b]) => a - b).map(([line, kinds]) => ({ line, message: `Line ${line} holds a hard-coded secret (${[...kinds].join(", ")}); the value is not shown here.` }));
  }
};

// src/lint/markdownlint.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var import_yaml2 = __toESM(require_dist(), 1);
var CONFIG_FILES = [".markdownlint.jsonc", ".markdownlint.json", ".markdownlint.yaml", ".markdownlint.yml", ".markdownlintrc"];
var CLI2_FILES = [".markdownlint-cli2.jsonc", ".markdownlint-cli2.yaml"];
var DEFAULT_CONFIG = { default: true, MD013: false, MD060: false, MD024: { siblings_only: true }, MD025: { front_matter_title: "" } };
function parseJsoncStrict(text) {
  const errors = [];
  const value2 = parse(text, errors, { allowTrailingComma: true });
  if (errors.length) throw new Error(`invalid JSON at offset ${errors[0].offset}`);
  return value2;
}
function parseConfigText(text, yamlFirst) {
  const parsers = yamlFirst ? [(t) => (0, import_yaml2.parse)(t), parseJsoncStrict] : [parseJsoncStrict, (t) => (0, import_yaml2.parse)(t)];
  let firstError;
  for (const parse3 of parsers) {
    try {
      const value2 = parse3(text);
      if (value2 && typeof value2 === "object" && !Array.isArray(value2)) return value2;
      firstError ??= new Error("not a mapping of rule settings");
    } catch (error) {
      firstError ??= error;
    }
  }
  throw new Error(firstLine(firstError));
}
function firstLine(error) {
  const first = (error instanceof Error ? error.message : String(error)).split(/\r?\n/)[0];
  return first.endsWith(":") ? first.slice(0, -1).trimEnd() : first;
}
var MAX_EXTENDS = 8;
function readConfined(root, file, settings, depth) {
  const { extends: parent, ...own3 } = settings;
  if (parent === void 0 || parent === null) return own3;
  if (typeof parent !== "string") throw new Error("`extends` must be a path");
  if (depth >= MAX_EXTENDS) throw new Error(`\`extends\` nests deeper than ${MAX_EXTENDS} files`);
  if (path.isAbsolute(parent) || parent.startsWith("~") || !/^\.\.?[\\/]/.test(parent)) {
    throw new Error(`\`extends: ${parent}\` is not a relative path inside the repository; not followed`);
  }
  const target = path.resolve(path.dirname(file), parent);
  const read = readFileInside(root, target);
  if (!read.ok) throw new Error(`\`extends: ${parent}\` ${read.reason === "not found" ? "not found" : read.reason.replace("a symbolic link that leaves", "leaves")}${isInside(path.resolve(root), target) ? "" : " (outside the repository)"}; not followed`);
  const extended = readConfined(root, target, parseConfigText(read.text, /\.ya?ml$/i.test(target)), depth + 1);
  return { ...extended, ...own3 };
}
async function repositoryMarkdownlintConfig(root, planPath, warn) {
  const rootDir = path.resolve(root);
  const fallBack = (file, what, why) => {
    warn(`${path.relative(rootDir, file)}: ${what} not used (${why}); using Paramedic's defaults`);
    return { config: DEFAULT_CONFIG };
  };
  for (let dir = path.resolve(root, path.dirname(planPath)); ; dir = path.dirname(dir)) {
    for (const name of [...CONFIG_FILES, ...CLI2_FILES]) {
      const file = path.join(dir, name);
      if (!entryExists(file)) continue;
      const cli2 = CLI2_FILES.includes(name);
      const what = cli2 ? "markdownlint-cli2 config" : "markdownlint config";
      const read = readFileInside(rootDir, file);
      if (!read.ok) return fallBack(file, what, read.reason);
      try {
        const settings = parseConfigText(read.text, /\.ya?ml$/.test(name));
        if (cli2) {
          const inner = settings.config;
          if (!inner || typeof inner !== "object" || Array.isArray(inner)) continue;
          return { config: readConfined(rootDir, file, inner, 0), from: path.relative(rootDir, file) };
        }
        return { config: readConfined(rootDir, file, settings, 0), from: path.relative(rootDir, file) };
      } catch (error) {
        return fallBack(file, what, firstLine(error));
      }
    }
    if (dir === rootDir || path.dirname(dir) === dir) break;
  }
  return { config: DEFAULT_CONFIG };
}
var HTML_ELEMENTS = new Set(
  "a abbr address area article aside audio b bdi bdo big blink blockquote body br button canvas caption center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins kbd label legend li link main map mark marquee menu meta meter nav nobr noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script search section select slot small source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time title tr track tt u ul var video wbr".split(" ")
);
function isPlaceholderElement(error) {
  if (error.ruleNames[0] !== "MD033") return false;
  const element = /Element: ([^\s]+)/.exec(error.errorDetail ?? "")?.[1];
  return element !== void 0 && (!HTML_ELEMENTS.has(element.toLowerCase()) || /^[A-Z][A-Z0-9_-]+$/.test(element));
}
var WORKER_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), "markdownlint-worker.js");
function lintInWorker(text, planPath, config) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: { text, planPath, config }, env: {} });
    worker.once("message", (errors) => resolve(errors));
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`markdownlint worker exited with code ${code}`)));
  });
}
async function lintErrors(text, planPath, config) {
  if (existsSync(WORKER_FILE)) {
    try {
      return await lintInWorker(text, planPath, config);
    } catch {
    }
  }
  const { lint } = await import("./chunk-MPYHNRMZ.js");
  return (await lint({ strings: { [planPath]: text }, config }))[planPath] ?? [];
}
async function markdownlintHits(text, planPath, context) {
  const { config } = await repositoryMarkdownlintConfig(context.root, planPath, context.warn);
  return (await lintErrors(text, planPath, config)).filter((e) => !isPlaceholderElement(e)).map((e) => ({
    line: e.lineNumber,
    rule: `markdownlint/${e.ruleNames[0]}`,
    message: `${e.ruleNames[0]}/${e.ruleNames[1] ?? ""}: ${e.ruleDescription}${e.errorDetail ? ` (${e.errorDetail})` : ""}`,
    hint: e.ruleInformation ? `See ${e.ruleInformation}` : "Fix the Markdown as markdownlint suggests."
  }));
}
var markdownlintRule = {
  id: "markdownlint",
  severity: "notice",
  description: "markdownlint over the whole plan (as `markdownlint/MDxxx`), with the repository's own markdownlint config when it has one.",
  hint: "Fix the Markdown as markdownlint suggests.",
  run: (doc, context) => markdownlintHits(doc.plan.text, doc.plan.path, context)
};

// src/lint/rule.ts
function toFinding(rule, hit, path6) {
  return {
    rule: hit.rule ?? rule.id,
    severity: hit.severity ?? rule.severity,
    path: path6,
    line: hit.line,
    message: hit.message,
    hint: hit.hint ?? rule.hint
  };
}

// src/lint/rules/hosts.ts
import { isIPv4 } from "node:net";
var IPV4_CANDIDATE = /(?<![\w.])\d{1,3}(?:\.\d{1,3}){3}(?!\w|\.\w|\/\d)/g;
function isHarmlessAddress(ip) {
  return /^(?:127\.|0\.0\.0\.0$|255\.255\.255\.255$|169\.254\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|(?:8\.8\.8\.8|8\.8\.4\.4|1\.1\.1\.1|1\.0\.0\.1|9\.9\.9\.9|208\.67\.222\.222|208\.67\.220\.220)$)/.test(ip);
}
var PLACEHOLDER_LABEL = /^(?:x{3,}|your[-_].*|my[-_].*|placeholder|changeme|domain|company)$/i;
function isHardcodedHostName(host) {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  if (!h || isPlaceholder(h) || !h.includes(".") || isIPv4(h) || h.split(".").some((label) => PLACEHOLDER_LABEL.test(label))) return false;
  if (/(?:^|\.)(?:localhost|local|svc|cluster\.local|test|example|invalid|docker\.internal)$/.test(h)) return false;
  return !/(?:^|\.)example\.(?:com|org|net)$/.test(h);
}
var HOSTNAME_CANDIDATE = /(?<![\w.@/:$-])((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.){2,}[a-z]{2,})(?![\w-]|\.\w|\s*\()/gi;
var SERVER_WORDS = /* @__PURE__ */ new Set(["db", "database", "pg", "postgres", "postgresql", "psql", "mysql", "mariadb", "redis", "valkey", "cache", "memcache", "memcached", "mongo", "mongodb", "primary", "replica", "master", "slave", "standby", "bastion", "jump", "jumpbox", "jumphost", "node", "srv", "server", "host", "cluster", "prod", "production", "staging", "stg", "internal", "rds", "aurora", "elastic", "elasticsearch", "es", "kafka", "broker", "rabbit", "rabbitmq", "mq", "queue", "worker", "vm", "ec2", "sql", "writer", "reader", "backup", "nfs"]);
var FILE_EXTENSION_TLD = /^(?:sql|gz|tgz|tar|zip|bz2|xz|yml|yaml|json|conf|cfg|log|txt|md|sh|py|rb|js|ts|env|bak|dump|rdb|aof|tf|tfvars|tfstate|pem|key|crt|csv|xml|ini|toml|lock|service|html|pid|sock|old|tmp)$/i;
function serverHostNamesIn(line) {
  const text = line.replace(/\bhttps?:\/\/\S+/gi, " ");
  const out = [];
  for (const m of text.matchAll(HOSTNAME_CANDIDATE)) {
    const host = m[1];
    const labels = host.split(".");
    if (FILE_EXTENSION_TLD.test(labels[labels.length - 1]) || /[a-z][A-Z]/.test(host) || !isHardcodedHostName(host)) continue;
    const withPort = /^:\d{2,5}\b/.test(text.slice(m.index + host.length));
    if (withPort || labels[0].toLowerCase().split(/[-\d]+/).some((word) => SERVER_WORDS.has(word))) out.push(host);
  }
  return out;
}
var BUCKET_SCHEMES = /* @__PURE__ */ new Set(["s3", "s3a", "s3n", "gs", "gcs", "az", "azure", "wasb", "wasbs", "abfs", "abfss", "r2", "oss", "cos", "b2", "swift"]);
function connectionSchemes(catalog) {
  const schemes = /* @__PURE__ */ new Set(["jdbc"]);
  for (const rule of catalog.rules) for (const p of rule.signals.urlSchemes ?? []) schemes.add(p.name.split("+")[0].toLowerCase());
  for (const bucket of BUCKET_SCHEMES) schemes.delete(bucket);
  return schemes;
}
var HOST_FLAG_CLIENTS = /\b(?:psql|pg_dump|pg_dumpall|pg_restore|pg_basebackup|pg_isready|mysql|mysqldump|mysqladmin|mariadb|redis-cli|valkey-cli|mongo|mongosh|mongodump|mongorestore|clickhouse-client|cqlsh)\b/;
var HOST_FLAG = /(?:^|\s)(?:--host(?:=|\s+)|-h\s*)(["']?)([^\s"';|&)]+)\1/g;
var REMOTE_LOGIN = /\b(?:ssh|scp|sftp|rsync|mosh)\b[^|;&]*?\s(?:[\w.-]+@)([A-Za-z0-9.-]+)(?=[\s:"']|$)/g;
var MAX_REMOTE_LOGIN_LINE = 4e3;
var LIBPQ_HOST = /(?:^|["'\s])host=([^\s"';|&)]+)/g;
var LIBPQ_OTHER_KEYWORD = /(?:^|["'\s])(?:port|dbname|user|sslmode)=/;
var hardcodedHost = {
  id: "hardcoded-host",
  severity: "warning",
  description: "An IP address or server host name written where an environment variable or the vault belongs.",
  hint: "Use the variable the app reads (`$DATABASE_URL`, `$REDIS_HOST`) or say where the endpoint is kept; hosts change during a recovery.",
  run(doc, context) {
    const schemes = connectionSchemes(context.catalog);
    const found = /* @__PURE__ */ new Map();
    const add = (line, what) => {
      const set = found.get(line) ?? /* @__PURE__ */ new Set();
      const host = what.split(" ")[1];
      if ([...set].some((w) => w.split(" ")[1] === host)) return;
      set.add(what);
      found.set(line, set);
    };
    doc.lines.forEach((text, index2) => {
      for (const m of text.matchAll(IPV4_CANDIDATE)) if (isIPv4(m[0]) && !isHarmlessAddress(m[0])) add(index2 + 1, `IP address ${m[0]}`);
      for (const host of serverHostNamesIn(text)) add(index2 + 1, `host ${host}`);
      for (const url of urlsIn(text)) {
        const scheme = url.protocol.replace(/:$/, "").split("+")[0].toLowerCase();
        if (schemes.has(scheme) && isHardcodedHostName(url.hostname)) add(index2 + 1, `host ${url.hostname} in a ${scheme}:// URL`);
      }
    });
    for (const code of codeTexts(doc)) {
      if (code.text.length <= MAX_REMOTE_LOGIN_LINE) {
        for (const m of code.text.matchAll(REMOTE_LOGIN)) if (isHardcodedHostName(m[1])) add(code.line, `host ${m[1]}`);
      }
      if (LIBPQ_OTHER_KEYWORD.test(code.text)) {
        for (const m of code.text.matchAll(LIBPQ_HOST)) if (isHardcodedHostName(m[1])) add(code.line, `host ${m[1]}`);
      }
      if (!HOST_FLAG_CLIENTS.test(code.text)) continue;
      for (const m of code.text.matchAll(HOST_FLAG)) if (isHardcodedHostName(m[2])) add(code.line, `host ${m[2]}`);
    }
    return [...found].sort(([a], [b]) => a - b).map(([line, what]) => ({ line, message: `Hard-coded ${[...what].join(", ")}.` }));
  }
};

// src/lint/rules/impact.ts
var IMPACT_LABEL = /^\W*(?:(?:business|user|customer|service) )?(?:impacts?|symptoms?|consequences?|effects?|affected (?:services|users|systems|components)|blast radius|impacto|auswirkungen?|conséquences?|sintomas|s[ií]ntomas|sympt[oô]mes|symptome|etki(?:si|ler)?|belirtiler)(?![\p{L}])/iu;
var missingImpact = {
  id: "missing-impact",
  severity: "warning",
  description: "A scenario that never says what the failure does to users (no Impact).",
  hint: 'Add "**Impact**:" with what users see and which flows stop, so responders can judge severity.',
  run(doc) {
    return doc.plan.scenarios.filter((s) => {
      if (/\bimpact\b/i.test(s.heading)) return false;
      const labelled = (n) => (n.type === "paragraph" || n.type === "heading") && toString(n).split("\n").some((line) => IMPACT_LABEL.test(line));
      if (scenarioNodes(doc, s).some(labelled)) return false;
      return !doc.lines.slice(s.line, s.endLine).some((line) => /^\s*\|/.test(line) && IMPACT_LABEL.test(line.replace(/^\s*\|\s*/, "").replace(/\*\*/g, "")));
    }).map((s) => ({ line: s.line, message: `Scenario "${s.title}" does not state its impact.` }));
  }
};

// src/lint/rules/orphans.ts
var INCLUDES = { supabase: ["postgresql"] };
var orphanScenario = {
  id: "orphan-scenario",
  severity: "warning",
  description: "A scenario about services the code no longer depends on.",
  hint: "Delete the scenario if the service is gone; if it is still used, add a rule or signal so Paramedic can see it.",
  needsDependencies: true,
  run(doc, context) {
    const names = new Map(context.catalog.rules.map((r) => [r.id, r.name]));
    const present = /* @__PURE__ */ new Set([...context.dependencyIds, ...[...context.dependencyIds].flatMap((id) => INCLUDES[id] ?? [])]);
    const hits = [];
    for (const scenario of doc.plan.scenarios) {
      const covers = context.scenarioCovers.get(scenario.title) ?? [];
      if (covers.length === 0 || covers.some((id) => present.has(id))) continue;
      const gone = covers.map((id) => names.get(id) ?? id).join(", ");
      hits.push({ line: scenario.line, message: `Scenario "${scenario.title}" is about ${gone}, which the code no longer uses.` });
    }
    return hits;
  }
};
var unknownMarker = {
  id: "unknown-marker",
  severity: "warning",
  description: "A `<!-- paramedic: covers ... -->` marker naming an id the catalog does not have.",
  hint: "Use a dependency id as `paramedic check` prints it (postgresql, redis, stripe...).",
  run(doc, context) {
    const known = new Set(context.catalog.rules.map((r) => r.id));
    return doc.plan.markers.flatMap(
      (marker) => marker.ids.filter((id) => !known.has(id)).map((id) => ({ line: marker.line, message: `The covers marker names "${id}", which is not a dependency id.` }))
    );
  }
};
var draftPending = {
  id: "draft-pending",
  severity: "notice",
  description: "A drafted scenario whose review marker is still present; it does not count as coverage yet.",
  hint: "Fill in the stub with your real commands and names, then delete its `<!-- paramedic:draft -->` line.",
  run(doc) {
    return doc.plan.scenarios.filter((s) => s.draft).map((s) => ({ line: s.line, message: `Scenario "${s.title}" is a draft awaiting review.` }));
  }
};

// src/lint/rules/scripts.ts
import path2 from "node:path";
var COMMAND_LANGS = /* @__PURE__ */ new Set(["", "sh", "bash", "shell", "zsh", "console", "shell-session", "powershell", "ps1", "pwsh", "bat", "cmd", "text"]);
var FILE_EXTENSIONS = /\.(?:sh|bash|zsh|py|rb|js|mjs|cjs|ts|ps1|sql|pl|php|go|ya?ml|json|tf|toml|conf|env)$/i;
var NOT_A_PATH = /[$<>*{}%:@~=?"'`|;&()[\]\\]/;
var CREATES_FILES = /^(?:mkdir|touch|cd|cp|mv|rm|tee|wget|curl|scp|rsync|tar|unzip|gunzip|ln)$/;
var OUTPUT_FLAGS = /^(?:-o|--output|--out|-O|--outfile|--output-file|--output-dir|--out-dir|--backup-dir|--target-dir|--destination|--dest|--rdb|--archive|--result-file|>|>>|2>|&>)$/;
var COPY_COMMANDS = /^(?:docker (?:compose )?cp|docker-compose cp|kubectl cp|aws s3 (?:cp|mv|sync)|gsutil (?:-m )?(?:cp|mv|rsync)|gcloud storage (?:cp|mv|rsync)|rclone (?:copy|sync))\b/;
var DUMP_COMMANDS = /^(?:pg_dump|pg_dumpall|pg_basebackup|mysqldump|mariadb-dump|mongodump)$/;
var INTERPRETERS = /^(?:bash|sh|zsh|python3?|node|ruby|perl|pwsh|powershell|deno|bun|tsx|ts-node)$/;
var RUNNABLE_NAME = /^[\w.-]+\.(?:sh|bash|py|rb|js|mjs|cjs|ts|ps1|pl)$/i;
var NAMED_FILE = /^[\w.-]+\.(?:sh|bash|py|rb|js|mjs|cjs|ts|ps1|pl|tf)$/i;
var VENDOR_TOOL = /^(?:kafka|zookeeper|connect|kraft|ksql|schema-registry|catalina|elasticsearch|opensearch|hadoop|hbase|spark|flink|cassandra|nodetool)\b/i;
function bareScriptRun(line) {
  const words = line.trim().replace(/^\$\s+/, "").split(/\s+/);
  let i = words[0] === "sudo" ? 1 : 0;
  if (!INTERPRETERS.test(words[i] ?? "")) return void 0;
  i++;
  while (i < words.length && words[i].startsWith("-")) i++;
  const word = unquoted(words[i] ?? "");
  return RUNNABLE_NAME.test(word) && !VENDOR_TOOL.test(word) ? word : void 0;
}
function unquoted(word) {
  return stripTrailing(/^["'`]/.test(word) ? word.slice(1) : word, "\"'`.,;:)");
}
function namedFile(span) {
  const word = span.trim();
  return NAMED_FILE.test(word) && !VENDOR_TOOL.test(word) ? word : void 0;
}
function repositoryPathIn(word) {
  const w = unquoted(word);
  if (!w || w.startsWith("-") || w.startsWith("/") || w.endsWith("/") || w.includes("://") || NOT_A_PATH.test(w)) return void 0;
  if (/^\.\.?\/./.test(w)) return w;
  return w.includes("/") && FILE_EXTENSIONS.test(w) ? w : void 0;
}
function writtenPaths(line) {
  if (line.trim().startsWith("#")) return [];
  const words = line.trim().replace(/^\$\s+/, "").split(/\s+/);
  const out = [];
  const dumps = DUMP_COMMANDS.test(words[0] === "sudo" ? words[1] ?? "" : words[0] ?? "");
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    const eq = word.indexOf("=");
    if (OUTPUT_FLAGS.test(words[i - 1]) || dumps && (words[i - 1] === "-f" || words[i - 1] === "--file")) out.push(word);
    else if (dumps && word.startsWith("--file=")) out.push(word.slice("--file=".length));
    else if (/^\d?>+/.test(word) && word.replace(/^\d?>+/, "")) out.push(word.replace(/^\d?>+/, ""));
    else if (word.startsWith("-") && eq !== -1 && OUTPUT_FLAGS.test(word.slice(0, eq))) out.push(word.slice(eq + 1));
  }
  if (COPY_COMMANDS.test(words.join(" ")) && words.length > 2) out.push(words[words.length - 1]);
  return out.map(bareWord).filter(Boolean);
}
function bareWord(word) {
  return stripTrailing(/^["'`]/.test(word) ? word.slice(1) : word, "\"'`.,;:)");
}
function referencedPaths(line) {
  if (line.trim().startsWith("#")) return [];
  const words = line.trim().replace(/^\$\s+/, "").split(/\s+/);
  if (CREATES_FILES.test(words[0] ?? "") || words[0] === "sudo" && CREATES_FILES.test(words[1] ?? "")) return [];
  const out = [];
  const dumps = DUMP_COMMANDS.test(words[0] === "sudo" ? words[1] ?? "" : words[0] ?? "");
  const written = new Set(writtenPaths(line));
  for (let i = 0; i < words.length; i++) {
    if (OUTPUT_FLAGS.test(words[i - 1] ?? "") || dumps && words[i - 1] === "-f" || /^\d?>/.test(words[i]) || written.has(bareWord(words[i]))) continue;
    const eq = words[i].indexOf("=");
    if (words[i].startsWith("-") && eq !== -1 && OUTPUT_FLAGS.test(words[i].slice(0, eq))) continue;
    const value2 = words[i].startsWith("-") && words[i].includes("=") ? words[i].slice(words[i].indexOf("=") + 1) : words[i];
    const found = repositoryPathIn(value2);
    if (found) out.push(found);
  }
  return out;
}
function safeDecodeUri(text) {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
function existsInRepository(rel, files, dirs) {
  return files.has(rel) || dirs().has(rel);
}
function directoriesOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const file of files) for (let d = path2.posix.dirname(file); d !== "." && !dirs.has(d); d = path2.posix.dirname(d)) dirs.add(d);
  return dirs;
}
function logicalLines(value2) {
  const lines = value2.split("\n");
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const offset = i;
    let text = lines[i];
    while (/\\\s*$/.test(text) && i + 1 < lines.length) text = `${text.replace(/\\\s*$/, "")} ${lines[++i].trim()}`;
    out.push({ text, offset });
  }
  return out;
}
var missingScript = {
  id: "missing-script",
  severity: "error",
  description: "A script or file the plan tells people to run that does not exist in the repository.",
  hint: "Commit the script, fix the path, or write its commands into the step; in an outage nobody can run a file that is not there.",
  run(doc, context) {
    const planDir = path2.posix.dirname(doc.plan.path);
    let dirs;
    const allDirs = () => dirs ??= directoriesOf(context.repoFiles);
    const hits = [];
    const seen = /* @__PURE__ */ new Set();
    const written = /* @__PURE__ */ new Set();
    for (const block of codeBlocks(doc)) {
      if (COMMAND_LANGS.has(block.lang)) for (const { text } of logicalLines(block.value)) for (const w of writtenPaths(text)) written.add(path2.posix.normalize(w));
    }
    let names;
    const allNames = () => names ??= new Set([...context.repoFiles].map((f) => path2.posix.basename(f)));
    const check = (line, ref, fromPlanDir, cwd) => {
      const fromRoot = path2.posix.normalize(ref);
      if (!fromPlanDir && written.has(fromRoot)) return;
      const candidates = fromPlanDir ? [path2.posix.join(planDir, ref)] : [fromRoot, path2.posix.join(planDir, ref), ...cwd ? [path2.posix.join(cwd, ref)] : []];
      if (candidates.some((c) => c.startsWith("..") || existsInRepository(c, context.repoFiles, allDirs))) return;
      if (!fromPlanDir && /^\.\/[^/]+$/.test(ref) && allNames().has(ref.slice(2))) return;
      const key = `${line}\0${ref}`;
      if (seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${ref} is referenced but does not exist in the repository.` });
    };
    const checkName = (line, name) => {
      const key = `${line}\0${name}`;
      if (allNames().has(name) || seen.has(key)) return;
      seen.add(key);
      hits.push({ line, message: `${name} is referenced but no file of that name exists in the repository.` });
    };
    for (const node2 of doc.nodes) {
      if (node2.type === "link" || node2.type === "definition") {
        const url = node2.url.split(/[?#]/)[0];
        if (url && !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("/") && !url.startsWith("#")) check(startLine(node2), safeDecodeUri(url), true);
      } else if (node2.type === "inlineCode") {
        const ref = repositoryPathIn(node2.value.trim().split(/\s+/)[0] ?? "");
        if (ref) check(startLine(node2), ref, false);
        else for (const r of referencedPaths(node2.value)) check(startLine(node2), r, false);
        const bare2 = namedFile(node2.value) ?? bareScriptRun(node2.value);
        if (bare2) checkName(startLine(node2), bare2);
      }
    }
    for (const block of codeBlocks(doc)) {
      if (!COMMAND_LANGS.has(block.lang)) continue;
      let cwd;
      let lost = false;
      logicalLines(block.value).forEach(({ text, offset: i }) => {
        const cd = /^\s*(?:\$\s+)?cd\s+([^\s;&|]+)\s*(?:$|&&)/.exec(text)?.[1];
        if (cd) {
          if (NOT_A_PATH.test(cd) || cd.startsWith("/")) lost = true;
          else cwd = path2.posix.join(cwd ?? "", cd);
        }
        if (lost) return;
        for (const ref of referencedPaths(text)) check(block.firstLine + i, ref, false, cwd);
        const bare2 = text.trim().startsWith("#") ? void 0 : bareScriptRun(text);
        if (bare2) checkName(block.firstLine + i, bare2);
      });
    }
    return hits;
  }
};

// src/lint/rules/stale.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
var stalePlan = {
  id: "stale-plan",
  severity: "warning",
  description: 'The plan\'s "Last Updated" date is older than `stale-after-days` (default 180).',
  hint: "Walk through every scenario against today's architecture, fix what drifted, then update the date.",
  run(doc, context) {
    const stated = doc.plan.lastUpdated;
    if (!stated) return [];
    const when = Date.parse(stated.date);
    if (Number.isNaN(when)) return [];
    const days = Math.floor((context.now.getTime() - when) / DAY_MS);
    if (days <= context.config.staleAfterDays) return [];
    return [{ line: stated.line, message: `The plan was last updated ${stated.date}, ${days} days ago (limit: ${context.config.staleAfterDays}).` }];
  }
};

// src/lint/rules/steps.ts
var STEP_HEADING = /^(?:step|schritt|paso|passo|étape|etape)\s*\d+|^\d+[.)]\s/i;
function isCommandLine(line) {
  const trimmed = line.trim();
  return trimmed !== "" && !trimmed.startsWith("#") && !/^echo\b/.test(trimmed);
}
function hasExplicitSteps(nodes) {
  if (nodes.some((n) => n.type === "list" && n.ordered && n.children.length >= 2)) return true;
  if (nodes.filter((n) => n.type === "heading" && STEP_HEADING.test(toString(n).trim())).length >= 2) return true;
  return nodes.some((n) => n.type === "code" && n.value.split("\n").filter(isCommandLine).length >= 2);
}
function hasOneNumberedStep(nodes) {
  return nodes.some((n) => n.type === "list" && n.ordered && n.children.length === 1);
}
var missingSteps = {
  id: "missing-steps",
  severity: "warning",
  description: "A scenario without numbered steps, Step N sub-sections or a runnable script.",
  hint: "Write the recovery as a numbered list of steps, each with the exact command or dashboard action.",
  run(doc) {
    return doc.plan.scenarios.filter((s) => !hasExplicitSteps(scenarioNodes(doc, s))).map((s) => ({ line: s.line, message: `Scenario "${s.title}" ${hasOneNumberedStep(scenarioNodes(doc, s)) ? "has only one numbered step" : "has no numbered steps"}.` }));
  }
};
var VAGUE_PHRASES = [
  /\btry (?:to )?(?:restart|reboot|fix|redeploy|again|turning)\w*/i,
  /\bif (?:that|this|it) (?:doesn'?t|does not|didn'?t|fails to|won'?t) (?:work|help)/i,
  /\b(?:message|ping|ask|contact|call|tell|escalate to) (?:devops|ops|it|someone|somebody|anyone|the team|the devs?|an? (?:engineer|admin|expert))\b/i,
  /\b(?:reach out to|notify|inform) (?:devops|ops|someone|somebody|anyone|the team)\b|\blet (?:devops|ops|someone|somebody|the team) know\b/i,
  /\b(?:see|check) (?:if|whether) (?:it|that|this) (?:helps|works|fixes it)\b/i,
  /\b(?:figure out|look into|see what happened|fix (?:it|the (?:issue|problem))|do the needful|somehow|and so on|whatever (?:is|it) takes|wait and see|hope for the best|handle (?:it|accordingly)|do what(?:ever)? is needed)\b/i
];
function ownText(item) {
  return item.children.filter((c) => c.type === "paragraph").map((c) => toString(c)).join(" ");
}
function namesAnAction(n) {
  return n.type === "inlineCode" || n.type === "code" || n.type === "link" || "children" in n && n.children.some((c) => namesAnAction(c));
}
function hasConcreteAction(item) {
  return item.children.some((c) => c.type === "paragraph" && namesAnAction(c));
}
function quoteStep(text) {
  const masked = redactSecrets(text);
  return secretKindsInText(masked).length || secretKindsInCode(masked).length ? "(text withheld: it holds a secret)" : quote(masked);
}
function vagueStepHits(scenario, nodes) {
  const hits = [];
  const inItems = /* @__PURE__ */ new Set();
  for (const list of nodes.filter((n) => n.type === "list")) {
    for (const item of list.children) {
      for (const child of item.children) inItems.add(child);
      const text = ownText(item);
      const vague = VAGUE_PHRASES.find((p) => p.test(text));
      if (!vague || hasConcreteAction(item)) continue;
      hits.push({ line: startLine(item), message: `Step "${quoteStep(text)}" in "${scenario.title}" is vague.` });
    }
  }
  for (const paragraph of nodes.filter((n) => n.type === "paragraph" && !inItems.has(n))) {
    const text = toString(paragraph);
    if (!VAGUE_PHRASES.some((p) => p.test(text)) || namesAnAction(paragraph)) continue;
    hits.push({ line: startLine(paragraph), message: `The instruction "${quoteStep(text)}" in "${scenario.title}" is vague.` });
  }
  return hits.sort((a, b) => a.line - b.line);
}
var vagueSteps = {
  id: "vague-steps",
  severity: "warning",
  description: 'A step that says "try", "if that does not work" or "message someone" instead of what to run.',
  hint: "Name the exact command, dashboard action or person/role, and the condition that moves to the next step.",
  run(doc) {
    return doc.plan.scenarios.flatMap((s) => vagueStepHits(s, scenarioNodes(doc, s)));
  }
};

// src/discover/inventory.ts
import { readFile } from "node:fs/promises";
import path3 from "node:path";
var IDENTIFIER_ATTRIBUTES = ["identifier", "cluster_identifier", "replication_group_id", "cluster_id", "name", "bucket", "domain_name", "cluster_name", "table_name"];
var COMPOSE_INTERPOLATION = /\$\{([A-Za-z_][A-Za-z0-9_]*)/g;
var quiet = () => {
};
async function readInventory(root, files, want = {}, source) {
  const terraform = want.terraform ?? true;
  const inv = {
    composeServices: /* @__PURE__ */ new Map(),
    workloads: /* @__PURE__ */ new Map(),
    workloadKinds: /* @__PURE__ */ new Map(),
    namespaces: /* @__PURE__ */ new Set(),
    labels: /* @__PURE__ */ new Set(),
    terraformAddresses: /* @__PURE__ */ new Set(),
    terraformIdentifiers: /* @__PURE__ */ new Set(),
    envNames: /* @__PURE__ */ new Set(),
    has: { compose: false, kubernetes: false, terraform: false, env: false }
  };
  const jobs = [];
  for (const file of files) {
    const kind = isComposeFile(file) ? "compose" : /\.(tf|tofu)$/.test(file) ? "terraform" : isEnvTemplate(file) ? "env" : isKubernetesCandidate(file) ? "kubernetes" : void 0;
    if (!kind || kind === "terraform" && !terraform) continue;
    const text = source ? source.read(file).then((r) => r.ok ? r.text : Promise.reject(new Error(r.reason))) : readFile(path3.join(root, file), "utf8");
    jobs.push(text.then((t) => addFile(inv, kind, file, t), () => void 0));
  }
  await Promise.all(jobs);
  return inv;
}
async function addFile(inv, kind, file, text) {
  if (kind === "env") {
    for (const { name } of readDotenv(text)) inv.envNames.add(name);
    inv.has.env = true;
  } else if (kind === "compose") addCompose(inv, file, text);
  else if (kind === "kubernetes") addManifests(inv, text);
  else await addTerraform(inv, text);
}
function addCompose(inv, file, text) {
  const { docs } = parseYaml(text, quiet);
  const doc = docs[0];
  if (!doc) return;
  const services = /* @__PURE__ */ new Set();
  for (const [name, service] of mapEntries(mapGet(doc.contents, "services", doc), doc)) {
    services.add(name);
    const env = mapGet(service, "environment", doc);
    for (const [key] of mapEntries(env, doc)) inv.envNames.add(key);
    for (const item of seqItems(env, doc)) inv.envNames.add((scalarText(item, doc) ?? "").split("=")[0].trim());
  }
  for (const m of text.matchAll(COMPOSE_INTERPOLATION)) inv.envNames.add(m[1]);
  inv.composeServices.set(file, services);
  inv.has.compose = true;
  if (services.size) inv.has.env = true;
}
function addManifests(inv, text) {
  if (!text.includes("apiVersion") || !text.includes("kind")) return;
  const { docs } = parseYamlStream(text, quiet);
  for (const doc of docs) {
    const node2 = doc.contents;
    const kind = scalarText(mapGet(node2, "kind", doc), doc);
    const name = scalarText(mapPath(node2, ["metadata", "name"], doc), doc);
    if (!kind || !name) continue;
    inv.has.kubernetes = true;
    const namespace = scalarText(mapPath(node2, ["metadata", "namespace"], doc), doc) ?? "";
    if (kind === "Namespace") inv.namespaces.add(name);
    if (namespace) inv.namespaces.add(namespace);
    const key = `${kind.toLowerCase()}/${name}`;
    inv.workloads.set(key, (inv.workloads.get(key) ?? /* @__PURE__ */ new Set()).add(namespace));
    inv.workloadKinds.set(name, (inv.workloadKinds.get(name) ?? /* @__PURE__ */ new Set()).add(kind));
    for (const labels of [mapPath(node2, ["metadata", "labels"], doc), mapPath(node2, ["spec", "selector", "matchLabels"], doc), mapPath(node2, ["spec", "template", "metadata", "labels"], doc)]) {
      for (const [k, v] of mapEntries(labels, doc)) inv.labels.add(`${k}=${scalarText(v, doc) ?? ""}`);
    }
    for (const path6 of [["spec", "containers"], ["spec", "template", "spec", "containers"]]) {
      for (const container of seqItems(mapPath(node2, path6, doc), doc)) {
        for (const variable of seqItems(mapGet(container, "env", doc), doc)) {
          const env = scalarText(mapGet(variable, "name", doc), doc);
          if (env) {
            inv.envNames.add(env);
            inv.has.env = true;
          }
        }
      }
    }
  }
}
async function addTerraform(inv, text) {
  if (!text.includes("resource") && !text.includes("module")) return;
  let parsed;
  try {
    parsed = await parseHcl(text);
  } catch {
    return;
  }
  if (!parsed.ok) return;
  for (const block of parsed.blocks) {
    if (block.type === "resource" && block.labels.length === 2) {
      inv.terraformAddresses.add(`${block.labels[0]}.${block.labels[1]}`);
      inv.has.terraform = true;
      for (const attribute of IDENTIFIER_ATTRIBUTES) {
        const value2 = block.literals.get(attribute);
        if (value2) inv.terraformIdentifiers.add(value2);
      }
    } else if (block.type === "module" && block.labels.length === 1) {
      inv.terraformAddresses.add(`module.${block.labels[0]}`);
    }
  }
}

// src/lint/rules/unknown-reference.ts
var COMMAND_LANGS2 = /* @__PURE__ */ new Set(["", "sh", "bash", "shell", "zsh", "console", "shell-session"]);
function shellWords(line) {
  const commands = [[]];
  let word = "";
  let quote2 = null;
  const end = () => {
    if (word) commands[commands.length - 1].push(word);
    word = "";
  };
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote2) {
      word += ch;
      if (ch === quote2) quote2 = null;
      else if (ch === "\\" && quote2 === '"' && i + 1 < line.length) word += line[++i];
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote2 = ch;
      word += ch;
    } else if (ch === "\\" && i + 1 < line.length) word += ch + line[++i];
    else if (ch === " " || ch === "	") end();
    else if (ch === "#" && !word) break;
    else if (ch === "|" || ch === ";" || ch === "&" || ch === "$" && line[i + 1] === "(" || ch === ")" || ch === "(" || ch === "<" || ch === ">") {
      end();
      if (ch === "$") i++;
      if (ch === "<" || ch === ">") {
        while (line[i + 1] === ">" || line[i + 1] === "&") i++;
        while (line[i + 1] === " ") i++;
        let j = i + 1;
        while (j < line.length && line[j] !== " ") j++;
        i = j - 1;
        continue;
      }
      commands.push([]);
    } else word += ch;
  }
  end();
  return commands.filter((c) => c.length > 0);
}
var unquote = (word) => word.replace(/^(["'])(.*)\1$/, "$2");
var isLiteral = (word) => !/[$<>{}*`]/.test(unquote(word));
function variablesIn(word) {
  const out = [];
  let single = false;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === "'") single = !single;
    else if (ch === "\\") i++;
    else if (ch === "$" && !single) {
      const m = /^\$(?:\{([A-Za-z_][A-Za-z0-9_]*)|([A-Za-z_][A-Za-z0-9_]*))/.exec(word.slice(i));
      if (m) out.push(m[1] ?? m[2]);
    }
  }
  return out;
}
var WELL_KNOWN = /^(?:HOME|PATH|USER|PWD|SHELL|HOSTNAME|TMPDIR|LANG|EDITOR|KUBECONFIG|AWS_[A-Z_]+|GOOGLE_[A-Z_]+|CLOUDSDK_[A-Z_]+|PG[A-Z]+|REDISCLI_AUTH|MYSQL_PWD|CI|GITHUB_[A-Z_]+|OLDPWD|RANDOM|SECONDS|EPOCHSECONDS|UID|EUID)$/;
var KIND_ALIASES = {
  deploy: "deployment",
  deployment: "deployment",
  deployments: "deployment",
  sts: "statefulset",
  statefulset: "statefulset",
  statefulsets: "statefulset",
  ds: "daemonset",
  daemonset: "daemonset",
  daemonsets: "daemonset",
  rs: "replicaset",
  replicaset: "replicaset",
  job: "job",
  jobs: "job",
  cj: "cronjob",
  cronjob: "cronjob",
  cronjobs: "cronjob",
  svc: "service",
  service: "service",
  services: "service",
  cm: "configmap",
  configmap: "configmap",
  pvc: "persistentvolumeclaim",
  persistentvolumeclaim: "persistentvolumeclaim",
  ing: "ingress",
  ingress: "ingress"
};
var KIND_NAMES = { deployment: "Deployment", statefulset: "StatefulSet", daemonset: "DaemonSet", replicaset: "ReplicaSet", job: "Job", cronjob: "CronJob", service: "Service", configmap: "ConfigMap", persistentvolumeclaim: "PersistentVolumeClaim", ingress: "Ingress" };
var COMPOSE_SERVICE_ARGS = /* @__PURE__ */ new Set(["exec", "run", "logs", "ps", "restart", "stop", "start", "up", "kill", "rm", "pull", "top", "pause", "unpause", "create", "port", "events"]);
var COMPOSE_VALUE_FLAGS = /* @__PURE__ */ new Set(["-e", "--env", "-u", "--user", "-w", "--workdir", "--index", "-t", "--timeout", "--tail", "-n", "--since", "--until", "--scale", "--entrypoint", "--name", "-p", "--publish", "-v", "--volume", "-l", "--label", "--pull"]);
var COMPOSE_GLOBAL_VALUE_FLAGS = /* @__PURE__ */ new Set(["-f", "--file", "-p", "--project-name", "--profile", "--env-file", "--project-directory", "--ansi", "--progress", "--parallel"]);
var COMPOSE_ONE_SERVICE = /* @__PURE__ */ new Set(["exec", "run", "port"]);
var IDENTIFIER_FLAGS = /* @__PURE__ */ new Set([
  "--db-instance-identifier",
  "--source-db-instance-identifier",
  "--db-cluster-identifier",
  "--source-db-cluster-identifier",
  "--replication-group-id",
  "--cache-cluster-id",
  "--table-name",
  "--source-table-name",
  "--bucket",
  "--serverless-cache-name",
  "--domain-name",
  "--cluster-name-filter",
  "--source-identifier"
]);
function checkCompose(inv, c, hits) {
  const w = c.words;
  let i = w[0] === "docker-compose" ? 1 : w[0] === "docker" && w[1] === "compose" ? 2 : -1;
  if (i === -1 || !inv.has.compose) return;
  const files = [];
  while (i < w.length && w[i].startsWith("-")) {
    const flag = w[i];
    if ((flag === "-f" || flag === "--file") && w[i + 1]) files.push(unquote(w[i + 1]).replace(/^\.\//, ""));
    i += COMPOSE_GLOBAL_VALUE_FLAGS.has(flag) ? 2 : 1;
  }
  const sub = w[i];
  if (!sub || !COMPOSE_SERVICE_ARGS.has(sub) && sub !== "cp") return;
  const known = /* @__PURE__ */ new Set();
  const pool = files.length ? files.filter((f) => inv.composeServices.has(f)) : [...inv.composeServices.keys()];
  if (files.length && pool.length === 0) {
    hits.push({ line: c.line, message: `The compose file ${files.join(", ")} is not in the repository.` });
    return;
  }
  for (const f of pool) for (const s of inv.composeServices.get(f)) known.add(s);
  const services = [];
  if (sub === "cp") {
    for (const arg of w.slice(i + 1)) if (/^[\w.-]+:/.test(unquote(arg))) services.push(unquote(arg).split(":")[0]);
  } else {
    for (let j = i + 1; j < w.length; j++) {
      const arg = w[j];
      if (arg.startsWith("-")) {
        if (COMPOSE_VALUE_FLAGS.has(arg)) j++;
        continue;
      }
      services.push(unquote(arg));
      if (COMPOSE_ONE_SERVICE.has(sub)) break;
    }
  }
  for (const service of services.filter(isLiteral)) {
    if (!known.has(service)) hits.push({ line: c.line, message: `\`${w.slice(0, i + 1).join(" ")}\` names the compose service "${service}", which ${pool.join(", ")} do${pool.length === 1 ? "es" : ""} not have (services: ${[...known].sort().join(", ") || "none"}).` });
  }
}
function checkKubectl(inv, c, hits) {
  const w = c.words;
  if (w[0] !== "kubectl" || !inv.has.kubernetes) return;
  const dashDash = w.indexOf("--");
  const args = dashDash === -1 ? w : w.slice(0, dashDash);
  for (let j = 1; j < args.length; j++) {
    const arg = args[j];
    const value2 = (flag) => {
      if (flag.includes(arg)) return args[j + 1];
      const eq = flag.find((f) => f.startsWith("--") && arg.startsWith(`${f}=`));
      return eq ? arg.slice(eq.length + 1) : void 0;
    };
    const namespace = value2(["-n", "--namespace"]);
    if (namespace !== void 0 && isLiteral(namespace)) {
      const ns = unquote(namespace);
      if (inv.namespaces.size > 0 && !inv.namespaces.has(ns) && ns !== "default" && ns !== "kube-system") {
        hits.push({ line: c.line, message: `Namespace "${ns}" is not one the manifests declare (${[...inv.namespaces].sort().join(", ")}).` });
      }
    }
    const selector = value2(["-l", "--selector"]);
    if (selector !== void 0 && isLiteral(selector)) {
      for (const pair of unquote(selector).split(",")) {
        if (/^[\w./-]+=[\w.-]*$/.test(pair) && !inv.labels.has(pair)) hits.push({ line: c.line, message: `No workload in the manifests carries the label ${pair}.` });
      }
    }
    const ref = /^([a-z]+)\/([\w.-]+)$/.exec(unquote(arg));
    if (ref && isLiteral(arg)) {
      const kind = KIND_ALIASES[ref[1]];
      if (!kind) continue;
      const name = ref[2];
      if (inv.workloads.has(`${kind}/${name}`)) continue;
      const kinds = inv.workloadKinds.get(name);
      hits.push({ line: c.line, message: kinds ? `\`${arg}\`: "${name}" is a ${[...kinds].join("/")} in the manifests, not a ${KIND_NAMES[kind] ?? kind}.` : `\`${arg}\`: the manifests have no ${KIND_NAMES[kind] ?? kind} "${name}".` });
    }
  }
}
function checkTerraform(inv, c, hits) {
  const w = c.words;
  if (!inv.has.terraform) return;
  const addresses = [];
  if (w[0] === "terraform") {
    const state = w.indexOf("state");
    if (state !== -1 && ["show", "rm", "mv"].includes(w[state + 1] ?? "")) addresses.push(...w.slice(state + 2).filter((a) => !a.startsWith("-")).slice(0, 1));
    if (w.includes("import")) addresses.push(...w.slice(w.indexOf("import") + 1).filter((a) => !a.startsWith("-")).slice(0, 1));
    for (const a of w) if (a.startsWith("-target=")) addresses.push(a.slice("-target=".length));
  }
  for (const raw of addresses.filter(isLiteral)) {
    const address = unquote(raw).replace(/\[[^\]]*\]$/, "");
    if (!inv.terraformAddresses.has(address)) hits.push({ line: c.line, message: `Terraform has no resource ${address} in this repository.` });
  }
  if (inv.terraformIdentifiers.size === 0) return;
  const known = (id) => [...inv.terraformIdentifiers].some((t) => id === t || id.startsWith(`${t}-`));
  const identifiers = [];
  if (w[0] === "aws") {
    for (let j = 1; j < w.length - 1; j++) if (IDENTIFIER_FLAGS.has(w[j])) identifiers.push(w[j + 1]);
  }
  if (w[0] === "gcloud" && w[1] === "sql" && w[2] === "instances") {
    const first = w.slice(4).find((a) => !a.startsWith("-"));
    if (first) identifiers.push(first);
  }
  for (const word of w) {
    const bucket = /^["']?(?:s3|gs):\/\/([\w.-]+)/.exec(word)?.[1];
    if (bucket && isLiteral(bucket)) identifiers.push(bucket);
  }
  for (const raw of identifiers.filter(isLiteral)) {
    const id = unquote(raw);
    if (!known(id)) hits.push({ line: c.line, message: `"${id}" is not an identifier the Terraform code declares (${[...inv.terraformIdentifiers].sort().slice(0, 6).join(", ")}).` });
  }
}
function usesTerraform(c) {
  const w = c.words;
  return w[0] === "terraform" || w[0] === "aws" || w[0] === "gcloud" || w.some((word) => BUCKET_URL.test(word));
}
var BUCKET_URL = /^["']?(?:s3|gs):\/\//;
function planDefined(doc) {
  const out = /* @__PURE__ */ new Set();
  for (const block of codeBlocks(doc)) {
    for (const m of block.value.matchAll(/(?:^|[\s;(])(?:export\s+|local\s+|readonly\s+)?([A-Za-z_][A-Za-z0-9_]*)=/gm)) out.add(m[1]);
    for (const m of block.value.matchAll(/\b(?:read(?:\s+-\w+)*|for)\s+((?:[A-Za-z_][A-Za-z0-9_]*\s*)+)/g)) for (const name of m[1].split(/\s+/)) if (name && name !== "in") out.add(name);
  }
  for (const node2 of doc.nodes) {
    if (node2.type !== "inlineCode") continue;
    const m = /^\$?\{?([A-Za-z_][A-Za-z0-9_]*)\}?$/.exec(node2.value.trim());
    if (m) out.add(m[1]);
  }
  return out;
}
function checkVariables(inv, defined, c, hits, reported) {
  if (!inv.has.env) return;
  for (const word of c.words) {
    for (const name of variablesIn(word)) {
      if (inv.envNames.has(name) || defined.has(name) || WELL_KNOWN.test(name) || reported.has(name)) continue;
      reported.add(name);
      hits.push({ line: c.line, message: `$${name} is not a variable the repository declares (env templates, compose, manifests), and the plan does not say what it is.` });
    }
  }
}
function commandLines(doc) {
  const inScenario = (line) => doc.plan.scenarios.some((s) => line > s.line && line <= s.endLine);
  const out = [];
  for (const block of codeBlocks(doc)) {
    if (!COMMAND_LANGS2.has(block.lang) || !inScenario(block.firstLine)) continue;
    const lines = block.value.split("\n");
    for (let i = 0; i < lines.length; i++) {
      const start = block.firstLine + i;
      let text = lines[i].replace(/^\s*\$\s+/, "");
      while (/\\$/.test(text) && i + 1 < lines.length) text = text.slice(0, -1) + " " + lines[++i].trim();
      if (!text.trim() || text.trim().startsWith("#")) continue;
      for (const words of shellWords(text)) out.push({ line: start, words });
    }
  }
  for (const node2 of doc.nodes) {
    if (node2.type !== "inlineCode" || !node2.position || !inScenario(node2.position.start.line)) continue;
    for (const words of shellWords(node2.value)) if (/^(?:docker|docker-compose|kubectl|terraform|aws|gcloud)$/.test(words[0] ?? "")) out.push({ line: node2.position.start.line, words });
  }
  return out;
}
var unknownReference = {
  id: "unknown-reference",
  severity: "warning",
  description: "A scenario command that names a compose service, Kubernetes workload, namespace or label, Terraform resource or identifier, or env variable the repository does not have.",
  hint: "Use the names the repository uses (a rename leaves the plan stale), or say in the plan what a placeholder stands for.",
  async run(doc, context) {
    const checks = commandLines(doc);
    const inv = await readInventory(context.root, context.repoFiles, { terraform: checks.some(usesTerraform) }, context.source);
    const defined = planDefined(doc);
    const hits = [];
    const reported = /* @__PURE__ */ new Set();
    for (const check of checks) {
      checkCompose(inv, check, hits);
      checkKubectl(inv, check, hits);
      checkTerraform(inv, check, hits);
      checkVariables(inv, defined, check, hits, reported);
    }
    const seen = /* @__PURE__ */ new Set();
    return hits.filter((h) => !seen.has(`${h.line}\0${h.message}`) && (seen.add(`${h.line}\0${h.message}`), true));
  }
};

// src/lint/shellcheck.ts
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir as tmpdir2 } from "node:os";
import path5 from "node:path";
import { promisify } from "node:util";

// src/util/trusted-program.ts
import { accessSync, constants, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path4 from "node:path";
function checkProgram(file, workspace) {
  if (!path4.isAbsolute(file)) return { ok: false, why: `${file} is not an absolute path` };
  const real = realPathOf(file);
  if (real === void 0) return { ok: false, why: `${file} does not exist` };
  const realWorkspace = realPathOf(workspace) ?? path4.resolve(workspace);
  if (isInside(realWorkspace, real) || isInside(path4.resolve(workspace), path4.resolve(file))) {
    return { ok: false, why: `${file} is inside the checkout, which the pull request controls` };
  }
  for (const scratch of [process.env.RUNNER_TEMP, tmpdir()]) {
    const realScratch = scratch ? realPathOf(scratch) : void 0;
    if (realScratch && isInside(realScratch, real)) return { ok: false, why: `${file} is in a temporary folder (${scratch})` };
  }
  try {
    if (!statSync(real).isFile()) return { ok: false, why: `${file} is not a file` };
    accessSync(real, constants.X_OK);
  } catch {
    return { ok: false, why: `${file} is not an executable file` };
  }
  const unsafe = unsafeFolder(real) ?? unsafeFolder(path4.dirname(path4.resolve(file)));
  return unsafe ? { ok: false, why: `${file} ${unsafe}` } : { ok: true, file };
}
function unsafeFolder(p) {
  if (process.platform === "win32" || typeof process.getuid !== "function") return void 0;
  const uid = process.getuid();
  for (let at = p; ; at = path4.dirname(at)) {
    let stat;
    try {
      stat = statSync(at);
    } catch {
      return `cannot be checked (${at} is unreadable)`;
    }
    if ((stat.mode & 18) !== 0) return `is under ${at}, which others can write to`;
    if (stat.uid !== 0 && stat.uid !== uid) return `is under ${at}, owned by another user`;
    if (path4.dirname(at) === at) return void 0;
  }
}
function findTrustedProgram(name, workspace, refused) {
  const names = process.platform === "win32" ? [`${name}.exe`, `${name}.cmd`] : [name];
  for (const dir of trustedPathEntries(process.env.PATH ?? "", workspace)) {
    for (const candidate of names) {
      const full = path4.join(dir, candidate);
      if (realPathOf(full) === void 0) continue;
      const check = checkProgram(full, workspace);
      if (check.ok) return check.file;
      refused?.(check.why);
    }
  }
  return void 0;
}

// src/lint/shellcheck.ts
var run = promisify(execFile);
var DIALECTS = { sh: "sh", bash: "bash", shell: "bash", ksh: "ksh", dash: "dash" };
var SNIPPET_EXCLUDES = ["SC2154", "SC2034", "SC1090", "SC1091", "SC2155"];
async function versionOf(command) {
  try {
    const { stdout } = await run(command.file, [...command.args, "--version"], { timeout: 2e4, env: command.env, cwd: command.cwd ?? tmpdir2() });
    return stdout;
  } catch {
    return void 0;
  }
}
function withNoRc(command, version) {
  const [major = 0, minor = 0] = (/version:\s*(\d+)\.(\d+)/.exec(version) ?? []).slice(1).map(Number);
  return major > 0 || minor >= 8 ? { ...command, args: [...command.args, "--norc"] } : command;
}
function npxHome() {
  const dir = mkdtempSync(path5.join(tmpdir2(), "paramedic-npx-"));
  writeFileSync(path5.join(dir, "package.json"), '{ "private": true }\n');
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
var resolved = /* @__PURE__ */ new Map();
function findShellcheck(configured, root, refused = () => void 0) {
  const key = `${configured}\0${root}`;
  let found = resolved.get(key);
  if (!found) {
    found = (async () => {
      const env = childEnv({ workspace: root });
      const answering = async (command) => {
        const version = await versionOf(command);
        return version === void 0 ? void 0 : withNoRc(command, version);
      };
      const onPath = findTrustedProgram("shellcheck", root, refused);
      const fromPath = onPath ? await answering({ file: onPath, args: [], via: "PATH", env }) : void 0;
      if (fromPath) return fromPath;
      if (configured) {
        const check = checkProgram(path5.resolve(root, configured), root);
        const fromConfig = check.ok ? await answering({ file: check.file, args: [], via: `config (${configured})`, env }) : void 0;
        if (fromConfig) return fromConfig;
        if (!check.ok) refused(`the configured shellcheck was not run: ${check.why}`);
      }
      const npx = findTrustedProgram("npx", root, refused);
      return npx ? answering({ file: npx, args: ["--no-install", "shellcheck"], via: "npx", env, cwd: npxHome() }) : void 0;
    })();
    resolved.set(key, found);
  }
  return found;
}
function neutralisePlaceholders(code) {
  return code.replace(/(?<![<\w])<([A-Za-z][\w .:/-]*)>/g, (_, name) => `_${name.replace(/[^\w]/g, "_")}_`);
}
function dialectOf(block) {
  if (DIALECTS[block.lang]) return DIALECTS[block.lang];
  if (block.lang === "" && /^#!\s*\/(?:usr\/)?bin\/(?:env\s+)?(?:ba)?sh\b/.test(block.value)) return block.value.includes("bash") ? "bash" : "sh";
  return void 0;
}
var LEVELS = { error: "warning", warning: "warning", info: "notice", style: "notice" };
async function shellcheckBlocks(blocks, command) {
  const shellBlocks = blocks.map((block) => ({ block, dialect: dialectOf(block) })).filter((b) => !!b.dialect);
  if (shellBlocks.length === 0) return [];
  const dir = mkdtempSync(path5.join(tmpdir2(), "paramedic-sc-"));
  try {
    const shift = [];
    const files = shellBlocks.map(({ block, dialect }, i) => {
      const file = path5.join(dir, `block-${i}.sh`);
      const hasShebang = block.value.startsWith("#!");
      shift.push(hasShebang ? 0 : 1);
      writeFileSync(file, `${hasShebang ? "" : `# shellcheck shell=${dialect}
`}${neutralisePlaceholders(block.value)}
`);
      return file;
    });
    const args = [...command.args, "--format=json1", `--exclude=${SNIPPET_EXCLUDES.join(",")}`, ...files];
    let stdout;
    try {
      ({ stdout } = await run(command.file, args, { maxBuffer: 64 * 1024 * 1024, timeout: 12e4, env: command.env, cwd: command.cwd ?? dir }));
    } catch (error) {
      const out = error.stdout;
      if (typeof out !== "string" || !out.trim()) throw error;
      stdout = out;
    }
    const comments = JSON.parse(stdout).comments;
    const seen = /* @__PURE__ */ new Set();
    return comments.flatMap((c) => {
      const index2 = files.indexOf(c.file);
      const line = shellBlocks[index2].block.firstLine + c.line - 1 - shift[index2];
      const key = `${line}:${c.code}`;
      if (seen.has(key)) return [];
      seen.add(key);
      return {
        line,
        rule: `shellcheck/SC${c.code}`,
        severity: LEVELS[c.level] ?? "notice",
        message: `SC${c.code}: ${c.message}`,
        hint: `See https://www.shellcheck.net/wiki/SC${c.code}. A block that is not shell (a config file, a crontab) needs its own fence language.`
      };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
var MAX_BLOCK_LINES = 500;
var MAX_TOTAL_LINES = 2e3;
function withinShellcheckBudget(blocks) {
  const checked = [];
  const skipped = [];
  let total = 0;
  for (const block of blocks) {
    if (!dialectOf(block)) continue;
    const lines = block.value.split("\n").length;
    if (lines > MAX_BLOCK_LINES || total + lines > MAX_TOTAL_LINES) {
      skipped.push(block);
    } else {
      total += lines;
      checked.push(block);
    }
  }
  return { checked, skipped };
}
var shellcheckRule = {
  id: "shellcheck",
  severity: "warning",
  description: "shellcheck findings in `bash`/`sh` code blocks, on the plan's own lines (as `shellcheck/SCxxxx`).",
  hint: "Fix the command as shellcheck suggests.",
  async run(doc, context) {
    const { checked: all2, skipped } = withinShellcheckBudget(codeBlocks(doc));
    if (skipped.length > 0) {
      context.warn(`shellcheck skipped ${skipped.length} shell block${skipped.length === 1 ? "" : "s"} of the plan (first at line ${skipped[0].fenceLine}): over ${MAX_BLOCK_LINES} lines in one block or ${MAX_TOTAL_LINES} in all`);
    }
    if (!all2.some((b) => dialectOf(b))) return [];
    const command = await findShellcheck(context.config.shellcheck, context.root, (why) => context.warn(`shellcheck: ${why}`));
    if (!command) {
      context.warn("shellcheck was not found (PATH, the `shellcheck` setting, npx); shell blocks in the plan were not checked. Install it: apt-get install shellcheck / brew install shellcheck.");
      return [];
    }
    try {
      return await shellcheckBlocks(all2, command);
    } catch (error) {
      context.warn(`shellcheck (${command.via}) failed; shell blocks were not checked: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
      return [];
    }
  }
};

// src/lint/index.ts
var LINT_RULES = [
  missingSteps,
  vagueSteps,
  missingImpact,
  hardcodedSecret,
  hardcodedHost,
  missingScript,
  unknownReference,
  shellcheckRule,
  markdownlintRule,
  stalePlan,
  orphanScenario,
  unknownMarker,
  draftPending
];
function startLint(plan, context) {
  const doc = readPlanDocument(plan);
  const findings = [];
  const enabled = LINT_RULES.filter((rule) => context.config.lint[rule.id] !== "off");
  const runRule = async (rule, full) => {
    try {
      for (const hit of await rule.run(doc, full)) findings.push(toFinding(rule, hit, plan.path));
    } catch (error) {
      context.warn(`lint rule ${rule.id} failed on ${plan.path}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const early = Promise.all(enabled.filter((rule) => !rule.needsDependencies).map((rule) => runRule(rule, withoutDependencies(context, rule))));
  return {
    async finish(dependencies) {
      const full = { ...context, ...dependencies };
      await Promise.all([early, ...enabled.filter((rule) => rule.needsDependencies).map((rule) => runRule(rule, full))]);
      return findings.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule));
    }
  };
}
function withoutDependencies(context, rule) {
  const missing = () => {
    throw new Error(`rule ${rule.id} reads the dependencies: mark it needsDependencies`);
  };
  return Object.defineProperties({ ...context }, { dependencyIds: { get: missing }, scenarioCovers: { get: missing } });
}

export {
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
  LINE_BREAK,
  parsePlan,
  redactSecrets,
  LINT_RULES,
  startLint
};
