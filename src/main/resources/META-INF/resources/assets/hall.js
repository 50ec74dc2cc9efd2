// @ts-check
import { run } from './graphql.js';
import { escape } from './layout.js';

/** @typedef {import('../../../../../../frontend-contract/generated/graphql').AgenciesAndFieldsQuery} AgenciesAndFieldsQuery */

/**
 * The center a hall screen serves, from its address (?center=BLU): each kiosk and TV is set up once.
 * Without one, the page offers the centers to choose from and returns null.
 * @param {HTMLElement} target where the choice is offered
 * @returns {string | null}
 */
export function hallCenter(target) {
  const code = new URLSearchParams(location.search).get('center');
  if (code) return code;
  run('web/AgenciesAndFields', {}).then((/** @type {AgenciesAndFieldsQuery} */ data) => {
    target.innerHTML = `<ul>${data.centers.map((c) => `<li><a href="?center=${encodeURIComponent(c.code)}">${
      escape(c.name)}</a></li>`).join('')}</ul>`;
  });
  return null;
}
