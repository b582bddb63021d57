// Trains the sentence-role model (lib/digest/role-model.json) on the labelled sentences in
// scripts/train-roles/data (see the README beside this file): a multinomial logistic regression
// over roleFeatures and the seven roles of SENTENCE-ROLES.md, deterministic, a minute to train.
// usage: npx tsx scripts/train-roles/train-roles.ts [--check] [--folds] [--help]
// Prints figures on a held-back fifth of the pages (never seen in training), then trains on all
// pages and writes the model; --check writes nothing; --folds holds back each fifth in turn.
// (A separate reads-alone model and a per-page thesis ranker were tried and dropped: on held-back
// pages neither did better than the role odds and the rules beside them.)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import type { Article } from '../../lib/article';
import { buildContext } from '../../lib/digest/digest-article';
import { centralities } from '../../lib/digest/sentence-centrality';
import { roleFeatures } from '../../lib/digest/role-features';
import { ROLES, type Role } from '../../lib/digest/role-names';
import { centralityRanks, titleStemsOf } from '../../lib/digest/sentence-roles';
import { thesisCandidate } from '../../lib/digest/pick-key-takeaway';
import { parseScriptArgs } from '../script-args';

const USAGE = `Usage: npx tsx scripts/train-roles/train-roles.ts [--check] [--folds]
Trains lib/digest/role-model.json from the labelled pages in scripts/train-roles/data.
  --check  report figures on held-back pages only; write nothing
  --folds  hold back each fifth of the pages in turn (five trainings)`;
const { values } = parseScriptArgs(USAGE, { options: { check: { type: 'boolean' }, folds: { type: 'boolean' } } });
const CHECK = values.check === true;
const DATA = join(import.meta.dirname, 'data');
const MODEL = join(import.meta.dirname, '../../lib/digest/role-model.json');

interface Labelled { text: string; role: Role; standalone: boolean }
interface Page { source: string; title: string; lang: string | null; blocks: Article['blocks']; labels: Labelled[] }
interface Example { page: number; features: string[]; role: number; standalone: boolean; candidate: boolean }

function loadPages(): Page[] {
  return readdirSync(DATA)
    .filter((f) => f.endsWith('.json.gz'))
    .sort()
    .map((f) => JSON.parse(gunzipSync(readFileSync(join(DATA, f))).toString('utf8')) as Page);
}

function examplesOf(page: Page, pageIndex: number): Example[] {
  const text = page.blocks.map((b) => b.text).join('\n\n');
  const article: Article = {
    url: '', title: page.title, byline: null, siteName: null, publishedTime: null, lang: page.lang, text,
    wordCount: text.split(/\s+/).filter(Boolean).length, coverage: { status: 'full' }, blocks: page.blocks,
  };
  const context = buildContext(article);
  const rank = centralityRanks(centralities(context));
  const titleStems = titleStemsOf(context);
  const byText = new Map(context.sentences.map((s) => [s.text, s]));
  const out: Example[] = [];
  for (const label of page.labels) {
    const sentence = byText.get(label.text);
    const role = ROLES.indexOf(label.role);
    if (!sentence || role < 0) continue;
    const features = roleFeatures({ sentence, context, centralityRank: rank[sentence.index] ?? 1, titleStems });
    out.push({ page: pageIndex, role, standalone: label.standalone, candidate: thesisCandidate(sentence), features });
  }
  return out;
}

/** Features seen in at least MIN_SENTENCES sentences of at least MIN_PAGES pages: rarer ones would
 *  only memorise their page. */
const MIN_SENTENCES = 3;
const MIN_PAGES = 2;

function vocabulary(examples: Example[]): string[] {
  const sentences = new Map<string, number>();
  const pages = new Map<string, Set<number>>();
  for (const e of examples) {
    for (const f of e.features) {
      sentences.set(f, (sentences.get(f) ?? 0) + 1);
      let set = pages.get(f);
      if (!set) pages.set(f, (set = new Set()));
      set.add(e.page);
    }
  }
  return [...sentences.keys()].filter((f) => (sentences.get(f) ?? 0) >= MIN_SENTENCES && (pages.get(f)?.size ?? 0) >= MIN_PAGES).sort();
}

const EPOCHS = 300;
const WEIGHT_SCALE = 100;
const MIN_WEIGHT = 0.05;
const RATE = 0.05;
const L2 = 1e-3;

