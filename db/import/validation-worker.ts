// Worker thread of a large import: reads the CSV while the writing thread opens the base, then, given
// the COG reference, validates the rows with the same code as the writing thread would and posts them
// in flat chunks (flat-rows.ts), at most a few chunks ahead, so validation overlaps the SQLite writes.
// In a dry run the other thread validates the first rows itself: the worker then starts after them.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import type { CogReference } from '../../core/cog/model.js';
import { ImportFileError, openImportCsv } from './csv-records.js';
import { pushFlatRow, type FlatValue } from './flat-rows.js';
import { prepareWrite } from './prepared-write.js';
import { createImportRowValidator } from './validate-records.js';

/** Slots of the shared control array. */
export const CONTROL = {
  /** Messages posted by the worker. */
  posted: 0,
  /** Messages taken by the writing thread. */
  taken: 1,
  /** 1 once the writing thread has sent the ValidationOrder. */
  orderSent: 2,
} as const;

export interface ValidationWorkerData {
  text: string;
  todayIso: string;
  /** When the rows will be written: the file name their journal payloads carry (prepared-write.ts). */
  writing: { fileName: string } | null;
  chunkRows: number;
  /** Chunks posted ahead of the writing thread at most (when it validates no part of the file itself). */
  ahead: number;
  /** Receives the ValidationOrder; carries the messages below. */
  port: MessagePort;
  control: Int32Array;
}

/** First the file's shape, then the rows in chunks; or why the file was refused, or the worker's failure. */
export type ValidationMessage =
  | { total: number; withoutIpp: number }
  | { values: FlatValue[] }
  | { fileError: string }
  | { error: string };

/** Sent by the writing thread once it has loaded the COG reference: the rows before `from` are its own. */
export interface ValidationOrder {
  cog: CogReference;
  from: number;
}

function receiveOrder(port: MessagePort, control: Int32Array): ValidationOrder {
  for (;;) {
    const received = receiveMessageOnPort(port);
    if (received) return received.message as ValidationOrder;
    Atomics.wait(control, CONTROL.orderSent, 0, 1000);
  }
}

/** The worker's body, called by the bootstrap in validated-rows.ts. */
export function runValidationWorker(data: ValidationWorkerData): void {
  const { port, control } = data;
  const post = (message: ValidationMessage) => {
    port.postMessage(message);
    Atomics.add(control, CONTROL.posted, 1);
    Atomics.notify(control, CONTROL.posted);
  };
  try {
    let file;
    try {
      file = openImportCsv(data.text);
    } catch (error) {
      if (error instanceof ImportFileError) return post({ fileError: error.message });
      throw error;
    }
    post({ total: file.length, withoutIpp: file.rowsWithoutIpp });
    const { cog, from } = receiveOrder(port, control);
    const validator = createImportRowValidator({ cog, todayIso: data.todayIso });
    for (let r = 0; r < from; r++) validator.skip(file.record(r));
    // While the other thread validates its part it takes nothing: the worker must not wait for it then.
    const ahead = from > 0 ? Infinity : data.ahead;
    for (let done = from; done < file.length; ) {
      for (let posted = Atomics.load(control, CONTROL.posted); posted - Atomics.load(control, CONTROL.taken) >= ahead; ) {
        Atomics.wait(control, CONTROL.taken, Atomics.load(control, CONTROL.taken), 1000);
      }
      const rows = Math.min(data.chunkRows, file.length - done);
      // Preparing the writes is a third of the work here: when the writing thread is about to run out
      // of rows (it writes faster than this thread validates), it prepares this chunk's writes itself.
      const writing = Atomics.load(control, CONTROL.posted) - Atomics.load(control, CONTROL.taken) >= 2 ? data.writing : null;
      const values: FlatValue[] = [];
      for (let i = 0; i < rows; i++) {
        const row = validator.validate(file.record(done + i));
        const id = row.identity;
        pushFlatRow(values, row, writing && id?.ipp ? prepareWrite(id, id.ipp, writing.fileName, row.row) : null);
      }
      post({ values });
      done += rows;
      if (done % 102400 < data.chunkRows) require('node:fs').appendFileSync('/tmp/h-imp/wheap.log', `${done} ${Math.round(process.memoryUsage().heapUsed / 1e6)} ${Math.round(process.memoryUsage().heapTotal / 1e6)}\n`);
    }
  } catch (error) {
    post({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
}
