// SealingRules local page: the full form built from the request schema (its descriptions are the help), the
// ruling, the what-if toggles and the exercises; the guided interview (interview.js) reuses its helpers. Talks only
// to this origin; builds every node with textContent.
"use strict";

const state = { schema: null, resultSchema: null, citations: null, model: null, sent: null, result: null, whatIf: null, exercise: null };

// ---- small helpers -------------------------------------------------------------------------------------------
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c);
  return node;
}
const $ = (id) => document.getElementById(id);
const words = (value) => String(value).replace(/-/g, " ");
const fieldId = (path) => "f-" + path.join("-").replace(/[^A-Za-z0-9_-]/g, "_");

async function call(method, url, body) {
  const options = { method, headers: {} };
  if (body !== undefined) {
    options.headers["Content-Type"] = "application/json";
    options.body = typeof body === "string" ? body : JSON.stringify(body);
  }
  const response = await fetch(url, options);
  const text = await response.text();
  let json = null;
  try { json = JSON.parse(text); } catch { json = null; }
  if (!response.ok) throw { error: (json && json.error) || { code: "http-" + response.status, message: "the server answered " + response.status } };
  return json;
}

function showError(error, where) {
  const box = where || $("error");
  box.replaceChildren();
  if (!error) { box.hidden = true; return; }
  const place = [error.path, error.line ? "line " + error.line + (error.column ? ", column " + error.column : "") : null].filter(Boolean).join(", ");
  box.append(el("strong", { text: "The request was refused: " }), el("span", { class: "error-message", text: error.message }));
  if (place) box.append(el("span", { class: "error-place", text: " (" + place + ")" }));
  box.append(el("span", { class: "error-code", text: " [" + error.code + "]" }));
  box.hidden = false;
  // Take the user to the field the error names, when the form has it.
  if (error.path && !where) {
    const input = $(fieldId(error.path.replace(/\[(\d+)\]/g, ".$1").split(".")));
    if (input) input.focus();
  }
}

// ---- the guided form, from the JSON Schema ---------------------------------------------------------------------
function definition(ref) { return state.schema.definitions[ref.split("/").pop()]; }

function blank(shape) {
  const value = {};
  for (const [name, field] of Object.entries(shape.properties)) {
    if (!(shape.required || []).includes(name)) continue;
    if (field.const !== undefined) value[name] = field.const;
    else if (field.type === "array" && field.items.$ref) value[name] = [blank(definition(field.items.$ref))];
  }
  return value;
}

function getAt(path) { return path.reduce((v, k) => (v === undefined || v === null ? undefined : v[k]), state.model); }
function setAt(path, value) {
  // Optional objects (the case, the filing facts) come into being when a field of theirs is filled, and go when emptied.
  const parents = [state.model];
  let node = state.model;
  for (const k of path.slice(0, -1)) {
    if (node[k] === undefined || node[k] === null) node[k] = {};
    node = node[k];
    parents.push(node);
  }
  const last = path[path.length - 1];
  if (value === undefined) delete node[last]; else node[last] = value;
  for (let i = path.length - 1; i > 0 && value === undefined; i--) {
    const holder = parents[i];
    if (Array.isArray(holder) || Array.isArray(parents[i - 1]) || Object.keys(holder).length > 0) break;
    delete parents[i - 1][path[i - 1]];
  }
}

function renderForm(focusId) {
  const root = $("fields");
  root.replaceChildren(renderShape(state.schema, [], "The case"));
  if (focusId && $(focusId)) $(focusId).focus();
}

function renderShape(shape, path, legend) {
  const box = el("fieldset", { class: "shape" });
  box.append(el("legend", { text: legend }));
  if (shape.description && path.length === 0) box.append(el("p", { class: "help", text: "A request: the court, the day whose law applies, and one or more motions decided together." }));
  const grid = el("div", { class: "grid" });
  box.append(grid);
  const required = shape.required || [];
  for (const [name, field] of Object.entries(shape.properties)) {
    if (field.const !== undefined) continue;
    const fieldPath = path.concat(name);
    if (field.type === "array" && field.items.$ref) box.append(renderList(name, field, fieldPath));
    else if (field.$ref && name === "filing") box.append(renderFiling(definition(field.$ref), fieldPath, field));
    else if (field.$ref) box.append(renderShape(definition(field.$ref), fieldPath, labelOf(name)));
    else grid.append(renderField(name, field, fieldPath, required.includes(name)));
  }
  return box;
}

// The filing facts matter only to the self-check: folded away until asked for.
function renderFiling(shape, path, field) {
  const details = el("details", { id: "filing-facts", open: state.filingOpen || getAt(path) !== undefined ? true : null },
    el("summary", { text: "How the motion is filed (for the pre-filing self-check)" }),
    el("p", { class: "help", text: field.description || "" }), renderShape(shape, path, "Filing facts"));
  details.addEventListener("toggle", () => { state.filingOpen = details.open; });
  return details;
}

function labelOf(name) {
  const special = { asOf: "law as of (date)", atIssue: "at issue", underlyingFiling: "underlying filing", relationToMerits: "relation to the merits",
    traditionallySecret: "traditionally secret", alreadyPublic: "already public", publicVia: "public via", publicHealthOrSafety: "public health or safety",
    notSubmitted: "documents not put before the court", refersTo: "refers to (ids)", protectiveOrderOnly: "protective order only", designatedBy: "designated by", publicInterest: "public interest",
    rule52Exemption: "Rule 5.2(b) exemption", waivedByOwner: "waived by owner (5.2(h))", unredactedByOrder: "unredacted by order", courtReview: "court's own review",
    offeredBy: "offered by", information: "information (ids)", restsOn: "rests on (besides a harm)" };
  return special[name] || name.replace(/([A-Z])/g, " $1").toLowerCase();
}

