"use strict";
// Review in the page: move a note, rename, merge or start a theme, download corrections.csv.
// No server, no network: state lives in this page until the analyst downloads the file.
(function () {
  var data = JSON.parse(document.getElementById("review-data").textContent);
  var original = data.notes;            // note id -> theme id as the run gave it
  var prints = data.prints || {};       // note id -> print of its text (records.Note.fingerprint)
  var themeOf = {};                     // note id -> theme id now
  var labels = {};                      // theme id -> label now
  var kinds = {};                       // theme id -> seeded | emergent | muu | new
  var order = [];                       // theme ids in display order
  var renamed = {};                     // theme id -> true when the analyst renamed it
  var merged = {};                      // theme id -> true when merged into another
  var corrected = {};                   // note id -> true when the run applied a correction to it
  (data.corrected || []).forEach(function (id) { corrected[id] = true; });
  var relabelled = {};                  // theme id -> true when the run's corrections renamed it
  (data.renamed || []).forEach(function (id) { relabelled[id] = true; });
  var made = {};                        // theme id -> true when the run's corrections created it
  (data.created || []).forEach(function (id) { made[id] = true; });
  Object.keys(original).forEach(function (id) { themeOf[id] = original[id]; });
  data.themes.forEach(function (t) { labels[t.id] = t.label; kinds[t.id] = t.kind; order.push(t.id); });
  // meeting talk: a move target beside the themes, no theme (review 40 #20); a note set aside
  // gets status chatter in the next run, and a chatter note moved to a theme is kept again
  var CHATTER = data.chatter.id;
  labels[CHATTER] = data.chatter.label;

  function each(selector, fn, root) {
    Array.prototype.forEach.call((root || document).querySelectorAll(selector), fn);
  }
  function byTheme(selector, theme) {
    return Array.prototype.filter.call(document.querySelectorAll(selector), function (el) {
      return el.getAttribute("data-theme") === theme;
    });
  }
  function themeKey(name) {
    var words = name.toLowerCase().match(/[\p{L}\p{N}_]+/gu);
    return words ? words.join("-") : "oma";
  }
  function options(select, current, skip, talk) {
    while (select.firstChild) { select.removeChild(select.firstChild); }
    order.concat(talk ? [CHATTER] : []).forEach(function (id) {
      if (merged[id] || id === skip) { return; }
      var option = document.createElement("option");
      option.value = id;
      option.textContent = id === CHATTER ? labels[id] : labels[id] + " (" + id + ")";
      select.appendChild(option);
    });
    if (current) { select.value = current; }
  }
  function refreshSelects() {
    each("[data-note] select.move", function (select) {
      options(select, themeOf[select.closest("[data-note]").getAttribute("data-note")], null, true);
    });
    each(".card", function (card) {
      options(card.querySelector("select.merge-target"), null, card.getAttribute("data-theme"));
    });
  }
  function refreshCounts() {
    var sizes = {};
    Object.keys(themeOf).forEach(function (id) { sizes[themeOf[id]] = (sizes[themeOf[id]] || 0) + 1; });
    order.forEach(function (theme) {
      byTheme(".theme-size", theme).forEach(function (el) { el.textContent = String(sizes[theme] || 0); });
    });
    // the meeting-talk section this page made counts the notes it lists (the run's own
    // meeting talk stays in the set-aside table; review 41 #9: its count was empty)
    byTheme("section.theme-notes", CHATTER).forEach(function (talk) {
      talk.querySelector(".theme-size").textContent = String(talk.querySelectorAll("li[data-note]").length);
    });
    // what the header's line of applied corrections counts (review 54 #3): the notes the
    // file corrects and the themes named, not the file's theme rows that anchor a theme;
    // renamed and new themes apart, as the header says them (review 56 #2)
    var notes = rows().slice(1).filter(function (row) { return row[0] !== ""; }).length;
    var fresh = order.filter(function (theme) {
      return (kinds[theme] === "new" || made[theme]) && !merged[theme];
    }).length;
    var themes = order.filter(function (theme) {
      return (renamed[theme] || relabelled[theme]) && !merged[theme] && kinds[theme] !== "new" && !made[theme];
    }).length;
    document.getElementById("corrected-notes").textContent = String(notes);
    document.getElementById("renamed-themes").textContent = String(themes);
    document.getElementById("new-themes").textContent = String(fresh);
    document.getElementById("correction-count").textContent = String(notes + themes + fresh);
  }
  var sectionsMade = 0;  // sections this page made: "teema-uusi-1", "teema-uusi-2", …
  function section(theme) {
    var found = byTheme("section.theme-notes", theme)[0];
    if (found) { return found; }
    var created = document.createElement("section");
    created.className = "theme-notes";
    created.setAttribute("data-theme", theme);
    // meeting talk is never in `order`: its own id; each new theme the next of this page's
    // numbers (the run's sections are "teema-N"; review 41 #9: a duplicate id)
    created.id = theme === CHATTER ? "teema-kokouspuhe" : "teema-uusi-" + (++sectionsMade);
    var heading = document.createElement("h3");
    var label = document.createElement("span");
    label.className = "theme-label";
    label.setAttribute("data-theme", theme);
    label.textContent = labels[theme];
    var count = document.createElement("span");
    count.className = "count";
    var size = document.createElement("span");
    size.className = "theme-size";
    size.setAttribute("data-theme", theme);
    count.appendChild(document.createTextNode(" ("));
    count.appendChild(size);
    count.appendChild(document.createTextNode(")"));
    heading.appendChild(label);
    heading.appendChild(count);
    created.appendChild(heading);
    var list = document.createElement("ol");
    list.className = "notes";
    created.appendChild(list);
    document.getElementById("muistiinpanot").appendChild(created);
    return created;
  }
  function move(noteId, theme) {
    themeOf[noteId] = theme;
    var item = document.querySelector('[data-note="' + CSS.escape(noteId) + '"]');
    if (!item) { return; }
    item.setAttribute("data-theme", theme);
    item.classList.toggle("moved", theme !== original[noteId]);
    // a row of the set-aside table stays there, marked as moved
    if (item.tagName === "LI") { section(theme).querySelector("ol.notes").appendChild(item); }
    var anchor = data.anchors[noteId];
    each("#ryhmat a", function (link) {
      if (link.getAttribute("href") === "#" + anchor) {
        var span = link.parentNode.querySelector(".theme-label");
        span.setAttribute("data-theme", theme);
        span.textContent = labels[theme];
      }
    });
    each("svg.map circle", function (circle) {
      if (circle.parentNode.getAttribute("href") === "#" + anchor) {
        circle.setAttribute("data-theme", theme);
        var swatch = byTheme(".card", theme)[0];
        if (swatch) { circle.setAttribute("fill", getComputedStyle(swatch).getPropertyValue("--c").trim()); }
      }
    });
  }
  function rename(theme, label) {
    label = label.replace(/\s+/g, " ").trim();
    if (!label || label === labels[theme]) { return; }
    labels[theme] = label;
    renamed[theme] = true;
    byTheme(".theme-label", theme).forEach(function (el) { el.textContent = label; });
  }
  function merge(from, into) {
    if (!into || from === into) { return; }
    Object.keys(themeOf).forEach(function (id) { if (themeOf[id] === from) { move(id, into); } });
    merged[from] = true;
    merged[into] = false;
    byTheme(".card", from).forEach(function (card) { card.classList.add("merged"); });
  }
  function addTheme(label) {
    label = label.replace(/\s+/g, " ").trim();
    if (!label) { return null; }
    var key = themeKey(label);
    if (key === CHATTER) { key += "-teema"; }  // a theme named so is no meeting talk
    if (!(key in labels)) { order.push(key); kinds[key] = "new"; }
    labels[key] = label;
    renamed[key] = true;
    section(key);
    return key;
  }
  // The rows of corrections.csv (id,theme,label,members). A note row for every note whose
  // theme changed, and for every note the run had already corrected (so that a second round
  // of review keeps the first), with its theme's label when the theme was renamed; its id is
  // written `id#print`, as a member is, so that the next run finds the note by its text when
  // a line added or deleted above it moved the id (mend70). A theme
  // row (no id) for each theme renamed, and for each emergent theme a note moved into or out
  // of: it renames the theme (or, without a label, only anchors it) and confirms none of its
  // notes; its members are the notes the run placed in it, one `id#print` a line, by which the next
  // run finds the theme even when its clusters are numbered anew.
  // A note id with the print of the text this page shows (`id#print`,
  // records.Note.fingerprint; with --redact, of the redacted text: review 39 #2); the id
  // alone for a note without one.
  function printed(id) {
    return prints[id] ? id + "#" + prints[id] : id;
  }
  function rows() {
    var anchor = {};
    (data.themeRows || []).forEach(function (t) { anchor[t] = true; });
    Object.keys(renamed).forEach(function (t) { anchor[t] = true; });
    var out = [["id", "theme", "label", "members"]];
    Object.keys(themeOf).sort().forEach(function (id) {
      var theme = themeOf[id];
      if (theme !== original[id]) {
        if (kinds[theme] === "emergent") { anchor[theme] = true; }
        if (kinds[original[id]] === "emergent") { anchor[original[id]] = true; }
      }
      if (theme !== original[id] || corrected[id]) {
        var keepLabel = renamed[theme] || (corrected[id] && theme !== "muu" && theme !== CHATTER);
        out.push([printed(id), theme, keepLabel ? labels[theme] : "", ""]);
      }
    });
    order.forEach(function (theme) {
      if (!anchor[theme] || merged[theme] || kinds[theme] === "new" || theme === "muu") { return; }
      var members = Object.keys(original).filter(function (id) { return original[id] === theme; });
      var label = renamed[theme] || relabelled[theme] ? labels[theme] : "";
      // each member with its text's print (id#print): a line deleted above it moves the id
      // onto another note, and the next run then finds the note by its text
      members = members.sort().map(printed);
      if (label || members.length) { out.push(["", theme, label, members.join("\n")]); }
    });
    return out;
  }
  // Every cell quoted, and formula-guarded as report/cells.py guards the CSV outputs: a cell
  // that starts with = + - @ tab, CR or ' gets a leading ' (the reader drops one).
  function csv(table) {
    return table.map(function (row) {
      return row.map(function (cell) {
        var text = String(cell);
        if (/^[__FORMULA_STARTS__]/.test(text)) { text = "'" + text; }
        return '"' + text.replace(/"/g, '""') + '"';
      }).join(",");
    }).join("\r\n") + "\r\n";
  }
  function download() {
    var blob = new Blob([csv(rows())], { type: "text/csv;charset=utf-8" });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = "corrections.csv";
    document.body.appendChild(link);
    link.click();
    setTimeout(function () { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
  }

  document.getElementById("review-bar").hidden = false;
  each(".card-review, .move-label", function (el) { el.hidden = false; });
  refreshSelects();
  refreshCounts();
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches("select.move")) {
      move(target.closest("[data-note]").getAttribute("data-note"), target.value);
      refreshCounts();
    }
  });
  document.addEventListener("click", function (event) {
    var target = event.target;
    var card = target.closest ? target.closest(".card") : null;
    if (target.matches("button.rename") && card) {
      rename(card.getAttribute("data-theme"), card.querySelector(".rename-input").value);
      refreshSelects();
      refreshCounts();
    } else if (target.matches("button.merge") && card) {
      merge(card.getAttribute("data-theme"), card.querySelector("select.merge-target").value);
      refreshSelects();
      refreshCounts();
    } else if (target.id === "new-theme") {
      var input = document.getElementById("new-theme-label");
      if (addTheme(input.value)) { input.value = ""; refreshSelects(); refreshCounts(); }
    } else if (target.id === "download") {
      download();
    }
  });
})();
