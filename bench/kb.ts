/**
 * Knowledge-base benchmark: cold load time (read, validate and index the built-in data), lookups per second over a
 * mix of names (people with dates, countries, adjectives, metonyms, possessives, spelling variants, misses), agent
 * nouns per second, and peak memory. Prints one JSON line.
 */
import { performance } from 'node:perf_hooks';
import { agentNoun, knowledgeBase } from '../src/kb/index.js';

const QUERIES: [string, { date?: string; language?: string }][] = [
  ['Biden', { date: '2022-03-19' }],
  ['Biden', { date: '2012-06-01' }],
  ['Xi', { date: '2022-03-19' }],
  ['Poetin', { language: 'nl' }],
  ['Putin', { language: 'en' }],
  ['Peking', { language: 'nl' }],
  ['het Witte Huis', { language: 'nl' }],
  ['CGTN', {}],
  ['Russische', { language: 'nl' }],
  ['Amerikanen', { language: 'nl' }],
  ['Oekraïne', { language: 'nl' }],
  ['Bidens', { date: '2022-03-19' }],
  ["Xi's", {}],
  ['Zelenskij', {}],
  ['Yang Jiechi', { date: '2022-03-19' }],
  ['Jake Sullivan', { date: '2022-03-19' }],
  ['NAVO', {}],
  ['de Chinese ambassadeur', { language: 'nl' }],
  ['Onbekende Persoon', {}],
  ['Wang', { date: '2015-01-01' }],
];
const AGENT_WORDS = ['ambassadeur', 'troepen', 'grondtroepen', 'betogers', 'regeringswoordvoerder', 'minister', 'zebra'];

const cpuBefore = process.cpuUsage();
const loadStart = performance.now();
const kb = knowledgeBase();
const loadMs = performance.now() - loadStart;
const cpu = process.cpuUsage(cpuBefore);

const rounds = 2000;
let found = 0;
const lookupStart = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const [name, options] of QUERIES) found += kb.lookup(name, options).length;
}
const lookupSeconds = (performance.now() - lookupStart) / 1000;

const agentStart = performance.now();
let agents = 0;
for (let round = 0; round < rounds; round++) {
  for (const word of AGENT_WORDS) if (agentNoun(word, 'nl')) agents++;
}
const agentSeconds = (performance.now() - agentStart) / 1000;

console.log(
  JSON.stringify({
    name: 'kb',
    loadMs: Math.round(loadMs * 10) / 10,
    loadCpuMs: Math.round((cpu.user + cpu.system) / 100) / 10,
    actors: kb.actors.length,
    lookupsPerSecond: Math.round((rounds * QUERIES.length) / lookupSeconds),
    agentNounsPerSecond: Math.round((rounds * AGENT_WORDS.length) / agentSeconds),
    candidatesFound: found,
    agentsFound: agents,
    heapUsedMB: Math.round(process.memoryUsage().heapUsed / 1e5) / 10,
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
