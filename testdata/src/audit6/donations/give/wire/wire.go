// Package wire assembles the donation service.
package wire

import (
	"context"
	"html/template"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"

	"audit6/donations/give/httpapi"
	"audit6/donations/give/pgstore"
	"audit6/donations/give/stripeadapter"
)

// Server builds the HTTP server from the environment.
func Server(ctx context.Context) (*http.Server, error) {
	pool, err := pgxpool.New(ctx, os.Getenv("DATABASE_URL"))
	if err != nil {
		return nil, err
	}
	pages := template.Must(template.New("pages").Parse(`{{define "thanks.html"}}Thank you{{end}}{{define "pending.html"}}Pending{{end}}`))
	api := httpapi.NewAPI(httpapi.Config{
		StripeWebhookSecret: os.Getenv("STRIPE_WEBHOOK_SECRET"),
		PublicURL:           os.Getenv("PUBLIC_URL"),
	}, stripeadapter.New(os.Getenv("STRIPE_KEY")), pgstore.New(pool), pages)
	return &http.Server{Addr: ":8080", Handler: api.Routes()}, nil
}
