import type { Writable } from 'node:stream';

/**
 * Redraws a block of lines in place on a terminal; on a pipe or CI log it prints the block as plain
 * lines every few seconds instead, so logs stay readable.
 */
export class LiveProgress {
  readonly #out: Writable;
  readonly #tty: boolean;
  readonly #render: () => string[];
  #timer: NodeJS.Timeout | undefined;
  #drawnLines = 0;

  constructor(out: Writable & { isTTY?: boolean }, render: () => string[]) {
    this.#out = out;
    // NO_COLOR / TERM=dumb terminals cannot move the cursor reliably.
    this.#tty = out.isTTY === true && process.env.TERM !== 'dumb';
    this.#render = render;
  }

  /** Starts redrawing: every 250 ms on a terminal, every `plainEveryMs` otherwise. */
  start(plainEveryMs = 3000): void {
    this.stop(false);
    const every = this.#tty ? 250 : plainEveryMs;
    this.#timer = setInterval(() => this.#draw(), every);
    this.#timer.unref();
    if (this.#tty) this.#draw();
  }

  /** Stops and draws the final state once more (in place on a terminal). */
  stop(finalDraw = true): void {
    if (this.#timer !== undefined) clearInterval(this.#timer);
    this.#timer = undefined;
    if (finalDraw) this.#draw();
    this.#drawnLines = 0;
  }

  #draw(): void {
    const lines = this.#render();
    if (!this.#tty) {
      this.#out.write(`${lines.join('\n')}\n`);
      return;
    }
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
