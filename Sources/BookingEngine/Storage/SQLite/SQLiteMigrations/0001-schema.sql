PRAGMA application_id = 1651472486;
CREATE TABLE policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    active_limit INTEGER NOT NULL CHECK (active_limit BETWEEN 1 AND 100000),
    admit_every_ms INTEGER NOT NULL CHECK (admit_every_ms BETWEEN 100 AND 86400000),
    hold_limit INTEGER NOT NULL CHECK (hold_limit BETWEEN 1 AND 100),
    hold_for_ms INTEGER NOT NULL CHECK (hold_for_ms BETWEEN 100 AND 86400000),
    active_ttl_ms INTEGER NOT NULL CHECK (active_ttl_ms BETWEEN 100 AND 86400000),
    waiting_ttl_ms INTEGER NOT NULL CHECK (waiting_ttl_ms BETWEEN 100 AND 86400000),
    sweep_every_ms INTEGER NOT NULL CHECK (sweep_every_ms BETWEEN 100 AND 86400000),
    token_sweep_every_ms INTEGER NOT NULL CHECK (token_sweep_every_ms BETWEEN 100 AND 86400000),
    max_top_up INTEGER NOT NULL CHECK (max_top_up BETWEEN 1 AND balance_ceiling),
    balance_ceiling INTEGER NOT NULL CHECK (balance_ceiling BETWEEN 1 AND 10000000)
);
CREATE TABLE state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    recorded_now INTEGER NOT NULL,
    line_lag INTEGER NOT NULL CHECK (line_lag >= 0),
    qa_offset INTEGER CHECK (qa_offset >= 0),
    next_number INTEGER NOT NULL CHECK (next_number >= 1),
    admitted_through INTEGER NOT NULL CHECK (admitted_through >= 0 AND admitted_through < next_number),
    lapses_admitted_past INTEGER NOT NULL CHECK (lapses_admitted_past BETWEEN 0 AND lapses_counted),
    lapses_counted INTEGER NOT NULL,
    lapse_mark INTEGER NOT NULL,
    active_count INTEGER NOT NULL DEFAULT 0 CHECK (active_count >= 0),
    catalog_loaded_at INTEGER
);
CREATE TRIGGER state_active_within_capacity BEFORE UPDATE OF active_count ON state
WHEN NEW.active_count > OLD.active_count AND NEW.active_count > (SELECT active_limit FROM policy)
BEGIN SELECT RAISE(ABORT, 'more buyers would be shopping than the capacity allows'); END;
CREATE TRIGGER state_never_goes_back
BEFORE UPDATE OF recorded_now, line_lag, next_number, admitted_through, lapses_admitted_past, lapses_counted, lapse_mark ON state
WHEN NEW.recorded_now < OLD.recorded_now OR NEW.line_lag < OLD.line_lag OR NEW.next_number < OLD.next_number
    OR NEW.admitted_through < OLD.admitted_through OR NEW.lapses_admitted_past < OLD.lapses_admitted_past
    OR NEW.lapses_counted < OLD.lapses_counted OR NEW.lapse_mark < OLD.lapse_mark
BEGIN SELECT RAISE(ABORT, 'the clock and the line only move forward'); END;

CREATE TABLE buyer (
    name TEXT PRIMARY KEY NOT NULL CHECK (length(name) BETWEEN 1 AND 64),
    balance INTEGER NOT NULL DEFAULT 0 CHECK (balance BETWEEN 0 AND 10000000),
    token_number INTEGER,
    key_hash TEXT UNIQUE CHECK (length(key_hash) = 64),
    key_made_at INTEGER,
    CHECK ((key_hash IS NULL) = (key_made_at IS NULL))
) WITHOUT ROWID;
CREATE TRIGGER buyer_balance_within_ceiling BEFORE UPDATE OF balance ON buyer
WHEN NEW.balance > OLD.balance AND NEW.balance > (SELECT balance_ceiling FROM policy) AND NEW.name NOT LIKE '@%'
BEGIN SELECT RAISE(ABORT, 'a balance would pass the ceiling'); END;

