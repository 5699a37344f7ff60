import type { Writable } from 'node:stream';

export interface LiveProgressViews {
  /** The block redrawn in place on a terminal. */
  block: () => string[];
  /** The one line printed per period on a pipe or CI log. */
  line: () => string;
  /** How often, in real ms, `line` is printed (the demo prints one a Xero minute). */
  lineEveryMs: number;
}

/**
 * Redraws a block of lines in place on a terminal; on a pipe or CI log it prints one plain line per period
 * instead, so logs stay short and readable.
 */
export class LiveProgress {
  readonly #out: Writable;
  readonly #tty: boolean;
  readonly #views: LiveProgressViews;
  #timer: NodeJS.Timeout | undefined;
  #drawnLines = 0;

  constructor(out: Writable & { isTTY?: boolean }, views: LiveProgressViews) {
    this.#out = out;
    // TERM=dumb terminals cannot move the cursor reliably.
    this.#tty = out.isTTY === true && process.env.TERM !== 'dumb';
    this.#views = views;
  }

  /** Starts redrawing: every 250 ms on a terminal, a line every `lineEveryMs` otherwise. */
  start(): void {
    this.stop(false);
    this.#timer = this.#tty
      ? setInterval(() => this.#draw(), 250)
      : setInterval(() => this.#out.write(`${this.#views.line()}\n`), this.#views.lineEveryMs);
    this.#timer.unref();
    if (this.#tty) this.#draw();
  }

  /** Stops; on a terminal, draws the final state once more in place (a log gets the summary instead). */
  stop(finalDraw = true): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    if (finalDraw && this.#tty) this.#draw();
    this.#drawnLines = 0;
  }

  #draw(): void {
    const lines = this.#views.block();
    // Move up over the previous block, then clear and rewrite each line.
    let text = this.#drawnLines > 0 ? `\x1b[${this.#drawnLines}F` : '';
    for (const line of lines) text += `\x1b[2K${line}\n`;
    // If the block shrank, clear the leftover lines below it.
    for (let i = lines.length; i < this.#drawnLines; i++) text += '\x1b[2K\n';
    if (lines.length < this.#drawnLines) text += `\x1b[${this.#drawnLines - lines.length}F`;
    this.#out.write(text);
    this.#drawnLines = lines.length;
  }
}
