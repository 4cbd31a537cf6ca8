// The review page's behaviour: render the brief's items, keep/drop/edit/re-attribute/merge
// them, link items and sentences both ways, and save the edited brief as YAML (JSON text,
// which is valid YAML and which `briefings render` reads back through the Brief model).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("brief-data").textContent);
  const brief = data.brief;
  const sections = data.sections;
  const kept = new Map(); // item object -> false when dropped
  const FIELDS = {
    key_points: [["text", "Key point", "area"]],
    actors: [["name", "Name"], ["kind", "Kind", ["country", "organization", "person", "group"]],
      ["role", "Role"], ["affiliation", "Affiliation"], ["merge", "Merge into", "merge"]],
    demands: [["by", "By", "by"], ["of", "Of", "of"], ["what", "What", "area"]],
    positions: [["by", "By", "by"], ["stance", "Stance",
      ["condemn", "support", "concern", "welcome", "other"]], ["target", "About"],
      ["what", "What", "area"]],
    next_steps: [["by", "By", "by"], ["when", "When"], ["what", "What", "area"]],
    figures: [["value", "Value"], ["counts", "Counts"]],
    dates: [["text", "Date"], ["iso", "ISO date"]],
    locations: [["name", "Place"]],
  };
  const list = document.getElementById("brief-items");
  const citedBy = document.getElementById("cited-by");
  const status = document.getElementById("status");
  let uid = 0;

  function el(tag, attrs, children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "text") node.textContent = v; else if (v !== null && v !== undefined) node.setAttribute(k, v);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function actorNames() { return brief.actors.filter((a) => kept.get(a) !== false).map((a) => a.name); }

  function control(section, item, field, label, kind) {
    const id = "f" + (++uid);
    const wrap = el("div", { class: "field" + (kind === "area" ? " wide" : "") + (kind === "merge" ? " merge" : "") },
      [el("label", { for: id, text: label })]);
    let input;
    if (kind === "by" || kind === "of" || kind === "merge" || Array.isArray(kind)) {
      input = el("select", { id });
      const current = kind === "by" ? (item.by || []).join(", ") : (kind === "merge" ? "" : item[field] || "");
      let options = Array.isArray(kind) ? kind.slice() : actorNames();
      if (kind === "merge") options = options.filter((n) => n !== item.name);
      if (kind === "of" || kind === "by") options = [""].concat(options);
      if (kind === "merge") options = [""].concat(options);
      if (current && !options.includes(current)) options.splice(1, 0, current);
      for (const name of options) {
        const shown = name || (kind === "merge" ? "(keep separate)" : "(nobody)");
        const opt = el("option", { value: name, text: shown });
        if (name === current) opt.selected = true;
        input.append(opt);
      }
      input.addEventListener("change", () => {
        if (kind === "merge") { if (input.value) mergeActor(item, input.value); return; }
        if (kind === "by") item.by = input.value ? input.value.split(", ") : [];
        else item[field] = input.value || (field === "of" ? null : input.value);
        changed();
      });
    } else {
      input = el(kind === "area" ? "textarea" : "input", { id, type: kind === "area" ? null : "text" });
      input.value = item[field] == null ? "" : item[field];
      input.dataset.field = field;
      input.addEventListener("input", () => {
        const required = ["text", "name", "what", "value"].includes(field);
        const before = item[field];
        item[field] = input.value === "" && !required ? null : input.value;
        if (section === "actors" && field === "name") renameActor(before, input.value);
        changed();
      });
      if (section === "actors" && field === "name") input.addEventListener("change", render);
    }
    wrap.append(input);
    return wrap;
  }

  function renameActor(before, after) {
    for (const key of ["demands", "positions", "next_steps"]) {
      for (const item of brief[key]) {
        item.by = (item.by || []).map((n) => (n === before ? after : n));
        if (item.of === before) item.of = after;
      }
    }
  }

  function mergeActor(actor, into) {
    const target = brief.actors.find((a) => a.name === into);
    if (!target) return;
    for (const alias of [actor.name].concat(actor.aliases || [])) {
      if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    }
    const seen = new Set(target.evidence.map((e) => e.start + ":" + e.end));
    for (const e of actor.evidence) if (!seen.has(e.start + ":" + e.end)) target.evidence.push(e);
    target.evidence.sort((a, b) => a.start - b.start);
    for (const key of ["demands", "positions", "next_steps"]) {
      for (const item of brief[key]) {
        item.by = Array.from(new Set((item.by || []).map((n) => (n === actor.name ? into : n))));
        if (item.of === actor.name) item.of = into;
      }
    }
    brief.actors.splice(brief.actors.indexOf(actor), 1);
    say(actor.name + " merged into " + into + ".");
    render();
  }

  function say(text) { status.textContent = text; }
  function changed() { say("Edited: not saved yet."); }

  function itemNode(section, item, index) {
    const li = el("li", { class: "item g-border-" + section.group, tabindex: "0",
      "data-section": section.key, "data-index": String(index),
      "aria-label": section.title + " " + (index + 1) });
    const keepId = "k" + (++uid);
    const keep = el("input", { type: "checkbox", id: keepId, class: "keep" });
    keep.checked = kept.get(item) !== false;
    keep.addEventListener("change", () => setKept(li, item, keep.checked));
    const show = el("button", { type: "button", class: "show", text: "Show sentence" });
    show.addEventListener("click", (event) => { event.stopPropagation(); markItem(li, item, true); });
    li.append(el("div", { class: "item-head" }, [
      el("span", { class: "n", text: String(index + 1) }),
      el("label", { for: keepId }, [keep, "Keep"]), show]));
    const fields = el("div", { class: "fields" });
    for (const [field, label, kind] of FIELDS[section.key]) fields.append(control(section.key, item, field, label, kind));
    li.append(fields);
    const cites = (item.evidence || []).map((e) => "¶ " + (e.paragraph || "?") + ", sentence " + (e.sentence + 1));
    li.append(el("div", { class: "cites", text: cites.length ? "Evidence: " + cites.join("; ") : "No evidence" }));
    li.classList.toggle("dropped", kept.get(item) === false);
    li.addEventListener("click", (event) => {
      if (event.target.closest("input, select, textarea, label, button")) return;
      markItem(li, item, true);
    });
    li.addEventListener("focus", () => markItem(li, item, false));
    return li;
  }

  function setKept(li, item, value) {
    kept.set(item, value);
    li.classList.toggle("dropped", !value);
    li.querySelector("input.keep").checked = value;
    say((value ? "Kept" : "Dropped") + ": " + li.getAttribute("aria-label") + ".");
  }

  function markItem(li, item, scroll) {
    for (const node of document.querySelectorAll(".current")) node.classList.remove("current");
    li.classList.add("current");
    const marks = (item.evidence || []).map((e) => document.getElementById("s" + e.sentence)).filter(Boolean);
    for (const mark of marks) mark.classList.add("current");
    if (scroll && marks.length) marks[0].scrollIntoView({ block: "center" });
  }

  function render() {
    list.replaceChildren();
    const summaryId = "summary-field";
    const title = el("div", { class: "summary field wide" }, [el("label", { for: "title-field", text: "Title" })]);
    const titleInput = el("input", { type: "text", id: "title-field" });
    titleInput.value = brief.title;
    titleInput.addEventListener("input", () => { brief.title = titleInput.value; changed(); });
    title.append(titleInput);
    const summary = el("div", { class: "summary field wide" }, [el("label", { for: summaryId, text: "Bottom line" })]);
    const area = el("textarea", { id: summaryId });
    area.value = brief.summary;
    area.addEventListener("input", () => { brief.summary = area.value; changed(); });
    summary.append(area);
    list.append(title, summary);
    for (const section of sections) {
      const items = brief[section.key];
      const headingId = "h-" + section.key;
      const box = el("section", { class: "section brief-section", "aria-labelledby": headingId }, [
        el("h3", { id: headingId }, [el("span", { class: "swatch g-" + section.group, "aria-hidden": "true" }),
          section.title + " (" + items.length + ")"])]);
      if (!items.length) box.append(el("p", { class: "empty", text: "None found." }));
      const ol = el("ol");
      items.forEach((item, index) => ol.append(itemNode(section, item, index)));
      box.append(ol);
      list.append(box);
    }
  }

  function itemsCiting(sentence) {
    const found = [];
    for (const section of sections) {
      brief[section.key].forEach((item, index) => {
        if ((item.evidence || []).some((e) => e.sentence === sentence)) found.push([section, item, index]);
      });
    }
    return found;
  }

  function showCiting(mark) {
    const sentence = Number(mark.dataset.s);
    for (const node of document.querySelectorAll(".current")) node.classList.remove("current");
    mark.classList.add("current");
    const found = itemsCiting(sentence);
    const ul = el("ul");
    for (const [section, item, index] of found) {
      const label = item.what || item.text || item.name || item.value || "";
      const button = el("button", { type: "button", text: section.title + " " + (index + 1) + ": " + label });
      button.addEventListener("click", () => {
        const li = list.querySelector('[data-section="' + section.key + '"][data-index="' + index + '"]');
        li.scrollIntoView({ block: "center" });
        li.focus();
      });
      ul.append(el("li", {}, [button]));
    }
    if (brief.summary_evidence.some((e) => e.sentence === sentence)) {
      ul.prepend(el("li", { text: "The bottom line" }));
    }
    const text = "Sentence " + (sentence + 1) + " is cited by:";
    citedBy.replaceChildren(el("strong", { text }), ul);
    citedBy.hidden = false;
  }

  document.getElementById("article-text").addEventListener("click", (event) => {
    const mark = event.target.closest("mark.ev");
    if (mark) showCiting(mark);
  });
  document.getElementById("article-text").addEventListener("keydown", (event) => {
    const mark = event.target.closest("mark.ev");
    if (mark && (event.key === "Enter" || event.key === " ")) { event.preventDefault(); showCiting(mark); }
  });

  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input[type=text], textarea, select") || event.ctrlKey || event.metaKey || event.altKey) return;
    const items = Array.from(list.querySelectorAll("li.item"));
    const current = document.activeElement.closest ? document.activeElement.closest("li.item") : null;
    const at = items.indexOf(current);
    if (event.key === "j" || event.key === "k") {
      event.preventDefault();
      const next = items[Math.max(0, Math.min(items.length - 1, at + (event.key === "j" ? 1 : -1)))];
      if (next) { next.focus(); next.scrollIntoView({ block: "nearest" }); }
    } else if (event.key === "x" && current) {
      event.preventDefault();
      const item = brief[current.dataset.section][Number(current.dataset.index)];
      setKept(current, item, kept.get(item) === false);
    } else if (event.key === "Enter" && current === document.activeElement) {
      event.preventDefault();
      markItem(current, brief[current.dataset.section][Number(current.dataset.index)], true);
    }
  });

  function editedBrief() {
    const out = JSON.parse(JSON.stringify(brief));
    const cited = new Map();
    for (const e of out.summary_evidence) cited.set(e.start + ":" + e.end, e);
    for (const section of sections) {
      out[section.key] = out[section.key].filter((_, i) => kept.get(brief[section.key][i]) !== false);
      for (const item of out[section.key]) for (const e of item.evidence) cited.set(e.start + ":" + e.end, e);
    }
    // A dropped actor is not named by the items that stay.
    const gone = new Set(brief.actors.filter((a) => kept.get(a) === false).map((a) => a.name));
    for (const key of ["demands", "positions", "next_steps"]) {
      for (const item of out[key]) {
        item.by = item.by.filter((n) => !gone.has(n));
        if (gone.has(item.of)) item.of = null;
      }
    }
    out.evidence = Array.from(cited.values()).sort((a, b) => a.start - b.start);
    return out;
  }

  // JSON leaves C1 controls and U+FFFE/U+FFFF raw, which YAML forbids: escape them (they
  // can only occur inside strings).
  function yamlSafe(json) {
    return json.replace(/[\u007f-\u009f\ufffe\uffff]/g,
      (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  }

  function save() {
    const text = "# Brief reviewed with `briefings review`. This JSON is valid YAML:\n" +
      "# `briefings render " + data.slug + ".yaml` turns it into PDF and Word.\n" +
      yamlSafe(JSON.stringify(editedBrief(), null, 2)) + "\n";
    const url = URL.createObjectURL(new Blob([text], { type: "application/yaml" }));
    const link = el("a", { href: url, download: data.slug + ".yaml" });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say("Saved " + data.slug + ".yaml.");
  }

  document.getElementById("save").addEventListener("click", save);
  window.briefingsReview = { editedBrief, yamlSafe };
  render();
})();
