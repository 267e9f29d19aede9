// Package xenditpayoutack: net/http handlers of Xendit invoice callbacks
// for a marketplace (checked by the x-callback-token) that pay the seller
// when the buyer's invoice is paid.
package xenditpayoutack

import (
	"database/sql"
	"encoding/json"
	"net/http"

	xendit "github.com/xendit/xendit-go/v7"
	invoice "github.com/xendit/xendit-go/v7/invoice"
	payout "github.com/xendit/xendit-go/v7/payout"

	"github.com/xendit/xendit-go/disbursement"
)

// Hooks serves the callbacks.
type Hooks struct {
	db      *sql.DB
	xnd     *xendit.APIClient
	token   string
	payouts chan payout.CreatePayoutRequest
}

func (h *Hooks) paid(w http.ResponseWriter, r *http.Request) (*invoice.InvoiceCallback, bool) {
	if r.Header.Get("x-callback-token") != h.token {
		w.WriteHeader(http.StatusUnauthorized)
		return nil, false
	}
	var cb invoice.InvoiceCallback
	if err := json.NewDecoder(r.Body).Decode(&cb); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	if _, err := h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE invoice_id = $1 AND status = 'pending'", cb.Id); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return nil, false
	}
	return &cb, cb.Status == "PAID"
}

func sellerShare(cb *invoice.InvoiceCallback) payout.CreatePayoutRequest {
	return *payout.NewCreatePayoutRequest("seller-"+cb.Id, "ID_BCA",
		*payout.NewDigitalPayoutChannelProperties(cb.UserId), float32(cb.Amount*0.95), "IDR")
}

// PaySeller pays the seller through a Xendit payout before answering.
func (h *Hooks) PaySeller(w http.ResponseWriter, r *http.Request) {
	cb, ok := h.paid(w, r)
	if !ok {
		return
	}
	if _, _, xerr := h.xnd.PayoutApi.CreatePayout(r.Context()).IdempotencyKey("seller-" + cb.Id).CreatePayoutRequest(sellerShare(cb)).Execute(); xerr != nil { // want `webhook handler calls the payment provider \(xendit PayoutApi.CreatePayout\) before answering`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// PaySellerByDisbursement does the same through xendit-go v1's
// disbursement API.
func (h *Hooks) PaySellerByDisbursement(w http.ResponseWriter, r *http.Request) {
	cb, ok := h.paid(w, r)
	if !ok {
		return
	}
	_, xerr := disbursement.CreateWithContext(r.Context(), &disbursement.CreateParams{ // want `webhook handler calls the payment provider \(xendit/disbursement disbursement.CreateWithContext\) before answering`
		IdempotencyKey: "seller-" + cb.Id,
		ExternalID:     "seller-" + cb.Id,
		BankCode:       "BCA",
		AccountNumber:  cb.UserId,
		Description:    "sale " + cb.ExternalId,
		Amount:         cb.Amount * 0.95,
	})
	if xerr != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// QueueSellerShare hands the payout to a worker and answers at once
// (silent).
func (h *Hooks) QueueSellerShare(w http.ResponseWriter, r *http.Request) {
	cb, ok := h.paid(w, r)
	if !ok {
		return
	}
	h.payouts <- sellerShare(cb)
	w.WriteHeader(http.StatusOK)
}

// PaySellerAfterAnswer answers first and pays in a goroutine (silent).
func (h *Hooks) PaySellerAfterAnswer(w http.ResponseWriter, r *http.Request) {
	cb, ok := h.paid(w, r)
	if !ok {
		return
	}
	w.WriteHeader(http.StatusOK)
	go func() {
		_, _, _ = h.xnd.PayoutApi.CreatePayout(r.Context()).IdempotencyKey("seller-" + cb.Id).CreatePayoutRequest(sellerShare(cb)).Execute()
	}()
}
