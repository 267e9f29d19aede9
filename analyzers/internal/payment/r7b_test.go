package payment_test

// QueryWrites: an UPDATE storing a paid state read back through a
// query method (QueryRow, QueryRowContext, QueryContext of database/sql,
// pgx's QueryRow) is the write it is; SELECTs and UPDATEs of no paid
// state are not.
var _ = cases.Add(debug, "QueryWrites", "wirehooks/r7/querywrite", "wirehooks/r7/queryonly")
