// mailsort review station: keyboard shortcuts, client type-ahead, page zoom/rotate.
// No inline scripts anywhere (the Content-Security-Policy forbids them); text is set with
// textContent only, never innerHTML, because names and subjects come from strangers.
"use strict";

function typing(ev) {
  const t = ev.target;
  return t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));
}

function go(href) { if (href) window.location.href = href; }

function initQueue() {
  const rows = Array.from(document.querySelectorAll("tr.row"));
  let at = 0;
  const mark = () => rows.forEach((r, i) => r.classList.toggle("selected", i === at));
  if (rows.length) mark();
  rows.forEach((r, i) => r.addEventListener("click", (ev) => {
    if (ev.target.tagName !== "A") go(r.dataset.href);
  }));
  document.addEventListener("keydown", (ev) => {
    if (typing(ev) || ev.ctrlKey || ev.metaKey || ev.altKey || !rows.length) return;
    if (ev.key === "j") { at = Math.min(rows.length - 1, at + 1); mark(); rows[at].scrollIntoView({block: "nearest"}); }
    else if (ev.key === "k") { at = Math.max(0, at - 1); mark(); rows[at].scrollIntoView({block: "nearest"}); }
    else if (ev.key === "Enter" || ev.key === "o") go(rows[at].dataset.href);
    else return;
    ev.preventDefault();
  });
}

function initViewer() {
  const pages = document.getElementById("pages");
  if (!pages) return;
  let zoom = 1, turn = 0;
  const apply = () => pages.querySelectorAll("img.page").forEach((img) => {
    img.style.width = (zoom * 100) + "%";
    img.style.transform = turn ? "rotate(" + turn + "deg)" : "";
  });
  const zoomBy = (d) => { zoom = Math.max(0.25, Math.min(4, zoom * (d > 0 ? 1.25 : 0.8))); apply(); };
  const rotate = () => { turn = (turn + 90) % 360; apply(); };
  document.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => zoomBy(+b.dataset.zoom)));
  document.querySelectorAll("[data-rotate]").forEach((b) => b.addEventListener("click", rotate));
  return {zoomBy, rotate};
}

function initClientPicker(form) {
  const hidden = document.getElementById("client-id");
  const chosen = document.getElementById("client-chosen");
  const search = document.getElementById("client-search");
  const list = document.getElementById("client-results");
  let results = [], at = 0, timer = null;
  const choose = (id, name) => { hidden.value = id; chosen.textContent = name; form.dataset.changed = "1"; };
  document.querySelectorAll("button.sugg").forEach((b) =>
    b.addEventListener("click", () => choose(b.dataset.client, b.dataset.name)));
  const draw = () => {
    list.replaceChildren(...results.map((r, i) => {
      const li = document.createElement("li");
      li.setAttribute("role", "option");
      li.className = i === at ? "active" : "";
      li.textContent = r.name + " · Postfach " + r.mailbox + " · " + r.match;
      li.addEventListener("mousedown", (ev) => { ev.preventDefault(); pick(i); });
      return li;
    }));
  };
  const pick = (i) => {
    const r = results[i];
    if (!r) return;
    choose(r.id, r.name);
    results = []; draw(); search.value = ""; search.blur();
  };
  const lookup = async () => {
    const q = search.value.trim();
    if (!q) { results = []; draw(); return; }
    const resp = await fetch("/api/clients?q=" + encodeURIComponent(q), {credentials: "same-origin",
                                                                         headers: {"Accept": "application/json"}});
    if (!resp.ok) return;
    results = await resp.json(); at = 0; draw();
  };
  search.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(lookup, 120); });
  search.addEventListener("keydown", (ev) => {
    if (ev.key === "ArrowDown") { at = Math.min(results.length - 1, at + 1); draw(); }
    else if (ev.key === "ArrowUp") { at = Math.max(0, at - 1); draw(); }
    else if (ev.key === "Enter") { clearTimeout(timer); if (results.length) pick(at); else lookup(); }
    else if (ev.key === "Escape") { results = []; draw(); search.blur(); }
    else return;
    ev.preventDefault();
  });
  return search;
}

// While the page is open, renew the claim every few minutes; if someone took it over, say so.
function keepClaim(box) {
  const token = document.querySelector("meta[name=csrf-token]").content;
  const banner = document.getElementById("claim-lost");
  const renew = async () => {
    const resp = await fetch("/api/items/" + box.dataset.item + "/claim", {
      method: "POST", credentials: "same-origin", headers: {"X-CSRF-Token": token, "Accept": "application/json"}});
    if (!resp.ok) return;
    const state = await resp.json();
    if (state.decision === "review" && !state.mine && banner) {
      banner.textContent = "Held by " + state.holder + " until " + state.until + " — reload to take it over.";
      banner.hidden = false;
    }
  };
  setInterval(renew, 3 * 60 * 1000);
  return renew;
}

function initItem() {
  const box = document.querySelector(".item");
  if (box.dataset.review === "1" && !box.dataset.heldBy) keepClaim(box);
  const viewer = initViewer();
  const form = document.getElementById("decide");
  const back = document.getElementById("return-form");
  const bar = document.getElementById("confirm-bar");
  const search = form ? initClientPicker(form) : null;
  const cats = Array.from(document.querySelectorAll("input[name=category]"));
  let confirming = false;
  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (typing(ev)) { if (ev.key === "Escape") ev.target.blur(); return; }
    const k = ev.key;
    if (confirming && k !== "n") { confirming = false; bar.hidden = true; if (k === "Escape") { ev.preventDefault(); return; } }
    if (k === "a" && form) form.requestSubmit();
    else if (k === "c" && search) search.focus();
    else if (k === "t" && document.getElementById("take-over")) document.getElementById("take-over").click();
    else if (k === "e" && form) form.querySelector("input[name=sender]").focus();
    else if (/^[0-9]$/.test(k) && cats.length) { const c = cats[(+k + 9) % 10]; if (c) c.checked = true; }
    else if (k === "n" && back) {
      if (confirming) back.requestSubmit(); else { confirming = true; bar.hidden = false; }
    }
    else if (k === "j") go(box.dataset.next ? "/items/" + box.dataset.next : null);
    else if (k === "k") go(box.dataset.prev ? "/items/" + box.dataset.prev : null);
    else if ((k === "+" || k === "=") && viewer) viewer.zoomBy(1);
    else if (k === "-" && viewer) viewer.zoomBy(-1);
    else if (k === "r" && viewer) viewer.rotate();
    else return;
    ev.preventDefault();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  const page = document.body.dataset.page;
  if (page === "queue") initQueue();
  else if (page === "item") initItem();
});
