/** Character scanner for the dotenv parser: position tracking (line, column) and positioned errors. */
import { SecretsFileError, type SecretsFileErrorCode } from "./errors.js";

/** Position tracking over the text; a leading BOM is skipped (it belongs to no value). */
export class Scanner {
  i: number;
  line = 1;
  private lineStart: number;
  constructor(
    readonly text: string,
    private readonly filename: string | undefined,
  ) {
    this.i = this.lineStart = text.startsWith("\uFEFF") ? 1 : 0;
  }
  done(): boolean {
    return this.i >= this.text.length;
  }
  peek(): string | undefined {
    return this.text[this.i];
  }
  column(): number {
    return this.i - this.lineStart + 1;
  }
  newline(start: number): void {
    this.line++;
    this.lineStart = start;
  }
  atEol(): boolean {
    return this.done() || this.text[this.i] === "\n" || this.text.startsWith("\r\n", this.i);
  }
  /** Consumes one line terminator (\n or \r\n), if any. */
  eol(): void {
    if (this.text[this.i] === "\r") this.i++;
    if (this.text[this.i] === "\n") this.newline(++this.i);
  }
  skipBlanks(): number {
    const start = this.i;
    while (this.text[this.i] === " " || this.text[this.i] === "\t") this.i++;
    return this.i - start;
  }
  /** Text up to (not including) the line terminator; a \r before \n belongs to the terminator. */
  restOfLine(): string {
    let end = this.text.indexOf("\n", this.i);
    if (end === -1) end = this.text.length;
    else if (this.text[end - 1] === "\r" && end - 1 >= this.i) end--;
    const rest = this.text.slice(this.i, end);
    this.i = end;
    return rest;
  }
  match(re: RegExp): string | undefined {
    re.lastIndex = this.i;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.i += m[0].length;
    return m[0];
  }
  fail(code: SecretsFileErrorCode, message: string, line = this.line, column = this.column()): never {
    throw new SecretsFileError(code, message, {
      line,
      column,
      ...(this.filename ? { filename: this.filename } : {}),
    });
  }
}
