// A textarea that grows with its text, so a long item is read whole rather than scrolled
// inside a small box. (CSS `field-sizing: content` would do this, but not in every webview.)
import type { Action } from "svelte/action";

export const autogrow: Action<HTMLTextAreaElement> = (node) => {
  const fit = () => {
    node.style.height = "auto";
    node.style.height = `${node.scrollHeight + 2}px`;
  };
  fit();
  // Fonts and layout may settle after the first paint.
  const frame = requestAnimationFrame(fit);
  node.addEventListener("input", fit);
  let width = node.offsetWidth;
  const resize = new ResizeObserver(() => {
    if (node.offsetWidth !== width) {
      width = node.offsetWidth;
      fit();
    }
  });
  resize.observe(node);
  return {
    destroy() {
      cancelAnimationFrame(frame);
      node.removeEventListener("input", fit);
      resize.disconnect();
    },
  };
};