/** One softmax problem: each group is a list of rows (feature indexes) with a target distribution
 *  over them. A classifier is one group per example over the K classes (weights per class); a
 *  ranker would be one group per page over its sentences (one weight vector, perClass false). */
interface Problem {
  dims: number;
  classes: number;
  /** Scores of every option of the group, and the gradient step for one group. */
  groups: { options: number[][]; target: number[]; weight: number }[];
  /** Classifier: option k of a group is the same row scored by class k. */
  perClass: boolean;
}

/** Full-batch gradient descent with Adam on the softmax loss; deterministic. */
function fit(problem: Problem): { weights: number[][]; bias: number[] } {
  const { dims, classes, groups, perClass } = problem;
  const width = perClass ? classes : 1;
  const W = Array.from({ length: dims }, () => new Array<number>(width).fill(0));
  const b = new Array<number>(width).fill(0);
  const mW = Array.from({ length: dims }, () => new Array<number>(width).fill(0));
  const vW = Array.from({ length: dims }, () => new Array<number>(width).fill(0));
  const mb = new Array<number>(width).fill(0);
  const vb = new Array<number>(width).fill(0);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const total = groups.reduce((a, g) => a + g.weight, 0);
  for (let epoch = 1; epoch <= EPOCHS; epoch++) {
    const gW = Array.from({ length: dims }, () => new Array<number>(width).fill(0));
    const gb = new Array<number>(width).fill(0);
    for (const group of groups) {
      const scores = group.options.map((row, k) => {
        const c = perClass ? k : 0;
        let z = b[c] as number;
        for (const i of row) z += (W[i] as number[])[c] as number;
        return z;
      });
      const p = softmax(scores);
      group.options.forEach((row, k) => {
        const g = group.weight * ((p[k] as number) - (group.target[k] as number));
        if (g === 0) return;
        const c = perClass ? k : 0;
        if (perClass) gb[c] = (gb[c] as number) + g;
        for (const i of row) {
          const gradRow = gW[i] as number[];
          gradRow[c] = (gradRow[c] as number) + g;
        }
      });
    }
    const adam = (param: number[], grad: number[], m: number[], v: number[], decay: number) => {
      for (let c = 0; c < width; c++) {
        const g = (grad[c] as number) / total + decay * (param[c] as number);
        m[c] = beta1 * (m[c] as number) + (1 - beta1) * g;
        v[c] = beta2 * (v[c] as number) + (1 - beta2) * g * g;
        const mHat = (m[c] as number) / (1 - beta1 ** epoch);
        const vHat = (v[c] as number) / (1 - beta2 ** epoch);
        param[c] = (param[c] as number) - (RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
      }
    };
    for (let i = 0; i < dims; i++) adam(W[i] as number[], gW[i] as number[], mW[i] as number[], vW[i] as number[], L2);
    if (perClass) adam(b, gb, mb, vb, 0);
  }
  return { weights: W, bias: b };
}

function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, v) => a + v, 0);
  return e.map((v) => v / sum);
}

interface Trained {
  features: string[];
  roles: { weights: number[][]; bias: number[] };
}

