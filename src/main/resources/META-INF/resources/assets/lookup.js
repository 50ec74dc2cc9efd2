// @ts-check
import { run, ApiError } from './graphql.js';
import { t, label, date, dateTime } from './i18n.js';
import { frame, escape } from './layout.js';

/** @typedef {import('../../../../../../frontend-contract/generated/graphql').DossierStatusQuery} DossierStatusQuery */
/** @typedef {DossierStatusQuery['dossierStatus']} DossierStatus */

const form = /** @type {HTMLFormElement} */ (document.getElementById('lookup'));
const code = /** @type {HTMLInputElement} */ (document.getElementById('code'));
const secret = /** @type {HTMLInputElement} */ (document.getElementById('secret'));
const answer = /** @type {HTMLElement} */ (document.getElementById('answer'));

/** @type {DossierStatus | null} */
let dossier = null;
/** @type {import('./i18n.js').TextKey | null} */
let refusal = null;
/** @type {string | null} */
let failure = null;

/** @param {DossierStatus} d */
function page(d) {
  const apologised = d.history.some((e) => e.action === 'ISSUE_APOLOGY');
  return `
    <h2>${escape(d.code)}</h2>
    <p class="big-status" id="status">${escape(label('DossierStatus', d.status))}</p>
    ${d.overdue ? `<div class="notice warn">${escape(t('lookup.overdue'))}</div>` : ''}
    ${apologised ? `<div class="notice warn">${escape(t('lookup.apology'))}</div>` : ''}
    <dl class="facts">
      <dt>${escape(t('lookup.procedure'))}</dt><dd>${escape(d.procedureName)}</dd>
      <dt>${escape(t('lookup.agency'))}</dt><dd>${escape(d.currentAgencyName)}</dd>
      ${d.receivedAt ? `<dt>${escape(t('lookup.received'))}</dt><dd>${escape(dateTime(d.receivedAt))}</dd>` : ''}
      ${d.appointmentDate ? `<dt>${escape(t('lookup.appointment'))}</dt><dd>${escape(date(d.appointmentDate))}</dd>` : ''}
      ${d.finishedAt ? `<dt>${escape(t('lookup.finished'))}</dt><dd>${escape(dateTime(d.finishedAt))}</dd>` : ''}
    </dl>
    <h2>${escape(t('lookup.history'))}</h2>
    <table>
      <thead><tr><th scope="col">${escape(t('lookup.when'))}</th><th scope="col">${escape(t('lookup.what'))}</th>
        <th scope="col">${escape(t('lookup.where'))}</th></tr></thead>
      <tbody>${d.history.map((e) => `<tr><td>${escape(dateTime(e.at))}</td>
        <td>${escape(label('DossierAction', e.action))}</td><td>${escape(e.agencyName ?? '')}</td></tr>`).join('')}</tbody>
    </table>`;
}

function render() {
  if (failure) answer.innerHTML = `<div class="notice error" role="alert">${escape(failure)}</div>`;
  else if (refusal) answer.innerHTML = `<div class="notice error" role="alert">${escape(t(refusal))}</div>`;
  else if (dossier) answer.innerHTML = page(dossier);
  else answer.innerHTML = '';
}

async function lookUp() {
  dossier = null;
  refusal = null;
  failure = null;
  answer.innerHTML = `<p>${escape(t('loading'))}</p>`;
  try {
    /** @type {DossierStatusQuery} */
    const data = await run('mobile/DossierStatus', { code: code.value.trim(), secret: secret.value.trim() });
    dossier = data.dossierStatus;
  } catch (e) {
    const reason = e instanceof ApiError ? e.code : 'INTERNAL';
    if (reason === 'NOT_FOUND' || reason === 'BAD_USER_INPUT') refusal = 'lookup.notFound';
    else if (reason === 'RATE_LIMITED') refusal = 'lookup.tooMany';
    else failure = reason === 'NETWORK' ? t('error.network') : t('error.other', { code: reason });
  }
  render();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  lookUp();
});

frame('lookup', render);
// The receipt's QR code opens /tra-cuu?ma=<code>#<secret>: the secret rides in the fragment, which the
// browser never sends to a server. It is read once and taken out of the address bar and the history.
const fromQr = new URLSearchParams(location.search).get('ma');
const secretFromQr = decodeURIComponent(location.hash.slice(1));
if (fromQr) code.value = fromQr;
if (secretFromQr) {
  secret.value = secretFromQr;
  history.replaceState(null, '', location.pathname + location.search);
}
if (code.value && secret.value) lookUp();
