import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { parseFeedText } from '../feed/parse.js';
import { FeedError, problemText } from '../feed/errors.js';
import type { Problem } from '../feed/errors.js';
import { renderInLocale } from '../i18n/localize.js';
import type { UiLocale } from '../i18n/localize.js';
import { syntaxMessage } from './messages.js';

/** One problem of a feed, where an editor finds it: the JSON path, and the line and column it starts at. */
export interface FeedProblem {
  /** `priorities[3].progress`; `(feed)` for the feed as a whole. */
  readonly path: string;
  /** 1-based, of the value at `path`, or of its nearest enclosing value when it is missing. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface FeedValidation {
  /** Problems that stop the widget from showing the feed: with any, it shows an error. */
  readonly errors: readonly FeedProblem[];
  /** Fields and priorities the widget leaves out, showing the rest. */
  readonly warnings: readonly FeedProblem[];
  /** Problems of the same kind past the 200 the validator lists: counted, not listed. */
  readonly omitted: number;
  /** The validator's line that counts them, in the locale's words; empty when none are omitted. */
  readonly omittedMessage: string;
}

/**
 * Line and column (1-based) of character offsets in `text`: its line starts are found once, and each
 * offset by a binary search, since a feed of megabytes may have 200 problems to place.
 */
function positionsIn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - starts[low]! + 1 };
  };
}

/** `priorities[3].actions[0].title` → `['priorities', 3, 'actions', 0, 'title']`. */
function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map(([, key, index]) => (index === undefined ? key! : Number(index)));
}

/** The node at `path`, or the nearest enclosing one that exists (a missing field's object). */
function nearestNode(root: Node, path: (string | number)[]): Node {
  for (let length = path.length; length > 0; length--) {
    const node = findNodeAtLocation(root, path.slice(0, length));
    if (node !== undefined) return node;
  }
  return root;
}

/**
 * Checks feed text as the widget reads it (the same parser, validator and limits), and says where
 * each problem is, in `locale`'s words.
 */
export function validateFeedText(text: string, locale: UiLocale): FeedValidation {
  const syntaxErrors: ParseError[] = [];
  const root = parseTree(text, syntaxErrors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  if (syntaxErrors.length > 0 || root === undefined) {
    // The first error only: those after it are mostly the parser losing its way because of it.
    const [first] = syntaxErrors;
    const offset = first?.offset ?? 0;
    const code = first === undefined ? 'ValueExpected' : printParseErrorCode(first.error);
    const error = { path: '(feed)', ...positionsIn(text)(offset), message: syntaxMessage(code, locale) };
    return { errors: [error], warnings: [], omitted: 0, omittedMessage: '' };
  }
  const position = positionsIn(text);
  // In the order of the file, which is the order an editor fixes them in.
  // The line that counts the problems not listed has no path.
  const located = (problems: readonly Problem[]) =>
    problems
      .filter(({ path }) => path)
      .map(({ path, message }) => {
        const node = path === '(feed)' ? root : nearestNode(root, segments(path));
        return { offset: node.offset, problem: { path, ...position(node.offset), message: renderInLocale(locale, message) } };
      })
      .sort((a, b) => a.offset - b.offset)
      .map(({ problem }): FeedProblem => problem);
  // That line is the one without a path (src/feed/parse.ts), and its only figure is the count.
  const omitted = (problems: readonly Problem[]) => {
    const line = problems.find(({ path }) => !path);
    return line === undefined
      ? { omitted: 0, omittedMessage: '' }
      : { omitted: Number(/\d+/.exec(problemText(line))![0]), omittedMessage: renderInLocale(locale, line.message) };
  };
  try {
    const { warnings } = parseFeedText(text, '');
    return { errors: [], warnings: located(warnings), ...omitted(warnings) };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    // A failure without problems (JSON the syntax check let through) is said as the widget says it.
    const problems = error.details.problems ?? [{ path: '(feed)', message: () => error.message }];
    return { errors: located(problems), warnings: [], ...omitted(problems) };
  }
}