function renderField(name, field, path, required) {
  const id = fieldId(path);
  const helpId = id + "-help";
  const value = getAt(path);
  const label = el("label", { for: id }, labelOf(name), required ? el("span", { class: "required", text: " (required)" }) : null);
  let input;
  const valueDocs = field["x-valueDescriptions"] || {};
  const valueHelp = el("small", { class: "value-help", id: id + "-value" });
  const describe = (v) => { valueHelp.textContent = valueDocs[v] || ""; };
  if (field.type === "array" && field.items && field.items.enum) {
    // A list of choices (what the movant rests on): one box a choice, each with its plain words.
    const chosen = new Set(value || []);
    input = el("fieldset", { id, class: "choices", "aria-describedby": helpId },
      field.items.enum.map((v) => {
        const box = el("input", { type: "checkbox", id: id + "-" + v, value: v });
        box.checked = chosen.has(v);
        box.addEventListener("change", () => {
          const picked = field.items.enum.filter((c) => document.getElementById(id + "-" + c).checked);
          setAt(path, picked.length ? picked : undefined);
        });
        return el("label", { for: id + "-" + v, title: valueDocs[v] || null }, box, " " + words(v));
      }));
  } else if (field.enum || field.type === "boolean") {
    const options = field.enum ? field.enum.map((v) => [v, words(v)]) : [["true", "yes"], ["false", "no"]];
    input = el("select", { id, "aria-describedby": helpId + " " + id + "-value", "aria-required": required ? "true" : null },
      el("option", { value: "", text: required ? "(choose)" : "(not given)" }),
      options.map(([v, text]) => el("option", { value: v, text, title: valueDocs[v] || null })));
    input.value = value === undefined ? "" : String(value);
    describe(input.value);
    input.addEventListener("change", () => {
      const v = input.value;
      describe(v);
      setAt(path, v === "" ? undefined : field.type === "boolean" ? v === "true" : v);
    });
  } else {
    const type = field.pattern && field.pattern.includes("[0-9]{4}") ? "date" : "text";
    // A long text (the movant's own words giving the reason) gets a text box of its own.
    input = field["x-prose"]
      ? el("textarea", { id, rows: "5", maxlength: String(field.maxLength), "aria-describedby": helpId, placeholder: "The reason in the declarant's own words: what the document holds, who would use it, and how disclosure would cause the harm." })
      : el("input", { id, type, "aria-describedby": helpId, "aria-required": required ? "true" : null, autocomplete: "off" });
    const isList = field.type === "array";
    input.value = value === undefined ? "" : isList ? value.join(", ") : value;
    if (isList) input.placeholder = "ids, separated by commas";
    input.addEventListener("input", () => {
      const raw = input.value.trim();
      if (raw === "") setAt(path, undefined);
      else setAt(path, isList ? raw.split(",").map((s) => s.trim()).filter(Boolean) : input.value);
    });
  }
  return el("div", { class: "field" }, label, input, el("small", { class: "help", id: helpId, text: field.description || "" }), valueHelp);
}

function renderList(name, field, path) {
  const shape = definition(field.items.$ref);
  const singular = { motions: "motion", items: "item", information: "piece of information", harms: "harm" }[name] || name;
  let list = getAt(path);
  const box = el("div", { class: "list list-" + name });
  box.append(el("h3", { class: "list-title", text: labelOf(name) }), el("p", { class: "help", text: field.description || "" }));
  (list || []).forEach((entry, index) => {
    const entryPath = path.concat(index);
    const shapeBox = renderShape(shape, entryPath, singular[0].toUpperCase() + singular.slice(1) + " " + (index + 1) + (entry.id ? ": " + entry.id : ""));
    shapeBox.append(el("button", { type: "button", class: "remove", id: fieldId(entryPath) + "-remove",
      onclick: () => { getAt(path).splice(index, 1); if (getAt(path).length === 0) setAt(path, undefined); renderForm(fieldId(path) + "-add"); } },
    "Remove this " + singular));
    box.append(shapeBox);
  });
  box.append(el("button", { type: "button", class: "add", id: fieldId(path) + "-add",
    onclick: () => {
      list = getAt(path);
      if (!list) { setAt(path, []); list = getAt(path); }
      list.push(blank(shape));
      const newPath = path.concat(list.length - 1);
      renderForm(fieldId(newPath.concat(Object.keys(shape.properties).find((k) => shape.properties[k].const === undefined))));
    } }, "Add a " + singular));
  return box;
}

// ---- the ruling --------------------------------------------------------------------------------------------
// accepted, if given, runs as soon as the server has accepted the request, before the slower what-if search.
async function evaluate(requestText, accepted) {
  showError(null);
  const text = requestText !== undefined ? requestText : JSON.stringify(state.model, null, 2);
  let result;
  try { result = await call("POST", "/api/evaluate", text); }
  catch (e) { showError(e.error); return false; }
  state.sent = JSON.parse(text);
  state.result = result;
  renderResult(result, null);
  if (accepted) accepted();
  renderWhatIfPending();
  try { state.whatIf = await call("POST", "/api/whatif", text); renderWhatIf(); }
  catch (e) { showError(e.error, $("whatif-body")); }
  return true;
}

function itemsOf(result) {
  return result.motions.flatMap((m) => m.items.map((i) => ({ motion: m, item: i })));
}

