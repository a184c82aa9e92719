import GRDB

/// The database schema, built by migrations. Every rule a second process or a bug could
/// break is also a constraint here: one live reservation per seat, balances within
/// 0…ceiling, one token per buyer, one debit per payment, foreign keys everywhere.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("v6") { db in
            try db.execute(sql: v6)
        }
        migrator.registerMigration("v7") { db in
            try db.execute(sql: v7)
        }
        migrator.registerMigration("v8") { db in
            try db.execute(sql: v8)
        }
        migrator.registerMigration("v9") { db in
            try db.execute(sql: v9)
            try QueueIndex.add(QueueIndex.sumsFromTheLine(db), db)
        }
        return migrator
    }

    private static let v1 = """
        CREATE TABLE engine_meta (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL
        );
        CREATE TABLE buyer (
            name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
            balance INTEGER NOT NULL DEFAULT 0
                CHECK (balance >= 0 AND balance <= \(EngineConfiguration.schemaBalanceCeiling))
        );
        CREATE TABLE queue_counter (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            next_seq INTEGER NOT NULL CHECK (next_seq >= 1)
        );
        INSERT INTO queue_counter (id, next_seq) VALUES (1, 1);
        CREATE TABLE token (
            id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 32),
            user TEXT NOT NULL UNIQUE REFERENCES buyer(name),
            seq INTEGER NOT NULL UNIQUE CHECK (seq >= 1),
            status TEXT NOT NULL CHECK (status IN ('waiting', 'active')),
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            admitted_at INTEGER,
            CHECK ((status = 'active') = (admitted_at IS NOT NULL))
        );
        CREATE INDEX token_waiting_seq ON token(seq) WHERE status = 'waiting';
        CREATE INDEX token_waiting_expiry ON token(expires_at) WHERE status = 'waiting';
        CREATE INDEX token_active_expiry ON token(expires_at) WHERE status = 'active';
        CREATE TABLE queue_departures (
            node INTEGER PRIMARY KEY,
            departed INTEGER NOT NULL CHECK (departed >= 0)
        );
        CREATE TABLE admission_log (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            admitted INTEGER NOT NULL CHECK (admitted > 0)
        );
        CREATE INDEX admission_log_at ON admission_log(at);
        CREATE TABLE concert (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(title) > 0),
            venue TEXT NOT NULL
        );
        CREATE TABLE concert_date (
            id INTEGER PRIMARY KEY,
            concert_id INTEGER NOT NULL REFERENCES concert(id),
            starts_at INTEGER NOT NULL,
            UNIQUE (concert_id, starts_at)
        );
        CREATE INDEX concert_date_start ON concert_date(starts_at);
        CREATE TABLE seat (
            id INTEGER PRIMARY KEY,
            date_id INTEGER NOT NULL REFERENCES concert_date(id),
            number INTEGER NOT NULL CHECK (number >= 1),
            grade TEXT NOT NULL CHECK (length(grade) > 0),
            price INTEGER NOT NULL CHECK (price > 0),
            UNIQUE (date_id, number)
        );
        CREATE TABLE payment (
            id INTEGER PRIMARY KEY,
            buyer TEXT NOT NULL REFERENCES buyer(name),
            amount INTEGER NOT NULL CHECK (amount > 0),
            paid_at INTEGER NOT NULL
        );
        CREATE TABLE reservation (
            id INTEGER PRIMARY KEY,
            seat_id INTEGER NOT NULL REFERENCES seat(id),
            buyer TEXT NOT NULL REFERENCES buyer(name),
            status TEXT NOT NULL CHECK (status IN ('held', 'confirmed', 'canceled')),
            price INTEGER NOT NULL CHECK (price > 0),
            held_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            payment_id INTEGER REFERENCES payment(id),
            CHECK ((status = 'confirmed') = (payment_id IS NOT NULL))
        );
        CREATE UNIQUE INDEX reservation_live_seat ON reservation(seat_id) WHERE status IN ('held', 'confirmed');
        CREATE INDEX reservation_buyer ON reservation(buyer, status);
        CREATE INDEX reservation_held_expiry ON reservation(expires_at) WHERE status = 'held';
        CREATE INDEX reservation_payment ON reservation(payment_id) WHERE payment_id IS NOT NULL;
        CREATE TABLE ledger (
            id INTEGER PRIMARY KEY,
            buyer TEXT NOT NULL REFERENCES buyer(name),
            kind TEXT NOT NULL CHECK (kind IN ('charge', 'payment')),
            amount INTEGER NOT NULL CHECK (amount > 0),
            balance_after INTEGER NOT NULL CHECK (balance_after >= 0),
            at INTEGER NOT NULL,
            payment_id INTEGER REFERENCES payment(id),
            CHECK ((kind = 'payment') = (payment_id IS NOT NULL))
        );
        CREATE INDEX ledger_buyer ON ledger(buyer);
        CREATE UNIQUE INDEX ledger_one_debit_per_payment ON ledger(payment_id) WHERE payment_id IS NOT NULL;
        """

    /// Lapsed waiters are counted from the expiry index alone, so it carries `seq` too.
    private static let v2 = """
        DROP INDEX token_waiting_expiry;
        CREATE INDEX token_waiting_expiry ON token(expires_at, seq) WHERE status = 'waiting';
        """

    /// Lapsed waiters are counted as departures before the sweep deletes them (the lapse
    /// mark, see `LapsedWaiters`), and the waiting-order index carries the expiry, so that
    /// admission and positions skip lapsed waiters from the index alone.
    private static let v3 = """
        ALTER TABLE queue_counter ADD COLUMN lapse_mark_expiry INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE queue_counter ADD COLUMN lapse_mark_seq INTEGER NOT NULL DEFAULT 0;
        DROP INDEX token_waiting_seq;
        CREATE INDEX token_waiting_seq ON token(seq, expires_at) WHERE status = 'waiting';
        """

    /// A buyer row is keyed by its name, in one B-tree, instead of a row-id table and an
    /// index on the name beside it: one page fewer to write for every new buyer, one tree
    /// fewer to search for every balance and every foreign key naming a buyer. Rows are
    /// copied as they are; GRDB turns foreign keys off for the migration and checks them
    /// all before it commits.
    private static let v4 = """
        CREATE TABLE buyer_v4 (
            name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
            balance INTEGER NOT NULL DEFAULT 0
                CHECK (balance >= 0 AND balance <= \(EngineConfiguration.schemaBalanceCeiling))
        ) WITHOUT ROWID;
        INSERT INTO buyer_v4 (name, balance) SELECT name, balance FROM buyer;
        DROP TABLE buyer;
        ALTER TABLE buyer_v4 RENAME TO buyer;
        """

    /// Each bucket's node of the departures tree carries the bucket's `DepartedBits`, so a
    /// place in line reads its own bucket's departures from one row instead of scanning
    /// the bucket's waiters. v6, which always runs right after, fills the bits in.
    private static let v5 = """
        ALTER TABLE queue_departures ADD COLUMN bits0 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE queue_departures ADD COLUMN bits1 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE queue_departures ADD COLUMN bits2 INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE queue_departures ADD COLUMN bits3 INTEGER NOT NULL DEFAULT 0;
        """

    /// The departures tree gets a new name, so that a boxoffice older than v5 still running
    /// on the file fails its queue statements ("no such table") instead of recording
    /// departures without their bits. Then every bucket's bits are set from the line as it
    /// is: every number issued has departed unless it belongs to a waiter above the lapse
    /// mark (see `LapsedWaiters`). Bits set before (by an earlier build that filled them in
    /// v5) are cleared first, so departures recorded without them are repaired too.
    private static let v6 = """
        ALTER TABLE queue_departures RENAME TO departure_tree;
        UPDATE departure_tree SET bits0 = 0, bits1 = 0, bits2 = 0, bits3 = 0;
        WITH RECURSIVE issued(seq) AS (
                SELECT 1 WHERE (SELECT next_seq FROM queue_counter WHERE id = 1) > 1
                UNION ALL
                SELECT seq + 1 FROM issued WHERE seq + 1 < (SELECT next_seq FROM queue_counter WHERE id = 1)),
            departed(seq) AS (
                SELECT seq FROM issued WHERE seq NOT IN (
                    SELECT t.seq FROM token t JOIN queue_counter q ON q.id = 1
                    WHERE t.status = 'waiting' AND (t.expires_at, t.seq) > (q.lapse_mark_expiry, q.lapse_mark_seq)))
        INSERT INTO departure_tree (node, departed, bits0, bits1, bits2, bits3)
        SELECT (seq >> 8) + 1, 0,
            SUM(CASE WHEN (seq >> 6) & 3 = 0 THEN 1 << (seq & 63) ELSE 0 END),
            SUM(CASE WHEN (seq >> 6) & 3 = 1 THEN 1 << (seq & 63) ELSE 0 END),
            SUM(CASE WHEN (seq >> 6) & 3 = 2 THEN 1 << (seq & 63) ELSE 0 END),
            SUM(CASE WHEN (seq >> 6) & 3 = 3 THEN 1 << (seq & 63) ELSE 0 END)
        FROM departed WHERE true GROUP BY seq >> 8
        ON CONFLICT(node) DO UPDATE SET
            bits0 = excluded.bits0, bits1 = excluded.bits1, bits2 = excluded.bits2, bits3 = excluded.bits3;
        """

    /// Tokens are keyed by their number in line, which the id carries (see `TokenID`),
    /// instead of by a random id with a second tree to find it and a third for the number,
    /// and a buyer's token is found through the buyer's row (`buyer.token_seq`) instead of
    /// an index of tokens by buyer. A new token then writes three pages fewer (the two
    /// indexes, and the counter, see below), a poll finds its row in one tree instead of
    /// two, and the sweep deletes from two trees instead of six.
    ///
    /// - Admission walks the table in number order from `admitted_through`, the number it
    ///   last reached (no live waiter is numbered at or below it), so the index of waiters
    ///   by number goes too. The index of waiters by expiry holds the number without naming
    ///   it: every index of a row-id table ends with the row id.
    /// - The next number is one past the newest token's or `next_seq`, whichever is larger
    ///   (`QueueIndex.nextNumber`); a trigger moves `next_seq` past any newest token
    ///   deleted, so a number is never issued twice and taking one writes nothing.
    /// - One token per buyer stays a rule of the file: a token can only be inserted as its
    ///   buyer's `token_seq`, that can only change once the buyer's token is gone, and a
    ///   token never changes hands.
    ///
    /// A token's old id was its secret: the holder gets the same token, with its number
    /// added, by asking again. A boxoffice older than v7 still running on the file fails its
    /// token statements ("no such column: id") instead of writing old rows.
    private static let v7 = """
        ALTER TABLE buyer ADD COLUMN token_seq INTEGER;
        UPDATE buyer SET token_seq = (SELECT seq FROM token WHERE user = buyer.name);
        CREATE TABLE token_v7 (
            seq INTEGER PRIMARY KEY CHECK (seq >= 1),
            secret TEXT NOT NULL CHECK (length(secret) = 32),
            user TEXT NOT NULL REFERENCES buyer(name),
            status TEXT NOT NULL CHECK (status IN ('waiting', 'active')),
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            admitted_at INTEGER,
            CHECK ((status = 'active') = (admitted_at IS NOT NULL))
        );
        INSERT INTO token_v7 (seq, secret, user, status, created_at, expires_at, admitted_at)
        SELECT seq, id, user, status, created_at, expires_at, admitted_at FROM token;
        DROP TABLE token;
        ALTER TABLE token_v7 RENAME TO token;
        CREATE INDEX token_waiting_expiry ON token(expires_at) WHERE status = 'waiting';
        CREATE INDEX token_active_expiry ON token(expires_at) WHERE status = 'active';
        ALTER TABLE queue_counter ADD COLUMN admitted_through INTEGER NOT NULL DEFAULT 0;
        CREATE TRIGGER token_is_its_buyers BEFORE INSERT ON token
        WHEN NEW.seq IS NOT (SELECT token_seq FROM buyer WHERE name = NEW.user)
        BEGIN SELECT RAISE(ABORT, 'a new token must be its buyer''s token_seq'); END;
        CREATE TRIGGER buyer_token_replaced_when_gone BEFORE UPDATE OF token_seq ON buyer
        WHEN EXISTS (SELECT 1 FROM token WHERE seq = OLD.token_seq)
        BEGIN SELECT RAISE(ABORT, 'a buyer''s token must be deleted before another replaces it'); END;
        CREATE TRIGGER token_keeps_its_buyer BEFORE UPDATE OF user, seq ON token
        BEGIN SELECT RAISE(ABORT, 'a token keeps its buyer and its number'); END;
        CREATE TRIGGER token_number_never_reissued AFTER DELETE ON token
        WHEN OLD.seq >= (SELECT next_seq FROM queue_counter WHERE id = 1)
        BEGIN UPDATE queue_counter SET next_seq = OLD.seq + 1 WHERE id = 1; END;
        """

    /// The waiting tally (see `WaitingTally`), filled from the line as it is: every waiter
    /// above the lapse mark, in the cell of its expiry slot and number group, up to the
    /// newest number. An emptied cell is deleted by a trigger, so that reads sum only cells
    /// that hold someone.
    ///
    /// The line's counter gets a new name, so that a boxoffice older than v8 still running
    /// on the file fails its queue statements ("no such table") instead of issuing,
    /// keeping alive or admitting waiters without the tally.
    private static let v8 = """
        ALTER TABLE queue_counter RENAME TO line_counter;
        ALTER TABLE line_counter ADD COLUMN tallied_through INTEGER NOT NULL DEFAULT 0;
        UPDATE line_counter SET tallied_through = COALESCE((SELECT max(seq) FROM token), 0);
        CREATE TABLE waiting_tally (
            slot INTEGER NOT NULL,
            grp INTEGER NOT NULL,
            waiters INTEGER NOT NULL CHECK (waiters >= 0),
            PRIMARY KEY (slot, grp)
        ) WITHOUT ROWID;
        CREATE TRIGGER waiting_tally_cell_emptied AFTER UPDATE OF waiters ON waiting_tally
        WHEN NEW.waiters = 0
        BEGIN DELETE FROM waiting_tally WHERE slot = NEW.slot AND grp = NEW.grp; END;
        INSERT INTO waiting_tally (slot, grp, waiters)
        \(WaitingTally.expected)
        """

    /// The departures tree of fan-out 2 (a Fenwick tree, up to 12 rows a place in line
    /// reads at a million numbers) becomes one of fan-out 16 (up to 3 rows there, see
    /// `QueueIndex`), under a new name, so that a boxoffice older than v9 still running on
    /// the file fails its queue statements ("no such table") instead of writing the old
    /// tree. The migration fills it from the line as it is, as the audit rebuilds it.
    private static let v9 = """
        DROP TABLE departure_tree;
        CREATE TABLE departure_sums (
            node INTEGER PRIMARY KEY,
            departed INTEGER NOT NULL CHECK (departed >= 0),
            bits0 INTEGER NOT NULL DEFAULT 0,
            bits1 INTEGER NOT NULL DEFAULT 0,
            bits2 INTEGER NOT NULL DEFAULT 0,
            bits3 INTEGER NOT NULL DEFAULT 0
        );
        """
}
