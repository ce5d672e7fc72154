// The officer's page: talks to its own server only (same origin; the server's content security policy enforces it).
// Every piece of text from the user or the server is put in the page with textContent, never as HTML.
'use strict';

const PLATFORMS = [['OTHER', 'Other or not decided'], ['X', 'X (Twitter)'], ['FACEBOOK', 'Facebook'],
  ['INSTAGRAM', 'Instagram'], ['LINKEDIN', 'LinkedIn'], ['THREADS', 'Threads'], ['TIKTOK', 'TikTok'],
  ['YOUTUBE', 'YouTube'], ['NEXTDOOR', 'Nextdoor']];
const VERDICT_WORDS = {
  BLOCK: 'Do not publish: something here breaks the policy.',
  REVIEW: 'Check with a colleague before publishing.',
  PASS: 'Nothing blocks this post.'
};
const DECISION_WORDS = {
  DELETE: 'You may delete this comment.',
  KEEP: 'Keep this comment.',
  REVIEW: 'A person should decide: ask a colleague.'
};
const ACTION_WORDS = {
  FORWARD_TO_INFORMATION_TEAM: 'Forward it to the information team now: the statutory clock is running.',
  ASK_FOR_EMAIL: 'Ask for an email address to send the response to.',
  ASK_FOR_NAME: 'Ask for their full name (a valid request needs one).',
  ASK_IF_FOI: 'Ask whether they want it handled as a Freedom of Information request.',
  VERIFY_IDENTITY: 'Check who they are before releasing any personal data.',
  ASK_FOR_AUTHORITY: 'Ask for their authority to act for the person (signed consent or a power of attorney).',
  REPLY_BY_PRIVATE_MESSAGE: 'Continue the conversation in a private message, not in public.',
  ROUTE_TO_COMPLAINTS: 'Send it to the complaints process.',
  SUGGEST_FOI_REQUEST: 'Do not answer here; ask them to make a Freedom of Information request.'
};
const TYPE_WORDS = {
  FOI: 'A Freedom of Information request', EIR: 'An Environmental Information request',
  SAR: 'A subject access request (their own personal data)', NONE: 'Not a request for information'
};

const state = { clauses: new Map(), rules: new Map(), profile: null };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function headers(json) {
  const h = { 'Accept': 'application/json' };
  if (json) h['Content-Type'] = 'application/json';
  const key = document.getElementById('api-key').value.trim();
  if (key) h['Authorization'] = 'Bearer ' + key;
  return h;
}

