// Package server binds the inbound receivers to the ledger and mounts them.
package server

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"io"
	"net/http"
	"os"

	"github.com/jackc/pgx/v5/pgxpool"

	"wirehooks/r7/inbound"
	"wirehooks/r7/ledger"
)

var hookKey = []byte(os.Getenv("HOOK_KEY"))

// signed lets a request through only with a valid HMAC of its body.
func signed(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mac := hmac.New(sha256.New, hookKey)
		mac.Write(body)
		sig, _ := hex.DecodeString(r.Header.Get("X-Signature"))
		if !hmac.Equal(mac.Sum(nil), sig) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func Mux(db *sql.DB, pool *pgxpool.Pool) *http.ServeMux {
	recv := &inbound.Receivers{Ledger: ledger.New(db), Contacts: &ledger.Contacts{DB: db}}
	gw := &inbound.Gateway{Orders: ledger.New(db)}
	hs := &inbound.Handlers{Billing: ledger.NewPg(pool)}
	relay := &inbound.Relay{Sink: ledger.NewPg(pool)}

	mux := http.NewServeMux()
	mux.HandleFunc("POST /mp/notifications", recv.MercadoPagoNotifications) // want `payment webhook handler recv.MercadoPagoNotifications .* verifies no signature, and no middleware on this route does: it acts on the payment through inbound.Ledger.Apply`
	mux.Handle("POST /mp/v2/notifications", signed(http.HandlerFunc(recv.MercadoPagoNotifications)))
	mux.HandleFunc("POST /mp/signed", recv.MercadoPagoSigned)
	mux.HandleFunc("POST /crm/hubspot", recv.HubSpotEvents)
	mux.HandleFunc("POST /porting/events", recv.PortingEvents)
	mux.HandleFunc("POST /gateway/batch", gw.Receive) // want `payment webhook handler gw.Receive .* verifies no signature`
	mux.HandleFunc("POST /catalogue/batch", gw.Sync)
	mux.HandleFunc("POST /billing/events", hs.Events) // want `payment webhook handler hs.Events .* verifies no signature`
	mux.Handle("POST /billing/signed-events", signed(http.HandlerFunc(hs.Events)))
	mux.HandleFunc("POST /stripe/relay", relay.Forward) // want `payment webhook handler relay.Forward .* verifies no signature`
	return mux
}
