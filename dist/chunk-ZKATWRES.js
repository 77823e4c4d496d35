import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  yamlShapeProblem
} from "./chunk-VIX7GTYN.js";
import {
  LINE_BREAK,
  LineIndex,
  stripBom
} from "./chunk-SX36J2YO.js";
import {
  stripLeading,
  stripTrailing
} from "./chunk-AGHLWIT3.js";
import {
  decodeNamedCharacterReference,
  markdownLineEnding,
  markdownSpace,
  normalizeIdentifier,
  parse,
  postprocess,
  preprocess
} from "./chunk-XRUR2M6W.js";
import {
  require_dist
} from "./chunk-ZCF6USJZ.js";
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
  return compiler(options)(postprocess(parse(options).document().write(preprocess()(value2, encoding, true))));
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
    const codeBlocks = codes.slice(firstIndexAbove(codeStarts, line), firstIndexAbove(codeStarts, endLine)).map((c) => {
      const fenceLine = c.position.start.line;
      const fenced = /^\s*(```|~~~)/.test(lines[fenceLine - 1] ?? "");
      return { lang: (c.lang ?? "").toLowerCase(), value: c.value, fenceLine, firstLine: fenced ? fenceLine + 1 : fenceLine };
    });
    const draft = body.includes(DRAFT_MARKER);
    const leftovers = draft ? [] : stubLeftovers(body);
    return { title: scenarioTitle(heading), heading, depth, line, endLine, body, codeBlocks, draft, ...leftovers.length ? { stubLeftovers: leftovers } : {}, ...context ? { context } : {} };
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

export {
  toString,
  fromMarkdown,
  frontmatter,
  frontmatterFromMarkdown,
  firstIndexAbove,
  DRAFT_MARKER,
  scenarioTitle,
  parsedTree,
  parsePlan
};
