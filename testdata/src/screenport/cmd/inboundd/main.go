// Command inboundd serves the partner's notices.
package main

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/go-resty/resty/v2"

	"screenport/books"
	"screenport/hooks"
)

func main() {
	db, _ := sql.Open("postgres", os.Getenv("DATABASE_URL"))
	risk := &hooks.RiskAPI{Client: resty.New().SetBaseURL(os.Getenv("RISK_URL"))}
	limits := &hooks.LimitCache{Today: map[string]int64{}, Max: 500000}
	in := hooks.NewInbound(books.HMAC{Key: []byte(os.Getenv("PARTNER_KEY"))}, books.NewSellers(db), risk, limits) // want `webhook handler calls hooks.Assessor.Assess \(hooks.go:79, in hooks.Inbound.Received\), bound here to hooks.RiskAPI.Assess, which calls an external API`
	mux := http.NewServeMux()
	mux.HandleFunc("POST /partner/credits", in.Received)
	mux.HandleFunc("POST /partner/credits/capped", in.Capped)
	_ = http.ListenAndServe(":8080", mux)
}
