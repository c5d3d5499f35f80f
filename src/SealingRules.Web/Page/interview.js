// SealingRules guided interview: the way in for people. One question at a time, in plain words and in the order a
// court's analysis runs; the request is built from the answers (its ids made from them), kept in this browser's own
// storage, reviewed, then sent to this origin's API. Reuses app.js's helpers: el, $, call, reading, steps, cites,
// renderCheck, downloadOrder, renderForm, evaluate and its state.
"use strict";

const IV_KEY = "sealingrules.interview.v1";
const iv = { answers: null, at: 0, errors: {}, request: null, serverError: null };

// ---- the contract's choices, in plain words ----------------------------------------------------------------------
const FILINGS = [
  ["complaint", "The complaint (the papers that start the case)"],
  ["motion-to-dismiss", "A motion to dismiss"],
  ["summary-judgment", "A motion for summary judgment"],
  ["preliminary-injunction", "A motion for a preliminary injunction or a restraining order"],
  ["class-certification", "A motion to certify a class"],
  ["trial", "Evidence offered at trial"],
  ["motion-in-limine", "A motion about what evidence the trial may use (in limine)"],
  ["daubert", "A motion to exclude an expert's opinion"],
  ["discovery", "A discovery dispute (a motion to compel, a protective-order motion)"],
  ["sanctions", "A motion for sanctions"],
  ["settlement-approval", "A request to approve a settlement"],
  ["attorney-fees", "A motion for attorney's fees"],
  ["unfiled-discovery", "Nothing filed yet: material exchanged in discovery"],
  ["other", "Something else"],
];

const MOVANTS = [
  ["plaintiff", "The plaintiff (the side that sued)"],
  ["defendant", "The defendant (the side that was sued)"],
  ["joint", "Both sides together"],
  ["non-party", "Someone who is not a party (a company whose documents were produced, for example)"],
  ["intervenor", "Someone who joined the case to be heard on this"],
];

const KIND_GROUPS = [
  ["Business information", [["pricing-terms", "Prices, royalty rates or payment terms"], ["financial-data", "Revenue, costs, margins or other financial figures"],
    ["customer-information", "Who the customers are, or what they buy"], ["business-strategy", "Plans, forecasts, negotiations or internal analysis"],
    ["trade-secret", "A trade secret (a formula, process or compilation)"], ["source-code", "Software source code"],
    ["technical-information", "Technical designs, specifications or test results"], ["licensing-terms", "The terms of a licence"],
    ["settlement-terms", "The amount or terms of a settlement"], ["internal-policy", "Internal policies and procedures"]]],
  ["What identifies a person", [["name", "A person's name"], ["home-address", "A home address"], ["phone-number", "A phone number"],
    ["email-address", "An email address"], ["ssn", "A Social Security number"], ["taxpayer-id", "A taxpayer-identification number"],
    ["financial-account", "A bank or other account number"], ["birthdate", "A date of birth"], ["emergency-contact", "An emergency contact"],
    ["identification-number", "An ID number (a case, employee or inmate number, a driver's licence)"],
    ["minor-identity", "What identifies a child other than the name (a photo, the school)"], ["victim-identity", "What identifies a victim of a crime or abuse"]]],
  ["About a person", [["medical", "Health information or medical records"], ["mental-health", "Mental-health information or evaluations"],
    ["criminal-history", "Arrests, charges or convictions"], ["immigration-status", "Immigration status or history"],
    ["personnel-record", "A personnel file (evaluations, discipline, pay)"], ["education", "School records"], ["sexual-orientation", "Sexual orientation"],
    ["gender", "Gender"], ["occupation", "A job or former job"], ["city-of-origin", "The city or town someone comes from"],
    ["country-of-origin", "The country someone comes from"], ["blood-type", "Blood type"],
    ["identification-document-type", "Which kind of identity document someone holds"], ["travel-details", "How, when or where someone travelled"],
    ["persecution-category", "The ground on which someone fears persecution"]]],
  ["Government information", [["internal-opinions", "Officials' internal opinions or deliberations"], ["operational-data", "Operational figures (counts, capacities, schedules)"],
    ["contingency-plan", "An emergency or contingency plan"], ["law-enforcement-technique", "Law-enforcement techniques and methods"],
    ["security-procedure", "Security procedures (access, alarms)"], ["agent-locations", "Where officers or agents are posted"],
    ["investigative-file", "The file of an investigation"]]],
  ["Something else", [["other", "Something else"]]],
];
const KIND_WORDS = Object.fromEntries(KIND_GROUPS.flatMap(([, kinds]) => kinds));

const ABOUT = [
  ["party", "A party to the case (your side or the other)"],
  ["non-party-business", "A business that is not in the case"],
  ["private-individual", "A private person (a witness, a patient, an employee, a customer)"],
  ["minor", "A child"],
  ["public-official", "A government official or employee"],
  ["government-agency", "A government agency"],
];

const DESIGNATORS = [["movant", "Your side"], ["opposing-party", "The other side"], ["non-party", "Someone outside the case"]];
// A motion may carry the filer's own documents beside the other side's: then each document is asked about.
const DESIGNATED_ALL = [...DESIGNATORS, ["mixed", "Different parties, document by document"]];
const SIGNERS = [
  ["designating", "Someone for the party that marked the documents confidential"],
  ["filer", "Your side's lawyer or another person for the filer"],
  ["none", "Nobody: the reasons are only argued in the motion"],
];
const WHOLE = [
  ["parts", "Only those parts: the rest of the document can be public (ask to black out the parts)"],
  ["all", "All of it: the whole document is confidential (ask to seal it whole)"],
];
const AT_ISSUE = [["yes", "Yes"], ["no", "No"], ["", "Not sure"]];
// Who made it so (atIssueBy): the orders that leave health records at issue public rest on the person's own choice to make them evidence.
const AT_ISSUE_BY = [["subject", "The person it concerns (by suing over the injury, say)"], ["another-party", "Another party (the government asking to treat or examine the person, say)"], ["", "Not sure"]];
// A party may be a person or a company: a company has no personal privacy to claim (partyType).
const PARTY_TYPES = [["person", "A person"], ["organization", "A company or an agency"], ["", "Not sure"]];
const DONE = [["yes", "Done"], ["no", "Not yet"], ["", "Not sure"]];
// A part that identifies someone asks whether the court has let that person use a pseudonym, or refused (pseudonym):
// a grant would be undone by a filing that named them; a refusal leaves a party's own name public. A test holds this
// list to Taxonomy.PointsToAPerson, the kinds the rules read the answer for.
const IDENTIFYING = new Set(["name", "home-address", "phone-number", "email-address", "birthdate", "emergency-contact", "minor-identity",
  "victim-identity", "occupation", "city-of-origin", "ssn", "taxpayer-id", "financial-account", "identification-number"]);
