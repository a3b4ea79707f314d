// The host console page: renders the bot's state from the WebSocket and sends the host's commands.
// Viewer text is only ever set with textContent (never as HTML).
"use strict";

(() => {
  const token = document.querySelector('meta[name="console-token"]').content;
  if (new URLSearchParams(location.search).has("token")) {
    history.replaceState(null, "", location.pathname);
  }

  const $ = (id) => document.getElementById(id);
  const KIND = { answer: "回答", card: "岗位卡", apply: "报名", poll: "投票", host: "主播", other: "其他" };
  const STATUS = {
    pending: "… 待确认",
    shown: "✓ 已显示",
    rejected: "✗ 被拒",
    dropped: "⚠ 未显示",
  };
  const REJECT = {
    too_fast: "太快", too_long: "太长", repeat: "重复", muted: "禁言",
    no_overlay: "画面未连接", hidden: "画面已隐藏", stale: "过时未显示", unseen: "未显示",
  };

  const NOTICE = {
    names_masked: "未登录：B站隐藏了观众昵称",
    listen_only: "没有账号：只听不发",
    posting_stopped: "已停止发弹幕",
    stream_paused: "主播推流中断",
    link: "连接中断，正在重连",
    no_chat: "此平台不能发弹幕，回答上画面",
    listening: "等待推送",
    filtered: "弹幕被屏蔽",
  };

  /** Make an element; `text` sets textContent, `data` sets data-* attributes. */
  function el(tag, opts, ...children) {
    const node = document.createElement(tag);
    if (opts) {
      if (opts.cls) node.className = opts.cls;
      if (opts.text !== undefined && opts.text !== null) node.textContent = String(opts.text);
      if (opts.title) node.title = opts.title;
      if (opts.data) for (const [k, v] of Object.entries(opts.data)) node.dataset[k] = v === null ? "" : String(v);
    }
    for (const child of children) if (child !== null && child !== undefined) node.append(child);
    return node;
  }

  /** A Chinese label with a small English hint. */
  function label(zh, en) {
    return el("span", null, zh + " ", el("i", { text: en }));
  }

  function clock(ts) {
    const d = new Date(ts * 1000);
    return [d.getHours(), d.getMinutes(), d.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");
  }

  function duration(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    const mm = String(m).padStart(2, "0"), ss = String(r).padStart(2, "0");
    return h ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
  }

  let toastTimer = 0;
  function toast(message, bad) {
    const box = $("toast");
    box.textContent = message;
    box.classList.toggle("bad", Boolean(bad));
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { box.hidden = true; }, 4000);
  }

  /** POST a host command; shows the refusal, resolves to the server's answer. */
  async function command(path, body) {
    let answer;
    try {
      const response = await fetch(path, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-Console-Token": token },
        body: JSON.stringify(body),
      });
      answer = await response.json();
    } catch (err) {
      answer = { ok: false, error: "连接失败 (network error)" };
    }
    if (!answer.ok) toast(answer.error || "操作失败", true);
    return answer;
  }

  // ------------------------------------------------------------------ rendering

  let state = null;

  function render(s) {
    state = s;
    document.body.dataset.paused = String(s.paused);
    document.body.dataset.ended = String(s.ended);
    renderHeader(s);
    renderFeatured(s);
    renderSwitcher(s);
    renderBoard(s);
    renderQueue(s);
    renderApplications(s);
    renderPoll(s);
    renderAudience(s);
    renderPosts(s);
    renderAfter(s);
    renderOverlay(s);
    renderNotices(s);
    document.body.dataset.version = String(s.version);
  }

  function renderHeader(s) {
    const a = s.audience;
    $("viewers").textContent = a.viewers === null ? "—" : String(a.viewers);
    const bySource = Object.entries(a.viewers_by_source || {});
    const split = $("viewers-by-source");
    split.hidden = bySource.length < 2;
    split.textContent = bySource.map(([name, n]) => `${name} ${n}`).join(" · ");
    $("cpm").textContent = String(a.comments_per_min);
    $("waiting-total").textContent = String(s.waiting);
    $("apps-total").textContent = String(s.applications.total);
    $("elapsed").textContent = s.started === null ? "00:00" : duration(s.now - s.started);
    const pause = $("pause");
    pause.replaceChildren(s.paused ? label("▶ 恢复发言", "Resume") : label("⏸ 暂停发言", "Pause"));
    pause.setAttribute("aria-pressed", String(s.paused));
    pause.classList.toggle("on", s.paused);
    $("paused-banner").hidden = !s.paused;
    $("ended-banner").hidden = !s.ended;
  }

  /** What the platforms told the host: a banner per standing notice (the platform's words as text). */
  function renderNotices(s) {
    const standing = (s.notices && s.notices.standing) || [];
    $("notices").replaceChildren(
      ...standing.map((n) =>
        el(
          "div",
          { cls: "banner notice " + n.level, data: { key: n.key, level: n.level, source: n.source } },
          el("b", { text: (n.source ? n.source + " · " : "") + (NOTICE[n.key] || "提示") }),
          " ",
          el("span", { text: n.text }),
        ),
      ),
    );
  }

  function renderFeatured(s) {
    const box = $("featured");
    const job = s.featured;
    box.dataset.job = job ? job.id : "";
    if (!job) {
      box.replaceChildren(el("p", { cls: "empty" }, label("未展示岗位", "nothing on screen")));
      return;
    }
    const facts = el("div", { cls: "facts" });
    facts.append(el("span", { text: job.city }));
    if (job.pay) facts.append(el("span", { text: job.pay }));
    if (job.headcount !== null) facts.append(el("span", { text: `招${job.headcount}人` }));
    facts.append(el("span", { text: `已报名 ${job.applications}` }));
    box.replaceChildren(
      el("div", { cls: "big" }, el("span", { cls: "no", text: `${job.number}号` }), ` ${job.title}`),
      el("div", { cls: "emp", text: job.employer_name }),
      facts,
    );
  }

  function renderOverlay(s) {
    const o = s.overlay;
    const box = $("overlay-status");
    box.dataset.pages = String(o.pages);
    box.dataset.hidden = String(o.hidden);
    let what;
    if (o.hidden) what = label("已隐藏", "hidden");
    else if (o.pages > 0) what = label(`已连接 ${o.pages}`, "connected");
    else what = label("未连接", "not connected");
    box.replaceChildren(what);
    box.title = `显示 ${o.shown} · 未显示 ${o.failed} · 排队 ${o.queued} (shown · not shown · queued)`;
    const toggle = $("overlay-toggle");
    toggle.replaceChildren(o.hidden ? label("显示画面", "Show") : label("隐藏画面", "Hide"));
    toggle.setAttribute("aria-pressed", String(o.hidden));
    toggle.classList.toggle("on", o.hidden);
  }

  let switcherJobs = "";
  function renderSwitcher(s) {
    const box = $("switcher");
    const ids = s.jobs.map((j) => j.id).join(",");
    if (ids !== switcherJobs) {
      switcherJobs = ids;
      box.replaceChildren(...s.jobs.map((job) => {
        const button = el("button", { cls: "job", data: { job: job.id }, title: `${job.employer_name} ${job.city}` },
          el("span", { cls: "no", text: `${job.number}号` }),
          el("span", { cls: "title", text: job.title }),
          el("span", { cls: "sub", text: `${job.employer_short} · ${job.city}` }),
          el("span", { cls: "apps" }));
        button.type = "button";
        button.addEventListener("click", () => feature(job.id, button));
        return button;
      }));
      applyFilter();
    }
    const featured = s.featured ? s.featured.id : null;
    for (const job of s.jobs) {
      const button = box.querySelector(`button[data-job="${CSS.escape(job.id)}"]`);
      if (!button) continue;
      button.classList.toggle("on", job.id === featured);
      button.setAttribute("aria-pressed", String(job.id === featured));
      if (job.id === featured) button.classList.remove("pending");
      button.querySelector(".apps").textContent = job.applications ? `报名${job.applications}` : "";
    }
    $("unfeature").disabled = featured === null;
  }

  async function feature(jobId, button) {
    if (button) button.classList.add("pending");
    const answer = await command("/api/feature", { job: jobId });
    if (!answer.ok && button) button.classList.remove("pending");
  }

  function applyFilter() {
    const words = $("job-filter").value.trim().toLowerCase();
    for (const button of $("switcher").children) {
      button.hidden = words !== "" && !button.textContent.toLowerCase().includes(words) &&
        !button.title.toLowerCase().includes(words);
    }
  }

  function renderBoard(s) {
    const body = $("board").tBodies[0];
    body.replaceChildren(...s.board.map((row) => el("tr",
      { data: { intent: row.intent, job: row.job }, cls: row.waiting ? "hot" : "" },
      el("td", { cls: "what" }, el("strong", { text: row.intent_label }), el("small", { text: row.job_label })),
      el("td", { cls: "n big", text: row.waiting || "" }),
      el("td", { cls: "n", text: row.recent || "" }),
      el("td", { cls: "n", text: `${row.answered}/${row.asked}` }),
      el("td", { cls: "answer" },
        row.answer ? el("span", { text: row.answer }) : null,
        row.queued ? el("span", { cls: "tag warn", text: `转主播 ${row.queued}` }) : null),
    )));
    $("board-empty").hidden = s.board.length > 0;
  }

  const queueItems = new Map();
  function renderQueue(s) {
    const list = $("queue");
    const keys = new Set(s.queue.map((q) => q.key));
    for (const [key, li] of queueItems) {
      if (!keys.has(key)) { li.remove(); queueItems.delete(key); }
    }
    s.queue.forEach((item, i) => {
      let li = queueItems.get(item.key);
      if (!li) {
        li = makeQueueItem(item);
        queueItems.set(item.key, li);
      }
      li.querySelector(".askers").textContent = `${item.askers}人在等`;
      li.querySelector(".names").textContent = item.names.map((n) => "@" + n).join(" ") +
        (item.askers > item.names.length ? ` 等${item.askers}人` : "");
      li.querySelector(".sample").textContent = item.sample ? `“${item.sample}”` : "";
      if (list.children[i] !== li) list.insertBefore(li, list.children[i] || null);
    });
    $("queue-count").textContent = String(s.queue.length);
    $("queue-empty").hidden = s.queue.length > 0;
    $("host-answers").replaceChildren(...s.host_answers.map((a) => el("li", null,
      el("span", { cls: "tag", text: `${a.intent_label} · ${a.job_label}` }), " ",
      el("span", { text: a.text }), " ",
      el("span", { cls: "hint", text: `(${a.askers}人)` }))));
  }

  function makeQueueItem(item) {
    const why = item.fact ? `${item.reason_label}: ${item.fact_label || item.fact}` : item.reason_label;
    const text = el("textarea", { cls: "reply" });
    text.rows = 2;
    text.maxLength = (state && state.console.max_reply) || 200;
    text.placeholder = "输入回答，Ctrl+Enter 发送 (type the answer)";
    const send = el("button", { cls: "send" }, label("发送", "post"));
    send.type = "submit";
    const form = el("form", { cls: "reply-form" }, text, send);
    const li = el("li", { cls: "item", data: { key: item.key } },
      el("div", { cls: "head" },
        el("span", { cls: "tag", text: item.intent_label }), " ",
        el("span", { cls: "job", text: item.job_label }), " ",
        el("span", { cls: "askers" }),
        el("span", { cls: "why", text: why })),
      el("div", { cls: "sample" }),
      el("div", { cls: "names" }),
      form);
    const submit = async () => {
      if (!text.value.trim()) { text.focus(); return; }
      send.disabled = true;
      const answer = await command("/api/reply", { key: item.key, text: text.value });
      if (answer.ok) {
        li.classList.add("sent");
        text.disabled = true;
        toast("已发送 posted");
      } else {
        send.disabled = false;
      }
    };
    form.addEventListener("submit", (ev) => { ev.preventDefault(); submit(); });
    text.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); submit(); }
    });
    return li;
  }

  function renderApplications(s) {
    const apps = s.applications;
    $("apps").tBodies[0].replaceChildren(...apps.by_job.map((row) => el("tr", { data: { job: row.job } },
      el("td", { text: row.label }),
      el("td", { cls: "n strong", text: row.count }),
      el("td", { cls: "n", text: row.headcount === null ? "—" : row.headcount }))));
    $("apps-empty").hidden = apps.by_job.length > 0;
    $("apps-recent").replaceChildren(...apps.recent.slice(0, 10).map((a) => el("li", null,
      el("span", { cls: "hint", text: clock(a.ts) }), " ",
      el("span", { text: a.name }), " → ",
      el("span", { text: a.label }))));
  }

  function renderPoll(s) {
    const p = s.poll;
    $("poll").dataset.open = String(p.open);
    $("poll-state").replaceChildren(p.open ? label("投票中", "open") : label(p.id ? "已结束" : "未开始", "closed"));
    $("poll-state").classList.toggle("live", p.open);
    $("poll-start").disabled = p.open || s.ended;
    $("poll-stop").disabled = !p.open;
    $("poll-1").textContent = String(p.satisfied);
    $("poll-2").textContent = String(p.unsatisfied);
    const total = Math.max(1, p.total);
    $("poll-bar-1").style.width = `${(100 * p.satisfied) / total}%`;
    $("poll-bar-2").style.width = `${(100 * p.unsatisfied) / total}%`;
  }

  function renderAudience(s) {
    const series = s.audience.series;
    const top = Math.max(1, ...series.map((m) => m.comments));
    $("spark").replaceChildren(...series.map((m) => {
      const viewers = m.viewers === null ? "" : ` · 在线${m.viewers}`;
      const bar = el("span", { cls: "col", title: `${clock(m.minute)} 弹幕${m.comments}${viewers}` });
      bar.style.height = `${Math.max(2, (100 * m.comments) / top)}%`;
      return bar;
    }));
  }

  function renderPosts(s) {
    const c = s.posts.counts;
    $("post-counts").replaceChildren(
      el("span", { cls: "tag", text: `已发 ${c.sent}` }),
      el("span", { cls: "tag ok", text: `显示 ${c.shown}` }),
      el("span", { cls: "tag bad", text: `被拒 ${c.rejected}` }),
      el("span", { cls: "tag warn", text: `静默丢弃 ${c.dropped}` }),
      el("span", { cls: "tag", text: `待确认 ${c.pending}` }));
    $("posts").tBodies[0].replaceChildren(...s.posts.log.map((p) => {
      let status = STATUS[p.status] || p.status;
      if (p.status === "rejected" && p.reason) status += `(${REJECT[p.reason] || p.reason})`;
      return el("tr", { data: { id: p.id, kind: p.kind, status: p.status, job: p.job } },
        el("td", { cls: "hint", text: clock(p.ts) }),
        el("td", null, el("span", { cls: `tag kind-${p.kind}`, text: KIND[p.kind] || p.kind })),
        el("td", { cls: "text", text: p.text }),
        el("td", { cls: `status st-${p.status}`, text: status }));
    }));
    $("posts-empty").hidden = s.posts.log.length > 0;
  }

  let employersShown = "";
  function renderAfter(s) {
    const report = s.console.report;
    $("after-panel").hidden = !(s.ended || report);
    const link = $("report-link");
    link.hidden = !report;
    link.href = `/report?token=${encodeURIComponent(token)}`;
    $("report-wait").hidden = report;
    $("feedback").hidden = !s.console.feedback;
    const ids = s.employers.map((e) => e.id).join(",");
    if (ids !== employersShown) {
      employersShown = ids;
      $("fb-employer").replaceChildren(...s.employers.map((e) => {
        const option = el("option", { text: e.name });
        option.value = e.id;
        return option;
      }));
    }
  }

  function buildScores() {
    const box = $("fb-score");
    for (let n = 1; n <= 5; n++) {
      const input = el("input");
      input.type = "radio";
      input.name = "score";
      input.value = String(n);
      input.required = true;
      box.append(el("label", { cls: "pick" }, input, ` ${n}`));
    }
  }

  async function sendFeedback(ev) {
    ev.preventDefault();
    $("fb-status").textContent = "";
    const form = $("feedback");
    const picked = form.querySelector('input[name="score"]:checked');
    if (!picked) { toast("请选择评分 (pick a score)", true); return; }
    const answer = await command("/api/feedback", {
      employer: $("fb-employer").value,
      score: Number(picked.value),
      comment: $("fb-comment").value,
    });
    if (answer.ok) {
      $("fb-status").textContent = "已提交 ✓ saved";
      $("fb-comment").value = "";
      picked.checked = false;
    }
  }

  // ------------------------------------------------------------------ live connection

  let delay = 500;
  function connect() {
    const scheme = location.protocol === "https:" ? "wss" : "ws";
    const ws = new WebSocket(`${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`);
    ws.addEventListener("open", () => {
      delay = 500;
      document.body.dataset.state = "live";
      $("conn").replaceChildren(label("已连接", "live"));
    });
    ws.addEventListener("message", (ev) => render(JSON.parse(ev.data)));
    ws.addEventListener("close", () => {
      document.body.dataset.state = "offline";
      $("conn").replaceChildren(label("连接断开，重连中", "reconnecting"));
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 8000);
    });
  }

  $("pause").addEventListener("click", () => {
    if (state) command("/api/pause", { paused: !state.paused });
  });
  $("overlay-toggle").addEventListener("click", () => {
    if (state) command("/api/overlay", { hidden: !state.overlay.hidden });
  });
  $("poll-start").addEventListener("click", () => command("/api/poll", { start: true }));
  $("poll-stop").addEventListener("click", () => command("/api/poll", { start: false }));
  $("unfeature").addEventListener("click", () => feature(null, null));
  $("job-filter").addEventListener("input", applyFilter);
  $("feedback").addEventListener("submit", sendFeedback);
  buildScores();
  connect();
})();
