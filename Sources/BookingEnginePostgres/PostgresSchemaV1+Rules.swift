/// Migration 1, continued: the rules the engine keeps, kept by triggers too (see
/// SQLite's `Schema.v1` and `SchemaV2`, which these mirror one for one). A broken rule
/// raises `check_violation` (23514) with the rule in words, and the transaction rolls back.
///
/// Counts that many rows of one statement change (active tokens, seats of a section) are
/// kept by statement triggers over transition tables, so a sweep or a stadium's seats cost
/// one update of each count, not one per row.
///
/// Every recorded change (an `event` row, see `eventMark`) also notifies the channel
/// `boxoffice_changes` with an empty payload: PostgreSQL sends it at commit and folds equal
/// notifications of one transaction into one, so each transaction that changed something
/// sends one, whatever it changed.
extension PostgresSchemaV1 {
    static let rules = """
        CREATE FUNCTION boxoffice_refuse(reason text) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION USING ERRCODE = 'check_violation', MESSAGE = reason; END $$;

        CREATE FUNCTION state_checked() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.active_count > OLD.active_count AND NEW.active_count > (SELECT active_limit FROM policy) THEN
                PERFORM boxoffice_refuse('more buyers would be shopping than the capacity allows');
            END IF;
            IF NEW.recorded_now < OLD.recorded_now OR NEW.line_lag < OLD.line_lag OR NEW.next_number < OLD.next_number
                OR NEW.admitted_through < OLD.admitted_through OR NEW.lapses_admitted_past < OLD.lapses_admitted_past
                OR NEW.lapses_counted < OLD.lapses_counted OR NEW.lapse_mark < OLD.lapse_mark THEN
                PERFORM boxoffice_refuse('the clock and the line only move forward');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER state_checked BEFORE UPDATE ON state FOR EACH ROW EXECUTE FUNCTION state_checked();

        CREATE FUNCTION buyer_checked() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.balance > OLD.balance AND NEW.balance > (SELECT balance_ceiling FROM policy) AND NEW.name NOT LIKE '@%' THEN
                PERFORM boxoffice_refuse('a balance would pass the ceiling');
            END IF;
            IF NEW.token_number IS DISTINCT FROM OLD.token_number AND EXISTS (SELECT 1 FROM token WHERE number = OLD.token_number) THEN
                PERFORM boxoffice_refuse('a buyer''s token must be deleted before another replaces it');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER buyer_checked BEFORE UPDATE ON buyer FOR EACH ROW EXECUTE FUNCTION buyer_checked();

        CREATE FUNCTION token_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.number < (SELECT next_number FROM state) THEN
                PERFORM boxoffice_refuse('a number in line is never issued twice');
            END IF;
            IF NEW.number IS DISTINCT FROM (SELECT token_number FROM buyer WHERE name = NEW.buyer) THEN
                PERFORM boxoffice_refuse('a new token must be its buyer''s token_number');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER token_inserted BEFORE INSERT ON token FOR EACH ROW EXECUTE FUNCTION token_inserted();

        CREATE FUNCTION token_updated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.buyer <> OLD.buyer OR NEW.number <> OLD.number OR NEW.secret <> OLD.secret THEN
                PERFORM boxoffice_refuse('a token keeps its buyer, its number and its secret');
            END IF;
            IF OLD.status = 'active' AND NEW.status <> 'active' THEN
                PERFORM boxoffice_refuse('an admitted token never waits again');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER token_updated BEFORE UPDATE ON token FOR EACH ROW EXECUTE FUNCTION token_updated();

        CREATE FUNCTION token_active_counted() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE change bigint;
        BEGIN
            IF TG_OP = 'INSERT' THEN
                SELECT COUNT(*) INTO change FROM new_tokens WHERE status = 'active';
            ELSIF TG_OP = 'DELETE' THEN
                SELECT -COUNT(*) INTO change FROM old_tokens WHERE status = 'active';
            ELSE
                SELECT (SELECT COUNT(*) FROM new_tokens WHERE status = 'active') - (SELECT COUNT(*) FROM old_tokens WHERE status = 'active')
                    INTO change;
            END IF;
            IF change <> 0 THEN
                UPDATE state SET active_count = active_count + change WHERE id = 1;
            END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER token_inserted_counted AFTER INSERT ON token REFERENCING NEW TABLE AS new_tokens
            FOR EACH STATEMENT EXECUTE FUNCTION token_active_counted();
        CREATE TRIGGER token_updated_counted AFTER UPDATE ON token REFERENCING OLD TABLE AS old_tokens NEW TABLE AS new_tokens
            FOR EACH STATEMENT EXECUTE FUNCTION token_active_counted();
        CREATE TRIGGER token_deleted_counted AFTER DELETE ON token REFERENCING OLD TABLE AS old_tokens
            FOR EACH STATEMENT EXECUTE FUNCTION token_active_counted();

        CREATE FUNCTION performance_counted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO performance_seats (performance_id, seats) VALUES (NEW.id, 0);
            RETURN NULL;
        END $$;
        CREATE TRIGGER performance_counted AFTER INSERT ON performance FOR EACH ROW EXECUTE FUNCTION performance_counted();

        CREATE FUNCTION seat_never_moves() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF (NEW.performance_id, NEW.number, NEW.section_id, NEW.row_ordinal, NEW.seat_in_row)
                IS DISTINCT FROM (OLD.performance_id, OLD.number, OLD.section_id, OLD.row_ordinal, OLD.seat_in_row) THEN
                PERFORM boxoffice_refuse('a seat never moves');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER seat_never_moves BEFORE UPDATE ON seat FOR EACH ROW EXECUTE FUNCTION seat_never_moves();

        CREATE FUNCTION seats_counted() RETURNS trigger LANGUAGE plpgsql AS $$
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
            UPDATE performance_seats t SET seats = t.seats + a.added
                FROM (SELECT performance_id, COUNT(*) AS added FROM new_seats GROUP BY performance_id) a
                WHERE t.performance_id = a.performance_id;
            RETURN NULL;
        END $$;
        CREATE TRIGGER seats_counted AFTER INSERT ON seat REFERENCING NEW TABLE AS new_seats
            FOR EACH STATEMENT EXECUTE FUNCTION seats_counted();

        CREATE FUNCTION reservation_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.status = 'held' AND (SELECT COUNT(*) FROM reservation
                WHERE buyer = NEW.buyer AND status = 'held' AND expires_at > NEW.held_at) >= (SELECT hold_limit FROM policy) THEN
                PERFORM boxoffice_refuse('a buyer would hold more seats than the hold limit');
            END IF;
            IF NEW.payment_id IS NOT NULL AND (SELECT buyer FROM payment WHERE id = NEW.payment_id) IS DISTINCT FROM NEW.buyer THEN
                PERFORM boxoffice_refuse('a payment confirms only its own buyer''s reservations');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER reservation_inserted BEFORE INSERT ON reservation FOR EACH ROW EXECUTE FUNCTION reservation_inserted();

        CREATE FUNCTION reservation_updated() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.status = 'confirmed' AND (NEW.status, NEW.payment_id, NEW.seat_id, NEW.buyer, NEW.price)
                IS DISTINCT FROM (OLD.status, OLD.payment_id, OLD.seat_id, OLD.buyer, OLD.price) THEN
                PERFORM boxoffice_refuse('a confirmed reservation never changes');
            END IF;
            IF OLD.status = 'canceled' AND NEW.status <> 'canceled' THEN
                PERFORM boxoffice_refuse('a cancelled reservation stays cancelled');
            END IF;
            IF NEW.payment_id IS NOT NULL AND NEW.payment_id IS DISTINCT FROM OLD.payment_id
                AND (SELECT buyer FROM payment WHERE id = NEW.payment_id) IS DISTINCT FROM NEW.buyer THEN
                PERFORM boxoffice_refuse('a payment confirms only its own buyer''s reservations');
            END IF;
            IF NEW.seat_id <> OLD.seat_id THEN
                PERFORM boxoffice_refuse('a reservation keeps its seat');
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER reservation_updated BEFORE UPDATE ON reservation FOR EACH ROW EXECUTE FUNCTION reservation_updated();

        CREATE FUNCTION reservation_counted() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            held_change bigint := 0;
            sold_change bigint := 0;
            seat_date bigint;
            seat_section bigint;
        BEGIN
            IF TG_OP = 'INSERT' THEN
                held_change := CASE WHEN NEW.status = 'held' THEN 1 ELSE 0 END;
                sold_change := CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END;
            ELSIF OLD.status = 'held' AND NEW.status <> 'held' THEN
                held_change := -1;
                sold_change := CASE WHEN NEW.status = 'confirmed' THEN 1 ELSE 0 END;
            END IF;
            IF held_change = 0 AND sold_change = 0 THEN RETURN NULL; END IF;
            SELECT s.performance_id, s.section_id INTO seat_date, seat_section FROM seat s WHERE s.id = NEW.seat_id;
            UPDATE section_seats n SET held = n.held + held_change, sold = n.sold + sold_change
                WHERE n.performance_id = seat_date AND n.section_id = seat_section;
            UPDATE performance_seats t SET held = t.held + held_change, sold = t.sold + sold_change
                WHERE t.performance_id = seat_date;
            RETURN NULL;
        END $$;
        CREATE TRIGGER reservation_inserted_counted AFTER INSERT ON reservation FOR EACH ROW EXECUTE FUNCTION reservation_counted();
        CREATE TRIGGER reservation_updated_counted AFTER UPDATE OF status ON reservation FOR EACH ROW EXECUTE FUNCTION reservation_counted();

        CREATE FUNCTION event_keeps_the_latest() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF NEW.id % 100 = 0 THEN DELETE FROM event WHERE id <= NEW.id - 1000; END IF;
            RETURN NULL;
        END $$;
        CREATE TRIGGER event_keeps_the_latest AFTER INSERT ON event FOR EACH ROW EXECUTE FUNCTION event_keeps_the_latest();

        CREATE FUNCTION event_announced() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('boxoffice_changes', '');
            RETURN NULL;
        END $$;
        CREATE TRIGGER event_announced AFTER INSERT ON event FOR EACH STATEMENT EXECUTE FUNCTION event_announced();
        """
}