const PSEUDONYM = [["allowed", "Yes, it has"], ["denied", "No, it refused"], ["", "Not asked, or not yet decided"]];
const asksPseudonym = (p) => IDENTIFYING.has(p.kind) && ["party", "private-individual", "minor"].includes(p.about) && p.partyType !== "organization";

// The papers each district's rule asks for, as filing facts (the declarations are asked about on their own). A test
// holds this list to the procedure data (rules/Procedure), so a requirement the check reads is never left unasked.
const DISTRICT_FACTS = {
  "N.D. Cal.": ["proposedOrder", "proposedOrderTable", "redactedPublicVersion", "unredactedSealedVersion", "sealedPortionsMarked", "lessRestrictiveAlternativeExplained", "filedWithDocument", "motionInPrescribedForm", "identifiersRedacted"],
  "C.D. Cal.": ["leaveBeforeFiling", "motionInPrescribedForm", "proposedOrder", "proposedOrderTable", "redactedPublicVersion", "unredactedSealedVersion", "sealedPortionsMarked", "metAndConferred", "serviceOfSealedDocuments", "chambersCopies", "identifiersRedacted"],
  "S.D. Cal.": ["leaveBeforeFiling", "motionInPrescribedForm", "redactedPublicVersion", "unredactedSealedVersion", "sealedPortionsMarked", "noticeToDesignatingParty", "identifiersRedacted"],
  "E.D. Cal.": ["publicNotice", "proposedOrder", "motionInPrescribedForm", "leaveBeforeFiling", "identifiersRedacted"],
  "D. Ariz.": ["leaveBeforeFiling", "proposedOrder", "filedWithDocument", "redactedPublicVersion", "identifiersRedacted"],
  "D. Nev.": ["filedWithDocument", "identifiersRedacted"],
  "D. Or.": ["leaveBeforeFiling", "chambersCopies", "serviceOfSealedDocuments", "metAndConferred", "identifiersRedacted"],
  "W.D. Wash.": ["filedWithDocument", "metAndConferred", "redactedPublicVersion", "identifiersRedacted"],
  "*": ["proposedOrder", "redactedPublicVersion", "unredactedSealedVersion", "identifiersRedacted"]
};
const FACT_WORDS = {
  proposedOrder: "A proposed order for the judge to sign",
  proposedOrderTable: "In the proposed order, a table listing each document or portion to be sealed",
  redactedPublicVersion: "A redacted version of each document, filed publicly",
  unredactedSealedVersion: "The complete, unredacted version, filed under seal",
  sealedPortionsMarked: "In the unredacted version, the confidential portions highlighted",
  lessRestrictiveAlternativeExplained: "A statement why something less than sealing (redaction, a summary) would not be enough",
  filedWithDocument: "The motion filed at the same time as the documents",
  motionInPrescribedForm: "The motion in the form the district's rule prescribes",
  leaveBeforeFiling: "The court's permission to file under seal, obtained before filing the documents",
  metAndConferred: "A talk with the other side about the sealing first (meet and confer)",
  serviceOfSealedDocuments: "The sealed documents served on the other parties",
  chambersCopies: "Paper copies for the judge's chambers, where the rules ask for them",
  publicNotice: "A public notice of the request, filed on the docket",
  noticeToDesignatingParty: "The party that marked the documents confidential told of the motion",
  identifiersRedacted: "Social Security and account numbers, birth dates and children's names shortened in every public copy (Rule 5.2)",
  supportingDeclaration: "The declaration supporting the reasons, filed",
  designatingDeclarationFiled: "The declaration of the party that marked the documents confidential, filed",
  designatingDeclarationDate: "The day that declaration was filed",
  motionFiled: "The day the motion is filed",
};

// ---- small helpers ---------------------------------------------------------------------------------------------
const blankAnswers = () => ({ court: "", judge: "", caseName: "", caseNumber: "", docket: "", filing: "", movant: "",
  documents: [blankDocument()], designatedBy: "", signer: "", facts: {}, filed: "" });
function blankDocument() { return { exhibit: "", title: "", parts: [blankPart()], whole: "", reason: "", harm: "", designatedBy: "" }; }

// Who marked this document confidential: the one answer for all, or the document's own when they differ.
const designatorOf = (a, d) => (a.designatedBy === "mixed" ? d.designatedBy || "" : a.designatedBy);
function blankPart() { return { name: "", kind: "", about: "", partyType: "", where: "", atIssue: "", atIssueBy: "", pseudonym: "" }; }

function save() {
  try { localStorage.setItem(IV_KEY, JSON.stringify({ answers: iv.answers, at: iv.at })); } catch { /* storage off: answers live in the page only */ }
}
function restore() {
  try {
    const kept = JSON.parse(localStorage.getItem(IV_KEY) || "null");
    if (kept && kept.answers && Array.isArray(kept.answers.documents)) {
      iv.answers = Object.assign(blankAnswers(), kept.answers);
      iv.at = kept.at === "result" ? "review" : kept.at;
      return;
    }
  } catch { /* unreadable: start fresh */ }
  iv.answers = blankAnswers();
  iv.at = 0;
}

const slug = (text) => String(text).toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
  .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 40);
const bareExhibit = (x) => String(x).trim().replace(/^(exhibit|ex\.?)\s*/i, "");
const exhibitName = (x) => (/^(exhibit|ex\.?)\s*/i.test(String(x).trim()) ? "Exhibit " + bareExhibit(x) : /^\w/.test(String(x).trim()) ? "Exhibit " + String(x).trim() : String(x).trim());
const docName = (d, i) => (d.exhibit.trim() ? exhibitName(d.exhibit) : "Document " + (i + 1));
const partName = (p) => (/^(the|a|an|our|their|its|his|her|my|your)\b/i.test(p.name.trim()) ? p.name.trim() : "the " + p.name.trim());
const list = (xs) => (xs.length <= 1 ? xs.join("") : xs.slice(0, -1).join(", ") + " and " + xs[xs.length - 1]);
const wordsOf = (pairs, v) => (pairs.find(([k]) => k === v) || [null, ""])[1];
const schemaDocs = (shape, field) => ((state.schema.definitions[shape] || state.schema).properties[field]["x-valueDescriptions"] || {});

function unique(base, taken) {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = base + "-" + n;
  taken.add(id);
  return id;
}

