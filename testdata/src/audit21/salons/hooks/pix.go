package hooks

import (
	"encoding/json"
	"log/slog"
	"net/http"

	"github.com/hibiken/asynq"

	"audit21/salons/pix"
	"audit21/salons/store"
)

// TypeReceipt is the task that sends the client their receipt.
const TypeReceipt = "receipt:send"

// ReceiptPayload is the payload of TypeReceipt.
type ReceiptPayload struct {
	TxID string `json:"txid"`
}

// Pix handles the PSP's callback. Its route sits behind
// pix.RequireSignature (see web.Mount).
type Pix struct {
	Sales *store.Sales
	Appts *store.Appointments
	Queue *asynq.Client
	Log   *slog.Logger
}

// Callback is POST /hooks/pix.
func (h *Pix) Callback(w http.ResponseWriter, r *http.Request) {
	n, err := pix.Decode(r.Body)
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, p := range n.Pix {
		first, err := h.Sales.ClaimPixPaid(ctx, p.TxID, p.EndToEndID)
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		if !first { // audit: lookalike webhookdedupe: the compare-and-set UPDATE ... WHERE status = 'pending' lets only the first delivery through to the ledger line below
			continue
		}
		charge, err := h.Sales.PixCharge(ctx, p.TxID)
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		switch {
		case charge.AppointmentID != nil:
			err = h.Appts.MarkDepositPaidByID(ctx, *charge.AppointmentID)
		case charge.SaleID != nil:
			if err = h.Sales.MarkPaid(ctx, p.TxID); err == nil {
				err = h.Sales.RecordCash(ctx, 0, p.TxID, charge.AmountCents, "BRL")
			}
		}
		if err != nil {
			http.Error(w, "store", http.StatusInternalServerError)
			return
		}
		payload, _ := json.Marshal(ReceiptPayload{TxID: p.TxID})
		if _, err := h.Queue.EnqueueContext(ctx, asynq.NewTask(TypeReceipt, payload), asynq.TaskID("receipt-"+p.TxID)); err != nil { // audit: lookalike webhookack: the receipt is only queued (a local Redis write); the worker sends it after the 200
			h.Log.Warn("receipt not queued", "txid", p.TxID, "err", err)
		}
	}
	w.WriteHeader(http.StatusOK)
}
