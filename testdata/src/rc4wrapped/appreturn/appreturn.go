// Package appreturn mounts the same listener, wrapped the same way, as
// the page the buyer's browser posts back to: no webhook route.
package appreturn

import (
	"database/sql"
	"net/http"
	"os"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"rc4wrapped/mppay"
	"rc4wrapped/seats"
)

func Routes(mux *http.ServeMux, db *sql.DB, pc payment.Client) {
	l := mppay.NewListener(pc, seats.NewVenue(db, os.Getenv("VENUE_API")))
	mux.Handle("POST /checkout/return", http.TimeoutHandler(http.HandlerFunc(l.Handle), 30*time.Second, "busy"))
}
