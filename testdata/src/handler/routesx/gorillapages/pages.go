// Package gorillapages: gorilla/mux routes whose method matcher says GET
// are pages a traveller's browser lands on after paying (the booking is
// in the path, nothing is posted or signed), so the webhook rules leave
// them alone; the same handlers behind a POST route, or a route that
// allows POST too, are a provider's notifications and are judged.
package gorillapages

import (
	"database/sql"
	"net/http"

	"github.com/gorilla/mux"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
)

type Trips struct{ db *sql.DB }

// settle captures the booking's held payment and credits the loyalty wallet.
func (t *Trips) settle(ref string) error {
	pi, err := paymentintent.Capture(ref, &stripe.PaymentIntentCaptureParams{})
	if err != nil {
		return err
	}
	_, err = t.db.Exec(`UPDATE wallets SET points = points + $1 WHERE booking_ref = $2`, pi.Amount/100, ref)
	return err
}

// page answers a browser: the booking is in the path, nothing is posted.
func (t *Trips) page(w http.ResponseWriter, ref string) {
	if err := t.settle(ref); err != nil {
		http.Error(w, "capture failed", http.StatusBadGateway)
		return
	}
	w.Write([]byte("booking " + ref + " confirmed"))
}

func (t *Trips) returnPage(w http.ResponseWriter, r *http.Request)  { t.page(w, mux.Vars(r)["ref"]) }
func (t *Trips) headPage(w http.ResponseWriter, r *http.Request)    { t.page(w, mux.Vars(r)["ref"]) }
func (t *Trips) chainedPage(w http.ResponseWriter, r *http.Request) { t.page(w, mux.Vars(r)["ref"]) }
func (t *Trips) subPage(w http.ResponseWriter, r *http.Request)     { t.page(w, mux.Vars(r)["ref"]) }
func (t *Trips) afterPage(w http.ResponseWriter, r *http.Request)   { t.page(w, mux.Vars(r)["ref"]) }

// Pages: every route matches GET (HEAD aside): a browser's return.
func Pages(t *Trips) *mux.Router {
	r := mux.NewRouter()
	r.HandleFunc("/trips/{ref}/pay/callback", t.returnPage).Methods(http.MethodGet)
	r.HandleFunc("/trips/{ref}/pay/notify", t.headPage).Methods("GET", "HEAD")
	r.Methods("GET").Path("/tours/{ref}/pay/callback").HandlerFunc(t.chainedPage)
	back := r.PathPrefix("/back").Methods(http.MethodGet).Subrouter()
	back.HandleFunc("/cruise/{ref}/callback", t.subPage)
	r.Path("/rail/{ref}/pay/callback").HandlerFunc(t.afterPage).Name("rail").Methods("get")
	return r
}
