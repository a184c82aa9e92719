import BookingEngine
import Testing

/// A database named in a command to paste reaches boxoffice whole, whatever it contains.
@Suite struct ShellWordTests {
    @Test func plainWordsStayAsTheyAre() {
        #expect(ShellWord.quoted("/tmp/boxoffice.sqlite") == "/tmp/boxoffice.sqlite")
        #expect(ShellWord.quoted("postgres://ana@db.example:5432/tour") == "postgres://ana@db.example:5432/tour")
    }

    @Test func wordsAShellWouldSplitAreQuoted() {
        #expect(ShellWord.quoted("postgres://postgres@/boxoffice?host=/tmp/pg&port=5432")
            == "'postgres://postgres@/boxoffice?host=/tmp/pg&port=5432'")
        #expect(ShellWord.quoted("/tmp/my shows.sqlite") == "'/tmp/my shows.sqlite'")
        #expect(ShellWord.quoted("/tmp/ana's.sqlite") == "'/tmp/ana'\\''s.sqlite'")
        #expect(ShellWord.quoted("") == "''")
        #expect(ShellWord.quoted("/tmp/공연.sqlite") == "'/tmp/공연.sqlite'")
    }
}