// An item moves when its outcome, its redactions or its relief differ: a narrowed request keeps the outcome and the
// redactions but turns partial relief into full.
function itemMoved(before, item) {
  return before.outcome !== item.outcome || before.redact.join() !== item.redact.join() || before.relief !== item.relief;
}

function renderResult(result, moved) {
  $("result-empty").hidden = true;
  const body = $("result-body");
  body.replaceChildren();
  if (result.case && result.case.name) body.append(el("p", { class: "case", text: result.case.name + (result.case.number ? ", No. " + result.case.number : "") + (result.engine.court ? " (" + result.engine.court + ")" : "") + ", law as of " + result.engine.lawAsOf }));
  if (moved) body.append(el("p", { class: "notice", role: "status", text: "With the changes ticked below: " + moved + " item(s) change outcome or relief (marked)." }));
  const motions = el("table", { id: "motions-table" },
    el("caption", { text: "Motions" }),
    el("thead", {}, el("tr", {}, ["Motion", "Standard", "Disposition", "Without prejudice"].map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, result.motions.map((m) => el("tr", {}, el("th", { scope: "row", text: m.id }), el("td", { text: words(m.standard) }),
      el("td", { text: words(m.disposition) }), el("td", { text: m.withoutPrejudice ? "yes" : "no" })))));
  const base = state.result ? new Map(itemsOf(state.result).map(({ item }) => [item.id, item])) : new Map();
  const items = el("table", { id: "items-table" },
    el("caption", { text: "Items: what is sealed, what is redacted, what stays public" }),
    el("thead", {}, el("tr", {}, ["Motion", "Item", "Outcome", "Relief", "Redacted", "Stays public"].map((h) => el("th", { scope: "col", text: h })))),
    el("tbody", {}, itemsOf(result).map(({ motion, item }) => {
      const before = base.get(item.id);
      const changed = moved && before && itemMoved(before, item);
      return el("tr", { "data-item": item.id, class: changed ? "moved" : null },
        el("td", { text: motion.id }),
        el("th", { scope: "row" }, el("span", { class: "item-id", text: item.id }), item.title ? el("span", { class: "item-title", text: item.title }) : null),
        el("td", { class: "outcome", text: changed && before.outcome !== item.outcome ? before.outcome + " → " + item.outcome : item.outcome }),
        el("td", { class: "relief", text: changed && before.relief !== item.relief ? before.relief + " → " + item.relief : item.relief }),
        el("td", { class: "redact", text: item.redact.join(", ") || "—" }),
        el("td", { class: "disclose", text: item.disclose.join(", ") || "—" }));
    })));
  body.append(motions, items);
  if (result.warnings && result.warnings.length) {
    body.append(el("h3", { text: "Warnings" }), el("ul", { class: "warnings" }, result.warnings.map((w) => el("li", {}, el("span", { text: named(w.message) }), cites(w.authorities)))));
  }
  body.append(el("h3", { text: "The reasoning" }));
  for (const m of result.motions) {
    const details = el("details", { class: "motion-reasoning", open: true }, el("summary", { text: "Motion " + m.id + ": " + words(m.disposition) + (m.withoutPrejudice ? " without prejudice" : "") }));
    details.append(steps(m.reasoning, result));
    for (const i of m.items) {
      details.append(el("h4", { text: i.id + (i.title ? ": " + i.title : "") + ", " + i.outcome }));
      for (const s of (i.showings || []).filter((w) => w.because.length)) details.append(reading(s));
      details.append(steps(i.reasoning, result));
      if (i.cures && i.cures.length) details.append(el("p", { class: "cures-title", text: "What a better showing would need:" }), el("ul", { class: "cures" }, i.cures.map((c) => el("li", { text: c }))));
    }
    body.append(details);
  }
}

// Who moves, as the engine's reports name it: where one party (not both together) brings every motion to seal, that
// party ("the plaintiff", "the government" where the caption puts the United States on its side); else "the movant".
const MOVANT_NOUNS = { plaintiff: "the plaintiff", defendant: "the defendant", "non-party": "the non-party", intervenor: "the intervenor" };
function movantNoun() {
  const motions = (state.sent && state.sent.motions) || [];
  if (!motions.length || motions.some((m) => m.posture === "motion-to-unseal")) return null;
  const caseName = (state.sent.case && state.sent.case.name) || "";
  const government = /ex rel/i.test(caseName) ? null
    : /^\s*(the\s+)?(United\s+States(\s+of\s+America)?|USA|U\.S\.A?\.?)\s+vs?\.?\s/i.test(caseName) ? "plaintiff"
    : /\svs?\.?\s+(the\s+)?(United\s+States(\s+of\s+America)?|USA|U\.S\.A?\.?)[\s,.]*$/i.test(caseName) ? "defendant" : null;
  const nouns = [...new Set(motions.map((m) => m.movant === "joint" ? null : m.movant === government ? "the government" : MOVANT_NOUNS[m.movant] || null))];
  return nouns.length === 1 ? nouns[0] : null;
}

// A finding with "the movant" named as the reports name it; "the movants" is left alone.
function named(text) {
  const noun = movantNoun();
  return noun && text ? text.replace(/\b[Tt]he movant\b/g, (m) => (m[0] === "T" ? noun[0].toUpperCase() + noun.slice(1) : noun)) : text;
}

// How the movant's words for one reason read: the reading, the findings that carry it, what they would need.
function reading(s) {
  const read = s.read || s.showing;
  const box = el("div", { class: "reading" },
    el("p", { class: "reading-title", text: named("The movant") + "'s words for reason " + (s.harm + 1) + " read as " + words(read) + (s.read ? " (the showing given, " + words(s.showing) + ", is applied)" : "") + "." }),
    el("ul", { class: "reading-steps" }, s.because.map((b) => el("li", {}, el("span", { class: "finding", text: named(b.finding) }), cites(b.authorities)))));
  if (s.track && s.track.bothWays) box.append(el("p", { class: "track", text: "Courts have gone both ways on words like these: of " + s.track.judged + " judged statements the project's corpus reads the same way, the court agreed with that reading in " + s.track.agreed + "." }));
  if (s.toBeSpecific && s.toBeSpecific.length) box.append(el("p", { text: "To be read as specific, the words would need to:" }), el("ul", { class: "cures" }, s.toBeSpecific.map((c) => el("li", { text: c }))));
  if (s.toStandFirmer && s.toStandFirmer.length) box.append(el("p", { text: "To stand on firmer ground:" }), el("ul", { class: "cures" }, s.toStandFirmer.map((c) => el("li", { text: c }))));
  if (s.like && s.like.length) box.append(el("p", { text: "Words courts have judged that read like these:" }), el("ul", { class: "like" }, s.like.map((l) => el("li", { text: "\u201C" + l.text + "\u201D (" + words(l.showing) + "): " + l.cite + (l.differs ? ". " + l.differs : "") }))));
  return box;
}

function steps(list, result) {
  return el("ol", { class: "steps" }, (list || []).map((s) => el("li", { class: s.leans ? "leans-" + s.leans : null },
    el("span", { class: "finding", text: named(s.finding) }),
    s.concerns && s.concerns.length ? el("span", { class: "concerns", text: " (" + s.concerns.join(", ") + ")" }) : null,
    cites(printedCites(s, result)))));
}

// The authorities a step prints, as the engine's reports print them (CiteScope): never the order the request itself
// encodes, and a disposition's (a "remedy/" step) only from the district deciding. The JSON keeps them all.
const DISTRICT = /\((N\.D\. Cal\.|S\.D\. Cal\.|C\.D\. Cal\.|E\.D\. Cal\.|D\. Ariz\.|D\. Nev\.|W\.D\. Wash\.|E\.D\. Wash\.|D\. Or\.|D\. Haw\.|D\. Idaho|D\. Mont\.|D\. Alaska|D\. Guam|D\.N\. Mar\. I\.)[ )]/;
function printedCites(step, result) {
  const number = result.case && result.case.number;
  const court = result.engine.court;
  const own = (cite) => number && (cite.includes("No. " + number + ",") || cite.includes("No. " + number + " ("));
  const elsewhere = (cite) => step.rule.startsWith("remedy/") && court && DISTRICT.test(cite) && cite.match(DISTRICT)[1] !== court;
  return (step.authorities || []).filter((a) => !own(a.cite) && !elsewhere(a.cite));
}

// One authority's pins in one sentence are one citation, as the reports write them (CiteForms): "Kamakana …, 447 F.3d
// 1172, 1178, 1179, 1180-81", not two full Kamakana cites. A cite the catalog does not know is written as it comes.
function cites(authorities) {
  if (!authorities || !authorities.length) return null;
  const groups = [];
  for (const a of authorities) {
    const known = state.citations && state.citations[a.id];
    const key = known ? known.authority : a.cite;
    const group = groups.find((g) => g.key === key);
    if (group) group.pins.push(known ? known.pin : "");
    else groups.push({ key, known, cite: a.cite, pins: [known ? known.pin : ""] });
  }
  const written = groups.map((g) => (g.known ? g.known.template.replace("{pin}", joinPins(g.pins)) : g.cite));
  return el("span", { class: "cites" }, " ", written.map((c, i) => [i ? "; " : "", el("cite", { text: c })]));
}

// Pins of one authority as a court joins them (Pins.Join): pages in order, a page inside a range dropped, the rest kept.
function joinPins(pins) {
  const pages = [], others = [];
  for (const part of pins.flatMap((p) => p.split(", ")).filter(Boolean)) {
    const range = pageRange(part);
    if (range) pages.push(range);
    else if (!others.includes(part)) others.push(part);
  }
  const merged = [];
  for (const [from, to] of pages.sort((a, b) => a[0] - b[0])) {
    if (merged.length && from <= merged[merged.length - 1][1]) merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], to);
    else merged.push([from, to]);
  }
  return merged.map(([from, to]) => {
    if (from === to) return String(from);
    const f = String(from), t = String(to);
    return f + "-" + (f.length === t.length && t.length > 2 && f.slice(0, -2) === t.slice(0, -2) ? t.slice(-2) : t);
  }).concat(others).join(", ");
}

