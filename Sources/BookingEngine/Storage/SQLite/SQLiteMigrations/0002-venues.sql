CREATE TABLE venue (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
    time_zone TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
    stage_x INTEGER CHECK (stage_x BETWEEN 0 AND 99),
    stage_y INTEGER CHECK (stage_y BETWEEN 0 AND 99),
    stage_width INTEGER CHECK (stage_width BETWEEN 1 AND 100),
    stage_height INTEGER CHECK (stage_height BETWEEN 1 AND 100),
    CHECK ((stage_x IS NULL) = (stage_y IS NULL) AND (stage_x IS NULL) = (stage_width IS NULL)
        AND (stage_x IS NULL) = (stage_height IS NULL))
);
CREATE TABLE section (
    id INTEGER PRIMARY KEY,
    venue_id INTEGER NOT NULL REFERENCES venue(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 8),
    grade TEXT NOT NULL CHECK (length(grade) BETWEEN 1 AND 12),
    price INTEGER NOT NULL CHECK (price > 0),
    place_x INTEGER NOT NULL CHECK (place_x BETWEEN 0 AND 99),
    place_y INTEGER NOT NULL CHECK (place_y BETWEEN 0 AND 99),
    place_width INTEGER NOT NULL CHECK (place_width BETWEEN 1 AND 100),
    place_height INTEGER NOT NULL CHECK (place_height BETWEEN 1 AND 100),
    row_count INTEGER NOT NULL CHECK (row_count BETWEEN 1 AND 200),
    seat_count INTEGER NOT NULL CHECK (seat_count BETWEEN 1 AND 60000),
    UNIQUE (venue_id, name),
    UNIQUE (venue_id, ordinal)
);
CREATE TABLE section_row (
    section_id INTEGER NOT NULL REFERENCES section(id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    label TEXT NOT NULL CHECK (length(label) BETWEEN 1 AND 4),
    seats INTEGER NOT NULL CHECK (seats BETWEEN 1 AND 500),
    PRIMARY KEY (section_id, ordinal)
) WITHOUT ROWID;

ALTER TABLE performance ADD COLUMN venue_id INTEGER REFERENCES venue(id);
ALTER TABLE seat ADD COLUMN section_id INTEGER REFERENCES section(id);
ALTER TABLE seat ADD COLUMN row_ordinal INTEGER CHECK (row_ordinal >= 0);
ALTER TABLE seat ADD COLUMN seat_in_row INTEGER CHECK (seat_in_row >= 1);

CREATE TABLE section_seats (
    performance_id INTEGER NOT NULL REFERENCES performance(id),
    section_id INTEGER NOT NULL REFERENCES section(id),
    first_seat INTEGER NOT NULL,
    seats INTEGER NOT NULL CHECK (seats >= 1),
    sold INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0),
    held INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
    CHECK (sold + held <= seats),
    PRIMARY KEY (performance_id, section_id)
) WITHOUT ROWID;
CREATE TABLE performance_seats (
    performance_id INTEGER PRIMARY KEY REFERENCES performance(id),
    seats INTEGER NOT NULL CHECK (seats >= 0),
    sold INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0),
    held INTEGER NOT NULL DEFAULT 0 CHECK (held >= 0),
    CHECK (sold + held <= seats)
);

INSERT INTO venue (id, name, time_zone)
    SELECT id, CASE WHEN venue = '' THEN title ELSE venue END, 'UTC' FROM concert;
UPDATE performance SET venue_id = concert_id;
INSERT INTO section (id, venue_id, ordinal, name, grade, price, place_x, place_y, place_width, place_height,
        row_count, seat_count)
    SELECT p.concert_id, p.concert_id, 0, 'Hall',
        (SELECT s2.grade FROM seat s2 JOIN performance p2 ON p2.id = s2.performance_id
          WHERE p2.concert_id = p.concert_id ORDER BY s2.price DESC, s2.number LIMIT 1),
        MAX(s.price), 0, 0, 1, 1, (MAX(s.number) + 9) / 10, MAX(s.number)
    FROM seat s JOIN performance p ON p.id = s.performance_id GROUP BY p.concert_id;
WITH RECURSIVE numbered(section_id, ordinal, seat_count) AS (
    SELECT id, 0, seat_count FROM section
    UNION ALL SELECT section_id, ordinal + 1, seat_count FROM numbered WHERE (ordinal + 1) * 10 < seat_count
)
INSERT INTO section_row (section_id, ordinal, label, seats)
    SELECT section_id, ordinal, CASE WHEN ordinal < 26 THEN char(65 + ordinal) ELSE 'R' || (ordinal + 1) END,
        MIN(10, seat_count - ordinal * 10)
    FROM numbered;