// The harm a reason most likely claims when the filer does not say, from the first part's kind and whom it concerns.
// It follows PlausibleHarms.KindsOwnFirst (src/SealingRules/WhatIf/PlausibleHarms.cs): a person's own information is
// private first, unless it is a business's by nature (a price list) or a party's business information; a test holds
// every pair to PlausibleHarms.For.
const PERSONS = ["party", "private-individual", "minor", "public-official"];
const BUSINESS_BY_NATURE = ["trade-secret", "source-code", "technical-information", "pricing-terms", "licensing-terms"];
const inGroup = (n, kind) => KIND_GROUPS[n][1].some(([k]) => k === kind);
// Words that claim the lawyer-client privilege or work product, or call the material legal advice (the reader's own words for
// them are Lexicon's PrivilegeClaimed and LegalAdvice; this only picks the claim the request sends): the engine weighs a
// privilege as the confidentiality it protects (a privacy claim resting on privilege), whatever the information is.
const CLAIMS_PRIVILEGE = /\b(attorney[- ]client|attorney[- ]work[- ]product|work[- ]product (doctrine|protection|privilege|immunity|protected)|(as|is|are|constitutes?|protected) work[- ]product|privileged? (and|or) (the )?work[- ]product|privileged (communications?|e-?mails?|memorand(a|um)|advice|documents?|materials?|letters?)|legal advice|(attorney|counsel|lawyer)('s|s')? (legal )?advice)\b/i;
const claimsPrivilege = (doc) => CLAIMS_PRIVILEGE.test(doc.reason || "");

function likelyHarm(doc) {
  if (claimsPrivilege(doc)) return "privacy";
  const part = doc.parts.find((p) => p.kind) || {};
  const kind = part.kind || "", about = part.about || "";
  const institutional = inGroup(0, kind) || inGroup(3, kind);
  const company = about === "party" && part.partyType === "organization";
  if (PERSONS.includes(about) && !company && !BUSINESS_BY_NATURE.includes(kind) && !(about === "party" && institutional)) return "privacy";
  if (["trade-secret", "source-code"].includes(kind)) return "trade-secret-disclosure";
  if (inGroup(0, kind)) return "competitive-harm";
  // A company's deliberations are its plans, which competitors would want; an agency's touch its enforcement.
  if (kind === "internal-opinions" && (about === "non-party-business" || company)) return "competitive-harm";
  if (["law-enforcement-technique", "investigative-file", "agent-locations"].includes(kind)) return "law-enforcement-interference";
  if (inGroup(3, kind)) return "security-vulnerability";
  // A person's kind of information held by a business or an agency (their own identifiers, their records).
  // A company's own unclassified information, like a business's, is its competitors' to use.
  if ((company && kind === "other") || about === "non-party-business" || ["ssn", "taxpayer-id", "financial-account", "birthdate"].includes(kind)) return about ? "competitive-harm" : "privacy";
  return about ? "safety" : "privacy";
}

// ---- controls, each with its label ----------------------------------------------------------------------------
function ivText(id, label, value, onInput, attrs) {
  const input = el("input", Object.assign({ id, type: "text", autocomplete: "off" }, attrs || {}));
  input.value = value || "";
  input.addEventListener("input", () => { onInput(input.value); save(); });
  return el("div", { class: "field" }, el("label", { for: id, text: label }), input);
}
function ivSelect(id, label, groups, value, onChange, help) {
  const options = groups.map((g) => (Array.isArray(g[1])
    ? el("optgroup", { label: g[0] }, g[1].map(([v, t]) => el("option", { value: v, text: t })))
    : el("option", { value: g[0], text: g[1] })));
  const select = el("select", { id, "aria-describedby": help ? id + "-help" : null }, el("option", { value: "", text: "(choose)" }), options);
  select.value = value || "";
  const helpBox = help ? el("small", { class: "value-help", id: id + "-help", text: help(select.value) }) : null;
  select.addEventListener("change", () => { onChange(select.value); if (helpBox) helpBox.textContent = help(select.value); save(); });
  return el("div", { class: "field" }, el("label", { for: id, text: label }), select, helpBox);
}
function ivRadios(id, legend, pairs, value, onChange) {
  return el("fieldset", { class: "choices", id },
    el("legend", { text: legend }),
    pairs.map(([v, text]) => {
      const rid = id + "-" + (v || "unsure");
      const box = el("input", { type: "radio", name: id, id: rid, value: v });
      box.checked = (value || "") === v;
      box.addEventListener("change", () => { if (box.checked) { onChange(v); save(); } });
      return el("div", { class: "choice" }, box, el("label", { for: rid, text: text }));
    }));
}

