// Loaded first by pages/churn.html, before the widget: counts what the page keeps alive, namely the
// timeouts not yet run nor cleared, the intervals not cleared, and the listeners on window and
// document, by event type. `window.live()` returns them.
// In a function: a top-level const of a classic script would shadow the page's globals of that name.
(() => {
  const pendingTimeouts = new Set();
  const runningIntervals = new Set();
  /** @type {{ target: EventTarget; type: string; listener: unknown; capture: boolean; registered: unknown }[]} */
  const listeners = [];

  const { setTimeout, clearTimeout, setInterval } = window;
  window.setTimeout = function (handler, ...rest) {
    const id = setTimeout.call(
      window,
      function (...args) {
        pendingTimeouts.delete(id);
        return typeof handler === 'function' ? handler.apply(this, args) : undefined;
      },
      ...rest,
    );
    pendingTimeouts.add(id);
    return id;
  };
  window.setInterval = function (...args) {
    const id = setInterval.apply(window, args);
    runningIntervals.add(id);
    return id;
  };
  // Each clears either kind of timer.
  window.clearTimeout = window.clearInterval = function (id) {
    pendingTimeouts.delete(id);
    runningIntervals.delete(id);
    return clearTimeout.call(window, id);
  };

  const counted = (target) => target === window || target === document;
  const captureOf = (options) => (typeof options === 'boolean' ? options : Boolean(options && options.capture));
  const indexOf = (target, type, listener, capture) =>
    listeners.findIndex(
      (entry) => entry.target === target && entry.type === type && entry.listener === listener && entry.capture === capture,
    );

  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    if (!counted(this) || listener == null) return addEventListener.call(this, type, listener, options);
    const capture = captureOf(options);
    if (indexOf(this, type, listener, capture) !== -1) return undefined; // the DOM ignores a second add
    const entry = { target: this, type, listener, capture, registered: listener };
    const forget = () => {
      const index = listeners.indexOf(entry);
      if (index !== -1) listeners.splice(index, 1);
    };
    if (typeof options === 'object' && options.once) {
      // A `once` listener is removed by the DOM when it runs: forget it then.
      entry.registered = function (event) {
        forget();
        return typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
      };
    }
    if (typeof options === 'object' && options.signal) {
      if (options.signal.aborted) return undefined;
      options.signal.addEventListener('abort', forget, { once: true });
    }
    listeners.push(entry);
    return addEventListener.call(this, type, entry.registered, options);
  };
  EventTarget.prototype.removeEventListener = function (type, listener, options) {
    const index = counted(this) ? indexOf(this, type, listener, captureOf(options)) : -1;
    if (index === -1) return removeEventListener.call(this, type, listener, options);
    const [entry] = listeners.splice(index, 1);
    return removeEventListener.call(this, type, entry.registered, options);
  };

  window.live = () => {
    const byType = (target) => {
      const counts = {};
      for (const entry of listeners) if (entry.target === target) counts[entry.type] = (counts[entry.type] ?? 0) + 1;
      return counts;
    };
    return {
      timeouts: pendingTimeouts.size,
      intervals: runningIntervals.size,
      windowListeners: byType(window),
      documentListeners: byType(document),
    };
  };
})();
