// plan-widgets: sizes each embed.html iframe to the height its page posts.
(() => {
  const embeds = () => [...document.querySelectorAll('iframe')].filter((frame) => /\/embed\.html(?:[?#]|$)/.test(frame.src));
  addEventListener('message', (event) => {
    const height = event.data && event.data.type === 'plan-widgets:height' ? event.data.height : NaN;
    if (!(Number.isFinite(height) && height >= 0)) return;
    for (const frame of embeds().filter((embed) => embed.contentWindow === event.source)) {
      // Only at the frame's own origin: not from a page of another site the frame was sent to.
      if (new URL(frame.src, location.href).origin === event.origin) frame.style.height = `${Math.ceil(height)}px`;
    }
  });
  // A height posted before this script ran went unheard: ask the frames already on the page again.
  for (const frame of embeds()) frame.contentWindow.postMessage({ type: 'plan-widgets:measure' }, '*');
})();
