// Package serverack mounts the payout events on gorilla/mux webhook routes.
package serverack

import (
	"database/sql"
	"net/http"
	"os"

	"github.com/gorilla/mux"

	"a11notice/payoutevt"
	"a11notice/texter"
)

func Router(db *sql.DB) *mux.Router {
	sms := texter.NewSMS(http.DefaultClient, os.Getenv("SMS_API"))
	plain := payoutevt.NewEvents(db, sms)           // want `webhook handler calls payoutevt.Notifier.PayoutArrived \(payoutevt.go:64, in payoutevt.Events.State\), bound here to texter.SMS.PayoutArrived`
	claimed := payoutevt.NewClaimedEvents(db, sms)  // want `webhook handler calls payoutevt.Notifier.PayoutArrived \(payoutevt.go:105, in payoutevt.ClaimedEvents.State\)`
	moved := payoutevt.NewTransitionEvents(db, sms) // want `webhook handler calls payoutevt.Notifier.PayoutArrived \(payoutevt.go:139, in payoutevt.TransitionEvents.State\)`
	stamped := payoutevt.NewStampEvents(db, texter.NewStamp(db))

	r := mux.NewRouter()
	r.HandleFunc("/webhooks/payouts", plain.State).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/payouts/claimed", claimed.State).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/payouts/moved", moved.State).Methods(http.MethodPost)
	r.HandleFunc("/webhooks/payouts/stamped", stamped.State).Methods(http.MethodPost)
	return r
}
