/**
 * Work that need not be in the task that shows the widget (the closed details of cards): run after
 * that task, in tasks of about SLICE_MS each, so that the page paints first and a tap is never kept
 * waiting long. A slice is measured in time, so a slow phone does less per task, not longer tasks.
 * A page about to print runs what still waits at once: printed cards show their details.
 */
const SLICE_MS = 5;

// While it holds work, a slice runs or a message is on its way to run one.
const queue: (() => void)[] = [];

// A message to itself is a new task: no 4 ms floor as for nested timers, and no timer that a test's
// fake clock would hold back.
let channel: MessageChannel | undefined;

function runUntil(end: number): void {
  try {
    while (queue.length > 0 && performance.now() < end) queue.shift()!();
  } finally {
    // Also after work that threw: the rest still runs. With nothing left, the page keeps no listener.
    if (queue.length > 0) channel!.port2.postMessage(0);
    else removeEventListener('beforeprint', runAll);
  }
}

const runAll = () => runUntil(Infinity);

/** Runs `work` in a later task, after the work queued before it. */
export function later(work: () => void): void {
  if (queue.push(work) > 1) return;
  if (channel === undefined) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => runUntil(performance.now() + SLICE_MS);
  }
  addEventListener('beforeprint', runAll);
  channel.port2.postMessage(0);
}
