package pgconn

// PgError: the server's error (checked: pgx v5.10.0 pgconn/errors.go; the
// fields the catalogue reads).
type PgError struct {
	Severity string
	Code     string
	Message  string
	Detail   string
}

func (pe *PgError) Error() string {
	return pe.Severity + ": " + pe.Message + " (SQLSTATE " + pe.Code + ")"
}