function pageRange(pin) {
  const m = /^(\d+)(?:-(\d+))?$/.exec(pin);
  if (!m) return null;
  const from = Number(m[1]);
  if (m[2] === undefined) return [from, from];
  if (m[2].length > m[1].length) return null;
  const to = Number(m[1].slice(0, m[1].length - m[2].length) + m[2]);
  return to < from ? null : [from, to];
}

// ---- what-if toggles ---------------------------------------------------------------------------------------
function renderWhatIfPending() { $("whatif-body").replaceChildren(el("p", { text: "Looking for the changes that would move each outcome…" })); }

function renderWhatIf() {
  const body = $("whatif-body");
  body.replaceChildren();
  let n = 0;
  for (const item of state.whatIf.items) {
    if ((!item.changes || !item.changes.length) && !item.withinReach) continue;
    const group = el("fieldset", { class: "whatif-item" }, el("legend", { text: item.id + " (now " + item.outcome + ")" }));
    if (item.withinReach) group.append(el("p", { class: "notice", text: item.withinReach }));
    (item.changes || []).forEach((change, k) => {
      const id = "whatif-" + n++;
      const box = el("input", { type: "checkbox", id, "data-item": item.id, "data-change": String(k) });
      box.addEventListener("change", applyToggles);
      group.append(el("div", { class: "toggle" }, box,
        el("label", { for: id }, el("strong", { text: "→ " + change.outcome + (change.relief ? " (" + (change.relief === "none" ? "no" : change.relief) + " relief)" : "") + ": " }), change.explanation)));
    });
    body.append(group);
  }
  if (n === 0) body.append(el("p", { text: "No single change of fact would move any outcome." }));
  else body.prepend(el("p", {}, el("button", { type: "button", id: "whatif-clear", onclick: () => { body.querySelectorAll("input[type=checkbox]").forEach((b) => { b.checked = false; }); applyToggles(); } }, "Untick every change")));
}