// ---- the questions, in the order a court's analysis runs ---------------------------------------------------------
function questions(a) {
  const qs = [
    { key: "court", title: "Which court is the case in?",
      help: "The district decides which sealing rule applies; the judge, if you know who it is, goes on the proposed order.",
      render: () => [ivSelect("iv-court", "District court", state.schema.properties.court.enum.map((c) => [c, c + " (" + (schemaDocs(null, "court")[c] || "").replace(/\.$/, "") + ")"]),
        a.court, (v) => { a.court = v; }), ivText("iv-judge", "Judge (optional): the name; for a magistrate judge, “Magistrate Judge” before it, so the order signs with that title", a.judge, (v) => { a.judge = v; })],
      answer: () => [a.court || "—", a.judge.trim() ? "Judge: " + a.judge.trim() : null],
      check: () => (a.court ? [] : ["Choose the court the case is in."]) },
    { key: "case", title: "What is the case called?",
      help: "As it appears on the caption, for example “Acme Parts, Inc. v. Brightline Supply Co.”.",
      render: () => [ivText("iv-case-name", "Case name", a.caseName, (v) => { a.caseName = v; }), ivText("iv-case-number", "Case number (optional)", a.caseNumber, (v) => { a.caseNumber = v; }),
        ivText("iv-docket", "The motion's docket number, if it has one (optional)", a.docket, (v) => { a.docket = v; }, { placeholder: "ECF 52" })],
      answer: () => [a.caseName.trim() || "—", a.caseNumber.trim() ? "No. " + a.caseNumber.trim() : null, a.docket.trim() ? "Motion: " + a.docket.trim() : null],
      check: () => (a.caseName.trim() ? [] : ["Give the case name."]) },
    { key: "filing", title: "What filing are the documents attached to?",
      help: "Courts ask this first: papers attached to a filing that goes to the heart of the case need compelling reasons to be sealed; others need only good cause.",
      render: () => [ivRadios("iv-filing", "The documents are attached to", FILINGS, a.filing, (v) => { a.filing = v; })],
      answer: () => [wordsOf(FILINGS, a.filing) || "—"],
      check: () => (a.filing ? [] : ["Say what filing the documents are attached to."]) },
    { key: "movant", title: "Who is asking the court to keep them from the public?",
      render: () => [ivRadios("iv-movant", "The motion is filed by", MOVANTS, a.movant, (v) => { a.movant = v; })],
      answer: () => [wordsOf(MOVANTS, a.movant) || "—"],
      check: () => (a.movant ? [] : ["Say who is filing the motion."]) },
    { key: "documents", title: "Which documents do you want kept from the public?",
      help: "One line per document: its exhibit number and what it is. The next questions ask about each in turn.",
      render: () => documentRows(a),
      answer: () => a.documents.map((d, i) => docName(d, i) + (d.title.trim() ? ": " + d.title.trim() : "")),
      check: () => {
        const errors = [];
        const seen = new Set();
        a.documents.forEach((d, i) => {
          if (!d.exhibit.trim()) errors.push("Give the exhibit number of document " + (i + 1) + ".");
          else if (seen.has(slug(bareExhibit(d.exhibit)))) errors.push(exhibitName(d.exhibit) + " is listed twice.");
          seen.add(slug(bareExhibit(d.exhibit)));
        });
        return errors;
      } },
  ];
  a.documents.forEach((d, i) => {
    const name = () => docName(d, i);
    qs.push(
      { key: "parts-" + i, title: "What in " + name() + " is confidential?",
        help: "Name each confidential part in a few words (“the price table”, “the patient's name”), say what sort of information it is and whom it concerns, and where it is (pages or lines).",
        render: () => partRows(d, i),
        answer: () => d.parts.map((p) => (p.name.trim() || "(unnamed part)") + ": " + (KIND_WORDS[p.kind] || "sort not given").toLowerCase() + ", about " + (wordsOf(ABOUT, p.about) || "—").toLowerCase() + (p.about === "party" && p.partyType ? " (" + wordsOf(PARTY_TYPES, p.partyType).toLowerCase() + ")" : "") +
          (p.where.trim() ? ", " + p.where.trim() : "") + (p.atIssue ? (p.atIssue === "yes" ? ", itself what the case is about" + (p.atIssueBy === "another-party" ? " (made so by another party)" : "") : ", not what the case is about") : "") +
          (asksPseudonym(p) && p.pseudonym ? (p.pseudonym === "allowed" ? ", the person allowed a pseudonym" : ", the person refused a pseudonym") : "")),
        check: () => d.parts.flatMap((p, k) => {
          const which = p.name.trim() ? "“" + p.name.trim() + "”" : "part " + (k + 1);
          return [p.name.trim() ? null : "Name part " + (k + 1) + " of " + name() + " in a few words.",
            p.kind ? null : "Say what sort of information " + which + " is.",
            p.about ? null : "Say whom " + which + " concerns."].filter(Boolean);
        }) },
      { key: "whole-" + i, title: "Is all of " + name() + " confidential, or only those parts?",
        help: "Courts seal no more than they must: if the rest of the document is not confidential, they black out the confidential parts and file the rest publicly.",
        render: () => [ivRadios("iv-doc-" + i + "-whole", "In " + name(), WHOLE, d.whole, (v) => { d.whole = v; })],
        answer: () => [wordsOf(WHOLE, d.whole) || "—"],
        check: () => (d.whole ? [] : ["Say whether all of " + name() + " is confidential."]) },
      { key: "reason-" + i, title: "Why would making " + (d.parts.length > 1 ? "those parts" : d.parts[0].name.trim() ? partName(d.parts[0]) : "it") + " public cause harm?",
        help: "In your own words, as the declaration would say it: what the part shows, who would use it, and how disclosure would hurt. The result shows how a court would likely read them. If another party marked this document confidential and you take no position, leave this blank: that party must give its own reasons.",
        render: () => {
          const id = "iv-doc-" + i + "-reason";
          // No maxlength: a browser cuts a long paste silently; the counter says when it is over, and the check stops it.
          const box = el("textarea", { id, rows: "6", "aria-describedby": id + "-count", placeholder: "For example: disclosure of the per-unit prices would let our competitors undercut our bids in the next contract round, because …" });
          const count = el("small", { id: id + "-count", class: "value-help", "aria-live": "polite" });
          const counted = () => { count.textContent = reasonCount(box.value); count.classList.toggle("iv-over", box.value.trim().length > REASON_LIMIT); };
          box.value = d.reason;
          counted();
          box.addEventListener("input", () => { d.reason = box.value; counted(); save(); });
          const harmDocs = schemaDocs("Harm", "kind");
          return [el("div", { class: "field" }, el("label", { for: id, text: "The reason, in your own words" }), box, count),
            ivSelect("iv-doc-" + i + "-harm", "What harm is that? (optional)", state.schema.definitions.Harm.properties.kind.enum.map((k) => [k, harmDocs[k] || k]),
              d.harm, (v) => { d.harm = v; }, (v) => (v ? "" : assumedHarm(d)))];
        },
        answer: () => [d.reason.trim() || "—", d.harm ? "Harm: " + schemaDocs("Harm", "kind")[d.harm] : d.reason.trim() ? assumedHarm(d) : null],
        // Another party's designation is that party's to support: the filer need give no reason of its own.
        check: () => (d.reason.trim().length > REASON_LIMIT ? ["Shorten the reason for " + name() + " to " + REASON_LIMIT.toLocaleString("en-US") + " characters; it has " + d.reason.trim().length.toLocaleString("en-US") + "."]
          : d.reason.trim() || ["opposing-party", "non-party"].includes(designatorOf(a, d)) ? [] : ["Give the reason for " + name() + " in your own words."]) });
  });
  qs.push(
    { key: "declaration", title: "Who marked the documents confidential, and who signs the declaration?",
      help: "A declaration is the sworn statement that gives the facts behind the reasons. When the other side or an outsider marked the documents confidential, the court usually wants that party's own declaration.",
      render: () => [ivRadios("iv-designated", "The documents were marked confidential by", DESIGNATED_ALL, a.designatedBy, (v) => { a.designatedBy = v; renderInterview("iv-designated-" + v); }),
        a.designatedBy === "mixed" ? a.documents.map((d, i) => ivRadios("iv-doc-" + i + "-designated", docName(d, i) + " was marked confidential by", DESIGNATORS, d.designatedBy, (v) => { d.designatedBy = v; })) : null,
        ivRadios("iv-signer", "The declaration is signed by", SIGNERS, a.signer, (v) => { a.signer = v; })],
      answer: () => [a.designatedBy === "mixed"
        ? "Marked confidential by: " + a.documents.map((d, i) => docName(d, i) + ", " + (wordsOf(DESIGNATORS, d.designatedBy) || "—").toLowerCase()).join("; ")
        : "Marked confidential by: " + (wordsOf(DESIGNATORS, a.designatedBy) || "—").toLowerCase(), "Declaration: " + (wordsOf(SIGNERS, a.signer) || "—").toLowerCase()],
      check: () => [a.designatedBy ? null : "Say who marked the documents confidential.",
        ...(a.designatedBy === "mixed" ? a.documents.map((d, i) => (d.designatedBy ? null : "Say who marked " + docName(d, i) + " confidential.")) : []),
        a.signer ? null : "Say who signs the declaration."].filter(Boolean) },
    { key: "facts", title: "Where are you with the papers the court's rule asks for?",
      help: "The pre-filing check reads these answers: each paper done, not yet, or not sure. Leave the date blank if the motion is not filed yet.",
      render: () => [ivText("iv-filed", "The day the motion is (or was) filed (optional)", a.filed, (v) => { a.filed = v; }, { type: "date" }),
        askedFacts(a).map((f) => ivRadios("iv-fact-" + f, FACT_WORDS[f], DONE, a.facts[f], (v) => { a.facts[f] = v; }))],
      answer: () => [a.filed ? "Filed: " + a.filed : null, ...askedFacts(a).map((f) => FACT_WORDS[f] + ": " + wordsOf(DONE, a.facts[f] || "").toLowerCase())],
      // A date that cannot be right is marked as soon as the review shows, not only once the result is asked for.
      checkAtOnce: true,
      check: () => (a.filed && !isDate(a.filed) ? ["Give the day the motion is filed as a full date from 1900 to 2199: day, month and year."] : []) });
  return qs;
}
// Said wherever the harm was not chosen, so the filer sees what the result assumes and can change it.
const assumedHarm = (d) => claimsPrivilege(d)
  ? "Harm not chosen: your words claim a privilege, so the result weighs the reason as one (the confidentiality of the communication with counsel). Choose a harm if that is not the reason."
  : "Harm not chosen: the result assumes “" + (schemaDocs("Harm", "kind")[likelyHarm(d)] || likelyHarm(d)).replace(/\.$/, "") + "”, the usual harm for " +
  ((d.parts.find((p) => p.kind) || {}).name ? partName(d.parts.find((p) => p.kind)) : "such information") + ". Choose another if that is not the harm.";
