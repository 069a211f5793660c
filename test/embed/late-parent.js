// The page of test/embed/late-parent.html: a site page that holds an embed frame (the address in its
// own query string, `?frame=…`) and loads dist/embed-parent.js only once the frame has already posted
// its height, which nobody heard then. It records the heights the frame posts, and the frame's height
// when the first came.
(() => {
  window.heights = [];
  window.heightBeforeParentScript = undefined;
  const frame = document.createElement('iframe');
  frame.title = 'The plan';
  frame.style.width = '700px';
  frame.style.border = '0';
  frame.src = new URLSearchParams(location.search).get('frame');
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || !event.data || event.data.type !== 'plan-widgets:height') return;
    window.heights.push(event.data.height);
    if (window.heights.length > 1) return;
    window.heightBeforeParentScript = frame.clientHeight;
    const script = document.createElement('script');
    script.src = '/dist/embed-parent.js';
    document.head.append(script);
  });
  document.body.append(frame);
})();