function applyPatch(doc, patch) {
  const copy = JSON.parse(JSON.stringify(doc));
  for (const op of patch) {
    const keys = op.path.split("/").slice(1).map((k) => k.replace(/~1/g, "/").replace(/~0/g, "~"));
    const last = keys.pop();
    let parent = copy;
    for (const k of keys) parent = parent[k];
    if (op.op === "remove") { if (Array.isArray(parent)) parent.splice(Number(last), 1); else delete parent[last]; }
    else if (op.op === "add" && Array.isArray(parent)) { if (last === "-") parent.push(op.value); else parent.splice(Number(last), 0, op.value); }
    else if (op.op === "add" || op.op === "replace") parent[last] = op.value;
    else throw new Error("unsupported patch operation " + op.op);
  }
  return copy;
}

async function applyToggles() {
  const ticked = [...$("whatif-body").querySelectorAll("input[type=checkbox]:checked")];
  if (!ticked.length) { renderResult(state.result, null); return; }
  // Each patch was written against the request as sent; a narrowed request removes parts, so the changes that
  // remove go last, after the others have set facts at the places they name.
  const patches = ticked.map((box) => state.whatIf.items.find((i) => i.id === box.dataset.item).changes[Number(box.dataset.change)].patch)
    .sort((a, b) => Number(a.some((op) => op.op === "remove")) - Number(b.some((op) => op.op === "remove")));
  try {
    let request = state.sent;
    for (const patch of patches) request = applyPatch(request, patch);
    const result = await call("POST", "/api/evaluate", request);
    const base = new Map(itemsOf(state.result).map(({ item }) => [item.id, item]));
    const moved = itemsOf(result).filter(({ item }) => base.get(item.id) && itemMoved(base.get(item.id), item)).length;
    renderResult(result, String(moved));
  } catch (e) {
    showError(e.error || { message: "These changes cannot be applied together; untick one of them." }, $("whatif-body").appendChild(el("div", { class: "error", role: "alert" })));
  }
}

// ---- pre-filing self-check and the proposed order -----------------------------------------------------------
async function selfCheck() {
  const body = $("check-body");
  let check;
  try { check = await call("POST", "/api/check", state.model); }
  catch (e) { body.replaceChildren(); showError(e.error, body.appendChild(el("div", { class: "error", role: "alert" }))); return; }
  renderCheck(check, body);
}

// The check's procedure table and declaration checklist; the interview passes `words` to say each line's reason
// without the contract's field names.
function renderCheck(check, body, words) {
  const say = words || ((text) => text);
  const applied = check.procedureApplied || {};
  // What no filing fact can show (Rule 5.2's exemptions, options and waiver) shares one reason: listed once after the
  // table, as the Markdown check does, not a row each repeating it.
  const papersOnly = (p) => p.papersOnly === true;
  const rows = check.procedure.filter((p) => !papersOnly(p));
  const papers = check.procedure.filter(papersOnly);
  body.replaceChildren(
    el("p", { class: "applied", text: "Procedure applied: " + [applied.court, applied.rules, applied.filedOn ? "as of " + applied.filedOn : null].filter(Boolean).join(", ") }),
    (applied.notes || []).length ? el("ul", { class: "notes" }, applied.notes.map((n) => el("li", { text: say(n) }))) : "",
    el("table", { id: "procedure-table" },
      el("caption", { text: "The sealing procedure and Rule 5.2: what each requires, and whether these facts show it done" }),
      el("thead", {}, el("tr", {}, ["Requirement", "Rule", "Status", "Why", "Deadline"].map((h) => el("th", { scope: "col", text: h })))),
      el("tbody", {}, rows.map((p) => el("tr", { "data-requirement": p.id, class: "status-" + p.status },
        el("th", { scope: "row", text: p.requirement }), el("td", { text: p.rule }), el("td", { class: "status", text: p.status }),
        el("td", { class: "why", text: say(p.why) }), el("td", { text: p.deadline || "—" }))))),
    papers.length ? el("p", { class: "papers-lead", text: "No filing fact can show these; confirm them in the papers before filing:" }) : "",
    papers.length ? el("ul", { id: "procedure-papers" }, papers.map((p) => el("li", { "data-requirement": p.id }, el("strong", { text: p.rule + ": " }), p.requirement))) : "");
  if ((check.declarationChecklist || []).length) {
    body.append(el("h3", { text: "What the declaration must say" }), el("ul", { class: "checklist" }, check.declarationChecklist.map((d) =>
      el("li", {}, el("strong", { text: (d.title || d.item) + " (" + d.outcome + ")" }), el("ul", {}, (d.mustSay || []).map((m) => el("li", { text: say(m) })))))));
  }
}