UPDATE seat SET section_id = (SELECT concert_id FROM performance WHERE id = seat.performance_id),
    row_ordinal = (number - 1) / 10, seat_in_row = (number - 1) % 10 + 1;
INSERT INTO section_seats (performance_id, section_id, first_seat, seats, sold, held)
    SELECT s.performance_id, s.section_id, MIN(s.id), COUNT(*),
        COUNT(CASE WHEN r.status = 'confirmed' THEN 1 END), COUNT(CASE WHEN r.status = 'held' THEN 1 END)
    FROM seat s LEFT JOIN reservation r ON r.seat_id = s.id AND r.status IN ('held', 'confirmed')
    GROUP BY s.performance_id, s.section_id;
INSERT INTO performance_seats (performance_id, seats, sold, held)
    SELECT p.id, COALESCE(SUM(c.seats), 0), COALESCE(SUM(c.sold), 0), COALESCE(SUM(c.held), 0)
    FROM performance p LEFT JOIN section_seats c ON c.performance_id = p.id GROUP BY p.id;

CREATE INDEX section_venue ON section(venue_id, ordinal);
CREATE TRIGGER performance_has_a_venue BEFORE INSERT ON performance
WHEN NEW.venue_id IS NULL
BEGIN SELECT RAISE(ABORT, 'a performance takes place at a venue'); END;
CREATE TRIGGER performance_counted AFTER INSERT ON performance
BEGIN INSERT INTO performance_seats (performance_id, seats) VALUES (NEW.id, 0); END;
CREATE TRIGGER seat_is_placed BEFORE INSERT ON seat
WHEN NEW.section_id IS NULL OR NEW.row_ordinal IS NULL OR NEW.seat_in_row IS NULL
    OR (SELECT venue_id FROM section WHERE id = NEW.section_id)
        IS NOT (SELECT venue_id FROM performance WHERE id = NEW.performance_id)
BEGIN SELECT RAISE(ABORT, 'a seat has a section of its performance''s venue, a row and a place in it'); END;
CREATE TRIGGER seat_never_moves BEFORE UPDATE OF performance_id, number, section_id, row_ordinal, seat_in_row ON seat
BEGIN SELECT RAISE(ABORT, 'a seat never moves'); END;
CREATE TRIGGER seat_counted AFTER INSERT ON seat
BEGIN
    INSERT INTO section_seats (performance_id, section_id, first_seat, seats)
        VALUES (NEW.performance_id, NEW.section_id, NEW.id, 1)
        ON CONFLICT (performance_id, section_id) DO UPDATE SET seats = seats + 1;
    SELECT RAISE(ABORT, 'the seats of a section are added together, in row order')
        FROM section_seats WHERE performance_id = NEW.performance_id AND section_id = NEW.section_id
            AND first_seat + seats - 1 <> NEW.id;
    UPDATE performance_seats SET seats = seats + 1 WHERE performance_id = NEW.performance_id;
END;
CREATE TRIGGER reservation_counted AFTER INSERT ON reservation
WHEN NEW.status IN ('held', 'confirmed')
BEGIN
    UPDATE section_seats SET held = held + (NEW.status = 'held'), sold = sold + (NEW.status = 'confirmed')
        WHERE (performance_id, section_id) = (SELECT performance_id, section_id FROM seat WHERE id = NEW.seat_id);
    UPDATE performance_seats SET held = held + (NEW.status = 'held'), sold = sold + (NEW.status = 'confirmed')
        WHERE performance_id = (SELECT performance_id FROM seat WHERE id = NEW.seat_id);
END;
CREATE TRIGGER reservation_hold_ended AFTER UPDATE OF status ON reservation
WHEN OLD.status = 'held' AND NEW.status <> 'held'
BEGIN
    UPDATE section_seats SET held = held - 1, sold = sold + (NEW.status = 'confirmed')
        WHERE (performance_id, section_id) = (SELECT performance_id, section_id FROM seat WHERE id = NEW.seat_id);
    UPDATE performance_seats SET held = held - 1, sold = sold + (NEW.status = 'confirmed')
        WHERE performance_id = (SELECT performance_id FROM seat WHERE id = NEW.seat_id);
END;
CREATE TRIGGER reservation_cancel_is_final BEFORE UPDATE OF status ON reservation
WHEN OLD.status = 'canceled' AND NEW.status <> 'canceled'
BEGIN SELECT RAISE(ABORT, 'a cancelled reservation stays cancelled'); END;