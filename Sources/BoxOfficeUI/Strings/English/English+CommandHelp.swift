extension CommandHelpKey {
    /// The English template.
    public var english: String {
        switch self {
        case .aboutBoxOffice: "Book concert seats from your terminal: wait in line, pick seats, hold them, pay with points."
        case .aboutBoxOfficeDetails:
            "With no subcommand, boxoffice opens the client: `boxoffice [--user NAME] [--db PATH] ...` is `boxoffice open ...`; "
                + "see `boxoffice open --help` for the client's options (--user, --db, --no-color, --catalog, --qa, --demo and the "
                + "timings). Several clients and commands may share one database file: they share one line and one seat map. Every "
                + "command logs to $XDG_STATE_HOME/boxoffice/boxoffice.log (else ~/.local/state/boxoffice/boxoffice.log). "
                + "`--lang en|ko`, anywhere on the line, picks the language of screens, messages and help; without it, the first "
                + "of LC_ALL, LC_MESSAGES and LANG that is set decides (ko, ko_KR, ko_KR.UTF-8: Korean; anything else: English)."
        case .aboutOpen: "Open the client: join the line, pick seats, hold them and pay (the default command)."
        case .aboutOpenDetails:
            "A --db file that does not exist is created, in a folder that exists (the default folder is created when missing). "
                + "Logs go to $XDG_STATE_HOME/boxoffice/boxoffice.log (else ~/.local/state/boxoffice/), never onto the screen. "
                + "The terminal must be able to move the cursor: TERM=dumb is refused. `--lang en|ko` picks the language."
        case .aboutNew: "Create a new database (with --qa, in QA mode) holding the demo catalog or --catalog FILE."
        case .aboutNewDetails:
            "The timing and capacity options set the new database's policy, which every process using it then applies (change "
                + "it later with `boxoffice config set`). Refuses a file that exists already, and a folder that does not (the "
                + "default folder aside)."
        case .aboutStatus: "Show the line, capacity, live holds and seats of every upcoming performance."
        case .aboutStatusDetails:
            "Also says whether the database is in QA mode (and how far its clock runs ahead), and warns when several processes "
                + "share the file on an affected SQLite."
        case .aboutTick:
            "Run the schedulers once (after moving a QA clock with --advance): admit waiting buyers, drop expired places in "
                + "line, release expired holds."
        case .aboutTickDetails: "Safe while clients are open on the same database."
        case .aboutConfig: "Show or change the database's policy (capacity, timings, limits) for every process using it."
        case .aboutConfigShow: "Show the database's policy."
        case .aboutConfigSet: "Change one setting of the database's policy, for every process using it."
        case .aboutConfigSetDetails: "Settings: {0}. Durations are written like 90s, 5m or 1h."
        case .aboutCatalog: "Manage the concert catalog."
        case .aboutCatalogLoad: "Add the concerts of a catalog file (format: see assets/demo-catalog.yaml)."
        case .aboutCatalogLoadDetails:
            "The whole file is checked first; a file with any bad line adds nothing. When --db names a file that does not "
                + "exist yet (in a folder that does), a new database is created with this catalog as its first one, instead "
                + "of the demo catalog."
        case .aboutPoints: "Top up or look at a buyer's prepaid points."
        case .aboutPointsCharge: "Add points to a buyer's balance (1 to 1,000,000 at a time)."
        case .aboutPointsBalance: "Show a buyer's balance."
        case .aboutPointsBalanceDetails:
            "A name this database has never seen (never in line, never topped up) is refused (UNKNOWN_BUYER), so a mistyped "
                + "name is not taken for an empty balance."
        case .aboutCrowd: "Run a simulated crowd of buyers on a database in real time, then print what it did."
        case .aboutCrowdDetails:
            "The crowd joins the line, browses, holds, tops up, pays, abandons and comes back like people do, through the "
                + "engine's public calls, while this process also runs the schedulers. It stops when every buyer is done or "
                + "after --duration. Same seed, same crowd."
        case .aboutChaos:
            "Run crowds in several processes on one database, SIGKILL and restart them at random, then check every invariant."
        case .aboutChaosDetails: "During the run, active tokens are sampled against the capacity. Afterwards, with every process gone, one hold sweep runs and the database is audited read-only: no seat held or sold twice, every sale paid exactly once, every balance equal to its ledger and within 0…ceiling, no hold past its deadline, SQLite's quick_check clean. Exit status 1 when anything is broken."
        case .aboutServe: "Serve the booking API over HTTP (API.md), so that terminals on other machines and scripts can book."
        case .aboutServeDetails:
            "Listens on 127.0.0.1:8080 unless told otherwise (--host 0.0.0.0 serves other machines). Runs the schedulers of "
                + "its database; several servers and clients may share one database file. SIGTERM or SIGINT stops accepting "
                + "connections and lets the requests in flight finish (up to 10 s). One log line per request goes to the log "
                + "file (and standard error with --log-stderr). A --db file that does not exist is created, with the demo "
                + "catalog or --catalog FILE."
        case .aboutBuyers: "Give buyers keys for `boxoffice serve`, replace lost ones, list buyers."
        case .aboutBuyersAdd: "Make a key for a buyer (shown once; the database keeps only its hash)."
        case .aboutBuyersAddDetails:
            "A buyer who has a key already keeps it (NAME_TAKEN): replace it with `boxoffice buyers rotate NAME`."
        case .aboutBuyersRotate: "Replace a buyer's key (the old key stops working at once)."
        case .aboutBuyersList: "List buyers: name, balance, and when their key was made."
        case .aboutAudit: "Check a database's invariants: no seat sold twice, balances equal top-ups minus payments, and the rest."
        case .aboutAuditDetails: "Read-only; safe while clients and servers use the file. Exits 1 when any invariant is broken."
        }
    }
}