CREATE TABLE token (
    number INTEGER PRIMARY KEY CHECK (number >= 1),
    secret TEXT NOT NULL CHECK (length(secret) = 32),
    buyer TEXT NOT NULL REFERENCES buyer(name),
    status TEXT NOT NULL CHECK (status IN ('waiting', 'active')),
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX token_waiting_expiry ON token(expires_at) WHERE status = 'waiting';
CREATE INDEX token_active_expiry ON token(expires_at) WHERE status = 'active';
CREATE TRIGGER token_takes_the_next_number BEFORE INSERT ON token
WHEN NEW.number < (SELECT next_number FROM state)
BEGIN SELECT RAISE(ABORT, 'a number in line is never issued twice'); END;
CREATE TRIGGER token_is_its_buyers BEFORE INSERT ON token
WHEN NEW.number IS NOT (SELECT token_number FROM buyer WHERE name = NEW.buyer)
BEGIN SELECT RAISE(ABORT, 'a new token must be its buyer''s token_number'); END;
CREATE TRIGGER buyer_token_replaced_when_gone BEFORE UPDATE OF token_number ON buyer
WHEN EXISTS (SELECT 1 FROM token WHERE number = OLD.token_number)
BEGIN SELECT RAISE(ABORT, 'a buyer''s token must be deleted before another replaces it'); END;
CREATE TRIGGER token_keeps_its_buyer BEFORE UPDATE OF buyer, number, secret ON token
BEGIN SELECT RAISE(ABORT, 'a token keeps its buyer, its number and its secret'); END;
CREATE TRIGGER token_admitted_once BEFORE UPDATE OF status ON token
WHEN OLD.status = 'active'
BEGIN SELECT RAISE(ABORT, 'an admitted token never waits again'); END;
CREATE TRIGGER token_admitted AFTER UPDATE OF status ON token
WHEN NEW.status = 'active' AND OLD.status = 'waiting'
BEGIN UPDATE state SET active_count = active_count + 1 WHERE id = 1; END;
CREATE TRIGGER token_inserted_active AFTER INSERT ON token
WHEN NEW.status = 'active'
BEGIN UPDATE state SET active_count = active_count + 1 WHERE id = 1; END;
CREATE TRIGGER token_active_deleted AFTER DELETE ON token
WHEN OLD.status = 'active'
BEGIN UPDATE state SET active_count = active_count - 1 WHERE id = 1; END;

CREATE TABLE lapse_node (
    node INTEGER PRIMARY KEY CHECK (node >= 1),
    lapses INTEGER NOT NULL CHECK (lapses >= 0),
    bits INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE admission (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    admitted INTEGER NOT NULL CHECK (admitted > 0)
);
CREATE INDEX admission_at ON admission(at);

CREATE TABLE concert (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    venue TEXT NOT NULL CHECK (length(venue) <= 120),
    UNIQUE (title, venue)
);
CREATE TABLE performance (
    id INTEGER PRIMARY KEY,
    concert_id INTEGER NOT NULL REFERENCES concert(id),
    starts_at INTEGER NOT NULL,
    UNIQUE (concert_id, starts_at)
);
CREATE INDEX performance_start ON performance(starts_at);
CREATE TABLE seat (
    id INTEGER PRIMARY KEY,
    performance_id INTEGER NOT NULL REFERENCES performance(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    grade TEXT NOT NULL CHECK (length(grade) BETWEEN 1 AND 12),
    price INTEGER NOT NULL CHECK (price > 0),
    UNIQUE (performance_id, number)
);

CREATE TABLE payment (
    id INTEGER PRIMARY KEY,
    buyer TEXT NOT NULL REFERENCES buyer(name),
    amount INTEGER NOT NULL CHECK (amount > 0),
    paid_at INTEGER NOT NULL,
    token TEXT
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
CREATE TRIGGER reservation_within_hold_limit BEFORE INSERT ON reservation
WHEN NEW.status = 'held' AND (SELECT COUNT(*) FROM reservation
    WHERE buyer = NEW.buyer AND status = 'held' AND expires_at > NEW.held_at) >= (SELECT hold_limit FROM policy)
BEGIN SELECT RAISE(ABORT, 'a buyer would hold more seats than the hold limit'); END;
CREATE TRIGGER reservation_paid_by_its_buyer BEFORE UPDATE OF payment_id ON reservation
WHEN NEW.payment_id IS NOT NULL AND (SELECT buyer FROM payment WHERE id = NEW.payment_id) IS NOT NEW.buyer
BEGIN SELECT RAISE(ABORT, 'a payment confirms only its own buyer''s reservations'); END;
CREATE TRIGGER reservation_sale_is_final BEFORE UPDATE OF status, payment_id, seat_id, buyer, price ON reservation
WHEN OLD.status = 'confirmed'
BEGIN SELECT RAISE(ABORT, 'a confirmed reservation never changes'); END;

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

CREATE TABLE request_key (
    scope TEXT NOT NULL CHECK (scope IN ('payment', 'top-up')),
    buyer TEXT NOT NULL REFERENCES buyer(name),
    key TEXT NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request TEXT NOT NULL,
    result INTEGER NOT NULL,
    token TEXT,
    made_at INTEGER NOT NULL,
    PRIMARY KEY (scope, buyer, key)
) WITHOUT ROWID;
CREATE INDEX request_key_token ON request_key(token, scope, key) WHERE token IS NOT NULL;
CREATE INDEX request_key_made ON request_key(made_at);

CREATE TABLE event (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TRIGGER event_keeps_the_latest AFTER INSERT ON event
WHEN NEW.id % 100 = 0
BEGIN DELETE FROM event WHERE id <= NEW.id - 1000; END;