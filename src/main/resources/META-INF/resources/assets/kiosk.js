// @ts-check
import { run, ApiError } from './graphql.js';
import { t, label, language } from './i18n.js';
import { frame, escape } from './layout.js';
import { hallCenter } from './hall.js';

/** @typedef {import('../../../../../../frontend-contract/generated/graphql').DisplayBoardQuery} DisplayBoardQuery */
/** @typedef {import('../../../../../../frontend-contract/generated/graphql').TakeTicketMutation} TakeTicketMutation */
/** @typedef {import('../../../../../../frontend-contract/generated/graphql').TicketPriority} TicketPriority */
/** @typedef {import('../../../../../../frontend-contract/generated/graphql').SearchProceduresQuery} SearchProceduresQuery */

/** A printed ticket stays on screen this long, then the kiosk is ready for the next person. */
const SHOW_TICKET_MS = 20000;

const groups = /** @type {HTMLElement} */ (document.getElementById('groups'));
const choose = /** @type {HTMLFormElement} */ (document.getElementById('choose'));
const ticket = /** @type {HTMLElement} */ (document.getElementById('ticket'));
const procedures = /** @type {HTMLElement} */ (document.getElementById('procedures'));
const procedureSearch = /** @type {HTMLInputElement} */ (document.getElementById('procedure-search'));
const center = hallCenter(groups);

/** @type {DisplayBoardQuery['displayBoard']['waiting']} */
let waiting = [];
/** @type {TakeTicketMutation['takeTicket'] | null} */
let taken = null;
/** @type {SearchProceduresQuery['procedures']['edges'][number]['node'][]} */
let found = [];
/** @type {string | null} */
let failure = null;
let back = 0;
let typing = 0;

function render() {
  document.querySelectorAll('[data-label]').forEach((element) => {
    element.textContent = label('TicketPriority', element.getAttribute('data-label') ?? '');
  });
  if (!center) return;
  groups.innerHTML = (failure ? `<div class="notice error" role="alert">${escape(failure)}</div>` : '')
    + waiting.map((g) => `<button type="button" data-group="${escape(g.groupCode)}">
      <strong>${escape(g.groupName)}</strong><span>${escape(t('kiosk.waiting', { n: g.waiting }))}</span></button>`).join('');
  procedures.innerHTML = found.map((p) => `<button type="button" data-procedure="${escape(p.code)}">
      <strong>${escape(p.name)}</strong><span>${escape(p.agency.name)}</span></button>`).join('');
  const paper = taken?.ticket;
  ticket.hidden = !paper;
  choose.hidden = Boolean(paper);
  if (taken && paper) {
    const now = new Date().toLocaleString(language() === 'vi' ? 'vi-VN' : 'en-GB', { timeZone: 'Asia/Ho_Chi_Minh' });
    ticket.innerHTML = `
      <p>${escape(t('center'))}</p>
      <p>${escape(t('kiosk.yourNumber'))}</p>
      <p class="number" id="ticket-number">${escape(paper.number)}</p>
      <p><strong>${escape(paper.group.name)}</strong></p>
      ${paper.priority !== 'NORMAL' ? `<p>${escape(label('TicketPriority', paper.priority))}</p>` : ''}
      <p>${escape(t('kiosk.ahead', { n: taken.peopleAhead ?? 0 }))}${taken.estimatedWaitMinutes !== null
        && taken.estimatedWaitMinutes !== undefined ? ` · ${escape(t('kiosk.wait', { n: taken.estimatedWaitMinutes }))}` : ''}</p>
      <p class="meta">${escape(now)}</p>
      <div class="actions">
        <button class="primary" type="button" id="print">${escape(t('kiosk.print'))}</button>
        <button class="primary" type="button" id="done">${escape(t('kiosk.done'))}</button>
      </div>`;
    /** @type {HTMLButtonElement} */ (document.getElementById('print')).onclick = () => window.print();
    /** @type {HTMLButtonElement} */ (document.getElementById('done')).onclick = reset;
  }
}

function reset() {
  clearTimeout(back);
  taken = null;
  failure = null;
  found = [];
  procedureSearch.value = '';
  load();
}

/** The first few procedures that match what is typed; the ticket then goes to the procedure's group. */
async function search() {
  const typed = procedureSearch.value.trim();
  if (typed.length < 2) {
    found = [];
  } else {
    try {
      /** @type {SearchProceduresQuery} */
      const data = await run('web/SearchProcedures', { search: typed, first: 5 });
      if (procedureSearch.value.trim() !== typed) return; // a later search is on its way
      found = data.procedures.edges.map((e) => e.node);
    } catch (e) {
      failure = e instanceof ApiError && e.code === 'NETWORK' ? t('error.network')
        : t('error.other', { code: e instanceof ApiError ? e.code : 'INTERNAL' });
    }
  }
  render();
}

async function load() {
  if (!center) return;
  try {
    /** @type {DisplayBoardQuery} */
    const data = await run('hall/DisplayBoard', { centerCode: center });
    waiting = data.displayBoard.waiting;
  } catch (e) {
    failure = e instanceof ApiError && e.code === 'NETWORK' ? t('error.network') : t('kiosk.unknownCenter');
  }
  render();
}

/** @param {{ groupCode?: string, procedureCode?: string }} what */
async function take(what) {
  const checked = /** @type {HTMLInputElement | null} */ (choose.querySelector('input[name="priority"]:checked'));
  const priority = /** @type {TicketPriority} */ (checked?.value ?? 'NORMAL');
  try {
    /** @type {TakeTicketMutation} */
    const data = await run('mobile/TakeTicket', {
      // a retry of the same press (a lost answer) gets the same ticket, never a second one
      input: { centerCode: center, ...what, priority, idempotencyKey: crypto.randomUUID() },
    });
    const answer = data.takeTicket;
    if (answer.userErrors.length > 0) {
      failure = answer.userErrors.map((u) => u.message).join(' ');
    } else {
      taken = answer;
      failure = null;
      back = window.setTimeout(reset, SHOW_TICKET_MS);
    }
  } catch (e) {
    failure = e instanceof ApiError && e.code === 'NETWORK' ? t('error.network')
      : t('error.other', { code: e instanceof ApiError ? e.code : 'INTERNAL' });
  }
  render();
}

groups.addEventListener('click', (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button[data-group]');
  if (button) take({ groupCode: button.getAttribute('data-group') ?? '' });
});
procedures.addEventListener('click', (event) => {
  const button = /** @type {HTMLElement} */ (event.target).closest('button[data-procedure]');
  if (button) take({ procedureCode: button.getAttribute('data-procedure') ?? '' });
});
// Enter in the search box must not send the form away
choose.addEventListener('submit', (event) => event.preventDefault());
procedureSearch.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(search, 250);
});

frame('kiosk', render, { menu: false });
load();