async function getJson(path) {
  const r = await fetch(path, { headers: headers(false), credentials: 'omit', cache: 'no-store' });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

async function post(kind, item) {
  const q = state.profile ? '?profile=' + encodeURIComponent(state.profile) : '';
  const r = await fetch('/v1/' + kind + q, { method: 'POST', headers: headers(true), body: JSON.stringify(item),
    credentials: 'omit', cache: 'no-store' });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

async function loadProfile() {
  state.profile = document.getElementById('profile').value || null;
  const q = state.profile ? '?profile=' + encodeURIComponent(state.profile) : '';
  const rules = await getJson('/v1/rules' + q);
  state.rules = new Map(rules.map(r => [r.id, r]));
}

async function init() {
  document.querySelectorAll('select.platforms').forEach(s => {
    for (const [v, label] of PLATFORMS) s.append(el('option', { value: v }, label));
  });
  document.getElementById('message-received').value = new Date().toISOString().slice(0, 10);
  setUpTabs();
  document.getElementById('draft-form').addEventListener('submit', e => { e.preventDefault(); checkDraft(); });
  document.getElementById('comment-form').addEventListener('submit', e => { e.preventDefault(); moderate(); });
  document.getElementById('message-form').addEventListener('submit', e => { e.preventDefault(); classify(); });
  const profileSelect = document.getElementById('profile');
  profileSelect.addEventListener('change', () => loadProfile().catch(showStartError));
  document.getElementById('api-key').addEventListener('change', () => start().catch(showStartError));
  const health = await (await fetch('/healthz', { cache: 'no-store' })).json();
  document.getElementById('key-field').hidden = !health.apiKeyRequired;
  await start();
}

async function start() {
  const profiles = await getJson('/v1/profiles');
  const select = document.getElementById('profile');
  const current = select.value;
  select.replaceChildren(...profiles.map(p => el('option', { value: p.name },
    p.council ? p.council + ' (' + p.name + ')' : p.name)));
  const chosen = profiles.find(p => p.name === current) || profiles.find(p => p.default) || profiles[0];
  if (chosen) select.value = chosen.name;
  const clauses = await getJson('/v1/clauses');
  state.clauses = new Map(clauses.map(c => [c.id, c]));
  await loadProfile();
}

function showStartError(e) {
  document.getElementById('draft-result').replaceChildren(el('p', { class: 'error', role: 'alert' },
    'Could not reach the checks: ' + e.message));
}

function setUpTabs() {
  const tabs = Array.from(document.querySelectorAll('[role=tab]'));
  const select = tab => {
    for (const t of tabs) {
      const on = t === tab;
      t.setAttribute('aria-selected', String(on));
      t.tabIndex = on ? 0 : -1;
      document.getElementById(t.getAttribute('aria-controls')).hidden = !on;
    }
    tab.focus();
  };
  tabs.forEach((t, i) => {
    t.addEventListener('click', () => select(t));
    t.addEventListener('keydown', e => {
      let next = null;
      if (e.key === 'ArrowRight') next = tabs[(i + 1) % tabs.length];
      else if (e.key === 'ArrowLeft') next = tabs[(i - 1 + tabs.length) % tabs.length];
      else if (e.key === 'Home') next = tabs[0];
      else if (e.key === 'End') next = tabs[tabs.length - 1];
      if (next) { e.preventDefault(); select(next); }
    });
  });
}

const RANK = { BLOCK: 3, REVIEW: 2, ADVICE: 1 };

/** The text with every finding's span marked; overlapping findings share the segments they cover. */
function markedText(text, findings, idPrefix) {
  const spans = findings.map((f, i) => ({ f, i })).filter(x => Number.isInteger(x.f.start) && x.f.end > x.f.start);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(Math.min(s.f.start, text.length)); cuts.add(Math.min(s.f.end, text.length)); }
  const points = Array.from(cuts).sort((a, b) => a - b);
  const box = el('div', { class: 'marked', id: idPrefix + '-marked' });
  for (let k = 0; k + 1 < points.length; k++) {
    const a = points[k], b = points[k + 1];
    const covering = spans.filter(s => s.f.start <= a && s.f.end >= b);
    const piece = text.slice(a, b);
    if (covering.length === 0) { box.append(piece); continue; }
    const worst = covering.reduce((w, s) => (RANK[s.f.severity] > RANK[w.f.severity] ? s : w));
    const numbers = covering.map(s => s.i + 1);
    const labels = covering.map(s => (s.i + 1) + ': ' + s.f.message).join('; ');
    box.append(el('mark', { class: worst.f.severity, 'data-findings': numbers.join(' '),
      title: labels, 'aria-label': 'finding ' + numbers.join(' and ') + ': ' + piece }, piece));
  }
  return box;
}

function clauseWords(id) {
  const c = state.clauses.get(id);
  return c ? id + ' (' + c.family + '): ' + (c.summary || c.requirement)
      + (c.sources && c.sources.length ? ' [' + c.sources.join('; ') + ']' : '') : id;
}

function findingsList(findings, idPrefix) {
  const list = el('ol', { class: 'findings', id: idPrefix + '-findings' });
  findings.forEach((f, i) => {
    const rule = state.rules.get(f.rule);
    const item = el('li', { class: f.severity, 'data-rule': f.rule, id: idPrefix + '-finding-' + (i + 1) },
      el('h3', {}, el('span', { class: 'severity ' + f.severity }, f.severity), ' ',
        rule ? rule.title : f.rule),
      el('p', { class: 'message' }, f.message),
      f.suggestion ? el('p', { class: 'suggestion' }, el('strong', {}, 'Suggestion: '), f.suggestion) : null,
      Number.isInteger(f.start) ? null : el('p', { class: 'help' }, 'About the post as a whole.'));
    for (const id of f.clauses || []) item.append(el('p', { class: 'clause' }, 'Policy ', clauseWords(id)));
    if (rule && rule.rationale) item.append(el('p', { class: 'clause' }, 'Why: ', rule.rationale));
    list.append(item);
  });
  return list;
}

function showError(target, e) {
  target.replaceChildren(el('p', { class: 'error', role: 'alert' }, e.message));
}

async function checkDraft() {
  const out = document.getElementById('draft-result');
  const text = document.getElementById('draft-text').value;
  if (!text.trim()) { showError(out, new Error('Paste a draft first.')); return; }
  try {
    const item = { id: 'page', text,
      account: document.getElementById('draft-account').value,
      platform: document.getElementById('draft-platform').value };
    if (item.account === 'COUNCILLOR') item.author = { role: 'COUNCILLOR' };
    const report = await post('check', item);
    const parts = [el('p', { class: 'verdict ' + report.verdict, id: 'draft-verdict' },
      report.verdict + ': ' + VERDICT_WORDS[report.verdict])];
    if (report.findings.length) {
      parts.push(el('h2', {}, 'In the text'), markedText(text, report.findings, 'draft'),
        el('h2', {}, report.findings.length === 1 ? 'One finding' : report.findings.length + ' findings'),
        findingsList(report.findings, 'draft'));
    }
    out.replaceChildren(...parts);
  } catch (e) { showError(out, e); }
}

async function moderate() {
  const out = document.getElementById('comment-result');
  const text = document.getElementById('comment-text').value;
  if (!text.trim()) { showError(out, new Error('Paste the comment first.')); return; }
  try {
    const item = { id: 'page', text, platform: document.getElementById('comment-platform').value };
    const onPost = document.getElementById('comment-post').value;
    if (onPost.trim()) item.onPost = onPost;
    const d = await post('moderate', item);
    const facts = el('dl', { class: 'facts' },
      el('dt', {}, 'Ground'), el('dd', { id: 'comment-grounds' },
        d.grounds.length ? d.grounds.join(', ') : 'None: criticism and disagreement are not grounds'),
      el('dt', {}, 'Report to'), el('dd', {}, d.reportTo.length ? d.reportTo.join(', ') : 'Nobody'),
      el('dt', {}, 'Keep evidence'), el('dd', {}, d.retainEvidence ? 'Yes: keep a record before deleting' : 'No'));
    const parts = [el('p', { class: 'verdict ' + d.decision, id: 'comment-decision' },
      d.decision + ': ' + DECISION_WORDS[d.decision]), facts,
      el('h2', {}, 'What to tell the poster'), el('blockquote', { id: 'comment-explanation' }, d.explanation)];
    if (d.replySuggestion) parts.push(el('h2', {}, 'A reply you could post'), el('blockquote', {}, d.replySuggestion));
    if (d.findings.length) {
      parts.push(el('h2', {}, 'In the comment'), markedText(text, d.findings, 'comment'),
        findingsList(d.findings, 'comment'));
    }
    out.replaceChildren(...parts);
  } catch (e) { showError(out, e); }
}

async function classify() {
  const out = document.getElementById('message-result');
  const text = document.getElementById('message-text').value;
  if (!text.trim()) { showError(out, new Error('Paste the message first.')); return; }
  try {
    const c = await post('classify', { id: 'page', text,
      receivedAt: document.getElementById('message-received').value || undefined,
      channel: document.getElementById('message-channel').value,
      platform: document.getElementById('message-platform').value });
    const facts = el('dl', { class: 'facts' },
      el('dt', {}, 'Type'), el('dd', { id: 'message-type' }, c.type + ': ' + TYPE_WORDS[c.type]
        + (c.ambiguous ? ' (unsure: ask them)' : '')),
      el('dt', {}, 'Due'), el('dd', { id: 'message-due' }, c.due ? c.due + ' (' + c.regime + ')' : 'No statutory deadline'),
      el('dt', {}, 'Complete'), el('dd', {}, c.valid ? 'Yes' : 'No; missing: ' + (c.missing.join(', ') || 'nothing named')),
      el('dt', {}, 'Complaint'), el('dd', {}, c.complaint ? 'Yes' : 'No'));
    const actions = el('ul', { id: 'message-actions' },
      ...c.actions.map(a => el('li', {}, ACTION_WORDS[a] || a)));
    const parts = [el('p', { class: 'verdict ' + (c.type === 'NONE' ? 'PASS' : 'INFO') }, TYPE_WORDS[c.type]),
      facts, el('h2', {}, 'What to do'), actions];
    if (c.acknowledgement) {
      parts.push(el('h2', {}, 'What to reply'), el('blockquote', { id: 'message-reply' }, c.acknowledgement.full),
        el('p', {}, 'Short form for a public reply:'), el('blockquote', {}, c.acknowledgement.short));
    }
    out.replaceChildren(...parts);
  } catch (e) { showError(out, e); }
}

document.addEventListener('DOMContentLoaded', () => { init().catch(showStartError); });
