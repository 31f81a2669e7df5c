/* Sortable and filterable tables for the quotes report: no library, no network. */
(function () {
  "use strict";

  var NUMBER = /^-?\d+(\.\d+)?$/;

  function sortValue(row, index) {
    var cell = row.cells[index];
    if (!cell) { return ""; }
    var explicit = cell.getAttribute("data-sort");
    return explicit !== null ? explicit : cell.textContent.trim();
  }

  function compare(a, b) {
    if (NUMBER.test(a) && NUMBER.test(b)) { return parseFloat(a) - parseFloat(b); }
    return a.localeCompare(b, undefined, { sensitivity: "base", numeric: true });
  }

  function sortBy(table, header, index) {
    var body = table.tBodies[0];
    var descending = header.getAttribute("aria-sort") === "ascending";
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (x, y) {
      var order = compare(sortValue(x, index), sortValue(y, index));
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      cell.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
  }

  function makeSortable(table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      header.addEventListener("click", function () { sortBy(table, header, index); });
    });
  }

  function makeFilter(input) {
    var target = document.getElementById(input.getAttribute("data-filter"));
    var counter = document.getElementById(input.getAttribute("data-filter") + "-count");
    if (!target) { return; }
    var items = target.tBodies ? target.tBodies[0].rows : target.querySelectorAll(".filterable");
    input.addEventListener("input", function () {
      var needle = input.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(items, function (item) {
        var hit = !needle || item.textContent.toLowerCase().indexOf(needle) !== -1;
        item.hidden = !hit;
        if (hit) { shown += 1; }
      });
      if (counter) { counter.textContent = needle ? shown + " of " + items.length + " shown" : ""; }
    });
  }

  document.querySelectorAll("table.sortable").forEach(makeSortable);
  document.querySelectorAll("input[data-filter]").forEach(makeFilter);
}());
