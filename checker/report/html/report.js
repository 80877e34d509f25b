/* crosscheck proofing report: the documents, the figure marks, the findings panel.
   Reads the page's JSON (#data); builds every text node with textContent, never innerHTML,
   so no text from a document can become markup. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var data = JSON.parse(document.getElementById("data").textContent);
  var figs = data.figs, docs = data.docs, findings = data.findings;
  var CHUNK = 40;  // paragraphs rendered at a time, as they come near the view
  var STORE = "crosscheck-decisions";
  var CHOICES = [["", "decision…"], ["accept", "accept"], ["fix", "fix"],
                 ["not an error", "not an error"]];
  var BASELINE = {"accept": "accept", "not an error": "ignore", "fix": ""};
  var selected = null;  // the figure clicked or jumped to: {current: n, pair: [n, ...]}
  var labels = {};
  data.statuses.forEach(function (pair) { labels[pair[0]] = pair[1]; });

  var figPara = new Array(figs.length);  // figure -> paragraph index in its document
  docs.forEach(function (doc) {
    doc.paras.forEach(function (para, p) {
      for (var i = 1; i < para.length; i++) {
        if (typeof para[i] !== "string") { figPara[para[i][0]] = p; }
      }
    });
  });

  // --- the documents, rendered a chunk at a time -------------------------------------------
  var columns = Array.prototype.slice.call(document.querySelectorAll(".doc"));
  var chunks = [];  // per document: [{el, from, to, done}]
  if (columns.length > 2) { document.getElementById("docs").classList.add("many"); }

  function estimate(doc, from, to, width) {
    var perLine = Math.max(10, Math.floor(width / 15));
    var lines = 0;
    for (var p = from; p < to; p++) {
      var length = 0, para = doc.paras[p];
      for (var i = 1; i < para.length; i++) {
        length += (typeof para[i] === "string" ? para[i] : para[i][1]).length;
      }
      lines += Math.ceil(Math.max(1, length) / perLine) + 0.4;
    }
    return Math.round(lines * 24);
  }

  function renderChunk(d, c) {
    var chunk = chunks[d][c];
    if (chunk.done) { return; }
    chunk.done = true;
    var doc = docs[d], fragment = document.createDocumentFragment();
    for (var p = chunk.from; p < chunk.to; p++) {
      var para = doc.paras[p], el = document.createElement("p");
      el.className = "para";
      var number = document.createElement("span");
      number.className = "n";
      number.textContent = para[0];
      el.appendChild(number);
      for (var i = 1; i < para.length; i++) {
        var part = para[i];
        if (typeof part === "string") {
          el.appendChild(document.createTextNode(part));
        } else {
          var mark = document.createElement("span");
          var status = figs[part[0]].s || "unaligned";
          mark.className = "fig s-" + status;
          mark.id = "fig-" + part[0];
          mark.tabIndex = 0;
          mark.setAttribute("role", "button");
          mark.setAttribute("aria-label", part[1] + ": " + labels[status]);
          mark.dataset.f = part[0];
          mark.textContent = part[1];
          el.appendChild(mark);
        }
      }
      fragment.appendChild(el);
    }
    chunk.el.textContent = "";
    chunk.el.appendChild(fragment);
    chunk.el.classList.remove("pending");
    chunk.el.style.minHeight = "";
    if (selected !== null) { highlight(); }
  }

  function renderAll() {
    chunks.forEach(function (list, d) {
      list.forEach(function (_, c) { renderChunk(d, c); });
    });
  }

  columns.forEach(function (column, d) {
    var doc = docs[d], body = column.querySelector(".body"), scroll = column.querySelector(".scroll");
    var heading = column.querySelector(".path");
    var role = document.createElement("span");
    role.className = "role";
    role.textContent = " · " + doc.count + " figures" + (doc.reference ? " · reference" : "");
    heading.appendChild(role);
    var width = Math.max(200, scroll.clientWidth - 60);
    var list = [];
    var observer = "IntersectionObserver" in window ? new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          renderChunk(d, Number(entry.target.dataset.c));
        }
      });
    }, {root: scroll, rootMargin: "1200px 0px"}) : null;
    for (var from = 0, c = 0; from < doc.paras.length; from += CHUNK, c++) {
      var el = document.createElement("div");
      el.className = "chunk pending";
      el.dataset.c = c;
      var to = Math.min(doc.paras.length, from + CHUNK);
      el.style.minHeight = estimate(doc, from, to, width) + "px";
      body.appendChild(el);
      list.push({el: el, from: from, to: to, done: false});
      if (observer) { observer.observe(el); }
    }
    chunks.push(list);
    if (!observer) { list.forEach(function (_, i) { renderChunk(d, i); }); }
  });
  window.addEventListener("beforeprint", renderAll);

  function figureElement(n) {
    var el = document.getElementById("fig-" + n);
    if (el) { return el; }
    var f = figs[n];
    if (figPara[n] === undefined) { return null; }
    renderChunk(f.d, Math.floor(figPara[n] / CHUNK));
    return document.getElementById("fig-" + n);
  }

  function reveal(n) {
    var el = figureElement(n);
    if (el) {
      columns[figs[n].d].scrollIntoView({block: "nearest", inline: "nearest"});
      el.scrollIntoView({block: "center", inline: "nearest"});
    }
    return el;
  }

  // --- selecting a figure: it and its counterparts, each document scrolled to them ---------

  function highlight() {
    Array.prototype.forEach.call(document.querySelectorAll(".fig.pair, .fig.current"),
      function (el) { el.classList.remove("pair", "current"); });
    if (selected === null) { return; }
    selected.pair.forEach(function (n) {
      var el = document.getElementById("fig-" + n);
      if (el) { el.classList.add(n === selected.current ? "current" : "pair"); }
    });
  }

  // With more documents than fit side by side, the documents of a pair are set next to
  // each other (the others keep their order; the reference stays first), so that both figures
  // can be in view at once.
  function beside(pair) {
    var docs = [];
    pair.forEach(function (n) { if (docs.indexOf(figs[n].d) < 0) { docs.push(figs[n].d); } });
    if (docs.indexOf(0) > 0) { docs.splice(docs.indexOf(0), 1); docs.unshift(0); }  // stays first
    var order = columns.map(function (_, d) { return d; })
      .filter(function (d) { return docs.indexOf(d) < 1; });
    order.splice.apply(order, [order.indexOf(docs[0]) + 1, 0].concat(docs.slice(1)));
    order.forEach(function (d, at) { columns[d].style.order = String(at); });
  }

  function show(current, others) {
    var pair = [current].concat(others.filter(function (n) { return n !== current; }));
    selected = {current: current, pair: pair};
    beside(pair);
    var seen = {};
    pair.forEach(function (n) {  // the first figure of each document is scrolled to
      if (!seen[figs[n].d]) { seen[figs[n].d] = true; reveal(n); }
    });
    reveal(current);
    highlight();
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest(".fig[data-f]") : null;
    if (mark) {
      var n = Number(mark.dataset.f);
      var partners = figs[n].c || [];
      // The figures of its first finding come last, so theirs is the column left in view.
      var first = figs[n].f ? findings[figs[n].f[0]].figs : [];
      var shown = {};  // a figure per other document, its first finding's if it has one
      shown[figs[n].d] = n;
      first.concat(partners).forEach(function (m) {
        if (!(figs[m].d in shown)) { shown[figs[m].d] = m; }
      });
      beside([n].concat(first, partners));
      partners.filter(function (m) { return first.indexOf(m) < 0; }).concat(first)
        .forEach(function (m) { if (shown[figs[m].d] === m && m !== n) { reveal(m); } });
      // and back to the clicked figure's column: the next one over stays in view beside it
      columns[figs[n].d].scrollIntoView({block: "nearest", inline: "nearest"});
      selected = {current: n, pair: [n].concat(partners)};
      highlight();
      if (figs[n].f) { setCurrent(items[figs[n].f[0]], false); }
      return;
    }
    var link = event.target.closest ? event.target.closest("a[data-fig]") : null;
    if (link) {
      event.preventDefault();
      var item = link.closest(".finding");
      setCurrent(item, false);
      var target = Number(link.dataset.fig);
      show(target, findings[Number(item.dataset.i)].figs);
    }
  });

  // --- the tooltip ---------------------------------------------------------------------------
  var tip = document.getElementById("tip");

  function row(list, name, value) {
    if (value === "" || value === null || value === undefined) { return; }
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = name;
    dd.textContent = value;
    list.appendChild(dt);
    list.appendChild(dd);
  }

  function where(f) {
    var at = docs[f.d].path + ":" + f.line + ":" + f.col;
    return f.place ? at + " (" + f.place + ")" : at;
  }

  function describe(n) {
    var f = figs[n];
    return f.text + " = " + f.value + (f.unit ? " " + f.unit : "") + " (" + where(f) + ")";
  }

  function showTip(el) {
    var n = Number(el.dataset.f), f = figs[n];
    tip.textContent = "";
    var list = document.createElement("dl");
    row(list, "status", labels[f.s || "unaligned"]);
    row(list, "value", f.value);
    row(list, "interval", f.interval);
    row(list, "unit", f.unit);
    row(list, "qualifier", f.qualifier);
    row(list, "metric", f.metric);
    if (f.extra) { Object.keys(f.extra).forEach(function (k) { row(list, k, f.extra[k]); }); }
    row(list, "kind", f.kind);
    row(list, "where", where(f));
    tip.appendChild(list);
    if (f.c) {
      var differs = {};  // the counterparts a mismatch finding sets it against
      (f.f || []).forEach(function (i) {
        if (findings[i].kind === "mismatch") {
          findings[i].figs.forEach(function (m) { differs[m] = true; });
        }
      });
      var head = document.createElement("div");
      head.textContent = "counterparts:";
      var ul = document.createElement("ul");
      f.c.forEach(function (m) {
        var li = document.createElement("li");
        li.textContent = (differs[m] ? "✗ differs: " : "") + describe(m);
        ul.appendChild(li);
      });
      tip.appendChild(head);
      tip.appendChild(ul);
    }
    tip.hidden = false;
    var box = el.getBoundingClientRect(), own = tip.getBoundingClientRect();
    var top = box.bottom + 6;
    if (top + own.height > window.innerHeight) { top = Math.max(0, box.top - own.height - 6); }
    tip.style.top = top + "px";
    tip.style.left = Math.max(0, Math.min(box.left, window.innerWidth - own.width - 4)) + "px";
  }

  function hideTip() { tip.hidden = true; }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var mark = event.target.closest ? event.target.closest(".fig[data-f]") : null;
      if (mark) { showTip(mark); }
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      if (event.target.closest && event.target.closest(".fig[data-f]")) { hideTip(); }
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll(".scroll"), function (s) {
    s.addEventListener("scroll", hideTip, {passive: true});
  });

  // --- the findings panel: filters, keyboard, decisions -------------------------------------
  var items = Array.prototype.slice.call(document.querySelectorAll("#list > .finding"));
  var form = document.getElementById("filters");
  var shown = document.getElementById("shown");
  var current = null;
  form.hidden = false;

  function applyFilters() {
    var kinds = {}, levels = {};
    Array.prototype.forEach.call(form.querySelectorAll("input[name=kind]"),
      function (box) { kinds[box.value] = box.checked; });
    Array.prototype.forEach.call(form.querySelectorAll("input[name=level]"),
      function (box) { levels[box.value] = box.checked; });
    var doc = form.elements.document.value;
    var query = form.elements.metric.value.trim().toLowerCase();
    var count = 0;
    items.forEach(function (item) {
      var f = findings[Number(item.dataset.i)];
      var visible = kinds[f.kind] !== false && levels[f.level] !== false &&
        (doc === "" || f.docs.indexOf(Number(doc)) >= 0) &&
        (query === "" || f.metric.toLowerCase().indexOf(query) >= 0);
      item.hidden = !visible;
      if (visible) { count++; }
    });
    shown.textContent = count === items.length ? "" : " (" + count + " shown)";
    if (current && current.hidden) { setCurrent(null, false); }
  }
  form.addEventListener("input", applyFilters);
  form.addEventListener("change", applyFilters);
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  function setCurrent(item, focus) {
    if (current) { current.classList.remove("current"); current.removeAttribute("aria-current"); }
    current = item || null;
    if (!current) { return; }
    current.classList.add("current");
    current.setAttribute("aria-current", "true");
    if (focus) { current.focus({preventScroll: true}); }
    current.scrollIntoView({block: "nearest"});
  }

  function step(direction) {
    var visible = items.filter(function (item) { return !item.hidden; });
    if (!visible.length) { return; }
    var at = visible.indexOf(current);
    var next = at < 0 ? (direction > 0 ? 0 : visible.length - 1)
                      : Math.max(0, Math.min(visible.length - 1, at + direction));
    setCurrent(visible[next], true);
  }

  function jump(item) {
    var f = findings[Number(item.dataset.i)];
    if (f.figs.length) { show(f.figs[0], f.figs); }
  }

  document.addEventListener("keydown", function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    if (event.key === "Escape") {
      hideTip();
      selected = null;
      highlight();
      return;
    }
    if (target.closest && target.closest("input, select, textarea, button")) { return; }
    var key = event.key;
    if (key === "j" || (key === "ArrowDown" && !target.closest("#docs"))) {
      event.preventDefault();
      step(1);
    } else if (key === "k" || (key === "ArrowUp" && !target.closest("#docs"))) {
      event.preventDefault();
      step(-1);
    } else if (key === "Enter") {
      var mark = target.closest(".fig[data-f]");
      if (mark) { mark.click(); event.preventDefault(); return; }
      if (current) { event.preventDefault(); jump(current); }
    }
  });
  items.forEach(function (item) {
    item.addEventListener("dblclick", function () { setCurrent(item, true); jump(item); });
  });

  var decisions = {}, stored = true;
  try {
    decisions = JSON.parse(window.localStorage.getItem(STORE) || "{}") || {};
  } catch (error) {
    stored = false;
  }
  var decided = document.getElementById("decided");

  function save() {
    try {
      window.localStorage.setItem(STORE, JSON.stringify(decisions));
    } catch (error) {
      stored = false;
    }
    var count = 0;
    items.forEach(function (item) {
      var d = decisions[findings[Number(item.dataset.i)].fp];
      var has = !!(d && d.decision);
      item.classList.toggle("decided", has);
      item.dataset.decision = d ? [d.decision, d.note].filter(Boolean).join(": ") : "";
      if (has) { count++; }
    });
    decided.textContent = count + " of " + items.length + " decided" +
      (stored ? "" : " (not kept: this browser blocks local storage here)");
  }

  items.forEach(function (item) {
    var fp = findings[Number(item.dataset.i)].fp;
    var box = document.createElement("div");
    box.className = "decision";
    var select = document.createElement("select");
    select.setAttribute("aria-label", "decision");
    CHOICES.forEach(function (choice) {
      var option = document.createElement("option");
      option.value = choice[0];
      option.textContent = choice[1];
      select.appendChild(option);
    });
    var note = document.createElement("input");
    note.type = "text";
    note.placeholder = "note";
    note.setAttribute("aria-label", "note");
    var mine = decisions[fp] || {};
    select.value = mine.decision || "";
    note.value = mine.note || "";
    function keep() {
      if (select.value || note.value) {
        decisions[fp] = {decision: select.value, note: note.value};
      } else {
        delete decisions[fp];
      }
      save();
    }
    select.addEventListener("change", keep);
    note.addEventListener("input", keep);
    box.appendChild(select);
    box.appendChild(note);
    item.appendChild(box);
  });
  save();

  function cell(value) {
    var text = String(value);
    if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-]?[0-9.,]+%?$/.test(text))) {
      text = "'" + text;
    }
    return /[",\r\n]/.test(text) ? "\"" + text.replace(/"/g, "\"\"") + "\"" : text;
  }

  // The CSV of --format csv (a row per finding and figure), the editor's decisions filled in:
  // accept -> accept, not an error -> ignore (both leave the finding out with --baseline),
  // fix -> nothing (it should come back until fixed); the choice and note in two more columns.
  function exportCsv() {
    var columns = data.columns, lines = [columns.concat(["editor", "note"]).map(cell).join(",")];
    findings.forEach(function (finding, i) {
      var mine = decisions[finding.fp] || {};
      var common = {finding: i + 1, rule: finding.rule, level: finding.level,
                    kind: finding.kind, metric: finding.metric, message: finding.message,
                    decision: BASELINE[mine.decision || ""] || "", fingerprint: finding.fp};
      var places = finding.places ? finding.places.map(function (p) {
        return {document: p[0], line: p[1], column: p[2]};
      }) : finding.figs.map(function (n) {
        var f = figs[n];
        return {document: docs[f.d].path, line: f.line, column: f.col, where: f.place,
                figure: f.text, value: f.value, unit: f.unit};
      });
      places.forEach(function (place) {
        var cells = columns.map(function (name) {
          var value = name in common ? common[name] : place[name];
          return value === undefined || value === null ? "" : value;
        });
        lines.push(cells.concat([mine.decision || "", mine.note || ""]).map(cell).join(","));
      });
    });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }

  document.getElementById("export").addEventListener("click", function () {
    var blob = new Blob([exportCsv()], {type: "text/csv;charset=utf-8"});
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "decisions.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  });
  applyFilters();
}());
