/** Terminal formatting for the demo: colours only on a terminal that wants them. */
export interface Style {
  green(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  bold(text: string): string;
  dim(text: string): string;
}

export function createStyle(stream: { isTTY?: boolean }): Style {
  const on = stream.isTTY === true && process.env.NO_COLOR === undefined && process.env.TERM !== 'dumb';
  const wrap = (code: number, reset: number) => (text: string) =>
    on ? `\x1b[${code}m${text}\x1b[${reset}m` : text;
  return {
    green: wrap(32, 39),
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    bold: wrap(1, 22),
    dim: wrap(2, 22),
  };
}

/** Visible width, ignoring colour codes. */
function width(text: string): number {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping ANSI colour codes is the point
  return text.replace(/\x1b\[[0-9;]*m/g, '').length;
}

export function pad(text: string, size: number, align: 'left' | 'right' = 'left'): string {
  const gap = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + gap : gap + text;
}

/** A plain text table: a header row, a rule, then the rows; columns sized to their content. */
export function table(headers: string[], rows: string[][], align: Array<'left' | 'right'> = []): string[] {
  const sizes = headers.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    `  ${cells.map((c, i) => pad(c, sizes[i] ?? 0, align[i] ?? 'left')).join('  ')}`.trimEnd();
  return [line(headers), `  ${sizes.map((s) => '─'.repeat(s)).join('  ')}`, ...rows.map(line)];
}

export function count(n: number | undefined): string {
  return n === undefined ? '–' : n.toLocaleString('en-US');
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function truncate(text: string, size: number): string {
  return text.length <= size ? text : `${text.slice(0, size - 1)}…`;
}

/** `[#####.....]` */
export function bar(done: number, total: number, size = 20): string {
  const filled = total === 0 ? size : Math.min(size, Math.round((done / total) * size));
  return `[${'#'.repeat(filled)}${'.'.repeat(size - filled)}]`;
}
