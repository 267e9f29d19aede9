// Package reconcile settles the orders whose webhook never came.
package reconcile

import (
	"context"
	"log"
	"net/http"
	"time"

	"pollhelperdone/cardpay"
	"pollhelperdone/parcels"
	"pollhelperdone/pixcob"
)

type Job struct {
	Pix   *pixcob.Client
	Card  *cardpay.Client
	Ships *parcels.Client
}

// Nightly waits for each open charge on a context that never ends.
func (j *Job) Nightly(txids, cardIDs []string) {
	for _, txid := range txids {
		cob, err := j.Pix.Await(context.Background(), txid) // want `pixcob.Client.Await polls payment txid \(pixcob.go:\d+\) until the context it is handed ends, and the context handed here never ends \(context.Background\(\) at reconcile.go:\d+\)`
		if err == nil {
			log.Printf("%s: %s", txid, cob.Status)
		}
	}
	for _, id := range cardIDs {
		p, err := j.Card.WaitFinal(context.TODO(), id) // want `cardpay.Client.WaitFinal polls payment id \(cardpay.go:\d+\) until the context it is handed ends, and the context handed here never ends \(context.TODO\(\) at reconcile.go:\d+\)`
		if err == nil {
			log.Printf("%s: %s", id, p.Status)
		}
	}
}

// Bounded: a deadline handed in or made by the wait itself, an attempt
// cap, a request's context; a shipment followed the same way.
func (j *Job) Bounded(ctx context.Context, txid, cardID, shipment string) {
	tctx, cancel := context.WithTimeout(ctx, 30*time.Minute)
	defer cancel()
	_, _ = j.Pix.Await(tctx, txid)
	_, _ = j.Pix.AwaitCapped(context.Background(), txid)
	_, _ = j.Pix.AwaitWithin(context.Background(), txid)
	_, _ = j.Card.WaitFinal(tctx, cardID)
	_, _ = j.Ships.Delivered(context.Background(), shipment)
}

// Handler waits on the request's context.
func (j *Job) Handler(w http.ResponseWriter, r *http.Request) {
	if _, err := j.Pix.Await(r.Context(), r.URL.Query().Get("txid")); err != nil {
		http.Error(w, err.Error(), http.StatusGatewayTimeout)
	}
}
