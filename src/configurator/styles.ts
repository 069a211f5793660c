import { css } from 'lit';

/** The configurator's colours, form controls and focus ring, shared by its elements. */
export const controlStyles = css`
  :host {
    --accent: #0b5cab;
    --accent-text: #ffffff;
    --text: #1f2328;
    --muted: #57606a;
    --line: #d0d7de;
    --surface: #ffffff;
    --panel: #f6f8fa;
    --highlight: #eaf3fc;
    --error: #b3261e;
    --warning: #7a4d00;
    --focus: #0b5cab;
    color: var(--text);
    font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
    line-height: 1.5;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  input,
  select,
  textarea,
  button {
    font: inherit;
    color: inherit;
  }
  input[type='text'],
  input[type='url'],
  input[type='number'],
  select,
  textarea {
    width: 100%;
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid #8c959f;
    border-radius: 0.375rem;
    background: var(--surface);
  }
  textarea {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.875rem;
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--accent);
    flex: none;
  }
  button {
    min-height: 2.5rem;
    padding: 0.35rem 0.9rem;
    border: 1px solid var(--accent);
    border-radius: 0.375rem;
    background: var(--surface);
    color: var(--accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    color: var(--accent-text);
  }
  button[aria-disabled='true'] {
    border-color: var(--line);
    color: var(--muted);
    cursor: default;
  }
  :focus-visible {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
