// Package hooks receives direct-debit events in a batch: the body is an
// envelope whose field holds the provider SDK's event type, whatever the
// envelope is called. Look-alikes: an envelope of the SDK's payments (a
// resource listed, not an event posted), and a file of the merchant's own
// rows.
package hooks

import (
	"database/sql"
	"encoding/json"
	"io"
	"net/http"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
)

type Receiver struct {
	DB *sql.DB
}

type batch struct {
	Items []*gocardless.Event `json:"events"`
}

// Collected marks the premiums of confirmed payments paid.
func (rc *Receiver) Collected(w http.ResponseWriter, r *http.Request) {
	raw, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	var b batch
	if err := json.Unmarshal(raw, &b); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, ev := range b.Items {
		if ev.Action == "confirmed" && ev.Links != nil {
			rc.DB.Exec("UPDATE premiums SET status = 'paid' WHERE payment_id = $1", ev.Links.Payment)
		}
	}
	w.WriteHeader(http.StatusNoContent)
}

type listing struct {
	Payments []gocardless.Payment `json:"payments"`
}

// Sync stores the statuses of a payment listing a job posts: not an
// event of the provider.
func (rc *Receiver) Sync(w http.ResponseWriter, r *http.Request) {
	var l listing
	if err := json.NewDecoder(r.Body).Decode(&l); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, p := range l.Payments {
		rc.DB.Exec("UPDATE premiums SET status = 'paid' WHERE payment_id = $1", p.Id)
	}
	w.WriteHeader(http.StatusNoContent)
}

type row struct {
	PaymentID string `json:"payment_id"`
}

type upload struct {
	Rows []row `json:"rows"`
}

// Import applies a file of the merchant's own rows.
func (rc *Receiver) Import(w http.ResponseWriter, r *http.Request) {
	var u upload
	if err := json.NewDecoder(r.Body).Decode(&u); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	for _, x := range u.Rows {
		rc.DB.Exec("UPDATE premiums SET status = 'paid' WHERE payment_id = $1", x.PaymentID)
	}
	w.WriteHeader(http.StatusNoContent)
}
