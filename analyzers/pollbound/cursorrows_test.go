package pollbound

// CursorRows: a loop stepping through the rows a query returned
// (database/sql, a prepared statement, sqlx, pgx, a mongo cursor, GORM's
// Rows) with the same invoice read while a row builds the answer is one
// read per row of a finite result, no poll: silent (real code: an
// invoice-detail endpoint whose `for rows.Next()` over one subscription
// row calls invoice.Get). A poll after the cursor loop, one nested in it
// for each row's invoice, and one driven by a hand-written Next that only
// waits are still reported.
var _ = cases.Add(Analyzer, "CursorRows", "cursorrows/...")
