// @ts-check
import { run, ApiError } from './graphql.js';
import { t, label, money, processingTime, count as number } from './i18n.js';
import { frame, escape } from './layout.js';

/** @typedef {import('../../../../../../frontend-contract/generated/graphql').SearchProceduresQuery} SearchProceduresQuery */
/** @typedef {import('../../../../../../frontend-contract/generated/graphql').AgenciesAndFieldsQuery} AgenciesAndFieldsQuery */
/** @typedef {SearchProceduresQuery['procedures']['edges'][number]['node']} ProcedureRow */

const PAGE_SIZE = 20;
const form = /** @type {HTMLFormElement} */ (document.getElementById('search'));
const input = /** @type {HTMLInputElement} */ (document.getElementById('q'));
const agency = /** @type {HTMLSelectElement} */ (document.getElementById('agency'));
const field = /** @type {HTMLSelectElement} */ (document.getElementById('field'));
const online = /** @type {HTMLSelectElement} */ (document.getElementById('online'));
const count = /** @type {HTMLElement} */ (document.getElementById('count'));
const results = /** @type {HTMLUListElement} */ (document.getElementById('results'));
const more = /** @type {HTMLButtonElement} */ (document.getElementById('more'));

/** @type {ProcedureRow[]} */
let rows = [];
let total = 0;
/** @type {string | null} */
let after = null;
/** Answers of an older search that arrive late are dropped. */
let generation = 0;

/** @param {ProcedureRow} p */
function row(p) {
  const quickest = p.channels.reduce((best, c) => (best === null || c.processingDays < best.processingDays ? c : best),
    /** @type {ProcedureRow['channels'][number] | null} */ (null));
  return `<li><a href="/thu-tuc?ma=${encodeURIComponent(p.code)}">${escape(p.name)}</a>
    <div class="meta"><span class="tag">${escape(p.code)}</span>${escape(p.agency.name)} · ${escape(p.field.name)}</div>
    <div class="meta">${escape(label('OnlineLevel', p.onlineLevel))}${quickest ? ` · ${escape(processingTime(quickest.processingDays))} · ${quickest.feeVnd > 0 ? escape(money(quickest.feeVnd)) : escape(t('procedure.free'))}` : ''}</div></li>`;
}

function render() {
  count.textContent = total === 0 ? t('catalogue.none') : t('catalogue.found', { n: number(total) });
  results.innerHTML = rows.map(row).join('');
  more.hidden = after === null;
  online.options[1].textContent = label('OnlineLevel', 'FULL');
  online.options[2].textContent = label('OnlineLevel', 'PARTIAL');
}

/** @param {boolean} next the next page of the same search, or a new search */
async function search(next) {
  const mine = next ? generation : ++generation;
  count.textContent = t('loading');
  try {
    /** @type {SearchProceduresQuery} */
    const data = await run('web/SearchProcedures', {
      search: input.value.trim() || null,
      agencyCode: agency.value || null,
      fieldCode: field.value || null,
      onlineLevel: online.value || null,
      first: PAGE_SIZE,
      after: next ? after : null,
    });
    if (mine !== generation) return;
    const page = data.procedures;
    rows = next ? rows.concat(page.edges.map((e) => e.node)) : page.edges.map((e) => e.node);
    total = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    render();
    const query = new URLSearchParams();
    if (input.value.trim()) query.set('q', input.value.trim());
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
  } catch (e) {
    count.textContent = e instanceof ApiError && e.code === 'NETWORK' ? t('error.network')
      : t('error.other', { code: e instanceof ApiError ? e.code : 'INTERNAL' });
  }
}

async function loadMenus() {
  /** @type {AgenciesAndFieldsQuery} */
  const data = await run('web/AgenciesAndFields', {});
  for (const a of data.agencies) agency.add(new Option(a.name, a.code));
  const fillFields = () => {
    const keep = field.value;
    field.length = 1;
    for (const f of data.fields.filter((f) => !agency.value || f.agency.code === agency.value)) {
      field.add(new Option(f.name, f.code));
    }
    field.value = keep && [...field.options].some((o) => o.value === keep) ? keep : '';
  };
  agency.addEventListener('change', fillFields);
  fillFields();
}

let typing = 0;
input.addEventListener('input', () => {
  clearTimeout(typing);
  typing = window.setTimeout(() => search(false), 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(false);
});
for (const select of [agency, field, online]) select.addEventListener('change', () => search(false));
more.addEventListener('click', () => search(true));

frame('catalogue', render);
input.value = new URLSearchParams(location.search).get('q') ?? '';
loadMenus().catch(() => {});
search(false);
