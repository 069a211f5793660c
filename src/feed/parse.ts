import * as v from 'valibot';
import { FeedEnvelopeSchema, PrioritySchema } from './schema.js';
import type { NumberedPriority, PlanFeed } from './schema.js';
import { FeedError } from './errors.js';

export interface ParsedFeed {
  readonly feed: PlanFeed;
  /** `"<JSON path>: <what is wrong>"` for each priority left out. */
  readonly warnings: readonly string[];
}

/** `priorities[3].actions[0].title` from a valibot issue path below `base`. */
function jsonPath(base: string, issue: v.BaseIssue<unknown>): string {
  let path = base;
  for (const item of issue.path ?? []) {
    path += typeof item.key === 'number' ? `[${item.key}]` : `${path ? '.' : ''}${String(item.key)}`;
  }
  return path || '(feed)';
}

/** valibot words a missing key with the object's message; say plainly that it is missing. */
function issueMessage(issue: v.BaseIssue<unknown>): string {
  return issue.type === 'object' && issue.path !== undefined && issue.input === undefined ? 'required, but missing' : issue.message;
}

function describeIssues(base: string, issues: readonly v.BaseIssue<unknown>[]): string[] {
  return issues.map((issue) => `${jsonPath(base, issue)}: ${issueMessage(issue)}`);
}

/**
 * Validates a parsed JSON value as a version 1 feed. A broken envelope throws a `FeedError`; a
 * broken or repeated priority is left out with a warning, the others keep their feed positions.
 */
export function parseFeed(input: unknown): ParsedFeed {
  const envelope = v.safeParse(FeedEnvelopeSchema, input, { abortPipeEarly: true });
  if (!envelope.success) {
    throw new FeedError('invalid', { problems: describeIssues('', envelope.issues) });
  }

  const warnings: string[] = [];
  const priorities: NumberedPriority[] = [];
  const seen = new Set<string>();
  envelope.output.priorities.forEach((raw, index) => {
    const base = `priorities[${index}]`;
    const result = v.safeParse(PrioritySchema, raw, { abortPipeEarly: true });
    if (!result.success) {
      warnings.push(...describeIssues(base, result.issues));
    } else if (seen.has(result.output.id)) {
      warnings.push(`${base}.id: "${result.output.id}" repeats an earlier id`);
    } else {
      seen.add(result.output.id);
      priorities.push({ ...result.output, number: index + 1 });
    }
  });

  if (priorities.length === 0) {
    throw new FeedError('invalid', { problems: warnings });
  }
  return { feed: { version: 1, plan: envelope.output.plan, priorities }, warnings };
}

/** Parses feed text; text that is not JSON throws a `FeedError` naming where it broke. */
export function parseFeedText(text: string, source: string): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new FeedError('not-json', { source, problems: [(error as Error).message] });
  }
  return parseFeed(json);
}
