import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  __commonJS
} from "./chunk-KJ7NEGQU.js";

// node_modules/markdownlint/helpers/shared.cjs
var require_shared = __commonJS({
  "node_modules/markdownlint/helpers/shared.cjs"(exports, module) {
    "use strict";
    module.exports.flatTokensSymbol = /* @__PURE__ */ Symbol("flat-tokens");
    module.exports.htmlFlowSymbol = /* @__PURE__ */ Symbol("html-flow");
    module.exports.newLineRe = /\r\n?|\n/g;
    module.exports.nextLinesRe = /[\r\n][\s\S]*$/;
  }
});

// node_modules/markdownlint/helpers/micromark-helpers.cjs
var require_micromark_helpers = __commonJS({
  "node_modules/markdownlint/helpers/micromark-helpers.cjs"(exports, module) {
    "use strict";
    var { flatTokensSymbol, htmlFlowSymbol, newLineRe } = require_shared();
    function inHtmlFlow(token) {
      return Boolean(token[htmlFlowSymbol]);
    }
    function isHtmlFlowComment(token) {
      const { text, type } = token;
      if (type === "htmlFlow" && text.startsWith("<!--") && text.endsWith("-->")) {
        const comment = text.slice(4, -3);
        return !comment.startsWith(">") && !comment.startsWith("->") && !comment.endsWith("-");
      }
      return false;
    }
    function addRangeToSet(set, start, end) {
      for (let i = start; i <= end; i++) {
        set.add(i);
      }
    }
    function filterByPredicate(tokens, allowed, transformChildren) {
      const result = [];
      const queue = [
        {
          "array": tokens,
          "index": 0
        }
      ];
      while (queue.length > 0) {
        const current = queue[queue.length - 1];
        const { array, index } = current;
        if (index < array.length) {
          const token = array[current.index++];
          if (allowed(token)) {
            result.push(token);
          }
          const { children } = token;
          if (children.length > 0) {
            const transformed = transformChildren ? transformChildren(token) : children;
            queue.push(
              {
                "array": transformed,
                "index": 0
              }
            );
          }
        } else {
          queue.pop();
        }
      }
      return result;
    }
    function filterByTypes(tokens, types, htmlFlow) {
      const predicate = (token) => types.includes(token.type) && (htmlFlow || !inHtmlFlow(token));
      const flatTokens = (
        // @ts-ignore
        tokens[flatTokensSymbol]
      );
      if (flatTokens) {
        return flatTokens.filter(predicate);
      }
      return filterByPredicate(tokens, predicate);
    }
    function getBlockQuotePrefixText(tokens, lineNumber, count = 1) {
      return filterByTypes(tokens, ["blockQuotePrefix", "linePrefix"]).filter((prefix) => prefix.startLine === lineNumber).map((prefix) => prefix.text).join("").trimEnd().concat("\n").repeat(count);
    }
    function getDescendantsByType(parent, typePath) {
      let tokens = Array.isArray(parent) ? parent : [parent];
      for (const type of typePath) {
        const predicate = (token) => Array.isArray(type) ? type.includes(token.type) : type === token.type;
        tokens = tokens.flatMap((t) => t.children.filter(predicate));
      }
      return tokens;
    }
    function getHeadingLevel(heading) {
      let level = 1;
      const headingSequence = heading.children.find(
        (child) => ["atxHeadingSequence", "setextHeadingLine"].includes(child.type)
      );
      const { text } = headingSequence;
      if (text[0] === "#") {
        level = Math.min(text.length, 6);
      } else if (text[0] === "-") {
        level = 2;
      }
      return level;
    }
    function getHeadingStyle(heading) {
      if (heading.type === "setextHeading") {
        return "setext";
      }
      const atxHeadingSequenceLength = heading.children.filter(
        (child) => child.type === "atxHeadingSequence"
      ).length;
      if (atxHeadingSequenceLength === 1) {
        return "atx";
      }
      return "atx_closed";
    }
    function getHeadingText(heading) {
      return getDescendantsByType(heading, [["atxHeadingText", "setextHeadingText"]]).flatMap((descendant) => descendant.children.filter((child) => child.type !== "htmlText")).map((data) => data.text).join("").replace(newLineRe, " ");
    }
    function getHtmlTagInfo(token) {
      const htmlTagNameRe = /^<([^!>][^/\s>]*)/;
      if (token.type === "htmlText") {
        const match = htmlTagNameRe.exec(token.text);
        if (match) {
          const name = match[1];
          const close = name.startsWith("/");
          return {
            close,
            "name": close ? name.slice(1) : name
          };
        }
      }
      return null;
    }
    function getParentOfType(token, types) {
      let current = token;
      while ((current = current.parent) && !types.includes(current.type)) {
      }
      return current;
    }
    var docfxTabSyntaxRe = /^#tab\//;
    function isDocfxTab(heading) {
      if (heading?.type === "atxHeading") {
        const headingTexts = getDescendantsByType(heading, ["atxHeadingText"]);
        if (headingTexts.length === 1 && headingTexts[0].children.length === 1 && headingTexts[0].children[0].type === "link") {
          const resourceDestinationStrings = filterByTypes(headingTexts[0].children[0].children, ["resourceDestinationString"]);
          return resourceDestinationStrings.length === 1 && docfxTabSyntaxRe.test(resourceDestinationStrings[0].text);
        }
      }
      return false;
    }
    var nonContentTokens = /* @__PURE__ */ new Set([
      "blockQuoteMarker",
      "blockQuotePrefix",
      "blockQuotePrefixWhitespace",
      "gfmFootnoteDefinitionIndent",
      "lineEnding",
      "lineEndingBlank",
      "linePrefix",
      "listItemIndent",
      "undefinedReference",
      "undefinedReferenceCollapsed",
      "undefinedReferenceFull",
      "undefinedReferenceShortcut"
    ]);
    module.exports = {
      addRangeToSet,
      filterByPredicate,
      filterByTypes,
      getBlockQuotePrefixText,
      getDescendantsByType,
      getHeadingLevel,
      getHeadingStyle,
      getHeadingText,
      getHtmlTagInfo,
      getParentOfType,
      inHtmlFlow,
      isDocfxTab,
      isHtmlFlowComment,
      nonContentTokens
    };
  }
});

