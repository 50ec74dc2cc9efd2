// @ts-check
import { run } from './graphql.js';
import { subscribe } from './live.js';
import { t } from './i18n.js';
import { frame, escape } from './layout.js';
import { hallCenter } from './hall.js';

/** @typedef {import('../../../../../../frontend-contract/generated/graphql').DisplayBoardQuery} DisplayBoardQuery */
/** @typedef {import('../../../../../../frontend-contract/generated/graphql').DisplayBoardUpdatesSubscription} DisplayBoardUpdatesSubscription */
/** @typedef {DisplayBoardQuery['displayBoard']} Board */

const calls = /** @type {HTMLElement} */ (document.getElementById('calls'));
const waitingRows = /** @type {HTMLElement} */ (document.getElementById('waiting'));
const connection = /** @type {HTMLElement} */ (document.getElementById('connection'));
const announce = /** @type {HTMLElement} */ (document.getElementById('announce'));
const sound = /** @type {HTMLInputElement} */ (document.getElementById('sound'));
const center = hallCenter(calls);

/** @type {Board | null} */
let board = null;
let online = true;
/** The newest call shown, so that only a new one rings and is announced. */
let newestCall = '';

function render() {
  connection.textContent = online ? '' : t('board.offline');
  if (!board) return;
  calls.innerHTML = board.recentCalls.map((c, i) => `<tr${i === 0 ? ' class="newest"' : ''}>
    <td data-ticket="${escape(c.ticketNumber)}">${escape(c.ticketNumber)}</td><td>${escape(c.counterCode)}</td></tr>`).join('');
  // only the lines people stand in: a center has a group per department, most of them empty at a time
  waitingRows.innerHTML = board.waiting.filter((g) => g.waiting > 0).map((g) => `<tr><td>${escape(g.groupName)}</td><td>${g.waiting}</td></tr>`).join('');
}

/** A short two-note chime, only once someone at the board has turned sound on (browsers require that). */
function chime() {
  if (!sound.checked) return;
  const audio = new AudioContext();
  [660, 880].forEach((frequency, i) => {
    const tone = audio.createOscillator();
    const gain = audio.createGain();
    tone.frequency.value = frequency;
    gain.gain.setValueAtTime(0.2, audio.currentTime + i * 0.25);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + i * 0.25 + 0.5);
    tone.connect(gain).connect(audio.destination);
    tone.start(audio.currentTime + i * 0.25);
    tone.stop(audio.currentTime + i * 0.25 + 0.5);
  });
}

/** @param {Board} next */
function show(next) {
  board = next;
  const newest = next.recentCalls[0];
  const key = newest ? `${newest.ticketNumber}@${newest.counterCode}@${newest.calledAt}` : '';
  if (newest && newestCall && key !== newestCall) {
    chime();
    announce.textContent = t('board.called', { number: newest.ticketNumber, counter: newest.counterCode });
  }
  newestCall = key;
  render();
}

async function refresh() {
  /** @type {DisplayBoardQuery} */
  const data = await run('hall/DisplayBoard', { centerCode: center });
  show(data.displayBoard);
}

frame('board', render, { menu: false });
if (center) {
  subscribe('mobile/DisplayBoardUpdates', { centerCode: center }, {
    onData: (/** @type {DisplayBoardUpdatesSubscription} */ data) => {
      if (data.displayBoardUpdated) show(data.displayBoardUpdated);
    },
    // on every (re)connection: what changed while the board was away
    onConnected: () => {
      online = true;
      refresh().catch(() => {});
    },
    onDisconnected: () => {
      online = false;
      render();
    },
  });
}
