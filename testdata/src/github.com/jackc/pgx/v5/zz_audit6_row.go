package pgx

// Row is one row of a QueryRow (github.com/jackc/pgx/v5 rows.go).
type Row interface {
	Scan(dest ...any) error
}
