// The page of test/embed/poster.html: posts to its parent what an embed page would, a height (from its
// own query string, `?height=7`), then a message that says it is done, for the test to wait on.
(() => {
  const height = Number(new URLSearchParams(location.search).get('height'));
  window.parent.postMessage({ type: 'plan-widgets:height', height }, '*');
  window.parent.postMessage({ type: 'poster:done', height }, '*');
})();
