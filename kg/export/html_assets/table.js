// The event table under the network: the events the filters keep, one row each, sortable by
// any column. Clicking a row selects the event in the graph; the graph's selection marks its
// row. "Export CSV" downloads the filtered rows, in the table's order, made in the page (a Blob).
(function (KG) {
  "use strict";
  const el = KG.el;
  const ROWS = 500; // rows drawn at most; the export always holds every filtered row

  class Table {
    constructor(root, explorer) {
      this.root = root;
      this.x = explorer;
      this.sort = { key: "date", dir: 1 };
      this.columns = ["date", "type", "participants", "place", "languages", "sources"];
      this.shown = false;
      const f = explorer.strings.fields, ui = explorer.ui;
      this.title = el("strong");
      this.more = el("span", { className: "kg-muted" });
      this.heads = this.columns.map((key) => el("th", { scope: "col", "data-key": key }, [
        el("button", { type: "button", className: "kg-link", text: f[key], onclick: () => this.sortBy(key) }),
      ]));
      this.body = el("tbody");
      root.append(
        el("div", { className: "kg-table-head" }, [
          this.title, this.more,
          el("button", { type: "button", className: "kg-button kg-csv", text: ui.export_csv, onclick: () => this.download() }),
        ]),
        el("div", { className: "kg-table-scroll" }, [el("table", {}, [el("thead", {}, [el("tr", {}, this.heads)]), this.body])]),
      );
    }

    show(on) {
      if (on !== this.shown) this.x.holdView();
      this.shown = on;
      this.root.hidden = !on;
      if (on) this.update();
    }

    sortBy(key) {
      this.sort = { key, dir: this.sort.key === key ? -this.sort.dir : 1 };
      this.update();
    }

    // The values of one event, as shown and as exported.
    cells(ev) {
      const x = this.x;
      return {
        date: ev.when, type: x.typeText(ev.type),
        participants: ev.parts.map(([id]) => x.items[id].label).join("; "),
        place: ev.placeId !== null ? x.items[ev.placeId].label : ev.place || "",
        languages: ev.langs.join(", "), sources: ev.sources.length,
      };
    }

    sortValue(ev, key) {
      if (key === "date") return ev.start || "\uffff"; // undated last
      if (key === "sources") return ev.sources.length;
      return KG.fold(this.cells(ev)[key]);
    }

    // The events the filters keep, in the table's order.
    rows() {
      const { key, dir } = this.sort;
      const keyed = this.x.events.filter((ev) => this.x.visible[ev.id]).map((ev) => [this.sortValue(ev, key), ev]);
      keyed.sort((a, b) => (a[0] < b[0] ? -dir : a[0] > b[0] ? dir : a[1].id - b[1].id));
      return keyed.map((pair) => pair[1]);
    }

    update() {
      if (!this.shown) return;
      const rows = this.rows(), ui = this.x.ui;
      this.heads.forEach((th) => {
        const key = th.dataset.key;
        th.setAttribute("aria-sort", key !== this.sort.key ? "none" : this.sort.dir > 0 ? "ascending" : "descending");
      });
      this.title.textContent = KG.fmt(ui.table_title, { n: rows.length });
      this.more.textContent = rows.length > ROWS ? KG.fmt(ui.table_more, { shown: ROWS, total: rows.length }) : "";
      KG.clear(this.body);
      rows.slice(0, ROWS).forEach((ev) => {
        const cells = this.cells(ev);
        this.body.append(el("tr", { "data-id": ev.id, className: ev.id === this.x.selected ? "kg-selected" : null,
                                    onclick: () => this.x.select(ev.id, "focus") },
                            this.columns.map((key) => el("td", { text: cells[key] }))));
      });
    }

    // Mark the selected event's row and scroll it into view.
    mark(id) {
      if (!this.shown) return;
      this.body.querySelectorAll("tr.kg-selected").forEach((tr) => tr.classList.remove("kg-selected"));
      const row = this.body.querySelector(`tr[data-id="${Number(id)}"]`);
      if (row) { row.classList.add("kg-selected"); row.scrollIntoView({ block: "nearest" }); }
    }

    // CSV of the filtered rows (RFC 4180; a cell that a spreadsheet would read as a formula gets a leading ').
    csv() {
      const cell = (value) => {
        let text = String(value === null || value === undefined ? "" : value);
        if (/^[=+\-@\t\r]/.test(text)) text = "'" + text;
        return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
      };
      const head = ["date", "start", "end", "type", "participants", "place", "languages", "sources", "label"];
      const lines = this.rows().map((ev) => {
        const c = this.cells(ev);
        return [ev.day, ev.start, ev.end, ev.type, c.participants, c.place, c.languages, c.sources, ev.label].map(cell);
      });
      return [head].concat(lines).map((line) => line.join(",")).join("\r\n") + "\r\n";
    }

    download() {
      const url = URL.createObjectURL(new Blob(["\ufeff" + this.csv()], { type: "text/csv;charset=utf-8" }));
      const link = el("a", { href: url, download: "events.csv", hidden: true });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    }
  }

  KG.Table = Table;
})(window.KG = window.KG || {});
