import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);
import {
  asciiAlpha,
  asciiAlphanumeric,
  asciiControl,
  blankLine,
  factorySpace,
  factoryWhitespace,
  labelEnd,
  markdownLineEnding,
  markdownLineEndingOrSpace,
  markdownSpace,
  normalizeIdentifier,
  parse,
  postprocess,
  preprocess,
  unicodePunctuation,
  unicodeWhitespace
} from "./chunk-XRUR2M6W.js";
import {
  require_helpers,
  require_markdownit,
  require_micromark_helpers,
  require_shared
} from "./chunk-W4DOK2OE.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-KJ7NEGQU.js";

// node_modules/markdownlint/lib/defer-require.cjs
var require_defer_require = __commonJS({
  "node_modules/markdownlint/lib/defer-require.cjs"(exports, module) {
    "use strict";
    function requireMarkdownItCjs2() {
      return require_markdownit();
    }
    module.exports = {
      requireMarkdownItCjs: requireMarkdownItCjs2
    };
  }
});

// node_modules/markdownlint/lib/resolve-module.cjs
var require_resolve_module = __commonJS({
  "node_modules/markdownlint/lib/resolve-module.cjs"(exports, module) {
    "use strict";
    var nativeRequire = typeof __non_webpack_require__ === "undefined" ? __require : (
      /* c8 ignore next */
      __non_webpack_require__
    );
    var resolveModuleCustomResolve = (resolve2, id, paths = []) => {
      const resolvePaths = resolve2.paths?.("") || [];
      const allPaths = [...paths, ...resolvePaths];
      return resolve2(id, { "paths": allPaths });
    };
    var resolveModule2 = (id, paths) => resolveModuleCustomResolve(nativeRequire.resolve, id, paths);
    module.exports = {
      resolveModule: resolveModule2,
      resolveModuleCustomResolve
    };
  }
});

// node_modules/markdownlint/lib/node-imports-node.mjs
import { access, accessSync, readFile, readFileSync } from "node:fs";
import { EOL, homedir } from "node:os";
import { dirname, resolve } from "node:path";
var fs = { access, accessSync, readFile, readFileSync };
var os = { EOL, homedir };
var path = { dirname, resolve };

// node_modules/markdownlint/lib/cache.mjs
var import_helpers = __toESM(require_helpers(), 1);
var import_micromark_helpers = __toESM(require_micromark_helpers(), 1);
var map = /* @__PURE__ */ new Map();
var params = void 0;
function initialize(p) {
  map.clear();
  params = p;
}
function micromarkTokens() {
  return params?.parsers.micromark.tokens || [];
}
function getCached(name, getValue) {
  if (map.has(name)) {
    return map.get(name);
  }
  const value = getValue();
  map.set(name, value);
  return value;
}
function filterByTypesCached(types, htmlFlow) {
  return getCached(
    // eslint-disable-next-line prefer-rest-params
    JSON.stringify(arguments),
    () => (0, import_micromark_helpers.filterByTypes)(micromarkTokens(), types, htmlFlow)
  );
}
function getReferenceLinkImageData() {
  return getCached(
    getReferenceLinkImageData.name,
    () => (0, import_helpers.getReferenceLinkImageData)(micromarkTokens())
  );
}

// node_modules/markdownlint/lib/constants.mjs
var homepage = "https://github.com/DavidAnson/markdownlint";
var version = "0.40.0";

// node_modules/markdownlint/lib/markdownlint.mjs
var import_defer_require = __toESM(require_defer_require(), 1);
var import_resolve_module = __toESM(require_resolve_module(), 1);

// node_modules/markdownlint/lib/md001.mjs
var import_helpers2 = __toESM(require_helpers(), 1);
var import_micromark_helpers2 = __toESM(require_micromark_helpers(), 1);
var md001_default = {
  "names": ["MD001", "heading-increment"],
  "description": "Heading levels should only increment by one level at a time",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD001(params2, onError) {
    const hasTitle = (0, import_helpers2.frontMatterHasTitle)(
      params2.frontMatterLines,
      params2.config.front_matter_title
    );
    let prevLevel = hasTitle ? 1 : Number.MAX_SAFE_INTEGER;
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const level = (0, import_micromark_helpers2.getHeadingLevel)(heading);
      if (level > prevLevel) {
        (0, import_helpers2.addErrorDetailIf)(
          onError,
          heading.startLine,
          `h${prevLevel + 1}`,
          `h${level}`
        );
      }
      prevLevel = level;
    }
  }
};

