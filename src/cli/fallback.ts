import { str } from '@lit/localize';
import type { PlanFeed, Text } from '../feed/schema.js';
import { resolveText, textLanguage } from '../feed/text.js';
import { selectPriorities } from '../feed/select.js';
import {
  daysLeft,
  effectiveStatus,
  expectedProgress,
  overallProgress,
  priorityProgress,
  visitorToday,
} from '../feed/progress.js';
import { isSafeLink } from '../feed/links.js';
import { canonicalLocale, msg, renderInLocale, uiLocaleFor } from '../i18n/localize.js';
import { statusLabel } from '../i18n/status.js';
import { formatDate, formatPercent } from '../i18n/format.js';
import { headingLevel } from '../elements/heading.js';

export interface FallbackOptions {
  /** Locale of the text, as the element's `lang`: absent, the plan's `defaultLocale`. */
  readonly lang?: string;
  /** The element's `priorities`: which show, in that order. */
  readonly priorities?: string;
  /** The element's `heading-level` (default 2); priorities take the next level. */
  readonly headingLevel?: number;
  /** The time the expected progress (for a derived status) and overdue actions are counted at. */
  readonly now?: number;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for HTML: in an attribute's double quotes or between tags. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/**
 * The HTML to put inside `<plan-summary>` for visitors whom the script does not reach (blocked, an old
 * engine in IE mode, a search engine): the plan's heading, organisation, dates, summary and notice, and each
 * shown priority with its status, progress, lead unit, official in charge, supporting units and actions
 * (overdue ones marked), as plain headings and lists in the plan's language. The widget shows none of it once it renders (its shadow root has no slot for it).
 */
export function fallbackHtml(feed: PlanFeed, options: FallbackOptions = {}): string {
  const plan = feed.plan;
  const locale = canonicalLocale(options.lang ?? plan.defaultLocale);
  const text = (value: Text | undefined) => escapeHtml(resolveText(value, locale, plan.defaultLocale));
  const date = (iso: string) => escapeHtml(formatDate(iso, locale));
  const level = headingLevel(options.headingLevel ?? 2, 2);
  const cardLevel = Math.min(6, level + 1);
  const { shown } = selectPriorities(feed.priorities, options.priorities ?? null);
  const now = options.now ?? Date.now();
  const expected = expectedProgress(plan.period, now);
  const today = visitorToday(now);

  const uiLocale = uiLocaleFor(locale);
  // Chinese puts nothing after its full-width colon; English a space after its own.
  const space = uiLocale === 'en' ? ' ' : '';
  return renderInLocale(uiLocale, () => {
    const lines = [`<div class="plan-fallback" lang="${escapeHtml(locale)}">`];
    if (plan.organization !== undefined) lines.push(`<p>${text(plan.organization)}</p>`);
    lines.push(`<h${level}>${text(plan.title)}</h${level}>`);
    const dates: string[] = [];
    if (plan.period !== undefined) {
      const start = date(plan.period.start);
      const end = date(plan.period.end);
      dates.push(msg(str`${start} – ${end}`, { id: 'period' }));
    }
    if (plan.updated !== undefined) {
      const asOf = date(plan.updated);
      dates.push(msg(str`Figures as of ${asOf}`, { id: 'figures-as-of' }));
    }
    if (dates.length > 0) lines.push(`<p>${dates.join(' · ')}</p>`);
    if (plan.summary !== undefined) lines.push(`<p>${text(plan.summary)}</p>`);
    if (plan.notice !== undefined) {
      const lang = escapeHtml(textLanguage(plan.notice, locale, plan.defaultLocale));
      lines.push(`<p lang="${lang}">${text(plan.notice)}</p>`);
    }
    const overall = overallProgress(shown);
    if (overall !== undefined) {
      const colon = uiLocale === 'en' ? ': ' : '：';
      lines.push(
        `<p>${escapeHtml(msg('Overall progress', { id: 'overall' }))}${colon}${escapeHtml(formatPercent(overall, locale))}</p>`,
      );
    }
    lines.push('<ol>');
    for (const priority of shown) {
      const progress = priorityProgress(priority);
      const status = escapeHtml(statusLabel(effectiveStatus(priority, expected, plan.statusRule)));
      const figures = progress === undefined ? status : `${status} · ${escapeHtml(formatPercent(progress, locale))}`;
      lines.push(
        `<li id="priority-${priority.id}">`,
        `<h${cardLevel}>${priority.number}. ${text(priority.title)}</h${cardLevel}>`,
        `<p>${escapeHtml(msg('Status:', { id: 'status' }))}${space}${figures}</p>`,
      );
      if (priority.summary !== undefined) lines.push(`<p>${text(priority.summary)}</p>`);
      // As in the card's details: who leads it, who is in charge, who takes part.
      const facts: [string, string][] = [];
      if (priority.owner !== undefined) facts.push([msg('Lead unit', { id: 'owner' }), text(priority.owner)]);
      if (priority.leader !== undefined) facts.push([msg('Official in charge', { id: 'leader' }), text(priority.leader)]);
      const partners = priority.partners ?? [];
      if (partners.length > 0) {
        facts.push([
          msg('Supporting units', { id: 'partners' }),
          partners.map(text).join(escapeHtml(msg(', ', { id: 'list-separator' }))),
        ]);
      }
      if (facts.length > 0) {
        lines.push('<dl>', ...facts.map(([term, value]) => `<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`), '</dl>');
      }
      const actions = priority.actions ?? [];
      if (actions.length > 0) {
        lines.push(`<p>${escapeHtml(msg('Actions', { id: 'actions' }))}</p>`, '<ul>');
        for (const action of actions) {
          const mark = action.done === true ? msg('Done:', { id: 'done-mark' }) : msg('To do:', { id: 'todo-mark' });
          const dueDate = action.due === undefined ? '' : date(action.due);
          const due = action.due === undefined ? '' : ` ${msg(str`(due ${dueDate})`, { id: 'due-by' })}`;
          // Overdue stays true until the feed says done; the days left would be wrong the next day.
          const overdue = daysLeft(action, today) < 0 ? `${space}${escapeHtml(msg('Overdue', { id: 'overdue' }))}` : '';
          lines.push(`<li>${escapeHtml(mark)}${space}${text(action.title)}${due}${overdue}</li>`);
        }
        lines.push('</ul>');
      }
      lines.push('</li>');
    }
    lines.push('</ol>');
    if (plan.url !== undefined && isSafeLink(plan.url)) {
      lines.push(`<p><a href="${escapeHtml(plan.url)}">${escapeHtml(msg('Read the full plan', { id: 'plan-link' }))}</a></p>`);
    }
    lines.push('</div>');
    return `${lines.join('\n')}\n`;
  });
}