// The order for `model` (the form's request unless another is given), saved as a file: the predicted ruling, or with
// kind "movant" the movant's own proposed order, narrowed to what it can get.
async function downloadOrder(format, model, errorBox, kind, motion) {
  const box = errorBox || $("order-error");
  showError(null, box);
  const query = "?format=" + format + (kind ? "&kind=" + kind : "") + (motion ? "&motion=" + encodeURIComponent(motion) : "");
  const response = await fetch("/api/order" + query, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(model || state.model) });
  if (!response.ok) {
    let error = { code: "http-" + response.status, message: "the server answered " + response.status };
    try { error = (await response.json()).error || error; } catch { /* keep the status */ }
    showError(error, box);
    return;
  }
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: (kind === "movant" ? "proposed-order." : "predicted-ruling.") + (format === "docx" ? "docx" : "html") });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- import and export -------------------------------------------------------------------------------------
// A request file larger than this is refused before it is read; one with more items than IMPORT_MAX_ITEMS is
// summarised, and its controls are built only if asked (500 items made 13,500 controls and froze the tab for seconds).
const IMPORT_MAX_BYTES = 1024 * 1024;
const IMPORT_MAX_ITEMS = 50;

function importNote(...children) {
  const note = $("import-note");
  note.replaceChildren(...children);
  note.hidden = children.length === 0;
}

async function importFile(file) {
  importNote();
  showError(null);
  if (file.size > IMPORT_MAX_BYTES) {
    importNote(el("strong", { text: "This file is too large to open here. " }),
      "It is " + (file.size / 1048576).toFixed(1) + " MB; the page opens request files of up to 1 MB. " +
      "Evaluate it with the command line instead (sealingrules evaluate FILE), which has no such limit.");
    return;
  }
  const text = await file.text();
  let parsed = null;
  try { parsed = JSON.parse(text); } catch { parsed = null; }
  const motions = parsed && Array.isArray(parsed.motions) ? parsed.motions : [];
  const count = motions.reduce((n, m) => n + (m && Array.isArray(m.items) ? m.items.length : 0), 0);
  if (count <= IMPORT_MAX_ITEMS) { await importText(text); return; }
  const per = motions.map((m) => (m && m.id ? m.id : "a motion") + ": " + (m && Array.isArray(m.items) ? m.items.length : 0) + " items");
  importNote(
    el("p", { id: "import-summary" }, el("strong", { text: file.name + " holds " + motions.length + " motion(s) and " + count + " items. " }),
      "The form draws controls for at most " + IMPORT_MAX_ITEMS + " items; drawing " + count + " would take a while."),
    el("ul", {}, per.slice(0, 10).map((t) => el("li", { text: t })), per.length > 10 ? el("li", { text: "and " + (per.length - 10) + " more motions" }) : null),
    el("div", { class: "toolbar" },
      el("button", { type: "button", id: "import-evaluate", onclick: () => { importNote(); importText(text, false); } }, "Predict the ruling without drawing the form"),
      el("button", { type: "button", id: "import-build", onclick: () => { importNote(); importText(text); } }, "Draw the form anyway"),
      el("button", { type: "button", id: "import-cancel", onclick: () => importNote() }, "Cancel")));
}

// drawForm false keeps the form as a note: the request is held (export gives it back) but no control is built.
async function importText(text, drawForm) {
  // The server reads it strictly, as the contract says; its error names the field, the line and the column.
  // The form shows the imported request at once, not only after the what-if search has finished.
  await evaluate(text, () => {
    state.model = JSON.parse(text);
    if (drawForm === false) $("fields").replaceChildren(el("p", { class: "notice", id: "form-not-drawn", text: "The imported request is held as it is (export gives it back); its form is not drawn, to keep the page responsive." }));
    else renderForm();
    $("result").scrollIntoView();
  });
}

function exportRequest() {
  const blob = new Blob([JSON.stringify(state.model, null, 2) + "\n"], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: "request.json" });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- exercises ---------------------------------------------------------------------------------------------
async function loadExercises() {
  const list = await call("GET", "/api/exercises");
  const pick = $("exercise-pick");
  for (const e of list) pick.append(el("option", { value: e.slug, text: e.title }));
}