// The contract's limit on a statement (Shapes.StatementLimit), counted as the request will carry it (trimmed).
const REASON_LIMIT = 10000;
function reasonCount(text) {
  const n = text.trim().length, limit = REASON_LIMIT.toLocaleString("en-US");
  return n > REASON_LIMIT ? n.toLocaleString("en-US") + " characters: " + (n - REASON_LIMIT).toLocaleString("en-US") + " over the limit of " + limit + ". Nothing has been cut; shorten it before asking for the result."
    : n.toLocaleString("en-US") + " of " + limit + " characters";
}
// The declaration fact the signer's answer points to: the designating party's own, the rules ask of it when it is not
// the filer; otherwise the supporting declaration. None when nobody signs one.
function declarationFact(a) {
  if (!a.signer || a.signer === "none") return null;
  return a.signer === "designating" && a.documents.some((d) => ["opposing-party", "non-party"].includes(designatorOf(a, d))) ? "designatingDeclarationFiled" : "supportingDeclaration";
}
const factsFor = (court) => DISTRICT_FACTS[court] || DISTRICT_FACTS["*"];
const askedFacts = (a) => [...(declarationFact(a) ? [declarationFact(a)] : []), ...factsFor(a.court)];
// A date the server accepts (its range is 1900-2199): a mistyped year ("0099") is caught here, before the result is asked for.
function isDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = m && new Date(Date.UTC(+m[1], m[2] - 1, +m[3]));
  return Boolean(m) && +m[1] >= 1900 && +m[1] <= 2199 && day.getUTCMonth() === m[2] - 1 && day.getUTCDate() === +m[3];
}

function documentRows(a) {
  const rows = a.documents.map((d, i) => el("fieldset", { class: "iv-row" }, el("legend", { text: "Document " + (i + 1) }),
    el("div", { class: "grid" },
      ivText("iv-doc-" + i + "-exhibit", "Exhibit number", d.exhibit, (v) => { d.exhibit = v; }, { placeholder: "3" }),
      ivText("iv-doc-" + i + "-title", "What it is", d.title, (v) => { d.title = v; }, { placeholder: "Supplier agreement" })),
    a.documents.length > 1 ? el("button", { type: "button", class: "remove", id: "iv-doc-" + i + "-remove", onclick: () => { a.documents.splice(i, 1); save(); renderInterview(); } }, "Remove this document") : null));
  return [rows, el("button", { type: "button", class: "add", id: "iv-doc-add", onclick: () => { a.documents.push(blankDocument()); save(); renderInterview("iv-doc-" + (a.documents.length - 1) + "-exhibit"); } }, "Add another document")];
}

function partRows(d, i) {
  const kindDocs = schemaDocs("Information", "kind");
  const rows = d.parts.map((p, k) => {
    const id = "iv-doc-" + i + "-part-" + k;
    return el("fieldset", { class: "iv-row" }, el("legend", { text: "Confidential part " + (k + 1) }),
      el("div", { class: "grid" },
        ivText(id + "-name", "The part, in a few words", p.name, (v) => { p.name = v; }, { placeholder: "the price table" }),
        ivSelect(id + "-kind", "What sort of information it is", KIND_GROUPS, p.kind, (v) => { p.kind = v; save(); renderInterview(id + "-kind"); }, (v) => kindDocs[v] || ""),
        // A party's part asks next whether the party is a person: the page redraws to ask it.
        ivSelect(id + "-about", "Whom it concerns", ABOUT, p.about, (v) => { p.about = v; if (v !== "party") p.partyType = ""; save(); renderInterview(id + "-about"); }),
        ivText(id + "-where", "Where it is (pages or lines)", p.where, (v) => { p.where = v; }, { placeholder: "pages 4-5" })),
      p.about === "party" ? ivRadios(id + "-party-type", "Is that party a person, or a company or an agency?", PARTY_TYPES, p.partyType, (v) => { p.partyType = v; save(); renderInterview(id + "-party-type-" + (v || "unsure")); }) : null,
      asksPseudonym(p) ? ivRadios(id + "-pseudonym", "Has the court let this person proceed under a pseudonym in this case?", PSEUDONYM, p.pseudonym || "", (v) => { p.pseudonym = v; }) : null,
      ivRadios(id + "-at-issue", "Is this information itself what the case is about (the plaintiff's own medical condition in an injury case, say)?",
        AT_ISSUE, p.atIssue, (v) => { p.atIssue = v; if (v !== "yes") p.atIssueBy = ""; save(); renderInterview(id + "-at-issue-" + (v || "unsure")); }),
      p.atIssue === "yes" ? ivRadios(id + "-at-issue-by", "Who made it what the case is about?", AT_ISSUE_BY, p.atIssueBy || "", (v) => { p.atIssueBy = v; }) : null,
      d.parts.length > 1 ? el("button", { type: "button", class: "remove", id: id + "-remove", onclick: () => { d.parts.splice(k, 1); save(); renderInterview(); } }, "Remove this part") : null);
  });
  return [rows, el("button", { type: "button", class: "add", id: "iv-doc-" + i + "-part-add", onclick: () => { d.parts.push(blankPart()); save(); renderInterview("iv-doc-" + i + "-part-" + (d.parts.length - 1) + "-name"); } }, "Add another part")];
}

