"""The browser chat's theme, stylesheet and the two small page scripts.

``CHAT_JS`` runs once in the conversation's HTML component: it turns clicks
on ``data-qa-action`` elements (markers, source cards, examples, thumbs, copy)
into Gradio events with their data. ``PANEL_JS`` scrolls the highlighted
passage of the article panel into view. Neither script reads article text or
builds HTML; all markup comes escaped from ``qa.ui``. Fonts are the system's:
nothing is fetched from a CDN.
"""

from __future__ import annotations

from typing import Any

CHAT_JS = """
const copyMarkdown = (button) => {
  const md = button.closest('.qa-tools').querySelector('textarea.qa-md').value;
  const done = (ok) => {
    button.textContent = ok ? 'Copied' : 'Copy failed';
    setTimeout(() => { button.textContent = 'Copy as Markdown'; }, 1500);
  };
  const fallback = () => {  // plain http on a LAN address has no clipboard API
    const area = document.createElement('textarea');
    area.value = md;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    done(ok);
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(md).then(() => done(true), fallback);
  else fallback();
};
const act = (el) => {
  const d = el.dataset;
  const turn = Number(d.turn);
  if (d.qaAction === 'cite') trigger('select', {turn: turn, n: Number(d.n)});
  else if (d.qaAction === 'example') trigger('submit', {question: d.question});
  else if (d.qaAction === 'rate') trigger('like', {turn: turn, rating: d.rating});
  else if (d.qaAction === 'copy') copyMarkdown(el);
};
element.addEventListener('click', (ev) => {
  if (ev.target.closest('summary')) return;  // unfolding a passage is not opening the article
  const el = ev.target.closest('[data-qa-action]');
  if (el && element.contains(el)) { ev.preventDefault(); act(el); }
});
element.addEventListener('keydown', (ev) => {
  if (ev.key !== 'Enter' && ev.key !== ' ') return;
  const el = ev.target.closest('[role="button"][data-qa-action]');
  if (el && el === ev.target) { ev.preventDefault(); act(el); }
});
// Follow the conversation as it grows, unless the reader scrolled up to read; a new question always follows.
// Never scroll past the top of the newest turn, so a long answer is read from its question down.
let box = null, follow = true, turns = 0;
const scroller = () => {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    if (/(auto|scroll)/.test(getComputedStyle(node).overflowY)) return node;
  }
  return null;
};
watch('value', () => {
  if (!box && (box = scroller())) {
    box.addEventListener('scroll', () => { follow = box.scrollHeight - box.scrollTop - box.clientHeight < 48; });
  }
  const all = element.querySelectorAll('.qa-turn');
  if (all.length > turns) follow = true;
  turns = all.length;
  if (!box || !follow || !all.length) return;
  const last = all[all.length - 1];
  const lastTop = last.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
  box.scrollTop = Math.min(box.scrollHeight - box.clientHeight, Math.max(0, lastTop - 8));
});
"""

PANEL_JS = """
// Scroll the panel itself, not the page, so the conversation stays where the reader left it.
const scroller = (el) => {
  for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
    const style = getComputedStyle(node);
    if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
};
watch('value', () => {
  const mark = element.querySelector('mark.qa-hl');
  if (!mark) return;
  const box = scroller(mark);
  if (!box) { mark.scrollIntoView({block: 'nearest'}); return; }
  const head = element.querySelector('.qa-article-head');  // sticky: the passage goes just below it
  const top = box.scrollTop + mark.getBoundingClientRect().top - box.getBoundingClientRect().top - (head ? head.offsetHeight : 0) - 12;
  box.scrollTo({top: Math.max(0, top), behavior: 'smooth'});
});
"""