async function openExercise() {
  const slug = $("exercise-pick").value;
  const body = $("exercise-body");
  if (!slug) { body.replaceChildren(el("p", { class: "error", role: "alert", text: "Choose an exercise first." })); return; }
  const exercise = await call("GET", "/api/exercises/" + encodeURIComponent(slug));
  state.exercise = exercise;
  const resultDefs = state.resultSchema.definitions;
  const choice = (id, label, values, names) => el("div", { class: "field" }, el("label", { for: id, text: label }),
    el("select", { id }, el("option", { value: "", text: "(no answer)" }), values.map((v) => el("option", { value: v, text: names ? names[v] : words(v) }))));
  const form = el("form", { id: "answer-form", novalidate: true });
  exercise.request.motions.forEach((m, mi) => {
    const box = el("fieldset", { class: "answer-motion" }, el("legend", { text: "Motion " + m.id }));
    box.append(el("div", { class: "grid" },
      choice("answer-" + mi + "-standard", "Standard", resultDefs.Motion.properties.standard.enum),
      choice("answer-" + mi + "-disposition", "Disposition", resultDefs.Motion.properties.disposition.enum),
      choice("answer-" + mi + "-prejudice", "Without prejudice (may the movant try again?)", ["true", "false"], { true: "yes, without prejudice", false: "no" })));
    m.items.forEach((item, ii) => {
      const itemBox = el("fieldset", { class: "answer-item" }, el("legend", { text: "Item " + item.id + (item.title ? ": " + item.title : "") }));
      itemBox.append(choice("answer-" + mi + "-" + ii + "-outcome", "Outcome", resultDefs.Item.properties.outcome.enum));
      const redact = el("fieldset", { class: "answer-redact" }, el("legend", { text: "If redacted, which information is hidden?" }));
      item.information.forEach((info, k) => {
        const id = "answer-" + mi + "-" + ii + "-redact-" + k;
        redact.append(el("div", { class: "toggle" }, el("input", { type: "checkbox", id, value: info.id }), el("label", { for: id, text: info.id + " (" + words(info.kind) + ", about " + words(info.about) + ")" })));
      });
      itemBox.append(redact);
      // A reason given in words is the student's to judge or to write where the key makes it a question: how particular
      // it is as written, and a text box for the paragraph, graded by its reading. Unasked, the words are only facts.
      const asked = (exercise.asks || []).find((a) => a.item === item.id) || { showings: [], statements: [] };
      (item.harms || []).forEach((harm, h) => {
        if (harm.statement === undefined) return;
        if (asked.showings.includes(h))
          itemBox.append(choice("answer-" + mi + "-" + ii + "-showing-" + h, "How particular is reason " + (h + 1) + " as written?",
            ["specific", "generalized", "conclusory", "hypothetical", "none"]));
        if (!asked.statements.includes(h)) return;
        const id = "answer-" + mi + "-" + ii + "-statement-" + h;
        itemBox.append(el("div", { class: "field" },
          el("label", { for: id, text: "Your declaration paragraph for reason " + (h + 1) + " (" + words(harm.kind) + ")" }),
          el("textarea", { id, rows: "5", maxlength: "10000", placeholder: "What the document holds, who would use it, and how disclosure would cause the harm." })));
      });
      box.append(itemBox);
    });
    form.append(box);
  });
  form.append(el("button", { type: "submit", id: "answer-commit" }, "Commit my answer and grade it"));
  form.addEventListener("submit", (e) => { e.preventDefault(); gradeExercise(); });
  body.replaceChildren(
    el("h3", { text: exercise.title }),
    el("div", { class: "case-file", tabindex: "0", role: "region", "aria-label": "Case file" }, markdown(exercise.caseFile || "")),
    el("h3", { text: "Your answer" }), form, el("div", { id: "grade-body", "aria-live": "polite" }));
}

async function gradeExercise() {
  const exercise = state.exercise;
  const answers = { motions: exercise.request.motions.map((m, mi) => {
    const motion = { id: m.id };
    const standard = $("answer-" + mi + "-standard").value, disposition = $("answer-" + mi + "-disposition").value;
    if (standard) motion.standard = standard;
    if (disposition) motion.disposition = disposition;
    const prejudice = $("answer-" + mi + "-prejudice").value;
    if (prejudice) motion.withoutPrejudice = prejudice === "true";
    motion.items = m.items.map((item, ii) => {
      const answer = { id: item.id };
      const outcome = $("answer-" + mi + "-" + ii + "-outcome").value;
      if (outcome) answer.outcome = outcome;
      if (outcome === "redact") answer.redact = item.information.filter((_, k) => $("answer-" + mi + "-" + ii + "-redact-" + k).checked).map((i) => i.id);
      const statements = (item.harms || []).map((_, h) => ({ harm: h, box: $("answer-" + mi + "-" + ii + "-statement-" + h) }))
        .filter((w) => w.box && w.box.value.trim()).map((w) => ({ harm: w.harm, statement: w.box.value }));
      if (statements.length) answer.statements = statements;
      const showings = (item.harms || []).map((_, h) => ({ harm: h, box: $("answer-" + mi + "-" + ii + "-showing-" + h) }))
        .filter((w) => w.box && w.box.value).map((w) => ({ harm: w.harm, showing: w.box.value }));
      if (showings.length) answer.showings = showings;
      return answer;
    });
    return motion;
  }) };
  const body = $("grade-body");
  const answered = answers.motions.some((m) => m.standard || m.disposition || m.withoutPrejudice !== undefined || m.items.some((i) => i.outcome || i.statements || i.showings));
  if (!answered) { body.replaceChildren(el("p", { class: "error", role: "alert", text: "Answer at least one question (a standard, a disposition, an item's outcome or a declaration paragraph) before committing." })); return; }
  try {
    const grade = await call("POST", "/api/grade", { exercise: exercise.slug, answers });
    body.replaceChildren(el("p", { class: "score", id: "score", text: "Score: " + grade.score + " of " + grade.max }));
    if (grade.misses.length) {
      body.append(el("h4", { text: "What you missed, and why" }), el("ul", { class: "misses" }, grade.misses.map((miss) => el("li", {},
        el("p", {}, el("strong", { text: (miss.targetKind ? miss.targetKind + " " : "") + miss.target + ", " + question(miss.field) + ": " }), said(miss)),
        el("p", { class: "explanation", text: miss.explanation }),
        // As the Markdown grade says it: "… on other facts: if the declaration added …", not "right if: If …".
        miss.rightIf ? el("p", { class: "right-if", text: written(miss) && !miss.unanswered ? "What it still needs: " + miss.rightIf
          : /^Your answer would be right/.test(miss.rightIf) ? miss.rightIf
          : "Your answer would be right on other facts: " + miss.rightIf.replace(/^If /, "if ") }) : null,
        // The rule's id is a program's; a student is shown the authorities it rests on.
        miss.authorities && miss.authorities.length ? el("p", { class: "rule" }, "Authority: ", cites(miss.authorities)) : null))));
    } else body.append(el("p", { text: "Every answer you gave matches the court's." }));
    body.append(el("button", { type: "button", id: "exercise-ruling", onclick: () => { state.model = JSON.parse(JSON.stringify(exercise.request)); renderForm(); evaluate().then(() => $("result").scrollIntoView()); } }, "Show the full ruling"));
  } catch (e) { showError(e.error, body); }
}

