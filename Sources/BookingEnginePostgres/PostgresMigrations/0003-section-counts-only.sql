CREATE OR REPLACE FUNCTION reservation_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    held_change bigint := 0;
    sold_change bigint := 0;
BEGIN
    IF TG_OP = 'INSERT' THEN
        held_change := CASE WHEN NEW.status = 'held' THEN 1 ELSE 0 END;
        sold_change := CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END;
    ELSIF OLD.status = 'held' AND NEW.status <> 'held' THEN
        held_change := -1;
        sold_change := CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END;
    END IF;
    IF held_change = 0 AND sold_change = 0 THEN RETURN NULL; END IF;
    UPDATE section_seats n SET held = n.held + held_change, sold = n.sold + sold_change
        FROM seat s WHERE s.id = NEW.seat_id AND n.performance_id = s.performance_id AND n.section_id = s.section_id;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION seats_counted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM new_seats s JOIN section x ON x.id = s.section_id JOIN performance p ON p.id = s.performance_id
        WHERE x.venue_id <> p.venue_id) THEN
        PERFORM boxoffice_refuse('a seat has a section of its performance''s venue, a row and a place in it');
    END IF;
    INSERT INTO section_seats AS n (performance_id, section_id, first_seat, seats)
        SELECT performance_id, section_id, MIN(id), COUNT(*) FROM new_seats GROUP BY performance_id, section_id
        ON CONFLICT (performance_id, section_id) DO UPDATE SET seats = n.seats + excluded.seats;
    IF EXISTS (SELECT 1 FROM section_seats n JOIN (SELECT performance_id, section_id, MIN(id) AS first, MAX(id) AS last
            FROM new_seats GROUP BY performance_id, section_id) a
            ON a.performance_id = n.performance_id AND a.section_id = n.section_id
        WHERE a.first < n.first_seat OR n.first_seat + n.seats - 1 <> a.last) THEN
        PERFORM boxoffice_refuse('the seats of a section are added together, in row order');
    END IF;
    RETURN NULL;
END $$;

DROP TRIGGER performance_counted ON performance;
DROP FUNCTION performance_counted();
DROP TABLE performance_seats;

DROP TRIGGER event_announced ON event;
DROP FUNCTION event_announced();
