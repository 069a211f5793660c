import { LitElement, css, html, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { move } from './priority-list.js';
import { STRINGS } from './strings.js';
import type { Strings } from './strings.js';
import type { UiLocale } from '../i18n/localize.js';
import { controlStyles } from './styles.js';

/** A priority as the checklist lists it: its title already in the chosen language. */
export interface ChecklistEntry {
  readonly id: string;
  readonly number: number;
  readonly title: string;
}

/** What the checklist asks its owner to set: the order of every priority, the shown ones and the open ones. */
export interface ChecklistState {
  readonly order: readonly string[];
  readonly shown: readonly string[];
  readonly open: readonly string[];
  readonly allOpen: boolean;
}

/**
 * The priorities as a checklist: which show, in which order (moved by the arrow buttons, by keyboard,
 * or by dragging a handle, by mouse or touch), and which are open at first. It holds no state of its
 * own but the drag: each change is a `checklist-change` event with the whole new state, and each move
 * is announced in a live region.
 */
export class PlanConfiguratorPriorities extends LitElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: block;
      }
      ol {
        list-style: none;
        margin: 0.5rem 0;
        padding: 0;
      }
      li {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        padding: 0.35rem 0.25rem;
        border-bottom: 1px solid var(--line);
        background: var(--surface);
      }
      li.dragging {
        background: var(--highlight);
        outline: 2px dashed var(--accent);
      }
      .handle {
        flex: none;
        width: 1.5rem;
        height: 2.25rem;
        display: grid;
        place-items: center;
        cursor: grab;
        touch-action: none;
        user-select: none;
        color: var(--muted);
        font-size: 1.1rem;
        line-height: 1;
      }
      li.dragging .handle {
        cursor: grabbing;
      }
      .show {
        flex: 1 1 auto;
        min-width: 0;
        display: flex;
        align-items: flex-start;
        gap: 0.4rem;
      }
      .show input {
        margin-top: 0.3rem;
      }
      .number {
        color: var(--muted);
        font-variant-numeric: tabular-nums;
      }
      .open {
        flex: none;
        display: flex;
        align-items: center;
        gap: 0.25rem;
        font-size: 0.9rem;
      }
      .moves {
        flex: none;
        display: flex;
        gap: 0.25rem;
      }
      .moves button {
        min-width: 2.25rem;
        min-height: 2.25rem;
        padding: 0;
      }
      .tools {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      @media (max-width: 30rem) {
        li {
          flex-wrap: wrap;
        }
        .show {
          flex-basis: calc(100% - 2rem);
        }
        .open {
          margin-left: 2rem;
          margin-right: auto;
        }
      }
    `,
  ];

  static override properties = {
    language: {},
    entries: { attribute: false },
    shown: { attribute: false },
    open: { attribute: false },
    allOpen: { attribute: false },
    announcement: { state: true },
    draggedId: { state: true },
  };

  language: UiLocale = 'en';
  /** Every priority, in the checklist's order. */
  entries: readonly ChecklistEntry[] = [];
  shown: ReadonlySet<string> = new Set();
  open: ReadonlySet<string> = new Set();
  allOpen = false;

  private announcement = '';
  private draggedId?: string;
  /** The move button to give focus back to once the moved item has rendered in its new place. */
  private refocus?: { readonly id: string; readonly direction: 'up' | 'down' };

  private get strings(): Strings {
    return STRINGS[this.language];
  }

  private change(state: Partial<ChecklistState>): void {
    const detail: ChecklistState = {
      order: this.entries.map((entry) => entry.id),
      shown: [...this.shown],
      open: [...this.open],
      allOpen: this.allOpen,
      ...state,
    };
    this.dispatchEvent(new CustomEvent<ChecklistState>('checklist-change', { detail, bubbles: true, composed: true }));
  }

  private toggle(set: ReadonlySet<string>, id: string, on: boolean): string[] {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return [...next];
  }

  /** Moves an item by one place, from its arrow button or its keys; the button keeps the focus. */
  private step(entry: ChecklistEntry, direction: 'up' | 'down'): void {
    const order = this.entries.map((item) => item.id);
    const from = order.indexOf(entry.id);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= order.length) {
      this.announcement = direction === 'up' ? this.strings.alreadyFirst(entry.title) : this.strings.alreadyLast(entry.title);
      return;
    }
    this.refocus = { id: entry.id, direction };
    this.announcement = this.strings.moved(entry.title, to + 1, order.length);
    this.change({ order: move(order, from, to) });
  }

  private startDrag(event: PointerEvent, entry: ChecklistEntry): void {
    if (event.button !== 0) return;
    event.preventDefault();
    this.draggedId = entry.id;
    const moveTo = (moveEvent: PointerEvent) => this.dragOver(moveEvent.clientY);
    const end = () => {
      window.removeEventListener('pointermove', moveTo);
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
      const id = this.draggedId;
      this.draggedId = undefined;
      const position = this.entries.findIndex((item) => item.id === id);
      if (position !== -1)
        this.announcement = this.strings.moved(this.entries[position]!.title, position + 1, this.entries.length);
    };
    // On the window, not by pointer capture: the item moves in the DOM as it is dragged, which would release it.
    window.addEventListener('pointermove', moveTo);
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
  }

  /** While dragging: the dragged item takes the place of the item under the pointer. */
  private dragOver(clientY: number): void {
    const id = this.draggedId;
    if (id === undefined) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('li[data-id]')];
    const from = items.findIndex((item) => item.dataset.id === id);
    let to = items.findIndex((item) => {
      const box = item.getBoundingClientRect();
      return clientY < box.top + box.height / 2;
    });
    if (to === -1) to = items.length - 1;
    else if (to > from) to -= 1;
    if (from === -1 || to === from) return;
    this.change({
      order: move(
        this.entries.map((entry) => entry.id),
        from,
        to,
      ),
    });
  }

  /** Every priority shown, in feed order. */
  private showAll(): void {
    const order = [...this.entries].sort((a, b) => a.number - b.number).map((entry) => entry.id);
    this.change({ order, shown: order });
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const refocus = this.refocus;
    if (refocus === undefined || !changed.has('entries')) return;
    this.refocus = undefined;
    const button = this.renderRoot.querySelector<HTMLElement>(
      `li[data-id="${CSS.escape(refocus.id)}"] button.${refocus.direction}`,
    );
    button?.focus();
  }

  override render() {
    const t = this.strings;
    const last = this.entries.length - 1;
    return html`
      <div class="tools">
        <label class="check"
          ><input
            type="checkbox"
            .checked=${this.allOpen}
            @change=${(event: Event) => this.change({ allOpen: (event.target as HTMLInputElement).checked })}
          />
          ${t.openAll}</label
        >
        <button type="button" @click=${this.showAll}>
          ${t.showAll}
        </button>
      </div>
      <ol>
        ${repeat(
          this.entries,
          (entry) => entry.id,
          (entry, index) => html`
            <li data-id=${entry.id} class=${entry.id === this.draggedId ? 'dragging' : ''}>
              <span class="handle" aria-hidden="true" title=${t.dragHandle(entry.title)} @pointerdown=${(event: PointerEvent) => this.startDrag(event, entry)}
                >⋮⋮</span
              >
              <label class="show"
                ><input
                  type="checkbox"
                  .checked=${this.shown.has(entry.id)}
                  @change=${(event: Event) => this.change({ shown: this.toggle(this.shown, entry.id, (event.target as HTMLInputElement).checked) })}
                /><span><span class="number">${entry.number}.</span> ${entry.title}</span></label
              >
              <label class="open"
                ><input
                  type="checkbox"
                  .checked=${this.allOpen || this.open.has(entry.id)}
                  ?disabled=${this.allOpen}
                  @change=${(event: Event) => this.change({ open: this.toggle(this.open, entry.id, (event.target as HTMLInputElement).checked) })}
                />${t.openAtFirst}<span class="visually-hidden">${t.colon}${entry.title}</span></label
              >
              <span class="moves">
                <button type="button" class="up" aria-label=${t.moveUp(entry.title)} aria-disabled=${index === 0 ? 'true' : 'false'} @click=${() => this.step(entry, 'up')}>
                  ↑
                </button>
                <button
                  type="button"
                  class="down"
                  aria-label=${t.moveDown(entry.title)}
                  aria-disabled=${index === last ? 'true' : 'false'}
                  @click=${() => this.step(entry, 'down')}
                >
                  ↓
                </button>
              </span>
            </li>
          `,
        )}
      </ol>
      <p class="visually-hidden" role="status">${this.announcement || nothing}</p>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'plan-configurator-priorities': PlanConfiguratorPriorities;
  }
}
