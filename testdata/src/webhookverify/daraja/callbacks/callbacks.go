// Package callbacks receives M-Pesa (Daraja) results: STK push callbacks
// on its own routes, and a C2B confirmation mounted by package gateway.
// Daraja signs neither, so acting on them without asking Daraja (or
// behind a check) lets anyone post a paid result.
package callbacks

import (
	"database/sql"
	"encoding/json"
	"net/http"
)

// lipaCallback is the STK push result: Body.stkCallback.ResultCode.
type lipaCallback struct {
	Body struct {
		StkCallback struct {
			MerchantRequestID string
			CheckoutRequestID string
			ResultCode        int
			ResultDesc        string
		} `json:"stkCallback"`
	}
}

// mpesaConfirmation is a C2B confirmation (paybill paid from the phone).
type mpesaConfirmation struct {
	TransID       string
	TransAmount   string
	BillRefNumber string
}

// deliveryReport is an SMS gateway's delivery report: no payment in it.
type deliveryReport struct {
	Data struct {
		Report struct {
			MessageID string
			Status    string
		}
	}
}

type Receiver struct{ DB *sql.DB }

func Mount(mux *http.ServeMux, rc *Receiver) {
	mux.HandleFunc("POST /mpesa/callback/stk", rc.stkResult)
	mux.HandleFunc("POST /api/v2/lipa/result", rc.lipaNamedNeutrally)
	mux.HandleFunc("POST /sms/callback/delivery", rc.delivery)
	mux.HandleFunc("POST /auth/callback/device", rc.deviceLinked)
}

// The route says M-Pesa callback: a webhook, unsigned.
func (rc *Receiver) stkResult(w http.ResponseWriter, r *http.Request) {
	var res lipaCallback
	if json.NewDecoder(r.Body).Decode(&res) != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if res.Body.StkCallback.ResultCode == 0 {
		rc.DB.Exec("UPDATE trips SET payment_status = 'paid' WHERE checkout_id = $1", res.Body.StkCallback.CheckoutRequestID) // want `payment webhook /mpesa/callback/stk acts on the payment`
	}
}

// A route in the team's own words: the payload (a result code three
// levels down, Daraja's request ids) says it is Daraja's callback.
func (rc *Receiver) lipaNamedNeutrally(w http.ResponseWriter, r *http.Request) {
	var res lipaCallback
	if json.NewDecoder(r.Body).Decode(&res) != nil {
		return
	}
	if res.Body.StkCallback.ResultCode == 0 {
		rc.DB.Exec("UPDATE trips SET payment_status = 'paid' WHERE checkout_id = $1", res.Body.StkCallback.CheckoutRequestID) // want `payment webhook /api/v2/lipa/result acts on the payment`
	}
}

// Look-alike: an SMS delivery report marks a message delivered.
func (rc *Receiver) delivery(w http.ResponseWriter, r *http.Request) {
	var rep deliveryReport
	if json.NewDecoder(r.Body).Decode(&rep) != nil {
		return
	}
	rc.DB.Exec("UPDATE sms SET status = $1 WHERE id = $2", rep.Data.Report.Status, rep.Data.Report.MessageID)
}

// Look-alike: an account flow on a callback route.
func (rc *Receiver) deviceLinked(w http.ResponseWriter, r *http.Request) {
	rc.DB.Exec("UPDATE devices SET linked = true WHERE id = $1", r.FormValue("device"))
}

// Confirmation credits the wallet from a C2B confirmation; its route is
// in package gateway.
func (rc *Receiver) Confirmation(w http.ResponseWriter, r *http.Request) {
	var p mpesaConfirmation
	if json.NewDecoder(r.Body).Decode(&p) != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	rc.DB.Exec("UPDATE wallets SET balance = balance + $1 WHERE wallet_no = $2", p.TransAmount, p.BillRefNumber)
}