CSS = """
.qa-transcript { display: flex; flex-direction: column; gap: 18px; padding: 4px 2px; }
.qa-empty { padding: 24px 8px; color: var(--body-text-color-subdued); }
.qa-empty-title { font-size: 1.15em; color: var(--body-text-color); font-weight: 600; margin: 0 0 6px; }
.qa-examples { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 14px; }
.qa-example { border: 1px solid var(--border-color-primary); border-radius: 999px; padding: 6px 14px; cursor: pointer;
  background: var(--background-fill-secondary); color: var(--body-text-color); font: inherit; }
.qa-example:hover { border-color: var(--color-accent); }
.qa-q { display: flex; gap: 10px; align-items: baseline; justify-content: flex-end; }
.qa-who { font-size: .75em; text-transform: uppercase; letter-spacing: .05em; color: var(--body-text-color-subdued); }
.qa-q-text { background: var(--color-accent-soft); border-radius: 14px 14px 2px 14px; padding: 8px 14px; max-width: 85%;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.qa-a { margin-top: 8px; border-radius: 12px; padding: 12px 14px; border: 1px solid var(--border-color-primary);
  background: var(--background-fill-primary); overflow-wrap: anywhere; }
.qa-text { margin: 0; line-height: 1.55; }
.qa-streaming .qa-text::after { content: '▍'; opacity: .6; }
.qa-cite { border: 0; background: none; padding: 0 1px; margin: 0; font: inherit; font-size: .8em; vertical-align: super;
  color: var(--color-accent); cursor: pointer; font-weight: 600; }
.qa-cite:hover, .qa-cite:focus-visible { text-decoration: underline; }
.qa-unresolved { color: var(--body-text-color-subdued); cursor: default; }
.qa-agree { font-size: .7em; margin-left: 4px; padding: 1px 6px; border-radius: 999px; vertical-align: super;
  background: #dcfce7; color: #166534; white-space: nowrap; }
.qa-unsupported { text-decoration: underline wavy #d97706; }
.qa-conflict { border-color: #f59e0b; }
.qa-conflict-banner { background: #fef3c7; color: #92400e; border-radius: 8px; padding: 6px 10px; font-weight: 600; }
.qa-conflict-hint { font-weight: 400; font-size: .85em; }
.qa-versions { margin: 8px 0 0; padding-left: 20px; line-height: 1.55; }
.qa-versions li { margin: 4px 0; }
.qa-refusal { display: flex; gap: 12px; align-items: flex-start; background: var(--background-fill-secondary);
  border-style: dashed; color: var(--body-text-color-subdued); }
.qa-refusal .qa-text { font-weight: 600; color: var(--body-text-color); }
.qa-refusal-icon { font-size: 1.4em; line-height: 1; }
.qa-hint { margin: 4px 0 0; font-size: .85em; }
.qa-error { background: #fee2e2; border-color: #fca5a5; color: #991b1b; }
.qa-pending { color: var(--body-text-color-subdued); }
.qa-dots::before { content: '● ● ●'; letter-spacing: 2px; margin-right: 8px; animation: qa-pulse 1s infinite alternate; }
@keyframes qa-pulse { from { opacity: .25; } to { opacity: 1; } }
.qa-notice { font-size: .85em; color: var(--body-text-color-subdued); margin: 8px 0 0; }
.qa-sources-label { margin: 12px 0 6px; font-size: .75em; text-transform: uppercase; letter-spacing: .05em;
  color: var(--body-text-color-subdued); }
.qa-sources { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
.qa-source { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 8px 10px; cursor: pointer;
  background: var(--background-fill-secondary); }
.qa-source:hover, .qa-source:focus-visible { border-color: var(--color-accent); outline: none; }
.qa-source-head { display: flex; gap: 8px; align-items: baseline; font-weight: 600; }
.qa-num { display: inline-block; min-width: 1.6em; text-align: center; border-radius: 6px; background: var(--color-accent);
  color: white; font-size: .8em; padding: 0 4px; }
.qa-version-tag { font-size: .7em; font-weight: 600; background: #fef3c7; color: #92400e; border-radius: 999px; padding: 1px 6px; }
.qa-meta { font-size: .8em; color: var(--body-text-color-subdued); margin: 2px 0 4px; }
.qa-unknown { font-style: italic; }
.qa-score { white-space: nowrap; }
.qa-bar { display: inline-block; width: 48px; height: 6px; border-radius: 3px; background: var(--border-color-primary);
  margin-left: 6px; vertical-align: middle; overflow: hidden; }
.qa-bar > span { display: block; height: 100%; background: var(--color-accent); }
.qa-quote-text { margin: 4px 0; padding-left: 10px; border-left: 3px solid var(--color-accent); font-size: .92em; }
.qa-passage summary { font-size: .8em; color: var(--body-text-color-subdued); cursor: pointer; }
.qa-passage-text { white-space: pre-wrap; font-size: .85em; max-height: 14em; overflow: auto; margin-top: 4px; }
mark.qa-quote { background: #fef08a; color: #1f2937; }
.qa-tools { display: flex; gap: 6px; align-items: center; margin-top: 6px; font-size: .85em; }
.qa-tool { border: 1px solid var(--border-color-primary); background: var(--background-fill-primary); border-radius: 8px;
  padding: 2px 10px; cursor: pointer; font: inherit; color: var(--body-text-color); }
.qa-tool[aria-pressed="true"] { border-color: var(--color-accent); background: var(--color-accent-soft); }
.qa-thanks, .qa-latency { color: var(--body-text-color-subdued); }
.qa-latency { margin-left: auto; }
.qa-panel-empty { color: var(--body-text-color-subdued); padding: 24px 16px; }
.qa-cite-sample { color: var(--color-accent); font-weight: 600; }
#qa-panel .html-container { padding-top: 0; }  /* else a line of text shows above the sticky header */
.qa-article { padding: 0 14px 14px; }
.qa-article-head { position: sticky; top: 0; z-index: 1; background: var(--block-background-fill); padding: 10px 0 6px;
  border-bottom: 1px solid var(--border-color-primary); margin-bottom: 8px; }
.qa-article-kicker { font-size: .75em; text-transform: uppercase; letter-spacing: .05em; color: var(--body-text-color-subdued); }
.qa-article-title { margin: 4px 0; font-size: 1.15em; font-weight: 600; }
.qa-article-hint { font-size: .8em; color: var(--body-text-color-subdued); }
.qa-article-body { white-space: pre-wrap; line-height: 1.6; overflow-wrap: anywhere; }
mark.qa-hl { background: #fef3c7; color: #1f2937; border-left: 3px solid #f59e0b; padding-left: 2px; }
mark.qa-hl mark.qa-quote { background: #fde047; text-decoration: underline; text-decoration-thickness: 2px; }
.qa-message { padding: 6px 10px; border-radius: 8px; margin: 4px 0; background: var(--background-fill-secondary); }
.qa-message-error { background: #fee2e2; color: #991b1b; }
.qa-message-ok { background: #dcfce7; color: #166534; }
.qa-articles { width: 100%; border-collapse: collapse; font-size: .9em; }
.qa-articles caption { text-align: left; color: var(--body-text-color-subdued); padding: 4px 0; }
.qa-articles th, .qa-articles td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--border-color-primary); }
.qa-articles .qa-n { text-align: right; }
#qa-side { position: sticky; top: 8px; align-self: flex-start; }
"""


def theme() -> Any:
    """Gradio's default theme on system fonts: the page waits on no web-font download."""
    import gradio as gr

    return gr.themes.Default(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