// ---- the request, built from the answers (people never type an id) ---------------------------------------------
function buildRequest(a) {
  const taken = new Set();
  const declared = a.signer === "designating" || a.signer === "filer";
  const items = a.documents.map((d, i) => {
    const id = unique(slug(bareExhibit(d.exhibit)) ? "ex-" + slug(bareExhibit(d.exhibit)) : "doc-" + (i + 1), taken);
    const item = { id };
    if (d.title.trim()) item.title = d.title.trim();
    item.request = d.whole === "all" ? "seal" : "redact";
    item.remainder = d.whole === "all" ? "confidential" : "not-confidential";
    const designated = designatorOf(a, d);
    if (designated) item.designatedBy = designated;
    item.information = d.parts.map((p, k) => {
      const info = { id: unique(id + "-" + (slug(p.name) || "part-" + (k + 1)), taken), kind: p.kind, about: p.about };
      if (p.about === "party" && p.partyType) info.partyType = p.partyType;
      if (p.atIssue) info.atIssue = p.atIssue === "yes";
      if (p.atIssue === "yes" && p.atIssueBy) info.atIssueBy = p.atIssueBy;
      if (asksPseudonym(p) && p.pseudonym) info.pseudonym = p.pseudonym;
      // The filer's own name for the part: the proposed order's table says "Redact the price table", not the kind.
      if (p.name.trim()) info.label = p.name.trim().slice(0, 200);
      return info;
    });
    if (d.reason.trim()) {
      const harm = { kind: d.harm || likelyHarm(d), statement: d.reason.trim(), evidence: declared ? "declaration" : "argument-only" };
      // The designating party's declarant speaks for another party's document; for the filer's own, the filer does.
      if (a.signer === "designating" && designated && designated !== "movant") harm.offeredBy = "designating-party";
      item.harms = [harm];
      if (claimsPrivilege(d)) item.restsOn = ["privilege"];
    }
    return item;
  });
  const filing = {};
  if (a.filed) filing.motionFiled = a.filed;
  // Leave to file under seal comes after the order: "not yet" before filing means nothing was filed without it, so it
  // stays unknown rather than reading as sealed documents filed without leave.
  for (const f of factsFor(a.court)) if (a.facts[f] === "yes" || (a.facts[f] === "no" && f !== "leaveBeforeFiling")) filing[f] = a.facts[f] === "yes";
  // Who signs says nothing of whether the declaration is filed: only the filer's own answer sets that fact. With nobody
  // to sign one, there is none.
  const declaration = declarationFact(a);
  if (declaration && (a.facts[declaration] === "yes" || a.facts[declaration] === "no")) filing[declaration] = a.facts[declaration] === "yes";
  if (a.signer === "none") filing.supportingDeclaration = false;
  filing.items = a.documents.map((d, i) => {
    const placed = { id: items[i].id };
    const where = d.parts.filter((p) => p.where.trim()).map((p) => (d.parts.length > 1 ? p.name.trim() + ": " : "") + p.where.trim());
    if (where.length) placed.portions = where.join("; ");
    if (d.exhibit.trim()) placed.exhibit = exhibitName(d.exhibit);
    return placed;
  });
  const request = { schemaVersion: 1 };
  if (a.court) request.court = a.court;
  const kase = {};
  if (a.caseName.trim()) kase.name = a.caseName.trim();
  if (a.caseNumber.trim()) kase.number = a.caseNumber.trim();
  if (a.judge.trim()) kase.judge = a.judge.trim();
  if (Object.keys(kase).length) request.case = kase;
  // The motion's docket number, or a blank to fill, as the proposed order leaves the case number.
  request.motions = [{ id: a.docket.trim() || "ECF ___", movant: a.movant, underlyingFiling: a.filing, items }];
  request.filing = filing;
  return request;
}

// The question that produced the part of the request an error names, from the error's path.
function questionOfPath(path) {
  const p = String(path || "");
  let m;
  if (/^(court|asOf)/.test(p)) return "court";
  if (/^case/.test(p)) return "case";
  if ((m = /^motions\[\d+\]\.items\[(\d+)\]\.(\w+)/.exec(p))) {
    const field = m[2];
    if (field === "information") return "parts-" + m[1];
    if (field === "harms") return /\.(evidence|offeredBy)$/.test(p) ? "declaration" : "reason-" + m[1];
    if (field === "request" || field === "remainder") return "whole-" + m[1];
    if (field === "designatedBy") return "declaration";
    return "documents";
  }
  if (/^motions\[\d+\]\.underlyingFiling/.test(p)) return "filing";
  if (/^motions\[\d+\]\.movant/.test(p)) return "movant";
  if ((m = /^filing\.items\[(\d+)\]\.portions/.exec(p))) return "parts-" + m[1];
  if (/^filing\.items/.test(p)) return "documents";
  if (/^filing\.(supportingDeclaration|designatingDeclaration)/.test(p)) return "declaration";
  if (/^filing/.test(p)) return "facts";
  return null;
}
// The server's message, without the path it starts with (people never see a JSON path); a filing fact's own words
// say which answer of its question it concerns.
function plainMessage(error) {
  const text = String(error.message || "").replace(/^[\w.[\]]+:\s*/, "");
  const fact = FACT_WORDS[(/^filing\.(\w+)$/.exec(String(error.path || "")) || [])[1]];
  return fact ? fact + ": " + text : text.replace(/^./, (c) => c.toUpperCase());
}

