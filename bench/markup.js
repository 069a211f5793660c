// Describes a rendered tree, shadow roots included, in a form in which the widget's DOM and the
// baseline's can be compared line by line: what a visitor, a stylesheet or a screen reader sees,
// without what only the framework needs.
//
// This module runs in the bench page (eslint.config.js declares browser globals for page.js only).
/* global Node */

/**
 * One line per element, text and shadow root, indented by depth. Left out or normalised:
 * comments (Lit's markers), how text is split into nodes (runs of white space count as one space),
 * the order of attributes, the tag names in `tagNames` (renamed to the widget's), and the digits
 * beyond the third decimal of numbers in attributes (a ring's angle moves with the clock).
 */
export function describeTree(root, tagNames = {}) {
  const lines = [];
  const tagName = (element) => {
    const name = element.localName;
    return tagNames[name] ?? name;
  };
  const describeSheets = (shadowRoot) =>
    shadowRoot.adoptedStyleSheets.map((sheet) => {
      let cssText = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
      for (const [from, to] of Object.entries(tagNames)) cssText = cssText.replaceAll(from, to);
      return `${cssText.length}:${hash(cssText)}`;
    });

  const visit = (node, depth) => {
    const indent = '  '.repeat(depth);
    let text = '';
    const flushText = () => {
      const collapsed = text.replace(/\s+/g, ' ');
      if (collapsed !== '') lines.push(`${indent}${JSON.stringify(collapsed)}`);
      text = '';
    };
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        flushText();
        describeElement(child, depth);
      }
    }
    flushText();
  };

  const describeElement = (element, depth) => {
    const indent = '  '.repeat(depth);
    const attributes = [...element.attributes]
      .map(({ name, value }) => `${name}=${JSON.stringify(roundNumbers(value))}`)
      .sort()
      .join(' ');
    lines.push(`${indent}<${tagName(element)}${attributes ? ` ${attributes}` : ''}>`);
    if (element.shadowRoot) {
      lines.push(`${indent}  #shadow-root sheets=[${describeSheets(element.shadowRoot).join(', ')}]`);
      visit(element.shadowRoot, depth + 2);
    }
    visit(element, depth + 1);
  };

  describeElement(root, 0);
  return lines;
}

/** The first line where two descriptions differ, with a few lines of context; undefined if they are equal. */
export function firstDifference(expected, actual) {
  const length = Math.max(expected.length, actual.length);
  for (let index = 0; index < length; index++) {
    if (expected[index] !== actual[index]) {
      const from = Math.max(0, index - 3);
      return [
        `line ${index + 1}:`,
        ...expected.slice(from, index).map((line) => `    ${line}`),
        `  - ${expected[index] ?? '(nothing)'}`,
        `  + ${actual[index] ?? '(nothing)'}`,
      ].join('\n');
    }
  }
  return undefined;
}

function roundNumbers(value) {
  return value.replace(/\d+\.\d{4,}/g, (number) => String(Math.round(Number(number) * 1000) / 1000));
}

/** A short fingerprint of a stylesheet's text (djb2), so that the lines stay readable. */
function hash(text) {
  let value = 5381;
  for (let index = 0; index < text.length; index++) value = (value * 33 + text.charCodeAt(index)) >>> 0;
  return value.toString(16);
}
