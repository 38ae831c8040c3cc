// Room mode: save each answer at once, keep unsent ones on the phone while offline, resend
// when back, and show the end page when the facilitator closes the workshop. No library.
"use strict";
(function () {
  var QUEUE = "diagapp-room-queue";
  var form = document.getElementById("answer");
  var status = document.getElementById("status");
  var offline = document.getElementById("offline");

  function queue() {
    try { return JSON.parse(localStorage.getItem(QUEUE) || "[]"); } catch (e) { return []; }
  }
  function keep(list) {
    try { localStorage.setItem(QUEUE, JSON.stringify(list)); } catch (e) { /* private mode */ }
  }
  function say(text) { if (status) { status.textContent = text; } }
  function ended() {
    document.getElementById("main").hidden = true;
    document.getElementById("ended").hidden = false;
    keep([]);
  }
  function setOffline(yes) { if (offline) { offline.hidden = !yes; } }

  function post(change) {
    return fetch("/api/answer", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(change)
    }).then(function (r) {
      if (r.status === 410) { ended(); return null; }
      return r.json().then(function (data) { return { ok: r.ok, data: data }; });
    });
  }

  // Send what waits in the queue, oldest first; stop at the first network failure. A call
  // made while a send is under way waits for it, then sends what is left.
  var inflight = null;
  function flush() {
    if (inflight) { return inflight.then(flush); }
    var list = queue();
    if (!list.length) { setOffline(false); return Promise.resolve(); }
    inflight = post(list[0]).then(function (result) {
      inflight = null;
      setOffline(false);
      var rest = queue().slice(1);
      keep(rest);
      if (result && form) {
        if (result.ok) { progress(result.data); say(form.dataset.saved); }
        else { say(form.dataset.refused + " : " + (result.data.error || "")); }
      }
      if (result && rest.length) { return flush(); }
    }, function () {
      inflight = null;
      setOffline(true);
    });
    return inflight;
  }

  function progress(data) {
    var bar = document.getElementById("progress");
    var label = document.getElementById("answered");
    if (bar) { bar.value = data.answered; }
    if (label) {
      label.textContent = form.dataset.answered.replace("{n}", data.answered).replace("{total}", data.total);
    }
  }

  function send(change) {
    var list = queue();
    list.push(change);
    keep(list);
    say(form.dataset.saving);
    return flush();
  }

  if (form) {
    var item = form.dataset.item;
    form.addEventListener("change", function (event) {
      var t = event.target;
      if (t.name === "level") {
        send({ item: item, level: t.value === "na" ? "na" : parseInt(t.value, 10) });
      } else if (t.name === "evidence" || t.name === "note") {
        var change = { item: item };
        change[t.name] = t.value;
        send(change);
      }
    });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var next = form.getAttribute("action");
      var change = { item: item };
      ["evidence", "note"].forEach(function (name) { change[name] = form.elements[name].value; });
      send(change).then(function () {
        if (!queue().length) {
          var n = parseInt(next.split("/").pop(), 10);
          var total = parseInt(document.getElementById("answered").dataset.total, 10);
          window.location.href = n < total ? "/item/" + (n + 1) : "/done";
        }
      });
    });
  }

  window.addEventListener("online", flush);
  setInterval(function () {
    flush();
    fetch("/api/status", { credentials: "same-origin" }).then(function (r) {
      if (r.status === 410) { ended(); }
    }, function () { setOffline(true); });
  }, 3000);
  flush();
})();
