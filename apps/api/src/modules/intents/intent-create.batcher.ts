import { Injectable } from '@nestjs/common';
import { Statements } from '../../database/statements';
import {
  INTENT_CREATE,
  INTENT_CREATE_NAME,
  intentCreateParams,
  type IntentCreateInput,
  type IntentCreateRow,
} from './intent-create.sql';

/** Requests per statement, at most (the arrays of 23 columns stay small). */
const MAX_BATCH = 64;
/**
 * Creation statements running at once. Two keep both of PostgreSQL's cores busy while the next
 * batch gathers; more would split the same requests into smaller batches and leave fewer pool
 * connections to the reads.
 */
const MAX_IN_FLIGHT = 2;

/**
 * Errors the server raised for the statement's rows (data, integrity, deadlock or serialization):
 * the transaction rolled back, so the batch can be run again one by one. A lost connection is not
 * among them: the commit may have happened, and running the rows again could write them twice.
 */
function rolledBackByRow(err: unknown): boolean {
  const code = (err as { code?: unknown }).code;
  return typeof code === 'string' && /^(22|23|40)[0-9A-Z]{3}$/.test(code);
}

interface Waiting {
  input: IntentCreateInput;
  resolve: (row: IntentCreateRow) => void;
  reject: (err: unknown) => void;
}

/**
 * Opportunistic batching of intent creation. A request that finds a free slot runs at once, alone
 * (no added wait when the park is quiet); requests arriving while the slots are busy go together
 * in the next statement. A batch is one transaction: when one of its rows makes it fail (a repeat
 * key raced inside the batch, a row breaking a constraint, a deadlock), nothing of it was written
 * and every request is run again on its own, so each one gets its own answer and its own error.
 */
@Injectable()
export class IntentCreateBatcher {
  private readonly waiting: Waiting[] = [];
  private inFlight = 0;
  /** Since start: creation statements run, requests they carried, batches re-run one by one. */
  readonly counts = { statements: 0, requests: 0, splitBatches: 0 };

  constructor(private readonly statements: Statements) {}

  create(input: IntentCreateInput): Promise<IntentCreateRow> {
    return new Promise<IntentCreateRow>((resolve, reject) => {
      this.waiting.push({ input, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length) {
      const batch = this.waiting.splice(0, MAX_BATCH);
      this.inFlight++;
      void this.run(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  private async run(batch: Waiting[]): Promise<void> {
    let rows: IntentCreateRow[];
    try {
      rows = await this.execute(batch.map((w) => w.input));
    } catch (err) {
      if (batch.length === 1 || !rolledBackByRow(err)) {
        for (const w of batch) w.reject(err);
        return;
      }
      this.counts.splitBatches++;
      await Promise.all(
        batch.map(async (w) => {
          try {
            const [row] = await this.execute([w.input]);
            w.resolve(row);
          } catch (e) {
            w.reject(e);
          }
        }),
      );
      return;
    }
    const byRequest = new Map(rows.map((r) => [r.request_id, r]));
    for (const w of batch) {
      const row = byRequest.get(w.input.id);
      if (row) w.resolve(row);
      else w.reject(new Error(`intent creation returned no row for request ${w.input.id}`));
    }
  }

  private execute(batch: IntentCreateInput[]): Promise<IntentCreateRow[]> {
    this.counts.statements++;
    this.counts.requests += batch.length;
    return this.statements.query<IntentCreateRow>(INTENT_CREATE_NAME, INTENT_CREATE, intentCreateParams(batch));
  }
}
