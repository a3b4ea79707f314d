// The overlay page (a browser source in OBS / 直播伴侣): shows the view the console sends — the
// featured job's card and one answer with the names of those who asked — and tells the console
// once it has put a view on screen, which is when its posts count as shown.
// Viewer text is only ever set with textContent (never as HTML). Nothing is loaded from elsewhere.
"use strict";

(() => {
  const token = document.querySelector('meta[name="console-token"]').content;
  const $ = (id) => document.getElementById(id);
  let socket = null;
  let delay = 500;
  let lastView = null;
  let offlineTimer = 0;
  const LINGER_MS = 15000; // as long as an answer stays with nothing after it

  /** Set an element's text (never markup). */
  function setText(id, text) {
    $(id).textContent = text === null || text === undefined ? "" : String(text);
  }

  /** An element holding `text` as text. */
  function textNode(tag, cls, text) {
    const node = document.createElement(tag);
    node.className = cls;
    node.textContent = String(text);
    return node;
  }

  function renderCard(card) {
    const box = $("card");
    if (!card) {
      box.hidden = true;
      box.dataset.job = "";
      return;
    }
    if (box.dataset.job === card.job && !box.hidden) return;
    setText("card-num", `${card.number}号`);
    setText("card-employer", card.employer);
    setText("card-title", card.title);
    setText("card-pay", card.pay || "");
    $("card-pay").hidden = !card.pay;
    setText("card-city", card.city);
    $("card-facts").replaceChildren(...card.facts.map((fact) => textNode("li", "fact", fact)));
    setText("card-apply", card.apply);
    box.dataset.job = card.job;
    box.hidden = false;
  }

  function renderAnswer(answer) {
    const box = $("answer");
    if (!answer) {
      box.hidden = true;
      box.dataset.id = "";
      return;
    }
    if (box.dataset.id === answer.id && !box.hidden) return; // already on screen: not shown again
    const askers = $("answer-askers");
    askers.replaceChildren(...answer.names.map((name) => textNode("span", "name", name)));
    askers.hidden = answer.names.length === 0;
    setText("answer-text", answer.text);
    box.dataset.id = answer.id;
    box.dataset.kind = answer.kind;
    box.hidden = false;
    box.classList.remove("enter");
    void box.offsetWidth; // restart the entrance animation
    box.classList.add("enter");
  }

  function render(view) {
    lastView = view;
    document.body.dataset.hidden = String(Boolean(view.hidden));
    renderCard(view.hidden ? null : view.card);
    renderAnswer(view.hidden ? null : view.answer);
    document.body.dataset.version = String(view.version);
    // Confirm once the view has been painted (two animation frames: layout, then paint).
    requestAnimationFrame(() => requestAnimationFrame(() => confirmShown(view)));
  }

  /** Tell the console the view is on screen, if it still is and the page is visible. */
  function confirmShown(view) {
    if (view !== lastView || view.hidden || view.ids.length === 0) return;
    if (document.visibilityState !== "visible") return;
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: "shown", version: view.version, ids: view.ids }));
      document.body.dataset.confirmed = String(view.version); // the last view reported as on screen
    }
  }

  document.addEventListener("visibilitychange", () => {
    if (lastView) requestAnimationFrame(() => confirmShown(lastView));
  });

  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    socket = new WebSocket(`${scheme}://${location.host}/overlay/ws?token=${encodeURIComponent(token)}`);
    socket.onopen = () => {
      delay = 500;
      document.body.dataset.state = "live";
    };
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (err) {
        return;
      }
      if (message && message.type === "view") render(message);
    };
    socket.onclose = () => {
      document.body.dataset.state = "offline";
      lastView = null;
      // The answer on screen stays a while (a reconnect brings the same view back without
      // showing it again); with the console gone for good it leaves after the usual linger.
      clearTimeout(offlineTimer);
      offlineTimer = setTimeout(() => {
        if (document.body.dataset.state !== "live") renderAnswer(null);
      }, LINGER_MS);
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 5000);
    };
  }

  connect();
})();
