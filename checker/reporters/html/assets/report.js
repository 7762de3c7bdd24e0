(function () {
  "use strict";
  var all = function (selector, root) {
    return Array.prototype.slice.call((root || document).querySelectorAll(selector));
  };
  var boxes = all('fieldset.filter input[type="checkbox"]');
  var marks = all("mark[data-families]");
  var items = all("ol.findings li[data-family]");
  var tip = document.getElementById("tip");
  var shown = document.getElementById("shown");
  var tipFor = null;

  function enabled() {
    var on = {};
    boxes.forEach(function (box) { on[box.getAttribute("data-family")] = box.checked; });
    return on;
  }

  function isOn(on, family) { return on[family] !== false; }

  // Marks, list items and summary rows follow the filters; so do every count on the page.
  function apply() {
    var on = enabled();
    marks.forEach(function (mark) {
      var active = mark.getAttribute("data-findings").split(" ").filter(function (i) {
        var item = document.getElementById("d-" + i);
        return !item || isOn(on, item.getAttribute("data-family"));
      });
      var off = active.length === 0;
      mark.classList.toggle("off", off);
      mark.setAttribute("tabindex", off || mark.hasAttribute("data-cont") ? "-1" : "0");
      if (!off) {
        var first = document.getElementById("d-" + active[0]);
        if (first) { mark.setAttribute("data-family", first.getAttribute("data-family")); }
      }
    });
    var total = 0;
    items.forEach(function (item) {
      var off = !isOn(on, item.getAttribute("data-family"));
      item.classList.toggle("off", off);
      if (!off) { total += 1; }
    });
    all("table.summary tr[data-family]").forEach(function (row) {
      row.classList.toggle("off", !isOn(on, row.getAttribute("data-family")));
    });
    all("section.file").forEach(function (section) {
      var count = all("ol.findings li[data-family]:not(.off)", section).length;
      var label = section.querySelector("h2 .count");
      if (label) { label.textContent = count + (count === 1 ? " finding" : " findings"); }
      all("tr.segment", section).forEach(function (row) {
        var ids = (row.getAttribute("data-findings") || "").split(" ").filter(Boolean);
        var live = ids.some(function (i) {
          var item = document.getElementById("d-" + i);
          return item && !item.classList.contains("off");
        });
        row.classList.toggle("has-findings", live);
      });
    });
    if (shown) { shown.textContent = String(total); }
    if (tipFor && tipFor.classList.contains("off")) { hideTip(); }
  }

  // One tooltip: every finding of the piece under the pointer (or focused), each apart.
  function showTip(mark) {
    var parts = mark.getAttribute("data-findings").split(" ").map(function (i) {
      return document.getElementById("d-" + i);
    }).filter(function (item) { return item && !item.classList.contains("off"); });
    if (!parts.length) { hideTip(); return; }
    tip.innerHTML = "";
    parts.forEach(function (item) {
      var detail = item.querySelector(".detail");
      var entry = document.createElement("div");
      entry.className = "tip-item";
      entry.innerHTML = detail ? detail.innerHTML : item.innerHTML;
      tip.appendChild(entry);
    });
    var box = mark.getBoundingClientRect();
    tip.hidden = false;
    var left = Math.min(box.left + window.scrollX,
      window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(window.scrollX + 4, left) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    tipFor = mark;
  }

  function hideTip() { tip.hidden = true; tipFor = null; }

  var hideTimer = null;
  function later() { hideTimer = setTimeout(hideTip, 250); }
  function keep() { if (hideTimer) { clearTimeout(hideTimer); hideTimer = null; } }

  marks.forEach(function (mark) {
    mark.addEventListener("mouseenter", function () {
      keep(); if (!mark.classList.contains("off")) { showTip(mark); }
    });
    mark.addEventListener("mouseleave", later);
    mark.addEventListener("focus", function () {
      keep(); if (!mark.classList.contains("off")) { showTip(mark); }
    });
    mark.addEventListener("blur", later);
  });
  tip.addEventListener("mouseenter", keep);
  tip.addEventListener("mouseleave", later);

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hideTip(); return; }
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.target && /^(INPUT|TEXTAREA|SELECT)$/.test(event.target.tagName)) { return; }
    var step = { j: 1, n: 1, k: -1, p: -1 }[event.key];
    if (!step) { return; }
    var visible = marks.filter(function (m) {
      return !m.classList.contains("off") && !m.hasAttribute("data-cont");
    });
    if (!visible.length) { return; }
    var index = visible.indexOf(document.activeElement);
    var next = index < 0 ? (step > 0 ? 0 : visible.length - 1)
      : (index + step + visible.length) % visible.length;
    visible[next].focus();
    event.preventDefault();
  });
  apply();
  document.documentElement.setAttribute("data-ready", "1");
})();
