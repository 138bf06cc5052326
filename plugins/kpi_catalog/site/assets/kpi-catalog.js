/*
 * kpi-catalog: filters and sorting for the overview table. Progressive enhancement: the
 * table is complete without this script; the filters stay hidden until it runs. On every
 * page of the site, too: search results in the page's language, and boxes of the content
 * that scroll sideways focusable by keyboard.
 *
 * Hooks (a contract with the templates and the browser tests):
 *   <table data-kpi-table>            rows <tr data-kpi data-department data-objective
 *                                     data-owner data-lifecycle data-status>
 *   <select data-kpi-filter="key">    "" shows all; else rows whose data-<key> equals it
 *   <input data-kpi-text-filter>      rows whose cells, data-kpi and data-text contain every
 *                                     word typed (case and accents ignored)
 *   <button data-kpi-sort> in a <th>  sorts by that column; aria-sort on the <th>
 *   <option data-label>               its count follows the other filters and the words:
 *                                     "<data-label> (<rows choosing it would show>)"
 *   <span data-kpi-count>             the number of rows shown
 *   <p data-kpi-none hidden>          shown when no row is (inside a role=status element,
 *                                     so that screen readers say it)
 *   <td data-sort-value>              sort by this instead of the cell's text
 *
 * Works with mkdocs-material's instant navigation: it runs on every page swap through
 * `document$` when the theme provides it, else once the document is ready. A query such as
 * `?department=marketing&status=behind&find=jakarta` preselects filters (not `q`: the
 * theme's search opens on that one), and the address bar
 * follows every change, so a filtered view can be shared as a link.
 */