// ---- drawing: a question, the review, the result ----------------------------------------------------------------
function renderInterview(focusId) {
  const a = iv.answers;
  const qs = questions(a);
  if (typeof iv.at === "number" && iv.at >= qs.length) iv.at = "review";
  const body = $("iv-body");
  const progress = $("iv-progress");
  if (iv.at === "review") for (const q of qs) if (q.checkAtOnce && q.check().length) iv.errors[q.key] = q.check();
  if (iv.at === "review") { progress.textContent = "Review: " + qs.length + " questions"; body.replaceChildren(...review(qs).filter(Boolean)); }
  else if (iv.at === "result") { progress.textContent = "The result"; }
  else {
    const q = qs[iv.at];
    progress.textContent = "Question " + (iv.at + 1) + " of " + qs.length;
    body.replaceChildren(el("div", { class: "iv-question", id: "iv-question", "data-key": q.key },
      el("h3", { id: "iv-title", tabindex: "-1", text: q.title }), q.help ? el("p", { class: "help", text: q.help }) : null,
      q.render(),
      iv.errors[q.key] ? el("ul", { class: "iv-errors", role: "alert" }, iv.errors[q.key].map((e) => el("li", { text: e }))) : null,
      el("div", { class: "toolbar iv-nav" },
        iv.at > 0 ? el("button", { type: "button", id: "iv-back", onclick: () => go(iv.at - 1) }, "Back") : null,
        el("button", { type: "button", id: "iv-next", class: "primary", onclick: () => go(iv.at + 1 >= qs.length ? "review" : iv.at + 1) }, iv.at + 1 >= qs.length ? "Review my answers" : "Next"))));
  }
  const target = focusId && $(focusId);
  if (target) target.focus();
}

function go(at) {
  iv.at = at;
  iv.serverError = null;
  // Once shown, the review's errors follow the answers: a fixed answer loses its mark.
  if (at === "review" && Object.keys(iv.errors).length) iv.errors = checkAll(questions(iv.answers));
  save();
  renderInterview("iv-title");
  if (at === "review") $("iv-review-title").focus();
}

function review(qs) {
  const a = iv.answers;
  const errorCount = Object.values(iv.errors).reduce((n, e) => n + e.length, 0);
  return [
    el("h3", { id: "iv-review-title", tabindex: "-1", text: "Review your answers" }),
    errorCount ? el("p", { class: "error", role: "alert", id: "iv-error-summary", text: errorCount + (errorCount === 1 ? " answer needs" : " answers need") + " your attention; each is marked beside its question below." }) : null,
    iv.serverError ? el("p", { class: "error", role: "alert", id: "iv-server-error", tabindex: "-1", text: "The local server could not answer: " + iv.serverError }) : null,
    el("ol", { class: "iv-review" }, qs.map((q, n) => el("li", { id: "iv-review-" + q.key, class: iv.errors[q.key] ? "has-error" : null },
      el("div", { class: "iv-review-head" }, el("strong", { text: q.title }),
        el("a", { href: "#iv-question", class: "iv-edit", id: "iv-edit-" + q.key, "aria-label": "Edit: " + q.title,
          onclick: (e) => { e.preventDefault(); go(n); } }, "Edit")),
      el("ul", { class: "iv-answer" }, q.answer().filter(Boolean).map((t) => el("li", { text: t }))),
      iv.errors[q.key] ? el("ul", { class: "iv-errors", id: "iv-errors-" + q.key }, iv.errors[q.key].map((e) => el("li", { text: e }))) : null))),
    el("div", { class: "toolbar iv-nav" },
      el("button", { type: "button", id: "iv-back", onclick: () => go(qs.length - 1) }, "Back"),
      el("button", { type: "button", id: "iv-submit", class: "primary", onclick: () => submit(a) }, "See the likely ruling")),
  ];
}

function checkAll(qs) {
  const errors = {};
  for (const q of qs) { const e = q.check(); if (e.length) errors[q.key] = e; }
  return errors;
}

// Every missing answer at once, beside its question; only a complete set goes to the server.
async function submit(a) {
  const qs = questions(a);
  iv.errors = checkAll(qs);
  if (Object.keys(iv.errors).length) { go("review"); return; }
  const request = buildRequest(a);
  let result, check;
  try {
    [result, check] = await Promise.all([call("POST", "/api/evaluate", request), call("POST", "/api/check", request)]);
  } catch (e) {
    // Never silent: beside the question the error names, else at the top (go would re-run only the page's checks).
    const error = e.error || { message: "it could not be reached; is it still running?" };
    const key = questionOfPath(error.path);
    if (key && qs.some((q) => q.key === key)) iv.errors[key] = [plainMessage(error)];
    else iv.serverError = plainMessage(error);
    iv.at = "review";
    save();
    renderInterview();
    $(iv.serverError ? "iv-server-error" : "iv-review-title").focus();
    return;
  }
  iv.request = request;
  iv.at = "result";
  save();
  renderInterview();
  showResult(a, request, result, check);
}

// "Exhibit 3: redact the price table (pages 4-5)", from the item's outcome and the parts it names.
function rulingInWords(a, request, item, i) {
  const d = a.documents[i];
  const parts = new Map(request.motions[0].items[i].information.map((info, k) => [info.id, d.parts[k]]));
  const say = (ids) => list(ids.map((id) => parts.get(id)).filter(Boolean).map((p) => partName(p) + (p.where.trim() ? " (" + p.where.trim() + ")" : "")));
  const name = docName(d, i);
  if (item.outcome === "seal") return name + ": seal the whole document";
  if (item.outcome === "public") return name + ": file it publicly as it is; nothing in it is kept from the public";
  let text = name + ": redact " + say(item.redact);
  if (item.disclose.length) text += "; " + say(item.disclose) + " would stay public";
  if (d.whole === "all") text += " (not seal the whole document, as asked)";
  return text;
}

const DISPOSITIONS = { granted: "grant the motion", "granted-in-part": "grant the motion in part", denied: "deny the motion" };
const STANDARDS = { "compelling-reasons": "compelling reasons, because the documents are attached to a filing that goes to the heart of the case",
  "good-cause": "good cause, because the documents are attached to a filing only loosely related to the merits", "no-presumption": "no presumption of public access: the record is one traditionally kept secret" };

