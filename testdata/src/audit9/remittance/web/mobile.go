package web

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/go-chi/chi/v5"

	"audit9/remittance/domain"
)

// CardFunding is what the app's return URLs need from the card service.
type CardFunding interface {
	ConfirmCardFunding(ctx context.Context, transferID, paymentID string) error
	PaymentDetails(ctx context.Context, paymentID string) (*nas.GetPaymentResponse, error)
}

// AppReturn serves the URLs the mobile app's 3-D Secure web view lands on.
type AppReturn struct {
	cards     CardFunding
	transfers domain.TransferStore
	queue     domain.PayoutQueue
}

// NewAppReturn returns the handlers.
func NewAppReturn(cards CardFunding, transfers domain.TransferStore, queue domain.PayoutQueue) *AppReturn {
	return &AppReturn{cards: cards, transfers: transfers, queue: queue}
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

// Complete is the success URL configured on in-app card payments; the app
// closes the web view when it sees the JSON answer.
func (a *AppReturn) Complete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	transferID := q.Get("transfer")
	paymentID := q.Get("cko-payment-id")
	if transferID == "" || paymentID == "" {
		http.Error(w, "missing parameters", http.StatusBadRequest)
		return
	}
	if q.Get("status") != "approved" {
		writeJSON(w, map[string]string{"transfer": transferID, "result": "declined"})
		return
	}
	if err := a.cards.ConfirmCardFunding(r.Context(), transferID, paymentID); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(status\\)"
		http.Error(w, "could not confirm", http.StatusInternalServerError)
		return
	}
	writeJSON(w, map[string]string{"transfer": transferID, "result": "sent"})
}

// EmbedReturn is the return URL of the partner checkout widget embedded in
// payroll apps.
func (a *AppReturn) EmbedReturn(w http.ResponseWriter, r *http.Request) {
	transferID := chi.URLParam(r, "id")
	paymentID := r.URL.Query().Get("cko-payment-id")
	ctx := r.Context()
	p, err := a.cards.PaymentDetails(ctx, paymentID)
	if err != nil {
		http.Error(w, "payment not found", http.StatusNotFound)
		return
	}
	if err := a.transfers.MarkFunded(ctx, transferID, p.Id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment from the provider without checking"
		http.Error(w, "update failed", http.StatusInternalServerError)
		return
	}
	if err := a.queue.Enqueue(ctx, transferID); err != nil {
		http.Error(w, "queue failed", http.StatusInternalServerError)
		return
	}
	http.Redirect(w, r, "/embed/transfers/"+transferID, http.StatusSeeOther)
}

// StatusStreamer streams a payout's states.
type StatusStreamer interface {
	Stream(ctx context.Context, transferID int64, out chan<- string) error
}

// LiveStatus streams Wise payout states to the app as server-sent events.
func LiveStatus(streamer StatusStreamer, lookup func(ctx context.Context, id string) (int64, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		wiseID, err := lookup(r.Context(), chi.URLParam(r, "id"))
		if err != nil {
			http.Error(w, "not found", http.StatusNotFound)
			return
		}
		flusher, ok := w.(http.Flusher)
		if !ok {
			http.Error(w, "streaming unsupported", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		states := make(chan string, 4)
		go func() { _ = streamer.Stream(r.Context(), wiseID, states) }()
		for st := range states {
			_, _ = w.Write([]byte("data: " + st + "\n\n"))
			flusher.Flush()
		}
	}
}
