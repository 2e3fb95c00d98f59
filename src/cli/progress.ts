/** A one-line progress bar on stderr (only on a terminal; never mixed into stdout). */
import type { OutputStream } from './io';

const WIDTH = 24;

export class ProgressBar {
  private done = 0;
  private shown = false;

  constructor(
    private readonly stream: OutputStream,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  /** Marks the start of the next item. */
  tick(label: string): void {
    if (!this.enabled) return;
    const filled = Math.round((this.done / Math.max(1, this.total)) * WIDTH);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}`;
    const room = Math.max(10, (this.stream.columns ?? 80) - WIDTH - 20);
    const name = label.length > room ? `…${label.slice(label.length - room + 1)}` : label;
    this.stream.write(`\r\u001b[K${bar} ${this.done + 1}/${this.total} ${name}`);
    this.shown = true;
    this.done++;
  }

  /** Erases the bar (before another line is printed, and at the end). */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\u001b[K');
    this.shown = false;
  }
}
