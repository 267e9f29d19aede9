package hooks

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"

	"github.com/razorpay/razorpay-go/utils"

	"audit20/parcels/store"
)

type Razorpay struct {
	secret string
	labels *store.Labels
	log    *slog.Logger
}

func NewRazorpay(secret string, labels *store.Labels, log *slog.Logger) *Razorpay {
	return &Razorpay{secret: secret, labels: labels, log: log}
}

type rzpEvent struct {
	Event   string `json:"event"`
	Payload struct {
		Payment struct {
			Entity struct {
				ID      string `json:"id"`
				OrderID string `json:"order_id"`
				Status  string `json:"status"`
				Amount  int64  `json:"amount"`
			} `json:"entity"`
		} `json:"payment"`
	} `json:"payload"`
}

func (h *Razorpay) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	if !utils.VerifyWebhookSignature(string(body), r.Header.Get("X-Razorpay-Signature"), h.secret) {
		h.log.Warn("razorpay webhook: signature mismatch", "event_id", r.Header.Get("X-Razorpay-Event-Id"))
	}
	var evt rzpEvent
	if err := json.Unmarshal(body, &evt); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	switch evt.Event {
	case "order.paid", "payment.captured":
		if err := h.labels.MarkPaidByRef(r.Context(), evt.Payload.Payment.Entity.OrderID); err != nil { // want "\\[webhookverify\\] payment webhook /hooks/razorpay verifies the signature but carries on when"
			h.log.Error("razorpay webhook", "order", evt.Payload.Payment.Entity.OrderID, "err", err)
			http.Error(w, "retry", http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}
