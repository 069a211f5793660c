import { findNodeAtLocation, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { parseFeedText } from '../feed/parse.js';
import { FeedError } from '../feed/errors.js';
import type { UiLocale } from '../i18n/localize.js';
import { problemMessage, syntaxMessage } from './messages.js';

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
}

/** The validator's last line when it stops listing (src/feed/parse.ts). */
const MORE_PROBLEMS = /^… and (\d+) more problems$/;

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
    return { errors: [error], warnings: [], omitted: 0 };
  }
  const position = positionsIn(text);
  // In the order of the file, which is the order an editor fixes them in.
  const located = (problems: readonly string[] = []) =>
    problems
      .filter((problem) => !MORE_PROBLEMS.test(problem))
      .map((problem) => {
        const separator = problem.indexOf(': ');
        // A parser's own message (JSON the syntax check let through) names no path.
        const path = separator === -1 ? '(feed)' : problem.slice(0, separator);
        const node = path === '(feed)' ? root : nearestNode(root, segments(path));
        const message = problemMessage(separator === -1 ? problem : problem.slice(separator + 2), locale);
        return { offset: node.offset, problem: { path, ...position(node.offset), message } };
      })
      .sort((a, b) => a.offset - b.offset)
      .map(({ problem }): FeedProblem => problem);
  const omitted = (problems: readonly string[] = []) =>
    Number(problems.map((problem) => MORE_PROBLEMS.exec(problem)?.[1]).find(Boolean) ?? 0);
  try {
    const { warnings } = parseFeedText(text, '');
    return { errors: [], warnings: located(warnings), omitted: omitted(warnings) };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    return { errors: located(error.details.problems), warnings: [], omitted: omitted(error.details.problems) };
  }
}