// A paragraph the student wrote is graded by its reading (as the Markdown grade says it); a question left blank is missed.
const written = (miss) => miss.field.startsWith("statements");
// The answer file's field as the question asked (the JSON keeps the field's name).
const question = (field) => ({ withoutPrejudice: "without prejudice", redact: "what is redacted" })[field]
  || (field.startsWith("statements[") ? "the declaration paragraph" + (field === "statements[0]" ? "" : " for harm " + field.slice(11, -1))
    : field.startsWith("showings[") ? "how particular the showing is" + (field === "showings[0]" ? "" : " (harm " + field.slice(9, -1) + ")") : field);
function said(miss) {
  if (miss.unanswered) return "not answered; expected " + show(miss.expected) + ".";
  return written(miss) ? (miss.given === "none" ? "your paragraph shows no reason at all" : "your paragraph reads as " + show(miss.given)) + "; it needs to read as " + show(miss.expected) + "."
    : "expected " + show(miss.expected) + ", you answered " + show(miss.given) + ".";
}

// The case file's Markdown, enough of it for a case file (headings, paragraphs, lists, tables, bold, italics, code),
// built as nodes: nothing in it is ever read as HTML.
function markdown(text) {
  const root = document.createDocumentFragment();
  const inline = (line) => {
    const parts = [];
    const pattern = /(\*\*[^*]+\*\*|\*[^*]+\*|`[^`]+`)/g;
    let last = 0;
    for (const m of line.matchAll(pattern)) {
      if (m.index > last) parts.push(line.slice(last, m.index));
      const t = m[0];
      parts.push(t.startsWith("**") ? el("strong", { text: t.slice(2, -2) }) : t.startsWith("`") ? el("code", { text: t.slice(1, -1) }) : el("em", { text: t.slice(1, -1) }));
      last = m.index + t.length;
    }
    if (last < line.length) parts.push(line.slice(last));
    return parts;
  };
  const blocks = text.replace(/\r/g, "").split(/\n{2,}/);
  for (const block of blocks) {
    const lines = block.split("\n").filter((l) => l.trim() !== "");
    if (!lines.length) continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(lines[0]);
    if (heading && lines.length === 1) { root.append(el("h" + Math.min(6, heading[1].length + 3), {}, inline(heading[2]))); continue; }
    if (lines.every((l) => l.trim().startsWith("|"))) {
      const cells = (l) => l.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
      const rows = lines.filter((l) => !/^\|[\s:|-]+\|?$/.test(l.trim())).map(cells);
      root.append(el("table", {}, el("thead", {}, el("tr", {}, rows[0].map((c) => el("th", { scope: "col" }, inline(c))))),
        el("tbody", {}, rows.slice(1).map((r) => el("tr", {}, r.map((c) => el("td", {}, inline(c))))))));
      continue;
    }
    if (lines.every((l) => /^\s*([-*]|\d+\.)\s+/.test(l))) {
      const ordered = /^\s*\d+\./.test(lines[0]);
      root.append(el(ordered ? "ol" : "ul", {}, lines.map((l) => el("li", {}, inline(l.replace(/^\s*([-*]|\d+\.)\s+/, ""))))));
      continue;
    }
    root.append(el("p", {}, inline(lines.join(" "))));
  }
  return root;
}

function show(value) {
  if (value === undefined || value === null || value === "") return "nothing";
  return Array.isArray(value) ? (value.length ? value.join(", ") : "nothing") : words(value);
}

// ---- start -------------------------------------------------------------------------------------------------
async function start() {
  [state.schema, state.resultSchema, state.citations] = await Promise.all([call("GET", "/api/schema/request"), call("GET", "/api/schema/result"), call("GET", "/api/citations")]);
  state.model = blank(state.schema);
  renderForm();
  $("request-form").addEventListener("submit", async (e) => { e.preventDefault(); if (await evaluate()) $("result").scrollIntoView(); });
  $("import-file").addEventListener("change", (e) => { if (e.target.files[0]) importFile(e.target.files[0]); e.target.value = ""; });
  $("export").addEventListener("click", exportRequest);
  $("reset").addEventListener("click", () => { state.model = blank(state.schema); renderForm(); showError(null); });
  $("exercise-load").addEventListener("click", openExercise);
  $("check").addEventListener("click", selfCheck);
  // The movant's order is on one motion: the choice follows the form's motions whenever it is opened or used.
  const motionChoices = () => {
    const select = $("order-motion");
    const ids = ((state.model && state.model.motions) || []).map((m) => m.id).filter(Boolean);
    const kept = select.value;
    select.replaceChildren(...ids.map((id) => el("option", { value: id, text: id })));
    if (ids.includes(kept)) select.value = kept;
  };
  $("order-motion").addEventListener("focus", motionChoices);
  $("order-movant-docx").addEventListener("click", () => { motionChoices(); downloadOrder("docx", null, null, "movant", $("order-motion").value); });
  $("order-movant-html").addEventListener("click", () => { motionChoices(); downloadOrder("html", null, null, "movant", $("order-motion").value); });
  $("order-docx").addEventListener("click", () => downloadOrder("docx"));
  $("order-html").addEventListener("click", () => downloadOrder("html"));
  startInterview();
  await loadExercises();
  document.body.dataset.ready = "true";
}

start().catch((e) => showError(e.error || { code: "page", message: String(e) }));
