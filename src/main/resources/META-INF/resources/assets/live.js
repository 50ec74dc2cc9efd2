// @ts-check
/**
 * A subscription of the contract over graphql-transport-ws on /graphql, kept alive: after any drop it
 * reconnects by itself (1 s, then doubling up to 15 s) and calls `onConnected` again, so that the page
 * can re-read what it may have missed while away.
 */

/**
 * @template T
 * @param {string} name the subscription's operation file, e.g. "mobile/DisplayBoardUpdates"
 * @param {Record<string, unknown>} variables
 * @param {{ onData: (data: T) => void, onConnected: () => void, onDisconnected: () => void }} handlers
 */
export async function subscribe(name, variables, handlers) {
  const query = await fetch(`/operations/${name}.graphql`).then((r) => r.text());
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  let delay = 1000;
  const connect = () => {
    const socket = new WebSocket(url, 'graphql-transport-ws');
    let acknowledged = false;
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        acknowledged = true;
        delay = 1000;
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query, variables } }));
        handlers.onConnected();
      } else if (message.type === 'next' && message.payload?.data) {
        handlers.onData(message.payload.data);
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      } else if (message.type === 'error' || message.type === 'complete') {
        socket.close();
      }
    };
    socket.onclose = () => {
      if (acknowledged) handlers.onDisconnected();
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    };
  };
  connect();
}
