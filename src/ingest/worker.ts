// A worker thread of the analysis pool: runs the pipeline on each article it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeArticle } from '../pipeline/index.js';
import type { AnalysisReply, AnalysisRequest, WorkerSettings } from './worker-protocol.js';

const settings = workerData as WorkerSettings;
const port = parentPort;
if (!port) throw new Error('src/ingest/worker runs as a worker thread of the analysis pool');

port.on('message', async ({ seq, input }: AnalysisRequest) => {
  let reply: AnalysisReply;
  try {
    reply = { seq, article: await analyzeArticle(input, { ...settings, tokens: false }) };
  } catch (error) {
    reply = { seq, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});