function rowsOf(examples: Example[], features: string[]): number[][] {
  const index = new Map(features.map((f, i) => [f, i]));
  return examples.map((e) => e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
}

function train(examples: Example[]): Trained {
  const features = vocabulary(examples);
  const rows = rowsOf(examples, features);
  const K = ROLES.length;
  // Classes weighted by the square root of their inverse frequency, so rare roles (method, action)
  // are not drowned by detail.
  const counts = new Array<number>(K).fill(0);
  for (const e of examples) counts[e.role] = (counts[e.role] as number) + 1;
  const classWeight = counts.map((c) => (c ? Math.sqrt(examples.length / (K * c)) : 0));
  const roles = fit({
    dims: features.length,
    classes: K,
    perClass: true,
    groups: examples.map((e, n) => ({ options: new Array(K).fill(rows[n]), target: ROLES.map((_, k) => (k === e.role ? 1 : 0)), weight: classWeight[e.role] as number })),
  });
  const round = (w: number) => Math.round(w * 1000) / 1000;
  return { features, roles: { weights: roles.weights.map((r) => r.map(round)), bias: roles.bias.map(round) } };
}

function dot(model: Trained, features: string[], weights: number[]): number {
  const index = new Map(model.features.map((f, i) => [f, i]));
  let z = 0;
  for (const f of features) {
    const i = index.get(f);
    if (i !== undefined) z += weights[i] as number;
  }
  return z;
}

function report(model: Trained, test: Example[]): void {
  const K = ROLES.length;
  const confusion = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  for (const e of test) {
    const z = ROLES.map((_, k) => dot(model, e.features, model.roles.weights.map((r) => r[k] as number)) + (model.roles.bias[k] as number));
    const guess = z.indexOf(Math.max(...z));
    const row = confusion[e.role] as number[];
    row[guess] = (row[guess] as number) + 1;
  }
  const correct = confusion.reduce((a, row, k) => a + (row[k] as number), 0);
  console.log(`held-back pages: ${test.length} sentences`);
  console.log(`  role accuracy ${(correct / test.length).toFixed(3)}`);
  for (let k = 0; k < K; k++) {
    const tp = (confusion[k] as number[])[k] as number;
    const predicted = confusion.reduce((a, row) => a + (row[k] as number), 0);
    const actual = (confusion[k] as number[]).reduce((a, v) => a + v, 0);
    console.log(`    ${ROLES[k]?.padEnd(12)} precision ${(predicted ? tp / predicted : 0).toFixed(2)}  recall ${(actual ? tp / actual : 0).toFixed(2)}  (${actual} labelled)`);
  }
  // The takeaway's choice per page (the top candidate): a standalone thesis?
  const byPage = new Map<number, Example[]>();
  for (const e of test) if (e.candidate) byPage.set(e.page, [...(byPage.get(e.page) ?? []), e]);
  const thesisOdds = (e: Example) => dot(model, e.features, model.roles.weights.map((r) => r[0] as number)) - Math.log(ROLES.reduce((a, _, k) => a + Math.exp(dot(model, e.features, model.roles.weights.map((r) => r[k] as number)) + (model.roles.bias[k] as number)), 0)) + (model.roles.bias[0] as number);
  const firstCandidate = new Set<Example>();
  for (const list of byPage.values()) if (list[0]) firstCandidate.add(list[0]);
  for (const [name, score] of [['role odds', thesisOdds], ['role odds, the first candidate +2 (as the digest)', (e: Example) => thesisOdds(e) + (firstCandidate.has(e) ? 2 : 0)], ['the first candidate (baseline)', (e: Example) => (e.features.includes('pos:start0') ? 3 : e.features.includes('pos:start1') ? 2 : e.features.includes('pos:start2') ? 1 : 0)]] as const) {
    let hit = 0;
    let withThesis = 0;
    for (const list of byPage.values()) {
      if (!list.some((e) => ROLES[e.role] === 'thesis' && e.standalone)) continue;
      withThesis++;
      const top = list.reduce((best, e) => (score(e) > score(best) ? e : best));
      if (ROLES[top.role] === 'thesis' && top.standalone) hit++;
    }
    console.log(`  thesis by ${name}: the top candidate is a standalone thesis on ${hit} of ${withThesis} pages that have one`);
  }
}

const pages = loadPages();
const examples = pages.flatMap((page, i) => examplesOf(page, i));
console.log(`${pages.length} pages, ${examples.length} labelled sentences matched`);
// Five folds of pages: each fifth is held back in turn, so every figure is for pages the model
// never saw.
const FOLDS = values.folds ? 5 : 1;
for (let fold = 0; fold < FOLDS; fold++) {
  const heldBack = (e: Example) => e.page % 5 === (4 + fold) % 5;
  report(train(examples.filter((e) => !heldBack(e))), examples.filter(heldBack));
}
if (!CHECK) {
  const model = train(examples);
  // Stored small: weights in hundredths (integers), and features whose every weight rounds below
  // MIN_WEIGHT left out (they move no sentence's odds by more than a few percent).
  const kept = model.features.map((_, i) => i).filter((i) => (model.roles.weights[i] as number[]).some((w) => Math.abs(w) >= MIN_WEIGHT));
  const stored = {
    roleNames: ROLES,
    scale: WEIGHT_SCALE,
    features: kept.map((i) => model.features[i]),
    weights: kept.map((i) => (model.roles.weights[i] as number[]).map((w) => Math.round(w * WEIGHT_SCALE))),
    bias: model.roles.bias.map((w) => Math.round(w * WEIGHT_SCALE)),
  };
  writeFileSync(MODEL, `${JSON.stringify(stored)}\n`);
  console.log(`wrote ${MODEL}: ${kept.length} of ${model.features.length} features`);
}
