package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"time"

	"github.com/go-chi/chi/v5"

	"audit21/storage/aupay"
)

// counterCharge takes a payment on the AU counter terminal for an invoice.
// Staff keep the customer at the desk until it is approved.
func (s *Server) counterCharge(w http.ResponseWriter, r *http.Request) {
	invID, err := strconv.ParseInt(chi.URLParam(r, "invoiceID"), 10, 64)
	if err != nil {
		http.Error(w, "bad invoice", http.StatusBadRequest)
		return
	}
	terminal := r.URL.Query().Get("terminal")
	ctx := r.Context()
	inv, err := s.q.GetInvoice(ctx, invID)
	if err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	for try := 1; try <= 3; try++ {
		txn, err := s.au.Purchase(ctx, aupay.PurchaseRequest{ // want "\\[idempotency\\] aupay\\.Client\\.Purchase \\(POST /v1/purchases\\) is retried by a for loop \\(line" "\\[pollcreate\\] payment aupay\\.Client\\.Purchase \\(POST /v1/purchases\\) made again on every pass of the loop \\(line 30\\) after aupay\\.Client\\.WaitSettled \\(line 46\\) stops waiting while the payment may still be pending"
			TerminalID: terminal,
			Amount:     inv.AmountPence,
			Currency:   inv.Currency,
			Reference:  fmt.Sprintf("CTR-%d-%d", inv.ID, try),
		})
		if err != nil {
			var apiErr *aupay.APIError
			if errors.As(err, &apiErr) && apiErr.Status < 500 {
				http.Error(w, apiErr.Body, http.StatusUnprocessableEntity)
				return
			}
			http.Error(w, "terminal unavailable", http.StatusBadGateway)
			return
		}
		status, err := s.au.WaitSettled(ctx, txn.ID, 60*time.Second)
		if err != nil {
			http.Error(w, "terminal unavailable", http.StatusBadGateway)
			return
		}
		switch status {
		case "APPROVED":
			writeJSON(w, http.StatusOK, map[string]any{"status": "approved", "txn": txn.ID})
			return
		case "DECLINED":
			writeJSON(w, http.StatusOK, map[string]any{"status": "declined", "txn": txn.ID})
			return
		}
		s.log.Warn("counter purchase still pending, trying again", "invoice", inv.ID, "try", try, "txn", txn.ID)
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"status": "pending"})
}
