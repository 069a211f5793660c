import { msg } from './localize.js';
import type { Status } from '../feed/schema.js';

/**
 * The word for a status in the active interface locale; call it while rendering. "At risk" is
 * progress somewhat behind the time elapsed, "behind schedule" (`off-track`) well behind it.
 */
export function statusLabel(status: Status): string {
  switch (status) {
    case 'not-started':
      return msg('Not started', { id: 'not-started' });
    case 'in-progress':
      return msg('In progress', { id: 'in-progress' });
    case 'on-track':
      return msg('On track', { id: 'on-track' });
    case 'at-risk':
      return msg('At risk', { id: 'at-risk' });
    case 'off-track':
      return msg('Behind schedule', { id: 'off-track' });
    case 'done':
      return msg('Done', { id: 'done' });
  }
}
