import { condition } from '@temporalio/workflow';
import type { ObligationBoard } from './obligation-board';

/**
 * What a participation receives by signal and applies one item at a time, in the order received, each as one step
 * of the board (so a continue-as-new waits for it). `idle` tells the continue-as-new that nothing received is lost.
 */
export class AppliedInOrder<T> {
  private readonly queue: T[] = [];
  private applying = false;

  push(item: T): void {
    this.queue.push(item);
  }

  get idle(): boolean {
    return this.queue.length === 0 && !this.applying;
  }

  /** Applies items as they come, for the life of the run. */
  async keepApplying(board: ObligationBoard, apply: (item: T) => Promise<void>): Promise<never> {
    for (;;) {
      await condition(() => this.queue.length > 0);
      this.applying = true;
      const item = this.queue.shift()!;
      await board.settle(() => apply(item));
      this.applying = false;
    }
  }
}
