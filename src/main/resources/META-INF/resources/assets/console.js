// @ts-check
import { run, ApiError } from './graphql.js';
import { subscribe } from './live.js';
import { t, label } from './i18n.js';
import { frame, escape } from './layout.js';
import { screensConfig, currentSession, signIn, signOut, useDevelopmentToken, claimsOf } from './signin.js';

/** @typedef {import('../../../../../../frontend-contract/generated/graphql').CountersQuery} CountersQuery */
/** @typedef {import('../../../../../../frontend-contract/generated/graphql').DisplayBoardQuery} DisplayBoardQuery */
/** @typedef {import('../../../../../../frontend-contract/generated/graphql').CallNextTicketMutation} CallNextTicketMutation */
/** @typedef {CallNextTicketMutation['callNextTicket']} TicketPayload */
/** @typedef {NonNullable<TicketPayload['ticket']>} Ticket */
/** @typedef {import('./signin.js').Session} Session */

const target = /** @type {HTMLElement} */ (document.getElementById('console'));
const CURRENT = 'motcua.console.ticket';

/** The ticket actions: operation file, its field in the answer, the button's text key. */
const ACTIONS = /** @type {const} */ ([
  ['counter/RecallTicket', 'recallTicket', 'console.recall'],
  ['counter/StartServing', 'startServing', 'console.serve'],
  ['counter/ParkTicket', 'parkTicket', 'console.park'],
  ['counter/MarkNoShow', 'markNoShow', 'console.noShow'],
  ['counter/FinishTicket', 'finishTicket', 'console.finish'],
]);
/** Statuses after which the ticket has left this counter. */
const DONE = ['DONE', 'NO_SHOW', 'PARKED', 'CANCELLED', 'WAITING', 'TRANSFERRED'];

/** @type {import('./signin.js').ScreensConfig} */
let config;
/** @type {Session | null} */
let session = null;
/** @type {{ center: string, counter: string, who: string } | null} */
let officer = null;
/** @type {CountersQuery['counters'][number] | null} */
let counter = null;
/** @type {DisplayBoardQuery['displayBoard']['waiting']} */
let waiting = [];
/** @type {Ticket | null} */
let ticket = JSON.parse(sessionStorage.getItem(CURRENT) ?? 'null');
/** @type {string | null} */
let message = null;
let busy = false;

/** @param {Ticket | null} next */
function setTicket(next) {
  ticket = next && !DONE.includes(next.status) ? next : null;
  if (ticket) sessionStorage.setItem(CURRENT, JSON.stringify(ticket));
  else sessionStorage.removeItem(CURRENT);
}

/**
 * Runs an operation as the signed-in officer; a refusal becomes the message shown.
 * @template T
 * @param {string} name @param {Record<string, unknown>} variables
 * @returns {Promise<T | null>}
 */
async function act(name, variables) {
  if (!session) return null;
  busy = true;
  message = null;
  render();
  try {
    return await run(name, variables, { token: session.accessToken });
  } catch (e) {
    message = e instanceof ApiError && e.code === 'NETWORK' ? t('error.network')
      : e instanceof ApiError && e.code === 'UNAUTHENTICATED' ? t('console.expired')
        : t('error.other', { code: e instanceof ApiError ? e.code : 'INTERNAL' });
    return null;
  } finally {
    busy = false;
  }
}

/** @param {{ userErrors: { message: string }[] }} payload */
function refused(payload) {
  if (payload.userErrors.length === 0) return false;
  message = payload.userErrors.map((u) => u.message).join(' ');
  return true;
}

async function refresh() {
  if (!officer) return;
  /** @type {CountersQuery | null} */
  const counters = await act('counter/Counters', { centerCode: officer.center });
  counter = counters?.counters.find((c) => c.code === officer?.counter) ?? null;
  /** @type {DisplayBoardQuery | null} */
  const board = await act('hall/DisplayBoard', { centerCode: officer.center });
  if (board) waiting = board.displayBoard.waiting;
  render();
}

/** @param {'counter/OpenCounter' | 'counter/CloseCounter'} name @param {'openCounter' | 'closeCounter'} field */
async function counterAction(name, field) {
  /** @type {Record<string, any> | null} */
  const data = await act(name, { input: { counterCode: officer?.counter } });
  if (data && !refused(data[field])) counter = data[field].counter;
  render();
}

async function callNext() {
  /** @type {CallNextTicketMutation | null} */
  const data = await act('counter/CallNextTicket', { input: { counterCode: officer?.counter } });
  if (data && !refused(data.callNextTicket)) {
    setTicket(data.callNextTicket.ticket);
    if (!data.callNextTicket.ticket) message = t('console.nobody');
  }
  render();
}

/** @param {string} name @param {string} field @param {Record<string, unknown>} [extra] */
async function ticketAction(name, field, extra = {}) {
  if (!ticket) return;
  /** @type {Record<string, TicketPayload> | null} */
  const data = await act(name, { input: { counterCode: officer?.counter, ticketNumber: ticket.number, ...extra } });
  const answer = data?.[field];
  if (answer && !refused(answer)) setTicket(answer.ticket);
  render();
}