// node_modules/markdownlint/helpers/helpers.cjs
var require_helpers = __commonJS({
  "node_modules/markdownlint/helpers/helpers.cjs"(exports, module) {
    "use strict";
    var micromark = require_micromark_helpers();
    var { newLineRe, nextLinesRe } = require_shared();
    module.exports.newLineRe = newLineRe;
    module.exports.nextLinesRe = nextLinesRe;
    module.exports.frontMatterRe = /((^---[^\S\r\n\u2028\u2029]*$[\s\S]+?^---\s*)|(^\+\+\+[^\S\r\n\u2028\u2029]*$[\s\S]+?^(\+\+\+|\.\.\.)\s*)|(^\{[^\S\r\n\u2028\u2029]*$[\s\S]+?^\}\s*))(\r\n|\r|\n|$)/m;
    var inlineCommentStartRe = /(<!--\s*markdownlint-(disable|enable|capture|restore|disable-file|enable-file|disable-line|disable-next-line|configure-file))(?:\s|-->)/gi;
    module.exports.inlineCommentStartRe = inlineCommentStartRe;
    module.exports.endOfLineHtmlEntityRe = /&(?:#\d+|#[xX][\da-fA-F]+|[a-zA-Z]{2,31}|blk\d{2}|emsp1[34]|frac\d{2}|sup\d|there4);$/;
    module.exports.endOfLineGemojiCodeRe = /:(?:[abmovx]|[-+]1|100|1234|(?:1st|2nd|3rd)_place_medal|8ball|clock\d{1,4}|e-mail|non-potable_water|o2|t-rex|u5272|u5408|u55b6|u6307|u6708|u6709|u6e80|u7121|u7533|u7981|u7a7a|[a-z]{2,15}2?|[a-z]{1,14}(?:_[a-z\d]{1,16})+):$/;
    var allPunctuation = ".,;:!?\u3002\uFF0C\uFF1B\uFF1A\uFF01\uFF1F";
    module.exports.allPunctuation = allPunctuation;
    module.exports.allPunctuationNoQuestion = allPunctuation.replace(/[?？]/gu, "");
    function isNumber(obj) {
      return typeof obj === "number";
    }
    module.exports.isNumber = isNumber;
    function isString(obj) {
      return typeof obj === "string";
    }
    module.exports.isString = isString;
    function isEmptyString(str) {
      return str.length === 0;
    }
    module.exports.isEmptyString = isEmptyString;
    function isObject(obj) {
      return !!obj && typeof obj === "object" && !Array.isArray(obj);
    }
    module.exports.isObject = isObject;
    function isUrl(obj) {
      return !!obj && Object.getPrototypeOf(obj) === URL.prototype;
    }
    module.exports.isUrl = isUrl;
    function cloneIfArray(arr) {
      return Array.isArray(arr) ? [...arr] : arr;
    }
    module.exports.cloneIfArray = cloneIfArray;
    function cloneIfUrl(url) {
      return isUrl(url) ? new URL(url) : url;
    }
    module.exports.cloneIfUrl = cloneIfUrl;
    module.exports.getHtmlAttributeRe = function getHtmlAttributeRe(name) {
      return new RegExp(`\\s${name}\\s*=\\s*['"]?([^'"\\s>]*)`, "iu");
    };
    function isBlankLine(line) {
      const startComment = "<!--";
      const endComment = "-->";
      const removeComments = (s) => {
        while (true) {
          const start = s.indexOf(startComment);
          const end = s.indexOf(endComment);
          if (end !== -1 && (start === -1 || end < start)) {
            s = s.slice(end + endComment.length);
          } else if (start !== -1 && end !== -1) {
            s = s.slice(0, start) + s.slice(end + endComment.length);
          } else if (start !== -1 && end === -1) {
            s = s.slice(0, start);
          } else {
            return s;
          }
        }
      };
      return !line || !line.trim() || !removeComments(line).replace(/>/g, "").trim();
    }
    module.exports.isBlankLine = isBlankLine;
    var htmlCommentBegin = "<!--";
    var htmlCommentEnd = "-->";
    var safeCommentCharacter = ".";
    var startsWithPipeRe = /^ *\|/;
    var notCrLfRe = /[^\r\n]/g;
    var notSpaceCrLfRe = /[^ \r\n]/g;
    var trailingSpaceRe = / +[\r\n]/g;
    var replaceTrailingSpace = (s) => s.replace(notCrLfRe, safeCommentCharacter);
    module.exports.clearHtmlCommentText = function clearHtmlCommentText(text) {
      let i = 0;
      while ((i = text.indexOf(htmlCommentBegin, i)) !== -1) {
        const j = text.indexOf(htmlCommentEnd, i + 2);
        if (j === -1) {
          break;
        }
        if (j > i + htmlCommentBegin.length) {
          const content = text.slice(i + htmlCommentBegin.length, j);
          const lastLf = text.lastIndexOf("\n", i) + 1;
          const preText = text.slice(lastLf, i);
          const isBlock = preText.trim().length === 0;
          const couldBeTable = startsWithPipeRe.test(preText);
          const spansTableCells = couldBeTable && content.includes("\n");
          const isValid = isBlock || !(spansTableCells || content.startsWith(">") || content.startsWith("->") || content.endsWith("-") || content.includes("--"));
          if (isValid) {
            const clearedContent = content.replace(notSpaceCrLfRe, safeCommentCharacter).replace(trailingSpaceRe, replaceTrailingSpace);
            text = text.slice(0, i + htmlCommentBegin.length) + clearedContent + text.slice(j);
          }
        }
        i = j + htmlCommentEnd.length;
      }
      return text;
    };
    module.exports.escapeForRegExp = function escapeForRegExp(str) {
      return str.replace(/[-/\\^$*+?.()|[\]{}]/g, "\\$&");
    };
    function ellipsify(text, start, end) {
      if (text.length <= 30) {
      } else if (start && end) {
        text = text.slice(0, 15) + "..." + text.slice(-15);
      } else if (end) {
        text = "..." + text.slice(-30);
      } else {
        text = text.slice(0, 30) + "...";
      }
      return text;
    }
    module.exports.ellipsify = ellipsify;
    function addError(onError, lineNumber, detail, context, range, fixInfo) {
      onError({
        lineNumber,
        detail,
        context,
        range,
        fixInfo
      });
    }
    module.exports.addError = addError;
    function addErrorDetailIf(onError, lineNumber, expected, actual, detail, context, range, fixInfo) {
      if (expected !== actual) {
        addError(
          onError,
          lineNumber,
          "Expected: " + expected + "; Actual: " + actual + (detail ? "; " + detail : ""),
          context,
          range,
          fixInfo
        );
      }
    }
    module.exports.addErrorDetailIf = addErrorDetailIf;
    function addErrorContext(onError, lineNumber, context, start, end, range, fixInfo) {
      context = ellipsify(context.replace(newLineRe, "\n"), start, end);
      addError(onError, lineNumber, void 0, context, range, fixInfo);
    }
    module.exports.addErrorContext = addErrorContext;
    var positionLessThanOrEqual = (lineA, columnA, lineB, columnB) => lineA < lineB || lineA === lineB && columnA <= columnB;
    module.exports.hasOverlap = function hasOverlap(rangeA, rangeB) {
      const lte = positionLessThanOrEqual(rangeA.startLine, rangeA.startColumn, rangeB.startLine, rangeB.startColumn);
      const first = lte ? rangeA : rangeB;
      const second = lte ? rangeB : rangeA;
      return positionLessThanOrEqual(second.startLine, second.startColumn, first.endLine, first.endColumn);
    };
    module.exports.frontMatterHasTitle = function frontMatterHasTitle(frontMatterLines, frontMatterTitlePattern) {
      const ignoreFrontMatter = frontMatterTitlePattern !== void 0 && !frontMatterTitlePattern;
      const frontMatterTitleRe = new RegExp(
        String(frontMatterTitlePattern || '^\\s*"?title"?\\s*[:=]'),
        "i"
      );
      return !ignoreFrontMatter && frontMatterLines.some((line) => frontMatterTitleRe.test(line));
    };
    function getReferenceLinkImageData(tokens) {
      const normalizeReference = (s) => s.toLowerCase().trim().replace(/\s+/g, " ");
      const getText = (t) => t?.children.filter((c) => c.type !== "blockQuotePrefix").map((c) => c.text).join("");
      const references = /* @__PURE__ */ new Map();
      const shortcuts = /* @__PURE__ */ new Map();
      const addReferenceToDictionary = (token, label, isShortcut) => {
        const referenceDatum = [
          token.startLine - 1,
          token.startColumn - 1,
          token.text.length
        ];
        const reference = normalizeReference(label);
        const dictionary = isShortcut ? shortcuts : references;
        const referenceData = dictionary.get(reference) || [];
        referenceData.push(referenceDatum);
        dictionary.set(reference, referenceData);
      };
      const definitions = /* @__PURE__ */ new Map();
      const definitionLineIndices = [];
      const duplicateDefinitions = [];
      const filteredTokens = micromark.filterByTypes(
        tokens,
        [
          // definitionLineIndices
          "definition",
          "gfmFootnoteDefinition",
          // definitions and definitionLineIndices
          "definitionLabelString",
          "gfmFootnoteDefinitionLabelString",
          // references and shortcuts
          "gfmFootnoteCall",
          "image",
          "link",
          // undefined link labels
          "undefinedReferenceCollapsed",
          "undefinedReferenceFull",
          "undefinedReferenceShortcut"
        ]
      );
      for (const token of filteredTokens) {
        let labelPrefix = "";
        switch (token.type) {
          case "definition":
          case "gfmFootnoteDefinition":
            for (let i = token.startLine; i <= token.endLine; i++) {
              definitionLineIndices.push(i - 1);
            }
            break;
          case "gfmFootnoteDefinitionLabelString":
            labelPrefix = "^";
          case "definitionLabelString":
            {
              const reference = normalizeReference(`${labelPrefix}${token.text}`);
              if (definitions.has(reference)) {
                duplicateDefinitions.push([reference, token.startLine - 1]);
              } else {
                const parent = micromark.getParentOfType(token, ["definition"]);
                const destinationString = parent && micromark.getDescendantsByType(parent, ["definitionDestination", "definitionDestinationRaw", "definitionDestinationString"])[0]?.text;
                definitions.set(
                  reference,
                  [token.startLine - 1, destinationString || ""]
                );
              }
            }
            break;
          case "gfmFootnoteCall":
          case "image":
          case "link":
            {
              let isShortcut = token.children.length === 1;
              const isFullOrCollapsed = token.children.length === 2 && !token.children.some((t) => t.type === "resource");
              const [labelText] = micromark.getDescendantsByType(token, ["label", "labelText"]);
              const [referenceString] = micromark.getDescendantsByType(token, ["reference", "referenceString"]);
              let label = getText(labelText);
              if (!isShortcut && !isFullOrCollapsed) {
                const [footnoteCallMarker, footnoteCallString] = token.children.filter(
                  (t) => ["gfmFootnoteCallMarker", "gfmFootnoteCallString"].includes(t.type)
                );
                if (footnoteCallMarker && footnoteCallString) {
                  label = `${footnoteCallMarker.text}${footnoteCallString.text}`;
                  isShortcut = true;
                }
              }
              if (isShortcut || isFullOrCollapsed) {
                addReferenceToDictionary(token, getText(referenceString) || label, isShortcut);
              }
            }
            break;
          case "undefinedReferenceCollapsed":
          case "undefinedReferenceFull":
          case "undefinedReferenceShortcut":
            {
              const undefinedReference = micromark.getDescendantsByType(token, ["undefinedReference"])[0];
              const label = undefinedReference.children.map((t) => t.text).join("");
              const isShortcut = token.type === "undefinedReferenceShortcut";
              addReferenceToDictionary(token, label, isShortcut);
            }
            break;
        }
      }
      return {
        references,
        shortcuts,
        definitions,
        duplicateDefinitions,
        definitionLineIndices
      };
    }
    module.exports.getReferenceLinkImageData = getReferenceLinkImageData;
    function getPreferredLineEnding(input, os) {
      let cr = 0;
      let lf = 0;
      let crlf = 0;
      const endings = input.match(newLineRe) || [];
      for (const ending of endings) {
        switch (ending) {
          case "\r":
            cr++;
            break;
          case "\n":
            lf++;
            break;
          case "\r\n":
            crlf++;
            break;
        }
      }
      let preferredLineEnding = null;
      if (!cr && !lf && !crlf) {
        preferredLineEnding = os && os.EOL || "\n";
      } else if (lf >= crlf && lf >= cr) {
        preferredLineEnding = "\n";
      } else if (crlf >= cr) {
        preferredLineEnding = "\r\n";
      } else {
        preferredLineEnding = "\r";
      }
      return preferredLineEnding;
    }
    module.exports.getPreferredLineEnding = getPreferredLineEnding;
    function expandTildePath(file, os) {
      const homedir = os && os.homedir && os.homedir();
      return homedir ? file.replace(/^~($|\/|\\)/, `${homedir}$1`) : file;
    }
    module.exports.expandTildePath = expandTildePath;
    function convertLintErrorsVersion3To2(errors) {
      const noPrevious = {
        "ruleNames": [],
        "lineNumber": -1
      };
      return errors.filter((error, index, array) => {
        delete error.fixInfo;
        delete error.severity;
        const previous = array[index - 1] || noPrevious;
        return error.ruleNames[0] !== previous.ruleNames[0] || error.lineNumber !== previous.lineNumber;
      });
    }
    function convertLintErrorsVersion2To1(errors) {
      for (const error of errors) {
        error.ruleName = error.ruleNames[0];
        error.ruleAlias = error.ruleNames[1] || error.ruleName;
        delete error.ruleNames;
      }
      return errors;
    }
    function convertLintErrorsVersion2To0(errors) {
      const dictionary = {};
      for (const error of errors) {
        const ruleName = error.ruleNames[0];
        const ruleLines = dictionary[ruleName] || [];
        ruleLines.push(error.lineNumber);
        dictionary[ruleName] = ruleLines;
      }
      return dictionary;
    }
    function copyAndTransformResults(results, transform) {
      const newResults = {};
      Object.defineProperty(newResults, "toString", { "value": results.toString });
      for (const key of Object.keys(results)) {
        const arr = results[key].map((r) => ({ ...r }));
        newResults[key] = transform(arr);
      }
      return newResults;
    }
    module.exports.convertToResultVersion0 = function convertToResultVersion0(results) {
      return copyAndTransformResults(results, (r) => convertLintErrorsVersion2To0(convertLintErrorsVersion3To2(r)));
    };
    module.exports.convertToResultVersion1 = function convertToResultVersion1(results) {
      return copyAndTransformResults(results, (r) => convertLintErrorsVersion2To1(convertLintErrorsVersion3To2(r)));
    };
    module.exports.convertToResultVersion2 = function convertToResultVersion2(results) {
      return copyAndTransformResults(results, convertLintErrorsVersion3To2);
    };
    module.exports.formatLintResults = function formatLintResults(lintResults) {
      const results = [];
      const entries = Object.entries(lintResults || {});
      entries.sort((a, b) => a[0].localeCompare(b[0]));
      for (const [source, lintErrors] of entries) {
        for (const lintError of lintErrors) {
          const { lineNumber, ruleNames, ruleDescription, errorDetail, errorContext, errorRange, severity } = lintError;
          const rule = ruleNames.join("/");
          const line = `:${lineNumber}`;
          const rangeStart = errorRange && errorRange[0] || 0;
          const column = rangeStart ? `:${rangeStart}` : "";
          const description = ruleDescription;
          const detail = errorDetail ? ` [${errorDetail}]` : "";
          const context = errorContext ? ` [Context: "${errorContext}"]` : "";
          results.push(`${source}${line}${column} ${severity} ${rule} ${description}${detail}${context}`);
        }
      }
      return results;
    };
  }
});

// node_modules/markdownlint/lib/markdownit.cjs
var require_markdownit = __commonJS({
  "node_modules/markdownlint/lib/markdownit.cjs"(exports, module) {
    var { newLineRe } = require_helpers();
    function forEachInlineCodeSpan(input, handler) {
      const backtickRe = /`+/g;
      let match = null;
      const backticksLengthAndIndex = [];
      while ((match = backtickRe.exec(input)) !== null) {
        backticksLengthAndIndex.push([match[0].length, match.index]);
      }
      const newLinesIndex = [];
      while ((match = newLineRe.exec(input)) !== null) {
        newLinesIndex.push(match.index);
      }
      let lineIndex = 0;
      let lineStartIndex = 0;
      let k = 0;
      for (let i = 0; i < backticksLengthAndIndex.length - 1; i++) {
        const [startLength, startIndex] = backticksLengthAndIndex[i];
        if (startIndex === 0 || input[startIndex - 1] !== "\\") {
          for (let j = i + 1; j < backticksLengthAndIndex.length; j++) {
            const [endLength, endIndex] = backticksLengthAndIndex[j];
            if (startLength === endLength) {
              for (; k < newLinesIndex.length; k++) {
                const newLineIndex = newLinesIndex[k];
                if (startIndex < newLineIndex) {
                  break;
                }
                lineIndex++;
                lineStartIndex = newLineIndex + 1;
              }
              const columnIndex = startIndex - lineStartIndex + startLength;
              handler(
                input.slice(startIndex + startLength, endIndex),
                lineIndex,
                columnIndex,
                startLength
              );
              i = j;
              break;
            }
          }
        }
      }
    }
    function freezeToken(token) {
      if (token.attrs) {
        for (const attr of token.attrs) {
          Object.freeze(attr);
        }
        Object.freeze(token.attrs);
      }
      if (token.children) {
        for (const child of token.children) {
          freezeToken(child);
        }
        Object.freeze(token.children);
      }
      if (token.map) {
        Object.freeze(token.map);
      }
      Object.freeze(token);
    }
    function annotateAndFreezeTokens(tokens, lines) {
      let trMap = null;
      const markdownItTokens = tokens;
      for (const token of markdownItTokens) {
        if (token.type === "tr_open") {
          trMap = token.map;
        } else if (token.type === "tr_close") {
          trMap = null;
        }
        if (!token.map && trMap) {
          token.map = [...trMap];
        }
        if (token.map) {
          token.line = lines[token.map[0]];
          token.lineNumber = token.map[0] + 1;
          while (token.map[1] && !(lines[token.map[1] - 1] || "").trim()) {
            token.map[1]--;
          }
        }
        if (token.children) {
          const codeSpanExtraLines = [];
          if (token.children.some((child) => child.type === "code_inline")) {
            forEachInlineCodeSpan(token.content, (code) => {
              codeSpanExtraLines.push(code.split(newLineRe).length - 1);
            });
          }
          let lineNumber = token.lineNumber;
          for (const child of token.children) {
            child.lineNumber = lineNumber;
            child.line = lines[lineNumber - 1];
            if (child.type === "softbreak" || child.type === "hardbreak") {
              lineNumber++;
            } else if (child.type === "code_inline") {
              lineNumber += codeSpanExtraLines.shift() || 0;
            }
          }
        }
        freezeToken(token);
      }
      Object.freeze(tokens);
    }
    function getMarkdownItTokens(markdownIt, content, lines) {
      const tokens = markdownIt.parse(content, {});
      annotateAndFreezeTokens(tokens, lines);
      return tokens;
    }
    module.exports = {
      forEachInlineCodeSpan,
      getMarkdownItTokens
    };
  }
});

export {
  require_shared,
  require_micromark_helpers,
  require_helpers,
  require_markdownit
};
