// Package app mounts the Mercado Pago listener on a webhook route of a
// ServeMux, wrapped in its own middleware around an http.HandlerFunc
// conversion, bound to the venue that is called before the answer.
package app

import (
	"database/sql"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"rc4wrapped/mppay"
	"rc4wrapped/seats"
)

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		next.ServeHTTP(w, r)
		log.Printf("%s %s %s", r.Method, r.URL.Path, time.Since(start))
	})
}

func Routes(mux *http.ServeMux, db *sql.DB, pc payment.Client) {
	l := mppay.NewListener(pc, seats.NewVenue(db, os.Getenv("VENUE_API"))) // want `webhook handler calls mppay.Seats.Book \(mppay.go:43, in mppay.Listener.Handle\), bound here to seats.Venue.Book, which calls an external API \(http.Post\)`
	mux.Handle("POST /webhooks/mercadopago", logged(http.TimeoutHandler(http.HandlerFunc(l.Handle), 30*time.Second, "busy")))
}