function signedOutView() {
  if (config.signIn.authority) {
    return `<p>${escape(t('console.signInHint'))}</p>
      <button class="primary" type="button" id="sign-in">${escape(t('console.signIn'))}</button>`;
  }
  return `<p>${escape(t('console.devHint'))}</p>
    <label for="dev-token">${escape(t('console.devToken'))}</label>
    <textarea id="dev-token" rows="4" style="width:100%"></textarea>
    <p><button class="primary" type="button" id="use-token">${escape(t('console.signIn'))}</button></p>`;
}

function ticketView() {
  if (!ticket) return `<p>${escape(t('console.noTicket'))}</p>`;
  return `<p class="current"><span class="number" id="current-number">${escape(ticket.number)}</span>
      ${escape(ticket.group.name)} · ${escape(label('TicketStatus', ticket.status))}${ticket.priority !== 'NORMAL'
        ? ` · ${escape(label('TicketPriority', ticket.priority))}` : ''}</p>
    <div class="buttons">${ACTIONS.map(([name, field, key]) => `<button type="button" class="primary"
      data-action="${name}" data-field="${field}">${escape(t(key))}</button>`).join('')}</div>
    <p><label for="transfer-to">${escape(t('console.transferTo'))}</label>
      <select id="transfer-to">${waiting.map((g) => `<option value="${escape(g.groupCode)}">${escape(g.groupName)}</option>`).join('')}</select>
      <button type="button" class="primary" id="transfer">${escape(t('console.transfer'))}</button></p>`;
}

function signedInView() {
  const open = counter?.status === 'OPEN';
  return `<p>${escape(t('console.who', { who: officer?.who ?? '', counter: officer?.counter ?? '', center: officer?.center ?? '' }))}
      · <strong id="counter-status">${escape(counter ? label('CounterStatus', counter.status) : '')}</strong>
      <button type="button" id="sign-out">${escape(t('console.signOut'))}</button></p>
    ${message ? `<div class="notice warn" role="alert">${escape(message)}</div>` : ''}
    <div class="buttons">
      ${open ? `<button class="primary" type="button" id="call-next">${escape(t('console.callNext'))}</button>
        <button type="button" id="close">${escape(t('console.close'))}</button>`
        : `<button class="primary" type="button" id="open">${escape(t('console.open'))}</button>`}
    </div>
    <h2>${escape(t('console.current'))}</h2>
    ${ticketView()}
    <h2>${escape(t('console.line'))}</h2>
    <table><thead><tr><th scope="col">${escape(t('board.group'))}</th><th scope="col">${escape(t('board.people'))}</th></tr></thead>
      <tbody>${waiting.map((g) => `<tr><td>${escape(g.groupName)}</td><td>${g.waiting}</td></tr>`).join('')}</tbody></table>`;
}

function render() {
  if (!config) return;
  target.innerHTML = session && officer ? signedInView() : signedOutView();
  target.querySelectorAll('button').forEach((b) => { b.disabled = busy; });
  /** @param {string} id @param {() => void} handler */
  const on = (id, handler) => {
    const element = document.getElementById(id);
    if (element) element.onclick = handler;
  };
  on('sign-in', () => signIn(config));
  on('use-token', () => start(useDevelopmentToken(/** @type {HTMLTextAreaElement} */ (document.getElementById('dev-token')).value.trim())));
  on('sign-out', () => signOut(config));
  on('open', () => counterAction('counter/OpenCounter', 'openCounter'));
  on('close', () => counterAction('counter/CloseCounter', 'closeCounter'));
  on('call-next', callNext);
  on('transfer', () => ticketAction('counter/TransferTicket', 'transferTicket',
    { toGroupCode: /** @type {HTMLSelectElement} */ (document.getElementById('transfer-to')).value }));
  target.querySelectorAll('button[data-action]').forEach((b) => {
    /** @type {HTMLButtonElement} */ (b).onclick = () => ticketAction(b.getAttribute('data-action') ?? '', b.getAttribute('data-field') ?? '');
  });
}

/** @param {Session | null} next */
function start(next) {
  session = next;
  if (!session) {
    render();
    return;
  }
  const claims = claimsOf(session.accessToken);
  if (!claims.center_code || !claims.counter_code) {
    message = t('console.notCounterOfficer');
    session = null;
    render();
    return;
  }
  officer = { center: claims.center_code, counter: claims.counter_code, who: claims.preferred_username ?? claims.sub ?? '' };
  refresh();
  subscribe('mobile/DisplayBoardUpdates', { centerCode: officer.center }, {
    onData: (/** @type {{ displayBoardUpdated: DisplayBoardQuery['displayBoard'] | null }} */ data) => {
      if (data.displayBoardUpdated && !busy) {
        waiting = data.displayBoardUpdated.waiting;
        render();
      }
    },
    onConnected: () => {},
    onDisconnected: () => {},
  });
}

frame('console', render, { menu: false });
screensConfig().then(async (loaded) => {
  config = loaded;
  start(await currentSession(config).catch((e) => {
    message = String(e.message ?? e);
    return null;
  }));
});