// The check's reasons without the contract's field names: a fact named in backquotes becomes its question's words.
const plainWhy = (text) => String(text).replace(/\s*\((?:[^()]*`[^`]+`[^()]*)\)/g, "").replace(/`(\w+)`/g, (m, f) => "“" + (FACT_WORDS[f] || f) + "”")
  .replace(/The filing facts say/g, "Your answers say").replace(/the filing facts/g, "your answers")
  .replace(/The request does not say/g, "Your answers do not say").replace(/the request does not say/g, "your answers do not say");

// The result names items and parts by their ids; people read the exhibit and the part's own name instead.
function namer(a, request) {
  const names = new Map();
  request.motions[0].items.forEach((item, i) => {
    names.set(item.id, docName(a.documents[i], i));
    item.information.forEach((info, k) => names.set(info.id, partName(a.documents[i].parts[k])));
  });
  const ids = [...names.keys()].sort((x, y) => y.length - x.length);
  return (text) => ids.reduce((t, id) => t.split(id).join(names.get(id)), String(text));
}

// The engine's warnings name the fields a program would set; people are pointed to the question instead.
const plainWarning = (text) => String(text).replace(/^Information (.+?): /, "About $1: ")
  .replace(/say so \(atIssue: true; courts split on such records\)/g, "answer “Yes” to whether it is itself what the case is about (courts split on such records)")
  .replace(/say that \(atIssue: false\)/g, "answer “No”")
  .replace(/say so \(partyType: person\); if it is an organization, say that \(partyType: organization\)/g, "answer “A person” to whether that party is a person or a company; if it is a company or an agency, answer that")
  .replace(/ \(relationToMerits: [\w-]+\)/g, " (in the full form, “relation to the merits”)")
  // A question the interview does not ask is pointed to the full form, by the label the form gives it.
  .replace(/ \((\w+): ([\w -]+)\)/g, (all, field, value) => " (in the full form, “" + labelOf(field) + "”: " + value + ")");

function showResult(a, request, result, check) {
  const motion = result.motions[0];
  const named = namer(a, request);
  const plainSteps = (list) => steps((list || []).map((st) => Object.assign({}, st, { finding: named(st.finding), concerns: (st.concerns || []).map(named) })), result);
  const body = $("iv-body");
  const judge = a.judge.trim();
  // A title the filer typed ("Magistrate Judge …", "Hon. …") is kept, never doubled.
  const kase = [a.caseName.trim(), a.court, judge ? (/\bjudge\b|^(the\s+)?hon/i.test(judge) ? judge : "Judge " + judge) : null].filter(Boolean).join(", ");
  const rulings = el("ul", { class: "iv-rulings", id: "iv-rulings" }, motion.items.map((item, i) => el("li", { "data-item": item.id, "data-outcome": item.outcome, text: rulingInWords(a, request, item, i) })));
  const perDocument = motion.items.map((item, i) => {
    const box = el("div", { class: "iv-document", "data-item": item.id }, el("h4", { text: rulingInWords(a, request, item, i) }));
    for (const s of (item.showings || []).filter((w) => w.because.length)) {
      const read = reading(s);
      read.querySelector(".reading-title").textContent = "A court would likely read your reason as " + words(s.read || s.showing) + ".";
      box.append(el("p", { class: "iv-reason-quote", text: "Your reason: \u201C" + a.documents[i].reason.trim() + "\u201D" }), read);
    }
    if (a.documents[i].reason.trim() && !a.documents[i].harm) box.append(el("p", { class: "help iv-assumed-harm", text: assumedHarm(a.documents[i]) }));
    if (item.cures && item.cures.length) box.append(el("p", { text: "What a better showing would need:" }), el("ul", { class: "cures" }, item.cures.map((c) => el("li", { text: named(c) }))));
    box.append(el("details", { class: "iv-why" }, el("summary", { text: "Why, step by step, with the authorities" }), plainSteps(item.reasoning)));
    return box;
  });
  const checkBox = el("div", { id: "iv-check" });
  renderCheck(check, checkBox, (text) => plainWhy(named(text)));
  const orderError = el("div", { id: "iv-order-error", class: "error", role: "alert", hidden: true });
  body.replaceChildren(...[
    el("h3", { id: "iv-result-title", tabindex: "-1", text: "What the court would likely do" }),
    kase ? el("p", { class: "case", text: kase }) : null,
    el("p", { class: "iv-disposition", id: "iv-disposition", text: "The court would likely " + DISPOSITIONS[motion.disposition] + (motion.withoutPrejudice ? ", without prejudice: you could ask again with a better showing." : ".") +
      " It would ask for " + (STANDARDS[motion.standard] || motion.standard) + "." }),
    rulings,
    (result.warnings || []).length ? el("div", { class: "notice" }, el("strong", { text: "Worth knowing: " }), el("ul", {}, result.warnings.map((w) => el("li", { text: plainWarning(named(w.message)) })))) : null,
    el("h3", { text: "Each document, and how your reasons read" }), perDocument,
    el("h3", { text: "Before filing: what the court's rule asks for" }), checkBox,
    el("h3", { text: "Your proposed order" }),
    el("p", { class: "help", text: "The order to file with your motion: it asks only for what the court would likely grant, lists each document in the district's table, and says what you withdraw. Fill in the declaration paragraphs and the blanks before filing." }),
    el("div", { class: "toolbar" },
      el("button", { type: "button", id: "iv-order-docx", onclick: () => downloadOrder("docx", request, orderError, "movant") }, "Download your proposed order (Word)"),
      el("button", { type: "button", id: "iv-order-html", onclick: () => downloadOrder("html", request, orderError, "movant") }, "Download your proposed order (HTML)"),
      el("button", { type: "button", id: "iv-ruling-html", onclick: () => downloadOrder("html", request, orderError) }, "The court's likely order, with its reasoning (HTML)")),
    orderError,
    el("div", { class: "toolbar iv-nav" },
      el("button", { type: "button", id: "iv-change", onclick: () => go("review") }, "Change my answers"),
      el("button", { type: "button", id: "iv-open-form", onclick: () => openInForm(request) }, "Open these answers in the full form")),
  ].flat().filter(Boolean));
  $("iv-result-title").focus();
}

// For an expert: the request the answers built, in the full form, evaluated there with the what-if and all.
function openInForm(request) {
  state.model = JSON.parse(JSON.stringify(request));
  renderForm();
  setMode("full");
  evaluate();
}

// ---- the two ways in --------------------------------------------------------------------------------------------
function setMode(mode) {
  document.body.dataset.mode = mode;
  $("mode-interview").setAttribute("aria-pressed", String(mode === "interview"));
  $("mode-full").setAttribute("aria-pressed", String(mode === "full"));
  (mode === "full" ? $("build") : $("interview")).scrollIntoView();
}

function startInterview() {
  restore();
  $("mode-interview").addEventListener("click", () => setMode("interview"));
  $("mode-full").addEventListener("click", () => setMode("full"));
  // A link to a section of the full form (#build, #result…) opens the full form.
  const follow = () => { if (["#build", "#result", "#whatif", "#selfcheck"].includes(location.hash)) setMode("full"); };
  window.addEventListener("hashchange", follow);
  follow();
  $("iv-restart").addEventListener("click", () => {
    // Every answer goes: ask first, since nothing else keeps them.
    if (!window.confirm("Start over? Every answer you have given will be cleared from this browser.")) return;
    try { localStorage.removeItem(IV_KEY); } catch { /* nothing kept */ }
    iv.answers = blankAnswers();
    iv.errors = {};
    iv.at = 0;
    renderInterview("iv-title");
  });
  renderInterview();
}