(function () {
  "use strict";

  var NUMBER = /^[-+]?[\d,]*\.?\d+\s*%?$/;
  var FIND = "find";  // the text filter's parameter in the address

  function cellText(cell) {
    var raw = cell.getAttribute("data-sort-value");
    if (raw === null) raw = cell.getAttribute("data-sort");
    if (raw === null) raw = cell.textContent || "";
    return raw.replace(/\s+/g, " ").trim();
  }

  // Numbers first (by value), then text (case-insensitive), as a person would expect.
  function sortKey(cell) {
    var text = cellText(cell);
    if (NUMBER.test(text)) {
      return [0, parseFloat(text.replace(/,/g, "").replace(/%$/, "")), ""];
    }
    return [1, 0, text.toLowerCase()];
  }

  function compare(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] < b[i]) return -1;
      if (a[i] > b[i]) return 1;
    }
    return 0;
  }

  // Lower case, without accents: "Pelanggan" and "pelanggan", "é" and "e" are the same.
  function fold(text) {
    return (text || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function words(text) {
    return fold(text).split(/\s+/).filter(Boolean);
  }

  function setup(table) {
    if (table.getAttribute("data-kpi-ready")) return;
    table.setAttribute("data-kpi-ready", "1");
    var root = table.closest("article") || document;
    var body = table.tBodies[0];
    if (!body) return;
    var rows = Array.prototype.slice.call(body.querySelectorAll("tr[data-kpi]"));
    var selects = Array.prototype.slice.call(root.querySelectorAll("select[data-kpi-filter]"));
    var counts = root.querySelectorAll("[data-kpi-count]");
    var text = root.querySelector("input[data-kpi-text-filter]");
    var none = root.querySelectorAll("[data-kpi-none]");
    var haystacks = new Map();  // by row, not by place: sorting reorders the rows
    rows.forEach(function (row) {
      haystacks.set(row, fold([row.getAttribute("data-kpi"), row.getAttribute("data-text"),
                               row.textContent].join(" ")));
    });

    function filter() {
      var shown = 0;
      var wanted = text ? words(text.value) : [];
      // per filter, per value: the rows the other filters and the words let through, so that
      // each option's count is the number of rows choosing it would show (objects without a
      // prototype: an owner named "constructor" or "__proto__" counts from zero too)
      var tally = selects.map(function () { return Object.create(null); });
      rows.forEach(function (row) {
        var haystack = haystacks.get(row);
        var found = wanted.every(function (word) { return haystack.indexOf(word) !== -1; });
        var values = selects.map(function (select) {
          return row.getAttribute("data-" + select.getAttribute("data-kpi-filter"));
        });
        var misses = [];
        selects.forEach(function (select, i) {
          if (select.value && values[i] !== select.value) misses.push(i);
        });
        var match = found && misses.length === 0;
        row.hidden = !match;
        if (match) shown++;
        if (!found) return;
        selects.forEach(function (select, i) {
          if (misses.length > 1 || (misses.length === 1 && misses[0] !== i)) return;
          tally[i][values[i]] = (tally[i][values[i]] || 0) + 1;
          tally[i][""] = (tally[i][""] || 0) + 1;
        });
      });
      selects.forEach(function (select, i) {
        Array.prototype.forEach.call(select.options, function (option) {
          var label = option.getAttribute("data-label");
          if (label !== null) {
            // The label isolated (U+2068 ... U+2069): a name in Arabic or Hebrew would
            // otherwise take the count to its left, "(2) <name>".
            var isolated = option.value ? "\u2068" + label + "\u2069" : label;
            option.textContent = isolated + " (" + (tally[i][option.value] || 0) + ")";
          }
        });
      });
      Array.prototype.forEach.call(counts, function (count) {
        count.textContent = String(shown);
      });
      Array.prototype.forEach.call(none, function (line) {
        line.hidden = shown !== 0;
      });
    }

    // The address bar says what is shown: `?department=...&find=...`, others kept.
    function remember() {
      var query = new URLSearchParams(window.location.search);
      selects.forEach(function (select) {
        var key = select.getAttribute("data-kpi-filter");
        if (select.value) query.set(key, select.value); else query.delete(key);
      });
      if (text && text.value.trim()) query.set(FIND, text.value.trim()); else query.delete(FIND);
      var search = query.toString();
      var url = window.location.pathname + (search ? "?" + search : "") + window.location.hash;
      window.history.replaceState(window.history.state, "", url);
    }

    function update() {
      filter();
      remember();
    }

    var params = new URLSearchParams(window.location.search);
    selects.forEach(function (select) {
      var wanted = params.get(select.getAttribute("data-kpi-filter"));
      if (wanted !== null) {
        var known = Array.prototype.some.call(select.options, function (o) {
          return o.value === wanted;
        });
        if (known) select.value = wanted;
      }
      select.addEventListener("change", update);
    });
    if (text) {
      if (params.get(FIND) !== null) text.value = params.get(FIND);
      var pending = null;  // a large table filters once typing pauses, not on every key
      text.addEventListener("input", function () {
        window.clearTimeout(pending);
        if (rows.length > 500) pending = window.setTimeout(update, 150); else update();
      });
    }
    Array.prototype.forEach.call(root.querySelectorAll("[data-kpi-filters]"), function (box) {
      box.hidden = false;
    });

    var headers = Array.prototype.slice.call(table.tHead ? table.tHead.rows[0].cells : []);
    headers.forEach(function (th) {
      var button = th.querySelector("button[data-kpi-sort]");
      if (!button) return;
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) {
          if (other !== th) other.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var column = th.cellIndex;
        var keyed = rows.map(function (row, index) {
          return { row: row, key: sortKey(row.cells[column]), index: index };
        });
        keyed.sort(function (a, b) {
          var order = compare(a.key, b.key);
          return (ascending ? order : -order) || a.index - b.index;
        });
        rows = keyed.map(function (item) { return item.row; });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });

    filter();
  }

  // A catalog in several languages: mkdocs-material searches one index of the whole site,
  // so its results would mix a page with its twins. The plugin names the other languages'
  // folders (<meta name="kpi-catalog-languages" content="id/">); the results listed are the
  // pages of the open page's language (the first language's: those outside every folder).
  function languageFolder(href, folders) {
    var config = document.getElementById("__config");
    var base;
    try {
      base = new URL(JSON.parse(config.textContent).base + "/", window.location.href).href;
    } catch (error) {
      return null;
    }
    if (href.indexOf(base) !== 0) return null;
    var path = href.slice(base.length);
    for (var i = 0; i < folders.length; i++) {
      if (path.indexOf(folders[i]) === 0) return folders[i];
    }
    return "";
  }

  function searchInLanguage() {
    var meta = document.querySelector('meta[name="kpi-catalog-languages"]');
    var list = document.querySelector(".md-search-result__list");
    if (!meta || !list || list.hasAttribute("data-kpi-languages")) return;
    list.setAttribute("data-kpi-languages", "");
    var folders = meta.getAttribute("content").split(" ").filter(Boolean);
    function keepLanguage() {
      var here = languageFolder(window.location.href, folders);
      if (here === null) return;
      Array.prototype.forEach.call(list.children, function (item) {
        var link = item.querySelector("a[href]");
        var there = link ? languageFolder(link.href, folders) : null;
        if (there !== null && there !== here) list.removeChild(item);
      });
    }
    new MutationObserver(keepLanguage).observe(list, {childList: true});
  }

  // A box of the content that scrolls sideways (a wide code block or table on a phone) takes
  // the keyboard's focus, so that the arrow keys scroll it (WCAG 2.1.1): the theme makes a
  // code block focusable only on devices that hover, and the wrapper of a Markdown table not
  // at all. A box starts and stops scrolling as the width changes, and the theme takes its
  // tabindex off again: both are watched. Only a tabindex given here is taken back.
  var SCROLLERS = ".md-content pre > code, .md-content .md-typeset__scrollwrap";
  var GIVEN = "data-kpi-focusable";
  var resized = typeof ResizeObserver === "undefined" ? null : new ResizeObserver(function (seen) {
    seen.forEach(function (entry) { reachable(entry.target); });
  });
  var untabbed = new MutationObserver(function (changes) {
    changes.forEach(function (change) { reachable(change.target); });
  });

  function reachable(box) {
    var scrolls = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
    if (scrolls && !box.hasAttribute("tabindex")) {
      box.setAttribute(GIVEN, "");
      box.setAttribute("tabindex", "0");
    } else if (!scrolls && box.hasAttribute(GIVEN)) {
      box.removeAttribute(GIVEN);
      box.removeAttribute("tabindex");
    }
  }

  function scrollersReachable() {
    if (resized) resized.disconnect();
    untabbed.disconnect();
    Array.prototype.forEach.call(document.querySelectorAll(SCROLLERS), function (box) {
      reachable(box);
      if (resized) resized.observe(box);
      untabbed.observe(box, {attributes: true, attributeFilter: ["tabindex"]});
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("table[data-kpi-table]"), setup);
    searchInLanguage();
    scrollersReachable();
  }

  if (typeof window.document$ !== "undefined" && window.document$ && window.document$.subscribe) {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
