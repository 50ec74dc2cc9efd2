// @ts-check
import { applyLanguage } from './i18n.js';

/** The public pages, in the order of the menu. */
const PAGES = [
  { id: 'catalogue', href: '/', key: 'nav.catalogue' },
  { id: 'lookup', href: '/tra-cuu', key: 'nav.lookup' },
];

/**
 * Draws the band (center, menu, language switch) into the page's empty header and applies the language.
 * @param {string} current the page's id, marked aria-current
 * @param {() => void} [render] re-draws the page's own content when the language changes
 * @param {{ menu?: boolean }} [options] the hall's kiosk and board have no menu to wander off by
 */
export function frame(current, render = () => {}, { menu = true } = {}) {
  const header = document.querySelector('header.band');
  if (header) {
    header.innerHTML = `
      ${menu ? '<a class="skip" href="#main">Bỏ qua menu</a>' : ''}
      <div class="brand"><span data-i18n="center"></span><small data-i18n="province"></small></div>
      ${menu ? `<nav aria-label="Menu">${PAGES.map((p) => `<a href="${p.href}" data-i18n="${p.key}"
        ${p.id === current ? 'aria-current="page"' : ''}></a>`).join('')}</nav>` : ''}
      <button type="button" id="language" data-i18n="language.switch"></button>`;
  }
  applyLanguage(render);
}

/** @param {unknown} value text from the API, made safe to put in HTML */
export function escape(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
