/** An in-memory Office.Settings stand-in. */
import type { SettingsStore } from '../../src/taskpane/launch';

export class MemorySettings implements SettingsStore {
  readonly values = new Map<string, unknown>();
  saves = 0;
  constructor(private readonly answerSaves = true) {}
  get(name: string): unknown {
    return this.values.has(name) ? this.values.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.values.set(name, value);
  }
  remove(name: string): void {
    this.values.delete(name);
  }
  saveAsync(callback?: (result: { status: unknown }) => void): void {
    this.saves += 1;
    if (this.answerSaves) callback?.({ status: 'succeeded' });
  }
}
