// @ts-check
import { run, ApiError } from './graphql.js';
import { t, label, money, date, processingTime } from './i18n.js';
import { frame, escape } from './layout.js';

/** @typedef {import('../../../../../../frontend-contract/generated/graphql').ProcedureDetailQuery} ProcedureDetailQuery */
/** @typedef {NonNullable<ProcedureDetailQuery['procedure']>} Procedure */

const target = /** @type {HTMLElement} */ (document.getElementById('procedure'));
/** @type {Procedure | null | undefined} undefined while loading, null when there is no such procedure */
let procedure;
/** @type {string | null} */
let failure = null;

/**
 * @param {import('./i18n.js').TextKey} key
 * @param {string | null} text
 */
function prose(key, text) {
  return text ? `<h2>${escape(t(key))}</h2><p class="prose">${escape(text)}</p>` : '';
}

/** @param {Procedure} p */
function page(p) {
  const effective = p.effectiveFrom ? date(p.effectiveFrom) + (p.effectiveTo ? ` – ${date(p.effectiveTo)}` : '') : '';
  return `
    <h1>${escape(p.name)}</h1>
    <dl class="facts">
      <dt>${escape(t('procedure.code'))}</dt><dd>${escape(p.code)}</dd>
      <dt>${escape(t('procedure.agency'))}</dt><dd>${escape(p.agency.name)}</dd>
      <dt>${escape(t('procedure.field'))}</dt><dd>${escape(p.field.name)}</dd>
      <dt>${escape(t('procedure.level'))}</dt><dd>${escape(label('ProcedureLevel', p.level))}</dd>
      <dt>${escape(t('procedure.applicants'))}</dt>
        <dd>${p.applicantTypes.map((a) => escape(label('ApplicantType', a))).join(', ')}</dd>
      <dt>${escape(t('procedure.onlineLevel'))}</dt><dd>${escape(label('OnlineLevel', p.onlineLevel))}</dd>
      ${effective ? `<dt>${escape(t('procedure.effective'))}</dt><dd>${escape(effective)}</dd>` : ''}
    </dl>
    <h2>${escape(t('procedure.channels'))}</h2>
    <table>
      <thead><tr><th scope="col">${escape(t('procedure.channel'))}</th><th scope="col">${escape(t('procedure.days'))}</th>
        <th scope="col">${escape(t('procedure.fee'))}</th></tr></thead>
      <tbody>${p.channels.map((c) => `<tr><td>${escape(label('Channel', c.channel))}</td>
        <td>${escape(processingTime(c.processingDays))}</td>
        <td>${c.feeVnd > 0 ? escape(money(c.feeVnd)) : escape(t('procedure.free'))}${c.feeNote
          ? `<div class="meta">${escape(c.feeNote)}</div>` : ''}</td></tr>`).join('')}</tbody>
    </table>
    ${p.cases.length ? `<h2>${escape(t('procedure.cases'))}</h2><ul>${p.cases.map((c) => `<li>${escape(c.name)}${
      c.processingDays !== null ? ` (${escape(processingTime(c.processingDays))})` : ''}</li>`).join('')}</ul>` : ''}
    <h2>${escape(t('procedure.documents'))}</h2>
    <table>
      <thead><tr><th scope="col">${escape(t('procedure.document'))}</th><th scope="col">${escape(t('procedure.originals'))}</th>
        <th scope="col">${escape(t('procedure.copies'))}</th></tr></thead>
      <tbody>${p.documents.map((d) => `<tr><td>${escape(d.name)}${d.templateUrl
        ? ` · <a href="${escape(d.templateUrl)}" rel="noopener">${escape(t('procedure.template'))}</a>` : ''}</td>
        <td>${d.originals}</td><td>${d.copies}</td></tr>`).join('')}</tbody>
    </table>
    ${prose('procedure.steps', p.steps)}
    ${prose('procedure.conditions', p.conditions)}
    ${prose('procedure.result', p.resultType)}
    ${prose('procedure.legalBasis', p.legalBasis)}`;
}

function render() {
  if (failure) {
    target.innerHTML = `<div class="notice error" role="alert">${escape(failure)}</div>`;
  } else if (procedure === null) {
    target.innerHTML = `<div class="notice warn" role="alert">${escape(t('procedure.notFound'))}</div>`;
  } else if (procedure) {
    target.innerHTML = page(procedure);
    document.title = `${procedure.name} · ${t('center')}`;
  }
}

async function load() {
  const code = new URLSearchParams(location.search).get('ma');
  if (!code) {
    procedure = null;
    render();
    return;
  }
  try {
    /** @type {ProcedureDetailQuery} */
    const data = await run('web/ProcedureDetail', { code });
    procedure = data.procedure;
  } catch (e) {
    // an unknown or malformed code answers as nothing found; anything else says what failed
    if (e instanceof ApiError && (e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT')) procedure = null;
    else failure = e instanceof ApiError && e.code === 'NETWORK' ? t('error.network')
      : t('error.other', { code: e instanceof ApiError ? e.code : 'INTERNAL' });
  }
  render();
}

frame('catalogue', render);
load();
