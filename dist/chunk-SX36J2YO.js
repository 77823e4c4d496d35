import { createRequire as __paramedicRequire } from 'node:module';
const require = __paramedicRequire(import.meta.url);

// src/util/lines.ts
var LineIndex = class {
  starts = [0];
  constructor(text) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
    }
  }
  lineAt(offset) {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
  get lineCount() {
    return this.starts.length;
  }
};
function splitLines(text) {
  return text.split(/\r?\n/);
}
function stripBom(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
var LINE_BREAK = /\r\n|\r|\n/;

export {
  LineIndex,
  splitLines,
  stripBom,
  LINE_BREAK
};
