package main

import (
	"context"
	"database/sql"
	"html/template"
	"net/http"

	"github.com/kataras/iris/v12"
	"github.com/uptrace/bun"
	"google.golang.org/grpc"
	"gorm.io/gorm"

	"audit16/hosting/jobs"
)

type pgDialector struct{ dsn string }

func (pgDialector) Name() string { return "postgres" }

func openGorm(dsn string) (*gorm.DB, error) { return gorm.Open(pgDialector{dsn: dsn}, &gorm.Config{}) }

// openBun wraps the shared pool for bun's query builders.
func openBun(sqldb *sql.DB) *bun.DB { return new(bun.DB) }

func dialLND(addr string) (grpc.ClientConnInterface, error) { return nil, nil }

func loadTemplates() *template.Template {
	return template.Must(template.ParseGlob("templates/*.html"))
}

func serveIris(app *iris.Application, addr string) {}

// requireSession rejects API calls without a panel session cookie.
func requireSession(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if c, err := r.Cookie("panel_session"); err != nil || c.Value == "" {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// commissionsSQL computes reseller commissions from the usage ledger.
type commissionsSQL struct{ db *sql.DB }

func (c commissionsSQL) Owed(ctx context.Context, period string) ([]jobs.Commission, error) {
	rows, err := c.db.QueryContext(ctx,
		`SELECT reseller_id, SUM(commission_cents) FROM reseller_sales WHERE period = $1 GROUP BY reseller_id`, period)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []jobs.Commission
	for rows.Next() {
		var cm jobs.Commission
		if err := rows.Scan(&cm.ResellerID, &cm.Cents); err != nil {
			return nil, err
		}
		out = append(out, cm)
	}
	return out, rows.Err()
}