// node_modules/markdownlint/lib/md003.mjs
var import_helpers3 = __toESM(require_helpers(), 1);
var import_micromark_helpers3 = __toESM(require_micromark_helpers(), 1);
var md003_default = {
  "names": ["MD003", "heading-style"],
  "description": "Heading style",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD003(params2, onError) {
    let style = String(params2.config.style || "consistent");
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const styleForToken = (0, import_micromark_helpers3.getHeadingStyle)(heading);
      if (style === "consistent") {
        style = styleForToken;
      }
      if (styleForToken !== style) {
        const h12 = (0, import_micromark_helpers3.getHeadingLevel)(heading) <= 2;
        const setextWithAtx = style === "setext_with_atx" && (h12 && styleForToken === "setext" || !h12 && styleForToken === "atx");
        const setextWithAtxClosed = style === "setext_with_atx_closed" && (h12 && styleForToken === "setext" || !h12 && styleForToken === "atx_closed");
        if (!setextWithAtx && !setextWithAtxClosed) {
          let expected = style;
          if (style === "setext_with_atx") {
            expected = h12 ? "setext" : "atx";
          } else if (style === "setext_with_atx_closed") {
            expected = h12 ? "setext" : "atx_closed";
          }
          (0, import_helpers3.addErrorDetailIf)(
            onError,
            heading.startLine,
            expected,
            styleForToken
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md004.mjs
var import_helpers4 = __toESM(require_helpers(), 1);
var import_micromark_helpers4 = __toESM(require_micromark_helpers(), 1);
var markerToStyle = (marker) => marker === "-" ? "dash" : marker === "+" ? "plus" : "asterisk";
var styleToMarker = (style) => style === "dash" ? "-" : style === "plus" ? "+" : "*";
var differentItemStyle = (style) => style === "dash" ? "plus" : style === "plus" ? "asterisk" : "dash";
var validStyles = /* @__PURE__ */ new Set([
  "asterisk",
  "consistent",
  "dash",
  "plus",
  "sublist"
]);
var md004_default = {
  "names": ["MD004", "ul-style"],
  "description": "Unordered list style",
  "tags": ["bullet", "ul"],
  "parser": "micromark",
  "function": function MD004(params2, onError) {
    const style = String(params2.config.style || "consistent");
    let expectedStyle = validStyles.has(style) ? style : "dash";
    const nestingStyles = [];
    for (const listUnordered of filterByTypesCached(["listUnordered"])) {
      let nesting = 0;
      if (style === "sublist") {
        let parent = listUnordered;
        while (parent = (0, import_micromark_helpers4.getParentOfType)(parent, ["listOrdered", "listUnordered"])) {
          nesting++;
        }
      }
      const listItemMarkers = (0, import_micromark_helpers4.getDescendantsByType)(listUnordered, ["listItemPrefix", "listItemMarker"]);
      for (const listItemMarker of listItemMarkers) {
        const itemStyle = markerToStyle(listItemMarker.text);
        if (style === "sublist") {
          if (!nestingStyles[nesting]) {
            nestingStyles[nesting] = itemStyle === nestingStyles[nesting - 1] ? differentItemStyle(itemStyle) : itemStyle;
          }
          expectedStyle = nestingStyles[nesting];
        } else if (expectedStyle === "consistent") {
          expectedStyle = itemStyle;
        }
        const column = listItemMarker.startColumn;
        const length = listItemMarker.endColumn - listItemMarker.startColumn;
        (0, import_helpers4.addErrorDetailIf)(
          onError,
          listItemMarker.startLine,
          expectedStyle,
          itemStyle,
          void 0,
          void 0,
          [column, length],
          {
            "editColumn": column,
            "deleteCount": length,
            "insertText": styleToMarker(expectedStyle)
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md005.mjs
var import_helpers5 = __toESM(require_helpers(), 1);
var md005_default = {
  "names": ["MD005", "list-indent"],
  "description": "Inconsistent indentation for list items at the same level",
  "tags": ["bullet", "ul", "indentation"],
  "parser": "micromark",
  "function": function MD005(params2, onError) {
    for (const list of filterByTypesCached(["listOrdered", "listUnordered"])) {
      const expectedIndent = list.startColumn - 1;
      let expectedEnd = 0;
      let endMatching = false;
      const listItemPrefixes = list.children.filter((token) => token.type === "listItemPrefix");
      for (const listItemPrefix of listItemPrefixes) {
        const lineNumber = listItemPrefix.startLine;
        const actualIndent = listItemPrefix.startColumn - 1;
        const range = [1, listItemPrefix.endColumn - 1];
        if (list.type === "listUnordered") {
          (0, import_helpers5.addErrorDetailIf)(
            onError,
            lineNumber,
            expectedIndent,
            actualIndent,
            void 0,
            void 0,
            range
            // No fixInfo; MD007 handles this scenario better
          );
        } else {
          const markerLength = listItemPrefix.text.trim().length;
          const actualEnd = listItemPrefix.startColumn + markerLength - 1;
          expectedEnd = expectedEnd || actualEnd;
          if (expectedIndent !== actualIndent || endMatching) {
            if (expectedEnd === actualEnd) {
              endMatching = true;
            } else {
              const detail = endMatching ? `Expected: (${expectedEnd}); Actual: (${actualEnd})` : `Expected: ${expectedIndent}; Actual: ${actualIndent}`;
              const expected = endMatching ? expectedEnd - markerLength : expectedIndent;
              const actual = endMatching ? actualEnd - markerLength : actualIndent;
              (0, import_helpers5.addError)(
                onError,
                lineNumber,
                detail,
                void 0,
                range,
                {
                  "editColumn": Math.min(actual, expected) + 1,
                  "deleteCount": Math.max(actual - expected, 0),
                  "insertText": "".padEnd(Math.max(expected - actual, 0))
                }
              );
            }
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md007.mjs
var import_helpers6 = __toESM(require_helpers(), 1);
var import_micromark_helpers5 = __toESM(require_micromark_helpers(), 1);
var unorderedListTypes = ["blockQuotePrefix", "listItemPrefix", "listUnordered"];
var unorderedParentTypes = ["blockQuote", "listOrdered", "listUnordered"];
var md007_default = {
  "names": ["MD007", "ul-indent"],
  "description": "Unordered list indentation",
  "tags": ["bullet", "ul", "indentation"],
  "parser": "micromark",
  "function": function MD007(params2, onError) {
    const indent2 = Number(params2.config.indent || 2);
    const startIndented = !!params2.config.start_indented;
    const startIndent = Number(params2.config.start_indent || indent2);
    const unorderedListNesting = /* @__PURE__ */ new Map();
    let lastBlockQuotePrefix = null;
    const tokens = filterByTypesCached(unorderedListTypes);
    for (const token of tokens) {
      const { endColumn, parent, startColumn, startLine, type } = token;
      if (type === "blockQuotePrefix") {
        lastBlockQuotePrefix = token;
      } else if (type === "listUnordered") {
        let nesting = 0;
        let current = token;
        while (
          // @ts-ignore
          current = (0, import_micromark_helpers5.getParentOfType)(current, unorderedParentTypes)
        ) {
          if (current.type === "listUnordered") {
            nesting++;
            continue;
          } else if (current.type === "listOrdered") {
            nesting = -1;
          }
          break;
        }
        if (nesting >= 0) {
          unorderedListNesting.set(token, nesting);
        }
      } else {
        const nesting = unorderedListNesting.get(parent);
        if (nesting !== void 0) {
          const baseIndent = (0, import_micromark_helpers5.getParentOfType)(token, ["gfmFootnoteDefinition"]) ? 4 : 0;
          const expectedIndent = baseIndent + (startIndented ? startIndent : 0) + nesting * indent2;
          const blockQuoteAdjustment = lastBlockQuotePrefix?.endLine === startLine ? lastBlockQuotePrefix.endColumn - 1 : 0;
          const actualIndent = startColumn - 1 - blockQuoteAdjustment;
          const range = [1, endColumn - 1];
          const fixInfo = {
            "editColumn": startColumn - actualIndent,
            "deleteCount": Math.max(actualIndent - expectedIndent, 0),
            "insertText": "".padEnd(Math.max(expectedIndent - actualIndent, 0))
          };
          (0, import_helpers6.addErrorDetailIf)(
            onError,
            startLine,
            expectedIndent,
            actualIndent,
            void 0,
            void 0,
            range,
            fixInfo
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md009.mjs
var import_helpers7 = __toESM(require_helpers(), 1);
var import_micromark_helpers6 = __toESM(require_micromark_helpers(), 1);
var md009_default = {
  "names": ["MD009", "no-trailing-spaces"],
  "description": "Trailing spaces",
  "tags": ["whitespace"],
  "parser": "micromark",
  "function": function MD009(params2, onError) {
    let brSpaces = params2.config.br_spaces;
    brSpaces = Number(brSpaces === void 0 ? 2 : brSpaces);
    const codeBlocks = params2.config.code_blocks;
    const includeCode = codeBlocks === void 0 ? false : !!codeBlocks;
    const listItemEmptyLines = !!params2.config.list_item_empty_lines;
    const strict = !!params2.config.strict;
    const codeBlockLineNumbers = /* @__PURE__ */ new Set();
    if (!includeCode) {
      for (const codeBlock of filterByTypesCached(["codeFenced"])) {
        (0, import_micromark_helpers6.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine + 1, codeBlock.endLine - 1);
      }
      for (const codeBlock of filterByTypesCached(["codeIndented"])) {
        (0, import_micromark_helpers6.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine, codeBlock.endLine);
      }
    }
    const listItemLineNumbers = /* @__PURE__ */ new Set();
    if (listItemEmptyLines) {
      for (const listBlock of filterByTypesCached(["listOrdered", "listUnordered"])) {
        (0, import_micromark_helpers6.addRangeToSet)(listItemLineNumbers, listBlock.startLine, listBlock.endLine);
        let trailingIndent = true;
        for (let i = listBlock.children.length - 1; i >= 0; i--) {
          const child = listBlock.children[i];
          switch (child.type) {
            case "content":
              trailingIndent = false;
              break;
            case "listItemIndent":
              if (trailingIndent) {
                listItemLineNumbers.delete(child.startLine);
              }
              break;
            case "listItemPrefix":
              trailingIndent = true;
              break;
            default:
              break;
          }
        }
      }
    }
    const paragraphLineNumbers = /* @__PURE__ */ new Set();
    const codeInlineLineNumbers = /* @__PURE__ */ new Set();
    if (strict) {
      for (const paragraph of filterByTypesCached(["paragraph"])) {
        (0, import_micromark_helpers6.addRangeToSet)(paragraphLineNumbers, paragraph.startLine, paragraph.endLine - 1);
      }
      for (const codeText of filterByTypesCached(["codeText"])) {
        (0, import_micromark_helpers6.addRangeToSet)(codeInlineLineNumbers, codeText.startLine, codeText.endLine - 1);
      }
    }
    const expected = brSpaces < 2 ? 0 : brSpaces;
    for (let lineIndex = 0; lineIndex < params2.lines.length; lineIndex++) {
      const line = params2.lines[lineIndex];
      const lineNumber = lineIndex + 1;
      const trailingSpaces = line.length - line.trimEnd().length;
      if (trailingSpaces && !codeBlockLineNumbers.has(lineNumber) && !listItemLineNumbers.has(lineNumber) && (expected !== trailingSpaces || strict && (!paragraphLineNumbers.has(lineNumber) || codeInlineLineNumbers.has(lineNumber)))) {
        const column = line.length - trailingSpaces + 1;
        (0, import_helpers7.addError)(
          onError,
          lineNumber,
          "Expected: " + (expected === 0 ? "" : "0 or ") + expected + "; Actual: " + trailingSpaces,
          void 0,
          [column, trailingSpaces],
          {
            "editColumn": column,
            "deleteCount": trailingSpaces
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md010.mjs
var import_helpers8 = __toESM(require_helpers(), 1);
var import_micromark_helpers7 = __toESM(require_micromark_helpers(), 1);
var tabRe = /\t+/g;
var md010_default = {
  "names": ["MD010", "no-hard-tabs"],
  "description": "Hard tabs",
  "tags": ["whitespace", "hard_tab"],
  "parser": "micromark",
  "function": function MD010(params2, onError) {
    const codeBlocks = params2.config.code_blocks;
    const includeCode = codeBlocks === void 0 ? true : !!codeBlocks;
    const ignoreCodeLanguages = new Set(
      (params2.config.ignore_code_languages || []).map((language) => String(language).toLowerCase())
    );
    const spacesPerTab = params2.config.spaces_per_tab;
    const spaceMultiplier = spacesPerTab === void 0 ? 1 : Math.max(0, Number(spacesPerTab));
    const exclusionTypes = [];
    if (includeCode) {
      if (ignoreCodeLanguages.size > 0) {
        exclusionTypes.push("codeFenced");
      }
    } else {
      exclusionTypes.push("codeFenced", "codeIndented", "codeText");
    }
    const codeTokens = filterByTypesCached(exclusionTypes).filter((token) => {
      if (token.type === "codeFenced" && ignoreCodeLanguages.size > 0) {
        const fenceInfos = (0, import_micromark_helpers7.getDescendantsByType)(token, ["codeFencedFence", "codeFencedFenceInfo"]);
        return fenceInfos.every((fenceInfo) => ignoreCodeLanguages.has(fenceInfo.text.toLowerCase()));
      }
      return true;
    });
    const codeRanges = codeTokens.map((token) => {
      const { type, startLine, startColumn, endLine, endColumn } = token;
      const codeFenced = type === "codeFenced";
      return {
        "startLine": startLine + (codeFenced ? 1 : 0),
        "startColumn": codeFenced ? 0 : startColumn,
        "endLine": endLine - (codeFenced ? 1 : 0),
        "endColumn": codeFenced ? Number.MAX_SAFE_INTEGER : endColumn
      };
    });
    for (let lineIndex = 0; lineIndex < params2.lines.length; lineIndex++) {
      const line = params2.lines[lineIndex];
      let match = null;
      while ((match = tabRe.exec(line)) !== null) {
        const lineNumber = lineIndex + 1;
        const column = match.index + 1;
        const length = match[0].length;
        const range = { "startLine": lineNumber, "startColumn": column, "endLine": lineNumber, "endColumn": column + length - 1 };
        if (!codeRanges.some((codeRange) => (0, import_helpers8.hasOverlap)(codeRange, range))) {
          (0, import_helpers8.addError)(
            onError,
            lineNumber,
            "Column: " + column,
            void 0,
            [column, length],
            {
              "editColumn": column,
              "deleteCount": length,
              "insertText": "".padEnd(length * spaceMultiplier)
            }
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md011.mjs
var import_helpers9 = __toESM(require_helpers(), 1);
var import_micromark_helpers8 = __toESM(require_micromark_helpers(), 1);
var reversedLinkRe = /(^|[^\\])\(([^()]+)\)\[([^\]^][^\]]*)\](?!\()/g;
var md011_default = {
  "names": ["MD011", "no-reversed-links"],
  "description": "Reversed link syntax",
  "tags": ["links"],
  "parser": "micromark",
  "function": function MD011(params2, onError) {
    const ignoreBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const ignoreBlock of filterByTypesCached(["codeFenced", "codeIndented", "mathFlow"])) {
      (0, import_micromark_helpers8.addRangeToSet)(ignoreBlockLineNumbers, ignoreBlock.startLine, ignoreBlock.endLine);
    }
    const ignoreTexts = filterByTypesCached(["codeText", "mathText"]);
    for (const [lineIndex, line] of params2.lines.entries()) {
      const lineNumber = lineIndex + 1;
      if (!ignoreBlockLineNumbers.has(lineNumber)) {
        let match = null;
        while ((match = reversedLinkRe.exec(line)) !== null) {
          const [reversedLink, preChar, linkText, linkDestination] = match;
          if (!linkText.endsWith("\\") && !linkDestination.endsWith("\\")) {
            const column = match.index + preChar.length + 1;
            const length = match[0].length - preChar.length;
            const range = { "startLine": lineNumber, "startColumn": column, "endLine": lineNumber, "endColumn": column + length - 1 };
            if (!ignoreTexts.some((ignoreText) => (0, import_helpers9.hasOverlap)(ignoreText, range))) {
              (0, import_helpers9.addError)(
                onError,
                lineNumber,
                reversedLink.slice(preChar.length),
                void 0,
                [column, length],
                {
                  "editColumn": column,
                  "deleteCount": length,
                  "insertText": `[${linkText}](${linkDestination})`
                }
              );
            }
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md012.mjs
var import_helpers10 = __toESM(require_helpers(), 1);
var import_micromark_helpers9 = __toESM(require_micromark_helpers(), 1);
var md012_default = {
  "names": ["MD012", "no-multiple-blanks"],
  "description": "Multiple consecutive blank lines",
  "tags": ["whitespace", "blank_lines"],
  "parser": "micromark",
  "function": function MD012(params2, onError) {
    const maximum = Number(params2.config.maximum || 1);
    const { lines } = params2;
    const codeBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const codeBlock of filterByTypesCached(["codeFenced", "codeIndented"])) {
      (0, import_micromark_helpers9.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine, codeBlock.endLine);
    }
    let count = 0;
    for (const [lineIndex, line] of lines.entries()) {
      const inCode = codeBlockLineNumbers.has(lineIndex + 1);
      count = inCode || line.trim().length > 0 ? 0 : count + 1;
      if (maximum < count) {
        (0, import_helpers10.addErrorDetailIf)(
          onError,
          lineIndex + 1,
          maximum,
          count,
          void 0,
          void 0,
          void 0,
          {
            "deleteCount": -1
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md013.mjs
var import_helpers11 = __toESM(require_helpers(), 1);
var import_micromark_helpers10 = __toESM(require_micromark_helpers(), 1);
var notWrappableRe = /^(?:[#>\s]*\s)?\S*$/;
var md013_default = {
  "names": ["MD013", "line-length"],
  "description": "Line length",
  "tags": ["line_length"],
  "parser": "micromark",
  "function": function MD013(params2, onError) {
    const lineLength = Number(params2.config.line_length || 80);
    const headingLineLength = Number(params2.config.heading_line_length || lineLength);
    const codeLineLength = Number(params2.config.code_block_line_length || lineLength);
    const strict = !!params2.config.strict;
    const stern = !!params2.config.stern;
    const codeBlocks = params2.config.code_blocks;
    const includeCodeBlocks = codeBlocks === void 0 ? true : !!codeBlocks;
    const tables = params2.config.tables;
    const includeTables = tables === void 0 ? true : !!tables;
    const headings = params2.config.headings;
    const includeHeadings = headings === void 0 ? true : !!headings;
    const headingLineNumbers = /* @__PURE__ */ new Set();
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      (0, import_micromark_helpers10.addRangeToSet)(headingLineNumbers, heading.startLine, heading.endLine);
    }
    const codeBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const codeBlock of filterByTypesCached(["codeFenced", "codeIndented"])) {
      (0, import_micromark_helpers10.addRangeToSet)(codeBlockLineNumbers, codeBlock.startLine, codeBlock.endLine);
    }
    const tableLineNumbers = /* @__PURE__ */ new Set();
    for (const table of filterByTypesCached(["table"])) {
      (0, import_micromark_helpers10.addRangeToSet)(tableLineNumbers, table.startLine, table.endLine);
    }
    const linkLineNumbers = /* @__PURE__ */ new Set();
    for (const link of filterByTypesCached(["autolink", "image", "link", "literalAutolink"])) {
      (0, import_micromark_helpers10.addRangeToSet)(linkLineNumbers, link.startLine, link.endLine);
    }
    const paragraphDataLineNumbers = /* @__PURE__ */ new Set();
    for (const paragraph of filterByTypesCached(["paragraph"])) {
      for (const data of (0, import_micromark_helpers10.getDescendantsByType)(paragraph, ["data"])) {
        (0, import_micromark_helpers10.addRangeToSet)(paragraphDataLineNumbers, data.startLine, data.endLine);
      }
    }
    const linkOnlyLineNumbers = /* @__PURE__ */ new Set();
    for (const lineNumber of linkLineNumbers) {
      if (!paragraphDataLineNumbers.has(lineNumber)) {
        linkOnlyLineNumbers.add(lineNumber);
      }
    }
    const definitionLineIndices = new Set(getReferenceLinkImageData().definitionLineIndices);
    for (let lineIndex = 0; lineIndex < params2.lines.length; lineIndex++) {
      const line = params2.lines[lineIndex];
      const lineNumber = lineIndex + 1;
      const isHeading = headingLineNumbers.has(lineNumber);
      const inCode = codeBlockLineNumbers.has(lineNumber);
      const inTable = tableLineNumbers.has(lineNumber);
      const maxLength = inCode ? codeLineLength : isHeading ? headingLineLength : lineLength;
      const text2 = strict || stern ? line : line.replace(/\S*$/u, "#");
      if (maxLength > 0 && (includeCodeBlocks || !inCode) && (includeTables || !inTable) && (includeHeadings || !isHeading) && !definitionLineIndices.has(lineIndex) && (strict || !(stern && notWrappableRe.test(line)) && !linkOnlyLineNumbers.has(lineNumber)) && text2.length > maxLength) {
        (0, import_helpers11.addErrorDetailIf)(
          onError,
          lineNumber,
          maxLength,
          line.length,
          void 0,
          void 0,
          [maxLength + 1, line.length - maxLength]
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md014.mjs
var import_helpers12 = __toESM(require_helpers(), 1);
var dollarCommandRe = /^(\s*)(\$\s+)/;
var md014_default = {
  "names": ["MD014", "commands-show-output"],
  "description": "Dollar signs used before commands without showing output",
  "tags": ["code"],
  "parser": "micromark",
  "function": function MD014(params2, onError) {
    for (const codeBlock of filterByTypesCached(["codeFenced", "codeIndented"])) {
      const codeFlowValues = codeBlock.children.filter((child) => child.type === "codeFlowValue");
      const dollarMatches = codeFlowValues.map((codeFlowValue) => ({
        "result": codeFlowValue.text.match(dollarCommandRe),
        "startColumn": codeFlowValue.startColumn,
        "startLine": codeFlowValue.startLine,
        "text": codeFlowValue.text
      })).filter((dollarMatch) => dollarMatch.result);
      if (dollarMatches.length === codeFlowValues.length) {
        for (const dollarMatch of dollarMatches) {
          const column = dollarMatch.startColumn + dollarMatch.result[1].length;
          const length = dollarMatch.result[2].length;
          (0, import_helpers12.addErrorContext)(
            onError,
            dollarMatch.startLine,
            dollarMatch.text,
            void 0,
            void 0,
            [column, length],
            {
              "editColumn": column,
              "deleteCount": length
            }
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md018.mjs
var import_helpers13 = __toESM(require_helpers(), 1);
var import_micromark_helpers11 = __toESM(require_micromark_helpers(), 1);
var md018_default = {
  "names": ["MD018", "no-missing-space-atx"],
  "description": "No space after hash on atx style heading",
  "tags": ["headings", "atx", "spaces"],
  "parser": "micromark",
  "function": function MD018(params2, onError) {
    const { lines } = params2;
    const ignoreBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const ignoreBlock of filterByTypesCached(["codeFenced", "codeIndented", "htmlFlow"])) {
      (0, import_micromark_helpers11.addRangeToSet)(ignoreBlockLineNumbers, ignoreBlock.startLine, ignoreBlock.endLine);
    }
    for (const [lineIndex, line] of lines.entries()) {
      if (!ignoreBlockLineNumbers.has(lineIndex + 1) && /^#+[^# \t]/.test(line) && !/#\s*$/.test(line) && !line.startsWith("#\uFE0F\u20E3")) {
        const hashCount = /^#+/.exec(line)[0].length;
        (0, import_helpers13.addErrorContext)(
          onError,
          lineIndex + 1,
          line.trim(),
          void 0,
          void 0,
          [1, hashCount + 1],
          {
            "editColumn": hashCount + 1,
            "insertText": " "
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md019-md021.mjs
var import_helpers14 = __toESM(require_helpers(), 1);
var import_micromark_helpers12 = __toESM(require_micromark_helpers(), 1);
function validateHeadingSpaces(onError, heading, delta) {
  const { children, startLine, text: text2 } = heading;
  let index = delta > 0 ? 0 : children.length - 1;
  while (children[index] && children[index].type !== "atxHeadingSequence") {
    index += delta;
  }
  const headingSequence = children[index];
  const whitespace = children[index + delta];
  if (headingSequence?.type === "atxHeadingSequence" && whitespace?.type === "whitespace" && whitespace.text.length > 1) {
    const column = whitespace.startColumn + 1;
    const length = whitespace.endColumn - column;
    (0, import_helpers14.addErrorContext)(
      onError,
      startLine,
      text2.trim(),
      delta > 0,
      delta < 0,
      [column, length],
      {
        "editColumn": column,
        "deleteCount": length
      }
    );
  }
}
var md019_md021_default = [
  {
    "names": ["MD019", "no-multiple-space-atx"],
    "description": "Multiple spaces after hash on atx style heading",
    "tags": ["headings", "atx", "spaces"],
    "parser": "micromark",
    "function": function MD019(params2, onError) {
      const atxHeadings = filterByTypesCached(["atxHeading"]).filter((heading) => (0, import_micromark_helpers12.getHeadingStyle)(heading) === "atx");
      for (const atxHeading of atxHeadings) {
        validateHeadingSpaces(onError, atxHeading, 1);
      }
    }
  },
  {
    "names": ["MD021", "no-multiple-space-closed-atx"],
    "description": "Multiple spaces inside hashes on closed atx style heading",
    "tags": ["headings", "atx_closed", "spaces"],
    "parser": "micromark",
    "function": function MD021(params2, onError) {
      const atxClosedHeadings = filterByTypesCached(["atxHeading"]).filter((heading) => (0, import_micromark_helpers12.getHeadingStyle)(heading) === "atx_closed");
      for (const atxClosedHeading of atxClosedHeadings) {
        validateHeadingSpaces(onError, atxClosedHeading, 1);
        validateHeadingSpaces(onError, atxClosedHeading, -1);
      }
    }
  }
];

// node_modules/markdownlint/lib/md020.mjs
var import_helpers15 = __toESM(require_helpers(), 1);
var import_micromark_helpers13 = __toESM(require_micromark_helpers(), 1);
var md020_default = {
  "names": ["MD020", "no-missing-space-closed-atx"],
  "description": "No space inside hashes on closed atx style heading",
  "tags": ["headings", "atx_closed", "spaces"],
  "parser": "micromark",
  "function": function MD020(params2, onError) {
    const { lines } = params2;
    const ignoreBlockLineNumbers = /* @__PURE__ */ new Set();
    for (const ignoreBlock of filterByTypesCached(["codeFenced", "codeIndented", "htmlFlow"])) {
      (0, import_micromark_helpers13.addRangeToSet)(ignoreBlockLineNumbers, ignoreBlock.startLine, ignoreBlock.endLine);
    }
    for (const [lineIndex, line] of lines.entries()) {
      if (!ignoreBlockLineNumbers.has(lineIndex + 1)) {
        const match = /^(#+)([ \t]*)([^# \t\\]|[^# \t][^#]*?[^# \t\\])([ \t]*)((?:\\#)?)(#+)(\s*)$/.exec(line);
        if (match) {
          const [
            ,
            leftHash,
            { "length": leftSpaceLength },
            content,
            { "length": rightSpaceLength },
            rightEscape,
            rightHash,
            { "length": trailSpaceLength }
          ] = match;
          const leftHashLength = leftHash.length;
          const rightHashLength = rightHash.length;
          const left = !leftSpaceLength;
          const right = !rightSpaceLength || !!rightEscape;
          const rightEscapeReplacement = rightEscape ? `${rightEscape} ` : "";
          if (left || right) {
            const range = left ? [
              1,
              leftHashLength + 1
            ] : [
              line.length - trailSpaceLength - rightHashLength,
              rightHashLength + 1
            ];
            (0, import_helpers15.addErrorContext)(
              onError,
              lineIndex + 1,
              line.trim(),
              left,
              right,
              range,
              {
                "editColumn": 1,
                "deleteCount": line.length,
                "insertText": `${leftHash} ${content} ${rightEscapeReplacement}${rightHash}`
              }
            );
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md022.mjs
var import_helpers16 = __toESM(require_helpers(), 1);
var import_micromark_helpers14 = __toESM(require_micromark_helpers(), 1);
var defaultLines = 1;
var getLinesFunction = (linesParam) => {
  if (Array.isArray(linesParam)) {
    const linesArray = new Array(6).fill(defaultLines);
    for (const [index, value] of [...linesParam.entries()].slice(0, 6)) {
      linesArray[index] = value;
    }
    return (heading) => linesArray[(0, import_micromark_helpers14.getHeadingLevel)(heading) - 1];
  }
  const lines = linesParam === void 0 ? defaultLines : Number(linesParam);
  return () => lines;
};
var md022_default = {
  "names": ["MD022", "blanks-around-headings"],
  "description": "Headings should be surrounded by blank lines",
  "tags": ["headings", "blank_lines"],
  "parser": "micromark",
  "function": function MD022(params2, onError) {
    const getLinesAbove = getLinesFunction(params2.config.lines_above);
    const getLinesBelow = getLinesFunction(params2.config.lines_below);
    const { lines } = params2;
    const blockQuotePrefixes = filterByTypesCached(["blockQuotePrefix", "linePrefix"]);
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const { startLine, endLine } = heading;
      const line = lines[startLine - 1].trim();
      const linesAbove = getLinesAbove(heading);
      if (linesAbove >= 0) {
        let actualAbove = 0;
        for (let i = 0; i < linesAbove && (0, import_helpers16.isBlankLine)(lines[startLine - 2 - i]); i++) {
          actualAbove++;
        }
        (0, import_helpers16.addErrorDetailIf)(
          onError,
          startLine,
          linesAbove,
          actualAbove,
          "Above",
          line,
          void 0,
          {
            "insertText": (0, import_micromark_helpers14.getBlockQuotePrefixText)(
              blockQuotePrefixes,
              startLine - 1,
              linesAbove - actualAbove
            )
          }
        );
      }
      const linesBelow = getLinesBelow(heading);
      if (linesBelow >= 0) {
        let actualBelow = 0;
        for (let i = 0; i < linesBelow && (0, import_helpers16.isBlankLine)(lines[endLine + i]); i++) {
          actualBelow++;
        }
        (0, import_helpers16.addErrorDetailIf)(
          onError,
          startLine,
          linesBelow,
          actualBelow,
          "Below",
          line,
          void 0,
          {
            "lineNumber": endLine + 1,
            "insertText": (0, import_micromark_helpers14.getBlockQuotePrefixText)(
              blockQuotePrefixes,
              endLine + 1,
              linesBelow - actualBelow
            )
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md023.mjs
var import_helpers17 = __toESM(require_helpers(), 1);
var md023_default = {
  "names": ["MD023", "heading-start-left"],
  "description": "Headings must start at the beginning of the line",
  "tags": ["headings", "spaces"],
  "parser": "micromark",
  "function": function MD023(params2, onError) {
    const headings = filterByTypesCached(["atxHeading", "linePrefix", "setextHeading"]);
    for (let i = 0; i < headings.length - 1; i++) {
      if (headings[i].type === "linePrefix" && headings[i + 1].type !== "linePrefix" && headings[i].startLine === headings[i + 1].startLine) {
        const { endColumn, startColumn, startLine } = headings[i];
        const length = endColumn - startColumn;
        (0, import_helpers17.addErrorContext)(
          onError,
          startLine,
          params2.lines[startLine - 1],
          true,
          false,
          [startColumn, length],
          {
            "editColumn": startColumn,
            "deleteCount": length
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md024.mjs
var import_helpers18 = __toESM(require_helpers(), 1);
var import_micromark_helpers15 = __toESM(require_micromark_helpers(), 1);
var md024_default = {
  "names": ["MD024", "no-duplicate-heading"],
  "description": "Multiple headings with the same content",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD024(params2, onError) {
    const siblingsOnly = !!params2.config.siblings_only || false;
    const knownContents = [null, []];
    let lastLevel = 1;
    let knownContent = knownContents[lastLevel];
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      const headingText = (0, import_micromark_helpers15.getHeadingText)(heading);
      if (siblingsOnly) {
        const newLevel = (0, import_micromark_helpers15.getHeadingLevel)(heading);
        while (lastLevel < newLevel) {
          lastLevel++;
          knownContents[lastLevel] = [];
        }
        while (lastLevel > newLevel) {
          knownContents[lastLevel] = [];
          lastLevel--;
        }
        knownContent = knownContents[newLevel];
      }
      if (knownContent.includes(headingText)) {
        (0, import_helpers18.addErrorContext)(
          onError,
          heading.startLine,
          headingText.trim()
        );
      } else {
        knownContent.push(headingText);
      }
    }
  }
};

// node_modules/markdownlint/lib/md025.mjs
var import_helpers19 = __toESM(require_helpers(), 1);
var import_micromark_helpers16 = __toESM(require_micromark_helpers(), 1);
var md025_default = {
  "names": ["MD025", "single-title", "single-h1"],
  "description": "Multiple top-level headings in the same document",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD025(params2, onError) {
    const level = Number(params2.config.level || 1);
    const { tokens } = params2.parsers.micromark;
    const matchingHeadings = filterByTypesCached(["atxHeading", "setextHeading"]).filter((heading) => level === (0, import_micromark_helpers16.getHeadingLevel)(heading) && !(0, import_micromark_helpers16.isDocfxTab)(heading));
    if (matchingHeadings.length > 0) {
      const foundFrontMatterTitle = (0, import_helpers19.frontMatterHasTitle)(
        params2.frontMatterLines,
        params2.config.front_matter_title
      );
      let hasTopLevelHeading = foundFrontMatterTitle;
      if (!hasTopLevelHeading) {
        const previousTokens = tokens.slice(0, tokens.indexOf(matchingHeadings[0]));
        hasTopLevelHeading = previousTokens.every(
          (token) => import_micromark_helpers16.nonContentTokens.has(token.type) || (0, import_micromark_helpers16.isHtmlFlowComment)(token)
        );
      }
      if (hasTopLevelHeading) {
        for (const heading of matchingHeadings.slice(foundFrontMatterTitle ? 0 : 1)) {
          (0, import_helpers19.addErrorContext)(
            onError,
            heading.startLine,
            (0, import_micromark_helpers16.getHeadingText)(heading)
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md026.mjs
var import_helpers20 = __toESM(require_helpers(), 1);
var md026_default = {
  "names": ["MD026", "no-trailing-punctuation"],
  "description": "Trailing punctuation in heading",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD026(params2, onError) {
    let punctuation = params2.config.punctuation;
    punctuation = String(
      punctuation === void 0 ? import_helpers20.allPunctuationNoQuestion : punctuation
    );
    const trailingPunctuationRe = new RegExp("\\s*[" + (0, import_helpers20.escapeForRegExp)(punctuation) + "]+$");
    const headings = filterByTypesCached(["atxHeadingText", "setextHeadingText"]);
    for (const heading of headings) {
      const { endColumn, endLine, text: text2 } = heading;
      const match = trailingPunctuationRe.exec(text2);
      if (match && !import_helpers20.endOfLineHtmlEntityRe.test(text2) && !import_helpers20.endOfLineGemojiCodeRe.test(text2)) {
        const fullMatch = match[0];
        const length = fullMatch.length;
        const column = endColumn - length;
        (0, import_helpers20.addError)(
          onError,
          endLine,
          `Punctuation: '${fullMatch}'`,
          void 0,
          [column, length],
          {
            "editColumn": column,
            "deleteCount": length
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md027.mjs
var import_helpers21 = __toESM(require_helpers(), 1);
var import_micromark_helpers17 = __toESM(require_micromark_helpers(), 1);
var listTypes = ["listOrdered", "listUnordered"];
var md027_default = {
  "names": ["MD027", "no-multiple-space-blockquote"],
  "description": "Multiple spaces after blockquote symbol",
  "tags": ["blockquote", "whitespace", "indentation"],
  "parser": "micromark",
  "function": function MD027(params2, onError) {
    const listItems = params2.config.list_items;
    const includeListItems = listItems === void 0 ? true : !!listItems;
    const { tokens } = params2.parsers.micromark;
    for (const token of filterByTypesCached(["linePrefix"])) {
      const parent = token.parent;
      const codeIndented = parent?.type === "codeIndented";
      const siblings = parent?.children || tokens;
      if (!codeIndented && siblings[siblings.indexOf(token) - 1]?.type === "blockQuotePrefix" && (includeListItems || !listTypes.includes(siblings[siblings.indexOf(token) + 1]?.type) && !(0, import_micromark_helpers17.getParentOfType)(token, listTypes))) {
        const { startColumn, startLine, text: text2 } = token;
        const { length } = text2;
        const line = params2.lines[startLine - 1];
        (0, import_helpers21.addErrorContext)(
          onError,
          startLine,
          line,
          void 0,
          void 0,
          [startColumn, length],
          {
            "editColumn": startColumn,
            "deleteCount": length
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md028.mjs
var import_helpers22 = __toESM(require_helpers(), 1);
var ignoreTypes = /* @__PURE__ */ new Set(["lineEnding", "listItemIndent", "linePrefix"]);
var md028_default = {
  "names": ["MD028", "no-blanks-blockquote"],
  "description": "Blank line inside blockquote",
  "tags": ["blockquote", "whitespace"],
  "parser": "micromark",
  "function": function MD028(params2, onError) {
    for (const token of filterByTypesCached(["blockQuote"])) {
      const errorLineNumbers = [];
      const siblings = token.parent?.children || params2.parsers.micromark.tokens;
      for (let i = siblings.indexOf(token) + 1; i < siblings.length; i++) {
        const sibling = siblings[i];
        const { startLine, type } = sibling;
        if (type === "lineEndingBlank") {
          errorLineNumbers.push(startLine);
        } else if (ignoreTypes.has(type)) {
        } else if (type === "blockQuote") {
          for (const lineNumber of errorLineNumbers) {
            (0, import_helpers22.addError)(onError, lineNumber);
          }
          break;
        } else {
          break;
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md029.mjs
var import_helpers23 = __toESM(require_helpers(), 1);
var import_micromark_helpers18 = __toESM(require_micromark_helpers(), 1);
var listStyleExamples = {
  "one": "1/1/1",
  "ordered": "1/2/3",
  "zero": "0/0/0"
};
function getOrderedListItemValue(listItemPrefix) {
  const listItemValue = (0, import_micromark_helpers18.getDescendantsByType)(listItemPrefix, ["listItemValue"])[0];
  return {
    "column": listItemValue.startColumn,
    "value": Number(listItemValue.text)
  };
}
var md029_default = {
  "names": ["MD029", "ol-prefix"],
  "description": "Ordered list item prefix",
  "tags": ["ol"],
  "parser": "micromark",
  "function": function MD029(params2, onError) {
    const style = String(params2.config.style);
    for (const listOrdered of filterByTypesCached(["listOrdered"])) {
      const listItemPrefixes = (0, import_micromark_helpers18.getDescendantsByType)(listOrdered, ["listItemPrefix"]);
      let expected = 1;
      let incrementing = false;
      if (listItemPrefixes.length >= 2) {
        const first = getOrderedListItemValue(listItemPrefixes[0]);
        const second = getOrderedListItemValue(listItemPrefixes[1]);
        if (second.value !== 1 || first.value === 0) {
          incrementing = true;
          if (first.value === 0) {
            expected = 0;
          }
        }
      }
      const listStyle = style === "one" || style === "ordered" || style === "zero" ? style : incrementing ? "ordered" : "one";
      if (listStyle === "zero") {
        expected = 0;
      } else if (listStyle === "one") {
        expected = 1;
      }
      for (const listItemPrefix of listItemPrefixes) {
        const orderedListItemValue = getOrderedListItemValue(listItemPrefix);
        const actual = orderedListItemValue.value;
        const fixInfo = {
          "editColumn": orderedListItemValue.column,
          "deleteCount": orderedListItemValue.value.toString().length,
          "insertText": expected.toString()
        };
        (0, import_helpers23.addErrorDetailIf)(
          onError,
          listItemPrefix.startLine,
          expected,
          actual,
          "Style: " + listStyleExamples[listStyle],
          void 0,
          [listItemPrefix.startColumn, listItemPrefix.endColumn - listItemPrefix.startColumn],
          fixInfo
        );
        if (listStyle === "ordered") {
          expected++;
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md030.mjs
var import_helpers24 = __toESM(require_helpers(), 1);
var md030_default = {
  "names": ["MD030", "list-marker-space"],
  "description": "Spaces after list markers",
  "tags": ["ol", "ul", "whitespace"],
  "parser": "micromark",
  "function": function MD030(params2, onError) {
    const ulSingle = Number(params2.config.ul_single || 1);
    const olSingle = Number(params2.config.ol_single || 1);
    const ulMulti = Number(params2.config.ul_multi || 1);
    const olMulti = Number(params2.config.ol_multi || 1);
    for (const list of filterByTypesCached(["listOrdered", "listUnordered"])) {
      const ordered = list.type === "listOrdered";
      const listItemPrefixes = list.children.filter((token) => token.type === "listItemPrefix");
      const allSingleLine = list.endLine - list.startLine + 1 === listItemPrefixes.length;
      const expectedSpaces = ordered ? allSingleLine ? olSingle : olMulti : allSingleLine ? ulSingle : ulMulti;
      for (const listItemPrefix of listItemPrefixes) {
        const range = [
          listItemPrefix.startColumn,
          listItemPrefix.endColumn - listItemPrefix.startColumn
        ];
        const listItemPrefixWhitespaces = listItemPrefix.children.filter(
          (token) => token.type === "listItemPrefixWhitespace"
        );
        for (const listItemPrefixWhitespace of listItemPrefixWhitespaces) {
          const { endColumn, startColumn, startLine } = listItemPrefixWhitespace;
          const actualSpaces = endColumn - startColumn;
          const fixInfo = {
            "editColumn": startColumn,
            "deleteCount": actualSpaces,
            "insertText": "".padEnd(expectedSpaces)
          };
          (0, import_helpers24.addErrorDetailIf)(
            onError,
            startLine,
            expectedSpaces,
            actualSpaces,
            void 0,
            void 0,
            range,
            fixInfo
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md031.mjs
var import_helpers25 = __toESM(require_helpers(), 1);
var import_micromark_helpers19 = __toESM(require_micromark_helpers(), 1);
var codeFencePrefixRe = /^(.*?)[`~]/;
function addError7(onError, lines, lineNumber, top) {
  const line = lines[lineNumber - 1];
  const [, prefix] = line.match(codeFencePrefixRe) || [];
  const fixInfo = prefix === void 0 ? void 0 : {
    "lineNumber": lineNumber + (top ? 0 : 1),
    "insertText": `${prefix.replace(/[^>]/g, " ").trim()}
`
  };
  (0, import_helpers25.addErrorContext)(
    onError,
    lineNumber,
    line.trim(),
    void 0,
    void 0,
    void 0,
    fixInfo
  );
}
var md031_default = {
  "names": ["MD031", "blanks-around-fences"],
  "description": "Fenced code blocks should be surrounded by blank lines",
  "tags": ["code", "blank_lines"],
  "parser": "micromark",
  "function": function MD031(params2, onError) {
    const listItems = params2.config.list_items;
    const includeListItems = listItems === void 0 ? true : !!listItems;
    const { lines } = params2;
    for (const codeBlock of filterByTypesCached(["codeFenced"])) {
      if (includeListItems || !(0, import_micromark_helpers19.getParentOfType)(codeBlock, ["listOrdered", "listUnordered"])) {
        if (!(0, import_helpers25.isBlankLine)(lines[codeBlock.startLine - 2])) {
          addError7(onError, lines, codeBlock.startLine, true);
        }
        if (!(0, import_helpers25.isBlankLine)(lines[codeBlock.endLine]) && !(0, import_helpers25.isBlankLine)(lines[codeBlock.endLine - 1])) {
          addError7(onError, lines, codeBlock.endLine, false);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md032.mjs
var import_helpers26 = __toESM(require_helpers(), 1);
var import_micromark_helpers20 = __toESM(require_micromark_helpers(), 1);
var isList = (token) => token.type === "listOrdered" || token.type === "listUnordered";
var md032_default = {
  "names": ["MD032", "blanks-around-lists"],
  "description": "Lists should be surrounded by blank lines",
  "tags": ["bullet", "ul", "ol", "blank_lines"],
  "parser": "micromark",
  "function": function MD032(params2, onError) {
    const { lines, parsers } = params2;
    const blockQuotePrefixes = filterByTypesCached(["blockQuotePrefix", "linePrefix"]);
    const topLevelLists = (0, import_micromark_helpers20.filterByPredicate)(
      parsers.micromark.tokens,
      isList,
      (token) => isList(token) || token.type === "htmlFlow" ? [] : token.children
    );
    for (const list of topLevelLists) {
      const firstLineNumber = list.startLine;
      if (!(0, import_helpers26.isBlankLine)(lines[firstLineNumber - 2])) {
        (0, import_helpers26.addErrorContext)(
          onError,
          firstLineNumber,
          lines[firstLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "insertText": (0, import_micromark_helpers20.getBlockQuotePrefixText)(blockQuotePrefixes, firstLineNumber)
          }
        );
      }
      const flattenedChildren = (0, import_micromark_helpers20.filterByPredicate)(
        list.children,
        (token) => !import_micromark_helpers20.nonContentTokens.has(token.type),
        (token) => import_micromark_helpers20.nonContentTokens.has(token.type) ? [] : token.children
      );
      let endLine = list.endLine;
      if (flattenedChildren.length > 0) {
        endLine = flattenedChildren[flattenedChildren.length - 1].endLine;
      }
      const lastLineNumber = endLine;
      if (!(0, import_helpers26.isBlankLine)(lines[lastLineNumber])) {
        (0, import_helpers26.addErrorContext)(
          onError,
          lastLineNumber,
          lines[lastLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "lineNumber": lastLineNumber + 1,
            "insertText": (0, import_micromark_helpers20.getBlockQuotePrefixText)(blockQuotePrefixes, lastLineNumber)
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md033.mjs
var import_helpers27 = __toESM(require_helpers(), 1);
var import_micromark_helpers21 = __toESM(require_micromark_helpers(), 1);
var toLowerCaseStringArray = (arr) => Array.isArray(arr) ? arr.map((elm) => String(elm).toLowerCase()) : [];
var md033_default = {
  "names": ["MD033", "no-inline-html"],
  "description": "Inline HTML",
  "tags": ["html"],
  "parser": "micromark",
  "function": function MD033(params2, onError) {
    const allowedElements = toLowerCaseStringArray(params2.config.allowed_elements);
    const tableAllowedElements = toLowerCaseStringArray(params2.config.table_allowed_elements || params2.config.allowed_elements);
    for (const token of filterByTypesCached(["htmlText"], true)) {
      const htmlTagInfo = (0, import_micromark_helpers21.getHtmlTagInfo)(token);
      if (htmlTagInfo && !htmlTagInfo.close) {
        const elementName = htmlTagInfo?.name.toLowerCase();
        const inTable = !!(0, import_micromark_helpers21.getParentOfType)(token, ["table"]);
        if ((inTable || !allowedElements.includes(elementName)) && (!inTable || !tableAllowedElements.includes(elementName))) {
          const range = [
            token.startColumn,
            token.text.replace(import_helpers27.nextLinesRe, "").length
          ];
          (0, import_helpers27.addError)(
            onError,
            token.startLine,
            "Element: " + htmlTagInfo.name,
            void 0,
            range
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md034.mjs
var import_helpers28 = __toESM(require_helpers(), 1);
var import_micromark_helpers22 = __toESM(require_micromark_helpers(), 1);
var md034_default = {
  "names": ["MD034", "no-bare-urls"],
  "description": "Bare URL used",
  "tags": ["links", "url"],
  "parser": "micromark",
  "function": function MD034(params2, onError) {
    const literalAutolinks = (tokens) => (0, import_micromark_helpers22.filterByPredicate)(
      tokens,
      (token) => {
        if (token.type === "literalAutolink" && !(0, import_micromark_helpers22.inHtmlFlow)(token)) {
          const siblings = token.parent?.children;
          const index = siblings?.indexOf(token);
          const prev = siblings?.at(index - 1);
          const next = siblings?.at(index + 1);
          return !(prev && next && prev.type === "data" && next.type === "data" && prev.text.endsWith("<") && next.text.startsWith(">"));
        }
        return false;
      },
      (token) => {
        const { children } = token;
        const result = [];
        for (let i = 0; i < children.length; i++) {
          const current = children[i];
          const openTagInfo = (0, import_micromark_helpers22.getHtmlTagInfo)(current);
          if (openTagInfo && !openTagInfo.close) {
            let count = 1;
            for (let j = i + 1; j < children.length; j++) {
              const candidate = children[j];
              const closeTagInfo = (0, import_micromark_helpers22.getHtmlTagInfo)(candidate);
              if (closeTagInfo && openTagInfo.name === closeTagInfo.name) {
                if (closeTagInfo.close) {
                  count--;
                  if (count === 0) {
                    i = j;
                    break;
                  }
                } else {
                  count++;
                }
              }
            }
          } else {
            result.push(current);
          }
        }
        return result;
      }
    );
    for (const token of literalAutolinks(params2.parsers.micromark.tokens)) {
      const range = [
        token.startColumn,
        token.endColumn - token.startColumn
      ];
      const fixInfo = {
        "editColumn": range[0],
        "deleteCount": range[1],
        "insertText": `<${token.text}>`
      };
      (0, import_helpers28.addErrorContext)(
        onError,
        token.startLine,
        token.text,
        void 0,
        void 0,
        range,
        fixInfo
      );
    }
  }
};

// node_modules/markdownlint/lib/md035.mjs
var import_helpers29 = __toESM(require_helpers(), 1);
var md035_default = {
  "names": ["MD035", "hr-style"],
  "description": "Horizontal rule style",
  "tags": ["hr"],
  "parser": "micromark",
  "function": function MD035(params2, onError) {
    let style = String(params2.config.style || "consistent").trim();
    const thematicBreaks = filterByTypesCached(["thematicBreak"]);
    for (const token of thematicBreaks) {
      const { startLine, text: text2 } = token;
      if (style === "consistent") {
        style = text2;
      }
      (0, import_helpers29.addErrorDetailIf)(onError, startLine, style, text2);
    }
  }
};

// node_modules/markdownlint/lib/md036.mjs
var import_helpers30 = __toESM(require_helpers(), 1);
var import_micromark_helpers23 = __toESM(require_micromark_helpers(), 1);
var emphasisTypes = [
  ["emphasis", "emphasisText"],
  ["strong", "strongText"]
];
var isParagraphChildMeaningful = (token) => !(token.type === "htmlText" || token.type === "data" && token.text.trim().length === 0);
var md036_default = {
  "names": ["MD036", "no-emphasis-as-heading"],
  "description": "Emphasis used instead of a heading",
  "tags": ["headings", "emphasis"],
  "parser": "micromark",
  "function": function MD036(params2, onError) {
    let punctuation = params2.config.punctuation;
    punctuation = String(punctuation === void 0 ? import_helpers30.allPunctuation : punctuation);
    const punctuationRe = new RegExp("[" + punctuation + "]$");
    const paragraphTokens = filterByTypesCached(["paragraph"], true).filter(
      (token) => token.parent?.type === "content" && (!token.parent?.parent || token.parent?.parent?.type === "htmlFlow" && !token.parent?.parent?.parent) && token.children.filter(isParagraphChildMeaningful).length === 1
    );
    for (const emphasisType of emphasisTypes) {
      const textTokens = (0, import_micromark_helpers23.getDescendantsByType)(paragraphTokens, emphasisType);
      for (const textToken of textTokens) {
        if (textToken.children.length === 1 && textToken.children[0].type === "data" && !punctuationRe.test(textToken.text)) {
          (0, import_helpers30.addErrorContext)(onError, textToken.startLine, textToken.text);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md037.mjs
var import_helpers31 = __toESM(require_helpers(), 1);
var import_micromark_helpers24 = __toESM(require_micromark_helpers(), 1);
var md037_default = {
  "names": ["MD037", "no-space-in-emphasis"],
  "description": "Spaces inside emphasis markers",
  "tags": ["whitespace", "emphasis"],
  "parser": "micromark",
  "function": function MD037(params2, onError) {
    const { lines, parsers } = params2;
    const emphasisTokensByMarker = /* @__PURE__ */ new Map();
    for (const marker of ["_", "__", "___", "*", "**", "***"]) {
      emphasisTokensByMarker.set(marker, []);
    }
    const tokens = (0, import_micromark_helpers24.filterByPredicate)(
      parsers.micromark.tokens,
      (token) => token.children.some((child) => child.type === "data")
    );
    for (const token of tokens) {
      for (const emphasisTokens of emphasisTokensByMarker.values()) {
        emphasisTokens.length = 0;
      }
      for (const child of token.children) {
        const { text: text2, type } = child;
        if (type === "data" && text2.length <= 3) {
          const emphasisTokens = emphasisTokensByMarker.get(text2);
          if (emphasisTokens && !(0, import_micromark_helpers24.inHtmlFlow)(child)) {
            emphasisTokens.push(child);
          }
        }
      }
      for (const entry of emphasisTokensByMarker.entries()) {
        const [marker, emphasisTokens] = entry;
        for (let i = 0; i + 1 < emphasisTokens.length; i += 2) {
          const startToken = emphasisTokens[i];
          const startLine = lines[startToken.startLine - 1];
          const startSlice = startLine.slice(startToken.endColumn - 1);
          const startMatch = startSlice.match(/^\s+\S/);
          if (startMatch) {
            const [startSpaceCharacter] = startMatch;
            const startContext = `${marker}${startSpaceCharacter}`;
            const column = startToken.endColumn;
            const count = startSpaceCharacter.length - 1;
            (0, import_helpers31.addError)(
              onError,
              startToken.startLine,
              void 0,
              startContext,
              [column, count],
              {
                "editColumn": column,
                "deleteCount": count
              }
            );
          }
          const endToken = emphasisTokens[i + 1];
          const endLine = lines[endToken.startLine - 1];
          const endSlice = endLine.slice(0, endToken.startColumn - 1);
          const endMatch = endSlice.match(/\S\s+$/);
          if (endMatch) {
            const [endSpaceCharacter] = endMatch;
            const endContext = `${endSpaceCharacter}${marker}`;
            const column = endToken.startColumn - (endSpaceCharacter.length - 1);
            const count = endSpaceCharacter.length - 1;
            (0, import_helpers31.addError)(
              onError,
              endToken.startLine,
              void 0,
              endContext,
              [column, count],
              {
                "editColumn": column,
                "deleteCount": count
              }
            );
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md038.mjs
var import_helpers32 = __toESM(require_helpers(), 1);
var import_micromark_helpers25 = __toESM(require_micromark_helpers(), 1);
var md038_default = {
  "names": ["MD038", "no-space-in-code"],
  "description": "Spaces inside code span elements",
  "tags": ["whitespace", "code"],
  "parser": "micromark",
  "function": function MD038(params2, onError) {
    const codeTexts = filterByTypesCached(["codeText"]);
    for (const codeText of codeTexts) {
      const datas = (0, import_micromark_helpers25.getDescendantsByType)(codeText, ["codeTextData"]);
      if (datas.length > 0) {
        const paddings = (0, import_micromark_helpers25.getDescendantsByType)(codeText, ["codeTextPadding"]);
        const startPadding = paddings[0];
        const startData = datas[0];
        const startMatch = /^(\s+)(\S)/.exec(startData.text) || [null, "", ""];
        const startBacktick = startMatch[2] === "`";
        const startCount = startMatch[1].length - (startBacktick && !startPadding ? 1 : 0);
        const startSpaces = startCount > 0;
        const endPadding = paddings[paddings.length - 1];
        const endData = datas[datas.length - 1];
        const endMatch = /(\S)(\s+)$/.exec(endData.text) || [null, "", ""];
        const endBacktick = endMatch[1] === "`";
        const endCount = endMatch[2].length - (endBacktick && !endPadding ? 1 : 0);
        const endSpaces = endCount > 0;
        const removePadding = startSpaces && endSpaces && startPadding && endPadding && !startBacktick && !endBacktick;
        const context = codeText.text;
        if (startSpaces) {
          const startColumn = (removePadding ? startPadding : startData).startColumn;
          const length = startCount + (removePadding ? startPadding.text.length : 0);
          (0, import_helpers32.addErrorContext)(
            onError,
            startData.startLine,
            context,
            true,
            false,
            [startColumn, length],
            {
              "editColumn": startColumn,
              "deleteCount": length
            }
          );
        }
        if (endSpaces) {
          const endColumn = (removePadding ? endPadding : endData).endColumn;
          const length = endCount + (removePadding ? endPadding.text.length : 0);
          (0, import_helpers32.addErrorContext)(
            onError,
            endData.endLine,
            context,
            false,
            true,
            [endColumn - length, length],
            {
              "editColumn": endColumn - length,
              "deleteCount": length
            }
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md039.mjs
var import_helpers33 = __toESM(require_helpers(), 1);
function addLabelSpaceError(onError, label4, labelText, isStart) {
  const match = labelText.text.match(isStart ? /^[^\S\r\n]+/ : /[^\S\r\n]+$/);
  const range = match ? [
    isStart ? labelText.startColumn : labelText.endColumn - match[0].length,
    match[0].length
  ] : void 0;
  (0, import_helpers33.addErrorContext)(
    onError,
    isStart ? labelText.startLine + (match ? 0 : 1) : labelText.endLine - (match ? 0 : 1),
    label4.text.replace(/\s+/g, " "),
    isStart,
    !isStart,
    range,
    range ? {
      "editColumn": range[0],
      "deleteCount": range[1]
    } : void 0
  );
}
var md039_default = {
  "names": ["MD039", "no-space-in-links"],
  "description": "Spaces inside link text",
  "tags": ["whitespace", "links"],
  "parser": "micromark",
  "function": function MD039(params2, onError) {
    const labels = filterByTypesCached(["label"]).filter((label4) => label4.parent?.type === "link");
    for (const label4 of labels) {
      const labelTexts = label4.children.filter((child) => child.type === "labelText");
      for (const labelText of labelTexts) {
        if (labelText.text.trimStart().length !== labelText.text.length) {
          addLabelSpaceError(onError, label4, labelText, true);
        }
        if (labelText.text.trimEnd().length !== labelText.text.length) {
          addLabelSpaceError(onError, label4, labelText, false);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md040.mjs
var import_helpers34 = __toESM(require_helpers(), 1);
var import_micromark_helpers26 = __toESM(require_micromark_helpers(), 1);
var md040_default = {
  "names": ["MD040", "fenced-code-language"],
  "description": "Fenced code blocks should have a language specified",
  "tags": ["code", "language"],
  "parser": "micromark",
  "function": function MD040(params2, onError) {
    let allowed = params2.config.allowed_languages;
    allowed = Array.isArray(allowed) ? allowed : [];
    const languageOnly = !!params2.config.language_only;
    const fencedCodes = filterByTypesCached(["codeFenced"]);
    for (const fencedCode of fencedCodes) {
      const openingFence = (0, import_micromark_helpers26.getDescendantsByType)(fencedCode, ["codeFencedFence"])[0];
      const { startLine, text: text2 } = openingFence;
      const info = (0, import_micromark_helpers26.getDescendantsByType)(openingFence, ["codeFencedFenceInfo"])[0]?.text;
      if (!info) {
        (0, import_helpers34.addErrorContext)(onError, startLine, text2);
      } else if (allowed.length > 0 && !allowed.includes(info)) {
        (0, import_helpers34.addError)(onError, startLine, `"${info}" is not allowed`);
      }
      if (languageOnly && (0, import_micromark_helpers26.getDescendantsByType)(openingFence, ["codeFencedFenceMeta"]).length > 0) {
        (0, import_helpers34.addError)(onError, startLine, `Info string contains more than language: "${text2}"`);
      }
    }
  }
};

// node_modules/markdownlint/lib/md041.mjs
var import_helpers35 = __toESM(require_helpers(), 1);
var import_micromark_helpers27 = __toESM(require_micromark_helpers(), 1);
var headingTagNameRe = /^h[1-6]$/;
function getHtmlFlowTagName(token) {
  const { children, type } = token;
  if (type === "htmlFlow") {
    const htmlTexts = (0, import_micromark_helpers27.filterByTypes)(children, ["htmlText"], true);
    const tagInfo = htmlTexts.length > 0 && (0, import_micromark_helpers27.getHtmlTagInfo)(htmlTexts[0]);
    if (tagInfo) {
      return tagInfo.name.toLowerCase();
    }
  }
  return null;
}
var md041_default = {
  "names": ["MD041", "first-line-heading", "first-line-h1"],
  "description": "First line in a file should be a top-level heading",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD041(params2, onError) {
    const allowPreamble = !!params2.config.allow_preamble;
    const level = Number(params2.config.level || 1);
    const { tokens } = params2.parsers.micromark;
    if (!(0, import_helpers35.frontMatterHasTitle)(
      params2.frontMatterLines,
      params2.config.front_matter_title
    )) {
      let errorLineNumber = 0;
      for (const token of tokens) {
        const { startLine, type } = token;
        if (!import_micromark_helpers27.nonContentTokens.has(type) && !(0, import_micromark_helpers27.isHtmlFlowComment)(token)) {
          let tagName = null;
          if (type === "atxHeading" || type === "setextHeading") {
            if ((0, import_micromark_helpers27.getHeadingLevel)(token) !== level) {
              errorLineNumber = startLine;
            }
            break;
          } else if ((tagName = getHtmlFlowTagName(token)) && headingTagNameRe.test(tagName)) {
            if (tagName !== `h${level}`) {
              errorLineNumber = startLine;
            }
            break;
          } else if (!allowPreamble) {
            errorLineNumber = startLine;
            break;
          }
        }
      }
      if (errorLineNumber > 0) {
        (0, import_helpers35.addErrorContext)(onError, errorLineNumber, params2.lines[errorLineNumber - 1]);
      }
    }
  }
};

// node_modules/markdownlint/lib/md042.mjs
var import_helpers36 = __toESM(require_helpers(), 1);
var import_micromark_helpers28 = __toESM(require_micromark_helpers(), 1);
var md042_default = {
  "names": ["MD042", "no-empty-links"],
  "description": "No empty links",
  "tags": ["links"],
  "parser": "micromark",
  "function": function MD042(params2, onError) {
    const { definitions } = getReferenceLinkImageData();
    const isReferenceDefinitionHash = (token) => {
      const definition = definitions.get(token.text.trim());
      return Boolean(definition && definition[1] === "#");
    };
    const links = filterByTypesCached(["link"]);
    for (const link of links) {
      const labelText = (0, import_micromark_helpers28.getDescendantsByType)(link, ["label", "labelText"]);
      const reference = (0, import_micromark_helpers28.getDescendantsByType)(link, ["reference"]);
      const resource = (0, import_micromark_helpers28.getDescendantsByType)(link, ["resource"]);
      const referenceString = (0, import_micromark_helpers28.getDescendantsByType)(reference, ["referenceString"]);
      const resourceDestinationString = (0, import_micromark_helpers28.getDescendantsByType)(resource, ["resourceDestination", ["resourceDestinationLiteral", "resourceDestinationRaw"], "resourceDestinationString"]);
      const hasLabelText = labelText.length > 0;
      const hasReference = reference.length > 0;
      const hasResource = resource.length > 0;
      const hasReferenceString = referenceString.length > 0;
      const hasResourceDestinationString = resourceDestinationString.length > 0;
      let error = false;
      if (hasLabelText && (!hasReference && !hasResource || hasReference && !hasReferenceString)) {
        error = isReferenceDefinitionHash(labelText[0]);
      } else if (hasReferenceString && !hasResourceDestinationString) {
        error = isReferenceDefinitionHash(referenceString[0]);
      } else if (!hasReferenceString && hasResourceDestinationString) {
        error = resourceDestinationString[0].text.trim() === "#";
      } else if (!hasReferenceString && !hasResourceDestinationString) {
        error = true;
      }
      if (error) {
        (0, import_helpers36.addErrorContext)(
          onError,
          link.startLine,
          link.text,
          void 0,
          void 0,
          [link.startColumn, link.endColumn - link.startColumn]
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md043.mjs
var import_helpers37 = __toESM(require_helpers(), 1);
var import_micromark_helpers29 = __toESM(require_micromark_helpers(), 1);
var md043_default = {
  "names": ["MD043", "required-headings"],
  "description": "Required heading structure",
  "tags": ["headings"],
  "parser": "micromark",
  "function": function MD043(params2, onError) {
    const requiredHeadings = params2.config.headings;
    if (!Array.isArray(requiredHeadings)) {
      return;
    }
    const matchCase = params2.config.match_case || false;
    let i = 0;
    let matchAny = false;
    let hasError = false;
    let anyHeadings = false;
    const getExpected = () => String(requiredHeadings[i++] || "[None]");
    const handleCase = (str) => matchCase ? str : str.toLowerCase();
    for (const heading of filterByTypesCached(["atxHeading", "setextHeading"])) {
      if (!hasError) {
        const headingText = (0, import_micromark_helpers29.getHeadingText)(heading);
        const headingLevel = (0, import_micromark_helpers29.getHeadingLevel)(heading);
        anyHeadings = true;
        const actual = `${"".padEnd(headingLevel, "#")} ${headingText}`;
        const expected = getExpected();
        if (expected === "*") {
          const nextExpected = getExpected();
          if (handleCase(nextExpected) !== handleCase(actual)) {
            matchAny = true;
            i--;
          }
        } else if (expected === "+") {
          matchAny = true;
        } else if (expected === "?") {
        } else if (handleCase(expected) === handleCase(actual)) {
          matchAny = false;
        } else if (matchAny) {
          i--;
        } else {
          (0, import_helpers37.addErrorDetailIf)(
            onError,
            heading.startLine,
            expected,
            actual
          );
          hasError = true;
        }
      }
    }
    const extraHeadings = requiredHeadings.length - i;
    if (!hasError && (extraHeadings > 1 || extraHeadings === 1 && requiredHeadings[i] !== "*") && (anyHeadings || !requiredHeadings.every((heading) => heading === "*"))) {
      (0, import_helpers37.addErrorContext)(
        onError,
        params2.lines.length,
        requiredHeadings[i]
      );
    }
  }
};

// node_modules/markdownlint/lib/md044.mjs
var import_helpers38 = __toESM(require_helpers(), 1);
var import_micromark_helpers31 = __toESM(require_micromark_helpers(), 1);

// node_modules/micromark-extension-directive/lib/factory-attributes.js
function factoryAttributes(effects, ok, nok, attributesType, attributesMarkerType, attributeType, attributeIdType, attributeClassType, attributeNameType, attributeInitializerType, attributeValueLiteralType, attributeValueType, attributeValueMarker, attributeValueData, disallowEol) {
  let type;
  let marker;
  return start;
  function start(code2) {
    effects.enter(attributesType);
    effects.enter(attributesMarkerType);
    effects.consume(code2);
    effects.exit(attributesMarkerType);
    return between;
  }
  function between(code2) {
    if (code2 === 35) {
      type = attributeIdType;
      return shortcutStart(code2);
    }
    if (code2 === 46) {
      type = attributeClassType;
      return shortcutStart(code2);
    }
    if (disallowEol && markdownSpace(code2)) {
      return factorySpace(effects, between, "whitespace")(code2);
    }
    if (!disallowEol && markdownLineEndingOrSpace(code2)) {
      return factoryWhitespace(effects, between)(code2);
    }
    if (code2 === null || markdownLineEnding(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) && code2 !== 45 && code2 !== 95) {
      return end(code2);
    }
    effects.enter(attributeType);
    effects.enter(attributeNameType);
    effects.consume(code2);
    return name;
  }
  function shortcutStart(code2) {
    const markerType = (
      /** @type {TokenType} */
      type + "Marker"
    );
    effects.enter(attributeType);
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    return shortcutStartAfter;
  }
  function shortcutStartAfter(code2) {
    if (code2 === null || code2 === 34 || code2 === 35 || code2 === 39 || code2 === 46 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || code2 === 125 || markdownLineEndingOrSpace(code2)) {
      return nok(code2);
    }
    const valueType = (
      /** @type {TokenType} */
      type + "Value"
    );
    effects.enter(valueType);
    effects.consume(code2);
    return shortcut;
  }
  function shortcut(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 35 || code2 === 46 || code2 === 125 || markdownLineEndingOrSpace(code2)) {
      const valueType = (
        /** @type {TokenType} */
        type + "Value"
      );
      effects.exit(valueType);
      effects.exit(type);
      effects.exit(attributeType);
      return between(code2);
    }
    effects.consume(code2);
    return shortcut;
  }
  function name(code2) {
    if (code2 === null || markdownLineEnding(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) && code2 !== 45 && code2 !== 46 && code2 !== 58 && code2 !== 95) {
      effects.exit(attributeNameType);
      if (disallowEol && markdownSpace(code2)) {
        return factorySpace(effects, nameAfter, "whitespace")(code2);
      }
      if (!disallowEol && markdownLineEndingOrSpace(code2)) {
        return factoryWhitespace(effects, nameAfter)(code2);
      }
      return nameAfter(code2);
    }
    effects.consume(code2);
    return name;
  }
  function nameAfter(code2) {
    if (code2 === 61) {
      effects.enter(attributeInitializerType);
      effects.consume(code2);
      effects.exit(attributeInitializerType);
      return valueBefore;
    }
    effects.exit(attributeType);
    return between(code2);
  }
  function valueBefore(code2) {
    if (code2 === null || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96 || code2 === 125 || disallowEol && markdownLineEnding(code2)) {
      return nok(code2);
    }
    if (code2 === 34 || code2 === 39) {
      effects.enter(attributeValueLiteralType);
      effects.enter(attributeValueMarker);
      effects.consume(code2);
      effects.exit(attributeValueMarker);
      marker = code2;
      return valueQuotedStart;
    }
    if (disallowEol && markdownSpace(code2)) {
      return factorySpace(effects, valueBefore, "whitespace")(code2);
    }
    if (!disallowEol && markdownLineEndingOrSpace(code2)) {
      return factoryWhitespace(effects, valueBefore)(code2);
    }
    effects.enter(attributeValueType);
    effects.enter(attributeValueData);
    effects.consume(code2);
    marker = void 0;
    return valueUnquoted;
  }
  function valueUnquoted(code2) {
    if (code2 === null || code2 === 34 || code2 === 39 || code2 === 60 || code2 === 61 || code2 === 62 || code2 === 96) {
      return nok(code2);
    }
    if (code2 === 125 || markdownLineEndingOrSpace(code2)) {
      effects.exit(attributeValueData);
      effects.exit(attributeValueType);
      effects.exit(attributeType);
      return between(code2);
    }
    effects.consume(code2);
    return valueUnquoted;
  }
  function valueQuotedStart(code2) {
    if (code2 === marker) {
      effects.enter(attributeValueMarker);
      effects.consume(code2);
      effects.exit(attributeValueMarker);
      effects.exit(attributeValueLiteralType);
      effects.exit(attributeType);
      return valueQuotedAfter;
    }
    effects.enter(attributeValueType);
    return valueQuotedBetween(code2);
  }
  function valueQuotedBetween(code2) {
    if (code2 === marker) {
      effects.exit(attributeValueType);
      return valueQuotedStart(code2);
    }
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      return disallowEol ? nok(code2) : factoryWhitespace(effects, valueQuotedBetween)(code2);
    }
    effects.enter(attributeValueData);
    effects.consume(code2);
    return valueQuoted;
  }
  function valueQuoted(code2) {
    if (code2 === marker || code2 === null || markdownLineEnding(code2)) {
      effects.exit(attributeValueData);
      return valueQuotedBetween(code2);
    }
    effects.consume(code2);
    return valueQuoted;
  }
  function valueQuotedAfter(code2) {
    return code2 === 125 || markdownLineEndingOrSpace(code2) ? between(code2) : end(code2);
  }
  function end(code2) {
    if (code2 === 125) {
      effects.enter(attributesMarkerType);
      effects.consume(code2);
      effects.exit(attributesMarkerType);
      effects.exit(attributesType);
      return ok;
    }
    return nok(code2);
  }
}

// node_modules/micromark-extension-directive/lib/factory-label.js
function factoryLabel(effects, ok, nok, type, markerType, stringType, disallowEol) {
  let size = 0;
  let balance = 0;
  let previous3;
  return start;
  function start(code2) {
    effects.enter(type);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    return afterStart;
  }
  function afterStart(code2) {
    if (code2 === 93) {
      effects.enter(markerType);
      effects.consume(code2);
      effects.exit(markerType);
      effects.exit(type);
      return ok;
    }
    effects.enter(stringType);
    return lineStart(code2);
  }
  function lineStart(code2) {
    if (code2 === 93 && !balance) {
      return atClosingBrace(code2);
    }
    const token = effects.enter("chunkText", {
      _contentTypeTextTrailing: true,
      contentType: "text",
      previous: previous3
    });
    if (previous3) previous3.next = token;
    previous3 = token;
    return data(code2);
  }
  function data(code2) {
    if (code2 === null || size > 999) {
      return nok(code2);
    }
    if (code2 === 91 && ++balance > 32) {
      return nok(code2);
    }
    if (code2 === 93 && !balance--) {
      effects.exit("chunkText");
      return atClosingBrace(code2);
    }
    if (markdownLineEnding(code2)) {
      if (disallowEol) {
        return nok(code2);
      }
      effects.consume(code2);
      effects.exit("chunkText");
      return lineStart;
    }
    effects.consume(code2);
    return code2 === 92 ? dataEscape : data;
  }
  function dataEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return data;
    }
    return data(code2);
  }
  function atClosingBrace(code2) {
    effects.exit(stringType);
    effects.enter(markerType);
    effects.consume(code2);
    effects.exit(markerType);
    effects.exit(type);
    return ok;
  }
}

// node_modules/micromark-extension-directive/lib/factory-name.js
function factoryName(effects, ok, nok, type) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null || markdownLineEnding(code2) || unicodePunctuation(code2) || unicodeWhitespace(code2)) {
      return nok(code2);
    }
    effects.enter(type);
    effects.consume(code2);
    return name;
  }
  function name(code2) {
    if (code2 === null || markdownLineEnding(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) && code2 !== 45 && code2 !== 95) {
      effects.exit(type);
      return self.previous === 45 || self.previous === 95 ? nok(code2) : ok(code2);
    }
    effects.consume(code2);
    return name;
  }
}

// node_modules/micromark-extension-directive/lib/directive-container.js
var directiveContainer = {
  tokenize: tokenizeDirectiveContainer,
  concrete: true
};
var label = {
  tokenize: tokenizeLabel,
  partial: true
};
var attributes = {
  tokenize: tokenizeAttributes,
  partial: true
};
var nonLazyLine = {
  tokenize: tokenizeNonLazyLine,
  partial: true
};
function tokenizeDirectiveContainer(effects, ok, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let sizeOpen = 0;
  let previous3;
  return start;
  function start(code2) {
    effects.enter("directiveContainer");
    effects.enter("directiveContainerFence");
    effects.enter("directiveContainerSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    if (sizeOpen < 3) {
      return nok(code2);
    }
    effects.exit("directiveContainerSequence");
    return factoryName.call(self, effects, afterName, nok, "directiveContainerName")(code2);
  }
  function afterName(code2) {
    return code2 === 91 ? effects.attempt(label, afterLabel, afterLabel)(code2) : afterLabel(code2);
  }
  function afterLabel(code2) {
    return code2 === 123 ? effects.attempt(attributes, afterAttributes, afterAttributes)(code2) : afterAttributes(code2);
  }
  function afterAttributes(code2) {
    return factorySpace(effects, openAfter, "whitespace")(code2);
  }
  function openAfter(code2) {
    effects.exit("directiveContainerFence");
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      if (self.interrupt) {
        return ok(code2);
      }
      return effects.attempt(nonLazyLine, contentStart, after)(code2);
    }
    return nok(code2);
  }
  function contentStart(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(nonLazyLine, emptyContentNonLazyLineAfter, after)(code2);
    }
    effects.enter("directiveContainerContent");
    return lineStart(code2);
  }
  function lineStart(code2) {
    return effects.attempt({
      tokenize: tokenizeClosingFence,
      partial: true
    }, afterContent, initialSize ? factorySpace(effects, chunkStart, "linePrefix", initialSize + 1) : chunkStart)(code2);
  }
  function chunkStart(code2) {
    if (code2 === null) {
      return afterContent(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(nonLazyLine, chunkNonLazyStart, afterContent)(code2);
    }
    return chunkNonLazyStart(code2);
  }
  function contentContinue(code2) {
    if (code2 === null) {
      const t = effects.exit("chunkDocument");
      self.parser.lazy[t.start.line] = false;
      return afterContent(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.check(nonLazyLine, nonLazyLineAfter, lineAfter)(code2);
    }
    effects.consume(code2);
    return contentContinue;
  }
  function chunkNonLazyStart(code2) {
    const token = effects.enter("chunkDocument", {
      contentType: "document",
      previous: previous3
    });
    if (previous3) previous3.next = token;
    previous3 = token;
    return contentContinue(code2);
  }
  function emptyContentNonLazyLineAfter(code2) {
    effects.enter("directiveContainerContent");
    return lineStart(code2);
  }
  function nonLazyLineAfter(code2) {
    effects.consume(code2);
    const t = effects.exit("chunkDocument");
    self.parser.lazy[t.start.line] = false;
    return lineStart;
  }
  function lineAfter(code2) {
    const t = effects.exit("chunkDocument");
    self.parser.lazy[t.start.line] = false;
    return afterContent(code2);
  }
  function afterContent(code2) {
    effects.exit("directiveContainerContent");
    return after(code2);
  }
  function after(code2) {
    effects.exit("directiveContainer");
    return ok(code2);
  }
  function tokenizeClosingFence(effects2, ok2, nok2) {
    let size = 0;
    return factorySpace(effects2, closingPrefixAfter, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
    function closingPrefixAfter(code2) {
      effects2.enter("directiveContainerFence");
      effects2.enter("directiveContainerSequence");
      return closingSequence(code2);
    }
    function closingSequence(code2) {
      if (code2 === 58) {
        effects2.consume(code2);
        size++;
        return closingSequence;
      }
      if (size < sizeOpen) return nok2(code2);
      effects2.exit("directiveContainerSequence");
      return factorySpace(effects2, closingSequenceEnd, "whitespace")(code2);
    }
    function closingSequenceEnd(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("directiveContainerFence");
        return ok2(code2);
      }
      return nok2(code2);
    }
  }
}
function tokenizeLabel(effects, ok, nok) {
  return factoryLabel(effects, ok, nok, "directiveContainerLabel", "directiveContainerLabelMarker", "directiveContainerLabelString", true);
}
function tokenizeAttributes(effects, ok, nok) {
  return factoryAttributes(effects, ok, nok, "directiveContainerAttributes", "directiveContainerAttributesMarker", "directiveContainerAttribute", "directiveContainerAttributeId", "directiveContainerAttributeClass", "directiveContainerAttributeName", "directiveContainerAttributeInitializerMarker", "directiveContainerAttributeValueLiteral", "directiveContainerAttributeValue", "directiveContainerAttributeValueMarker", "directiveContainerAttributeValueData", true);
}
function tokenizeNonLazyLine(effects, ok, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineStart;
  }
  function lineStart(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok(code2);
  }
}

// node_modules/micromark-extension-directive/lib/directive-leaf.js
var directiveLeaf = {
  tokenize: tokenizeDirectiveLeaf
};
var label2 = {
  tokenize: tokenizeLabel2,
  partial: true
};
var attributes2 = {
  tokenize: tokenizeAttributes2,
  partial: true
};
function tokenizeDirectiveLeaf(effects, ok, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("directiveLeaf");
    effects.enter("directiveLeafSequence");
    effects.consume(code2);
    return inStart;
  }
  function inStart(code2) {
    if (code2 === 58) {
      effects.consume(code2);
      effects.exit("directiveLeafSequence");
      return factoryName.call(self, effects, afterName, nok, "directiveLeafName");
    }
    return nok(code2);
  }
  function afterName(code2) {
    return code2 === 91 ? effects.attempt(label2, afterLabel, afterLabel)(code2) : afterLabel(code2);
  }
  function afterLabel(code2) {
    return code2 === 123 ? effects.attempt(attributes2, afterAttributes, afterAttributes)(code2) : afterAttributes(code2);
  }
  function afterAttributes(code2) {
    return factorySpace(effects, end, "whitespace")(code2);
  }
  function end(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("directiveLeaf");
      return ok(code2);
    }
    return nok(code2);
  }
}
function tokenizeLabel2(effects, ok, nok) {
  return factoryLabel(effects, ok, nok, "directiveLeafLabel", "directiveLeafLabelMarker", "directiveLeafLabelString", true);
}
function tokenizeAttributes2(effects, ok, nok) {
  return factoryAttributes(effects, ok, nok, "directiveLeafAttributes", "directiveLeafAttributesMarker", "directiveLeafAttribute", "directiveLeafAttributeId", "directiveLeafAttributeClass", "directiveLeafAttributeName", "directiveLeafAttributeInitializerMarker", "directiveLeafAttributeValueLiteral", "directiveLeafAttributeValue", "directiveLeafAttributeValueMarker", "directiveLeafAttributeValueData", true);
}

// node_modules/micromark-extension-directive/lib/directive-text.js
var directiveText = {
  tokenize: tokenizeDirectiveText,
  previous
};
var label3 = {
  tokenize: tokenizeLabel3,
  partial: true
};
var attributes3 = {
  tokenize: tokenizeAttributes3,
  partial: true
};
function previous(code2) {
  return code2 !== 58 || this.events[this.events.length - 1][1].type === "characterEscape";
}
function tokenizeDirectiveText(effects, ok, nok) {
  const self = this;
  return start;
  function start(code2) {
    effects.enter("directiveText");
    effects.enter("directiveTextMarker");
    effects.consume(code2);
    effects.exit("directiveTextMarker");
    return factoryName.call(self, effects, afterName, nok, "directiveTextName");
  }
  function afterName(code2) {
    return code2 === 58 ? nok(code2) : code2 === 91 ? effects.attempt(label3, afterLabel, afterLabel)(code2) : afterLabel(code2);
  }
  function afterLabel(code2) {
    return code2 === 123 ? effects.attempt(attributes3, afterAttributes, afterAttributes)(code2) : afterAttributes(code2);
  }
  function afterAttributes(code2) {
    effects.exit("directiveText");
    return ok(code2);
  }
}
function tokenizeLabel3(effects, ok, nok) {
  return factoryLabel(effects, ok, nok, "directiveTextLabel", "directiveTextLabelMarker", "directiveTextLabelString");
}
function tokenizeAttributes3(effects, ok, nok) {
  return factoryAttributes(effects, ok, nok, "directiveTextAttributes", "directiveTextAttributesMarker", "directiveTextAttribute", "directiveTextAttributeId", "directiveTextAttributeClass", "directiveTextAttributeName", "directiveTextAttributeInitializerMarker", "directiveTextAttributeValueLiteral", "directiveTextAttributeValue", "directiveTextAttributeValueMarker", "directiveTextAttributeValueData");
}

// node_modules/micromark-extension-directive/lib/syntax.js
function directive() {
  return {
    text: {
      [58]: directiveText
    },
    flow: {
      [58]: [directiveContainer, directiveLeaf]
    }
  };
}

// node_modules/micromark-extension-gfm-autolink-literal/lib/syntax.js
var wwwPrefix = {
  tokenize: tokenizeWwwPrefix,
  partial: true
};
var domain = {
  tokenize: tokenizeDomain,
  partial: true
};
var path2 = {
  tokenize: tokenizePath,
  partial: true
};
var trail = {
  tokenize: tokenizeTrail,
  partial: true
};
var emailDomainDotTrail = {
  tokenize: tokenizeEmailDomainDotTrail,
  partial: true
};
var wwwAutolink = {
  name: "wwwAutolink",
  tokenize: tokenizeWwwAutolink,
  previous: previousWww
};
var protocolAutolink = {
  name: "protocolAutolink",
  tokenize: tokenizeProtocolAutolink,
  previous: previousProtocol
};
var emailAutolink = {
  name: "emailAutolink",
  tokenize: tokenizeEmailAutolink,
  previous: previousEmail
};
var text = {};
function gfmAutolinkLiteral() {
  return {
    text
  };
}
var code = 48;
while (code < 123) {
  text[code] = emailAutolink;
  code++;
  if (code === 58) code = 65;
  else if (code === 91) code = 97;
}
text[43] = emailAutolink;
text[45] = emailAutolink;
text[46] = emailAutolink;
text[95] = emailAutolink;
text[72] = [emailAutolink, protocolAutolink];
text[104] = [emailAutolink, protocolAutolink];
text[87] = [emailAutolink, wwwAutolink];
text[119] = [emailAutolink, wwwAutolink];
function tokenizeEmailAutolink(effects, ok, nok) {
  const self = this;
  let dot;
  let data;
  return start;
  function start(code2) {
    if (!gfmAtext(code2) || !previousEmail.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkEmail");
    return atext(code2);
  }
  function atext(code2) {
    if (gfmAtext(code2)) {
      effects.consume(code2);
      return atext;
    }
    if (code2 === 64) {
      effects.consume(code2);
      return emailDomain;
    }
    return nok(code2);
  }
  function emailDomain(code2) {
    if (code2 === 46) {
      return effects.check(emailDomainDotTrail, emailDomainAfter, emailDomainDot)(code2);
    }
    if (code2 === 45 || code2 === 95 || asciiAlphanumeric(code2)) {
      data = true;
      effects.consume(code2);
      return emailDomain;
    }
    return emailDomainAfter(code2);
  }
  function emailDomainDot(code2) {
    effects.consume(code2);
    dot = true;
    return emailDomain;
  }
  function emailDomainAfter(code2) {
    if (data && dot && asciiAlpha(self.previous)) {
      effects.exit("literalAutolinkEmail");
      effects.exit("literalAutolink");
      return ok(code2);
    }
    return nok(code2);
  }
}
function tokenizeWwwAutolink(effects, ok, nok) {
  const self = this;
  return wwwStart;
  function wwwStart(code2) {
    if (code2 !== 87 && code2 !== 119 || !previousWww.call(self, self.previous) || previousUnbalanced(self.events)) {
      return nok(code2);
    }
    effects.enter("literalAutolink");
    effects.enter("literalAutolinkWww");
    return effects.check(wwwPrefix, effects.attempt(domain, effects.attempt(path2, wwwAfter), nok), nok)(code2);
  }
  function wwwAfter(code2) {
    effects.exit("literalAutolinkWww");
    effects.exit("literalAutolink");
    return ok(code2);
  }
}
function tokenizeProtocolAutolink(effects, ok, nok) {
  const self = this;
  let buffer = "";
  let seen = false;
  return protocolStart;
  function protocolStart(code2) {
    if ((code2 === 72 || code2 === 104) && previousProtocol.call(self, self.previous) && !previousUnbalanced(self.events)) {
      effects.enter("literalAutolink");
      effects.enter("literalAutolinkHttp");
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    return nok(code2);
  }
  function protocolPrefixInside(code2) {
    if (asciiAlpha(code2) && buffer.length < 5) {
      buffer += String.fromCodePoint(code2);
      effects.consume(code2);
      return protocolPrefixInside;
    }
    if (code2 === 58) {
      const protocol = buffer.toLowerCase();
      if (protocol === "http" || protocol === "https") {
        effects.consume(code2);
        return protocolSlashesInside;
      }
    }
    return nok(code2);
  }
  function protocolSlashesInside(code2) {
    if (code2 === 47) {
      effects.consume(code2);
      if (seen) {
        return afterProtocol;
      }
      seen = true;
      return protocolSlashesInside;
    }
    return nok(code2);
  }
  function afterProtocol(code2) {
    return code2 === null || asciiControl(code2) || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || unicodePunctuation(code2) ? nok(code2) : effects.attempt(domain, effects.attempt(path2, protocolAfter), nok)(code2);
  }
  function protocolAfter(code2) {
    effects.exit("literalAutolinkHttp");
    effects.exit("literalAutolink");
    return ok(code2);
  }
}
function tokenizeWwwPrefix(effects, ok, nok) {
  let size = 0;
  return wwwPrefixInside;
  function wwwPrefixInside(code2) {
    if ((code2 === 87 || code2 === 119) && size < 3) {
      size++;
      effects.consume(code2);
      return wwwPrefixInside;
    }
    if (code2 === 46 && size === 3) {
      effects.consume(code2);
      return wwwPrefixAfter;
    }
    return nok(code2);
  }
  function wwwPrefixAfter(code2) {
    return code2 === null ? nok(code2) : ok(code2);
  }
}
function tokenizeDomain(effects, ok, nok) {
  let underscoreInLastSegment;
  let underscoreInLastLastSegment;
  let seen;
  return domainInside;
  function domainInside(code2) {
    if (code2 === 46 || code2 === 95) {
      return effects.check(trail, domainAfter, domainAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2) || code2 !== 45 && unicodePunctuation(code2)) {
      return domainAfter(code2);
    }
    seen = true;
    effects.consume(code2);
    return domainInside;
  }
  function domainAtPunctuation(code2) {
    if (code2 === 95) {
      underscoreInLastSegment = true;
    } else {
      underscoreInLastLastSegment = underscoreInLastSegment;
      underscoreInLastSegment = void 0;
    }
    effects.consume(code2);
    return domainInside;
  }
  function domainAfter(code2) {
    if (underscoreInLastLastSegment || underscoreInLastSegment || !seen) {
      return nok(code2);
    }
    return ok(code2);
  }
}
function tokenizePath(effects, ok) {
  let sizeOpen = 0;
  let sizeClose = 0;
  return pathInside;
  function pathInside(code2) {
    if (code2 === 40) {
      sizeOpen++;
      effects.consume(code2);
      return pathInside;
    }
    if (code2 === 41 && sizeClose < sizeOpen) {
      return pathAtPunctuation(code2);
    }
    if (code2 === 33 || code2 === 34 || code2 === 38 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 60 || code2 === 63 || code2 === 93 || code2 === 95 || code2 === 126) {
      return effects.check(trail, ok, pathAtPunctuation)(code2);
    }
    if (code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok(code2);
    }
    effects.consume(code2);
    return pathInside;
  }
  function pathAtPunctuation(code2) {
    if (code2 === 41) {
      sizeClose++;
    }
    effects.consume(code2);
    return pathInside;
  }
}
function tokenizeTrail(effects, ok, nok) {
  return trail2;
  function trail2(code2) {
    if (code2 === 33 || code2 === 34 || code2 === 39 || code2 === 41 || code2 === 42 || code2 === 44 || code2 === 46 || code2 === 58 || code2 === 59 || code2 === 63 || code2 === 95 || code2 === 126) {
      effects.consume(code2);
      return trail2;
    }
    if (code2 === 38) {
      effects.consume(code2);
      return trailCharacterReferenceStart;
    }
    if (code2 === 93) {
      effects.consume(code2);
      return trailBracketAfter;
    }
    if (
      // `<` is an end.
      code2 === 60 || // So is whitespace.
      code2 === null || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)
    ) {
      return ok(code2);
    }
    return nok(code2);
  }
  function trailBracketAfter(code2) {
    if (code2 === null || code2 === 40 || code2 === 91 || markdownLineEndingOrSpace(code2) || unicodeWhitespace(code2)) {
      return ok(code2);
    }
    return trail2(code2);
  }
  function trailCharacterReferenceStart(code2) {
    return asciiAlpha(code2) ? trailCharacterReferenceInside(code2) : nok(code2);
  }
  function trailCharacterReferenceInside(code2) {
    if (code2 === 59) {
      effects.consume(code2);
      return trail2;
    }
    if (asciiAlpha(code2)) {
      effects.consume(code2);
      return trailCharacterReferenceInside;
    }
    return nok(code2);
  }
}
function tokenizeEmailDomainDotTrail(effects, ok, nok) {
  return start;
  function start(code2) {
    effects.consume(code2);
    return after;
  }
  function after(code2) {
    return asciiAlphanumeric(code2) ? nok(code2) : ok(code2);
  }
}
function previousWww(code2) {
  return code2 === null || code2 === 40 || code2 === 42 || code2 === 95 || code2 === 91 || code2 === 93 || code2 === 126 || markdownLineEndingOrSpace(code2);
}
function previousProtocol(code2) {
  return !asciiAlpha(code2);
}
function previousEmail(code2) {
  return !(code2 === 47 || gfmAtext(code2));
}
function gfmAtext(code2) {
  return code2 === 43 || code2 === 45 || code2 === 46 || code2 === 95 || asciiAlphanumeric(code2);
}
function previousUnbalanced(events) {
  let index = events.length;
  let result = false;
  while (index--) {
    const token = events[index][1];
    if ((token.type === "labelLink" || token.type === "labelImage") && !token._balanced) {
      result = true;
      break;
    }
    if (token._gfmAutolinkLiteralWalkedInto) {
      result = false;
      break;
    }
  }
  if (events.length > 0 && !result) {
    events[events.length - 1][1]._gfmAutolinkLiteralWalkedInto = true;
  }
  return result;
}

// node_modules/micromark-extension-gfm-footnote/lib/syntax.js
var indent = {
  tokenize: tokenizeIndent,
  partial: true
};
function gfmFootnote() {
  return {
    document: {
      [91]: {
        name: "gfmFootnoteDefinition",
        tokenize: tokenizeDefinitionStart,
        continuation: {
          tokenize: tokenizeDefinitionContinuation
        },
        exit: gfmFootnoteDefinitionEnd
      }
    },
    text: {
      [91]: {
        name: "gfmFootnoteCall",
        tokenize: tokenizeGfmFootnoteCall
      },
      [93]: {
        name: "gfmPotentialFootnoteCall",
        add: "after",
        tokenize: tokenizePotentialGfmFootnoteCall,
        resolveTo: resolveToPotentialGfmFootnoteCall
      }
    }
  };
}
function tokenizePotentialGfmFootnoteCall(effects, ok, nok) {
  const self = this;
  let index = self.events.length;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let labelStart;
  while (index--) {
    const token = self.events[index][1];
    if (token.type === "labelImage") {
      labelStart = token;
      break;
    }
    if (token.type === "gfmFootnoteCall" || token.type === "labelLink" || token.type === "label" || token.type === "image" || token.type === "link") {
      break;
    }
  }
  return start;
  function start(code2) {
    if (!labelStart || !labelStart._balanced) {
      return nok(code2);
    }
    const id = normalizeIdentifier(self.sliceSerialize({
      start: labelStart.end,
      end: self.now()
    }));
    if (id.codePointAt(0) !== 94 || !defined.includes(id.slice(1))) {
      return nok(code2);
    }
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return ok(code2);
  }
}
function resolveToPotentialGfmFootnoteCall(events, context) {
  let index = events.length;
  let labelStart;
  while (index--) {
    if (events[index][1].type === "labelImage" && events[index][0] === "enter") {
      labelStart = events[index][1];
      break;
    }
  }
  events[index + 1][1].type = "data";
  events[index + 3][1].type = "gfmFootnoteCallLabelMarker";
  const call = {
    type: "gfmFootnoteCall",
    start: Object.assign({}, events[index + 3][1].start),
    end: Object.assign({}, events[events.length - 1][1].end)
  };
  const marker = {
    type: "gfmFootnoteCallMarker",
    start: Object.assign({}, events[index + 3][1].end),
    end: Object.assign({}, events[index + 3][1].end)
  };
  marker.end.column++;
  marker.end.offset++;
  marker.end._bufferIndex++;
  const string = {
    type: "gfmFootnoteCallString",
    start: Object.assign({}, marker.end),
    end: Object.assign({}, events[events.length - 1][1].start)
  };
  const chunk = {
    type: "chunkString",
    contentType: "string",
    start: Object.assign({}, string.start),
    end: Object.assign({}, string.end)
  };
  const replacement = [
    // Take the `labelImageMarker` (now `data`, the `!`)
    events[index + 1],
    events[index + 2],
    ["enter", call, context],
    // The `[`
    events[index + 3],
    events[index + 4],
    // The `^`.
    ["enter", marker, context],
    ["exit", marker, context],
    // Everything in between.
    ["enter", string, context],
    ["enter", chunk, context],
    ["exit", chunk, context],
    ["exit", string, context],
    // The ending (`]`, properly parsed and labelled).
    events[events.length - 2],
    events[events.length - 1],
    ["exit", call, context]
  ];
  events.splice(index, events.length - index + 1, ...replacement);
  return events;
}
function tokenizeGfmFootnoteCall(effects, ok, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteCall");
    effects.enter("gfmFootnoteCallLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallLabelMarker");
    return callStart;
  }
  function callStart(code2) {
    if (code2 !== 94) return nok(code2);
    effects.enter("gfmFootnoteCallMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteCallMarker");
    effects.enter("gfmFootnoteCallString");
    effects.enter("chunkString").contentType = "string";
    return callData;
  }
  function callData(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteCallString");
      if (!defined.includes(normalizeIdentifier(self.sliceSerialize(token)))) {
        return nok(code2);
      }
      effects.enter("gfmFootnoteCallLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteCallLabelMarker");
      effects.exit("gfmFootnoteCall");
      return ok;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? callEscape : callData;
  }
  function callEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return callData;
    }
    return callData(code2);
  }
}
function tokenizeDefinitionStart(effects, ok, nok) {
  const self = this;
  const defined = self.parser.gfmFootnotes || (self.parser.gfmFootnotes = []);
  let identifier;
  let size = 0;
  let data;
  return start;
  function start(code2) {
    effects.enter("gfmFootnoteDefinition")._container = true;
    effects.enter("gfmFootnoteDefinitionLabel");
    effects.enter("gfmFootnoteDefinitionLabelMarker");
    effects.consume(code2);
    effects.exit("gfmFootnoteDefinitionLabelMarker");
    return labelAtMarker;
  }
  function labelAtMarker(code2) {
    if (code2 === 94) {
      effects.enter("gfmFootnoteDefinitionMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionMarker");
      effects.enter("gfmFootnoteDefinitionLabelString");
      effects.enter("chunkString").contentType = "string";
      return labelInside;
    }
    return nok(code2);
  }
  function labelInside(code2) {
    if (
      // Too long.
      size > 999 || // Closing brace with nothing.
      code2 === 93 && !data || // Space or tab is not supported by GFM for some reason.
      // `\n` and `[` not being supported makes sense.
      code2 === null || code2 === 91 || markdownLineEndingOrSpace(code2)
    ) {
      return nok(code2);
    }
    if (code2 === 93) {
      effects.exit("chunkString");
      const token = effects.exit("gfmFootnoteDefinitionLabelString");
      identifier = normalizeIdentifier(self.sliceSerialize(token));
      effects.enter("gfmFootnoteDefinitionLabelMarker");
      effects.consume(code2);
      effects.exit("gfmFootnoteDefinitionLabelMarker");
      effects.exit("gfmFootnoteDefinitionLabel");
      return labelAfter;
    }
    if (!markdownLineEndingOrSpace(code2)) {
      data = true;
    }
    size++;
    effects.consume(code2);
    return code2 === 92 ? labelEscape : labelInside;
  }
  function labelEscape(code2) {
    if (code2 === 91 || code2 === 92 || code2 === 93) {
      effects.consume(code2);
      size++;
      return labelInside;
    }
    return labelInside(code2);
  }
  function labelAfter(code2) {
    if (code2 === 58) {
      effects.enter("definitionMarker");
      effects.consume(code2);
      effects.exit("definitionMarker");
      if (!defined.includes(identifier)) {
        defined.push(identifier);
      }
      return factorySpace(effects, whitespaceAfter, "gfmFootnoteDefinitionWhitespace");
    }
    return nok(code2);
  }
  function whitespaceAfter(code2) {
    return ok(code2);
  }
}
function tokenizeDefinitionContinuation(effects, ok, nok) {
  return effects.check(blankLine, ok, effects.attempt(indent, ok, nok));
}
function gfmFootnoteDefinitionEnd(effects) {
  effects.exit("gfmFootnoteDefinition");
}
function tokenizeIndent(effects, ok, nok) {
  const self = this;
  return factorySpace(effects, afterPrefix, "gfmFootnoteDefinitionIndent", 4 + 1);
  function afterPrefix(code2) {
    const tail = self.events[self.events.length - 1];
    return tail && tail[1].type === "gfmFootnoteDefinitionIndent" && tail[2].sliceSerialize(tail[1], true).length === 4 ? ok(code2) : nok(code2);
  }
}

// node_modules/micromark-extension-gfm-table/lib/edit-map.js
var EditMap = class {
  /**
   * Create a new edit map.
   */
  constructor() {
    this.map = [];
  }
  /**
   * Create an edit: a remove and/or add at a certain place.
   *
   * @param {number} index
   * @param {number} remove
   * @param {Array<Event>} add
   * @returns {undefined}
   */
  add(index, remove, add) {
    addImplementation(this, index, remove, add);
  }
  // To do: add this when moving to `micromark`.
  // /**
  //  * Create an edit: but insert `add` before existing additions.
  //  *
  //  * @param {number} index
  //  * @param {number} remove
  //  * @param {Array<Event>} add
  //  * @returns {undefined}
  //  */
  // addBefore(index, remove, add) {
  //   addImplementation(this, index, remove, add, true)
  // }
  /**
   * Done, change the events.
   *
   * @param {Array<Event>} events
   * @returns {undefined}
   */
  consume(events) {
    this.map.sort(function(a, b) {
      return a[0] - b[0];
    });
    if (this.map.length === 0) {
      return;
    }
    let index = this.map.length;
    const vecs = [];
    while (index > 0) {
      index -= 1;
      vecs.push(events.slice(this.map[index][0] + this.map[index][1]), this.map[index][2]);
      events.length = this.map[index][0];
    }
    vecs.push(events.slice());
    events.length = 0;
    let slice = vecs.pop();
    while (slice) {
      for (const element of slice) {
        events.push(element);
      }
      slice = vecs.pop();
    }
    this.map.length = 0;
  }
};
function addImplementation(editMap, at, remove, add) {
  let index = 0;
  if (remove === 0 && add.length === 0) {
    return;
  }
  while (index < editMap.map.length) {
    if (editMap.map[index][0] === at) {
      editMap.map[index][1] += remove;
      editMap.map[index][2].push(...add);
      return;
    }
    index += 1;
  }
  editMap.map.push([at, remove, add]);
}

// node_modules/micromark-extension-gfm-table/lib/infer.js
function gfmTableAlign(events, index) {
  let inDelimiterRow = false;
  const align = [];
  while (index < events.length) {
    const event = events[index];
    if (inDelimiterRow) {
      if (event[0] === "enter") {
        if (event[1].type === "tableContent") {
          align.push(events[index + 1][1].type === "tableDelimiterMarker" ? "left" : "none");
        }
      } else if (event[1].type === "tableContent") {
        if (events[index - 1][1].type === "tableDelimiterMarker") {
          const alignIndex = align.length - 1;
          align[alignIndex] = align[alignIndex] === "left" ? "center" : "right";
        }
      } else if (event[1].type === "tableDelimiterRow") {
        break;
      }
    } else if (event[0] === "enter" && event[1].type === "tableDelimiterRow") {
      inDelimiterRow = true;
    }
    index += 1;
  }
  return align;
}

// node_modules/micromark-extension-gfm-table/lib/syntax.js
function gfmTable() {
  return {
    flow: {
      null: {
        name: "table",
        tokenize: tokenizeTable,
        resolveAll: resolveTable
      }
    }
  };
}
function tokenizeTable(effects, ok, nok) {
  const self = this;
  let size = 0;
  let sizeB = 0;
  let seen;
  return start;
  function start(code2) {
    let index = self.events.length - 1;
    while (index > -1) {
      const type = self.events[index][1].type;
      if (type === "lineEnding" || // Note: markdown-rs uses `whitespace` instead of `linePrefix`
      type === "linePrefix") index--;
      else break;
    }
    const tail = index > -1 ? self.events[index][1].type : null;
    const next = tail === "tableHead" || tail === "tableRow" ? bodyRowStart : headRowBefore;
    if (next === bodyRowStart && self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    return next(code2);
  }
  function headRowBefore(code2) {
    effects.enter("tableHead");
    effects.enter("tableRow");
    return headRowStart(code2);
  }
  function headRowStart(code2) {
    if (code2 === 124) {
      return headRowBreak(code2);
    }
    seen = true;
    sizeB += 1;
    return headRowBreak(code2);
  }
  function headRowBreak(code2) {
    if (code2 === null) {
      return nok(code2);
    }
    if (markdownLineEnding(code2)) {
      if (sizeB > 1) {
        sizeB = 0;
        self.interrupt = true;
        effects.exit("tableRow");
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return headDelimiterStart;
      }
      return nok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, headRowBreak, "whitespace")(code2);
    }
    sizeB += 1;
    if (seen) {
      seen = false;
      size += 1;
    }
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      seen = true;
      return headRowBreak;
    }
    effects.enter("data");
    return headRowData(code2);
  }
  function headRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return headRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? headRowEscape : headRowData;
  }
  function headRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return headRowData;
    }
    return headRowData(code2);
  }
  function headDelimiterStart(code2) {
    self.interrupt = false;
    if (self.parser.lazy[self.now().line]) {
      return nok(code2);
    }
    effects.enter("tableDelimiterRow");
    seen = false;
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterBefore, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4)(code2);
    }
    return headDelimiterBefore(code2);
  }
  function headDelimiterBefore(code2) {
    if (code2 === 45 || code2 === 58) {
      return headDelimiterValueBefore(code2);
    }
    if (code2 === 124) {
      seen = true;
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return headDelimiterCellBefore;
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterCellBefore(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterValueBefore, "whitespace")(code2);
    }
    return headDelimiterValueBefore(code2);
  }
  function headDelimiterValueBefore(code2) {
    if (code2 === 58) {
      sizeB += 1;
      seen = true;
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterLeftAlignmentAfter;
    }
    if (code2 === 45) {
      sizeB += 1;
      return headDelimiterLeftAlignmentAfter(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      return headDelimiterCellAfter(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterLeftAlignmentAfter(code2) {
    if (code2 === 45) {
      effects.enter("tableDelimiterFiller");
      return headDelimiterFiller(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterFiller(code2) {
    if (code2 === 45) {
      effects.consume(code2);
      return headDelimiterFiller;
    }
    if (code2 === 58) {
      seen = true;
      effects.exit("tableDelimiterFiller");
      effects.enter("tableDelimiterMarker");
      effects.consume(code2);
      effects.exit("tableDelimiterMarker");
      return headDelimiterRightAlignmentAfter;
    }
    effects.exit("tableDelimiterFiller");
    return headDelimiterRightAlignmentAfter(code2);
  }
  function headDelimiterRightAlignmentAfter(code2) {
    if (markdownSpace(code2)) {
      return factorySpace(effects, headDelimiterCellAfter, "whitespace")(code2);
    }
    return headDelimiterCellAfter(code2);
  }
  function headDelimiterCellAfter(code2) {
    if (code2 === 124) {
      return headDelimiterBefore(code2);
    }
    if (code2 === null || markdownLineEnding(code2)) {
      if (!seen || size !== sizeB) {
        return headDelimiterNok(code2);
      }
      effects.exit("tableDelimiterRow");
      effects.exit("tableHead");
      return ok(code2);
    }
    return headDelimiterNok(code2);
  }
  function headDelimiterNok(code2) {
    return nok(code2);
  }
  function bodyRowStart(code2) {
    effects.enter("tableRow");
    return bodyRowBreak(code2);
  }
  function bodyRowBreak(code2) {
    if (code2 === 124) {
      effects.enter("tableCellDivider");
      effects.consume(code2);
      effects.exit("tableCellDivider");
      return bodyRowBreak;
    }
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("tableRow");
      return ok(code2);
    }
    if (markdownSpace(code2)) {
      return factorySpace(effects, bodyRowBreak, "whitespace")(code2);
    }
    effects.enter("data");
    return bodyRowData(code2);
  }
  function bodyRowData(code2) {
    if (code2 === null || code2 === 124 || markdownLineEndingOrSpace(code2)) {
      effects.exit("data");
      return bodyRowBreak(code2);
    }
    effects.consume(code2);
    return code2 === 92 ? bodyRowEscape : bodyRowData;
  }
  function bodyRowEscape(code2) {
    if (code2 === 92 || code2 === 124) {
      effects.consume(code2);
      return bodyRowData;
    }
    return bodyRowData(code2);
  }
}
function resolveTable(events, context) {
  let index = -1;
  let inFirstCellAwaitingPipe = true;
  let rowKind = 0;
  let lastCell = [0, 0, 0, 0];
  let cell = [0, 0, 0, 0];
  let afterHeadAwaitingFirstBodyRow = false;
  let lastTableEnd = 0;
  let currentTable;
  let currentBody;
  let currentCell;
  const map2 = new EditMap();
  while (++index < events.length) {
    const event = events[index];
    const token = event[1];
    if (event[0] === "enter") {
      if (token.type === "tableHead") {
        afterHeadAwaitingFirstBodyRow = false;
        if (lastTableEnd !== 0) {
          flushTableEnd(map2, context, lastTableEnd, currentTable, currentBody);
          currentBody = void 0;
          lastTableEnd = 0;
        }
        currentTable = {
          type: "table",
          start: Object.assign({}, token.start),
          // Note: correct end is set later.
          end: Object.assign({}, token.end)
        };
        map2.add(index, 0, [["enter", currentTable, context]]);
      } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
        inFirstCellAwaitingPipe = true;
        currentCell = void 0;
        lastCell = [0, 0, 0, 0];
        cell = [0, index + 1, 0, 0];
        if (afterHeadAwaitingFirstBodyRow) {
          afterHeadAwaitingFirstBodyRow = false;
          currentBody = {
            type: "tableBody",
            start: Object.assign({}, token.start),
            // Note: correct end is set later.
            end: Object.assign({}, token.end)
          };
          map2.add(index, 0, [["enter", currentBody, context]]);
        }
        rowKind = token.type === "tableDelimiterRow" ? 2 : currentBody ? 3 : 1;
      } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
        inFirstCellAwaitingPipe = false;
        if (cell[2] === 0) {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context, lastCell, rowKind, void 0, currentCell);
            lastCell = [0, 0, 0, 0];
          }
          cell[2] = index;
        }
      } else if (token.type === "tableCellDivider") {
        if (inFirstCellAwaitingPipe) {
          inFirstCellAwaitingPipe = false;
        } else {
          if (lastCell[1] !== 0) {
            cell[0] = cell[1];
            currentCell = flushCell(map2, context, lastCell, rowKind, void 0, currentCell);
          }
          lastCell = cell;
          cell = [lastCell[1], index, 0, 0];
        }
      }
    } else if (token.type === "tableHead") {
      afterHeadAwaitingFirstBodyRow = true;
      lastTableEnd = index;
    } else if (token.type === "tableRow" || token.type === "tableDelimiterRow") {
      lastTableEnd = index;
      if (lastCell[1] !== 0) {
        cell[0] = cell[1];
        currentCell = flushCell(map2, context, lastCell, rowKind, index, currentCell);
      } else if (cell[1] !== 0) {
        currentCell = flushCell(map2, context, cell, rowKind, index, currentCell);
      }
      rowKind = 0;
    } else if (rowKind && (token.type === "data" || token.type === "tableDelimiterMarker" || token.type === "tableDelimiterFiller")) {
      cell[3] = index;
    }
  }
  if (lastTableEnd !== 0) {
    flushTableEnd(map2, context, lastTableEnd, currentTable, currentBody);
  }
  map2.consume(context.events);
  index = -1;
  while (++index < context.events.length) {
    const event = context.events[index];
    if (event[0] === "enter" && event[1].type === "table") {
      event[1]._align = gfmTableAlign(context.events, index);
    }
  }
  return events;
}
function flushCell(map2, context, range, rowKind, rowEnd, previousCell) {
  const groupName = rowKind === 1 ? "tableHeader" : rowKind === 2 ? "tableDelimiter" : "tableData";
  const valueName = "tableContent";
  if (range[0] !== 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, range[0]));
    map2.add(range[0], 0, [["exit", previousCell, context]]);
  }
  const now = getPoint(context.events, range[1]);
  previousCell = {
    type: groupName,
    start: Object.assign({}, now),
    // Note: correct end is set later.
    end: Object.assign({}, now)
  };
  map2.add(range[1], 0, [["enter", previousCell, context]]);
  if (range[2] !== 0) {
    const relatedStart = getPoint(context.events, range[2]);
    const relatedEnd = getPoint(context.events, range[3]);
    const valueToken = {
      type: valueName,
      start: Object.assign({}, relatedStart),
      end: Object.assign({}, relatedEnd)
    };
    map2.add(range[2], 0, [["enter", valueToken, context]]);
    if (rowKind !== 2) {
      const start = context.events[range[2]];
      const end = context.events[range[3]];
      start[1].end = Object.assign({}, end[1].end);
      start[1].type = "chunkText";
      start[1].contentType = "text";
      if (range[3] > range[2] + 1) {
        const a = range[2] + 1;
        const b = range[3] - range[2] - 1;
        map2.add(a, b, []);
      }
    }
    map2.add(range[3] + 1, 0, [["exit", valueToken, context]]);
  }
  if (rowEnd !== void 0) {
    previousCell.end = Object.assign({}, getPoint(context.events, rowEnd));
    map2.add(rowEnd, 0, [["exit", previousCell, context]]);
    previousCell = void 0;
  }
  return previousCell;
}
function flushTableEnd(map2, context, index, table, tableBody) {
  const exits = [];
  const related = getPoint(context.events, index);
  if (tableBody) {
    tableBody.end = Object.assign({}, related);
    exits.push(["exit", tableBody, context]);
  }
  table.end = Object.assign({}, related);
  exits.push(["exit", table, context]);
  map2.add(index + 1, 0, exits);
}
function getPoint(events, index) {
  const event = events[index];
  const side = event[0] === "enter" ? "start" : "end";
  return event[1][side];
}

// node_modules/micromark-extension-math/lib/math-flow.js
var mathFlow = {
  tokenize: tokenizeMathFenced,
  concrete: true,
  name: "mathFlow"
};
var nonLazyContinuation = {
  tokenize: tokenizeNonLazyContinuation,
  partial: true
};
function tokenizeMathFenced(effects, ok, nok) {
  const self = this;
  const tail = self.events[self.events.length - 1];
  const initialSize = tail && tail[1].type === "linePrefix" ? tail[2].sliceSerialize(tail[1], true).length : 0;
  let sizeOpen = 0;
  return start;
  function start(code2) {
    effects.enter("mathFlow");
    effects.enter("mathFlowFence");
    effects.enter("mathFlowFenceSequence");
    return sequenceOpen(code2);
  }
  function sequenceOpen(code2) {
    if (code2 === 36) {
      effects.consume(code2);
      sizeOpen++;
      return sequenceOpen;
    }
    if (sizeOpen < 2) {
      return nok(code2);
    }
    effects.exit("mathFlowFenceSequence");
    return factorySpace(effects, metaBefore, "whitespace")(code2);
  }
  function metaBefore(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      return metaAfter(code2);
    }
    effects.enter("mathFlowFenceMeta");
    effects.enter("chunkString", {
      contentType: "string"
    });
    return meta(code2);
  }
  function meta(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("chunkString");
      effects.exit("mathFlowFenceMeta");
      return metaAfter(code2);
    }
    if (code2 === 36) {
      return nok(code2);
    }
    effects.consume(code2);
    return meta;
  }
  function metaAfter(code2) {
    effects.exit("mathFlowFence");
    if (self.interrupt) {
      return ok(code2);
    }
    return effects.attempt(nonLazyContinuation, beforeNonLazyContinuation, after)(code2);
  }
  function beforeNonLazyContinuation(code2) {
    return effects.attempt({
      tokenize: tokenizeClosingFence,
      partial: true
    }, after, contentStart)(code2);
  }
  function contentStart(code2) {
    return (initialSize ? factorySpace(effects, beforeContentChunk, "linePrefix", initialSize + 1) : beforeContentChunk)(code2);
  }
  function beforeContentChunk(code2) {
    if (code2 === null) {
      return after(code2);
    }
    if (markdownLineEnding(code2)) {
      return effects.attempt(nonLazyContinuation, beforeNonLazyContinuation, after)(code2);
    }
    effects.enter("mathFlowValue");
    return contentChunk(code2);
  }
  function contentChunk(code2) {
    if (code2 === null || markdownLineEnding(code2)) {
      effects.exit("mathFlowValue");
      return beforeContentChunk(code2);
    }
    effects.consume(code2);
    return contentChunk;
  }
  function after(code2) {
    effects.exit("mathFlow");
    return ok(code2);
  }
  function tokenizeClosingFence(effects2, ok2, nok2) {
    let size = 0;
    return factorySpace(effects2, beforeSequenceClose, "linePrefix", self.parser.constructs.disable.null.includes("codeIndented") ? void 0 : 4);
    function beforeSequenceClose(code2) {
      effects2.enter("mathFlowFence");
      effects2.enter("mathFlowFenceSequence");
      return sequenceClose(code2);
    }
    function sequenceClose(code2) {
      if (code2 === 36) {
        size++;
        effects2.consume(code2);
        return sequenceClose;
      }
      if (size < sizeOpen) {
        return nok2(code2);
      }
      effects2.exit("mathFlowFenceSequence");
      return factorySpace(effects2, afterSequenceClose, "whitespace")(code2);
    }
    function afterSequenceClose(code2) {
      if (code2 === null || markdownLineEnding(code2)) {
        effects2.exit("mathFlowFence");
        return ok2(code2);
      }
      return nok2(code2);
    }
  }
}
function tokenizeNonLazyContinuation(effects, ok, nok) {
  const self = this;
  return start;
  function start(code2) {
    if (code2 === null) {
      return ok(code2);
    }
    effects.enter("lineEnding");
    effects.consume(code2);
    effects.exit("lineEnding");
    return lineStart;
  }
  function lineStart(code2) {
    return self.parser.lazy[self.now().line] ? nok(code2) : ok(code2);
  }
}

// node_modules/micromark-extension-math/lib/math-text.js
function mathText(options) {
  const options_ = options || {};
  let single = options_.singleDollarTextMath;
  if (single === null || single === void 0) {
    single = true;
  }
  return {
    tokenize: tokenizeMathText,
    resolve: resolveMathText,
    previous: previous2,
    name: "mathText"
  };
  function tokenizeMathText(effects, ok, nok) {
    const self = this;
    let sizeOpen = 0;
    let size;
    let token;
    return start;
    function start(code2) {
      effects.enter("mathText");
      effects.enter("mathTextSequence");
      return sequenceOpen(code2);
    }
    function sequenceOpen(code2) {
      if (code2 === 36) {
        effects.consume(code2);
        sizeOpen++;
        return sequenceOpen;
      }
      if (sizeOpen < 2 && !single) {
        return nok(code2);
      }
      effects.exit("mathTextSequence");
      return between(code2);
    }
    function between(code2) {
      if (code2 === null) {
        return nok(code2);
      }
      if (code2 === 36) {
        token = effects.enter("mathTextSequence");
        size = 0;
        return sequenceClose(code2);
      }
      if (code2 === 32) {
        effects.enter("space");
        effects.consume(code2);
        effects.exit("space");
        return between;
      }
      if (markdownLineEnding(code2)) {
        effects.enter("lineEnding");
        effects.consume(code2);
        effects.exit("lineEnding");
        return between;
      }
      effects.enter("mathTextData");
      return data(code2);
    }
    function data(code2) {
      if (code2 === null || code2 === 32 || code2 === 36 || markdownLineEnding(code2)) {
        effects.exit("mathTextData");
        return between(code2);
      }
      effects.consume(code2);
      return data;
    }
    function sequenceClose(code2) {
      if (code2 === 36) {
        effects.consume(code2);
        size++;
        return sequenceClose;
      }
      if (size === sizeOpen) {
        effects.exit("mathTextSequence");
        effects.exit("mathText");
        return ok(code2);
      }
      token.type = "mathTextData";
      return data(code2);
    }
  }
}
function resolveMathText(events) {
  let tailExitIndex = events.length - 4;
  let headEnterIndex = 3;
  let index;
  let enter;
  if ((events[headEnterIndex][1].type === "lineEnding" || events[headEnterIndex][1].type === "space") && (events[tailExitIndex][1].type === "lineEnding" || events[tailExitIndex][1].type === "space")) {
    index = headEnterIndex;
    while (++index < tailExitIndex) {
      if (events[index][1].type === "mathTextData") {
        events[tailExitIndex][1].type = "mathTextPadding";
        events[headEnterIndex][1].type = "mathTextPadding";
        headEnterIndex += 2;
        tailExitIndex -= 2;
        break;
      }
    }
  }
  index = headEnterIndex - 1;
  tailExitIndex++;
  while (++index <= tailExitIndex) {
    if (enter === void 0) {
      if (index !== tailExitIndex && events[index][1].type !== "lineEnding") {
        enter = index;
      }
    } else if (index === tailExitIndex || events[index][1].type === "lineEnding") {
      events[enter][1].type = "mathTextData";
      if (index !== enter + 2) {
        events[enter][1].end = events[index - 1][1].end;
        events.splice(enter + 2, index - enter - 2);
        tailExitIndex -= index - enter - 2;
        index = enter + 2;
      }
      enter = void 0;
    }
  }
  return events;
}
function previous2(code2) {
  return code2 !== 36 || this.events[this.events.length - 1][1].type === "characterEscape";
}

// node_modules/micromark-extension-math/lib/syntax.js
function math(options) {
  return {
    flow: {
      [36]: mathFlow
    },
    text: {
      [36]: mathText(options)
    }
  };
}

// node_modules/markdownlint/lib/micromark-parse.mjs
var import_micromark_helpers30 = __toESM(require_micromark_helpers(), 1);
var import_shared = __toESM(require_shared(), 1);
function getText(markdown, token) {
  return markdown.slice(token.start.offset, token.end.offset);
}
function getEvents(markdown, micromarkParseOptions = {}) {
  const extensions = [
    directive(),
    gfmAutolinkLiteral(),
    gfmFootnote(),
    gfmTable(),
    math(),
    ...micromarkParseOptions.extensions || []
  ];
  const artificialEventLists = [];
  const tokenizeOriginal = labelEnd.tokenize;
  function tokenizeShim(effects, okOriginal, nokOriginal) {
    const tokenizeContext = this;
    const events = tokenizeContext.events;
    const nokShim = (code2) => {
      let indexStart = events.length;
      while (--indexStart >= 0) {
        const event = events[indexStart];
        const [kind, token] = event;
        if (kind === "enter") {
          const { type } = token;
          if (type === "labelImage" || type === "labelLink") {
            break;
          }
        }
      }
      if (indexStart >= 0) {
        const eventStart = events[indexStart];
        const [, eventStartToken] = eventStart;
        const eventEnd = events[events.length - 1];
        const [, eventEndToken] = eventEnd;
        const undefinedReferenceType = {
          "type": "undefinedReferenceShortcut",
          "start": eventStartToken.start,
          "end": eventEndToken.end
        };
        const undefinedReference = {
          "type": "undefinedReference",
          "start": eventStartToken.start,
          "end": eventEndToken.end
        };
        const eventsToReplicate = events.slice(indexStart).filter((event) => {
          const [, eventToken] = event;
          const { type } = eventToken;
          return type === "data" || type === "lineEnding";
        });
        const previousUndefinedEvent = artificialEventLists.length > 0 && artificialEventLists[artificialEventLists.length - 1][0];
        const previousUndefinedToken = previousUndefinedEvent && previousUndefinedEvent[1];
        if (previousUndefinedToken && previousUndefinedToken.end.line === undefinedReferenceType.start.line && previousUndefinedToken.end.column === undefinedReferenceType.start.column) {
          if (eventsToReplicate.length === 0) {
            previousUndefinedToken.type = "undefinedReferenceCollapsed";
            previousUndefinedToken.end = eventEndToken.end;
          } else {
            undefinedReferenceType.type = "undefinedReferenceFull";
            undefinedReferenceType.start = previousUndefinedToken.start;
            artificialEventLists.pop();
          }
        }
        const text2 = eventsToReplicate.filter((event) => event[0] === "enter").map((event) => getText(markdown, event[1])).join("").trim();
        if (text2.length > 0 && !text2.includes("]")) {
          const artificialEvents = [
            ["enter", undefinedReferenceType, tokenizeContext],
            ["enter", undefinedReference, tokenizeContext]
          ];
          for (const event of eventsToReplicate) {
            const [kind, token] = event;
            artificialEvents.push([kind, { ...token }, tokenizeContext]);
          }
          artificialEvents.push(
            ["exit", undefinedReference, tokenizeContext],
            ["exit", undefinedReferenceType, tokenizeContext]
          );
          artificialEventLists.push(artificialEvents);
        }
      }
      return nokOriginal(code2);
    };
    return tokenizeOriginal.call(tokenizeContext, effects, okOriginal, nokShim);
  }
  try {
    labelEnd.tokenize = tokenizeShim;
    const encoding = void 0;
    const eol = true;
    const parseContext = parse({ ...micromarkParseOptions, extensions });
    const chunks = preprocess()(markdown, encoding, eol);
    const events = postprocess(parseContext.document().write(chunks));
    return events.concat(...artificialEventLists);
  } finally {
    labelEnd.tokenize = tokenizeOriginal;
  }
}
function parseInternal(markdown, parseOptions = {}, micromarkParseOptions = {}, lineDelta = 0, ancestor = void 0) {
  const freezeTokens = Boolean(parseOptions.freezeTokens);
  const events = getEvents(markdown, micromarkParseOptions);
  const document = [];
  let flatTokens = [];
  const root = {
    "type": "data",
    "startLine": -1,
    "startColumn": -1,
    "endLine": -1,
    "endColumn": -1,
    "text": "ROOT",
    "children": document,
    "parent": null
  };
  const history = [root];
  let current = root;
  let reparseOptions = null;
  let lines = null;
  let skipHtmlFlowChildren = false;
  for (const event of events) {
    const [kind, token] = event;
    const { type, start, end } = token;
    const { "column": startColumn, "line": startLine } = start;
    const { "column": endColumn, "line": endLine } = end;
    const text2 = getText(markdown, token);
    if (kind === "enter" && !skipHtmlFlowChildren) {
      const previous3 = current;
      history.push(previous3);
      current = {
        type,
        "startLine": startLine + lineDelta,
        startColumn,
        "endLine": endLine + lineDelta,
        endColumn,
        text: text2,
        "children": [],
        "parent": previous3 === root ? ancestor || null : previous3
      };
      if (ancestor) {
        Object.defineProperty(current, import_shared.htmlFlowSymbol, { "value": true });
      }
      previous3.children.push(current);
      flatTokens.push(current);
      if (current.type === "htmlFlow" && !(0, import_micromark_helpers30.isHtmlFlowComment)(current)) {
        skipHtmlFlowChildren = true;
        if (!reparseOptions || !lines) {
          reparseOptions = {
            ...micromarkParseOptions,
            "extensions": [
              {
                "disable": {
                  "null": ["codeIndented", "htmlFlow"]
                }
              }
            ]
          };
          lines = markdown.split(import_shared.newLineRe);
        }
        const reparseMarkdown = lines.slice(current.startLine - 1, current.endLine).join("\n");
        const tokens = parseInternal(
          reparseMarkdown,
          parseOptions,
          reparseOptions,
          current.startLine - 1,
          current
        );
        current.children = tokens;
        flatTokens = flatTokens.concat(tokens[import_shared.flatTokensSymbol]);
      }
    } else if (kind === "exit") {
      if (type === "htmlFlow") {
        skipHtmlFlowChildren = false;
      }
      if (!skipHtmlFlowChildren) {
        if (freezeTokens) {
          Object.freeze(current.children);
          Object.freeze(current);
        }
        current = history.pop();
      }
    }
  }
  Object.defineProperty(document, import_shared.flatTokensSymbol, { "value": flatTokens });
  if (freezeTokens) {
    Object.freeze(document);
  }
  return document;
}
function parse2(markdown, parseOptions) {
  return parseInternal(markdown, parseOptions);
}

// node_modules/markdownlint/lib/md044.mjs
var ignoredChildTypes = /* @__PURE__ */ new Set(
  ["codeFencedFence", "definition", "reference", "resource"]
);
var md044_default = {
  "names": ["MD044", "proper-names"],
  "description": "Proper names should have the correct capitalization",
  "tags": ["spelling"],
  "parser": "micromark",
  "function": function MD044(params2, onError) {
    let names = params2.config.names;
    names = Array.isArray(names) ? names : [];
    names.sort((a, b) => b.length - a.length || a.localeCompare(b));
    if (names.length === 0) {
      return;
    }
    const codeBlocks = params2.config.code_blocks;
    const includeCodeBlocks = codeBlocks === void 0 ? true : !!codeBlocks;
    const htmlElements = params2.config.html_elements;
    const includeHtmlElements = htmlElements === void 0 ? true : !!htmlElements;
    const scannedTypes = /* @__PURE__ */ new Set(["data"]);
    if (includeCodeBlocks) {
      scannedTypes.add("codeFlowValue");
      scannedTypes.add("codeTextData");
    }
    if (includeHtmlElements) {
      scannedTypes.add("htmlFlowData");
      scannedTypes.add("htmlTextData");
    }
    const contentTokens = (0, import_micromark_helpers31.filterByPredicate)(
      params2.parsers.micromark.tokens,
      (token) => scannedTypes.has(token.type),
      (token) => token.children.filter((t) => !ignoredChildTypes.has(t.type))
    );
    const exclusions = [];
    const scannedTokens = /* @__PURE__ */ new Set();
    for (const name of names) {
      const escapedName = (0, import_helpers38.escapeForRegExp)(name);
      const startNamePattern = /^\W/.test(name) ? "" : "\\b_*";
      const endNamePattern = /\W$/.test(name) ? "" : "_*\\b";
      const namePattern = `(${startNamePattern})(${escapedName})${endNamePattern}`;
      const nameRe2 = new RegExp(namePattern, "gi");
      for (const token of contentTokens) {
        let match = null;
        while ((match = nameRe2.exec(token.text)) !== null) {
          const [, leftMatch, nameMatch] = match;
          const column = token.startColumn + match.index + leftMatch.length;
          const length = nameMatch.length;
          const lineNumber = token.startLine;
          const nameRange = {
            "startLine": lineNumber,
            "startColumn": column,
            "endLine": lineNumber,
            "endColumn": column + length - 1
          };
          if (!names.includes(nameMatch) && !exclusions.some((exclusion) => (0, import_helpers38.hasOverlap)(exclusion, nameRange))) {
            let autolinkRanges = [];
            if (!scannedTokens.has(token)) {
              autolinkRanges = (0, import_micromark_helpers31.filterByTypes)(parse2(token.text), ["literalAutolink"]).map((tok) => ({
                "startLine": lineNumber,
                "startColumn": token.startColumn + tok.startColumn - 1,
                "endLine": lineNumber,
                "endColumn": token.endColumn + tok.endColumn - 1
              }));
              exclusions.push(...autolinkRanges);
              scannedTokens.add(token);
            }
            if (!autolinkRanges.some((autolinkRange) => (0, import_helpers38.hasOverlap)(autolinkRange, nameRange))) {
              (0, import_helpers38.addErrorDetailIf)(
                onError,
                token.startLine,
                name,
                nameMatch,
                void 0,
                void 0,
                [column, length],
                {
                  "editColumn": column,
                  "deleteCount": length,
                  "insertText": name
                }
              );
            }
          }
          exclusions.push(nameRange);
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md045.mjs
var import_helpers39 = __toESM(require_helpers(), 1);
var import_micromark_helpers32 = __toESM(require_micromark_helpers(), 1);
var altRe = (0, import_helpers39.getHtmlAttributeRe)("alt");
var ariaHiddenRe = (0, import_helpers39.getHtmlAttributeRe)("aria-hidden");
var md045_default = {
  "names": ["MD045", "no-alt-text"],
  "description": "Images should have alternate text (alt text)",
  "tags": ["accessibility", "images"],
  "parser": "micromark",
  "function": function MD045(params2, onError) {
    const images = filterByTypesCached(["image"]);
    for (const image of images) {
      const labelTexts = (0, import_micromark_helpers32.getDescendantsByType)(image, ["label", "labelText"]);
      if (labelTexts.some((labelText) => labelText.text.length === 0)) {
        const range = image.startLine === image.endLine ? [image.startColumn, image.endColumn - image.startColumn] : void 0;
        (0, import_helpers39.addError)(
          onError,
          image.startLine,
          void 0,
          void 0,
          range
        );
      }
    }
    const htmlTexts = filterByTypesCached(["htmlText"], true);
    for (const htmlText of htmlTexts) {
      const { startColumn, startLine, text: text2 } = htmlText;
      const htmlTagInfo = (0, import_micromark_helpers32.getHtmlTagInfo)(htmlText);
      if (htmlTagInfo && !htmlTagInfo.close && htmlTagInfo.name.toLowerCase() === "img" && !altRe.test(text2) && ariaHiddenRe.exec(text2)?.[1].toLowerCase() !== "true") {
        const range = [
          startColumn,
          text2.replace(import_helpers39.nextLinesRe, "").length
        ];
        (0, import_helpers39.addError)(
          onError,
          startLine,
          void 0,
          void 0,
          range
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md046.mjs
var import_helpers40 = __toESM(require_helpers(), 1);
var tokenTypeToStyle = (tokenType) => tokenType === "codeFenced" ? "fenced" : "indented";
var md046_default = {
  "names": ["MD046", "code-block-style"],
  "description": "Code block style",
  "tags": ["code"],
  "parser": "micromark",
  "function": function MD046(params2, onError) {
    let expectedStyle = String(params2.config.style || "consistent");
    for (const token of filterByTypesCached(["codeFenced", "codeIndented"])) {
      const { startLine, type } = token;
      if (expectedStyle === "consistent") {
        expectedStyle = tokenTypeToStyle(type);
      }
      (0, import_helpers40.addErrorDetailIf)(
        onError,
        startLine,
        expectedStyle,
        tokenTypeToStyle(type)
      );
    }
  }
};

// node_modules/markdownlint/lib/md047.mjs
var import_helpers41 = __toESM(require_helpers(), 1);
var md047_default = {
  "names": ["MD047", "single-trailing-newline"],
  "description": "Files should end with a single newline character",
  "tags": ["blank_lines"],
  "parser": "none",
  "function": function MD047(params2, onError) {
    const lastLineNumber = params2.lines.length;
    const lastLine = params2.lines[lastLineNumber - 1];
    if (!(0, import_helpers41.isBlankLine)(lastLine)) {
      (0, import_helpers41.addError)(
        onError,
        lastLineNumber,
        void 0,
        void 0,
        [lastLine.length, 1],
        {
          "insertText": "\n",
          "editColumn": lastLine.length + 1
        }
      );
    }
  }
};

// node_modules/markdownlint/lib/md048.mjs
var import_helpers42 = __toESM(require_helpers(), 1);
var import_micromark_helpers33 = __toESM(require_micromark_helpers(), 1);
function fencedCodeBlockStyleFor(markup) {
  switch (markup[0]) {
    case "~":
      return "tilde";
    default:
      return "backtick";
  }
}
var md048_default = {
  "names": ["MD048", "code-fence-style"],
  "description": "Code fence style",
  "tags": ["code"],
  "parser": "micromark",
  "function": function MD048(params2, onError) {
    const style = String(params2.config.style || "consistent");
    let expectedStyle = style;
    const codeFenceds = filterByTypesCached(["codeFenced"]);
    for (const codeFenced of codeFenceds) {
      const codeFencedFenceSequence = (0, import_micromark_helpers33.getDescendantsByType)(codeFenced, ["codeFencedFence", "codeFencedFenceSequence"])[0];
      const { startLine, text: text2 } = codeFencedFenceSequence;
      if (expectedStyle === "consistent") {
        expectedStyle = fencedCodeBlockStyleFor(text2);
      }
      (0, import_helpers42.addErrorDetailIf)(
        onError,
        startLine,
        expectedStyle,
        fencedCodeBlockStyleFor(text2)
      );
    }
  }
};

// node_modules/markdownlint/lib/md049-md050.mjs
var import_helpers43 = __toESM(require_helpers(), 1);
var import_micromark_helpers34 = __toESM(require_micromark_helpers(), 1);
var intrawordRe = /^\w$/;
function emphasisOrStrongStyleFor(markup) {
  switch (markup[0]) {
    case "*":
      return "asterisk";
    default:
      return "underscore";
  }
}
var impl = (params2, onError, type, typeSequence, asterisk, underline, style = "consistent") => {
  const { lines, parsers } = params2;
  const emphasisTokens = (0, import_micromark_helpers34.filterByPredicate)(
    parsers.micromark.tokens,
    (token) => token.type === type,
    (token) => token.type === "htmlFlow" ? [] : token.children
  );
  for (const token of emphasisTokens) {
    const sequences = (0, import_micromark_helpers34.getDescendantsByType)(token, [typeSequence]);
    const startSequence = sequences[0];
    const endSequence = sequences[sequences.length - 1];
    if (startSequence && endSequence) {
      const markupStyle = emphasisOrStrongStyleFor(startSequence.text);
      if (style === "consistent") {
        style = markupStyle;
      }
      if (style !== markupStyle) {
        const underscoreIntraword = style === "underscore" && (intrawordRe.test(
          lines[startSequence.startLine - 1][startSequence.startColumn - 2]
        ) || intrawordRe.test(
          lines[endSequence.endLine - 1][endSequence.endColumn - 1]
        ));
        if (!underscoreIntraword) {
          for (const sequence of [startSequence, endSequence]) {
            (0, import_helpers43.addError)(
              onError,
              sequence.startLine,
              `Expected: ${style}; Actual: ${markupStyle}`,
              void 0,
              [sequence.startColumn, sequence.text.length],
              {
                "editColumn": sequence.startColumn,
                "deleteCount": sequence.text.length,
                "insertText": style === "asterisk" ? asterisk : underline
              }
            );
          }
        }
      }
    }
  }
};
var md049_md050_default = [
  {
    "names": ["MD049", "emphasis-style"],
    "description": "Emphasis style",
    "tags": ["emphasis"],
    "parser": "micromark",
    "function": function MD049(params2, onError) {
      return impl(
        params2,
        onError,
        "emphasis",
        "emphasisSequence",
        "*",
        "_",
        params2.config.style || void 0
      );
    }
  },
  {
    "names": ["MD050", "strong-style"],
    "description": "Strong style",
    "tags": ["emphasis"],
    "parser": "micromark",
    "function": function MD050(params2, onError) {
      return impl(
        params2,
        onError,
        "strong",
        "strongSequence",
        "**",
        "__",
        params2.config.style || void 0
      );
    }
  }
];

// node_modules/markdownlint/lib/md051.mjs
var import_helpers44 = __toESM(require_helpers(), 1);
var import_micromark_helpers35 = __toESM(require_micromark_helpers(), 1);
var idRe = (0, import_helpers44.getHtmlAttributeRe)("id");
var nameRe = (0, import_helpers44.getHtmlAttributeRe)("name");
var anchorRe = /\{(#[a-z\d]+(?:[-_][a-z\d]+)*)\}/gu;
var lineFragmentRe = /^#(?:L\d+(?:C\d+)?-L\d+(?:C\d+)?|L\d+)$/;
var childrenExclude = /* @__PURE__ */ new Set(["image", "reference", "resource"]);
var tokensInclude = /* @__PURE__ */ new Set(
  ["characterEscapeValue", "codeTextData", "data", "mathTextData"]
);
function convertHeadingToHTMLFragment(headingText) {
  const inlineText = (0, import_micromark_helpers35.filterByPredicate)(
    headingText.children,
    (token) => tokensInclude.has(token.type),
    (token) => childrenExclude.has(token.type) ? [] : token.children
  ).map((token) => token.text).join("");
  return "#" + encodeURIComponent(
    inlineText.toLowerCase().replace(
      /[^\p{Letter}\p{Mark}\p{Number}\p{Connector_Punctuation}\- ]/gu,
      ""
    ).replace(/ /gu, "-")
  );
}
function unescapeStringTokenText(token) {
  return (0, import_micromark_helpers35.filterByTypes)(token.children, ["characterEscapeValue", "data"]).map((child) => child.text).join("");
}
var md051_default = {
  "names": ["MD051", "link-fragments"],
  "description": "Link fragments should be valid",
  "tags": ["links"],
  "parser": "micromark",
  "function": function MD051(params2, onError) {
    const ignoreCase = params2.config.ignore_case || false;
    const ignoredPattern = params2.config.ignored_pattern || "";
    const ignoredPatternRe = new RegExp(ignoredPattern || "^$");
    const fragments = /* @__PURE__ */ new Map([["#top", 0]]);
    const headingTexts = filterByTypesCached(["atxHeadingText", "setextHeadingText"]);
    for (const headingText of headingTexts) {
      const fragment = convertHeadingToHTMLFragment(headingText);
      if (fragment !== "#") {
        const count = fragments.get(fragment) || 0;
        if (count) {
          fragments.set(`${fragment}-${count}`, 0);
        }
        fragments.set(fragment, count + 1);
        let match = null;
        while ((match = anchorRe.exec(headingText.text)) !== null) {
          const [, anchor] = match;
          if (!fragments.has(anchor)) {
            fragments.set(anchor, 1);
          }
        }
      }
    }
    for (const token of filterByTypesCached(["htmlText"], true)) {
      const htmlTagInfo = (0, import_micromark_helpers35.getHtmlTagInfo)(token);
      if (htmlTagInfo && !htmlTagInfo.close) {
        const anchorMatch = idRe.exec(token.text) || htmlTagInfo.name.toLowerCase() === "a" && nameRe.exec(token.text);
        if (anchorMatch && anchorMatch.length > 0) {
          fragments.set(`#${anchorMatch[1]}`, 0);
        }
      }
    }
    const parentChilds = [
      ["link", "resourceDestinationString"],
      ["definition", "definitionDestinationString"]
    ];
    for (const [parentType, definitionType] of parentChilds) {
      const links = filterByTypesCached([parentType]).filter(
        (link) => !(link.parent?.type === "atxHeadingText" && (0, import_micromark_helpers35.isDocfxTab)(link.parent.parent))
      );
      for (const link of links) {
        const definitions = (0, import_micromark_helpers35.filterByTypes)(link.children, [definitionType]);
        for (const definition of definitions) {
          const { endColumn, startColumn } = definition;
          const text2 = unescapeStringTokenText(definition);
          const textSliceOne = text2.slice(1);
          const encodedText = `#${encodeURIComponent(textSliceOne)}`;
          if (text2.length > 1 && text2.startsWith("#") && !fragments.has(encodedText) && !lineFragmentRe.test(encodedText) && !ignoredPatternRe.test(textSliceOne)) {
            let context = void 0;
            let range = void 0;
            let fixInfo = void 0;
            if (link.startLine === link.endLine) {
              context = link.text;
              range = [link.startColumn, link.endColumn - link.startColumn];
              fixInfo = {
                "editColumn": startColumn,
                "deleteCount": endColumn - startColumn
              };
            }
            const textLower = text2.toLowerCase();
            const mixedCaseKey = [...fragments.keys()].find((key) => textLower === key.toLowerCase());
            if (mixedCaseKey) {
              (fixInfo || {}).insertText = mixedCaseKey;
              if (!ignoreCase && mixedCaseKey !== text2) {
                (0, import_helpers44.addError)(
                  onError,
                  link.startLine,
                  `Expected: ${mixedCaseKey}; Actual: ${text2}`,
                  context,
                  range,
                  fixInfo
                );
              }
            } else {
              (0, import_helpers44.addError)(
                onError,
                link.startLine,
                void 0,
                context,
                range
              );
            }
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md052.mjs
var import_helpers45 = __toESM(require_helpers(), 1);
var md052_default = {
  "names": ["MD052", "reference-links-images"],
  "description": "Reference links and images should use a label that is defined",
  "tags": ["images", "links"],
  "parser": "none",
  "function": function MD052(params2, onError) {
    const { config, lines } = params2;
    const shortcutSyntax = config.shortcut_syntax || false;
    const ignoredLabels = new Set(config.ignored_labels || ["x"]);
    const { definitions, references, shortcuts } = getReferenceLinkImageData();
    const entries = shortcutSyntax ? [...references.entries(), ...shortcuts.entries()] : references.entries();
    for (const reference of entries) {
      const [label4, datas] = reference;
      if (!definitions.has(label4) && !ignoredLabels.has(label4)) {
        for (const data of datas) {
          const [lineIndex, index, length] = data;
          const context = lines[lineIndex].slice(index, index + length);
          (0, import_helpers45.addError)(
            onError,
            lineIndex + 1,
            `Missing link or image reference definition: "${label4}"`,
            context,
            [index + 1, context.length]
          );
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md053.mjs
var import_helpers46 = __toESM(require_helpers(), 1);
var linkReferenceDefinitionRe = /^ {0,3}\[([^\]]*[^\\])\]:/;
var md053_default = {
  "names": ["MD053", "link-image-reference-definitions"],
  "description": "Link and image reference definitions should be needed",
  "tags": ["images", "links"],
  "parser": "none",
  "function": function MD053(params2, onError) {
    const ignored = new Set(params2.config.ignored_definitions || ["//"]);
    const lines = params2.lines;
    const { references, shortcuts, definitions, duplicateDefinitions } = getReferenceLinkImageData();
    const singleLineDefinition = (line) => line.replace(linkReferenceDefinitionRe, "").trim().length > 0;
    const deleteFixInfo = {
      "deleteCount": -1
    };
    for (const definition of definitions.entries()) {
      const [label4, [lineIndex]] = definition;
      if (!ignored.has(label4) && !references.has(label4) && !shortcuts.has(label4)) {
        const line = lines[lineIndex];
        (0, import_helpers46.addError)(
          onError,
          lineIndex + 1,
          `Unused link or image reference definition: "${label4}"`,
          (0, import_helpers46.ellipsify)(line),
          [1, line.length],
          singleLineDefinition(line) ? deleteFixInfo : void 0
        );
      }
    }
    for (const duplicateDefinition of duplicateDefinitions) {
      const [label4, lineIndex] = duplicateDefinition;
      if (!ignored.has(label4)) {
        const line = lines[lineIndex];
        (0, import_helpers46.addError)(
          onError,
          lineIndex + 1,
          `Duplicate link or image reference definition: "${label4}"`,
          (0, import_helpers46.ellipsify)(line),
          [1, line.length],
          singleLineDefinition(line) ? deleteFixInfo : void 0
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md054.mjs
var import_helpers47 = __toESM(require_helpers(), 1);
var import_micromark_helpers36 = __toESM(require_micromark_helpers(), 1);
var backslashEscapeRe = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;
var removeBackslashEscapes = (text2) => text2.replace(backslashEscapeRe, "$1");
var autolinkDisallowedRe = /[ <>]/;
var autolinkAble = (destination) => {
  try {
    new URL(destination);
  } catch {
    return false;
  }
  return !autolinkDisallowedRe.test(destination);
};
var md054_default = {
  "names": ["MD054", "link-image-style"],
  "description": "Link and image style",
  "tags": ["images", "links"],
  "parser": "micromark",
  "function": (params2, onError) => {
    const config = params2.config;
    const autolink = config.autolink === void 0 || !!config.autolink;
    const inline = config.inline === void 0 || !!config.inline;
    const full = config.full === void 0 || !!config.full;
    const collapsed = config.collapsed === void 0 || !!config.collapsed;
    const shortcut = config.shortcut === void 0 || !!config.shortcut;
    const urlInline = config.url_inline === void 0 || !!config.url_inline;
    if (autolink && inline && full && collapsed && shortcut && urlInline) {
      return;
    }
    const { definitions } = getReferenceLinkImageData();
    const links = filterByTypesCached(["autolink", "image", "link"]);
    for (const link of links) {
      let label4 = null;
      let destination = null;
      const {
        endColumn,
        endLine,
        startColumn,
        startLine,
        text: text2,
        type
      } = link;
      const image = type === "image";
      let isError = false;
      if (type === "autolink") {
        destination = (0, import_micromark_helpers36.getDescendantsByType)(link, [["autolinkEmail", "autolinkProtocol"]])[0]?.text;
        label4 = destination;
        isError = !autolink && Boolean(destination);
      } else {
        label4 = (0, import_micromark_helpers36.getDescendantsByType)(link, ["label", "labelText"])[0].text;
        destination = (0, import_micromark_helpers36.getDescendantsByType)(link, ["resource", "resourceDestination", ["resourceDestinationLiteral", "resourceDestinationRaw"], "resourceDestinationString"])[0]?.text;
        if (destination) {
          const title = (0, import_micromark_helpers36.getDescendantsByType)(link, ["resource", "resourceTitle", "resourceTitleString"])[0]?.text;
          isError = !inline || !urlInline && autolink && !image && !title && label4 === destination && autolinkAble(destination);
        } else {
          const isShortcut = (0, import_micromark_helpers36.getDescendantsByType)(link, ["reference"]).length === 0;
          const referenceString = (0, import_micromark_helpers36.getDescendantsByType)(link, ["reference", "referenceString"])[0]?.text;
          const isCollapsed = referenceString === void 0;
          const definition = definitions.get(referenceString || label4);
          destination = definition && definition[1] || "";
          isError = Boolean(
            destination && (isShortcut ? !shortcut : isCollapsed ? !collapsed : !full)
          );
        }
      }
      if (isError) {
        let range = void 0;
        let fixInfo = void 0;
        if (startLine === endLine) {
          range = [startColumn, endColumn - startColumn];
          let insertText = null;
          const canInline = inline && label4;
          const canAutolink = autolink && !image && autolinkAble(destination);
          if (canInline && (urlInline || !canAutolink)) {
            const prefix = image ? "!" : "";
            const escapedLabel = label4.replace(/[[\]]/g, "\\$&");
            const escapedDestination = destination.replace(/[()]/g, "\\$&");
            insertText = `${prefix}[${escapedLabel}](${escapedDestination})`;
          } else if (canAutolink) {
            insertText = `<${removeBackslashEscapes(destination)}>`;
          }
          if (insertText) {
            fixInfo = {
              "editColumn": range[0],
              insertText,
              "deleteCount": range[1]
            };
          }
        }
        (0, import_helpers47.addErrorContext)(
          onError,
          startLine,
          text2.replace(import_helpers47.nextLinesRe, ""),
          void 0,
          void 0,
          range,
          fixInfo
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md055.mjs
var import_helpers48 = __toESM(require_helpers(), 1);
var whitespaceTypes = /* @__PURE__ */ new Set(["linePrefix", "whitespace"]);
var ignoreWhitespace = (tokens) => tokens.filter(
  (token) => !whitespaceTypes.has(token.type)
);
var firstOrNothing = (items) => items[0];
var lastOrNothing = (items) => items[items.length - 1];
var makeRange = (start, end) => [start, end - start + 1];
var md055_default = {
  "names": ["MD055", "table-pipe-style"],
  "description": "Table pipe style",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD055(params2, onError) {
    const style = String(params2.config.style || "consistent");
    let expectedStyle = style;
    let expectedLeadingPipe = expectedStyle !== "no_leading_or_trailing" && expectedStyle !== "trailing_only";
    let expectedTrailingPipe = expectedStyle !== "no_leading_or_trailing" && expectedStyle !== "leading_only";
    const rows = filterByTypesCached(["tableDelimiterRow", "tableRow"]);
    for (const row of rows) {
      const firstCell = firstOrNothing(row.children);
      const leadingToken = firstOrNothing(ignoreWhitespace(firstCell.children));
      const actualLeadingPipe = leadingToken.type === "tableCellDivider";
      const lastCell = lastOrNothing(row.children);
      const trailingToken = lastOrNothing(ignoreWhitespace(lastCell.children));
      const actualTrailingPipe = trailingToken.type === "tableCellDivider";
      const actualStyle = actualLeadingPipe ? actualTrailingPipe ? "leading_and_trailing" : "leading_only" : actualTrailingPipe ? "trailing_only" : "no_leading_or_trailing";
      if (expectedStyle === "consistent") {
        expectedStyle = actualStyle;
        expectedLeadingPipe = actualLeadingPipe;
        expectedTrailingPipe = actualTrailingPipe;
      }
      if (actualLeadingPipe !== expectedLeadingPipe) {
        (0, import_helpers48.addErrorDetailIf)(
          onError,
          firstCell.startLine,
          expectedStyle,
          actualStyle,
          `${expectedLeadingPipe ? "Missing" : "Unexpected"} leading pipe`,
          void 0,
          makeRange(row.startColumn, firstCell.startColumn)
        );
      }
      if (actualTrailingPipe !== expectedTrailingPipe) {
        (0, import_helpers48.addErrorDetailIf)(
          onError,
          lastCell.endLine,
          expectedStyle,
          actualStyle,
          `${expectedTrailingPipe ? "Missing" : "Unexpected"} trailing pipe`,
          void 0,
          makeRange(lastCell.endColumn - 1, row.endColumn - 1)
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md056.mjs
var import_helpers49 = __toESM(require_helpers(), 1);
var import_micromark_helpers37 = __toESM(require_micromark_helpers(), 1);
var makeRange2 = (start, end) => [start, end - start + 1];
var md056_default = {
  "names": ["MD056", "table-column-count"],
  "description": "Table column count",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD056(params2, onError) {
    const rows = filterByTypesCached(["tableDelimiterRow", "tableRow"]);
    let expectedCount = 0;
    let currentTable = null;
    for (const row of rows) {
      const table = (0, import_micromark_helpers37.getParentOfType)(row, ["table"]);
      if (currentTable !== table) {
        expectedCount = 0;
        currentTable = table;
      }
      const cells = row.children.filter((child) => ["tableData", "tableDelimiter", "tableHeader"].includes(child.type));
      const actualCount = cells.length;
      expectedCount ||= actualCount;
      let detail = void 0;
      let range = void 0;
      if (actualCount < expectedCount) {
        detail = "Too few cells, row will be missing data";
        range = [row.endColumn - 1, 1];
      } else if (expectedCount < actualCount) {
        detail = "Too many cells, extra data will be missing";
        range = makeRange2(cells[expectedCount].startColumn, row.endColumn - 1);
      }
      (0, import_helpers49.addErrorDetailIf)(
        onError,
        row.endLine,
        expectedCount,
        actualCount,
        detail,
        void 0,
        range
      );
    }
  }
};

// node_modules/markdownlint/lib/md058.mjs
var import_helpers50 = __toESM(require_helpers(), 1);
var import_micromark_helpers38 = __toESM(require_micromark_helpers(), 1);
var md058_default = {
  "names": ["MD058", "blanks-around-tables"],
  "description": "Tables should be surrounded by blank lines",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD058(params2, onError) {
    const { lines } = params2;
    const blockQuotePrefixes = filterByTypesCached(["blockQuotePrefix", "linePrefix"]);
    const tables = filterByTypesCached(["table"]);
    for (const table of tables) {
      const firstLineNumber = table.startLine;
      if (!(0, import_helpers50.isBlankLine)(lines[firstLineNumber - 2])) {
        (0, import_helpers50.addErrorContext)(
          onError,
          firstLineNumber,
          lines[firstLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "insertText": (0, import_micromark_helpers38.getBlockQuotePrefixText)(blockQuotePrefixes, firstLineNumber)
          }
        );
      }
      const lastLineNumber = table.endLine;
      if (!(0, import_helpers50.isBlankLine)(lines[lastLineNumber])) {
        (0, import_helpers50.addErrorContext)(
          onError,
          lastLineNumber,
          lines[lastLineNumber - 1].trim(),
          void 0,
          void 0,
          void 0,
          {
            "lineNumber": lastLineNumber + 1,
            "insertText": (0, import_micromark_helpers38.getBlockQuotePrefixText)(blockQuotePrefixes, lastLineNumber)
          }
        );
      }
    }
  }
};

// node_modules/markdownlint/lib/md059.mjs
var import_helpers51 = __toESM(require_helpers(), 1);
var import_micromark_helpers39 = __toESM(require_micromark_helpers(), 1);
var allowedChildrenTypes = /* @__PURE__ */ new Set([
  "codeText",
  "htmlText"
]);
var defaultProhibitedTexts = [
  "click here",
  "here",
  "link",
  "more"
];
function normalize(str) {
  return str.replace(/[\W_]+/g, " ").replace(/\s+/g, " ").toLowerCase().trim();
}
var md059_default = {
  "names": ["MD059", "descriptive-link-text"],
  "description": "Link text should be descriptive",
  "tags": ["accessibility", "links"],
  "parser": "micromark",
  "function": function MD059(params2, onError) {
    const prohibitedTexts = new Set(
      (params2.config.prohibited_texts || defaultProhibitedTexts).map(normalize)
    );
    if (prohibitedTexts.size > 0) {
      const links = filterByTypesCached(["link"]);
      for (const link of links) {
        const labelTexts = (0, import_micromark_helpers39.getDescendantsByType)(link, ["label", "labelText"]);
        for (const labelText of labelTexts) {
          const { children, endColumn, endLine, parent, startColumn, startLine, text: text2 } = labelText;
          if (!children.some((child) => allowedChildrenTypes.has(child.type)) && prohibitedTexts.has(normalize(text2))) {
            const range = startLine === endLine ? [startColumn, endColumn - startColumn] : void 0;
            (0, import_helpers51.addErrorContext)(
              onError,
              startLine,
              // @ts-ignore
              parent.text,
              void 0,
              void 0,
              range
            );
          }
        }
      }
    }
  }
};

// node_modules/markdownlint/lib/md060.mjs
var import_micromark_helpers40 = __toESM(require_micromark_helpers(), 1);

// node_modules/ansi-regex/index.js
var ST = String.raw`(?:\u001B\u005C|\u009C)`;
var stringControls = String.raw`\u0018\u001A\u001B\u0080-\u009F`;
var osc = String.raw`(?:\u001B\]|\u009D)[^\u0007${stringControls}]*(?:\u0007|${ST})`;
var controlString = String.raw`(?:\u001B[PX^_k]|[\u0090\u0098\u009E\u009F])[^${stringControls}]*${ST}`;
var linuxPalette = String.raw`\u001B\](?:P[\dA-Fa-f]{7}|R)(?:\u0007|${ST})?`;
var csi = String.raw`(?:\u001B\[|\u009B)[\u0030-\u003F]*[\u0020-\u002F]*[\u0040-\u007E]`;
var escape = String.raw`\u001B(?:[\u0020-\u002F]+[\u0030-\u007E]|[\dA-PR-TZcf-oq-uy=><~|}])`;
var pattern = `${linuxPalette}|${osc}|${controlString}|${csi}|${escape}`;
function ansiRegex({ onlyFirst = false } = {}) {
  return new RegExp(pattern, onlyFirst ? void 0 : "g");
}

// node_modules/strip-ansi/index.js
var regex = ansiRegex();
function stripAnsi(string) {
  if (typeof string !== "string") {
    throw new TypeError(`Expected a \`string\`, got \`${typeof string}\``);
  }
  if (!string.includes("\x1B") && !string.includes("\x9B")) {
    return string;
  }
  return string.replace(regex, "");
}

// node_modules/get-east-asian-width/lookup-data.js
var ambiguousMinimalCodePoint = 161;
var ambiguousMaximumCodePoint = 1114109;
var ambiguousRanges = [161, 161, 164, 164, 167, 168, 170, 170, 173, 174, 176, 180, 182, 186, 188, 191, 198, 198, 208, 208, 215, 216, 222, 225, 230, 230, 232, 234, 236, 237, 240, 240, 242, 243, 247, 250, 252, 252, 254, 254, 257, 257, 273, 273, 275, 275, 283, 283, 294, 295, 299, 299, 305, 307, 312, 312, 319, 322, 324, 324, 328, 331, 333, 333, 338, 339, 358, 359, 363, 363, 462, 462, 464, 464, 466, 466, 468, 468, 470, 470, 472, 472, 474, 474, 476, 476, 593, 593, 609, 609, 708, 708, 711, 711, 713, 715, 717, 717, 720, 720, 728, 731, 733, 733, 735, 735, 768, 879, 913, 929, 931, 937, 945, 961, 963, 969, 1025, 1025, 1040, 1103, 1105, 1105, 8208, 8208, 8211, 8214, 8216, 8217, 8220, 8221, 8224, 8226, 8228, 8231, 8240, 8240, 8242, 8243, 8245, 8245, 8251, 8251, 8254, 8254, 8308, 8308, 8319, 8319, 8321, 8324, 8364, 8364, 8451, 8451, 8453, 8453, 8457, 8457, 8467, 8467, 8470, 8470, 8481, 8482, 8486, 8486, 8491, 8491, 8531, 8532, 8539, 8542, 8544, 8555, 8560, 8569, 8585, 8585, 8592, 8601, 8632, 8633, 8658, 8658, 8660, 8660, 8679, 8679, 8704, 8704, 8706, 8707, 8711, 8712, 8715, 8715, 8719, 8719, 8721, 8721, 8725, 8725, 8730, 8730, 8733, 8736, 8739, 8739, 8741, 8741, 8743, 8748, 8750, 8750, 8756, 8759, 8764, 8765, 8776, 8776, 8780, 8780, 8786, 8786, 8800, 8801, 8804, 8807, 8810, 8811, 8814, 8815, 8834, 8835, 8838, 8839, 8853, 8853, 8857, 8857, 8869, 8869, 8895, 8895, 8978, 8978, 9312, 9449, 9451, 9547, 9552, 9587, 9600, 9615, 9618, 9621, 9632, 9633, 9635, 9641, 9650, 9651, 9654, 9655, 9660, 9661, 9664, 9665, 9670, 9672, 9675, 9675, 9678, 9681, 9698, 9701, 9711, 9711, 9733, 9734, 9737, 9737, 9742, 9743, 9756, 9756, 9758, 9758, 9792, 9792, 9794, 9794, 9824, 9825, 9827, 9829, 9831, 9834, 9836, 9837, 9839, 9839, 9886, 9887, 9919, 9919, 9926, 9933, 9935, 9939, 9941, 9953, 9955, 9955, 9960, 9961, 9963, 9969, 9972, 9972, 9974, 9977, 9979, 9980, 9982, 9983, 10045, 10045, 10102, 10111, 11094, 11097, 12872, 12879, 57344, 63743, 65024, 65039, 65533, 65533, 127232, 127242, 127248, 127277, 127280, 127337, 127344, 127373, 127375, 127376, 127387, 127404, 917760, 917999, 983040, 1048573, 1048576, 1114109];
var fullwidthMinimalCodePoint = 12288;
var fullwidthMaximumCodePoint = 65510;
var fullwidthRanges = [12288, 12288, 65281, 65376, 65504, 65510];
var wideMinimalCodePoint = 4352;
var wideMaximumCodePoint = 262141;
var wideRanges = [4352, 4447, 8986, 8987, 9001, 9002, 9193, 9196, 9200, 9200, 9203, 9203, 9725, 9726, 9748, 9749, 9776, 9783, 9800, 9811, 9855, 9855, 9866, 9871, 9875, 9875, 9889, 9889, 9898, 9899, 9917, 9918, 9924, 9925, 9934, 9934, 9940, 9940, 9962, 9962, 9970, 9971, 9973, 9973, 9978, 9978, 9981, 9981, 9989, 9989, 9994, 9995, 10024, 10024, 10060, 10060, 10062, 10062, 10067, 10069, 10071, 10071, 10133, 10135, 10160, 10160, 10175, 10175, 11035, 11036, 11088, 11088, 11093, 11093, 11904, 11929, 11931, 12019, 12032, 12245, 12272, 12287, 12289, 12350, 12353, 12438, 12441, 12543, 12549, 12591, 12593, 12686, 12688, 12773, 12783, 12830, 12832, 12871, 12880, 42124, 42128, 42182, 43360, 43388, 44032, 55203, 63744, 64255, 65040, 65049, 65072, 65106, 65108, 65126, 65128, 65131, 94176, 94180, 94192, 94198, 94208, 101594, 101631, 101664, 101760, 101874, 101888, 102801, 102816, 102866, 110576, 110579, 110581, 110587, 110589, 110590, 110592, 110888, 110898, 110898, 110928, 110930, 110933, 110933, 110948, 110952, 110960, 111355, 119552, 119638, 119648, 119670, 126980, 126980, 127183, 127183, 127374, 127374, 127377, 127386, 127406, 127406, 127488, 127490, 127504, 127547, 127552, 127560, 127568, 127569, 127584, 127589, 127744, 127776, 127789, 127797, 127799, 127868, 127870, 127891, 127904, 127946, 127951, 127955, 127968, 127984, 127988, 127988, 127992, 128062, 128064, 128064, 128066, 128252, 128255, 128317, 128331, 128334, 128336, 128359, 128378, 128378, 128405, 128406, 128420, 128420, 128507, 128591, 128640, 128709, 128716, 128716, 128720, 128722, 128725, 128729, 128732, 128735, 128747, 128748, 128756, 128764, 128986, 128986, 128992, 129003, 129008, 129008, 129292, 129338, 129340, 129349, 129351, 129535, 129648, 129660, 129664, 129734, 129736, 129736, 129740, 129757, 129759, 129771, 129775, 129786, 131072, 196605, 196608, 262141];

// node_modules/get-east-asian-width/utilities.js
var isInRange = (ranges, codePoint) => {
  let low = 0;
  let high = Math.floor(ranges.length / 2) - 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    const i = mid * 2;
    if (codePoint < ranges[i]) {
      high = mid - 1;
    } else if (codePoint > ranges[i + 1]) {
      low = mid + 1;
    } else {
      return true;
    }
  }
  return false;
};

// node_modules/get-east-asian-width/lookup.js
var commonCjkCodePoint = 19968;
var [wideFastPathStart, wideFastPathEnd] = /* @__PURE__ */ findWideFastPathRange(wideRanges);
function findWideFastPathRange(ranges) {
  let fastPathStart = ranges[0];
  let fastPathEnd = ranges[1];
  for (let index = 0; index < ranges.length; index += 2) {
    const start = ranges[index];
    const end = ranges[index + 1];
    if (commonCjkCodePoint >= start && commonCjkCodePoint <= end) {
      return [start, end];
    }
    if (end - start > fastPathEnd - fastPathStart) {
      fastPathStart = start;
      fastPathEnd = end;
    }
  }
  return [fastPathStart, fastPathEnd];
}
var isAmbiguous = (codePoint) => {
  if (codePoint < ambiguousMinimalCodePoint || codePoint > ambiguousMaximumCodePoint) {
    return false;
  }
  return isInRange(ambiguousRanges, codePoint);
};
var isFullwidth = (codePoint) => {
  if (codePoint < fullwidthMinimalCodePoint || codePoint > fullwidthMaximumCodePoint) {
    return false;
  }
  return isInRange(fullwidthRanges, codePoint);
};
var isWide = (codePoint) => {
  if (codePoint >= wideFastPathStart && codePoint <= wideFastPathEnd) {
    return true;
  }
  if (codePoint < wideMinimalCodePoint || codePoint > wideMaximumCodePoint) {
    return false;
  }
  return isInRange(wideRanges, codePoint);
};

// node_modules/get-east-asian-width/index.js
function validate(codePoint) {
  if (!Number.isSafeInteger(codePoint)) {
    throw new TypeError(`Expected a code point, got \`${typeof codePoint}\`.`);
  }
}
function eastAsianWidth(codePoint, { ambiguousAsWide = false } = {}) {
  validate(codePoint);
  if (isFullwidth(codePoint) || isWide(codePoint) || ambiguousAsWide && isAmbiguous(codePoint)) {
    return 2;
  }
  return 1;
}

// node_modules/string-width/index.js
var segmenter = new Intl.Segmenter();
var zeroWidthClusterRegex = new RegExp("^(?:\\p{Default_Ignorable_Code_Point}|\\p{Control}|\\p{Mark}|\\p{Surrogate})+$", "v");
var leadingNonPrintingRegex = new RegExp("^[\\p{Default_Ignorable_Code_Point}\\p{Control}\\p{Format}\\p{Mark}\\p{Surrogate}]+", "v");
var rgiEmojiRegex = new RegExp("^\\p{RGI_Emoji}$", "v");
function baseVisible(segment) {
  return segment.replace(leadingNonPrintingRegex, "");
}
function isZeroWidthCluster(segment) {
  return zeroWidthClusterRegex.test(segment);
}
function trailingHalfwidthWidth(segment, eastAsianWidthOptions) {
  let extra = 0;
  if (segment.length > 1) {
    for (const char of segment.slice(1)) {
      if (char >= "\uFF00" && char <= "\uFFEF") {
        extra += eastAsianWidth(char.codePointAt(0), eastAsianWidthOptions);
      }
    }
  }
  return extra;
}
function stringWidth(input, options = {}) {
  if (typeof input !== "string" || input.length === 0) {
    return 0;
  }
  const {
    ambiguousIsNarrow = true,
    countAnsiEscapeCodes = false
  } = options;
  let string = input;
  if (!countAnsiEscapeCodes) {
    string = stripAnsi(string);
  }
  if (string.length === 0) {
    return 0;
  }
  let width = 0;
  const eastAsianWidthOptions = { ambiguousAsWide: !ambiguousIsNarrow };
  for (const { segment } of segmenter.segment(string)) {
    if (isZeroWidthCluster(segment)) {
      continue;
    }
    if (rgiEmojiRegex.test(segment)) {
      width += 2;
      continue;
    }
    const codePoint = baseVisible(segment).codePointAt(0);
    width += eastAsianWidth(codePoint, eastAsianWidthOptions);
    width += trailingHalfwidthWidth(segment, eastAsianWidthOptions);
  }
  return width;
}

// node_modules/markdownlint/lib/md060.mjs
function addError17(errors, lineNumber, column, detail) {
  errors.push({
    lineNumber,
    detail,
    "range": [column, 1]
  });
}
function getTableDividerColumns(lines, row) {
  return (0, import_micromark_helpers40.filterByTypes)(
    row.children,
    ["tableCellDivider"]
  ).map(
    (divider) => ({
      "actual": divider.startColumn,
      "effective": stringWidth(lines[row.startLine - 1].slice(0, divider.startColumn - 1))
    })
  );
}
function checkStyleAligned(lines, rows, detail) {
  const errorInfos = [];
  const headerRow = rows[0];
  const headerDividerColumns = getTableDividerColumns(lines, headerRow);
  for (const row of rows.slice(1)) {
    const remainingHeaderDividerColumns = new Set(headerDividerColumns.map((column) => column.effective));
    const rowDividerColumns = getTableDividerColumns(lines, row);
    for (const dividerColumn of rowDividerColumns) {
      if (remainingHeaderDividerColumns.size > 0 && !remainingHeaderDividerColumns.delete(dividerColumn.effective)) {
        addError17(errorInfos, row.startLine, dividerColumn.actual, detail);
      }
    }
  }
  return errorInfos;
}
var md060_default = {
  "names": ["MD060", "table-column-style"],
  "description": "Table column style",
  "tags": ["table"],
  "parser": "micromark",
  "function": function MD060(params2, onError) {
    const style = String(params2.config.style || "any");
    const styleAlignedAllowed = style === "any" || style === "aligned";
    const styleCompactAllowed = style === "any" || style === "compact";
    const styleTightAllowed = style === "any" || style === "tight";
    const alignedDelimiter = !!params2.config.aligned_delimiter;
    const lines = params2.lines;
    const tables = filterByTypesCached(["table"]);
    for (const table of tables) {
      const rows = (0, import_micromark_helpers40.filterByTypes)(table.children, ["tableDelimiterRow", "tableRow"]);
      const errorsIfAligned = [];
      if (styleAlignedAllowed) {
        errorsIfAligned.push(...checkStyleAligned(lines, rows, 'Table pipe does not align with header for style "aligned"'));
      }
      const errorsIfCompact = [];
      const errorsIfTight = [];
      if ((styleCompactAllowed || styleTightAllowed) && !(styleAlignedAllowed && errorsIfAligned.length === 0)) {
        if (alignedDelimiter) {
          const errorInfos2 = checkStyleAligned(lines, rows.slice(0, 2), 'Table pipe does not align with header for option "aligned_delimiter"');
          errorsIfCompact.push(...errorInfos2);
          errorsIfTight.push(...errorInfos2);
        }
        for (const row of rows) {
          const tokensOfInterest = (0, import_micromark_helpers40.filterByTypes)(row.children, ["tableCellDivider", "tableContent", "whitespace"]);
          for (let i = 0; i < tokensOfInterest.length; i++) {
            const { startColumn, startLine, type } = tokensOfInterest[i];
            if (type === "tableCellDivider") {
              const previous3 = tokensOfInterest[i - 1];
              if (previous3) {
                if (previous3.type === "whitespace") {
                  if (previous3.text.length !== 1) {
                    addError17(errorsIfCompact, startLine, startColumn, 'Table pipe has extra space to the left for style "compact"');
                  }
                  addError17(errorsIfTight, startLine, startColumn, 'Table pipe has space to the left for style "tight"');
                } else {
                  addError17(errorsIfCompact, startLine, startColumn, 'Table pipe is missing space to the left for style "compact"');
                }
              }
              const next = tokensOfInterest[i + 1];
              if (next) {
                if (next.type === "whitespace") {
                  if (next.endColumn !== row.endColumn) {
                    if (next.text.length !== 1) {
                      addError17(errorsIfCompact, startLine, startColumn, 'Table pipe has extra space to the right for style "compact"');
                    }
                    addError17(errorsIfTight, startLine, startColumn, 'Table pipe has space to the right for style "tight"');
                  }
                } else {
                  addError17(errorsIfCompact, startLine, startColumn, 'Table pipe is missing space to the right for style "compact"');
                }
              }
            }
          }
        }
      }
      let errorInfos = errorsIfAligned;
      if (styleCompactAllowed && (errorsIfCompact.length < errorInfos.length || !styleAlignedAllowed)) {
        errorInfos = errorsIfCompact;
      }
      if (styleTightAllowed && (errorsIfTight.length < errorInfos.length || !styleAlignedAllowed && !styleCompactAllowed)) {
        errorInfos = errorsIfTight;
      }
      for (const errorInfo of errorInfos) {
        onError(errorInfo);
      }
    }
  }
};

// node_modules/markdownlint/lib/rules.mjs
var [md019, md021] = md019_md021_default;
var [md049, md050] = md049_md050_default;
var rules = [
  md001_default,
  // md002: Deprecated and removed
  md003_default,
  md004_default,
  md005_default,
  // md006: Deprecated and removed
  md007_default,
  md009_default,
  md010_default,
  md011_default,
  md012_default,
  md013_default,
  md014_default,
  md018_default,
  md019,
  md020_default,
  md021,
  md022_default,
  md023_default,
  md024_default,
  md025_default,
  md026_default,
  md027_default,
  md028_default,
  md029_default,
  md030_default,
  md031_default,
  md032_default,
  md033_default,
  md034_default,
  md035_default,
  md036_default,
  md037_default,
  md038_default,
  md039_default,
  md040_default,
  md041_default,
  md042_default,
  md043_default,
  md044_default,
  md045_default,
  md046_default,
  md047_default,
  md048_default,
  md049,
  md050,
  md051_default,
  md052_default,
  md053_default,
  md054_default,
  md055_default,
  md056_default,
  // md057: See https://github.com/markdownlint/markdownlint
  md058_default,
  md059_default,
  md060_default
];
for (const rule of rules) {
  const name = rule.names[0].toLowerCase();
  rule["information"] = new URL(`${homepage}/blob/v${version}/doc/${name}.md`);
}
var rules_default = rules;

// node_modules/markdownlint/lib/parse-configuration.mjs
function parseConfiguration(name, content, parsers) {
  let config = null;
  let message = null;
  const errors = [];
  let index = 0;
  const failed = (parsers || [JSON.parse]).every((parser) => {
    try {
      const result = parser(content);
      config = result && typeof result === "object" && !Array.isArray(result) ? result : {};
      return false;
    } catch (error) {
      errors.push(`Parser ${index++}: ${error?.message}`);
    }
    return true;
  });
  if (failed) {
    errors.unshift(`Unable to parse '${name}'`);
    message = errors.join("; ");
  }
  return {
    config,
    message
  };
}

// node_modules/markdownlint/lib/markdownlint.mjs
var helpers = __toESM(require_helpers(), 1);
function validateRuleList(ruleList, synchronous) {
  let result = null;
  if (ruleList.length === rules_default.length) {
    return result;
  }
  const allIds = {};
  for (const [index, rule] of ruleList.entries()) {
    let newError = function(property, value) {
      return new Error(
        `Property '${property}' of custom rule at index ${customIndex} is incorrect: '${value}'.`
      );
    };
    const customIndex = index - rules_default.length;
    for (const property of ["names", "tags"]) {
      const value = rule[property];
      if (!result && (!value || !Array.isArray(value) || value.length === 0 || !value.every(helpers.isString) || value.some(helpers.isEmptyString))) {
        result = newError(property, value);
      }
    }
    for (const propertyInfo of [
      ["description", "string"],
      ["function", "function"]
    ]) {
      const property = propertyInfo[0];
      const value = rule[property];
      if (!result && (!value || typeof value !== propertyInfo[1])) {
        result = newError(property, value);
      }
    }
    if (!result && rule.parser !== void 0 && rule.parser !== "markdownit" && rule.parser !== "micromark" && rule.parser !== "none") {
      result = newError("parser", rule.parser);
    }
    if (!result && rule.information && !helpers.isUrl(rule.information)) {
      result = newError("information", rule.information);
    }
    if (!result && rule.asynchronous !== void 0 && typeof rule.asynchronous !== "boolean") {
      result = newError("asynchronous", rule.asynchronous);
    }
    if (!result && rule.asynchronous && synchronous) {
      result = new Error(
        "Custom rule " + rule.names.join("/") + " at index " + customIndex + " is asynchronous and can not be used in a synchronous context."
      );
    }
    if (!result) {
      for (const name of rule.names) {
        const nameUpper = name.toUpperCase();
        if (!result && allIds[nameUpper] !== void 0) {
          result = new Error("Name '" + name + "' of custom rule at index " + customIndex + " is already used as a name or tag.");
        }
        allIds[nameUpper] = true;
      }
      for (const tag of rule.tags) {
        const tagUpper = tag.toUpperCase();
        if (!result && allIds[tagUpper]) {
          result = new Error("Tag '" + tag + "' of custom rule at index " + customIndex + " is already used as a name.");
        }
        allIds[tagUpper] = false;
      }
    }
  }
  return result;
}
function newResults(ruleList) {
  function toString(useAlias) {
    const lintResults2 = this;
    let ruleNameToRule = null;
    const results = [];
    const keys = Object.keys(lintResults2);
    keys.sort();
    for (const file of keys) {
      const fileResults = lintResults2[file];
      if (Array.isArray(fileResults)) {
        for (const result of fileResults) {
          const ruleMoniker = result.ruleNames ? result.ruleNames.join("/") : (
            // @ts-ignore
            result.ruleName + "/" + result.ruleAlias
          );
          results.push(
            file + ": " + result.lineNumber + ": " + ruleMoniker + " " + result.ruleDescription + (result.errorDetail ? " [" + result.errorDetail + "]" : "") + (result.errorContext ? ' [Context: "' + result.errorContext + '"]' : "")
          );
        }
      } else {
        if (!ruleNameToRule) {
          ruleNameToRule = {};
          for (const rule of ruleList) {
            const ruleName = rule.names[0].toUpperCase();
            ruleNameToRule[ruleName] = rule;
          }
        }
        for (const [ruleName, ruleResults] of Object.entries(fileResults)) {
          const rule = ruleNameToRule[ruleName.toUpperCase()];
          for (const lineNumber of ruleResults) {
            const nameIndex = Math.min(useAlias ? 1 : 0, rule.names.length - 1);
            const result = file + ": " + lineNumber + ": " + // @ts-ignore
            rule.names[nameIndex] + " " + // @ts-ignore
            rule.description;
            results.push(result);
          }
        }
      }
    }
    return results.join("\n");
  }
  const lintResults = {};
  Object.defineProperty(lintResults, "toString", { "value": toString });
  return lintResults;
}
function removeFrontMatter(content, frontMatter) {
  let frontMatterLines = [];
  if (frontMatter) {
    const frontMatterMatch = content.match(frontMatter);
    if (frontMatterMatch && !frontMatterMatch.index) {
      const contentMatched = frontMatterMatch[0];
      content = content.slice(contentMatched.length);
      frontMatterLines = contentMatched.split(helpers.newLineRe);
      if (frontMatterLines.length > 0 && frontMatterLines[frontMatterLines.length - 1] === "") {
        frontMatterLines.length--;
      }
    }
  }
  return {
    "content": content,
    "frontMatterLines": frontMatterLines
  };
}
function mapAliasToRuleNames(ruleList) {
  const aliasToRuleNames = {};
  for (const rule of ruleList) {
    const ruleName = rule.names[0].toUpperCase();
    for (const name of rule.names) {
      const nameUpper = name.toUpperCase();
      aliasToRuleNames[nameUpper] = [ruleName];
    }
    for (const tag of rule.tags) {
      const tagUpper = tag.toUpperCase();
      const ruleNames = aliasToRuleNames[tagUpper] || [];
      ruleNames.push(ruleName);
      aliasToRuleNames[tagUpper] = ruleNames;
    }
  }
  return aliasToRuleNames;
}
function getEffectiveConfig(ruleList, config, aliasToRuleNames) {
  let ruleDefaultEnable = true;
  let ruleDefaultSeverity = "error";
  Object.entries(config).every(([key, value]) => {
    if (key.toUpperCase() === "DEFAULT") {
      ruleDefaultEnable = !!value;
      if (value === "warning") {
        ruleDefaultSeverity = "warning";
      }
      return false;
    }
    return true;
  });
  const effectiveConfig = {};
  const rulesEnabled = /* @__PURE__ */ new Map();
  const rulesSeverity = /* @__PURE__ */ new Map();
  const emptyObject = Object.freeze({});
  for (const ruleName of ruleList.map((rule) => rule.names[0].toUpperCase())) {
    effectiveConfig[ruleName] = emptyObject;
    rulesEnabled.set(ruleName, ruleDefaultEnable);
    rulesSeverity.set(ruleName, ruleDefaultSeverity);
  }
  for (const [key, value] of Object.entries(config)) {
    const keyUpper = key.toUpperCase();
    let enabled = false;
    let severity = "error";
    let effectiveValue = {};
    if (value) {
      if (value instanceof Object) {
        const valueObject = value;
        enabled = valueObject.enabled === void 0 ? true : !!valueObject.enabled;
        severity = valueObject.severity === "warning" ? "warning" : "error";
        effectiveValue = Object.fromEntries(
          Object.entries(value).filter(
            ([k]) => k !== "enabled" && k !== "severity"
          )
        );
      } else {
        enabled = true;
        severity = value === "warning" ? "warning" : "error";
      }
    }
    for (const ruleName of aliasToRuleNames[keyUpper] || []) {
      Object.freeze(effectiveValue);
      effectiveConfig[ruleName] = effectiveValue;
      rulesEnabled.set(ruleName, enabled);
      rulesSeverity.set(ruleName, severity);
    }
  }
  return {
    effectiveConfig,
    rulesEnabled,
    rulesSeverity
  };
}
function getEnabledRulesPerLineNumber(ruleList, lines, frontMatterLines, noInlineConfig, config, configParsers, aliasToRuleNames) {
  let enabledRules = /* @__PURE__ */ new Map();
  let capturedRules = enabledRules;
  const enabledRulesPerLineNumber = new Array(1 + frontMatterLines.length);
  function handleInlineConfig(input, forEachMatch, forEachLine = void 0) {
    for (const [lineIndex, line] of input.entries()) {
      if (!noInlineConfig) {
        let match = null;
        while (match = helpers.inlineCommentStartRe.exec(line)) {
          const action = match[2].toUpperCase();
          const startIndex = match.index + match[1].length;
          const endIndex = line.indexOf("-->", startIndex);
          if (endIndex === -1) {
            break;
          }
          const parameter = line.slice(startIndex, endIndex);
          forEachMatch(action, parameter, lineIndex + 1);
        }
      }
      if (forEachLine) {
        forEachLine();
      }
    }
  }
  function configureFile(action, parameter) {
    if (action === "CONFIGURE-FILE") {
      const { "config": parsed } = parseConfiguration(
        "CONFIGURE-FILE",
        parameter,
        configParsers
      );
      if (parsed) {
        config = {
          ...config,
          ...parsed
        };
      }
    }
  }
  function applyEnableDisable(action, parameter, state) {
    state = new Map(state);
    const enabled = action.startsWith("ENABLE");
    const trimmed = parameter && parameter.trim();
    const items = trimmed ? trimmed.toUpperCase().split(/\s+/) : allRuleNames;
    for (const nameUpper of items) {
      for (const ruleName of aliasToRuleNames[nameUpper] || []) {
        state.set(ruleName, enabled);
      }
    }
    return state;
  }
  function enableDisableFile(action, parameter) {
    if (action === "ENABLE-FILE" || action === "DISABLE-FILE") {
      enabledRules = applyEnableDisable(action, parameter, enabledRules);
    }
  }
  function captureRestoreEnableDisable(action, parameter) {
    if (action === "CAPTURE") {
      capturedRules = enabledRules;
    } else if (action === "RESTORE") {
      enabledRules = capturedRules;
    } else if (action === "ENABLE" || action === "DISABLE") {
      enabledRules = applyEnableDisable(action, parameter, enabledRules);
    }
  }
  function updateLineState() {
    enabledRulesPerLineNumber.push(enabledRules);
  }
  function disableLineNextLine(action, parameter, lineNumber) {
    const disableLine = action === "DISABLE-LINE";
    const disableNextLine = action === "DISABLE-NEXT-LINE";
    if (disableLine || disableNextLine) {
      const nextLineNumber = frontMatterLines.length + lineNumber + (disableNextLine ? 1 : 0);
      enabledRulesPerLineNumber[nextLineNumber] = applyEnableDisable(
        action,
        parameter,
        enabledRulesPerLineNumber[nextLineNumber]
      );
    }
  }
  handleInlineConfig([lines.join("\n")], configureFile);
  const { effectiveConfig, rulesEnabled, rulesSeverity } = getEffectiveConfig(ruleList, config, aliasToRuleNames);
  const allRuleNames = [...rulesEnabled.keys()];
  enabledRules = new Map(rulesEnabled);
  capturedRules = enabledRules;
  handleInlineConfig(lines, enableDisableFile);
  handleInlineConfig(lines, captureRestoreEnableDisable, updateLineState);
  handleInlineConfig(lines, disableLineNextLine);
  const enabledRuleList = ruleList.filter((rule) => {
    const ruleName = rule.names[0].toUpperCase();
    return enabledRulesPerLineNumber.some((enabledRulesForLine) => enabledRulesForLine.get(ruleName));
  });
  return {
    effectiveConfig,
    enabledRulesPerLineNumber,
    enabledRuleList,
    rulesSeverity
  };
}
function lintContent(ruleList, aliasToRuleNames, name, content, markdownItFactory, config, configParsers, frontMatter, handleRuleFailures, noInlineConfig, synchronous, callback) {
  const callbackError = (error) => callback(error instanceof Error ? error : new Error(error));
  content = content.replace(/^\uFEFF/, "");
  const removeFrontMatterResult = removeFrontMatter(content, frontMatter);
  const { frontMatterLines } = removeFrontMatterResult;
  content = removeFrontMatterResult.content;
  const { effectiveConfig, enabledRulesPerLineNumber, enabledRuleList, rulesSeverity } = getEnabledRulesPerLineNumber(
    ruleList,
    content.split(helpers.newLineRe),
    frontMatterLines,
    noInlineConfig,
    config,
    configParsers,
    aliasToRuleNames
  );
  const needMarkdownItTokens = enabledRuleList.some(
    (rule) => rule.parser === "markdownit" || rule.parser === void 0
  );
  const needMicromarkTokens = enabledRuleList.some(
    (rule) => rule.parser === "micromark"
  );
  const customRulesPresent = ruleList.length !== rules_default.length;
  const micromarkTokens2 = needMicromarkTokens ? parse2(content, { "freezeTokens": customRulesPresent }) : [];
  const preClearedContent = content;
  content = helpers.clearHtmlCommentText(content);
  const lines = content.split(helpers.newLineRe);
  const lintContentInternal = (markdownitTokens) => {
    const parsersMarkdownIt = Object.freeze({
      "markdownit": Object.freeze({
        "tokens": markdownitTokens
      })
    });
    const parsersMicromark = Object.freeze({
      "micromark": Object.freeze({
        "tokens": micromarkTokens2
      })
    });
    const parsersNone = Object.freeze({});
    const paramsBase = {
      name,
      version,
      "lines": Object.freeze(lines),
      "frontMatterLines": Object.freeze(frontMatterLines)
    };
    initialize({
      ...paramsBase,
      "parsers": parsersMicromark,
      "config": null
    });
    const results = [];
    const forRule = (rule) => {
      const ruleName = rule.names[0].toUpperCase();
      const tokens = {};
      let parsers = parsersNone;
      if (rule.parser === void 0) {
        tokens.tokens = markdownitTokens;
        parsers = parsersMarkdownIt;
      } else if (rule.parser === "markdownit") {
        parsers = parsersMarkdownIt;
      } else if (rule.parser === "micromark") {
        parsers = parsersMicromark;
      }
      const params2 = Object.freeze({
        ...paramsBase,
        ...tokens,
        parsers,
        /** @type {RuleConfiguration} */
        // @ts-ignore
        "config": effectiveConfig[ruleName]
      });
      function throwError(property) {
        throw new Error(
          `Value of '${property}' passed to onError by '${ruleName}' is incorrect for '${name}'.`
        );
      }
      function onError(errorInfo) {
        if (!errorInfo || !helpers.isNumber(errorInfo.lineNumber) || errorInfo.lineNumber < 1 || errorInfo.lineNumber > lines.length) {
          throwError("lineNumber");
        }
        const lineNumber = errorInfo.lineNumber + frontMatterLines.length;
        if (!enabledRulesPerLineNumber[lineNumber].get(ruleName)) {
          return;
        }
        if (errorInfo.detail && !helpers.isString(errorInfo.detail)) {
          throwError("detail");
        }
        if (errorInfo.context && !helpers.isString(errorInfo.context)) {
          throwError("context");
        }
        if (errorInfo.information && !helpers.isUrl(errorInfo.information)) {
          throwError("information");
        }
        if (errorInfo.range && (!Array.isArray(errorInfo.range) || errorInfo.range.length !== 2 || !helpers.isNumber(errorInfo.range[0]) || errorInfo.range[0] < 1 || !helpers.isNumber(errorInfo.range[1]) || errorInfo.range[1] < 1 || errorInfo.range[0] + errorInfo.range[1] - 1 > lines[errorInfo.lineNumber - 1].length)) {
          throwError("range");
        }
        const fixInfo = errorInfo.fixInfo;
        const cleanFixInfo = {};
        if (fixInfo) {
          if (!helpers.isObject(fixInfo)) {
            throwError("fixInfo");
          }
          if (fixInfo.lineNumber !== void 0) {
            if (!helpers.isNumber(fixInfo.lineNumber) || fixInfo.lineNumber < 1 || fixInfo.lineNumber > lines.length) {
              throwError("fixInfo.lineNumber");
            }
            cleanFixInfo.lineNumber = fixInfo.lineNumber + frontMatterLines.length;
          }
          const effectiveLineNumber = fixInfo.lineNumber || errorInfo.lineNumber;
          if (fixInfo.editColumn !== void 0) {
            if (!helpers.isNumber(fixInfo.editColumn) || fixInfo.editColumn < 1 || fixInfo.editColumn > lines[effectiveLineNumber - 1].length + 1) {
              throwError("fixInfo.editColumn");
            }
            cleanFixInfo.editColumn = fixInfo.editColumn;
          }
          if (fixInfo.deleteCount !== void 0) {
            if (!helpers.isNumber(fixInfo.deleteCount) || fixInfo.deleteCount < -1 || fixInfo.deleteCount > lines[effectiveLineNumber - 1].length) {
              throwError("fixInfo.deleteCount");
            }
            cleanFixInfo.deleteCount = fixInfo.deleteCount;
          }
          if (fixInfo.insertText !== void 0) {
            if (!helpers.isString(fixInfo.insertText)) {
              throwError("fixInfo.insertText");
            }
            cleanFixInfo.insertText = fixInfo.insertText;
          }
        }
        const information = errorInfo.information || rule.information;
        results.push({
          lineNumber,
          "ruleNames": rule.names,
          "ruleDescription": rule.description,
          "ruleInformation": information ? information.href : null,
          "errorDetail": errorInfo.detail?.replace(helpers.newLineRe, " ") || null,
          "errorContext": errorInfo.context?.replace(helpers.newLineRe, " ") || null,
          "errorRange": errorInfo.range ? [...errorInfo.range] : null,
          "fixInfo": fixInfo ? cleanFixInfo : null,
          // @ts-ignore
          "severity": rulesSeverity.get(ruleName)
        });
      }
      const catchCallsOnError = (error) => onError({
        "lineNumber": 1,
        "detail": `This rule threw an exception: ${error.message || error}`
      });
      const invokeRuleFunction = () => rule.function(params2, onError);
      if (rule.asynchronous) {
        const ruleFunctionPromise = Promise.resolve().then(invokeRuleFunction);
        return handleRuleFailures ? ruleFunctionPromise.catch(catchCallsOnError) : ruleFunctionPromise;
      }
      try {
        invokeRuleFunction();
      } catch (error) {
        if (handleRuleFailures) {
          catchCallsOnError(error);
        } else {
          throw error;
        }
      }
      return null;
    };
    const formatResults = () => {
      results.sort((a, b) => a.ruleNames[0].localeCompare(b.ruleNames[0]) || a.lineNumber - b.lineNumber);
      return results;
    };
    const ruleListAsync = enabledRuleList.filter((rule) => rule.asynchronous);
    const ruleListSync = enabledRuleList.filter((rule) => !rule.asynchronous);
    const ruleListAsyncFirst = [
      ...ruleListAsync,
      ...ruleListSync
    ];
    const callbackSuccess = () => callback(null, formatResults());
    try {
      const ruleResults = ruleListAsyncFirst.map(forRule);
      if (ruleListAsync.length > 0) {
        Promise.all(ruleResults.slice(0, ruleListAsync.length)).then(callbackSuccess).catch(callbackError);
      } else {
        callbackSuccess();
      }
    } catch (error) {
      callbackError(error);
    } finally {
      initialize();
    }
  };
  if (!needMarkdownItTokens || synchronous) {
    const markdownItTokens = needMarkdownItTokens ? (0, import_defer_require.requireMarkdownItCjs)().getMarkdownItTokens(markdownItFactory(), preClearedContent, lines) : [];
    lintContentInternal(markdownItTokens);
  } else {
    Promise.all([
      // eslint-disable-next-line no-inline-comments
      import(
        /* webpackMode: "eager" */
        "./chunk-WKRKHRTD.js"
      ),
      // eslint-disable-next-line no-promise-executor-return
      new Promise((resolve2) => resolve2(markdownItFactory()))
    ]).then(([markdownitCjs, markdownIt]) => {
      const markdownItTokens = markdownitCjs.getMarkdownItTokens(markdownIt, preClearedContent, lines);
      lintContentInternal(markdownItTokens);
    }).catch(callbackError);
  }
}
function lintFile(ruleList, aliasToRuleNames, file, markdownItFactory, config, configParsers, frontMatter, handleRuleFailures, noInlineConfig, fs2, synchronous, callback) {
  function lintContentWrapper(err, content) {
    if (err) {
      return callback(err);
    }
    return lintContent(
      ruleList,
      aliasToRuleNames,
      file,
      content,
      markdownItFactory,
      config,
      configParsers,
      frontMatter,
      handleRuleFailures,
      noInlineConfig,
      synchronous,
      callback
    );
  }
  if (synchronous) {
    lintContentWrapper(null, fs2.readFileSync(file, "utf8"));
  } else {
    fs2.readFile(file, "utf8", lintContentWrapper);
  }
}
function lintInput(options, synchronous, callback) {
  options = options || {};
  callback = callback || function noop() {
  };
  const customRuleList = [options.customRules || []].flat().map((rule) => ({
    "names": helpers.cloneIfArray(rule.names),
    "description": rule.description,
    "information": helpers.cloneIfUrl(rule.information),
    "tags": helpers.cloneIfArray(rule.tags),
    "parser": rule.parser,
    "asynchronous": rule.asynchronous,
    "function": rule.function
  }));
  const ruleList = rules_default.concat(customRuleList);
  const ruleErr = validateRuleList(ruleList, synchronous);
  if (ruleErr) {
    callback(ruleErr);
    return;
  }
  let files = [];
  if (Array.isArray(options.files)) {
    files = [...options.files];
  } else if (options.files) {
    files = [String(options.files)];
  }
  const strings = options.strings || {};
  const stringsKeys = Object.keys(strings);
  const config = options.config || { "default": true };
  const configParsers = options.configParsers || void 0;
  const frontMatter = options.frontMatter === void 0 ? helpers.frontMatterRe : options.frontMatter;
  const handleRuleFailures = !!options.handleRuleFailures;
  const noInlineConfig = !!options.noInlineConfig;
  const resultVersion = options["resultVersion"] === void 0 ? 3 : options["resultVersion"];
  const markdownItFactory = options.markdownItFactory || (() => {
    throw new Error("The option 'markdownItFactory' was required (due to the option 'customRules' including a rule requiring the 'markdown-it' parser), but 'markdownItFactory' was not set.");
  });
  const fs2 = options.fs || fs;
  const aliasToRuleNames = mapAliasToRuleNames(ruleList);
  const results = newResults(ruleList);
  let done = false;
  let concurrency = 0;
  function lintWorker() {
    let currentItem = void 0;
    function lintWorkerCallback(err, result) {
      concurrency--;
      if (err) {
        done = true;
        return callback(err);
      }
      results[currentItem] = result;
      if (!synchronous) {
        lintWorker();
      }
      return null;
    }
    if (done) {
    } else if (currentItem = files.shift()) {
      concurrency++;
      lintFile(
        ruleList,
        aliasToRuleNames,
        currentItem,
        markdownItFactory,
        config,
        configParsers,
        frontMatter,
        handleRuleFailures,
        noInlineConfig,
        fs2,
        synchronous,
        lintWorkerCallback
      );
    } else if (currentItem = stringsKeys.shift()) {
      concurrency++;
      lintContent(
        ruleList,
        aliasToRuleNames,
        currentItem,
        strings[currentItem] || "",
        markdownItFactory,
        config,
        configParsers,
        frontMatter,
        handleRuleFailures,
        noInlineConfig,
        synchronous,
        lintWorkerCallback
      );
    } else if (concurrency === 0) {
      done = true;
      let convertedResults = results;
      if (resultVersion === 0) {
        convertedResults = helpers.convertToResultVersion0(results);
      } else if (resultVersion === 1) {
        convertedResults = helpers.convertToResultVersion1(results);
      } else if (resultVersion === 2) {
        convertedResults = helpers.convertToResultVersion2(results);
      }
      return callback(null, convertedResults);
    }
    return null;
  }
  if (synchronous) {
    while (!done) {
      lintWorker();
    }
  } else {
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
    lintWorker();
  }
}
function lintAsync(options, callback) {
  return lintInput(options, false, callback);
}
function lintPromise(options) {
  return new Promise((resolve2, reject) => {
    lintAsync(options, (error, results) => {
      if (error || !results) {
        reject(error);
      } else {
        resolve2(results);
      }
    });
  });
}
function resolveConfigExtends(configFile, referenceId, fs2, callback) {
  const configFileDirname = path.dirname(configFile);
  const resolvedExtendsFile = path.resolve(configFileDirname, referenceId);
  fs2.access(resolvedExtendsFile, (err) => {
    if (err) {
      try {
        return callback(
          null,
          (0, import_resolve_module.resolveModule)(referenceId, [configFileDirname])
        );
      } catch {
      }
    }
    return callback(null, resolvedExtendsFile);
  });
}
function extendConfig(config, file, parsers, fs2, callback) {
  const configExtends = config.extends;
  if (configExtends) {
    return resolveConfigExtends(
      file,
      helpers.expandTildePath(configExtends, os),
      fs2,
      // eslint-disable-next-line no-use-before-define
      (_, resolvedExtends) => readConfigAsync(
        // @ts-ignore
        resolvedExtends,
        parsers,
        fs2,
        (err, extendsConfig) => {
          if (err) {
            return callback(err);
          }
          const result = {
            ...extendsConfig,
            ...config
          };
          delete result.extends;
          return callback(null, result);
        }
      )
    );
  }
  return callback(null, config);
}
function extendConfigPromise(config, file, parsers, fs2) {
  return new Promise((resolve2, reject) => {
    extendConfig(config, file, parsers, fs2, (error, results) => {
      if (error || !results) {
        reject(error);
      } else {
        resolve2(results);
      }
    });
  });
}
function readConfigAsync(file, parsers, fs2, callback) {
  if (!callback) {
    if (fs2) {
      callback = fs2;
      fs2 = null;
    } else {
      callback = parsers;
      parsers = null;
    }
  }
  const fsLike = fs2 || fs;
  file = helpers.expandTildePath(file, os);
  fsLike.readFile(file, "utf8", (err, content) => {
    if (err) {
      return callback(err);
    }
    const { config, message } = parseConfiguration(file, content, parsers);
    if (!config) {
      return callback(new Error(message));
    }
    return extendConfig(config, file, parsers, fsLike, callback);
  });
}
function readConfigPromise(file, parsers, fs2) {
  return new Promise((resolve2, reject) => {
    readConfigAsync(file, parsers, fs2, (error, results) => {
      if (error || !results) {
        reject(error);
      } else {
        resolve2(results);
      }
    });
  });
}

export {
  lintPromise,
  extendConfigPromise,
  readConfigPromise
};
