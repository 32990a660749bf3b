// Where an import takes its validated rows from, one at a time in file order: validated in this thread
// (small files, and wherever no worker can start), or by the validation worker (validation-worker.ts).
// The worker starts before the base is opened: it reads the file while this thread opens the base and
// loads the COG reference, then gets the reference. Its rows are read synchronously — each batch is one
// synchronous transaction — so chunks are pulled with receiveMessageOnPort and Atomics.wait.
import { MessageChannel, receiveMessageOnPort } from 'node:worker_threads';
import { startThread } from '../worker-thread.js';
import type { CogReference } from '../../core/cog/model.js';
import { ImportFileError, openImportCsv } from './csv-records.js';
import { FlatRowReader } from './flat-rows.js';
import type { PreparedWrite } from './prepared-write.js';
import { createImportRowValidator, type ImportRowResult } from './validate-records.js';
import { CONTROL, type ValidationMessage, type ValidationOrder, type ValidationWorkerData } from './validation-worker.js';

export interface ValidatedRows {
  /** Data rows in the file. */
  readonly total: number;
  /** Data rows without an IPP (csv-records.ts). */
  readonly withoutIpp: number;
  /** The next row's result, in file order. */
  next(): ImportRowResult;
  /** Prepared write of the row `next` returned last, when the worker prepared it. */
  readonly prepared: PreparedWrite | null;
}

/** The validation of one file, started: its rows come once the COG reference is given. */
export interface ImportValidation {
  readonly start: ValidationStart;
  rows(cog: CogReference): ValidatedRows;
  /** Stops the worker, if any; call on every path (twice is harmless). */
  close(): void;
}

/** What the validation depends on: the import's own options, so both are built from the same values. */
export interface ValidationStart {
  /** « Today » for the birth-date rules, YYYY-MM-DD (ImportOptions.today). */
  today: string;
  /**
   * A dry run writes nothing: this thread then validates part of the file itself meanwhile. Otherwise
   * the worker also prepares each row's write (prepared-write.ts), whose payload names `fileName`.
   */
  dryRun: boolean;
  fileName: string;
  /** Validate a large file in a worker thread (CLI, tests; not from a bundle). */
  inWorker: boolean;
}

/** Below this many lines, starting a worker thread (and copying it the COG reference) costs more than it saves. */
export const WORKER_MIN_ROWS = 20_000;
/** A dry run only gains the part of the validation the worker takes: it needs a larger file. */
export const DRY_RUN_WORKER_MIN_ROWS = 50_000;

/** Whether `text` has at least `n` line ends (counting stops there). */
function hasLines(text: string, n: number): boolean {
  for (let i = text.indexOf('\n'), seen = 1; i !== -1; i = text.indexOf('\n', i + 1), seen++) if (seen >= n) return true;
  return false;
}

export function startImportValidation(text: string, start: ValidationStart): ImportValidation {
  const large = hasLines(text, start.dryRun ? DRY_RUN_WORKER_MIN_ROWS : WORKER_MIN_ROWS);
  return start.inWorker && large ? startWorkerValidation(text, start) : localValidation(text, start);
}

const pastTheEnd = () => new Error('Import : toutes les lignes du fichier ont déjà été lues.');

/** Validation in the calling thread, a row when asked for. */
function localValidation(text: string, start: ValidationStart): ImportValidation {
  return {
    start,
    rows(cog) {
      const file = openImportCsv(text);
      const validator = createImportRowValidator({ cog, todayIso: start.today });
      let taken = 0;
      return {
        total: file.length,
        withoutIpp: file.rowsWithoutIpp,
        next() {
          if (taken >= file.length) throw pastTheEnd();
          return validator.validate(file.record(taken++));
        },
        prepared: null,
      };
    },
    close() {},
  };
}

const CHUNK_ROWS = 4096;
/**
 * Part of a shared file validated by this thread: a little less than half, since it also decodes the
 * worker's rows and keeps them all.
 */
const SHARE_HERE = 0.45;
const AHEAD = 8;
/** No message for this long means the worker is gone (killed without a word): fail instead of waiting forever. */
const STALL_MS = 120_000;

/** The worker's failure, said in French; its first line only (the CLI never prints a stack). */
const workerFailure = (detail: string) =>
  new Error(`le contrôle des lignes du fichier s'est interrompu (thread de validation) : ${detail.split('\n', 1)[0]}`);

/** Validation in a worker thread: same rows, same order, same results. */
function startWorkerValidation(text: string, start: ValidationStart): ImportValidation {
  const control = new Int32Array(new SharedArrayBuffer(4 * 3));
  const { port1, port2 } = new MessageChannel();
  const data: ValidationWorkerData = {
    text,
    todayIso: start.today,
    writing: start.dryRun ? null : { fileName: start.fileName },
    chunkRows: CHUNK_ROWS,
    ahead: AHEAD,
    port: port2,
    control,
  };
  const worker = startThread(import.meta.url, 'validation-worker', 'runValidationWorker', data, CONTROL.posted);

  let taken = 0;
  const receive = (): ValidationMessage => {
    for (;;) {
      const received = receiveMessageOnPort(port1);
      if (received) {
        Atomics.store(control, CONTROL.taken, ++taken);
        Atomics.notify(control, CONTROL.taken);
        const message = received.message as ValidationMessage;
        if ('error' in message) throw workerFailure(message.error);
        if ('fileError' in message) throw new ImportFileError(message.fileError);
        return message;
      }
      if (Atomics.wait(control, CONTROL.posted, taken, STALL_MS) === 'timed-out' && Atomics.load(control, CONTROL.posted) === taken) {
        throw workerFailure('le thread ne répond plus');
      }
    }
  };

  return {
    start,
    rows(cog) {
      // The worker has read the file meanwhile (or refused it).
      const shape = receive();
      if (!('total' in shape)) throw workerFailure("réponse inattendue avant l'en-tête");
      const from = start.dryRun ? Math.floor(shape.total * SHARE_HERE) : 0;
      port1.postMessage({ cog, from } satisfies ValidationOrder);
      Atomics.store(control, CONTROL.orderSent, 1);
      Atomics.notify(control, CONTROL.orderSent);
      const file = from > 0 ? openImportCsv(text) : null;
      const validator = file ? createImportRowValidator({ cog, todayIso: start.today }) : null;
      let chunk: FlatRowReader | null = null;
      let read = 0;
      return {
        total: shape.total,
        withoutIpp: shape.withoutIpp,
        next() {
          if (read >= shape.total) throw pastTheEnd();
          if (file && validator && read < from) return validator.validate(file.record(read++));
          while (!chunk || chunk.done) {
            const message = receive();
            if (!('values' in message)) throw workerFailure('réponse inattendue');
            chunk = new FlatRowReader(message.values);
          }
          read += 1;
          return chunk.next();
        },
        get prepared() {
          return read > from ? (chunk?.prepared ?? null) : null;
        },
      };
    },
    close() {
      port1.close();
      void worker.terminate();
    },
  };
}
